package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Expr interface {
	Eval(env map[string]float64) float64
	String() string
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}

func (n Num) Eval(map[string]float64) float64   { return float64(n) }
func (n Num) String() string                      { return strconv.FormatFloat(float64(n), 'g', -1, 64) }
func (v Var) Eval(env map[string]float64) float64 { return env[string(v)] }
func (v Var) String() string                      { return string(v) }

func (b Bin) Eval(env map[string]float64) float64 {
	l, r := b.L.Eval(env), b.R.Eval(env)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	}
	panic("bad op " + string(b.Op))
}

func (b Bin) String() string { return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")" }

type parser struct {
	toks []string
	pos  int
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *parser) next() string { t := p.peek(); p.pos++; return t }

func (p *parser) expr() Expr {
	e := p.term()
	for p.peek() == "+" || p.peek() == "-" {
		op := p.next()[0]
		e = Bin{op, e, p.term()}
	}
	return e
}

func (p *parser) term() Expr {
	e := p.factor()
	for p.peek() == "*" || p.peek() == "/" {
		op := p.next()[0]
		e = Bin{op, e, p.factor()}
	}
	return e
}

func (p *parser) factor() Expr {
	t := p.next()
	if t == "(" {
		e := p.expr()
		p.next()
		return e
	}
	if f, err := strconv.ParseFloat(t, 64); err == nil {
		return Num(f)
	}
	return Var(t)
}

func tokenize(s string) []string {
	for _, op := range []string{"(", ")", "+", "-", "*", "/"} {
		s = strings.ReplaceAll(s, op, " "+op+" ")
	}
	return strings.Fields(s)
}

func main() {
	env := map[string]float64{"x": 3, "y": 0.5}
	for _, src := range []string{"1 + 2 * 3", "(1 + 2) * 3", "x * x - y", "10 / 4 / y", "2 * (x + (y - 1)) / 0"} {
		p := &parser{toks: tokenize(src)}
		e := p.expr()
		fmt.Printf("%-22s => %-28v = %v\n", src, e, e.Eval(env))
	}
}
