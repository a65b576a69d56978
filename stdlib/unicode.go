// Package unicode: character classes and case mapping (Unicode 13.0, the
// tables of Go 1.19); every predicate and mapping covers all of Unicode.
// A RangeTable is an opaque handle to a table held in C: the general
// categories, White_Space, ASCII_Hex_Digit and the scripts Latin, Greek,
// Cyrillic, Han, Hiragana, Katakana, Hangul, Arabic, Hebrew and Common.
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

// A RangeTable is a set of code points, tested with Is and In.
type RangeTable struct {
	id int
}

var (
	Letter          = &RangeTable{1}
	L               = Letter
	Upper           = &RangeTable{2}
	Lu              = Upper
	Lower           = &RangeTable{3}
	Ll              = Lower
	Title           = &RangeTable{4}
	Lt              = Title
	Digit           = &RangeTable{5}
	Nd              = Digit
	Number          = &RangeTable{6}
	N               = Number
	Punct           = &RangeTable{7}
	P               = Punct
	Symbol          = &RangeTable{8}
	S               = Symbol
	Mark            = &RangeTable{9}
	M               = Mark
	Space           = &RangeTable{10}
	Z               = Space
	Control         = &RangeTable{11}
	Cc              = Control
	Zs              = &RangeTable{12}
	White_Space     = &RangeTable{13}
	C               = &RangeTable{14}
	Other           = C
	Latin           = &RangeTable{15}
	Greek           = &RangeTable{16}
	Cyrillic        = &RangeTable{17}
	Han             = &RangeTable{18}
	Hiragana        = &RangeTable{19}
	Katakana        = &RangeTable{20}
	Hangul          = &RangeTable{21}
	Arabic          = &RangeTable{22}
	Hebrew          = &RangeTable{23}
	Common          = &RangeTable{24}
	Lm              = &RangeTable{25}
	Lo              = &RangeTable{26}
	Nl              = &RangeTable{27}
	No              = &RangeTable{28}
	Pd              = &RangeTable{29}
	Ps              = &RangeTable{30}
	Pe              = &RangeTable{31}
	Sm              = &RangeTable{32}
	Sc              = &RangeTable{33}
	Cf              = &RangeTable{34}
	Co              = &RangeTable{35}
	Mn              = &RangeTable{36}
	ASCII_Hex_Digit = &RangeTable{37}
)

// Is reports whether r is in rangeTab.
func Is(rangeTab *RangeTable, r rune) bool

// In reports whether r is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether r is a member of one of the ranges.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}
