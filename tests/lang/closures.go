package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1(), c2())
	add5 := adder(5)
	fmt.Println(add5(10), compose(add5, adder(100))(1))
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(15))
	fs := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(fs["add"](3, 4), fs["mul"](3, 4))
	func() {
		fmt.Println("immediately", x)
	}()
	y := func(a int) int { return a * a }(9)
	fmt.Println(y)
	var nilf func()
	fmt.Println(nilf == nil)
	acc := 0
	apply := func(vals []int, f func(int)) {
		for _, v := range vals {
			f(v)
		}
	}
	apply([]int{1, 2, 3}, func(v int) { acc += v })
	fmt.Println(acc)
	gen := func() (func() int, func()) {
		v := 0
		return func() int { return v }, func() { v += 10 }
	}
	get, bump := gen()
	bump()
	bump()
	fmt.Println(get())
}
