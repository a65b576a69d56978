package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, '\t', tabwriter.AlignRight)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaa\tbbb\tccc")
	fmt.Fprintln(w, "aaaa\tbbbbbbbbb\tc")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, ' ', 0)
	fmt.Fprintln(w, "Name\tAge\tCity")
	fmt.Fprintln(w, "Alice\t30\tNew York")
	fmt.Fprintln(w, "Bob\t4\tLA")
	fmt.Fprintln(w, "Christopher\t101\tSan Francisco\t")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "x\ty\tz\t")
	fmt.Fprintln(w, "xxxx\tyy\tzzzzz\t")
	fmt.Fprintln(w, "é\tü\tß\t")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 8, 8, 0, '\t', tabwriter.DiscardEmptyColumns|tabwriter.FilterHTML|tabwriter.StripEscape)
	fmt.Fprintf(w, "<b>bold</b>\t\t&amp;\t\xffesc\tape\xff\tend\n")
	fmt.Fprintf(w, "k\t\tv\n\n")
	fmt.Fprintf(w, "after\tblank\n")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.TabIndent)
	fmt.Fprint(w, "\tindented\tcol\n\t\tmore\tcol\n")
	w.Flush()
}

type failing struct{ n int }

func (f *failing) Write(p []byte) (int, error) {
	if f.n == 0 {
		return 0, fmt.Errorf("disk full")
	}
	f.n--
	return len(p), nil
}

func init() {
	w := tabwriter.NewWriter(&failing{1}, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "a\tb")
	fmt.Fprintln(w, "c\td")
	fmt.Println("flush:", w.Flush())
	w2 := tabwriter.NewWriter(&failing{0}, 0, 8, 1, ' ', 0)
	_, err := fmt.Fprintln(w2, "no tabs here")
	fmt.Println("write:", err, w2.Flush())
}
