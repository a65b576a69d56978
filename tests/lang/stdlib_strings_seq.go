// expected by hand: strings.Lines, SplitSeq, SplitAfterSeq, FieldsSeq and FieldsFuncSeq are Go 1.24 (the oracle is Go 1.19).
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	show := func(seq func(yield func(string) bool)) {
		n := 0
		seq(func(s string) bool {
			fmt.Printf("%q ", s)
			n++
			return n < 3
		})
		fmt.Println()
	}
	show(strings.Lines("one\ntwo\n\nfour"))
	show(strings.Lines("a\nb"))
	show(strings.SplitSeq("a,b,c,d", ","))
	show(strings.SplitSeq("héllo", ""))
	show(strings.SplitAfterSeq("a,b", ","))
	show(strings.FieldsSeq("  x  y z w "))
	show(strings.FieldsFuncSeq("a1b2", unicode.IsDigit))
	show(strings.SplitSeq("", ","))
}
