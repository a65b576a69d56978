package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(16), math.Sqrt(2), math.Pow(2, 10), math.Pow(2, 0.5))
	fmt.Println(math.Abs(-3.5), math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3))
	fmt.Println(math.Floor(2.7), math.Ceil(2.1), math.Round(-2.5), math.Trunc(2.9))
	fmt.Println(math.Pi, math.E)
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Sin(math.Pi/2), math.Cos(0), math.Log(math.E), math.Exp(1))
	fmt.Println(math.Log2(1024), math.Log10(0.001), math.Hypot(3, 4), math.Cbrt(27))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint8, uint64(math.MaxUint64))
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.Sqrt(-1), math.Inf(1) - math.Inf(1))
	fmt.Println(math.MaxInt, math.Float64bits(1.0), math.Float64frombits(0x4000000000000000))
	fr, ex := math.Frexp(8)
	fmt.Println(fr, ex)
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
}
