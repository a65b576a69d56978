package main

import (
	"fmt"
	"strconv"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return "Color(" + strconv.Itoa(int(c)) + ")"
}

type P struct{ X, Y int }

func (p *P) String() string { return fmt.Sprintf("P<%d,%d>", p.X, p.Y) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type E struct{ code int }

func (e E) Error() string { return "E" + strconv.Itoa(e.code) }

func main() {
	fmt.Println(Red, Green, Blue)
	fmt.Printf("%v %s %d %q\n", Green, Blue, Blue, Red)
	fmt.Println([]Color{Red, Blue})
	p := P{1, 2}
	fmt.Println(&p, p)
	fmt.Println(Temp(21.55))
	fmt.Println(E{3})
	fmt.Printf("%v|%s\n", E{4}, E{5})
	m := map[Color]int{Green: 2, Red: 1}
	fmt.Println(m)
	s := fmt.Sprint(Red, " ", Temp(1))
	fmt.Println(s)
	type wrap struct{ C Color }
	fmt.Printf("%v %+v\n", wrap{Green}, wrap{Blue})
}
