/*
 * Channels, after Go's runtime/chan.go, for one OS thread (so no locks).
 *
 * Invariants:
 * - At least one of c->sendq and c->recvq is empty, except for an unbuffered
 *   channel with one goroutine blocked on it for both sending and receiving
 *   in a select.
 * - For buffered channels: c->count > 0 implies c->recvq is empty, and
 *   c->count < c->cap implies c->sendq is empty.
 * - A wait record of a select whose goroutine was already woken by another
 *   case (g->select_fired >= 0) is stale: it is skipped and unlinked when met
 *   at the head of a queue; the woken goroutine unlinks the rest itself.
 * - A value handed to a waiting receiver goes straight into its wait record:
 *   no buffer slot, no allocation. A received slot is cleared, so the buffer
 *   keeps nothing alive for the conservative GC.
 */
#include "runtime/chan.h"

#include <gc/gc.h>
#include <string.h>

Chan *chan_make(Type *type, int64_t cap) {
    Chan *c = GC_MALLOC(sizeof(Chan));
    c->type = type;
    c->cap = cap;
    if (cap > 0) {
        bool scalar = type && type->elem && type->elem->kind < KIND_COMPLEX64; /* complex values are pointers */
        size_t size = sizeof(Value) * (size_t)cap;
        c->buf = scalar ? GC_MALLOC_ATOMIC(size) : GC_MALLOC(size);
        if (scalar) memset(c->buf, 0, size);
    }
    return c;
}

void chan_enqueue(WaitQ *q, Sudog *sg) {
    sg->next = NULL;
    sg->prev = q->last;
    if (q->last)
        q->last->next = sg;
    else
        q->first = sg;
    q->last = sg;
    sg->queued = true;
}

void chan_dequeue_sudog(WaitQ *q, Sudog *sg) {
    if (!sg->queued) return;
    if (sg->prev)
        sg->prev->next = sg->next;
    else
        q->first = sg->next;
    if (sg->next)
        sg->next->prev = sg->prev;
    else
        q->last = sg->prev;
    sg->next = sg->prev = NULL;
    sg->queued = false;
}

/* Removes and returns the first live wait record of q, or NULL. A select's
 * record wins its select here: the goroutine is marked as woken by it. */
static Sudog *waitq_pop(WaitQ *q) {
    for (Sudog *sg = q->first; sg; sg = q->first) {
        chan_dequeue_sudog(q, sg);
        if (sg->is_select) {
            if (sg->g->select_fired >= 0) continue;
            sg->g->select_fired = sg->case_index;
        }
        return sg;
    }
    return NULL;
}

bool chan_try_send(Chan *c, Value v, bool *closed) {
    *closed = false;
    if (c->closed) {
        *closed = true;
        return true;
    }
    Sudog *sg = waitq_pop(&c->recvq);
    if (sg) {
        sg->val = v;
        sg->ok = true;
        sched_ready(sg->g);
        return true;
    }
    if (c->count < c->cap) {
        c->buf[c->sendx] = v;
        if (++c->sendx == c->cap) c->sendx = 0;
        c->count++;
        return true;
    }
    return false;
}

ChanStatus chan_send(Chan *c, G *g, Value v) {
    if (!c) {
        sched_park(g, WAIT_CHAN_SEND_NIL, NULL);
        return CHAN_BLOCK;
    }
    bool closed;
    if (chan_try_send(c, v, &closed)) return closed ? CHAN_CLOSED : CHAN_OK;
    Sudog *sg = &g->sudog;
    sg->c = c;
    sg->val = v;
    sg->closed = false;
    sg->is_select = false;
    chan_enqueue(&c->sendq, sg);
    sched_park(g, WAIT_CHAN_SEND, c);
    return CHAN_BLOCK;
}

bool chan_try_recv(Chan *c, Value *out, bool *ok) {
    if (c->count > 0) {
        *out = c->buf[c->recvx];
        c->buf[c->recvx].u = 0;
        if (++c->recvx == c->cap) c->recvx = 0;
        c->count--;
        *ok = true;
        /* A blocked sender's value takes the freed slot at the tail. */
        Sudog *sg = waitq_pop(&c->sendq);
        if (sg) {
            c->buf[c->sendx] = sg->val;
            if (++c->sendx == c->cap) c->sendx = 0;
            c->count++;
            sg->val.u = 0;
            sched_ready(sg->g);
        }
        return true;
    }
    Sudog *sg = waitq_pop(&c->sendq);
    if (sg) {
        *out = sg->val;
        *ok = true;
        sg->val.u = 0;
        sched_ready(sg->g);
        return true;
    }
    if (c->closed) {
        out->u = 0;
        *ok = false;
        return true;
    }
    return false;
}

ChanStatus chan_recv(Chan *c, G *g, Value *out, bool *ok) {
    if (!c) {
        sched_park(g, WAIT_CHAN_RECV_NIL, NULL);
        return CHAN_BLOCK;
    }
    if (chan_try_recv(c, out, ok)) return CHAN_OK;
    Sudog *sg = &g->sudog;
    sg->c = c;
    sg->val.u = 0;
    sg->ok = false;
    sg->is_select = false;
    chan_enqueue(&c->recvq, sg);
    sched_park(g, WAIT_CHAN_RECV, c);
    return CHAN_BLOCK;
}

ChanStatus chan_close(Chan *c) {
    if (!c) return CHAN_NIL;
    if (c->closed) return CHAN_CLOSED;
    c->closed = true;
    Sudog *sg;
    while ((sg = waitq_pop(&c->recvq))) {
        sg->val.u = 0;
        sg->ok = false;
        sched_ready(sg->g);
    }
    while ((sg = waitq_pop(&c->sendq))) {
        sg->closed = true;
        sched_ready(sg->g);
    }
    return CHAN_OK;
}

int64_t chan_len(Chan *c) { return c ? c->count : 0; }

int64_t chan_cap(Chan *c) { return c ? c->cap : 0; }

void chan_cancel_wait(Chan *c, Sudog *sg) {
    if (!c || !sg->queued) return;
    for (Sudog *x = c->sendq.first; x; x = x->next)
        if (x == sg) {
            chan_dequeue_sudog(&c->sendq, sg);
            return;
        }
    chan_dequeue_sudog(&c->recvq, sg);
}

/* Lists the live goroutines of a wait queue (stale select records skipped). */
static G **queue_gs(WaitQ *q, int *n) {
    int k = 0;
    for (Sudog *x = q->first; x; x = x->next) k++;
    G **v = GC_MALLOC(sizeof(G *) * (size_t)(k + 1));
    *n = 0;
    for (Sudog *x = q->first; x; x = x->next)
        if (!x->is_select || x->g->select_fired < 0) v[(*n)++] = x->g;
    return v;
}

void chan_state(Chan *c, ChanState *out) {
    memset(out, 0, sizeof *out);
    if (!c) return;
    out->len = c->count;
    out->cap = c->cap;
    out->closed = c->closed;
    out->buffered = GC_MALLOC(sizeof(Value) * (size_t)(c->count + 1));
    for (int64_t i = 0; i < c->count; i++) out->buffered[i] = c->buf[(c->recvx + i) % c->cap];
    out->senders = queue_gs(&c->sendq, &out->nsenders);
    out->receivers = queue_gs(&c->recvq, &out->nreceivers);
}
