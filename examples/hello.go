// A csp script: no package clause, no imports; top-level statements run in order.
names := []string{"Gopher", "csp"}
for _, n := range names {
	fmt.Printf("Hello, %s!\n", n)
}
