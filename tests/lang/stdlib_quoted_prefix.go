package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{`"abc"rest`, "`raw`x", `'a'b`, `"a\"b" c`, `"unterminated`, `abc`, `'ab'`, `"\q"`, `""`, "`a\rb`c"} {
		p, err := strconv.QuotedPrefix(s)
		fmt.Printf("%q %v\n", p, err)
	}
}
