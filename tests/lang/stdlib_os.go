package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args) >= 1)
	fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Fprintf(os.Stdout, "%d\n", 7)
	defer fmt.Println("deferred calls do not run on os.Exit")
	os.Exit(3)
}
