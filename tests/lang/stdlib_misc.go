package main

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

func main() {
	var sb strings.Builder
	fmt.Fprintf(&sb, "x=%d %s", 42, "y")
	io.WriteString(&sb, "!")
	n, err := io.Copy(&sb, strings.NewReader(" copied"))
	fmt.Println(sb.String(), n, err)
	var w io.Writer = &sb
	w.Write([]byte("?"))
	fmt.Println(sb.Len(), sb.String())

	fmt.Printf("%q %q %q %q\n", strings.ToValidUTF8("a\xff\xfeb\xc0c", "?"), strings.ToValidUTF8("ok", "?"), strings.ToValidUTF8("\xed\xa0\x80x", "[]"), strings.ToValidUTF8("\xff", ""))
	fmt.Println(strconv.IsGraphic('\u00a0'), strconv.IsGraphic('\u2028'), strconv.IsPrint('\u00a0'), string(strconv.AppendQuoteToASCII([]byte("q:"), "é☺")), string(strconv.AppendQuoteRuneToASCII(nil, '☺')))

	x := []int{5, 2, 8, 2, 9}
	sort.Sort(sort.Reverse(sort.IntSlice(x)))
	f := []float64{1, -2, 3}
	sort.Stable(sort.Reverse(sort.Float64Slice(f)))
	s := sort.StringSlice{"b", "c", "a"}
	sort.Sort(s)
	fmt.Println(x, f, s, sort.IsSorted(sort.Reverse(sort.IntSlice(x))), sort.IsSorted(sort.IntSlice(x)))

	for _, v := range []any{5, "s", struct{}{}, map[int]int{}, nil} {
		func() {
			defer func() { fmt.Println(recover()) }()
			sort.Slice(v, func(i, j int) bool { return false })
		}()
	}
	func() {
		defer func() { fmt.Println(recover()) }()
		strings.NewReplacer("odd")
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var b strings.Builder
		b.Grow(-1)
	}()
	b2 := sb
	defer func() { fmt.Println("recovered:", recover()) }()
	b2.WriteString("boom")
}
