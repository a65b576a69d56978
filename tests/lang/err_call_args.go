package main

func add(a, b int) int { return a + b }

func main() {
	add(1)
	add(1, 2, 3)
	var s string = add(1, 2)
	_ = s
}
