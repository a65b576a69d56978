// Power series as streams of coefficients (after McIlroy, "Squinting at
// Power Series"): each operator is a goroutine, series defined recursively
// are fed back into themselves through split streams.
package main

import "fmt"

type rat struct{ num, den int64 }

func gcd(a, b int64) int64 {
	if a < 0 {
		a = -a
	}
	if b < 0 {
		b = -b
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func mk(n, d int64) rat {
	if d < 0 {
		n, d = -n, -d
	}
	g := gcd(n, d)
	if g == 0 {
		return rat{0, 1}
	}
	return rat{n / g, d / g}
}

func (r rat) add(s rat) rat { return mk(r.num*s.den+s.num*r.den, r.den*s.den) }
func (r rat) mul(s rat) rat { return mk(r.num*s.num, r.den*s.den) }
func (r rat) neg() rat      { return rat{-r.num, r.den} }

func (r rat) String() string {
	if r.den == 1 {
		return fmt.Sprint(r.num)
	}
	return fmt.Sprintf("%d/%d", r.num, r.den)
}

type PS chan rat

// split copies one series into two, buffering so that a slow reader of
// one copy cannot stall the other.
func split(in PS) (PS, PS) {
	a, b := make(PS, 100), make(PS, 100)
	go func() {
		for c := range in {
			a <- c
			b <- c
		}
	}()
	return a, b
}

// integ returns c + the integral of in.
func integ(c rat, in PS) PS {
	out := make(PS)
	go func() {
		out <- c
		for n := int64(1); ; n++ {
			out <- (<-in).mul(mk(1, n))
		}
	}()
	return out
}

func neg(in PS) PS {
	out := make(PS)
	go func() {
		for c := range in {
			out <- c.neg()
		}
	}()
	return out
}

func add(a, b PS) PS {
	out := make(PS)
	go func() {
		for {
			out <- (<-a).add(<-b)
		}
	}()
	return out
}

// mul multiplies two series: (f0 + x F')(g0 + x G') = f0 g0 + x (f0 G' + g0 F' + x F' G').
func mul(f, g PS) PS {
	out := make(PS)
	go func() {
		var fs, gs []rat
		for n := 0; ; n++ {
			fs = append(fs, <-f)
			gs = append(gs, <-g)
			sum := mk(0, 1)
			for i := 0; i <= n; i++ {
				sum = sum.add(fs[i].mul(gs[n-i]))
			}
			out <- sum
		}
	}()
	return out
}

func ones() PS {
	out := make(PS)
	go func() {
		for {
			out <- mk(1, 1)
		}
	}()
	return out
}

// exp: E = 1 + integral(E).
func exp() PS {
	fb := make(PS, 100)
	e := integ(mk(1, 1), fb)
	a, b := split(e)
	go func() {
		for c := range a {
			fb <- c
		}
	}()
	return b
}

// sin and cos: S = integral(C), C = 1 - integral(S).
func sincos() (PS, PS) {
	sfb, cfb := make(PS, 100), make(PS, 100)
	s := integ(mk(0, 1), cfb)
	c := integ(mk(1, 1), neg(sfb))
	s1, s2 := split(s)
	c1, c2 := split(c)
	go func() {
		for v := range s1 {
			sfb <- v
		}
	}()
	go func() {
		for v := range c1 {
			cfb <- v
		}
	}()
	return s2, c2
}

func show(name string, ps PS, n int) {
	fmt.Print(name, ":")
	for i := 0; i < n; i++ {
		fmt.Print(" ", <-ps)
	}
	fmt.Println()
}

func main() {
	show("1/(1-x)", ones(), 8)
	show("exp", exp(), 9)
	s, c := sincos()
	show("sin", s, 9)
	show("cos", c, 9)
	show("1/(1-x)^2", mul(ones(), ones()), 8)
	e1, e2 := split(exp())
	show("exp^2", mul(e1, e2), 7)
	s3, c3 := sincos()
	sa, sb := split(s3)
	ca, cb := split(c3)
	show("sin^2+cos^2", add(mul(sa, sb), mul(ca, cb)), 8)
}
