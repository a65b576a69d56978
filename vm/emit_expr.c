/*
 * The bytecode compiler: expressions, calls, builtins, conversions,
 * composite literals and assignments.
 *
 * Invariants:
 * - emit_expr_to writes its destination only with its last instruction(s),
 *   after every operand has been read, so the destination may be a variable
 *   the expression reads.
 * - An aggregate-typed expression evaluates to a storage pointer. It is
 *   "fresh" (owned by nobody) for composite literals, calls, conversions,
 *   type assertions and map reads; otherwise it aliases a variable, field or
 *   element and is copied (DUPAGG) before it gets a new home.
 * - Temporaries are allocated above `top` and released by the statement.
 */
#include "vm/emit_int.h"

#include "runtime/str.h"
#include "runtime/cplx.h"

/* Strips parentheses. */
static Expr *unparen(Expr *e)
{
    while (e && e->kind == EX_PAREN) e = e->x;
    return e;
}

/* The type to use for an untyped constant's representation. */
static Type *default_type(Type *t)
{
    switch (t->kind) {
    case KIND_UNTYPED_BOOL: return type_bool;
    case KIND_UNTYPED_INT: return type_int;
    case KIND_UNTYPED_RUNE: return type_int32;
    case KIND_UNTYPED_FLOAT: return type_float64;
    case KIND_UNTYPED_COMPLEX: return type_complex128;
    case KIND_UNTYPED_STRING: return type_string;
    default: return t;
    }
}

/* Whether e is the predeclared nil. */
static bool is_nil(Expr *e)
{
    e = unparen(e);
    return e && ((e->kind == EX_IDENT && e->sym && e->sym->kind == SYM_NIL) ||
                 (e->type && e->type->kind == KIND_UNTYPED_NIL));
}

int emit_declare_hidden(FnState *fs)
{
    int r = reg_alloc(fs, 1);
    if (r + 1 > fs->nactive) fs->nactive = r + 1;
    return r;
}

/* Loads a constant of type t with value v. */
static void load_const(FnState *fs, Type *t, Value v, int dst)
{
    t = default_type(t);
    switch (t->kind) {
    case KIND_STRING:
    case KIND_FLOAT32:
    case KIND_FLOAT64:
    case KIND_COMPLEX64:
    case KIND_COMPLEX128:
        if (v.u == 0) emit_abc(fs, BC_LOADNIL, dst, 1, 0);
        else emit_ax(fs, BC_LOADK, dst, emit_const(fs, v));
        return;
    default:
        if (v.i >= INT32_MIN && v.i <= INT32_MAX) emit_ax(fs, BC_LOADI, dst, (int32_t)v.i);
        else emit_ax(fs, BC_LOADK, dst, emit_const(fs, v));
        return;
    }
}

void emit_const_to(FnState *fs, Expr *e, int dst)
{
    if (is_nil(e)) {
        emit_abc(fs, BC_LOADNIL, dst, 1, 0);
        return;
    }
    load_const(fs, e->type, e->cval, dst);
}

int emit_local_reg(FnState *fs, Expr *e)
{
    e = unparen(e);
    if (e->kind == EX_IDENT && e->sym && e->sym->kind == SYM_VAR && emit_is_local(fs, e->sym) &&
        e->sym->owner && !sym_is_cell(e->sym) && e->mode != MODE_CONST)
        return e->sym->slot;
    return -1;
}

int emit_expr_any(FnState *fs, Expr *e)
{
    int r = emit_local_reg(fs, e);
    if (r >= 0) return r;
    Expr *u = unparen(e);
    if (u->kind == EX_CALL && u->mode != MODE_CONST) return emit_call(fs, u, 1);
    r = reg_alloc(fs, 1);
    emit_expr_to(fs, e, r);
    return r;
}

/* Whether an aggregate expression yields storage nobody else owns. */
static bool is_fresh(Expr *e)
{
    e = unparen(e);
    switch (e->kind) {
    case EX_COMPOSITE: return true;
    case EX_CALL: return true;
    case EX_TYPEASSERT: return true;
    case EX_INDEX: return e->x->type->kind == KIND_MAP;
    default: return false;
    }
}

int emit_expr_fresh(FnState *fs, Expr *e)
{
    if (!emit_is_agg(e->type)) return emit_expr_any(fs, e);
    if (is_fresh(e)) return emit_expr_any(fs, e);
    int v = emit_expr_any(fs, e);
    int r = reg_alloc(fs, 1);
    emit_ext(fs, BC_DUPAGG, r, v, 0, (uint64_t)e->type->nslots);
    return r;
}

void emit_expr_conv_to(FnState *fs, Expr *e, Type *target, int dst)
{
    if (target && type_is_interface(target) && e->type && !type_is_interface(e->type)) {
        if (is_nil(e)) {
            emit_abc(fs, BC_LOADNIL, dst, 1, 0);
            return;
        }
        int v = emit_expr_any(fs, e);
        emit_ext(fs, BC_BOX, dst, v, 0, (uint64_t)(uintptr_t)default_type(e->type));
        return;
    }
    if (emit_is_agg(e->type) && !is_fresh(e)) {
        int v = emit_expr_any(fs, e);
        emit_ext(fs, BC_DUPAGG, dst, v, 0, (uint64_t)e->type->nslots);
        return;
    }
    emit_expr_to(fs, e, dst);
}

int emit_expr_conv_any(FnState *fs, Expr *e, Type *target)
{
    if ((target && type_is_interface(target) && e->type && !type_is_interface(e->type)) ||
        (emit_is_agg(e->type) && !is_fresh(e))) {
        int r = reg_alloc(fs, 1);
        emit_expr_conv_to(fs, e, target, r);
        return r;
    }
    return emit_expr_any(fs, e);
}

/* ---- variables ---- */

/* The Closure of a function symbol (bytecode or native). */
static Closure *func_closure(FnState *fs, Symbol *s)
{
    if (s->decl && s->decl->info && s->decl->info->proto) return s->decl->info->proto;
    emit_error(fs, "internal error: function %s has no code", s->name);
    return NULL;
}

/* Loads the value of a named entity into dst. */
static void load_sym(FnState *fs, Expr *e, Symbol *s, int dst)
{
    switch (s->kind) {
    case SYM_CONST: load_const(fs, e->type ? e->type : s->type, e->mode == MODE_CONST ? e->cval : s->cval, dst); return;
    case SYM_NIL: emit_abc(fs, BC_LOADNIL, dst, 1, 0); return;
    case SYM_FUNC: {
        Closure *cl = func_closure(fs, s);
        emit_ax(fs, BC_LOADK, dst, emit_const(fs, (Value){.p = cl}));
        return;
    }
    case SYM_VAR:
        if (!s->owner) {
            emit_ax(fs, BC_GETG, dst, emit_global_index(fs->em, s));
        } else if (emit_is_local(fs, s)) {
            if (sym_is_cell(s)) emit_abc(fs, BC_LOADC, dst, s->slot, 0);
            else emit_abc(fs, BC_MOVE, dst, s->slot, 0);
        } else {
            int i = emit_freevar_index(fs, s);
            emit_abc(fs, emit_is_agg(s->type) ? BC_GETUP : BC_GETUPC, dst, i, 0);
        }
        return;
    default: emit_error(fs, "%s is not an expression", s->name); return;
    }
}

/* Walks a field path from x: leaves the storage (or pointer) register, the
 * slot offset, whether a nil check is needed, and the final field type. */
static void field_loc(FnState *fs, Expr *x, int *path, int npath, int *reg, int *off, bool *nilchk, Type **ft)
{
    Type *t = x->type;
    int r = emit_expr_any(fs, x);
    bool nil = false;
    if (t->kind == KIND_POINTER) {
        nil = true;
        t = t->elem;
    }
    int o = 0;
    for (int i = 0; i < npath; i++) {
        Type *st = t->underlying;
        Field *fd = &st->fields[path[i]];
        o += fd->offset;
        Type *f = fd->type;
        if (i < npath - 1 && f->kind == KIND_POINTER) {
            int tmp = reg_alloc(fs, 1);
            emit_abc(fs, nil ? BC_GETFP : BC_GETF, tmp, r, o);
            r = tmp;
            o = 0;
            nil = true;
            t = f->elem;
        } else {
            t = f;
        }
    }
    *reg = r;
    *off = o;
    *nilchk = nil;
    *ft = t;
}

/* Reads a field location into dst (aggregates: their address). */
static void load_field(FnState *fs, int r, int off, bool nil, Type *ft, int dst)
{
    if (emit_is_agg(ft)) emit_abc(fs, nil ? BC_ADDRFP : BC_ADDRF, dst, r, off);
    else emit_abc(fs, nil ? BC_GETFP : BC_GETF, dst, r, off);
}

/* The address of an addressable expression (or of a composite literal). */
static void emit_addr(FnState *fs, Expr *x, int dst)
{
    x = unparen(x);
    switch (x->kind) {
    case EX_IDENT: {
        Symbol *s = x->sym;
        if (!s || s->kind != SYM_VAR) break;
        if (!s->owner) {
            int g = emit_global_index(fs->em, s);
            if (emit_is_agg(s->type)) emit_ax(fs, BC_GETG, dst, g);
            else emit_ax(fs, BC_ADDRG, dst, g);
        } else if (emit_is_local(fs, s)) {
            if (sym_is_cell(s) || emit_is_agg(s->type)) {
                emit_abc(fs, BC_MOVE, dst, s->slot, 0);
            } else {
                emit_error(fs, "internal error: address of register variable %s", s->name);
            }
        } else {
            emit_abc(fs, BC_GETUP, dst, emit_freevar_index(fs, s), 0);
        }
        return;
    }
    case EX_SELECTOR:
        if (x->selkind == SEL_PKG) {
            Symbol *s = x->sym;
            int g = emit_global_index(fs->em, s);
            if (emit_is_agg(s->type)) emit_ax(fs, BC_GETG, dst, g);
            else emit_ax(fs, BC_ADDRG, dst, g);
            return;
        }
        if (x->selkind == SEL_FIELD) {
            int r, off;
            bool nil;
            Type *ft;
            field_loc(fs, x->x, x->path, x->npath, &r, &off, &nil, &ft);
            emit_abc(fs, nil ? BC_ADDRFP : BC_ADDRF, dst, r, off);
            return;
        }
        break;
    case EX_INDEX: {
        Type *xt = x->x->type;
        int slots = x->type->nslots ? x->type->nslots : 1;
        if (xt->kind == KIND_SLICE) {
            int s = emit_expr_any(fs, x->x);
            int i = emit_expr_any(fs, x->list.v[0]);
            emit_ext(fs, BC_SADDR, dst, s, i, (uint64_t)slots);
            return;
        }
        Type *at = xt;
        int a = emit_expr_any(fs, x->x);
        if (xt->kind == KIND_POINTER) {
            at = xt->elem;
            emit_abc(fs, BC_NILCHK, a, 0, 0);
        }
        int i = emit_expr_any(fs, x->list.v[0]);
        emit_ext(fs, BC_AADDR, dst, a, i, (uint64_t)(uint32_t)at->len | ((uint64_t)slots << 32));
        return;
    }
    case EX_STAR: emit_expr_to(fs, x->x, dst); return;
    case EX_COMPOSITE: {
        if (emit_is_agg(x->type)) {
            emit_expr_to(fs, x, dst);
        } else {
            int v = emit_expr_any(fs, x);
            emit_abc(fs, BC_NEWCELL, dst, v, 0);
        }
        return;
    }
    default: break;
    }
    emit_error(fs, "cannot take the address of this expression");
}

/* Evaluates the receiver of a concrete method call or method value. */
static void emit_receiver(FnState *fs, Expr *sel, int dst)
{
    Expr *x = sel->x;
    Type *t;
    int r, off;
    bool nil;
    if (sel->npath == 0) {
        if (sel->recv_addr) {
            emit_addr(fs, x, dst);
        } else if (sel->recv_deref) {
            int p = emit_expr_any(fs, x);
            Type *et = x->type->elem;
            if (emit_is_agg(et)) emit_ext(fs, BC_DUPAGGP, dst, p, 0, (uint64_t)et->nslots);
            else emit_abc(fs, BC_DEREF, dst, p, 0);
        } else {
            emit_expr_conv_to(fs, x, NULL, dst);
        }
        return;
    }
    field_loc(fs, x, sel->path, sel->npath, &r, &off, &nil, &t);
    if (sel->recv_addr) {
        emit_abc(fs, nil ? BC_ADDRFP : BC_ADDRF, dst, r, off);
    } else if (sel->recv_deref) {
        int p = reg_alloc(fs, 1);
        emit_abc(fs, nil ? BC_GETFP : BC_GETF, p, r, off);
        Type *et = t->elem;
        if (emit_is_agg(et)) emit_ext(fs, BC_DUPAGGP, dst, p, 0, (uint64_t)et->nslots);
        else emit_abc(fs, BC_DEREF, dst, p, 0);
    } else if (emit_is_agg(t)) {
        int a = reg_alloc(fs, 1);
        emit_abc(fs, nil ? BC_ADDRFP : BC_ADDRF, a, r, off);
        emit_ext(fs, BC_DUPAGG, dst, a, 0, (uint64_t)t->nslots);
    } else {
        emit_abc(fs, nil ? BC_GETFP : BC_GETF, dst, r, off);
    }
}

/* Evaluates the interface receiver of an interface method call. */
static int emit_iface_recv(FnState *fs, Expr *sel)
{
    if (sel->npath == 0) return emit_expr_any(fs, sel->x);
    int r, off;
    bool nil;
    Type *t;
    field_loc(fs, sel->x, sel->path, sel->npath, &r, &off, &nil, &t);
    int d = reg_alloc(fs, 1);
    load_field(fs, r, off, nil, t, d);
    return d;
}

ICache *emit_icache(const char *name)
{
    ICache *c = GC_MALLOC(sizeof(ICache));
    c->name = name;
    return c;
}

/* ---- arithmetic ---- */

/* Whether e is a constant integer fitting a signed 16-bit immediate. */
static bool imm16(Expr *e, int64_t *v)
{
    e = unparen(e);
    if (!e || e->mode != MODE_CONST || !e->type) return false;
    Type *t = default_type(e->type);
    if (!type_is_integer(t) && t->kind != KIND_BOOL) return false;
    if (e->cval.i < -32768 || e->cval.i > 32767) return false;
    *v = e->cval.i;
    return true;
}

/* Emits dst = a op b for integer, float or string operands of type t; y is
 * the right operand expression (for immediates) or NULL. */
static void emit_arith(FnState *fs, Op op, Type *t, int dst, int a, Expr *y, int b, Type *yt)
{
    if (t->kind == KIND_STRING) {
        emit_abc(fs, BC_CONCAT, dst, a, b);
        return;
    }
    if (type_is_float(t)) {
        int o = op == OP_ADD ? BC_ADDF : op == OP_SUB ? BC_SUBF : op == OP_MUL ? BC_MULF : BC_DIVF;
        emit_abc(fs, o, dst, a, b);
        if (t->kind == KIND_FLOAT32) emit_abc(fs, BC_ROUNDF32, dst, dst, 0);
        return;
    }
    if (type_is_complex(t)) {
        int o = op == OP_ADD ? BC_CADD : op == OP_SUB ? BC_CSUB : op == OP_MUL ? BC_CMUL : BC_CDIV;
        emit_abc(fs, o, dst, a, b);
        if (t->kind == KIND_COMPLEX64) emit_abc(fs, BC_ROUNDC64, dst, dst, 0);
        return;
    }
    bool uns = type_is_unsigned(t);
    int64_t iv;
    bool ext_needed = true;
    bool im = y && imm16(y, &iv);
    if (im && op == OP_ADD) emit_abc(fs, BC_ADDI, dst, a, (int)iv);
    else if (im && op == OP_SUB && iv != -32768) emit_abc(fs, BC_ADDI, dst, a, (int)-iv);
    else if (im && op == OP_MUL) emit_abc(fs, BC_MULI, dst, a, (int)iv);
    else if (im && op == OP_REM && !uns && iv > 0) emit_abc(fs, BC_REMI, dst, a, (int)iv), ext_needed = false;
    else if (im && op == OP_QUO && !uns && iv > 0) emit_abc(fs, BC_DIVI, dst, a, (int)iv);
    else if (im && op == OP_AND && iv >= 0) emit_abc(fs, BC_ANDI, dst, a, (int)iv), ext_needed = false;
    else if (im && op == OP_SHL && iv >= 0 && iv < 64) emit_abc(fs, BC_SHLI, dst, a, (int)iv);
    else if (im && op == OP_SHR && iv >= 0 && iv < 64)
        emit_abc(fs, uns ? BC_SHRUI : BC_SHRI, dst, a, (int)iv), ext_needed = false;
    else {
        if (b < 0) {
            b = reg_alloc(fs, 1);
            emit_expr_to(fs, y, b);
        }
        int o;
        switch (op) {
        case OP_ADD: o = BC_ADD; break;
        case OP_SUB: o = BC_SUB; break;
        case OP_MUL: o = BC_MUL; break;
        case OP_QUO: o = uns ? BC_DIVU : BC_DIV; break;
        case OP_REM: o = uns ? BC_REMU : BC_REM; ext_needed = false; break;
        case OP_AND: o = BC_AND; ext_needed = false; break;
        case OP_OR: o = BC_OR; ext_needed = false; break;
        case OP_XOR: o = BC_XOR; ext_needed = false; break;
        case OP_AND_NOT: o = BC_ANDNOT; ext_needed = false; break;
        case OP_SHL: o = BC_SHL; break;
        case OP_SHR: o = uns ? BC_SHRU : BC_SHR; ext_needed = false; break;
        default: emit_error(fs, "internal error: bad arithmetic operator %s", op_string(op)); return;
        }
        if ((op == OP_SHL || op == OP_SHR) && yt && !type_is_unsigned(default_type(yt)))
            emit_abc(fs, BC_SHCHK, b, 0, 0);
        emit_abc(fs, o, dst, a, b);
    }
    int x = emit_ext_op(t);
    if (x >= 0 && ext_needed) emit_abc(fs, x, dst, dst, 0);
}

/* The comparison type of a binary comparison. */
static Type *cmp_type(Expr *e)
{
    Type *t = e->x->type;
    if (!t || t->kind == KIND_UNTYPED_NIL || is_nil(e->x)) t = e->y->type;
    return default_type(t);
}

void emit_equal(FnState *fs, Type *t, int dst, int a, int b, bool ne)
{
    t = default_type(t);
    switch (t->kind) {
    case KIND_FLOAT32:
    case KIND_FLOAT64: emit_abc(fs, ne ? BC_NEF : BC_EQF, dst, a, b); return;
    case KIND_COMPLEX64:
    case KIND_COMPLEX128: emit_abc(fs, ne ? BC_NEC : BC_EQC, dst, a, b); return;
    case KIND_STRING: emit_abc(fs, ne ? BC_NES : BC_EQS, dst, a, b); return;
    case KIND_INTERFACE:
    case KIND_STRUCT:
    case KIND_ARRAY: emit_ext(fs, ne ? BC_NEV : BC_EQV, dst, a, b, (uint64_t)(uintptr_t)t); return;
    default: emit_abc(fs, ne ? BC_NE : BC_EQ, dst, a, b); return;
    }
}

/* Evaluates both operands of a comparison, boxing a concrete operand
 * compared with an interface. */
static void cmp_operands(FnState *fs, Expr *e, int *a, int *b, Type **t)
{
    Expr *x = e->x, *y = e->y;
    Type *xt = x->type, *yt = y->type;
    bool xi = xt && type_is_interface(xt), yi = yt && type_is_interface(yt);
    if (xi && !yi && !is_nil(y)) {
        *a = emit_expr_any(fs, x);
        *b = emit_expr_conv_any(fs, y, xt);
        *t = xt;
    } else if (yi && !xi && !is_nil(x)) {
        *a = emit_expr_conv_any(fs, x, yt);
        *b = emit_expr_any(fs, y);
        *t = yt;
    } else {
        *a = emit_expr_any(fs, x);
        *b = emit_expr_any(fs, y);
        *t = cmp_type(e);
    }
}

/* Whether op is a comparison operator. */
static bool is_cmp(Op op)
{
    return op == OP_EQL || op == OP_NEQ || op == OP_LSS || op == OP_LEQ || op == OP_GTR || op == OP_GEQ;
}

/* dst = x op y for a comparison. */
static void emit_compare(FnState *fs, Expr *e, int dst)
{
    int a, b;
    Type *t;
    cmp_operands(fs, e, &a, &b, &t);
    Op op = e->op;
    if (op == OP_EQL || op == OP_NEQ) {
        emit_equal(fs, t, dst, a, b, op == OP_NEQ);
        return;
    }
    if (op == OP_GTR || op == OP_GEQ) {
        int s = a;
        a = b;
        b = s;
        op = op == OP_GTR ? OP_LSS : OP_LEQ;
    }
    int o;
    if (type_is_float(t)) o = op == OP_LSS ? BC_LTF : BC_LEF;
    else if (t->kind == KIND_STRING) o = op == OP_LSS ? BC_LTS : BC_LES;
    else if (type_is_unsigned(t)) o = op == OP_LSS ? BC_LTU : BC_LEU;
    else o = op == OP_LSS ? BC_LT : BC_LE;
    emit_abc(fs, o, dst, a, b);
}

/* Negates a comparison operator. */
static Op negate(Op op)
{
    switch (op) {
    case OP_EQL: return OP_NEQ;
    case OP_NEQ: return OP_EQL;
    case OP_LSS: return OP_GEQ;
    case OP_GEQ: return OP_LSS;
    case OP_LEQ: return OP_GTR;
    default: return OP_LEQ;
    }
}

/* Mirrors a comparison operator (swapping the operands). */
static Op mirror(Op op)
{
    switch (op) {
    case OP_LSS: return OP_GTR;
    case OP_GTR: return OP_LSS;
    case OP_LEQ: return OP_GEQ;
    case OP_GEQ: return OP_LEQ;
    default: return op;
    }
}

void emit_cond(FnState *fs, Expr *e, bool jump_if, PList *l)
{
    e = unparen(e);
    int save = fs->top;
    if (e->mode == MODE_CONST) {
        if ((e->cval.i != 0) == jump_if) plist_add(l, emit_jump(fs));
        return;
    }
    if (e->kind == EX_UNARY && e->op == OP_NOT) {
        emit_cond(fs, e->x, !jump_if, l);
        return;
    }
    if (e->kind == EX_BINARY && (e->op == OP_LAND || e->op == OP_LOR)) {
        bool and = e->op == OP_LAND;
        if (and == jump_if) {
            PList skip = {0};
            emit_cond(fs, e->x, !jump_if, &skip);
            emit_cond(fs, e->y, jump_if, l);
            plist_patch(fs, &skip, fs->ncode);
        } else {
            emit_cond(fs, e->x, jump_if, l);
            emit_cond(fs, e->y, jump_if, l);
        }
        return;
    }
    if (e->kind == EX_BINARY && is_cmp(e->op)) {
        Type *t = cmp_type(e);
        bool signed_int = type_is_integer(t) && !type_is_unsigned(t);
        bool eq = e->op == OP_EQL || e->op == OP_NEQ;
        if ((signed_int || ((type_is_integer(t) || t->kind == KIND_BOOL) && eq)) &&
            !type_is_interface(e->x->type) && !type_is_interface(e->y->type)) {
            Op op = jump_if ? e->op : negate(e->op);
            int64_t iv;
            Expr *x = e->x, *y = e->y;
            if (imm16(x, &iv) && !imm16(y, &iv)) {
                Expr *s = x;
                x = y;
                y = s;
                op = mirror(op);
            }
            int a = emit_expr_any(fs, x);
            if (imm16(y, &iv)) {
                int o = op == OP_LSS ? BC_JLTI : op == OP_LEQ ? BC_JLEI : op == OP_GTR ? BC_JGTI
                      : op == OP_GEQ ? BC_JGEI : op == OP_EQL ? BC_JEQI : BC_JNEI;
                plist_add(l, emit_abc(fs, o, a, (int)iv, 0));
            } else {
                int b = emit_expr_any(fs, y);
                int o;
                switch (op) {
                case OP_LSS: o = BC_JLT; break;
                case OP_LEQ: o = BC_JLE; break;
                case OP_GTR: o = BC_JLT; { int s = a; a = b; b = s; } break;
                case OP_GEQ: o = BC_JLE; { int s = a; a = b; b = s; } break;
                case OP_EQL: o = BC_JEQ; break;
                default: o = BC_JNE; break;
                }
                plist_add(l, emit_abc(fs, o, a, b, 0));
            }
            fs->top = save;
            return;
        }
    }
    int r = emit_expr_any(fs, e);
    plist_add(l, emit_ax(fs, jump_if ? BC_JT : BC_JF, r, 0));
    fs->top = save;
}

/* ---- conversions ---- */

static void emit_conversion(FnState *fs, Expr *e, int dst)
{
    Type *T = e->type;
    Expr *x = e->list.v[0];
    Type *S = default_type(x->type);
    if (type_is_interface(T)) {
        emit_expr_conv_to(fs, x, T, dst);
        return;
    }
    if (is_nil(x)) {
        emit_abc(fs, BC_LOADNIL, dst, 1, 0);
        return;
    }
    int v = emit_expr_any(fs, x);
    if (type_is_integer(T) && type_is_integer(S)) {
        int o = emit_ext_op(T);
        emit_abc(fs, o >= 0 ? o : BC_MOVE, dst, v, 0);
    } else if (type_is_float(T) && type_is_integer(S)) {
        emit_abc(fs, type_is_unsigned(S) ? BC_U2F : BC_I2F, dst, v, 0);
        if (T->kind == KIND_FLOAT32) emit_abc(fs, BC_ROUNDF32, dst, dst, 0);
    } else if (type_is_integer(T) && type_is_float(S)) {
        /* Narrow targets but uint32 convert through int32, as Go on amd64. */
        int k = T->underlying->kind;
        bool via32 = k == KIND_INT8 || k == KIND_INT16 || k == KIND_INT32 || k == KIND_UINT8 || k == KIND_UINT16;
        if (via32) emit_abc(fs, BC_F2I, dst, v, 1);
        else emit_abc(fs, type_is_unsigned(T) ? BC_F2U : BC_F2I, dst, v, 0);
        int o = emit_ext_op(T);
        if (o >= 0) emit_abc(fs, o, dst, dst, 0);
    } else if (type_is_float(T) && type_is_float(S)) {
        emit_abc(fs, T->kind == KIND_FLOAT32 && S->kind != KIND_FLOAT32 ? BC_ROUNDF32 : BC_MOVE, dst, v, 0);
    } else if (T->kind == KIND_STRING && type_is_integer(S)) {
        emit_abc(fs, BC_RUNE2STR, dst, v, 0);
    } else if (T->kind == KIND_STRING && S->kind == KIND_SLICE) {
        emit_abc(fs, S->elem->kind == KIND_UINT8 ? BC_BYTES2STR : BC_RUNES2STR, dst, v, 0);
    } else if (T->kind == KIND_SLICE && S->kind == KIND_STRING) {
        emit_abc(fs, T->elem->kind == KIND_UINT8 ? BC_STR2BYTES : BC_STR2RUNES, dst, v, 0);
    } else if (S->underlying->kind == KIND_SLICE && T->underlying->kind == KIND_ARRAY) {
        int p = reg_alloc(fs, 1);
        emit_ext(fs, BC_SL2ARRP, p, v, 0, (uint64_t)T->underlying->len);
        emit_ext(fs, BC_DUPAGG, dst, p, 0, (uint64_t)T->nslots);
    } else if (S->underlying->kind == KIND_SLICE && T->underlying->kind == KIND_POINTER) {
        emit_ext(fs, BC_SL2ARRP, dst, v, 0, (uint64_t)T->underlying->elem->underlying->len);
    } else if (emit_is_agg(T)) {
        emit_ext(fs, BC_DUPAGG, dst, v, 0, (uint64_t)T->nslots);
    } else if (T->kind == KIND_COMPLEX64 && S->kind != KIND_COMPLEX64) {
        emit_abc(fs, BC_ROUNDC64, dst, v, 0);
    } else {
        emit_abc(fs, BC_MOVE, dst, v, 0);
    }
}

/* ---- composite literals ---- */

static int field_by_name(Type *st, const char *name)
{
    for (int i = 0; i < st->nfields; i++)
        if (strcmp(st->fields[i].name, name) == 0) return i;
    return -1;
}

/* Stores value expression v into slot `off` of storage r (an element or
 * field of type t). */
static void store_slot(FnState *fs, int r, int off, Type *t, Expr *v)
{
    int save = fs->top;
    if (emit_is_agg(t)) {
        int s = emit_expr_any(fs, v);
        int a = reg_alloc(fs, 1);
        if (off < 65536) {
            emit_abc(fs, BC_ADDRF, a, r, off);
        } else {
            int i = reg_alloc(fs, 1);
            load_const(fs, type_int, (Value){.i = off}, i);
            emit_ext(fs, BC_AADDR, a, r, i, 0xffffffffULL | (1ULL << 32));
        }
        emit_ext(fs, BC_COPYAGG, a, s, 0, (uint64_t)t->nslots);
    } else {
        int s = emit_expr_conv_any(fs, v, t);
        if (off < 65536) {
            emit_abc(fs, BC_SETF, r, off, s);
        } else {
            int i = reg_alloc(fs, 1);
            load_const(fs, type_int, (Value){.i = off}, i);
            emit_ext(fs, BC_ASET, r, i, s, 0xffffffffULL | (1ULL << 32));
        }
    }
    fs->top = save;
}

/* Compiles a struct, array, slice or map literal (or &T{...} when its type is a pointer). */
static void emit_composite(FnState *fs, Expr *e, int dst)
{
    Type *t = e->type;
    bool ptr = false;
    if (t->kind == KIND_POINTER) {
        t = t->elem;
        ptr = true;
    }
    int r = reg_alloc(fs, 1);
    switch (t->kind) {
    case KIND_STRUCT: {
        Type *st = t->underlying;
        emit_ax(fs, BC_NEWAGG, r, t->nslots);
        for (int i = 0; i < e->list.n; i++) {
            Expr *el = e->list.v[i];
            int fi = i;
            if (el->kind == EX_KEYVALUE) {
                fi = field_by_name(st, el->x->name);
                el = el->y;
            }
            if (fi < 0 || fi >= st->nfields) continue;
            store_slot(fs, r, st->fields[fi].offset, st->fields[fi].type, el);
        }
        break;
    }
    case KIND_ARRAY: {
        Type *et = t->elem;
        int slots = et->nslots;
        emit_ax(fs, BC_NEWAGG, r, t->nslots);
        int64_t idx = 0;
        for (int i = 0; i < e->list.n; i++) {
            Expr *el = e->list.v[i];
            if (el->kind == EX_KEYVALUE) {
                idx = el->x->cval.i;
                el = el->y;
            }
            store_slot(fs, r, (int)(idx * slots), et, el);
            idx++;
        }
        break;
    }
    case KIND_SLICE: {
        Type *et = t->elem;
        bool keyed = false;
        int64_t n = 0, idx = 0;
        for (int i = 0; i < e->list.n; i++) {
            Expr *el = e->list.v[i];
            if (el->kind == EX_KEYVALUE) {
                keyed = true;
                idx = el->x->cval.i;
            }
            idx++;
            if (idx > n) n = idx;
        }
        if (!keyed && e->list.n <= 200) {
            int base = reg_alloc(fs, e->list.n);
            for (int i = 0; i < e->list.n; i++) {
                int save = fs->top;
                Expr *el = e->list.v[i];
                if (emit_is_agg(et)) {
                    int v = emit_expr_any(fs, el);
                    emit_abc(fs, BC_MOVE, base + i, v, 0);
                } else {
                    emit_expr_conv_to(fs, el, et, base + i);
                }
                fs->top = save;
            }
            emit_ext(fs, BC_MKSLICE, r, base, e->list.n, (uint64_t)(uintptr_t)et);
            break;
        }
        int nr = reg_alloc(fs, 1);
        load_const(fs, type_int, (Value){.i = n}, nr);
        emit_ext(fs, BC_MAKESLICE, r, nr, 0xffff, (uint64_t)(uintptr_t)et);
        idx = 0;
        for (int i = 0; i < e->list.n; i++) {
            Expr *el = e->list.v[i];
            if (el->kind == EX_KEYVALUE) {
                idx = el->x->cval.i;
                el = el->y;
            }
            int save = fs->top;
            int ir = reg_alloc(fs, 1);
            load_const(fs, type_int, (Value){.i = idx}, ir);
            if (emit_is_agg(et)) {
                int v = emit_expr_any(fs, el);
                int a = reg_alloc(fs, 1);
                emit_ext(fs, BC_SADDR, a, r, ir, (uint64_t)et->nslots);
                emit_ext(fs, BC_COPYAGG, a, v, 0, (uint64_t)et->nslots);
            } else {
                int v = emit_expr_conv_any(fs, el, et);
                emit_abc(fs, BC_SSET, r, ir, v);
            }
            fs->top = save;
            idx++;
        }
        break;
    }
    case KIND_MAP: {
        Type *kt = t->key, *et = t->elem;
        int h = reg_alloc(fs, 1);
        load_const(fs, type_int, (Value){.i = e->list.n}, h);
        emit_ext(fs, BC_MAKEMAP, r, h, 0, (uint64_t)(uintptr_t)t);
        for (int i = 0; i < e->list.n; i++) {
            Expr *el = e->list.v[i];
            if (el->kind != EX_KEYVALUE) continue;
            int save = fs->top;
            int k = emit_expr_conv_any(fs, el->x, kt);
            int v = emit_expr_conv_any(fs, el->y, et);
            emit_ext(fs, BC_MAPSET, r, k, v, (uint64_t)(uintptr_t)t);
            fs->top = save;
        }
        break;
    }
    default: emit_error(fs, "invalid composite literal type %s", type_to_string(t)); break;
    }
    if (ptr && !emit_is_agg(t)) emit_abc(fs, BC_NEWCELL, r, r, 0);
    emit_abc(fs, BC_MOVE, dst, r, 0);
}

/* ---- calls ---- */

/* The op and extension word of the call being set up. */
typedef struct CallPlan {
    int op;
    uint64_t ext;
} CallPlan;

static CallPlan last_plan;

/* Places the function (or plans a direct call) and the arguments of a call
 * at fs->top; returns the argument count. */
int emit_call_setup(FnState *fs, Expr *call, bool for_defer)
{
    Expr *fx = unparen(call->x);
    Type *ft = fx->type ? fx->type->underlying : NULL;
    Type **targs = fx->targs;
    int ntargs = fx->ntargs;
    if (fx->kind == EX_INDEX && fx->x->type && fx->x->type->kind == KIND_FUNC) {
        fx = unparen(fx->x);
        if (!ntargs) {
            targs = fx->targs;
            ntargs = fx->ntargs;
        }
    }
    int base = reg_alloc(fs, 1);
    int nargs = 0;
    CallPlan plan = {BC_CALL, 0};
    if (fx->kind == EX_SELECTOR && fx->selkind == SEL_METHOD) {
        Method *m = fx->method;
        Closure *cl = m ? m->fn.p : NULL;
        int rr = reg_alloc(fs, 1);
        emit_receiver(fs, fx, rr);
        fs->top = rr + 1;
        nargs = 1;
        if (!cl) {
            emit_error(fs, "internal error: method %s has no code", fx->name);
        } else if (for_defer || emit_late_bound(fs, cl)) {
            emit_ax(fs, BC_LOADK, base, emit_const(fs, (Value){.p = cl}));
        } else if (cl->proto) {
            plan = (CallPlan){BC_CALLK, (uint64_t)(uintptr_t)cl->proto};
        } else if (cl->native) {
            plan = (CallPlan){BC_CALLN, (uint64_t)(uintptr_t)cl->native};
        } else {
            emit_ax(fs, BC_LOADK, base, emit_const(fs, (Value){.p = cl}));
        }
    } else if (fx->kind == EX_SELECTOR && fx->selkind == SEL_IFACE) {
        int rr = reg_alloc(fs, 1);
        int v = emit_iface_recv(fs, fx);
        if (for_defer) {
            emit_ext(fs, BC_IMETHOD, base, v, 0, (uint64_t)(uintptr_t)emit_icache(fx->name));
            fs->top = rr;
        } else {
            if (v != rr) emit_abc(fs, BC_MOVE, rr, v, 0);
            fs->top = rr + 1;
            nargs = 1;
            plan = (CallPlan){BC_CALLI, (uint64_t)(uintptr_t)emit_icache(fx->name)};
        }
    } else if ((fx->kind == EX_IDENT || (fx->kind == EX_SELECTOR && fx->selkind == SEL_PKG)) && fx->sym &&
               fx->sym->kind == SYM_FUNC) {
        Closure *cl = func_closure(fs, fx->sym);
        if (!cl) return 0;
        if (for_defer || emit_late_bound(fs, cl)) emit_ax(fs, BC_LOADK, base, emit_const(fs, (Value){.p = cl}));
        else if (cl->proto) plan = (CallPlan){BC_CALLK, (uint64_t)(uintptr_t)cl->proto};
        else plan = (CallPlan){BC_CALLN, (uint64_t)(uintptr_t)cl->native};
    } else {
        emit_expr_to(fs, fx, base);
        fs->top = base + 1;
    }
    if (!ft || ft->kind != KIND_FUNC) {
        emit_error(fs, "internal error: call of a non-function");
        return 0;
    }
    /* A generic native receives its type arguments first (bytecode generic
     * functions are compiled once, type parameters erased). */
    bool native_callee = plan.op == BC_CALLN ||
                         ((fx->kind == EX_IDENT || fx->kind == EX_SELECTOR) && fx->sym && fx->sym->kind == SYM_FUNC &&
                          fx->sym->decl && fx->sym->decl->info && fx->sym->decl->info->proto &&
                          ((Closure *)fx->sym->decl->info->proto)->native);
    for (int i = 0; i < ntargs && native_callee; i++) {
        int r = reg_alloc(fs, 1);
        emit_ax(fs, BC_LOADK, r, emit_const(fs, (Value){.p = targs[i]}));
        nargs++;
    }
    int np = ft->nparams;
    int pfirst = nargs;
    /* For a method expression the receiver is the first parameter. */
    (void)pfirst;
    if (call->spread) {
        Expr *g = call->list.v[0];
        Type *gt = unparen(g->x)->type->underlying;
        int gn = gt->nresults;
        int gb = emit_call(fs, g, gn);
        (void)gb;
        /* Results are now at base+1+nargs...; convert and pack them. */
        int first = base + 1 + nargs;
        int fixed = ft->variadic ? np - 1 : np;
        for (int i = 0; i < gn && i < fixed; i++) {
            Type *pt = ft->params[i];
            Type *rt = gt->results[i];
            if (type_is_interface(pt) && !type_is_interface(rt))
                emit_ext(fs, BC_BOX, first + i, first + i, 0, (uint64_t)(uintptr_t)rt);
        }
        if (ft->variadic) {
            Type *et = ft->params[np - 1]->elem;
            int n = gn - fixed;
            for (int i = fixed; i < gn; i++) {
                Type *rt = gt->results[i];
                if (type_is_interface(et) && !type_is_interface(rt))
                    emit_ext(fs, BC_BOX, first + i, first + i, 0, (uint64_t)(uintptr_t)rt);
            }
            int tmp = reg_alloc(fs, 1);
            if (n > 0) emit_ext(fs, BC_MKSLICE, tmp, first + fixed, n, (uint64_t)(uintptr_t)et);
            else emit_abc(fs, BC_LOADNIL, tmp, 1, 0);
            emit_abc(fs, BC_MOVE, first + fixed, tmp, 0);
            fs->top = first + fixed + 1;
            nargs += fixed + 1;
        } else {
            fs->top = first + gn;
            nargs += gn;
        }
    } else {
        int nlist = call->list.n;
        int vfrom = (ft->variadic && !call->ellipsis) ? np - 1 : -1;
        if (call->variadic_from >= 0 && ft->variadic && !call->ellipsis) vfrom = call->variadic_from;
        int nfixed = vfrom >= 0 ? vfrom : nlist;
        for (int i = 0; i < nfixed && i < nlist; i++) {
            int r = reg_alloc(fs, 1);
            Type *pt = i < np ? ft->params[i] : NULL;
            emit_expr_conv_to(fs, call->list.v[i], pt, r);
            fs->top = r + 1;
            nargs++;
        }
        if (vfrom >= 0) {
            Type *et = ft->params[np - 1]->elem;
            int r = reg_alloc(fs, 1);
            int n = nlist - vfrom;
            if (n <= 0) {
                emit_abc(fs, BC_LOADNIL, r, 1, 0);
            } else {
                int t = reg_alloc(fs, n);
                for (int i = 0; i < n; i++) {
                    int save = fs->top;
                    Expr *a = call->list.v[vfrom + i];
                    if (emit_is_agg(et)) {
                        int v = emit_expr_any(fs, a);
                        emit_abc(fs, BC_MOVE, t + i, v, 0);
                    } else {
                        emit_expr_conv_to(fs, a, et, t + i);
                    }
                    fs->top = save;
                }
                emit_ext(fs, BC_MKSLICE, r, t, n, (uint64_t)(uintptr_t)et);
            }
            fs->top = r + 1;
            nargs++;
        }
    }
    last_plan = plan;
    return nargs;
}

static void emit_builtin(FnState *fs, Expr *e, int dst);

int emit_call(FnState *fs, Expr *e, int want)
{
    e = unparen(e);
    if (e->callkind == CALL_CONV) {
        int r = reg_alloc(fs, 1);
        if (e->mode == MODE_CONST) emit_const_to(fs, e, r);
        else emit_conversion(fs, e, r);
        return r;
    }
    if (e->callkind == CALL_BUILTIN) {
        int r = reg_alloc(fs, 1);
        emit_builtin(fs, e, r);
        return r;
    }
    int line = fs->line;
    fs->line = e->pos.line ? e->pos.line : line;
    int base = fs->top;
    int nargs = emit_call_setup(fs, e, false);
    CallPlan plan = last_plan;
    Type *ft = unparen(e->x)->type->underlying;
    int nres = ft->nresults;
    fs->line = e->pos.line ? e->pos.line : line;
    if (plan.op == BC_CALL) emit_abc(fs, BC_CALL, base, nargs, nres);
    else emit_ext(fs, plan.op, base, nargs, nres, plan.ext);
    fs->line = line;
    fs->top = base + (nres > 0 ? nres : 1);
    if (fs->top + 2 > fs->maxregs) fs->maxregs = fs->top + 2;
    (void)want;
    return base;
}

/* ---- builtins ---- */

static void emit_builtin(FnState *fs, Expr *e, int dst)
{
    Builtin b = unparen(e->x)->sym ? unparen(e->x)->sym->builtin : BI_NONE;
    ExprList *a = &e->list;
    if (e->mode == MODE_CONST) {
        emit_const_to(fs, e, dst);
        return;
    }
    switch (b) {
    case BI_LEN:
    case BI_CAP: {
        Type *t = a->v[0]->type;
        if (t->kind == KIND_POINTER) t = t->elem;
        if (t->kind == KIND_ARRAY) {
            emit_expr_any(fs, a->v[0]);
            load_const(fs, type_int, (Value){.i = t->len}, dst);
            return;
        }
        int v = emit_expr_any(fs, a->v[0]);
        int op = t->kind == KIND_STRING ? BC_LENS : t->kind == KIND_MAP ? BC_LENMAP
               : b == BI_CAP ? BC_CAPSL : BC_LENSL;
        if (t->kind == KIND_CHAN) {
            emit_chan_len(fs, dst, v, b == BI_CAP);
            return;
        }
        emit_abc(fs, op, dst, v, 0);
        return;
    }
    case BI_APPEND: {
        Type *st = e->type;
        Type *et = st->underlying->elem;
        if (a->n == 1) {
            emit_expr_to(fs, a->v[0], dst);
            return;
        }
        if (e->ellipsis) {
            int s = emit_expr_any(fs, a->v[0]);
            int t = emit_expr_any(fs, a->v[1]);
            if (default_type(a->v[1]->type)->kind == KIND_STRING) emit_abc(fs, BC_APPENDSTR, dst, s, t);
            else emit_ext(fs, BC_APPENDSL, dst, s, t, (uint64_t)(uintptr_t)et);
            return;
        }
        int r = reg_alloc(fs, 1);
        emit_expr_to(fs, a->v[0], r);
        int n = a->n - 1;
        if (emit_is_agg(et)) {
            for (int i = 0; i < n; i++) {
                int save = fs->top;
                int v = emit_expr_any(fs, a->v[1 + i]);
                emit_ext(fs, BC_APPENDAGG, r, v, 0, (uint64_t)(uintptr_t)et);
                fs->top = save;
            }
        } else {
            int t = reg_alloc(fs, n);
            for (int i = 0; i < n; i++) {
                int save = fs->top;
                emit_expr_conv_to(fs, a->v[1 + i], et, t + i);
                fs->top = save;
            }
            emit_ext(fs, BC_APPEND, r, t, n, (uint64_t)(uintptr_t)et);
        }
        emit_abc(fs, BC_MOVE, dst, r, 0);
        return;
    }
    case BI_COPY: {
        int d = emit_expr_any(fs, a->v[0]);
        int s = emit_expr_any(fs, a->v[1]);
        if (default_type(a->v[1]->type)->kind == KIND_STRING) emit_abc(fs, BC_COPYSTR, dst, d, s);
        else emit_ext(fs, BC_COPYSL, dst, d, s, (uint64_t)(uintptr_t)a->v[0]->type->underlying->elem);
        return;
    }
    case BI_MAKE: {
        Type *t = a->v[0]->type;
        if (t->kind == KIND_SLICE) {
            int l = emit_expr_any(fs, a->v[1]);
            int c = a->n > 2 ? emit_expr_any(fs, a->v[2]) : 0xffff;
            emit_ext(fs, BC_MAKESLICE, dst, l, c, (uint64_t)(uintptr_t)t->underlying->elem);
        } else if (t->kind == KIND_MAP) {
            int h = a->n > 1 ? emit_expr_any(fs, a->v[1]) : 0xffff;
            emit_ext(fs, BC_MAKEMAP, dst, h, 0, (uint64_t)(uintptr_t)t);
        } else {
            emit_make_chan(fs, e, dst);
        }
        return;
    }
    case BI_NEW: {
        Type *t = a->v[0]->type;
        if (emit_is_agg(t)) {
            emit_ax(fs, BC_NEWAGG, dst, t->nslots);
        } else {
            int z = reg_alloc(fs, 1);
            emit_abc(fs, BC_LOADNIL, z, 1, 0);
            emit_abc(fs, BC_NEWCELL, dst, z, 0);
        }
        return;
    }
    case BI_DELETE: {
        Type *mt = a->v[0]->type;
        int m = emit_expr_any(fs, a->v[0]);
        int k = emit_expr_conv_any(fs, a->v[1], mt->underlying->key);
        emit_ext(fs, BC_MAPDEL, m, k, 0, (uint64_t)(uintptr_t)mt);
        return;
    }
    case BI_CLEAR: {
        Type *t = a->v[0]->type;
        int v = emit_expr_any(fs, a->v[0]);
        if (t->kind == KIND_MAP) emit_abc(fs, BC_CLEARMAP, v, 0, 0);
        else emit_ext(fs, BC_CLEARSL, v, 0, 0, (uint64_t)(uintptr_t)t->underlying->elem);
        return;
    }
    case BI_MIN:
    case BI_MAX: {
        Type *t = default_type(e->type);
        int r = reg_alloc(fs, 1);
        emit_expr_to(fs, a->v[0], r);
        for (int i = 1; i < a->n; i++) {
            int save = fs->top;
            int v = emit_expr_any(fs, a->v[i]);
            if (type_is_float(t)) {
                emit_abc(fs, b == BI_MIN ? BC_MINF : BC_MAXF, r, r, v);
                fs->top = save;
                continue;
            }
            int c = reg_alloc(fs, 1);
            int op = type_is_float(t) ? BC_LTF : t->kind == KIND_STRING ? BC_LTS
                   : type_is_unsigned(t) ? BC_LTU : BC_LT;
            if (b == BI_MIN) emit_abc(fs, op, c, v, r);
            else emit_abc(fs, op, c, r, v);
            int j = emit_ax(fs, BC_JF, c, 0);
            emit_abc(fs, BC_MOVE, r, v, 0);
            emit_patch_here(fs, j);
            fs->top = save;
        }
        emit_abc(fs, BC_MOVE, dst, r, 0);
        return;
    }
    case BI_PANIC: {
        int v = emit_expr_conv_any(fs, a->v[0], type_any);
        emit_abc(fs, BC_PANIC, v, 0, 0);
        return;
    }
    case BI_RECOVER: emit_abc(fs, BC_RECOVER, dst, 0, 0); return;
    case BI_PRINT:
    case BI_PRINTLN: {
        bool ln = b == BI_PRINTLN;
        if (a->n == 0 && ln) emit_ext(fs, BC_PRINT, 0, 2, 0, 0);
        for (int i = 0; i < a->n; i++) {
            int save = fs->top;
            int v = emit_expr_any(fs, a->v[i]);
            int flags = 0;
            if (ln && i < a->n - 1) flags |= 1;
            if (ln && i == a->n - 1) flags |= 2;
            emit_ext(fs, BC_PRINT, v, flags, 0, (uint64_t)(uintptr_t)default_type(a->v[i]->type));
            fs->top = save;
        }
        return;
    }
    case BI_CLOSE: emit_close(fs, a->v[0]); return;
    case BI_COMPLEX: {
        int re = emit_expr_any(fs, a->v[0]);
        int im = emit_expr_any(fs, a->v[1]);
        emit_abc(fs, BC_MKCPLX, dst, re, im);
        return;
    }
    case BI_REAL:
    case BI_IMAG: emit_abc(fs, b == BI_REAL ? BC_REALC : BC_IMAGC, dst, emit_expr_any(fs, a->v[0]), 0); return;
    default: emit_error(fs, "internal error: unknown builtin"); return;
    }
}

/* ---- expressions ---- */

/* Reads x[i] into dst (aggregate elements: their address). */
static void emit_index(FnState *fs, Expr *e, int dst)
{
    Expr *x = e->x;
    Type *xt = x->type;
    Expr *ix = e->list.v[0];
    if (xt->kind == KIND_MAP) {
        int m = emit_expr_any(fs, x);
        int k = emit_expr_conv_any(fs, ix, xt->underlying->key);
        emit_ext(fs, BC_MAPGET, dst, m, k, (uint64_t)(uintptr_t)xt);
        return;
    }
    if (default_type(xt)->kind == KIND_STRING) {
        int s = emit_expr_any(fs, x);
        int i = emit_expr_any(fs, ix);
        emit_abc(fs, BC_INDEXS, dst, s, i);
        return;
    }
    Type *et = e->type;
    int slots = et->nslots ? et->nslots : 1;
    bool agg = emit_is_agg(et);
    if (xt->kind == KIND_SLICE) {
        int s = emit_expr_any(fs, x);
        int i = emit_expr_any(fs, ix);
        if (agg) emit_ext(fs, BC_SADDR, dst, s, i, (uint64_t)slots);
        else emit_abc(fs, BC_SINDEX, dst, s, i);
        return;
    }
    Type *at = xt;
    int a = emit_expr_any(fs, x);
    if (xt->kind == KIND_POINTER) {
        at = xt->elem;
        emit_abc(fs, BC_NILCHK, a, 0, 0);
    }
    if (ix->mode == MODE_CONST && ix->cval.i >= 0 && ix->cval.i < at->len && ix->cval.i * slots < 65536) {
        int off = (int)(ix->cval.i * slots);
        emit_abc(fs, agg ? BC_ADDRF : BC_GETF, dst, a, off);
        return;
    }
    int i = emit_expr_any(fs, ix);
    uint64_t ext = (uint64_t)(uint32_t)at->len | ((uint64_t)slots << 32);
    emit_ext(fs, agg ? BC_AADDR : BC_AINDEX, dst, a, i, ext);
}

/* Compiles x[lo:hi:max] of a string, slice, array or pointer to array. */
static void emit_slice_expr(FnState *fs, Expr *e, int dst)
{
    Expr *x = e->x;
    Type *xt = x->type;
    int s = emit_expr_any(fs, x);
    int b = reg_alloc(fs, 3);
    uint64_t flags = 0;
    if (e->y) emit_expr_to(fs, e->y, b), flags |= 1;
    if (e->z) emit_expr_to(fs, e->z, b + 1), flags |= 2;
    if (e->w) emit_expr_to(fs, e->w, b + 2), flags |= 4;
    if (default_type(xt)->kind == KIND_STRING) {
        emit_ext(fs, BC_SLICES, dst, s, b, flags);
        return;
    }
    Type *et;
    if (xt->kind == KIND_SLICE) {
        et = xt->underlying->elem;
    } else {
        Type *at = xt->kind == KIND_POINTER ? xt->elem : xt;
        et = at->elem;
        flags |= 8 | ((uint64_t)(uint32_t)at->len << 32);
    }
    flags |= (uint64_t)(et->nslots ? et->nslots : 1) << 8;
    emit_ext(fs, BC_RESLICE, dst, s, b, flags);
}

void emit_expr_to(FnState *fs, Expr *e, int dst)
{
    int line = fs->line;
    if (e->pos.line) fs->line = e->pos.line;
    if (e->mode == MODE_CONST) {
        emit_const_to(fs, e, dst);
        fs->line = line;
        return;
    }
    switch (e->kind) {
    case EX_PAREN: emit_expr_to(fs, e->x, dst); break;
    case EX_IDENT:
        if (!e->sym) {
            emit_error(fs, "internal error: unresolved %s", e->name);
            break;
        }
        load_sym(fs, e, e->sym, dst);
        break;
    case EX_BASICLIT: emit_const_to(fs, e, dst); break;
    case EX_FUNCLIT: {
        Proto *p = emit_funclit(fs, e);
        emit_ax(fs, BC_CLOSURE, dst, emit_const(fs, (Value){.p = p}));
        break;
    }
    case EX_COMPOSITE: emit_composite(fs, e, dst); break;
    case EX_SELECTOR:
        switch (e->selkind) {
        case SEL_PKG: load_sym(fs, e, e->sym, dst); break;
        case SEL_FIELD: {
            int r, off;
            bool nil;
            Type *ft;
            field_loc(fs, e->x, e->path, e->npath, &r, &off, &nil, &ft);
            load_field(fs, r, off, nil, ft, dst);
            break;
        }
        case SEL_METHOD: {
            Closure *cl = e->method ? e->method->fn.p : NULL;
            int f = reg_alloc(fs, 1);
            emit_ax(fs, BC_LOADK, f, emit_const(fs, (Value){.p = cl}));
            int rr = reg_alloc(fs, 1);
            emit_receiver(fs, e, rr);
            emit_abc(fs, BC_BINDM, dst, f, rr);
            break;
        }
        case SEL_IFACE: {
            int v = emit_iface_recv(fs, e);
            emit_ext(fs, BC_IMETHOD, dst, v, 0, (uint64_t)(uintptr_t)emit_icache(e->name));
            break;
        }
        case SEL_METHOD_EXPR: {
            Closure *cl = emit_method_expr(fs, e);
            emit_ax(fs, BC_LOADK, dst, emit_const(fs, (Value){.p = cl}));
            break;
        }
        default: emit_error(fs, "internal error: unresolved selector %s", e->name); break;
        }
        break;
    case EX_INDEX:
        if (e->sym && e->sym->kind == SYM_FUNC) {
            load_sym(fs, e, e->sym, dst);
            break;
        }
        if (e->x->type && e->x->type->kind == KIND_FUNC && unparen(e->x)->sym &&
            unparen(e->x)->sym->kind == SYM_FUNC) {
            load_sym(fs, e, unparen(e->x)->sym, dst);
            break;
        }
        if (e->x->mode == MODE_TYPE || (e->x->type && e->x->type->kind == KIND_FUNC)) {
            emit_error(fs, "internal error: uninstantiated generic function");
            break;
        }
        emit_index(fs, e, dst);
        break;
    case EX_SLICE: emit_slice_expr(fs, e, dst); break;
    case EX_TYPEASSERT: {
        Type *t = e->type;
        int v = emit_expr_any(fs, e->x);
        if (type_is_interface(t)) emit_ext(fs, BC_ICONV, dst, v, 0, (uint64_t)(uintptr_t)t);
        else emit_ext(fs, BC_UNBOX, dst, v, emit_const(fs, (Value){.p = e->x->type}), (uint64_t)(uintptr_t)t);
        break;
    }
    case EX_CALL: {
        int r = emit_call(fs, e, 1);
        emit_abc(fs, BC_MOVE, dst, r, 0);
        break;
    }
    case EX_STAR: {
        int p = emit_expr_any(fs, e->x);
        if (emit_is_agg(e->type)) {
            emit_abc(fs, BC_NILCHK, p, 0, 0);
            emit_abc(fs, BC_MOVE, dst, p, 0);
        } else {
            emit_abc(fs, BC_DEREF, dst, p, 0);
        }
        break;
    }
    case EX_UNARY: {
        Type *t = default_type(e->type);
        switch (e->op) {
        case OP_ADD: emit_expr_to(fs, e->x, dst); break;
        case OP_SUB: {
            int v = emit_expr_any(fs, e->x);
            if (type_is_float(t)) {
                emit_abc(fs, BC_NEGF, dst, v, 0);
            } else if (type_is_complex(t)) {
                emit_abc(fs, BC_CNEG, dst, v, 0);
            } else {
                emit_abc(fs, BC_NEG, dst, v, 0);
                int x = emit_ext_op(t);
                if (x >= 0) emit_abc(fs, x, dst, dst, 0);
            }
            break;
        }
        case OP_NOT: {
            int v = emit_expr_any(fs, e->x);
            emit_abc(fs, BC_NOT, dst, v, 0);
            break;
        }
        case OP_XOR: {
            int v = emit_expr_any(fs, e->x);
            emit_abc(fs, BC_BNOT, dst, v, 0);
            int x = emit_ext_op(t);
            if (x >= 0) emit_abc(fs, x, dst, dst, 0);
            break;
        }
        case OP_ADDR: emit_addr(fs, e->x, dst); break;
        case OP_ARROW: emit_recv_to(fs, e, dst, false); break;
        default: emit_error(fs, "internal error: unary %s", op_string(e->op)); break;
        }
        break;
    }
    case EX_BINARY: {
        if (e->op == OP_LAND || e->op == OP_LOR) {
            PList f = {0};
            emit_cond(fs, e, false, &f);
            emit_ax(fs, BC_LOADI, dst, 1);
            int j = emit_jump(fs);
            plist_patch(fs, &f, fs->ncode);
            emit_ax(fs, BC_LOADI, dst, 0);
            emit_patch_here(fs, j);
            break;
        }
        if (is_cmp(e->op)) {
            emit_compare(fs, e, dst);
            break;
        }
        Type *t = default_type(e->type);
        int a = emit_expr_any(fs, e->x);
        int64_t iv;
        int b = -1;
        bool shift = e->op == OP_SHL || e->op == OP_SHR;
        if (!(type_is_integer(t) && imm16(e->y, &iv)) || (shift && (iv < 0 || iv >= 64)))
            b = emit_expr_any(fs, e->y);
        emit_arith(fs, e->op, t, dst, a, e->y, b, e->y->type);
        break;
    }
    case EX_CONVERT: {
        Expr *x = e->x;
        if (is_nil(x)) emit_abc(fs, BC_LOADNIL, dst, 1, 0);
        else if (type_is_interface(x->type)) emit_expr_to(fs, x, dst);
        else {
            int v = emit_expr_any(fs, x);
            emit_ext(fs, BC_BOX, dst, v, 0, (uint64_t)(uintptr_t)default_type(x->type));
        }
        break;
    }
    case EX_KEYVALUE:
    default: emit_error(fs, "internal error: unexpected expression"); break;
    }
    fs->line = line;
}

/* ---- assignments ---- */

void emit_lvalue(FnState *fs, Expr *e, LValue *lv)
{
    memset(lv, 0, sizeof *lv);
    e = unparen(e);
    lv->type = e->type;
    switch (e->kind) {
    case EX_IDENT: {
        Symbol *s = e->sym;
        if (!s || strcmp(e->name, "_") == 0) {
            lv->kind = LV_BLANK;
            return;
        }
        if (!s->owner) {
            lv->kind = LV_GLOBAL;
            lv->index = emit_global_index(fs->em, s);
        } else if (emit_is_local(fs, s)) {
            lv->kind = sym_is_cell(s) ? LV_CELL : LV_REG;
            lv->reg = s->slot;
        } else {
            lv->kind = LV_UP;
            lv->index = emit_freevar_index(fs, s);
        }
        lv->type = s->type;
        return;
    }
    case EX_SELECTOR:
        if (e->selkind == SEL_PKG) {
            lv->kind = LV_GLOBAL;
            lv->index = emit_global_index(fs->em, e->sym);
            lv->type = e->sym->type;
            return;
        }
        if (e->selkind == SEL_FIELD) {
            Type *ft;
            field_loc(fs, e->x, e->path, e->npath, &lv->reg, &lv->off, &lv->nilchk, &ft);
            lv->kind = LV_FIELD;
            lv->type = ft;
            return;
        }
        break;
    case EX_INDEX: {
        Type *xt = e->x->type;
        if (xt->kind == KIND_MAP) {
            lv->kind = LV_MAP;
            lv->reg = emit_expr_any(fs, e->x);
            lv->reg2 = emit_expr_conv_any(fs, e->list.v[0], xt->underlying->key);
            lv->mtype = xt;
            return;
        }
        if (xt->kind == KIND_SLICE) {
            lv->kind = LV_SLICE;
            lv->reg = emit_expr_any(fs, e->x);
            lv->reg2 = emit_expr_any(fs, e->list.v[0]);
            return;
        }
        Type *at = xt;
        lv->reg = emit_expr_any(fs, e->x);
        if (xt->kind == KIND_POINTER) {
            at = xt->elem;
            emit_abc(fs, BC_NILCHK, lv->reg, 0, 0);
        }
        lv->kind = LV_ARRAY;
        lv->reg2 = emit_expr_any(fs, e->list.v[0]);
        lv->len = at->len;
        return;
    }
    case EX_STAR:
        lv->kind = LV_PTR;
        lv->reg = emit_expr_any(fs, e->x);
        return;
    default: break;
    }
    emit_error(fs, "cannot assign to this expression");
    lv->kind = LV_BLANK;
}

/* Loads the current value of an lvalue (aggregates: a fresh copy). */
static void emit_load(FnState *fs, LValue *lv, int dst)
{
    Type *t = lv->type;
    switch (lv->kind) {
    case LV_BLANK: break;
    case LV_REG: emit_abc(fs, BC_MOVE, dst, lv->reg, 0); break;
    case LV_CELL: emit_abc(fs, BC_LOADC, dst, lv->reg, 0); break;
    case LV_UP: emit_abc(fs, BC_GETUPC, dst, lv->index, 0); break;
    case LV_GLOBAL: emit_ax(fs, BC_GETG, dst, lv->index); break;
    case LV_FIELD: load_field(fs, lv->reg, lv->off, lv->nilchk, t, dst); break;
    case LV_PTR: emit_abc(fs, BC_DEREF, dst, lv->reg, 0); break;
    case LV_SLICE: emit_abc(fs, BC_SINDEX, dst, lv->reg, lv->reg2); break;
    case LV_ARRAY:
        emit_ext(fs, BC_AINDEX, dst, lv->reg, lv->reg2, (uint64_t)(uint32_t)lv->len | (1ULL << 32));
        break;
    case LV_MAP: emit_ext(fs, BC_MAPGET, dst, lv->reg, lv->reg2, (uint64_t)(uintptr_t)lv->mtype); break;
    }
}

void emit_store(FnState *fs, LValue *lv, int r, bool fresh)
{
    Type *t = lv->type;
    bool agg = emit_is_agg(t);
    uint64_t n = agg ? (uint64_t)t->nslots : 0;
    int save = fs->top;
    switch (lv->kind) {
    case LV_BLANK: break;
    case LV_REG:
        if (agg) emit_ext(fs, BC_COPYAGG, lv->reg, r, 0, n);
        else if (lv->reg != r) emit_abc(fs, BC_MOVE, lv->reg, r, 0);
        break;
    case LV_CELL: emit_abc(fs, BC_STOREC, lv->reg, r, 0); break;
    case LV_UP:
        if (agg) {
            int a = reg_alloc(fs, 1);
            emit_abc(fs, BC_GETUP, a, lv->index, 0);
            emit_ext(fs, BC_COPYAGG, a, r, 0, n);
        } else {
            emit_abc(fs, BC_SETUPC, r, lv->index, 0);
        }
        break;
    case LV_GLOBAL:
        if (agg) {
            int a = reg_alloc(fs, 1);
            emit_ax(fs, BC_GETG, a, lv->index);
            emit_ext(fs, BC_COPYAGG, a, r, 0, n);
        } else {
            emit_ax(fs, BC_SETG, r, lv->index);
        }
        break;
    case LV_FIELD:
        if (agg) {
            int a = reg_alloc(fs, 1);
            emit_abc(fs, lv->nilchk ? BC_ADDRFP : BC_ADDRF, a, lv->reg, lv->off);
            emit_ext(fs, BC_COPYAGG, a, r, 0, n);
        } else {
            emit_abc(fs, lv->nilchk ? BC_SETFP : BC_SETF, lv->reg, lv->off, r);
        }
        break;
    case LV_PTR:
        if (agg) emit_ext(fs, BC_COPYAGGP, lv->reg, r, 0, n);
        else emit_abc(fs, BC_STOREP, lv->reg, r, 0);
        break;
    case LV_SLICE:
        if (agg) {
            int a = reg_alloc(fs, 1);
            emit_ext(fs, BC_SADDR, a, lv->reg, lv->reg2, n);
            emit_ext(fs, BC_COPYAGG, a, r, 0, n);
        } else {
            emit_abc(fs, BC_SSET, lv->reg, lv->reg2, r);
        }
        break;
    case LV_ARRAY:
        if (agg) {
            int a = reg_alloc(fs, 1);
            emit_ext(fs, BC_AADDR, a, lv->reg, lv->reg2, (uint64_t)(uint32_t)lv->len | (n << 32));
            emit_ext(fs, BC_COPYAGG, a, r, 0, n);
        } else {
            emit_ext(fs, BC_ASET, lv->reg, lv->reg2, r, (uint64_t)(uint32_t)lv->len | (1ULL << 32));
        }
        break;
    case LV_MAP: emit_ext(fs, BC_MAPSET, lv->reg, lv->reg2, r, (uint64_t)(uintptr_t)lv->mtype); break;
    }
    (void)fresh;
    fs->top = save;
}

void emit_tuple_box(FnState *fs, Expr *e, int reg, int i, Type *dst)
{
    e = unparen(e);
    Type *t = e->type;
    Type *from = e->kind == EX_CALL ? (t && t->kind == KIND_TUPLE ? t->params[i] : t) : i == 0 ? t : type_bool;
    if (dst && from && type_is_interface(dst) && !type_is_interface(from) && from->kind != KIND_UNTYPED_NIL)
        emit_ext(fs, BC_BOX, reg, reg, 0, (uint64_t)(uintptr_t)from);
}

/* Evaluates a tuple-producing expression (call or comma-ok form) into n
 * consecutive registers. */
static int emit_tuple(FnState *fs, Expr *e, int n)
{
    e = unparen(e);
    if (e->kind == EX_CALL) return emit_call(fs, e, n);
    int base = reg_alloc(fs, 2);
    if (e->kind == EX_INDEX) {
        Type *mt = e->x->type;
        int m = emit_expr_any(fs, e->x);
        int k = emit_expr_conv_any(fs, e->list.v[0], mt->underlying->key);
        emit_ext(fs, BC_MAPGET2, base, m, k, (uint64_t)(uintptr_t)mt);
    } else if (e->kind == EX_TYPEASSERT) {
        Type *t = e->type;
        int v = emit_expr_any(fs, e->x);
        if (type_is_interface(t)) emit_ext(fs, BC_ICONV2, base, v, 0, (uint64_t)(uintptr_t)t);
        else emit_ext(fs, BC_UNBOX2, base, v, emit_const(fs, (Value){.p = e->x->type}), (uint64_t)(uintptr_t)t);
    } else {
        emit_recv_to(fs, e, base, true);
    }
    return base;
}

void emit_show(FnState *fs, Expr *e)
{
    Type *t = e->type;
    int n = t->kind == KIND_TUPLE ? t->nparams : 1;
    int base = reg_alloc(fs, 2 + 2 * n);
    emit_ax(fs, BC_LOADK, base + 1, emit_const(fs, (Value){.i = n}));
    if (t->kind == KIND_TUPLE) {
        int tb = emit_tuple(fs, e, n);
        for (int j = 0; j < n; j++) {
            emit_tuple_box(fs, e, tb + j, j, type_any);
            emit_abc(fs, BC_MOVE, base + 2 + 2 * j, tb + j, 0);
        }
    } else {
        emit_expr_conv_to(fs, e, type_any, base + 2);
    }
    for (int j = 0; j < n; j++) {
        Type *vt = t->kind == KIND_TUPLE ? t->params[j] : t;
        emit_ax(fs, BC_LOADK, base + 3 + 2 * j, emit_const(fs, str_cstr(type_to_string(vt))));
    }
    emit_ext(fs, BC_CALLN, base, 1 + 2 * n, 0, (uint64_t)(uintptr_t)fs->em->session->show_fn);
    fs->top = fs->nactive;
}

/* Stores register r into a newly defined local (its register gets the value
 * or, for a cell, a new cell holding it). */
static void define_from(FnState *fs, Symbol *s, int r)
{
    if (sym_is_cell(s)) emit_abc(fs, BC_NEWCELL, s->slot, r, 0);
    else if (s->slot != r) emit_abc(fs, BC_MOVE, s->slot, r, 0);
}

/* Whether an identifier on the left of := declares a new variable. */
static bool defines_new(Expr *e)
{
    e = unparen(e);
    return e->kind == EX_IDENT && e->defines && e->sym && strcmp(e->name, "_") != 0;
}

void emit_assign(FnState *fs, Stmt *s)
{
    int nl = s->lhs.n, nr = s->rhs.n;
    if (s->op != OP_NONE) {
        Expr *l = s->lhs.v[0], *rv = s->rhs.v[0];
        Type *t = default_type(l->type);
        int lr = emit_local_reg(fs, l);
        int64_t iv;
        bool shift = s->op == OP_SHL || s->op == OP_SHR;
        if (lr >= 0) {
            int b = -1;
            if (!(type_is_integer(t) && imm16(rv, &iv)) || (shift && (iv < 0 || iv >= 64)))
                b = emit_expr_conv_any(fs, rv, t);
            emit_arith(fs, s->op, t, lr, lr, rv, b, rv->type);
            return;
        }
        LValue lv;
        emit_lvalue(fs, l, &lv);
        int cur = reg_alloc(fs, 1);
        emit_load(fs, &lv, cur);
        int b = -1;
        if (!(type_is_integer(t) && imm16(rv, &iv)) || (shift && (iv < 0 || iv >= 64)))
            b = emit_expr_conv_any(fs, rv, t);
        emit_arith(fs, s->op, t, cur, cur, rv, b, rv->type);
        emit_store(fs, &lv, cur, true);
        return;
    }
    /* Declare the new variables first (not visible to the right side). */
    if (s->define) {
        for (int i = 0; i < nl; i++) {
            Expr *l = unparen(s->lhs.v[i]);
            if (defines_new(l)) emit_declare(fs, l->sym);
        }
        fs->top = fs->nactive;
    }
    if (nl > 1 && nr == 1) {
        int base = emit_tuple(fs, s->rhs.v[0], nl);
        for (int i = 0; i < nl; i++) {
            Expr *l = unparen(s->lhs.v[i]);
            if (s->define && defines_new(l)) {
                define_from(fs, l->sym, base + i);
            } else {
                LValue lv;
                int save = fs->top;
                emit_lvalue(fs, l, &lv);
                if (lv.kind != LV_BLANK) emit_tuple_box(fs, s->rhs.v[0], base + i, i, lv.type);
                emit_store(fs, &lv, base + i, true);
                fs->top = save;
            }
        }
        return;
    }
    if (nl == 1) {
        Expr *l = unparen(s->lhs.v[0]), *rv = s->rhs.v[0];
        if (s->define && defines_new(l)) {
            Symbol *sym = l->sym;
            emit_expr_conv_to(fs, rv, sym->type, sym->slot);
            emit_bind_local(fs, sym);
            return;
        }
        LValue lv;
        emit_lvalue(fs, l, &lv);
        if (lv.kind == LV_BLANK) {
            emit_expr_any(fs, rv);
            return;
        }
        if (lv.kind == LV_REG && !emit_is_agg(lv.type)) {
            emit_expr_conv_to(fs, rv, lv.type, lv.reg);
            return;
        }
        int v = emit_is_agg(lv.type) ? emit_expr_any(fs, rv) : emit_expr_conv_any(fs, rv, lv.type);
        emit_store(fs, &lv, v, false);
        return;
    }
    /* Parallel assignment: operands of the left, then the right into
     * temporaries, then the stores in order. */
    LValue *lvs = GC_MALLOC(sizeof(LValue) * (size_t)nl);
    for (int i = 0; i < nl; i++) {
        Expr *l = unparen(s->lhs.v[i]);
        if (s->define && defines_new(l)) {
            lvs[i].kind = LV_BLANK;
            continue;
        }
        emit_lvalue(fs, l, &lvs[i]);
        /* Index operands held in variables are read now, not after the
         * earlier stores. */
        if (lvs[i].kind >= LV_FIELD) {
            if (lvs[i].reg < fs->nactive) {
                int t = reg_alloc(fs, 1);
                emit_abc(fs, BC_MOVE, t, lvs[i].reg, 0);
                lvs[i].reg = t;
            }
            if ((lvs[i].kind == LV_SLICE || lvs[i].kind == LV_ARRAY || lvs[i].kind == LV_MAP) &&
                lvs[i].reg2 < fs->nactive) {
                int t = reg_alloc(fs, 1);
                emit_abc(fs, BC_MOVE, t, lvs[i].reg2, 0);
                lvs[i].reg2 = t;
            }
        }
    }
    int base = reg_alloc(fs, nr);
    for (int i = 0; i < nr; i++) {
        int save = fs->top;
        Expr *l = unparen(s->lhs.v[i]);
        Type *lt = s->define && defines_new(l) ? l->sym->type : lvs[i].type;
        emit_expr_conv_to(fs, s->rhs.v[i], lt, base + i);
        fs->top = save;
    }
    for (int i = 0; i < nl; i++) {
        Expr *l = unparen(s->lhs.v[i]);
        if (s->define && defines_new(l)) define_from(fs, l->sym, base + i);
        else emit_store(fs, &lvs[i], base + i, true);
    }
}

void emit_incdec(FnState *fs, Stmt *s)
{
    Expr *l = s->x;
    Type *t = default_type(l->type);
    int lr = emit_local_reg(fs, l);
    int d = s->op == OP_ADD ? 1 : -1;
    LValue lv;
    int cur;
    if (lr >= 0) {
        cur = lr;
    } else {
        emit_lvalue(fs, l, &lv);
        cur = reg_alloc(fs, 1);
        emit_load(fs, &lv, cur);
    }
    if (type_is_float(t)) {
        int one = reg_alloc(fs, 1);
        emit_ax(fs, BC_LOADK, one, emit_const(fs, (Value){.f = 1.0}));
        emit_abc(fs, d > 0 ? BC_ADDF : BC_SUBF, cur, cur, one);
        if (t->kind == KIND_FLOAT32) emit_abc(fs, BC_ROUNDF32, cur, cur, 0);
    } else if (type_is_complex(t)) {
        int one = reg_alloc(fs, 1);
        emit_ax(fs, BC_LOADK, one, emit_const(fs, cplx_new(1.0, 0.0)));
        emit_abc(fs, d > 0 ? BC_CADD : BC_CSUB, cur, cur, one);
        if (t->kind == KIND_COMPLEX64) emit_abc(fs, BC_ROUNDC64, cur, cur, 0);
    } else {
        emit_abc(fs, BC_ADDI, cur, cur, d);
        int x = emit_ext_op(t);
        if (x >= 0) emit_abc(fs, x, cur, cur, 0);
    }
    if (lr < 0) emit_store(fs, &lv, cur, true);
}

void emit_assign_syms(FnState *fs, Symbol **syms, int n, ExprList *rhs)
{
    int base;
    if (rhs->n == 1 && n > 1) {
        base = emit_tuple(fs, rhs->v[0], n);
        for (int i = 0; i < n; i++) emit_tuple_box(fs, rhs->v[0], base + i, i, syms[i]->type);
    } else {
        base = reg_alloc(fs, n);
        for (int i = 0; i < n && i < rhs->n; i++) {
            int save = fs->top;
            emit_expr_conv_to(fs, rhs->v[i], syms[i]->type, base + i);
            fs->top = save;
        }
    }
    for (int i = 0; i < n; i++) {
        Symbol *s = syms[i];
        if (sym_is_cell(s)) emit_abc(fs, BC_STOREC, s->slot, base + i, 0);
        else if (emit_is_agg(s->type)) emit_ext(fs, BC_COPYAGG, s->slot, base + i, 0, (uint64_t)s->type->nslots);
        else emit_abc(fs, BC_MOVE, s->slot, base + i, 0);
    }
}

void emit_local_decl(FnState *fs, Decl *d)
{
    if (!d || d->kind != DECL_VAR) return;
    for (int i = 0; i < d->nspecs; i++) {
        Spec *sp = d->specs[i];
        int n = sp->syms.n;
        if (sp->values.n == 0) {
            for (int j = 0; j < n; j++) {
                Symbol *s = sp->syms.v[j];
                if (!s) continue;
                int r = emit_declare(fs, s);
                emit_zero(fs, s->type, r);
                emit_bind_local(fs, s);
            }
        } else if (sp->values.n == n) {
            for (int j = 0; j < n; j++) {
                Symbol *s = sp->syms.v[j];
                if (!s || strcmp(s->name, "_") == 0) {
                    emit_expr_any(fs, sp->values.v[j]);
                    fs->top = fs->nactive;
                    continue;
                }
                int r = emit_declare(fs, s);
                fs->top = fs->nactive;
                emit_expr_conv_to(fs, sp->values.v[j], s->type, r);
                emit_bind_local(fs, s);
                fs->top = fs->nactive;
            }
        } else {
            int base = emit_tuple(fs, sp->values.v[0], n);
            for (int j = 0; j < n; j++) {
                Symbol *s = sp->syms.v[j];
                if (!s || strcmp(s->name, "_") == 0) continue;
                emit_tuple_box(fs, sp->values.v[0], base + j, j, s->type);
                emit_declare(fs, s);
                define_from(fs, s, base + j);
            }
            fs->top = fs->nactive;
        }
    }
}

void emit_global_spec(FnState *fs, Spec *sp)
{
    int n = sp->syms.n;
    if (sp->values.n == 0) return;
    fs->line = sp->pos.line;
    int base;
    if (sp->values.n == n) {
        base = reg_alloc(fs, n);
        for (int j = 0; j < n; j++) {
            Symbol *s = sp->syms.v[j];
            int save = fs->top;
            emit_expr_conv_to(fs, sp->values.v[j], s ? s->type : NULL, base + j);
            fs->top = save;
        }
    } else {
        base = emit_tuple(fs, sp->values.v[0], n);
        for (int j = 0; j < n; j++)
            if (sp->syms.v[j]) emit_tuple_box(fs, sp->values.v[0], base + j, j, sp->syms.v[j]->type);
    }
    for (int j = 0; j < n; j++) {
        Symbol *s = sp->syms.v[j];
        if (!s || strcmp(s->name, "_") == 0) continue;
        int g = emit_global_index(fs->em, s);
        if (emit_is_agg(s->type)) {
            int a = reg_alloc(fs, 1);
            emit_ax(fs, BC_GETG, a, g);
            emit_ext(fs, BC_COPYAGG, a, base + j, 0, (uint64_t)s->type->nslots);
        } else {
            emit_ax(fs, BC_SETG, base + j, g);
        }
    }
    fs->top = fs->nactive;
}
