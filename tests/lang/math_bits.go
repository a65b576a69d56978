package main

import (
	"fmt"
	"math/bits"
)

func main() {
	xs := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x1234, 0xdeadbeef, 1 << 63, 0xffffffffffffffff, 0x0123456789abcdef}
	for _, x := range xs {
		fmt.Println(x, bits.Len64(x), bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x))
		fmt.Printf("%#x %#x %#x %#x\n", bits.Reverse64(x), bits.ReverseBytes64(x), bits.RotateLeft64(x, 7), bits.RotateLeft64(x, -9))
		fmt.Println(bits.Len32(uint32(x)), bits.LeadingZeros32(uint32(x)), bits.TrailingZeros32(uint32(x)), bits.OnesCount32(uint32(x)))
		fmt.Println(bits.Len16(uint16(x)), bits.LeadingZeros16(uint16(x)), bits.TrailingZeros16(uint16(x)), bits.OnesCount16(uint16(x)))
		fmt.Println(bits.Len8(uint8(x)), bits.LeadingZeros8(uint8(x)), bits.TrailingZeros8(uint8(x)), bits.OnesCount8(uint8(x)))
		fmt.Println(bits.Reverse32(uint32(x)), bits.Reverse16(uint16(x)), bits.Reverse8(uint8(x)), bits.ReverseBytes32(uint32(x)), bits.ReverseBytes16(uint16(x)))
		fmt.Println(bits.RotateLeft32(uint32(x), 5), bits.RotateLeft16(uint16(x), -3), bits.RotateLeft8(uint8(x), 11))
		fmt.Println(bits.Len(uint(x)), bits.LeadingZeros(uint(x)), bits.TrailingZeros(uint(x)), bits.OnesCount(uint(x)), bits.Reverse(uint(x)), bits.ReverseBytes(uint(x)), bits.RotateLeft(uint(x), 1))
		for _, y := range xs {
			hi, lo := bits.Mul64(x, y)
			s, c := bits.Add64(x, y, 1)
			d, b := bits.Sub64(x, y, 1)
			h32, l32 := bits.Mul32(uint32(x), uint32(y))
			s32, c32 := bits.Add32(uint32(x), uint32(y), 1)
			d32, b32 := bits.Sub32(uint32(x), uint32(y), 0)
			fmt.Println(hi, lo, s, c, d, b, h32, l32, s32, c32, d32, b32)
			if y > hi {
				q, r := bits.Div64(hi, lo, y)
				fmt.Println("div", q, r, bits.Rem64(x, lo, y))
			}
			if uint32(y) > h32 {
				q, r := bits.Div32(h32, l32, uint32(y))
				fmt.Println("div32", q, r, bits.Rem32(h32, l32, uint32(y)))
			}
		}
	}
	fmt.Println(bits.UintSize)
	hi, lo := bits.Mul(7, 1<<62)
	fmt.Println(hi, lo)
	q, r := bits.Div(hi, lo, 9)
	fmt.Println(q, r, bits.Rem(5, 3, 7))
	sum, carry := bits.Add(^uint(0), 1, 0)
	diff, borrow := bits.Sub(0, 1, 0)
	fmt.Println(sum, carry, diff, borrow)
	try := func(name string, f func()) {
		defer func() { fmt.Println(name, recover()) }()
		f()
	}
	try("div64 by zero", func() { bits.Div64(0, 1, 0) })
	try("div64 overflow", func() { bits.Div64(5, 1, 5) })
	try("div32 overflow", func() { bits.Div32(5, 1, 3) })
	try("div32 by zero", func() { bits.Div32(0, 1, 0) })
	try("rem64 by zero", func() { bits.Rem64(1, 1, 0) })
	try("rem32 by zero", func() { bits.Rem32(1, 1, 0) })
	var e error
	func() {
		defer func() { e = recover().(error) }()
		bits.Div64(1, 1, 1)
	}()
	fmt.Println(e.Error())
}
