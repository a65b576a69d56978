package main

import (
	"errors"
	"fmt"
)

func safe(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered: ", r)
		}
	}()
	f()
	return "no panic"
}

func rethrow() (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprint("outer got: ", r)
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re-", r))
		}()
		panic("first")
	}()
	return "unreachable"
}

func panicInDefer() (msg string) {
	defer func() {
		msg = fmt.Sprint("got: ", recover())
	}()
	defer func() {
		panic("from defer")
	}()
	panic("original")
}

type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprint("code ", e.code) }

func main() {
	fmt.Println(safe(func() {}))
	fmt.Println(safe(func() { panic("boom") }))
	fmt.Println(safe(func() { panic(42) }))
	fmt.Println(safe(func() { panic(errors.New("an error")) }))
	fmt.Println(safe(func() { panic(MyErr{7}) }))
	fmt.Println(safe(func() {
		var a []int
		_ = a[3]
	}))
	fmt.Println(safe(func() {
		z := 0
		fmt.Println(1 / z)
	}))
	fmt.Println(safe(func() {
		var m map[string]int
		m["a"] = 1
	}))
	fmt.Println(safe(func() {
		var p *struct{ x int }
		fmt.Println(p.x)
	}))
	fmt.Println(safe(func() {
		var i interface{} = "s"
		fmt.Println(i.(int))
	}))
	fmt.Println(rethrow())
	fmt.Println(panicInDefer())
	fmt.Println(recover())
	r := func() (v interface{}) {
		defer func() { v = recover() }()
		panic(fmt.Sprintf("%d-%s", 1, "x"))
	}()
	fmt.Println(r)
	err := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				if e, ok := r.(error); ok {
					err = e
				}
			}
		}()
		s := []int{1, 2, 3}
		i := 5
		_ = s[i]
		return nil
	}()
	fmt.Println("error:", err)
}
