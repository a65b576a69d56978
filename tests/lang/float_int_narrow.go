package main

import (
	"fmt"
	"math"
)

// Out-of-range float-to-integer conversions are implementation-defined in
// Go; these are the values Go gives on amd64.
func main() {
	vals := []float64{math.NaN(), math.Inf(1), math.Inf(-1), 1e20, -1e20, 3e9, -3e9, 70000.7, -129.9, 255.5, 2147483647.9, -2147483648.5}
	for _, f := range vals {
		fmt.Println(f, int8(f), int16(f), int32(f), int64(f), uint8(f), uint16(f), uint32(f))
	}
	var f32 float32 = 5e9
	fmt.Println(int32(f32), uint16(f32), int64(f32))
}
