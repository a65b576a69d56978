package main

import (
	"fmt"
	"math"
)

func main() {
	for i := 0; i < 12; i++ {
		x := float64(i)*0.7 - 3.1
		fmt.Println(math.Sin(x), math.Cos(x), math.Tan(x), math.Atan(x), math.Exp(x), math.Sinh(x), math.Tanh(x), math.Cbrt(x), math.Exp2(x), math.Expm1(x), math.Asinh(x))
		y := math.Abs(x) + 0.1
		fmt.Println(math.Log(y), math.Log2(y), math.Log10(y), math.Log1p(y), math.Pow(y, x), math.Sqrt(y), math.Gamma(y), math.Acosh(y+1), math.Hypot(x, y), math.Atan2(x, y))
		z := x / 3.2
		fmt.Println(math.Asin(z), math.Acos(z), math.Atanh(z), math.Mod(x, 0.3), math.Remainder(x, 0.3))
	}
	fmt.Println(math.Sin(1e22), math.Cos(1e300), math.Tan(123456789), math.Exp(-745), math.Exp(709.7), math.Pow(2, -1074), math.Pow(1.1, 100))
	fmt.Println(math.Max(-0.0, 0), math.Min(-0.0, 0), math.Max(math.NaN(), math.Inf(1)), math.Min(3, math.NaN()), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5), math.RoundToEven(3.5), math.Trunc(-2.7), math.Floor(-2.5), math.Ceil(-2.5))
	fr, ex := math.Frexp(-1536)
	ip, fp := math.Modf(-3.75)
	fmt.Println(fr, ex, ip, fp, math.Ldexp(0.75, 11), math.Ilogb(1000), math.Logb(1000))
	fmt.Println(math.Float64bits(math.NaN()), math.Float32bits(0.1), math.Float32frombits(0x40490fdb), math.Nextafter(1, 2), math.Signbit(math.Copysign(3, -0.0)))
	fmt.Println(math.Inf(1), -math.Inf(1), math.IsInf(math.Inf(-1), 1), math.IsInf(math.Inf(-1), 0), math.Sqrt(-1), math.Log(-1), math.Log(0))
	fmt.Println(math.MaxInt8, math.MinInt16, math.MaxUint16, math.MaxInt32, uint64(math.MaxUint64), math.MaxInt, math.MinInt)
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Ln2, math.Log10E, math.SqrtPi, math.MaxFloat64, math.SmallestNonzeroFloat64)
}
