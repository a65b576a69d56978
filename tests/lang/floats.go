package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(1.0, 2.5, 1e6, 1e21, 1e20, 1.5e-7, 0.000001, 100000000.0)
	fmt.Println(3.0/2, 1.0/3.0, 2.0/3.0, float32(1.0)/3)
	var f float64 = 0.1
	g := 0.2
	fmt.Println(f+g, f*3)
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), -0.0)
	z := 0.0
	fmt.Println(1/z, -1/z, z/z == z/z, math.Copysign(0, -1))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(float32(0.1), float64(float32(0.1)))
	fmt.Printf("%v %g %f %.2f %e %E %8.3f|%-8.2f|%+.1f\n", 3.14159, 3.14159, 3.14159, 3.14159, 314.159, 314.159, 3.14159, 2.5, 2.0)
	fmt.Printf("%g %g %g %G\n", 1e-7, 123456789.0, 1e21, 1e-10)
	f1, f2 := 3.99, -3.99
	fmt.Println(int(f1), int(f2), float64(7)/2, math.Floor(-2.5), math.Round(2.5), math.Trunc(-2.7))
	var s []float64
	s = append(s, 1, 2.5, 1e100)
	fmt.Println(s)
	fmt.Println(float32(16777217), float32(3.4e38))
}
