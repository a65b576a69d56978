/*
 * The natives of package sync (stdlib/sync.go): the operations that park.
 *
 * Invariants:
 * - A lock or WaitGroup keeps its waiters in a FIFO WaitList stored in its
 *   `q *waitq` field; the storage layout of each struct is fixed by sync.go
 *   (one Value per field, in declaration order).
 * - Unlock hands a Mutex directly to the first waiter (it stays locked), so
 *   a woken Lock never has to retry and waiters are served in order.
 * - RWMutex grants in queue order: a writer when the lock is free, and every
 *   reader at the head of the queue while no writer holds it. A reader
 *   arriving while anyone waits queues behind them, so writers cannot starve.
 * - Cond follows Go's notifyList: Wait takes a ticket before unlocking, and
 *   Signal wakes the holder of the oldest unnotified ticket.
 */
#include <gc/gc.h>

#include "runtime/native.h"
#include "runtime/sched.h"

/* A parked goroutine in a WaitList. */
typedef struct Waiter {
    /* The goroutine. */
    G *g;
    /* For RWMutex: whether it waits to write. For Cond: its ticket. */
    int64_t tag;
    /* The next waiter. */
    struct Waiter *next;
} Waiter;

/* A FIFO queue of waiters (the `q *waitq` field of sync's types). */
typedef struct WaitList {
    Waiter *head, *tail;
} WaitList;

/* Storage slots of the sync types, as declared in sync.go. */
enum { MU_LOCKED, MU_Q };
enum { RW_WRITER, RW_READERS, RW_Q };
enum { WG_N, WG_Q };
enum { COND_L, COND_TICKET, COND_NOTIFY, COND_Q };

/* Returns the WaitList in slot `q`, creating it when absent. */
static WaitList *list_of(Value *self, int q) {
    if (!self[q].p) self[q].p = GC_MALLOC(sizeof(WaitList));
    return self[q].p;
}

static void sync_cancel(G *g);

/* Parks the native's goroutine at the tail of the list in slot `q`. */
static int park_on(NativeCtx *ctx, Value *self, int q, int64_t tag, WaitReason why) {
    sched_on_cancel(why, sync_cancel);
    WaitList *l = list_of(self, q);
    Waiter *w = GC_MALLOC(sizeof(Waiter));
    w->g = native_g(ctx);
    w->tag = tag;
    if (l->tail)
        l->tail->next = w;
    else
        l->head = w;
    l->tail = w;
    sched_park(w->g, why, self);
    return NATIVE_BLOCK;
}

/* Removes the first waiter of the list in slot `q`, or returns NULL. */
static Waiter *pop(Value *self, int q) {
    WaitList *l = self[q].p;
    Waiter *w = l ? l->head : NULL;
    if (w) {
        l->head = w->next;
        if (!l->head) l->tail = NULL;
    }
    return w;
}

/* The first waiter of the list in slot `q`, or NULL. */
static Waiter *peek(Value *self, int q) {
    WaitList *l = self[q].p;
    return l ? l->head : NULL;
}

/* func (m *Mutex) Lock() */
static int mutex_lock(NativeCtx *ctx, Value *args, Value *results) {
    Value *m = args[0].p;
    if (!m[MU_LOCKED].i) {
        m[MU_LOCKED].i = 1;
        return NATIVE_OK;
    }
    return park_on(ctx, m, MU_Q, 0, WAIT_MUTEX);
}

/* func (m *Mutex) Unlock() */
static int mutex_unlock(NativeCtx *ctx, Value *args, Value *results) {
    Value *m = args[0].p;
    if (!m[MU_LOCKED].i) return native_fatal(ctx, "sync: unlock of unlocked mutex");
    Waiter *w = pop(m, MU_Q);
    if (w)
        sched_ready(w->g);
    else
        m[MU_LOCKED].i = 0;
    return NATIVE_OK;
}

/* func (m *Mutex) TryLock() bool */
static int mutex_trylock(NativeCtx *ctx, Value *args, Value *results) {
    Value *m = args[0].p;
    results[0].i = !m[MU_LOCKED].i;
    m[MU_LOCKED].i = 1;
    return NATIVE_OK;
}

/* Grants an RWMutex to the waiters at the head of its queue that can have it. */
static void rw_grant(Value *rw) {
    Waiter *w;
    while ((w = peek(rw, RW_Q)) && !rw[RW_WRITER].i) {
        if (w->tag) {
            if (rw[RW_READERS].i) return;
            rw[RW_WRITER].i = 1;
        } else {
            rw[RW_READERS].i++;
        }
        pop(rw, RW_Q);
        sched_ready(w->g);
    }
}

/* func (rw *RWMutex) Lock() */
static int rw_lock(NativeCtx *ctx, Value *args, Value *results) {
    Value *rw = args[0].p;
    if (!rw[RW_WRITER].i && !rw[RW_READERS].i && !peek(rw, RW_Q)) {
        rw[RW_WRITER].i = 1;
        return NATIVE_OK;
    }
    return park_on(ctx, rw, RW_Q, 1, WAIT_RWMUTEX_W);
}

/* func (rw *RWMutex) Unlock() */
static int rw_unlock(NativeCtx *ctx, Value *args, Value *results) {
    Value *rw = args[0].p;
    if (!rw[RW_WRITER].i) return native_fatal(ctx, "sync: Unlock of unlocked RWMutex");
    rw[RW_WRITER].i = 0;
    rw_grant(rw);
    return NATIVE_OK;
}

/* func (rw *RWMutex) RLock() */
static int rw_rlock(NativeCtx *ctx, Value *args, Value *results) {
    Value *rw = args[0].p;
    if (!rw[RW_WRITER].i && !peek(rw, RW_Q)) {
        rw[RW_READERS].i++;
        return NATIVE_OK;
    }
    return park_on(ctx, rw, RW_Q, 0, WAIT_RWMUTEX_R);
}

/* func (rw *RWMutex) RUnlock() */
static int rw_runlock(NativeCtx *ctx, Value *args, Value *results) {
    Value *rw = args[0].p;
    if (rw[RW_READERS].i <= 0) return native_fatal(ctx, "sync: RUnlock of unlocked RWMutex");
    rw[RW_READERS].i--;
    rw_grant(rw);
    return NATIVE_OK;
}

/* func (rw *RWMutex) TryLock() bool */
static int rw_trylock(NativeCtx *ctx, Value *args, Value *results) {
    Value *rw = args[0].p;
    results[0].i = !rw[RW_WRITER].i && !rw[RW_READERS].i;
    if (results[0].i) rw[RW_WRITER].i = 1;
    return NATIVE_OK;
}

/* func (rw *RWMutex) TryRLock() bool */
static int rw_tryrlock(NativeCtx *ctx, Value *args, Value *results) {
    Value *rw = args[0].p;
    results[0].i = !rw[RW_WRITER].i && !peek(rw, RW_Q);
    if (results[0].i) rw[RW_READERS].i++;
    return NATIVE_OK;
}

/* func (wg *WaitGroup) Add(delta int) */
static int wg_add(NativeCtx *ctx, Value *args, Value *results) {
    Value *wg = args[0].p;
    wg[WG_N].i += args[1].i;
    if (wg[WG_N].i < 0) return native_panic_string(ctx, "sync: negative WaitGroup counter");
    if (wg[WG_N].i == 0) {
        Waiter *w;
        while ((w = pop(wg, WG_Q))) sched_ready(w->g);
    }
    return NATIVE_OK;
}

/* func (wg *WaitGroup) Done(): Add(-1) as a native, so a goroutine's last
 * `defer wg.Done()` needs no bytecode frame (and no larger stack for it). */
static int wg_done(NativeCtx *ctx, Value *args, Value *results) {
    Value a[2] = {args[0], {.i = -1}};
    return wg_add(ctx, a, results);
}

/* func (wg *WaitGroup) Wait() */
static int wg_wait(NativeCtx *ctx, Value *args, Value *results) {
    Value *wg = args[0].p;
    if (wg[WG_N].i == 0) return NATIVE_OK;
    return park_on(ctx, wg, WG_Q, 0, WAIT_WAITGROUP);
}

/* func (c *Cond) wait(ticket int) */
static int cond_wait(NativeCtx *ctx, Value *args, Value *results) {
    Value *c = args[0].p;
    if (args[1].i < c[COND_NOTIFY].i) return NATIVE_OK;
    return park_on(ctx, c, COND_Q, args[1].i, WAIT_COND);
}

/* Wakes the waiter holding `ticket`, if it is parked. */
static void cond_wake(Value *c, int64_t ticket) {
    WaitList *l = c[COND_Q].p;
    for (Waiter **pw = l ? &l->head : NULL; pw && *pw; pw = &(*pw)->next) {
        Waiter *w = *pw;
        if (w->tag != ticket) continue;
        *pw = w->next;
        if (l->tail == w) {
            l->tail = NULL;
            for (Waiter *t = l->head; t; t = t->next) l->tail = t;
        }
        sched_ready(w->g);
        return;
    }
}

/* func (c *Cond) Signal() */
static int cond_signal(NativeCtx *ctx, Value *args, Value *results) {
    Value *c = args[0].p;
    if (c[COND_NOTIFY].i == c[COND_TICKET].i) return NATIVE_OK;
    cond_wake(c, c[COND_NOTIFY].i++);
    return NATIVE_OK;
}

/* func (c *Cond) Broadcast() */
static int cond_broadcast(NativeCtx *ctx, Value *args, Value *results) {
    Value *c = args[0].p;
    while (c[COND_NOTIFY].i < c[COND_TICKET].i) cond_wake(c, c[COND_NOTIFY].i++);
    return NATIVE_OK;
}

/* Takes a goroutine given up while it waits out of its sync object's queue
 * (sched_cancel): a Mutex is then handed to the next waiter instead, and an
 * RWMutex grants the waiters it may now. */
static void sync_cancel(G *g) {
    Value *self = g->wait_obj;
    int q = g->reason == WAIT_MUTEX ? MU_Q : g->reason == WAIT_WAITGROUP ? WG_Q : g->reason == WAIT_COND ? COND_Q : RW_Q;
    WaitList *l = self[q].p;
    Waiter *prev = NULL;
    for (Waiter *w = l ? l->head : NULL; w; prev = w, w = w->next) {
        if (w->g != g) continue;
        if (prev) prev->next = w->next;
        else l->head = w->next;
        if (l->tail == w) l->tail = prev;
        break;
    }
    if (q == RW_Q) rw_grant(self);
}

/* The natives of package sync. */
const NativeFunc sync_natives[] = {
    {"Mutex.Lock", mutex_lock},
    {"Mutex.Unlock", mutex_unlock},
    {"Mutex.TryLock", mutex_trylock},
    {"RWMutex.Lock", rw_lock},
    {"RWMutex.Unlock", rw_unlock},
    {"RWMutex.RLock", rw_rlock},
    {"RWMutex.RUnlock", rw_runlock},
    {"RWMutex.TryLock", rw_trylock},
    {"RWMutex.TryRLock", rw_tryrlock},
    {"WaitGroup.Add", wg_add},
    {"WaitGroup.Done", wg_done},
    {"WaitGroup.Wait", wg_wait},
    {"Cond.wait", cond_wait},
    {"Cond.Signal", cond_signal},
    {"Cond.Broadcast", cond_broadcast},
    {NULL, NULL},
};
