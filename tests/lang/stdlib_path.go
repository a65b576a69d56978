package main

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

var paths = []string{
	"", ".", "..", "/", "//", "abc", "abc/def", "a/b/../c", "/../x", "a//b/./c/",
	"../../a/b", "/a/b/c.tar.gz", "dir/", "x/y/.hidden", "a/b/..", "./a", "/abc/..//def/",
	"abc/./../def", "a.b/c", "archive.", "/.",
}

func main() {
	for _, p := range paths {
		d, f := path.Split(p)
		fmt.Printf("%q: Clean=%q Base=%q Dir=%q Ext=%q Split=%q,%q IsAbs=%v\n",
			p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), d, f, path.IsAbs(p))
		fd, ff := filepath.Split(p)
		fmt.Printf("  filepath: %q %q %q %q %q,%q %v %q\n",
			filepath.Clean(p), filepath.Base(p), filepath.Dir(p), filepath.Ext(p), fd, ff,
			filepath.IsAbs(p), filepath.VolumeName(p))
	}
	fmt.Printf("%q\n", path.Join())
	fmt.Printf("%q\n", path.Join("", ""))
	fmt.Printf("%q\n", path.Join("a", "b", "c"))
	fmt.Printf("%q\n", path.Join("a", "", "/b/", "../c"))
	fmt.Printf("%q\n", path.Join("/", "x"))
	fmt.Printf("%q\n", filepath.Join("dir1", "dir2", "filename"))
	fmt.Printf("%q\n", filepath.Join("dir1", "../dir1", "filename"))
	fmt.Printf("%q\n", filepath.Join("", "", "a"))

	patterns := [][2]string{
		{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*/b", "abc/b"},
		{"a*/b", "a/c/b"}, {"a*b*c*d*e*/f", "axbxcxdxe/f"}, {"ab[c]", "abc"},
		{"ab[b-d]", "abc"}, {"ab[^c]", "abc"}, {"ab[^b-d]", "abe"}, {"a\\*b", "a*b"},
		{"a?b", "a☺b"}, {"[a-ζ]*", "α"}, {"*[a-ζ]", "A"}, {"a?b", "a/b"},
		{"[\\]a]", "]"}, {"[x\\-]", "-"}, {"[", "a"}, {"[^", "a"}, {"a[", "a"},
		{"*x", "xxx"}, {"[-]", "-"}, {"[x-]", "x"}, {"\\", "a"}, {"[a-b-c]", "a"},
		{"*.go", "main.go"}, {"*.go", "dir/main.go"}, {"*/*.go", "dir/main.go"},
	}
	for _, pt := range patterns {
		m1, e1 := path.Match(pt[0], pt[1])
		m2, e2 := filepath.Match(pt[0], pt[1])
		fmt.Printf("Match(%q, %q) = %v %v | %v %v\n", pt[0], pt[1], m1, e1, m2, e2)
	}
	_, err := path.Match("[", "x")
	fmt.Println(err == path.ErrBadPattern, err)
	_, err = filepath.Match("[", "x")
	fmt.Println(err == filepath.ErrBadPattern)

	rels := [][2]string{
		{"a/b", "a/b"}, {"a/b/.", "a/b"}, {"a/b", "a/b/c"}, {"a/b/c", "a/b"},
		{"a/b", "c/d"}, {"/a/b", "/a/b/c/d"}, {"/a", "/b"}, {"/", "/a/b"},
		{"a", "/a"}, {"/a", "a"}, {"../a", "b"}, {"a/b/../c", "a/d"}, {".", "a/b"},
		{"..", "a"},
	}
	for _, r := range rels {
		rel, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", r[0], r[1], rel, err)
	}
	fmt.Printf("%q\n", filepath.SplitList("/a/bin:/usr/bin::x"))
	fmt.Printf("%q\n", filepath.SplitList(""))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), string(filepath.Separator), string(filepath.ListSeparator))
	fmt.Println(strings.Count(filepath.Join("a", "b", "c"), string(filepath.Separator)))
}
