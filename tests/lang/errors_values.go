package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Msg }

func find(k string) (int, error) {
	if k == "x" {
		return 1, nil
	}
	return 0, ErrNotFound
}

func parse(s string) error {
	if s == "" {
		return &ParseError{3, "empty"}
	}
	return nil
}

func load(k string) error {
	if _, err := find(k); err != nil {
		return fmt.Errorf("load %q: %w", k, err)
	}
	return nil
}

func main() {
	v, err := find("x")
	fmt.Println(v, err, err == nil)
	_, err = find("y")
	fmt.Println(err, err == ErrNotFound)
	err = load("z")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound, errors.Unwrap(ErrNotFound) == nil)
	err = fmt.Errorf("outer: %w", parse(""))
	var pe *ParseError
	if errors.As(err, &pe) {
		fmt.Println("as:", pe.Line, pe.Msg)
	}
	fmt.Println(err)
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1.Error() == e2.Error())
	if err := parse("ok"); err == nil {
		fmt.Println("no error")
	}
	_, cerr := strconv.Atoi("12a")
	fmt.Println(cerr)
	var ne *strconv.NumError
	fmt.Println(errors.As(cerr, &ne), ne.Func, errors.Is(cerr, strconv.ErrSyntax))
	fmt.Printf("%v %s\n", ErrNotFound, ErrNotFound)
}
