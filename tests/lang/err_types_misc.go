package main

import "fmt"

func f() (int, int) { return 1, 2 }

func main() {
	x := f()
	var p *int = 5
	if 1 {
	}
	for i := 0; i < "3"; i++ {
	}
	fmt.Println(x, p)
	return 1
}
