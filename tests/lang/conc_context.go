// Cancellation with context: workers stop when the context is canceled or
// times out, and report why.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

func worker(ctx context.Context, id int, out chan<- int) error {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case out <- id*100 + i:
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan int)
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for id := 0; id < 2; id++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			errs[id] = worker(ctx, id, out)
		}(id)
	}
	for i := 0; i < 10; i++ {
		<-out
	}
	cancel()
	wg.Wait()
	fmt.Println(errs[0], errs[1], errors.Is(errs[0], context.Canceled))

	tctx, tcancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer tcancel()
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err())
	case <-time.After(time.Second):
		fmt.Println("too late")
	}
	fmt.Println(errors.Is(tctx.Err(), context.DeadlineExceeded))

	vctx := context.WithValue(context.Background(), "user", "gopher")
	fmt.Println(vctx.Value("user"), vctx.Value("missing"))
	child, ccancel := context.WithCancel(vctx)
	fmt.Println(child.Value("user"), child.Err())
	ccancel()
	<-child.Done()
	fmt.Println(child.Err())
}
