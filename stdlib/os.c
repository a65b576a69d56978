/*
 * Package os natives.
 *
 * Invariants:
 * - An *os.File points to storage {fd int, name string}. Descriptors 1 and 2
 *   write through the VM's buffered streams (native_stdout/native_stderr),
 *   so output order matches fmt's; other descriptors use read(2)/write(2).
 * - A closed File has fd -1; errors are reported as errno codes that os.go
 *   wraps in *PathError values.
 */
#include "stdlib/os.h"

#include <errno.h>
#include <poll.h>
#include <fcntl.h>
#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/sched.h"
#include "runtime/slice.h"
#include "runtime/str.h"

extern char **environ;

/* Ends the program with a status (provided by the VM when it supports it). */
int native_exit(NativeCtx *ctx, int code) __attribute__((weak));

/* The command line recorded by os_set_args. */
static int os_argc;
static char **os_argv;

void os_set_args(int argc, char **argv)
{
    os_argc = argc;
    os_argv = argv;
}

void (*os_stdin_hook)(void);

/* Tells the hook that the program waits for input, then flushes standard
 * output, as Go's unbuffered os.Stdout would have shown it (so a prompt
 * appears only once the hook is done). */
static void os_stdin_wanted(NativeCtx *ctx)
{
    if (os_stdin_hook) os_stdin_hook();
    fflush(native_stdout(ctx));
}

/* Bytes pushed back in front of standard input, in input order; they are
 * read before the descriptor. */
static char os_stdin_back[16];
static int os_stdin_nback;

int os_stdin_read_byte(NativeCtx *ctx)
{
    if (os_stdin_nback > 0) {
        unsigned char c = (unsigned char)os_stdin_back[0];
        memmove(os_stdin_back, os_stdin_back + 1, (size_t)--os_stdin_nback);
        return c;
    }
    os_stdin_wanted(ctx);
    unsigned char c;
    ssize_t r;
    do r = read(0, &c, 1);
    while (r < 0 && errno == EINTR);
    return r == 1 ? c : -1;
}

void os_stdin_unread(const char *p, int n)
{
    if (n <= 0 || os_stdin_nback + n > (int)sizeof os_stdin_back) return;
    memmove(os_stdin_back + n, os_stdin_back, (size_t)os_stdin_nback);
    memcpy(os_stdin_back, p, (size_t)n);
    os_stdin_nback += n;
}

/* Makes a []string from n C strings. */
static Value os_string_slice(char **v, int n)
{
    Value s = slice_make(type_string, n, n);
    for (int i = 0; i < n; i++) slice_index(s, i, 1)->p = str_cstr(v[i]).p;
    return s;
}

/* func runtimeArgs() []string */
static int os_runtimeArgs(NativeCtx *ctx, Value *args, Value *results)
{
    char *fallback[1] = {"csp"};
    results[0] = os_argc > 0 ? os_string_slice(os_argv, os_argc) : os_string_slice(fallback, 1);
    return NATIVE_OK;
}

/* func errstr(code int) string: strerror in Go's lower-case spelling. */
static int os_errstr(NativeCtx *ctx, Value *args, Value *results)
{
    char *s = str_to_cstr(str_cstr(strerror((int)args[0].i)));
    if (s[0] >= 'A' && s[0] <= 'Z' && !(s[1] >= 'A' && s[1] <= 'Z')) s[0] = (char)(s[0] - 'A' + 'a');
    results[0] = str_cstr(s);
    return NATIVE_OK;
}

/* The FILE* behind descriptor fd if it is a VM-buffered stream, else NULL. */
static FILE *os_stream(NativeCtx *ctx, int64_t fd)
{
    if (fd == 1) return native_stdout(ctx);
    if (fd == 2) return native_stderr(ctx);
    return NULL;
}

/* Writes n bytes to descriptor fd; sets *code to an errno on failure. */
static int64_t os_write_bytes(NativeCtx *ctx, int64_t fd, const char *p, int64_t n, int64_t *code)
{
    *code = 0;
    if (fd < 0) {
        *code = EBADF;
        return 0;
    }
    FILE *f = os_stream(ctx, fd);
    if (f) {
        /* Keep stdout and stderr in program order when they share a terminal. */
        if (fd == 2) fflush(native_stdout(ctx));
        if (n && fwrite(p, 1, (size_t)n, f) != (size_t)n) {
            *code = EIO;
            return 0;
        }
        return n;
    }
    int64_t done = 0;
    while (done < n) {
        ssize_t w = write((int)fd, p + done, (size_t)(n - done));
        if (w < 0) {
            if (errno == EINTR) continue;
            *code = errno;
            break;
        }
        done += w;
    }
    return done;
}

/* func (f *File) write(b []byte) (n int, code int) */
static int os_File_write(NativeCtx *ctx, Value *args, Value *results)
{
    Value *file = args[0].p;
    int64_t n = slice_len(args[1]);
    char *buf = GC_MALLOC_ATOMIC((size_t)n + 1);
    for (int64_t i = 0; i < n; i++) buf[i] = (char)(uint8_t)((Slice *)args[1].p)->data[i].u;
    int64_t code;
    results[0].i = os_write_bytes(ctx, file[0].i, buf, n, &code);
    results[1].i = code;
    return NATIVE_OK;
}

/* func (f *File) writeString(s string) (n int, code int) */
static int os_File_writeString(NativeCtx *ctx, Value *args, Value *results)
{
    Value *file = args[0].p;
    int64_t code;
    results[0].i = os_write_bytes(ctx, file[0].i, str_ptr(args[1]), str_len(args[1]), &code);
    results[1].i = code;
    return NATIVE_OK;
}

/* func (f *File) read(b []byte) (n int, code int): 0, 0 at end of file. */
static int os_File_read(NativeCtx *ctx, Value *args, Value *results)
{
    Value *file = args[0].p;
    int64_t n = slice_len(args[1]);
    results[0].i = 0;
    results[1].i = 0;
    if (file[0].i < 0) {
        results[1].i = EBADF;
        return NATIVE_OK;
    }
    if (file[0].i == 0 && os_stdin_nback > 0) {
        int64_t k = 0;
        while (k < n && os_stdin_nback > 0) ((Slice *)args[1].p)->data[k++].u = (unsigned)os_stdin_read_byte(ctx);
        results[0].i = k;
        return NATIVE_OK;
    }
    if (file[0].i == 0) os_stdin_wanted(ctx);
    /* No input yet: wait in the scheduler, so other goroutines run meanwhile;
     * the call runs again once the fd is readable. */
    struct pollfd pfd = {.fd = (int)file[0].i, .events = POLLIN};
    if (ctx && n > 0 && poll(&pfd, 1, 0) == 0) {
        sched_park_fd(native_g(ctx), (int)file[0].i);
        return NATIVE_RETRY;
    }
    char *buf = GC_MALLOC_ATOMIC((size_t)n + 1);
    ssize_t r;
    do r = read((int)file[0].i, buf, (size_t)n);
    while (r < 0 && errno == EINTR);
    if (r < 0) {
        results[1].i = errno;
        return NATIVE_OK;
    }
    for (ssize_t i = 0; i < r; i++) ((Slice *)args[1].p)->data[i].u = (unsigned char)buf[i];
    results[0].i = r;
    return NATIVE_OK;
}

/* func (f *File) close() int: -1 if already closed. */
static int os_File_close(NativeCtx *ctx, Value *args, Value *results)
{
    Value *file = args[0].p;
    results[0].i = 0;
    if (file[0].i < 0) {
        results[0].i = -1;
        return NATIVE_OK;
    }
    FILE *f = os_stream(ctx, file[0].i);
    if (f) fflush(f);
    else if (close((int)file[0].i) != 0) results[0].i = errno;
    file[0].i = -1;
    return NATIVE_OK;
}

/* func (f *File) seek(offset int64, whence int) (ret int64, code int): code
 * -1 for a closed file. */
static int os_File_seek(NativeCtx *ctx, Value *args, Value *results)
{
    Value *file = args[0].p;
    results[0].i = 0;
    results[1].i = 0;
    if (file[0].i < 0) {
        results[1].i = -1;
        return NATIVE_OK;
    }
    FILE *f = os_stream(ctx, file[0].i);
    if (f) fflush(f);
    off_t r = lseek((int)file[0].i, (off_t)args[1].i, (int)args[2].i);
    if (r < 0) results[1].i = errno;
    else results[0].i = (int64_t)r;
    return NATIVE_OK;
}

/* func (f *File) sync() int: fsync after flushing a buffered stream; -1 for
 * a closed file. */
static int os_File_sync(NativeCtx *ctx, Value *args, Value *results)
{
    Value *file = args[0].p;
    results[0].i = 0;
    if (file[0].i < 0) {
        results[0].i = -1;
        return NATIVE_OK;
    }
    FILE *f = os_stream(ctx, file[0].i);
    if (f) fflush(f);
    if (fsync((int)file[0].i) != 0) results[0].i = errno;
    return NATIVE_OK;
}

/* func open(name string, flag int, perm uint32) (fd int, code int) */
static int os_open(NativeCtx *ctx, Value *args, Value *results)
{
    int fd = open(str_to_cstr(args[0]), (int)args[1].i | O_CLOEXEC, (mode_t)args[2].u);
    results[0].i = fd;
    results[1].i = fd < 0 ? errno : 0;
    return NATIVE_OK;
}

/* func readFile(name string) (data []byte, code int) */
static int os_readFile(NativeCtx *ctx, Value *args, Value *results)
{
    results[0].p = NULL;
    results[1].i = 0;
    FILE *f = fopen(str_to_cstr(args[0]), "rb");
    if (!f) {
        results[1].i = errno;
        return NATIVE_OK;
    }
    int64_t cap = 4096, len = 0;
    char *buf = GC_MALLOC_ATOMIC((size_t)cap);
    for (;;) {
        if (len == cap) {
            char *nb = GC_MALLOC_ATOMIC((size_t)cap * 2);
            memcpy(nb, buf, (size_t)len);
            buf = nb;
            cap *= 2;
        }
        size_t r = fread(buf + len, 1, (size_t)(cap - len), f);
        if (r == 0) break;
        len += (int64_t)r;
    }
    if (ferror(f)) results[1].i = errno ? errno : EIO;
    fclose(f);
    Value s = slice_make(type_uint8, len, len);
    for (int64_t i = 0; i < len; i++) slice_index(s, i, 1)->u = (unsigned char)buf[i];
    results[0] = s;
    return NATIVE_OK;
}

/* func writeFile(name string, data []byte, perm uint32) int */
static int os_writeFile(NativeCtx *ctx, Value *args, Value *results)
{
    int fd = open(str_to_cstr(args[0]), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, (mode_t)args[2].u);
    if (fd < 0) {
        results[0].i = errno;
        return NATIVE_OK;
    }
    int64_t n = slice_len(args[1]), code;
    char *buf = GC_MALLOC_ATOMIC((size_t)n + 1);
    for (int64_t i = 0; i < n; i++) buf[i] = (char)(uint8_t)((Slice *)args[1].p)->data[i].u;
    os_write_bytes(ctx, fd <= 2 ? -1 : fd, buf, n, &code);
    close(fd);
    results[0].i = code;
    return NATIVE_OK;
}

/* func remove(name string) int */
static int os_remove(NativeCtx *ctx, Value *args, Value *results)
{
    const char *name = str_to_cstr(args[0]);
    results[0].i = 0;
    if (unlink(name) != 0) {
        int e = errno;
        if (rmdir(name) != 0) results[0].i = e == EISDIR || e == EPERM ? errno : e;
    }
    return NATIVE_OK;
}

/* func Exit(code int) */
static int os_Exit(NativeCtx *ctx, Value *args, Value *results)
{
    fflush(native_stdout(ctx));
    fflush(native_stderr(ctx));
    if (native_exit) return native_exit(ctx, (int)args[0].i);
    exit((int)args[0].i);
}

/* func Getenv(key string) string */
static int os_Getenv(NativeCtx *ctx, Value *args, Value *results)
{
    const char *v = getenv(str_to_cstr(args[0]));
    results[0] = v ? str_cstr(v) : (Value){.p = NULL};
    return NATIVE_OK;
}

/* func LookupEnv(key string) (string, bool) */
static int os_LookupEnv(NativeCtx *ctx, Value *args, Value *results)
{
    const char *v = getenv(str_to_cstr(args[0]));
    results[0] = v ? str_cstr(v) : (Value){.p = NULL};
    results[1].i = v != NULL;
    return NATIVE_OK;
}

/* func setenv(key, value string) int */
static int os_setenv(NativeCtx *ctx, Value *args, Value *results)
{
    results[0].i = setenv(str_to_cstr(args[0]), str_to_cstr(args[1]), 1) == 0 ? 0 : errno;
    return NATIVE_OK;
}

/* func unsetenv(key string) int */
static int os_unsetenv(NativeCtx *ctx, Value *args, Value *results)
{
    results[0].i = unsetenv(str_to_cstr(args[0])) == 0 ? 0 : errno;
    return NATIVE_OK;
}

/* func Environ() []string */
static int os_Environ(NativeCtx *ctx, Value *args, Value *results)
{
    int n = 0;
    while (environ && environ[n]) n++;
    results[0] = os_string_slice(environ, n);
    return NATIVE_OK;
}

/* func Getpid() int */
static int os_Getpid(NativeCtx *ctx, Value *args, Value *results)
{
    results[0].i = getpid();
    return NATIVE_OK;
}

/* func getwd() (string, int) */
static int os_getwd(NativeCtx *ctx, Value *args, Value *results)
{
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) {
        results[0].p = NULL;
        results[1].i = errno;
    } else {
        results[0] = str_cstr(buf);
        results[1].i = 0;
    }
    return NATIVE_OK;
}

/* func hostname() (string, int) */
static int os_hostname(NativeCtx *ctx, Value *args, Value *results)
{
    char buf[256];
    if (gethostname(buf, sizeof buf - 1) != 0) {
        results[0].p = NULL;
        results[1].i = errno;
    } else {
        buf[sizeof buf - 1] = 0;
        results[0] = str_cstr(buf);
        results[1].i = 0;
    }
    return NATIVE_OK;
}

const NativeFunc os_natives[] = {
    {"runtimeArgs", os_runtimeArgs},
    {"errstr", os_errstr},
    {"File.write", os_File_write},
    {"File.writeString", os_File_writeString},
    {"File.read", os_File_read},
    {"File.close", os_File_close},
    {"File.seek", os_File_seek},
    {"File.sync", os_File_sync},
    {"open", os_open},
    {"readFile", os_readFile},
    {"writeFile", os_writeFile},
    {"remove", os_remove},
    {"Exit", os_Exit},
    {"Getenv", os_Getenv},
    {"LookupEnv", os_LookupEnv},
    {"setenv", os_setenv},
    {"unsetenv", os_unsetenv},
    {"Environ", os_Environ},
    {"Getpid", os_Getpid},
    {"getwd", os_getwd},
    {"hostname", os_hostname},
    {NULL, NULL},
};
