// Fan-out to several workers and fan-in of their results through one channel,
// with a WaitGroup closing the merged channel.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func producer(n int) <-chan int {
	out := make(chan int, 4)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i
		}
	}()
	return out
}

func worker(id int, in <-chan int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for v := range in {
			out <- fmt.Sprintf("%d*%d=%d", v, v, v*v)
		}
	}()
	return out
}

func merge(cs ...<-chan string) <-chan string {
	var wg sync.WaitGroup
	out := make(chan string)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan string) {
			defer wg.Done()
			for s := range c {
				out <- s
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	in := producer(12)
	var workers []<-chan string
	for i := 0; i < 3; i++ {
		workers = append(workers, worker(i, in))
	}
	var results []string
	for s := range merge(workers...) {
		results = append(results, s)
	}
	sort.Strings(results)
	fmt.Println(len(results), "results")
	for _, r := range results {
		fmt.Println(r)
	}
}
