package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

var (
	ToBe   bool       = false
	MaxInt uint64     = 1<<64 - 1
	z      complex128 = cmplx.Sqrt(-5 + 12i)
)

func main() {
	// The Tour of Go's basic types page.
	fmt.Printf("Type: %T Value: %v\n", ToBe, ToBe)
	fmt.Printf("Type: %T Value: %v\n", MaxInt, MaxInt)
	fmt.Printf("Type: %T Value: %v\n", z, z)

	inf := math.Inf(1)
	vals := []complex128{0, 1, -1, 1i, -1i, 0.5 + 0.25i, -2.5 + 3i, 3 - 4i, 1e-10 + 1e-10i,
		1e200 - 1e200i, 100 + 0.5i, complex(inf, 1), complex(1, inf), complex(-inf, inf),
		complex(math.NaN(), 1), complex(math.Copysign(0, -1), -1)}
	fns := []struct {
		name string
		f    func(complex128) complex128
	}{
		{"Sqrt", cmplx.Sqrt}, {"Exp", cmplx.Exp}, {"Log", cmplx.Log}, {"Log10", cmplx.Log10},
		{"Sin", cmplx.Sin}, {"Cos", cmplx.Cos}, {"Tan", cmplx.Tan}, {"Cot", cmplx.Cot},
		{"Sinh", cmplx.Sinh}, {"Cosh", cmplx.Cosh}, {"Tanh", cmplx.Tanh},
		{"Asin", cmplx.Asin}, {"Acos", cmplx.Acos}, {"Atan", cmplx.Atan},
		{"Asinh", cmplx.Asinh}, {"Acosh", cmplx.Acosh}, {"Atanh", cmplx.Atanh},
		{"Conj", cmplx.Conj},
	}
	for _, fn := range fns {
		fmt.Print(fn.name, ":")
		for _, v := range vals {
			fmt.Print(" ", fn.f(v))
		}
		fmt.Println()
	}
	for _, v := range vals {
		r, th := cmplx.Polar(v)
		fmt.Println(v, cmplx.Abs(v), cmplx.Phase(v), r, th, cmplx.IsNaN(v), cmplx.IsInf(v))
	}
	fmt.Println(cmplx.Rect(2, math.Pi/3), cmplx.Inf(), cmplx.NaN(), cmplx.IsInf(cmplx.Inf()))
	fmt.Println(cmplx.Pow(1i, 2), cmplx.Pow(2+3i, 0.5-1i), cmplx.Pow(0, 0), cmplx.Pow(0, 1+1i), cmplx.Pow(0, -1))
	fmt.Println(cmplx.Tan(1e20+1i), cmplx.Sin(1e15), cmplx.Exp(710+1i), cmplx.Log(cmplx.Exp(1+2i)))
	fmt.Printf("%.6g\n", cmplx.Sqrt(cmplx.Exp(cmplx.Log(2+2i))))
}
