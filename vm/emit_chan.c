/*
 * The compiler's part for channels and goroutines: make/len/cap/close of
 * channels, send, receive, select, go, and range over a channel.
 *
 * Invariants:
 * - A value sent is always a fresh copy (an aggregate's private storage), so
 *   a receiver owns what it receives and never copies it again.
 * - SEND and RECV carry the channel operand's source text, which the
 *   deadlock report prints to say what each goroutine waits on.
 * - select evaluates every channel operand and every value to send once, in
 *   source order, into a block of registers, then one SELECT instruction
 *   picks a case; the case bodies follow a compare-and-branch chain on the
 *   chosen index.
 */
#include "vm/emit_int.h"

/* The operand's source text, interned as a GC string for the instruction. */
static uint64_t operand_text(Expr *e)
{
    const char *s = ast_expr_string(e);
    return (uint64_t)(uintptr_t)(s ? s : "");
}

/* The element type of a channel type. */
static Type *chan_elem(Type *t) { return t->underlying->elem; }

void emit_make_chan(FnState *fs, Expr *e, int dst)
{
    ExprList *a = &e->list;
    int cap = a->n > 1 ? emit_expr_any(fs, a->v[1]) : 0xffff;
    emit_ext(fs, BC_MAKECHAN, dst, cap, fs->line & 0xffff, (uint64_t)(uintptr_t)e->type);
}

void emit_chan_len(FnState *fs, int dst, int ch, bool cap)
{
    emit_abc(fs, cap ? BC_CAPCH : BC_LENCH, dst, ch, 0);
}

void emit_close(FnState *fs, Expr *ch)
{
    int save = fs->top;
    int r = emit_expr_any(fs, ch);
    emit_abc(fs, BC_CLOSE, r, 0, 0);
    fs->top = save;
}

/* Emits RECV into dst (and dst+1 for ok when with_ok) from channel register ch. */
static void recv_op(FnState *fs, int dst, int ch, bool with_ok, Type *elem, Expr *operand)
{
    int agg = emit_is_agg(elem) ? elem->nslots : 0;
    emit_ext(fs, BC_RECV, dst, ch, (with_ok ? 1 : 0) | (agg << 1), operand_text(operand));
}

int emit_recv(FnState *fs, Expr *e, int want)
{
    int ch = emit_expr_any(fs, e->x);
    int base = reg_alloc(fs, want > 1 ? 2 : 1);
    recv_op(fs, base, ch, want > 1, chan_elem(e->x->type), e->x);
    return base;
}

void emit_recv_to(FnState *fs, Expr *e, int dst, bool with_ok)
{
    int save = fs->top;
    int ch = emit_expr_any(fs, e->x);
    recv_op(fs, dst, ch, with_ok, chan_elem(e->x->type), e->x);
    fs->top = save;
}

void emit_send(FnState *fs, Stmt *s)
{
    int save = fs->top;
    int ch = emit_expr_any(fs, s->x);
    int v = emit_expr_fresh(fs, s->y);
    emit_ext(fs, BC_SEND, ch, v, 0, operand_text(s->x));
    fs->top = save;
}

void emit_go(FnState *fs, Stmt *s)
{
    Expr *call = s->x;
    while (call->kind == EX_PAREN) call = call->x;
    if (call->kind != EX_CALL) {
        emit_error(fs, "expression in go must be function call");
        return;
    }
    if (call->callkind == CALL_CONV) {
        emit_error(fs, "go requires function call, not conversion");
        return;
    }
    if (call->callkind == CALL_BUILTIN) {
        emit_builtin_thunk(fs, call, BC_GO);
        return;
    }
    int base = fs->top;
    int nargs = emit_call_setup(fs, call, true);
    emit_abc(fs, BC_GO, base, nargs, 0);
    fs->top = fs->nactive;
}

void emit_range_chan(FnState *fs, int v, int ch, Type *chtype, Expr *operand)
{
    recv_op(fs, v, ch, true, chan_elem(chtype), operand);
}

/* The receive expression of a select case's communication, or NULL for a send. */
static Expr *comm_recv(Stmt *comm)
{
    Expr *e = NULL;
    if (comm->kind == ST_EXPR) e = comm->x;
    else if (comm->kind == ST_ASSIGN && comm->rhs.n == 1) e = comm->rhs.v[0];
    while (e && e->kind == EX_PAREN) e = e->x;
    return e && e->kind == EX_UNARY && e->op == OP_ARROW ? e : NULL;
}

/* Stores a received value (and ok) into the targets of `v, ok := <-ch` or
 * `v, ok = <-ch`. */
static void assign_received(FnState *fs, Stmt *comm, int val, int ok)
{
    if (comm->kind != ST_ASSIGN) return;
    for (int i = 0; i < comm->lhs.n && i < 2; i++) {
        Expr *l = comm->lhs.v[i];
        while (l->kind == EX_PAREN) l = l->x;
        int src = i == 0 ? val : ok;
        if (l->kind == EX_IDENT && strcmp(l->name, "_") == 0) continue;
        if (comm->define && l->kind == EX_IDENT && l->defines && l->sym) {
            int r = emit_declare(fs, l->sym);
            emit_abc(fs, BC_MOVE, r, src, 0);
            emit_bind_local(fs, l->sym);
            continue;
        }
        LValue lv;
        emit_lvalue(fs, l, &lv);
        emit_store(fs, &lv, src, true);
    }
}

void emit_select(FnState *fs, Stmt *s)
{
    int n = 0, ndefault = 0;
    for (int i = 0; i < s->list.n; i++) {
        if (s->list.v[i]->comm) n++;
        else ndefault++;
    }
    int saved_active = fs->nactive;
    int base = reg_alloc(fs, 1 + 2 * (n > 1 ? n : 1));
    int end = fs->top;
    uint8_t *sends = GC_MALLOC_ATOMIC((size_t)(n > 0 ? n : 1));
    memset(sends, 0, (size_t)(n > 0 ? n : 1));
    Stmt **cases = GC_MALLOC(sizeof(Stmt *) * (size_t)(n > 0 ? n : 1));
    int k = 0;
    /* Channel operands and values to send, once each, in source order. */
    for (int i = 0; i < s->list.n; i++) {
        Stmt *cl = s->list.v[i];
        if (!cl->comm) continue;
        Stmt *comm = cl->comm;
        int at = base + 1 + 2 * k;
        Expr *rx = comm_recv(comm);
        if (comm->kind == ST_SEND) {
            sends[k] = 1;
            emit_expr_to(fs, comm->x, at);
            int v = emit_expr_fresh(fs, comm->y);
            if (v != at + 1) emit_abc(fs, BC_MOVE, at + 1, v, 0);
        } else if (rx) {
            emit_expr_to(fs, rx->x, at);
        } else {
            emit_error(fs, "select case must be receive, send or assign recv");
        }
        fs->top = end;
        cases[k++] = cl;
    }
    emit_ext(fs, BC_SELECT, base, n, ndefault ? 1 : 0, (uint64_t)(uintptr_t)sends);
    /* The index, value and ok stay live while the cases bind them. */
    fs->nactive = base + 3;
    fs->top = fs->nactive;
    Loop loop = {.stmt = s, .is_select = true, .outer = fs->loops};
    fs->loops = &loop;
    PList ends = {0};
    for (int i = 0; i < s->list.n; i++) {
        Stmt *cl = s->list.v[i];
        int idx = -1;
        if (cl->comm)
            for (int j = 0; j < n; j++)
                if (cases[j] == cl) idx = j;
        int skip = emit_abc(fs, BC_JNEI, base, (uint16_t)(int16_t)idx, 0);
        fs->line = cl->pos.line;
        Expr *rx = cl->comm ? comm_recv(cl->comm) : NULL;
        if (rx) {
            Type *elem = chan_elem(rx->x->type);
            if (emit_is_agg(elem)) {
                /* A receive from a closed channel yields a zero aggregate. */
                int has = emit_ax(fs, BC_JT, base + 2, 0);
                emit_ax(fs, BC_NEWAGG, base + 1, elem->nslots);
                emit_patch_here(fs, has);
            }
            assign_received(fs, cl->comm, base + 1, base + 2);
        }
        fs->top = fs->nactive;
        emit_block(fs, &cl->list);
        plist_add(&ends, emit_jump(fs));
        emit_patch_here(fs, skip);
        fs->nactive = base + 3;
        fs->top = fs->nactive;
    }
    plist_patch(fs, &ends, fs->ncode);
    plist_patch(fs, &loop.breaks, fs->ncode);
    fs->loops = loop.outer;
    fs->nactive = saved_active;
    fs->top = saved_active;
}
