package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '_', 'é', '!', '\n', '世', 'Σ', 'ǅ', '٣', '\u00a0', '\u2028', '€', '\u0301', '½', 0x10FFFF, -1} {
		fmt.Println(r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsMark(r), unicode.IsControl(r), unicode.IsPrint(r), unicode.IsGraphic(r), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	for _, s := range []string{"", "a", "\xff", "\xe4\xb8", "\xe4\xb8\x96", "a\xe4\xb8", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\xaf", "héllo, 世界"} {
		r, n := utf8.DecodeRuneInString(s)
		lr, ln := utf8.DecodeLastRuneInString(s)
		fmt.Println(r, n, lr, ln, utf8.RuneCountInString(s), utf8.ValidString(s), utf8.FullRuneInString(s), utf8.RuneCount([]byte(s)), utf8.Valid([]byte(s)))
	}
	for _, r := range []rune{0, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xFFFF, 0x10000, 0x10FFFF, 0x110000, -5} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Println(r, utf8.RuneLen(r), utf8.ValidRune(r), buf[:n], utf8.AppendRune([]byte("x"), r))
	}
	fmt.Println(utf8.RuneStart(0x80), utf8.RuneStart('a'), utf8.UTFMax, utf8.RuneSelf, utf8.RuneError, utf8.MaxRune, unicode.MaxRune, unicode.ReplacementChar)
	defer func() { fmt.Println(recover()) }()
	utf8.EncodeRune(make([]byte, 2), '世')
}
