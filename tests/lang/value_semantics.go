package main

import "fmt"

type Inner struct{ A [2]int }
type Outer struct {
	In  Inner
	Arr [2]Inner
	Ptr *Inner
}

func mutate(o Outer) Outer {
	o.In.A[0] = 100
	o.Arr[1].A[1] = 200
	o.Ptr.A[0] = 300
	return o
}

func main() {
	shared := &Inner{}
	o := Outer{Ptr: shared}
	o2 := mutate(o)
	fmt.Println(o.In, o.Arr, *o.Ptr)
	fmt.Println(o2.In, o2.Arr, o2.Ptr == o.Ptr)

	m := map[string]Inner{"k": {}}
	v := m["k"]
	v.A[0] = 1
	fmt.Println(m["k"], v)

	var i interface{} = o.In
	o.In.A[1] = 9
	fmt.Println(i, o.In)
	back := i.(Inner)
	back.A[0] = 5
	fmt.Println(i, back)

	arr := [3]int{1, 2, 3}
	f := func() { arr[0] = 42 }
	f()
	fmt.Println(arr)
	cp := arr
	g := func() [3]int { return cp }
	cp[1] = 7
	fmt.Println(g(), arr)

	s := []Inner{{}, {}}
	p := &s[0]
	p.A[0] = 11
	fmt.Println(s)
	s = append(s, Inner{})
	p.A[0] = 12
	fmt.Println(s[0].A[0] == 11 || s[0].A[0] == 12)

	type pair struct{ x, y int }
	ps := []pair{{1, 2}}
	for _, q := range ps {
		q.x = 99
	}
	fmt.Println(ps)
	pp := &ps[0]
	ps[0] = pair{3, 4}
	fmt.Println(*pp)

	grid := [2][2]int{}
	row := grid[0]
	row[0] = 1
	fmt.Println(grid, row)
	gp := &grid[1]
	gp[1] = 8
	fmt.Println(grid)

	structs := map[int]*Inner{1: {}}
	structs[1].A[1] = 4
	fmt.Println(*structs[1])

	ch := make(chan Inner, 1)
	val := Inner{A: [2]int{1, 1}}
	ch <- val
	val.A[0] = 0
	fmt.Println(<-ch, val)

	type wrapper struct{ items []int }
	w1 := wrapper{items: []int{1, 2}}
	w2 := w1
	w2.items[0] = 50
	w2.items = append(w2.items, 3)
	fmt.Println(w1.items, w2.items)
}
