/*
 * Type expressions, signatures, type declarations, field and method lookup
 * through embedding, method sets, assignability, convertibility and
 * interface satisfaction.
 *
 * Invariants:
 * - Every Type produced here is canonical (built with runtime/type.c's
 *   constructors), so identity is pointer equality.
 * - A type declaration's named type exists before its underlying type is
 *   resolved; a reference to a named type whose declaration is still being
 *   resolved is legal only through an indirection (pointer, slice, map, chan,
 *   func); a direct one (struct field, array element) is an invalid recursive
 *   type.
 */
#include "parser/check.h"

#include <string.h>

/* The type declarations being resolved, innermost last (for cycle reports),
 * with the indirection depth at which each began. */
static Symbol *type_stack[512];
static int type_stack_ind[512];
static int ntype_stack;
/* Pointer/slice/map/chan/func element types being resolved right now. */
static int indirections;
/* Named types declared as another named type that was still incomplete
 * (type B A while A is being declared, reached through a pointer). */
static Type *pending_named[256], *pending_target[256];
static int npending;
/* Whether a struct or array was built around an incomplete named type. */
static bool need_relayout;
static bool through_indirection(Type *t);

/* Marks an expression as a type expression with type t. */
static Type *as_type(Expr *e, Type *t) {
    e->mode = MODE_TYPE;
    e->type = t;
    return t;
}

/* Resolves a field list (params/results) into types and optional symbols. */
static Type **field_types(Checker *c, FieldList *fl, int *n, bool *variadic, SymList *syms, bool params) {
    int count = 0;
    for (int i = 0; i < fl->n; i++) count += fl->v[i]->names.n ? fl->v[i]->names.n : 1;
    Type **ts = GC_MALLOC(sizeof(Type *) * (count ? count : 1));
    int k = 0;
    for (int i = 0; i < fl->n; i++) {
        AstField *f = fl->v[i];
        Expr *te = f->type;
        bool var = false;
        if (te && te->kind == EX_ELLIPSIS) {
            if (!params || i != fl->n - 1 || f->names.n > 1) {
                check_errorf(c, te->pos, "can only use ... with final parameter in list");
            }
            var = true;
        }
        Type *t;
        if (var) {
            Type *el = check_typexpr(c, te->x);
            t = el ? type_slice(el) : NULL;
            as_type(te, t);
            if (variadic) *variadic = true;
        } else {
            t = check_typexpr(c, te);
        }
        if (!t) t = check_invalid_type(); /* error already reported; keep going */
        int names = f->names.n ? f->names.n : 1;
        for (int j = 0; j < names; j++) {
            ts[k++] = t;
            if (syms) {
                const char *nm = f->names.n ? f->names.v[j]->name : "_";
                Pos p = f->names.n ? f->names.v[j]->pos : f->pos;
                Symbol *s = check_new_symbol(c, SYM_VAR, nm, p, t);
                s->param = true;
                if (f->names.n) f->names.v[j]->sym = s;
                LIST_PUSH(*syms, s);
            }
        }
    }
    *n = count;
    return ts;
}

Type *check_signature(Checker *c, Expr *ft, FuncInfo *info, AstField *recv) {
    if (!ft) return type_func(NULL, 0, NULL, 0, false);
    if (ft->tparams.n) {
        /* Generic functions: type parameters are bound by the caller's
         * instantiation; here they are declared as type-parameter types. */
        Scope *s = check_scope_new(c->scope, c->fn);
        c->scope = s;
        int idx = 0;
        for (int i = 0; i < ft->tparams.n; i++) {
            AstField *f = ft->tparams.v[i];
            for (int j = 0; j < f->names.n; j++) {
                Type *tp = type_typeparam(f->names.v[j]->name, NULL, idx++);
                Symbol *sym = check_new_symbol(c, SYM_TYPE, f->names.v[j]->name, f->names.v[j]->pos, tp);
                f->names.v[j]->sym = sym;
                check_declare(c, s, sym);
            }
        }
        idx = 0;
        for (int i = 0; i < ft->tparams.n; i++) {
            AstField *f = ft->tparams.v[i];
            Type *ct;
            Expr *ce = f->type;
            if ((ce->kind == EX_UNARY && ce->op == OP_TILDE) || (ce->kind == EX_BINARY && ce->op == OP_OR)) {
                /* A bare union as a constraint: interface{ ~T | U } */
                Expr *ie = GC_MALLOC(sizeof(Expr));
                ie->kind = EX_INTERFACETYPE;
                ie->pos = ce->pos;
                AstField *af = GC_MALLOC(sizeof(AstField));
                af->pos = ce->pos;
                af->type = ce;
                LIST_PUSH(ie->fields, af);
                ct = check_typexpr(c, ie);
            } else {
                ct = check_typexpr(c, ce);
            }
            if (ct && ct->kind != KIND_INTERFACE) {
                /* A bare type as a constraint: interface{ T } */
                Type *terms[1] = {ct};
                bool tl[1] = {false};
                ct = type_interface_terms(NULL, 0, terms, tl, 1);
            }
            for (int j = 0; j < f->names.n; j++) f->names.v[j]->sym->type->constraint = ct ? ct : type_any;
        }
        if (info) {
            info->params.n = 0;
        }
    }
    bool variadic = false;
    int np = 0, nr = 0;
    if (info && recv) {
        Type *rt = check_typexpr(c, recv->type);
        const char *nm = recv->names.n ? recv->names.v[0]->name : "_";
        Pos p = recv->names.n ? recv->names.v[0]->pos : recv->pos;
        Symbol *s = check_new_symbol(c, SYM_VAR, nm, p, rt ? rt : type_int);
        s->param = true;
        if (recv->names.n) recv->names.v[0]->sym = s;
        info->recv = s;
    }
    Type **ps = field_types(c, &ft->params, &np, &variadic, info ? &info->params : NULL, true);
    Type **rs = field_types(c, &ft->results, &nr, NULL, info ? &info->results : NULL, false);
    if (info) info->named_results = ft->results.n && ft->results.v[0]->names.n;
    Type *t = type_func(ps, np, rs, nr, variadic);
    as_type(ft, t);
    if (ft->tparams.n) c->scope = c->scope->parent;
    return t;
}

/* Resolves a struct type expression. */
static Type *struct_type(Checker *c, Expr *e) {
    int n = 0;
    for (int i = 0; i < e->fields.n; i++) n += e->fields.v[i]->names.n ? e->fields.v[i]->names.n : 1;
    Field *fs = GC_MALLOC(sizeof(Field) * (n ? n : 1));
    int k = 0;
    for (int i = 0; i < e->fields.n; i++) {
        AstField *f = e->fields.v[i];
        Type *t = check_typexpr_direct(c, f->type, true);
        if (!t) t = check_invalid_type();
        if (f->names.n == 0) {
            /* Embedded: T, *T, pkg.T */
            Expr *b = f->type;
            bool ptr = false;
            if (b->kind == EX_STAR) {
                ptr = true;
                b = b->x;
            }
            while (b->kind == EX_INDEX) b = b->x;
            const char *name = b->kind == EX_SELECTOR ? b->name : b->kind == EX_IDENT ? b->name : "?";
            if (ptr && t->kind == KIND_POINTER && t->elem->kind == KIND_POINTER)
                check_errorf(c, f->type->pos, "embedded field type cannot be a pointer to a pointer");
            if (!ptr && t->kind == KIND_POINTER && !t->name)
                check_errorf(c, f->type->pos, "embedded field type cannot be a pointer");
            if (ptr && t->elem && t->elem->kind == KIND_INTERFACE)
                check_errorf(c, f->type->pos, "embedded field type cannot be a pointer to an interface");
            for (int j = 0; j < k; j++)
                if (strcmp(fs[j].name, name) == 0 && strcmp(name, "_") != 0)
                    check_errorf(c, f->type->pos, "%s redeclared", name);
            fs[k].name = name;
            fs[k].type = t;
            fs[k].embedded = true;
            fs[k].tag = f->tag;
            k++;
            continue;
        }
        for (int j = 0; j < f->names.n; j++) {
            const char *name = f->names.v[j]->name;
            for (int m = 0; m < k; m++)
                if (strcmp(fs[m].name, name) == 0 && strcmp(name, "_") != 0)
                    check_errorf(c, f->names.v[j]->pos, "%s redeclared", name);
            fs[k].name = name;
            fs[k].type = t;
            fs[k].tag = f->tag;
            k++;
        }
    }
    return type_struct(fs, k);
}

/* Adds the methods of an interface type to a method list (deduplicated). */
static void add_iface_methods(Checker *c, Method **ms, int *n, int *cap, Type *it, Pos pos) {
    for (int i = 0; i < it->nmethods; i++) {
        bool dup = false;
        for (int j = 0; j < *n; j++)
            if (strcmp((*ms)[j].name, it->methods[i].name) == 0) {
                dup = true;
                if ((*ms)[j].sig != it->methods[i].sig)
                    check_errorf(c, pos, "duplicate method %s", it->methods[i].name);
            }
        if (dup) continue;
        if (*n == *cap) {
            *cap = *cap ? *cap * 2 : 8;
            Method *nv = GC_MALLOC(sizeof(Method) * *cap);
            if (*n) memcpy(nv, *ms, sizeof(Method) * *n);
            *ms = nv;
        }
        Method m = {0};
        m.name = it->methods[i].name;
        m.sig = it->methods[i].sig;
        (*ms)[(*n)++] = m;
    }
}

/* Resolves an interface type expression (methods, embedded interfaces, unions). */
static Type *interface_type(Checker *c, Expr *e) {
    Method *ms = NULL;
    int n = 0, cap = 0;
    Type **terms = NULL;
    bool *tilde = NULL;
    int nterms = 0;
    bool has_terms = false, is_comparable = false;
    for (int i = 0; i < e->fields.n; i++) {
        AstField *f = e->fields.v[i];
        if (f->names.n) {
            const char *name = f->names.v[0]->name;
            Type *sig = check_signature(c, f->type, NULL, NULL);
            /* A method may repeat one of an embedded interface with an
             * identical signature (Go 1.14), never another declared one. */
            bool dup = false, explicit_dup = false;
            for (int j = 0; j < i; j++) {
                AstField *g = e->fields.v[j];
                if (g->names.n && strcmp(g->names.v[0]->name, name) == 0) explicit_dup = true;
            }
            for (int j = 0; j < n; j++)
                if (strcmp(ms[j].name, name) == 0) {
                    dup = true;
                    if (explicit_dup || ms[j].sig != sig)
                        check_errorf(c, f->names.v[0]->pos, "duplicate method %s", name);
                }
            if (dup) continue;
            if (n == cap) {
                cap = cap ? cap * 2 : 8;
                Method *nv = GC_MALLOC(sizeof(Method) * cap);
                if (n) memcpy(nv, ms, sizeof(Method) * n);
                ms = nv;
            }
            Method m = {0};
            m.name = name;
            m.sig = sig;
            ms[n++] = m;
            continue;
        }
        /* An embedded interface or a union of terms: a | ~b | c. */
        Expr *te = f->type;
        ExprList parts = {0};
        while (te->kind == EX_BINARY && te->op == OP_OR) {
            LIST_PUSH(parts, te->y);
            te = te->x;
        }
        LIST_PUSH(parts, te);
        if (parts.n == 1 && !(te->kind == EX_UNARY && te->op == OP_TILDE)) {
            Type *t = check_typexpr(c, te);
            if (!t) continue;
            if (t->kind == KIND_INTERFACE) {
                if (t->name && strcmp(t->name, "comparable") == 0 && !t->pkg) is_comparable = true;
                if (t->nterms > 0) {
                    has_terms = true;
                    for (int j = 0; j < t->nterms; j++) {
                        terms = GC_REALLOC(terms, sizeof(Type *) * (nterms + 1));
                        tilde = GC_REALLOC(tilde, sizeof(bool) * (nterms + 1));
                        terms[nterms] = t->terms[j];
                        tilde[nterms++] = t->tilde[j];
                    }
                }
                add_iface_methods(c, &ms, &n, &cap, t->underlying ? t->underlying : t, te->pos);
                continue;
            }
        }
        has_terms = true;
        for (int j = parts.n - 1; j >= 0; j--) {
            Expr *p = parts.v[j];
            bool tl = false;
            if (p->kind == EX_UNARY && p->op == OP_TILDE) {
                tl = true;
                p = p->x;
            }
            Type *t = check_typexpr(c, p);
            if (!t) continue;
            terms = GC_REALLOC(terms, sizeof(Type *) * (nterms + 1));
            tilde = GC_REALLOC(tilde, sizeof(bool) * (nterms + 1));
            terms[nterms] = t;
            tilde[nterms++] = tl;
        }
    }
    if (has_terms || is_comparable) {
        Type *t = type_interface_terms(ms, n, terms, tilde, nterms);
        if (is_comparable && !has_terms) t->nterms = -1;
        return t;
    }
    return type_interface(ms, n);
}

/* Whether e denotes the blank or a type name that is being declared right now. */
Type *check_typexpr(Checker *c, Expr *e) { return check_typexpr_direct(c, e, false); }

/* Resolves a type expression; `direct` is true where the type's size is needed
 * (struct fields, array elements), so an unfinished named type is a cycle. */
Type *check_typexpr_direct(Checker *c, Expr *e, bool direct) {
    if (!e) return NULL;
    if (++c->depth > 500) {
        check_errorf(c, e->pos, "type nesting too deep");
        c->depth--;
        return NULL;
    }
    Type *r = NULL;
    switch (e->kind) {
    case EX_IDENT:
    case EX_SELECTOR: {
        Operand x;
        check_expr_or_type(c, e, &x);
        if (x.mode == MODE_INVALID) break;
        if (x.mode != MODE_TYPE) {
            check_errorf(c, e->pos, "%s is not a type", check_expr_str(e));
            break;
        }
        r = x.type;
        if (!r && x.generic) {
            check_errorf(c, e->pos, "cannot use generic type %s without instantiation", x.generic->name);
            break;
        }
        if (r && direct && r->name && r->kind == KIND_INVALID && r->underlying == NULL && r->pkg &&
            through_indirection(r)) {
            need_relayout = true; /* laid out again once r is complete */
        } else if (r && direct && r->name && r->kind == KIND_INVALID && r->underlying == NULL && r->pkg) {
            Symbol *ts = e->kind == EX_IDENT ? e->sym : NULL;
            check_report_type_cycle(c, ts, r, e->pos);
            r = NULL;
        }
        break;
    }
    case EX_PAREN: r = check_typexpr_direct(c, e->x, direct); break;
    case EX_STAR: {
        indirections++;
        Type *el = check_typexpr(c, e->x);
        indirections--;
        if (el) r = type_pointer(el);
        break;
    }
    case EX_ARRAYTYPE: {
        if (!e->y) {
            indirections++;
            Type *el = check_typexpr(c, e->x);
            indirections--;
            if (el) r = type_slice(el);
            break;
        }
        if (e->y->kind == EX_ELLIPSIS) {
            check_errorf(c, e->y->pos, "invalid use of [...] array (outside a composite literal)");
            break;
        }
        int64_t n = 0;
        Operand lx;
        check_expr(c, e->y, &lx);
        if (lx.mode == MODE_INVALID) break;
        if (lx.mode != MODE_CONST) {
            if (lx.mode != MODE_INVALID) check_errorf(c, e->y->pos, "array length %s must be constant", check_operand_str(c, &lx));
            break;
        }
        if (!type_is_integer(lx.type) && !(lx.type->kind == KIND_UNTYPED_FLOAT && const_to_int(lx.val))) {
            check_errorf(c, e->y->pos, "array length %s must be integer", check_operand_str(c, &lx));
            break;
        }
        if (!const_int64_of(lx.val, &n) || n < 0) {
            check_errorf(c, e->y->pos, "invalid array length %s", check_expr_str(e->y));
            break;
        }
        check_convert_untyped(c, &lx, type_int);
        Type *el = check_typexpr_direct(c, e->x, direct);
        if (el) r = type_array(el, n);
        break;
    }
    case EX_MAPTYPE: {
        indirections++;
        Type *k = check_typexpr(c, e->y);
        Type *v = check_typexpr(c, e->x);
        indirections--;
        if (k && v) {
            if (!check_comparable(k) && k->kind != KIND_TYPEPARAM && !(k->name && k->kind == KIND_INVALID)) {
                check_errorf(c, e->y->pos, "invalid map key type %s", check_type_str(c, k));
                break;
            }
            r = type_map(k, v);
        }
        break;
    }
    case EX_CHANTYPE: {
        indirections++;
        Type *el = check_typexpr(c, e->x);
        indirections--;
        if (el) r = type_chan(el, e->dir ? e->dir : CHAN_BOTH);
        break;
    }
    case EX_FUNCTYPE:
        indirections++;
        r = check_signature(c, e, NULL, NULL);
        indirections--;
        break;
    case EX_STRUCTTYPE: r = struct_type(c, e); break;
    case EX_INTERFACETYPE: r = interface_type(c, e); break;
    case EX_INDEX: {
        Operand x;
        check_expr_or_type(c, e, &x);
        if (x.mode == MODE_INVALID) break;
        if (x.mode != MODE_TYPE || !x.type) {
            check_errorf(c, e->pos, "%s is not a type", check_expr_str(e));
            break;
        }
        r = x.type;
        break;
    }
    case EX_ELLIPSIS:
        check_errorf(c, e->pos, "invalid use of ...");
        break;
    default:
        check_errorf(c, e->pos, "%s is not a type", check_expr_str(e));
        break;
    }
    c->depth--;
    if (r) as_type(e, r);
    else e->mode = MODE_INVALID;
    return r;
}

void check_type_spec(Checker *c, Spec *sp, Symbol *sym) {
    if (sp->tparams.n) {
        /* A generic type: instantiated on use (check_generic.c). */
        sym->type = NULL;
        return;
    }
    if (sp->alias) {
        Type *t = check_typexpr(c, sp->type);
        sym->type = t;
        return;
    }
    const char *pkgname = c->pkg ? c->pkg->name : "main";
    Type *named = type_named(pkgname, sym->name);
    check_note_type(c->pkg, named);
    if (c->fn) {
        /* A local type: Go spells it like a package-level one. */
    }
    sym->type = named;
    Type *u = check_typexpr_direct(c, sp->type, true);
    if (!u) {
        type_set_underlying(named, type_struct(NULL, 0));
        return;
    }
    if (u->kind == KIND_INVALID && u->name && !u->underlying) {
        /* type B A while A is incomplete (reached through an indirection). */
        if (npending < 256) {
            pending_named[npending] = named;
            pending_target[npending++] = u;
            return;
        }
        check_errorf(c, sp->names.v[0]->pos, "invalid recursive type %s", sym->name);
        type_set_underlying(named, type_struct(NULL, 0));
        return;
    }
    type_set_underlying(named, u);
}


void check_push_type_decl(Symbol *s) {
    if (ntype_stack < 512) {
        type_stack[ntype_stack] = s;
        type_stack_ind[ntype_stack] = indirections;
    }
    ntype_stack++;
}

/* Whether named type t, still being declared, is reached through an
 * indirection since its declaration began (then it is not a cycle). */
static bool through_indirection(Type *t) {
    for (int i = 0; i < npending; i++)
        if (pending_named[i] == t) return true; /* completed with its target */
    int top = ntype_stack < 512 ? ntype_stack : 512;
    for (int i = 0; i < top; i++)
        if (type_stack[i] && type_stack[i]->type == t) return indirections > type_stack_ind[i];
    return false;
}

void check_type_reset(void) {
    ntype_stack = 0;
    indirections = 0;
    npending = 0;
    need_relayout = false;
}

void check_finish_types(void) {
    for (int round = 0; round < 258 && npending; round++)
        for (int i = 0; i < npending; i++) {
            Type *n = pending_named[i], *t = pending_target[i];
            if (t->underlying && !n->underlying) {
                type_set_underlying(n, t->underlying);
                pending_named[i] = pending_named[--npending];
                pending_target[i] = pending_target[npending];
                i--;
                need_relayout = true;
            }
        }
    if (need_relayout) type_relayout_all();
    need_relayout = false;
}

void check_pop_type_decl(void) {
    if (ntype_stack > 0) ntype_stack--;
}

void check_report_type_cycle(Checker *c, Symbol *ts, Type *t, Pos at) {
    int from = -1;
    int top = ntype_stack < 512 ? ntype_stack : 512;
    for (int i = 0; i < top; i++)
        if (type_stack[i] == ts || (t && type_stack[i] && type_stack[i]->type == t)) {
            from = i;
            break;
        }
    if (from < 0) {
        check_errorf(c, at, "invalid recursive type %s", t ? t->name : ts ? ts->name : "?");
        return;
    }
    Symbol *first = type_stack[from];
    bool is_type = first->kind == SYM_TYPE;
    const Source *sv = c->src;
    if (first->src) c->src = first->src;
    if (from == top - 1) {
        if (is_type) check_errorf(c, first->pos, "invalid recursive type: %s refers to itself", first->name);
        else check_errorf(c, first->pos, "invalid cycle in declaration: %s refers to itself", first->name);
    } else {
        char *msg = is_type ? check_sprintf("invalid recursive type %s", first->name)
                            : check_sprintf("invalid cycle in declaration of %s", first->name);
        for (int i = from; i < top; i++) {
            Symbol *a = type_stack[i];
            msg = check_sprintf("%s\n\t%s:%d:%d: %s refers to", msg, a->src ? a->src->name : "", a->pos.line, a->pos.col,
                                a->name);
        }
        msg = check_sprintf("%s\n\t%s:%d:%d: %s", msg, first->src ? first->src->name : "", first->pos.line, first->pos.col,
                            first->name);
        check_errorf(c, first->pos, "%s", msg);
    }
    c->src = sv;
}

Type *check_invalid_type(void) {
    static Type *inv;
    if (!inv) {
        inv = type_named(NULL, "invalid type");
        type_set_underlying(inv, type_struct(NULL, 0));
    }
    return inv;
}

bool check_path_has_ptr(Type *t, int *path, int npath) {
    if (t && t->kind == KIND_POINTER && t->elem) t = t->elem;
    for (int i = 0; i < npath && t; i++) {
        Type *u = t->underlying ? t->underlying : t;
        if (u->kind != KIND_STRUCT || path[i] >= u->nfields) return false;
        Type *ft = u->fields[path[i]].type;
        if (ft->kind == KIND_POINTER && !ft->name) {
            if (i < npath) return true;
        }
        t = ft;
    }
    return false;
}

Type *check_default_type(Type *t) {
    if (!t) return t;
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

bool check_comparable(Type *t) {
    if (!t) return true;
    if (t->kind == KIND_TYPEPARAM) return true;
    return t->comparable;
}

Type *check_core_type(Type *t) {
    if (!t) return t;
    if (t->kind == KIND_TYPEPARAM) {
        Type *ct = t->constraint;
        if (ct && ct->nterms > 0) {
            Type *u = ct->terms[0]->underlying;
            for (int i = 1; i < ct->nterms; i++)
                if (ct->terms[i]->underlying != u) return NULL;
            return u;
        }
        return NULL;
    }
    return t->underlying ? t->underlying : t;
}

/* ---- lookup through embedding ---- */

/* One candidate in the breadth-first embedding search. */
typedef struct Cand {
    Type *type;
    int *path;
    int npath;
    bool indirect;
} Cand;

bool check_lookup_field_or_method(Type *t, const char *name, Lookup *out) {
    memset(out, 0, sizeof *out);
    if (!t || strcmp(name, "_") == 0) return false;
    bool indirect = false;
    bool fields_only = false;
    if (t->kind == KIND_POINTER && t->name && t->elem && t->elem->kind != KIND_POINTER) {
        /* A named pointer type has no methods, but selects its base's fields. */
        fields_only = true;
    }
    if (t->kind == KIND_POINTER && (!t->name || fields_only)) {
        t = t->elem;
        indirect = true;
        if (t->kind == KIND_POINTER) return false;
    }
    if (t->kind == KIND_TYPEPARAM) {
        Type *ct = t->constraint;
        if (ct) {
            Type *it = ct->underlying ? ct->underlying : ct;
            for (int i = 0; i < it->nmethods; i++)
                if (strcmp(it->methods[i].name, name) == 0) {
                    out->kind = SEL_IFACE;
                    out->method_index = i;
                    out->method = &it->methods[i];
                    out->type = it->methods[i].sig;
                    out->last = t;
                    return true;
                }
            Type *core = check_core_type(t);
            if (core && core->kind == KIND_STRUCT) t = core;
            else return false;
        } else {
            return false;
        }
    }
    Cand *cur = GC_MALLOC(sizeof(Cand));
    cur[0] = (Cand){t, NULL, 0, indirect};
    int ncur = 1;
    Type **seen = NULL;
    int nseen = 0;
    for (int depth = 0; ncur && depth < 32; depth++) {
        int found = 0;
        Lookup best = {0};
        Cand *next = NULL;
        int nnext = 0;
        for (int ci = 0; ci < ncur; ci++) {
            Cand cd = cur[ci];
            Type *ct = cd.type;
            if (ct->name) {
                bool dup = false;
                for (int s = 0; s < nseen; s++)
                    if (seen[s] == ct) dup = true;
                if (dup) continue;
                seen = GC_REALLOC(seen, sizeof(Type *) * (nseen + 1));
                seen[nseen++] = ct;
                /* Declared methods (not promoted ones: those are found by the walk). */
                if (ct->kind != KIND_INTERFACE) {
                    Method *m = type_find_method(ct, name);
                    if (m && !m->npath) {
                        found++;
                        best.kind = SEL_METHOD;
                        best.method = m;
                        best.recv_type = ct;
                        best.type = m->sig;
                        best.path = cd.path;
                        best.npath = cd.npath;
                        best.indirect = cd.indirect;
                        best.last = ct;
                        continue;
                    }
                }
            }
            Type *u = ct->underlying ? ct->underlying : ct;
            if (u->kind == KIND_STRUCT) {
                for (int i = 0; i < u->nfields; i++) {
                    Field *f = &u->fields[i];
                    if (strcmp(f->name, name) == 0) {
                        found++;
                        best.kind = SEL_FIELD;
                        best.type = f->type;
                        best.path = GC_MALLOC_ATOMIC(sizeof(int) * (cd.npath + 1));
                        if (cd.npath) memcpy(best.path, cd.path, sizeof(int) * cd.npath);
                        best.path[cd.npath] = i;
                        best.npath = cd.npath + 1;
                        best.indirect = cd.indirect;
                        best.last = ct;
                        continue;
                    }
                    if (f->embedded) {
                        Type *ft = f->type;
                        bool ind = cd.indirect;
                        if (ft->kind == KIND_POINTER && !ft->name) {
                            ft = ft->elem;
                            ind = true;
                        }
                        next = GC_REALLOC(next, sizeof(Cand) * (nnext + 1));
                        int *np = GC_MALLOC_ATOMIC(sizeof(int) * (cd.npath + 1));
                        if (cd.npath) memcpy(np, cd.path, sizeof(int) * cd.npath);
                        np[cd.npath] = i;
                        next[nnext++] = (Cand){ft, np, cd.npath + 1, ind};
                    }
                }
            } else if (u->kind == KIND_INTERFACE) {
                for (int i = 0; i < u->nmethods; i++)
                    if (strcmp(u->methods[i].name, name) == 0) {
                        found++;
                        best.kind = SEL_IFACE;
                        best.method_index = i;
                        best.method = &u->methods[i];
                        best.type = u->methods[i].sig;
                        best.path = cd.path;
                        best.npath = cd.npath;
                        best.indirect = cd.indirect;
                        best.last = ct;
                    }
            }
        }
        if (found == 1) {
            if (fields_only && best.kind != SEL_FIELD) return false;
            *out = best;
            return true;
        }
        if (found > 1) {
            out->ambiguous = true;
            return false;
        }
        cur = next;
        ncur = nnext;
    }
    return false;
}

void check_add_promoted(Type *named) {
    Type *u = named->underlying;
    if (!u || u->kind != KIND_STRUCT) return;
    /* Candidate names: methods of every embedded type, transitively. */
    const char **names = NULL;
    int nn = 0;
    Type **stack = GC_MALLOC(sizeof(Type *) * 64);
    int ns = 0;
    stack[ns++] = u;
    Type **seen = NULL;
    int nseen = 0;
    while (ns) {
        Type *t = stack[--ns];
        Type *tu = t->underlying ? t->underlying : t;
        if (tu->kind != KIND_STRUCT) continue;
        for (int i = 0; i < tu->nfields; i++) {
            if (!tu->fields[i].embedded) continue;
            Type *ft = tu->fields[i].type;
            if (ft->kind == KIND_POINTER && !ft->name) ft = ft->elem;
            bool dup = false;
            for (int s = 0; s < nseen; s++)
                if (seen[s] == ft) dup = true;
            if (dup) continue;
            seen = GC_REALLOC(seen, sizeof(Type *) * (nseen + 1));
            seen[nseen++] = ft;
            Type *fu = ft->underlying ? ft->underlying : ft;
            Method *ms = ft->kind == KIND_INTERFACE ? fu->methods : ft->methods;
            int nm = ft->kind == KIND_INTERFACE ? fu->nmethods : ft->nmethods;
            for (int m = 0; m < nm; m++) {
                names = GC_REALLOC(names, sizeof(char *) * (nn + 1));
                names[nn++] = ms[m].name;
            }
            if (fu->kind == KIND_STRUCT && ns < 64) stack[ns++] = ft;
        }
    }
    for (int i = 0; i < nn; i++) {
        Method *have = type_find_method(named, names[i]);
        if (have) continue;
        Lookup lk;
        if (!check_lookup_field_or_method(named, names[i], &lk)) continue;
        if (lk.kind != SEL_METHOD && lk.kind != SEL_IFACE) continue;
        /* ptr_recv: only in *T's method set when the target needs a pointer
         * receiver and no embedded pointer on the way provides one. */
        bool via_ptr = false;
        Type *walk = u;
        for (int p = 0; p < lk.npath; p++) {
            Type *wu = walk->underlying ? walk->underlying : walk;
            Type *ft = wu->fields[lk.path[p]].type;
            if (ft->kind == KIND_POINTER && !ft->name) {
                via_ptr = true;
                ft = ft->elem;
            }
            walk = ft;
        }
        bool ptr = lk.kind == SEL_METHOD && lk.method->ptr_recv && !via_ptr;
        Method *m = type_add_method(named, names[i], lk.type, ptr);
        m->path = lk.path;
        m->npath = lk.npath ? lk.npath : 0;
        if (lk.kind == SEL_METHOD) {
            m->origin = lk.method;
            m->origin_type = lk.recv_type;
        } else {
            m->origin = lk.method;
            m->origin_type = lk.last;
        }
        if (!m->npath) m->npath = -1;
    }
}

/* ---- interfaces, assignability, conversions ---- */

/* Whether t satisfies a constraint's type set (terms and comparable). */
static bool in_type_set(Type *t, Type *iface) {
    if (iface->nterms == -1) return check_comparable(t);
    if (iface->nterms <= 0) return true;
    for (int i = 0; i < iface->nterms; i++) {
        Type *term = iface->terms[i];
        if (term == t) return true;
        if (iface->tilde[i] && (t->underlying ? t->underlying : t) == (term->underlying ? term->underlying : term))
            return true;
    }
    return false;
}

bool check_implements(Checker *c, Type *t, Type *iface, const char **reason) {
    Type *it = iface->underlying ? iface->underlying : iface;
    if ((iface->nterms != 0 || it->nterms != 0) && t->kind != KIND_TYPEPARAM) {
        Type *ts = iface->nterms ? iface : it;
        if (!in_type_set(t, ts)) {
            if (reason) {
                if (ts->nterms == -1)
                    *reason = check_sprintf("%s does not satisfy comparable", check_type_str(c, t));
                else
                    *reason = check_sprintf("%s does not satisfy %s (%s missing in %s)", check_type_str(c, t),
                                            check_type_str(c, iface), check_type_str(c, t),
                                            check_type_str(c, iface));
            }
            return false;
        }
    }
    if (t->kind == KIND_TYPEPARAM) {
        Type *ct = t->constraint ? (t->constraint->underlying ? t->constraint->underlying : t->constraint) : type_any;
        for (int i = 0; i < it->nmethods; i++) {
            bool ok = false;
            for (int j = 0; j < ct->nmethods; j++)
                if (strcmp(ct->methods[j].name, it->methods[i].name) == 0) ok = true;
            if (!ok) {
                if (reason)
                    *reason = check_sprintf("%s does not implement %s (missing method %s)", check_type_str(c, t),
                                            check_type_str(c, iface), it->methods[i].name);
                return false;
            }
        }
        return true;
    }
    for (int i = 0; i < it->nmethods; i++) {
        Method *want = &it->methods[i];
        Lookup lk;
        bool found = check_lookup_field_or_method(t, want->name, &lk) && (lk.kind == SEL_METHOD || lk.kind == SEL_IFACE);
        if (found && t->kind == KIND_INTERFACE && lk.kind != SEL_IFACE) found = false;
        if (!found) {
            if (reason) {
                /* A method with different case? */
                *reason = check_sprintf("%s does not implement %s (missing method %s)", check_type_str(c, t),
                                        check_type_str(c, iface), want->name);
            }
            return false;
        }
        if (lk.type != want->sig) {
            if (reason)
                *reason = check_sprintf("%s does not implement %s (wrong type for method %s)\n\t\thave %s%s\n\t\twant %s%s",
                                        check_type_str(c, t), check_type_str(c, iface), want->name, want->name,
                                        check_type_str(c, lk.type) + 4, want->name, check_type_str(c, want->sig) + 4);
            return false;
        }
        if (lk.kind == SEL_METHOD) {
            bool is_ptr = t->kind == KIND_POINTER && !t->name;
            /* The method needs a pointer receiver unless an embedded pointer provides one. */
            Method *m = type_find_method(is_ptr ? t->elem : t, want->name);
            bool needs_ptr = m ? m->ptr_recv : (lk.method->ptr_recv && !check_path_has_ptr(t, lk.path, lk.npath));
            if (needs_ptr && !is_ptr) {
                if (reason)
                    *reason = check_sprintf("%s does not implement %s (method %s has pointer receiver)",
                                            check_type_str(c, t), check_type_str(c, iface), want->name);
                return false;
            }
        }
    }
    return true;
}

bool check_assignable(Checker *c, Operand *x, Type *t, const char **reason) {
    Type *v = x->type;
    if (reason) *reason = NULL;
    if (!v || !t) return true;
    if (v == t) return true;
    Type *vu = v->underlying ? v->underlying : v;
    Type *tu = t->underlying ? t->underlying : t;
    if (type_is_untyped(v)) {
        if (v->kind == KIND_UNTYPED_NIL) {
            switch (tu->kind) {
            case KIND_POINTER: case KIND_FUNC: case KIND_SLICE: case KIND_MAP: case KIND_CHAN:
            case KIND_INTERFACE: case KIND_UNSAFE_POINTER:
                return true;
            default:
                return false;
            }
        }
        if (tu->kind == KIND_INTERFACE && tu->nterms == 0) return true;
        if (t->kind == KIND_TYPEPARAM) return false;
        if (x->mode == MODE_CONST && x->val) return const_representable(x->val, t, NULL, NULL);
        /* A non-constant untyped bool (comparison) or untyped shift result. */
        if (v->kind == KIND_UNTYPED_BOOL) return tu->kind == KIND_BOOL;
        return type_is_numeric(tu);
    }
    /* Identical underlying types and at least one is not named. */
    if (vu == tu && (!v->name || !t->name) && v->kind != KIND_TYPEPARAM && t->kind != KIND_TYPEPARAM) return true;
    if (tu->kind == KIND_INTERFACE && t->kind != KIND_TYPEPARAM) {
        return check_implements(c, v, t, reason);
    }
    /* Channel direction: a bidirectional channel to a directional one of the same element. */
    if (vu->kind == KIND_CHAN && tu->kind == KIND_CHAN && vu->dir == CHAN_BOTH && vu->elem == tu->elem &&
        (!v->name || !t->name))
        return true;
    if (vu->kind == KIND_INTERFACE && tu->kind != KIND_INTERFACE && reason) {
        const char *miss = NULL;
        (void)miss;
        *reason = "need type assertion";
    }
    return false;
}

bool check_convertible(Checker *c, Operand *x, Type *t) {
    Type *v = x->type;
    if (!v || !t) return true;
    if (check_assignable(c, x, t, NULL)) return true;
    Type *vu = v->underlying ? v->underlying : v;
    Type *tu = t->underlying ? t->underlying : t;
    if (type_is_untyped(v)) vu = v;
    if (vu == tu) return true;
    if (vu->kind == KIND_POINTER && tu->kind == KIND_POINTER && !v->name && !t->name) {
        Type *a = vu->elem->underlying ? vu->elem->underlying : vu->elem;
        Type *b = tu->elem->underlying ? tu->elem->underlying : tu->elem;
        if (a == b) return true;
    }
    if ((type_is_integer(vu) || type_is_float(vu)) && (type_is_integer(tu) || type_is_float(tu))) return true;
    if (type_is_complex(vu) && type_is_complex(tu)) return true;
    if (type_is_integer(vu) && tu->kind == KIND_STRING) return true;
    if (type_is_string(vu) && tu->kind == KIND_SLICE && tu->elem->underlying &&
        (tu->elem->underlying->kind == KIND_UINT8 || tu->elem->underlying->kind == KIND_INT32))
        return true;
    if (tu->kind == KIND_STRING && vu->kind == KIND_SLICE && vu->elem->underlying &&
        (vu->elem->underlying->kind == KIND_UINT8 || vu->elem->underlying->kind == KIND_INT32))
        return true;
    if (vu->kind == KIND_SLICE && tu->kind == KIND_ARRAY && vu->elem == tu->elem) return true;
    if (vu->kind == KIND_SLICE && tu->kind == KIND_POINTER && tu->elem->underlying &&
        tu->elem->underlying->kind == KIND_ARRAY && tu->elem->underlying->elem == vu->elem)
        return true;
    if (v->kind == KIND_TYPEPARAM || t->kind == KIND_TYPEPARAM) return true;
    return false;
}
