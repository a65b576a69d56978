/*
 * The VM side of goroutines.
 *
 * Invariants:
 * - A goroutine is a Fiber (vm/vm.h) plus a G (runtime/sched.h), linked both
 *   ways. Its bottom frame is a nameless trampoline that calls the go
 *   statement's function value, so natives and bound methods can be started
 *   like closures, and the trampoline's return (a FR_STOP frame) ends the
 *   goroutine.
 * - vm_schedule is the only place that runs fibers at top level: it takes
 *   the next goroutine from the scheduler, runs it until it finishes, blocks
 *   (it is already parked by then) or spends its time slice (it yields), and
 *   repeats. No fiber runs on a C stack of its own.
 * - When the scheduler has nothing runnable and no timer pending, every
 *   goroutine is blocked for good: that is Go's deadlock fatal error.
 */
#include "vm/goroutine.h"

#include <gc/gc.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/chan.h"
#include "runtime/sched.h"
#include "runtime/select.h"

/* How many goroutines the program has started besides main. */
static int64_t started;

uint64_t vm_sched_seed;
bool vm_sched_virtual;

/* The trampolines for calls with up to TRAMPOLINES-1 arguments. */
#define TRAMPOLINES 16
static Proto *trampolines[TRAMPOLINES];

/* A nameless function that calls R[0](R[1..nargs]) and returns. */
static Proto *trampoline(int nargs)
{
    if (nargs < TRAMPOLINES && trampolines[nargs]) return trampolines[nargs];
    Proto *p = GC_MALLOC(sizeof(Proto));
    p->code = GC_MALLOC(sizeof(Instr) * 2);
    p->code[0] = MK_ABC(BC_CALL, 0, nargs, 0);
    p->code[1] = MK_ABC(BC_RET0, 0, 0, 0);
    p->ncode = 2;
    p->lines = GC_MALLOC_ATOMIC(sizeof(int) * 2);
    p->lines[0] = p->lines[1] = 0;
    p->nregs = nargs + 2;
    p->exit_pc = -1;
    if (nargs < TRAMPOLINES) trampolines[nargs] = p;
    return p;
}

/* The creator tracebacks name for a goroutine a timer starts (as Go's
 * time.goFunc). */
static const Proto timer_creator = {.name = "time.goFunc"};

void vm_go(Fiber *parent, Value fn, const Value *args, int nargs, const Proto *creator, int line)
{
    Fiber *f = vm_fiber_small(parent ? parent->mod : vm_module, trampoline(nargs), fn, args, nargs);
    f->created_in = creator;
    f->created_line = line;
    f->created_goid = parent && parent->g ? parent->g->id : 0;
    sched_start(f->g, f);
    started++;
}

/* The absolute form of a source path, as Go prints paths in tracebacks
 * (GC memory). */
static const char *abs_path(const Source *src)
{
    const char *file = src ? src->name : "?";
    char *abs = file[0] != '/' && file[0] != '<' ? realpath(file, NULL) : NULL;
    if (!abs) return file;
    char *copy = GC_MALLOC_ATOMIC(strlen(abs) + 1);
    strcpy(copy, abs);
    free(abs);
    return copy;
}

/* Prints a source path as Go does in tracebacks. */
static void print_path(FILE *out, const Source *src) { fputs(abs_path(src), out); }

/* The source line of the instruction at pc (exact) or before it. */
static int line_at(Proto *p, const Instr *pc, bool exact)
{
    long i = (long)(pc - p->code) - (exact ? 0 : 1);
    if (i < 0) i = 0;
    if (i >= p->ncode) i = p->ncode - 1;
    return p->lines && p->ncode > 0 ? p->lines[i] : p->line;
}

void vm_print_frames(Fiber *f, FILE *out)
{
    for (int i = f->nframes - 1; i >= 0; i--) {
        Frame *fr = &f->frames[i];
        Proto *p = fr->proto;
        if (!p->name) continue;
        /* A goroutine parked in a channel operation has pc at that operation. */
        bool exact = i == f->nframes - 1 && f->resume;
        fprintf(out, "%s(%s)\n\t", p->name, p->nparams ? "..." : "");
        print_path(out, p->src);
        fprintf(out, ":%d\n", line_at(p, fr->pc, exact));
    }
    if (f->created_in && f->created_in->name) {
        fprintf(out, "created by %s", f->created_in->name);
        if (f->created_goid) fprintf(out, " in goroutine %lld", (long long)f->created_goid);
        fputc('\n', out);
        if (f->created_line && f->created_in->src) {
            fputc('\t', out);
            print_path(out, f->created_in->src);
            fprintf(out, ":%d\n", f->created_line);
        }
    }
}

bool native_caller(NativeCtx *ctx, int skip, const char **file, int *line)
{
    Fiber *f = ctx ? ctx->fiber : NULL;
    for (int i = f ? f->nframes - 1 : -1; i >= 0; i--) {
        Proto *p = f->frames[i].proto;
        if (!p->name || skip-- > 0) continue;
        *file = abs_path(p->src);
        *line = line_at(p, f->frames[i].pc, false);
        return true;
    }
    return false;
}

void vm_print_seed(FILE *out)
{
    /* No replay hint in a REPL session (vm_escape is set only there). */
    if (started == 0 || vm_escape) return;
    unsigned long long seed = (unsigned long long)sched_seed();
    fprintf(out, "\n[csp: scheduler seed %llu; replay this run with `csp run --seed %llu`]\n", seed, seed);
}

/* Describes a channel for a deadlock report: its type and where it was made. */
static void print_chan(FILE *out, const char *name, Chan *c)
{
    if (name && *name) fprintf(out, "%s ", name);
    if (!c) {
        fputs("(nil channel: blocks forever)", out);
        return;
    }
    fprintf(out, "(%s", c->type ? type_to_string(c->type) : "chan");
    if (c->site_file) fprintf(out, " made at %s:%d", c->site_file, c->site_line);
    fprintf(out, ", %lld/%lld buffered%s)", (long long)c->count, (long long)c->cap, c->closed ? ", closed" : "");
}

/* Says what a blocked goroutine waits on, beyond Go's wait reason. */
static void print_waiting_on(FILE *out, Fiber *f)
{
    G *g = f->g;
    if (g->reason == WAIT_SELECT && g->nselect > 0) {
        fputs("\twaiting in select on ", out);
        bool first = true;
        for (int i = 0; i < g->nselect; i++) {
            Sudog *sg = &g->select_sudogs[i];
            if (!sg->c) continue;
            if (!first) fputs(", ", out);
            first = false;
            print_chan(out, NULL, sg->c);
        }
        fputc('\n', out);
        return;
    }
    if (g->reason == WAIT_CHAN_RECV || g->reason == WAIT_CHAN_SEND || g->reason == WAIT_CHAN_RECV_NIL ||
        g->reason == WAIT_CHAN_SEND_NIL) {
        /* The operand's source text is the SEND/RECV instruction's extension. */
        const Instr *pc = f->frames[f->nframes - 1].pc;
        const char *name = f->resume ? (const char *)(uintptr_t)pc[1] : NULL;
        fprintf(out, "\twaiting to %s ", g->reason == WAIT_CHAN_SEND || g->reason == WAIT_CHAN_SEND_NIL
                                              ? "send on" : "receive from");
        print_chan(out, name, g->wait_obj);
        fputc('\n', out);
    }
}

/* Prints one goroutine of a deadlock dump. */
static void dump_one(G *g, void *arg)
{
    FILE *out = arg;
    Fiber *f = g->fiber;
    if (!f || f->abandoned) return;
    fprintf(out, "\ngoroutine %lld [%s]:\n", (long long)g->id,
            g->status == G_RUNNABLE ? "runnable" : sched_wait_string(g->reason));
    print_waiting_on(out, f);
    vm_print_frames(f, out);
}

/* Go's deadlock fatal error, with every goroutine. */
static int deadlock(void)
{
    vm_flush();
    FILE *out = vm_stderr ? vm_stderr : stderr;
    fputs("fatal error: all goroutines are asleep - deadlock!\n", out);
    sched_each(dump_one, out);
    vm_print_seed(out);
    fflush(out);
    return 2;
}

void vm_fatal(Fiber *f, const char *msg)
{
    vm_flush();
    FILE *out = vm_stderr ? vm_stderr : stderr;
    fprintf(out, "fatal error: %s\n\ngoroutine %lld [running]:\n", msg, (long long)(f && f->g ? f->g->id : 1));
    if (f) vm_print_frames(f, out);
    vm_print_seed(out);
    fflush(out);
    if (vm_escape) longjmp(*vm_escape, VM_ESCAPE_FATAL);
    exit(2);
}

int vm_schedule(Fiber *main_fiber)
{
    main_fiber->g = sched_spawn(main_fiber);
    for (;;) {
        bool inherit;
        G *g = sched_next(&inherit);
        if (!g) return deadlock();
        if (!inherit) vm_budget = VM_SLICE;
        Fiber *f = g->fiber;
        switch (vm_run(f)) {
        case VM_DONE:
            if (f == main_fiber) {
                vm_flush();
                return 0;
            }
            sched_exit(g);
            break;
        case VM_PANIC:
            vm_print_panic(f, vm_stderr ? vm_stderr : stderr);
            return 2;
        case VM_YIELD: sched_yield(g); break;
        default: break;
        }
    }
}

struct G *native_g(NativeCtx *ctx) { return ctx->fiber->g; }

void native_go(NativeCtx *ctx, Value fn)
{
    Fiber *parent = ctx ? ctx->fiber : NULL;
    const Proto *creator = &timer_creator;
    if (parent && parent->nframes > 0) creator = parent->frames[parent->nframes - 1].proto;
    vm_go(parent, fn, NULL, 0, creator, 0);
}

int native_fatal(NativeCtx *ctx, const char *msg)
{
    vm_fatal(ctx ? ctx->fiber : NULL, msg);
}

void vm_print_goroutines(FILE *out) { sched_each(dump_one, out); }

/* Gives up a REPL entry's goroutine (interrupted, deadlocked or failed):
 * a goroutine waiting on channels leaves their queues and ends at once (so
 * it takes no value meant for another), and so does one waiting on a sync
 * object or sleeping (sched_cancel: a Mutex is not handed to it); any other
 * ends the next time it is scheduled. */
static void abandon(Fiber *f)
{
    G *g = f->g;
    if (!g || g->status == G_DEAD) return;
    f->abandoned = true;
    if (g->status == G_RUNNING) {
        sched_exit(g);
        return;
    }
    if (g->status != G_WAITING) return;
    bool chan_wait = false;
    if (g->reason == WAIT_CHAN_RECV || g->reason == WAIT_CHAN_SEND) {
        Chan *c = g->wait_obj;
        if (c) chan_cancel_wait(c, &g->sudog);
        chan_wait = true;
    } else if (g->reason == WAIT_SELECT) {
        for (int i = 0; i < g->nselect; i++) {
            Sudog *sg = &g->select_sudogs[i];
            if (sg->c) chan_cancel_wait(sg->c, sg);
        }
        chan_wait = true;
    } else if (g->reason == WAIT_CHAN_RECV_NIL || g->reason == WAIT_CHAN_SEND_NIL ||
               g->reason == WAIT_SELECT_NO_CASES) {
        chan_wait = true;
    }
    if (chan_wait) sched_exit(g);
    else sched_cancel(g);
}

/* Runs one goroutine's turn for the REPL; returns false when `entry` (the
 * foreground entry, or NULL) ended with a panic. */
static bool repl_turn(G *g, bool inherit, Fiber *entry, bool *entry_done)
{
    if (!inherit) vm_budget = VM_SLICE;
    Fiber *f = g->fiber;
    if (f->abandoned) {
        sched_exit(g);
        return true;
    }
    switch (vm_run(f)) {
    case VM_DONE:
        sched_exit(g);
        if (f == entry) *entry_done = true;
        break;
    case VM_PANIC:
        vm_print_panic(f, vm_stderr ? vm_stderr : stderr);
        sched_exit(g);
        if (f == entry) return false;
        break;
    case VM_YIELD: sched_yield(g); break;
    default: break;
    }
    return true;
}

int vm_repl_run(Fiber *entry)
{
    entry->g = sched_spawn(entry);
    entry->g->id = 1;
    for (;;) {
        if (vm_interrupted) {
            abandon(entry);
            return VM_REPL_INTERRUPTED;
        }
        bool inherit;
        G *g = sched_next(&inherit);
        if (!g) {
            if (vm_interrupted) {
                abandon(entry);
                return VM_REPL_INTERRUPTED;
            }
            deadlock();
            abandon(entry);
            return VM_REPL_FAILED;
        }
        bool done = false;
        if (!repl_turn(g, inherit, entry, &done)) return VM_REPL_FAILED;
        if (done) {
            vm_flush();
            return VM_REPL_DONE;
        }
    }
}

void vm_repl_abandon(Fiber *f)
{
    G *cur = sched_current();
    if (cur && cur->status == G_RUNNING && cur->fiber && cur->fiber != f) {
        ((Fiber *)cur->fiber)->abandoned = true;
        sched_exit(cur);
    }
    if (f) abandon(f);
}

void vm_repl_background(int64_t budget_ns)
{
    int64_t until = sched_now() + budget_ns;
    vm_yield_always = true;
    while (!vm_interrupted) {
        bool inherit = false;
        G *g = sched_poll();
        if (!g) break;
        bool done = false;
        repl_turn(g, inherit, NULL, &done);
        if (sched_now() >= until) break;
    }
    vm_yield_always = false;
    vm_flush();
}
