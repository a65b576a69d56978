// expected by hand: output from go1.19 on this file wrapped in package main/func main, without the last (unused) line.
x := 10
y := 32
fmt.Println("sum:", x+y)
words := strings.Fields("the quick brown fox")
for i, w := range words {
	fmt.Println(i, strings.ToUpper(w))
}
m := map[string]int{"a": 1}
m["b"] = 2
fmt.Println(len(m), math.Sqrt(float64(x*10)))
unused := "no declared-and-not-used error in script mode"
