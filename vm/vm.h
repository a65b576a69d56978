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

#include <setjmp.h>
#include <signal.h>

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

/* The execution state of one goroutine. Pointers first, then the counts,
 * then the flags: a million parked goroutines each hold one (vm_fiber_small
 * packs it with the rest of a goroutine into one 368-byte size class). */
typedef struct Fiber {
    /* The register stack (stack_size Values). */
    Value *stack;
    /* The frame stack (nframes used of frames_cap). */
    Frame *frames;
    /* The innermost panic in progress, or NULL. */
    Panic *panic;
    /* A panic raised by a native, started when it returns (has_pending). */
    Value pending;
    /* The program. */
    Module *mod;
    /* The context natives receive. */
    NativeCtx ctx;
    /* The scheduler's goroutine record (runtime/sched.h). */
    struct G *g;
    /* The function whose go statement started the goroutine (its name and
     * source are printed as "created by"); NULL for main. */
    const Proto *created_in;
    /* The id of the goroutine that started it (0 if none did). */
    int64_t created_goid;
    /* The size of the register stack in Values. */
    int stack_size;
    /* The number of frames in use. */
    int nframes;
    /* The capacity of the frame stack. */
    int frames_cap;
    /* How many native_call loops are nested. */
    int native_depth;
    /* The line of the go statement; 0 when a native started the goroutine. */
    int created_line;
    /* Whether `pending` holds a panic to start. */
    bool has_pending;
    /* Set while the goroutine is parked in a channel operation or select:
     * the instruction at the saved pc completes from the wait record when
     * the goroutine runs again, instead of starting over. */
    bool resume;
    /* Whether the fiber's block (vm_fiber_small) still has room for one
     * deferred call of at most one argument, unused: the first such defer
     * takes it instead of allocating a record. */
    bool spare_defer;
    /* A REPL entry's goroutine that was given up (interrupted, deadlocked):
     * it ends the next time it is scheduled, and reports skip it. */
    bool abandoned;
} Fiber;

/* What vm_run returns. */
enum { VM_DONE = 0, VM_PANIC = 1, VM_BLOCK = 2, VM_YIELD = 3 };

/* Creates a fiber for a module. */
Fiber *vm_fiber_new(Module *mod);
/* Creates a small fiber (for a goroutine) that calls fn(args...): its bottom
 * frame is fn's own when fn is a bytecode closure, else `tramp`, a trampoline
 * calling R[0](R[1..nargs]). Its G (f->g), its first deferred call and its
 * registers are allocated with it in one block; the G is zeroed, for
 * sched_start. */
Fiber *vm_fiber_small(Module *mod, Proto *tramp, Value fn, const Value *args, int nargs);
/* Creates a fiber whose bottom frame is the module's entry (a REPL entry,
 * started by vm_repl_run). */
Fiber *vm_fiber_entry(Module *mod);
/* The module being run. */
extern Module *vm_module;
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
/* A boxed runtime.plainError whose Error() is exactly `text` (e.g. "close
 * of closed channel"). */
Value vm_plain_error(const char *text);
/* The boxed run-time error "runtime error: msg" (a runtime.boundsError for
 * index, slice and conversion bounds, else a runtime.errorString). */
Value vm_runtime_error(const char *msg);
/* Creates the run-time error types (each implements runtime.Error) and
 * returns runtime.errorString. */
Type *vm_runtime_error_type(void);
/* The program's arguments (os.Args) and buffered streams. */
extern Value vm_args;
extern FILE *vm_stdout, *vm_stderr;
/* Flushes stdout and stderr (before a panic message and at exit). */
void vm_flush(void);
/* How many backward jumps and calls a goroutine runs before it yields to
 * another runnable one (a time slice). */
#define VM_SLICE 20000
/* The text of the panic when script code called back from a native (a less
 * function, a String method) would block. */
#define VM_NOBLOCK "cannot block in a callback from native code"
/* The time slice left to the running goroutine. */
extern int vm_budget;
/* Set (from a SIGINT handler, by the REPL) to stop the foreground entry:
 * the running goroutine yields at its next time-slice check even when no
 * other goroutine is runnable, and the scheduler's idle waits give up. */
extern volatile sig_atomic_t vm_interrupted;
/* Set while the REPL runs background goroutines between prompts: a
 * goroutine whose time slice is spent yields even when no other goroutine
 * is runnable, so the prompt gets the CPU back. */
extern bool vm_yield_always;
/* In a REPL session: where a fatal error and os.Exit go instead of ending
 * the process (longjmp with the exit status plus one); NULL otherwise. */
extern jmp_buf *vm_escape;
/* The vm_escape longjmp value of a fatal error (os.Exit's is its status
 * plus one, at most 256). */
#define VM_ESCAPE_FATAL 0x1000
/* Prints Go's `fatal error: msg` with the goroutine's trace and exits 2
 * (or escapes to vm_escape). */
void vm_fatal(Fiber *f, const char *msg) __attribute__((noreturn));
/* The register-stack limit in Values; deeper recursion is Go's stack
 * overflow fatal error. */
#define VM_MAX_STACK (16 * 1024 * 1024)
/* The frame-stack limit. */
#define VM_MAX_FRAMES (2 * 1024 * 1024)

#endif
