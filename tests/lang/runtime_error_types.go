package main

import (
	"errors"
	"fmt"
	"runtime"
)

type P struct{ X int }

func classify(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%T: %v\n", r, r)
		switch e := r.(type) {
		case runtime.Error:
			fmt.Println("  runtime.Error:", e.Error())
		case error:
			fmt.Println("  error:", e)
		default:
			fmt.Println("  other:", e)
		}
		if _, ok := r.(runtime.Error); !ok {
			fmt.Println("  re-panicking is what a tutorial would do here")
		}
	}()
	f()
}

func main() {
	var s []int
	var m map[string]int
	var p *P
	var i interface{} = "str"
	zero := 0
	classify(func() { _ = s[3] })
	classify(func() { _ = s[1:zero] })
	classify(func() { _ = 1 / zero })
	classify(func() { m["a"] = 1 })
	classify(func() { _ = p.X })
	classify(func() { _ = i.(int) })
	classify(func() { _ = i.(fmt.Stringer) })
	classify(func() { var ch chan int; close(ch) })
	classify(func() { panic(errors.New("plain error")) })
	classify(func() { panic("a string") })
	var err error = fmt.Errorf("wrapped: %w", errors.New("x"))
	var re runtime.Error
	fmt.Println(errors.As(err, &re))
	func() {
		defer func() {
			err := recover().(error)
			fmt.Println(errors.As(err, &re), re)
		}()
		_ = s[5]
	}()
}
