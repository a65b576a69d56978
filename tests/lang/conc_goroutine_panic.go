package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		var s []int
		fmt.Println("in goroutine")
		_ = s[1]
		done <- true
	}()
	<-done
}
