/*
 * The natives of package runtime (stdlib/runtime.go).
 *
 * Invariants: GOMAXPROCS only records the value a program sets; scheduling
 * always uses one thread.
 */
#include <gc/gc.h>
#include <unistd.h>

#include "runtime/native.h"
#include "runtime/sched.h"
#include "runtime/str.h"

/* The GOMAXPROCS setting; 0 until first read (then the CPU count). */
static int64_t maxprocs;

/* func Gosched() */
static int rt_gosched(NativeCtx *ctx, Value *args, Value *results) {
    if (!sched_has_runnable()) return NATIVE_OK;
    sched_yield(native_g(ctx));
    return NATIVE_BLOCK;
}

/* func NumGoroutine() int */
static int rt_numgoroutine(NativeCtx *ctx, Value *args, Value *results) {
    results[0].i = sched_count();
    return NATIVE_OK;
}

/* The number of online CPUs (at least 1). */
static int64_t cpu_count(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? n : 1;
}

/* func NumCPU() int */
static int rt_numcpu(NativeCtx *ctx, Value *args, Value *results) {
    results[0].i = cpu_count();
    return NATIVE_OK;
}

/* func GOMAXPROCS(n int) int */
static int rt_gomaxprocs(NativeCtx *ctx, Value *args, Value *results) {
    if (!maxprocs) maxprocs = cpu_count();
    results[0].i = maxprocs;
    if (args[0].i > 0) maxprocs = args[0].i;
    return NATIVE_OK;
}

/* func GC() */
static int rt_gc(NativeCtx *ctx, Value *args, Value *results) {
    GC_gcollect();
    return NATIVE_OK;
}

/* func Caller(skip int) (pc uintptr, file string, line int, ok bool): pc is
 * the frame's depth plus one (csp has no program counters to give). */
static int rt_caller(NativeCtx *ctx, Value *args, Value *results) {
    const char *file = "";
    int line = 0;
    bool ok = args[0].i >= 0 && native_caller(ctx, (int)args[0].i, &file, &line);
    results[0].u = ok ? (uint64_t)args[0].i + 1 : 0;
    results[1] = str_cstr(file);
    results[2].i = line;
    results[3].i = ok;
    return NATIVE_OK;
}

/* The natives of package runtime. */
const NativeFunc runtime_natives[] = {
    {"Gosched", rt_gosched},
    {"NumGoroutine", rt_numgoroutine},
    {"NumCPU", rt_numcpu},
    {"GOMAXPROCS", rt_gomaxprocs},
    {"GC", rt_gc},
    {"Caller", rt_caller},
    {NULL, NULL},
};
