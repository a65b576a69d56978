/*
 * The REPL's terminal side (vm/repl_term.c): the completeness check and the
 * history form of entries, sessions fed through a pipe, sessions driven
 * through a real terminal (a pty), and each seed document fed to one session.
 *
 * Invariants:
 * - Every session runs the built csp binary with HOME set to a fresh
 *   temporary directory, so ~/.csp_history is never the user's.
 * - Nothing waits a fixed time: the pty tests wait for the output they
 *   expect with a generous deadline (PTY_WAIT_MS), and a session that
 *   outlives SESSION_TIMEOUT_MS is killed and fails the test.
 * - Terminal output is compared after removing escape sequences, carriage
 *   returns, bells and backspaces, so only the text a user sees matters.
 */
#define _GNU_SOURCE
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <errno.h>
#include <fcntl.h>
#include <gc/gc.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "runtime/type.h"
#include "vm/repl_term.h"

#ifndef CSP_SOURCE_ROOT
#error "CSP_SOURCE_ROOT must be defined by the build"
#endif
#ifndef CSP_BINARY
#error "CSP_BINARY must be defined by the build"
#endif

/* How long a pty test waits for each expected text. */
#define PTY_WAIT_MS 30000
/* How long a session fed through a pipe may run. */
#define SESSION_TIMEOUT_MS 120000

/* Sets up the collector and the types, as the csp command does. */
static void repl_term_setup(void)
{
    GC_INIT();
    type_init();
}

/* A growable NUL-terminated byte buffer (malloc memory). */
typedef struct Buf {
    /* The bytes, followed by a NUL. */
    char *p;
    /* The number of bytes, and the room for them. */
    size_t len, cap;
} Buf;

/* Appends n bytes to b. */
static void buf_add(Buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->p = realloc(b->p, b->cap);
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

/* Milliseconds on the monotonic clock. */
static long long now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* A fresh temporary home directory (the caller removes it with home_remove). */
static char *home_new(void)
{
    char *dir = strdup("/tmp/csp-repl-home-XXXXXX");
    cr_assert_not_null(mkdtemp(dir));
    return dir;
}

/* Removes a temporary home directory and its history file. */
static void home_remove(char *dir)
{
    char path[256];
    snprintf(path, sizeof path, "%s/.csp_history", dir);
    unlink(path);
    rmdir(dir);
    free(dir);
}

/* The environment for a session: ours, with HOME and TERM replaced. */
static char **session_env(const char *home)
{
    extern char **environ;
    size_t n = 0;
    while (environ[n]) n++;
    char **env = calloc(n + 3, sizeof(char *));
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (strncmp(environ[i], "HOME=", 5) != 0 && strncmp(environ[i], "TERM=", 5) != 0) env[m++] = environ[i];
    char *h = malloc(strlen(home) + 6);
    sprintf(h, "HOME=%s", home);
    env[m++] = h;
    env[m++] = "TERM=xterm";
    return env;
}

/* ---- Sessions through a pipe ---- */

/* What a session printed and how it ended. */
typedef struct SessionResult {
    /* Everything written to stdout and stderr. */
    Buf out, err;
    /* The exit status, or 128+signal; -1 if it could not start. */
    int status;
    /* Whether it died of a signal, or was killed for outliving the timeout. */
    bool signaled, timed_out;
} SessionResult;

/* Reads a whole file into a Buf (empty if it cannot be read). */
static Buf read_all(const char *path)
{
    Buf b = {0};
    buf_add(&b, "", 0);
    FILE *f = fopen(path, "r");
    if (!f) return b;
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_add(&b, chunk, n);
    fclose(f);
    return b;
}

/* Runs `csp [flags]` with `input` as its stdin (a file, not a terminal). */
static SessionResult run_session(const char *input, const char *flag)
{
    SessionResult r = {.status = -1};
    char in_path[] = "/tmp/csp-repl-in-XXXXXX", out_path[] = "/tmp/csp-repl-out-XXXXXX",
         err_path[] = "/tmp/csp-repl-err-XXXXXX";
    int in_fd = mkstemp(in_path), out_fd = mkstemp(out_path), err_fd = mkstemp(err_path);
    cr_assert(in_fd >= 0 && out_fd >= 0 && err_fd >= 0);
    size_t len = strlen(input);
    cr_assert_eq(write(in_fd, input, len), (ssize_t)len);
    lseek(in_fd, 0, SEEK_SET);
    char *home = home_new();
    char **env = session_env(home);
    char *argv[] = {CSP_BINARY, (char *)flag, NULL};
    posix_spawn_file_actions_t fa;
    posix_spawnattr_t attr;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, in_fd, 0);
    posix_spawn_file_actions_adddup2(&fa, out_fd, 1);
    posix_spawn_file_actions_adddup2(&fa, err_fd, 2);
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attr, 0);
    pid_t pid;
    int rc = posix_spawn(&pid, CSP_BINARY, &fa, &attr, argv, env);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    cr_assert_eq(rc, 0, "cannot run %s", CSP_BINARY);
    long long deadline = now_ms() + SESSION_TIMEOUT_MS;
    int ws = 0;
    for (;;) {
        pid_t w = waitpid(pid, &ws, WNOHANG);
        if (w == pid) break;
        if (now_ms() > deadline) {
            kill(-pid, SIGKILL);
            waitpid(pid, &ws, 0);
            r.timed_out = true;
            break;
        }
        poll(NULL, 0, 10);
    }
    kill(-pid, SIGKILL);
    if (WIFEXITED(ws)) r.status = WEXITSTATUS(ws);
    if (WIFSIGNALED(ws)) {
        r.signaled = true;
        r.status = 128 + WTERMSIG(ws);
    }
    close(in_fd);
    close(out_fd);
    close(err_fd);
    r.out = read_all(out_path);
    r.err = read_all(err_path);
    unlink(in_path);
    unlink(out_path);
    unlink(err_path);
    free(env);
    home_remove(home);
    return r;
}

/* Asserts that a session ended by itself with status 0. */
static void assert_clean_exit(const SessionResult *r)
{
    cr_assert(!r->timed_out, "the session hung; stdout:\n%s\nstderr:\n%s", r->out.p, r->err.p);
    cr_assert(!r->signaled, "the session crashed (status %d); stderr:\n%s", r->status, r->err.p);
    cr_assert_eq(r->status, 0, "exit status %d; stderr:\n%s", r->status, r->err.p);
}

/* Finds `needle` in `hay` at or after *from; moves *from past it. */
static bool find_from(const char *hay, const char *needle, size_t *from)
{
    const char *p = strstr(hay + *from, needle);
    if (!p) return false;
    *from = (size_t)(p - hay) + strlen(needle);
    return true;
}

/* A background goroutine that never blocks does not keep the session from
 * reading and answering the next entries, nor from ending at end of input. */
Test(repl_term, piped_busy_goroutine)
{
    SessionResult r = run_session("go func() { for {} }()\nfmt.Println(\"still\" + \"here\")\n6*7\n", NULL);
    assert_clean_exit(&r);
    cr_assert_str_eq(r.out.p, "stillhere\n42  (int)\n", "stderr:\n%s", r.err.p);
}

/* ---- Sessions through a terminal ---- */

/* A csp session on a pseudo-terminal. */
typedef struct Pty {
    /* The child and the terminal's controlling side. */
    pid_t pid;
    int fd;
    /* Everything the session wrote, raw and as seen (escapes removed). */
    Buf raw, text;
    /* Where the next expected text is looked for in `text`. */
    size_t mark;
    /* The session's home directory. */
    const char *home;
} Pty;

/* Starts csp on a new 80x24 terminal with `home` as HOME. */
static void pty_start(Pty *p, const char *home)
{
    memset(p, 0, sizeof *p);
    p->home = home;
    buf_add(&p->raw, "", 0);
    buf_add(&p->text, "", 0);
    struct winsize ws = {.ws_row = 24, .ws_col = 80};
    char **env = session_env(home);
    p->pid = forkpty(&p->fd, NULL, NULL, &ws);
    cr_assert(p->pid >= 0, "forkpty: %s", strerror(errno));
    if (p->pid == 0) {
        char *argv[] = {CSP_BINARY, NULL};
        execve(CSP_BINARY, argv, env);
        _exit(127);
    }
}

/* Reads what the session wrote within `ms` milliseconds (less if it wrote
 * something), keeping `text` as a terminal would show it. Returns false at
 * the end of output. */
static bool pty_read(Pty *p, int ms)
{
    struct pollfd pfd = {.fd = p->fd, .events = POLLIN};
    if (poll(&pfd, 1, ms) <= 0) return true;
    char chunk[4096];
    ssize_t n = read(p->fd, chunk, sizeof chunk);
    if (n <= 0) return false;
    buf_add(&p->raw, chunk, (size_t)n);
    /* Escape sequences may be split across reads: the text is rebuilt from
     * all the raw output each time. */
    p->text.len = 0;
    const char *s = p->raw.p;
    for (size_t i = 0; i < p->raw.len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 033) {
            if (i + 1 < p->raw.len && s[i + 1] == '[') {
                i += 2;
                while (i < p->raw.len && !(s[i] >= 0x40 && s[i] <= 0x7e)) i++;
            } else {
                i++;
            }
            continue;
        }
        if (c == '\r' || c == '\a' || c == '\b') continue;
        buf_add(&p->text, (const char *)&s[i], 1);
    }
    return true;
}

/* Waits until `want` appears after the mark, then moves the mark past it. */
static void pty_expect(Pty *p, const char *want)
{
    long long deadline = now_ms() + PTY_WAIT_MS;
    while (!find_from(p->text.p, want, &p->mark)) {
        cr_assert(now_ms() < deadline, "timed out waiting for \"%s\"; the terminal shows:\n%s", want,
                  p->text.p + p->mark);
        cr_assert(pty_read(p, 100), "the session ended while waiting for \"%s\"; it showed:\n%s", want,
                  p->text.p);
    }
}

/* Waits up to `ms` for `want` after the mark; moves the mark past it. */
static bool pty_wait_for(Pty *p, const char *want, int ms)
{
    long long deadline = now_ms() + ms;
    while (!find_from(p->text.p, want, &p->mark)) {
        if (now_ms() >= deadline || !pty_read(p, 50)) return false;
    }
    return true;
}

/* Types keys into the terminal. */
static void pty_send(Pty *p, const char *keys)
{
    size_t n = strlen(keys);
    cr_assert_eq(write(p->fd, keys, n), (ssize_t)n);
}

/* Waits for the prompt, then presses Ctrl-D on the empty line: the session
 * must end with status 0. libedit prints the prompt just before it puts the
 * terminal in its own mode, and a Ctrl-D that falls in between is the
 * terminal driver's end-of-file, which libedit never sees; so Ctrl-D is
 * pressed again until the session ends. */
static void pty_quit(Pty *p)
{
    pty_expect(p, ">>> ");
    long long deadline = now_ms() + PTY_WAIT_MS;
    int ws = 0;
    pid_t w = 0;
    while (w != p->pid && now_ms() < deadline) {
        pty_send(p, "\004");
        for (long long next = now_ms() + 1000; w != p->pid && now_ms() < next;) {
            pty_read(p, 50);
            w = waitpid(p->pid, &ws, WNOHANG);
        }
    }
    if (w != p->pid) {
        kill(p->pid, SIGKILL);
        waitpid(p->pid, &ws, 0);
    }
    close(p->fd);
    cr_assert(w == p->pid && WIFEXITED(ws) && WEXITSTATUS(ws) == 0, "Ctrl-D did not end the session:\n%s",
              p->text.p);
}

/* ---- The completeness check ---- */

Test(repl_term, complete_entries, .init = repl_term_setup)
{
    cr_assert_eq(repl_term_classify("x := 1\n"), REPL_ENTRY_STATEMENTS);
    cr_assert_eq(repl_term_classify("x := 1"), REPL_ENTRY_STATEMENTS);
    cr_assert_eq(repl_term_classify("x := 1;\n"), REPL_ENTRY_STATEMENTS);
    cr_assert_eq(repl_term_classify("x++\n"), REPL_ENTRY_STATEMENTS);
    cr_assert_eq(repl_term_classify("return\n"), REPL_ENTRY_STATEMENTS);
    cr_assert_eq(repl_term_classify("f(1,\n2)\n"), REPL_ENTRY_STATEMENTS);
    cr_assert_eq(repl_term_classify("s := `a\nb`\n"), REPL_ENTRY_STATEMENTS);
    cr_assert_eq(repl_term_classify("/* a\nb */ x := 1\n"), REPL_ENTRY_STATEMENTS);
    cr_assert_eq(repl_term_classify("x := 1 // done\n"), REPL_ENTRY_STATEMENTS);
    cr_assert_eq(repl_term_classify("func() { fmt.Println(1) }()\n"), REPL_ENTRY_STATEMENTS);
    cr_assert_eq(repl_term_classify("func() int { return 1 }()\n"), REPL_ENTRY_STATEMENTS);
    cr_assert_eq(repl_term_classify("go func() {\n}()\n"), REPL_ENTRY_STATEMENTS);
    /* An extra closer is complete: the compiler reports it. */
    cr_assert_eq(repl_term_classify("x := 1)\n"), REPL_ENTRY_STATEMENTS);
    /* An unterminated interpreted string ends at the line: the compiler reports it. */
    cr_assert_eq(repl_term_classify("s := \"abc\n"), REPL_ENTRY_STATEMENTS);
}

Test(repl_term, incomplete_entries, .init = repl_term_setup)
{
    cr_assert_eq(repl_term_classify("func f() {\n"), REPL_ENTRY_INCOMPLETE);
    cr_assert_eq(repl_term_classify("func f() {\n\treturn\n"), REPL_ENTRY_INCOMPLETE);
    cr_assert_eq(repl_term_classify("f(1,\n"), REPL_ENTRY_INCOMPLETE);
    cr_assert_eq(repl_term_classify("a := []int{\n1, 2,\n"), REPL_ENTRY_INCOMPLETE);
    cr_assert_eq(repl_term_classify("x := a[\n"), REPL_ENTRY_INCOMPLETE);
    cr_assert_eq(repl_term_classify("x := 1 +\n"), REPL_ENTRY_INCOMPLETE);
    cr_assert_eq(repl_term_classify("ok := a &&\n"), REPL_ENTRY_INCOMPLETE);
    cr_assert_eq(repl_term_classify("x := 1 + // more below\n"), REPL_ENTRY_INCOMPLETE);
    cr_assert_eq(repl_term_classify("v := <-\n"), REPL_ENTRY_INCOMPLETE);
    cr_assert_eq(repl_term_classify("x =\n"), REPL_ENTRY_INCOMPLETE);
    cr_assert_eq(repl_term_classify("fmt.\n"), REPL_ENTRY_INCOMPLETE);
    cr_assert_eq(repl_term_classify("var x,\n"), REPL_ENTRY_INCOMPLETE);
    cr_assert_eq(repl_term_classify("s := `abc\n"), REPL_ENTRY_INCOMPLETE);
    cr_assert_eq(repl_term_classify("s := `abc\n\ndef\n"), REPL_ENTRY_INCOMPLETE);
    cr_assert_eq(repl_term_classify("x := 1 /* note\n"), REPL_ENTRY_INCOMPLETE);
    cr_assert_eq(repl_term_classify("func\n"), REPL_ENTRY_INCOMPLETE);
    cr_assert_eq(repl_term_classify("import (\n\"fmt\"\n"), REPL_ENTRY_INCOMPLETE);
}

Test(repl_term, entry_kinds, .init = repl_term_setup)
{
    cr_assert_eq(repl_term_classify(""), REPL_ENTRY_EMPTY);
    cr_assert_eq(repl_term_classify("  \n\t\n"), REPL_ENTRY_EMPTY);
    cr_assert_eq(repl_term_classify("// just a note\n"), REPL_ENTRY_EMPTY);
    cr_assert_eq(repl_term_classify(":help\n"), REPL_ENTRY_COMMAND);
    cr_assert_eq(repl_term_classify("  :type x + (\n"), REPL_ENTRY_COMMAND);
    cr_assert_eq(repl_term_classify("func sq(x int) int { return x * x }\n"), REPL_ENTRY_DECLS);
    cr_assert_eq(repl_term_classify("func (p *Point) Move(dx int) {\n}\n"), REPL_ENTRY_DECLS);
    cr_assert_eq(repl_term_classify("type T struct{ a int }\nvar x T\nconst c = 1\n"), REPL_ENTRY_DECLS);
    cr_assert_eq(repl_term_classify("import \"fmt\"\n"), REPL_ENTRY_DECLS);
    cr_assert_eq(repl_term_classify("package main\n"), REPL_ENTRY_PROGRAM);
    cr_assert_eq(repl_term_classify("package main\nimport \"fmt\"\nfunc main() {\n}\n"), REPL_ENTRY_PROGRAM);
    cr_assert_eq(repl_term_classify("var x = 1\nx++\n"), REPL_ENTRY_STATEMENTS);
    cr_assert_eq(repl_term_classify("func (x int) {}(1)\n"), REPL_ENTRY_STATEMENTS);
}

/* ---- The history form ---- */

Test(repl_term, history_line, .init = repl_term_setup)
{
    cr_assert_str_eq(repl_term_history_line("x := 1\n"), "x := 1");
    cr_assert_str_eq(repl_term_history_line("func sq(x int) int {\n\treturn x * x\n}\n"),
                     "func sq(x int) int { return x * x; }");
    cr_assert_str_eq(repl_term_history_line("x := 1 +\n   2 // two\n"), "x := 1 + 2");
    cr_assert_str_eq(repl_term_history_line("a := []int{\n\t1,\n\t2,\n}\n"), "a := []int{ 1, 2, }");
    cr_assert_str_eq(repl_term_history_line("import (\n\t\"fmt\"\n\t\"time\"\n)\n"),
                     "import ( \"fmt\"; \"time\"; )");
    cr_assert_str_eq(repl_term_history_line("s := \"a  b\"; t := s /* c */ + s\n"), "s := \"a  b\"; t := s /* c */ + s");
    cr_assert_str_eq(repl_term_history_line("s := `x\ny`\n"), "s := `x\ny`");
    /* The one-line form is itself a complete entry meaning the same. */
    cr_assert_eq(repl_term_classify(repl_term_history_line("func f() {\n\tif true {\n\t\treturn\n\t}\n}\n")),
                 REPL_ENTRY_DECLS);
}

/* ---- Sessions through a pipe ---- */

Test(repl_term, piped_session)
{
    SessionResult r = run_session("x := 20\n"
                                  "func twice(n int) int {\n"
                                  "\n"
                                  "\treturn 2 *\n"
                                  "\t\tn\n"
                                  "}\n"
                                  "fmt.Println(\"twice:\", twice(x) +\n"
                                  "\t2)\n"
                                  "ch := make(chan int)\n"
                                  "<-ch\n"
                                  "fmt.Println(\"after deadlock\", x)\n",
                                  NULL);
    assert_clean_exit(&r);
    cr_assert(!strchr(r.out.p, 033) && !strstr(r.out.p, ">>>"), "prompt or escapes in piped output:\n%s", r.out.p);
    size_t at = 0;
    cr_assert(find_from(r.out.p, "twice: 42\n", &at), "stdout:\n%s\nstderr:\n%s", r.out.p, r.err.p);
    cr_assert(find_from(r.out.p, "after deadlock 20\n", &at), "stdout:\n%s\nstderr:\n%s", r.out.p, r.err.p);
    cr_assert(strstr(r.err.p, "fatal error: all goroutines are asleep - deadlock!"), "stderr:\n%s", r.err.p);
}

/* A pasted program defines main before the functions it calls; it runs
 * once all of them are declared. Two programs in a row redeclare main. */
Test(repl_term, piped_programs)
{
    SessionResult r = run_session("package main\n"
                                  "\n"
                                  "import \"fmt\"\n"
                                  "\n"
                                  "func main() {\n"
                                  "\tfmt.Println(\"first\", helper())\n"
                                  "}\n"
                                  "\n"
                                  "func helper() int { return 1 }\n"
                                  "\n"
                                  "package main\n"
                                  "\n"
                                  "func main() {\n"
                                  "\tfmt.Println(\"second\", helper()+other())\n"
                                  "}\n"
                                  "\n"
                                  "func other() int { return 10 }\n",
                                  NULL);
    assert_clean_exit(&r);
    cr_assert_str_eq(r.out.p, "first 1\nsecond 11\n", "stderr:\n%s", r.err.p);
}

/* Two empty lines in a row end a gathering of declarations: a snippet that
 * does not compile does not take the next one down with it. */
Test(repl_term, piped_snippets_apart)
{
    SessionResult r = run_session("type T struct{ x missingType }\n"
                                  "\n"
                                  "\n"
                                  "func main() {\n"
                                  "\tfmt.Println(\"runs\")\n"
                                  "}\n",
                                  NULL);
    assert_clean_exit(&r);
    cr_assert_str_eq(r.out.p, "runs\n", "stderr:\n%s", r.err.p);
    cr_assert(strstr(r.err.p, "undefined: missingType"), "stderr:\n%s", r.err.p);
}

/* An entry left open at the end of input is still evaluated: its error shows. */
Test(repl_term, piped_unfinished_entry)
{
    SessionResult r = run_session("fmt.Println(\"before\")\nfunc broken() {\n\tfmt.Println(1)\n", NULL);
    assert_clean_exit(&r);
    cr_assert_str_eq(r.out.p, "before\n");
    cr_assert(r.err.len > 0, "no error for the unfinished entry");
}

/* ---- Sessions through a terminal ---- */

Test(repl_term_pty, history_persists)
{
    char *home = home_new();
    Pty p;
    pty_start(&p, home);
    pty_expect(&p, ">>> ");
    pty_send(&p, "fmt.Println(\"hist\" + \"ory\")\r");
    pty_expect(&p, "history\n");
    pty_expect(&p, ">>> ");
    pty_send(&p, "\033[A\r");
    pty_expect(&p, "history\n");
    pty_quit(&p);

    Pty q;
    pty_start(&q, home);
    pty_expect(&q, ">>> ");
    pty_send(&q, "\033[A\r");
    pty_expect(&q, "history\n");
    pty_quit(&q);
    home_remove(home);
}

Test(repl_term_pty, multi_line_function)
{
    char *home = home_new();
    Pty p;
    pty_start(&p, home);
    pty_expect(&p, ">>> ");
    pty_send(&p, "func sq(x int) int {\r");
    pty_expect(&p, "... ");
    /* TAB at the start of a line indents rather than completes. */
    pty_send(&p, "\treturn x *\r");
    pty_expect(&p, "... ");
    pty_send(&p, "x\r");
    pty_expect(&p, "... ");
    pty_send(&p, "}\r");
    pty_expect(&p, ">>> ");
    pty_send(&p, "fmt.Println(\"sq:\", sq(7))\r");
    pty_expect(&p, "sq: 49\n");
    /* An empty line abandons an unfinished entry. */
    pty_expect(&p, ">>> ");
    pty_send(&p, "func cube(x int) int {\r");
    pty_expect(&p, "... ");
    pty_send(&p, "\r");
    pty_expect(&p, ">>> ");
    pty_send(&p, "cube(2)\r");
    pty_expect(&p, "undefined: cube");
    pty_quit(&p);
    home_remove(home);
}

Test(repl_term_pty, goroutine_prints_while_typing)
{
    char *home = home_new();
    Pty p;
    pty_start(&p, home);
    pty_expect(&p, ">>> ");
    pty_send(&p, "go func(){ time.Sleep(time.Second); fmt.Println(\"late\") }()\r");
    pty_expect(&p, ">>> ");
    pty_send(&p, "fmt.Print");
    pty_expect(&p, "fmt.Print");
    /* No key is pressed: the goroutine's line appears on its own, and the
     * line being typed is drawn again below it, intact. */
    pty_expect(&p, "late\n");
    pty_expect(&p, ">>> fmt.Print");
    pty_send(&p, "ln(\"x\" + \"y\")\r");
    pty_expect(&p, "xy\n");
    pty_quit(&p);
    home_remove(home);
}

Test(repl_term_pty, ctrl_c)
{
    char *home = home_new();
    Pty p;
    pty_start(&p, home);
    pty_expect(&p, ">>> ");
    /* Ctrl-C while editing drops the line. */
    pty_send(&p, "fmt.Println(\"no\" + \"pe\")");
    pty_expect(&p, "\"pe\")");
    pty_send(&p, "\003");
    pty_expect(&p, ">>> ");
    /* Ctrl-C interrupts a busy loop; it is sent again until the prompt
     * returns, in case it came before the loop started. */
    pty_send(&p, "for {}\r");
    pty_expect(&p, "for {}\n");
    bool back = false;
    for (int i = 0; i < 30 && !back; i++) {
        pty_send(&p, "\003");
        back = pty_wait_for(&p, ">>> ", 1000);
    }
    cr_assert(back, "Ctrl-C did not stop `for {}`:\n%s", p.text.p);
    pty_send(&p, "fmt.Println(\"ali\" + \"ve\")\r");
    pty_expect(&p, "alive\n");
    /* A goroutine spinning in the background leaves the prompt answering. */
    pty_send(&p, "go func() { for {} }()\r");
    pty_expect(&p, ">>> ");
    pty_send(&p, "fmt.Println(\"spi\" + \"nning\")\r");
    pty_expect(&p, "spinning\n");
    cr_assert_null(strstr(p.text.p, "nope"), "the dropped line ran:\n%s", p.text.p);
    pty_quit(&p);
    home_remove(home);
}

Test(repl_term_pty, deadlock_returns_to_prompt)
{
    char *home = home_new();
    Pty p;
    pty_start(&p, home);
    pty_expect(&p, ">>> ");
    pty_send(&p, "ch := make(chan int)\r");
    pty_expect(&p, ">>> ");
    pty_send(&p, "<-ch\r");
    pty_expect(&p, "fatal error: all goroutines are asleep - deadlock!");
    pty_expect(&p, ">>> ");
    pty_send(&p, "fmt.Println(\"af\" + \"ter\", cap(ch))\r");
    pty_expect(&p, "after 0\n");
    pty_quit(&p);
    home_remove(home);
}

Test(repl_term_pty, tab_completion)
{
    char *home = home_new();
    Pty p;
    pty_start(&p, home);
    pty_expect(&p, ">>> ");
    pty_send(&p, "fmt.Printl\t");
    pty_expect(&p, "fmt.Println");
    pty_send(&p, "(\"com\" + \"pleted\")\r");
    pty_expect(&p, "completed\n");
    pty_quit(&p);
    home_remove(home);
}

/* ---- The seed documents as sessions ---- */

/* One seed document: the prefix its blocks share ("002"). */
typedef struct SeedDoc {
    /* The block names' prefix. */
    char prefix[8];
} SeedDoc;

/* One MANIFEST row of a block. */
typedef struct SeedBlock {
    /* The block's name, how stdout is checked, the exit status, the text
     * stderr must contain and the normalizing sed expression ("-": none). */
    char name[32], check[16], err[256], normalize[256];
    int exit_status;
} SeedBlock;

/* Reads the MANIFEST rows of the blocks whose names start with `prefix`
 * (all rows when prefix is empty), in document order. */
static SeedBlock *seed_blocks(const char *prefix, int *count)
{
    Buf m = read_all(CSP_SOURCE_ROOT "/examples/seeds/MANIFEST.tsv");
    SeedBlock *blocks = calloc(512, sizeof(SeedBlock));
    int n = 0;
    char *save = NULL;
    for (char *line = strtok_r(m.p, "\n", &save); line && n < 512; line = strtok_r(NULL, "\n", &save)) {
        char doc[128];
        SeedBlock b = {0};
        if (sscanf(line, "%31[^\t]\t%127[^\t]\t%*[^\t]\t%15[^\t]\t%d\t%255[^\t]\t%255[^\n]", b.name, doc, b.check,
                   &b.exit_status, b.err, b.normalize) != 6)
            continue;
        if (strncmp(b.name, prefix, strlen(prefix)) == 0) blocks[n++] = b;
    }
    free(m.p);
    *count = n;
    return blocks;
}

/* Applies a `sed -E` expression to text ("-": none). */
static char *seed_normalize(const char *text, const char *expr)
{
    if (strcmp(expr, "-") == 0) return strdup(text);
    char path[] = "/tmp/csp-repl-norm-XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    size_t len = strlen(text);
    cr_assert_eq(write(fd, text, len), (ssize_t)len);
    close(fd);
    char cmd[512];
    snprintf(cmd, sizeof cmd, "sed -E -e '%s' %s", expr, path);
    FILE *f = popen(cmd, "r");
    Buf b = {0};
    buf_add(&b, "", 0);
    char chunk[8192];
    size_t n;
    while (f && (n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_add(&b, chunk, n);
    if (f) pclose(f);
    unlink(path);
    return b.p;
}

/* Splits text into its lines, in place; returns them (malloc'd array). */
static char **split_lines(char *text, int *n)
{
    int cap = 16;
    char **lines = malloc(sizeof(char *) * cap);
    *n = 0;
    char *save = NULL;
    for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (*n == cap) lines = realloc(lines, sizeof(char *) * (cap *= 2));
        lines[(*n)++] = line;
    }
    return lines;
}

/* Finds each line of `want` among the lines of `got` from line *at on: in
 * order for "exact", in any order for "sorted" (each line of got matching
 * once). On success moves *at past the last line matched. */
static bool seed_lines_found(char **got, int ngot, const char *want, bool sorted, int *at)
{
    char *w = strdup(want);
    int nwant;
    char **lines = split_lines(w, &nwant);
    bool *used = calloc((size_t)ngot + 1, 1);
    int from = *at, end = *at;
    bool ok = true;
    for (int i = 0; i < nwant && ok; i++) {
        int k = sorted ? *at : from;
        while (k < ngot && (used[k] || strcmp(got[k], lines[i]) != 0)) k++;
        if (k == ngot) {
            ok = false;
            break;
        }
        used[k] = true;
        from = k + 1;
        if (from > end) end = from;
    }
    free(used);
    free(lines);
    free(w);
    if (ok) *at = end;
    return ok;
}

ParameterizedTestParameters(repl_term_seeds, document)
{
    int n;
    SeedBlock *all = seed_blocks("", &n);
    SeedDoc *docs = cr_malloc(sizeof(SeedDoc) * (n + 1));
    size_t ndocs = 0;
    for (int i = 0; i < n; i++)
        if (ndocs == 0 || strncmp(docs[ndocs - 1].prefix, all[i].name, 3) != 0) {
            memset(docs[ndocs].prefix, 0, sizeof docs[ndocs].prefix);
            memcpy(docs[ndocs].prefix, all[i].name, 3);
            ndocs++;
        }
    free(all);
    return cr_make_param_array(SeedDoc, docs, ndocs);
}

/* Feeds all of a seed document's blocks, in order, to one session: it ends
 * by itself, and every block whose output the MANIFEST checks prints it. */
ParameterizedTest(SeedDoc *d, repl_term_seeds, document, .timeout = 300)
{
    int n;
    SeedBlock *blocks = seed_blocks(d->prefix, &n);
    cr_assert(n > 0);
    Buf input = {0};
    buf_add(&input, "", 0);
    Buf virt = read_all(CSP_SOURCE_ROOT "/examples/seeds/VIRTUAL_TIME");
    bool virtual_time = false;
    for (int i = 0; i < n; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/examples/seeds/%s.go", CSP_SOURCE_ROOT, blocks[i].name);
        Buf src = read_all(path);
        buf_add(&input, src.p, src.len);
        buf_add(&input, "\n\n", 2);
        free(src.p);
        if (strstr(virt.p, blocks[i].name)) virtual_time = true;
    }
    SessionResult r = run_session(input.p, virtual_time ? "--virtual-time" : NULL);
    assert_clean_exit(&r);
    /* Lines are compared after the block's own normalization, which never
     * joins or splits lines, so line numbers hold for every block. */
    int out_at = 0;
    size_t err_at = 0;
    for (int i = 0; i < n; i++) {
        const SeedBlock *b = &blocks[i];
        if (b->exit_status == 1) continue;
        if (b->exit_status == 2 && strcmp(b->err, "-") != 0)
            cr_expect(find_from(r.err.p, b->err, &err_at), "%s: \"%s\" missing from the session's stderr:\n%s",
                      b->name, b->err, r.err.p);
        if (strcmp(b->check, "none") == 0) continue;
        char *out = seed_normalize(r.out.p, b->normalize);
        int nout;
        char **lines = split_lines(out, &nout);
        bool found = false;
        const char *suffixes[] = {".out", ".alt.out"};
        for (int k = 0; k < 2 && !found; k++) {
            char path[512];
            snprintf(path, sizeof path, "%s/examples/seeds/%s%s", CSP_SOURCE_ROOT, b->name, suffixes[k]);
            if (access(path, R_OK) != 0) continue;
            Buf want = read_all(path);
            char *w = seed_normalize(want.p, b->normalize);
            found = seed_lines_found(lines, nout, w, strcmp(b->check, "sorted") == 0, &out_at);
            free(w);
            free(want.p);
        }
        cr_expect(found, "%s: its expected output is missing from the session's stdout after line %d:\n%s\nstderr:\n%s",
                  b->name, out_at, r.out.p, r.err.p);
        free(lines);
        free(out);
    }
    free(blocks);
}

/* Keys typed while an entry runs are not echoed by the terminal: libedit
 * shows them once, as the next line being edited, and runs it. */
Test(repl_term_pty, type_ahead_echoed_once)
{
    char *home = home_new();
    Pty p;
    pty_start(&p, home);
    pty_expect(&p, ">>> ");
    pty_send(&p, "fmt.Println(\"sleep\" + \"ing\"); time.Sleep(500 * time.Millisecond); fmt.Println(\"slept\")\r");
    pty_expect(&p, "sleeping\n");
    pty_send(&p, "fmt.Println(\"ty\" + \"ped\")\r");
    pty_expect(&p, "slept\n");
    pty_expect(&p, "typed\n");
    const char *first = strstr(p.text.p, "\"ty\" + \"ped\"");
    cr_assert(first && !strstr(first + 1, "\"ty\" + \"ped\""), "the typed-ahead line shows twice:\n%s", p.text.p);
    pty_quit(&p);
    home_remove(home);
}

/* An entry that reads standard input turns the echo back on: what is typed
 * for it shows, once. */
Test(repl_term_pty, stdin_read_echoed)
{
    char *home = home_new();
    Pty p;
    pty_start(&p, home);
    pty_expect(&p, ">>> ");
    pty_send(&p, "var name string; fmt.Print(\"name? \"); fmt.Scanln(&name); fmt.Println(\"hi\", name)\r");
    pty_expect(&p, "name? ");
    /* The prompt may show a moment before Scanln starts reading. */
    usleep(200 * 1000);
    pty_send(&p, "bob\r");
    pty_expect(&p, "hi bob\n");
    char *typed = strstr(p.text.p, "name? bob\n");
    cr_assert(typed && !strstr(typed + 1, "bob\nbob"), "the answer is not shown once:\n%s", p.text.p);
    pty_quit(&p);
    home_remove(home);
}
