package main

import (
	"fmt"
	"math"
)

type P struct {
	X float64
	N int
}

func main() {
	negz := math.Copysign(0, -1)
	m := map[float64]string{}
	m[0] = "pos"
	m[negz] = "neg"
	fmt.Println(len(m), m)
	for k, v := range m {
		fmt.Println(k, v, math.Signbit(k))
	}
	m[0] += "!"
	fmt.Println(m)

	ms := map[P]int{}
	ms[P{0, 1}] = 1
	ms[P{negz, 1}]++
	fmt.Println(ms)

	mi := map[interface{}]int{}
	mi[0.0] = 1
	mi[negz] = 2
	mi[1] = 3
	mi[1] = 4
	fmt.Println(mi)

	ma := map[[2]float64]bool{{negz, 1}: true}
	ma[[2]float64{0, 1}] = false
	fmt.Println(ma)

	mc := map[complex128]int{complex(0, 1): 1}
	mc[complex(negz, 1)] = 2
	fmt.Println(mc)
}
