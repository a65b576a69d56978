package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

func main() {
	n := &Node{val: 1}
	fmt.Println(n.val)
	fmt.Println(n.next.val)
}
