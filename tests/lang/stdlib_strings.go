package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "Hello, World, Go"
	fmt.Println(strings.Contains(s, "World"), strings.ContainsRune(s, 'G'), strings.ContainsAny(s, "xyz"))
	fmt.Println(strings.HasPrefix(s, "Hell"), strings.HasSuffix(s, "Go"))
	fmt.Println(strings.Index(s, "o"), strings.LastIndex(s, "o"), strings.Index(s, "zz"), strings.IndexByte(s, 'W'), strings.IndexRune("chicken", 'k'))
	fmt.Println(strings.Split(s, ", "), len(strings.Split("a,b,,c", ",")))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  a  b \t c\n"))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.ToUpper("héllo"), strings.ToLower("HeLLo"), strings.Title("go"))
	fmt.Printf("%q %q %q\n", strings.TrimSpace("  \t hi \n"), strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhix", "x"))
	fmt.Printf("%q %q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"), strings.TrimRight("hi!!", "!"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d,", i)
	}
	b.WriteString("end")
	b.WriteByte('!')
	b.WriteRune('é')
	fmt.Println(b.String(), b.Len())
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
	fmt.Println(strings.IndexFunc("hello1", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>x</b>"))
	fmt.Println(strings.LastIndexByte("abcabc", 'b'), strings.IndexAny("golang", "ln"))
}
