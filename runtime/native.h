/*
 * The native-function interface: how C code in stdlib/ (and the runtime's
 * builtins) is called from bytecode.
 *
 * Invariants:
 * - A standard package is Go source plus a table of natives. The source
 *   declares the package's whole API (types, constants, variables and
 *   functions); a function or method declared without a body is bound to the
 *   native of the same name in the table ("Itoa", "Builder.WriteString" for
 *   a method, whatever its receiver kind). A bodyless function with no native
 *   is a compile error.
 * - A native is called with its arguments in `args` (receiver first for a
 *   method, a variadic tail as one slice Value) and writes its results to
 *   `results`; both are laid out exactly as the Go signature says, one Value
 *   per parameter or result. A generic native receives one leading Value per
 *   type argument, holding its Type*.
 * - A native never blocks and never longjmps. It returns NATIVE_OK, or
 *   NATIVE_PANIC after calling native_panic*, or (issue 3) NATIVE_BLOCK after
 *   parking the goroutine through the scheduler; the interpreter loop then
 *   switches goroutines and re-runs nothing: the native's wake-up path writes
 *   the results.
 * - A native that must call script code (a less function, a String method)
 *   uses native_call, the one re-entry path. Script code running there must
 *   not block: a channel operation that would park fails with a panic
 *   "cannot block in a callback from native code".
 */
#ifndef CSP_NATIVE_H
#define CSP_NATIVE_H

#include <stdio.h>
#include "type.h"

/* What a native returns. NATIVE_BLOCK: the native parked the goroutine and
 * the goroutine resumes after the call. NATIVE_RETRY: the native parked the
 * goroutine (on an fd, through sched_park_fd) and the call runs again when it
 * is woken, as for a read that found no input yet. */
enum { NATIVE_OK = 0, NATIVE_PANIC = 1, NATIVE_BLOCK = 2, NATIVE_RETRY = 3 };

/* One native of a package: `name` is "Func" or "Type.Method". */
typedef struct NativeFunc {
    const char *name;
    NativeFn fn;
} NativeFunc;

/* A standard package: its import path, its Go source and its natives
 * (terminated by an entry with a NULL name). */
typedef struct NativePackage {
    const char *path;
    const char *source;
    const NativeFunc *natives;
} NativePackage;

/* Finds a standard package by import path ("fmt", "unicode/utf8"); NULL if none. */
const NativePackage *stdlib_find(const char *path);
/* Finds a native in a package's table; NULL if none. */
NativeFn native_lookup(const NativePackage *pkg, const char *name);

/* Makes the current goroutine panic with a Go string value (as panic("...")). */
int native_panic_string(NativeCtx *ctx, const char *msg);
/* Makes the current goroutine panic with a runtime.Error whose Error() is
 * "runtime error: " + msg (as Go's run-time panics). */
int native_panic_runtime(NativeCtx *ctx, const char *msg);
/* Makes the current goroutine panic with an arbitrary interface value. */
int native_panic_value(NativeCtx *ctx, Value iface);
/* Calls a function value with `args` (laid out as for a native), writing its
 * results; returns NATIVE_OK or NATIVE_PANIC (the panic is then pending). */
int native_call(NativeCtx *ctx, Value fn, Value *args, int nargs, Value *results, int nresults);
/* Calls the method `name` of interface value `iface` if its dynamic type has
 * it; returns -1 if it does not, else as native_call. */
int native_call_method(NativeCtx *ctx, Value iface, const char *name, Value *args, int nargs,
                       Value *results, int nresults);
/* The goroutine running the native. A native that must wait parks it with
 * sched_park (runtime/sched.h), arranges for something to sched_ready it,
 * and returns NATIVE_BLOCK; the goroutine resumes after the call, so such a
 * native writes its results (if any) before parking. */
struct G *native_g(NativeCtx *ctx);
/* The source file (absolute, as Go reports it) and line of the skip-th
 * function up the calling goroutine's stack, 0 being the function that
 * called the native; false past the bottom (runtime.Caller). */
bool native_caller(NativeCtx *ctx, int skip, const char **file, int *line);
/* Starts a goroutine running fn(), a func value with no parameters or
 * results. ctx may be NULL (from a timer firing in the scheduler). */
void native_go(NativeCtx *ctx, Value fn);
/* Ends the program with Go's unrecoverable `fatal error: msg` and exit 2. */
int native_fatal(NativeCtx *ctx, const char *msg);
/* Ends the program with exit status `code` after flushing the streams, as
 * os.Exit (deferred calls do not run). Implemented by the VM; os.c falls
 * back to exit(3) when it is absent. */
int native_exit(NativeCtx *ctx, int code);
/* Stops the panic left pending by a native_call/native_call_method that
 * returned NATIVE_PANIC and returns its value (as recover() would), so that
 * fmt can print %!v(PANIC=String method: ...). Implemented by the VM; fmt
 * lets the panic propagate when it is absent. */
Value native_recover(NativeCtx *ctx);
/* The program's stdout and stderr streams (buffered; flushed at exit). */
FILE *native_stdout(NativeCtx *ctx);
FILE *native_stderr(NativeCtx *ctx);

#endif
