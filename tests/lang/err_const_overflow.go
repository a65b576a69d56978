package main

import "fmt"

func main() {
	var b byte = 256
	x := int8(1) << 7
	const big = 1 << 70
	fmt.Println(b, x, big)
}
