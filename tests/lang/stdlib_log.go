package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

// shape replaces every digit of s by 9, so a timestamp's layout shows.
func shape(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '9'
		}
		return r
	}, s)
}

func main() {
	// The standard logger writes to stderr; drop the timestamp.
	fmt.Println(log.Flags() == log.LstdFlags, log.Prefix() == "", log.Writer() == os.Stderr)
	// The default header is the local date and time: 2009/11/10 23:00:00.
	var hb bytes.Buffer
	log.SetOutput(&hb)
	log.Println("stamped")
	log.SetFlags(log.LstdFlags | log.Lmicroseconds | log.LUTC)
	log.Println("micro")
	fmt.Println(shape(hb.String()))
	log.SetOutput(os.Stderr)
	log.SetFlags(0)
	log.Println("to stderr", 1, 2.5)
	log.Printf("formatted %q %03d", "x", 7)
	log.Print("no newline added twice\n")
	log.Print("a", "b", 3, 4, "c")

	log.SetPrefix("app: ")
	log.Println("with prefix")
	log.SetFlags(log.Lmsgprefix)
	log.SetOutput(os.Stdout)
	log.Println("msgprefix on stdout")
	fmt.Println(log.Flags() == log.Lmsgprefix, log.Prefix())

	// A logger of its own, on any io.Writer.
	var buf bytes.Buffer
	l := log.New(&buf, "[buf] ", 0)
	l.Println("first")
	l.Printf("second %v", []int{1, 2})
	l.SetPrefix("<")
	l.Print("third")
	l.Output(1, "direct")
	fmt.Print(buf.String())
	fmt.Println(l.Prefix(), l.Flags(), l.Writer() == &buf)

	var sb strings.Builder
	l2 := log.New(&sb, "", log.Lmsgprefix)
	l2.SetPrefix("P ")
	l2.Println("line")
	l2.SetOutput(os.Stdout)
	l2.Println("now stdout")
	fmt.Printf("%q\n", sb.String())

	// io.Discard drops everything.
	d := log.New(io.Discard, "", 0)
	d.Println("never seen")

	fmt.Println(log.Default() == log.Default())
	log.Default().SetPrefix("dflt: ")
	log.Println("through Default")

	fmt.Println(log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix, log.LstdFlags)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panicf("bad %d", 42)
	}()
	func() {
		defer func() { fmt.Printf("recovered: %q\n", recover()) }()
		l.Panicln("bad", "line")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panic("plain", 1)
	}()
	fmt.Print(buf.String())

	log.SetOutput(os.Stderr)
	log.SetPrefix("")
	log.SetFlags(0)
	log.Fatalf("fatal: %s", "bye")
	fmt.Println("not reached")
}
