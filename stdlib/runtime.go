// Package runtime exposes the scheduler to programs.
package runtime

// GOOS and GOARCH name the machine csp runs on.
const (
	GOOS   = "linux"
	GOARCH = "amd64"
)

// Error identifies a run-time error, such as an index out of range.
type Error interface {
	error
	// RuntimeError is a no-op that distinguishes run-time errors.
	RuntimeError()
}

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// NumCPU returns the number of logical CPUs of the machine.
func NumCPU() int

// GOMAXPROCS sets the maximum number of CPUs executing simultaneously and
// returns the previous setting; n < 1 leaves it unchanged. csp runs every
// goroutine on one thread, but reports the setting as Go would.
func GOMAXPROCS(n int) int

// GC runs a garbage collection.
func GC()

// Caller reports the file and line of a function on the calling goroutine's
// stack: skip 0 is the caller of Caller. ok is false past the bottom of the
// stack. pc only tells frames apart (csp has no FuncForPC).
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Version returns the version of csp.
func Version() string { return "csp0.1.0" }
