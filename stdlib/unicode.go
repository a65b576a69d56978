// Package unicode: character classes and case mapping (Unicode 13.0, the
// tables of Go 1.19). Range tables (unicode.Letter, unicode.In) are not
// provided; every predicate and mapping below covers all of Unicode.
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
	Version         = "13.0.0"
)

const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

func IsLetter(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsSpace(r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsTitle(r rune) bool
func IsPunct(r rune) bool
func IsSymbol(r rune) bool
func IsMark(r rune) bool
func IsControl(r rune) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func SimpleFold(r rune) rune
func To(_case int, r rune) rune
