package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	defer func() {
		fmt.Println("recover cannot stop a fatal error:", recover())
	}()
	mu.Unlock()
}
