package main

import "fmt"

func two() (int, string) { return 7, "seven" }

func pass(a, b any) { fmt.Println("pass", a, b) }

func three() (any, fmt.Stringer, error) { return two2() }

type S string

func (s S) String() string { return "S(" + string(s) + ")" }

func two2() (int, S, error) { return 1, "x", nil }

func main() {
	var x any
	var y any
	x, y = two()
	fmt.Println(x, y)
	var p, q any = two()
	fmt.Println(p, q)
	pass(two())
	a, b, c := three()
	fmt.Println(a, b, c)
	m := map[string]int{"k": 3}
	var v any
	var ok any
	v, ok = m["k"]
	fmt.Println(v, ok)
	type Inner struct{}
	type Outer struct{ Inner }
	fmt.Println(Outer{})
}
