package main

import "fmt"

var (
	a = c + b
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total int

func f(name string, v int) int {
	fmt.Println("init", name)
	return v + d
}

func init() {
	fmt.Println("first init:", a, b, c, d)
	total = a
}

func init() {
	fmt.Println("second init")
	total *= 2
}

var table = map[string]int{"x": len(names)}
var names = []string{"p", "q"}

func main() {
	fmt.Println("main:", total, table["x"])
}
