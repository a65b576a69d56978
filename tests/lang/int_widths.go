package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var i16 int16 = 32767
	i16 += 2
	fmt.Println(i16)
	var u16 uint16 = 65535
	u16 += 10
	fmt.Println(u16)
	var i32 int32 = 2147483647
	i32++
	fmt.Println(i32)
	var u32 uint32 = 1 << 31
	u32 *= 2
	fmt.Println(u32)
	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println(i64)
	var u64 uint64 = 0
	u64--
	fmt.Println(u64)
	var b byte = 200
	b += 100
	fmt.Println(b)
	var r rune = 'A'
	r += 2
	fmt.Println(r, string(r))
	var u uint = 3
	fmt.Println(u - 4 > 0)
	var ip uintptr = 10
	fmt.Println(ip * 3)
	x := int8(-128)
	fmt.Println(-x, x/-1)
	u255, i16m := uint8(255), int16(-32768)
	fmt.Println(int8(200-256), u255+uint8(1), i16m-1)
	var m int32 = -7
	fmt.Println(m/2, m%2, m>>1, uint32(m)>>28)
	fmt.Println(^0, ^uint8(5), 6&^3, 5|2, 6^3, 1<<10)
	var sh uint = 70
	one32, one8 := uint32(1), int8(1)
	fmt.Println(int64(1)<<sh, one32<<31<<1, one8<<7)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2)
}
