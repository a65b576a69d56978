package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{
		"1+2i", "(1+2i)", "3", "-4.5i", "i", "1e3-2e-2i", "0x1p-2+0x10p1i", "inf+nani", "-Inf-Infinityi",
		"NaN", "+NaN", "1+", "1++2i", "1+2", "(1+2i", "1_000+2_0i", "", "1e400+1i", "1+1e400i",
		"1e40+1i", "2.5e-50i", "abc", "1i2", "1+2j", "  1+2i", "+3.0-4.0i", ".5+.25i", "1.e2i",
	} {
		c, err := strconv.ParseComplex(s, 128)
		c64, err64 := strconv.ParseComplex(s, 64)
		fmt.Printf("%q: %v %v | %v %v\n", s, c, err, c64, err64)
	}
}
