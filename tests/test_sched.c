/* Unit tests of the scheduler, channels and select (runtime/sched.c,
 * runtime/chan.c, runtime/select.c), driven without the VM: goroutines are
 * bare G records whose "execution" is the test itself. */
#include <criterion/criterion.h>
#include <gc/gc.h>
#include <unistd.h>

#include "runtime/chan.h"
#include "runtime/sched.h"
#include "runtime/select.h"

static Type int_chan = {.kind = KIND_CHAN};

/* Starts a fresh scheduler with a running main goroutine. */
static G *setup(uint64_t seed, bool virtual_time) {
    GC_INIT();
    sched_init(seed, virtual_time);
    sched_spawn(NULL);
    G *g = sched_next(NULL);
    cr_assert_not_null(g);
    cr_assert_eq(g->id, 1);
    return g;
}

/* Makes a second goroutine and marks it running (as the loop would when it
 * switches to it), leaving `from` runnable. */
static G *switch_to_new(G *from) {
    G *g = sched_spawn(NULL);
    sched_yield(from);
    while (sched_next(NULL) != g) {
        sched_yield(sched_current());
    }
    return g;
}

static Value iv(int64_t i) { return (Value){.i = i}; }

Test(chan, ring_buffer_wraps_around_in_fifo_order) {
    G *g = setup(1, true);
    Chan *c = chan_make(&int_chan, 3);
    int64_t next_send = 0, next_recv = 0;
    for (int round = 0; round < 10; round++) {
        while (chan_len(c) < 3) cr_assert_eq(chan_send(c, g, iv(next_send++)), CHAN_OK);
        for (int k = 0; k < 2; k++) {
            Value v;
            bool ok;
            cr_assert_eq(chan_recv(c, g, &v, &ok), CHAN_OK);
            cr_assert(ok);
            cr_assert_eq(v.i, next_recv++);
        }
    }
    cr_assert_eq(chan_len(c), 1);
    cr_assert_eq(chan_cap(c), 3);
    /* 21 sends and 20 receives over 3 slots: both indexes wrapped many times. */
    cr_assert_eq(c->sendx, 21 % 3);
    cr_assert_eq(c->recvx, 20 % 3);
}

Test(chan, full_buffer_blocks_sender_and_receive_moves_its_value_in) {
    G *g1 = setup(1, true);
    Chan *c = chan_make(&int_chan, 1);
    cr_assert_eq(chan_send(c, g1, iv(1)), CHAN_OK);
    cr_assert_eq(chan_send(c, g1, iv(2)), CHAN_BLOCK);
    cr_assert_eq(g1->status, G_WAITING);
    cr_assert_eq(g1->reason, WAIT_CHAN_SEND);
    cr_assert_eq(g1->wait_obj, c);
    G *g2 = sched_spawn(NULL);
    cr_assert_eq(sched_next(NULL), g2);
    Value v;
    bool ok;
    cr_assert_eq(chan_recv(c, g2, &v, &ok), CHAN_OK);
    cr_assert_eq(v.i, 1);
    cr_assert_eq(g1->status, G_RUNNABLE);
    cr_assert_eq(chan_len(c), 1);
    cr_assert_eq(chan_recv(c, g2, &v, &ok), CHAN_OK);
    cr_assert_eq(v.i, 2);
}

Test(chan, unbuffered_send_hands_off_to_waiting_receiver) {
    G *r = setup(1, true);
    Chan *c = chan_make(&int_chan, 0);
    Value v = iv(-1);
    bool ok = true;
    cr_assert_eq(chan_recv(c, r, &v, &ok), CHAN_BLOCK);
    cr_assert_eq(r->status, G_WAITING);
    cr_assert_eq(r->reason, WAIT_CHAN_RECV);
    G *s = sched_spawn(NULL);
    cr_assert_eq(sched_next(NULL), s);
    cr_assert_eq(chan_send(c, s, iv(42)), CHAN_OK);
    /* Straight into the receiver's record: the buffer was never used. */
    cr_assert_eq(chan_len(c), 0);
    cr_assert_eq(r->sudog.val.i, 42);
    cr_assert(r->sudog.ok);
    cr_assert_eq(r->status, G_RUNNABLE);
    /* The readied receiver runs next (Go's runnext), ahead of the queue. */
    G *other = sched_spawn(NULL);
    (void)other;
    sched_yield(s);
    bool from_next = false;
    cr_assert_eq(sched_next(&from_next), r);
    cr_assert(from_next);
}

Test(chan, unbuffered_receive_takes_from_waiting_sender) {
    G *s = setup(1, true);
    Chan *c = chan_make(&int_chan, 0);
    cr_assert_eq(chan_send(c, s, iv(7)), CHAN_BLOCK);
    G *r = sched_spawn(NULL);
    cr_assert_eq(sched_next(NULL), r);
    Value v;
    bool ok;
    cr_assert_eq(chan_recv(c, r, &v, &ok), CHAN_OK);
    cr_assert_eq(v.i, 7);
    cr_assert(ok);
    cr_assert_eq(s->status, G_RUNNABLE);
    cr_assert_not(s->sudog.closed);
}

Test(chan, close_wakes_every_receiver_and_sender) {
    G *main = setup(1, true);
    Chan *c = chan_make(&int_chan, 0);
    G *rs[3];
    for (int i = 0; i < 3; i++) {
        rs[i] = switch_to_new(sched_current() ? sched_current() : main);
        Value v;
        bool ok;
        cr_assert_eq(chan_recv(c, rs[i], &v, &ok), CHAN_BLOCK);
        cr_assert_eq(sched_next(NULL), main);
    }
    cr_assert_eq(chan_close(c), CHAN_OK);
    for (int i = 0; i < 3; i++) {
        cr_assert_eq(rs[i]->status, G_RUNNABLE);
        cr_assert_not(rs[i]->sudog.ok);
        cr_assert_eq(rs[i]->sudog.val.u, 0);
    }
    /* A closed channel yields zero values at once, forever. */
    Value v = iv(5);
    bool ok = true;
    cr_assert_eq(chan_recv(c, main, &v, &ok), CHAN_OK);
    cr_assert_not(ok);
    cr_assert_eq(v.i, 0);
    cr_assert_eq(chan_send(c, main, iv(1)), CHAN_CLOSED);
    cr_assert_eq(chan_close(c), CHAN_CLOSED);
    cr_assert_eq(chan_close(NULL), CHAN_NIL);
}

Test(chan, close_makes_blocked_sender_panic_and_keeps_buffered_values) {
    G *s = setup(1, true);
    Chan *c = chan_make(&int_chan, 1);
    cr_assert_eq(chan_send(c, s, iv(1)), CHAN_OK);
    cr_assert_eq(chan_send(c, s, iv(2)), CHAN_BLOCK);
    G *m = sched_spawn(NULL);
    cr_assert_eq(sched_next(NULL), m);
    cr_assert_eq(chan_close(c), CHAN_OK);
    cr_assert(s->sudog.closed);
    Value v;
    bool ok;
    cr_assert_eq(chan_recv(c, m, &v, &ok), CHAN_OK);
    cr_assert(ok);
    cr_assert_eq(v.i, 1);
    cr_assert_eq(chan_recv(c, m, &v, &ok), CHAN_OK);
    cr_assert_not(ok);
}

Test(chan, nil_channel_operations_block_forever) {
    G *g = setup(1, true);
    Value v;
    bool ok;
    cr_assert_eq(chan_recv(NULL, g, &v, &ok), CHAN_BLOCK);
    cr_assert_eq(g->reason, WAIT_CHAN_RECV_NIL);
    cr_assert_str_eq(sched_wait_string(g->reason), "chan receive (nil chan)");
    /* Nothing can wake it and no timer is pending: a deadlock. */
    cr_assert_null(sched_next(NULL));
    G *h = sched_spawn(NULL);
    cr_assert_eq(sched_next(NULL), h);
    cr_assert_eq(chan_send(NULL, h, iv(1)), CHAN_BLOCK);
    cr_assert_str_eq(sched_wait_string(h->reason), "chan send (nil chan)");
    cr_assert_eq(chan_len(NULL), 0);
    cr_assert_eq(chan_cap(NULL), 0);
}

Test(select, picks_uniformly_among_ready_cases) {
    G *g = setup(12345, true);
    enum { N = 4, ROUNDS = 40000 };
    Chan *cs[N];
    SelectCase cases[N];
    for (int i = 0; i < N; i++) {
        cs[i] = chan_make(&int_chan, 1);
        cases[i] = (SelectCase){.c = cs[i]};
    }
    int hits[N] = {0};
    for (int round = 0; round < ROUNDS; round++) {
        for (int i = 0; i < N; i++)
            if (chan_len(cs[i]) == 0) chan_send(cs[i], g, iv(i));
        SelectResult r = select_go(g, cases, N, false);
        cr_assert(r.index >= 0 && r.index < N);
        cr_assert_eq(r.val.i, r.index);
        hits[r.index]++;
    }
    /* Chi-square with 3 degrees of freedom: 16.27 is the 0.1% critical value. */
    double expect = ROUNDS / (double)N, chi2 = 0;
    for (int i = 0; i < N; i++) chi2 += (hits[i] - expect) * (hits[i] - expect) / expect;
    cr_assert_lt(chi2, 16.27, "hits %d %d %d %d, chi2 %f", hits[0], hits[1], hits[2], hits[3], chi2);
}

Test(select, same_seed_gives_same_choices) {
    int first[64];
    for (int run = 0; run < 2; run++) {
        G *g = setup(99, true);
        Chan *a = chan_make(&int_chan, 1), *b = chan_make(&int_chan, 1);
        SelectCase cases[2] = {{.c = a}, {.c = b}};
        for (int k = 0; k < 64; k++) {
            if (!chan_len(a)) chan_send(a, g, iv(0));
            if (!chan_len(b)) chan_send(b, g, iv(1));
            int idx = select_go(g, cases, 2, false).index;
            if (run == 0)
                first[k] = idx;
            else
                cr_assert_eq(idx, first[k]);
        }
    }
}

Test(select, default_runs_when_nothing_is_ready_and_nil_cases_are_disabled) {
    G *g = setup(1, true);
    Chan *c = chan_make(&int_chan, 0);
    SelectCase cases[2] = {{.c = NULL, .send = true, .val = {.i = 1}}, {.c = c}};
    SelectResult r = select_go(g, cases, 2, true);
    cr_assert_eq(r.index, SELECT_DEFAULT);
    cr_assert_eq(g->status, G_RUNNING);
    /* A ready case beats default; the nil case never proceeds. */
    Chan *b = chan_make(&int_chan, 1);
    chan_send(b, g, iv(3));
    SelectCase cases2[2] = {{.c = NULL}, {.c = b}};
    for (int i = 0; i < 10; i++) {
        r = select_go(g, cases2, 2, true);
        if (i == 0) {
            cr_assert_eq(r.index, 1);
            cr_assert_eq(r.val.i, 3);
        } else {
            cr_assert_eq(r.index, SELECT_DEFAULT);
        }
    }
}

Test(select, blocks_on_every_channel_and_dequeues_the_losers) {
    G *g = setup(1, true);
    Chan *a = chan_make(&int_chan, 0), *b = chan_make(&int_chan, 0);
    SelectCase cases[3] = {{.c = a}, {.c = NULL}, {.c = b}};
    SelectResult r = select_go(g, cases, 3, false);
    cr_assert_eq(r.index, SELECT_BLOCK);
    cr_assert_eq(g->status, G_WAITING);
    cr_assert_eq(g->reason, WAIT_SELECT);
    cr_assert_not_null(a->recvq.first);
    cr_assert_not_null(b->recvq.first);
    G *s = sched_spawn(NULL);
    cr_assert_eq(sched_next(NULL), s);
    cr_assert_eq(chan_send(b, s, iv(9)), CHAN_OK);
    cr_assert_eq(g->status, G_RUNNABLE);
    /* A second sender on a must not be taken by the already-woken select. */
    G *s2 = sched_spawn(NULL);
    sched_yield(s);
    while (sched_next(NULL) != s2) sched_yield(sched_current());
    cr_assert_eq(chan_send(a, s2, iv(1)), CHAN_BLOCK);
    cr_assert_null(a->recvq.first);
    r = select_finish(g, cases, 3);
    cr_assert_eq(r.index, 2);
    cr_assert_eq(r.val.i, 9);
    cr_assert(r.ok);
    cr_assert_null(b->recvq.first);
    cr_assert_eq(g->select_fired, -1);
}

Test(select, blocked_send_case_panics_when_channel_closes) {
    G *g = setup(1, true);
    Chan *a = chan_make(&int_chan, 0);
    SelectCase cases[1] = {{.c = a, .send = true, .val = {.i = 1}}};
    cr_assert_eq(select_go(g, cases, 1, false).index, SELECT_BLOCK);
    G *m = sched_spawn(NULL);
    cr_assert_eq(sched_next(NULL), m);
    cr_assert_eq(chan_close(a), CHAN_OK);
    SelectResult r = select_finish(g, cases, 1);
    cr_assert_eq(r.index, 0);
    cr_assert(r.send_closed);
}

Test(select, no_cases_blocks_forever) {
    G *g = setup(1, true);
    cr_assert_eq(select_go(g, NULL, 0, false).index, SELECT_BLOCK);
    cr_assert_str_eq(sched_wait_string(g->reason), "select (no cases)");
    cr_assert_null(sched_next(NULL));
}

/* Readies the goroutine stored in the timer's argument. */
static void wake(Timer *t) { sched_ready(t->arg); }

Test(sched, pending_timer_is_not_a_deadlock_and_virtual_clock_jumps) {
    G *g = setup(1, true);
    Timer *t = GC_MALLOC(sizeof(Timer));
    t->when = sched_now() + 100 * 1000000000ll;
    t->fn = wake;
    t->arg = g;
    timer_start(t);
    sched_park(g, WAIT_SLEEP, NULL);
    cr_assert_eq(timer_count(), 1);
    cr_assert_eq(sched_next(NULL), g);
    cr_assert_eq(sched_now(), 100 * 1000000000ll);
    cr_assert_eq(timer_count(), 0);
    sched_park(g, WAIT_SLEEP, NULL);
    cr_assert_null(sched_next(NULL));
}

Test(sched, real_clock_waits_for_the_timer) {
    G *g = setup(1, false);
    Timer *t = GC_MALLOC(sizeof(Timer));
    int64_t start = sched_now();
    t->when = start + 20 * 1000000ll;
    t->fn = wake;
    t->arg = g;
    timer_start(t);
    sched_park(g, WAIT_SLEEP, NULL);
    cr_assert_eq(sched_next(NULL), g);
    cr_assert_geq(sched_now() - start, 20 * 1000000ll);
}

/* Records the order in which timers fire. */
static int fired[8], nfired;
static void record(Timer *t) { fired[nfired++] = (int)t->val.i; }

Test(sched, timers_fire_by_deadline_then_start_order) {
    setup(1, true);
    nfired = 0;
    int64_t whens[5] = {30, 10, 20, 10, 30};
    Timer ts[5];
    for (int i = 0; i < 5; i++) {
        ts[i] = (Timer){.when = whens[i], .fn = record, .val = {.i = i}};
        timer_start(&ts[i]);
    }
    cr_assert(timer_stop(&ts[4]));
    cr_assert_not(timer_stop(&ts[4]));
    sched_park(sched_current(), WAIT_SLEEP, NULL);
    cr_assert_null(sched_next(NULL));
    cr_assert_eq(nfired, 4);
    int want[4] = {1, 3, 2, 0};
    for (int i = 0; i < 4; i++) cr_assert_eq(fired[i], want[i]);
}

Test(sched, goroutines_are_counted_and_listed_in_creation_order) {
    G *main = setup(1, true);
    G *a = sched_spawn(NULL), *b = sched_spawn(NULL);
    cr_assert_eq(sched_count(), 3);
    cr_assert_eq(a->id, 2);
    cr_assert_eq(b->id, 3);
    sched_exit(a);
    cr_assert_eq(sched_count(), 2);
    cr_assert_eq(main->allnext, b);
    cr_assert_eq(b->allprev, main);
}

Test(sched, goroutine_waiting_for_input_is_not_a_deadlock_and_wakes_when_readable) {
    G *g = setup(1, false);
    int fds[2];
    cr_assert_eq(pipe(fds), 0);
    sched_park_fd(g, fds[0]);
    cr_assert_eq(g->status, G_WAITING);
    cr_assert_str_eq(sched_wait_string(g->reason), "IO wait");
    cr_assert_eq(write(fds[1], "x", 1), 1);
    /* Nothing else can run: the scheduler waits in poll and finds the input. */
    cr_assert_eq(sched_next(NULL), g);
    close(fds[0]);
    close(fds[1]);
}

Test(sched, timers_fire_while_a_goroutine_waits_for_input) {
    G *g = setup(1, false);
    int fds[2];
    cr_assert_eq(pipe(fds), 0);
    G *reader = sched_spawn(NULL);
    sched_yield(g);
    while (sched_next(NULL) != reader) sched_yield(sched_current());
    sched_park_fd(reader, fds[0]);
    cr_assert_eq(sched_next(NULL), g);
    Timer *t = GC_MALLOC(sizeof(Timer));
    t->when = sched_now() + 5 * 1000000ll;
    t->fn = wake;
    t->arg = g;
    timer_start(t);
    sched_park(g, WAIT_SLEEP, NULL);
    /* No input comes: the timer's goroutine runs after its deadline. */
    cr_assert_eq(sched_next(NULL), g);
    cr_assert_eq(reader->status, G_WAITING);
    /* Input at end (the writer closed) also wakes the reader. */
    close(fds[1]);
    sched_park(g, WAIT_SLEEP, NULL);
    cr_assert_eq(sched_next(NULL), reader);
    close(fds[0]);
}
