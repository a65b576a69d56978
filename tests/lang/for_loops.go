package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i)
	}
	fmt.Println()
	j := 0
	for j < 3 {
		j++
	}
	fmt.Println(j)
	k := 0
	for {
		k++
		if k > 4 {
			break
		}
	}
	fmt.Println(k)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
	for i := 10; i > 0; i /= 2 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var x int
	for x = 0; x < 3; x++ {
	}
	fmt.Println(x)
	s := []string{"a", "b", "c"}
	for i := range s {
		fmt.Print(i)
	}
	for _, v := range s {
		fmt.Print(v)
	}
	for range s {
		fmt.Print(".")
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, v, " ")
	}
	fmt.Println(arr)
	sl := []int{1, 2, 3}
	for i, v := range sl {
		if i == 0 {
			sl[2] = 100
			sl = append(sl, 4)
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(sl))
	sum := 0
	for i := 0; i < 100; i++ {
		if i%2 == 0 {
			continue
		}
		sum += i
	}
	fmt.Println(sum)
	var p *[3]int
	for i := range p {
		fmt.Print(i)
	}
	fmt.Println()
}
