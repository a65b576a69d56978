// expected by hand: maps.Collect/Insert, slices.Backward/AppendSeq/SortedFunc/Replace/Repeat are Go 1.21-1.23 (the oracle is Go 1.19).
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	m := maps.Collect(maps.All(map[string]int{"a": 1, "b": 2}))
	maps.Insert(m, maps.All(map[string]int{"c": 3}))
	fmt.Println(len(m), m["c"], slices.Sorted(maps.Keys(m)))
	s := []int{1, 2, 3}
	slices.Backward(s)(func(i, v int) bool { fmt.Print(i, ":", v, " "); return true })
	fmt.Println()
	fmt.Println(slices.AppendSeq([]int{0}, slices.Values(s)), slices.SortedFunc(slices.Values([]string{"b", "A", "c"}), strings.Compare))
	r := []int{0, 1, 2, 3, 4}
	fmt.Println(slices.Replace(r, 1, 3, 9), r, slices.Replace([]int{0, 1, 2}, 1, 2, 7, 8, 9), slices.Repeat([]int{1, 2}, 3))
}
