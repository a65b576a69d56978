/*
 * The scheduler: see runtime/sched.h for the invariants.
 *
 * The run queue is an intrusive FIFO list through G.schedlink plus a `next`
 * slot, so readying a goroutine never allocates. The timer heap is an array
 * of Timer pointers, grown by doubling. Goroutines waiting for input are kept
 * with their pollfd; they are polled without waiting whenever the next
 * goroutine is picked, and waited for when nothing else can run. All state is
 * in one Sched record.
 */
#include "runtime/sched.h"

#include <errno.h>
#include <gc/gc.h>
#include <poll.h>
#include <string.h>
#include <time.h>

/* The scheduler's state. */
typedef struct Sched {
    /* The running goroutine. */
    G *current;
    /* The goroutine to run next, ahead of the queue (Go's runnext). */
    G *next;
    /* The run queue's head and tail. */
    G *head, *tail;
    /* The live goroutines, oldest first, and how many there are. */
    G *allhead, *alltail;
    int64_t count;
    /* The last goroutine id handed out. */
    int64_t last_id;
    /* The timer heap and its size and capacity. */
    Timer **heap;
    int64_t nheap, capheap;
    /* The number of timers started so far (ties in the heap). */
    uint64_t timer_seq;
    /* Whether the clock is virtual, and its value in that case. */
    bool virtual_time;
    int64_t vnow;
    /* The monotonic and wall clocks at sched_init, for virtual wall time. */
    int64_t mono0, wall0;
    /* The generator's state and the seed it started from. */
    uint64_t rng, seed;
    /* Goroutines waiting for input, with their fds, and room for them. */
    G **io_g;
    struct pollfd *io_fd;
    int nio, capio;
} Sched;

static Sched S;

/* The flag that interrupts the scheduler's idle waits (set by a signal
 * handler; kept across sched_init), or NULL. */
static volatile sig_atomic_t *interrupt_flag;

void sched_set_interrupt(volatile sig_atomic_t *flag) { interrupt_flag = flag; }

/* Whether the interrupt flag is set. */
static bool interrupted(void) { return interrupt_flag && *interrupt_flag; }

/* Reads a clock in nanoseconds. */
static int64_t clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void sched_init(uint64_t seed, bool virtual_time) {
    memset(&S, 0, sizeof S);
    S.virtual_time = virtual_time;
    S.mono0 = clock_ns(CLOCK_MONOTONIC);
    S.wall0 = clock_ns(CLOCK_REALTIME);
    S.seed = seed;
    /* splitmix64 of the seed, so that small seeds give well-mixed states. */
    uint64_t z = seed + 0x9e3779b97f4a7c15ull;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    S.rng = (z ^ (z >> 31)) | 1;
}

uint64_t sched_seed(void) { return S.seed; }

bool sched_virtual_time(void) { return S.virtual_time; }

uint64_t sched_rand(void) {
    /* xorshift64*. */
    uint64_t x = S.rng;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    S.rng = x;
    return x * 0x2545f4914f6cdd1dull;
}

uint64_t sched_randn(uint64_t n) {
    /* Lemire's multiply-shift; the bias is below 2^-32 for n < 2^32. */
    return (uint64_t)(((unsigned __int128)sched_rand() * n) >> 64);
}

int64_t sched_now(void) {
    return S.virtual_time ? S.vnow : clock_ns(CLOCK_MONOTONIC) - S.mono0;
}

int64_t sched_wall(void) {
    return S.virtual_time ? S.wall0 + S.vnow : clock_ns(CLOCK_REALTIME);
}

/* Appends a runnable goroutine to the tail of the run queue. */
static void runq_put(G *g) {
    g->schedlink = NULL;
    if (S.tail)
        S.tail->schedlink = g;
    else
        S.head = g;
    S.tail = g;
}

/* Removes and returns the head of the run queue, or NULL. */
static G *runq_get(void) {
    G *g = S.head;
    if (g) {
        S.head = g->schedlink;
        if (!S.head) S.tail = NULL;
        g->schedlink = NULL;
    }
    return g;
}

G *sched_spawn(void *fiber) {
    G *g = GC_MALLOC(sizeof(G));
    sched_start(g, fiber);
    return g;
}

void sched_start(G *g, void *fiber) {
    g->id = ++S.last_id;
    g->fiber = fiber;
    g->select_fired = -1;
    g->sudog.g = g;
    g->allprev = S.alltail;
    if (S.alltail)
        S.alltail->allnext = g;
    else
        S.allhead = g;
    S.alltail = g;
    S.count++;
    g->status = G_RUNNABLE;
    runq_put(g);
}

G *sched_current(void) { return S.current; }

void sched_ready(G *g) {
    g->status = G_RUNNABLE;
    g->reason = WAIT_NONE;
    g->wait_obj = NULL;
    if (S.next) runq_put(S.next);
    S.next = g;
}

void sched_park(G *g, WaitReason reason, void *obj) {
    g->status = G_WAITING;
    g->reason = reason;
    g->wait_obj = obj;
    if (S.current == g) S.current = NULL;
}

/* The canceller of each wait reason (kept across sched_init). */
static SchedCancel cancellers[WAIT_COUNT];

void sched_on_cancel(WaitReason reason, SchedCancel fn) { cancellers[reason] = fn; }

bool sched_cancel(G *g) {
    if (g->status != G_WAITING || !cancellers[g->reason]) return false;
    cancellers[g->reason](g);
    sched_exit(g);
    return true;
}

void sched_yield(G *g) {
    g->status = G_RUNNABLE;
    if (S.current == g) S.current = NULL;
    runq_put(g);
}

void sched_exit(G *g) {
    g->status = G_DEAD;
    if (S.current == g) S.current = NULL;
    if (g->allprev)
        g->allprev->allnext = g->allnext;
    else
        S.allhead = g->allnext;
    if (g->allnext)
        g->allnext->allprev = g->allprev;
    else
        S.alltail = g->allprev;
    g->allprev = g->allnext = NULL;
    g->fiber = NULL;
    S.count--;
}

bool sched_has_runnable(void) { return S.next != NULL || S.head != NULL; }

int64_t sched_count(void) { return S.count; }

void sched_park_fd(G *g, int fd) {
    if (S.nio == S.capio) {
        S.capio = S.capio ? S.capio * 2 : 4;
        G **gs = GC_MALLOC(sizeof(G *) * S.capio);
        struct pollfd *fds = GC_MALLOC_ATOMIC(sizeof(struct pollfd) * S.capio);
        if (S.nio) {
            memcpy(gs, S.io_g, sizeof(G *) * S.nio);
            memcpy(fds, S.io_fd, sizeof(struct pollfd) * S.nio);
        }
        S.io_g = gs;
        S.io_fd = fds;
    }
    S.io_g[S.nio] = g;
    S.io_fd[S.nio] = (struct pollfd){.fd = fd, .events = POLLIN};
    S.nio++;
    sched_park(g, WAIT_IO, NULL);
}

/* Polls the fds of goroutines waiting for input for up to timeout_ms (-1:
 * forever) and readies those whose fd is readable (or at end or in error).
 * Returns how many were readied. */
static int io_poll(int timeout_ms) {
    int r;
    do r = poll(S.io_fd, (nfds_t)S.nio, timeout_ms);
    while (r < 0 && errno == EINTR && !interrupted());
    if (r <= 0) return 0;
    int readied = 0;
    for (int i = 0; i < S.nio;) {
        if (S.io_fd[i].revents) {
            G *g = S.io_g[i];
            S.nio--;
            S.io_g[i] = S.io_g[S.nio];
            S.io_fd[i] = S.io_fd[S.nio];
            S.io_g[S.nio] = NULL;
            sched_ready(g);
            readied++;
        } else {
            i++;
        }
    }
    return readied;
}

void sched_each(void (*fn)(G *g, void *arg), void *arg) {
    for (G *g = S.allhead; g; g = g->allnext) fn(g, arg);
}

const char *sched_wait_string(WaitReason r) {
    static const char *const names[WAIT_COUNT] = {
        [WAIT_NONE] = "running",
        [WAIT_CHAN_RECV] = "chan receive",
        [WAIT_CHAN_SEND] = "chan send",
        [WAIT_CHAN_RECV_NIL] = "chan receive (nil chan)",
        [WAIT_CHAN_SEND_NIL] = "chan send (nil chan)",
        [WAIT_SELECT] = "select",
        [WAIT_SELECT_NO_CASES] = "select (no cases)",
        [WAIT_WAITGROUP] = "sync.WaitGroup.Wait",
        [WAIT_MUTEX] = "sync.Mutex.Lock",
        [WAIT_RWMUTEX_R] = "sync.RWMutex.RLock",
        [WAIT_RWMUTEX_W] = "sync.RWMutex.Lock",
        [WAIT_COND] = "sync.Cond.Wait",
        [WAIT_SLEEP] = "sleep",
        [WAIT_IO] = "IO wait",
    };
    return (unsigned)r < WAIT_COUNT && names[r] ? names[r] : "waiting";
}

/* Whether heap entry i fires before heap entry j. */
static bool timer_less(int64_t i, int64_t j) {
    Timer *a = S.heap[i], *b = S.heap[j];
    return a->when < b->when || (a->when == b->when && a->seq < b->seq);
}

/* Swaps two heap entries, keeping their heap_index fields right. */
static void heap_swap(int64_t i, int64_t j) {
    Timer *t = S.heap[i];
    S.heap[i] = S.heap[j];
    S.heap[j] = t;
    S.heap[i]->heap_index = i;
    S.heap[j]->heap_index = j;
}

/* Restores the heap order upwards from entry i. */
static void heap_up(int64_t i) {
    while (i > 0) {
        int64_t p = (i - 1) / 2;
        if (!timer_less(i, p)) break;
        heap_swap(i, p);
        i = p;
    }
}

/* Restores the heap order downwards from entry i. */
static void heap_down(int64_t i) {
    for (;;) {
        int64_t l = 2 * i + 1, r = l + 1, m = i;
        if (l < S.nheap && timer_less(l, m)) m = l;
        if (r < S.nheap && timer_less(r, m)) m = r;
        if (m == i) break;
        heap_swap(i, m);
        i = m;
    }
}

void timer_start(Timer *t) {
    timer_stop(t);
    if (S.nheap == S.capheap) {
        S.capheap = S.capheap ? S.capheap * 2 : 16;
        Timer **h = GC_MALLOC(sizeof(Timer *) * S.capheap);
        if (S.nheap) memcpy(h, S.heap, sizeof(Timer *) * S.nheap);
        S.heap = h;
    }
    t->seq = ++S.timer_seq;
    t->heap_index = S.nheap;
    S.heap[S.nheap++] = t;
    heap_up(t->heap_index);
}

bool timer_stop(Timer *t) {
    int64_t i = t->heap_index;
    if (!timer_pending(t)) return false;
    S.nheap--;
    if (i != S.nheap) {
        S.heap[i] = S.heap[S.nheap];
        S.heap[i]->heap_index = i;
        heap_down(i);
        heap_up(i);
    }
    S.heap[S.nheap] = NULL;
    t->heap_index = -1;
    return true;
}

int64_t timer_count(void) { return S.nheap; }

bool timer_pending(Timer *t) {
    return t->heap_index >= 0 && t->heap_index < S.nheap && S.heap[t->heap_index] == t;
}

/* Fires every timer whose deadline has passed, with t->when still its
 * deadline; a ticker (unless its action restarted it) is then restarted one
 * period later, dropping missed ticks as Go does. */
static void timers_fire(void) {
    int64_t now = sched_now();
    while (S.nheap > 0 && S.heap[0]->when <= now) {
        Timer *t = S.heap[0];
        timer_stop(t);
        t->fn(t);
        if (t->period > 0 && !timer_pending(t)) {
            t->when += t->period;
            if (t->when <= now) t->when = now + t->period;
            timer_start(t);
        }
    }
}

/* Waits, on the real clock, until the earliest timer's deadline. */
static void timers_wait(void) {
    int64_t d = S.heap[0]->when - sched_now();
    if (d <= 0) return;
    struct timespec ts = {d / 1000000000, d % 1000000000};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR && !interrupted()) {
    }
}

/* Takes the goroutine to run next (the `next` slot first, then the run
 * queue's head) and makes it the running one; NULL if none is runnable.
 * *from_next, if given, tells whether it came from the `next` slot. */
static G *take_runnable(bool *from_next) {
    G *g = S.next;
    if (from_next) *from_next = g != NULL;
    if (g)
        S.next = NULL;
    else
        g = runq_get();
    if (g) {
        g->status = G_RUNNING;
        S.current = g;
    }
    return g;
}

G *sched_next(bool *from_next) {
    if (S.nheap > 0) timers_fire();
    if (S.nio > 0) io_poll(0);
    for (;;) {
        G *g = take_runnable(from_next);
        if (g) return g;
        if (S.nheap == 0 && S.nio == 0) return NULL;
        if (interrupted()) return NULL;
        if (S.nio > 0) {
            /* Wait for input, but not past the next timer (virtual time does
             * not wait: it jumps). */
            int timeout = -1;
            if (S.nheap > 0) {
                int64_t d = S.virtual_time ? 0 : S.heap[0]->when - sched_now();
                timeout = d <= 0 ? 0 : (int)((d + 999999) / 1000000);
            }
            if (io_poll(timeout) > 0 || S.nheap == 0) continue;
        }
        if (S.virtual_time)
            S.vnow = S.heap[0]->when > S.vnow ? S.heap[0]->when : S.vnow;
        else
            timers_wait();
        timers_fire();
    }
}

G *sched_poll(void) {
    if (S.nheap > 0) timers_fire();
    if (S.nio > 0) io_poll(0);
    return take_runnable(NULL);
}

int64_t sched_next_deadline(void) {
    if (S.next || S.head) return sched_now();
    return S.nheap > 0 ? S.heap[0]->when : -1;
}
