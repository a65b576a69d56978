package main

import "fmt"

func level3() {
	var s []string
	fmt.Println(s[0])
}

func level2() { level3() }

func level1() {
	defer fmt.Println("level1 deferred")
	level2()
}

func main() {
	level1()
}
