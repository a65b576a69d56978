// sync.Mutex, RWMutex, Once, WaitGroup.Go, and sync/atomic counters.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[key]++
}

func main() {
	c := Counter{n: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Inc("k")
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.n["k"])

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}

	var ops atomic.Int64
	var plain int32
	var wg2 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for j := 0; j < 500; j++ {
				ops.Add(1)
				atomic.AddInt32(&plain, 2)
			}
		}()
	}
	wg2.Wait()
	fmt.Println(ops.Load(), atomic.LoadInt32(&plain))

	var rw sync.RWMutex
	shared := 0
	var wg3 sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg3.Add(2)
		go func() {
			defer wg3.Done()
			rw.Lock()
			shared++
			rw.Unlock()
		}()
		go func() {
			defer wg3.Done()
			rw.RLock()
			_ = shared
			rw.RUnlock()
		}()
	}
	wg3.Wait()
	fmt.Println("shared:", shared)
}
