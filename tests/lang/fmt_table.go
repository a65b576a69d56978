package main

import (
	"errors"
	"fmt"
)

type pt struct{ X, Y int }
type named string
type inner struct{ P *pt }

func main() {
	cases := []struct {
		format string
		arg    interface{}
	}{
		{"%d", -42}, {"%6d", -42}, {"%-6d|", 42}, {"%06d", -42}, {"% d", 42}, {"%+d", 0},
		{"%x", -255}, {"%#X", 3054}, {"%o", 64}, {"%#o", 64}, {"%b", -5}, {"%08b", 5},
		{"%c", 0x4E16}, {"%q", 0x4E16}, {"%+q", 0x4E16}, {"%U", 0x1F600}, {"%#U", 'x'},
		{"%s", "héllo"}, {"%8s|", "héllo"}, {"%-8s|", "héllo"}, {"%.3s", "héllo"}, {"%5.2s|", "abc"},
		{"%q", "tab\there"}, {"%+q", "héllo"}, {"%#q", "back`tick"}, {"%x", "héllo"}, {"% x", "abc"}, {"%#x", "abc"},
		{"%v", 1e6}, {"%v", 1e21}, {"%v", 123456.789}, {"%v", float32(0.1)}, {"%.0f", 2.5}, {"%.0f", 3.5},
		{"%5.1f|", -0.05}, {"%e", 0.0}, {"%g", 100000.0}, {"%g", 1e-5}, {"%.3g", 1234.5678}, {"%G", 1e100},
		{"%t", true}, {"%v", false}, {"%5t|", false},
		{"%v", pt{1, 2}}, {"%+v", &pt{3, 4}}, {"%#v", pt{5, 6}}, {"%T", pt{}}, {"%T", &pt{}},
		{"%v", []pt{{1, 2}}}, {"%v", map[pt]string{{2, 1}: "b", {1, 2}: "a"}}, {"%v", [3]string{"a", "", "c"}},
		{"%q", []string{"x y", "z"}}, {"%v", [][]int{{1}, nil, {}}}, {"%d", []int8{-1, 2}}, {"%x", []int{255, 16}},
		{"%v", named("nm")}, {"%#v", named("nm")}, {"%T", named("")}, {"%v", inner{}}, {"%+v", inner{}},
		{"%v", errors.New("err text")}, {"%T", errors.New("")}, {"%v", []error{nil}},
		{"%T", 'r'}, {"%T", 1.5}, {"%T", []interface{}{}}, {"%T", map[string][]int{}}, {"%T", func(int) string { return "" }},
		{"%T", struct{ A int }{}}, {"%v", struct{}{}}, {"%T", nil}, {"%v", nil}, {"%d", nil},
		{"%v", uint8(200)}, {"%c", 'é'}, {"%v", 'é'}, {"%s", []byte("raw")}, {"%v", []byte("raw")}, {"%q", 'x'},
		{"%10.3v|", 3.14159}, {"%-10v|", "left"}, {"%010d", 12345}, {"%+.2e", 12345.678}, {"%x", 1.0},
		{"%s", 42}, {"%d", "str"}, {"%z", 1}, {"%!", 1},
	}
	for _, c := range cases {
		fmt.Printf("%-8s => [", c.format)
		fmt.Printf(c.format, c.arg)
		fmt.Println("]")
	}
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("no verbs\n", 1, "x")
	fmt.Println(fmt.Sprintf("%5.1f%%", 12.345), fmt.Sprint(1, 2, "a", "b", 3), fmt.Sprint("a", 1, 2, "b"))
	fmt.Println(fmt.Sprintln("x", 1) + "|")
}
