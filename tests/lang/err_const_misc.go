package main

import "fmt"

func main() {
	x := 10
	fmt.Println(x / 0)
	var a [3]int
	fmt.Println(a[5])
	s := "abc"
	fmt.Println(s[-1])
	var u uint8 = -1
	fmt.Println(u)
}
