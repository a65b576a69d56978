// Package errors: error values, wrapping (Unwrap, Is, As) and Join.
package errors

type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// New returns an error whose Error method returns text; each call makes a
// distinct error.
func New(text string) error {
	return &errorString{text}
}

var ErrUnsupported = New("unsupported operation")

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	s := ""
	for i, err := range e.errs {
		if i > 0 {
			s += "\n"
		}
		s += err.Error()
	}
	return s
}

func (e *joinError) Unwrap() []error { return e.errs }

// Join returns an error wrapping the non-nil errs, or nil if there are none.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

func Unwrap(err error) error
func Is(err, target error) bool
func As(err error, target any) bool
