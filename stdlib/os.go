// Package os provides a platform-independent interface to operating system
// functionality, as Go's os: the command line, the environment, the
// standard streams, exit, and whole-file reading and writing.
package os

import (
	"errors"
	"io"
)

// File represents an open file descriptor.
type File struct {
	fd   int
	name string
}

// Stdin, Stdout, and Stderr are open Files pointing to the standard input,
// standard output, and standard error file descriptors.
var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

func runtimeArgs() []string

// Portable analogs of some common system call errors.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// errno is a system call error number (Go's syscall.Errno).
type errno int

func (e errno) Error() string { return errstr(int(e)) }

// Is lets errors.Is(err, ErrNotExist) and friends see through system errors.
func (e errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == 1 || e == 13
	case ErrExist:
		return e == 17 || e == 39
	case ErrNotExist:
		return e == 2
	}
	return false
}

func errstr(code int) string

// IsNotExist reports whether err says that a file or directory does not exist.
func IsNotExist(err error) bool { return underlyingIs(err, ErrNotExist) }

// IsExist reports whether err says that a file or directory already exists.
func IsExist(err error) bool { return underlyingIs(err, ErrExist) }

// IsPermission reports whether err says that permission is denied.
func IsPermission(err error) bool { return underlyingIs(err, ErrPermission) }

func underlyingIs(err, target error) bool {
	if pe, ok := err.(*PathError); ok {
		err = pe.Err
	}
	if e, ok := err.(errno); ok {
		return e.Is(target)
	}
	return err == target
}

func (f *File) write(b []byte) (n int, code int)
func (f *File) writeString(s string) (n int, code int)
func (f *File) read(b []byte) (n int, code int)
func (f *File) close() int

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor.
func (f *File) Fd() uintptr { return uintptr(f.fd) }

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	n, code := f.write(b)
	if code != 0 {
		return n, &PathError{"write", f.name, errno(code)}
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	n, code := f.writeString(s)
	if code != 0 {
		return n, &PathError{"write", f.name, errno(code)}
	}
	return n, nil
}

// Read reads up to len(b) bytes from the File; at end of file it returns
// 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, code := f.read(b)
	if code != 0 {
		return n, &PathError{"read", f.name, errno(code)}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Close closes the File.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if code := f.close(); code != 0 {
		if code == -1 {
			return &PathError{"close", f.name, ErrClosed}
		}
		return &PathError{"close", f.name, errno(code)}
	}
	return nil
}

func (f *File) seek(offset int64, whence int) (ret int64, code int)
func (f *File) sync() int

// Seek sets the offset for the next Read or Write on file to offset,
// interpreted according to whence (io.SeekStart, io.SeekCurrent,
// io.SeekEnd), and returns the new offset.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	ret, code := f.seek(offset, whence)
	if code == -1 {
		return 0, &PathError{"seek", f.name, ErrClosed}
	}
	if code != 0 {
		return 0, &PathError{"seek", f.name, errno(code)}
	}
	return ret, nil
}

// Sync commits the current contents of the file to stable storage.
func (f *File) Sync() error {
	if f == nil {
		return ErrInvalid
	}
	if code := f.sync(); code != 0 {
		if code == -1 {
			return &PathError{"sync", f.name, ErrClosed}
		}
		return &PathError{"sync", f.name, errno(code)}
	}
	return nil
}

func open(name string, flag int, perm uint32) (fd int, code int)

// Flags to OpenFile.
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// FileMode represents a file's permission bits.
type FileMode uint32

// OpenFile opens the named file with the given flag and permission bits.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, code := open(name, flag, uint32(perm))
	if code != 0 {
		return nil, &PathError{"open", name, errno(code)}
	}
	return &File{fd, name}, nil
}

// Open opens the named file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

func readFile(name string) (data []byte, code int)
func writeFile(name string, data []byte, perm uint32) int
func remove(name string) int

// ReadFile reads the named file and returns its contents.
func ReadFile(name string) ([]byte, error) {
	data, code := readFile(name)
	if code != 0 {
		return nil, &PathError{"open", name, errno(code)}
	}
	return data, nil
}

// WriteFile writes data to the named file, creating it if necessary.
func WriteFile(name string, data []byte, perm FileMode) error {
	if code := writeFile(name, data, uint32(perm)); code != 0 {
		return &PathError{"open", name, errno(code)}
	}
	return nil
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	if code := remove(name); code != 0 {
		return &PathError{"remove", name, errno(code)}
	}
	return nil
}

// Exit causes the current program to exit with the given status code,
// flushing standard output first. Deferred functions are not run.
func Exit(code int)

// Getenv retrieves the value of the environment variable named by the key;
// empty if it is not present.
func Getenv(key string) string

// LookupEnv retrieves the value of the environment variable named by the
// key and whether it is present.
func LookupEnv(key string) (string, bool)

func setenv(key, value string) int
func unsetenv(key string) int

// Setenv sets the value of the environment variable named by the key.
func Setenv(key, value string) error {
	if code := setenv(key, value); code != 0 {
		return errno(code)
	}
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	if code := unsetenv(key); code != 0 {
		return errno(code)
	}
	return nil
}

// Environ returns a copy of strings representing the environment, in the
// form "key=value".
func Environ() []string

// Getpid returns the process id of the caller.
func Getpid() int

func getwd() (string, int)

// Getwd returns a rooted path name corresponding to the current directory.
func Getwd() (dir string, err error) {
	dir, code := getwd()
	if code != 0 {
		return "", errno(code)
	}
	return dir, nil
}

func hostname() (string, int)

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	name, code := hostname()
	if code != 0 {
		return "", errno(code)
	}
	return name, nil
}
