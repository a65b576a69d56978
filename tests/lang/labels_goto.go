package main

import "fmt"

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()
	n := 0
search:
	for _, row := range [][]int{{1, 2}, {3, 4}, {5, 6}} {
		for _, v := range row {
			if v == 4 {
				break search
			}
			n += v
		}
	}
	fmt.Println("sum before 4:", n)
sw:
	switch {
	case true:
		for k := 0; k < 10; k++ {
			if k == 3 {
				break sw
			}
			fmt.Print("k", k)
		}
		fmt.Println("not reached")
	}
	fmt.Println()
	j := 0
	goto skip
skip:
	j++
	fmt.Println("j", j)
}
