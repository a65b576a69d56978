/*
 * Golden tests: every tests/lang/NAME.go, examples/NAME.go and every
 * examples/seeds/ block is run through the built csp binary and its stdout, stderr and exit status
 * are compared with the expected results stored next to it.
 *
 * Invariants:
 * - Cases are discovered at run time from CSP_SOURCE_ROOT, so adding a
 *   program needs no rebuild. Each case is one Criterion parameter, fully
 *   independent (its own temporary files), so --jobs runs them in parallel.
 * - csp runs with cwd = CSP_SOURCE_ROOT and the path relative to it
 *   (tests/lang/NAME.go), stdin from /dev/null, in its own process group;
 *   after TIMEOUT_MS the whole group is killed and the case fails: a hang is
 *   a failure, never a hung suite.
 * - Names listed in tests/lang/PENDING or examples/seeds/PENDING
 *   (NAME<TAB>reason) are skipped with their reason; all others must pass.
 *   Names listed in a VIRTUAL_TIME file (same format) run with
 *   `csp run --virtual-time`: their real-time sleeps outlast the timeout.
 * - Parameter data lives in cr_malloc'd memory with inline strings, as
 *   Criterion requires for parameters shared with worker processes.
 */
#define _GNU_SOURCE
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef CSP_SOURCE_ROOT
#error "CSP_SOURCE_ROOT must be defined by the build"
#endif
#ifndef CSP_BINARY
#error "CSP_BINARY must be defined by the build"
#endif

/* How long one program may run before it counts as hung. */
#define TIMEOUT_MS 20000

/* One golden case: the program's name and, for a pending one, why. */
typedef struct GoldenCase {
    /* File name without ".go", e.g. "closures" or "002_016". */
    char name[96];
    /* Seeds: how stdout is compared ("exact", "sorted" or "none"). */
    char check[16];
    /* Seeds: the expected exit status. */
    int exit_status;
    /* Seeds: a text stderr must contain (empty: none). */
    char err_substr[256];
    /* Seeds: a `sed -E` expression applied to both outputs (empty: none). */
    char normalize[256];
    /* Non-empty when the case is listed in PENDING: the reason shown on skip. */
    char pending[256];
    /* Non-empty when the case is listed in VIRTUAL_TIME: csp runs it with
     * --virtual-time (its sleeps would outlast the timeout in real time). */
    char virtual_time[256];
} GoldenCase;

/* The captured result of running one child process. */
typedef struct RunResult {
    /* Everything the child wrote to stdout and stderr (NUL-terminated). */
    char *out;
    size_t out_len;
    char *err;
    size_t err_len;
    /* Exit status; 128+signal when killed by a signal; -1 when it could not run. */
    int status;
    /* True when the child outlived TIMEOUT_MS and was killed. */
    bool timed_out;
    /* True when the child died of a signal (a crash, not a Go exit status). */
    bool signaled;
} RunResult;

/* Reads a whole file into a fresh NUL-terminated buffer; NULL if unreadable. */
static char *golden_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += got;
        if (cap - n - 1 == 0) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
    }
    fclose(f);
    buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

/* Copies src into a fixed-size field, truncating if needed. */
static void golden_copy(char *dst, size_t cap, const char *src)
{
    snprintf(dst, cap, "%s", src);
}

/* Looks NAME up in a list file such as PENDING (NAME<TAB>reason lines);
 * copies the reason into out (or "listed" when no reason is given) and
 * returns true if found. */
static bool golden_listed(const char *list_path, const char *name, char *out, size_t cap)
{
    char *text = golden_read_file(list_path, NULL);
    if (!text)
        return false;
    bool found = false;
    size_t nlen = strlen(name);
    for (char *line = text; *line && !found;) {
        char *end = strchr(line, '\n');
        if (end)
            *end = '\0';
        if (strncmp(line, name, nlen) == 0 && (line[nlen] == '\t' || line[nlen] == ' ' || line[nlen] == '\0')) {
            const char *reason = line + nlen;
            while (*reason == '\t' || *reason == ' ')
                reason++;
            golden_copy(out, cap, *reason ? reason : "listed");
            found = true;
        }
        line = end ? end + 1 : line + strlen(line);
    }
    free(text);
    return found;
}

/* Orders file names so that cases are listed alphabetically. */
static int golden_cmp_names(const void *a, const void *b)
{
    return strcmp(((const GoldenCase *)a)->name, ((const GoldenCase *)b)->name);
}

/* Runs argv with cwd = CSP_SOURCE_ROOT and stdin from /dev/null, capturing its
 * output; kills its process group after timeout_ms. */
static RunResult golden_run(char *const argv[], int timeout_ms)
{
    RunResult r = { .status = -1 };
    char out_path[] = "/tmp/csp-golden-out-XXXXXX";
    char err_path[] = "/tmp/csp-golden-err-XXXXXX";
    int out_fd = mkstemp(out_path);
    int err_fd = mkstemp(err_path);
    if (out_fd < 0 || err_fd < 0) {
        r.err = strdup("cannot create temporary files");
        r.out = strdup("");
        return r;
    }
    /* posix_spawn, not fork: the Criterion worker maps a large shared arena,
     * and copying its page tables for every case cost more than running csp. */
    posix_spawn_file_actions_t fa;
    posix_spawnattr_t attr;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, out_fd, 1);
    posix_spawn_file_actions_adddup2(&fa, err_fd, 2);
    posix_spawn_file_actions_addchdir_np(&fa, CSP_SOURCE_ROOT);
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attr, 0);
    pid_t pid = -1;
    int rc = posix_spawnp(&pid, argv[0], &fa, &attr, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    if (rc != 0) {
        dprintf(err_fd, "cannot execute %s: %s\n", argv[0], strerror(rc));
        pid = -1;
        r.status = 127;
    }
    if (pid > 0) {
        int wstatus = 0;
        struct timespec tick = { 0, 2 * 1000 * 1000 };
        long waited_us = 0;
        for (;;) {
            pid_t w = waitpid(pid, &wstatus, WNOHANG);
            if (w == pid)
                break;
            if (w < 0 && errno != EINTR)
                break;
            if (waited_us / 1000 >= timeout_ms) {
                kill(-pid, SIGKILL);
                kill(pid, SIGKILL);
                waitpid(pid, &wstatus, 0);
                r.timed_out = true;
                break;
            }
            nanosleep(&tick, NULL);
            waited_us += tick.tv_nsec / 1000;
            if (tick.tv_nsec < 20 * 1000 * 1000)
                tick.tv_nsec += 1000 * 1000;
        }
        if (WIFEXITED(wstatus))
            r.status = WEXITSTATUS(wstatus);
        else if (WIFSIGNALED(wstatus)) {
            r.status = 128 + WTERMSIG(wstatus);
            r.signaled = true;
        }
        /* Kill anything the program left behind in its group. */
        kill(-pid, SIGKILL);
    }
    close(out_fd);
    close(err_fd);
    r.out = golden_read_file(out_path, &r.out_len);
    r.err = golden_read_file(err_path, &r.err_len);
    if (!r.out)
        r.out = strdup("");
    if (!r.err)
        r.err = strdup("");
    unlink(out_path);
    unlink(err_path);
    return r;
}

/* Applies a `sed -E` expression to text (the MANIFEST normalize column). */
static char *golden_normalize(const char *text, const char *expr)
{
    char in_path[] = "/tmp/csp-golden-norm-XXXXXX";
    int fd = mkstemp(in_path);
    if (fd < 0)
        return strdup(text);
    size_t len = strlen(text);
    if (write(fd, text, len) != (ssize_t)len) {
        close(fd);
        unlink(in_path);
        return strdup(text);
    }
    close(fd);
    char *argv[] = { "sed", "-E", "-e", (char *)expr, in_path, NULL };
    RunResult r = golden_run(argv, 10000);
    unlink(in_path);
    free(r.err);
    return r.out;
}

/* Returns the line with 1-based number n of text as a fresh string ("<end of output>" past the end). */
static char *golden_line(const char *text, int n)
{
    const char *p = text;
    for (int i = 1; i < n; i++) {
        p = strchr(p, '\n');
        if (!p)
            return strdup("<end of output>");
        p++;
    }
    if (!*p)
        return strdup("<end of output>");
    const char *e = strchr(p, '\n');
    return strndup(p, e ? (size_t)(e - p) : strlen(p));
}

/* Describes how got differs from want: the first differing line, both versions. */
static char *golden_diff(const char *want, const char *got)
{
    int line = 1;
    size_t i = 0;
    while (want[i] && want[i] == got[i]) {
        if (want[i] == '\n')
            line++;
        i++;
    }
    char *w = golden_line(want, line);
    char *g = golden_line(got, line);
    char *msg = NULL;
    const char *tail = strlen(got) > 1500 ? "\n[... output truncated]" : "";
    if (asprintf(&msg,
                 "first difference at line %d\n  expected: %s\n  got:      %s\n"
                 "--- full stdout ---\n%.1500s%s",
                 line, w, g, got, tail) < 0)
        msg = NULL;
    free(w);
    free(g);
    return msg ? msg : strdup("(diff unavailable)");
}

/* Orders two line pointers by their text. */
static int golden_cmp_lines(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorts the lines of text (for the `sorted` check) into a fresh string. */
static char *golden_sort_lines(const char *text)
{
    size_t n = 0, cap = 16, total = 1;
    char **lines = malloc(cap * sizeof *lines);
    const char *p = text;
    while (*p) {
        const char *e = strchr(p, '\n');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (n == cap) {
            cap *= 2;
            lines = realloc(lines, cap * sizeof *lines);
        }
        lines[n++] = strndup(p, len);
        total += len + 1;
        p += len + (e ? 1 : 0);
    }
    qsort(lines, n, sizeof *lines, golden_cmp_lines);
    char *out = malloc(total);
    char *q = out;
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(lines[i]);
        memcpy(q, lines[i], len);
        q += len;
        *q++ = '\n';
        free(lines[i]);
    }
    *q = '\0';
    free(lines);
    return out;
}

/* Checks that every non-empty line of want occurs somewhere in got (stderr);
 * returns the first missing line as a fresh string, or NULL if all occur. */
static char *golden_missing_line(const char *want, const char *got)
{
    const char *p = want;
    while (*p) {
        const char *e = strchr(p, '\n');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len > 0) {
            char *line = strndup(p, len);
            if (!strstr(got, line))
                return line;
            free(line);
        }
        p += len + (e ? 1 : 0);
    }
    return NULL;
}

/* Lists the NAME.go files of dir (relative to CSP_SOURCE_ROOT) as cases,
 * marking those named in dir/PENDING and dir/VIRTUAL_TIME. */
static GoldenCase *golden_discover(const char *dir, size_t *count)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", CSP_SOURCE_ROOT, dir);
    char pending_path[600], virtual_path[600];
    snprintf(pending_path, sizeof pending_path, "%s/PENDING", path);
    snprintf(virtual_path, sizeof virtual_path, "%s/VIRTUAL_TIME", path);
    size_t n = 0, cap = 0;
    DIR *d = opendir(path);
    struct dirent *ent;
    while (d && (ent = readdir(d)) != NULL) {
        size_t len = strlen(ent->d_name);
        if (len > 3 && strcmp(ent->d_name + len - 3, ".go") == 0)
            cap++;
    }
    GoldenCase *cases = cr_calloc(cap ? cap : 1, sizeof *cases);
    if (d)
        rewinddir(d);
    while (d && (ent = readdir(d)) != NULL && n < cap) {
        size_t len = strlen(ent->d_name);
        if (len <= 3 || strcmp(ent->d_name + len - 3, ".go") != 0)
            continue;
        GoldenCase *c = &cases[n++];
        snprintf(c->name, sizeof c->name, "%.*s", (int)(len - 3), ent->d_name);
        golden_copy(c->check, sizeof c->check, "exact");
        golden_listed(pending_path, c->name, c->pending, sizeof c->pending);
        golden_listed(virtual_path, c->name, c->virtual_time, sizeof c->virtual_time);
    }
    if (d)
        closedir(d);
    qsort(cases, n, sizeof *cases, golden_cmp_names);
    *count = n;
    return cases;
}

/* Fills the seed cases' check/exit/stderr/normalize columns from MANIFEST.tsv. */
static void golden_read_manifest(GoldenCase *cases, size_t n)
{
    char *text = golden_read_file(CSP_SOURCE_ROOT "/examples/seeds/MANIFEST.tsv", NULL);
    if (!text)
        return;
    for (char *line = text; *line;) {
        char *end = strchr(line, '\n');
        if (end)
            *end = '\0';
        char *col[7] = { 0 };
        int ncol = 0;
        for (char *p = line; ncol < 7;) {
            col[ncol++] = p;
            char *tab = strchr(p, '\t');
            if (!tab)
                break;
            *tab = '\0';
            p = tab + 1;
        }
        for (size_t i = 0; ncol == 7 && i < n; i++) {
            if (strcmp(cases[i].name, col[0]) != 0)
                continue;
            golden_copy(cases[i].check, sizeof cases[i].check, col[3]);
            cases[i].exit_status = atoi(col[4]);
            golden_copy(cases[i].err_substr, sizeof cases[i].err_substr, strcmp(col[5], "-") ? col[5] : "");
            golden_copy(cases[i].normalize, sizeof cases[i].normalize, strcmp(col[6], "-") ? col[6] : "");
        }
        line = end ? end + 1 : line + strlen(line);
    }
    free(text);
}

/* Runs csp on dir/NAME.go (under virtual time if the case asks) and returns its result. */
static RunResult golden_run_csp(const char *dir, const GoldenCase *c, char *rel, size_t cap)
{
    snprintf(rel, cap, "%s/%s.go", dir, c->name);
    char *argv[] = { CSP_BINARY, "run", rel, NULL, NULL };
    if (c->virtual_time[0]) {
        argv[2] = "--virtual-time";
        argv[3] = rel;
    }
    return golden_run(argv, TIMEOUT_MS);
}

/* Fails the current test unless the run finished in time. */
static void golden_assert_finished(const RunResult *r, const char *rel)
{
    cr_assert(!r->timed_out, "%s: killed after %d s (hang)\n--- stdout ---\n%.1500s\n--- stderr ---\n%.1500s",
              rel, TIMEOUT_MS / 1000, r->out, r->err);
    cr_assert(r->status >= 0 && r->status != 126 && r->status != 127,
              "%s: could not run %s: %s", rel, CSP_BINARY, r->err);
}

/* Fails the current test unless the exit status matches. */
static void golden_assert_status(const RunResult *r, const char *rel, int want)
{
    cr_assert(r->status == want, "%s: exit status %d, expected %d%s\n--- stderr ---\n%.2000s\n--- stdout ---\n%.1000s",
              rel, r->status, want, r->signaled ? " (killed by a signal: a crash)" : "", r->err, r->out);
}

/* Checks one program of a NAME.go/NAME.out[/NAME.err][/NAME.exit] corpus in dir. */
static void golden_check_program(const char *dir, const GoldenCase *c)
{
    if (c->pending[0])
        cr_skip_test("%s/%s.go pending: %s", dir, c->name, c->pending);
    char rel[256], path[512];
    RunResult r = golden_run_csp(dir, c, rel, sizeof rel);
    golden_assert_finished(&r, rel);

    snprintf(path, sizeof path, "%s/%s/%s.out", CSP_SOURCE_ROOT, dir, c->name);
    char *want_out = golden_read_file(path, NULL);
    cr_assert(want_out != NULL, "%s: missing expected output %s", rel, path);
    snprintf(path, sizeof path, "%s/%s/%s.exit", CSP_SOURCE_ROOT, dir, c->name);
    char *want_exit = golden_read_file(path, NULL);
    int status = want_exit ? atoi(want_exit) : 0;
    golden_assert_status(&r, rel, status);

    snprintf(path, sizeof path, "%s/%s/%s.err", CSP_SOURCE_ROOT, dir, c->name);
    char *want_err = golden_read_file(path, NULL);
    if (want_err) {
        char *missing = golden_missing_line(want_err, r.err);
        cr_assert(missing == NULL, "%s: stderr lacks the line\n  %s\n--- stderr ---\n%.2000s", rel,
                  missing ? missing : "", r.err);
    }
    if (strcmp(want_out, r.out) != 0) {
        char *diff = golden_diff(want_out, r.out);
        cr_assert_fail("%s: stdout differs from %s.out: %s\n--- stderr ---\n%.1000s", rel, c->name, diff, r.err);
    }
}

ParameterizedTestParameters(golden, lang)
{
    size_t n = 0;
    GoldenCase *cases = golden_discover("tests/lang", &n);
    return cr_make_param_array(GoldenCase, cases, n);
}

ParameterizedTest(GoldenCase *c, golden, lang)
{
    golden_check_program("tests/lang", c);
}

/* The programs under examples/ (the README's), checked like tests/lang. */
ParameterizedTestParameters(golden, examples)
{
    size_t n = 0;
    GoldenCase *cases = golden_discover("examples", &n);
    return cr_make_param_array(GoldenCase, cases, n);
}

ParameterizedTest(GoldenCase *c, golden, examples)
{
    golden_check_program("examples", c);
}

ParameterizedTestParameters(golden, seeds)
{
    size_t n = 0;
    GoldenCase *cases = golden_discover("examples/seeds", &n);
    golden_read_manifest(cases, n);
    return cr_make_param_array(GoldenCase, cases, n);
}

ParameterizedTest(GoldenCase *c, golden, seeds)
{
    if (c->pending[0])
        cr_skip_test("examples/seeds/%s.go pending: %s", c->name, c->pending);
    char rel[256], path[512];
    RunResult r = golden_run_csp("examples/seeds", c, rel, sizeof rel);
    golden_assert_finished(&r, rel);
    golden_assert_status(&r, rel, c->exit_status);
    if (c->err_substr[0])
        cr_assert(strstr(r.err, c->err_substr) != NULL, "%s: stderr lacks \"%s\"\n--- stderr ---\n%.2000s", rel,
                  c->err_substr, r.err);
    if (strcmp(c->check, "none") == 0)
        return;

    snprintf(path, sizeof path, "%s/examples/seeds/%s.out", CSP_SOURCE_ROOT, c->name);
    char *want = golden_read_file(path, NULL);
    cr_assert(want != NULL, "%s: missing expected output %s", rel, path);
    char *got = r.out;
    if (c->normalize[0]) {
        want = golden_normalize(want, c->normalize);
        got = golden_normalize(got, c->normalize);
    }
    if (strcmp(c->check, "sorted") == 0) {
        want = golden_sort_lines(want);
        got = golden_sort_lines(got);
    }
    if (strcmp(want, got) != 0) {
        /* Where Go's own output depends on a race, NAME.alt.out holds the
         * other output real Go produces (its provenance is in README.md here):
         * csp must produce one of the two. */
        snprintf(path, sizeof path, "%s/examples/seeds/%s.alt.out", CSP_SOURCE_ROOT, c->name);
        char *alt = golden_read_file(path, NULL);
        if (alt && c->normalize[0]) alt = golden_normalize(alt, c->normalize);
        if (alt && strcmp(c->check, "sorted") == 0) alt = golden_sort_lines(alt);
        if (alt && strcmp(alt, got) == 0) return;
        char *diff = golden_diff(want, got);
        cr_assert_fail("%s: stdout (%s%s) differs from %s.out: %s\n--- stderr ---\n%.1000s", rel, c->check,
                c->normalize[0] ? ", normalized" : "", c->name, diff, r.err);
    }
}
