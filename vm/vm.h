/*
 * The interpreter loop and the execution state of a goroutine (Fiber).
 *
 * Invariants:
 * - All execution state lives in a GC-allocated Fiber: the register stack
 *   (addressed by index, so growing it may move it), the frame stack, the
 *   pending panics. Script calls never recurse in C; only native_call runs a
 *   nested loop on the same fiber.
 * - vm_run runs the fiber's current frames until the bottom frame returns,
 *   a panic escapes it, or (later) the goroutine blocks or yields; it is the
 *   hook a scheduler uses to switch fibers (the state is saved in the frames).
 */
#ifndef CSP_VM_H
#define CSP_VM_H

#include "runtime/native.h"
#include "vm/proto.h"

/* A deferred call: the function and its arguments, evaluated at the defer. */
typedef struct Defer {
    /* The next (older) deferred call of the same frame. */
    struct Defer *next;
    /* The function value. */
    Value fn;
    /* The arguments. */
    int nargs;
    Value args[];
} Defer;

/* One line of a captured traceback. */
typedef struct TraceLine {
    /* The function name as Go prints it. */
    const char *name;
    /* Whether the function has parameters (printed as "(...)"). */
    bool has_params;
    /* The source file and line. */
    const Source *src;
    int line;
} TraceLine;

/* A panic in progress (Go's _panic). */
typedef struct Panic {
    /* The previous panic still in progress (printed first). */
    struct Panic *link;
    /* The panic value (an interface value). */
    Value val;
    /* Whether recover() has stopped it. */
    bool recovered;
    /* The index of the top frame when it started. */
    int depth;
    /* The frames at the moment of the panic, deepest first. */
    TraceLine *trace;
    int ntrace;
    bool trace_elided;
} Panic;

/* Frame flags. */
enum {
    /* Returning from this frame leaves the C loop (bottom or native_call). */
    FR_STOP = 1,
    /* This frame is a deferred call run by a panic: recover() works here,
     * and returning resumes the unwinding. */
    FR_PANICDEFER = 2,
};

/* One activation of a bytecode function. */
typedef struct Frame {
    /* The function and its closure. */
    Proto *proto;
    Closure *cl;
    /* The saved program counter (valid while this frame is not running). */
    const Instr *pc;
    /* The index of register 0 in the fiber's stack. */
    int base;
    /* The stack index where results go, and how many the caller wants. */
    int ret;
    int nret;
    /* FR_* flags. */
    int flags;
    /* The deferred calls, newest first. */
    Defer *defers;
} Frame;

/* The context handed to natives: the fiber that calls them. */
struct NativeCtx {
    /* The calling fiber. */
    struct Fiber *fiber;
};

/* The execution state of one goroutine. */
typedef struct Fiber {
    /* The register stack and its size in Values. */
    Value *stack;
    int stack_size;
    /* The frame stack. */
    Frame *frames;
    int nframes;
    int frames_cap;
    /* The innermost panic in progress, or NULL. */
    Panic *panic;
    /* A panic raised by a native, started when it returns. */
    Value pending;
    bool has_pending;
    /* The program. */
    Module *mod;
    /* The context natives receive. */
    NativeCtx ctx;
    /* How many native_call loops are nested. */
    int native_depth;
    /* The scheduler's goroutine record (later). */
    void *g;
} Fiber;

/* What vm_run returns. */
enum { VM_DONE = 0, VM_PANIC = 1, VM_BLOCK = 2, VM_YIELD = 3 };

/* Creates a fiber for a module. */
Fiber *vm_fiber_new(Module *mod);
/* Runs the fiber until its bottom frame returns (VM_DONE) or a panic
 * escapes (VM_PANIC, the panic is in fiber->panic). */
int vm_run(Fiber *f);
/* Calls a function value on the fiber (a nested loop if bytecode), with
 * arguments and results laid out as for natives. Returns VM_DONE or
 * VM_PANIC. */
int vm_call(Fiber *f, Value fn, const Value *args, int nargs, Value *results, int nresults);
/* Runs package initialization then main; returns the exit status. */
int vm_run_main(Module *mod, int argc, char **argv);
/* Prints an uncaught panic chain and traceback as Go does (stdout flushed
 * first). */
void vm_print_panic(Fiber *f, FILE *out);
/* The boxed run-time error "runtime error: msg" (a runtime.Error). */
Value vm_runtime_error(const char *msg);
/* The type of run-time errors. */
Type *vm_runtime_error_type(void);
/* The program's arguments (os.Args) and buffered streams. */
extern Value vm_args;
extern FILE *vm_stdout, *vm_stderr;
/* Flushes stdout and stderr (before a panic message and at exit). */
void vm_flush(void);
/* The register-stack limit in Values; deeper recursion is Go's stack
 * overflow fatal error. */
#define VM_MAX_STACK (16 * 1024 * 1024)
/* The frame-stack limit. */
#define VM_MAX_FRAMES (2 * 1024 * 1024)

#endif
