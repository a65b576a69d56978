// expected by hand: script mode; an explicit import is checked.
import "nosuchpkg"

fmt.Println("never printed")
