// Package fmt implements formatted I/O with functions analogous to C's
// printf and scanf, as Go's fmt. The formatting engine is native (fmt.c).
package fmt

import (
	"errors"
	"io"
)

// Stringer is implemented by any value that has a String method, which
// defines the "native" format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which
// defines the Go syntax for that value (the %#v format).
type GoStringer interface {
	GoString() string
}

// State represents the printer state passed to custom formatters. It
// provides access to the io.Writer interface plus information about the
// flags and options for the operand's format specifier.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method. The
// implementation controls how State and rune are interpreted, and may call
// Sprint or Fprint(f) etc. to generate its output.
type Formatter interface {
	Format(f State, verb rune)
}

// fmtState is the State a Formatter receives; its output is collected in buf.
type fmtState struct {
	buf    []byte
	wid    int
	prec   int
	widOK  bool
	precOK bool
	flags  string
}

func (s *fmtState) Write(b []byte) (int, error) {
	s.buf = append(s.buf, b...)
	return len(b), nil
}

func (s *fmtState) WriteString(str string) (int, error) {
	s.buf = append(s.buf, str...)
	return len(str), nil
}

func (s *fmtState) Width() (int, bool) { return s.wid, s.widOK }

func (s *fmtState) Precision() (int, bool) { return s.prec, s.precOK }

func (s *fmtState) Flag(c int) bool {
	for i := 0; i < len(s.flags); i++ {
		if int(s.flags[i]) == c {
			return true
		}
	}
	return false
}

// callFormat runs a Formatter for the native engine and returns its output.
func callFormat(f Formatter, wid int, prec int, widOK bool, precOK bool, flags string, verb rune) string {
	s := &fmtState{nil, wid, prec, widOK, precOK, flags}
	f.Format(s, verb)
	return string(s.buf)
}

// setFormatHook gives the native engine the function that runs Formatters.
func setFormatHook(f func(Formatter, int, int, bool, bool, string, rune) string)

func init() {
	setFormatHook(callFormat)
}

// Print formats using the default formats for its operands and writes to
// standard output. Spaces are added between operands when neither is a string.
func Print(a ...any) (n int, err error)

// Println formats using the default formats for its operands and writes to
// standard output. Spaces are always added between operands and a newline is
// appended.
func Println(a ...any) (n int, err error)

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error)

// Sprint formats using the default formats for its operands and returns the
// resulting string.
func Sprint(a ...any) string

// Sprintln formats using the default formats for its operands and returns the
// resulting string, with spaces between operands and a final newline.
func Sprintln(a ...any) string

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string

// Fprint formats using the default formats for its operands and writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error)

// Fprintln formats using the default formats for its operands and writes to
// w, with spaces between operands and a final newline.
func Fprintln(w io.Writer, a ...any) (n int, err error)

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)

// Append formats using the default formats for its operands, appends the
// result to the byte slice, and returns the updated slice.
func Append(b []byte, a ...any) []byte

// Appendln is Append with spaces between operands and a final newline.
func Appendln(b []byte, a ...any) []byte

// Appendf formats according to a format specifier, appends the result to
// the byte slice, and returns the updated slice.
func Appendf(b []byte, format string, a ...any) []byte

// errorf formats for Errorf and reports the operand indexes of its %w verbs.
func errorf(format string, a []any) (string, []int)

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}

// Errorf formats according to a format specifier and returns the string as
// a value that satisfies error. With one %w verb the error has an Unwrap
// method returning that operand; with several, Unwrap returns all of them.
func Errorf(format string, a ...any) error {
	s, wrapped := errorf(format, a)
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		return w
	}
	var errs []error
	for _, i := range wrapped {
		if e, ok := a[i].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

// doScan runs a scan: src 0 reads r, 1 reads str, 2 reads standard input;
// mode 0 is Scan, 1 Scanln, 2 Scanf. kind reports the error: 0 none,
// 1 io.EOF, 2 io.ErrUnexpectedEOF, 3 errors.New(msg).
func doScan(r io.Reader, str string, src int, mode int, format string, a []any) (n int, kind int, msg string)

func scanResult(n int, kind int, msg string) (int, error) {
	switch kind {
	case 0:
		return n, nil
	case 1:
		return n, io.EOF
	case 2:
		return n, io.ErrUnexpectedEOF
	}
	return n, errors.New(msg)
}

// Scan scans text read from standard input, storing successive
// space-separated values into successive arguments. Newlines count as space.
func Scan(a ...any) (n int, err error) {
	n, kind, msg := doScan(nil, "", 2, 0, "", a)
	return scanResult(n, kind, msg)
}

// Scanln is like Scan, but stops scanning at a newline and after the final
// item there must be a newline or EOF.
func Scanln(a ...any) (n int, err error) {
	n, kind, msg := doScan(nil, "", 2, 1, "", a)
	return scanResult(n, kind, msg)
}

// Scanf scans text read from standard input, storing successive
// space-separated values into successive arguments as determined by the format.
func Scanf(format string, a ...any) (n int, err error) {
	n, kind, msg := doScan(nil, "", 2, 2, format, a)
	return scanResult(n, kind, msg)
}

// Sscan scans the argument string, storing successive space-separated values
// into successive arguments. Newlines count as space.
func Sscan(str string, a ...any) (n int, err error) {
	n, kind, msg := doScan(nil, str, 1, 0, "", a)
	return scanResult(n, kind, msg)
}

// Sscanln is like Sscan, but stops scanning at a newline.
func Sscanln(str string, a ...any) (n int, err error) {
	n, kind, msg := doScan(nil, str, 1, 1, "", a)
	return scanResult(n, kind, msg)
}

// Sscanf scans the argument string, storing successive space-separated
// values into successive arguments as determined by the format.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	n, kind, msg := doScan(nil, str, 1, 2, format, a)
	return scanResult(n, kind, msg)
}

// Fscan scans text read from r, storing successive space-separated values
// into successive arguments. Newlines count as space.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	n, kind, msg := doScan(r, "", 0, 0, "", a)
	return scanResult(n, kind, msg)
}

// Fscanln is like Fscan, but stops scanning at a newline.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	n, kind, msg := doScan(r, "", 0, 1, "", a)
	return scanResult(n, kind, msg)
}

// Fscanf scans text read from r, storing successive space-separated values
// into successive arguments as determined by the format.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	n, kind, msg := doScan(r, "", 0, 2, format, a)
	return scanResult(n, kind, msg)
}
