package main

import "fmt"

const Big = 1 << 100
const Small = Big >> 99

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	a = iota * 10
	b
	c = "str"
	d
	e = iota
)

const typed int32 = 7
const pi = 3.14159265358979323846264338327950288419716939937510582097494459

func main() {
	fmt.Println(0.1 + 0.2)
	x := 0.1
	y := 0.2
	fmt.Println(x + y)
	fmt.Println(Small, Big/(1<<98))
	fmt.Println(KB, MB, GB)
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Printf("%T %T\n", Monday, typed)
	fmt.Println(a, b, c, d, e)
	fmt.Println(pi, float32(pi))
	fmt.Println(7/2, 7/2.0, 7.0/2, 'a'+1, string(rune('a'+1)))
	const h = 'x' - 'a'
	fmt.Printf("%T %v\n", h, h)
	var f float64 = 1 << 62
	fmt.Println(f)
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge)
	var u8 uint8 = 255 + 0
	fmt.Println(u8, typed*2)
	fmt.Println(1<<62 > 1e18, len("abc") == 3)
	const s = "con" + "cat"
	fmt.Println(s, len(s))
}
