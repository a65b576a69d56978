/*
 * Statements and function bodies: scopes, := and assignments, var/const/type
 * declarations (shared with package level), control flow with branch
 * targets and labels, switch/type switch/select, range, go/defer, returns and
 * Go's terminating-statement rule ("missing return").
 *
 * Invariants:
 * - Every local symbol is owned by the FuncInfo whose body declares it; a use
 *   from a nested literal marks it captured (check_lookup).
 * - Branch statements get `target` set; labels are collected per function
 *   before its body is checked, so forward gotos resolve.
 * - A 3-clause for loop lists in `loopvars` the := variables that are
 *   captured or address-taken after its body has been checked.
 */
#include "parser/check.h"

#include <string.h>

/* Declares a local variable symbol in the current scope. */
static Symbol *declare_var(Checker *c, Expr *id, Type *t) {
    Symbol *s = check_new_symbol(c, SYM_VAR, id->name, id->pos, t);
    s->owner = check_session_top(c) ? NULL : c->fn;
    id->sym = s;
    return s;
}

/* Pushes and pops scopes. */
static void open_scope(Checker *c) { c->scope = check_scope_new(c->scope, c->fn); }
static void close_scope(Checker *c) { c->scope = c->scope->parent; }

/* Reports an assignment count mismatch. */
static void mismatch(Checker *c, Pos pos, int nl, int nr, Expr *call) {
    const char *vars = nl == 1 ? "1 variable" : check_sprintf("%d variables", nl);
    if (call && call->kind == EX_CALL) {
        check_errorf(c, pos, "assignment mismatch: %s but %s returns %s", vars, check_expr_str(call->x),
                     nr == 1 ? "1 value" : check_sprintf("%d values", nr));
    } else {
        check_errorf(c, pos, "assignment mismatch: %s but %s", vars, nr == 1 ? "1 value" : check_sprintf("%d values", nr));
    }
}

/* Checks the right-hand sides of an n-to-m assignment or declaration; fills
 * types[] (NULL for invalid). Returns false on a count mismatch. `lhs_types`
 * gives the targets' types (NULL entries: to be inferred). */
static bool rhs_values(Checker *c, Pos pos, int nl, ExprList *rhs, Type **lhs_types, Type **types, const char *ctx,
                       bool *commaok_out) {
    if (commaok_out) *commaok_out = false;
    if (rhs->n == nl) {
        for (int i = 0; i < nl; i++) {
            Operand x;
            types[i] = NULL;
            Expr *ri = rhs->v[i];
            while (ri->kind == EX_PAREN) ri = ri->x;
            if (nl == 1 && ri->kind == EX_CALL) {
                check_multi_expr(c, rhs->v[i], &x);
                if (x.mode != MODE_INVALID && x.type && x.type->kind == KIND_TUPLE) {
                    /* types2 checks `var v = f()` as a single value, `v := f()` as a list. */
                    if (strcmp(ctx, "variable declaration") == 0)
                        check_errorf(c, check_expr_start(rhs->v[0]), "multiple-value %s (value of type %s) in single-value context",
                                     check_expr_str(rhs->v[0]), check_type_str(c, x.type));
                    else mismatch(c, check_expr_start(rhs->v[0]), 1, x.type->nparams, ri);
                    continue;
                }
            } else {
                check_expr_hint(c, rhs->v[i], lhs_types ? lhs_types[i] : NULL, &x);
            }
            if (x.mode == MODE_INVALID) continue;
            if (x.mode == MODE_NOVALUE) {
                check_errorf(c, x.expr->pos, "%s (no value) used as value", check_expr_str(x.expr));
                continue;
            }
            if (lhs_types && lhs_types[i]) {
                check_assign_to(c, &x, lhs_types[i], ctx, &rhs->v[i]);
                if (x.mode == MODE_INVALID) continue;
                types[i] = lhs_types[i];
            } else {
                if (x.type == type_untyped_nil) {
                    check_errorf(c, x.expr->pos, "use of untyped nil in %s", ctx);
                    continue;
                }
                if (x.mode == MODE_CONST && type_is_untyped(x.type))
                    check_assign_to(c, &x, check_default_type(x.type), ctx, &rhs->v[i]);
                else
                    check_default(c, &x);
                if (x.mode == MODE_INVALID) continue;
                types[i] = x.type;
            }
        }
        return true;
    }
    if (rhs->n == 1) {
        Operand x;
        check_multi_expr(c, rhs->v[0], &x);
        if (x.mode == MODE_INVALID) {
            for (int i = 0; i < nl; i++) types[i] = NULL;
            return true;
        }
        if (x.type && x.type->kind == KIND_TUPLE) {
            if (x.type->nparams != nl) {
                mismatch(c, check_expr_start(rhs->v[0]), nl, x.type->nparams, rhs->v[0]);
                return false;
            }
            for (int i = 0; i < nl; i++) {
                Type *vt = x.type->params[i];
                types[i] = vt;
                if (lhs_types && lhs_types[i]) {
                    Operand tmp = {0};
                    tmp.mode = MODE_VALUE;
                    tmp.type = vt;
                    tmp.expr = rhs->v[0];
                    const char *reason = NULL;
                    if (!check_assignable(c, &tmp, lhs_types[i], &reason)) {
                        check_errorf(c, rhs->v[0]->pos, "cannot use %s (value of type %s) as %s value in %s%s%s",
                                     check_expr_str(rhs->v[0]), check_type_str(c, vt), check_type_str(c, lhs_types[i]), ctx,
                                     reason ? ": " : "", reason ? reason : "");
                        types[i] = NULL;
                    } else {
                        types[i] = lhs_types[i];
                    }
                }
            }
            return true;
        }
        if (nl == 2 && (x.mode == MODE_MAPINDEX || x.mode == MODE_COMMAOK)) {
            if (commaok_out) *commaok_out = true;
            rhs->v[0]->mode = MODE_COMMAOK;
            if (lhs_types && lhs_types[0]) {
                check_assign_to(c, &x, lhs_types[0], ctx, NULL);
                types[0] = x.mode == MODE_INVALID ? NULL : lhs_types[0];
            } else {
                types[0] = x.type;
            }
            types[1] = lhs_types && lhs_types[1] ? lhs_types[1] : type_bool;
            if (lhs_types && lhs_types[1]) {
                Type *bu = lhs_types[1]->underlying;
                if (!bu || (bu->kind != KIND_BOOL && !(bu->kind == KIND_INTERFACE && bu->nterms == 0))) {
                    check_errorf(c, rhs->v[0]->pos, "cannot use %s (untyped bool value) as %s value in %s",
                                 check_expr_str(rhs->v[0]), check_type_str(c, lhs_types[1]), ctx);
                }
            }
            return true;
        }
        if (x.mode == MODE_NOVALUE) {
            check_errorf(c, x.expr->pos, "%s (no value) used as value", check_expr_str(x.expr));
            return false;
        }
        mismatch(c, check_expr_start(rhs->v[0]), nl, 1, rhs->v[0]);
        return false;
    }
    mismatch(c, rhs->n ? check_expr_start(rhs->v[0]) : pos, nl, rhs->n, NULL);
    check_use_operands(c, rhs);
    return false;
}

void check_var_spec(Checker *c, Spec *sp, Symbol **syms, int nsyms, bool global) {
    Type *t = sp->type ? check_typexpr(c, sp->type) : NULL;
    if (sp->type && !t) {
        /* The type is invalid (reported): the variables are invalid too. */
        check_use_operands(c, &sp->values);
        for (int i = 0; i < nsyms; i++) syms[i]->type = check_invalid_type();
        return;
    }
    Type **lt = GC_MALLOC(sizeof(Type *) * (nsyms + 1));
    Type **types = GC_MALLOC(sizeof(Type *) * (nsyms + 1));
    for (int i = 0; i < nsyms; i++) lt[i] = t;
    if (sp->values.n == 0) {
        if (!sp->type) return;
        for (int i = 0; i < nsyms; i++) syms[i]->type = t ? t : NULL;
        return;
    }
    const char *saved_alias = c->alias_name;
    Type *saved_alias_type = c->alias_type;
    if (sp->type && sp->type->kind == EX_IDENT && sp->type->sym && !sp->type->sym->home &&
        (strcmp(sp->type->name, "byte") == 0 || strcmp(sp->type->name, "rune") == 0)) {
        c->alias_name = sp->type->name;
        c->alias_type = t;
    }
    bool ok = rhs_values(c, sp->pos, nsyms, &sp->values, t ? lt : NULL, types, "variable declaration", NULL);
    c->alias_name = saved_alias;
    c->alias_type = saved_alias_type;
    for (int i = 0; i < nsyms; i++) {
        Type *vt = t ? t : (ok ? types[i] : NULL);
        syms[i]->type = vt;
    }
    (void)global;
}

/* Finds the spec whose values a spec without values repeats. */
static Spec *repeated_spec(Spec *sp, Decl *d) {
    if (!d) return NULL;
    int at = -1;
    for (int i = 0; i < d->nspecs; i++)
        if (d->specs[i] == sp) at = i;
    for (int i = at - 1; i >= 0; i--)
        if (d->specs[i]->values.n) return d->specs[i];
    return NULL;
}

void check_const_spec(Checker *c, Spec *sp, Symbol **syms, int nsyms) {
    Decl *d = nsyms ? syms[0]->decl : NULL;
    if (sp->values.n == 0 && !sp->type) {
        Spec *prev = repeated_spec(sp, d);
        if (prev) {
            sp->values = prev->values;
            sp->type = prev->type;
        }
    }
    Type *t = sp->type ? check_typexpr(c, sp->type) : NULL;
    Const *saved = c->iota;
    c->iota = const_int64(sp->iota);
    for (int i = 0; i < nsyms; i++) {
        Symbol *s = syms[i];
        s->type = NULL;
        if (i >= sp->values.n) {
            if (i == sp->values.n) check_errorf(c, s->pos, sp->values.n ? "missing init expr for const declaration" : "missing init expr for const declaration");
            continue;
        }
        Operand x;
        check_expr(c, sp->values.v[i], &x);
        if (x.mode == MODE_INVALID) continue;
        if (x.mode != MODE_CONST) {
            check_errorf(c, x.expr->pos, "%s is not constant", check_operand_str(c, &x));
            continue;
        }
        if (t) {
            Type *tu = t->underlying ? t->underlying : t;
            if (!(tu->kind == KIND_BOOL || type_is_numeric(tu) || tu->kind == KIND_STRING)) {
                check_errorf(c, sp->type->pos, "invalid constant type %s", check_type_str(c, t));
                continue;
            }
            check_assign_to(c, &x, t, "constant declaration", NULL);
            if (x.mode == MODE_INVALID) continue;
        }
        s->type = x.type;
        s->exact = x.val;
        s->cval = const_value(x.val, type_is_untyped(x.type) ? check_default_type(x.type) : x.type);
    }
    if (sp->values.n > nsyms) check_errorf(c, sp->values.v[nsyms]->pos, "extra init expr");
    c->iota = saved;
}

/* Checks a declaration inside a function body. */
static void local_decl(Checker *c, Decl *d) {
    for (int j = 0; j < d->nspecs; j++) {
        Spec *sp = d->specs[j];
        int n = sp->names.n;
        Symbol **syms = GC_MALLOC(sizeof(Symbol *) * (n + 1));
        sp->syms.n = 0;
        SymKind k = d->kind == DECL_VAR ? SYM_VAR : d->kind == DECL_CONST ? SYM_CONST : SYM_TYPE;
        for (int i = 0; i < n; i++) {
            Expr *id = sp->names.v[i];
            syms[i] = check_new_symbol(c, k, id->name, id->pos, NULL);
            syms[i]->decl = d;
            if (k == SYM_VAR) syms[i]->owner = check_session_top(c) ? NULL : c->fn;
            id->sym = syms[i];
            LIST_PUSH(sp->syms, syms[i]);
        }
        if (k == SYM_TYPE) {
            check_declare(c, c->scope, syms[0]);
            extern void check_type_spec(Checker *, Spec *, Symbol *);
            check_push_type_decl(syms[0]);
            check_type_spec(c, sp, syms[0]);
            check_pop_type_decl();
            check_finish_types();
            Type *lt = syms[0]->type;
            if (lt && lt->name && lt->kind == KIND_STRUCT && !sp->alias) check_add_promoted(lt);
            continue;
        }
        if (k == SYM_CONST) check_const_spec(c, sp, syms, n);
        else check_var_spec(c, sp, syms, n, false);
        for (int i = 0; i < n; i++) check_declare(c, c->scope, syms[i]);
    }
}

/* Describes why an operand cannot be assigned to. */
static bool assignable_target(Checker *c, Expr *lhs, Operand *x) {
    if (x->mode == MODE_VAR || x->mode == MODE_MAPINDEX) return true;
    if (x->mode == MODE_INVALID) return false;
    Expr *e = lhs;
    while (e->kind == EX_PAREN) e = e->x;
    if (e->kind == EX_SELECTOR && e->selkind == SEL_FIELD && e->x && e->x->mode == MODE_MAPINDEX) {
        check_errorf(c, lhs->pos, "cannot assign to struct field %s in map", check_expr_str(lhs));
        return false;
    }
    if (x->mode == MODE_VALUE && e->kind == EX_INDEX && e->x->type && type_is_string(e->x->type)) {
        check_errorf(c, check_expr_start(lhs), "cannot assign to %s (neither addressable nor a map index expression)", check_expr_str(lhs));
        return false;
    }
    check_errorf(c, check_expr_start(lhs), "cannot assign to %s (neither addressable nor a map index expression)", check_expr_str(lhs));
    return false;
}

/* Checks one assignment target; returns its type or NULL (blank: *blank set). */
static Type *lhs_target(Checker *c, Expr *lhs, bool *blank) {
    *blank = false;
    Expr *un = lhs;
    while (un->kind == EX_PAREN) un = un->x;
    if (un->kind == EX_IDENT && strcmp(un->name, "_") == 0) {
        un->mode = MODE_VAR;
        *blank = true;
        lhs->mode = MODE_VAR;
        return NULL;
    }
    Operand x;
    check_expr(c, lhs, &x);
    if (x.mode == MODE_INVALID) return NULL;
    if (!assignable_target(c, lhs, &x)) return NULL;
    return x.type;
}

/* Checks an assignment statement (=, op=, :=). */
static void assign_stmt(Checker *c, Stmt *s) {
    int nl = s->lhs.n;
    if (s->define) {
        bool any_new = false;
        Symbol **syms = GC_MALLOC(sizeof(Symbol *) * (nl + 1));
        Type **lt = GC_MALLOC(sizeof(Type *) * (nl + 1));
        bool *repeated = GC_MALLOC_ATOMIC(sizeof(bool) * (nl + 1));
        memset(repeated, 0, sizeof(bool) * (nl + 1));
        bool have_lt = false;
        for (int i = 0; i < nl; i++) {
            Expr *id = s->lhs.v[i];
            if (id->kind != EX_IDENT) {
                Operand lx;
                check_expr(c, id, &lx);
                check_errorf(c, check_expr_start(id), "non-name %s on left side of :=", check_expr_str(id));
                check_use_operands(c, &s->rhs);
                return;
            }
            for (int j = 0; j < i; j++)
                if (strcmp(s->lhs.v[j]->name, id->name) == 0 && strcmp(id->name, "_") != 0) {
                    check_errorf(c, id->pos, "%s repeated on left side of :=", id->name);
                    repeated[i] = true;
                }
            if (strcmp(id->name, "_") == 0) {
                id->mode = MODE_VAR;
                continue;
            }
            Symbol *old = check_scope_lookup_local(c->scope, id->name);
            if (old) {
                id->sym = old;
                if (old->kind == SYM_VAR) {
                    lt[i] = old->type;
                    have_lt = true;
                }
                id->mode = MODE_VAR;
                id->type = old->type;
                continue;
            }
            any_new = true;
            id->defines = true;
        }
        if (!any_new) check_errorf(c, check_find_token(c, s->pos, ":="), "no new variables on left side of :=");
        Type **types = GC_MALLOC(sizeof(Type *) * (nl + 1));
        bool ok = rhs_values(c, s->pos, nl, &s->rhs, have_lt ? lt : NULL, types, "assignment", NULL);
        for (int i = 0; i < nl; i++) {
            Expr *id = s->lhs.v[i];
            if (!id->defines) continue;
            Type *t = ok ? types[i] : NULL;
            syms[i] = declare_var(c, id, t);
            id->mode = MODE_VAR;
            id->type = t;
        }
        for (int i = 0; i < nl; i++)
            if (syms[i] && !repeated[i]) check_declare(c, c->scope, syms[i]);
        return;
    }
    if (s->op != OP_NONE) {
        Operand x, y;
        check_expr(c, s->lhs.v[0], &x);
        check_expr_hint(c, s->rhs.v[0], x.type, &y);
        if (x.mode == MODE_INVALID || y.mode == MODE_INVALID) return;
        if (!assignable_target(c, s->lhs.v[0], &x)) return;
        Operand r = x;
        Type *lt = x.type;
        check_binary_op(c, NULL, s->op, &r, &y, s->pos);
        if (r.mode == MODE_INVALID) return;
        r.expr = s->rhs.v[0];
        if (r.type != lt && !type_is_untyped(r.type)) {
            check_errorf(c, s->pos, "invalid operation: %s %s= %s (mismatched types %s and %s)", check_expr_str(s->lhs.v[0]),
                         op_string(s->op), check_expr_str(s->rhs.v[0]), check_type_str(c, lt), check_type_str(c, r.type));
        }
        return;
    }
    Type **lt = GC_MALLOC(sizeof(Type *) * (nl + 1));
    bool bad = false;
    for (int i = 0; i < nl; i++) {
        bool blank;
        lt[i] = lhs_target(c, s->lhs.v[i], &blank);
        if (!lt[i] && !blank) bad = true;
    }
    if (bad) {
        check_use_operands(c, &s->rhs);
        return;
    }
    Type **types = GC_MALLOC(sizeof(Type *) * (nl + 1));
    rhs_values(c, s->pos, nl, &s->rhs, lt, types, "assignment", NULL);
}

/* Looks up a label of the current function. */
static Label *find_label(Checker *c, const char *name) {
    for (int i = 0; i < c->nlabels; i++)
        if (strcmp(c->labels[i].name, name) == 0) return &c->labels[i];
    return NULL;
}

/* Collects the labels of a function body (not entering function literals). */
static void collect_labels(Checker *c, Stmt *s) {
    if (!s) return;
    if (s->kind == ST_LABELED) {
        if (strcmp(s->label, "_") != 0) {
            if (find_label(c, s->label)) {
                check_errorf(c, s->pos, "label %s already defined", s->label);
            } else {
                if (c->nlabels == c->caplabels) {
                    c->caplabels = c->caplabels ? c->caplabels * 2 : 8;
                    Label *nl = GC_MALLOC(sizeof(Label) * c->caplabels);
                    if (c->nlabels) memcpy(nl, c->labels, sizeof(Label) * c->nlabels);
                    c->labels = nl;
                }
                c->labels[c->nlabels++] = (Label){s->label, s, false};
            }
        }
        collect_labels(c, s->body);
        return;
    }
    collect_labels(c, s->body);
    collect_labels(c, s->els);
    for (int i = 0; i < s->list.n; i++) collect_labels(c, s->list.v[i]);
}

/* Checks a statement list in the current scope. */
void check_block(Checker *c, StmtList *list) {
    for (int i = 0; i < list->n; i++) check_stmt(c, list->v[i]);
}

/* Checks an expression statement. */
static void expr_stmt(Checker *c, Stmt *s) {
    Operand x;
    Expr *e = s->x;
    check_multi_expr(c, e, &x);
    if (x.mode == MODE_INVALID) return;
    if (check_session_top(c) && (x.mode == MODE_VALUE || x.mode == MODE_VAR || x.mode == MODE_MAPINDEX ||
                                 x.mode == MODE_COMMAOK || x.mode == MODE_CONST)) {
        /* A REPL entry shows the value: it needs a concrete type. */
        if (x.type == type_untyped_nil) {
            check_errorf(c, e->pos, "use of untyped nil in expression statement");
            return;
        }
        check_default(c, &x);
        return;
    }
    Expr *inner = e;
    while (inner->kind == EX_PAREN) inner = inner->x;
    if (inner->kind == EX_CALL) {
        if (inner->callkind == CALL_CONV) {
            check_errorf(c, check_expr_start(e), "%s is not used", check_operand_str(c, &x));
            return;
        }
        if (inner->callkind == CALL_BUILTIN) {
            Builtin b = inner->x->sym ? inner->x->sym->builtin : BI_NONE;
            Expr *f = inner->x;
            while (f->kind == EX_PAREN) f = f->x;
            if (f->sym) b = f->sym->builtin;
            if (b == BI_APPEND || b == BI_CAP || b == BI_LEN || b == BI_MAKE || b == BI_NEW || b == BI_MIN ||
                b == BI_MAX || b == BI_COMPLEX || b == BI_REAL || b == BI_IMAG) {
                check_errorf(c, check_expr_start(e), "%s is not used", check_operand_str(c, &x));
            }
        }
        return;
    }
    if (inner->kind == EX_UNARY && inner->op == OP_ARROW) return;
    if (x.mode == MODE_TYPE) {
        check_errorf(c, e->pos, "%s (type) is not an expression", check_expr_str(e));
        return;
    }
    if (x.mode == MODE_BUILTIN) {
        check_errorf(c, e->pos, "%s (built-in) must be called", check_expr_str(e));
        return;
    }
    check_errorf(c, check_expr_start(e), "%s is not used", check_operand_str(c, &x));
}

/* Checks go/defer: the operand must be a call. */
static void go_defer(Checker *c, Stmt *s) {
    const char *kw = s->kind == ST_GO ? "go" : "defer";
    Expr *e = s->x;
    while (e && e->kind == EX_PAREN) e = e->x;
    if (s->kind == ST_DEFER && c->fn) c->fn->has_defer = true;
    if (!e || e->kind != EX_CALL) {
        Operand x;
        x.mode = MODE_INVALID;
        if (s->x) check_expr_or_type(c, s->x, &x);
        check_errorf(c, s->x ? s->x->pos : s->pos, "expression in %s must be function call", kw);
        /* cmd/compile goes on to check `x()`, as if the parentheses were missing. */
        bool value = x.mode != MODE_INVALID && x.mode != MODE_NOVALUE && x.mode != MODE_TYPE && x.mode != MODE_BUILTIN &&
                     x.mode != MODE_PKG;
        Type *u = value ? check_core_type(x.type) : NULL;
        if (value && !(u && u->kind == KIND_FUNC))
            check_errorf(c, s->x->pos, "invalid operation: cannot call non-function %s", check_operand_str(c, &x));
        return;
    }
    Operand x;
    check_multi_expr(c, s->x, &x);
    if (x.mode == MODE_INVALID) return;
    if (e->callkind == CALL_CONV) {
        check_errorf(c, s->x->pos, "%s requires function call, not conversion", kw);
        return;
    }
    if (e->callkind == CALL_BUILTIN) {
        Expr *f = e->x;
        while (f->kind == EX_PAREN) f = f->x;
        Builtin b = f->sym ? f->sym->builtin : BI_NONE;
        if (b == BI_APPEND || b == BI_CAP || b == BI_LEN || b == BI_MAKE || b == BI_NEW || b == BI_MIN || b == BI_MAX) {
            check_errorf(c, check_expr_start(s->x), "%s discards result of %s", kw, check_operand_str(c, &x));
        }
    }
}

/* Checks a return statement. */
static void return_stmt(Checker *c, Stmt *s) {
    FuncInfo *f = c->fn;
    Type *sig = f ? f->type : NULL;
    int nres = sig ? sig->nresults : 0;
    if (s->rhs.n == 0) {
        if (nres > 0 && !f->named_results) {
            check_errorf(c, s->pos, "not enough return values\n\thave ()\n\twant %s",
                         check_type_str(c, type_tuple(sig->results, nres)));
        }
        if (nres > 0 && f->named_results) {
            /* A named result shadowed in an inner scope is an error. */
            for (int i = 0; i < f->results.n; i++) {
                Symbol *r = f->results.v[i];
                if (strcmp(r->name, "_") == 0) continue;
                for (Scope *sc = c->scope; sc && sc->func == f; sc = sc->parent) {
                    Symbol *o = check_scope_lookup_local(sc, r->name);
                    if (o == r) break;
                    if (o) {
                        check_errorf(c, s->pos, "result parameter %s not in scope at return", r->name);
                        break;
                    }
                }
            }
        }
        return;
    }
    if (nres == 0) {
        Type **have = GC_MALLOC(sizeof(Type *) * (s->rhs.n + 1));
        for (int i = 0; i < s->rhs.n; i++) {
            Operand x;
            check_multi_expr(c, s->rhs.v[i], &x);
            have[i] = x.type;
        }
        check_errorf(c, check_expr_start(s->rhs.v[0]), "too many return values\n\thave %s\n\twant ()",
                     check_types_summary(c, have, s->rhs.n, false));
        return;
    }
    if (s->rhs.n == 1 && nres > 1) {
        Operand x;
        check_multi_expr(c, s->rhs.v[0], &x);
        if (x.mode == MODE_INVALID) return;
        if (x.type && x.type->kind == KIND_TUPLE) {
            if (x.type->nparams != nres) {
                check_errorf(c, s->rhs.v[0]->pos, "%s return values\n\thave %s\n\twant %s",
                             x.type->nparams < nres ? "not enough" : "too many", check_type_str(c, x.type),
                             check_type_str(c, type_tuple(sig->results, nres)));
                return;
            }
            for (int i = 0; i < nres; i++) {
                Operand tmp = {0};
                tmp.mode = MODE_VALUE;
                tmp.type = x.type->params[i];
                tmp.expr = s->rhs.v[0];
                const char *reason;
                if (!check_assignable(c, &tmp, sig->results[i], &reason)) {
                    check_errorf(c, s->rhs.v[0]->pos, "cannot use %s value as %s value in return statement",
                                 check_type_str(c, tmp.type), check_type_str(c, sig->results[i]));
                    return;
                }
            }
            return;
        }
        check_errorf(c, s->rhs.v[0]->pos, "not enough return values\n\thave (%s)\n\twant %s",
                     x.type ? (type_is_untyped(x.type) ? (type_is_numeric(x.type) ? "number" : check_default_type(x.type)->name) : check_type_str(c, x.type)) : "",
                     check_type_str(c, type_tuple(sig->results, nres)));
        return;
    }
    if (s->rhs.n != nres) {
        Type **have = GC_MALLOC(sizeof(Type *) * (s->rhs.n + 1));
        for (int i = 0; i < s->rhs.n; i++) {
            Operand x;
            check_expr(c, s->rhs.v[i], &x);
            have[i] = x.type;
        }
        char *hs = "(";
        for (int i = 0; i < s->rhs.n; i++) {
            Type *t = have[i];
            const char *nm = !t ? "invalid type" : t == type_untyped_nil ? "nil" : type_is_untyped(t) ? (type_is_numeric(t) ? "number" : check_default_type(t)->name) : check_type_str(c, t);
            hs = check_sprintf("%s%s%s", hs, i ? ", " : "", nm);
        }
        Pos at = s->rhs.n > nres ? s->rhs.v[nres]->pos : s->rhs.v[0]->pos;
        check_errorf(c, at, "%s return values\n\thave %s)\n\twant %s", s->rhs.n < nres ? "not enough" : "too many", hs,
                     check_type_str(c, type_tuple(sig->results, nres)));
        return;
    }
    for (int i = 0; i < nres; i++) {
        Operand x;
        check_expr_hint(c, s->rhs.v[i], sig->results[i], &x);
        if (x.mode == MODE_INVALID) continue;
        if (x.mode == MODE_NOVALUE) {
            check_errorf(c, x.expr->pos, "%s (no value) used as value", check_expr_str(x.expr));
            continue;
        }
        check_assign_to(c, &x, sig->results[i], "return statement", &s->rhs.v[i]);
    }
}

/* The position of a branch statement's label (after its keyword `kw`). */
static Pos label_pos(Checker *c, Stmt *s, const char *kw) {
    Pos from = s->pos;
    from.col += (int)strlen(kw);
    return check_find_token(c, from, s->label);
}

/* Checks a branch statement. */
static void branch_stmt(Checker *c, Stmt *s) {
    switch (s->branch) {
    case BR_BREAK:
    case BR_CONTINUE: {
        const char *kw = s->branch == BR_BREAK ? "break" : "continue";
        for (Target *t = c->targets; t; t = t->outer) {
            if (s->label) {
                if (t->label && strcmp(t->label, s->label) == 0) {
                    if (s->branch == BR_CONTINUE && !t->loop) {
                        check_errorf(c, label_pos(c, s, kw), "invalid continue label %s", s->label);
                        return;
                    }
                    s->target = t->stmt;
                    Label *l = find_label(c, s->label);
                    if (l) l->used = true;
                    return;
                }
                continue;
            }
            if (s->branch == BR_CONTINUE && !t->loop) continue;
            s->target = t->stmt;
            return;
        }
        if (s->label) {
            Label *l = find_label(c, s->label);
            if (l) {
                l->used = true;
                check_errorf(c, label_pos(c, s, kw), "invalid %s label %s", kw, s->label);
            } else {
                check_errorf(c, label_pos(c, s, kw), "%s label not defined: %s", kw, s->label);
            }
            return;
        }
        check_errorf(c, s->pos, "%s is not in a loop%s", kw, s->branch == BR_BREAK ? ", switch, or select" : "");
        return;
    }
    case BR_GOTO: {
        Label *l = s->label ? find_label(c, s->label) : NULL;
        if (!l) {
            check_errorf(c, s->label ? check_find_token(c, s->pos, s->label) : s->pos, "label %s not defined", s->label ? s->label : "?");
            return;
        }
        l->used = true;
        s->target = l->stmt;
        return;
    }
    case BR_FALLTHROUGH:
        /* Placement is checked by the switch (only the last statement of a
         * non-final case may fall through); reaching here means misplaced. */
        if (!s->target) check_errorf(c, s->pos, "fallthrough statement out of place");
        return;
    }
}

/* Pushes a branch target. */
static Target *push_target(Checker *c, Stmt *s, const char *label, bool loop) {
    Target *t = GC_MALLOC(sizeof(Target));
    t->stmt = s;
    t->label = label;
    t->loop = loop;
    t->outer = c->targets;
    c->targets = t;
    return t;
}

/* The label attached to a statement by an enclosing ST_LABELED (set by check_stmt). */
static const char *pending_label;

/* Checks the statements of a switch case, allowing a final fallthrough. */
static void case_body(Checker *c, Stmt *cs, Stmt *sw, bool last, bool type_switch) {
    StmtList *l = &cs->list;
    for (int i = 0; i < l->n; i++) {
        Stmt *st = l->v[i];
        Stmt *ft = st;
        while (ft->kind == ST_LABELED && ft->body) ft = ft->body;
        if (ft != st && ft->kind == ST_BRANCH && ft->branch == BR_FALLTHROUGH && i == l->n - 1 && !type_switch && !last) {
            ft->target = sw;
            check_stmt(c, st); /* the label */
            continue;
        }
        if (st->kind == ST_BRANCH && st->branch == BR_FALLTHROUGH) {
            if (i != l->n - 1) {
                check_errorf(c, st->pos, "fallthrough statement out of place");
            } else if (type_switch) {
                check_errorf(c, st->pos, "cannot fallthrough in type switch");
            } else if (last) {
                check_errorf(c, st->pos, "cannot fallthrough final case in switch");
            } else {
                st->target = sw;
            }
            continue;
        }
        check_stmt(c, st);
    }
}

/* Checks an expression switch. */
static void switch_stmt(Checker *c, Stmt *s, const char *label) {
    open_scope(c);
    if (s->init) check_stmt(c, s->init);
    Operand tag;
    memset(&tag, 0, sizeof tag);
    if (s->x) {
        check_expr(c, s->x, &tag);
        check_default(c, &tag);
        Type *tu0 = tag.type ? check_core_type(tag.type) : NULL;
        bool has_nil = tu0 && (tu0->kind == KIND_SLICE || tu0->kind == KIND_MAP || tu0->kind == KIND_FUNC);
        if (tag.mode != MODE_INVALID && tag.type && !check_comparable(tag.type) && !has_nil) {
            check_errorf(c, s->x->pos, "cannot switch on %s", check_operand_str(c, &tag));
            tag.mode = MODE_INVALID;
        }
    } else {
        tag.mode = MODE_CONST;
        tag.type = type_bool;
        tag.val = const_bool(true);
    }
    push_target(c, s, label, false);
    bool seen_default = false;
    Expr **consts = NULL;
    int nconsts = 0;
    for (int i = 0; i < s->list.n; i++) {
        Stmt *cs = s->list.v[i];
        if (cs->lhs.n == 0) {
            if (seen_default) check_errorf(c, cs->pos, "multiple defaults in switch");
            seen_default = true;
        }
        for (int j = 0; j < cs->lhs.n; j++) {
            Operand v;
            check_expr_hint(c, cs->lhs.v[j], tag.type, &v);
            if (v.mode == MODE_INVALID || tag.mode == MODE_INVALID) continue;
            if (!s->x) {
                Type *vu = check_core_type(v.type);
                if (!vu || (vu->kind != KIND_BOOL && vu->kind != KIND_UNTYPED_BOOL)) {
                    check_errorf(c, check_expr_start(cs->lhs.v[j]), "invalid case %s in switch (mismatched types %s and bool)",
                                 check_expr_str(cs->lhs.v[j]), check_type_str(c, v.type));
                    continue;
                }
                check_default(c, &v);
            } else {
                Operand t2 = tag;
                Operand v2 = v;
                /* Compare as tag == v, reporting mismatches at the case value. */
                if (type_is_untyped(v2.type)) {
                    check_convert_untyped(c, &v2, tag.type);
                    if (v2.mode == MODE_INVALID) continue;
                    v = v2;
                }
                bool ok = check_assignable(c, &v, tag.type, NULL) || check_assignable(c, &t2, v.type, NULL);
                if (!ok) {
                    check_errorf(c, cs->lhs.v[j]->pos, "invalid case %s in switch on %s (mismatched types %s and %s)",
                                 check_expr_str(cs->lhs.v[j]), check_expr_str(s->x), check_type_str(c, v.type),
                                 check_type_str(c, tag.type));
                    continue;
                }
                if (tag.type && tag.type->kind == KIND_INTERFACE && v.type && v.type->kind != KIND_INTERFACE)
                    check_wrap_iface(c, &cs->lhs.v[j], tag.type);
            }
            if (v.mode == MODE_CONST && v.val) {
                Expr *ve = cs->lhs.v[j]->kind == EX_CONVERT ? cs->lhs.v[j]->x : cs->lhs.v[j];
                for (int k = 0; k < nconsts; k++) {
                    Expr *o = consts[k];
                    if (o->type != ve->type) continue;
                    bool same = type_is_string(ve->type)
                                    ? str_len(o->cval) == str_len(ve->cval) && memcmp(str_ptr(o->cval), str_ptr(ve->cval), (size_t)str_len(ve->cval)) == 0
                                    : o->cval.u == ve->cval.u;
                    if (same) {
                        Operand dup = v;
                        dup.expr = ve;
                        check_errorf(c, ve->pos, "duplicate case %s in expression switch\n\t%s:%d:%d: previous case",
                                     check_operand_str(c, &dup), check_src_name(c), o->pos.line, o->pos.col);
                        break;
                    }
                }
                consts = GC_REALLOC(consts, sizeof(Expr *) * (nconsts + 1));
                consts[nconsts++] = ve;
            }
        }
        open_scope(c);
        case_body(c, cs, s, i == s->list.n - 1, false);
        close_scope(c);
    }
    c->targets = c->targets->outer;
    close_scope(c);
}

/* Checks a type switch. */
static void type_switch(Checker *c, Stmt *s, const char *label) {
    open_scope(c);
    if (s->init) check_stmt(c, s->init);
    Stmt *g = s->assign;
    Expr *ta = NULL;
    Expr *bind = NULL;
    if (g->kind == ST_ASSIGN) {
        bind = g->lhs.v[0];
        ta = g->rhs.v[0];
    } else {
        ta = g->x;
    }
    while (ta && ta->kind == EX_PAREN) ta = ta->x;
    Operand x;
    check_expr(c, ta->x, &x);
    ta->mode = x.mode;
    ta->type = x.type;
    bool ok = x.mode != MODE_INVALID;
    if (ok && (!x.type || x.type->kind != KIND_INTERFACE || type_is_untyped(x.type))) {
        check_errorf(c, ta->x->pos, "%s is not an interface", check_operand_str(c, &x));
        ok = false;
    }
    push_target(c, s, label, false);
    bool seen_default = false;
    for (int i = 0; i < s->list.n; i++) {
        Stmt *cs = s->list.v[i];
        if (cs->lhs.n == 0) {
            if (seen_default) check_errorf(c, cs->pos, "multiple defaults in switch");
            seen_default = true;
        }
        cs->case_types = GC_MALLOC(sizeof(Type *) * (cs->lhs.n + 1));
        Type *single = NULL;
        for (int j = 0; j < cs->lhs.n; j++) {
            Expr *te = cs->lhs.v[j];
            if (te->kind == EX_IDENT && strcmp(te->name, "nil") == 0) {
                Operand n;
                check_expr(c, te, &n);
                if (n.mode != MODE_INVALID && n.type == type_untyped_nil) {
                    cs->case_types[j] = NULL;
                    single = NULL;
                    continue;
                }
            }
            Type *t = check_typexpr(c, te);
            cs->case_types[j] = t;
            if (!t || !ok) continue;
            if (t->kind != KIND_INTERFACE) {
                const char *reason = NULL;
                if (!check_implements(c, t, x.type, &reason)) {
                    check_errorf(c, te->pos, "impossible type switch case: %s cannot have dynamic type %s (%s)",
                                 check_operand_str(c, &x), check_type_str(c, t),
                                 reason && strchr(reason, '(') ? check_sprintf("%.*s", (int)(strlen(strchr(reason, '(') + 1) - 1), strchr(reason, '(') + 1) : "");
                }
            }
            for (int k = 0; k < i; k++) {
                Stmt *prev = s->list.v[k];
                for (int m = 0; m < prev->lhs.n; m++)
                    if (prev->case_types[m] == t && t)
                        check_errorf(c, te->pos, "duplicate case %s in type switch\n\t%s:%d:%d: previous case", check_type_str(c, t),
                                     check_src_name(c), prev->lhs.v[m]->pos.line, prev->lhs.v[m]->pos.col);
            }
            for (int m = 0; m < j; m++)
                if (cs->case_types[m] == t && t)
                    check_errorf(c, te->pos, "duplicate case %s in type switch\n\t%s:%d:%d: previous case", check_type_str(c, t),
                                 check_src_name(c), cs->lhs.v[m]->pos.line, cs->lhs.v[m]->pos.col);
            single = t;
        }
        open_scope(c);
        if (bind && strcmp(bind->name, "_") != 0) {
            Type *bt = (cs->lhs.n == 1 && single) ? single : x.type;
            Symbol *sym = check_new_symbol(c, SYM_VAR, bind->name, bind->pos, bt);
            sym->owner = c->fn;
            cs->sym = sym;
            check_declare(c, c->scope, sym);
        }
        case_body(c, cs, s, i == s->list.n - 1, true);
        close_scope(c);
    }
    if (bind) {
        bind->mode = MODE_VAR;
        bind->type = x.type;
    }
    c->targets = c->targets->outer;
    close_scope(c);
}

/* Checks a select statement. */
static void select_stmt(Checker *c, Stmt *s, const char *label) {
    push_target(c, s, label, false);
    bool seen_default = false;
    for (int i = 0; i < s->list.n; i++) {
        Stmt *cs = s->list.v[i];
        open_scope(c);
        if (!cs->comm) {
            if (seen_default) check_errorf(c, cs->pos, "multiple defaults in select");
            seen_default = true;
        } else {
            Stmt *cm = cs->comm;
            bool valid = false;
            if (cm->kind == ST_SEND) valid = true;
            else if (cm->kind == ST_EXPR) {
                Expr *e = cm->x;
                while (e && e->kind == EX_PAREN) e = e->x;
                valid = e && e->kind == EX_UNARY && e->op == OP_ARROW;
            } else if (cm->kind == ST_ASSIGN && cm->rhs.n == 1) {
                Expr *e = cm->rhs.v[0];
                while (e && e->kind == EX_PAREN) e = e->x;
                valid = e && e->kind == EX_UNARY && e->op == OP_ARROW && cm->op == OP_NONE;
            }
            if (!valid) {
                /* types2 reports the clause at its node's position (a binary
                 * expression's operator) and skips it. */
                check_errorf(c, cm->kind == ST_EXPR ? cm->x->pos
                                : cm->kind == ST_ASSIGN && cm->lhs.n ? check_expr_start(cm->lhs.v[0]) : cm->pos,
                             "select case must be send or receive (possibly with assignment)");
                close_scope(c);
                continue;
            }
            check_stmt(c, cm);
        }
        check_block(c, &cs->list);
        close_scope(c);
    }
    c->targets = c->targets->outer;
}

/* Whether a := variable of a loop init needs a per-iteration copy. */
static void loopvars(Stmt *s) {
    if (!s->init || s->init->kind != ST_ASSIGN || !s->init->define) return;
    for (int i = 0; i < s->init->lhs.n; i++) {
        Expr *id = s->init->lhs.v[i];
        if (!id->defines || !id->sym) continue;
        if (id->sym->captured || id->sym->addr_taken) LIST_PUSH(s->loopvars, id->sym);
    }
}

/* Checks a range statement. */
static void range_stmt(Checker *c, Stmt *s, const char *label) {
    open_scope(c);
    Operand x;
    check_expr(c, s->x, &x);
    Type *kt = NULL, *vt = NULL;
    bool ok = x.mode != MODE_INVALID;
    int maxvars = 2;
    if (ok) {
        Type *u = check_core_type(x.type);
        if (x.mode == MODE_CONST && x.val && type_is_untyped(x.type) && x.val->kind != CK_STRING) u = x.type;
        if (!u) u = x.type;
        switch (u ? u->kind : KIND_INVALID) {
        case KIND_STRING:
        case KIND_UNTYPED_STRING:
            check_default(c, &x);
            kt = type_int;
            vt = type_int32;
            break;
        case KIND_ARRAY:
            kt = type_int;
            vt = u->elem;
            break;
        case KIND_POINTER:
            if (u->elem->underlying && u->elem->underlying->kind == KIND_ARRAY) {
                kt = type_int;
                vt = u->elem->underlying->elem;
                break;
            }
            goto bad;
        case KIND_SLICE:
            kt = type_int;
            vt = u->elem;
            break;
        case KIND_MAP:
            kt = u->key;
            vt = u->elem;
            break;
        case KIND_CHAN:
            if (!(u->dir & CHAN_RECV)) {
                check_errorf(c, s->x->pos, "invalid operation: range %s: receive from send-only channel %s",
                             check_expr_str(s->x), check_type_str(c, x.type));
                ok = false;
                break;
            }
            kt = u->elem;
            maxvars = 1;
            break;
        case KIND_FUNC:
            /* Range-over-func iterators: func(yield func(...) bool). */
            if (u->nparams == 1 && u->nresults == 0 && u->params[0]->kind == KIND_FUNC &&
                u->params[0]->nresults == 1 && u->params[0]->results[0]->underlying->kind == KIND_BOOL &&
                u->params[0]->nparams <= 2) {
                Type *y = u->params[0];
                maxvars = y->nparams;
                if (y->nparams >= 1) kt = y->params[0];
                if (y->nparams >= 2) vt = y->params[1];
                break;
            }
            goto bad;
        default:
            if (type_is_integer(u)) {
                if (type_is_untyped(x.type)) check_default(c, &x);
                kt = x.type;
                maxvars = 1;
                break;
            }
        bad:
            check_errorf(c, s->x->pos, "cannot range over %s", check_operand_str(c, &x));
            ok = false;
        }
    }
    Expr *targets[2] = {s->key, s->value};
    Type *types[2] = {kt, vt};
    int nv = s->value ? 2 : s->key ? 1 : 0;
    if (ok && nv > maxvars) {
        check_errorf(c, targets[maxvars]->pos, "range over %s permits only %s iteration variable%s",
                     check_operand_str(c, &x), maxvars == 1 ? "one" : "no", maxvars == 1 ? "" : "s");
        ok = false;
    } else if (ok && s->y) {
        check_errorf(c, s->y->pos, "range clause permits at most two iteration variables");
    }
    if (s->define) {
        Symbol *syms[2] = {NULL, NULL};
        for (int i = 0; i < nv; i++) {
            Expr *id = targets[i];
            if (!id) continue;
            if (id->kind != EX_IDENT) {
                check_errorf(c, id->pos, "non-name %s on left side of :=", check_expr_str(id));
                continue;
            }
            if (strcmp(id->name, "_") == 0) {
                id->mode = MODE_VAR;
                continue;
            }
            syms[i] = declare_var(c, id, ok ? types[i] : NULL);
            id->defines = true;
            id->mode = MODE_VAR;
            id->type = syms[i]->type;
        }
        for (int i = 0; i < 2; i++)
            if (syms[i]) check_declare(c, c->scope, syms[i]);
        s->key_sym = syms[0];
        s->value_sym = syms[1];
    } else {
        for (int i = 0; i < nv; i++) {
            Expr *e = targets[i];
            if (!e) continue;
            bool blank;
            Type *t = lhs_target(c, e, &blank);
            if (blank || !t || !ok || !types[i]) continue;
            Operand tmp = {0};
            tmp.mode = MODE_VALUE;
            tmp.type = types[i];
            tmp.expr = e;
            if (!check_assignable(c, &tmp, t, NULL))
                check_errorf(c, e->pos, "cannot use %s (value of type %s) as %s value in range", check_expr_str(e),
                             check_type_str(c, types[i]), check_type_str(c, t));
        }
    }
    push_target(c, s, label, true);
    check_stmt(c, s->body);
    c->targets = c->targets->outer;
    close_scope(c);
}

/* Checks a condition expression. */
static void condition(Checker *c, Expr *e, const char *what) {
    Operand x;
    check_expr(c, e, &x);
    if (x.mode == MODE_INVALID) return;
    Type *u = check_core_type(x.type);
    if (!u || (u->kind != KIND_BOOL && u->kind != KIND_UNTYPED_BOOL)) {
        check_errorf(c, e->pos, "non-boolean condition in %s", what);
        return;
    }
    check_default(c, &x);
}

void check_stmt(Checker *c, Stmt *s) {
    if (!s) return;
    if (++c->depth > 1000) {
        check_errorf(c, s->pos, "statement nesting too deep");
        c->depth--;
        return;
    }
    const char *label = pending_label;
    pending_label = NULL;
    switch (s->kind) {
    case ST_BAD:
    case ST_EMPTY:
        break;
    case ST_BLOCK:
        open_scope(c);
        check_block(c, &s->list);
        close_scope(c);
        break;
    case ST_EXPR: expr_stmt(c, s); break;
    case ST_SEND: {
        Operand ch, v;
        check_expr(c, s->x, &ch);
        check_expr(c, s->y, &v);
        if (ch.mode == MODE_INVALID || v.mode == MODE_INVALID) break;
        Type *u = check_core_type(ch.type);
        if (!u || u->kind != KIND_CHAN) {
            check_errorf(c, check_expr_start(s->x), "invalid operation: cannot send to non-channel %s", check_operand_str(c, &ch));
            break;
        }
        if (!(u->dir & CHAN_SEND)) {
            check_errorf(c, check_expr_start(s->x), "invalid operation: cannot send to receive-only channel %s", check_operand_str(c, &ch));
            break;
        }
        check_assign_to(c, &v, u->elem, "send", &s->y);
        break;
    }
    case ST_INCDEC: {
        Operand x;
        check_expr(c, s->x, &x);
        if (x.mode == MODE_INVALID) break;
        Type *u = check_core_type(x.type);
        if (!u || !type_is_numeric(u)) {
            check_errorf(c, s->x->pos, "invalid operation: %s%s (non-numeric type %s)", check_expr_str(s->x),
                         s->op == OP_ADD ? "++" : "--", check_type_str(c, x.type));
            break;
        }
        assignable_target(c, s->x, &x);
        break;
    }
    case ST_ASSIGN: assign_stmt(c, s); break;
    case ST_GO:
    case ST_DEFER: go_defer(c, s); break;
    case ST_RETURN: return_stmt(c, s); break;
    case ST_BRANCH: branch_stmt(c, s); break;
    case ST_IF:
        open_scope(c);
        if (s->init) check_stmt(c, s->init);
        if (s->cond) condition(c, s->cond, "if statement");
        check_stmt(c, s->body);
        if (s->els) check_stmt(c, s->els);
        close_scope(c);
        break;
    case ST_SWITCH: switch_stmt(c, s, label); break;
    case ST_TYPESWITCH: type_switch(c, s, label); break;
    case ST_SELECT: select_stmt(c, s, label); break;
    case ST_FOR:
        open_scope(c);
        if (s->init) check_stmt(c, s->init);
        if (s->cond) condition(c, s->cond, "for statement");
        if (s->post) {
            if (s->post->kind == ST_ASSIGN && s->post->define) check_errorf(c, s->post->pos, "cannot declare in post statement of for loop");
            else check_stmt(c, s->post);
        }
        push_target(c, s, label, true);
        check_stmt(c, s->body);
        c->targets = c->targets->outer;
        loopvars(s);
        close_scope(c);
        break;
    case ST_RANGE: range_stmt(c, s, label); break;
    case ST_LABELED: {
        Stmt *b = s->body;
        if (b && (b->kind == ST_FOR || b->kind == ST_RANGE || b->kind == ST_SWITCH || b->kind == ST_TYPESWITCH ||
                  b->kind == ST_SELECT))
            pending_label = s->label;
        check_stmt(c, b);
        pending_label = NULL;
        break;
    }
    case ST_DECL: local_decl(c, s->decl); break;
    case ST_CASE:
    case ST_COMM:
        check_errorf(c, s->pos, "unexpected case clause");
        break;
    }
    c->depth--;
}

/* Whether a statement tree contains a break that targets `target`. */
static bool has_break(Stmt *s, Stmt *target) {
    if (!s) return false;
    if (s->kind == ST_BRANCH && s->branch == BR_BREAK && s->target == target) return true;
    if (has_break(s->body, target) || has_break(s->els, target)) return true;
    for (int i = 0; i < s->list.n; i++)
        if (has_break(s->list.v[i], target)) return true;
    return false;
}

/* Whether a statement list ends in a terminating statement. */
static bool list_terminating(StmtList *l) {
    int n = l->n;
    while (n > 0 && l->v[n - 1]->kind == ST_EMPTY) n--;
    return n > 0 && check_terminating(l->v[n - 1], NULL);
}

bool check_terminating(Stmt *s, const char *label) {
    if (!s) return false;
    switch (s->kind) {
    case ST_RETURN: return true;
    case ST_BRANCH: return s->branch == BR_GOTO || s->branch == BR_FALLTHROUGH;
    case ST_EXPR: {
        Expr *e = s->x;
        while (e && e->kind == EX_PAREN) e = e->x;
        if (e && e->kind == EX_CALL && e->callkind == CALL_BUILTIN) {
            Expr *f = e->x;
            while (f->kind == EX_PAREN) f = f->x;
            return f->sym && f->sym->builtin == BI_PANIC;
        }
        return false;
    }
    case ST_BLOCK: return list_terminating(&s->list);
    case ST_IF: return s->els && check_terminating(s->body, NULL) && check_terminating(s->els, NULL);
    case ST_FOR: return !s->cond && !has_break(s->body, s);
    case ST_LABELED: return check_terminating(s->body, s->label);
    case ST_SWITCH:
    case ST_TYPESWITCH: {
        bool def = false;
        for (int i = 0; i < s->list.n; i++) {
            Stmt *cs = s->list.v[i];
            if (cs->lhs.n == 0) def = true;
            if (!list_terminating(&cs->list)) return false;
            if (has_break(cs, s)) return false;
        }
        return def;
    }
    case ST_SELECT:
        for (int i = 0; i < s->list.n; i++) {
            Stmt *cs = s->list.v[i];
            if (!list_terminating(&cs->list)) return false;
            if (has_break(cs, s)) return false;
        }
        return true;
    default: return false;
    }
}

void check_func_body(Checker *c, FuncInfo *info, Stmt *body, Pos end) {
    Scope *saved_scope = c->scope;
    FuncInfo *saved_fn = c->fn;
    Target *saved_targets = c->targets;
    Label *saved_labels = c->labels;
    int saved_n = c->nlabels, saved_cap = c->caplabels;
    c->fn = info;
    c->targets = NULL;
    c->labels = NULL;
    c->nlabels = c->caplabels = 0;
    c->scope = check_scope_new(saved_scope, info);
    /* A generic function's type parameters are in scope in its body. */
    if (c->tparams) {
        for (int i = 0; i < c->tparams->n; i++)
            for (int j = 0; j < c->tparams->v[i]->names.n; j++) {
                Symbol *ts = c->tparams->v[i]->names.v[j]->sym;
                if (ts) check_declare(c, c->scope, ts);
            }
        c->tparams = NULL;
    }
    if (info->recv) {
        info->recv->owner = info;
        check_declare(c, c->scope, info->recv);
    }
    for (int i = 0; i < info->params.n; i++) {
        info->params.v[i]->owner = info;
        check_declare(c, c->scope, info->params.v[i]);
    }
    for (int i = 0; i < info->results.n; i++) {
        info->results.v[i]->owner = info;
        check_declare(c, c->scope, info->results.v[i]);
    }
    collect_labels(c, body);
    /* The body's block shares the parameters' scope, as in Go. */
    if (body) check_block(c, &body->list);
    for (int i = 0; i < c->nlabels; i++)
        if (!c->labels[i].used) check_errorf(c, c->labels[i].stmt->pos, "label %s defined and not used", c->labels[i].name);
    if (body && info->type && info->type->nresults > 0 && !list_terminating(&body->list)) {
        Pos close = check_match_close(c, body->pos);
        check_errorf(c, close, "missing return");
    }
    (void)end;
    c->scope = saved_scope;
    c->fn = saved_fn;
    c->targets = saved_targets;
    c->labels = saved_labels;
    c->nlabels = saved_n;
    c->caplabels = saved_cap;
}
