package main

import "fmt"

type S struct {
	A interface{}
	B int
}

type S2 struct {
	A interface{}
	B interface{}
}

func try(f func() bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("panic:", r)
		}
	}()
	fmt.Println(f())
}

func main() {
	try(func() bool { return [2]interface{}{1, []int{}} == [2]interface{}{2, []int{}} })
	try(func() bool { return [2]interface{}{[]int{}, 1} == [2]interface{}{[]int{}, 2} })
	try(func() bool { return S{[]int{}, 1} == S{[]int{}, 2} })
	try(func() bool { return S2{1, []int{}} == S2{2, []int{}} })
	try(func() bool { return S2{[]int{}, 1} == S2{[]int{}, 2} })
	try(func() bool { return S2{1, map[int]int{}} == S2{1, map[int]int{}} })
	try(func() bool { return [3]interface{}{1, 2, 3} == [3]interface{}{1, 2, []int{}} })
	try(func() bool { return [1][1]interface{}{{func() {}}} == [1][1]interface{}{{func() {}}} })
	var x, y interface{} = [1]interface{}{[]int{}}, [1]interface{}{[]int{}}
	try(func() bool { return x == y })
	try(func() bool { return [8]interface{}{1, []int{}} == [8]interface{}{2, []int{}} })
	try(func() bool { return [5]interface{}{1, []int{}} == [5]interface{}{2, []int{}} })
	type Big struct {
		A, B, C, D, E interface{}
	}
	try(func() bool { return Big{A: 1, B: []int{}} == Big{A: 2, B: []int{}} })
}
