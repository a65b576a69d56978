package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range "aZ5 _é!\n世" {
		fmt.Println(string(r), unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Q')), unicode.IsNumber('5'))
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	r, size := utf8.DecodeRuneInString(s[1:])
	fmt.Println(string(r), size)
	r, size = utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen('😀'))
	fmt.Println(utf8.ValidString(s), utf8.ValidString("a\xffb"), utf8.UTFMax, utf8.RuneSelf)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '世')
	fmt.Println(buf[:n], n)
	fmt.Println(utf8.AppendRune(nil, 'é'))
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.RuneStart(0xb8))
}
