package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		v := <-ch
		fmt.Println("never", v)
		done <- true
	}()
	fmt.Println("waiting")
	<-done
}
