// Package rand (math/rand) implements pseudo-random numbers. The global
// generator is seeded from the scheduler's seed, so `csp run --seed N`
// reproduces a run's random numbers too. Sequences differ from Go's own.
package rand

// A Source represents a uniformly-distributed source of int63 values.
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 is a Source that can also generate uint64 values.
type Source64 interface {
	Source
	Uint64() uint64
}

// rngSource is a splitmix64 generator.
type rngSource struct {
	s uint64
}

func (r *rngSource) Seed(seed int64) { r.s = uint64(seed) }

func (r *rngSource) Uint64() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func (r *rngSource) Int63() int64 { return int64(r.Uint64() >> 1) }

// NewSource returns a new Source seeded with the given value.
func NewSource(seed int64) Source {
	s := &rngSource{}
	s.Seed(seed)
	return s
}

// A Rand is a source of random numbers.
type Rand struct {
	src Source
}

// New returns a new Rand that uses random values from src.
func New(src Source) *Rand { return &Rand{src: src} }

func (r *Rand) Seed(seed int64) { r.src.Seed(seed) }
func (r *Rand) Int63() int64    { return r.src.Int63() }
func (r *Rand) Uint32() uint32  { return uint32(r.Int63() >> 31) }
func (r *Rand) Uint64() uint64 {
	if s, ok := r.src.(Source64); ok {
		return s.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}
func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }
func (r *Rand) Int() int     { return int(uint(r.Int63())) }

// Int63n returns a non-negative number in [0,n); it panics if n <= 0.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > max {
		v = r.Int63()
	}
	return v % n
}

// Int31n returns a non-negative number in [0,n); it panics if n <= 0.
func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	return int32(r.Int63n(int64(n)))
}

// Intn returns a non-negative number in [0,n); it panics if n <= 0.
func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	return int(r.Int63n(int64(n)))
}

// Float64 returns a number in [0.0,1.0).
func (r *Rand) Float64() float64 {
	for {
		f := float64(r.Int63()) / (1 << 63)
		if f < 1 {
			return f
		}
	}
}

// Float32 returns a number in [0.0,1.0).
func (r *Rand) Float32() float32 {
	for {
		f := float32(r.Float64())
		if f < 1 {
			return f
		}
	}
}

// Perm returns a random permutation of [0,n).
func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle pseudo-randomizes the order of n elements using swap.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		j := r.Intn(i + 1)
		swap(i, j)
	}
}

// ExpFloat64 returns an exponentially distributed number with rate 1.
func (r *Rand) ExpFloat64() float64 {
	return -ln(1 - r.Float64())
}

// NormFloat64 returns a normally distributed number (mean 0, deviation 1).
func (r *Rand) NormFloat64() float64 {
	for {
		u := 2*r.Float64() - 1
		v := 2*r.Float64() - 1
		s := u*u + v*v
		if s > 0 && s < 1 {
			return u * sqrt(-2*ln(s)/s)
		}
	}
}

func ln(x float64) float64
func sqrt(x float64) float64
func runtimeSeed() int64

var globalRand = New(NewSource(runtimeSeed()))

// Seed seeds the global generator, making its sequence deterministic.
func Seed(seed int64) { globalRand.Seed(seed) }

func Int63() int64                        { return globalRand.Int63() }
func Uint32() uint32                      { return globalRand.Uint32() }
func Uint64() uint64                      { return globalRand.Uint64() }
func Int31() int32                        { return globalRand.Int31() }
func Int() int                            { return globalRand.Int() }
func Int63n(n int64) int64                { return globalRand.Int63n(n) }
func Int31n(n int32) int32                { return globalRand.Int31n(n) }
func Intn(n int) int                      { return globalRand.Intn(n) }
func Float64() float64                    { return globalRand.Float64() }
func Float32() float32                    { return globalRand.Float32() }
func Perm(n int) []int                    { return globalRand.Perm(n) }
func Shuffle(n int, swap func(i, j int))  { globalRand.Shuffle(n, swap) }
func ExpFloat64() float64                 { return globalRand.ExpFloat64() }
func NormFloat64() float64                { return globalRand.NormFloat64() }
