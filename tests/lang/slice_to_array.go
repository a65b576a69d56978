package main

import "fmt"

type P struct{ X, Y int }

type Quad [4]byte

func firstTwo(s []P) [2]P { return [2]P(s) }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[3]int)(s)
	p[0] = 10
	fmt.Println(s, *p, len(p), cap(p[:]))
	a := [2]int(s[1:])
	a[0] = 99
	fmt.Println(s, a)

	ps := []P{{1, 2}, {3, 4}, {5, 6}}
	two := firstTwo(ps)
	two[0].X = 100
	pp := (*[3]P)(ps)
	pp[2].Y = 60
	fmt.Println(ps, two, pp[1])

	q := Quad([]byte("abcd"))
	fmt.Println(q, string(q[:]))

	var nilS []int
	fmt.Println((*[0]int)(nilS) == nil, [0]int(nilS))
	fmt.Println((*[0]int)(s[4:]) != nil)

	try("short pointer", func() { _ = (*[5]int)(s) })
	try("short array", func() { _ = [3]P(ps[1:]) })
	try("nil to one", func() { _ = [1]int(nilS) })
}
