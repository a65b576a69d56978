package main

import (
	"fmt"
	"strconv"
)

var seed uint32 = 4242

func rnd(n int) int {
	seed = seed*1103515245 + 12345
	return int(seed>>8) % n
}

var pieces = []string{"0", "1", "7", "9", "x", "X", "b", "o", "_", "-", "+", ".", "e", "E", "f", "inf", "Inf", "nan", "p", "a", "z", " ", "99999999999", "0x", "0b", "0o", "1e308", "1e-320"}

func main() {
	for i := 0; i < 400; i++ {
		n := 1 + rnd(5)
		s := ""
		for j := 0; j < n; j++ {
			s += pieces[rnd(len(pieces))]
		}
		base := []int{0, 2, 8, 10, 16, 36, 1, 37}[rnd(8)]
		bits := []int{0, 8, 16, 32, 64, 65}[rnd(6)]
		a, e1 := strconv.ParseInt(s, base, bits)
		b, e2 := strconv.ParseUint(s, base, bits)
		c, e3 := strconv.ParseFloat(s, []int{32, 64}[rnd(2)])
		d, e4 := strconv.Atoi(s)
		fmt.Println(strconv.Quote(s), a, e1, b, e2, c, e3, d, e4)
	}
}
