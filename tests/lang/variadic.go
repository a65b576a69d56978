package main

import "fmt"

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func describe(prefix string, vals ...interface{}) string {
	return fmt.Sprint(prefix, len(vals), vals)
}

func modify(vals ...int) {
	if len(vals) > 0 {
		vals[0] = 100
	}
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(describe("x"), describe("y", 1, "a", nil))
	modify(nums...)
	fmt.Println(nums)
	modify(7, 8)
	var nilArgs []int
	fmt.Println(sum(nilArgs...))
	f := func(sep string, parts ...string) string {
		out := ""
		for i, p := range parts {
			if i > 0 {
				out += sep
			}
			out += p
		}
		return out
	}
	fmt.Println(f("-", "a", "b", "c"), f(","))
	fmt.Printf("%d-%s\n", 1, "x")
}
