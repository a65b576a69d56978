package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.Itoa(0))
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	n, err = strconv.Atoi("x1")
	fmt.Println(n, err)
	n, err = strconv.Atoi("99999999999999999999")
	fmt.Println(n, err)
	i, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(i, err)
	u, err := strconv.ParseUint("42", 10, 64)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	b, err = strconv.ParseBool("yes")
	fmt.Println(b, err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(5, 2), strconv.FormatUint(255, 8))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(2.5, 'e', 3, 64), strconv.FormatFloat(0.1, 'f', -1, 32))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.QuoteRune('☺'), strconv.FormatBool(false))
	q, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", q, err)
	fmt.Println(strconv.AppendInt([]byte("n="), 42, 10))
	fmt.Println(string(strconv.AppendInt(nil, -7, 10)))
}
