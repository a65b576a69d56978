package main

import (
	"fmt"
	"sort"
	"strings"
)

type Animal interface {
	Name() string
	Sound() string
}

type Base struct{ name string }

func (b Base) Name() string  { return b.name }
func (b Base) Sound() string { return "..." }
func (b Base) Describe() string {
	return b.Name() + " says " + b.Sound()
}

type Dog struct{ Base }

func (Dog) Sound() string { return "woof" }

type Loud struct {
	Animal
}

func (l Loud) Sound() string { return strings.ToUpper(l.Animal.Sound()) + "!" }

type byName []Animal

func (s byName) Len() int           { return len(s) }
func (s byName) Less(i, j int) bool { return s[i].Name() < s[j].Name() }
func (s byName) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type ReverseSorter struct{ sort.Interface }

func (r ReverseSorter) Less(i, j int) bool { return r.Interface.Less(j, i) }

type Point struct{ X, Y int }
type Circle struct {
	Point
	Radius int
}
type Wheel struct {
	*Circle
	Spokes int
}

func main() {
	d := Dog{Base{"rex"}}
	fmt.Println(d.Name(), d.Sound(), d.Describe())
	var a Animal = d
	fmt.Println(a.Sound())
	l := Loud{a}
	fmt.Println(l.Name(), l.Sound())
	var a2 Animal = l
	fmt.Println(a2.Sound())
	zoo := byName{Dog{Base{"b"}}, Base{"c"}, Loud{Base{"a"}}}
	sort.Sort(zoo)
	for _, z := range zoo {
		fmt.Print(z.Name(), ":", z.Sound(), " ")
	}
	fmt.Println()
	sort.Sort(ReverseSorter{zoo})
	fmt.Println(zoo[0].Name(), zoo[2].Name())
	w := Wheel{&Circle{Point{8, 8}, 5}, 20}
	w.X = 42
	fmt.Println(w.Circle.Point, w.Radius, w.Spokes)
	fmt.Printf("%v %+v\n", *w.Circle, w.Point)
	var empty Loud
	fmt.Println(empty.Animal == nil)
}
