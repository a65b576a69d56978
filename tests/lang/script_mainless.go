type point struct{ x, y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

func add(a, b point) point { return point{a.x + b.x, a.y + b.y} }

func main() {
	p := add(point{1, 2}, point{3, 4})
	fmt.Println(p)
	fmt.Println(strconv.Quote(p.String()))
}
