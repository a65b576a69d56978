package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ5 世ひカ한Ωжשع€\u00a0\u2028_-(" {
		fmt.Println(string(r), unicode.Is(unicode.Han, r), unicode.Is(unicode.Latin, r), unicode.In(r, unicode.Hiragana, unicode.Katakana), unicode.Is(unicode.Greek, r), unicode.Is(unicode.Cyrillic, r), unicode.Is(unicode.Hangul, r), unicode.Is(unicode.Hebrew, r), unicode.Is(unicode.Arabic, r), unicode.Is(unicode.Space, r), unicode.Is(unicode.Sc, r), unicode.IsOneOf([]*unicode.RangeTable{unicode.Pd, unicode.Ps}, r), unicode.Is(unicode.Common, r), unicode.Is(unicode.Letter, r), unicode.Is(unicode.White_Space, r), unicode.Is(unicode.ASCII_Hex_Digit, r), unicode.Is(unicode.C, r))
	}
}
