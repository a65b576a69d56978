package main

import (
	"fmt"
	"sort"
)

type kv struct{ k, tag int }

type byK []kv

func (s byK) Len() int           { return len(s) }
func (s byK) Less(i, j int) bool { return s[i].k < s[j].k }
func (s byK) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func gen(n int, mod uint32) []kv {
	data := make([]kv, n)
	seed := uint32(7)
	for i := range data {
		seed = seed*1103515245 + 12345
		data[i] = kv{int(seed>>16) % int(mod), i}
	}
	return data
}

func tags(d []kv) []int {
	t := make([]int, len(d))
	for i, e := range d {
		t[i] = e.tag
	}
	return t
}

func main() {
	// Equal keys: the unstable order is pdqsort's, exactly as Go's.
	d := gen(100, 10)
	sort.Sort(byK(d))
	fmt.Println(tags(d))
	d = gen(100, 10)
	sort.Slice(d, func(i, j int) bool { return d[i].k < d[j].k })
	fmt.Println(tags(d))
	d = gen(100, 10)
	sort.Stable(byK(d))
	fmt.Println(tags(d))
	d = gen(300, 7)
	sort.SliceStable(d, func(i, j int) bool { return d[i].k > d[j].k })
	fmt.Println(tags(d)[:40])
	d = gen(1000, 1000)
	sort.Sort(sort.Reverse(byK(d)))
	fmt.Println(sort.IsSorted(sort.Reverse(byK(d))), d[0], d[999])
	// Already sorted, reversed and all-equal inputs take pdqsort's special paths.
	d = gen(200, 3)
	sort.Slice(d, func(i, j int) bool { return d[i].k < d[j].k })
	sort.Slice(d, func(i, j int) bool { return d[i].k > d[j].k })
	fmt.Println(tags(d)[:30])
	f := []float64{2.5, -1, 3, 0, -0.5}
	sort.Float64s(f)
	fmt.Println(f, sort.SearchFloat64s(f, 2))
	x := sort.IntSlice{5, 2, 8}
	sort.Sort(x)
	fmt.Println(x, x.Search(8), sort.IntsAreSorted(x))
	i, found := sort.Find(len(x), func(i int) int { return 5 - x[i] })
	fmt.Println(i, found)
	fmt.Println(sort.SearchStrings([]string{"a", "c", "e"}, "d"), sort.Search(100, func(i int) bool { return i*i >= 50 }))
}
