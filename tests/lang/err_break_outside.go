package main

func main() {
	break
	x := 1
	x.foo = 2
}
