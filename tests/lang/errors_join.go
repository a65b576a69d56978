// expected by hand: errors.Join is Go 1.20 (the oracle is Go 1.19).
package main

import (
	"errors"
	"fmt"
)

var ErrA = errors.New("a failed")

func main() {
	j := errors.Join(ErrA, errors.New("second"))
	fmt.Println(j)
	fmt.Println(errors.Is(j, ErrA))
	fmt.Println(errors.Join(nil, nil) == nil)
	fmt.Println(errors.Join(nil, ErrA))
	w := fmt.Errorf("ctx: %w", j)
	fmt.Println(errors.Is(w, ErrA))
}
