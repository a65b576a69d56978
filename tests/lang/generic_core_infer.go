package main

import "fmt"

type Setter[T any] interface {
	*T
	Set(string)
}

type ESetter[T any] interface {
	*T
	Parse(string) error
}

type IntVal struct{ v int }

func (i *IntVal) Parse(s string) error {
	_, err := fmt.Sscan(s, &i.v)
	return err
}

func ParseAll[T any, PT ESetter[T]](ss []string) ([]T, error) {
	out := make([]T, len(ss))
	for i, s := range ss {
		if err := PT(&out[i]).Parse(s); err != nil {
			return out[:i], err
		}
	}
	return out, nil
}

type V struct{ s string }

func (v *V) Set(s string) { v.s = s }

func New[T any, PT Setter[T]](s string) T {
	var t T
	PT(&t).Set(s)
	return t
}

func Make[S ~[]E, E any](e E, n int) S {
	s := make(S, n)
	for i := range s {
		s[i] = e
	}
	return s
}

func Keys[M ~map[K]V2, K comparable, V2 any](m M) int { return len(m) }

func main() {
	fmt.Println(New[V]("x"))
	f := New[V]
	fmt.Println(f("y"))
	s := Make[[]float64](1.5, 3)
	fmt.Printf("%v %T\n", s, s)
	// Go 1.21 infers S from its core type ~[]E once E is known.
	s2 := Make(2, 2)
	fmt.Printf("%v %T\n", s2, s2)
	fmt.Println(Keys(map[string]int{"a": 1}))
	fmt.Println(ParseAll[IntVal]([]string{"1", "22", "4"}))
}
