package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

type codeErr struct{ code int }

func (e codeErr) Error() string { return fmt.Sprintf("code %d", e.code) }

type wrap struct {
	msg string
	err error
}

func (w *wrap) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrap) Unwrap() error { return w.err }

type matchAll struct{}

func (matchAll) Error() string        { return "match all" }
func (matchAll) Is(target error) bool { return target == io.EOF }

type asTarget struct{ n int }

func (a *asTarget) Error() string { return "asTarget" }

type converter struct{}

func (converter) Error() string { return "converter" }
func (converter) As(target any) bool {
	if p, ok := target.(**asTarget); ok {
		*p = &asTarget{42}
		return true
	}
	return false
}

type timeout interface{ Timeout() bool }

type netErr struct{}

func (netErr) Error() string   { return "net" }
func (netErr) Timeout() bool   { return true }
func (netErr) Temporary() bool { return false }

func main() {
	base := codeErr{7}
	err := &wrap{"outer", &wrap{"inner", base}}
	fmt.Println(err)
	fmt.Println(errors.Is(err, codeErr{7}), errors.Is(err, codeErr{8}), errors.Unwrap(errors.Unwrap(err)) == base)
	var ce codeErr
	fmt.Println(errors.As(err, &ce), ce.code)
	var w *wrap
	fmt.Println(errors.As(err, &w), w.msg)
	fmt.Println(errors.Is(matchAll{}, io.EOF), errors.Is(matchAll{}, os.ErrNotExist), errors.Is(&wrap{"x", matchAll{}}, io.EOF))
	var at *asTarget
	fmt.Println(errors.As(&wrap{"y", converter{}}, &at), at.n)
	var to timeout
	fmt.Println(errors.As(&wrap{"z", netErr{}}, &to), to.Timeout())
	fmt.Println(errors.Is(nil, nil), errors.Is(err, nil), errors.Is(nil, err), errors.As(nil, &w))
	e1 := fmt.Errorf("level1: %w", io.EOF)
	e2 := fmt.Errorf("level2: %w", e1)
	fmt.Println(e2, errors.Is(e2, io.EOF), errors.Unwrap(e2) == e1)
	for _, target := range []any{nil, 5, w} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			errors.As(err, target)
		}()
	}
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		var s *string
		errors.As(err, &s)
	}()
}
