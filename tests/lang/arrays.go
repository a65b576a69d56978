package main

import "fmt"

func modify(a [3]int) {
	a[0] = 100
}

func modifyPtr(a *[3]int) {
	a[0] = 100
}

func main() {
	var a [5]int
	fmt.Println(a, len(a))
	a[4] = 100
	fmt.Println(a, a[4])
	b := [3]int{1, 2, 3}
	c := b
	c[0] = 9
	fmt.Println(b, c)
	modify(b)
	fmt.Println(b)
	modifyPtr(&b)
	fmt.Println(b)
	d := [...]string{"x", "y"}
	fmt.Println(len(d), d)
	e := [5]int{1: 10, 3: 30}
	fmt.Println(e)
	fmt.Println(b == [3]int{100, 2, 3}, b != c)
	var grid [2][3]int
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = i + j
		}
	}
	fmt.Println(grid)
	g2 := grid
	g2[1][2] = 99
	fmt.Println(grid[1], g2[1])
	p := &b
	p[1] = 7
	fmt.Println(b, len(p))
	for i, v := range b {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	type pair struct{ x, y int }
	ps := [2]pair{{1, 2}, {3, 4}}
	ps2 := ps
	ps2[0].x = 50
	fmt.Println(ps, ps2, ps == ps2)
	s := b[:]
	s[0] = -1
	fmt.Println(b)
}
