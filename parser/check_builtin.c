/*
 * The predeclared functions: argument counts and types per Go's spec, and
 * constant results (len/cap of constant strings and arrays, min/max of
 * constants).
 *
 * Invariants:
 * - The call node keeps callkind CALL_BUILTIN; every argument is checked
 *   and annotated; interface-typed arguments (panic, append to []any, ...)
 *   are wrapped like any other assignment.
 */
#include "parser/check.h"

#include <string.h>

/* The builtin's name. */
static const char *bname(Expr *e) { return check_expr_str(e->x); }

/* Reports a wrong argument count; returns false if the count is wrong. */
static bool nargs_ok(Checker *c, Expr *e, int min, int max) {
    int n = e->list.n;
    if (n < min) {
        check_errorf(c, check_expr_start(e), "invalid operation: not enough arguments for %s (expected %d, found %d)", check_expr_str(e), min, n);
        return false;
    }
    if (max >= 0 && n > max) {
        check_errorf(c, check_expr_start(e), "invalid operation: too many arguments for %s (expected %d, found %d)", check_expr_str(e), max, n);
        return false;
    }
    return true;
}

/* Whether a type is a "length" container for len/cap. */
static bool len_ok(Type *u, bool is_cap) {
    if (!u) return false;
    switch (u->kind) {
    case KIND_STRING: case KIND_UNTYPED_STRING: return !is_cap;
    case KIND_ARRAY: case KIND_SLICE: case KIND_CHAN: return true;
    case KIND_MAP: return !is_cap;
    case KIND_POINTER: return u->elem->underlying && u->elem->underlying->kind == KIND_ARRAY;
    default: return false;
    }
}

/* Whether an expression contains a channel receive or a non-constant call
 * (len of such an array is not constant). */
static bool has_call_or_recv(Expr *e) {
    if (!e) return false;
    if (e->kind == EX_CALL && e->mode != MODE_CONST && e->callkind != CALL_CONV) return true;
    if (e->kind == EX_UNARY && e->op == OP_ARROW) return true;
    if (e->kind == EX_FUNCLIT || e->kind == EX_COMPOSITE) return e->kind == EX_COMPOSITE ? false : false;
    if (has_call_or_recv(e->x) || has_call_or_recv(e->y) || has_call_or_recv(e->z)) return true;
    for (int i = 0; i < e->list.n; i++)
        if (has_call_or_recv(e->list.v[i])) return true;
    return false;
}

/* The order of untyped numeric kinds (int < rune < float). */
static int untyped_kind_rank(Type *t) { return type_is_untyped(t) ? (int)t->kind : 0; }

/* The float type of complex(x, y) arguments of type t, or the complex type of
 * real/imag results (to_complex false: t complex, result float); NULL if t
 * does not fit. */
static Type *complex_partner(Type *t, bool to_complex) {
    Type *u = t ? check_core_type(t) : NULL;
    if (!u) return NULL;
    switch (u->kind) {
    case KIND_FLOAT32: return to_complex ? type_complex64 : NULL;
    case KIND_FLOAT64: return to_complex ? type_complex128 : NULL;
    case KIND_UNTYPED_FLOAT: return to_complex ? type_untyped_complex : NULL;
    case KIND_COMPLEX64: return to_complex ? NULL : type_float32;
    case KIND_COMPLEX128: return to_complex ? NULL : type_float64;
    case KIND_UNTYPED_COMPLEX: return to_complex ? NULL : type_untyped_float;
    default: return NULL;
    }
}

/* An untyped numeric constant whose imaginary part is zero counts as an
 * untyped float for complex(x, y) (go/types' toFloat). */
static void untyped_to_float(Operand *o) {
    if (type_is_numeric(o->type) && o->val && const_sign(const_imag(o->val)) == 0) o->type = type_untyped_float;
}

/* complex(x, y): both floats of one type, giving the matching complex type;
 * constant when both arguments are. */
static void complex_call(Checker *c, Expr *e, Operand *x) {
    if (!nargs_ok(c, e, 2, 2)) {
        check_use_operands(c, &e->list);
        check_invalidate(x);
        return;
    }
    Operand a, b;
    check_expr(c, e->list.v[0], &a);
    check_expr(c, e->list.v[1], &b);
    if (a.mode == MODE_INVALID || b.mode == MODE_INVALID) {
        check_invalidate(x);
        return;
    }
    bool ua = type_is_untyped(a.type), ub = type_is_untyped(b.type);
    if (ua && !ub) check_convert_untyped(c, &a, b.type);
    else if (ub && !ua) check_convert_untyped(c, &b, a.type);
    else if (ua && ub) {
        if (a.mode == MODE_CONST && b.mode == MODE_CONST) {
            untyped_to_float(&a);
            untyped_to_float(&b);
        } else {
            check_convert_untyped(c, &a, type_float64);
            check_convert_untyped(c, &b, type_float64);
        }
    }
    if (a.mode == MODE_INVALID || b.mode == MODE_INVALID) {
        check_invalidate(x);
        return;
    }
    if (a.type != b.type) {
        check_errorf(c, check_expr_start(a.expr), "invalid operation: %s (mismatched types %s and %s)", check_expr_str(e),
                     check_type_str(c, a.type), check_type_str(c, b.type));
        check_invalidate(x);
        return;
    }
    Type *rt = complex_partner(a.type, true);
    if (!rt) {
        check_errorf(c, check_expr_start(a.expr), "invalid argument: arguments have type %s, expected floating-point",
                     check_type_str(c, a.type));
        check_invalidate(x);
        return;
    }
    x->expr = e;
    x->type = rt;
    if (a.mode == MODE_CONST && b.mode == MODE_CONST && a.val && b.val) {
        x->mode = MODE_CONST;
        x->val = const_make_complex(a.val, b.val);
        return;
    }
    x->mode = MODE_VALUE;
}

/* real(x) and imag(x): the float part type of a complex x; constant for a
 * constant x (an untyped numeric constant counts as complex). */
static void real_imag_call(Checker *c, Expr *e, Builtin b, Operand *x) {
    if (!nargs_ok(c, e, 1, 1)) {
        check_use_operands(c, &e->list);
        check_invalidate(x);
        return;
    }
    Operand a;
    check_expr(c, e->list.v[0], &a);
    if (a.mode == MODE_INVALID) {
        check_invalidate(x);
        return;
    }
    if (type_is_untyped(a.type)) {
        if (a.mode == MODE_CONST && a.val) {
            if (type_is_numeric(a.type)) a.type = type_untyped_complex;
        } else {
            check_convert_untyped(c, &a, type_complex128);
            if (a.mode == MODE_INVALID) {
                check_invalidate(x);
                return;
            }
        }
    }
    Type *rt = complex_partner(a.type, false);
    if (!rt) {
        check_errorf(c, check_expr_start(a.expr), "invalid argument: argument has type %s, expected complex type",
                     check_type_str(c, a.type));
        check_invalidate(x);
        return;
    }
    x->expr = e;
    x->type = rt;
    if (a.mode == MODE_CONST && a.val) {
        x->mode = MODE_CONST;
        x->val = b == BI_REAL ? const_real(a.val) : const_imag(a.val);
        return;
    }
    x->mode = MODE_VALUE;
}

void check_builtin_call(Checker *c, Expr *e, Builtin b, Operand *x) {
    x->expr = e;
    x->val = NULL;
    if (e->ellipsis && b != BI_APPEND) {
        check_errorf(c, e->pos, "invalid operation: invalid use of ... with built-in %s", bname(e));
        check_use_operands(c, &e->list);
        check_invalidate(x);
        return;
    }
    switch (b) {
    case BI_LEN:
    case BI_CAP: {
        if (!nargs_ok(c, e, 1, 1)) break;
        Operand a;
        check_expr(c, e->list.v[0], &a);
        if (a.mode == MODE_INVALID) break;
        Type *u = check_core_type(a.type);
        if (a.mode == MODE_CONST && a.val && a.val->kind == CK_STRING) u = type_string;
        if (!len_ok(u, b == BI_CAP)) {
            check_errorf(c, a.expr->pos, "invalid argument: %s for built-in %s", check_operand_str(c, &a), bname(e));
            break;
        }
        if (a.mode == MODE_CONST && a.val && a.val->kind == CK_STRING) {
            x->mode = MODE_CONST;
            x->val = const_int64(a.val->len);
            x->type = type_int;
            check_default(c, &a);
            return;
        }
        Type *arr = u->kind == KIND_POINTER ? u->elem->underlying : u;
        if (arr->kind == KIND_ARRAY && !has_call_or_recv(e->list.v[0])) {
            x->mode = MODE_CONST;
            x->val = const_int64(arr->len);
            x->type = type_int;
            return;
        }
        check_default(c, &a);
        x->mode = MODE_VALUE;
        x->type = type_int;
        return;
    }
    case BI_APPEND: {
        if (e->list.n == 0) {
            check_errorf(c, check_expr_start(e), "invalid operation: not enough arguments for append() (expected 1, found 0)");
            break;
        }
        Operand s;
        check_expr(c, e->list.v[0], &s);
        if (s.mode == MODE_INVALID) {
            check_use_operands(c, &e->list);
            break;
        }
        Type *u = check_core_type(s.type);
        if (s.type == type_untyped_nil) {
            check_errorf(c, s.expr->pos, "first argument to append must be a typed slice; found untyped nil");
            break;
        }
        if (!u || u->kind != KIND_SLICE) {
            check_errorf(c, s.expr->pos, "invalid argument: %s (variable of type %s) is not a slice", check_expr_str(s.expr),
                         check_type_str(c, s.type));
            check_use_operands(c, &e->list);
            break;
        }
        if (e->ellipsis) {
            if (e->list.n != 2) {
                check_errorf(c, e->pos, "can only use ... with final argument in list");
                break;
            }
            Operand a;
            check_expr(c, e->list.v[1], &a);
            if (a.mode == MODE_INVALID) break;
            Type *au = check_core_type(a.type);
            bool bytes_from_string = u->elem->underlying && u->elem->underlying->kind == KIND_UINT8 &&
                                     au && (au->kind == KIND_STRING || au->kind == KIND_UNTYPED_STRING);
            if (bytes_from_string) {
                check_default(c, &a);
            } else {
                check_assign_to(c, &a, s.type->name ? u : s.type, "argument to append", &e->list.v[1]);
                if (a.mode == MODE_INVALID) break;
            }
        } else {
            for (int i = 1; i < e->list.n; i++) {
                Operand a;
                check_expr_hint(c, e->list.v[i], u->elem, &a);
                if (a.mode == MODE_INVALID) continue;
                check_assign_to(c, &a, u->elem, "argument to append", &e->list.v[i]);
            }
            e->variadic_from = 1;
        }
        x->mode = MODE_VALUE;
        x->type = s.type;
        return;
    }
    case BI_CLEAR: {
        if (!nargs_ok(c, e, 1, 1)) break;
        Operand a;
        check_expr(c, e->list.v[0], &a);
        if (a.mode == MODE_INVALID) break;
        Type *u = check_core_type(a.type);
        if (!u || (u->kind != KIND_MAP && u->kind != KIND_SLICE)) {
            check_errorf(c, a.expr->pos, "invalid argument: %s is not a map or slice", check_operand_str(c, &a));
            break;
        }
        x->mode = MODE_NOVALUE;
        x->type = NULL;
        return;
    }
    case BI_CLOSE: {
        if (!nargs_ok(c, e, 1, 1)) break;
        Operand a;
        check_expr(c, e->list.v[0], &a);
        if (a.mode == MODE_INVALID) break;
        Type *u = check_core_type(a.type);
        if (!u || u->kind != KIND_CHAN) {
            check_errorf(c, a.expr->pos, "invalid operation: cannot close non-channel %s", check_operand_str(c, &a));
            break;
        }
        if (u->dir == CHAN_RECV) {
            check_errorf(c, a.expr->pos, "invalid operation: cannot close receive-only channel %s", check_operand_str(c, &a));
            break;
        }
        x->mode = MODE_NOVALUE;
        x->type = NULL;
        return;
    }
    case BI_COPY: {
        if (!nargs_ok(c, e, 2, 2)) break;
        Operand d, s;
        check_expr(c, e->list.v[0], &d);
        check_expr(c, e->list.v[1], &s);
        if (d.mode == MODE_INVALID || s.mode == MODE_INVALID) break;
        /* Messages show the source operand as written (an untyped constant stays untyped). */
        const char *sstr = check_operand_str(c, &s);
        check_default(c, &s);
        Type *du = check_core_type(d.type), *su = check_core_type(s.type);
        if (!du || du->kind != KIND_SLICE) {
            check_errorf(c, check_expr_start(d.expr), "invalid argument: copy expects slice arguments; found %s and %s",
                         check_operand_str(c, &d), sstr);
            break;
        }
        bool ok = su && ((su->kind == KIND_SLICE && su->elem == du->elem) ||
                         (su->kind == KIND_STRING && du->elem->underlying->kind == KIND_UINT8));
        if (!ok) {
            check_errorf(c, check_expr_start(d.expr), "invalid argument: arguments to copy %s and %s have different element types %s and %s",
                         check_operand_str(c, &d), sstr, check_type_str(c, du->elem),
                         su && su->kind == KIND_STRING ? "byte" : su && su->elem ? check_type_str(c, su->elem) : check_type_str(c, s.type));
            break;
        }
        x->mode = MODE_VALUE;
        x->type = type_int;
        return;
    }
    case BI_DELETE: {
        if (!nargs_ok(c, e, 2, 2)) break;
        Operand m, k;
        check_expr(c, e->list.v[0], &m);
        if (m.mode == MODE_INVALID) break;
        Type *u = check_core_type(m.type);
        if (!u || u->kind != KIND_MAP) {
            check_errorf(c, m.expr->pos, "invalid argument: %s is not a map", check_operand_str(c, &m));
            break;
        }
        check_expr_hint(c, e->list.v[1], u->key, &k);
        if (k.mode == MODE_INVALID) break;
        check_assign_to(c, &k, u->key, "argument to delete", &e->list.v[1]);
        x->mode = MODE_NOVALUE;
        x->type = NULL;
        return;
    }
    case BI_MAKE: {
        if (e->list.n == 0) {
            check_errorf(c, check_expr_start(e), "invalid operation: not enough arguments for make() (expected 1, found 0)");
            break;
        }
        Type *t = check_typexpr(c, e->list.v[0]);
        if (!t) {
            check_use_operands(c, &e->list);
            break;
        }
        Type *u = check_core_type(t);
        int min = 1, max = 1;
        if (u && u->kind == KIND_SLICE) min = 2, max = 3;
        else if (u && (u->kind == KIND_MAP || u->kind == KIND_CHAN)) max = 2;
        else {
            check_errorf(c, e->list.v[0]->pos, "invalid argument: cannot make %s; type must be slice, map, or channel",
                         check_expr_str(e->list.v[0]));
            break;
        }
        if (e->list.n < min) {
            check_errorf(c, check_expr_start(e), "invalid operation: %s expects %d or %d arguments; found %d", check_expr_str(e), min, max,
                         e->list.n);
            break;
        }
        if (e->list.n > max) {
            check_errorf(c, check_expr_start(e), "invalid operation: %s expects %d or %d arguments; found %d", check_expr_str(e), min, max,
                         e->list.n);
            break;
        }
        int64_t vals[2] = {-1, -1};
        bool bad = false;
        for (int i = 1; i < e->list.n; i++) {
            Operand a;
            check_expr(c, e->list.v[i], &a);
            if (a.mode == MODE_INVALID) {
                bad = true;
                continue;
            }
            Type *au = check_core_type(a.type);
            if (a.mode == MODE_CONST && a.val) {
                Const *ci = const_to_int(a.val);
                if (!ci || a.val->kind == CK_STRING || a.val->kind == CK_BOOL) {
                    check_errorf(c, a.expr->pos, "cannot convert %s to type int", check_operand_str(c, &a));
                    bad = true;
                    continue;
                }
                if (const_sign(ci) < 0) {
                    check_errorf(c, a.expr->pos, "invalid argument: index %s must not be negative", check_operand_str(c, &a));
                    bad = true;
                    continue;
                }
                int64_t v;
                if (const_int64_of(ci, &v)) vals[i - 1] = v;
                if (type_is_untyped(a.type)) {
                    a.val = ci;
                    check_convert_untyped(c, &a, type_int);
                }
            } else if (!au || !type_is_integer(au)) {
                check_errorf(c, a.expr->pos, "cannot convert %s to type int", check_operand_str(c, &a));
                bad = true;
            } else {
                check_default(c, &a);
            }
        }
        if (bad) break;
        if (vals[0] >= 0 && vals[1] >= 0 && vals[0] > vals[1]) {
            check_errorf(c, e->list.v[1]->pos, "invalid argument: length and capacity swapped");
            break;
        }
        x->mode = MODE_VALUE;
        x->type = t;
        return;
    }
    case BI_NEW: {
        if (!nargs_ok(c, e, 1, 1)) break;
        Type *t = check_typexpr(c, e->list.v[0]);
        if (!t) break;
        x->mode = MODE_VALUE;
        x->type = type_pointer(t);
        return;
    }
    case BI_PANIC: {
        if (!nargs_ok(c, e, 1, 1)) break;
        Operand a;
        check_expr(c, e->list.v[0], &a);
        if (a.mode == MODE_INVALID) break;
        check_assign_to(c, &a, type_any, "argument to panic", &e->list.v[0]);
        x->mode = MODE_NOVALUE;
        x->type = NULL;
        return;
    }
    case BI_PRINT:
    case BI_PRINTLN: {
        for (int i = 0; i < e->list.n; i++) {
            Operand a;
            check_expr(c, e->list.v[i], &a);
            if (a.mode == MODE_INVALID) continue;
            if (a.mode == MODE_NOVALUE) {
                check_errorf(c, a.expr->pos, "%s (no value) used as value", check_expr_str(a.expr));
                continue;
            }
            if (a.type == type_untyped_nil) {
                check_errorf(c, a.expr->pos, "use of untyped nil in argument to built-in %s", bname(e));
                continue;
            }
            check_default(c, &a);
        }
        x->mode = MODE_NOVALUE;
        x->type = NULL;
        return;
    }
    case BI_RECOVER: {
        if (!nargs_ok(c, e, 0, 0)) break;
        if (c->fn) c->fn->has_defer = true;
        x->mode = MODE_VALUE;
        x->type = type_any;
        return;
    }
    case BI_MIN:
    case BI_MAX: {
        if (!nargs_ok(c, e, 1, -1)) break;
        Operand acc;
        check_expr(c, e->list.v[0], &acc);
        if (acc.mode == MODE_INVALID) {
            check_use_operands(c, &e->list);
            break;
        }
        bool bad = false;
        Operand *ops = GC_MALLOC(sizeof(Operand) * e->list.n);
        ops[0] = acc;
        for (int i = 1; i < e->list.n; i++) {
            check_expr(c, e->list.v[i], &ops[i]);
            if (ops[i].mode == MODE_INVALID) bad = true;
        }
        if (bad) break;
        /* All operands must be one ordered type (untyped ones convert). */
        Type *t = NULL;
        for (int i = 0; i < e->list.n; i++)
            if (!type_is_untyped(ops[i].type)) t = ops[i].type;
        for (int i = 0; i < e->list.n && !bad; i++) {
            Type *u = check_core_type(ops[i].type);
            if (!(type_is_integer(u) || type_is_float(u) || type_is_string(u)) && ops[i].type->kind != KIND_TYPEPARAM) {
                check_errorf(c, ops[i].expr->pos, "invalid argument: %s cannot be ordered", check_operand_str(c, &ops[i]));
                bad = true;
            }
            if (t && ops[i].type != t && !type_is_untyped(ops[i].type)) {
                check_errorf(c, ops[i].expr->pos, "invalid argument: mismatched types %s (previous argument) and %s (type of %s)",
                             check_type_str(c, t), check_type_str(c, ops[i].type), check_expr_str(ops[i].expr));
                bad = true;
            }
        }
        if (bad) break;
        bool all_const = true;
        for (int i = 0; i < e->list.n; i++)
            if (ops[i].mode != MODE_CONST) all_const = false;
        if (all_const) {
            Operand r = ops[0];
            for (int i = 1; i < e->list.n; i++) {
                Operand o = ops[i];
                if (!t) {
                    /* Untyped: widen to the larger kind. */
                    if (o.type->kind > r.type->kind) check_convert_untyped(c, &r, o.type);
                    else check_convert_untyped(c, &o, r.type);
                }
                bool less = const_compare(OP_LSS, o.val, r.val);
                if ((b == BI_MIN && less) || (b == BI_MAX && !less && const_compare(OP_GTR, o.val, r.val))) {
                    Type *keep = r.type;
                    r = o;
                    if (!t && untyped_kind_rank(keep) > untyped_kind_rank(r.type)) r.type = keep;
                }
            }
            x->mode = MODE_CONST;
            x->val = r.val;
            x->type = t ? t : r.type;
            if (t) {
                Const *out;
                if (const_representable(x->val, t, &out, NULL)) x->val = out;
            }
            return;
        }
        for (int i = 0; i < e->list.n; i++) {
            if (t) check_convert_untyped(c, &ops[i], t);
            else check_default(c, &ops[i]);
        }
        x->mode = MODE_VALUE;
        x->type = t ? t : check_default_type(ops[0].type);
        return;
    }
    case BI_COMPLEX: complex_call(c, e, x); return;
    case BI_REAL:
    case BI_IMAG: real_imag_call(c, e, b, x); return;
    default:
        break;
    }
    check_invalidate(x);
}
