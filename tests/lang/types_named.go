package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type StrList []string

func (s StrList) Join() string {
	out := ""
	for _, v := range s {
		out += v
	}
	return out
}

type Alias = int
type Handler func(int) int

func (h Handler) Twice(v int) int { return h(h(v)) }

type Matrix [2][2]int

func main() {
	c := Celsius(100)
	fmt.Println(CToF(c), CToF(-40))
	fmt.Printf("%T %T\n", c, CToF(c))
	var a Alias = 5
	var i int = a
	fmt.Printf("%T %v\n", a, i)
	l := StrList{"a", "b"}
	l = append(l, "c")
	fmt.Println(l.Join(), len(l))
	var plain []string = l
	fmt.Println(plain)
	h := Handler(func(v int) int { return v + 3 })
	fmt.Println(h.Twice(1))
	m := Matrix{{1, 2}, {3, 4}}
	fmt.Println(m, m[1][0])
	var f32 float32 = 1.1
	f64 := float64(f32)
	fmt.Println(f64 == 1.1, int64(f32*10))
	var big int64 = 1<<40 + 5
	fmt.Println(int32(big), uint8(big), int(int8(big)))
	var neg = -1
	fmt.Println(uint32(neg), uint64(neg))
	fl := 1e10
	fmt.Println(int64(fl), int(-2.9e0*fl/fl))
	fmt.Println(string(rune(0x1F600)), []byte("é"))
}
