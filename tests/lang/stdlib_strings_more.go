package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

func main() {
	var b strings.Builder
	for i := 0; i < 6; i++ {
		b.WriteString("abcdefg")
		fmt.Print(b.Len(), "/", b.Cap(), " ")
	}
	b.WriteRune('世')
	b.WriteByte('!')
	fmt.Println(b.Len(), b.Cap())
	b.Reset()
	b.Grow(5)
	fmt.Println(b.Len(), b.Cap(), b.String() == "")

	r := strings.NewReplacer("a", "1", "", "X", "aa", "2")
	fmt.Printf("%q\n", r.Replace("aab"))
	r = strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">b</a>"))
	r = strings.NewReplacer("hello", "HI", "he", "HE")
	fmt.Println(r.Replace("hello help hex"))

	fmt.Println(strings.Title("hello wide-world_x ünïcode"))
	fmt.Println(strings.ToUpper("héllo wörld ß"), strings.ToLower("ÀÉÎ İSTANBUL"), strings.ToTitle("ǆungla"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gopher", "GOPHER"), strings.EqualFold("σς", "ΣΣ"), strings.EqualFold("K", "\u212a"))
	fmt.Printf("%q\n", strings.Fields("  a b\u00a0c\u2003d\n\te  "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	s := strings.Split("a,b,c", ",")
	fmt.Println(len(s), cap(s))
	s = strings.SplitN("a,b,c,d", ",", 2)
	fmt.Printf("%q %d\n", s, cap(s))
	fmt.Printf("%q %q %q\n", strings.Split("abc", ""), strings.SplitAfter("a,b,c", ","), strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q %q\n", strings.Split("", ","), strings.Split(",", ","))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"))
	fmt.Printf("%q %q %q\n", strings.Trim("xxhixyx", "xy"), strings.TrimLeft("¡¡hola!!", "!¡"), strings.TrimRight("¡¡hola!!", "!¡"))
	fmt.Printf("%q %q\n", strings.TrimSpace("\t\n hi there \u3000"), strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "gn"), strings.IndexRune("chicken", 'k'), strings.IndexByte("golang", 'l'), strings.LastIndexByte("golang", 'g'))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Repeat("ab", 3), strings.Replace("abc", "", "-", -1), strings.Replace("aaaa", "a", "b", 2))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(c rune) bool { return c > 127 }), strings.LastIndexFunc("go123", unicode.IsLetter))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"), strings.ContainsRune("abc", 'b'), strings.ContainsAny("failure", "ui"), strings.ContainsAny("", ""))

	rd := strings.NewReader("héllo")
	c, _ := rd.ReadByte()
	ch, size, _ := rd.ReadRune()
	fmt.Println(c, ch, size, rd.Len(), rd.Size())
	rest, err := io.ReadAll(rd)
	fmt.Println(string(rest), err)
	_, err = rd.ReadByte()
	fmt.Println(err)

	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(strings.Repeat("x", -1))
}
