package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Filter[T any](s []T, keep func(T) bool) []T {
	var out []T
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func Sum[T Number](s []T) T {
	var total T
	for _, v := range s {
		total += v
	}
	return total
}

func Keys[K comparable, V any](m map[K]V) int {
	n := 0
	for range m {
		n++
	}
	return n
}

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type MyInt int

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	nums := []int{1, 2, 3, 4, 5}
	sq := Map(nums, func(x int) int { return x * x })
	fmt.Println(sq)
	strs := Map(nums, func(x int) string { return fmt.Sprint("#", x) })
	fmt.Println(strs, len(strs))
	evens := Filter(nums, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens)
	fmt.Println(Sum(nums), Sum([]float64{1.5, 2.25}), Sum([]MyInt{4, 5}))
	fmt.Println(Sum[int64](nil))
	fmt.Println(Keys(map[string]bool{"a": true, "b": false}))
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Len())
	v, ok := s.Pop()
	fmt.Println(v, ok)
	v, ok = s.Pop()
	fmt.Println(v, ok)
	v, ok = s.Pop()
	fmt.Printf("%q %v\n", v, ok)
	is := &Stack[int]{}
	is.Push(42)
	fmt.Println(is.items)
	p := Pair[string, int]{"x", 1}
	fmt.Printf("%v %+v\n", p, p)
	fmt.Println(Max(3, 7), Max(2.5, 1.5), Max("a", "b"))
	fmt.Printf("%T\n", Map[int, float64])
}
