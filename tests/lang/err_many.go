package main

import "fmt"

func main() {
	fmt.Println(a)
	var s string = 5
	fmt.Println(s, b)
	c := 1 + "x"
	fmt.Println(c)
}
