package main

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime"
)

func where() string {
	_, file, line, ok := runtime.Caller(1)
	return fmt.Sprintf("%s:%d %v", filepath.Base(file), line, ok)
}

func helper() {
	log.Println("from helper")
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	log.Println("hello")
	helper()
	l := log.New(os.Stdout, "[x] ", log.Lshortfile|log.Lmsgprefix)
	l.Printf("n=%d", 3)
	fmt.Println(where())
	_, file, _, ok := runtime.Caller(0)
	fmt.Println(filepath.IsAbs(file), filepath.Base(file), ok)
	_, _, _, ok = runtime.Caller(50)
	fmt.Println(ok)
	func() {
		fmt.Println(where())
	}()
}
