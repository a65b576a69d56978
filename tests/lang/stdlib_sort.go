package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type person struct {
	name string
	age  int
}

func main() {
	ints := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "apple", "fig"}
	sort.Strings(strs)
	fmt.Println(strs)
	fl := []float64{2.5, -1, 3}
	sort.Float64s(fl)
	fmt.Println(fl)
	words := byLen{"banana", "kiwi", "apple", "fig"}
	sort.Sort(words)
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	people := []person{{"alice", 30}, {"bob", 25}, {"carol", 30}, {"dave", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people)
	sorted := []int{1, 3, 5, 7, 9}
	fmt.Println(sort.SearchInts(sorted, 5), sort.SearchInts(sorted, 6), sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 8 }))
	fmt.Println(sort.SearchStrings([]string{"a", "c"}, "b"))
	ss := sort.StringSlice{"z", "y"}
	ss.Sort()
	fmt.Println(ss, sort.StringsAreSorted(ss))
}
