/*
 * select, after Go's runtime/select.go, for one OS thread.
 *
 * Invariants:
 * - Cases are polled in a random order drawn from the scheduler's seeded
 *   generator (a Fisher-Yates permutation), so among several ready cases each
 *   is chosen with equal probability, and a run is reproducible by its seed.
 * - A blocked select has one wait record per non-nil case in g->select_sudogs
 *   (an array the goroutine keeps and reuses, so a select in a loop does not
 *   allocate), each linked into its channel's queue. The first channel operation that
 *   meets one of them sets g->select_fired to that case (runtime/chan.c) and
 *   readies g; the other records are then stale until select_finish unlinks
 *   them, which is the first thing g does when it runs again.
 */
#include "runtime/select.h"

#include <gc/gc.h>

/* The largest select whose poll order lives on the C stack. */
#define SELECT_STACK_CASES 64

SelectResult select_go(G *g, SelectCase *cases, int n, bool has_default) {
    SelectResult r = {.index = SELECT_BLOCK};
    int stack_order[SELECT_STACK_CASES];
    int *order = n <= SELECT_STACK_CASES ? stack_order : GC_MALLOC_ATOMIC(sizeof(int) * n);
    for (int i = 0; i < n; i++) {
        int j = (int)sched_randn((uint64_t)i + 1);
        order[i] = order[j];
        order[j] = i;
    }
    for (int k = 0; k < n; k++) {
        int i = order[k];
        SelectCase *sc = &cases[i];
        if (!sc->c) continue;
        bool done = sc->send ? chan_try_send(sc->c, sc->val, &r.send_closed)
                             : chan_try_recv(sc->c, &r.val, &r.ok);
        if (done) {
            r.index = i;
            return r;
        }
    }
    if (has_default) {
        r.index = SELECT_DEFAULT;
        return r;
    }
    if (n > g->select_cap) {
        g->select_cap = n < 4 ? 4 : n;
        g->select_sudogs = GC_MALLOC(sizeof(Sudog) * g->select_cap);
    }
    Sudog *sgs = g->select_sudogs;
    Chan *first = NULL;
    for (int i = 0; i < n; i++) {
        SelectCase *sc = &cases[i];
        Sudog *sg = &sgs[i];
        *sg = (Sudog){0};
        sg->g = g;
        sg->c = sc->c;
        sg->is_select = true;
        sg->case_index = i;
        if (!sc->c) continue;
        if (!first) first = sc->c;
        if (sc->send) {
            sg->val = sc->val;
            chan_enqueue(&sc->c->sendq, sg);
        } else {
            chan_enqueue(&sc->c->recvq, sg);
        }
    }
    g->nselect = n;
    g->select_fired = -1;
    sched_park(g, n == 0 ? WAIT_SELECT_NO_CASES : WAIT_SELECT, first);
    return r;
}

SelectResult select_finish(G *g, SelectCase *cases, int n) {
    SelectResult r = {.index = g->select_fired};
    for (int i = 0; i < n && i < g->nselect; i++) {
        Sudog *sg = &g->select_sudogs[i];
        if (!sg->c) continue;
        chan_dequeue_sudog(cases[i].send ? &sg->c->sendq : &sg->c->recvq, sg);
        if (i == r.index) {
            r.val = sg->val;
            r.ok = sg->ok;
            r.send_closed = sg->closed;
        }
        /* Drop references, so the kept array holds nothing alive. */
        *sg = (Sudog){0};
    }
    g->nselect = 0;
    g->select_fired = -1;
    return r;
}
