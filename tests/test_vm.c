/*
 * Tests of the compiler and the interpreter loop: instruction semantics
 * (integer wrap-around of every width, float32 rounding, division, shifts),
 * calls, closures and per-iteration loop variables, defer/recover, Go's
 * panic messages, stack overflow and the disassembler.
 *
 * Programs run in-process (stdout and stderr captured through vm_stdout and
 * vm_stderr) or, where the process must exit, through the csp binary.
 */
#include <criterion/criterion.h>
#include <gc/gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "parser/check.h"
#include "parser/parser.h"
#include "runtime/sched.h"
#include "vm/disasm.h"
#include "vm/emit.h"
#include "vm/vm.h"

/* Reads a whole stream from the start. */
static char *slurp(FILE *f)
{
    fflush(f);
    long n = ftell(f);
    rewind(f);
    char *buf = malloc((size_t)n + 1);
    size_t got = fread(buf, 1, (size_t)n, f);
    buf[got] = 0;
    return buf;
}

/* Compiles a program; NULL (and the messages in *errs) on compile errors. */
static Module *compile_src(const char *text, char **errs)
{
    GC_INIT();
    type_init();
    Source *src = GC_MALLOC(sizeof(Source));
    source_from_string(src, "prog.go", GC_STRDUP(text));
    Diag diag;
    memset(&diag, 0, sizeof diag);
    File *f = parse_file(src, &diag);
    Program *p = diag_count(&diag) ? NULL : check_program(&f, 1, &diag);
    Module *m = p && !diag_count(&diag) ? emit_program(p, &diag) : NULL;
    if (!m) {
        FILE *e = tmpfile();
        diag_flush(&diag, e);
        if (errs) *errs = slurp(e);
        fclose(e);
    }
    return m;
}

/* The result of running a program in-process. */
typedef struct Run {
    char *out, *err;
    int status;
} Run;

static Run run(const char *text)
{
    Run r = {NULL, NULL, -1};
    char *errs = NULL;
    Module *m = compile_src(text, &errs);
    if (!m) {
        cr_log_error("compile errors:\n%s", errs ? errs : "?");
        r.out = "";
        r.err = errs ? errs : "";
        r.status = 1;
        return r;
    }
    FILE *o = tmpfile(), *e = tmpfile();
    vm_stdout = o;
    vm_stderr = e;
    char *argv[] = {"prog.go", NULL};
    r.status = vm_run_main(m, 1, argv);
    r.out = slurp(o);
    r.err = slurp(e);
    fclose(o);
    fclose(e);
    vm_stdout = vm_stderr = NULL;
    return r;
}

/* Runs a program and checks its stdout and status 0. */
#define EXPECT_OUT(prog, want)                                                     \
    do {                                                                           \
        Run r_ = run(prog);                                                        \
        cr_assert_eq(r_.status, 0, "status %d, stderr: %s", r_.status, r_.err);    \
        cr_assert_str_eq(r_.out, want);                                            \
    } while (0)

/* Runs a program that must panic: status 2 and stderr containing `want`. */
#define EXPECT_PANIC(prog, want)                                                   \
    do {                                                                           \
        Run r_ = run(prog);                                                        \
        cr_assert_eq(r_.status, 2, "status %d, stderr: %s", r_.status, r_.err);    \
        cr_assert(strstr(r_.err, want) != NULL, "stderr %s lacks %s", r_.err, want); \
    } while (0)

/* ---- instruction semantics ---- */

Test(vm, int_wraparound_every_width)
{
    Run r = run("package main\n"
                "func main() {\n"
                "  var a int8 = 127; a++; println(a)\n"
                "  var b uint8 = 255; b++; println(b)\n"
                "  var c int16 = 32767; c += 1; println(c)\n"
                "  var d uint16 = 0; d--; println(d)\n"
                "  var e int32 = 2147483647; e = e * 2; println(e)\n"
                "  var f uint32 = 4294967295; f += 2; println(f)\n"
                "  var g int64 = 9223372036854775807; g++; println(g)\n"
                "  var h uint64 = 0; h--; println(h)\n"
                "  var i int8 = -128; i = -i; println(i)\n"
                "  var j uint8 = 0; j = ^j; println(j)\n"
                "  var k int8 = 100; k = k * 3; println(k)\n"
                "}\n");
    cr_assert_str_eq(r.err, "-128\n0\n-32768\n65535\n-2\n1\n-9223372036854775808\n18446744073709551615\n"
                            "-128\n255\n44\n");
}

Test(vm, unsigned_arithmetic_and_comparison)
{
    Run r = run("package main\n"
                "func main() {\n"
                "  var a uint64 = 1 << 63\n"
                "  var b uint64 = 3\n"
                "  println(a / b, a % b, a > b, a >> 62)\n"
                "  var c uint32 = 7\n"
                "  println(c / 2, c % 4)\n"
                "}\n");
    cr_assert_eq(r.status, 0);
    cr_assert_str_eq(r.err, "3074457345618258602 2 true 2\n3 3\n");
}

Test(vm, float32_rounds_after_each_operation)
{
    EXPECT_OUT("package main\n"
               "import \"fmt\"\n"
               "func main() {\n"
               "  var f float32 = 16777216\n"
               "  f++\n"
               "  fmt.Println(f == 16777216, float64(float32(0.1)) == 0.1)\n"
               "  var x float32 = 0.1\n"
               "  y := x * 3\n"
               "  fmt.Println(float64(y) == float64(float32(float64(float32(0.1))*3)))\n"
               "  var d float64 = 0.1\n"
               "  fmt.Println(d*3 == 0.30000000000000004)\n"
               "}\n",
               "true false\ntrue\ntrue\n");
}

Test(vm, division_truncates_and_wraps)
{
    EXPECT_OUT("package main\n"
               "import \"fmt\"\n"
               "import \"math\"\n"
               "func main() {\n"
               "  a, b := -7, 2\n"
               "  fmt.Println(a/b, a%b, 7/-2, 7%-2)\n"
               "  m := int64(math.MinInt64)\n"
               "  n := int64(-1)\n"
               "  fmt.Println(m/n, m%n)\n"
               "  var c int8 = -128\n"
               "  var d int8 = -1\n"
               "  fmt.Println(c/d, c%d)\n"
               "  x := 100\n"
               "  fmt.Println(x/7, x%7, -x/7, -x%7)\n"
               "}\n",
               "-3 -1 -3 1\n-9223372036854775808 0\n-128 0\n14 2 -14 -2\n");
}

Test(vm, shifts_follow_go)
{
    EXPECT_OUT("package main\n"
               "import \"fmt\"\n"
               "func main() {\n"
               "  s := uint(70)\n"
               "  x, y := 1, -8\n"
               "  fmt.Println(x<<s, y>>s, y>>1, x<<3)\n"
               "  var b uint8 = 1\n"
               "  n := 9\n"
               "  fmt.Println(b<<n, b<<7, uint8(200)>>n)\n"
               "  var i int32 = -1\n"
               "  fmt.Println(i<<31, uint32(i)>>31)\n"
               "}\n",
               "0 -1 -4 8\n0 128 0\n-2147483648 1\n");
}

Test(vm, negative_shift_panics)
{
    EXPECT_PANIC("package main\n"
                 "func main() {\n"
                 "  n := -1\n"
                 "  println(1 << n)\n"
                 "}\n",
                 "panic: runtime error: negative shift amount");
}

Test(vm, division_by_zero_panics)
{
    EXPECT_PANIC("package main\n"
                 "func main() {\n"
                 "  a, b := 1, 0\n"
                 "  println(a / b)\n"
                 "}\n",
                 "panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\nmain.main()\n");
}

/* ---- calls, closures, loops ---- */

Test(vm, calls_multiple_results_variadic_methods)
{
    EXPECT_OUT("package main\n"
               "import \"fmt\"\n"
               "type P struct{ x, y int }\n"
               "func (p P) Sum() int { return p.x + p.y }\n"
               "func (p *P) Scale(k int) { p.x *= k; p.y *= k }\n"
               "type Summer interface{ Sum() int }\n"
               "func divmod(a, b int) (int, int) { return a / b, a % b }\n"
               "func total(xs ...int) int { t := 0; for _, x := range xs { t += x }; return t }\n"
               "func main() {\n"
               "  q, r := divmod(17, 5)\n"
               "  fmt.Println(q, r, total(), total(1, 2, 3), total([]int{4, 5}...))\n"
               "  p := P{1, 2}\n"
               "  p.Scale(10)\n"
               "  f := p.Sum\n"
               "  p.x = 0\n"
               "  var s Summer = p\n"
               "  fmt.Println(f(), s.Sum(), P.Sum(P{3, 4}))\n"
               "  fmt.Println(divmod(9, 4))\n"
               "}\n",
               "3 2 0 6 9\n30 20 7\n2 1\n");
}

Test(vm, closures_and_per_iteration_loop_variables)
{
    EXPECT_OUT("package main\n"
               "import \"fmt\"\n"
               "func counter() func() int { n := 0; return func() int { n++; return n } }\n"
               "func main() {\n"
               "  c := counter()\n"
               "  c(); c()\n"
               "  fmt.Println(c())\n"
               "  var fs []func() int\n"
               "  for i := 0; i < 3; i++ { fs = append(fs, func() int { return i }) }\n"
               "  for _, v := range []int{7, 8} { fs = append(fs, func() int { return v }) }\n"
               "  for _, f := range fs { fmt.Print(f(), \" \") }\n"
               "  fmt.Println()\n"
               "}\n",
               "3\n0 1 2 7 8 \n");
}

Test(vm, range_over_func_break_continue_and_captures)
{
    EXPECT_OUT("package main\n"
               "import \"fmt\"\n"
               "func seq(n int) func(func(int, int) bool) {\n"
               "  return func(yield func(int, int) bool) {\n"
               "    for i := 0; i < n; i++ { if !yield(i, i*i) { fmt.Println(\"stopped\"); return } }\n"
               "  }\n"
               "}\n"
               "func main() {\n"
               "  total := 0\n"
               "  var fs []func() int\n"
               "  for i, sq := range seq(10) {\n"
               "    if i%2 == 0 { continue }\n"
               "    if i > 6 { break }\n"
               "    total += sq\n"
               "    fs = append(fs, func() int { return sq })\n"
               "  }\n"
               "  fmt.Println(total, len(fs), fs[0](), fs[2]())\n"
               "}\n",
               "stopped\n35 3 1 25\n");
}

Test(vm, return_inside_range_over_func)
{
    EXPECT_OUT("package main\n"
               "import \"fmt\"\n"
               "func seq(n int) func(func(int) bool) {\n"
               "  return func(yield func(int) bool) {\n"
               "    for i := 0; i < n; i++ { if !yield(i) { fmt.Println(\"stop\", i); return } }\n"
               "  }\n"
               "}\n"
               "func first(n, want int) (int, string) {\n"
               "  for x := range seq(n) { for y := range seq(3) { if x*y == want { return x, fmt.Sprint(y) } } }\n"
               "  return -1, \"none\"\n"
               "}\n"
               "func named() (r int) {\n"
               "  defer func() { r *= 10 }()\n"
               "  for x := range seq(10) { r = x; if x == 4 { return } }\n"
               "  return 99\n"
               "}\n"
               "func main() { fmt.Println(first(5, 6)); fmt.Println(first(2, 9)); fmt.Println(named()) }\n",
               "stop 2\nstop 3\n3 2\n-1 none\nstop 4\n40\n");
}

Test(vm, deep_recursion_runs)
{
    EXPECT_OUT("package main\n"
               "import \"fmt\"\n"
               "func d(n int) int { if n == 0 { return 0 }; return d(n-1) + 1 }\n"
               "func main() { fmt.Println(d(1000000)) }\n",
               "1000000\n");
}

Test(vm, structs_copy_on_assignment)
{
    EXPECT_OUT("package main\n"
               "import \"fmt\"\n"
               "type T struct{ a [2]int; s string }\n"
               "func main() {\n"
               "  x := T{[2]int{1, 2}, \"x\"}\n"
               "  y := x\n"
               "  y.a[0] = 9\n"
               "  p := &x\n"
               "  p.s = \"p\"\n"
               "  m := map[string]T{\"k\": x}\n"
               "  x.a[1] = 5\n"
               "  fmt.Println(x, y, m[\"k\"], x == y, x == *p)\n"
               "}\n",
               "{[1 5] p} {[9 2] x} {[1 2] p} false true\n");
}

Test(vm, interface_call_cache_follows_dynamic_type_across_collections)
{
    EXPECT_OUT("package main\n"
               "import (\"fmt\"; \"runtime\")\n"
               "type A struct{ n int }\n"
               "func (a A) Get() int { return a.n }\n"
               "type B struct{ s []int }\n"
               "func (b *B) Get() int { return len(b.s) }\n"
               "type G interface{ Get() int }\n"
               "func main() {\n"
               "  gs := []G{A{1}, &B{[]int{1, 2}}}\n"
               "  t := 0\n"
               "  for i := 0; i < 2000; i++ {\n"
               "    t += gs[i%2].Get()\n"
               "    if i%500 == 0 {\n"
               "      runtime.GC()\n"
               "      var junk []*[5]int\n"
               "      for j := 0; j < 20000; j++ { junk = append(junk, &[5]int{-1, -1, -1, -1, -1}) }\n"
               "    }\n"
               "  }\n"
               "  fmt.Println(t)\n"
               "}\n",
               "3000\n");
}

Test(vm, switch_compares_concrete_tag_with_interface_case)
{
    EXPECT_OUT("package main\n"
               "import \"fmt\"\n"
               "func main() {\n"
               "  var i interface{} = 3\n"
               "  x := 3\n"
               "  switch x { case i: fmt.Println(\"iface\") }\n"
               "  switch i { case 2: fmt.Println(\"two\"); case 3: fmt.Println(\"three\") }\n"
               "  switch s := \"b\"; s { case \"a\", \"b\": fmt.Println(\"ab\"); fallthrough; case \"c\": fmt.Println(\"c\") }\n"
               "}\n",
               "iface\nthree\nab\nc\n");
}

/* ---- defer and recover ---- */

Test(vm, defer_order_arguments_and_named_results)
{
    EXPECT_OUT("package main\n"
               "import \"fmt\"\n"
               "func f() (n int) {\n"
               "  defer func() { n *= 2 }()\n"
               "  for i := 0; i < 3; i++ { defer fmt.Print(i, \" \") }\n"
               "  return 21\n"
               "}\n"
               "func g() (r string) {\n"
               "  defer func() { if e := recover(); e != nil { r = fmt.Sprint(\"recovered: \", e) } }()\n"
               "  var m map[string]int\n"
               "  m[\"x\"] = 1\n"
               "  return \"no\"\n"
               "}\n"
               "func main() {\n"
               "  fmt.Println(f())\n"
               "  fmt.Println(g())\n"
               "  fmt.Println(recover())\n"
               "}\n",
               "2 1 0 42\nrecovered: assignment to entry in nil map\n<nil>\n");
}

Test(vm, repanic_prints_recovered_chain)
{
    EXPECT_PANIC("package main\n"
                 "import \"fmt\"\n"
                 "func main() {\n"
                 "  defer func() { r := recover(); panic(fmt.Sprint(r, \" again\")) }()\n"
                 "  panic(\"first\")\n"
                 "}\n",
                 "panic: first [recovered]\n\tpanic: first again\n");
}

Test(vm, panic_in_defer_chains)
{
    EXPECT_PANIC("package main\n"
                 "func main() {\n"
                 "  defer func() { panic(\"second\") }()\n"
                 "  panic(\"first\")\n"
                 "}\n",
                 "panic: first\n\tpanic: second\n");
}

Test(vm, panic_in_string_method_is_recovered_by_fmt)
{
    EXPECT_OUT("package main\n"
               "import \"fmt\"\n"
               "type T struct{}\n"
               "func (T) String() string { panic(\"boom\") }\n"
               "func main() { fmt.Println(T{}, \"after\") }\n",
               "%!v(PANIC=String method: boom) after\n");
}

/* ---- panic messages ---- */

Test(vm, index_out_of_range_message)
{
    EXPECT_PANIC("package main\n"
                 "func main() {\n"
                 "  s := []int{1, 2, 3}\n"
                 "  i := 5\n"
                 "  println(s[i])\n"
                 "}\n",
                 "panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\n"
                 "main.main()\n\tprog.go:5\n");
}

Test(vm, slice_bounds_messages)
{
    EXPECT_PANIC("package main\n"
                 "func main() { s := make([]int, 2, 3); n := 5; _ = s[:n] }\n",
                 "panic: runtime error: slice bounds out of range [:5] with capacity 3");
    EXPECT_PANIC("package main\n"
                 "func main() { s := \"abc\"; i, j := 2, 1; _ = s[i:j] }\n",
                 "panic: runtime error: slice bounds out of range [2:1]");
    EXPECT_PANIC("package main\n"
                 "func main() { s := \"abc\"; j := 4; _ = s[:j] }\n",
                 "panic: runtime error: slice bounds out of range [:4] with length 3");
}

Test(vm, nil_map_and_nil_pointer_messages)
{
    EXPECT_PANIC("package main\nfunc main() { var m map[int]int; m[1] = 2 }\n",
                 "panic: assignment to entry in nil map");
    EXPECT_PANIC("package main\ntype T struct{ x int }\nfunc main() { var p *T; println(p.x) }\n",
                 "panic: runtime error: invalid memory address or nil pointer dereference\n"
                 "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
}

Test(vm, type_assertion_messages)
{
    EXPECT_PANIC("package main\nfunc main() { var x interface{} = \"s\"; println(x.(int)) }\n",
                 "panic: interface conversion: interface {} is string, not int");
    EXPECT_PANIC("package main\ntype I interface{ M() }\ntype T int\n"
                 "func main() { var x interface{} = T(1); _ = x.(I) }\n",
                 "panic: interface conversion: main.T is not main.I: missing method M");
}

Test(vm, custom_panic_values)
{
    EXPECT_PANIC("package main\nfunc main() { panic(42) }\n", "panic: 42\n");
    EXPECT_PANIC("package main\nimport \"errors\"\nfunc main() { panic(errors.New(\"bad thing\")) }\n",
                 "panic: bad thing\n");
    EXPECT_PANIC("package main\ntype E struct{}\nfunc (E) Error() string { return \"custom\" }\n"
                 "func main() { panic(E{}) }\n",
                 "panic: custom\n");
    EXPECT_PANIC("package main\ntype T int\nfunc main() { panic(T(5)) }\n", "panic: main.T(5)\n");
}

Test(vm, uncomparable_and_unhashable)
{
    EXPECT_PANIC("package main\nfunc main() { var a, b interface{} = []int{1}, []int{1}; println(a == b) }\n",
                 "panic: runtime error: comparing uncomparable type []int");
    EXPECT_PANIC("package main\nfunc main() { m := map[interface{}]int{}; m[[]int{1}] = 1 }\n",
                 "panic: runtime error: hash of unhashable type []int");
}

Test(vm, traceback_lists_frames_deepest_first)
{
    Run r = run("package main\n"
                "func f(n int) int {\n"
                "  var s []int\n"
                "  return s[n]\n"
                "}\n"
                "func main() {\n"
                "  f(3)\n"
                "}\n");
    cr_assert_eq(r.status, 2);
    cr_assert(strstr(r.err, "main.f(...)\n\tprog.go:4\nmain.main()\n\tprog.go:7\n") != NULL, "%s", r.err);
}

/* Stack overflow exits the process: run it through the csp binary. */
Test(vm, stack_overflow_is_fatal_error)
{
    char path[] = "/tmp/csp_vm_test_XXXXXX.go";
    int fd = mkstemps(path, 3);
    cr_assert(fd >= 0);
    const char *prog = "package main\nfunc f(n int) int { return f(n+1) + 1 }\nfunc main() { f(0) }\n";
    cr_assert_eq(write(fd, prog, strlen(prog)), (ssize_t)strlen(prog));
    close(fd);
    char cmd[512];
    snprintf(cmd, sizeof cmd, "%s %s 2>&1", CSP_BINARY, path);
    FILE *p = popen(cmd, "r");
    char buf[4096];
    size_t n = fread(buf, 1, sizeof buf - 1, p);
    buf[n] = 0;
    int st = pclose(p);
    unlink(path);
    cr_assert_eq(WEXITSTATUS(st), 2);
    cr_assert(strstr(buf, "runtime: goroutine stack exceeds 1000000000-byte limit\n") != NULL, "%s", buf);
    cr_assert(strstr(buf, "fatal error: stack overflow") != NULL, "%s", buf);
}

/* ---- hand-assembled code and the disassembler ---- */

/* Builds a Proto from code words. */
static Proto *mkproto(const Instr *code, int n, int nregs, int nparams, const char *name)
{
    Proto *p = GC_MALLOC(sizeof(Proto));
    p->code = GC_MALLOC(sizeof(Instr) * (size_t)n);
    memcpy(p->code, code, sizeof(Instr) * (size_t)n);
    p->lines = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)n);
    for (int i = 0; i < n; i++) p->lines[i] = i + 1;
    p->ncode = n;
    p->nregs = nregs;
    p->nparams = nparams;
    p->nresults = 1;
    p->name = name;
    p->exit_pc = -1;
    p->self = GC_MALLOC(sizeof(Closure));
    p->self->proto = p;
    return p;
}

Test(vm, hand_assembled_fib_and_loop)
{
    GC_INIT();
    type_init();
    Instr fib[] = {
        MK_ABC(BC_JLTI, 0, 2, 8),
        MK_ABC(BC_ADDI, 2, 0, -1),
        MK_ABC(BC_CALLK, 1, 1, 1), 0,
        MK_ABC(BC_ADDI, 3, 0, -2),
        MK_ABC(BC_CALLK, 2, 1, 1), 0,
        MK_ABC(BC_ADD, 1, 1, 2),
        MK_ABC(BC_RET1, 1, 0, 0),
        MK_ABC(BC_RET1, 0, 0, 0),
    };
    Proto *p = mkproto(fib, 10, 6, 1, "main.fib");
    p->code[3] = p->code[6] = (Instr)(uintptr_t)p;
    Fiber *f = vm_fiber_new(NULL);
    Value arg = {.i = 20}, res;
    cr_assert_eq(vm_call(f, (Value){.p = p->self}, &arg, 1, &res, 1), VM_DONE);
    cr_assert_eq(res.i, 6765);
    /* sum of i%7*3 for i < 1000 with the fused INCLT loop. */
    Instr loop[] = {
        MK_AX(BC_LOADI, 0, 0),       MK_AX(BC_LOADI, 1, 0),     MK_AX(BC_LOADI, 2, 1000),
        MK_ABC(BC_JLE, 2, 1, 4),     MK_ABC(BC_REMI, 3, 1, 7),  MK_ABC(BC_MULI, 3, 3, 3),
        MK_ABC(BC_ADD, 0, 0, 3),     MK_ABC(BC_INCLT, 1, 2, -4), MK_ABC(BC_RET1, 0, 0, 0),
    };
    Proto *q = mkproto(loop, 9, 5, 0, "main.loop");
    cr_assert_eq(vm_call(f, (Value){.p = q->self}, NULL, 0, &res, 1), VM_DONE);
    long want = 0;
    for (int i = 0; i < 1000; i++) want += i % 7 * 3;
    cr_assert_eq(res.i, want);
}

/* The compiled function of m named `name`. */
static Proto *find_proto(Module *m, const char *name)
{
    for (int i = 0; i < m->nprotos; i++)
        if (m->protos[i]->name && strcmp(m->protos[i]->name, name) == 0) return m->protos[i];
    return NULL;
}

Test(vm, goroutine_ending_in_defer_wg_done_keeps_its_first_stack)
{
    /* A million parked goroutines each end with `defer wg.Done()`: that
     * call must fit in the registers the goroutine started with, or each
     * one allocates a bigger stack and frame array just to finish. */
    Module *m = compile_src("package main\n"
                            "import \"sync\"\n"
                            "func worker(wg *sync.WaitGroup, x int) {\n"
                            "\tdefer wg.Done()\n"
                            "\t_ = x * 2\n"
                            "}\n"
                            "func main() {}\n",
                            NULL);
    cr_assert(m);
    Proto *w = find_proto(m, "main.worker");
    cr_assert(w);
    Value *wg = GC_MALLOC(2 * sizeof(Value));
    wg[0].i = 1;
    Value args[2] = {{.p = wg}, {.i = 3}};
    Fiber *f = vm_fiber_small(m, NULL, (Value){.p = w->self}, args, 2);
    Value *first = f->stack;
    cr_assert_eq(vm_run(f), VM_DONE);
    cr_assert_eq(wg[0].i, 0);
    cr_assert_eq(f->stack, first);
    cr_assert_eq(f->frames_cap, 1);
}

Test(vm, parked_goroutine_with_a_deferred_call_is_one_small_block)
{
    /* bench/spawn.go parks a million of these goroutines: each must stay one
     * block of Boehm's 368-byte size class (fiber, G, bottom frame, its
     * deferred call, registers) besides its closure, or that program's peak
     * memory passes 0.2x of Go's. */
    Module *m = compile_src("package main\n"
                            "import \"sync\"\n"
                            "func main() {\n"
                            "\tvar wg sync.WaitGroup\n"
                            "\tvar start chan struct{}\n"
                            "\tresults := make(chan int, 1)\n"
                            "\tgo func(x int) {\n"
                            "\t\tdefer wg.Done()\n"
                            "\t\t<-start\n"
                            "\t\tresults <- x % 7\n"
                            "\t}(0)\n"
                            "}\n",
                            NULL);
    cr_assert(m);
    Proto *p = find_proto(m, "main.main.func1");
    cr_assert(p);
    cr_assert_eq(p->nup, 3);
    /* Its captures: wg's storage, then the cells of start (nil: the receive
     * parks for good) and results. */
    Closure *cl = GC_MALLOC(sizeof(Closure) + 3 * sizeof(Value));
    cl->proto = p;
    cl->nup = 3;
    cl->up[0].p = GC_MALLOC(2 * sizeof(Value));
    cl->up[1].p = GC_MALLOC(sizeof(Value));
    cl->up[2].p = GC_MALLOC(sizeof(Value));
    sched_init(1, true);
    Value arg = {.i = 5};
    Fiber *f = vm_fiber_small(m, NULL, (Value){.p = cl}, &arg, 1);
    sched_start(f->g, f);
    cr_assert_eq(sched_next(NULL), f->g);
    cr_assert_eq(vm_run(f), VM_BLOCK);
    cr_assert_eq(f->g->status, G_WAITING);
    size_t size = GC_size(f);
    cr_assert_leq(size, 368);
    char *d = (char *)f->frames[0].defers;
    cr_assert(d > (char *)f && d < (char *)f + size, "the deferred call was allocated outside the block");
}

Test(vm, disassembler_prints_ops_and_lines)
{
    Module *m = compile_src("package main\n"
                            "func fib(n int) int {\n"
                            "  if n < 2 { return n }\n"
                            "  return fib(n-1) + fib(n-2)\n"
                            "}\n"
                            "func main() { println(fib(10)) }\n",
                            NULL);
    cr_assert(m);
    Proto *fib = NULL;
    for (int i = 0; i < m->nprotos; i++)
        if (strcmp(m->protos[i]->name, "main.fib") == 0) fib = m->protos[i];
    cr_assert(fib);
    FILE *o = tmpfile();
    disasm_proto(fib, o);
    char *text = slurp(o);
    fclose(o);
    cr_assert(strstr(text, "function main.fib (prog.go:2) params=1 results=1") != NULL, "%s", text);
    cr_assert(strstr(text, "[   3] JGEI       0 2 1") != NULL, "%s", text);
    cr_assert(strstr(text, "[   4] CALLK      2 1 1  ; main.fib") != NULL, "%s", text);
    cr_assert(strstr(text, "[   4] ADDI       3 0 -1") != NULL, "%s", text);
}

Test(vm, defer_of_builtins_evaluates_arguments_now)
{
    Run r = run("package main\n"
                "import \"fmt\"\n"
                "func main() {\n"
                "  m := map[string]int{\"a\": 1, \"b\": 2}\n"
                "  x := 5\n"
                "  defer fmt.Println(\"len:\", len(m))\n"
                "  defer delete(m, \"a\")\n"
                "  defer println(\"x\", x)\n"
                "  x = 7\n"
                "  s := []int{1, 2, 3}\n"
                "  defer func() { fmt.Println(s, recover()) }()\n"
                "  defer copy(s, []int{9, 9})\n"
                "  defer panic(fmt.Sprint(\"p\", x))\n"
                "  fmt.Println(\"body\")\n"
                "}\n");
    cr_assert_eq(r.status, 0, "%s", r.err);
    cr_assert_str_eq(r.out, "body\n[9 9 3] p7\nlen: 2\n");
    cr_assert_str_eq(r.err, "x 5\n");
}
