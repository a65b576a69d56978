package main

import "fmt"

type Node interface {
	Children() []Node
	Name() string
}

type leaf string

func (l leaf) Children() []Node { return nil }
func (l leaf) Name() string     { return string(l) }

type tree struct {
	name string
	kids []Node
}

func (t tree) Children() []Node { return t.kids }
func (t tree) Name() string     { return t.name }

type Comparable[T any] interface {
	Compare(other T) int
}

type Num int

func (a Num) Compare(b Num) int { return int(a - b) }

func Max[T Comparable[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Compare(m) > 0 {
			m = x
		}
	}
	return m
}

type Expr interface {
	Eval() float64
	Simplify() Expr
}

type lit float64

func (l lit) Eval() float64  { return float64(l) }
func (l lit) Simplify() Expr { return l }

func walk(n Node, depth int) {
	fmt.Printf("%*s%s\n", depth*2, "", n.Name())
	for _, c := range n.Children() {
		walk(c, depth+1)
	}
}

func main() {
	t := tree{"root", []Node{leaf("a"), tree{"b", []Node{leaf("c")}}}}
	walk(t, 0)
	fmt.Println(Max(Num(3), Num(9), Num(2)))
	var e Expr = lit(2.5)
	fmt.Println(e.Simplify().Eval())
}
