package main

func add(a, b int) int { return a + b }

func main() {
	add(1)
	add(1, 2, 3)
	var s string = add(1, 2)
	_ = s
}

// Positions follow the compiler's types2 (go build, Go 1.19 to current): "not enough
// arguments" is reported at the last argument (go vet's go/types uses the closing
// parenthesis); "cannot use ... as string value" replaced 1.19's "as type string".
