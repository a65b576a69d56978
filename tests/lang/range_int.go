// expected by hand: range over an integer is Go 1.22 (the oracle is Go 1.19).
package main

import "fmt"

type Count int

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for range 3 {
		fmt.Print("x")
	}
	fmt.Println()
	n := 0
	for i := range n {
		fmt.Println("never", i)
	}
	var c Count = 2
	for i := range c {
		fmt.Printf("%T %v\n", i, i)
	}
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var u8 uint8 = 3
	for i := range u8 {
		fmt.Printf("%T%d ", i, i)
	}
	fmt.Println()
}
