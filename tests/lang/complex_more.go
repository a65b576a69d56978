package main

import "fmt"

type Phasor complex128

func (p Phasor) Scale(k float64) Phasor { return p * Phasor(complex(k, 0)) }

func (p Phasor) String() string { return fmt.Sprintf("<%.2f|%.2f>", real(p), imag(p)) }

type Number interface {
	~int | ~float64 | ~complex64 | ~complex128
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mul[T complex64 | complex128](a, b T) T { return a * b }

const (
	c64  complex64 = 1 + 2i
	r32            = real(c64)
	lits           = 0x10i + 0b101i + 0o17i + 0123i + 1_000i + 1.5e3i + 0x1p-2i + .5i + 1.i
	sh             = (2 + 0i) << 3
)

func main() {
	fmt.Printf("%v %T %v %T %v %v\n", c64, c64, r32, r32, lits, sh)
	var z = +(3 - 1i)
	var w complex64 = complex64(z)
	var back = complex128(w) * 2
	fmt.Println(z, w, back, -w)
	p := Phasor(1 + 1i)
	fmt.Println(p.Scale(2), p)
	fmt.Println(Sum[complex128](1+1i, 2, 3i), Sum[complex64](1, 2i), Sum(1.5, 2.0), Mul(2i, 2i), Mul[complex64](1+1i, 1-1i))
	switch z {
	case 1i:
		fmt.Println("no")
	case 3 - 1i:
		fmt.Println("yes")
	}
	var e any = 1i
	fmt.Println(e == 1i, e != 1i, e == any(complex64(1i)))
	type S struct {
		A complex64
		B [2]complex128
	}
	s1, s2 := S{1, [2]complex128{2, 3i}}, S{1, [2]complex128{2, 3i}}
	fmt.Println(s1 == s2, s1, &s1)
	s2.B[1] = 0
	fmt.Println(s1 == s2)
	fmt.Printf("%5.1f|%-14v|%+g\n", z, w, z)
	zs := make([]complex64, 3)
	zs[2] += 2i
	fmt.Println(zs, len(zs), real(zs[2]+1))
	var pz *complex128 = new(complex128)
	*pz += 7i
	fmt.Println(*pz, *pz == 7i)
	f := func() complex128 { return z * z }
	fmt.Println(f(), real(f()) > 0)
	var a32 float32 = 0.1
	fmt.Println(complex(a32, a32)*complex(a32, a32), complex(0.1, 0.1)*complex(0.1, 0.1))
}
