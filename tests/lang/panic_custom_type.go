package main

type MyErr struct{ Code int }

func (e MyErr) Error() string { return "my error" }

type Plain struct{ A, B int }

func main() {
	defer func() {
		panic(Plain{1, 2})
	}()
	panic(MyErr{3})
}
