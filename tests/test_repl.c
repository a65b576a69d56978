/*
 * Tests of the REPL's evaluation engine (vm/repl.c): the value printer,
 * persistence and redefinition across entries, errors, panics and
 * deadlocks that leave the session usable, the background goroutines and
 * the `:` commands. Each test drives repl_eval in-process with stdout and
 * stderr captured through vm_stdout and vm_stderr.
 */
#include <criterion/criterion.h>
#include <gc/gc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "runtime/type.h"
#include "vm/repl.h"
#include "vm/vm.h"

/* The captured streams of one session. */
static FILE *out, *err;

/* Reads what a stream received since the last call, and empties it. */
static char *take(FILE *f)
{
    fflush(f);
    long n = ftell(f);
    rewind(f);
    char *buf = GC_MALLOC_ATOMIC((size_t)n + 1);
    size_t got = fread(buf, 1, (size_t)n, f);
    buf[got] = 0;
    rewind(f);
    if (ftruncate(fileno(f), 0) != 0) buf[0] = 0;
    return buf;
}

/* A new session writing to the captured streams. */
static ReplSession *session(void)
{
    GC_INIT();
    out = tmpfile();
    err = tmpfile();
    vm_stdout = out;
    vm_stderr = err;
    return repl_session_new();
}

/* Evaluates entries in order; returns what the last one printed on stdout
 * (stderr is in `last_err`). */
static char *last_err;
static char *eval(ReplSession *s, const char *text)
{
    take(out);
    take(err);
    repl_eval(s, text);
    last_err = take(err);
    return take(out);
}

Test(repl, shows_values_with_types)
{
    ReplSession *s = session();
    eval(s, "func sq(n int) int { return n * n }");
    cr_assert_str_eq(eval(s, "sq(7)"), "49  (int)\n");
    cr_assert_str_eq(eval(s, "\"hi\""), "hi  (string)\n");
    cr_assert_str_eq(eval(s, "[]int{1, 2, 3}"), "[1 2 3]  ([]int)\n");
    cr_assert_str_eq(eval(s, "map[string]int{\"a\": 1}"), "map[a:1]  (map[string]int)\n");
    eval(s, "type P struct{ X, Y int }");
    cr_assert_str_eq(eval(s, "P{1, 2}"), "{1 2}  (main.P)\n");
    cr_assert_str_eq(eval(s, "&P{3, 4}"), "&{3 4}  (*main.P)\n");
    cr_assert_str_eq(eval(s, "errors.New(\"boom\")"), "boom  (error)\n");
    cr_assert_str_eq(eval(s, "var e error\ne"), "<nil>  (error)\n");
    cr_assert_str_eq(eval(s, "1 << 3"), "8  (int)\n");
    eval(s, "func dm(a, b int) (int, int) { return a / b, a % b }");
    cr_assert_str_eq(eval(s, "dm(7, 2)"), "3  (int)\n1  (int)\n");
}

Test(repl, statements_and_void_calls_show_nothing)
{
    ReplSession *s = session();
    cr_assert_str_eq(eval(s, "x := 5"), "");
    cr_assert_str_eq(eval(s, "func f() {}\nf()"), "");
    cr_assert_str_eq(eval(s, "fmt.Println(\"a\", x)"), "a 5\n");
}

Test(repl, state_persists)
{
    ReplSession *s = session();
    eval(s, "x := 2");
    eval(s, "var y = x * 10");
    eval(s, "const k = 3");
    eval(s, "type T struct{ n int }\nfunc (t T) Get() int { return t.n * k }");
    eval(s, "t := T{y}");
    cr_assert_str_eq(eval(s, "t.Get()"), "60  (int)\n");
    eval(s, "x++");
    cr_assert_str_eq(eval(s, "x"), "3  (int)\n");
    eval(s, "p := &x");
    eval(s, "*p = 9");
    cr_assert_str_eq(eval(s, "x"), "9  (int)\n");
}

Test(repl, function_redefinition_reaches_callers)
{
    ReplSession *s = session();
    eval(s, "func sq(n int) int { return n * n }");
    eval(s, "func f() int { return sq(3) }");
    eval(s, "g := sq");
    cr_assert_str_eq(eval(s, "f()"), "9  (int)\n");
    eval(s, "func sq(n int) int { return n + 1 }");
    cr_assert_str_eq(eval(s, "f()"), "4  (int)\n");
    cr_assert_str_eq(eval(s, "g(3)"), "4  (int)\n");
}

Test(repl, method_redefinition_reaches_interface_calls)
{
    ReplSession *s = session();
    eval(s, "type D struct{}\nfunc (D) String() string { return \"one\" }");
    eval(s, "var v fmt.Stringer = D{}");
    cr_assert_str_eq(eval(s, "v.String()"), "one  (string)\n");
    eval(s, "func (D) String() string { return \"two\" }");
    cr_assert_str_eq(eval(s, "v.String()"), "two  (string)\n");
    cr_assert_str_eq(eval(s, "D{}"), "two  (main.D)\n");
}

Test(repl, type_and_variable_redefinition)
{
    ReplSession *s = session();
    eval(s, "type P struct{ X int }");
    eval(s, "type P struct{ X, Y int }");
    cr_assert_str_eq(eval(s, "P{1, 2}"), "{1 2}  (main.P)\n");
    eval(s, "x := 1");
    eval(s, "x := \"now a string\"");
    cr_assert_str_eq(eval(s, "x"), "now a string  (string)\n");
    eval(s, "n := 1");
    eval(s, "func get() int { return n }");
    eval(s, "n := 7");
    cr_assert_str_eq(eval(s, "get()"), "7  (int)\n");
}

Test(repl, compile_error_keeps_state)
{
    ReplSession *s = session();
    eval(s, "x := 1");
    eval(s, "x := 2\ny := undefined_name");
    cr_assert(strstr(last_err, "<repl:2>:2:6: undefined: undefined_name"), "%s", last_err);
    cr_assert_str_eq(eval(s, "x"), "1  (int)\n");
    eval(s, "func h() int { return \"s\" }");
    cr_assert(strstr(last_err, "cannot use"), "%s", last_err);
    cr_assert_str_eq(eval(s, "h"), "");
    cr_assert(strstr(last_err, "undefined: h"), "%s", last_err);
}

Test(repl, panic_reported_then_session_goes_on)
{
    ReplSession *s = session();
    eval(s, "var a []int");
    eval(s, "a[5]");
    cr_assert(strstr(last_err, "panic: runtime error: index out of range [5] with length 0\n\ngoroutine 1 [running]:\nmain.main()\n\t<repl:2>:1"),
              "%s", last_err);
    cr_assert_str_eq(eval(s, "len(a)"), "0  (int)\n");
}

Test(repl, deadlock_returns)
{
    ReplSession *s = session();
    eval(s, "ch := make(chan int)");
    cr_assert_str_eq(eval(s, "<-ch"), "");
    cr_assert(strstr(last_err, "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:"),
              "%s", last_err);
    /* The abandoned receive takes no value: a later sender finds no receiver. */
    eval(s, "go func() { ch <- 42 }()");
    cr_assert_str_eq(eval(s, "<-ch"), "42  (int)\n");
}

Test(repl, goroutines_run_between_entries)
{
    ReplSession *s = session();
    eval(s, "done := make(chan bool, 1)");
    eval(s, "go func() { time.Sleep(20 * time.Millisecond); fmt.Println(\"late\"); done <- true }()");
    cr_assert_str_eq(take(out), "");
    cr_assert_eq(repl_background_wait_ms(s), 0); /* the goroutine has not started */
    repl_run_background(s);
    int ms = repl_background_wait_ms(s);
    cr_assert(ms > 0 && ms <= 20, "%d", ms);
    usleep(30000);
    repl_run_background(s);
    cr_assert_str_eq(take(out), "late\n");
    cr_assert_eq(repl_background_wait_ms(s), -1);
    cr_assert_str_eq(eval(s, "len(done)"), "1  (int)\n");
}

Test(repl, background_panic_is_reported)
{
    ReplSession *s = session();
    eval(s, "go func() { panic(\"bg\") }()");
    repl_run_background(s);
    cr_assert(strstr(take(err), "panic: bg\n"));
    cr_assert_str_eq(eval(s, "1 + 1"), "2  (int)\n");
}

Test(repl, os_exit_ends_the_entry)
{
    ReplSession *s = session();
    cr_assert_str_eq(eval(s, "fmt.Println(\"a\"); os.Exit(3); fmt.Println(\"b\")"), "a\n");
    cr_assert_str_eq(last_err, "exit status 3\n");
    cr_assert_str_eq(eval(s, "2 * 2"), "4  (int)\n");
}

Test(repl, fatal_error_returns)
{
    ReplSession *s = session();
    eval(s, "func r(n int) int { return r(n+1) + 1 }");
    eval(s, "r(0)");
    cr_assert(strstr(last_err, "fatal error: stack overflow"), "%s", last_err);
    cr_assert_str_eq(eval(s, "3"), "3  (int)\n");
}

Test(repl, main_runs_after_declarations)
{
    ReplSession *s = session();
    cr_assert_str_eq(eval(s, "package main\nimport \"fmt\"\nfunc main() { fmt.Println(\"from main\") }"), "from main\n");
}

Test(repl, type_command)
{
    ReplSession *s = session();
    eval(s, "m := map[string][]int{}");
    cr_assert_str_eq(eval(s, ":type m"), "map[string][]int\n");
    cr_assert_str_eq(eval(s, ":type strconv.Atoi(\"1\")"), "(int, error)\n");
    /* :type does not run its expression. */
    cr_assert_str_eq(eval(s, ":type fmt.Println(\"no\")"), "(int, error)\n");
}

Test(repl, chan_command)
{
    ReplSession *s = session();
    eval(s, "ch := make(chan string, 3)");
    eval(s, "ch <- \"a\"; ch <- \"b\"");
    eval(s, "out := make(chan int)");
    eval(s, "go func() { out <- 1 }()");
    repl_run_background(s);
    char *o = eval(s, ":chan ch");
    cr_assert(strstr(o, "len 2, cap 3, open"), "%s", o);
    cr_assert(strstr(o, "buffered: [a b]"), "%s", o);
    o = eval(s, ":chan out");
    cr_assert(strstr(o, "len 0, cap 0, open"), "%s", o);
    cr_assert(strstr(o, "waiting senders: goroutine"), "%s", o);
    cr_assert(strstr(o, "waiting receivers: none"), "%s", o);
}

Test(repl, goroutines_command)
{
    ReplSession *s = session();
    cr_assert_str_eq(eval(s, ":goroutines"), "no goroutines\n");
    eval(s, "ch := make(chan int)");
    eval(s, "go func() {\n\tch <- 1\n}()");
    repl_run_background(s);
    char *o = eval(s, ":goroutines");
    cr_assert(strstr(o, "[chan send]:\n\twaiting to send on ch (chan int made at <repl:1>:1"), "%s", o);
    cr_assert(strstr(o, "<repl:2>:2"), "%s", o);
}

Test(repl, reset_clears_state)
{
    ReplSession *s = session();
    eval(s, "x := 1");
    eval(s, ":reset");
    eval(s, "x");
    cr_assert(strstr(last_err, "undefined: x"), "%s", last_err);
}

Test(repl, load_runs_a_file)
{
    ReplSession *s = session();
    char path[] = "/tmp/csp-repl-XXXXXX";
    int fd = mkstemp(path);
    const char *text = "package main\n\nimport \"fmt\"\n\nvar base = 40\n\nfunc add(n int) int { return base + n }\n\n"
                       "func main() { fmt.Println(\"main ran\") }\n";
    cr_assert_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    char cmd[64];
    snprintf(cmd, sizeof cmd, ":load %s", path);
    cr_assert_str_eq(eval(s, cmd), "main ran\n");
    cr_assert_str_eq(eval(s, "add(2)"), "42  (int)\n");
    unlink(path);
}

Test(repl, quit_and_unknown_commands)
{
    ReplSession *s = session();
    cr_assert_not(repl_eval(s, ":quit"));
    cr_assert(repl_eval(s, ":nonsense"));
    cr_assert(strstr(take(err), "unknown command :nonsense"));
}

Test(repl, completions)
{
    ReplSession *s = session();
    eval(s, "counter := 1");
    int start;
    char **c = repl_completions(s, "x := cou", 8, &start);
    cr_assert_eq(start, 5);
    cr_assert(c[0] && strcmp(c[0], "counter") == 0);
    c = repl_completions(s, "strings.HasP", 12, &start);
    cr_assert_eq(start, 8);
    cr_assert(c[0] && strcmp(c[0], "HasPrefix") == 0);
    c = repl_completions(s, ":go", 3, &start);
    cr_assert(c[0] && strcmp(c[0], ":goroutines") == 0);
    c = repl_completions(s, "sel", 3, &start);
    cr_assert(c[0] && strcmp(c[0], "select") == 0);
}

Test(repl, signature_change_rechecks_dependents)
{
    ReplSession *s = session();
    eval(s, "func sq(n int) int { return n * n }");
    eval(s, "func g() string { return fmt.Sprint(sq(2)) }");
    cr_assert_str_eq(eval(s, "g()"), "4  (string)\n");
    eval(s, "func sq(n int) string { return strings.Repeat(\"*\", n) }");
    cr_assert_str_eq(last_err, "");
    cr_assert_str_eq(eval(s, "g()"), "**  (string)\n");
}

Test(repl, broken_dependent_is_reported_and_removed)
{
    ReplSession *s = session();
    eval(s, "func sq(n int) int { return n * n }");
    eval(s, "func g() int { return sq(2) }");
    eval(s, "func sq(a, b int) int { return a * b }");
    cr_assert(strstr(last_err, "<repl:2>:1:26: not enough arguments in call to sq\n"), "%s", last_err);
    cr_assert(strstr(last_err, "<repl:2>:1:6: note: g no longer compiles after sq was redefined; it is removed\n"),
              "%s", last_err);
    cr_assert_str_eq(eval(s, "sq(3, 4)"), "12  (int)\n");
    cr_assert_str_eq(eval(s, "g()"), "");
    cr_assert(strstr(last_err, "<repl:5>:1:1: undefined: g"), "%s", last_err);
}

Test(repl, transitive_dependents)
{
    ReplSession *s = session();
    eval(s, "type Num int");
    eval(s, "func sq(n Num) Num { return n * n }");
    eval(s, "func g() Num { return sq(3) }");
    eval(s, "func h() Num { return g() + 1 }");
    cr_assert_str_eq(eval(s, "h()"), "10  (main.Num)\n");
    /* Every function is checked again against the new Num. */
    eval(s, "type Num float64");
    cr_assert_str_eq(last_err, "");
    cr_assert_str_eq(eval(s, "sq(1.5)"), "2.25  (main.Num)\n");
    cr_assert_str_eq(eval(s, "h() / 4"), "2.5  (main.Num)\n");
    /* A broken link removes what depends on it too. */
    eval(s, "func sq(a, b Num) Num { return a * b }");
    cr_assert(strstr(last_err, "note: g no longer compiles after sq was redefined; it is removed"), "%s", last_err);
    cr_assert(strstr(last_err, "<repl:4>:1:23: undefined: g\n<repl:4>:1:6: note: h no longer compiles after sq was "
                               "redefined; it is removed\n"),
              "%s", last_err);
    eval(s, "h()");
    cr_assert(strstr(last_err, "undefined: h"), "%s", last_err);
}

Test(repl, redefined_type_rebinds_methods_and_functions)
{
    ReplSession *s = session();
    eval(s, "type P struct{ X int }");
    eval(s, "func (p P) M() int { return p.X * 10 }");
    eval(s, "func show(p P) int { return p.M() + 1 }");
    eval(s, "func mk() P { return P{X: 4} }");
    eval(s, "type P struct{ X, Y int }");
    cr_assert_str_eq(last_err, "");
    cr_assert_str_eq(eval(s, "show(P{1, 2})"), "11  (int)\n");
    cr_assert_str_eq(eval(s, "P{2, 3}.M()"), "20  (int)\n");
    cr_assert_str_eq(eval(s, "mk()"), "{4 0}  (main.P)\n");
    /* A dependent that no longer fits the new type is removed. */
    eval(s, "func useX(p P) int { return p.X }");
    eval(s, "type P struct{ Y int }");
    cr_assert(strstr(last_err, "note: useX no longer compiles after P was redefined; it is removed"), "%s", last_err);
    cr_assert(strstr(last_err, "note: P.M no longer compiles after P was redefined; it is removed"), "%s", last_err);
    cr_assert_str_eq(eval(s, "P{5}"), "{5}  (main.P)\n");
}

Test(repl, redefined_constant_reaches_functions)
{
    ReplSession *s = session();
    eval(s, "const k = 3");
    eval(s, "const k2 = k + 1");
    eval(s, "func f() int { return k * k2 }");
    cr_assert_str_eq(eval(s, "f()"), "12  (int)\n");
    eval(s, "const k = 10");
    cr_assert_str_eq(eval(s, "f()"), "110  (int)\n");
}

Test(repl, method_signature_change_rechecks_callers)
{
    ReplSession *s = session();
    eval(s, "type D struct{}\nfunc (D) Name() string { return \"d\" }");
    eval(s, "func label(d D) string { return \"<\" + d.Name() + \">\" }");
    eval(s, "var v D");
    eval(s, "func use() string { return v.Name() }");
    eval(s, "func (D) Name() int { return 7 }");
    cr_assert(strstr(last_err, "note: label no longer compiles after D.Name was redefined"), "%s", last_err);
    cr_assert(strstr(last_err, "note: use no longer compiles after D.Name was redefined"), "%s", last_err);
    cr_assert_str_eq(eval(s, "v.Name()"), "7  (int)\n");
}

Test(repl, variable_type_change_rechecks_users)
{
    ReplSession *s = session();
    eval(s, "x := 1");
    eval(s, "func get() int { return x }");
    eval(s, "func show() string { return fmt.Sprint(x) }");
    eval(s, "x := \"now a string\"");
    cr_assert(strstr(last_err, "<repl:2>:1:25: cannot use x (variable of type string) as int value in return statement\n"
                               "<repl:2>:1:6: note: get no longer compiles after x was redefined; it is removed"),
              "%s", last_err);
    eval(s, "get()");
    cr_assert(strstr(last_err, "undefined: get"), "%s", last_err);
    /* show now reads the new variable, whatever its type. */
    cr_assert_str_eq(eval(s, "show()"), "now a string  (string)\n");
    eval(s, "x := [2]int{1, 2}");
    eval(s, "x[1] = 9");
    cr_assert_str_eq(eval(s, "show()"), "[1 9]  (string)\n");
}

Test(repl, broken_method_leaves_its_type)
{
    ReplSession *s = session();
    eval(s, "type D struct{}");
    eval(s, "func sq(n int) int { return n }");
    eval(s, "func (D) M() int { return sq(1) }");
    eval(s, "func (D) N() int { return 5 }");
    eval(s, "func sq(a, b int) int { return a }");
    cr_assert(strstr(last_err, "<repl:3>:1:10: note: D.M no longer compiles after sq was redefined; it is removed"),
              "%s", last_err);
    eval(s, "D{}.M()");
    cr_assert(strstr(last_err, "type D has no field or method M"), "%s", last_err);
    cr_assert_str_eq(eval(s, "D{}.N()"), "5  (int)\n");
}

Test(repl, failed_entry_keeps_dependents)
{
    ReplSession *s = session();
    eval(s, "func sq(n int) int { return n * n }");
    eval(s, "func g() int { return sq(2) }");
    /* The entry uses g, which its own redefinition breaks: nothing changes. */
    eval(s, "func sq(a, b int) int { return a * b }\nfmt.Println(g())");
    cr_assert(strstr(last_err, "note: g no longer compiles after sq was redefined\n"), "%s", last_err);
    cr_assert(strstr(last_err, "<repl:3>:2:13: undefined: g"), "%s", last_err);
    eval(s, "func sq(a, b int) int { return a * b }\nnot_defined");
    cr_assert(strstr(last_err, "undefined: not_defined"), "%s", last_err);
    cr_assert_str_eq(eval(s, "g()"), "4  (int)\n");
    cr_assert_str_eq(eval(s, "sq(5)"), "25  (int)\n");
}

Test(repl, reset_forgets_dependencies)
{
    ReplSession *s = session();
    eval(s, "func sq(n int) int { return n * n }");
    eval(s, "func g() int { return sq(2) }");
    eval(s, ":reset");
    eval(s, "func sq(n int) int { return n * n }");
    eval(s, "func sq(n int) string { return \"s\" }");
    cr_assert_str_eq(last_err, "");
    eval(s, "g()");
    cr_assert(strstr(last_err, "undefined: g"), "%s", last_err);
}

Test(repl, given_up_lock_is_not_handed_over)
{
    ReplSession *s = session();
    eval(s, "var mu sync.Mutex\nmu.Lock()");
    /* Deadlocked on the mutex: the entry leaves its queue at once. */
    eval(s, "mu.Lock()");
    cr_assert(strstr(last_err, "[sync.Mutex.Lock]"), "%s", last_err);
    eval(s, "mu.Unlock()");
    cr_assert_str_eq(eval(s, "mu.TryLock()"), "true  (bool)\n");
    eval(s, "var wg sync.WaitGroup\nwg.Add(1)");
    eval(s, "wg.Wait()");
    cr_assert(strstr(last_err, "deadlock"), "%s", last_err);
    cr_assert_str_eq(eval(s, "runtime.NumGoroutine()"), "1  (int)\n");
}

/* Interrupts the running entry, as the terminal's SIGINT handler does. */
static void on_alarm(int sig)
{
    (void)sig;
    repl_interrupt();
}

Test(repl, interrupted_sleep_stops_its_timer)
{
    ReplSession *s = session();
    /* Load the packages first, so that the signal finds the entry asleep. */
    eval(s, "time.Sleep(0)");
    signal(SIGALRM, on_alarm);
    struct itimerval it = {.it_value = {.tv_usec = 200000}};
    setitimer(ITIMER_REAL, &it, NULL);
    eval(s, "time.Sleep(time.Hour)");
    cr_assert(strstr(last_err, "interrupted"), "%s", last_err);
    /* If the signal came before the entry parked (a slow sanitizer build),
     * the given-up goroutine is still queued: let the background drop it.
     * What must not be left is the sleep's timer, an hour away. */
    repl_run_background(s);
    cr_assert_eq(repl_background_wait_ms(s), -1);
    cr_assert_str_eq(eval(s, "runtime.NumGoroutine()"), "1  (int)\n");
}

Test(repl, generic_function_instantiated_by_later_entries)
{
    ReplSession *s = session();
    eval(s, "func Map[T, U any](xs []T, f func(T) U) []U { r := []U{}; for _, x := range xs { r = append(r, f(x)) }; "
            "return r }");
    cr_assert_str_eq(eval(s, "Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i * 2) })"),
                     "[2 4]  ([]string)\n", "%s", last_err);
    cr_assert_str_eq(eval(s, "Map([]int{3}, func(i int) int { return i + 1 })"), "[4]  ([]int)\n", "%s", last_err);
    /* Instances made by an entry that failed or was not run are made again. */
    eval(s, "Map([]string{\"a\"}, func(x string) bool { return x == \"\" }); undefinedX");
    cr_assert(strstr(last_err, "undefined: undefinedX"), "%s", last_err);
    cr_assert_str_eq(eval(s, ":type Map([]bool{true}, func(b bool) int { return 1 })"), "[]int\n", "%s", last_err);
    cr_assert_str_eq(eval(s, "Map([]string{\"a\"}, func(x string) bool { return x == \"\" })"), "[false]  ([]bool)\n",
                     "%s", last_err);
    cr_assert_str_eq(eval(s, "Map([]bool{true}, func(b bool) int { return 1 })"), "[1]  ([]int)\n", "%s", last_err);
    /* A redefinition reaches a dependent through its new instances. */
    eval(s, "func twice(xs []int) []int { return Map(xs, func(i int) int { return 2 * i }) }");
    cr_assert_str_eq(eval(s, "twice([]int{4})"), "[8]  ([]int)\n", "%s", last_err);
    eval(s, "func Map[T, U any](xs []T, f func(T) U) []U { return make([]U, len(xs)) }");
    cr_assert_str_eq(eval(s, "twice([]int{4})"), "[0]  ([]int)\n", "%s", last_err);
    cr_assert_str_eq(last_err, "");
}

Test(repl, generic_type_with_methods_used_by_later_entries)
{
    ReplSession *s = session();
    eval(s, "type Box[T any] struct{ v T }\nfunc (b Box[T]) Get() T { return b.v }");
    cr_assert_str_eq(last_err, "");
    cr_assert_str_eq(eval(s, "Box[int]{3}.Get()"), "3  (int)\n", "%s", last_err);
    eval(s, "b := Box[string]{\"s\"}");
    cr_assert_str_eq(eval(s, "b.Get()"), "s  (string)\n", "%s", last_err);
    eval(s, "type W struct{ Box[float64] }");
    cr_assert_str_eq(eval(s, "W{Box[float64]{1.5}}.Get()"), "1.5  (float64)\n", "%s", last_err);
    eval(s, "type Box[T any] struct{ w, v T }\nfunc (b Box[T]) Get() T { return b.w }");
    cr_assert_str_eq(eval(s, "b.Get()"), "s  (string)\n", "%s", last_err);
    cr_assert_str_eq(eval(s, "Box[int]{5, 6}.Get()"), "5  (int)\n", "%s", last_err);
    cr_assert_str_eq(eval(s, "W{Box[float64]{2.5, 0}}.Get()"), "2.5  (float64)\n", "%s", last_err);
}

Test(repl, methods_promote_into_earlier_types)
{
    ReplSession *s = session();
    eval(s, "type P struct{}");
    eval(s, "type Q struct{ P }");
    cr_assert_str_eq(eval(s, "fmt.Println(Q{})"), "{{}}\n");
    eval(s, "func (P) String() string { return \"p\" }");
    cr_assert_str_eq(eval(s, "fmt.Println(Q{})"), "p\n", "%s", last_err);
    cr_assert_str_eq(eval(s, "var x fmt.Stringer = &Q{}\nx.String()"), "p  (string)\n", "%s", last_err);
    eval(s, "type R struct{ *Q }");
    eval(s, "func (*P) M() int { return 5 }");
    cr_assert_str_eq(eval(s, "R{&Q{}}.M()"), "5  (int)\n", "%s", last_err);
    cr_assert_str_eq(eval(s, "var i interface{ M() int } = R{&Q{}}\ni.M()"), "5  (int)\n", "%s", last_err);
}

Test(repl, type_command_declares_nothing)
{
    ReplSession *s = session();
    eval(s, "type P struct{}");
    eval(s, ":type func (P) Z() int { return 1 }\nP{}.Z()");
    cr_assert_str_eq(eval(s, "P{}.Z()"), "");
    cr_assert(strstr(last_err, "type P has no field or method Z"), "%s", last_err);
}

Test(repl, methods_follow_a_redefined_generic_type)
{
    ReplSession *s = session();
    eval(s, "type Box[T any] struct{ v T }\nfunc (b Box[T]) Get() T { return b.v }");
    eval(s, "type Box[T any] struct{ w, v T }");
    cr_assert_str_eq(eval(s, "Box[int]{1, 2}.Get()"), "2  (int)\n", "%s", last_err);
    eval(s, "type Box[T any] struct{ w, x, v T }");
    cr_assert_str_eq(eval(s, "Box[int]{1, 2, 3}.Get()"), "3  (int)\n", "%s", last_err);
}
