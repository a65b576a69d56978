package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s, len(s), cap(s), s == nil)
	for i := 0; i < 10; i++ {
		s = append(s, i)
		fmt.Println(len(s), cap(s))
	}
	e := []int{}
	fmt.Println(e, e == nil, len(e))
	m := make([]int, 3, 10)
	fmt.Println(m, len(m), cap(m))
	m2 := make([]string, 2)
	fmt.Printf("%q\n", m2)
	t := s[2:5]
	fmt.Println(t, len(t), cap(t))
	t[0] = 100
	fmt.Println(s[2])
	u := s[2:5:6]
	fmt.Println(len(u), cap(u))
	u = append(u, 42)
	fmt.Println(s[5])
	u = append(u, 43)
	u[0] = -5
	fmt.Println(s[2], u)
	dst := make([]int, 3)
	n := copy(dst, s)
	fmt.Println(n, dst)
	n = copy(dst, []int{7})
	fmt.Println(n, dst)
	bs := make([]byte, 3)
	n = copy(bs, "hey you")
	fmt.Println(n, string(bs))
	all := append([]int{1, 2}, []int{3, 4}...)
	fmt.Println(all)
	bb := append([]byte("ab"), "cd"...)
	fmt.Println(string(bb))
	grid := [][]int{{1}, {2, 3}, {}}
	fmt.Println(grid, len(grid[2]))
	x := s[:0]
	fmt.Println(x, len(x), cap(x))
	fmt.Println(s[len(s)-1], s[:], s[8:])
	var big []int
	caps := []int{}
	last := -1
	for i := 0; i < 2000; i++ {
		big = append(big, i)
		if cap(big) != last {
			last = cap(big)
			caps = append(caps, last)
		}
	}
	fmt.Println(caps)
	var ss []string
	ss = append(ss, "a", "b", "c")
	fmt.Println(len(ss), cap(ss))
	ss = append(ss, "d", "e", "f", "g")
	fmt.Println(len(ss), cap(ss))
}
