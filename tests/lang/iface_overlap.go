package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type Closer interface{ Close() error }

type ReadCloser interface {
	Reader
	Closer
}
type WriteCloser interface {
	Writer
	Closer
}

// Overlapping embedded interfaces (Close twice) and a method repeated
// explicitly with the same signature, as Go 1.14 allows.
type ReadWriteCloser interface {
	ReadCloser
	WriteCloser
	Read() string
}

type File struct {
	data   []string
	closed bool
}

func (f *File) Read() string {
	if len(f.data) == 0 {
		return "<eof>"
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}
func (f *File) Write(s string) { f.data = append(f.data, s) }
func (f *File) Close() error {
	if f.closed {
		return fmt.Errorf("already closed")
	}
	f.closed = true
	return nil
}

func main() {
	var rwc ReadWriteCloser = &File{}
	rwc.Write("a")
	rwc.Write("b")
	fmt.Println(rwc.Read(), rwc.Read(), rwc.Read())
	var rc ReadCloser = rwc
	var wc WriteCloser = rwc
	fmt.Println(rc.Close(), wc.Close())
	_, ok := rc.(ReadWriteCloser)
	fmt.Println(ok)
	fmt.Printf("%T\n", rwc)
}
