package main

import (
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("forty-two")
	if err != nil {
		fmt.Println("about to panic")
		panic(err)
	}
}
