// Package strconv: conversions to and from string representations.
//
// The natives return plain values and an error code; the Go code here builds
// Go's error values (*NumError wrapping ErrSyntax or ErrRange).
package strconv

import "errors"

const IntSize = 64

var ErrRange = errors.New("value out of range")

var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// Error codes of the parsing natives.
const (
	codeOK = iota
	codeSyntax
	codeRange
	codeBase
	codeBitSize
)

func numError(fn string, s string, code int, base int, bitSize int) error {
	if code == codeSyntax {
		return &NumError{fn, s, ErrSyntax}
	}
	if code == codeRange {
		return &NumError{fn, s, ErrRange}
	}
	if code == codeBase {
		return &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
	}
	return &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
}

func parseInt(s string, base int, bitSize int) (int64, int)
func parseUint(s string, base int, bitSize int) (uint64, int)
func parseFloat(s string, bitSize int) (float64, int)
func unquote(s string) (string, bool)
func unquoteChar(s string, quote byte) (rune, bool, string, bool)
func quotedPrefix(s string) (string, bool)

func ParseInt(s string, base int, bitSize int) (int64, error) {
	n, code := parseInt(s, base, bitSize)
	if code != codeOK {
		return n, numError("ParseInt", s, code, base, bitSize)
	}
	return n, nil
}

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	n, code := parseUint(s, base, bitSize)
	if code != codeOK {
		return n, numError("ParseUint", s, code, base, bitSize)
	}
	return n, nil
}

func Atoi(s string) (int, error) {
	n, code := parseInt(s, 10, 0)
	if code != codeOK {
		return int(n), numError("Atoi", s, code, 10, 0)
	}
	return int(n), nil
}

func ParseFloat(s string, bitSize int) (float64, error) {
	f, code := parseFloat(s, bitSize)
	if code != codeOK {
		return f, numError("ParseFloat", s, code, 10, bitSize)
	}
	return f, nil
}

func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

func Unquote(s string) (string, error) {
	out, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return out, nil
}

// QuotedPrefix returns the quoted string (as understood by Unquote) at the
// prefix of s.
func QuotedPrefix(s string) (string, error) {
	out, ok := quotedPrefix(s)
	if !ok {
		return "", ErrSyntax
	}
	return out, nil
}

func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	r, mb, t, ok := unquoteChar(s, quote)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return r, mb, t, nil
}

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// FormatComplex formats c as (a+bi) with FormatFloat's fmt and prec for
// each part; bitSize is 64 for complex64 and 128 for complex128.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize >>= 1
	im := FormatFloat(imag(c), fmt, prec, bitSize)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, bitSize) + im + "i)"
}

func Itoa(i int) string
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func AppendInt(dst []byte, i int64, base int) []byte
func AppendUint(dst []byte, i uint64, base int) []byte
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte
func AppendBool(dst []byte, b bool) []byte
func AppendQuote(dst []byte, s string) []byte
func AppendQuoteRune(dst []byte, r rune) []byte
func Quote(s string) string
func QuoteToASCII(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func IsPrint(r rune) bool
func IsGraphic(r rune) bool
func QuoteToGraphic(s string) string
func QuoteRuneToGraphic(r rune) string
func AppendQuoteToASCII(dst []byte, s string) []byte
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte
func CanBackquote(s string) bool

// floatPrefix returns the length of the longest prefix of s that has the
// form of a floating-point number (Go's special and readFloat), or 0.
func floatPrefix(s string) int {
	i, sign := 0, false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
		sign = true
	}
	// Infinity and NaN (no sign before NaN).
	rest := s[i:]
	if n := prefixLenFold(rest, "infinity"); n >= 3 {
		if n < 8 {
			n = 3
		}
		return i + n
	}
	if !sign && prefixLenFold(rest, "nan") == 3 {
		return 3
	}
	hex := false
	if i+2 < len(s) && s[i] == '0' && (s[i+1] == 'x' || s[i+1] == 'X') {
		hex = true
		i += 2
	}
	sawdot, sawdigits := false, false
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			continue
		} else if c == '.' {
			if sawdot {
				break
			}
			sawdot = true
		} else if '0' <= c && c <= '9' || hex && ('a' <= c|0x20 && c|0x20 <= 'f') {
			sawdigits = true
		} else {
			break
		}
	}
	if !sawdigits {
		return 0
	}
	expChar := byte('e')
	if hex {
		expChar = 'p'
	}
	if i < len(s) && s[i]|0x20 == expChar {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return 0
		}
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
		}
	} else if hex {
		return 0
	}
	return i
}

// prefixLenFold returns how many leading bytes of s match prefix, ignoring
// ASCII case.
func prefixLenFold(s string, prefix string) int {
	n := 0
	for n < len(s) && n < len(prefix) && s[n]|0x20 == prefix[n] {
		n++
	}
	return n
}

// parseFloatPrefix parses the longest prefix of s that is a floating-point
// number, returning its value and length (Go's parseFloatPrefix).
func parseFloatPrefix(s string, bitSize int) (float64, int, error) {
	n := floatPrefix(s)
	if n == 0 {
		return 0, 0, numError("ParseFloat", s, codeSyntax, 10, bitSize)
	}
	f, code := parseFloat(s[:n], bitSize)
	if code != codeOK {
		return f, n, numError("ParseFloat", s, code, 10, bitSize)
	}
	return f, n, nil
}

// convErr splits a ParseFloat error into a syntax error to report or a range
// error to remember, renamed for ParseComplex.
func convErr(err error, s string) (syntax, range_ error) {
	if x, ok := err.(*NumError); ok {
		x.Func = "ParseComplex"
		x.Num = s
		if x.Err == ErrRange {
			return nil, x
		}
	}
	return err, nil
}

// ParseComplex converts the string s to a complex number with the precision
// specified by bitSize: 64 for complex64, or 128 for complex128, as Go's
// (the forms N, Ni and N±Ni, optionally in parentheses).
func ParseComplex(s string, bitSize int) (complex128, error) {
	size := 64
	if bitSize == 64 {
		size = 32
	}
	orig := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	var pending error
	re, n, err := parseFloatPrefix(s, size)
	if err != nil {
		err, pending = convErr(err, orig)
		if err != nil {
			return 0, err
		}
	}
	s = s[n:]
	if len(s) == 0 {
		return complex(re, 0), pending
	}
	switch s[0] {
	case '+':
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
	case 'i':
		if len(s) == 1 {
			return complex(0, re), pending
		}
		fallthrough
	default:
		return 0, numError("ParseComplex", orig, codeSyntax, 10, bitSize)
	}
	im, n, err := parseFloatPrefix(s, size)
	if err != nil {
		err, pending = convErr(err, orig)
		if err != nil {
			return 0, err
		}
	}
	s = s[n:]
	if s != "i" {
		return 0, numError("ParseComplex", orig, codeSyntax, 10, bitSize)
	}
	return complex(re, im), pending
}
