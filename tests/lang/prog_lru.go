package main

import "fmt"

type node[K comparable, V any] struct {
	key        K
	val        V
	prev, next *node[K, V]
}

type LRU[K comparable, V any] struct {
	cap        int
	items      map[K]*node[K, V]
	head, tail *node[K, V]
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, items: make(map[K]*node[K, V])}
}

func (c *LRU[K, V]) unlink(n *node[K, V]) {
	if n.prev != nil {
		n.prev.next = n.next
	} else {
		c.head = n.next
	}
	if n.next != nil {
		n.next.prev = n.prev
	} else {
		c.tail = n.prev
	}
	n.prev, n.next = nil, nil
}

func (c *LRU[K, V]) pushFront(n *node[K, V]) {
	n.next = c.head
	if c.head != nil {
		c.head.prev = n
	}
	c.head = n
	if c.tail == nil {
		c.tail = n
	}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if n, ok := c.items[k]; ok {
		c.unlink(n)
		c.pushFront(n)
		return n.val, true
	}
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if n, ok := c.items[k]; ok {
		n.val = v
		c.unlink(n)
		c.pushFront(n)
		return
	}
	if len(c.items) == c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		fmt.Println("evict", old.key)
	}
	n := &node[K, V]{key: k, val: v}
	c.items[k] = n
	c.pushFront(n)
}

func (c *LRU[K, V]) Keys() []K {
	var ks []K
	for n := c.head; n != nil; n = n.next {
		ks = append(ks, n.key)
	}
	return ks
}

func main() {
	c := NewLRU[string, int](3)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c.Keys())
	v, ok := c.Get("a")
	fmt.Println(v, ok, c.Keys())
	c.Put("d", 4)
	_, ok = c.Get("b")
	fmt.Println(ok, c.Keys())
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c.Keys(), len(c.items))
	n := NewLRU[int, []string](1)
	n.Put(1, []string{"x"})
	n.Put(2, nil)
	fmt.Println(n.Get(2))
}
