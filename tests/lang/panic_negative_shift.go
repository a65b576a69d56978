package main

import "fmt"

func main() {
	n := -3
	fmt.Println("shifting")
	fmt.Println(1 << n)
}
