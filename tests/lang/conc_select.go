package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	ch <- 7
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	var nilCh chan int
	select {
	case nilCh <- 1:
		fmt.Println("impossible")
	case ch <- 8:
		fmt.Println("sent 8")
	}
	done := make(chan struct{})
	data := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			data <- i
		}
		close(done)
	}()
	for {
		select {
		case v := <-data:
			fmt.Println("data", v)
			continue
		case <-done:
			fmt.Println("done")
		}
		break
	}
	fmt.Println(<-ch)
}
