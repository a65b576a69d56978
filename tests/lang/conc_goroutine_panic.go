package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		panic(fmt.Sprintf("worker %d failed", 7))
	}()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
