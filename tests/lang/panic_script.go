// expected by hand: script mode; a run-time panic in top-level statements.
s := []int{1, 2, 3}
fmt.Println("len", len(s))
i := 3
fmt.Println(s[i])
