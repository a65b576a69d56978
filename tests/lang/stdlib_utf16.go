package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	runes := []rune("héllo, 世界 😀\U0010FFFF")
	runes = append(runes, 0xD800, 0x110000, -1, 0xFFFD, 0xE000)
	enc := utf16.Encode(runes)
	fmt.Printf("%d %x\n", len(enc), enc)
	dec := utf16.Decode(enc)
	fmt.Printf("%q\n", string(dec))
	// Unpaired surrogates decode to U+FFFD.
	fmt.Printf("%q\n", utf16.Decode([]uint16{0xD83D, 'a', 0xDE00, 0xD83D, 0xDE00, 0xD83D}))
	for _, r := range []rune{'a', 0x10000, 0x1F600, 0x10FFFF, 0xFFFF, 0x110000, 0xD800} {
		r1, r2 := utf16.EncodeRune(r)
		fmt.Printf("%U -> %x %x -> %U\n", r, r1, r2, utf16.DecodeRune(r1, r2))
	}
	fmt.Printf("%U\n", utf16.DecodeRune('a', 'b'))
	for _, r := range []rune{0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, -1} {
		fmt.Print(utf16.IsSurrogate(r), " ")
	}
	fmt.Println()
	var a []uint16
	for _, r := range []rune{'x', 0x1F600, 0xD800, 0x110000, 'é'} {
		a = utf16.AppendRune(a, r)
	}
	fmt.Printf("%x\n", a)
	fmt.Println(len(utf16.Encode(nil)), len(utf16.Decode(nil)))
}
