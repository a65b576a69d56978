/*
 * select: see runtime/select.c for the invariants.
 */
#ifndef CSP_SELECT_H
#define CSP_SELECT_H

#include "runtime/chan.h"

/* One case of a select statement. */
typedef struct SelectCase {
    /* The channel (NULL disables the case, as a nil channel does in Go). */
    Chan *c;
    /* Whether the case sends; else it receives. */
    bool send;
    /* For a send: the value to send. */
    Value val;
} SelectCase;

/* What select_go and select_finish report besides the case index. */
typedef struct SelectResult {
    /* The case that proceeded, or SELECT_DEFAULT / SELECT_BLOCK. */
    int index;
    /* For a receive: the value and whether it was sent (false: closed). */
    Value val;
    bool ok;
    /* For a send: the channel was closed, so the send panics. */
    bool send_closed;
} SelectResult;

/* Special case indexes. */
enum { SELECT_DEFAULT = -1, SELECT_BLOCK = -2 };

/* Runs a select for goroutine g over n cases. If a case can proceed (chosen
 * uniformly at random among the ready ones), does it and reports its index.
 * Else, with `has_default`, reports SELECT_DEFAULT. Else parks g on every
 * channel and reports SELECT_BLOCK; once g runs again, select_finish gives
 * the result. With no cases (or only nil channels) g blocks forever. */
SelectResult select_go(G *g, SelectCase *cases, int n, bool has_default);
/* Completes a blocked select after its goroutine was woken: removes g from
 * the queues of the cases that did not fire and reports the one that did. */
SelectResult select_finish(G *g, SelectCase *cases, int n);

#endif
