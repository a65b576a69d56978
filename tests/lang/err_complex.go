package main

import "fmt"

func main() {
	c := complex(1, 2)
	var f float64 = 2
	fmt.Println(c + f)
	fmt.Println(c < 3)
	fmt.Println(complex128(f))
	var g float64 = 1 + 2i
	var i int = 1i
	var h complex64 = 1e40
	fmt.Println(float64(c))
	fmt.Println(complex(f, float32(1)))
	fmt.Println(real("x"))
	fmt.Println(g, i, h)
}
