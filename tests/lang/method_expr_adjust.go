package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Labeled struct {
	Label string
	Shape
}

type Base struct{ N int }

func (b Base) Get() int   { return b.N }
func (b *Base) Set(n int) { b.N = n }
func (b Base) Mod() int   { b.N = 100; return b.N }

type Dog struct {
	X int
	Base
}
type PDog struct {
	Y string
	*Base
}

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }
func (m *MyInt) Inc()         { *m++ }

type RW interface {
	Read(p []byte) (int, error)
	Name() string
}

type F struct{}

func (F) Read(p []byte) (int, error) { return len(p), nil }
func (F) Name() string                { return "F" }

func main() {
	fexpr := Shape.Area
	fmt.Println(fexpr(Sq{3}))
	fmt.Println(Labeled.Area(Labeled{"x", Sq{2}}))
	g := Dog.Get
	fmt.Println(g(Dog{4, Base{3}}))
	s := (*Dog).Set
	d := Dog{}
	s(&d, 7)
	fmt.Println(d, (*Dog).Get(&d), (*Dog).Mod(&d), d)
	pg := (*Base).Get
	b := Base{5}
	fmt.Println(pg(&b), (*Base).Mod(&b), b)
	h := PDog.Set
	pd := PDog{"y", &Base{}}
	h(pd, 9)
	fmt.Println(pd.N, PDog.Get(pd), (*PDog).Get(&pd))
	mi := MyInt(4)
	fmt.Println(MyInt.Double(mi), (*MyInt).Double(&mi))
	(*MyInt).Inc(&mi)
	fmt.Println(mi)
	n, err := RW.Read(F{}, make([]byte, 3))
	fmt.Println(n, err, RW.Name(F{}))
	fs := []func(Shape) float64{Shape.Area}
	fmt.Println(fs[0](Sq{1.5}))
	func() {
		defer func() { fmt.Println(recover()) }()
		var pp *Base
		(*Base).Get(pp)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		Shape.Area(nil)
	}()
	fmt.Printf("%T\n", Shape.Area)
	generics()
}

type Box[T any] struct{ V T }

func (b Box[T]) Get() T     { return b.V }
func (b *Box[T]) Set(v T)   { b.V = v }

type Outer struct {
	N int
	Box[string]
}

func generics() {
	g := Box[int].Get
	fmt.Println(g(Box[int]{4}))
	b := Box[string]{}
	(*Box[string]).Set(&b, "x")
	fmt.Println(b, (*Box[string]).Get(&b))
	o := Outer{1, Box[string]{"in"}}
	fmt.Println(Outer.Get(o))
	(*Outer).Set(&o, "changed")
	fmt.Println(o)
}
