package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
		if err, ok := r.(error); ok {
			var re runtime.Error
			fmt.Println(errors.As(err, &re), err.Error())
		}
	}()
	f()
}

func main() {
	try(func() { panic(nil) })
	try(func() {
		var e error
		panic(e)
	})
	try(func() {
		var i interface{}
		panic(i)
	})
	try(func() {})
	panic(nil)
}
