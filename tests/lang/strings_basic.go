package main

import "fmt"

func main() {
	s := "hello, 世界"
	fmt.Println(len(s), s[0], s[7], string(s[0]))
	fmt.Println(s[:5], s[7:], s[2:4])
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	for i := 0; i < 3; i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	t := s + "!"
	t += "?"
	fmt.Println(t)
	fmt.Println("a" < "b", "abc" < "abd", "ab" < "abc", "Z" < "a", "x" == "x", "a" != "a")
	b := []byte("héllo")
	fmt.Println(b, len(b))
	b[0] = 'H'
	fmt.Println(string(b))
	r := []rune("héllo")
	fmt.Println(r, len(r))
	r[1] = 'e'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string([]byte{104, 105}), string([]rune{0x4e16, 0x754c}))
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Println(i, r)
	}
	fmt.Println([]rune(bad), len(bad))
	fmt.Println(string(rune(-1)) == "\uFFFD")
	var empty string
	fmt.Println(empty == "", len(empty))
	c := s[7:10]
	fmt.Printf("%s %q %x %X % x\n", c, c, c, "hi", "hi")
}
