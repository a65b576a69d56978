package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	path := "/tmp/csp-os-file-seek.txt"
	f, err := os.Create(path)
	check(err)
	f.WriteString("some\nwrites\n")
	check(f.Sync())
	w := bufio.NewWriter(f)
	w.WriteString("buffered\n")
	w.Flush()
	end, err := f.Seek(0, io.SeekCurrent)
	fmt.Println(end, err)
	f.Close()
	fmt.Println(f.Sync())
	_, err = f.Seek(0, io.SeekStart)
	fmt.Println(err)

	f2, err := os.Open(path)
	check(err)
	defer os.Remove(path)
	var rs io.ReadSeeker = f2
	b := make([]byte, 4)
	n, _ := rs.Read(b)
	fmt.Printf("%d %q\n", n, b[:n])
	off, err := rs.Seek(6, io.SeekStart)
	check(err)
	n, _ = rs.Read(b[:2])
	fmt.Printf("%d bytes @ %d: %q\n", n, off, b[:n])
	off, _ = rs.Seek(-3, io.SeekCurrent)
	fmt.Println(off)
	off, _ = rs.Seek(-4, io.SeekEnd)
	rest, _ := io.ReadAll(f2)
	fmt.Printf("%d %q\n", off, rest)
	_, err = rs.Seek(-100, io.SeekStart)
	fmt.Println(err)
	f2.Close()
}
