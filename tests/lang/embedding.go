package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string {
	return fmt.Sprintf("Base(%d, %s)", b.ID, b.Name)
}

func (b *Base) Rename(n string) {
	b.Name = n
}

type Logger struct {
	prefix string
}

func (l *Logger) Log(msg string) {
	fmt.Println(l.prefix + msg)
}

type Service struct {
	Base
	*Logger
	Name string
}

type Describer interface {
	Describe() string
}

func main() {
	s := Service{Base: Base{1, "base"}, Logger: &Logger{"> "}, Name: "svc"}
	fmt.Println(s.ID, s.Name, s.Base.Name)
	fmt.Println(s.Describe())
	s.Rename("renamed")
	fmt.Println(s.Base.Name, s.Name)
	s.Log("hello")
	var d Describer = s
	fmt.Println(d.Describe())
	sp := &s
	sp.ID = 42
	fmt.Println(sp.Describe())
	fmt.Printf("%+v\n", s.Base)
}
