package main

import "fmt"

type P interface{ M() }
type B struct{}

func (*B) M() {}

type Number interface{ int | float64 }

func F[T int | float64](x T) T { return x }
func F2[T Number](x T) T      { return x }
func C[T comparable](x T)     {}
func Q[T P](x T)              {}
func Str[T fmt.Stringer](x T) {}

func main() {
	_ = F("s")
	_ = F2("s")
	C([]int{})
	Q(B{})
	Str(1)
	Q[B](B{})
	fmt.Println(F2(2))
}
