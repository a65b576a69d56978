package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buf struct{ data []string }

func (b *Buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buf) Write(s string) { b.data = append(b.data, s) }

func describe(i interface{}) {
	fmt.Printf("(%v, %T)\n", i, i)
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}}
	for _, s := range shapes {
		fmt.Printf("%.2f %.2f\n", s.Area(), s.Perimeter())
	}
	var rw ReadWriter = &Buf{}
	rw.Write("a")
	rw.Write("b")
	var r Reader = rw
	fmt.Println(r.Read(), rw.Read(), rw.Read() == "")
	var s Shape
	fmt.Println(s == nil)
	s = Rect{1, 1}
	fmt.Println(s != nil, s == Rect{1, 1}, s == Shape(Rect{1, 2}))
	describe(42)
	describe("hi")
	describe(s)
	describe(nil)
	var e interface{} = 3
	var f interface{} = 3
	var g interface{} = int64(3)
	fmt.Println(e == f, e == g)
	var cp *Circle
	var s2 Shape = cp
	fmt.Println(cp == nil, s2 == nil)
	var any1 any = []int{1}
	fmt.Println(any1)
}
