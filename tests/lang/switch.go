package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	default:
		return "F"
	}
}

func weekday(d int) string {
	switch d {
	case 0, 6:
		return "weekend"
	case 1, 2, 3, 4, 5:
		return "weekday"
	}
	return "invalid"
}

func main() {
	fmt.Println(grade(95), grade(85), grade(10))
	fmt.Println(weekday(0), weekday(3), weekday(9))
	switch x := 5; x {
	case 1:
		fmt.Println("one")
	case 5:
		fmt.Println("five")
		fallthrough
	case 6:
		fmt.Println("six (fallthrough)")
		fallthrough
	default:
		fmt.Println("default (fallthrough)")
	case 7:
		fmt.Println("seven")
	}
	switch s := "go"; {
	case s == "go":
		fmt.Println("go!")
	}
	calls := 0
	f := func(v int) int { calls++; return v }
	switch 3 {
	case f(1), f(2), f(3), f(4):
		fmt.Println("matched after", calls, "calls")
	}
	switch {
	}
	var iface interface{} = 2
	switch iface {
	case "2":
		fmt.Println("string")
	case 2:
		fmt.Println("int 2")
	}
	for i := 0; i < 5; i++ {
		switch i {
		case 1:
			continue
		case 3:
			break
		}
		fmt.Print(i)
	}
	fmt.Println()
	switch c := 'b'; c {
	case 'a', 'e', 'i':
		fmt.Println("vowel")
	default:
		fmt.Println("consonant", string(c))
	}
}
