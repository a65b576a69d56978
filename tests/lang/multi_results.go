package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func named(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func safeDiv(a, b int) (res int, err error) {
	if b == 0 {
		err = errors.New("division by zero")
		return
	}
	res = a / b
	return
}

func swap(a, b string) (string, string) { return b, a }

func three() (int, string, bool) { return 1, "two", true }

func pass() (int, int) { return divmod(17, 5) }

func takes(a, b int) int { return a*10 + b }

func shadow() (x int) {
	x = 5
	{
		x := 10
		_ = x
	}
	return
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(named(20, 6))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(safeDiv(9, 3))
	a, b := swap("x", "y")
	fmt.Println(a, b)
	_, s, _ := three()
	fmt.Println(s)
	fmt.Println(pass())
	fmt.Println(takes(divmod(7, 4)))
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
	arr := []int{1, 2, 3}
	i := 0
	i, arr[i] = 1, 9
	fmt.Println(i, arr)
	fmt.Println(shadow())
}
