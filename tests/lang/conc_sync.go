package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func main() {
	c := Counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Inc(fmt.Sprint("k", i%3))
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.n)
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}
	results := make([]int, 10)
	var wg2 sync.WaitGroup
	for i := range results {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			results[i] = i * i
		}(i)
	}
	wg2.Wait()
	fmt.Println(results)
}
