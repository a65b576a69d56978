/*
 * Channels: Go's hchan for one OS thread. See runtime/chan.c for the
 * invariants.
 */
#ifndef CSP_CHAN_H
#define CSP_CHAN_H

#include "runtime/sched.h"
#include "runtime/type.h"

/* A FIFO queue of goroutines waiting on a channel. */
typedef struct WaitQ {
    Sudog *first, *last;
} WaitQ;

/* A channel. Each element is one Value (aggregates travel as a pointer to a
 * private copy, made by the sender). */
struct Chan {
    /* The channel's type (its elem gives the element type). */
    Type *type;
    /* The buffer's capacity and the number of values in it. */
    int64_t cap, count;
    /* The ring buffer, and the next slots to send into and receive from. */
    Value *buf;
    int64_t sendx, recvx;
    /* Whether close has been called. */
    bool closed;
    /* Goroutines blocked receiving and sending. */
    WaitQ recvq, sendq;
    /* Where the channel was made, for deadlock reports (file may be NULL). */
    const char *site_file;
    int site_line;
};

/* What a channel operation did. */
typedef enum ChanStatus {
    /* It completed. */
    CHAN_OK,
    /* It could not complete: the goroutine is parked on the channel. */
    CHAN_BLOCK,
    /* Send on, or close of, a closed channel: the caller panics. */
    CHAN_CLOSED,
    /* Close of a nil channel: the caller panics. */
    CHAN_NIL,
} ChanStatus;

/* Makes a channel of channel type `type` with buffer capacity `cap` >= 0. */
Chan *chan_make(Type *type, int64_t cap);
/* Sends v on c for goroutine g. On CHAN_BLOCK, g is parked; when it runs
 * again, g->sudog.closed tells whether the channel was closed meanwhile (the
 * send then panics). A nil c parks g forever. */
ChanStatus chan_send(Chan *c, G *g, Value v);
/* Receives from c for goroutine g into *out and *ok (false: closed and
 * drained, *out zero). On CHAN_BLOCK, g is parked; when it runs again the
 * result is in g->sudog.val and g->sudog.ok. A nil c parks g forever. */
ChanStatus chan_recv(Chan *c, G *g, Value *out, bool *ok);
/* Closes c, waking every waiting receiver (zero value, ok false) and every
 * waiting sender (which will panic). */
ChanStatus chan_close(Chan *c);
/* len(c) and cap(c); both 0 for a nil channel. */
int64_t chan_len(Chan *c);
int64_t chan_cap(Chan *c);

/* For select (runtime/select.c): the parts of send and receive that do not
 * block. Each returns true if the operation could proceed, and did. */
bool chan_try_send(Chan *c, Value v, bool *closed);
bool chan_try_recv(Chan *c, Value *out, bool *ok);
/* Appends a wait record to a channel's queue, and removes one from it. */
void chan_enqueue(WaitQ *q, Sudog *sg);
void chan_dequeue_sudog(WaitQ *q, Sudog *sg);
/* Removes a wait record from whichever of c's queues holds it (a goroutine
 * given up while blocked, by the REPL). */
void chan_cancel_wait(Chan *c, Sudog *sg);

/* A snapshot of a channel, for the REPL's :chan command. */
typedef struct ChanState {
    /* len, cap and whether it is closed. */
    int64_t len, cap;
    bool closed;
    /* The buffered values, oldest first (len of them). */
    Value *buffered;
    /* The goroutines waiting to send and to receive, in queue order. */
    G **senders, **receivers;
    int nsenders, nreceivers;
} ChanState;
/* Fills *out from c (GC-allocated arrays). */
void chan_state(Chan *c, ChanState *out);

#endif
