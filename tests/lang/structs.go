package main

import "fmt"

type Point struct {
	X, Y int
}

type Named struct {
	Name string
	Pos  Point
	Tags []string
	next *Named
}

func move(p Point) Point {
	p.X += 10
	return p
}

func movePtr(p *Point) {
	p.X += 10
}

func main() {
	var zero Point
	fmt.Println(zero)
	p := Point{1, 2}
	q := Point{Y: 5}
	fmt.Println(p, q, p.X, q.Y)
	fmt.Printf("%v %+v %#v\n", p, p, p)
	r := p
	r.X = 100
	fmt.Println(p, r)
	fmt.Println(move(p), p)
	movePtr(&p)
	fmt.Println(p)
	pp := &p
	pp.Y = 20
	(*pp).X = 30
	fmt.Println(p, *pp)
	fmt.Println(p == Point{30, 20}, p != q)
	n := Named{Name: "n", Pos: Point{3, 4}}
	n2 := n
	n2.Pos.X = 99
	fmt.Println(n.Pos, n2.Pos, n.Tags == nil)
	n.next = &n2
	fmt.Println(n.next.Pos.X, n.next.next == nil)
	anon := struct {
		A int
		B string
	}{1, "x"}
	fmt.Println(anon, anon.B)
	var list []Point
	list = append(list, p, q)
	list[0].X = 1
	fmt.Println(list, p)
	for _, pt := range list {
		pt.X = 0
	}
	fmt.Println(list)
	for i := range list {
		list[i].X = 0
	}
	fmt.Println(list)
	np := new(Point)
	np.X = 4
	fmt.Println(*np)
	ptr := &Point{7, 8}
	fmt.Println(ptr.X, ptr)
	type local struct{ v int }
	fmt.Println(local{3})
	e := struct{}{}
	fmt.Println(e)
}
