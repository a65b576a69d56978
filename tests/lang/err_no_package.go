package main

import (
	"fmt"
	"foo"
)

func main() {
	fmt.Println(foo.Bar)
}
