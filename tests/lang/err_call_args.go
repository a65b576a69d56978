package main

func add(a, b int) int { return a + b }

func main() {
	add(1)
	add(1, 2, 3)
	var s string = add(1, 2)
	_ = s
}

// Positions and wording follow current Go (go/types, types2): "not enough arguments" is
// reported at the closing parenthesis (Go 1.19 used the last argument), and
// "cannot use ... as string value" replaced 1.19's "as type string".
