// Pipelines: a generator, two squaring stages and a sink, each a goroutine
// connected by channels that are closed to signal the end.
package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func main() {
	for n := range sq(sq(gen(1, 2, 3, 4, 5))) {
		fmt.Println(n)
	}
	total := 0
	for n := range sq(gen(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)) {
		total += n
	}
	fmt.Println("sum of squares:", total)
}
