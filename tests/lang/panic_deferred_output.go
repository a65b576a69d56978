package main

import "fmt"

func cleanup(name string) {
	fmt.Println("cleanup", name)
}

func work() {
	defer cleanup("work")
	var m map[string][]int
	m["k"] = append(m["k"], 1)
}

func main() {
	defer cleanup("main")
	work()
	fmt.Println("unreachable")
}
