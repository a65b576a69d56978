package main

import "fmt"

type Stringer interface{ String() string }

type T struct{}

func main() {
	var i interface{} = T{}
	s := i.(Stringer)
	fmt.Println(s)
}
