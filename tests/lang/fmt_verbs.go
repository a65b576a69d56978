package main

import "fmt"

type T struct {
	A int
	B string
	C []int
}

type E struct{}

func main() {
	t := T{1, "x", []int{2}}
	p := &t
	fmt.Printf("%v|%+v|%#v|%T\n", t, t, t, t)
	fmt.Printf("%v|%+v|%T\n", p, p, p)
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%O|%b|%c|%U|%#x|%#o\n", 42, 42, 42, 42, 42, 255, 255, 8, 8, 5, 'G', 'G', 255, 8)
	fmt.Printf("%s|%10s|%-10s|%.2s|%q|%x|% X|%#q\n", "go", "go", "go", "golang", "a\"b", "go", "go", "raw")
	fmt.Printf("%t|%v|%5t\n", true, false, true)
	fmt.Printf("%f|%.3f|%10.2f|%-10.2f|%e|%g|%G|%.3g|%08.3f\n", 3.14159, 3.14159, 3.14159, 3.14159, 1234.5678, 1234.5678, 1e-9, 3.14159, -3.14159)
	fmt.Printf("%v|%v|%v|%v\n", []string{"a", "b"}, map[string]int{"b": 2, "a": 1}, [2]bool{true}, []interface{}{1, "a", nil})
	fmt.Printf("%q|%d|%x\n", []string{"a", "b"}, []int{1, 2}, []byte("hi"))
	fmt.Printf("%#v|%#v|%#v|%#v\n", []int{1}, map[string]int{"a": 1}, "s", 42)
	fmt.Printf("%v|%d|%s\n", nil, nil, nil)
	fmt.Printf("%%|%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d|%s\n", "str", 5)
	fmt.Printf("%!|%z\n", 1)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%v %v\n", E{}, &E{})
	var ip *int
	var e error
	fmt.Printf("%v %v\n", ip, e)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%x %X %x\n", -255, "Hello", 3.5)
	fmt.Printf("%08b|%3c|%-4q|\n", 5, 'x', 'y')
	fmt.Printf("%v %v\n", int8(-5), uint64(1<<63))
	fmt.Printf("%s\n", []byte("bytes"))
	fmt.Printf("%v|%s\n", 'a', string('a'))
	fmt.Printf("%5.1v|%v\n", 3.14159, float32(2.5))
	s := fmt.Sprintf("%d-%d", 1, 2)
	fmt.Println(s, len(s))
	fmt.Print("a", "b", 1, 2, "c", 3.5, nil, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println("a", 1, true, nil, 2.0, []int(nil), map[int]int(nil))
	fmt.Println(fmt.Sprint("x", 1, 2, "y"), fmt.Sprintln("end", 1) == "end 1\n")
	var ptrs struct{ P *int }
	fmt.Printf("%+v\n", ptrs)
}
