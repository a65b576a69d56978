/*
 * The VM side of goroutines: starting them, the scheduling loop, and the
 * reports that list them (deadlock, fatal errors). See vm/goroutine.c.
 */
#ifndef CSP_GOROUTINE_H
#define CSP_GOROUTINE_H

#include "vm/vm.h"

/* The scheduler's seed (0: pick one at random) and whether its clock is
 * virtual, set from the command line before vm_run_main. */
extern uint64_t vm_sched_seed;
extern bool vm_sched_virtual;

/* Starts a goroutine running fn(args...) (a go statement). `creator` is the
 * function containing the go statement and `line` where it stands (0 when a
 * native starts the goroutine: tracebacks then name the creator only). */
void vm_go(Fiber *parent, Value fn, const Value *args, int nargs, const Proto *creator, int line);
/* Runs goroutines, starting with `main_fiber` (whose entry frame is pushed),
 * until main returns (status 0), a panic escapes a goroutine or a fatal error
 * occurs (status 2). */
int vm_schedule(Fiber *main_fiber);
/* Prints one goroutine's frames (innermost first) and its creation site, as
 * Go's tracebacks do. */
void vm_print_frames(Fiber *f, FILE *out);
/* Prints the replay hint with the scheduler's seed, if the program started
 * any goroutine (a sequential program's reports stay as Go prints them). */
void vm_print_seed(FILE *out);

/* What vm_repl_run reports. */
enum { VM_REPL_DONE, VM_REPL_FAILED, VM_REPL_INTERRUPTED };
/* Runs a REPL entry's fiber (its entry frame pushed) as goroutine 1, with
 * the session's other goroutines, until it returns (VM_REPL_DONE; the others
 * stay in the scheduler), panics or deadlocks (VM_REPL_FAILED, reported as
 * vm_schedule reports them) or vm_interrupted is set (VM_REPL_INTERRUPTED).
 * A panic in another goroutine is reported and that goroutine ends; the
 * entry goes on. The entry's goroutine never outlives the call. */
int vm_repl_run(Fiber *entry);
/* Runs the goroutines that can run now (and due timers) for about
 * budget_ns, or until none can or vm_interrupted is set. */
void vm_repl_background(int64_t budget_ns);
/* After an escape to vm_escape (fatal error, os.Exit): ends the goroutine
 * that was running and gives up the entry's fiber f (may be NULL). */
void vm_repl_abandon(Fiber *f);
/* Prints every goroutine as a deadlock report does (the REPL's :goroutines). */
void vm_print_goroutines(FILE *out);

#endif
