// Package sort: sorting slices and user-defined collections with Go's
// pdqsort (unstable) and insertion+symMerge (stable) algorithms, so results
// match Go's exactly, equal elements included.
package sort

// A type, typically a collection, that satisfies sort.Interface can be
// sorted by the routines in this package.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

type reverse struct {
	data Interface
}

func (r reverse) Len() int           { return r.data.Len() }
func (r reverse) Less(i, j int) bool { return r.data.Less(j, i) }
func (r reverse) Swap(i, j int)      { r.data.Swap(i, j) }

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// IntSlice attaches the methods of Interface to []int, sorting in increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Ints(x) }
func (x IntSlice) Search(v int) int   { return SearchInts(x, v) }

// Float64Slice implements Interface for a []float64, sorting NaNs first.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j])
}
func (x Float64Slice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                { Float64s(x) }
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

// StringSlice attaches the methods of Interface to []string.
type StringSlice []string

func (x StringSlice) Len() int            { return len(x) }
func (x StringSlice) Less(i, j int) bool  { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)       { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()               { Strings(x) }
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

func Sort(data Interface)
func Stable(data Interface)
func IsSorted(data Interface) bool
func Slice(x any, less func(i, j int) bool)
func SliceStable(x any, less func(i, j int) bool)
func SliceIsSorted(x any, less func(i, j int) bool) bool
func Ints(x []int)
func Strings(x []string)
func Float64s(x []float64)
func IntsAreSorted(x []int) bool
func StringsAreSorted(x []string) bool
func Float64sAreSorted(x []float64) bool
func Search(n int, f func(int) bool) int
func Find(n int, cmp func(int) int) (i int, found bool)
func SearchInts(a []int, x int) int
func SearchStrings(a []string, x string) int
func SearchFloat64s(a []float64, x float64) int
