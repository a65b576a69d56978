package main

import "fmt"

func lifo() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func argsEvaluatedEarly() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	fmt.Println("x =", x)
}

func closureSeesLatest() {
	x := 1
	defer func() { fmt.Println("closure x =", x) }()
	x = 2
}

func double() (result int) {
	defer func() { result *= 2 }()
	return 21
}

func triple() (r int) {
	defer func() {
		r += 1
	}()
	r = 10
	return r * 3
}

type T struct{ name string }

func (t T) Close() { fmt.Println("close", t.name) }

func methods() {
	t := T{"first"}
	defer t.Close()
	t.name = "second"
	defer t.Close()
}

func nested() {
	defer func() {
		defer fmt.Println("inner deferred")
		fmt.Println("outer deferred")
	}()
	fmt.Println("nested body")
}

func loopDefer() (s string) {
	for _, c := range []string{"a", "b", "c"} {
		c := c
		defer func() { s += c }()
	}
	return "x"
}

func main() {
	lifo()
	argsEvaluatedEarly()
	closureSeesLatest()
	fmt.Println(double(), triple())
	methods()
	nested()
	fmt.Println(loopDefer())
	defer fmt.Println("main exits")
	fmt.Println("main body")
}
