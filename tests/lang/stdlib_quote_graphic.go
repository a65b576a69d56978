package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.QuoteToGraphic("a\u00a0b\u3000c\t\x00\x7f\xff\"\\'é\u2028\U0001F600\u200b"))
	for _, r := range []rune{'\'', '"', '\u00a0', '\n', 0x7f, 0x110000, -1, 'x', '\u2028', 0x1F600, 0xE000} {
		fmt.Print(strconv.QuoteRuneToGraphic(r), " ")
	}
	fmt.Println()
}
