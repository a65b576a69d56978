package main

import "fmt"

func main() {
	c := complex(1, 2)
	var n int = 2
	fmt.Println(complex(n, 2))
	fmt.Println(c > c)
	fmt.Println(float64(1 + 2i))
	const k = 1i / 0
	m := map[complex128]int{1i: 1, complex(0, 1): 2}
	const big = complex64(1e38+1i) * 10
	fmt.Println(complex(1i, 1))
	fmt.Println(complex(1, 2) % 2)
	var f32 float32 = 1
	var z64 complex64 = complex(f32, 1.5)
	var z128 complex128 = complex128(z64) + 1e308i*10
	fmt.Println(m, k, big, z128)
}
