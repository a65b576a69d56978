package main

import "fmt"

type T struct{ x int }

func main() {
	t := T{}
	t.y = 1
	t.foo()
	var i interface{ M() } = t
	fmt.Println(i)
}
