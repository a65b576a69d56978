// expected by hand: slices, maps and cmp are Go 1.21+ (the oracle is Go 1.19);
// each line's expected value is worked out in the comment above it.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
)

type person struct {
	name string
	age  int
}

func main() {
	// Insert within capacity keeps the array; beyond it grows like append: cap 2 -> 4.
	s := []int{1, 4}
	s = slices.Insert(s, 1, 2, 3)
	fmt.Println(s, len(s), cap(s))
	// Delete zeroes the vacated tail (Go 1.22).
	d := []int{0, 1, 2, 3, 4}
	d2 := slices.Delete(d, 1, 3)
	fmt.Println(d2, d)
	// DeleteFunc and Compact likewise.
	e := []int{1, 2, 3, 4, 5, 6}
	e2 := slices.DeleteFunc(e, func(x int) bool { return x%2 == 0 })
	fmt.Println(e2, e)
	c := []int{1, 1, 2, 2, 2, 3, 1}
	c2 := slices.Compact(c)
	fmt.Println(c2, c)
	// CompactFunc compares neighbours.
	w := []string{"a", "A", "b", "B", "c"}
	fmt.Println(slices.CompactFunc(w, strings.EqualFold))
	// Stable sort of structs by age keeps input order among equals.
	people := []person{{"alice", 30}, {"bob", 25}, {"carol", 30}, {"dave", 25}}
	slices.SortStableFunc(people, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	fmt.Println(people)
	i, found := slices.BinarySearchFunc(people, 30, func(p person, age int) int { return cmp.Compare(p.age, age) })
	fmt.Println(i, found)
	fmt.Println(slices.IndexFunc(people, func(p person) bool { return p.name == "carol" }), slices.ContainsFunc(people, func(p person) bool { return p.age > 40 }))
	oldest := slices.MaxFunc(people, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	fmt.Println(oldest)
	// Floats: NaN sorts first; Max/Min propagate NaN like the builtins.
	f := []float64{2, math.NaN(), -1, 0}
	slices.Sort(f)
	fmt.Println(f, slices.Max(f), slices.Min([]float64{3, 1, 2}))
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2}, []int{1}), slices.Equal([]float64{math.NaN()}, []float64{math.NaN()}))
	// Clone of nil is nil; of empty is empty non-nil.
	var nilS []int
	fmt.Println(slices.Clone(nilS) == nil, slices.Clone([]int{}) == nil, len(slices.Grow(nilS, 10)), cap(slices.Clip(make([]int, 2, 10))))
	fmt.Println(slices.Concat([]int{1}, nil, []int{2, 3}), slices.IsSorted([]string{"a", "b", "b"}), slices.Index([]string{"x", "y"}, "y"))
	// cmp.
	fmt.Println(cmp.Compare(math.NaN(), 1.0), cmp.Compare(1.0, math.NaN()), cmp.Compare(math.NaN(), math.NaN()), cmp.Less("a", "b"), cmp.Or("", "x", "y"))
	// maps: Clone is independent, Equal compares values, DeleteFunc filters.
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	m2 := maps.Clone(m)
	m2["a"] = 10
	fmt.Println(m["a"], m2["a"], maps.Equal(m, m2))
	maps.DeleteFunc(m2, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(len(m2), m2["b"], m2["a"])
	dst := map[string]int{"z": 26}
	maps.Copy(dst, m)
	keys := slices.Sorted(maps.Keys(dst))
	fmt.Println(keys, len(dst))
	fmt.Println(maps.EqualFunc(m, map[string]string{"a": "1", "b": "2", "c": "3"}, func(v int, s string) bool { return fmt.Sprint(v) == s }))
	defer func() { fmt.Println(recover()) }()
	slices.Max([]int{})
}
