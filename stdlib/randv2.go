// Package rand (math/rand/v2) implements pseudo-random numbers with Go 1.22's
// API. Its generator is seeded from the scheduler's seed (`csp run --seed N`).
package rand

func Uint64() uint64
func Int64() int64 { return int64(Uint64() >> 1) }
func Uint32() uint32 { return uint32(Uint64() >> 32) }
func Int32() int32 { return int32(Uint64() >> 33) }
func Int() int { return int(uint(Uint64()) << 1 >> 1) }
func Uint() uint { return uint(Uint64()) }

// uint64n returns a uniform number in [0,n) by rejection (Lemire).
func uint64n(n uint64) uint64

// Int64N returns a number in [0,n); it panics if n <= 0.
func Int64N(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int64N")
	}
	return int64(uint64n(uint64(n)))
}

// Int32N returns a number in [0,n); it panics if n <= 0.
func Int32N(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int32N")
	}
	return int32(uint64n(uint64(n)))
}

// IntN returns a number in [0,n); it panics if n <= 0.
func IntN(n int) int {
	if n <= 0 {
		panic("invalid argument to IntN")
	}
	return int(uint64n(uint64(n)))
}

// Uint64N returns a number in [0,n); it panics if n == 0.
func Uint64N(n uint64) uint64 {
	if n == 0 {
		panic("invalid argument to Uint64N")
	}
	return uint64n(n)
}

// UintN returns a number in [0,n); it panics if n == 0.
func UintN(n uint) uint {
	if n == 0 {
		panic("invalid argument to UintN")
	}
	return uint(uint64n(uint64(n)))
}

// Float64 returns a number in [0.0,1.0).
func Float64() float64 { return float64(Uint64()<<11>>11) / (1 << 53) }

// Float32 returns a number in [0.0,1.0).
func Float32() float32 { return float32(Uint32()<<8>>8) / (1 << 24) }

// N returns a number in [0,n) of any integer type; it panics if n <= 0.
func N[Int ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr](n Int) Int

// Perm returns a random permutation of [0,n).
func Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

// Shuffle pseudo-randomizes the order of n elements using swap.
func Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		j := int(uint64n(uint64(i + 1)))
		swap(i, j)
	}
}
