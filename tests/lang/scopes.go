package main

import "fmt"

var x = "package"

func show() string { return x }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x, show())
	{
		x := "block"
		fmt.Println(x)
	}
	if x := 5; x > 3 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	fmt.Println(x)
	for x := 0; x < 1; x++ {
		fmt.Println("loop", x)
	}
	a, err := 1, error(nil)
	b, err := 2, fmt.Errorf("e")
	fmt.Println(a, b, err)
	var fmt2 = fmt.Sprint
	fmt.Println(fmt2("shadow-free"))
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	type int struct{ v string }
	fmt.Println(int{"int is a struct here"})
	true := false
	fmt.Println(true)
}
