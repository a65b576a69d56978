// Package slices: generic functions on slices of any type (Go 1.22
// semantics: functions that shrink a slice zero the vacated elements).
// Sorting uses Go's own algorithms, so results match Go's exactly.
package slices

import "cmp"

func Sort[S ~[]E, E cmp.Ordered](x S)
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int)
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int)
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool
func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool)
func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool)
func Index[S ~[]E, E comparable](s S, v E) int
func Contains[S ~[]E, E comparable](s S, v E) bool
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool
func Reverse[S ~[]E, E any](s S)
func Max[S ~[]E, E cmp.Ordered](x S) E
func Min[S ~[]E, E cmp.Ordered](x S) E
func MaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E
func MinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E
func Equal[S ~[]E, E comparable](s1, s2 S) bool
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool
func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int
func Insert[S ~[]E, E any](s S, i int, v ...E) S
func Delete[S ~[]E, E any](s S, i, j int) S
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S
func Compact[S ~[]E, E comparable](s S) S
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S
func Clone[S ~[]E, E any](s S) S
func Grow[S ~[]E, E any](s S, n int) S
func Clip[S ~[]E, E any](s S) S
func Concat[S ~[]E, E any](slices ...S) S

// All returns an iterator over index-value pairs of s.
func All[Slice ~[]E, E any](s Slice) func(yield func(int, E) bool) {
	return func(yield func(int, E) bool) {
		for i, v := range []E(s) {
			if !yield(i, v) {
				return
			}
		}
	}
}

// Values returns an iterator over the elements of s.
func Values[Slice ~[]E, E any](s Slice) func(yield func(E) bool) {
	return func(yield func(E) bool) {
		for _, v := range []E(s) {
			if !yield(v) {
				return
			}
		}
	}
}

// Collect gathers the values of seq into a new slice.
func Collect[E any](seq func(yield func(E) bool)) []E {
	var s []E
	seq(func(e E) bool {
		s = append(s, e)
		return true
	})
	return s
}

// Sorted gathers the values of seq into a new slice and sorts it.
func Sorted[E cmp.Ordered](seq func(yield func(E) bool)) []E {
	s := Collect(seq)
	Sort(s)
	return s
}

// Backward returns an iterator over index-value pairs of s, last first.
func Backward[Slice ~[]E, E any](s Slice) func(yield func(int, E) bool) {
	return func(yield func(int, E) bool) {
		for i := len(s) - 1; i >= 0; i-- {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

// AppendSeq appends the values from seq to s and returns the extended slice.
func AppendSeq[Slice ~[]E, E any](s Slice, seq func(yield func(E) bool)) Slice {
	seq(func(e E) bool {
		s = append(s, e)
		return true
	})
	return s
}

// SortedFunc collects the values of seq into a new slice sorted by cmp.
func SortedFunc[E any](seq func(yield func(E) bool), cmp func(E, E) int) []E {
	s := Collect(seq)
	SortFunc(s, cmp)
	return s
}

func Replace[S ~[]E, E any](s S, i, j int, v ...E) S
func Repeat[S ~[]E, E any](x S, count int) S
