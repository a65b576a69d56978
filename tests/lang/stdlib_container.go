package main

import (
	"container/heap"
	"container/list"
	"fmt"
	"strings"
)

// An IntHeap is a min-heap of ints.
type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

// An Item is something we manage in a priority queue.
type Item struct {
	value    string
	priority int
	index    int
}

// A PriorityQueue implements heap.Interface and holds Items.
type PriorityQueue []*Item

func (pq PriorityQueue) Len() int { return len(pq) }
func (pq PriorityQueue) Less(i, j int) bool {
	return pq[i].priority > pq[j].priority
}
func (pq PriorityQueue) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PriorityQueue) Push(x any) {
	n := len(*pq)
	item := x.(*Item)
	item.index = n
	*pq = append(*pq, item)
}
func (pq *PriorityQueue) Pop() any {
	old := *pq
	n := len(old)
	item := old[n-1]
	old[n-1] = nil
	item.index = -1
	*pq = old[0 : n-1]
	return item
}
func (pq *PriorityQueue) update(item *Item, value string, priority int) {
	item.value = value
	item.priority = priority
	heap.Fix(pq, item.index)
}

// LRU is a least-recently-used cache built on list and a map.
type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
}

type entry struct {
	key string
	val int
}

func NewLRU(n int) *LRU { return &LRU{cap: n, ll: list.New(), items: map[string]*list.Element{}} }

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).val, true
	}
	return 0, false
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		e.Value.(*entry).val = v
		return
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*entry).key)
	}
}

func (c *LRU) String() string {
	var b strings.Builder
	for e := c.ll.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry)
		fmt.Fprintf(&b, "%s=%d ", en.key, en.val)
	}
	return b.String()
}

func printList(l *list.List) {
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Print("| back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println(" len", l.Len())
}

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Printf("minimum: %d\n", (*h)[0])
	for h.Len() > 0 {
		fmt.Printf("%d ", heap.Pop(h))
	}
	fmt.Println()

	h2 := &IntHeap{}
	for _, v := range []int{9, 4, 7, 1, 8, 2, 6} {
		heap.Push(h2, v)
	}
	fmt.Println("removed", heap.Remove(h2, 2))
	(*h2)[0] = 10
	heap.Fix(h2, 0)
	for h2.Len() > 0 {
		fmt.Print(heap.Pop(h2), " ")
	}
	fmt.Println()

	items := map[string]int{"banana": 3, "apple": 2, "pear": 4}
	pq := make(PriorityQueue, 0)
	for _, name := range []string{"banana", "apple", "pear"} {
		pq = append(pq, &Item{value: name, priority: items[name], index: len(pq)})
	}
	heap.Init(&pq)
	item := &Item{value: "orange", priority: 1}
	heap.Push(&pq, item)
	pq.update(item, item.value, 5)
	for pq.Len() > 0 {
		item := heap.Pop(&pq).(*Item)
		fmt.Printf("%.2d:%s ", item.priority, item.value)
	}
	fmt.Println()

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	printList(l)
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	printList(l)
	l.MoveBefore(e1, e4)
	l.MoveAfter(e4, l.Back())
	printList(l)
	fmt.Println("removed", l.Remove(e1))
	printList(l)

	other := list.New()
	other.PushBack("a")
	other.PushBack("b")
	l.PushBackList(other)
	l.PushFrontList(other)
	printList(l)
	// Removing an element of another list is a no-op.
	fmt.Println(l.Remove(other.Front()), l.Len(), other.Len())
	l.Init()
	printList(l)
	var zero list.List
	zero.PushBack("lazy")
	printList(&zero)
	fmt.Println(zero.Front().Next() == nil, zero.Front().Prev() == nil)

	c := NewLRU(2)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Get("a")
	c.Put("c", 3)
	_, okb := c.Get("b")
	va, oka := c.Get("a")
	c.Put("a", 10)
	fmt.Println(okb, va, oka, c)
}
