// expected by hand: script mode; positions are those of this file.
a := 1
fmt.Println(a + b)
