/*
 * The interpreter loop.
 *
 * Design:
 * - Typed register bytecode (vm/opcodes.h): the checker knows every type, so
 *   arithmetic and comparisons dispatch on the opcode only; sized integers
 *   are re-extended by explicit SEXT/ZEXT ops, float32 by ROUNDF32.
 * - Dispatch is computed goto (a `switch` with -DCSP_NO_COMPUTED_GOTO). The
 *   loop keeps pc, the register window R and the constants K in C locals and
 *   writes pc back to the frame only when it calls out or pushes a frame.
 * - Every bit of execution state lives in the Fiber (vm.h): calls push a
 *   Frame and continue in the same C loop; returns pop it. A frame's results
 *   go to `ret` in the stack (for CALL: the callee's function slot, base-1).
 *   Only native_call re-enters: it pushes a FR_STOP frame and runs a nested
 *   loop until that frame returns.
 * - Calling convention: the callee's register 0 is the caller's R[A+1], so
 *   arguments are passed in place. A bound method value is a Closure with no
 *   proto and no native whose up[0] is the receiver and up[1] the method:
 *   calling it shifts the arguments up by one (the compiler keeps one spare
 *   register above every call area).
 * - Defers are per-frame lists. A function with defers returns through its
 *   exit block (Proto.exit_pc: RUNDEFERS, load results, RET); RUNDEFERS runs
 *   one deferred call and re-executes itself until the list is empty.
 * - A panic captures a traceback, then unwinds: it runs the top frame's
 *   deferred calls as FR_PANICDEFER frames and pops frames without defers.
 *   When a FR_PANICDEFER frame returns after recover(), the panic is removed
 *   and the deferring frame resumes at its exit block. Unwinding past a
 *   FR_STOP frame leaves the C loop with VM_PANIC.
 */
#include "vm/vm.h"

#include <gc/gc.h>
#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "runtime/chan.h"
#include "runtime/cplx.h"
#include "runtime/iface.h"
#include "runtime/map.h"
#include "runtime/sched.h"
#include "runtime/select.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "stdlib/os.h"
#include "vm/goroutine.h"

#if defined(__GNUC__)
#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define LIKELY(x) (x)
#define UNLIKELY(x) (x)
#endif

Value vm_args;
FILE *vm_stdout, *vm_stderr;

/* The results of call_value (CV_BLOCK: a native parked the goroutine, which
 * resumes after the call; CV_RETRY: the call runs again when it wakes). */
enum { CV_PUSHED, CV_DONE, CV_PANIC, CV_BLOCK, CV_RETRY };

/* What is left of the running goroutine's time slice, counted down on
 * backward jumps and calls; at zero the goroutine yields if another can run. */
int vm_budget = VM_SLICE;
volatile sig_atomic_t vm_interrupted;
bool vm_yield_always;
jmp_buf *vm_escape;

/* Go's concrete run-time error types, each a named string whose Error()
 * is the string: errorString ("runtime error: ..."), boundsError (index,
 * slice and conversion bounds), plainError (messages without the prefix),
 * then, boxed behind a pointer as in Go, TypeAssertionError and
 * PanicNilError (the value of panic(nil) since Go 1.21). All have
 * runtime.Error's RuntimeError. */
enum { RT_ERRSTR, RT_BOUNDS, RT_PLAIN, RT_ASSERT, RT_PANICNIL, RT_NTYPES };
/* The types, created on first use, indexed by the RT_ enum. */
static Type *rt_error_types[RT_NTYPES];
/* Their Go names, indexed by the RT_ enum. */
static const char *const rt_error_names[RT_NTYPES] = {"errorString", "boundsError", "plainError",
                                                      "TypeAssertionError", "PanicNilError"};

/* The native behind the run-time errors' Error: the box holds the full text. */
static int rt_error_Error(NativeCtx *ctx, Value *args, Value *results)
{
    results[0] = args[0];
    return NATIVE_OK;
}

/* The native behind the run-time errors' RuntimeError: does nothing. */
static int rt_error_RuntimeError(NativeCtx *ctx, Value *args, Value *results)
{
    return NATIVE_OK;
}

/* Binds a native to a new method of t. */
static void rt_error_method(Type *t, const char *name, Type *sig, NativeFn fn)
{
    Method *m = type_add_method(t, name, sig, false);
    Closure *cl = GC_MALLOC(sizeof(Closure));
    cl->native = fn;
    m->fn.p = cl;
}

/* Creates the run-time error types on first use; returns errorString. */
Type *vm_runtime_error_type(void)
{
    if (!rt_error_types[0]) {
        type_init();
        Type *res[1] = {type_string};
        for (int i = 0; i < RT_NTYPES; i++) {
            Type *t = type_named("runtime", rt_error_names[i]);
            type_set_underlying(t, type_string);
            rt_error_method(t, "Error", type_func(NULL, 0, res, 1, false), rt_error_Error);
            rt_error_method(t, "RuntimeError", type_func(NULL, 0, NULL, 0, false), rt_error_RuntimeError);
            rt_error_types[i] = t;
        }
    }
    return rt_error_types[RT_ERRSTR];
}

/* A run-time error of kind k (RT_) whose Error() is exactly `text`. */
static Value rt_error_kind(int k, const char *text)
{
    vm_runtime_error_type();
    if (k >= RT_ASSERT) {
        Value *cell = GC_MALLOC(sizeof(Value));
        *cell = str_cstr(text);
        return iface_box(type_pointer(rt_error_types[k]), (Value){.p = cell});
    }
    return iface_box(rt_error_types[k], str_cstr(text));
}

/* A plainError whose Error() is exactly `text`. */
static Value rt_error_text(const char *text)
{
    return rt_error_kind(RT_PLAIN, text);
}

Value vm_plain_error(const char *text) { return rt_error_text(text); }

Value vm_runtime_error(const char *msg)
{
    size_t n = strlen(msg);
    char *buf = GC_MALLOC_ATOMIC(n + 16);
    memcpy(buf, "runtime error: ", 15);
    memcpy(buf + 15, msg, n + 1);
    bool bounds = strncmp(msg, "index out of range", 18) == 0 || strncmp(msg, "slice bounds out of range", 25) == 0 ||
                  strncmp(msg, "cannot convert slice", 20) == 0;
    return rt_error_kind(bounds ? RT_BOUNDS : RT_ERRSTR, buf);
}

/* Formats a run-time error message. */
static Value rt_errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static Value rt_errorf(const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return vm_runtime_error(buf);
}

/* Go's message for a failed index check. */
static Value bounds_index(int64_t i, int64_t len)
{
    if (i < 0) return rt_errorf("index out of range [%" PRId64 "]", i);
    return rt_errorf("index out of range [%" PRId64 "] with length %" PRId64, i, len);
}

/* Go's boundsError formats for slicing (runtime/error.go). */
enum { B_ALEN, B_ACAP, B_B, B_3ALEN, B_3ACAP, B_3B, B_3C };
static Value bounds_slice(int kind, int64_t x, int64_t y)
{
    static const char *const fmt[] = {
        "slice bounds out of range [:%" PRId64 "] with length %" PRId64,
        "slice bounds out of range [:%" PRId64 "] with capacity %" PRId64,
        "slice bounds out of range [%" PRId64 ":%" PRId64 "]",
        "slice bounds out of range [::%" PRId64 "] with length %" PRId64,
        "slice bounds out of range [::%" PRId64 "] with capacity %" PRId64,
        "slice bounds out of range [:%" PRId64 ":%" PRId64 "]",
        "slice bounds out of range [%" PRId64 ":%" PRId64 ":]",
    };
    static const char *const negfmt[] = {
        "slice bounds out of range [:%" PRId64 "]",  "slice bounds out of range [:%" PRId64 "]",
        "slice bounds out of range [%" PRId64 ":]",  "slice bounds out of range [::%" PRId64 "]",
        "slice bounds out of range [::%" PRId64 "]", "slice bounds out of range [:%" PRId64 ":]",
        "slice bounds out of range [%" PRId64 "::]",
    };
    if (x < 0) return rt_errorf(negfmt[kind], x);
    return rt_errorf(fmt[kind], x, y);
}

/* The nil-dereference run-time error. */
static Value nil_deref(void)
{
    return vm_runtime_error("invalid memory address or nil pointer dereference");
}

/* Whether values of t are stored as aggregates (struct or array). */
static inline bool is_agg(Type *t)
{
    return t && (t->kind == KIND_STRUCT || t->kind == KIND_ARRAY);
}

/* A fresh copy of n slots. */
static inline void *dup_slots(const void *p, int64_t n)
{
    void *q = GC_MALLOC(n > 0 ? (size_t)n * sizeof(Value) : sizeof(Value));
    if (n > 0 && p) memcpy(q, p, (size_t)n * sizeof(Value));
    return q;
}

Fiber *vm_fiber_new(Module *mod)
{
    Fiber *f = GC_MALLOC(sizeof(Fiber));
    f->stack_size = 1024;
    f->stack = GC_MALLOC(sizeof(Value) * (size_t)f->stack_size);
    f->frames_cap = 64;
    f->frames = GC_MALLOC(sizeof(Frame) * (size_t)f->frames_cap);
    f->mod = mod;
    f->ctx.fiber = f;
    return f;
}

Module *vm_module;

void vm_flush(void)
{
    if (vm_stdout) fflush(vm_stdout);
    if (vm_stderr) fflush(vm_stderr);
    fflush(stdout);
    fflush(stderr);
}

/* Go's fatal stack overflow: prints and exits with status 2. */
static void stack_overflow(Fiber *f)
{
    vm_flush();
    FILE *e = vm_stderr ? vm_stderr : stderr;
    fprintf(e, "runtime: goroutine stack exceeds 1000000000-byte limit\n");
    fprintf(e, "fatal error: stack overflow\n\n");
    fprintf(e, "goroutine 1 [running]:\n");
    int shown = 0;
    for (int i = f->nframes - 1; i >= 0 && shown < 10; i--, shown++) {
        Frame *fr = &f->frames[i];
        if (!fr->proto->name) continue;
        fprintf(e, "%s(...)\n\t%s:%d\n", fr->proto->name, fr->proto->src ? fr->proto->src->name : "?",
                fr->proto->line);
    }
    fprintf(e, "...additional frames elided...\n");
    fflush(e);
    if (vm_escape) longjmp(*vm_escape, VM_ESCAPE_FATAL);
    exit(2);
}

/* Makes room for `need` stack Values and one more frame. */
static void grow(Fiber *f, int64_t need)
{
    if (need > f->stack_size) {
        if (need > VM_MAX_STACK) stack_overflow(f);
        int64_t n = f->stack_size;
        while (n < need) n *= 2;
        if (n > VM_MAX_STACK) n = VM_MAX_STACK;
        Value *s = GC_MALLOC(sizeof(Value) * (size_t)n);
        memcpy(s, f->stack, sizeof(Value) * (size_t)f->stack_size);
        f->stack = s;
        f->stack_size = (int)n;
    }
    if (f->nframes + 1 >= f->frames_cap) {
        if (f->frames_cap >= VM_MAX_FRAMES) stack_overflow(f);
        int n = f->frames_cap * 2;
        Frame *fr = GC_MALLOC(sizeof(Frame) * (size_t)n);
        memcpy(fr, f->frames, sizeof(Frame) * (size_t)f->nframes);
        f->frames = fr;
        f->frames_cap = n;
    }
}

/* Pushes a frame for p whose register 0 is stack[nb]. */
static inline Frame *push_frame(Fiber *f, Proto *p, Closure *cl, int nb, int ret, int nret, int flags)
{
    if (UNLIKELY(nb + p->nregs + 8 > f->stack_size || f->nframes + 1 >= f->frames_cap))
        grow(f, (int64_t)nb + p->nregs + 8);
    Frame *fr = &f->frames[f->nframes++];
    fr->proto = p;
    fr->cl = cl;
    fr->pc = p->code;
    fr->base = nb;
    fr->ret = ret;
    fr->nret = nret;
    fr->flags = flags;
    fr->defers = NULL;
    return fr;
}

/* A goroutine's memory in one allocation: its fiber (first, so a fiber with
 * spare_defer is its block), scheduler record, bottom frame, room for its
 * first deferred call, and first registers (they move out when they grow). */
typedef struct GoBlock {
    /* The fiber. */
    Fiber fiber;
    /* Its scheduler record. */
    G g;
    /* Its bottom frame. */
    Frame frame;
    /* A Defer with one argument, while Fiber.spare_defer says it is unused. */
    Value defer_room[(sizeof(Defer) + sizeof(Value)) / sizeof(Value)];
    /* Its first registers. */
    Value stack[];
} GoBlock;

Fiber *vm_fiber_small(Module *mod, Proto *tramp, Value fn, const Value *args, int nargs)
{
    /* A bytecode closure becomes the bottom frame itself: one frame and a
     * stack of exactly the size it needs (a million parked goroutines must
     * stay small). Anything else is called by the trampoline. */
    Closure *cl = fn.p;
    Proto *p = cl && cl->proto ? cl->proto : tramp;
    int base = p == tramp ? 0 : 1;
    /* The frame's registers (the compiler's spare registers are among
     * them); anything that needs more (a call) grows the stack first. */
    int nstack = base + (p->nregs > nargs ? p->nregs : nargs + 1);
    /* One block holds the fiber, its G, its bottom frame and its first
     * registers: a million parked goroutines must stay small. */
    GoBlock *blk = GC_MALLOC(sizeof(GoBlock) + sizeof(Value) * (size_t)nstack);
    Fiber *f = &blk->fiber;
    f->g = &blk->g;
    f->stack_size = nstack;
    f->stack = blk->stack;
    f->frames_cap = 1;
    f->frames = &blk->frame;
    f->spare_defer = true;
    f->mod = mod;
    f->ctx.fiber = f;
    f->stack[0] = fn;
    if (nargs) memcpy(f->stack + 1, args, sizeof(Value) * (size_t)nargs);
    Frame *fr = &f->frames[f->nframes++];
    fr->proto = p;
    fr->cl = p == tramp ? NULL : cl;
    fr->pc = p->code;
    fr->base = base;
    fr->ret = 0;
    fr->nret = 0;
    fr->flags = FR_STOP;
    fr->defers = NULL;
    return f;
}

/* Sets the pending panic raised outside the loop. */
static void set_pending(Fiber *f, Value v)
{
    f->pending = v;
    f->has_pending = true;
}

/* Runs the native closure cl on args; its first nret results go to
 * stack[at..] (read after the call: a native may grow the stack). */
static int run_native(Fiber *f, Closure *cl, Value *args, int at, int nret)
{
    Value res[32];
    memset(res, 0, sizeof res);
    int r = cl->native(&f->ctx, args, res);
    if (r == NATIVE_PANIC) return CV_PANIC;
    if (nret > 32) nret = 32;
    memcpy(f->stack + at, res, sizeof(Value) * (size_t)nret);
    return r == NATIVE_BLOCK ? CV_BLOCK : r == NATIVE_RETRY ? CV_RETRY : CV_DONE;
}

/* Calls fn with nargs arguments at stack[at+1..]; results go to stack[at..].
 * Natives run to completion here; bytecode gets a frame pushed. */
static int call_value(Fiber *f, Value fnv, int at, int nargs, int nret, int flags)
{
    Closure *cl = fnv.p;
    for (;;) {
        if (!cl) {
            set_pending(f, nil_deref());
            return CV_PANIC;
        }
        if (cl->proto || cl->native) break;
        if (at + nargs + 4 > f->stack_size) grow(f, at + nargs + 4);
        memmove(&f->stack[at + 2], &f->stack[at + 1], sizeof(Value) * (size_t)nargs);
        f->stack[at + 1] = cl->up[0];
        nargs++;
        cl = cl->up[1].p;
    }
    if (cl->native) return run_native(f, cl, f->stack + at + 1, at, nret);
    push_frame(f, cl->proto, cl, at + 1, at, nret, flags);
    return CV_PUSHED;
}

/* The source line of the instruction before pc in frame fr. */
static int frame_line(Frame *fr, const Instr *pc)
{
    Proto *p = fr->proto;
    long i = (long)(pc - p->code) - 1;
    if (i < 0) i = 0;
    if (i >= p->ncode) i = p->ncode - 1;
    return p->lines && p->ncode ? p->lines[i] : p->line;
}

/* Starts a panic with value v: records it and its traceback. */
static void panic_begin(Fiber *f, Value v)
{
    Panic *p = GC_MALLOC(sizeof(Panic));
    p->val = v;
    p->link = f->panic;
    p->depth = f->nframes - 1;
    p->trace = GC_MALLOC(sizeof(TraceLine) * 100);
    for (int i = f->nframes - 1; i >= 0; i--) {
        Frame *fr = &f->frames[i];
        if (!fr->proto->name) continue;
        if (p->ntrace == 100) {
            p->trace_elided = true;
            break;
        }
        TraceLine *t = &p->trace[p->ntrace++];
        t->name = fr->proto->name;
        t->has_params = fr->proto->nparams > 0;
        t->src = fr->proto->src;
        t->line = frame_line(fr, fr->pc);
        /* Below a deferred call run by an earlier panic, Go still has that
         * panic's frames on the stack: show them. */
        if ((fr->flags & FR_PANICDEFER) && f->panic) {
            Panic *old = f->panic;
            for (int j = 0; j < old->ntrace && p->ntrace < 100; j++) p->trace[p->ntrace++] = old->trace[j];
            if (old->trace_elided || p->ntrace == 100) p->trace_elided = true;
            break;
        }
    }
    f->panic = p;
}

/* Go's print/println formatting of a float64. */
static void print_float(FILE *o, double v)
{
    if (v != v) {
        fputs("NaN", o);
        return;
    }
    if (v + v == v && v > 0) {
        fputs("+Inf", o);
        return;
    }
    if (v + v == v && v < 0) {
        fputs("-Inf", o);
        return;
    }
    enum { N = 7 };
    char buf[N + 7];
    buf[0] = '+';
    int e = 0;
    if (v == 0) {
        if (signbit(v)) buf[0] = '-';
    } else {
        if (v < 0) {
            v = -v;
            buf[0] = '-';
        }
        while (v >= 10) {
            e++;
            v /= 10;
        }
        while (v < 1) {
            e--;
            v *= 10;
        }
        double h = 5.0;
        for (int i = 0; i < N; i++) h /= 10;
        v += h;
        if (v >= 10) {
            e++;
            v /= 10;
        }
    }
    for (int i = 0; i < N; i++) {
        int s = (int)v;
        buf[i + 2] = (char)(s + '0');
        v -= s;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';
    buf[N + 2] = 'e';
    buf[N + 3] = '+';
    if (e < 0) {
        e = -e;
        buf[N + 3] = '-';
    }
    buf[N + 4] = (char)(e / 100 + '0');
    buf[N + 5] = (char)(e / 10 % 10 + '0');
    buf[N + 6] = (char)(e % 10 + '0');
    fwrite(buf, 1, sizeof buf, o);
}

/* Go's print/println formatting of one value of type t. */
static void print_value(FILE *o, Type *t, Value v)
{
    switch (t->kind) {
    case KIND_BOOL: fputs(v.i ? "true" : "false", o); break;
    case KIND_INT: case KIND_INT8: case KIND_INT16: case KIND_INT32: case KIND_INT64:
        fprintf(o, "%" PRId64, v.i);
        break;
    case KIND_UINT: case KIND_UINT8: case KIND_UINT16: case KIND_UINT32: case KIND_UINT64:
    case KIND_UINTPTR:
        fprintf(o, "%" PRIu64, v.u);
        break;
    case KIND_FLOAT32: case KIND_FLOAT64: print_float(o, v.f); break;
    case KIND_COMPLEX64: case KIND_COMPLEX128:
        fputc('(', o);
        print_float(o, cplx_real(v));
        print_float(o, cplx_imag(v));
        fputs("i)", o);
        break;
    case KIND_UNTYPED_NIL: fputs("nil", o); break;
    case KIND_STRING: fwrite(str_ptr(v), 1, (size_t)str_len(v), o); break;
    case KIND_INTERFACE:
        if (!v.p) fputs("(0x0,0x0)", o);
        else fprintf(o, "(%p,%p)", (void *)((Iface *)v.p)->type, v.p);
        break;
    case KIND_SLICE:
        fprintf(o, "[%" PRId64 "/%" PRId64 "]%p", slice_len(v), slice_cap(v),
                v.p ? (void *)((Slice *)v.p)->data : NULL);
        break;
    default:
        if (v.p) fprintf(o, "%p", v.p);
        else fputs("0x0", o);
        break;
    }
}

/* How to pass an interface's dynamic value as the receiver of method m. */
static void icache_fill(ICache *c, Type *t, Method *m)
{
    c->type = t;
    c->fn = m->fn;
    c->mode = 0;
    c->nslots = 0;
    if (t->kind == KIND_POINTER) {
        if (!m->ptr_recv) {
            if (is_agg(t->elem)) {
                c->mode = 1;
                c->nslots = t->elem->nslots;
            } else {
                c->mode = 3;
            }
        }
    } else if (is_agg(t)) {
        c->mode = 2;
        c->nslots = t->nslots;
    }
}

/* The receiver to pass for an interface's dynamic value, per the cache mode;
 * false on a nil pointer with a value method. */
static inline bool icache_recv(ICache *c, Value v, Value *out)
{
    switch (c->mode) {
    case 0: *out = v; return true;
    case 1:
        if (!v.p) return false;
        out->p = dup_slots(v.p, c->nslots);
        return true;
    case 2: out->p = dup_slots(v.p, c->nslots); return true;
    default:
        if (!v.p) return false;
        *out = *(Value *)v.p;
        return true;
    }
}

/* Looks up (with the cache) the method for interface value iv; NULL result
 * means the dynamic type lacks it (cannot happen for checked code). */
static bool icache_lookup(ICache *c, Iface *iv)
{
    if (LIKELY(c->type == iv->type)) return true;
    Method *m = type_find_method(iv->type, c->name);
    if (!m) return false;
    icache_fill(c, iv->type, m);
    return true;
}

static int execute(Fiber *f);

/* Resolves a method by name on interface value iv and calls it with no
 * arguments and one result (Error, String); false if there is none. */
static bool call_string_method(Fiber *f, Value iv, const char *name, Value *out)
{
    Iface *b = iv.p;
    if (!b) return false;
    Method *m = type_find_method(b->type, name);
    if (!m || !m->sig || m->sig->nparams != 0 || m->sig->nresults != 1 ||
        m->sig->results[0]->kind != KIND_STRING)
        return false;
    if (b->type->kind != KIND_POINTER && m->ptr_recv) return false;
    ICache c = {.name = name};
    icache_fill(&c, b->type, m);
    Value recv;
    if (!icache_recv(&c, b->val, &recv)) return false;
    if (vm_call(f, c.fn, &recv, 1, out, 1) != VM_DONE) return false;
    return true;
}

/* Go's printpanicval: one panic value. */
static void print_panic_value(Fiber *f, FILE *o, Value v)
{
    Iface *b = v.p;
    if (!b) {
        fputs("nil", o);
        return;
    }
    Value s;
    if (call_string_method(f, v, "Error", &s) || call_string_method(f, v, "String", &s)) {
        fwrite(str_ptr(s), 1, (size_t)str_len(s), o);
        return;
    }
    Type *t = b->type;
    bool basic = t->kind <= KIND_COMPLEX128 || t->kind == KIND_STRING;
    if (!basic) {
        fprintf(o, "(%s) %p", type_to_string(t), b->val.p);
        return;
    }
    if (t->name && t->pkg) {
        fprintf(o, "%s(", type_to_string(t));
        if (t->kind == KIND_STRING) {
            fputc('"', o);
            print_value(o, t, b->val);
            fputc('"', o);
        } else {
            print_value(o, t, b->val);
        }
        fputc(')', o);
        return;
    }
    print_value(o, t, b->val);
}

/* Prints the chain of panics, oldest first (Go's printpanics). */
static void print_panics(Fiber *f, FILE *o, Panic *p)
{
    if (p->link) {
        print_panics(f, o, p->link);
        fputc('\t', o);
    }
    fputs("panic: ", o);
    print_panic_value(f, o, p->val);
    if (p->recovered) fputs(" [recovered]", o);
    fputc('\n', o);
}

void vm_print_panic(Fiber *f, FILE *o)
{
    Panic *p = f->panic;
    if (!p) return;
    f->panic = NULL;
    /* Error methods run on a clean fiber state. */
    Fiber *pf = vm_fiber_new(f->mod);
    vm_flush();
    print_panics(pf, o, p);
    Iface *b = p->val.p;
    if (b && b->type == rt_error_types[RT_ERRSTR] &&
        str_equal(b->val, str_cstr("runtime error: invalid memory address or nil pointer dereference")))
        fputs("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n", o);
    fprintf(o, "\ngoroutine %lld [running]:\n", (long long)(f->g ? f->g->id : 1));
    for (int i = 0; i < p->ntrace; i++) {
        TraceLine *t = &p->trace[i];
        const char *file = t->src ? t->src->name : "?";
        char *abs = NULL;
        if (file[0] != '/' && file[0] != '<') abs = realpath(file, NULL);
        fprintf(o, "%s(%s)\n\t%s:%d\n", t->name, t->has_params ? "..." : "", abs ? abs : file, t->line);
        free(abs);
    }
    if (p->trace_elided) fputs("...additional frames elided...\n", o);
    if (f->created_in) {
        /* Only the creation site: the frames were printed from the trace. */
        int n = f->nframes;
        f->nframes = 0;
        vm_print_frames(f, o);
        f->nframes = n;
    }
    vm_print_seed(o);
    fflush(o);
}

/* The string-to-int conversions Go leaves implementation-defined follow
 * amd64: out-of-range values give the minimum int64. */
static inline int64_t f2i(double d)
{
    if (d != d || d >= 9223372036854775808.0 || d < -9223372036854775808.0) return INT64_MIN;
    return (int64_t)d;
}

/* Go's min of two floats (runtime.fmin): a NaN wins, -0 is below +0. */
static inline double fmin_go(double x, double y)
{
    if (y != y || y < x) return y;
    if (x != x || x < y || x != 0) return x;
    return signbit(x) ? x : y;
}

/* Go's max of two floats (runtime.fmax): a NaN wins, +0 is above -0. */
static inline double fmax_go(double x, double y)
{
    if (y != y || y > x) return y;
    if (x != x || x > y || x != 0) return x;
    return signbit(x) ? y : x;
}

/* Go's float-to-int32 conversion on amd64 (CVTTSD2SL), which it also uses
 * for int8, int16, uint8 and uint16: NaN and out-of-range values give
 * math.MinInt32. */
static inline int64_t f2i32(double d)
{
    if (d != d || d >= 2147483648.0 || d <= -2147483649.0) return INT32_MIN;
    return (int32_t)d;
}

static inline uint64_t f2u(double d)
{
    if (d != d) return (uint64_t)INT64_MIN;
    if (d < 9223372036854775808.0) return (uint64_t)f2i(d);
    if (d < 18446744073709551616.0) return (uint64_t)d;
    return (uint64_t)INT64_MIN;
}

/* Runs frames until a FR_STOP frame returns (VM_DONE) or a panic unwinds
 * past one (VM_PANIC). */
static int execute(Fiber *f)
{
#ifndef CSP_NO_COMPUTED_GOTO
    static void *const labels[] = {
#define X(name, fmt, ext) &&L_##name,
        OPCODES(X)
#undef X
    };
#define CASE(name) L_##name:
#define DISPATCH()                                                                 \
    do {                                                                           \
        ins = *pc++;                                                               \
        goto *labels[INS_OP(ins)];                                                 \
    } while (0)
#else
#define CASE(name) case BC_##name:
#define DISPATCH() goto dispatch
#endif
    Frame *fr;
    const Instr *pc;
    Value *R;
    const Value *K;
    Value *G = f->mod ? f->mod->globals : NULL;
    Instr ins;
    Value pv;
    /* The time slice left, kept in a local for speed; written back whenever
     * the loop is left, so a goroutine woken by this one inherits it. */
    int budget = vm_budget;

reload:
    fr = &f->frames[f->nframes - 1];
    pc = fr->pc;
    R = f->stack + fr->base;
    K = fr->proto->k;
#ifndef CSP_NO_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    ins = *pc++;
    switch (INS_OP(ins)) {
#endif

#define A INS_A(ins)
#define B INS_B(ins)
#define C INS_C(ins)
#define SB INS_SB(ins)
#define SC INS_SC(ins)
#define XX INS_X(ins)
#define EXT (*pc++)
#define PANIC_WITH(v)                                                              \
    do {                                                                           \
        pv = (v);                                                                  \
        goto do_panic;                                                             \
    } while (0)
/* After a native may have run script code: the stack may have moved. */
#define REFRESH() (R = f->stack + fr->base)

    CASE(NOP) DISPATCH();
    CASE(MOVE) R[A] = R[B]; DISPATCH();
    CASE(LOADK) R[A] = K[XX]; DISPATCH();
    CASE(LOADI) R[A].i = XX; DISPATCH();
    CASE(LOADNIL) memset(&R[A], 0, sizeof(Value) * B); DISPATCH();
    CASE(GETG) R[A] = G[XX]; DISPATCH();
    CASE(SETG) G[XX] = R[A]; DISPATCH();
    CASE(ADDRG) R[A].p = &G[XX]; DISPATCH();
    CASE(GETUP) R[A] = fr->cl->up[B]; DISPATCH();
    CASE(GETUPC) R[A] = *(Value *)fr->cl->up[B].p; DISPATCH();
    CASE(SETUPC) *(Value *)fr->cl->up[B].p = R[A]; DISPATCH();
    CASE(NEWCELL) {
        Value *c = GC_MALLOC(sizeof(Value));
        *c = R[B];
        R[A].p = c;
        DISPATCH();
    }
    CASE(LOADC) R[A] = *(Value *)R[B].p; DISPATCH();
    CASE(STOREC) *(Value *)R[A].p = R[B]; DISPATCH();
    CASE(DEREF) {
        if (UNLIKELY(!R[B].p)) PANIC_WITH(nil_deref());
        R[A] = *(Value *)R[B].p;
        DISPATCH();
    }
    CASE(STOREP) {
        if (UNLIKELY(!R[A].p)) PANIC_WITH(nil_deref());
        *(Value *)R[A].p = R[B];
        DISPATCH();
    }
    CASE(NILCHK) {
        if (UNLIKELY(!R[A].p)) PANIC_WITH(nil_deref());
        DISPATCH();
    }
    CASE(ADD) R[A].u = R[B].u + R[C].u; DISPATCH();
    CASE(SUB) R[A].u = R[B].u - R[C].u; DISPATCH();
    CASE(MUL) R[A].u = R[B].u * R[C].u; DISPATCH();
    CASE(DIV) {
        int64_t d = R[C].i;
        if (UNLIKELY(d == 0)) PANIC_WITH(vm_runtime_error("integer divide by zero"));
        R[A].i = d == -1 ? (int64_t)(0 - R[B].u) : R[B].i / d;
        DISPATCH();
    }
    CASE(REM) {
        int64_t d = R[C].i;
        if (UNLIKELY(d == 0)) PANIC_WITH(vm_runtime_error("integer divide by zero"));
        R[A].i = d == -1 ? 0 : R[B].i % d;
        DISPATCH();
    }
    CASE(DIVU) {
        uint64_t d = R[C].u;
        if (UNLIKELY(d == 0)) PANIC_WITH(vm_runtime_error("integer divide by zero"));
        R[A].u = R[B].u / d;
        DISPATCH();
    }
    CASE(REMU) {
        uint64_t d = R[C].u;
        if (UNLIKELY(d == 0)) PANIC_WITH(vm_runtime_error("integer divide by zero"));
        R[A].u = R[B].u % d;
        DISPATCH();
    }
    CASE(AND) R[A].u = R[B].u & R[C].u; DISPATCH();
    CASE(OR) R[A].u = R[B].u | R[C].u; DISPATCH();
    CASE(XOR) R[A].u = R[B].u ^ R[C].u; DISPATCH();
    CASE(ANDNOT) R[A].u = R[B].u & ~R[C].u; DISPATCH();
    CASE(SHL) {
        uint64_t n = R[C].u;
        R[A].u = n >= 64 ? 0 : R[B].u << n;
        DISPATCH();
    }
    CASE(SHR) {
        uint64_t n = R[C].u;
        R[A].i = n >= 64 ? (R[B].i < 0 ? -1 : 0) : R[B].i >> n;
        DISPATCH();
    }
    CASE(SHRU) {
        uint64_t n = R[C].u;
        R[A].u = n >= 64 ? 0 : R[B].u >> n;
        DISPATCH();
    }
    CASE(SHCHK) {
        if (UNLIKELY(R[A].i < 0)) PANIC_WITH(vm_runtime_error("negative shift amount"));
        DISPATCH();
    }
    CASE(NEG) R[A].u = 0 - R[B].u; DISPATCH();
    CASE(BNOT) R[A].u = ~R[B].u; DISPATCH();
    CASE(NOT) R[A].i = !R[B].i; DISPATCH();
    CASE(ADDI) R[A].u = R[B].u + (uint64_t)(int64_t)SC; DISPATCH();
    CASE(MULI) R[A].u = R[B].u * (uint64_t)(int64_t)SC; DISPATCH();
    CASE(REMI) R[A].i = R[B].i % SC; DISPATCH();
    CASE(DIVI) R[A].i = R[B].i / SC; DISPATCH();
    CASE(ANDI) R[A].i = R[B].i & SC; DISPATCH();
    CASE(SHLI) R[A].u = R[B].u << C; DISPATCH();
    CASE(SHRI) R[A].i = R[B].i >> C; DISPATCH();
    CASE(SHRUI) R[A].u = R[B].u >> C; DISPATCH();
    CASE(SEXT8) R[A].i = (int8_t)R[B].i; DISPATCH();
    CASE(SEXT16) R[A].i = (int16_t)R[B].i; DISPATCH();
    CASE(SEXT32) R[A].i = (int32_t)R[B].i; DISPATCH();
    CASE(ZEXT8) R[A].u = (uint8_t)R[B].u; DISPATCH();
    CASE(ZEXT16) R[A].u = (uint16_t)R[B].u; DISPATCH();
    CASE(ZEXT32) R[A].u = (uint32_t)R[B].u; DISPATCH();
    CASE(ADDF) R[A].f = R[B].f + R[C].f; DISPATCH();
    CASE(SUBF) R[A].f = R[B].f - R[C].f; DISPATCH();
    CASE(MULF) R[A].f = R[B].f * R[C].f; DISPATCH();
    CASE(DIVF) R[A].f = R[B].f / R[C].f; DISPATCH();
    CASE(NEGF) R[A].f = -R[B].f; DISPATCH();
    CASE(ROUNDF32) R[A].f = (double)(float)R[B].f; DISPATCH();
    CASE(CADD) R[A] = cplx_add(R[B], R[C]); DISPATCH();
    CASE(CSUB) R[A] = cplx_sub(R[B], R[C]); DISPATCH();
    CASE(CMUL) R[A] = cplx_mul(R[B], R[C]); DISPATCH();
    CASE(CDIV) R[A] = cplx_div(R[B], R[C]); DISPATCH();
    CASE(CNEG) R[A] = cplx_neg(R[B]); DISPATCH();
    CASE(ROUNDC64) R[A] = cplx_round64(R[B]); DISPATCH();
    CASE(MKCPLX) R[A] = cplx_new(R[B].f, R[C].f); DISPATCH();
    CASE(REALC) R[A].f = cplx_real(R[B]); DISPATCH();
    CASE(IMAGC) R[A].f = cplx_imag(R[B]); DISPATCH();
    CASE(EQC) R[A].i = cplx_equal(R[B], R[C]); DISPATCH();
    CASE(NEC) R[A].i = !cplx_equal(R[B], R[C]); DISPATCH();
    CASE(I2F) R[A].f = (double)R[B].i; DISPATCH();
    CASE(U2F) R[A].f = (double)R[B].u; DISPATCH();
    CASE(F2I) R[A].i = C ? f2i32(R[B].f) : f2i(R[B].f); DISPATCH();
    CASE(F2U) R[A].u = f2u(R[B].f); DISPATCH();
    CASE(RUNE2STR) {
        int64_t r = R[B].i;
        R[A] = str_from_rune(r < 0 || r > 0x10FFFF ? 0xFFFD : (int32_t)r);
        DISPATCH();
    }
    CASE(BYTES2STR) R[A] = str_from_bytes(R[B]); DISPATCH();
    CASE(STR2BYTES) R[A] = str_to_bytes(R[B]); DISPATCH();
    CASE(RUNES2STR) R[A] = str_from_runes(R[B]); DISPATCH();
    CASE(STR2RUNES) R[A] = str_to_runes(R[B]); DISPATCH();
    CASE(EQ) R[A].i = R[B].i == R[C].i; DISPATCH();
    CASE(NE) R[A].i = R[B].i != R[C].i; DISPATCH();
    CASE(LT) R[A].i = R[B].i < R[C].i; DISPATCH();
    CASE(LE) R[A].i = R[B].i <= R[C].i; DISPATCH();
    CASE(LTU) R[A].i = R[B].u < R[C].u; DISPATCH();
    CASE(LEU) R[A].i = R[B].u <= R[C].u; DISPATCH();
    CASE(EQF) R[A].i = R[B].f == R[C].f; DISPATCH();
    CASE(NEF) R[A].i = R[B].f != R[C].f; DISPATCH();
    CASE(LTF) R[A].i = R[B].f < R[C].f; DISPATCH();
    CASE(MINF) R[A].f = fmin_go(R[B].f, R[C].f); DISPATCH();
    CASE(MAXF) R[A].f = fmax_go(R[B].f, R[C].f); DISPATCH();
    CASE(LEF) R[A].i = R[B].f <= R[C].f; DISPATCH();
    CASE(EQS) R[A].i = str_equal(R[B], R[C]); DISPATCH();
    CASE(NES) R[A].i = !str_equal(R[B], R[C]); DISPATCH();
    CASE(LTS) R[A].i = str_compare(R[B], R[C]) < 0; DISPATCH();
    CASE(LES) R[A].i = str_compare(R[B], R[C]) <= 0; DISPATCH();
    CASE(EQV)
    CASE(NEV) {
        Type *t = (Type *)(uintptr_t)EXT;
        int r = value_equal(t, R[B], R[C]);
        if (UNLIKELY(r < 0)) {
            PANIC_WITH(rt_errorf("comparing uncomparable type %s", type_to_string(value_equal_culprit())));
        }
        R[A].i = INS_OP(ins) == BC_EQV ? r : !r;
        DISPATCH();
    }
/* Enters bytecode function `callee` (closure `clo`) called from R[A] with its
 * arguments at R[A+1..] and C results wanted: pushes its frame and continues
 * the loop in it. A call spends time slice (preemption point). */
#define ENTER(callee, clo)                                                         \
    do {                                                                           \
        Proto *p_ = (callee);                                                      \
        Closure *cl_ = (clo);                                                      \
        int nb_ = fr->base + (int)A + 1;                                           \
        if (UNLIKELY(nb_ + p_->nregs + 8 > f->stack_size || f->nframes + 1 >= f->frames_cap)) \
            grow(f, (int64_t)nb_ + p_->nregs + 8);                                 \
        fr = &f->frames[f->nframes++];                                             \
        fr->proto = p_;                                                            \
        fr->cl = cl_;                                                              \
        fr->base = nb_;                                                            \
        fr->ret = nb_ - 1;                                                         \
        fr->nret = (int)C;                                                         \
        fr->flags = 0;                                                             \
        fr->defers = NULL;                                                         \
        R = f->stack + nb_;                                                        \
        K = p_->k;                                                                 \
        pc = p_->code;                                                             \
        if (UNLIKELY(--budget <= 0)) goto preempt;                                 \
        DISPATCH();                                                                \
    } while (0)
/* A jump by `off`: a backward one spends time slice (preemption point). */
#define JUMP(off)                                                                  \
    do {                                                                           \
        int off_ = (off);                                                          \
        pc += off_;                                                                \
        if (UNLIKELY(off_ < 0) && UNLIKELY(--budget <= 0)) goto preempt;       \
    } while (0)
    CASE(JMP) JUMP(XX); DISPATCH();
    CASE(JT) if (R[A].i) JUMP(XX); DISPATCH();
    CASE(JF) if (!R[A].i) JUMP(XX); DISPATCH();
    CASE(JLT) if (R[A].i < R[B].i) JUMP(SC); DISPATCH();
    CASE(JLE) if (R[A].i <= R[B].i) JUMP(SC); DISPATCH();
    CASE(JEQ) if (R[A].i == R[B].i) JUMP(SC); DISPATCH();
    CASE(JNE) if (R[A].i != R[B].i) JUMP(SC); DISPATCH();
    CASE(JLTI) if (R[A].i < SB) JUMP(SC); DISPATCH();
    CASE(JLEI) if (R[A].i <= SB) JUMP(SC); DISPATCH();
    CASE(JGTI) if (R[A].i > SB) JUMP(SC); DISPATCH();
    CASE(JGEI) if (R[A].i >= SB) JUMP(SC); DISPATCH();
    CASE(JEQI) if (R[A].i == SB) JUMP(SC); DISPATCH();
    CASE(JNEI) if (R[A].i != SB) JUMP(SC); DISPATCH();
    CASE(INCLT) {
        int64_t v = ++R[A].i;
        if (v < R[B].i) JUMP(SC);
        DISPATCH();
    }
    CASE(CONCAT) R[A] = str_concat(R[B], R[C]); DISPATCH();
    CASE(LENS) R[A].i = str_len(R[B]); DISPATCH();
    CASE(INDEXS) {
        int64_t i = R[C].i, n = str_len(R[B]);
        if (UNLIKELY((uint64_t)i >= (uint64_t)n)) PANIC_WITH(bounds_index(i, n));
        R[A].i = (uint8_t)str_ptr(R[B])[i];
        DISPATCH();
    }
    CASE(SLICES) {
        uint64_t e = EXT;
        int64_t n = str_len(R[B]);
        int64_t lo = (e & 1) ? R[C].i : 0, hi = (e & 2) ? R[C + 1].i : n;
        if (UNLIKELY(hi < 0 || hi > n)) PANIC_WITH(bounds_slice(B_ALEN, hi, n));
        if (UNLIKELY(lo < 0 || lo > hi)) PANIC_WITH(bounds_slice(B_B, lo, hi));
        R[A] = str_slice(R[B], lo, hi);
        DISPATCH();
    }
    CASE(STRNEXT) {
        const char *p = str_ptr(R[B]);
        int64_t i = R[C].i, n = str_len(R[B]);
        unsigned char ch = (unsigned char)p[i];
        if (ch < 0x80) {
            R[A].i = ch;
            R[C].i = i + 1;
        } else {
            int32_t r;
            int w = str_decode_rune(p + i, n - i, &r);
            R[A].i = r;
            R[C].i = i + w;
        }
        DISPATCH();
    }
    CASE(NEWAGG) R[A].p = GC_MALLOC(XX > 0 ? (size_t)XX * sizeof(Value) : sizeof(Value)); DISPATCH();
    CASE(DUPAGG) {
        int64_t n = (int64_t)EXT;
        R[A].p = dup_slots(R[B].p, n);
        DISPATCH();
    }
    CASE(COPYAGG) {
        int64_t n = (int64_t)EXT;
        if (R[A].p != R[B].p) memmove(R[A].p, R[B].p, (size_t)n * sizeof(Value));
        DISPATCH();
    }
    CASE(DUPAGGP) {
        int64_t n = (int64_t)EXT;
        if (UNLIKELY(!R[B].p)) PANIC_WITH(nil_deref());
        R[A].p = dup_slots(R[B].p, n);
        DISPATCH();
    }
    CASE(COPYAGGP) {
        int64_t n = (int64_t)EXT;
        if (UNLIKELY(!R[A].p || !R[B].p)) PANIC_WITH(nil_deref());
        if (R[A].p != R[B].p) memmove(R[A].p, R[B].p, (size_t)n * sizeof(Value));
        DISPATCH();
    }
    CASE(GETF) R[A] = ((Value *)R[B].p)[C]; DISPATCH();
    CASE(SETF) ((Value *)R[A].p)[B] = R[C]; DISPATCH();
    CASE(ADDRF) R[A].p = (Value *)R[B].p + C; DISPATCH();
    CASE(GETFP) {
        if (UNLIKELY(!R[B].p)) PANIC_WITH(nil_deref());
        R[A] = ((Value *)R[B].p)[C];
        DISPATCH();
    }
    CASE(SETFP) {
        if (UNLIKELY(!R[A].p)) PANIC_WITH(nil_deref());
        ((Value *)R[A].p)[B] = R[C];
        DISPATCH();
    }
    CASE(ADDRFP) {
        if (UNLIKELY(!R[B].p)) PANIC_WITH(nil_deref());
        R[A].p = (Value *)R[B].p + C;
        DISPATCH();
    }
    CASE(AINDEX) {
        uint64_t e = EXT;
        int64_t len = (int64_t)(uint32_t)e, i = R[C].i;
        if (UNLIKELY((uint64_t)i >= (uint64_t)len)) PANIC_WITH(bounds_index(i, len));
        R[A] = ((Value *)R[B].p)[i];
        DISPATCH();
    }
    CASE(ASET) {
        uint64_t e = EXT;
        int64_t len = (int64_t)(uint32_t)e, i = R[B].i;
        if (UNLIKELY((uint64_t)i >= (uint64_t)len)) PANIC_WITH(bounds_index(i, len));
        ((Value *)R[A].p)[i] = R[C];
        DISPATCH();
    }
    CASE(AADDR) {
        uint64_t e = EXT;
        int64_t len = (int64_t)(uint32_t)e, slots = (int64_t)(e >> 32), i = R[C].i;
        if (UNLIKELY((uint64_t)i >= (uint64_t)len)) PANIC_WITH(bounds_index(i, len));
        R[A].p = (Value *)R[B].p + i * slots;
        DISPATCH();
    }
    CASE(SINDEX) {
        Slice *s = R[B].p;
        int64_t i = R[C].i, len = s ? s->len : 0;
        if (UNLIKELY((uint64_t)i >= (uint64_t)len)) PANIC_WITH(bounds_index(i, len));
        R[A] = s->data[i];
        DISPATCH();
    }
    CASE(SSET) {
        Slice *s = R[A].p;
        int64_t i = R[B].i, len = s ? s->len : 0;
        if (UNLIKELY((uint64_t)i >= (uint64_t)len)) PANIC_WITH(bounds_index(i, len));
        s->data[i] = R[C];
        DISPATCH();
    }
    CASE(SADDR) {
        int64_t slots = (int64_t)EXT;
        Slice *s = R[B].p;
        int64_t i = R[C].i, len = s ? s->len : 0;
        if (UNLIKELY((uint64_t)i >= (uint64_t)len)) PANIC_WITH(bounds_index(i, len));
        R[A].p = s->data + i * slots;
        DISPATCH();
    }
    CASE(LENSL) R[A].i = slice_len(R[B]); DISPATCH();
    CASE(CAPSL) R[A].i = slice_cap(R[B]); DISPATCH();
    CASE(SL2ARRP) {
        int64_t n = (int64_t)EXT;
        Slice *sl = (Slice *)R[B].p;
        int64_t len = sl ? sl->len : 0;
        if (UNLIKELY(len < n))
            PANIC_WITH(rt_errorf("cannot convert slice with length %" PRId64
                                 " to array or pointer to array with length %" PRId64, len, n));
        R[A].p = sl ? (sl->data ? sl->data : (void *)sl) : NULL;
        DISPATCH();
    }
    CASE(RESLICE) {
        /* ext: bit0 lo, bit1 hi, bit2 max given, bit3 array storage,
         * bits 8..31 element slots, bits 32..63 array length. */
        uint64_t e = EXT;
        int slots = (int)((e >> 8) & 0xffffff);
        bool arr = e & 8;
        int64_t len, cap;
        if (arr) {
            if (UNLIKELY(!R[B].p)) PANIC_WITH(nil_deref());
            len = cap = (int64_t)(e >> 32);
        } else {
            len = slice_len(R[B]);
            cap = slice_cap(R[B]);
        }
        int64_t lo = (e & 1) ? R[C].i : 0, hi = (e & 2) ? R[C + 1].i : len;
        int64_t max = cap;
        if (e & 4) {
            max = R[C + 2].i;
            if (UNLIKELY(max < 0 || max > cap)) PANIC_WITH(bounds_slice(arr ? B_3ALEN : B_3ACAP, max, cap));
            if (UNLIKELY(hi < 0 || hi > max)) PANIC_WITH(bounds_slice(B_3B, hi, max));
            if (UNLIKELY(lo < 0 || lo > hi)) PANIC_WITH(bounds_slice(B_3C, lo, hi));
        } else {
            if (UNLIKELY(hi < 0 || hi > cap)) PANIC_WITH(bounds_slice(arr ? B_ALEN : B_ACAP, hi, cap));
            if (UNLIKELY(lo < 0 || lo > hi)) PANIC_WITH(bounds_slice(B_B, lo, hi));
        }
        if (arr) R[A] = slice_from_array(R[B].p, len, lo, hi, max, slots);
        else R[A] = slice_reslice(R[B], lo, hi, max, slots);
        DISPATCH();
    }
    CASE(MAKESLICE) {
        Type *et = (Type *)(uintptr_t)EXT;
        int64_t len = R[B].i, cap = C == 0xffff ? len : R[C].i;
        if (UNLIKELY(len < 0 || len > ((int64_t)1 << 40))) PANIC_WITH(vm_runtime_error("makeslice: len out of range"));
        if (UNLIKELY(cap < len || cap > ((int64_t)1 << 40))) PANIC_WITH(vm_runtime_error("makeslice: cap out of range"));
        R[A] = slice_make(et, len, cap);
        DISPATCH();
    }
    CASE(MKSLICE) {
        Type *et = (Type *)(uintptr_t)EXT;
        int64_t n = C;
        Value v = slice_make(et, n, n);
        Slice *sl = v.p;
        if (is_agg(et)) {
            for (int64_t i = 0; i < n; i++)
                memcpy(sl->data + i * et->nslots, R[B + i].p, sizeof(Value) * (size_t)et->nslots);
        } else {
            for (int64_t i = 0; i < n; i++) sl->data[i] = R[B + i];
        }
        R[A] = v;
        DISPATCH();
    }
    CASE(APPEND) {
        Type *et = (Type *)(uintptr_t)EXT;
        R[A] = slice_append(et, R[A], &R[B], C);
        DISPATCH();
    }
    CASE(APPENDAGG) {
        Type *et = (Type *)(uintptr_t)EXT;
        R[A] = slice_append(et, R[A], (Value *)R[B].p, 1);
        DISPATCH();
    }
    CASE(APPENDSL) {
        Type *et = (Type *)(uintptr_t)EXT;
        R[A] = slice_append_slice(et, R[B], R[C]);
        DISPATCH();
    }
    CASE(APPENDSTR) R[A] = slice_append_string(R[B], R[C]); DISPATCH();
    CASE(COPYSL) {
        Type *et = (Type *)(uintptr_t)EXT;
        R[A].i = slice_copy(et, R[B], R[C]);
        DISPATCH();
    }
    CASE(COPYSTR) R[A].i = slice_copy_string(R[B], R[C]); DISPATCH();
    CASE(CLEARSL) {
        Type *et = (Type *)(uintptr_t)EXT;
        Slice *s = R[A].p;
        if (s) memset(s->data, 0, sizeof(Value) * (size_t)(s->len * (et->nslots ? et->nslots : 1)));
        DISPATCH();
    }
    CASE(MAKEMAP) {
        Type *mt = (Type *)(uintptr_t)EXT;
        R[A].p = map_new(mt, B == 0xffff ? 0 : R[B].i);
        DISPATCH();
    }
    CASE(MAPGET) {
        Type *mt = (Type *)(uintptr_t)EXT;
        Value *slot = map_get(R[B].p, R[C]);
        Type *et = mt->underlying->elem;
        if (!slot) {
            Type *bad = R[B].p ? map_last_error() : NULL;
            if (UNLIKELY(bad)) PANIC_WITH(rt_errorf("hash of unhashable type %s", type_to_string(bad)));
            if (is_agg(et)) R[A].p = dup_slots(NULL, et->nslots);
            else R[A].p = NULL;
        } else {
            R[A] = is_agg(et) ? (Value){.p = dup_slots(slot->p, et->nslots)} : *slot;
        }
        DISPATCH();
    }
    CASE(MAPGET2) {
        Type *mt = (Type *)(uintptr_t)EXT;
        Value *slot = map_get(R[B].p, R[C]);
        Type *et = mt->underlying->elem;
        if (!slot) {
            Type *bad = R[B].p ? map_last_error() : NULL;
            if (UNLIKELY(bad)) PANIC_WITH(rt_errorf("hash of unhashable type %s", type_to_string(bad)));
            if (is_agg(et)) R[A].p = dup_slots(NULL, et->nslots);
            else R[A].p = NULL;
            R[A + 1].i = 0;
        } else {
            R[A] = is_agg(et) ? (Value){.p = dup_slots(slot->p, et->nslots)} : *slot;
            R[A + 1].i = 1;
        }
        DISPATCH();
    }
    CASE(MAPSET)
    CASE(MAPADDR) {
        Type *mt = (Type *)(uintptr_t)EXT;
        Map *m = (INS_OP(ins) == BC_MAPSET ? R[A] : R[B]).p;
        Value key = INS_OP(ins) == BC_MAPSET ? R[B] : R[C];
        if (UNLIKELY(!m)) PANIC_WITH(rt_error_text("assignment to entry in nil map"));
        Value *slot = map_put(m, key);
        if (UNLIKELY(!slot)) PANIC_WITH(rt_errorf("hash of unhashable type %s", type_to_string(map_last_error())));
        Type *et = mt->underlying->elem;
        if (INS_OP(ins) == BC_MAPADDR) {
            R[A].p = is_agg(et) ? slot->p : (void *)slot;
        } else if (is_agg(et)) {
            memcpy(slot->p, R[C].p, sizeof(Value) * (size_t)et->nslots);
        } else {
            *slot = R[C];
        }
        DISPATCH();
    }
    CASE(MAPDEL) {
        Type *mt = (Type *)(uintptr_t)EXT;
        (void)mt;
        if (R[A].p) {
            map_delete(R[A].p, R[B]);
            Type *bad = map_last_error();
            if (UNLIKELY(bad)) PANIC_WITH(rt_errorf("hash of unhashable type %s", type_to_string(bad)));
        }
        DISPATCH();
    }
    CASE(LENMAP) R[A].i = map_len(R[B].p); DISPATCH();
    CASE(CLEARMAP) if (R[A].p) map_clear(R[A].p); DISPATCH();
    CASE(MAPITER) {
        MapIter *it = GC_MALLOC(sizeof(MapIter));
        map_iter_init(R[B].p, it);
        R[A].p = it;
        DISPATCH();
    }
    CASE(MAPNEXT) {
        Type *mt = (Type *)(uintptr_t)EXT;
        Value key, *val;
        if (!map_iter_next(R[A].p, &key, &val)) {
            pc += SC;
            DISPATCH();
        }
        Type *kt = mt->underlying->key, *et = mt->underlying->elem;
        R[B] = is_agg(kt) ? (Value){.p = dup_slots(key.p, kt->nslots)} : key;
        R[B + 1] = is_agg(et) ? (Value){.p = dup_slots(val->p, et->nslots)} : *val;
        DISPATCH();
    }
    CASE(BOX) {
        Type *t = (Type *)(uintptr_t)EXT;
        R[A] = iface_box(t, R[B]);
        DISPATCH();
    }
    CASE(UNBOX)
    CASE(UNBOX2) {
        Type *t = (Type *)(uintptr_t)EXT;
        Iface *b = R[B].p;
        if (LIKELY(b && b->type == t)) {
            R[A] = is_agg(t) ? (Value){.p = dup_slots(b->val.p, t->nslots)} : b->val;
            if (INS_OP(ins) == BC_UNBOX2) R[A + 1].i = 1;
            DISPATCH();
        }
        if (INS_OP(ins) == BC_UNBOX2) {
            R[A].p = is_agg(t) ? dup_slots(NULL, t->nslots) : NULL;
            R[A + 1].i = 0;
            DISPATCH();
        }
        Type *src = K[C].p;
        char buf[512];
        snprintf(buf, sizeof buf, "interface conversion: %s is %s, not %s", type_to_string(src),
                 b ? type_to_string(b->type) : "nil", type_to_string(t));
        PANIC_WITH(rt_error_kind(RT_ASSERT, GC_STRDUP(buf)));
    }
    CASE(ICONV)
    CASE(ICONV2) {
        Type *t = (Type *)(uintptr_t)EXT;
        Iface *b = R[B].p;
        const char *missing = NULL;
        if (LIKELY(b && type_implements(b->type, t, &missing))) {
            R[A] = R[B];
            if (INS_OP(ins) == BC_ICONV2) R[A + 1].i = 1;
            DISPATCH();
        }
        if (INS_OP(ins) == BC_ICONV2) {
            R[A].p = NULL;
            R[A + 1].i = 0;
            DISPATCH();
        }
        char buf[512];
        if (!b)
            snprintf(buf, sizeof buf, "interface conversion: interface is nil, not %s", type_to_string(t));
        else
            snprintf(buf, sizeof buf, "interface conversion: %s is not %s: missing method %s",
                     type_to_string(b->type), type_to_string(t), missing ? missing : "?");
        PANIC_WITH(rt_error_kind(RT_ASSERT, GC_STRDUP(buf)));
    }
    CASE(ITYPE) R[A].p = R[B].p ? ((Iface *)R[B].p)->type : NULL; DISPATCH();
    CASE(IMPLEMENTS) {
        Type *t = (Type *)(uintptr_t)EXT;
        const char *missing;
        R[A].i = R[B].p && type_implements(((Iface *)R[B].p)->type, t, &missing);
        DISPATCH();
    }
    CASE(CALLK) {
        Proto *p = (Proto *)(uintptr_t)*pc++;
        fr->pc = pc;
        ENTER(p, p->self);
    }
    CASE(CALLN) {
        const Instr *ipc = pc - 1;
        NativeFn fn = (NativeFn)(uintptr_t)*pc++;
        fr->pc = pc;
        Value res[32];
        int r = fn(&f->ctx, R + A + 1, res);
        fr = &f->frames[f->nframes - 1];
        REFRESH();
        if (UNLIKELY(r == NATIVE_PANIC)) goto native_failed;
        if (UNLIKELY(r == NATIVE_RETRY)) {
            pc = ipc;
            goto blocked;
        }
        for (unsigned i = 0; i < C; i++) R[A + i] = res[i];
        if (UNLIKELY(r == NATIVE_BLOCK)) goto blocked;
        DISPATCH();
    }
    CASE(CALL) {
        fr->pc = pc;
        Closure *cl = R[A].p;
        if (LIKELY(cl && cl->proto)) {
            ENTER(cl->proto, cl);
        }
        int r = call_value(f, R[A], fr->base + (int)A, (int)B, (int)C, 0);
        if (r == CV_PUSHED) goto reload;
        fr = &f->frames[f->nframes - 1];
        REFRESH();
        if (r == CV_PANIC) goto native_failed;
        if (r == CV_BLOCK) goto blocked;
        if (r == CV_RETRY) {
            pc--;
            goto blocked;
        }
        DISPATCH();
    }
    CASE(CALLI) {
        ICache *c = (ICache *)(uintptr_t)*pc++;
        Iface *b = R[A + 1].p;
        if (UNLIKELY(!b)) PANIC_WITH(nil_deref());
        if (UNLIKELY(!icache_lookup(c, b))) PANIC_WITH(nil_deref());
        if (UNLIKELY(!icache_recv(c, b->val, &R[A + 1]))) PANIC_WITH(nil_deref());
        R[A] = c->fn;
        fr->pc = pc;
        Closure *cl = c->fn.p;
        if (LIKELY(cl && cl->proto)) {
            ENTER(cl->proto, cl);
        }
        int r = call_value(f, R[A], fr->base + (int)A, (int)B, (int)C, 0);
        if (r == CV_PUSHED) goto reload;
        fr = &f->frames[f->nframes - 1];
        REFRESH();
        if (r == CV_PANIC) goto native_failed;
        if (r == CV_BLOCK) goto blocked;
        if (UNLIKELY(r == CV_RETRY)) vm_fatal(f, "a read that must wait cannot be called through an interface or a defer");
        DISPATCH();
    }
    CASE(RET0) {
        if (UNLIKELY(fr->flags)) goto ret_slow;
        f->nframes--;
        fr--;
        R = f->stack + fr->base;
        pc = fr->pc;
        K = fr->proto->k;
        DISPATCH();
    }
    CASE(RET1) {
        if (UNLIKELY(fr->flags)) goto ret_slow;
        f->stack[fr->ret] = R[A];
        f->nframes--;
        fr--;
        R = f->stack + fr->base;
        pc = fr->pc;
        K = fr->proto->k;
        DISPATCH();
    }
    CASE(RET) {
    ret_slow:;
        unsigned n = INS_OP(ins) == BC_RET0 ? 0 : INS_OP(ins) == BC_RET1 ? 1 : B;
        Value *dst = f->stack + fr->ret;
        for (unsigned i = 0; i < n; i++) dst[i] = R[A + i];
        int flags = fr->flags;
        f->nframes--;
        if (flags & FR_STOP) return (vm_budget = budget, VM_DONE);
        if (flags & FR_PANICDEFER) {
            Panic *p = f->panic;
            if (p && p->recovered) {
                int t = f->nframes - 1;
                f->panic = p->link;
                while (f->panic && f->panic->depth >= t) f->panic = f->panic->link;
                fr = &f->frames[t];
                fr->pc = fr->proto->code + fr->proto->exit_pc;
                goto reload;
            }
            goto unwind;
        }
        goto reload;
    }
    CASE(CLOSURE) {
        Proto *p = K[XX].p;
        Closure *cl = GC_MALLOC(sizeof(Closure) + sizeof(Value) * (size_t)p->nup);
        cl->proto = p;
        cl->nup = p->nup;
        for (int i = 0; i < p->nup; i++) {
            uint16_t d = p->updesc[i];
            cl->up[i] = (d & UPDESC_FROM_UP) ? fr->cl->up[d & 0x7fff] : R[d];
        }
        R[A].p = cl;
        DISPATCH();
    }
    CASE(BINDM) {
        Closure *cl = GC_MALLOC(sizeof(Closure) + 2 * sizeof(Value));
        cl->nup = 2;
        cl->up[0] = R[C];
        cl->up[1] = R[B];
        R[A].p = cl;
        DISPATCH();
    }
    CASE(IMETHOD) {
        ICache *c = (ICache *)(uintptr_t)*pc++;
        Iface *b = R[B].p;
        if (UNLIKELY(!b)) PANIC_WITH(nil_deref());
        if (UNLIKELY(!icache_lookup(c, b))) PANIC_WITH(nil_deref());
        Value recv;
        if (UNLIKELY(!icache_recv(c, b->val, &recv))) PANIC_WITH(nil_deref());
        Closure *cl = GC_MALLOC(sizeof(Closure) + 2 * sizeof(Value));
        cl->nup = 2;
        cl->up[0] = recv;
        cl->up[1] = c->fn;
        R[A].p = cl;
        DISPATCH();
    }
    CASE(DEFER) {
        Defer *d;
        if (B <= 1 && f->spare_defer) {
            /* A goroutine's `defer wg.Done()` costs no allocation. */
            f->spare_defer = false;
            d = (Defer *)((GoBlock *)f)->defer_room;
        } else {
            d = GC_MALLOC(sizeof(Defer) + sizeof(Value) * B);
        }
        d->fn = R[A];
        d->nargs = (int)B;
        for (unsigned i = 0; i < B; i++) d->args[i] = R[A + 1 + i];
        d->next = fr->defers;
        fr->defers = d;
        DISPATCH();
    }
    CASE(RUNDEFERS) {
        Defer *d = fr->defers;
        if (!d) DISPATCH();
        fr->defers = d->next;
        fr->pc = pc - 1;
        Closure *dcl = d->fn.p;
        int r;
        if (dcl && dcl->native) {
            /* A native runs on the record's own arguments: a goroutine
             * ending with `defer wg.Done()` needs no larger stack. */
            r = run_native(f, dcl, d->args, 0, 0);
        } else {
            int at = fr->base + fr->proto->nregs + 1;
            if (at + d->nargs + 8 > f->stack_size) grow(f, at + d->nargs + 8);
            memcpy(f->stack + at + 1, d->args, sizeof(Value) * (size_t)d->nargs);
            r = call_value(f, d->fn, at, d->nargs, 0, 0);
        }
        if (r == CV_PUSHED) goto reload;
        fr = &f->frames[f->nframes - 1];
        REFRESH();
        pc--;
        if (r == CV_PANIC) goto native_failed;
        if (r == CV_BLOCK) goto blocked;
        if (UNLIKELY(r == CV_RETRY)) vm_fatal(f, "a read that must wait cannot be called through an interface or a defer");
        DISPATCH();
    }
    CASE(PANIC) PANIC_WITH(R[A].p ? R[A] : rt_error_kind(RT_PANICNIL, "panic called with nil argument"));
    CASE(RECOVER) {
        Panic *p = f->panic;
        if ((fr->flags & FR_PANICDEFER) && p && !p->recovered && p->depth == f->nframes - 2) {
            p->recovered = true;
            R[A] = p->val;
        } else {
            R[A].p = NULL;
        }
        DISPATCH();
    }
    CASE(PRINT) {
        Type *t = (Type *)(uintptr_t)EXT;
        FILE *o = vm_stderr ? vm_stderr : stderr;
        if (vm_stdout) fflush(vm_stdout);
        if (t) print_value(o, t, R[A]);
        if (B & 1) fputc(' ', o);
        if (B & 2) fputc('\n', o);
        fflush(o);
        DISPATCH();
    }
    CASE(PANICRT) PANIC_WITH(vm_runtime_error(str_to_cstr(K[XX])));
    CASE(UNREACH) PANIC_WITH(vm_runtime_error("unreachable code reached (missing return)"));

    /* Channels and goroutines. An operation that cannot complete parks the
     * goroutine (runtime/chan.c has already queued it), saves pc at the
     * instruction and leaves the loop with VM_BLOCK; when the goroutine runs
     * again, f->resume makes the same instruction complete from its wait
     * record instead of starting over. */
    CASE(MAKECHAN) {
        Type *t = (Type *)(uintptr_t)EXT;
        int64_t cap = B == 0xffff ? 0 : R[B].i;
        if (UNLIKELY(cap < 0 || cap > (1LL << 40))) PANIC_WITH(rt_error_text("makechan: size out of range"));
        Chan *c = chan_make(t, cap);
        c->site_file = fr->proto->src ? fr->proto->src->name : NULL;
        c->site_line = (int)C;
        R[A].p = c;
        DISPATCH();
    }
    CASE(SEND) {
        const Instr *ipc = pc - 1;
        pc++;
        if (f->resume) {
            f->resume = false;
            if (UNLIKELY(f->g->sudog.closed)) PANIC_WITH(rt_error_text("send on closed channel"));
            DISPATCH();
        }
        Chan *c = R[A].p;
        if (UNLIKELY(f->native_depth > 0)) {
            bool closed;
            if (!c || !chan_try_send(c, R[B], &closed)) PANIC_WITH(rt_error_text(VM_NOBLOCK));
            if (closed) PANIC_WITH(rt_error_text("send on closed channel"));
            DISPATCH();
        }
        int st = chan_send(c, f->g, R[B]);
        if (LIKELY(st == CHAN_OK)) DISPATCH();
        if (st == CHAN_CLOSED) PANIC_WITH(rt_error_text("send on closed channel"));
        f->resume = true;
        fr->pc = ipc;
        return (vm_budget = budget, VM_BLOCK);
    }
    CASE(RECV) {
        const Instr *ipc = pc - 1;
        pc++;
        Value v;
        bool ok;
        if (f->resume) {
            f->resume = false;
            v = f->g->sudog.val;
            ok = f->g->sudog.ok;
            f->g->sudog.val.u = 0;
        } else {
            Chan *c = R[B].p;
            if (UNLIKELY(f->native_depth > 0)) {
                if (!c || !chan_try_recv(c, &v, &ok)) PANIC_WITH(rt_error_text(VM_NOBLOCK));
            } else if (chan_recv(c, f->g, &v, &ok) == CHAN_BLOCK) {
                f->resume = true;
                fr->pc = ipc;
                return (vm_budget = budget, VM_BLOCK);
            }
        }
        if (!ok && (C >> 1)) v.p = GC_MALLOC(sizeof(Value) * (C >> 1));
        R[A] = v;
        if (C & 1) R[A + 1].i = ok;
        DISPATCH();
    }
    CASE(CLOSE) {
        int st = chan_close(R[A].p);
        if (UNLIKELY(st == CHAN_NIL)) PANIC_WITH(rt_error_text("close of nil channel"));
        if (UNLIKELY(st == CHAN_CLOSED)) PANIC_WITH(rt_error_text("close of closed channel"));
        DISPATCH();
    }
    CASE(LENCH) R[A].i = chan_len(R[B].p); DISPATCH();
    CASE(CAPCH) R[A].i = chan_cap(R[B].p); DISPATCH();
    CASE(SELECT) {
        const Instr *ipc = pc - 1;
        const uint8_t *sends = (const uint8_t *)(uintptr_t)*pc++;
        int n = (int)B;
        SelectCase small[8];
        SelectCase *cs = n <= 8 ? small : GC_MALLOC(sizeof(SelectCase) * (size_t)n);
        for (int i = 0; i < n; i++) {
            cs[i].c = R[A + 1 + 2 * i].p;
            cs[i].send = sends[i];
            cs[i].val = R[A + 2 + 2 * i];
        }
        SelectResult r;
        if (f->resume) {
            f->resume = false;
            r = select_finish(f->g, cs, n);
        } else {
            bool nested = f->native_depth > 0;
            r = select_go(f->g, cs, n, (C & 1) || nested);
            if (r.index == SELECT_DEFAULT && !(C & 1)) PANIC_WITH(rt_error_text(VM_NOBLOCK));
            if (r.index == SELECT_BLOCK) {
                f->resume = true;
                fr->pc = ipc;
                return (vm_budget = budget, VM_BLOCK);
            }
        }
        if (r.index >= 0 && cs[r.index].send && r.send_closed) PANIC_WITH(rt_error_text("send on closed channel"));
        R[A].i = r.index;
        R[A + 1] = r.val;
        R[A + 2].i = r.ok;
        DISPATCH();
    }
    CASE(GO) {
        fr->pc = pc;
        vm_go(f, R[A], &R[A + 1], (int)B, fr->proto, frame_line(fr, pc));
        DISPATCH();
    }

#ifdef CSP_NO_COMPUTED_GOTO
    default: PANIC_WITH(vm_runtime_error("bad opcode"));
    }
#endif

blocked:
    /* A native parked the goroutine (time.Sleep, sync.Mutex.Lock...): it
     * resumes after the call. Inside a callback from native code there is no
     * scheduler loop to return to. */
    fr->pc = pc;
    if (UNLIKELY(f->native_depth > 0)) vm_fatal(f, VM_NOBLOCK);
    return (vm_budget = budget, VM_BLOCK);

preempt:
    /* The time slice is spent: let another goroutine run, if one can. */
    budget = VM_SLICE;
    if (f->native_depth == 0 && (sched_has_runnable() || vm_interrupted || vm_yield_always)) {
        fr->pc = pc;
        return (vm_budget = budget, VM_YIELD);
    }
    DISPATCH();

native_failed:
    /* A native (or a nil function call) failed: either it raised a new panic
     * (pending), or a native_call inside it let a panic escape. */
    if (f->has_pending) {
        f->has_pending = false;
        pv = f->pending;
        f->pending.p = NULL;
        fr->pc = pc;
        panic_begin(f, pv);
    }
    goto unwind;

do_panic:
    fr->pc = pc;
    panic_begin(f, pv);

unwind:
    for (;;) {
        fr = &f->frames[f->nframes - 1];
        Defer *d = fr->defers;
        if (d) {
            fr->defers = d->next;
            int at = fr->base + fr->proto->nregs + 1;
            if (at + d->nargs + 8 > f->stack_size) grow(f, at + d->nargs + 8);
            memcpy(f->stack + at + 1, d->args, sizeof(Value) * (size_t)d->nargs);
            if (f->panic) f->panic->depth = f->nframes - 1;
            int r = call_value(f, d->fn, at, d->nargs, 0, FR_PANICDEFER);
            if (r == CV_PUSHED) goto reload;
            if (r == CV_PANIC && f->has_pending) {
                f->has_pending = false;
                panic_begin(f, f->pending);
            }
            continue;
        }
        f->nframes--;
        if (fr->flags & FR_STOP) return (vm_budget = budget, VM_PANIC);
    }
#undef A
#undef B
#undef C
}

int vm_run(Fiber *f)
{
    return execute(f);
}

int vm_call(Fiber *f, Value fn, const Value *args, int nargs, Value *results, int nresults)
{
    int at = 0;
    if (f->nframes > 0) {
        Frame *top = &f->frames[f->nframes - 1];
        at = top->base + top->proto->nregs + 2;
    }
    if (at + nargs + 8 > f->stack_size) grow(f, at + nargs + 8);
    if (nargs) memcpy(f->stack + at + 1, args, sizeof(Value) * (size_t)nargs);
    int r = call_value(f, fn, at, nargs, nresults, FR_STOP);
    if (r == CV_PANIC) {
        if (f->has_pending) {
            f->has_pending = false;
            /* The panic starts in the caller: record it for unwinding. */
            if (f->nframes > 0) panic_begin(f, f->pending);
            else {
                Panic *p = GC_MALLOC(sizeof(Panic));
                p->val = f->pending;
                p->link = f->panic;
                f->panic = p;
            }
        }
        return VM_PANIC;
    }
    if (r == CV_PUSHED) {
        f->native_depth++;
        int st = execute(f);
        f->native_depth--;
        if (st != VM_DONE) return st;
    }
    for (int i = 0; i < nresults; i++) results[i] = f->stack[at + i];
    return VM_DONE;
}

Fiber *vm_fiber_entry(Module *mod)
{
    Fiber *f = vm_fiber_new(mod);
    push_frame(f, mod->entry, mod->entry->self, 0, 0, 0, FR_STOP);
    return f;
}

int vm_run_main(Module *mod, int argc, char **argv)
{
    if (!vm_stdout) {
        vm_stdout = stdout;
        static char outbuf[1 << 16];
        setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
    }
    if (!vm_stderr) vm_stderr = stderr;
    vm_runtime_error_type();
    Value *strs = GC_MALLOC(sizeof(Value) * (size_t)(argc > 0 ? argc : 1));
    for (int i = 0; i < argc; i++) strs[i] = str_cstr(argv[i]);
    Slice *s = GC_MALLOC(sizeof(Slice));
    s->data = strs;
    s->len = s->cap = argc;
    vm_args.p = s;
    os_set_args(argc, argv);
    Fiber *f = vm_fiber_new(mod);
    Closure *cl = mod->entry->self;
    if (!cl) {
        cl = GC_MALLOC(sizeof(Closure));
        cl->proto = mod->entry;
    }
    vm_module = mod;
    uint64_t seed = vm_sched_seed;
    while (!seed) seed = ((uint64_t)time(NULL) << 20) ^ (uint64_t)getpid() ^ (uint64_t)(uintptr_t)&seed;
    sched_init(seed, vm_sched_virtual);
    push_frame(f, mod->entry, cl, 0, 0, 0, FR_STOP);
    return vm_schedule(f);
}
