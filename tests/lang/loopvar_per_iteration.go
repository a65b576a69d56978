// expected by hand: Go 1.22 per-iteration loop variables (Go 1.19 shares one variable per loop).
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g())
	}
	fmt.Println()
	var hs []func() int
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			i++
		}
		hs = append(hs, func() int { return i })
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
	m := map[string]int{"k": 1}
	var ks []func() string
	for k, v := range m {
		ks = append(ks, func() string { return fmt.Sprint(k, v) })
	}
	fmt.Println(ks[0]())
	var last func() int
	for i := 0; i < 3; i++ {
		inc := func() { i++ }
		inc()
		last = func() int { return i }
	}
	fmt.Println(last())
}
