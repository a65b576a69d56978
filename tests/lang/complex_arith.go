package main

import (
	"fmt"
	"math"
)

type Pt struct {
	Z    complex128
	Name string
}

type MyC complex64

func div(a, b complex128) complex128 { return a / b }

func main() {
	// Arithmetic on variables.
	a, b := 3+4i, 1-2i
	fmt.Println(a+b, a-b, a*b, a/b, -a)
	fmt.Println(real(a*b), imag(a/b))
	x := 1.5
	fmt.Println(complex(x, -x), complex(float32(x), 2))

	// Division edge cases (Go's runtime complex128div).
	inf, nan := math.Inf(1), math.NaN()
	zero := 0.0
	fmt.Println(div(1+1i, complex(zero, 0)))
	fmt.Println(div(complex(-1, 0), complex(zero, 0)))
	fmt.Println(div(complex(inf, 1), 2+3i))
	fmt.Println(div(1+1i, complex(inf, inf)))
	fmt.Println(div(complex(nan, 1), 1i))
	fmt.Println(div(0, complex(zero, 0)))
	fmt.Println(div(1e300+1e300i, 1e-300+1e-300i))
	fmt.Println(div(1, 3+0i), div(2i, 1i), div(5+5i, 1e-310i))

	// complex64 rounds every result to float32 parts.
	var c64 complex64 = 1.1 + 2.2i
	d64 := c64 * c64 / 3
	fmt.Println(c64, d64, complex128(d64), real(d64))
	fmt.Printf("%T %T %T\n", c64, real(c64), imag(a))
	var mc MyC = 2 + 1i
	mc *= mc
	fmt.Printf("%v %T\n", mc, mc)

	// Constants: exact, converted to the context's type.
	const k = (1 + 2i) * (3 - 4i) / 5i
	const r = real(k) + imag(k)
	var kf float64 = r
	fmt.Println(k, r, kf, real(2+0i) == 2, imag(7))
	const big = 1e300i * 1e300i / 1e300
	fmt.Println(big, complex64(1e38+1i)*2)
	var ci int = 3 + 0i
	var cf float32 = 0.5 + 0i
	fmt.Println(ci, cf, complex128(1)+2)

	// Increment, compound assignment, comparison.
	z := 1 + 1i
	z++
	z -= 0.5i
	z /= 2
	fmt.Println(z, z == 1+0.25i, z != 1+0.25i)
	p := complex(math.Copysign(0, -1), 0)
	fmt.Println(p == 0, -p, p)

	// Zero values, fields, arrays, slices, maps, channels, interfaces.
	var zero128 complex128
	var arr [3]complex64
	arr[1] = 4i
	s := []complex128{1, 2i, 3 + 3i}
	s = append(s, a)
	pt := Pt{Name: "p"}
	pt.Z += 2 - 2i
	fmt.Println(zero128, arr, s, pt, len(s))
	fmt.Printf("%v %+v\n", pt, pt)
	m := map[complex128]string{1i: "i", 1: "one"}
	m[complex(nan, 0)] = "nan1"
	m[complex(nan, 0)] = "nan2"
	fmt.Println(len(m), m[1i], m[1], m[2])
	keys := map[[2]complex64]int{{1, 2}: 7}
	keys[[2]complex64{1, 2}]++
	fmt.Println(keys)
	ps := map[Pt]bool{pt: true}
	fmt.Println(ps[Pt{2 - 2i, "p"}], ps[Pt{2 + 2i, "p"}])
	ch := make(chan complex128, 2)
	ch <- a
	ch <- b
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	var e1, e2 interface{} = 1 + 2i, complex(1, 2)
	var e3 interface{} = complex64(1 + 2i)
	fmt.Println(e1 == e2, e1 == e3, e1)
	switch v := e3.(type) {
	case complex128:
		fmt.Println("complex128", v)
	case complex64:
		fmt.Println("complex64", v)
	}
	println(a, c64)
}
