package main

import "fmt"

type Base struct{ n int }

func (b Base) Hello() string { return fmt.Sprint("hello ", b.n) }

type Greeter interface{ Hello() string }

func main() {
	type Local struct{ Base }
	l := Local{Base{5}}
	fmt.Println(l.Hello())
	var g Greeter = l
	fmt.Println(g.Hello())
	fmt.Println(l)
}
