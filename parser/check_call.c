/*
 * Calls: function and method calls (argument counts, spreading f(g()),
 * variadic packing), conversions T(x) with constant folding, and generic
 * function calls with type-argument inference by unification.
 *
 * Invariants:
 * - EX_CALL gets callkind; for CALL_FUNC, variadic_from and spread; argument
 *   expressions flowing into interface parameters are wrapped in EX_CONVERT
 *   (for a spread call the compiler converts each value to the parameter's
 *   type itself, the callee's signature telling which need boxing).
 * - A generic callee gets targs/ntargs in its order of type parameters; the
 *   call is then checked against the substituted signature.
 */
#include "parser/check.h"
#include "runtime/str.h"

#include <string.h>

/* The position of the bracket closing the one at `open`, found in the source text. */
Pos check_match_close(Checker *c, Pos open) {
    const char *t = c->src ? c->src->text : NULL;
    if (!t) return open;
    int line = 1;
    const char *p = t;
    while (*p && line < open.line) {
        if (*p == '\n') line++;
        p++;
    }
    p += open.col - 1;
    int col = open.col;
    int depth = 0;
    while (*p) {
        char ch = *p;
        if (ch == '"' || ch == '\'' || ch == '`') {
            char q = ch;
            p++;
            col++;
            while (*p && *p != q) {
                if (*p == '\\' && q != '`' && p[1]) {
                    p++;
                    col++;
                }
                if (*p == '\n') {
                    line++;
                    col = 0;
                }
                p++;
                col++;
            }
        } else if (ch == '/' && p[1] == '/') {
            while (*p && *p != '\n') p++;
            continue;
        } else if (ch == '/' && p[1] == '*') {
            p += 2;
            col += 2;
            while (*p && !(p[0] == '*' && p[1] == '/')) {
                if (*p == '\n') {
                    line++;
                    col = 0;
                }
                p++;
                col++;
            }
            if (*p) {
                p++;
                col++;
            }
        } else if (ch == '(' || ch == '{' || ch == '[') {
            depth++;
        } else if (ch == ')' || ch == '}' || ch == ']') {
            if (--depth == 0) return (Pos){line, col};
        } else if (ch == '\n') {
            line++;
            col = 0;
        }
        if (!*p) break;
        p++;
        col++;
    }
    return open;
}

/* A summary of argument types for have/want lines, as types2 prints them. */
const char *check_types_summary(Checker *c, Type **ts, int n, bool variadic) {
    char *s = "(";
    for (int i = 0; i < n; i++) {
        Type *t = ts[i];
        const char *name;
        if (!t) name = "invalid type";
        else if (t == type_untyped_nil) name = "nil";
        else if (type_is_untyped(t)) name = type_is_numeric(t) ? "number" : check_default_type(t)->name;
        else if (variadic && i == n - 1 && t->kind == KIND_SLICE) name = check_sprintf("...%s", check_type_str(c, t->elem));
        else name = check_type_str(c, t);
        s = check_sprintf("%s%s%s", s, i ? ", " : "", name);
    }
    return check_sprintf("%s)", s);
}

/* ---- generics ---- */

/* Binds type parameters by unifying a parameter type with an argument type. */
static bool unify(Type *p, Type *a, Type **binds, int n, int depth) {
    if (!p || !a || depth > 32) return true;
    if (p->kind == KIND_TYPEPARAM) {
        int i = p->tpindex;
        if (i < 0 || i >= n) return true;
        if (!binds[i]) {
            binds[i] = a;
            return true;
        }
        if (type_is_untyped(binds[i]) && !type_is_untyped(a)) {
            binds[i] = a;
            return true;
        }
        if (type_is_untyped(a)) return true;
        return binds[i] == a || binds[i]->underlying == a->underlying;
    }
    if (p->name) return true;
    Type *au = a->underlying ? a->underlying : a;
    if (au->kind != p->kind) return true;
    switch (p->kind) {
    case KIND_POINTER: case KIND_SLICE: case KIND_ARRAY: case KIND_CHAN:
        return unify(p->elem, au->elem, binds, n, depth + 1);
    case KIND_MAP:
        return unify(p->key, au->key, binds, n, depth + 1) && unify(p->elem, au->elem, binds, n, depth + 1);
    case KIND_FUNC:
        if (p->nparams != au->nparams || p->nresults != au->nresults) return true;
        for (int i = 0; i < p->nparams; i++) unify(p->params[i], au->params[i], binds, n, depth + 1);
        for (int i = 0; i < p->nresults; i++) unify(p->results[i], au->results[i], binds, n, depth + 1);
        return true;
    default:
        return true;
    }
}

/* Substitutes bound type parameters in t. */
static Type *subst(Type *t, Type **binds, int n, int depth) {
    if (!t || depth > 32) return t;
    if (t->kind == KIND_TYPEPARAM) {
        int i = t->tpindex;
        return (i >= 0 && i < n && binds[i]) ? binds[i] : t;
    }
    if (t->name) return t;
    switch (t->kind) {
    case KIND_POINTER: return type_pointer(subst(t->elem, binds, n, depth + 1));
    case KIND_SLICE: return type_slice(subst(t->elem, binds, n, depth + 1));
    case KIND_ARRAY: return type_array(subst(t->elem, binds, n, depth + 1), t->len);
    case KIND_CHAN: return type_chan(subst(t->elem, binds, n, depth + 1), t->dir);
    case KIND_MAP: return type_map(subst(t->key, binds, n, depth + 1), subst(t->elem, binds, n, depth + 1));
    case KIND_FUNC:
    case KIND_TUPLE: {
        Type **ps = GC_MALLOC(sizeof(Type *) * (t->nparams + 1));
        Type **rs = GC_MALLOC(sizeof(Type *) * (t->nresults + 1));
        for (int i = 0; i < t->nparams; i++) ps[i] = subst(t->params[i], binds, n, depth + 1);
        for (int i = 0; i < t->nresults; i++) rs[i] = subst(t->results[i], binds, n, depth + 1);
        if (t->kind == KIND_TUPLE) return type_tuple(ps, t->nparams);
        return type_func(ps, t->nparams, rs, t->nresults, t->variadic);
    }
    case KIND_STRUCT: {
        Field *fs = GC_MALLOC(sizeof(Field) * (t->nfields + 1));
        for (int i = 0; i < t->nfields; i++) {
            fs[i] = t->fields[i];
            fs[i].type = subst(t->fields[i].type, binds, n, depth + 1);
        }
        return type_struct(fs, t->nfields);
    }
    default:
        return t;
    }
}

/* The type parameters of a generic function symbol's declaration, in order. */
static int tparam_count(Expr *ftype) {
    int n = 0;
    for (int i = 0; i < ftype->tparams.n; i++) n += ftype->tparams.v[i]->names.n;
    return n;
}

/* The constraint of type parameter i. */
static Type *tparam_constraint(Expr *ftype, int i) {
    int k = 0;
    for (int a = 0; a < ftype->tparams.n; a++)
        for (int b = 0; b < ftype->tparams.v[a]->names.n; b++, k++)
            if (k == i) {
                Symbol *s = ftype->tparams.v[a]->names.v[b]->sym;
                return s && s->type ? s->type->constraint : type_any;
            }
    return type_any;
}

/* Whether t (as subst walks it) still mentions one of the n type parameters. */
static bool has_tparam(Type *t, int n, int depth) {
    if (!t || depth > 32) return false;
    if (t->kind == KIND_TYPEPARAM) return t->tpindex >= 0 && t->tpindex < n;
    if (t->name) return false;
    switch (t->kind) {
    case KIND_POINTER: case KIND_SLICE: case KIND_ARRAY: case KIND_CHAN:
        return has_tparam(t->elem, n, depth + 1);
    case KIND_MAP: return has_tparam(t->key, n, depth + 1) || has_tparam(t->elem, n, depth + 1);
    case KIND_FUNC:
    case KIND_TUPLE:
        for (int i = 0; i < t->nparams; i++)
            if (has_tparam(t->params[i], n, depth + 1)) return true;
        for (int i = 0; i < t->nresults; i++)
            if (has_tparam(t->results[i], n, depth + 1)) return true;
        return false;
    case KIND_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (has_tparam(t->fields[i].type, n, depth + 1)) return true;
        return false;
    default: return false;
    }
}

/* Core types of constraints help inference, both ways: a type parameter
 * constrained by ~[]E binds E from the argument's element type, and one
 * constrained by *T (or any single term) whose parameters are all bound is
 * bound to that term (func F[T any, PT interface{ *T; M() }]). */
static void infer_from_constraints(Expr *ftype, Type **binds, int n) {
    for (int round = 0; round < 3; round++)
        for (int i = 0; i < n; i++) {
            Type *ct = tparam_constraint(ftype, i);
            if (!ct || ct->nterms != 1) continue;
            if (binds[i]) {
                unify(ct->terms[0], binds[i], binds, n, 0);
            } else {
                /* Untyped constant arguments take their default types here. */
                Type **def = GC_MALLOC(sizeof(Type *) * (size_t)(n ? n : 1));
                for (int k = 0; k < n; k++)
                    def[k] = binds[k] && type_is_untyped(binds[k]) ? check_default_type(binds[k]) : binds[k];
                Type *t = subst(ct->terms[0], def, n, 0);
                if (t && !has_tparam(t, n, 0)) binds[i] = t;
            }
        }
}

/* The type-set terms of constraint t, as Go spells them in messages
 * ("int|float64" or "int | float64", by `sep`). */
static const char *terms_str(Checker *c, Type *t, const char *sep) {
    Type *u = t->nterms > 0 ? t : t->underlying;
    StrBuf b = {0};
    for (int k = 0; u && k < u->nterms; k++) {
        if (k) str_buf_puts(&b, sep);
        if (u->tilde && u->tilde[k]) str_buf_puts(&b, "~");
        str_buf_puts(&b, check_type_str(c, u->terms[k]));
    }
    return b.len ? b.p : "";
}

/* The parenthesized cause of an unsatisfied method constraint, reworded from
 * check_implements' reason (which starts with `prefix`) into Go 1.19's
 * instantiation wording: "(missing String method)", "(wrong type for M
 * method)" with its have/want lines, "(M method has pointer receiver)". */
static const char *constraint_reason(const char *reason, const char *prefix) {
    size_t np = strlen(prefix);
    if (!reason || strncmp(reason, prefix, np) != 0 || strncmp(reason + np, " (", 2) != 0) return "";
    const char *r = reason + np + 2;
    static const char *const forms[][2] = {
        {"missing method ", "missing %.*s method%s"},
        {"wrong type for method ", "wrong type for %.*s method%s"},
        {"method ", "%.*s method%s"},
    };
    for (size_t k = 0; k < sizeof forms / sizeof forms[0]; k++) {
        size_t nf = strlen(forms[k][0]);
        if (strncmp(r, forms[k][0], nf) != 0) continue;
        const char *name = r + nf;
        int len = (int)strcspn(name, " )");
        return check_sprintf(" (%s", check_sprintf(forms[k][1], len, name, name + len));
    }
    return check_sprintf(" (%s", r);
}

/* Checks the bound type arguments against their constraints and records them. */
static bool finish_targs(Checker *c, Expr *callee, Expr *ftype, Type **binds, int n, Pos pos) {
    for (int i = 0; i < n; i++) {
        if (!binds[i]) {
            int k = 0;
            const char *name = "?";
            for (int a = 0; a < ftype->tparams.n; a++)
                for (int b = 0; b < ftype->tparams.v[a]->names.n; b++, k++)
                    if (k == i) name = ftype->tparams.v[a]->names.v[b]->name;
            check_errorf(c, pos, "in call to %s, cannot infer %s", check_expr_str(callee), name);
            return false;
        }
        if (type_is_untyped(binds[i])) binds[i] = check_default_type(binds[i]);
        Type *ct = tparam_constraint(ftype, i);
        /* The constraint with the type arguments substituted in its terms
         * and method signatures (T Comparable[T] wants Compare(Num) for
         * T = Num); ct itself names it in messages. */
        Type *want = ct;
        Type *cu = ct && ct->underlying ? ct->underlying : ct;
        if (cu && cu->kind == KIND_INTERFACE && (ct->nterms > 0 || cu->nmethods > 0)) {
            Type **ts = NULL;
            if (ct->nterms > 0) {
                ts = GC_MALLOC(sizeof(Type *) * ct->nterms);
                for (int k = 0; k < ct->nterms; k++) ts[k] = subst(ct->terms[k], binds, n, 0);
            }
            Method *ms = GC_MALLOC(sizeof(Method) * (cu->nmethods + 1));
            for (int k = 0; k < cu->nmethods; k++) {
                ms[k] = cu->methods[k];
                ms[k].sig = subst(ms[k].sig, binds, n, 0);
            }
            want = ct->nterms > 0 ? type_interface_terms(ms, cu->nmethods, ts, ct->tilde, ct->nterms)
                                  : type_interface(ms, cu->nmethods);
        }
        const char *reason = NULL;
        if (ct && !check_implements(c, binds[i], want, &reason)) {
            const char *ts = check_type_str(c, binds[i]);
            Type *ctu = ct->underlying ? ct->underlying : ct;
            if (ct->nterms == -1 || ctu->nterms == -1)
                check_errorf(c, pos, "%s does not implement comparable", ts);
            else if (ct->nterms > 0 || ctu->nterms > 0)
                check_errorf(c, pos, "%s does not implement %s (%s missing in %s)", ts,
                             ct->name ? check_type_str(c, ct) : terms_str(c, want, "|"), ts,
                             terms_str(c, want, " | "));
            else
                check_errorf(c, pos, "%s does not implement %s%s", ts, check_type_str(c, ct),
                             constraint_reason(reason, check_sprintf("%s does not implement %s", ts,
                                                                     check_type_str(c, want))));
            return false;
        }
    }
    callee->targs = binds;
    callee->ntargs = n;
    return true;
}

/* The generic declaration behind a callee expression, or NULL. */
static Expr *generic_ftype(Expr *f) {
    while (f && f->kind == EX_PAREN) f = f->x;
    if (!f) return NULL;
    Symbol *s = f->sym;
    if (f->kind == EX_INDEX && f->x) s = f->x->sym;
    if (!s || s->kind != SYM_FUNC || !s->decl || !s->decl->ftype) return NULL;
    return s->decl->ftype->tparams.n ? s->decl->ftype : NULL;
}

void check_generic_call_targs(Checker *c, Expr *e, Operand *x) {
    /* Explicit instantiation f[T1, T2]. */
    Expr *ftype = e->x->sym->decl->ftype;
    int n = tparam_count(ftype);
    if (e->list.n > n) {
        check_errorf(c, e->list.v[n]->pos, "got %d type arguments but %s has %d type parameters", e->list.n,
                     check_expr_str(e->x), n);
        check_invalidate(x);
        return;
    }
    Type **binds = GC_MALLOC(sizeof(Type *) * (n + 1));
    for (int i = 0; i < e->list.n; i++) {
        binds[i] = check_typexpr(c, e->list.v[i]);
        if (!binds[i]) {
            check_invalidate(x);
            return;
        }
    }
    e->targs = binds;
    e->ntargs = e->list.n;
    e->sym = e->x->sym;
    if (e->list.n < n) {
        /* Constraint type inference may bind the rest: maps.Keys[map[int]int]. */
        infer_from_constraints(ftype, binds, n);
        bool all = true;
        for (int i = 0; i < n; i++)
            if (!binds[i]) all = false;
        if (all) e->ntargs = n;
    }
    if (e->ntargs == n) {
        if (!finish_targs(c, e, ftype, binds, n, e->list.v[0]->pos)) {
            check_invalidate(x);
            return;
        }
        x->type = subst(x->type, binds, n, 0);
        Symbol *g = e->x->sym;
        if (g->decl && g->decl->body) {
            Symbol *inst = check_instantiate_func(c, g, binds, n);
            if (inst) {
                e->x->sym = inst;
                e->sym = inst;
                e->targs = NULL;
                e->ntargs = 0;
                x->type = inst->type;
                e->x->type = inst->type;
            }
        }
    }
    x->mode = MODE_VALUE;
}

/* ---- conversions ---- */

/* Checks a conversion T(arg). */
static void conversion(Checker *c, Expr *e, Type *t, Operand *x) {
    e->callkind = CALL_CONV;
    if (e->list.n != 1) {
        if (e->list.n == 0) check_errorf(c, check_expr_start(e), "missing argument in conversion to %s", check_type_str(c, t));
        else check_errorf(c, e->list.v[1]->pos, "too many arguments in conversion to %s", check_type_str(c, t));
        for (int i = 0; i < e->list.n; i++) {
            Operand d;
            check_expr(c, e->list.v[i], &d);
        }
        check_invalidate(x);
        return;
    }
    if (e->ellipsis) {
        check_errorf(c, e->list.v[0]->pos, "invalid use of ... in conversion to %s", check_type_str(c, t));
    }
    Operand a;
    check_expr_hint(c, e->list.v[0], t, &a);
    if (a.mode == MODE_INVALID) {
        check_invalidate(x);
        return;
    }
    if (a.mode == MODE_NOVALUE) {
        check_errorf(c, a.expr->pos, "%s (no value) used as value", check_expr_str(a.expr));
        check_invalidate(x);
        return;
    }
    Type *tu = t->underlying ? t->underlying : t;
    bool const_type = tu->kind == KIND_BOOL || type_is_numeric(tu) || tu->kind == KIND_STRING;
    if (a.mode == MODE_CONST && a.val && const_type && t->kind != KIND_TYPEPARAM) {
        Const *out = NULL;
        bool ovf = false;
        if (type_is_integer(a.type) && tu->kind == KIND_STRING && a.val->kind == CK_INT) {
            int64_t r;
            uint32_t cp = 0xFFFD;
            if (const_int64_of(a.val, &r) && r >= 0 && r <= 0x10FFFF && !(r >= 0xD800 && r <= 0xDFFF)) cp = (uint32_t)r;
            char *buf = GC_MALLOC_ATOMIC(5);
            int len;
            if (cp < 0x80) buf[0] = (char)cp, len = 1;
            else if (cp < 0x800) buf[0] = (char)(0xC0 | cp >> 6), buf[1] = (char)(0x80 | (cp & 0x3F)), len = 2;
            else if (cp < 0x10000)
                buf[0] = (char)(0xE0 | cp >> 12), buf[1] = (char)(0x80 | ((cp >> 6) & 0x3F)), buf[2] = (char)(0x80 | (cp & 0x3F)), len = 3;
            else
                buf[0] = (char)(0xF0 | cp >> 18), buf[1] = (char)(0x80 | ((cp >> 12) & 0x3F)),
                buf[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), buf[3] = (char)(0x80 | (cp & 0x3F)), len = 4;
            buf[len] = 0;
            out = const_string(buf, len);
        } else if (const_representable(a.val, t, &out, &ovf)) {
            /* ok */
        } else {
            if (ovf && type_is_integer(a.type) && type_is_integer(tu))
                check_errorf(c, a.expr->pos, "constant %s overflows %s", const_repr(a.val), e->x->kind == EX_IDENT ? e->x->name : check_type_str(c, t));
            else if (!ovf && type_is_numeric(a.type) && type_is_integer(tu))
                check_errorf(c, check_expr_start(a.expr), "cannot convert %s to type %s (truncated)", check_operand_str(c, &a),
                             check_type_str(c, t));
            else
                check_errorf(c, check_expr_start(a.expr), "cannot convert %s to type %s", check_operand_str(c, &a), check_type_str(c, t));
            check_invalidate(x);
            return;
        }
        if (type_is_untyped(a.type) && tu->kind == KIND_STRING && a.val->kind == CK_INT &&
            !const_representable(a.val, check_default_type(a.type), NULL, NULL)) {
            /* string(1<<100): the operand keeps its untyped constant value. */
        } else if (type_is_untyped(a.type)) {
            check_convert_untyped(c, &a, type_is_string(a.type) || !type_is_numeric(tu) ? check_default_type(a.type) : t);
            if (a.mode == MODE_INVALID && type_is_numeric(tu)) {
                check_invalidate(x);
                return;
            }
        }
        x->mode = MODE_CONST;
        x->val = out;
        x->type = t;
        return;
    }
    if (!check_convertible(c, &a, t)) {
        check_errorf(c, check_expr_start(a.expr), "cannot convert %s to type %s", check_operand_str(c, &a), check_type_str(c, t));
        check_invalidate(x);
        return;
    }
    if (type_is_untyped(a.type)) {
        if (tu->kind == KIND_INTERFACE || (!type_is_numeric(tu) && a.type != type_untyped_nil)) check_default(c, &a);
        else check_convert_untyped(c, &a, t);
        if (a.mode == MODE_INVALID) {
            check_invalidate(x);
            return;
        }
    }
    if (tu->kind == KIND_INTERFACE) check_wrap_iface(c, &e->list.v[0], t);
    x->mode = MODE_VALUE;
    x->type = t;
    x->val = NULL;
}

/* ---- calls ---- */

void check_use_operands(Checker *c, ExprList *list) {
    for (int i = 0; i < list->n; i++) {
        Operand d;
        check_multi_expr(c, list->v[i], &d);
    }
}

void check_call(Checker *c, Expr *e, Operand *x) {
    Operand f;
    e->variadic_from = -1;
    check_expr_or_type(c, e->x, &f);
    x->expr = e;
    if (f.mode == MODE_INVALID) {
        check_use_operands(c, &e->list);
        check_invalidate(x);
        return;
    }
    if (f.mode == MODE_TYPE) {
        if (!f.type) {
            check_errorf(c, e->x->pos, "cannot use generic type %s without instantiation", f.generic ? f.generic->name : "?");
            check_use_operands(c, &e->list);
            check_invalidate(x);
            return;
        }
        conversion(c, e, f.type, x);
        return;
    }
    if (f.mode == MODE_BUILTIN) {
        e->callkind = CALL_BUILTIN;
        check_builtin_call(c, e, f.builtin, x);
        return;
    }
    if (f.mode == MODE_PKG) {
        check_errorf(c, e->x->pos, "use of package %s without selector", check_expr_str(e->x));
        check_use_operands(c, &e->list);
        check_invalidate(x);
        return;
    }
    Type *sig = check_core_type(f.type);
    if (!sig || sig->kind != KIND_FUNC) {
        check_errorf(c, e->x->pos, "invalid operation: cannot call non-function %s", check_operand_str(c, &f));
        check_use_operands(c, &e->list);
        check_invalidate(x);
        return;
    }
    e->callkind = CALL_FUNC;
    /* Arguments: one multi-valued call spreads. */
    int nargs = e->list.n;
    Operand *args = GC_MALLOC(sizeof(Operand) * (nargs + 1));
    Type **argtypes = NULL;
    bool spread = false;
    Expr *gft = generic_ftype(e->x);
    if (nargs == 1 && !e->ellipsis) {
        check_multi_expr(c, e->list.v[0], &args[0]);
        if (args[0].mode == MODE_NOVALUE) {
            check_errorf(c, e->list.v[0]->pos, "%s (no value) used as value", check_expr_str(e->list.v[0]));
            check_invalidate(x);
            return;
        }
        if (args[0].mode != MODE_INVALID && args[0].type && args[0].type->kind == KIND_TUPLE) {
            spread = true;
            e->spread = true;
            nargs = args[0].type->nparams;
            argtypes = args[0].type->params;
        }
    } else {
        for (int i = 0; i < nargs; i++) {
            Type *hint = NULL;
            if (!gft) {
                if (sig->variadic && i >= sig->nparams - 1 && !e->ellipsis) hint = sig->params[sig->nparams - 1]->elem;
                else if (i < sig->nparams) hint = sig->params[i];
            }
            check_expr_hint(c, e->list.v[i], hint, &args[i]);
            if (args[i].mode == MODE_NOVALUE) {
                check_errorf(c, e->list.v[i]->pos, "%s (no value) used as value", check_expr_str(e->list.v[i]));
                args[i].mode = MODE_INVALID;
            }
        }
    }
    for (int i = 0; i < (spread ? 1 : nargs); i++)
        if (args[i].mode == MODE_INVALID) {
            check_invalidate(x);
            return;
        }
    if (!argtypes) {
        argtypes = GC_MALLOC(sizeof(Type *) * (nargs + 1));
        for (int i = 0; i < nargs; i++) argtypes[i] = args[i].type;
    }
    /* Generic callee: infer type arguments from the argument types. */
    if (gft && !(e->x->kind == EX_INDEX && e->x->ntargs == tparam_count(gft))) {
        int n = tparam_count(gft);
        Type **binds = GC_MALLOC(sizeof(Type *) * (n + 1));
        if (e->x->kind == EX_INDEX)
            for (int i = 0; i < e->x->ntargs; i++) binds[i] = e->x->targs[i];
        /* Typed arguments first, then untyped ones (Go's two passes). */
        for (int pass = 0; pass < 2; pass++)
            for (int i = 0; i < nargs && i < (sig->variadic ? nargs : sig->nparams); i++) {
                Type *pt = sig->variadic && i >= sig->nparams - 1 ? (e->ellipsis ? sig->params[sig->nparams - 1] : sig->params[sig->nparams - 1]->elem)
                                                                 : sig->params[i];
                if (!argtypes[i] || (type_is_untyped(argtypes[i]) != (pass == 1))) continue;
                if (argtypes[i] == type_untyped_nil) continue;
                unify(pt, argtypes[i], binds, n, 0);
            }
        infer_from_constraints(gft, binds, n);
        Expr *callee = e->x;
        while (callee->kind == EX_PAREN) callee = callee->x;
        if (!finish_targs(c, callee, gft, binds, n, check_find_token(c, e->x->pos, "("))) {
            check_invalidate(x);
            return;
        }
        sig = subst(sig, binds, n, 0);
        e->x->type = sig;
        Symbol *g = callee->kind == EX_INDEX ? callee->x->sym : callee->sym;
        if (g && g->decl && g->decl->body) {
            Symbol *inst = check_instantiate_func(c, g, binds, n);
            if (inst) {
                if (callee->kind == EX_INDEX) {
                    callee->x->sym = inst;
                    callee->x->type = inst->type;
                }
                callee->sym = inst;
                callee->targs = NULL;
                callee->ntargs = 0;
                callee->type = inst->type;
                sig = inst->type;
            }
        }
    }
    /* Counts. */
    int np = sig->nparams;
    bool too_few = false, too_many = false;
    if (e->ellipsis) {
        if (!sig->variadic) {
            check_errorf(c, e->list.v[nargs - 1]->pos, "have (...) in call to non-variadic %s", check_expr_str(e->x));
            check_errorf(c, e->list.v[nargs - 1]->pos, "cannot use ... in call to non-variadic %s", check_expr_str(e->x));
            check_invalidate(x);
            return;
        }
        if (nargs < np) too_few = true;
        if (nargs > np) too_many = true;
    } else if (sig->variadic) {
        if (nargs < np - 1) too_few = true;
    } else {
        if (nargs < np) too_few = true;
        if (nargs > np) too_many = true;
    }
    if (too_few || too_many) {
        Pos at = too_many ? (spread ? check_expr_start(e->list.v[0]) : check_expr_start(e->list.v[np]))
                          : nargs > 0 ? check_expr_start(e->list.v[spread ? 0 : nargs - 1]) : check_expr_start(e);
        check_errorf(c, at, "%s arguments in call to %s\n\thave %s\n\twant %s", too_many ? "too many" : "not enough",
                     check_expr_str(e->x), check_types_summary(c, argtypes, nargs, false),
                     check_types_summary(c, sig->params, np, sig->variadic));
        check_invalidate(x);
        return;
    }
    /* Assign arguments to parameters. */
    if (spread) {
        for (int i = 0; i < nargs; i++) {
            Type *pt = sig->variadic && i >= np - 1 ? sig->params[np - 1]->elem : sig->params[i];
            Operand tmp = {0};
            tmp.mode = MODE_VALUE;
            tmp.type = argtypes[i];
            tmp.expr = e->list.v[0];
            const char *reason = NULL;
            if (!check_assignable(c, &tmp, pt, &reason)) {
                check_errorf(c, e->list.v[0]->pos, "cannot use %s (value of type %s) as %s value in argument to %s%s%s",
                             check_expr_str(e->list.v[0]), check_type_str(c, argtypes[i]), check_type_str(c, pt),
                             check_expr_str(e->x), reason ? ": " : "", reason ? reason : "");
                check_invalidate(x);
                return;
            }
        }
        if (sig->variadic) e->variadic_from = np - 1;
    } else {
        const char *ctx = check_sprintf("argument to %s", check_expr_str(e->x));
        for (int i = 0; i < nargs; i++) {
            Type *pt;
            if (sig->variadic && i >= np - 1) pt = e->ellipsis ? sig->params[np - 1] : sig->params[np - 1]->elem;
            else pt = sig->params[i];
            check_assign_to(c, &args[i], pt, ctx, &e->list.v[i]);
        }
        if (sig->variadic && !e->ellipsis) e->variadic_from = np - 1;
    }
    /* Result. */
    if (sig->nresults == 0) {
        x->mode = MODE_NOVALUE;
        x->type = NULL;
    } else if (sig->nresults == 1) {
        x->mode = MODE_VALUE;
        x->type = sig->results[0];
    } else {
        x->mode = MODE_VALUE;
        x->type = type_tuple(sig->results, sig->nresults);
    }
    x->val = NULL;
    /* recover() and defer are tracked for the compiler. */
}
