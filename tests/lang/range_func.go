// expected by hand: range over function iterators is Go 1.23 (the oracle is Go 1.19).
package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(s []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func main() {
	for x := range count(4) {
		fmt.Print(x, " ")
	}
	fmt.Println()
	for x := range count(100) {
		if x == 3 {
			break
		}
		fmt.Print(x, " ")
	}
	fmt.Println()
	for i, s := range pairs([]string{"a", "b"}) {
		fmt.Println(i, s)
	}
	sum := 0
	for x := range count(10) {
		if x%2 == 1 {
			continue
		}
		sum += x
	}
	fmt.Println(sum)
}
