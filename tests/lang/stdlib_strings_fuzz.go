package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

var seed uint32 = 12345

func rnd(n int) int {
	seed = seed*1103515245 + 12345
	return int(seed>>8) % n
}

var pieces = []string{"a", "b", "A", "ß", "é", "É", "世", " ", "\t", "\n", "\xff", "\xe4\xb8", ",", "ab", "K", "\u212a", "σ", "ς", "Σ", "ǅ", "0", "9", "_", "-", "\u00a0", "\u2028", "'", "\"", "\\", "😀", "İ", "ı"}

func gen() string {
	n := rnd(8)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(pieces[rnd(len(pieces))])
	}
	return b.String()
}

func main() {
	for i := 0; i < 120; i++ {
		s, t := gen(), gen()
		sep := pieces[rnd(len(pieces))]
		fmt.Printf("%q %q %q\n", s, t, sep)
		fmt.Printf(" %q %q %q %q\n", strings.ToUpper(s), strings.ToLower(s), strings.Title(s), strings.ToTitle(s))
		fmt.Printf(" %q %q %q\n", strings.Split(s, sep), strings.SplitAfterN(s, sep, 2), strings.Fields(s))
		fmt.Printf(" %v %v %v %v %v %v\n", strings.Index(s, sep), strings.LastIndex(s, sep), strings.IndexAny(s, t), strings.LastIndexAny(s, t), strings.Count(s, sep), strings.EqualFold(s, t))
		fmt.Printf(" %q %q %q %q\n", strings.Trim(s, t), strings.TrimLeft(s, t), strings.TrimRight(s, t), strings.TrimSpace(s))
		fmt.Printf(" %q %q %q\n", strings.Replace(s, sep, t, -1), strings.Replace(s, sep, t, 1), strings.NewReplacer(sep, t, "a", "1").Replace(s))
		fmt.Printf(" %q %q %q\n", strconv.Quote(s), strconv.QuoteToASCII(s), strings.ToValidUTF8(s, "?"))
		u, err := strconv.Unquote(strconv.Quote(s))
		fmt.Printf(" %v %v %v %v\n", u == s || !utf8.ValidString(s), err, utf8.RuneCountInString(s), utf8.ValidString(s))
		r, size := utf8.DecodeLastRuneInString(s)
		fmt.Printf(" %v %v %v\n", r, size, strings.IndexFunc(s, unicode.IsUpper))
		fmt.Printf(" %q\n", strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			return unicode.SimpleFold(r)
		}, s))
	}
}
