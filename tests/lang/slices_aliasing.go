package main

import "fmt"

func double(s []int) {
	for i := range s {
		s[i] *= 2
	}
}

func grow(s []int) []int {
	return append(s, 99)
}

func main() {
	a := []int{1, 2, 3}
	double(a)
	fmt.Println(a)
	b := a
	b[0] = 0
	fmt.Println(a)
	c := make([]int, 3, 4)
	d := grow(c)
	e := grow(c)
	d[3] = 1
	fmt.Println(c, d, e, len(c))
	f := []int{1, 2, 3, 4, 5}
	copy(f[1:], f)
	fmt.Println(f)
	g := []int{1, 2, 3, 4, 5}
	copy(g, g[2:])
	fmt.Println(g)
	h := []int{1, 2, 3, 4, 5}
	h = append(h[:1], h[2:]...)
	fmt.Println(h, len(h), cap(h))
	arr := [4]int{1, 2, 3, 4}
	sl := arr[1:3]
	sl = append(sl, 10)
	fmt.Println(arr, sl)
	sl = append(sl, 11)
	sl[0] = 0
	fmt.Println(arr, sl)
	var nilS []int
	for range nilS {
		fmt.Println("never")
	}
	nilS = append(nilS, nilS...)
	fmt.Println(nilS == nil, len(nilS))
	matrix := make([][]int, 2)
	for i := range matrix {
		matrix[i] = make([]int, 2)
	}
	matrix[1][0] = 5
	fmt.Println(matrix)
}
