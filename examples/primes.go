package main

import "fmt"

// primes returns the primes below n with the sieve of Eratosthenes.
func primes(n int) []int {
	composite := make([]bool, n)
	var out []int
	for i := 2; i < n; i++ {
		if composite[i] {
			continue
		}
		out = append(out, i)
		for j := i * i; j < n; j += i {
			composite[j] = true
		}
	}
	return out
}

func main() {
	fmt.Println(primes(50))
}
