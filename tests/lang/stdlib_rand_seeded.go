package main

// Seeded generators give Go's own sequences (rand.go is a port of Go 1.19's
// math/rand): Go by Example's rand.New(rand.NewSource(42)) prints 5 and 87.

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Intn(100), r.Int63(), r.Int31n(1000), r.Int63n(1<<40))
	fmt.Println(r.Float64(), r.Float32(), r.Uint32(), r.Uint64())
	fmt.Println(r.Perm(10))
	s := []string{"a", "b", "c", "d", "e", "f"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	fmt.Printf("%.6f %.6f\n", r.NormFloat64(), r.ExpFloat64())
	b := make([]byte, 10)
	r.Read(b)
	fmt.Println(b)
	z := rand.NewZipf(r, 1.5, 2, 100)
	fmt.Println(z.Uint64(), z.Uint64(), z.Uint64())
	rand.Seed(7)
	fmt.Println(rand.Intn(1000), rand.Float64(), rand.Perm(5))
	s2 := rand.NewSource(-5)
	fmt.Println(s2.Int63())
	r.Seed(42)
	fmt.Println(r.Intn(100), r.Intn(100))
	for i := 0; i < 3; i++ {
		fmt.Print(r.Intn(6)+1, " ")
	}
	fmt.Println()
}
