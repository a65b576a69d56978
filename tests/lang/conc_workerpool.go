// A worker pool: jobs and results channels, a fixed number of workers.
package main

import (
	"fmt"
	"sync"
)

type result struct {
	job, value int
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan result, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				results <- result{j, j * 10}
			}
		}(w)
	}
	for j := 1; j <= 20; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	sum := 0
	seen := make(map[int]bool)
	for r := range results {
		sum += r.value
		seen[r.job] = true
	}
	fmt.Println("jobs done:", len(seen), "sum:", sum)
}
