package main

import "fmt"

type Counter struct {
	n int
}

func (c Counter) Value() int { return c.n }

func (c *Counter) Inc() { c.n++ }

func (c Counter) IncCopy() Counter {
	c.n++
	return c
}

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }

func (m *MyInt) Set(v int) { *m = MyInt(v) }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

// A pointer method reached through an embedded pointer, then an embedded
// value: the receiver is addressable even in a composite literal.
type inner struct{ n int }

func (p *inner) Bump() int { p.n++; return p.n }

type middle struct{ inner }
type outer struct{ *middle }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	fmt.Println(c.Value(), c.n)
	d := c.IncCopy()
	fmt.Println(c.n, d.n)
	p := &c
	p.Inc()
	fmt.Println(p.Value(), c.Value())
	var m MyInt = 21
	fmt.Println(m.Double())
	m.Set(5)
	fmt.Println(m, m.Double().Double())
	f := c.Value
	c.Inc()
	fmt.Println(f(), c.Value())
	g := p.Inc
	g()
	g()
	fmt.Println(c.n)
	h := Counter.Value
	fmt.Println(h(Counter{7}))
	k := (*Counter).Inc
	k(&c)
	fmt.Println(c.n)
	area := Rect.Area
	fmt.Println(area(Rect{2, 3}))
	rs := []Rect{{1, 1}, {2, 2}}
	total := 0.0
	for _, r := range rs {
		total += r.Area()
	}
	fmt.Println(total)
	counters := []Counter{{1}, {2}}
	counters[0].Inc()
	fmt.Println(counters)
	mp := map[string]*Counter{"a": {10}}
	mp["a"].Inc()
	fmt.Println(mp["a"].n)
	fmt.Println(outer{&middle{}}.Bump())
}
