package main

import (
	"fmt"
	"math"
)

func main() {
	nan := math.NaN()
	nz := math.Copysign(0, -1)
	inf := math.Inf(1)
	fmt.Println(min(nan, 1), min(1, nan), max(nan, 1), max(1, nan), min(1, 2, nan, 0), max(inf, nan))
	fmt.Println(1/min(nz, 0), 1/min(0, nz), 1/max(nz, 0), 1/max(0, nz), 1/min(nz, nz), 1/max(nz, nz))
	fmt.Println(min(3.5, -inf, 2), max(-inf, 3.5, inf), min(2.0, 1.5), max(float32(1.5), 2.5))
	var f32 float32 = -0.5
	fmt.Println(min(f32, 0), max(f32, 0, 0.25))
	fmt.Println(min(3, 1, 2), max(-1, -5), min("b", "a"), max("b", "c", "a"), min(uint8(200), 100))
}
