package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, q := range []string{`"a\tb"`, "`raw\r`", `'x'`, `'ab'`, `"\u00e9\x41\101"`, `"bad`, `"\400"`, `'\''`, `"'"`, `"\'"`, "`a`b`", `"\xff"`, `'\U0001F600'`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("%q %v\n", s, err)
	}
	fmt.Println(strconv.Quote("héllo\x00\u2028\U0001F600\xff\a\\"), strconv.QuoteToASCII("héllo☺\n"), strconv.QuoteRune('\''), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'))
	_, err := strconv.ParseInt("12", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("12", 10, 65)
	fmt.Println(err)
	_, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("", 10, 64)
	fmt.Println(err)
	f, err := strconv.ParseFloat("1e-400", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("abc", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f, err)
	n, err := strconv.ParseInt("-0x_1F", 0, 64)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("-129", 10, 8)
	fmt.Println(n, err, errors.Is(err, strconv.ErrRange))
	u, err := strconv.ParseUint("0b1011", 0, 8)
	fmt.Println(u, err)
	i, err := strconv.Atoi("+42")
	fmt.Println(i, err)
	i, err = strconv.Atoi("-")
	fmt.Println(i, err)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	fmt.Println(strconv.FormatFloat(1234.5678, 'e', -1, 64), strconv.FormatFloat(1234.5678, 'E', 3, 64), strconv.FormatFloat(0.000012345, 'g', -1, 64), strconv.FormatFloat(1.5, 'b', -1, 64), strconv.FormatFloat(1.0, 'x', -1, 64), strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 32))
	fmt.Println(strconv.FormatInt(-1<<63, 2), strconv.FormatUint(1<<64-1, 36), strconv.Itoa(0))
	b := []byte("x=")
	b = strconv.AppendQuote(b, "q\"")
	b = strconv.AppendBool(b, false)
	b = strconv.AppendFloat(b, 2.5, 'f', 2, 64)
	b = strconv.AppendQuoteRune(b, 'é')
	b = strconv.AppendUint(b, 255, 16)
	fmt.Println(string(b))
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", "tRuE"} {
		v, err := strconv.ParseBool(s)
		fmt.Println(v, err)
	}
	fmt.Println(strconv.IsPrint('\u00ad'), strconv.IsPrint('é'), strconv.CanBackquote("a`b"), strconv.CanBackquote("ab"))
	r, mb, tail, err := strconv.UnquoteChar(`\u263a rest`, '"')
	fmt.Println(r, mb, tail, err)
}
