/*
 * User-level generics by monomorphization: each instantiation of a generic
 * function or type with concrete type arguments is a clone of its
 * declaration (ast_clone_decl) checked with the type parameters bound to
 * those types.
 *
 * Invariants:
 * - Instances are cached per (generic symbol, type arguments), so identical
 *   instantiations share one Decl and one named Type (identity is kept).
 * - A generic type's instance is registered in the cache before its
 *   underlying type is resolved, so recursive generic types terminate.
 * - Instance bodies are checked later (check_flush_instances) in the scope
 *   that binds the type parameters, then appended to their package's funcs;
 *   an instance of a generic declared by an earlier REPL entry (whose
 *   package is compiled already and not part of this check) goes to the
 *   package being checked instead, with the named type instances it makes,
 *   so the entry compiles them.
 * - In a REPL session the tables outlive a check: instances of the entries'
 *   own generics and the methods of their generic types that checks since
 *   the last check_generic_keep made are forgotten when the next check
 *   starts (check_generic_forget), since the entry that made them was not
 *   compiled; the standard packages' ones stay (their packages are kept).
 * - Generic function declarations with bodies are type-checked once with
 *   type-parameter types (for errors) but are not compiled themselves; the
 *   callee of a call of an instance has `sym` set to the instance and no
 *   targs (only bodyless natives receive type arguments as Values).
 */
#include "parser/check.h"

#include <string.h>

/* One instantiation. */
typedef struct Inst {
    Symbol *generic;
    Type **targs;
    int n;
    /* Function instances: the instance symbol. Type instances: the named type. */
    Symbol *fsym;
    Type *type;
} Inst;

/* A pending instance body: checked in pkg, compiled with dest's functions. */
typedef struct Pending {
    Decl *decl;
    Scope *scope;
    Package *pkg;
    Package *dest;
    const Source *src;
} Pending;

/* A method declared on a generic type, found at collection time. */
typedef struct GenMethod {
    Package *pkg;
    const char *base;
    Decl *decl;
} GenMethod;

static Inst *insts;
static int ninsts, capinsts;
static int inst_depth;
/* Generic types whose constraints are being checked right now. */
static Symbol *constraining[64];
static int nconstraining;
static Pending *pend;
static int npend, cappend;
static GenMethod *gmethods;
static int ngmethods, capgmethods;

/* Resets the tables for a new check_program run. */
void check_generic_reset(void) {
    inst_depth = 0;
    nconstraining = 0;
    insts = NULL;
    ninsts = capinsts = 0;
    pend = NULL;
    npend = cappend = 0;
    gmethods = NULL;
    ngmethods = capgmethods = 0;
}

/* Whether a package is a REPL entry's (or the program's) main package. */
static bool main_pkg(Package *p) { return p && strcmp(p->path, "main") == 0; }

void check_generic_keep(CheckSession *s) {
    s->ninsts = ninsts;
    s->ngmethods = ngmethods;
}

void check_generic_forget(CheckSession *s) {
    inst_depth = 0;
    nconstraining = 0;
    npend = 0;
    int n = s->ninsts < ninsts ? s->ninsts : ninsts;
    for (int i = n; i < ninsts; i++)
        if (!main_pkg(insts[i].generic->home)) insts[n++] = insts[i];
    ninsts = n;
    s->ninsts = n;
    n = s->ngmethods < ngmethods ? s->ngmethods : ngmethods;
    for (int i = n; i < ngmethods; i++)
        if (!main_pkg(gmethods[i].pkg)) gmethods[n++] = gmethods[i];
    ngmethods = n;
    s->ngmethods = n;
}

/* The type spec declaring a type symbol (an earlier REPL entry's symbol has
 * no Obj in this check), or NULL. */
static Spec *type_spec(Checker *c, Symbol *s) {
    Obj *o = check_obj_of(c, s);
    if (o) return o->spec;
    for (int i = 0; s->decl && s->decl->kind == DECL_TYPE && i < s->decl->nspecs; i++)
        for (int k = 0; k < s->decl->specs[i]->syms.n; k++)
            if (s->decl->specs[i]->syms.v[k] == s) return s->decl->specs[i];
    return NULL;
}

/* The package whose functions an instance of a generic from `home` joins:
 * home, unless it is not part of this check (an earlier REPL entry's). */
static Package *instance_pkg(Checker *c, Package *home) {
    for (int i = 0; i < c->npkgs; i++)
        if (c->pkgs[i] == home) return home;
    return c->npkgs ? c->pkgs[0] : home;
}

/* The type-parameter fields of a generic symbol's declaration, or NULL. */
FieldList *check_generic_tparams(Checker *c, Symbol *s) {
    if (!s) return NULL;
    if (s->kind == SYM_FUNC && s->decl && s->decl->ftype && s->decl->ftype->tparams.n) return &s->decl->ftype->tparams;
    if (s->kind == SYM_TYPE) {
        Spec *sp = type_spec(c, s);
        if (sp && sp->tparams.n) return &sp->tparams;
    }
    return NULL;
}

void check_note_generic_method(Checker *c, Package *p, Decl *d, const char *base) {
    if (ngmethods == capgmethods) {
        capgmethods = capgmethods ? capgmethods * 2 : 16;
        GenMethod *nv = GC_MALLOC(sizeof(GenMethod) * capgmethods);
        if (ngmethods) memcpy(nv, gmethods, sizeof(GenMethod) * ngmethods);
        gmethods = nv;
    }
    gmethods[ngmethods++] = (GenMethod){p, base, d};
}

/* Finds a cached instance. */
static Inst *find_inst(Symbol *g, Type **targs, int n) {
    for (int i = 0; i < ninsts; i++) {
        if (insts[i].generic != g || insts[i].n != n) continue;
        bool same = true;
        for (int k = 0; k < n; k++)
            if (insts[i].targs[k] != targs[k]) same = false;
        if (same) return &insts[i];
    }
    return NULL;
}

/* Adds an instance to the cache. */
static Inst *add_inst(Symbol *g, Type **targs, int n) {
    if (ninsts == capinsts) {
        capinsts = capinsts ? capinsts * 2 : 16;
        Inst *nv = GC_MALLOC(sizeof(Inst) * capinsts);
        if (ninsts) memcpy(nv, insts, sizeof(Inst) * ninsts);
        insts = nv;
    }
    Inst *in = &insts[ninsts++];
    memset(in, 0, sizeof *in);
    in->generic = g;
    in->targs = GC_MALLOC(sizeof(Type *) * (n + 1));
    memcpy(in->targs, targs, sizeof(Type *) * n);
    in->n = n;
    return in;
}

/* Whether a type mentions a type parameter (an instance inside a generic
 * body, which is checked but never compiled). */
static bool has_tparam(Type *t, int depth) {
    if (!t || depth > 16) return false;
    if (t->kind == KIND_TYPEPARAM) return true;
    if (t->name) return false;
    if (has_tparam(t->elem, depth + 1) || has_tparam(t->key, depth + 1)) return true;
    for (int i = 0; i < t->nparams; i++)
        if (has_tparam(t->params[i], depth + 1)) return true;
    for (int i = 0; i < t->nresults; i++)
        if (has_tparam(t->results[i], depth + 1)) return true;
    for (int i = 0; i < t->nfields; i++)
        if (has_tparam(t->fields[i].type, depth + 1)) return true;
    return false;
}

/* Whether any type argument mentions a type parameter. */
static bool targs_generic(Type **targs, int n) {
    for (int i = 0; i < n; i++)
        if (has_tparam(targs[i], 0)) return true;
    return false;
}

/* Queues an instance body. */
static void add_pending(Checker *c, Decl *d, Scope *s, Package *p, const Source *src) {
    if (npend == cappend) {
        cappend = cappend ? cappend * 2 : 16;
        Pending *nv = GC_MALLOC(sizeof(Pending) * cappend);
        if (npend) memcpy(nv, pend, sizeof(Pending) * npend);
        pend = nv;
    }
    pend[npend++] = (Pending){d, s, p, instance_pkg(c, p), src};
}

/* A scope binding the names of `tps` (type-parameter fields) to `targs`. */
static Scope *bind_scope(Checker *c, Scope *parent, FieldList *tps, Type **targs, int n) {
    Scope *s = check_scope_new(parent, NULL);
    int k = 0;
    for (int i = 0; i < tps->n; i++)
        for (int j = 0; j < tps->v[i]->names.n; j++, k++) {
            Expr *id = tps->v[i]->names.v[j];
            Symbol *sym = check_new_symbol(c, SYM_TYPE, id->name, id->pos, k < n ? targs[k] : type_int);
            check_declare(c, s, sym);
        }
    return s;
}

/* The spelling of type arguments for instance names: "[int,string]". */
static const char *targs_string(Type **targs, int n) {
    char *s = "[";
    for (int i = 0; i < n; i++) s = check_sprintf("%s%s%s", s, i ? "," : "", type_to_string(targs[i]));
    return check_sprintf("%s]", s);
}

/* Saves the context around an instantiation. */
typedef struct GenSaved {
    Scope *scope;
    FuncInfo *fn;
    Package *pkg;
    const Source *src;
    Obj *cur_obj;
    Target *targets;
    Const *iota;
} GenSaved;

static GenSaved gsave(Checker *c) { return (GenSaved){c->scope, c->fn, c->pkg, c->src, c->cur_obj, c->targets, c->iota}; }

static void grestore(Checker *c, GenSaved s) {
    c->scope = s.scope;
    c->fn = s.fn;
    c->pkg = s.pkg;
    c->src = s.src;
    c->cur_obj = s.cur_obj;
    c->targets = s.targets;
    c->iota = s.iota;
}

Symbol *check_instantiate_func(Checker *c, Symbol *g, Type **targs, int n) {
    Inst *in = find_inst(g, targs, n);
    if (in) return in->fsym;
    if (ninsts > 2000) {
        check_errorf(c, g->pos, "instantiation cycle");
        return NULL;
    }
    in = add_inst(g, targs, n);
    Decl *d = g->decl;
    Package *home = g->home;
    Obj *o = check_obj_of(c, g);
    GenSaved sv = gsave(c);
    c->pkg = home;
    c->src = o ? o->src : g->src;
    c->fn = NULL;
    c->cur_obj = NULL;
    c->targets = NULL;
    Scope *bs = bind_scope(c, home->scope, &d->ftype->tparams, targs, n);
    Decl *cl = ast_clone_decl(d);
    cl->ftype->tparams.n = 0;
    FuncInfo *info = check_new_funcinfo(c, check_sprintf("%s.%s[...]", home->name, d->name->name), NULL);
    cl->info = info;
    Symbol *fs = check_new_symbol(c, SYM_FUNC, d->name->name, d->name->pos, NULL);
    fs->decl = cl;
    fs->home = home;
    fs->src = c->src;
    cl->sym = fs;
    cl->name->sym = fs;
    in->fsym = fs;
    c->scope = bs;
    Type *sig = check_signature(c, cl->ftype, info, NULL);
    info->type = sig;
    fs->type = sig;
    if (targs_generic(targs, n)) {
        /* Inside a generic body: checked through the generic itself. */
    } else if (cl->body) {
        add_pending(c, cl, bs, home, c->src);
    } else {
        cl->info->name = check_sprintf("%s.%s", home->name, d->name->name);
        LIST_PUSH(instance_pkg(c, home)->funcs, cl);
    }
    grestore(c, sv);
    return fs;
}

/* Attaches the methods of a generic type to one of its instances. */
static void instance_methods(Checker *c, Symbol *g, Type *named, Type **targs, int n) {
    Package *home = g->home;
    for (int i = 0; i < ngmethods; i++) {
        GenMethod *gm = &gmethods[i];
        if (gm->pkg != home || strcmp(gm->base, g->name) != 0) continue;
        Decl *d = gm->decl;
        Decl *cl = ast_clone_decl(d);
        /* The receiver's own type-parameter names: (s *Stack[U]). */
        Expr *rt = cl->recv->type;
        bool ptr = false;
        while (rt && (rt->kind == EX_STAR || rt->kind == EX_PAREN)) {
            if (rt->kind == EX_STAR) ptr = true;
            rt = rt->x;
        }
        FieldList names = {0};
        if (rt && rt->kind == EX_INDEX) {
            for (int k = 0; k < rt->list.n; k++) {
                AstField *f = GC_MALLOC(sizeof(AstField));
                Expr *id = rt->list.v[k];
                if (id->kind == EX_IDENT) LIST_PUSH(f->names, id);
                LIST_PUSH(names, f);
            }
        }
        Obj *o = check_obj_of(c, d->sym);
        GenSaved sv = gsave(c);
        c->pkg = home;
        c->src = o ? o->src : d->sym ? d->sym->src : c->src;
        c->fn = NULL;
        c->cur_obj = NULL;
        c->targets = NULL;
        Scope *bs = bind_scope(c, home->scope, &names, targs, n);
        c->scope = bs;
        const char *mname = cl->name->name;
        FuncInfo *info = check_new_funcinfo(c, ptr ? check_sprintf("%s.(*%s).%s", home->name, named->name, mname)
                                                   : check_sprintf("%s.%s.%s", home->name, named->name, mname),
                                            NULL);
        cl->info = info;
        Symbol *fs = check_new_symbol(c, SYM_FUNC, mname, cl->name->pos, NULL);
        fs->decl = cl;
        fs->home = home;
        cl->sym = fs;
        cl->name->sym = fs;
        Type *sig = check_signature(c, cl->ftype, info, cl->recv);
        info->type = sig;
        fs->type = sig;
        if (!type_find_method(named, mname)) type_add_method(named, mname, sig, ptr);
        if (cl->body && !targs_generic(targs, n)) add_pending(c, cl, bs, home, c->src);
        grestore(c, sv);
    }
}


static Type *instantiate_type(Checker *c, Symbol *g, Type **targs, int n, Pos pos);

Type *check_instantiate_type(Checker *c, Symbol *g, Type **targs, int n, Pos pos) {
    Inst *in = find_inst(g, targs, n);
    if (in) return in->type;
    if (inst_depth > 64) {
        check_errorf(c, pos, "instantiation cycle in %s", g->name);
        return NULL;
    }
    inst_depth++;
    Type *t = instantiate_type(c, g, targs, n, pos);
    inst_depth--;
    return t;
}

/* Instantiates generic type g (not in the cache yet). */
static Type *instantiate_type(Checker *c, Symbol *g, Type **targs, int n, Pos pos) {
    Inst *in;
    FieldList *tps = check_generic_tparams(c, g);
    int want = 0;
    for (int i = 0; tps && i < tps->n; i++) want += tps->v[i]->names.n;
    if (n != want) {
        check_errorf(c, pos, "%s type arguments for type %s: have %d, want %d", n < want ? "not enough" : "too many", g->name, n,
                     want);
        return NULL;
    }
    if (ninsts > 2000) {
        check_errorf(c, pos, "instantiation cycle");
        return NULL;
    }
    /* Constraints (a constraint that needs the type itself is a cycle). */
    for (int i = 0; i < nconstraining; i++)
        if (constraining[i] == g) {
            check_errorf(c, pos, "invalid recursive type %s", g->name);
            return NULL;
        }
    if (nconstraining < 64) constraining[nconstraining] = g;
    nconstraining++;
    bool bad = false;
    for (int i = 0, k = 0; tps && i < tps->n && !bad; i++) {
        Type *ct = NULL;
        for (int j = 0; j < tps->v[i]->names.n; j++, k++) {
            if (!ct) {
                GenSaved sv = gsave(c);
                c->scope = bind_scope(c, g->home->scope, tps, targs, n);
                c->pkg = g->home;
                ct = check_typexpr(c, tps->v[i]->type);
                grestore(c, sv);
            }
            const char *reason = NULL;
            if (!ct) {
                bad = true;
                break;
            }
            if (ct->kind == KIND_INTERFACE && targs[k]->kind != KIND_TYPEPARAM && !check_implements(c, targs[k], ct, &reason)) {
                check_errorf(c, pos, "%s does not satisfy %s", check_type_str(c, targs[k]), check_type_str(c, ct));
                bad = true;
                break;
            }
        }
    }
    nconstraining--;
    if (bad) return NULL;
    Spec *sp = type_spec(c, g);
    if (!sp) return NULL;
    in = add_inst(g, targs, n);
    Obj *o = check_obj_of(c, g);
    Type *named = type_named(g->home->name, check_sprintf("%s%s", g->name, targs_string(targs, n)));
    check_note_type(instance_pkg(c, g->home), named);
    in->type = named;
    GenSaved sv = gsave(c);
    c->pkg = g->home;
    c->src = o ? o->src : g->src;
    c->fn = NULL;
    c->scope = bind_scope(c, g->home->scope, tps, targs, n);
    Type *u = check_typexpr_direct(c, sp->type, true);
    grestore(c, sv);
    type_set_underlying(named, u ? u : type_struct(NULL, 0));
    instance_methods(c, g, named, targs, n);
    if (named->kind == KIND_STRUCT) check_add_promoted(named);
    return named;
}

void check_flush_instances(Checker *c) {
    while (npend > 0) {
        Pending p = pend[--npend];
        GenSaved sv = gsave(c);
        c->pkg = p.pkg;
        c->src = p.src;
        c->scope = p.scope;
        c->cur_obj = NULL;
        c->fn = NULL;
        check_lazy_body(c, p.decl->body);
        check_func_body(c, p.decl->info, p.decl->body, p.decl->body->pos);
        LIST_PUSH(p.dest->funcs, p.decl);
        grestore(c, sv);
    }
}
