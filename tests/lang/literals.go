package main

import "fmt"

func main() {
	fmt.Println(42, 0x2A, 0X2a, 052, 0o52, 0O52, 0b101010, 0B101010)
	fmt.Println(1_000_000, 0x_FF, 0b_1010_1010, 0o_777)
	fmt.Println(3.14, .5, 1., 1e3, 1E-3, 6.02e23, 0x1p-2, 0x1.8p1, 1_0.2_5)
	fmt.Println('a', 'ä', '本', '\n', '\t', '\\', '\'', '\x41', '\101', '\u00e9', '\U0001F600')
	fmt.Println("hello", "tab\there", "quote\"in", "\x41\102\u00e9\U0001F600")
	fmt.Println(`raw\nstring`, `multi
line`)
	fmt.Println(true, false, !true)
	fmt.Printf("%q %q\n", 'x', "\a\b\f\v")
	fmt.Println(len("héllo"), len(`\n`))
}
