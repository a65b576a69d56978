// Timers, tickers and AfterFunc.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ticker := time.NewTicker(100 * time.Millisecond)
	n := 0
	for range ticker.C {
		n++
		if n == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks:", n, "elapsed:", time.Since(start).Round(100*time.Millisecond))

	t := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t.Stop())
	t.Reset(10 * time.Millisecond)
	<-t.C
	fmt.Println("timer fired after reset")

	done := make(chan bool)
	time.AfterFunc(20*time.Millisecond, func() {
		fmt.Println("AfterFunc ran")
		done <- true
	})
	<-done

	d := 1500 * time.Millisecond
	fmt.Println(d, time.Duration(0), 90*time.Second, 2*time.Hour+3*time.Minute, 1500*time.Microsecond, 42*time.Nanosecond)
	fmt.Println(d.Seconds(), d.Milliseconds())
	ts := time.Date(2023, time.March, 4, 5, 6, 7, 0, time.UTC)
	fmt.Println(ts.Format(time.RFC3339), ts.Format("Jan 2, 2006 at 3:04pm"), ts.Weekday(), ts.YearDay())
	fmt.Println(ts.Add(36 * time.Hour).Format("2006-01-02 15:04:05"), ts.Sub(ts.Add(-90*time.Minute)))
	p, err := time.Parse("2006-01-02", "2024-02-29")
	fmt.Println(p.Format("2006-01-02"), err, p.Month(), p.Day())
	_, err = time.Parse("2006-01-02", "2024-13-01")
	fmt.Println(err)
}
