package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	z := 1.25 - 3.5i
	var w complex64 = 1.0/3 + 2i
	inf, nan := math.Inf(1), math.NaN()
	fmt.Printf("%v|%f|%.2f|%e|%E|%g|%G|%.3g\n", z, z, z, z, z, z, z, z)
	fmt.Printf("%+v|%+.1f|% .1f|%8.2f|%-8.1f|%08.2f\n", z, z, z, z, z, z)
	fmt.Printf("%v %.3v %x %X %b\n", w, w, z, z, complex(1, 0.5))
	fmt.Printf("%v %v %v %.1f\n", complex(inf, nan), complex(-inf, inf), complex(nan, -inf), complex(nan, inf))
	fmt.Printf("%T %T %d %s %q\n", z, w, z, z, w)
	fmt.Printf("%#v %#v\n", z, []complex64{1, 2i})
	fmt.Println(fmt.Sprint(z, w), fmt.Sprint(1i, "x", 2i), fmt.Sprintf("%6.1f|", 1i))
	fmt.Println(complex(1e21, 1e-7), complex(123456789, 0.000001))
	fmt.Println(strconv.FormatComplex(1.5-2i, 'f', 2, 128), strconv.FormatComplex(complex(1.0/3, 0), 'g', -1, 64),
		strconv.FormatComplex(3e20i, 'e', 3, 128), strconv.FormatComplex(complex(inf, -nan), 'g', -1, 128))
	var e interface{} = z
	fmt.Printf("%v %v\n", e, map[complex64]int{2: 1, 1i: 2, 1: 3, -1: 4})
}
