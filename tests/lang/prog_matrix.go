package main

import "fmt"

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := New(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var s float64
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			out[i][j] = s
		}
	}
	return out
}

func (a Matrix) Transpose() Matrix {
	out := New(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			out[j][i] = v
		}
	}
	return out
}

func (a Matrix) String() string {
	s := ""
	for _, row := range a {
		s += fmt.Sprintf("%6.2f\n", row)
	}
	return s
}

func fibMatrix(n int) int {
	result := [2][2]int{{1, 0}, {0, 1}}
	base := [2][2]int{{1, 1}, {1, 0}}
	mul := func(x, y [2][2]int) (z [2][2]int) {
		for i := 0; i < 2; i++ {
			for j := 0; j < 2; j++ {
				for k := 0; k < 2; k++ {
					z[i][j] += x[i][k] * y[k][j]
				}
			}
		}
		return
	}
	for n > 0 {
		if n&1 == 1 {
			result = mul(result, base)
		}
		base = mul(base, base)
		n >>= 1
	}
	return result[0][1]
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	fmt.Print(a.Mul(b))
	fmt.Print(a.Transpose())
	fmt.Println(Identity(2).Mul(Matrix{{2, 3}, {4, 5}}))
	fmt.Println(fibMatrix(10), fibMatrix(50), fibMatrix(90))
}
