package main

import (
	"fmt"
	"sort"
)

type point struct{ x, y int }

type person struct {
	name string
	age  int
}

func main() {
	m := map[string]int{}
	m["a"] = 1
	m["b"] = 2
	m["c"] = 3
	fmt.Println(len(m), m["a"], m["zzz"])
	v, ok := m["b"]
	fmt.Println(v, ok)
	v, ok = m["q"]
	fmt.Println(v, ok)
	delete(m, "b")
	delete(m, "nothing")
	fmt.Println(len(m), m)
	m["a"] += 10
	m["n"]++
	fmt.Println(m)
	var nm map[string]int
	fmt.Println(nm == nil, len(nm), nm["x"])
	delete(nm, "x")
	for k := range nm {
		fmt.Println(k)
	}
	keys := []string{}
	big := map[string]int{"one": 1, "two": 2, "three": 3, "four": 4}
	for k := range big {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, big[k])
	}
	fmt.Println(big)
	pts := map[point]string{{1, 2}: "a", {0, 0}: "origin"}
	fmt.Println(pts[point{1, 2}], pts[point{0, 0}], len(pts[point{5, 5}]))
	people := map[string]person{"bob": {"Bob", 30}}
	p := people["bob"]
	p.age++
	fmt.Println(people["bob"].age, p.age)
	ptrs := map[string]*person{"al": {"Al", 5}}
	ptrs["al"].age = 6
	fmt.Println(*ptrs["al"])
	mm := make(map[int][]int, 10)
	mm[1] = append(mm[1], 5)
	mm[1] = append(mm[1], 6)
	fmt.Println(mm, len(mm))
	m2 := m
	m2["shared"] = 1
	fmt.Println(m["shared"])
	ik := map[int]bool{3: true, 1: false, 2: true}
	fmt.Println(ik)
	fk := map[interface{}]int{1: 1, "a": 2, 2.5: 3}
	fmt.Println(fk[1], fk["a"], fk[2.5], fk[int64(1)])
	counts := map[rune]int{}
	for _, r := range "hello" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['h'], len(counts))
}
