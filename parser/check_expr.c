/*
 * Expressions: identifiers, literals, operators with exact constant folding,
 * selectors, indexing, slicing, calls, conversions, composite and function
 * literals, and the implicit conversions to interface types.
 *
 * Invariants:
 * - check_expr* fill an Operand and annotate the node (type, mode, cval).
 *   An untyped operand keeps its untyped type until the context gives it one
 *   (check_convert_untyped), which re-annotates the expression tree.
 * - After an error the operand is MODE_INVALID and no further message is
 *   reported about it (one message per mistake, as go/types does).
 * - A concrete value flowing into an interface-typed slot is wrapped in an
 *   EX_CONVERT node by check_assign_to / check_wrap_iface.
 */
#include "parser/check.h"

#include <string.h>

void check_invalidate(Operand *x) {
    x->mode = MODE_INVALID;
    x->type = NULL;
    x->val = NULL;
}

/* Writes the operand's results into its expression node. */
static void record(Operand *x) {
    Expr *e = x->expr;
    if (!e) return;
    e->mode = x->mode;
    e->type = x->type;
    if (x->mode == MODE_CONST && x->val && x->type) {
        Type *t = type_is_untyped(x->type) ? check_default_type(x->type) : x->type;
        e->cval = const_value(x->val, t);
    }
}

void check_set_const(Checker *c, Operand *x) { record(x); }

/* Re-annotates an untyped expression tree with its final type. */
static void set_expr_type(Expr *e, Type *t) {
    while (e && e->type && type_is_untyped(e->type)) {
        e->type = t;
        if (e->kind == EX_PAREN) {
            e = e->x;
            continue;
        }
        if (e->kind == EX_UNARY) {
            e = e->x;
            continue;
        }
        if (e->kind == EX_BINARY) {
            if (e->op >= OP_EQL && e->op <= OP_GEQ) return; /* operands keep their own types */
            if (e->op == OP_SHL || e->op == OP_SHR) {
                e = e->x;
                continue;
            }
            set_expr_type(e->x, t);
            e = e->y;
            continue;
        }
        return;
    }
}

/* The untyped kind order: int < rune < float < complex. */
static int untyped_rank(Type *t) {
    switch (t->kind) {
    case KIND_UNTYPED_INT: return 1;
    case KIND_UNTYPED_RUNE: return 2;
    case KIND_UNTYPED_FLOAT: return 3;
    case KIND_UNTYPED_COMPLEX: return 4;
    default: return 0;
    }
}

void check_convert_untyped(Checker *c, Operand *x, Type *target) {
    if (x->mode == MODE_INVALID || !x->type || !type_is_untyped(x->type) || !target) return;
    Type *tu = target->underlying ? target->underlying : target;
    if (type_is_untyped(target)) {
        /* Both untyped: move to the larger kind. */
        if (untyped_rank(x->type) && untyped_rank(target) && untyped_rank(target) > untyped_rank(x->type)) {
            if (x->val && target->kind == KIND_UNTYPED_FLOAT) x->val = const_to_float(x->val);
            if (x->val && target->kind == KIND_UNTYPED_COMPLEX) x->val = const_to_complex(x->val);
            x->type = target;
            record(x);
        }
        return;
    }
    if (x->type == type_untyped_nil) {
        switch (tu->kind) {
        case KIND_POINTER: case KIND_FUNC: case KIND_SLICE: case KIND_MAP: case KIND_CHAN:
        case KIND_INTERFACE: case KIND_UNSAFE_POINTER:
            x->type = target;
            record(x);
            return;
        default:
            check_errorf(c, x->expr->pos, "cannot convert nil to type %s", check_type_str(c, target));
            check_invalidate(x);
            return;
        }
    }
    Type *final = target;
    if (tu->kind == KIND_INTERFACE || target->kind == KIND_TYPEPARAM) {
        if (target->kind == KIND_TYPEPARAM || tu->nterms == 0) final = check_default_type(x->type);
    }
    if (x->mode == MODE_CONST && x->val) {
        Const *out;
        bool ovf;
        if (!const_representable(x->val, final, &out, &ovf)) {
            bool numeric = type_is_numeric(final->underlying ? final->underlying : final);
            if (numeric && type_is_numeric(x->type)) {
                if (!(!type_is_integer(x->type) && type_is_integer(final->underlying ? final->underlying : final))) check_errorf(c, check_expr_start(x->expr), "%s overflows %s", check_operand_str(c, x), check_type_str(c, final));
                else check_errorf(c, check_expr_start(x->expr), "%s truncated to %s", check_operand_str(c, x), check_type_str(c, final));
            } else {
                check_errorf(c, x->expr->pos, "cannot convert %s to type %s", check_operand_str(c, x),
                             check_type_str(c, final));
            }
            check_invalidate(x);
            return;
        }
        x->val = out;
    } else {
        /* Non-constant untyped values: bools from comparisons, shifted constants. */
        Type *fu = final->underlying ? final->underlying : final;
        Expr *sh = x->expr;
        while (sh && (sh->kind == EX_PAREN || (sh->kind == EX_UNARY && sh->op != OP_ARROW) ||
                      (sh->kind == EX_BINARY && sh->op != OP_SHL && sh->op != OP_SHR && !(sh->op >= OP_EQL && sh->op <= OP_GEQ))))
            sh = sh->kind == EX_BINARY ? (sh->x->mode == MODE_CONST ? sh->y : sh->x) : sh->x;
        if (sh && sh->kind == EX_BINARY && (sh->op == OP_SHL || sh->op == OP_SHR) && x->type->kind != KIND_UNTYPED_BOOL &&
            !type_is_integer(fu) && final->kind != KIND_TYPEPARAM) {
            check_errorf(c, check_expr_start(sh->x), "invalid operation: shifted operand %s (type %s) must be integer",
                         check_expr_str(sh->x), check_type_str(c, final));
            check_invalidate(x);
            return;
        }
        bool ok = x->type->kind == KIND_UNTYPED_BOOL ? fu->kind == KIND_BOOL
                                                      : type_is_numeric(fu) || final->kind == KIND_TYPEPARAM;
        if (!ok) {
            check_errorf(c, x->expr->pos, "cannot use %s as %s value", check_operand_str(c, x), check_type_str(c, final));
            check_invalidate(x);
            return;
        }
    }
    x->type = final;
    set_expr_type(x->expr, final);
    record(x);
}

void check_default(Checker *c, Operand *x) {
    if (x->mode == MODE_INVALID || !x->type || !type_is_untyped(x->type)) return;
    if (x->type == type_untyped_nil) return;
    check_convert_untyped(c, x, check_default_type(x->type));
}

void check_wrap_iface(Checker *c, Expr **slot, Type *t) {
    Expr *inner = *slot;
    if (!inner || !t || !inner->type) return;
    Type *tu = t->underlying ? t->underlying : t;
    if (tu->kind != KIND_INTERFACE) return;
    if (inner->type->kind == KIND_INTERFACE || inner->type == type_untyped_nil) {
        if (inner->type == type_untyped_nil) inner->type = t;
        return;
    }
    if (inner->type->kind == KIND_TUPLE) return;
    Expr *cv = GC_MALLOC(sizeof(Expr));
    cv->kind = EX_CONVERT;
    cv->pos = inner->pos;
    cv->x = inner;
    cv->type = t;
    cv->mode = MODE_VALUE;
    cv->variadic_from = -1;
    *slot = cv;
}

void check_assign_to(Checker *c, Operand *x, Type *t, const char *context, Expr **slot) {
    if (x->mode == MODE_INVALID || !t) return;
    if (t == check_invalid_type()) return; /* the target's type was already reported */
    if (x->mode == MODE_TYPE) {
        check_errorf(c, check_expr_start(x->expr), "%s (type) is not an expression", check_expr_str(x->expr));
        check_invalidate(x);
        return;
    }
    if (x->mode == MODE_NOVALUE) {
        check_errorf(c, check_expr_start(x->expr), "%s (no value) used as value", check_expr_str(x->expr));
        check_invalidate(x);
        return;
    }
    if (x->mode == MODE_BUILTIN) {
        check_errorf(c, check_expr_start(x->expr), "%s (built-in) must be called", check_expr_str(x->expr));
        check_invalidate(x);
        return;
    }
    if (x->type && x->type->kind == KIND_TUPLE) {
        check_errorf(c, check_expr_start(x->expr), "multiple-value %s (value of type %s) in single-value context",
                     check_expr_str(x->expr), check_type_str(c, x->type));
        check_invalidate(x);
        return;
    }
    if (type_is_untyped(x->type)) {
        Type *tu = t->underlying ? t->underlying : t;
        Type *target = t;
        if (tu->kind == KIND_INTERFACE && tu->nterms == 0 && x->type != type_untyped_nil) target = check_default_type(x->type);
        if (x->mode == MODE_CONST && x->val && target->kind != KIND_TYPEPARAM) {
            Const *out;
            bool ovf;
            if (!const_representable(x->val, target, &out, &ovf)) {
                Type *ttu = target->underlying ? target->underlying : target;
                const char *why = "";
                if (type_is_numeric(ttu) && type_is_numeric(x->type))
                    why = (!type_is_integer(x->type) && type_is_integer(ttu)) ? " (truncated)" : " (overflows)";
                check_errorf(c, check_expr_start(x->expr), "cannot use %s as %s value in %s%s", check_operand_str(c, x),
                             check_type_str(c, t), context, why);
                check_invalidate(x);
                return;
            }
        } else if (x->type == type_untyped_nil) {
            const char *r;
            if (!check_assignable(c, x, t, &r)) {
                check_errorf(c, check_expr_start(x->expr), "cannot use nil as %s value in %s", check_type_str(c, t), context);
                check_invalidate(x);
                return;
            }
        }
        check_convert_untyped(c, x, target);
        if (x->mode == MODE_INVALID) return;
    }
    const char *reason = NULL;
    if (!check_assignable(c, x, t, &reason)) {
        if (reason && strcmp(reason, "need type assertion") == 0)
            check_errorf(c, check_expr_start(x->expr), "cannot use %s as %s value in %s: need type assertion",
                         check_operand_str(c, x), check_type_str(c, t), context);
        else if (reason)
            check_errorf(c, check_expr_start(x->expr), "cannot use %s as %s value in %s: %s", check_operand_str(c, x),
                         check_type_str(c, t), context, reason);
        else
            check_errorf(c, check_expr_start(x->expr), "cannot use %s as %s value in %s", check_operand_str(c, x),
                         check_type_str(c, t), context);
        check_invalidate(x);
        return;
    }
    if (slot) check_wrap_iface(c, slot, t);
}

/* Marks the root variable of an addressable expression as address-taken. */
void check_mark_addr(Expr *e) {
    while (e) {
        if (e->kind == EX_PAREN) e = e->x;
        else if (e->kind == EX_SELECTOR && e->selkind == SEL_FIELD && e->x && e->x->type &&
                 e->x->type->kind != KIND_POINTER)
            e = e->x;
        else if (e->kind == EX_INDEX && e->x && e->x->type && e->x->type->kind == KIND_ARRAY)
            e = e->x;
        else break;
    }
    if (e && e->kind == EX_IDENT && e->sym && e->sym->kind == SYM_VAR) e->sym->addr_taken = true;
}

/* Function-literal name counters, per enclosing function. */
static FuncInfo **lit_owner;
static int *lit_count;
static int nlit, caplit;

/* The next literal number inside `outer`. */
static int next_lit(FuncInfo *outer) {
    for (int i = 0; i < nlit; i++)
        if (lit_owner[i] == outer) return ++lit_count[i];
    if (nlit == caplit) {
        caplit = caplit ? caplit * 2 : 32;
        FuncInfo **no = GC_MALLOC(sizeof(FuncInfo *) * caplit);
        int *nc = GC_MALLOC_ATOMIC(sizeof(int) * caplit);
        if (nlit) {
            memcpy(no, lit_owner, sizeof(FuncInfo *) * nlit);
            memcpy(nc, lit_count, sizeof(int) * nlit);
        }
        lit_owner = no;
        lit_count = nc;
    }
    lit_owner[nlit] = outer;
    lit_count[nlit] = 1;
    return lit_count[nlit++];
}

/* Checks a function literal. */
static void func_lit(Checker *c, Expr *e, Operand *x) {
    FuncInfo *outer = c->fn;
    const char *oname = outer ? outer->name : check_sprintf("%s.glob.", c->pkg->name);
    int n = next_lit(outer);
    const char *name;
    if (outer && outer->outer) name = check_sprintf("%s.%d", oname, n);
    else if (outer) name = check_sprintf("%s.func%d", oname, n);
    else name = check_sprintf("%s.init.func%d", c->pkg->name, n);
    FuncInfo *info = check_new_funcinfo(c, name, outer);
    e->info = info;
    Type *sig = check_signature(c, e->x, info, NULL);
    info->type = sig;
    {
        Target *tg = c->targets;
        Label *lb = c->labels;
        int nl = c->nlabels, cl = c->caplabels;
        c->targets = NULL;
        c->labels = NULL;
        c->nlabels = c->caplabels = 0;
        check_func_body(c, info, e->body, e->pos);
        c->targets = tg;
        c->labels = lb;
        c->nlabels = nl;
        c->caplabels = cl;
    }
    x->mode = MODE_VALUE;
    x->type = sig;
}

/* Checks an identifier. */
static void ident(Checker *c, Expr *e, Operand *x) {
    if (strcmp(e->name, "_") == 0) {
        check_errorf(c, e->pos, "cannot use _ as value");
        check_invalidate(x);
        return;
    }
    Symbol *s = check_lookup(c, e->name, e->pos);
    if (!s || !s->name[0]) {
        if (strcmp(e->name, "unsafe") == 0) check_errorf(c, e->pos, "undefined: unsafe");
        else check_errorf(c, e->pos, "undefined: %s", e->name);
        check_invalidate(x);
        return;
    }
    e->sym = s;
    check_resolve(c, s);
    check_note_use(c, s);
    switch (s->kind) {
    case SYM_VAR:
        check_record_dep(c, s);
        x->mode = MODE_VAR;
        x->type = s->type;
        if (!s->type) check_invalidate(x);
        break;
    case SYM_CONST:
        if (strcmp(s->name, "iota") == 0 && !s->home && !s->exact) {
            if (!c->iota) {
                check_errorf(c, e->pos, "cannot use iota outside constant declaration");
                check_invalidate(x);
                return;
            }
            x->mode = MODE_CONST;
            x->type = type_untyped_int;
            x->val = c->iota;
            break;
        }
        x->mode = MODE_CONST;
        x->type = s->type;
        x->val = s->exact;
        if (!s->type || !s->exact) check_invalidate(x);
        break;
    case SYM_TYPE:
        x->mode = MODE_TYPE;
        x->type = s->type;
        if (!s->type && check_generic_tparams(c, s)) {
            x->generic = s;
            break;
        }
        if (!s->type) check_invalidate(x);
        break;
    case SYM_FUNC:
        check_record_dep(c, s);
        x->mode = MODE_VALUE;
        x->type = s->type;
        if (!s->type) check_invalidate(x);
        break;
    case SYM_BUILTIN:
        x->mode = MODE_BUILTIN;
        x->builtin = s->builtin;
        x->type = NULL;
        break;
    case SYM_PKG:
        if (!check_import(c, s)) {
            check_invalidate(x);
            break;
        }
        x->mode = MODE_PKG;
        x->pkg = s->pkg;
        x->type = NULL;
        break;
    case SYM_NIL:
        x->mode = MODE_VALUE;
        x->type = type_untyped_nil;
        break;
    }
}

/* Checks a basic literal. */
static void basic_lit(Checker *c, Expr *e, Operand *x) {
    switch (e->lit) {
    case LIT_INT:
    case LIT_FLOAT:
    case LIT_IMAG: {
        Const *v = const_from_literal(e->lit, e->raw);
        if (!v) {
            check_errorf(c, e->pos, "malformed constant: %s", e->raw);
            check_invalidate(x);
            return;
        }
        x->mode = MODE_CONST;
        x->val = v;
        x->type = e->lit == LIT_INT     ? type_untyped_int
                  : e->lit == LIT_FLOAT ? type_untyped_float
                                        : type_untyped_complex;
        break;
    }
    case LIT_CHAR:
        x->mode = MODE_CONST;
        x->val = const_int64(e->rune);
        x->type = type_untyped_rune;
        break;
    case LIT_STRING:
        x->mode = MODE_CONST;
        x->val = const_string(e->str ? e->str : "", e->strlen);
        x->type = type_untyped_string;
        break;
    }
}

/* Reports that an operator is not defined on an operand. */
static bool op_defined(Checker *c, Op op, Operand *x, Pos pos, bool binary) {
    Type *t = x->type;
    Type *u = check_core_type(t);
    if (!u && t && t->kind == KIND_TYPEPARAM) {
        /* Every term must support it. */
        Type *ct = t->constraint;
        if (ct && ct->nterms > 0) {
            bool ok = true;
            for (int i = 0; i < ct->nterms; i++) {
                Operand y = *x;
                y.type = ct->terms[i];
                Type *tu = y.type->underlying;
                bool this_ok = false;
                switch (op) {
                case OP_ADD: this_ok = type_is_numeric(tu) || type_is_string(tu); break;
                case OP_SUB: case OP_MUL: case OP_QUO: this_ok = type_is_numeric(tu); break;
                case OP_REM: case OP_AND: case OP_OR: case OP_XOR: case OP_AND_NOT: case OP_SHL: case OP_SHR:
                    this_ok = type_is_integer(tu);
                    break;
                case OP_LSS: case OP_LEQ: case OP_GTR: case OP_GEQ:
                    this_ok = type_is_numeric(tu) || type_is_string(tu);
                    break;
                default: this_ok = false;
                }
                if (!this_ok) ok = false;
            }
            if (ok) return true;
        }
        u = NULL;
    }
    bool ok = false;
    if (u) {
        switch (op) {
        case OP_ADD: ok = type_is_numeric(u) || type_is_string(u); break;
        case OP_SUB: case OP_MUL: case OP_QUO: ok = type_is_numeric(u); break;
        case OP_REM: case OP_AND: case OP_OR: case OP_XOR: case OP_AND_NOT: ok = type_is_integer(u); break;
        case OP_LAND: case OP_LOR: case OP_NOT: ok = u->kind == KIND_BOOL || u->kind == KIND_UNTYPED_BOOL; break;
        default: ok = true;
        }
        if (!binary && op == OP_XOR) ok = type_is_integer(u);
        if (!binary && op == OP_SUB) ok = type_is_numeric(u);
        if (!binary && op == OP_ADD) ok = type_is_numeric(u);
    }
    if (!ok) {
        check_errorf(c, pos, "invalid operation: operator %s not defined on %s", op_string(op), check_operand_str(c, x));
        return false;
    }
    return true;
}

/* Checks that a typed constant result is representable in its type. */
static void check_overflow(Checker *c, Operand *x, Pos pos) {
    if (x->mode != MODE_CONST || !x->val) return;
    if (type_is_untyped(x->type)) {
        /* Untyped integer constants are bounded (Go allows 512 bits). */
        if (x->val->kind == CK_INT && mpz_sizeinbase(x->val->z, 2) > 512) {
            check_errorf(c, pos, "constant overflow");
            check_invalidate(x);
        }
        return;
    }
    Const *out;
    bool ovf;
    if (!const_representable(x->val, x->type, &out, &ovf)) {
        check_errorf(c, pos, "%s overflows %s", check_operand_str(c, x), check_type_str(c, x->type));
        check_invalidate(x);
        return;
    }
    x->val = out;
}

/* Makes both operands of a binary operation have the same type if one is untyped. */
/* Returns 1 when the operands now match, 0 after a reported error, -1 when
 * an untyped operand cannot take the other's type (mismatched types). */
static int match_types(Checker *c, Operand *x, Operand *y) {
    bool xu = type_is_untyped(x->type), yu = type_is_untyped(y->type);
    if (xu && !yu) {
        Type *yt = y->type;
        Type *ytu = check_core_type(yt);
        if (x->type == type_untyped_nil || (ytu && ytu->kind == KIND_INTERFACE) || yt->kind == KIND_TYPEPARAM ||
            !(ytu && ((ytu->kind >= KIND_BOOL && ytu->kind <= KIND_COMPLEX128) || ytu->kind == KIND_STRING))) {
            if (x->type == type_untyped_nil) return true; /* typed by the comparison */
            if (ytu && ytu->kind == KIND_INTERFACE) {
                check_default(c, x);
                return x->mode != MODE_INVALID;
            }
            if (yt->kind == KIND_TYPEPARAM) {
                check_convert_untyped(c, x, yt);
                return x->mode != MODE_INVALID;
            }
            return true;
        }
        if (x->mode == MODE_CONST && x->val) {
            bool compat = (x->val->kind == CK_BOOL && ytu->kind == KIND_BOOL) ||
                          (x->val->kind == CK_STRING && ytu->kind == KIND_STRING) ||
                          ((x->val->kind == CK_INT || x->val->kind == CK_FLOAT || x->val->kind == CK_COMPLEX) &&
                           type_is_numeric(ytu));
            if (!compat) return -1;
        } else if (x->type->kind == KIND_UNTYPED_BOOL && ytu->kind != KIND_BOOL) {
            return -1;
        }
        check_convert_untyped(c, x, yt);
        return x->mode != MODE_INVALID;
    }
    if (yu && !xu) return match_types(c, y, x);
    if (xu && yu) {
        if (x->type == type_untyped_nil || y->type == type_untyped_nil) return true;
        int rx = untyped_rank(x->type), ry = untyped_rank(y->type);
        if (rx && ry) {
            if (rx < ry) check_convert_untyped(c, x, y->type);
            else if (ry < rx) check_convert_untyped(c, y, x->type);
        }
    }
    return true;
}

/* Checks a comparison x op y. */
static void comparison(Checker *c, Expr *e, Op op, Operand *x, Operand *y, Pos pos) {
    const char *err = NULL;
    Operand *culprit = x;
    bool ok_assign = check_assignable(c, x, y->type, NULL) || check_assignable(c, y, x->type, NULL);
    if (!ok_assign) {
        check_errorf(c, check_expr_start(y->expr), "invalid operation: %s (mismatched types %s and %s)", check_expr_str(e),
                     check_type_str(c, x->type), check_type_str(c, y->type));
        check_invalidate(x);
        return;
    }
    bool eq = op == OP_EQL || op == OP_NEQ;
    if (eq) {
        bool xn = x->type == type_untyped_nil, yn = y->type == type_untyped_nil;
        if (xn && yn) {
            err = "operator == not defined on untyped nil";
            if (op == OP_NEQ) err = "operator != not defined on untyped nil";
        } else if (xn || yn) {
            Operand *o = xn ? y : x;
            Type *u = check_core_type(o->type);
            if (u && !(u->kind == KIND_POINTER || u->kind == KIND_SLICE || u->kind == KIND_MAP || u->kind == KIND_FUNC ||
                       u->kind == KIND_CHAN || u->kind == KIND_INTERFACE || u->kind == KIND_UNSAFE_POINTER)) {
                check_errorf(c, pos, "invalid operation: %s (mismatched types %s and untyped nil)", check_expr_str(e),
                             check_type_str(c, o->type));
                check_invalidate(x);
                return;
            }
        } else {
            Type *xt = x->type, *yt = y->type;
            Type *xu2 = check_core_type(xt);
            if (!check_comparable(xt) || !check_comparable(yt)) {
                culprit = !check_comparable(xt) ? x : y;
                Type *cu = check_core_type(culprit->type);
                if (cu && (cu->kind == KIND_SLICE || cu->kind == KIND_MAP || cu->kind == KIND_FUNC)) {
                    const char *what = cu->kind == KIND_SLICE ? "slice" : cu->kind == KIND_MAP ? "map" : "func";
                    err = check_sprintf("%s can only be compared to nil", what);
                } else {
                    err = check_sprintf("%s cannot be compared", check_operand_str(c, culprit));
                    err = check_sprintf("operator %s not defined on %s", op_string(op), check_operand_str(c, culprit));
                    /* types2's cause: a struct's first incomparable field type, or the array type. */
                    if (cu && cu->kind == KIND_STRUCT) {
                        for (int i = 0; i < cu->nfields; i++)
                            if (!check_comparable(cu->fields[i].type)) {
                                err = check_sprintf("struct containing %s cannot be compared",
                                                    check_type_str(c, cu->fields[i].type));
                                break;
                            }
                    } else if (cu && cu->kind == KIND_ARRAY) {
                        err = check_sprintf("%s cannot be compared", check_type_str(c, cu));
                    }
                }
            }
            (void)xu2;
        }
    } else {
        Type *u = check_core_type(x->type);
        bool ordered = u && (type_is_integer(u) || type_is_float(u) || type_is_string(u));
        if (x->type->kind == KIND_TYPEPARAM) {
            Operand t = *x;
            ordered = op_defined(c, OP_LSS, &t, pos, true);
            if (!ordered) {
                check_invalidate(x);
                return;
            }
        }
        if (!ordered && u && u->kind <= KIND_COMPLEX128)
            err = check_sprintf("operator %s not defined on %s", op_string(op), check_type_str(c, x->type));
        else if (!ordered) err = check_sprintf("operator %s not defined on %s", op_string(op), check_operand_str(c, x));
    }
    if (err) {
        check_errorf(c, check_expr_start(culprit->expr), "invalid operation: %s (%s)", check_expr_str(e), err);
        check_invalidate(x);
        return;
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST && x->val && y->val) {
        x->val = const_bool(const_compare(op, x->val, y->val));
        x->mode = MODE_CONST;
    } else {
        /* Untyped operands get their default types; interface vs concrete is wrapped. */
        if (type_is_untyped(x->type) && x->type != type_untyped_nil) check_default(c, x);
        if (type_is_untyped(y->type) && y->type != type_untyped_nil) check_default(c, y);
        if (x->type == type_untyped_nil && y->type != type_untyped_nil) {
            x->type = y->type;
            x->expr->type = y->type;
        } else if (y->type == type_untyped_nil && x->type != type_untyped_nil) {
            y->type = x->type;
            y->expr->type = x->type;
        } else if (x->type && y->type) {
            bool xi = x->type->kind == KIND_INTERFACE, yi = y->type->kind == KIND_INTERFACE;
            if (xi && !yi) check_wrap_iface(c, &e->y, x->type);
            if (yi && !xi) check_wrap_iface(c, &e->x, y->type);
        }
        x->mode = MODE_VALUE;
        x->val = NULL;
    }
    x->type = type_untyped_bool;
}

/* Checks a shift x op y. */
static void shift(Checker *c, Expr *e, Op op, Operand *x, Operand *y, Pos pos, Type *hint) {
    /* The shift count. */
    if (y->mode == MODE_CONST && y->val) {
        Const *yi = const_to_int(y->val);
        if (!yi && y->val->kind == CK_FLOAT && type_is_untyped(y->type)) {
            check_errorf(c, check_expr_start(y->expr), "%s truncated to uint", check_operand_str(c, y));
            check_invalidate(x);
            return;
        }
        if (!yi || y->val->kind == CK_STRING || y->val->kind == CK_BOOL) {
            check_errorf(c, y->expr->pos, "invalid operation: shift count %s must be integer", check_operand_str(c, y));
            check_invalidate(x);
            return;
        }
        if (const_sign(yi) < 0) {
            check_errorf(c, y->expr->pos, "invalid operation: negative shift count %s", check_operand_str(c, y));
            check_invalidate(x);
            return;
        }
        if (type_is_untyped(y->type)) {
            y->val = yi;
            check_convert_untyped(c, y, type_uint);
        }
    } else {
        Type *yu = check_core_type(y->type);
        if (!yu || !type_is_integer(yu)) {
            check_errorf(c, y->expr->pos, "invalid operation: shift count %s must be integer", check_operand_str(c, y));
            check_invalidate(x);
            return;
        }
        if (type_is_untyped(y->type)) check_convert_untyped(c, y, type_uint);
    }
    if (x->mode == MODE_CONST && x->val) {
        if (type_is_untyped(x->type)) {
            Const *xi = const_to_int(x->val);
            if (!xi || (x->val->kind != CK_INT && x->val->kind != CK_FLOAT && x->val->kind != CK_COMPLEX)) {
                check_errorf(c, x->expr->pos, "invalid operation: shifted operand %s must be integer",
                             check_operand_str(c, x));
                check_invalidate(x);
                return;
            }
            if (y->mode == MODE_CONST) {
                x->val = xi;
                if (x->type->kind == KIND_UNTYPED_FLOAT || x->type->kind == KIND_UNTYPED_COMPLEX) x->type = type_untyped_int;
            }
        }
        if (y->mode == MODE_CONST && y->val) {
            uint64_t s = 0;
            if (!const_uint64_of(y->val, &s) || s > 1074) {
                check_errorf(c, y->expr->pos, "invalid shift count %s", check_operand_str(c, y));
                check_invalidate(x);
                return;
            }
            Type *xu = check_core_type(x->type);
            if (!type_is_integer(xu)) {
                check_errorf(c, pos, "invalid operation: operator %s not defined on %s", op_string(op), check_operand_str(c, x));
                check_invalidate(x);
                return;
            }
            x->val = const_shift(op, x->val, s);
            x->expr = e;
            check_overflow(c, x, check_expr_start(e));
            return;
        }
        /* Constant shifted by a variable: the constant takes the type the
         * context gives the shift (Go's delayed typing); without a hint the
         * result stays an untyped non-constant value, typed later. */
        if (type_is_untyped(x->type) && !hint) {
            x->type = type_untyped_int;
            x->mode = MODE_VALUE;
            x->val = NULL;
            return;
        }
        if (type_is_untyped(x->type)) {
            Type *t = hint && type_is_integer(hint->underlying ? hint->underlying : hint) ? hint : type_int;
            if (hint && !type_is_integer(hint->underlying ? hint->underlying : hint) && type_is_numeric(hint->underlying ? hint->underlying : hint)) {
                check_errorf(c, x->expr->pos, "invalid operation: shifted operand %s (type %s) must be integer",
                             check_expr_str(x->expr), check_type_str(c, hint));
                check_invalidate(x);
                return;
            }
            check_convert_untyped(c, x, t);
            if (x->mode == MODE_INVALID) return;
        }
    }
    Type *xu = check_core_type(x->type);
    if (!xu || !type_is_integer(xu)) {
        if (x->type->kind == KIND_TYPEPARAM && op_defined(c, op, x, pos, true)) {
            x->mode = MODE_VALUE;
            x->val = NULL;
            return;
        }
        check_errorf(c, x->expr->pos, "invalid operation: shifted operand %s must be integer", check_operand_str(c, x));
        check_invalidate(x);
        return;
    }
    x->mode = MODE_VALUE;
    x->val = NULL;
}

/* Whether an expression is a constant zero. */
static bool is_zero(Operand *y) { return y->mode == MODE_CONST && y->val && const_sign(y->val) == 0 && y->val->kind != CK_STRING && y->val->kind != CK_BOOL; }

void check_binary_op(Checker *c, Expr *e, Op op, Operand *x, Operand *y, Pos pos) {
    if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
        check_invalidate(x);
        return;
    }
    if (op == OP_SHL || op == OP_SHR) {
        shift(c, e, op, x, y, pos, NULL);
        return;
    }
    int mt = match_types(c, x, y);
    if (mt < 0) {
        const char *es = e ? check_expr_str(e) : check_sprintf("%s %s %s", check_expr_str(x->expr), op_string(op), check_expr_str(y->expr));
        Operand *u = (op >= OP_EQL && op <= OP_GEQ) ? y : x;
        check_errorf(c, check_expr_start(u->expr), "invalid operation: %s (mismatched types %s and %s)", es,
                     check_type_str(c, x->type), check_type_str(c, y->type));
        check_invalidate(x);
        return;
    }
    if (!mt) {
        check_invalidate(x);
        return;
    }
    if (y->mode == MODE_INVALID) {
        check_invalidate(x);
        return;
    }
    if (op >= OP_EQL && op <= OP_GEQ) {
        comparison(c, e, op, x, y, pos);
        return;
    }
    if (x->type != y->type) {
        if (!(type_is_untyped(x->type) && type_is_untyped(y->type)) ||
            !(untyped_rank(x->type) && untyped_rank(y->type))) {
            const char *es = e ? check_expr_str(e) : check_sprintf("%s %s %s", check_expr_str(x->expr), op_string(op), check_expr_str(y->expr));
            check_errorf(c, e ? check_expr_start(e) : pos, "invalid operation: %s (mismatched types %s and %s)", es, check_type_str(c, x->type),
                         check_type_str(c, y->type));
            check_invalidate(x);
            return;
        }
    }
    if (!op_defined(c, op, x, e ? check_expr_start(e) : pos, true)) {
        check_invalidate(x);
        return;
    }
    if ((op == OP_QUO || op == OP_REM) && is_zero(y) && (x->mode == MODE_CONST || type_is_integer(check_core_type(x->type)))) {
        check_errorf(c, y->expr->pos, "invalid operation: division by zero");
        check_invalidate(x);
        return;
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST && x->val && y->val) {
        Type *u = check_core_type(x->type);
        bool intdiv = type_is_integer(u) && x->val->kind == CK_INT && y->val->kind == CK_INT;
        if (u->kind == KIND_UNTYPED_FLOAT || type_is_float(u)) intdiv = false;
        Const *a = x->val, *b = y->val;
        if (type_is_integer(u) && u->kind != KIND_UNTYPED_INT && u->kind != KIND_UNTYPED_RUNE) {
            a = const_to_int(a);
            b = const_to_int(b);
            intdiv = true;
        }
        if (!a || !b) {
            check_invalidate(x);
            return;
        }
        Const *r = const_binary(op, a, b, intdiv);
        if (!r) {
            check_errorf(c, y->expr->pos, "invalid operation: division by zero");
            check_invalidate(x);
            return;
        }
        x->val = r;
        x->expr = e;
        check_overflow(c, x, e ? check_expr_start(e) : pos);
        return;
    }
    x->mode = MODE_VALUE;
    x->val = NULL;
}

/* Leftmost position of an expression (for operand-positioned messages). */
static Pos leftmost(Expr *e) {
    while (e && (e->kind == EX_BINARY || e->kind == EX_INDEX || e->kind == EX_SLICE || e->kind == EX_CALL ||
                 e->kind == EX_SELECTOR || e->kind == EX_TYPEASSERT) && e->x)
        e = e->x;
    return e ? e->pos : (Pos){0, 0};
}

/* Checks a binary expression. */
static void binary(Checker *c, Expr *e, Operand *x, Type *hint) {
    Operand y;
    if (e->op == OP_SHL || e->op == OP_SHR) {
        check_expr_hint(c, e->x, hint, x);
        check_expr(c, e->y, &y);
        if (x->mode == MODE_INVALID || y.mode == MODE_INVALID) {
            check_invalidate(x);
            return;
        }
        shift(c, e, e->op, x, &y, e->pos, hint);
        return;
    }
    check_expr_hint(c, e->x, hint, x);
    check_expr_hint(c, e->y, hint, &y);
    if (x->mode == MODE_INVALID || y.mode == MODE_INVALID) {
        check_invalidate(x);
        return;
    }
    for (Operand *o = x; o; o = o == x ? &y : NULL) {
        if (o->mode == MODE_TYPE || o->mode == MODE_NOVALUE || o->mode == MODE_BUILTIN || o->mode == MODE_PKG ||
            (o->type && o->type->kind == KIND_TUPLE)) {
            if (o->mode == MODE_NOVALUE) check_errorf(c, o->expr->pos, "%s (no value) used as value", check_expr_str(o->expr));
            else if (o->mode == MODE_TYPE) check_errorf(c, o->expr->pos, "%s (type) is not an expression", check_expr_str(o->expr));
            else if (o->mode == MODE_PKG) check_errorf(c, o->expr->pos, "use of package %s without selector", check_expr_str(o->expr));
            else if (o->mode == MODE_BUILTIN) check_errorf(c, o->expr->pos, "%s (built-in) must be called", check_expr_str(o->expr));
            else check_errorf(c, check_expr_start(o->expr), "multiple-value %s (value of type %s) in single-value context", check_expr_str(o->expr), check_type_str(c, o->type));
            check_invalidate(x);
            return;
        }
    }
    Pos pos = e->pos;
    (void)leftmost;
    check_binary_op(c, e, e->op, x, &y, pos);
    if (x->mode != MODE_INVALID) x->expr = e;
}

/* Checks a unary expression. */
static void unary(Checker *c, Expr *e, Operand *x, Type *hint) {
    if (e->op == OP_ADDR) {
        Expr *inner = e->x;
        while (inner->kind == EX_PAREN) inner = inner->x;
        if (inner->kind == EX_COMPOSITE) {
            Type *h = hint && hint->kind == KIND_POINTER ? hint->elem : NULL;
            check_expr_hint(c, e->x, h, x);
            if (x->mode == MODE_INVALID) return;
            x->mode = MODE_VALUE;
            x->type = type_pointer(x->type);
            return;
        }
        check_expr(c, e->x, x);
        if (x->mode == MODE_INVALID) return;
        if (x->mode != MODE_VAR) {
            check_errorf(c, check_expr_start(e->x), "invalid operation: cannot take address of %s", check_operand_str(c, x));
            check_invalidate(x);
            return;
        }
        check_mark_addr(e->x);
        x->mode = MODE_VALUE;
        x->type = type_pointer(x->type);
        return;
    }
    if (e->op == OP_ARROW) {
        check_expr(c, e->x, x);
        if (x->mode == MODE_INVALID) return;
        Type *u = check_core_type(x->type);
        if (!u || u->kind != KIND_CHAN) {
            check_errorf(c, check_expr_start(e->x), "invalid operation: cannot receive from non-channel %s", check_operand_str(c, x));
            check_invalidate(x);
            return;
        }
        if (!(u->dir & CHAN_RECV)) {
            check_errorf(c, check_expr_start(e->x), "invalid operation: cannot receive from send-only channel %s", check_operand_str(c, x));
            check_invalidate(x);
            return;
        }
        x->mode = MODE_COMMAOK;
        x->type = u->elem;
        x->val = NULL;
        return;
    }
    check_expr_hint(c, e->x, hint, x);
    if (x->mode == MODE_INVALID) return;
    if (x->mode != MODE_CONST && x->mode != MODE_VAR && x->mode != MODE_VALUE && x->mode != MODE_MAPINDEX &&
        x->mode != MODE_COMMAOK) {
        check_errorf(c, e->x->pos, "%s is not an expression", check_operand_str(c, x));
        check_invalidate(x);
        return;
    }
    if (!op_defined(c, e->op, x, check_expr_start(e->x), false)) {
        check_invalidate(x);
        return;
    }
    if (x->mode == MODE_CONST && x->val) {
        int ubits = 0;
        Type *u = check_core_type(x->type);
        if (e->op == OP_XOR && type_is_unsigned(u)) ubits = (int)u->size * 8;
        Const *v = x->val;
        if (e->op == OP_XOR && !type_is_untyped(x->type)) v = const_to_int(v);
        if (!v) {
            check_invalidate(x);
            return;
        }
        x->val = const_unary(e->op, v, ubits);
        x->expr = e;
        check_overflow(c, x, e->pos);
        return;
    }
    x->mode = MODE_VALUE;
    x->val = NULL;
}

/* Checks a selector expression. */
static void selector(Checker *c, Expr *e, Operand *x) {
    Operand base;
    check_expr_or_type(c, e->x, &base);
    if (base.mode == MODE_INVALID) {
        check_invalidate(x);
        return;
    }
    if (base.mode == MODE_PKG) {
        Package *p = base.pkg;
        Symbol *m = check_scope_lookup_local(p->scope, e->name);
        unsigned char ch = (unsigned char)e->name[0];
        bool exp = (ch >= 'A' && ch <= 'Z') || ch >= 0x80;
        if (!m || m->kind == SYM_PKG) {
            check_errorf(c, check_sel_pos(c, e), "undefined: %s.%s", p->name, e->name);
            check_invalidate(x);
            return;
        }
        if (!exp) {
            check_errorf(c, e->x->pos, "name %s not exported by package %s", e->name, p->name);
            check_invalidate(x);
            return;
        }
        e->selkind = SEL_PKG;
        e->sym = m;
        check_resolve(c, m); /* a function of a standard package may be unresolved */
        check_note_use(c, m);
        switch (m->kind) {
        case SYM_VAR: x->mode = MODE_VAR; x->type = m->type; break;
        case SYM_CONST: x->mode = MODE_CONST; x->type = m->type; x->val = m->exact; break;
        case SYM_TYPE:
            x->mode = MODE_TYPE;
            x->type = m->type;
            if (!m->type && check_generic_tparams(c, m)) {
                x->generic = m;
                return;
            }
            break;
        case SYM_FUNC: x->mode = MODE_VALUE; x->type = m->type; break;
        default: check_invalidate(x); return;
        }
        if (!x->type) check_invalidate(x);
        return;
    }
    if (base.mode == MODE_TYPE) {
        /* Method expression T.m or (*T).m. */
        Type *t = base.type;
        if (!t) {
            check_errorf(c, e->x->pos, "cannot use generic type %s without instantiation", base.generic ? base.generic->name : "?");
            check_invalidate(x);
            return;
        }
        Lookup lk;
        if (!check_lookup_field_or_method(t, e->name, &lk) || (lk.kind != SEL_METHOD && lk.kind != SEL_IFACE)) {
            check_errorf(c, e->namepos, "%s.%s undefined (type %s has no method %s)", check_expr_str(e->x), e->name,
                         check_type_str(c, t), e->name);
            check_invalidate(x);
            return;
        }
        if (lk.kind == SEL_METHOD && lk.method->ptr_recv && t->kind != KIND_POINTER &&
            !check_path_has_ptr(t, lk.path, lk.npath)) {
            check_errorf(c, e->pos, "invalid method expression %s.%s (needs pointer receiver (*%s).%s)",
                         check_expr_str(e->x), e->name, check_type_str(c, t), e->name);
            check_invalidate(x);
            return;
        }
        e->selkind = SEL_METHOD_EXPR;
        e->method = lk.method;
        e->recv_type = lk.recv_type;
        e->path = lk.path;
        e->npath = lk.npath;
        e->method_index = lk.method_index;
        Type *sig = lk.type;
        Type **ps = GC_MALLOC(sizeof(Type *) * (sig->nparams + 1));
        ps[0] = t;
        for (int i = 0; i < sig->nparams; i++) ps[i + 1] = sig->params[i];
        x->mode = MODE_VALUE;
        x->type = type_func(ps, sig->nparams + 1, sig->results, sig->nresults, sig->variadic);
        return;
    }
    if (base.mode == MODE_NOVALUE || base.mode == MODE_BUILTIN) {
        check_errorf(c, e->x->pos, "%s (no value) used as value", check_expr_str(e->x));
        check_invalidate(x);
        return;
    }
    if (base.type && base.type->kind == KIND_TUPLE) {
        check_errorf(c, check_expr_start(e->x), "multiple-value %s (value of type %s) in single-value context", check_expr_str(e->x), check_type_str(c, base.type));
        check_invalidate(x);
        return;
    }
    check_default(c, &base);
    Type *t = base.type;
    Lookup lk;
    if (!check_lookup_field_or_method(t, e->name, &lk)) {
        if (lk.ambiguous) {
            check_errorf(c, check_sel_pos(c, e), "ambiguous selector %s", check_expr_str(e));
        } else if (t && t->kind == KIND_POINTER && t->elem && t->elem->kind == KIND_INTERFACE) {
            check_errorf(c, e->pos, "%s undefined (type %s is pointer to interface, not interface)", check_expr_str(e),
                         check_type_str(c, t));
        } else {
            /* A different capitalisation? */
            const char *alt = NULL;
            char buf[256];
            snprintf(buf, sizeof buf, "%s", e->name);
            unsigned char c0 = (unsigned char)buf[0];
            if (c0 >= 'a' && c0 <= 'z') buf[0] = (char)(c0 - 32);
            else if (c0 >= 'A' && c0 <= 'Z') buf[0] = (char)(c0 + 32);
            Lookup l2;
            if (strcmp(buf, e->name) != 0 && check_lookup_field_or_method(t, buf, &l2)) alt = buf;
            const char *what = "field or method";
            if (alt)
                check_errorf(c, check_sel_pos(c, e), "%s undefined (type %s has no %s %s, but does have %s %s)", check_expr_str(e),
                             check_type_str(c, t), what, e->name, l2.kind == SEL_FIELD ? "field" : "method", alt);
            else
                check_errorf(c, check_sel_pos(c, e), "%s undefined (type %s has no %s %s)", check_expr_str(e), check_type_str(c, t),
                             what, e->name);
        }
        check_invalidate(x);
        return;
    }
    e->path = lk.path;
    e->npath = lk.npath;
    if (lk.kind == SEL_FIELD) {
        e->selkind = SEL_FIELD;
        x->type = lk.type;
        /* Addressable if the base is, or if the path goes through a pointer. */
        bool through_ptr = t->kind == KIND_POINTER && !t->name;
        if (!through_ptr) {
            Type *w = t;
            for (int i = 0; i + 1 < lk.npath; i++) {
                Type *wu = w->underlying ? w->underlying : w;
                if (wu->kind == KIND_POINTER) wu = wu->elem->underlying;
                Type *ft = wu->fields[lk.path[i]].type;
                if (ft->kind == KIND_POINTER && !ft->name) through_ptr = true;
                w = ft;
            }
        }
        x->mode = (base.mode == MODE_VAR || through_ptr) ? MODE_VAR : MODE_VALUE;
        x->val = NULL;
        return;
    }
    e->method = lk.method;
    e->recv_type = lk.recv_type;
    e->method_index = lk.method_index;
    if (lk.kind == SEL_IFACE) {
        e->selkind = SEL_IFACE;
        x->mode = MODE_VALUE;
        x->type = lk.type;
        return;
    }
    e->selkind = SEL_METHOD;
    if (c->repl && lk.recv_type && lk.recv_type->name && lk.recv_type->pkg && strcmp(lk.recv_type->pkg, "main") == 0)
        check_note_session_use(c, check_sprintf("%s.%s", lk.recv_type->name, e->name));
    /* The receiver's type at the end of the path. */
    Type *rt = t;
    for (int i = 0; i < lk.npath; i++) {
        Type *ru = rt->underlying ? rt->underlying : rt;
        if (ru->kind == KIND_POINTER && !rt->name) ru = ru->elem->underlying;
        rt = ru->fields[lk.path[i]].type;
    }
    bool rptr = rt->kind == KIND_POINTER && !rt->name;
    if (lk.method->ptr_recv && !rptr) {
        bool addressable = base.mode == MODE_VAR || (t->kind == KIND_POINTER && lk.npath > 0);
        if (lk.npath > 0 && !addressable) {
            /* Through embedded pointers the receiver may still be addressable. */
            Type *w = t;
            for (int i = 0; i < lk.npath; i++) {
                Type *wu = w->underlying ? w->underlying : w;
                if (wu->kind == KIND_POINTER) wu = wu->elem->underlying ? wu->elem->underlying : wu->elem;
                Type *ft = wu->fields[lk.path[i]].type;
                if (ft->kind == KIND_POINTER && !ft->name && i + 1 < lk.npath) addressable = true;
                w = ft;
            }
        }
        if (!addressable) {
            check_errorf(c, check_sel_pos(c, e), "cannot call pointer method %s on %s", e->name, check_type_str(c, rt));
            check_invalidate(x);
            return;
        }
        e->recv_addr = true;
        if (lk.npath == 0 || !(t->kind == KIND_POINTER)) check_mark_addr(e->x);
    } else if (!lk.method->ptr_recv && rptr) {
        e->recv_deref = true;
    }
    x->mode = MODE_VALUE;
    x->type = lk.type;
}

bool check_const_int(Checker *c, Expr *e, int64_t *out, const char *what) {
    Operand x;
    check_expr(c, e, &x);
    if (x.mode == MODE_INVALID) return false;
    if (x.mode != MODE_CONST) return false;
    if (!const_int64_of(x.val, out)) return false;
    return true;
}

/* Checks an index value (must be integer; constant ones non-negative and < max). */
static bool index_value(Checker *c, Expr *e, int64_t max, int64_t *cval, const char *what) {
    Operand x;
    check_expr(c, e, &x);
    if (cval) *cval = -1;
    if (x.mode == MODE_INVALID) return false;
    /* An untyped constant index is given type int (or fails to be one). */
    if (x.mode == MODE_CONST && x.val && type_is_untyped(x.type)) check_convert_untyped(c, &x, type_int);
    if (x.mode == MODE_INVALID) return false;
    check_default(c, &x);
    if (x.mode == MODE_INVALID) return false;
    Type *u = check_core_type(x.type);
    if (x.mode == MODE_CONST && x.val && type_is_untyped(x.type)) u = x.type;
    if (!u || !type_is_integer(u)) {
        if (x.mode == MODE_CONST && x.val && const_to_int(x.val) && x.val->kind != CK_STRING) {
            /* An integral float constant is a valid index. */
        } else {
            check_errorf(c, e->pos, "invalid argument: %s %s must be integer", what, check_operand_str(c, &x));
            return false;
        }
    }
    if (x.mode == MODE_CONST && x.val) {
        int64_t v;
        if (!const_int64_of(x.val, &v) || v < 0) {
            check_errorf(c, e->pos, "invalid argument: %s %s must not be negative", what, check_operand_str(c, &x));
            return false;
        }
        if (max >= 0 && v >= max) {
            check_errorf(c, e->pos, "invalid argument: %s %s out of bounds [0:%lld]", what, const_repr(x.val), (long long)max);
            return false;
        }
        if (cval) *cval = v;
    }
    return true;
}

extern void check_generic_call_targs(Checker *c, Expr *e, Operand *x);

/* Checks an index expression. */
static void index_expr(Checker *c, Expr *e, Operand *x) {
    check_expr_or_type(c, e->x, x);
    if (x->mode == MODE_INVALID) return;
    if (x->mode == MODE_TYPE) {
        if (!x->generic) {
            check_errorf(c, e->x->pos, "%s is not a generic type", check_type_str(c, x->type));
            check_invalidate(x);
            return;
        }
        Type **targs = GC_MALLOC(sizeof(Type *) * (e->list.n + 1));
        for (int i = 0; i < e->list.n; i++) {
            targs[i] = check_typexpr(c, e->list.v[i]);
            if (!targs[i]) {
                check_invalidate(x);
                return;
            }
        }
        Type *t = check_instantiate_type(c, x->generic, targs, e->list.n, e->pos);
        if (!t) {
            check_invalidate(x);
            return;
        }
        x->generic = NULL;
        x->mode = MODE_TYPE;
        x->type = t;
        return;
    }
    if (x->type && x->type->kind == KIND_FUNC && x->mode == MODE_VALUE && e->x->sym && e->x->sym->decl &&
        e->x->sym->decl->ftype && e->x->sym->decl->ftype->tparams.n) {
        check_generic_call_targs(c, e, x);
        return;
    }
    if (e->list.n != 1) {
        check_errorf(c, e->pos, "unexpected comma; expecting ]");
        check_invalidate(x);
        return;
    }
    Expr *ix = e->list.v[0];
    Type *u = check_core_type(x->type);
    if (x->mode == MODE_CONST && x->val && x->val->kind == CK_STRING) {
        int64_t v;
        if (!index_value(c, ix, x->val->len, &v, "index")) {
            check_invalidate(x);
            return;
        }
        if (v >= 0) {
            x->val = const_int64((unsigned char)x->val->s[v]);
            x->mode = MODE_VALUE;
            x->type = type_uint8;
            x->val = NULL;
            return;
        }
        check_default(c, x);
        x->mode = MODE_VALUE;
        x->type = type_uint8;
        return;
    }
    if (!u) {
        check_errorf(c, e->pos, "invalid operation: cannot index %s", check_operand_str(c, x));
        check_invalidate(x);
        return;
    }
    switch (u->kind) {
    case KIND_STRING:
    case KIND_UNTYPED_STRING:
        check_default(c, x);
        if (!index_value(c, ix, -1, NULL, "index")) break;
        x->mode = MODE_VALUE;
        x->type = type_uint8;
        x->val = NULL;
        return;
    case KIND_ARRAY:
        if (!index_value(c, ix, u->len, NULL, "index")) break;
        x->type = u->elem;
        if (x->mode != MODE_VAR) x->mode = MODE_VALUE;
        x->val = NULL;
        return;
    case KIND_POINTER:
        if (u->elem->underlying && u->elem->underlying->kind == KIND_ARRAY) {
            if (!index_value(c, ix, u->elem->underlying->len, NULL, "index")) break;
            x->type = u->elem->underlying->elem;
            x->mode = MODE_VAR;
            return;
        }
        goto bad;
    case KIND_SLICE:
        if (!index_value(c, ix, -1, NULL, "index")) break;
        x->type = u->elem;
        x->mode = MODE_VAR;
        return;
    case KIND_MAP: {
        Operand k;
        check_expr_hint(c, ix, u->key, &k);
        if (k.mode == MODE_INVALID) break;
        check_assign_to(c, &k, u->key, "map index", &e->list.v[0]);
        if (k.mode == MODE_INVALID) break;
        x->type = u->elem;
        x->mode = MODE_MAPINDEX;
        return;
    }
    default:
    bad:
        check_errorf(c, e->x->pos, "invalid operation: cannot index %s", check_operand_str(c, x));
        break;
    }
    check_invalidate(x);
}

/* Checks a slice expression. */
static void slice_expr(Checker *c, Expr *e, Operand *x) {
    check_expr(c, e->x, x);
    if (x->mode == MODE_INVALID) return;
    Type *u = check_core_type(x->type);
    int64_t length = -1;
    Type *result = NULL;
    if (x->mode == MODE_CONST && x->val && x->val->kind == CK_STRING) length = x->val->len;
    if (!u) goto bad;
    switch (u->kind) {
    case KIND_STRING:
    case KIND_UNTYPED_STRING:
        if (e->slice3) {
            check_errorf(c, e->pos, "invalid operation: 3-index slice of string");
            check_invalidate(x);
            return;
        }
        check_default(c, x);
        result = x->type;
        break;
    case KIND_ARRAY:
        if (x->mode != MODE_VAR) {
            check_errorf(c, e->pos, "invalid operation: %s (slice of unaddressable value)", check_expr_str(e));
            check_invalidate(x);
            return;
        }
        check_mark_addr(e->x);
        length = u->len;
        result = type_slice(u->elem);
        break;
    case KIND_POINTER:
        if (u->elem->underlying && u->elem->underlying->kind == KIND_ARRAY) {
            length = u->elem->underlying->len;
            result = type_slice(u->elem->underlying->elem);
            break;
        }
        goto bad;
    case KIND_SLICE: result = x->type; break;
    default:
    bad:
        check_errorf(c, e->x->pos, "cannot slice %s", check_operand_str(c, x));
        check_invalidate(x);
        return;
    }
    int64_t vals[3] = {-1, -1, -1};
    Expr *parts[3] = {e->y, e->z, e->w};
    for (int i = 0; i < 3; i++)
        if (parts[i] && !index_value(c, parts[i], length >= 0 ? length + 1 : -1, &vals[i], "index")) {
            check_invalidate(x);
            return;
        }
    for (int i = 0; i < 3; i++)
        for (int j = i + 1; j < 3; j++)
            if (vals[i] >= 0 && vals[j] >= 0 && vals[i] > vals[j]) {
                check_errorf(c, parts[j]->pos, "invalid slice indices: %lld < %lld", (long long)vals[j], (long long)vals[i]);
                check_invalidate(x);
                return;
            }
    x->mode = MODE_VALUE;
    x->type = result;
    x->val = NULL;
}

/* Checks a type assertion x.(T). */
static void type_assert(Checker *c, Expr *e, Operand *x) {
    check_expr(c, e->x, x);
    if (x->mode == MODE_INVALID) return;
    if (!e->y) {
        check_errorf(c, e->pos, "invalid syntax tree: use of .(type) outside type switch");
        check_invalidate(x);
        return;
    }
    Type *u = x->type;
    if (!u || u->kind != KIND_INTERFACE || type_is_untyped(u)) {
        check_errorf(c, e->x->pos, "invalid operation: %s is not an interface", check_operand_str(c, x));
        check_invalidate(x);
        return;
    }
    Type *t = check_typexpr(c, e->y);
    if (!t) {
        check_invalidate(x);
        return;
    }
    if (t->kind != KIND_INTERFACE) {
        const char *reason = NULL;
        if (!check_implements(c, t, x->type, &reason)) {
            check_errorf(c, check_expr_start(e), "impossible type assertion: %s\n\t%s", check_expr_str(e), reason ? reason : "");
            check_invalidate(x);
            return;
        }
    }
    x->mode = MODE_COMMAOK;
    x->type = t;
    x->val = NULL;
}

/* Checks one element value of a composite literal against type t. */
static void element(Checker *c, Expr **slot, Type *t, const char *ctx) {
    Expr *v = *slot;
    Operand y;
    if (v->kind == EX_COMPOSITE && !v->x) {
        /* Elided type: T, or &T for a *T element. */
        Type *tu = t->underlying ? t->underlying : t;
        if (tu->kind == KIND_POINTER && !t->name) {
            check_expr_hint(c, v, tu->elem, &y);
            if (y.mode == MODE_INVALID) return;
            Expr *addr = GC_MALLOC(sizeof(Expr));
            addr->kind = EX_UNARY;
            addr->op = OP_ADDR;
            addr->pos = v->pos;
            addr->x = v;
            addr->type = t;
            addr->mode = MODE_VALUE;
            addr->variadic_from = -1;
            *slot = addr;
            return;
        }
        check_expr_hint(c, v, t, &y);
        return;
    }
    check_expr_hint(c, v, t, &y);
    if (y.mode == MODE_INVALID) return;
    check_assign_to(c, &y, t, ctx, slot);
}

/* Checks a composite literal. */
static void composite(Checker *c, Expr *e, Type *hint, Operand *x) {
    Type *t = NULL;
    if (e->x) {
        if (e->x->kind == EX_ARRAYTYPE && e->x->y && e->x->y->kind == EX_ELLIPSIS) {
            Type *el = check_typexpr(c, e->x->x);
            if (!el) {
                check_invalidate(x);
                return;
            }
            /* Length from the elements. */
            int64_t maxi = 0, idx = 0;
            for (int i = 0; i < e->list.n; i++) {
                Expr *v = e->list.v[i];
                if (v->kind == EX_KEYVALUE) {
                    int64_t k;
                    if (check_const_int(c, v->x, &k, "index")) idx = k;
                }
                idx++;
                if (idx > maxi) maxi = idx;
            }
            t = type_array(el, maxi);
            e->x->type = t;
            e->x->mode = MODE_TYPE;
        } else {
            t = check_typexpr(c, e->x);
        }
    } else {
        t = hint;
        if (!t) {
            check_errorf(c, e->pos, "invalid composite literal type: missing type");
            check_invalidate(x);
            return;
        }
    }
    if (!t) {
        check_invalidate(x);
        return;
    }
    if (t->name && t->pkg && !t->underlying) {
        /* The literal's type is still being declared: type T [len(T{})]int. */
        check_report_type_cycle(c, e->x && e->x->kind == EX_IDENT ? e->x->sym : NULL, t, e->pos);
        check_invalidate(x);
        return;
    }
    Type *u = check_core_type(t);
    if (!u) u = t;
    switch (u->kind) {
    case KIND_STRUCT: {
        if (e->list.n == 0) break;
        bool keyed = e->list.v[0]->kind == EX_KEYVALUE;
        if (keyed) {
            bool *seen = GC_MALLOC_ATOMIC(sizeof(bool) * (u->nfields + 1));
            memset(seen, 0, sizeof(bool) * (u->nfields + 1));
            for (int i = 0; i < e->list.n; i++) {
                Expr *kv = e->list.v[i];
                if (kv->kind != EX_KEYVALUE) {
                    check_errorf(c, kv->pos, "mixture of field:value and value elements in struct literal");
                    continue;
                }
                if (kv->x->kind != EX_IDENT) {
                    check_errorf(c, kv->x->pos, "invalid field name %s in struct literal", check_expr_str(kv->x));
                    continue;
                }
                int fi = -1;
                for (int f = 0; f < u->nfields; f++)
                    if (strcmp(u->fields[f].name, kv->x->name) == 0) fi = f;
                if (fi < 0) {
                    check_errorf(c, kv->x->pos, "unknown field %s in struct literal of type %s", kv->x->name,
                                 check_type_str(c, t));
                    Operand dummy;
                    check_expr(c, kv->y, &dummy);
                    continue;
                }
                if (seen[fi]) check_errorf(c, kv->x->pos, "duplicate field name %s in struct literal", kv->x->name);
                seen[fi] = true;
                kv->x->mode = MODE_VALUE;
                kv->x->type = u->fields[fi].type;
                kv->x->path = GC_MALLOC_ATOMIC(sizeof(int));
                kv->x->path[0] = fi;
                kv->x->npath = 1;
                kv->x->selkind = SEL_FIELD;
                element(c, &kv->y, u->fields[fi].type, "struct literal");
            }
        } else {
            int i;
            for (i = 0; i < e->list.n; i++) {
                Expr *v = e->list.v[i];
                if (v->kind == EX_KEYVALUE) {
                    check_errorf(c, v->pos, "mixture of field:value and value elements in struct literal");
                    continue;
                }
                if (i >= u->nfields) {
                    check_errorf(c, v->pos, "too many values in struct literal of type %s", check_type_str(c, t));
                    break;
                }
                element(c, &e->list.v[i], u->fields[i].type, "struct literal");
            }
            if (i < u->nfields && i == e->list.n) {
                Pos p = e->list.n ? e->list.v[e->list.n - 1]->pos : e->pos;
                check_errorf(c, p, "too few values in struct literal of type %s", check_type_str(c, t));
            }
        }
        break;
    }
    case KIND_ARRAY:
    case KIND_SLICE: {
        int64_t idx = 0;
        int64_t max = u->kind == KIND_ARRAY ? u->len : -1;
        int64_t *seen = NULL;
        int nseen = 0;
        for (int i = 0; i < e->list.n; i++) {
            Expr **slot = &e->list.v[i];
            Expr *v = *slot;
            if (v->kind == EX_KEYVALUE) {
                int64_t k;
                if (!index_value(c, v->x, max, &k, "index")) {
                    Operand d;
                    check_expr(c, v->y, &d);
                    continue;
                }
                if (k < 0) {
                    check_errorf(c, v->x->pos, "index %s must be integer constant", check_expr_str(v->x));
                    continue;
                }
                idx = k;
                slot = &v->y;
            } else if (max >= 0 && idx >= max) {
                check_errorf(c, v->pos, "index %lld is out of bounds (>= %lld)", (long long)idx, (long long)max);
                idx++;
                continue;
            }
            for (int s = 0; s < nseen; s++)
                if (seen[s] == idx) check_errorf(c, v->pos, "duplicate index %lld in array or slice literal", (long long)idx);
            seen = GC_REALLOC(seen, sizeof(int64_t) * (nseen + 1));
            seen[nseen++] = idx;
            element(c, slot, u->elem, "array or slice literal");
            idx++;
        }
        break;
    }
    case KIND_MAP:
        for (int i = 0; i < e->list.n; i++) {
            Expr *v = e->list.v[i];
            if (v->kind != EX_KEYVALUE) {
                check_errorf(c, v->pos, "missing key in map literal");
                continue;
            }
            element(c, &v->x, u->key, "map literal");
            element(c, &v->y, u->elem, "map literal");
        }
        /* Duplicate constant keys. */
        for (int i = 0; i < e->list.n; i++) {
            Expr *a = e->list.v[i];
            if (a->kind != EX_KEYVALUE) continue;
            Expr *ka = a->x->kind == EX_CONVERT ? a->x->x : a->x;
            if (ka->mode != MODE_CONST) continue;
            for (int j = 0; j < i; j++) {
                Expr *b = e->list.v[j];
                if (b->kind != EX_KEYVALUE) continue;
                Expr *kb = b->x->kind == EX_CONVERT ? b->x->x : b->x;
                if (kb->mode != MODE_CONST || kb->type != ka->type) continue;
                bool cx = type_is_complex(ka->type);
                bool same = type_is_string(ka->type)
                                ? str_len(ka->cval) == str_len(kb->cval) && memcmp(str_ptr(ka->cval), str_ptr(kb->cval), (size_t)str_len(ka->cval)) == 0
                            : cx ? cplx_real(ka->cval) == cplx_real(kb->cval) && cplx_imag(ka->cval) == cplx_imag(kb->cval)
                                 : ka->cval.u == kb->cval.u;
                if (same) {
                    const char *ks = cx ? check_sprintf("(%g + %gi)", cplx_real(ka->cval), cplx_imag(ka->cval)) : check_expr_str(ka);
                    check_errorf(c, check_expr_start(ka), "duplicate key %s in map literal", ks);
                    break;
                }
            }
        }
        break;
    default:
        check_errorf(c, e->pos, "invalid composite literal type %s", check_type_str(c, t));
        check_invalidate(x);
        return;
    }
    x->mode = MODE_VALUE;
    x->type = t;
}

/* Dispatches on the expression kind. */
static void expr_internal(Checker *c, Expr *e, Type *hint, Operand *x) {
    memset(x, 0, sizeof *x);
    x->expr = e;
    e->variadic_from = -1;
    switch (e->kind) {
    case EX_BAD: check_invalidate(x); break;
    case EX_IDENT: ident(c, e, x); break;
    case EX_BASICLIT: basic_lit(c, e, x); break;
    case EX_COMPOSITE: composite(c, e, hint, x); break;
    case EX_FUNCLIT: func_lit(c, e, x); break;
    case EX_PAREN: {
        check_expr_or_type(c, e->x, x);
        if (x->mode == MODE_INVALID) break;
        if (x->mode == MODE_TYPE || x->mode == MODE_PKG || x->mode == MODE_BUILTIN) break;
        x->expr = e;
        break;
    }
    case EX_SELECTOR: selector(c, e, x); break;
    case EX_INDEX: index_expr(c, e, x); break;
    case EX_SLICE: slice_expr(c, e, x); break;
    case EX_TYPEASSERT: type_assert(c, e, x); break;
    case EX_CALL: check_call(c, e, x); break;
    case EX_STAR: {
        check_expr_or_type(c, e->x, x);
        if (x->mode == MODE_INVALID) break;
        if (x->mode == MODE_TYPE) {
            if (!x->type) {
                check_errorf(c, e->x->pos, "cannot use generic type %s without instantiation", x->generic ? x->generic->name : "?");
                check_invalidate(x);
                break;
            }
            x->type = type_pointer(x->type);
            break;
        }
        if (x->type == type_untyped_nil) {
            check_errorf(c, check_expr_start(e->x), "invalid operation: cannot indirect nil");
            check_invalidate(x);
            break;
        }
        Type *u = check_core_type(x->type);
        if (!u || u->kind != KIND_POINTER) {
            check_errorf(c, check_expr_start(e->x), "invalid operation: cannot indirect %s", check_operand_str(c, x));
            check_invalidate(x);
            break;
        }
        x->mode = MODE_VAR;
        x->type = u->elem;
        x->val = NULL;
        break;
    }
    case EX_UNARY: unary(c, e, x, hint); break;
    case EX_BINARY: binary(c, e, x, hint); break;
    case EX_KEYVALUE:
        check_errorf(c, e->pos, "unexpected key:value expression");
        check_invalidate(x);
        break;
    case EX_ARRAYTYPE:
    case EX_STRUCTTYPE:
    case EX_FUNCTYPE:
    case EX_INTERFACETYPE:
    case EX_MAPTYPE:
    case EX_CHANTYPE: {
        Type *t = check_typexpr(c, e);
        if (!t) check_invalidate(x);
        else {
            x->mode = MODE_TYPE;
            x->type = t;
        }
        break;
    }
    case EX_ELLIPSIS:
        check_errorf(c, e->pos, "invalid use of ...");
        check_invalidate(x);
        break;
    case EX_CONVERT:
        check_expr(c, e->x, x);
        x->mode = MODE_VALUE;
        x->type = e->type;
        x->expr = e;
        break;
    }
    x->expr = e;
    if (x->type == check_invalid_type()) check_invalidate(x); /* follow-on of a reported error */
    record(x);
}

void check_expr_or_type(Checker *c, Expr *e, Operand *x) {
    if (++c->depth > 2000) {
        check_errorf(c, e->pos, "expression nesting too deep");
        c->depth--;
        memset(x, 0, sizeof *x);
        x->expr = e;
        return;
    }
    expr_internal(c, e, NULL, x);
    c->depth--;
}

void check_multi_expr(Checker *c, Expr *e, Operand *x) {
    if (++c->depth > 2000) {
        check_errorf(c, e->pos, "expression nesting too deep");
        c->depth--;
        memset(x, 0, sizeof *x);
        x->expr = e;
        return;
    }
    expr_internal(c, e, NULL, x);
    c->depth--;
    if (x->mode == MODE_TYPE) {
        check_errorf(c, e->pos, "%s (type) is not an expression", check_expr_str(e));
        check_invalidate(x);
    } else if (x->mode == MODE_PKG) {
        check_errorf(c, e->pos, "use of package %s without selector", check_expr_str(e));
        check_invalidate(x);
    } else if (x->mode == MODE_BUILTIN) {
        check_errorf(c, e->pos, "%s (built-in) must be called", check_expr_str(e));
        check_invalidate(x);
    }
}

void check_expr_hint(Checker *c, Expr *e, Type *hint, Operand *x) {
    if (++c->depth > 2000) {
        check_errorf(c, e->pos, "expression nesting too deep");
        c->depth--;
        memset(x, 0, sizeof *x);
        x->expr = e;
        return;
    }
    expr_internal(c, e, hint, x);
    c->depth--;
    if (x->mode == MODE_TYPE) {
        check_errorf(c, e->pos, "%s (type) is not an expression", check_expr_str(e));
        check_invalidate(x);
    } else if (x->mode == MODE_PKG) {
        check_errorf(c, e->pos, "use of package %s without selector", check_expr_str(e));
        check_invalidate(x);
    } else if (x->mode == MODE_BUILTIN) {
        check_errorf(c, e->pos, "%s (built-in) must be called", check_expr_str(e));
        check_invalidate(x);
    } else if (x->mode == MODE_NOVALUE) {
        /* Reported by the consumer, which knows the context. */
    } else if (x->type && x->type->kind == KIND_TUPLE) {
        check_errorf(c, check_expr_start(e), "multiple-value %s (value of type %s) in single-value context", check_expr_str(e),
                     check_type_str(c, x->type));
        check_invalidate(x);
    }
}

void check_expr(Checker *c, Expr *e, Operand *x) { check_expr_hint(c, e, NULL, x); }
