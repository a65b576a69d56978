package main

import (
	"fmt"
	"os"
)

// Celsius prints itself through fmt.Formatter, honouring flags, width and
// precision, and writing with Fprintf, Write and io.WriteString-style calls.
type Celsius float64

func (c Celsius) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 'f':
		prec, ok := f.Precision()
		if !ok {
			prec = 1
		}
		s := fmt.Sprintf("%.*f°C", prec, float64(c))
		if w, ok := f.Width(); ok {
			for n := len([]rune(s)); n < w; n++ {
				if f.Flag('-') {
					s += " "
				} else {
					s = " " + s
				}
			}
		}
		if f.Flag('+') && c >= 0 {
			f.Write([]byte("+"))
		}
		fmt.Fprint(f, s)
	default:
		fmt.Fprintf(f, "%%!%c(Celsius=%g)", verb, float64(c))
	}
}

// point has a pointer-receiver Format: only *point is a Formatter.
type point struct{ x, y int }

func (p *point) Format(f fmt.State, verb rune) {
	if f.Flag('#') {
		fmt.Fprintf(f, "point{%d, %d}", p.x, p.y)
		return
	}
	fmt.Fprintf(f, "(%d,%d)", p.x, p.y)
}

func main() {
	t := Celsius(21.456)
	fmt.Println(t)
	fmt.Printf("%v|%.2f|%+v|%8.1f|%-8v|\n", t, t, t, t, t)
	fmt.Printf("%d %s\n", t, t)
	p := &point{1, 2}
	fmt.Println(p, *p)
	fmt.Printf("%v %#v\n", p, p)
	fmt.Fprintln(os.Stdout, []any{t, p})
	s := fmt.Sprint(t, p)
	fmt.Println(len(s), s)
}
