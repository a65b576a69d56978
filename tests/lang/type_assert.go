package main

import (
	"errors"
	"fmt"
)

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{ name string }

func (Dog) Sound() string  { return "woof" }
func (c *Cat) Sound() string { return c.name + " meows" }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprint("slice ", len(x))
	case error:
		return "error: " + x.Error()
	case Animal:
		return "animal says " + x.Sound()
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	var a Animal = Dog{}
	d, ok := a.(Dog)
	fmt.Println(d, ok)
	c, ok := a.(*Cat)
	fmt.Println(c, ok)
	a = &Cat{"tom"}
	if c, ok := a.(*Cat); ok {
		fmt.Println(c.name)
	}
	var i interface{} = "str"
	s := i.(string)
	fmt.Println(s)
	n, ok := i.(int)
	fmt.Println(n, ok)
	_, isAnimal := i.(Animal)
	fmt.Println(isAnimal)
	an, ok := interface{}(Dog{}).(Animal)
	fmt.Println(an.Sound(), ok)
	for _, v := range []interface{}{nil, 1, int64(2), "abc", []int{1, 2}, errors.New("bad"), Dog{}, &Cat{"x"}, func() int { return 7 }, 2.5, map[string]int{}} {
		fmt.Println(classify(v))
	}
	switch i.(type) {
	case int:
		fmt.Println("int")
	default:
		fmt.Println("not int")
	}
}
