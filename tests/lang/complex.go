package main

import "fmt"

func main() {
	a := 2i
	b := 1 + 2i
	var c complex128 = complex(3, -4)
	fmt.Println(a, b, c, a*b, real(c), imag(c))
	fmt.Printf("%v %.1f\n", b+c, c)
	var d complex64 = 1.5 + 0.5i
	fmt.Println(d, b == 1+2i)
}
