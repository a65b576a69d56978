// expected by hand: the slices and maps packages and min/max/clear are Go 1.21 (the oracle is Go 1.19).
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	slices.Sort(s)
	fmt.Println(s)
	fmt.Println(slices.Contains(s, 9), slices.Contains(s, 7), slices.Index(s, 4), slices.Index(s, 8))
	i, found := slices.BinarySearch(s, 5)
	fmt.Println(i, found)
	fmt.Println(slices.Max(s), slices.Min(s))
	r := slices.Clone(s)
	slices.Reverse(r)
	fmt.Println(r, s[0])
	fmt.Println(slices.Equal(s, r), slices.Equal([]int{1}, []int{1}))
	words := []string{"banana", "Apple", "cherry"}
	slices.SortFunc(words, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(words)
	fmt.Println(slices.IndexFunc(words, func(w string) bool { return strings.HasPrefix(w, "c") }))
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	fmt.Println(slices.Insert([]int{1, 4}, 1, 2, 3))
	fmt.Println(slices.Delete([]int{0, 1, 2, 3, 4}, 1, 3))
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Collect(maps.Keys(m))
	slices.Sort(keys)
	fmt.Println(keys)
	sorted := slices.Sorted(maps.Values(m))
	fmt.Println(sorted)
	m2 := maps.Clone(m)
	m2["d"] = 4
	fmt.Println(len(m), len(m2), maps.Equal(m, m2))
	delete(m2, "d")
	fmt.Println(maps.Equal(m, m2))
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a"))
	clear(m)
	fmt.Println(len(m))
	z := []int{1, 2, 3}
	clear(z)
	fmt.Println(z, len(z))
}
