/*
 * The scheduler: goroutine records, the run queue, timers and the clock.
 *
 * Invariants:
 * - There is one OS thread. A goroutine (G) is a record here plus the VM's
 *   fiber (its registers and frames, `G.fiber`); no goroutine has a C stack.
 * - Only this module changes `G.status`: sched_ready (WAITING -> RUNNABLE),
 *   sched_park (RUNNING -> WAITING, with a wait reason and the object waited
 *   on), sched_yield (RUNNING -> RUNNABLE), sched_next (RUNNABLE -> RUNNING)
 *   and sched_exit (-> DEAD).
 * - A RUNNABLE goroutine is in the run queue exactly once; a WAITING one is in
 *   no run queue, and is reachable from what it waits on (a channel's wait
 *   queue, a sync object, a timer) so the GC keeps it alive.
 * - Readying puts the goroutine in the `next` slot (it runs as soon as the
 *   current one stops, as Go's runnext does, which makes channel hand-offs
 *   cheap); the goroutine previously in that slot moves to the tail.
 * - Timers live in a binary heap ordered by (when, seq), so timers that fire
 *   at the same instant fire in the order they were started.
 * - Under virtual time the clock stands still while any goroutine can run;
 *   when none can and a timer is pending, it jumps to the earliest deadline.
 * - Every random choice of the runtime (select's pick) comes from one
 *   xorshift generator seeded by sched_init, so a run is reproducible.
 * - A goroutine waiting for input is parked on its fd; it is not a deadlock
 *   while its fd is open: the scheduler waits in poll(2) for it.
 */
#ifndef CSP_SCHED_H
#define CSP_SCHED_H

#include <signal.h>

#include "runtime/value.h"

/* The states of a goroutine. */
typedef enum GStatus { G_RUNNABLE, G_RUNNING, G_WAITING, G_DEAD } GStatus;

/* Why a goroutine is waiting; printed as Go prints it in a goroutine dump. */
typedef enum WaitReason {
    WAIT_NONE,
    WAIT_CHAN_RECV,
    WAIT_CHAN_SEND,
    WAIT_CHAN_RECV_NIL,
    WAIT_CHAN_SEND_NIL,
    WAIT_SELECT,
    WAIT_SELECT_NO_CASES,
    WAIT_WAITGROUP,
    WAIT_MUTEX,
    WAIT_RWMUTEX_R,
    WAIT_RWMUTEX_W,
    WAIT_COND,
    WAIT_SLEEP,
    WAIT_IO,
    WAIT_COUNT
} WaitReason;

typedef struct G G;

/* A goroutine's wait on one channel (Go's sudog). One is embedded in each G
 * for plain sends and receives; a blocking select allocates one per case. */
typedef struct Sudog {
    /* The waiting goroutine. */
    G *g;
    /* The channel waited on. */
    struct Chan *c;
    /* For a send: the value to send. For a receive: the value received. */
    Value val;
    /* For a receive: true if a value was delivered, false if woken by close. */
    bool ok;
    /* For a send: set when woken by close (the sender must panic). */
    bool closed;
    /* Whether this wait is one case of a select. */
    bool is_select;
    /* Whether the record is in its channel's wait queue. */
    bool queued;
    /* For a select: the index of the case this record stands for. */
    int case_index;
    /* Links in the channel's wait queue. */
    struct Sudog *next, *prev;
} Sudog;

/* A goroutine record. */
struct G {
    /* The goroutine id: 1 for main, then counting up, as Go numbers them. */
    int64_t id;
    /* What it waits on (a Chan*, a sync object), for goroutine dumps. */
    void *wait_obj;
    /* The next goroutine in the run queue. */
    G *schedlink;
    /* The previous and next goroutines in the list of live goroutines. */
    G *allprev, *allnext;
    /* The wait record for a plain channel operation. */
    Sudog sudog;
    /* The wait records of a blocked select, and how many there are; the
     * array is kept (with its capacity) for the goroutine's next select. */
    Sudog *select_sudogs;
    int nselect;
    int select_cap;
    /* The case that woke a blocked select, or -1 while none has. */
    int select_fired;
    /* The current state; changed only by this module. One byte each, in
     * the padding before `fiber`: a parked goroutine's G is 120 bytes. */
    GStatus status : 8;
    /* Why it waits (WAITING only). */
    WaitReason reason : 8;
    /* The VM's execution state for this goroutine. */
    void *fiber;
};

/* A pending timer. */
typedef struct Timer Timer;
/* What a timer does when it fires: called from the scheduler, must not block. */
typedef void (*TimerFn)(Timer *t);
struct Timer {
    /* The deadline, in nanoseconds of the scheduler's clock. */
    int64_t when;
    /* The start order, which breaks ties between equal deadlines. */
    uint64_t seq;
    /* For a ticker: the period; 0 for a one-shot timer. */
    int64_t period;
    /* The action and its arguments. */
    TimerFn fn;
    void *arg;
    Value val;
    /* The index in the heap while pending (checked against the heap). */
    int64_t heap_index;
};

/* Resets the scheduler: no goroutines, no timers, the clock at zero under
 * virtual time (else the monotonic clock), the generator seeded with `seed`. */
void sched_init(uint64_t seed, bool virtual_time);
/* The seed the scheduler was started with. */
uint64_t sched_seed(void);
/* Whether the clock is virtual. */
bool sched_virtual_time(void);

/* Creates a goroutine record for `fiber` and makes it runnable (at the tail
 * of the run queue, as Go's newproc followed by the creator running on). */
G *sched_spawn(void *fiber);
/* The same for a zeroed G the caller allocated (inside a larger block). */
void sched_start(G *g, void *fiber);
/* The running goroutine, or NULL. */
G *sched_current(void);
/* Makes a waiting goroutine runnable; it runs next. */
void sched_ready(G *g);
/* Parks the running goroutine with a wait reason and the object it waits on. */
void sched_park(G *g, WaitReason reason, void *obj);
/* Parks the running goroutine until fd is readable (IO wait); the
 * scheduler polls the fds of such goroutines whenever it picks the next one,
 * and blocks in poll(2) when nothing else can run. */
void sched_park_fd(G *g, int fd);
/* Takes a goroutine parked with some wait reason out of the wait queue or
 * timer of what it waits on (G.wait_obj), so that nothing readies it again. */
typedef void (*SchedCancel)(G *g);
/* Registers the canceller of a wait reason; the module that parks with that
 * reason registers it (before it parks). */
void sched_on_cancel(WaitReason reason, SchedCancel fn);
/* Ends a waiting goroutine now (a REPL entry given up by Ctrl-C or a
 * deadlock): the canceller of its wait reason detaches it, then it is dead.
 * Returns false, changing nothing, if it is not waiting or its reason has
 * no canceller. */
bool sched_cancel(G *g);
/* Moves the running goroutine to the tail of the run queue. */
void sched_yield(G *g);
/* Marks the goroutine dead and forgets it. */
void sched_exit(G *g);
/* Whether any goroutine other than the running one is runnable. */
bool sched_has_runnable(void);
/* Picks the next goroutine to run and marks it RUNNING. When none is runnable
 * it fires timers and polls the fds of goroutines waiting for input (waiting
 * for the real clock and in poll(2), or advancing the virtual clock) until one
 * is. Returns NULL when no goroutine can ever run again: every live goroutine
 * is waiting, no timer is pending and none waits for input (a deadlock). Sets *from_next
 * (if not NULL) when the goroutine came from the `next` slot: it should then
 * inherit the time slice of the one before it, so that two goroutines handing
 * off to each other cannot starve the run queue (as in Go). */
G *sched_next(bool *from_next);
/* Like sched_next, but never waits: fires the timers that are due, polls
 * input without blocking, and returns NULL when nothing can run now. */
G *sched_poll(void);
/* When the next goroutine can run, on the scheduler's clock: now if one is
 * runnable, the earliest timer's deadline, or -1 when nothing is pending. */
int64_t sched_next_deadline(void);
/* Sets the flag (set from a signal handler) that makes sched_next give up
 * its idle wait and return NULL; NULL for none. */
void sched_set_interrupt(volatile sig_atomic_t *flag);
/* The number of live goroutines (runtime.NumGoroutine). */
int64_t sched_count(void);
/* Calls fn for every live goroutine, in creation order. */
void sched_each(void (*fn)(G *g, void *arg), void *arg);
/* Go's text for a wait reason ("chan receive", "select (no cases)", ...). */
const char *sched_wait_string(WaitReason r);

/* The next number of the seeded generator. */
uint64_t sched_rand(void);
/* A uniform number in [0, n), n > 0. */
uint64_t sched_randn(uint64_t n);

/* The scheduler's clock in nanoseconds (monotonic; virtual under virtual time). */
int64_t sched_now(void);
/* The wall clock in nanoseconds since the Unix epoch (shifted by the virtual
 * clock's progress under virtual time). */
int64_t sched_wall(void);
/* Starts a timer (t->when, fn and arg set by the caller). */
void timer_start(Timer *t);
/* Stops a pending timer; returns whether it was pending. */
bool timer_stop(Timer *t);
/* Whether the timer is pending. */
bool timer_pending(Timer *t);
/* The number of pending timers. */
int64_t timer_count(void);

#endif
