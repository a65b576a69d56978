package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listValue []string

func (l *listValue) String() string     { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	name := fs.String("name", "world", "who to `greet`")
	n := fs.Int("n", 1, "repeat count")
	v := fs.Bool("v", false, "verbose output")
	d := fs.Duration("wait", 2*time.Second, "how long to wait")
	f := fs.Float64("ratio", 0.5, "a ratio")
	u := fs.Uint("u", 0, "unsigned")
	i64 := fs.Int64("big", 0, "an int64")
	var s2 string
	fs.StringVar(&s2, "mode", "", "the mode")
	var b2 bool
	fs.BoolVar(&b2, "q", true, "quiet")
	var l listValue
	fs.Var(&l, "item", "an item (repeatable)")
	var seen []string
	fs.Func("hook", "a func flag", func(s string) error {
		if s == "bad" {
			return errors.New("no good")
		}
		seen = append(seen, s)
		return nil
	})
	err := fs.Parse([]string{"-name", "gopher", "--n=3", "-v", "-wait", "1m30s", "-ratio=2.25",
		"-item", "a", "-item=b", "-hook", "h1", "-q=false", "-big", "-7", "-u", "9", "rest", "-x"})
	fmt.Println(err, *name, *n, *v, *d, *f, *u, *i64, s2, b2, l, seen)
	fmt.Println(fs.NArg(), fs.Args(), fs.Arg(0), fs.Arg(5) == "", fs.NFlag(), fs.Parsed(), fs.Name())
	fs.Visit(func(fl *flag.Flag) { fmt.Print(fl.Name, "=", fl.Value, " ") })
	fmt.Println()
	fmt.Println(fs.Lookup("n").DefValue, fs.Lookup("nope") == nil, fs.Set("n", "42"), *n)
	fs.PrintDefaults()
	fs.Usage()

	// Errors.
	for _, args := range [][]string{{"-n", "x"}, {"-undefined"}, {"-name"}, {"-hook", "bad"}, {"-h"}, {"---x"}, {"--", "-n", "5"}} {
		fs2 := flag.NewFlagSet("e", flag.ContinueOnError)
		fs2.SetOutput(os.Stdout)
		fs2.Int("n", 0, "num")
		fs2.String("name", "", "name")
		fs2.Func("hook", "h", func(s string) error { return errors.New("no good") })
		err := fs2.Parse(args)
		fmt.Println("err:", err, err == flag.ErrHelp, fs2.Args())
	}

	// The command line: os.Args.
	fmt.Println(len(os.Args) >= 1, flag.Parsed())
	c := flag.Int("count", 5, "count")
	flag.Parse()
	fmt.Println(*c, flag.NArg(), flag.Args(), flag.NFlag(), flag.Parsed(), flag.Arg(0))
	flag.VisitAll(func(fl *flag.Flag) { fmt.Println(fl.Name, fl.Usage, fl.DefValue) })
	name2, usage := flag.UnquoteUsage(fs.Lookup("name"))
	fmt.Println(name2, usage)
}
