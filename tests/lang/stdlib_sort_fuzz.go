package main

import (
	"fmt"
	"sort"
)

var seed uint32 = 777

func rnd(n int) int {
	seed = seed*1103515245 + 12345
	return int(seed>>8) % n
}

type item struct {
	k   int
	tag int
}

type byK []item

func (s byK) Len() int           { return len(s) }
func (s byK) Less(i, j int) bool { return s[i].k < s[j].k }
func (s byK) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	for round := 0; round < 60; round++ {
		n := 1 + rnd(300)
		mod := 1 + rnd(50)
		a := make([]item, n)
		for i := range a {
			a[i] = item{rnd(mod), i}
		}
		switch round % 5 {
		case 1:
			sort.Slice(a, func(i, j int) bool { return a[i].k < a[j].k })
			sort.Slice(a, func(i, j int) bool { return a[i].k > a[j].k })
		case 2:
			for i := range a {
				a[i].k = i / 3
			}
		}
		b := append([]item(nil), a...)
		c := append([]item(nil), a...)
		sort.Sort(byK(a))
		sort.Stable(byK(b))
		sort.SliceStable(c, func(i, j int) bool { return c[i].k > c[j].k })
		sum := 0
		for i := range a {
			sum = sum*31 + a[i].tag + 7*b[i].tag + 13*c[i].tag
			sum %= 1000000007
		}
		fmt.Println(n, mod, sum, a[0], b[len(b)/2:len(b)/2+1], c[:1])
	}
}
