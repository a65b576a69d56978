package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int, 3)
	done := make(chan bool)
	go close(done)
	<-done
	go println("from a goroutine")
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(ch)
		ch <- 1
		ch <- 2
	}()
	wg.Wait()
	for v := range ch {
		fmt.Println(v)
	}
	m := map[string]int{"a": 1}
	func() {
		defer delete(m, "a")
	}()
	fmt.Println(len(m))
}
