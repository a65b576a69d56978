/*
 * Parser tests: parse trees (through ast_dump) for every construct, script
 * mode, the statement-header ambiguity, syntax errors in Go's wording with
 * positions, nesting limits, truncated and random input.
 */
#include "parser/parser.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Parses `text` as file x.go; returns the dump and (if errors) the messages. */
static char *parse_text(const char *text, size_t len, char **errors) {
    Source *src = GC_MALLOC(sizeof *src);
    char *copy = GC_MALLOC_ATOMIC(len + 1);
    memcpy(copy, text, len);
    copy[len] = 0;
    src->name = "x.go";
    src->text = copy;
    src->len = len;
    Diag d = {0};
    File *f = parse_file(src, &d);
    cr_assert_not_null(f);
    char *buf = NULL;
    size_t n = 0;
    FILE *o = open_memstream(&buf, &n);
    ast_dump(o, f);
    fclose(o);
    char *eb = NULL;
    size_t el = 0;
    FILE *e = open_memstream(&eb, &el);
    diag_flush(&d, e);
    fclose(e);
    if (errors) *errors = eb;
    return buf;
}

/* The messages of parsing `text`, without dumping the tree (deep trees). */
static char *errors_nodump(const char *text) {
    Source src;
    source_from_string(&src, "x.go", text);
    Diag d = {0};
    parse_file(&src, &d);
    char *eb = NULL;
    size_t el = 0;
    FILE *e = open_memstream(&eb, &el);
    diag_flush(&d, e);
    fclose(e);
    return eb;
}

/* Asserts that `text` parses without errors to `dump`. */
static void expect_dump(const char *text, const char *dump) {
    char *err;
    char *got = parse_text(text, strlen(text), &err);
    cr_assert_str_eq(err, "", "unexpected errors for:\n%s\n%s", text, err);
    cr_assert_str_eq(got, dump, "for:\n%s", text);
}

/* The messages of parsing `text`. */
static char *errors_of(const char *text) {
    char *err;
    parse_text(text, strlen(text), &err);
    return err;
}

/* Wraps statements in a main function (lines shift by one) and returns the
 * messages. */
static char *errors_in_main(const char *stmts) {
    size_t n = strlen(stmts) + 64;
    char *buf = malloc(n);
    snprintf(buf, n, "func main() {\n%s\n}\n", stmts);
    char *r = errors_of(buf);
    free(buf);
    return r;
}

Test(parser, package_and_imports) {
    expect_dump("package main\nimport (\n\t\"fmt\"\n\tm \"math\"\n\t_ \"os\"\n\t. \"strings\"\n)\nimport \"sort\"\n",
                "(package main)\n"
                "(import (\"fmt\") (m \"math\") (_ \"os\") (. \"strings\"))\n"
                "(import (\"sort\"))\n");
}

Test(parser, hello) {
    expect_dump("package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n",
                "(package main)\n"
                "(import (\"fmt\"))\n"
                "(funcdecl main (func (params) (results)) (block (call (sel fmt Println) \"hi\")))\n");
}

Test(parser, script_mode) {
    expect_dump("x := 1\nfunc f() int { return x }\nfmt.Println(f())\nvar y = 2\nfunc (p *P) M() {}\nfunc() { }()\nfor i := 0; i < 3; i++ {\n}\nselect {\ncase v, ok := <-ch:\n\t_ = v\ndefault:\n}\nch := make(chan int)\ngo f()\n",
                "(:= (x) (1))\n"
                "(funcdecl f (func (params) (results (int))) (block (return x)))\n"
                "(call (sel fmt Println) (call f))\n"
                "(var (y = 2))\n"
                "(funcdecl (recv (p (* P))) M (func (params) (results)) (block))\n"
                "(call (funclit (func (params) (results)) (block)))\n"
                "(for (:= (i) (0)) (< i 3) (++ i) (block))\n"
                "(select (case (:= (v ok) ((<- ch))) : (= (_) (v))) (default :))\n"
                "(:= (ch) ((call make (chan int))))\n"
                "(go (call f))\n");
}

Test(parser, primary_exprs) {
    expect_dump("a[1:2:3]\nb[:]\nc[i:]\nd[:j]\nx.(T)\n(*T).M\nf(xs...)\nm[k] = v\na, b = b, a\nx <<= 2\nx &^= y\np.x++\nf(a, b,)\n",
                "(slice3 a 1 2 3)\n"
                "(slice b _ _)\n"
                "(slice c i _)\n"
                "(slice d _ j)\n"
                "(assert x T)\n"
                "(sel (paren (* T)) M)\n"
                "(call f xs ...)\n"
                "(= ((index m k)) (v))\n"
                "(= (a b) (b a))\n"
                "(<<= (x) (2))\n"
                "(&^= (x) (y))\n"
                "(++ (sel p x))\n"
                "(call f a b)\n");
}

Test(parser, precedence) {
    expect_dump("x := -a + ^b * !c - *p & &v\ny := a || b && c == d + e * f\nz := a << 2 >> 1 &^ 3 % 4\nw := a < b != (c >= d)\n",
                "(:= (x) ((- (+ (- a) (* (^ b) (! c))) (& (* p) (& v)))))\n"
                "(:= (y) ((|| a (&& b (== c (+ d (* e f)))))))\n"
                "(:= (z) ((% (&^ (>> (<< a 2) 1) 3) 4)))\n"
                "(:= (w) ((!= (< a b) (paren (>= c d)))))\n");
}

Test(parser, control_flow) {
    expect_dump("if a {\n} else if b {\n} else {\n}\nswitch {\ncase a > b:\n\tfallthrough\ndefault:\n}\nfor {\n\tbreak\n\tcontinue\n}\nfor x {\n}\nfor i := range 10 {\n}\nfor range ch {\n}\nfor k = range m {\n}\ngoto L\ndefer f()\n",
                "(if _ a (block) (if _ b (block) (block)))\n"
                "(switch _ _ (case (> a b) : (fallthrough)) (default :))\n"
                "(for _ _ _ (block (break) (continue)))\n"
                "(for _ x _ (block))\n"
                "(range:= i _ 10 (block))\n"
                "(range _ _ ch (block))\n"
                "(range= k _ m (block))\n"
                "(goto L)\n"
                "(defer (call f))\n");
}

Test(parser, header_composite_ambiguity) {
    expect_dump("x := T{1}\nif x == (T{}) {\n}\nfor _, v := range []T{{1}} {\n}\nswitch s := (S{a: 1}); s {\n}\nif f := func() bool { return true }; f() {\n}\nfor x := range map[string]int{\"a\": 1} {\n}\n",
                "(:= (x) ((lit T 1)))\n"
                "(if _ (== x (paren (lit T))) (block))\n"
                "(range:= _ v (lit ([] T) (lit _ 1)) (block))\n"
                "(switch (:= (s) ((paren (lit S (kv a 1))))) s)\n"
                "(if (:= (f) ((funclit (func (params) (results (bool))) (block (return true))))) (call f) (block))\n"
                "(range:= x _ (lit (map string int) (kv \"a\" 1)) (block))\n");
}

Test(parser, type_switch) {
    expect_dump("switch x := f(); t := x.(type) {\ncase []int, map[K]V, func(int) bool, chan<- int:\ncase nil:\ndefault:\n}\nswitch y.(type) {\n}\n",
                "(typeswitch (:= (x) ((call f))) (:= (t) ((assert x type))) (case ([] int) (map K V) (func (params (int)) (results (bool))) (chan<- int) :) (case nil :) (default :))\n"
                "(typeswitch _ (assert y type))\n");
}

Test(parser, channel_types) {
    expect_dump("var c chan <-chan int\nvar d <-chan <-chan int\nvar e chan<- chan int\nvar f chan (<-chan int)\nx := <-chan int(nil)\ny := (<-chan int)(nil)\nz := <-ch\nch <- v\n",
                "(var (c (chan<- (chan int))))\n"
                "(var (d (<-chan (<-chan int))))\n"
                "(var (e (chan<- (chan int))))\n"
                "(var (f (chan (paren (<-chan int)))))\n"
                "(:= (x) ((<- (call (chan int) nil))))\n"
                "(:= (y) ((call (paren (<-chan int)) nil)))\n"
                "(:= (z) ((<- ch)))\n"
                "(send ch v)\n");
}

Test(parser, func_types) {
    expect_dump("f := func(a, b int, c ...string) (x int, err error) { return }\nvar g func(int, string) bool\nvar h func() func() int\nfunc k(int, ...interface{})\n",
                "(:= (f) ((funclit (func (params (a b int) (c (... string))) (results (x int) (err error))) (block (return)))))\n"
                "(var (g (func (params (int) (string)) (results (bool)))))\n"
                "(var (h (func (params) (results ((func (params) (results (int))))))))\n"
                "(funcdecl k (func (params (int) ((... (interface)))) (results)) _)\n");
}

Test(parser, interfaces_and_structs) {
    expect_dump("type I interface {\n\tM(int) (bool, error)\n\tfmt.Stringer\n\t~int | ~string\n}\ntype S struct {\n\t*T\n\tp.U `tag`\n\ta, b int\n\tG[int]\n\tf func()\n}\ntype E struct{}\n",
                "(type (I (interface (M (func (params (int)) (results (bool) (error)))) ((sel fmt Stringer)) ((| (~ int) (~ string))))))\n"
                "(type (S (struct (embed (* T)) (embed (sel p U) tag=\"tag\") (a b int) (embed (index G int)) (f (func (params) (results))))))\n"
                "(type (E (struct)))\n");
}

Test(parser, generics) {
    expect_dump("func F[S ~[]E, E cmp.Ordered](s S) {}\ntype List[T any] struct{ next *List[T] }\ntype Pair[K comparable, V any] struct{}\ntype A [N]int\ntype B [N * 2]int\ntype V[P interface{}] int\nfunc (Pair[K, V]) F() {}\nvar x = p.T[int]{}\ny := Map[int, string](xs, f)\ntype Num interface{ int | float64 }\n",
                "(funcdecl F (func (tparams (S (~ ([] E))) (E (sel cmp Ordered))) (params (s S)) (results)) (block))\n"
                "(type (List (tparams (T any)) (struct (next (* (index List T))))))\n"
                "(type (Pair (tparams (K comparable) (V any)) (struct)))\n"
                "(type (A ([N] int)))\n"
                "(type (B ([(* N 2)] int)))\n"
                "(type (V (tparams (P (interface))) int))\n"
                "(funcdecl (recv ((index Pair K V))) F (func (params) (results)) (block))\n"
                "(var (x = (lit (index (sel p T) int))))\n"
                "(:= (y) ((call (index Map int string) xs f)))\n"
                "(type (Num (interface ((| int float64)))))\n");
}

Test(parser, declarations) {
    expect_dump("const (\n\tA = iota\n\tB\n\tC int = 5\n)\nvar (\n\tx, y int = 1, 2\n\tz = \"s\"\n)\ntype (\n\tT1 int\n\tT2 = string\n)\nconst D = 1\nvar u []map[string]*[4]T\n",
                "(const (A = iota iota=0) (B iota=1) (C int = 5 iota=2))\n"
                "(var (x y int = 1 2) (z = \"s\"))\n"
                "(type (T1 int) (T2 = string))\n"
                "(const (D = 1 iota=0))\n"
                "(var (u ([] (map string (* ([4] T))))))\n");
}

Test(parser, composite_literals) {
    expect_dump("a := [...]int{1, 2, 3}\nb := [][]int{{1}, {2, 3}}\nm := map[string]Point{\"a\": {1, 2}, \"b\": {X: 3}}\np := &Point{X: 1, Y: 2}\ns := []*Point{{1, 2}, &Point{3, 4}}\ne := struct{ a int }{a: 1}\n",
                "(:= (a) ((lit ([...] int) 1 2 3)))\n"
                "(:= (b) ((lit ([] ([] int)) (lit _ 1) (lit _ 2 3))))\n"
                "(:= (m) ((lit (map string Point) (kv \"a\" (lit _ 1 2)) (kv \"b\" (lit _ (kv X 3))))))\n"
                "(:= (p) ((& (lit Point (kv X 1) (kv Y 2)))))\n"
                "(:= (s) ((lit ([] (* Point)) (lit _ 1 2) (& (lit Point 3 4)))))\n"
                "(:= (e) ((lit (struct (a int)) (kv a 1))))\n");
}

Test(parser, literal_values) {
    expect_dump("x := 'a' + '\\n' + '\\x41' + '\\u00e9'\ny := \"a\\tb\" + `raw\nstr`\nz := 0x1p-2 + 1e3 + 0o17 + 0b101 + 1_000 + 017 + .5 + 1i\n",
                "(:= (x) ((+ (+ (+ (rune 97) (rune 10)) (rune 65)) (rune 233))))\n"
                "(:= (y) ((+ \"a\\x09b\" \"raw\\nstr\")))\n"
                "(:= (z) ((+ (+ (+ (+ (+ (+ (+ 0x1p-2 1e3) 0o17) 0b101) 1_000) 017) .5) 1i)))\n");
}

Test(parser, labels_and_branches) {
    expect_dump("L:\n\tfor {\n\t\tbreak L\n\t}\nM:\n\tswitch {\n\tdefault:\n\t\tcontinue M\n\t}\ngoto L\nN:\n",
                "(label L (for _ _ _ (block (break L))))\n"
                "(label M (switch _ _ (default : (continue M))))\n"
                "(goto L)\n"
                "(label N (empty))\n");
}

Test(parser, bodyless_and_methods) {
    expect_dump("package strings\nfunc Index(s, sub string) int\nfunc (b *Builder) WriteString(s string) (int, error)\nfunc (Builder) Len() int { return 0 }\n",
                "(package strings)\n"
                "(funcdecl Index (func (params (s sub string)) (results (int))) _)\n"
                "(funcdecl (recv (b (* Builder))) WriteString (func (params (s string)) (results (int) (error))) _)\n"
                "(funcdecl (recv (Builder)) Len (func (params) (results (int))) (block (return 0)))\n");
}

Test(parser, positions) {
    Source src;
    source_from_string(&src, "p.go", "package main\nfunc main() {\n\tx := a + f(b)\n}\n");
    Diag d = {0};
    File *f = parse_file(&src, &d);
    cr_assert_eq(diag_count(&d), 0);
    cr_assert_eq(f->package_pos.line, 1);
    cr_assert_eq(f->package_pos.col, 9);
    Decl *fn = f->decls.v[0];
    cr_assert_eq(fn->pos.line, 2);
    cr_assert_eq(fn->name->pos.col, 6);
    Stmt *s = fn->body->list.v[0];
    cr_assert_eq(s->kind, ST_ASSIGN);
    /* Go positions an assignment at its operator. */
    cr_assert_eq(s->pos.line, 3);
    cr_assert_eq(s->pos.col, 4);
    Expr *bin = s->rhs.v[0];
    cr_assert_eq(bin->kind, EX_BINARY);
    cr_assert_eq(bin->pos.col, 9);
    cr_assert_eq(bin->x->pos.col, 7);
    Expr *call = bin->y;
    cr_assert_eq(call->kind, EX_CALL);
    cr_assert_eq(call->pos.col, 12);
    /* A selector starts at its operand; its name has its own position. */
    source_from_string(&src, "q.go", "x := a .\n\tb.c\n");
    f = parse_file(&src, &d);
    cr_assert_eq(diag_count(&d), 0);
    Expr *sel = f->decls.v[0]->stmt->rhs.v[0];
    cr_assert_eq(sel->kind, EX_SELECTOR);
    cr_assert_eq(sel->pos.line, 1);
    cr_assert_eq(sel->pos.col, 6);
    cr_assert_eq(sel->namepos.line, 2);
    cr_assert_eq(sel->namepos.col, 4);
    cr_assert_eq(sel->x->namepos.line, 2);
    cr_assert_eq(sel->x->namepos.col, 2);
    cr_assert_eq(sel->x->x->namepos.col, 6);
}

Test(parser, string_and_rune_values_reach_the_ast) {
    Source src;
    source_from_string(&src, "p.go", "x := \"a\\x00b\"\ny := '\\U0001F600'\n");
    Diag d = {0};
    File *f = parse_file(&src, &d);
    cr_assert_eq(diag_count(&d), 0);
    Expr *s = f->decls.v[0]->stmt->rhs.v[0];
    cr_assert_eq(s->lit, LIT_STRING);
    cr_assert_eq(s->strlen, 3);
    cr_assert(memcmp(s->str, "a\0b", 3) == 0);
    cr_assert_str_eq(s->raw, "\"a\\x00b\"");
    Expr *r = f->decls.v[1]->stmt->rhs.v[0];
    cr_assert_eq(r->lit, LIT_CHAR);
    cr_assert_eq(r->rune, 0x1F600);
}

Test(parser, syntax_errors_match_go) {
    /* Messages and positions as go build (Go 1.19) prints them. */
    cr_assert_str_eq(errors_in_main("x := 1 y"), "x.go:2:8: syntax error: unexpected y at end of statement\n");
    cr_assert_str_eq(errors_in_main("select {\ncase v <- ch\n\tfmt.Println(v)\ncase v <- ch2\n\tfmt.Println(v)\n}"),
                     "x.go:3:13: syntax error: unexpected newline, expecting :\n"
                     "x.go:5:14: syntax error: unexpected newline, expecting :\n");
    cr_assert_str_eq(errors_in_main("if x == T{} {\n}"), "x.go:2:13: syntax error: unexpected { at end of statement\n");
    cr_assert_str_eq(errors_in_main("for i := 0; i < 10; i++\n{\n}"),
                     "x.go:2:24: syntax error: unexpected newline, expecting { after for clause\n");
    cr_assert_str_eq(errors_in_main("if x\n{\n}"), "x.go:2:5: syntax error: unexpected newline, expecting { after if clause\n");
    cr_assert_str_eq(errors_in_main("if x; {\n}"), "x.go:2:5: syntax error: missing condition in if statement\n");
    cr_assert_str_eq(errors_in_main("if {\n}"), "x.go:2:4: syntax error: missing condition in if statement\n");
    /* `switch x\n{` is `switch x; {`, which Go accepts. */
    cr_assert_str_eq(errors_in_main("switch x\n{\n}"), "");
    cr_assert_str_eq(errors_in_main("fmt.Println(\"a\"\n"),
                     "x.go:2:16: syntax error: unexpected newline in argument list; possibly missing comma or )\n");
    cr_assert_str_eq(errors_in_main("f(a b)"), "x.go:2:5: syntax error: unexpected b in argument list; possibly missing comma or )\n");
    cr_assert_str_eq(errors_in_main("x := []int{1 2}"),
                     "x.go:2:14: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }\n");
    cr_assert_str_eq(errors_in_main("x :="), "x.go:3:1: syntax error: unexpected }, expecting expression\n");
    cr_assert_str_eq(errors_in_main("a, b += 1, 2"), "x.go:2:6: syntax error: unexpected +=, expecting := or = or comma\n");
    cr_assert_str_eq(errors_in_main("if x := 1 {\n}"), "x.go:2:6: syntax error: cannot use x := 1 as value\n");
    cr_assert_str_eq(errors_in_main("if x = 1 {\n}"), "x.go:2:6: syntax error: cannot use assignment (x) = (1) as value\n");
    cr_assert_str_eq(errors_in_main("for i := 0; i := 1; i++ {\n}"), "x.go:2:15: syntax error: cannot use i := 1 as value\n");
    cr_assert_str_eq(errors_in_main("x = [1]"), "x.go:2:8: syntax error: unexpected newline, expecting type\n");
    cr_assert_str_eq(errors_in_main("func f() {}"), "x.go:2:6: syntax error: unexpected f, expecting (\n");
    cr_assert_str_eq(errors_in_main("x := 1\n}\nelse {\n}"), "x.go:4:1: syntax error: non-declaration statement outside function body\n");
    cr_assert_str_eq(errors_in_main("if x {\n}\nelse {\n}"), "x.go:4:1: syntax error: unexpected else, expecting }\n");
    cr_assert_str_eq(errors_in_main("if x {\n} else for {}"), "x.go:3:8: syntax error: else must be followed by if or statement block\n");
    cr_assert_str_eq(errors_in_main("type T struct { a int b int }"),
                     "x.go:2:23: syntax error: unexpected b in struct type; possibly missing semicolon or newline or }\n");
    cr_assert_str_eq(errors_in_main("type T interface { M() N() }"),
                     "x.go:2:25: syntax error: unexpected ( in interface type; possibly missing semicolon or newline or }\n");
    cr_assert_str_eq(errors_in_main("a.b."), "x.go:3:1: syntax error: unexpected }, expecting name or (\n");
    cr_assert_str_eq(errors_in_main("goto"), "x.go:3:1: syntax error: unexpected }, expecting name\n");
    cr_assert_str_eq(errors_in_main("x := struct{}{}{"), "x.go:2:16: syntax error: unexpected { at end of statement\n");
    cr_assert_str_eq(errors_in_main("x.(type)"), "x.go:2:1: invalid AST: use of .(type) outside type switch\n");
    cr_assert_str_eq(errors_in_main("for i := 0; i < 3; j := 1 {\n}"),
                     "x.go:2:22: syntax error: cannot declare in post statement of for loop\n");
    cr_assert_str_eq(errors_in_main("f := func(a int, string) {}"),
                     "x.go:2:18: syntax error: mixed named and unnamed parameters\n");
    cr_assert_str_eq(errors_in_main("if var x = 1; x {\n}"), "x.go:2:4: syntax error: var declaration not allowed in if initializer\n");
    cr_assert_str_eq(errors_in_main("for x\n{\n}"), "x.go:3:1: syntax error: unexpected {, expecting for loop condition\n");
    cr_assert_str_eq(errors_of("type T struct {\n\tch chan\n}\n"), "x.go:3:1: syntax error: missing channel element type\n");
    cr_assert_str_eq(errors_of("func f(x chan, y int) {}\n"), "x.go:1:14: syntax error: missing channel element type\n");
    cr_assert_str_eq(errors_of("type T1\n"), "x.go:1:8: syntax error: unexpected newline in type declaration\n");
    cr_assert_str_eq(errors_of("func main()\n{\n}\n"), "x.go:2:1: syntax error: unexpected semicolon or newline before {\n");
    cr_assert_str_eq(errors_of("func () f() {}\nfunc (a, b T) g() {}\n"),
                     "x.go:1:9: method has no receiver\nx.go:2:15: method has multiple receivers\n");
}

Test(parser, type_parameter_disambiguation) {
    /* go/parser's rules for `type T[P *C]` (issue 49482). */
    expect_dump("type _[P *struct{}] struct{}\ntype _[P *int,] int\ntype _[P (*int),] int\ntype A[K, V any] int\n"
                "type B[K, V any, W comparable] int\ntype C[P *C|~int] int\ntype D [N*M]int\ntype E[A, B, C any] int\n"
                "x := ~y\n",
                "(type (_ (tparams (P (* (struct)))) (struct)))\n"
                "(type (_ (tparams (P (* int))) int))\n"
                "(type (_ (tparams (P (* int))) int))\n"
                "(type (A (tparams (K V any)) int))\n"
                "(type (B (tparams (K V any) (W comparable)) int))\n"
                "(type (C (tparams (P (| (* C) (~ int)))) int))\n"
                "(type (D ([(* N M)] int)))\n"
                "(type (E (tparams (A B C any)) int))\n"
                "(:= (x) ((~ y)))\n");
}

Test(parser, several_errors_and_recovery) {
    char *e = errors_of("func main() {\n\tx := 1 y\n\tz := 2\n\tw := 3 v\n}\nfunc g() {}\n");
    cr_assert_str_eq(e, "x.go:2:9: syntax error: unexpected y at end of statement\n"
                        "x.go:4:9: syntax error: unexpected v at end of statement\n");
    /* After recovery the rest of the file is still built. */
    char *err;
    char *d = parse_text("func main() {\n\tx := )\n}\nfunc g() {}\n", 36, &err);
    cr_assert(strstr(d, "(funcdecl g") != NULL, "%s", d);
    cr_assert(strstr(err, "x.go:2:7: syntax error: unexpected ), expecting expression") != NULL, "%s", err);
}

Test(parser, truncated_input) {
    const char *full = "package main\nimport \"fmt\"\ntype P[T any] struct{ x []map[string]chan<- T }\n"
                       "func (p *P[T]) M(a, b int, c ...string) (r int, err error) {\n"
                       "\tswitch v := p.(type) {\n\tcase int:\n\t\tfor i := range []int{1, 2} {\n"
                       "\t\t\tselect {\n\t\t\tcase x, ok := <-ch:\n\t\t\t\tgo func() { defer f() }()\n"
                       "\t\t\tdefault:\n\t\t\t}\n\t\t}\n\t}\n\treturn 'a' + \"s\\n\" + `r` + 0x1p2\n}\n";
    size_t n = strlen(full);
    for (size_t i = 0; i <= n; i++) {
        char *err;
        parse_text(full, i, &err);
        /* Every prefix either parses or reports at least one error. */
        cr_assert_not_null(err);
    }
    char *err;
    parse_text(full, n, &err);
    cr_assert_str_eq(err, "");
}

Test(parser, nesting_limit) {
    size_t depth = 1200;
    char *s = malloc(depth * 2 + 16);
    strcpy(s, "x := ");
    size_t k = 5;
    for (size_t i = 0; i < depth; i++) s[k++] = '(';
    s[k++] = '1';
    for (size_t i = 0; i < depth; i++) s[k++] = ')';
    s[k] = 0;
    char *err;
    parse_text(s, k, &err);
    cr_assert_str_eq(err, "x.go:1:1006: nesting too deep\n");
    /* 900 levels are fine. */
    k = 5;
    for (size_t i = 0; i < 900; i++) s[k++] = '[';
    s[k] = 0;
    k = 0;
    strcpy(s, "x := ");
    k = 5;
    for (size_t i = 0; i < 900; i++) s[k++] = '(';
    s[k++] = '1';
    for (size_t i = 0; i < 900; i++) s[k++] = ')';
    s[k] = 0;
    parse_text(s, k, &err);
    cr_assert_str_eq(err, "");
    /* Blocks and composite literals count too. */
    k = 0;
    for (size_t i = 0; i < depth; i++) s[k++] = '{';
    s[k] = 0;
    parse_text(s, k, &err);
    cr_assert(strstr(err, "nesting too deep") != NULL, "%s", err);
    free(s);
}

Test(parser, long_operator_chains) {
    /* A long unary chain exhausts no C stack: it is either parsed or cut off
     * with a clean error. */
    size_t n = 100000;
    char *s = malloc(n + 16);
    strcpy(s, "x := ");
    memset(s + 5, '!', n);
    strcpy(s + 5 + n, "1");
    char *err;
    parse_text(s, strlen(s), &err);
    cr_assert(strstr(err, "nesting too deep") != NULL, "%s", err);
    /* A long binary chain parses (left-associated, no parser stack growth)
     * up to the expression depth limit, then is cut off cleanly. */
    size_t terms = 20000;
    char *b = malloc(terms * 2 + 16);
    strcpy(b, "x := 1");
    size_t k = 6;
    for (size_t i = 0; i < terms; i++) {
        b[k++] = '+';
        b[k++] = '1';
    }
    b[k] = 0;
    parse_text(b, k, &err);
    cr_assert(strstr(err, "nesting too deep") != NULL, "%s", err);
    b[6 + 2 * 7500] = 0;
    cr_assert_str_eq(errors_nodump(b), "");
    /* Postfix chains (calls, selectors) count as well. */
    for (size_t i = 0; i < 2 * 12000; i += 2) {
        b[i] = '.';
        b[i + 1] = 'f';
    }
    b[2 * 12000] = 0;
    size_t m = strlen(b);
    char *c = malloc(m + 8);
    c[0] = 'x';
    memcpy(c + 1, b, m + 1);
    parse_text(c, m + 1, &err);
    cr_assert(strstr(err, "nesting too deep") != NULL, "%s", err);
    free(c);
    free(s);
    free(b);
}

Test(parser, random_garbage_never_crashes) {
    static const char *const toks[] = {
        "package", "import", "func", "var", "const", "type", "struct", "interface", "map", "chan",
        "if", "else", "for", "range", "switch", "case", "default", "select", "go", "defer", "return",
        "break", "continue", "goto", "fallthrough", "x", "T", "1", "\"s\"", "'c'", "(", ")", "[", "]",
        "{", "}", ",", ";", "\n", ".", ":", ":=", "=", "+=", "<-", "*", "&", "...", "~", "|", "+", "++",
    };
    srand(4242);
    int ntoks = (int)(sizeof toks / sizeof toks[0]);
    char buf[4096];
    for (int round = 0; round < 3000; round++) {
        size_t k = 0;
        int n = rand() % 60;
        for (int i = 0; i < n; i++) {
            const char *t = toks[rand() % ntoks];
            size_t l = strlen(t);
            memcpy(buf + k, t, l);
            k += l;
            buf[k++] = ' ';
        }
        buf[k] = 0;
        char *err;
        parse_text(buf, k, &err);
    }
    /* Raw random bytes too. */
    for (int round = 0; round < 1000; round++) {
        size_t n = (size_t)(rand() % 200);
        for (size_t i = 0; i < n; i++) buf[i] = (char)(rand() % 256);
        char *err;
        parse_text(buf, n, &err);
    }
    cr_assert(true);
}

Test(parser, clone_is_deep_and_equal) {
    const char *text = "func F[T any](xs []T, f func(T) bool) (out []T) {\n"
                       "\tfor _, x := range xs {\n\t\tif f(x) {\n\t\t\tout = append(out, x)\n\t\t}\n\t}\n"
                       "\tswitch v := any(xs).(type) {\n\tcase []int:\n\t\t_ = v\n\t}\n\treturn\n}\n";
    Source src;
    source_from_string(&src, "c.go", text);
    Diag d = {0};
    File *f = parse_file(&src, &d);
    cr_assert_eq(diag_count(&d), 0);
    Decl *orig = f->decls.v[0];
    Decl *copy = ast_clone_decl(orig);
    cr_assert_neq(copy, orig);
    cr_assert_neq(copy->body, orig->body);
    cr_assert_neq(copy->ftype->params.v[0], orig->ftype->params.v[0]);
    File f1 = {0}, f2 = {0};
    LIST_PUSH(f1.decls, orig);
    LIST_PUSH(f2.decls, copy);
    char *a = NULL, *b = NULL;
    size_t na = 0, nb = 0;
    FILE *oa = open_memstream(&a, &na);
    ast_dump(oa, &f1);
    fclose(oa);
    FILE *ob = open_memstream(&b, &nb);
    ast_dump(ob, &f2);
    fclose(ob);
    cr_assert_str_eq(a, b);
    /* Checker fields are not copied. */
    orig->body->list.v[0]->x->type = (Type *)1;
    Expr *c = ast_clone_expr(orig->body->list.v[0]->x);
    cr_assert_null(c->type);
    cr_assert_eq(c->variadic_from, -1);
}

Test(parser, expr_string) {
    Source src;
    source_from_string(&src, "s.go", "x := a.b[1:n] + f(c, d...) * -*p\ny := []map[string]chan<- int{}\n");
    Diag d = {0};
    File *f = parse_file(&src, &d);
    cr_assert_eq(diag_count(&d), 0);
    cr_assert_str_eq(ast_expr_string(f->decls.v[0]->stmt->rhs.v[0]), "a.b[1:n] + f(c, d...) * -*p");
    cr_assert_str_eq(ast_expr_string(f->decls.v[1]->stmt->rhs.v[0]), "[]map[string]chan<- int{}");
}

Test(parser, op_strings) {
    cr_assert_str_eq(op_string(OP_AND_NOT), "&^");
    cr_assert_str_eq(op_string(OP_ARROW), "<-");
    cr_assert_str_eq(op_string(OP_SHR), ">>");
    cr_assert_str_eq(op_string(OP_TILDE), "~");
}

/* The dump of `text` parsed by parse_file_lazy with every declaration and
 * function body then parsed by parse_lazy_decl and parse_lazy_body; *lazy
 * counts the bodies that were left unparsed, *whole the declarations. */
static char *parse_lazily(const char *text, int *lazy, int *whole, char **errors) {
    Source *src = GC_MALLOC(sizeof *src);
    source_from_string(src, "x.go", text);
    Diag d = {0};
    File *f = parse_file_lazy(src, &d);
    *lazy = *whole = 0;
    for (int i = 0; i < f->decls.n; i++) {
        Decl *dc = f->decls.v[i];
        if (dc->lazy) {
            if (dc->kind == DECL_FUNC) cr_assert(dc->name && !dc->ftype && !dc->body);
            else cr_assert(dc->kind == DECL_TYPE && dc->nspecs == 1 && !dc->specs[0]->type);
            (*whole)++;
            parse_lazy_decl(dc, &d);
            cr_assert_null(dc->lazy);
        }
        if (dc->kind != DECL_FUNC || !dc->body) continue;
        if (dc->body->lazy) {
            cr_assert_eq(dc->body->list.n, 0);
            (*lazy)++;
        }
        parse_lazy_body(dc->body, &d);
        cr_assert_null(dc->body->lazy);
    }
    char *buf = NULL;
    size_t n = 0;
    FILE *o = open_memstream(&buf, &n);
    ast_dump(o, f);
    fclose(o);
    char *eb = NULL;
    size_t el = 0;
    FILE *e = open_memstream(&eb, &el);
    diag_flush(&d, e);
    fclose(e);
    *errors = eb;
    return buf;
}

Test(parser, lazy_bodies_parse_like_eager_ones) {
    const char *text = "package p\n"
                       "type T struct{ a int }\n"
                       "func (t *T) M() struct{ x int } { return struct{ x int }{t.a} }\n"
                       "func F(s string) interface{ M() } {\n"
                       "\tif s == \"}\" || s == `{\n}` { return nil } // }\n"
                       "\t/* { */ r := '}'\n"
                       "\tg := func() { _ = \"\\\"{\" }\n"
                       "\tg(); _ = r\n"
                       "\treturn nil\n"
                       "}\n"
                       "var v = func() int { return 1 }()\n"
                       "func Native(x int) int\n"
                       "func G[E any](x E) E { return x }\n";
    int lazy = 0, whole = 0;
    char *errs = NULL;
    char *got = parse_lazily(text, &lazy, &whole, &errs);
    char *eager_errs = NULL;
    char *want = parse_text(text, strlen(text), &eager_errs);
    cr_assert_eq(lazy, 3, "bodies left unparsed: %d", lazy);
    /* T, M, F, Native and G (not v, a variable). */
    cr_assert_eq(whole, 5, "declarations left unparsed: %d", whole);
    cr_assert_str_eq(errs, "");
    cr_assert_str_eq(got, want);
}

/* Where lex_skip_decl must find the end of a declaration it steps over:
 * brackets over several lines, braces in tags, strings and comments, struct
 * and interface result types, explicit semicolons, a block comment holding
 * a newline after the last token. */
Test(parser, lazy_decls_parse_like_eager_ones) {
    const char *text = "package p\n"
                       "type S struct {\n"
                       "\ta, b int `tag:\"}\"` // }\n"
                       "\tc    interface{ M() (int, error) }\n"
                       "}\n"
                       "type A = func(int,\n\tstring) bool\n"
                       "func F(a int,\n\tb string) (struct{ x int }, error) { return struct{ x int }{a}, nil }\n"
                       "func G() interface{ N() } /* { */ { return nil }\n"
                       "type L[T any] struct{ v []T }; func H[T any](x T) T { return x }\n"
                       "func (s *S) M() (int, error) { return s.a, nil }\n"
                       "func (s S) N() { _ = \"{\" + `}\n` + \"\\\"{\" }\n"
                       "func Native(x int) int /* one\ntwo */\n"
                       "var v = '}'\n"
                       "func (l *L[T]) Len() int { return len(l.v) }\n";
    int lazy = 0, whole = 0;
    char *errs = NULL;
    char *got = parse_lazily(text, &lazy, &whole, &errs);
    char *eager_errs = NULL;
    char *want = parse_text(text, strlen(text), &eager_errs);
    cr_assert_str_eq(eager_errs, "");
    cr_assert_str_eq(errs, "");
    cr_assert_str_eq(got, want);
    /* All but v and the method of the generic type L. */
    cr_assert_eq(whole, 9, "declarations left unparsed: %d", whole);
    cr_assert_eq(lazy, 6, "bodies left unparsed: %d", lazy);
}

Test(parser, lazy_body_errors_keep_positions) {
    const char *text = "package p\n\nfunc A() {\n\tx := `a\nb`\n\t_ = x\n}\n\nfunc B() {\n\ty := 1 +\n}\n";
    int lazy = 0, whole = 0;
    char *errs = NULL;
    parse_lazily(text, &lazy, &whole, &errs);
    char *eager_errs = NULL;
    parse_text(text, strlen(text), &eager_errs);
    cr_assert_eq(lazy, 2);
    cr_assert_eq(whole, 2);
    cr_assert(strstr(errs, "x.go:11:1: "), "%s", errs);
    cr_assert_str_eq(errs, eager_errs);
}
