/*
 * The checker's driver: the universe, scopes, package loading, package-level
 * declarations (resolved lazily, in any order), initialization order, script
 * mode, and the message helpers shared by check*.c.
 *
 * Invariants:
 * - Every package-level entity has an Obj; it is resolved (its type and, for
 *   constants, value computed) on first use, so declaration order does not
 *   matter. An Obj being resolved is OBJ_ACTIVE; reaching it again is a cycle.
 * - Function bodies are checked after every package-level declaration is
 *   resolved; dependencies (package vars and funcs referenced) are recorded
 *   on the Obj being checked and drive the initialization order.
 * - Script mode: the file's top-level statements form the implicit function
 *   main.main. When the file also declares func main, the statements run
 *   first and then call main (the compiler emits that call; the checker only
 *   records script_main and the declared main).
 * - Standard packages are loaded (parsed and checked) only when named; a
 *   standard package's own imports too, when its reachable code first names
 *   them (check_import), possibly after its own loading ended, so the
 *   program's packages are put in import order at the end (order_packages).
 * - A standard package (Package.lazy) goes further: a type is parsed and
 *   resolved when it is named, its methods attached once no type
 *   declaration is being resolved (finish_lazy_types); a function is parsed
 *   and resolved when named; a body is parsed and checked only once the
 *   program can reach its function (make_live, check_waiting_bodies).
 * - A lazy package's variables and constants are resolved when named, and
 *   only the reachable variables are initialized (their initializers have
 *   no side effects but allocation). Its init functions become reachable
 *   once another package names one of its types: a standard package's init
 *   only registers hooks its natives use for values of its own types (fmt's
 *   runs Formatters, and every Format method's signature names fmt.State).
 *   init_order runs for lazy packages once the whole program is checked.
 */
#include "parser/check.h"
#include "runtime/str.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/parser.h"
#include "runtime/native.h"

/* Whether a format's only directives are %s (at most 8 of them). */
static bool only_strings(const char *fmt) {
    int n = 0;
    for (const char *f = fmt; *f; f++)
        if (*f == '%' && (*++f != 's' || ++n > 8)) return false;
    return true;
}

char *check_sprintf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    if (only_strings(fmt)) {
        /* Names such as "fmt.(*pp).Write" are joined directly: vsnprintf
         * costs about a thousand instructions a call. */
        const char *args[8];
        size_t lens[8], n = 0;
        int na = 0;
        for (const char *f = fmt; *f; f++) {
            if (*f != '%') {
                n++;
                continue;
            }
            f++;
            args[na] = va_arg(ap, const char *);
            if (!args[na]) args[na] = "(null)";
            lens[na] = strlen(args[na]);
            n += lens[na++];
        }
        va_end(ap);
        char *s = GC_MALLOC_ATOMIC(n + 1), *o = s;
        na = 0;
        for (const char *f = fmt; *f; f++) {
            if (*f != '%') {
                *o++ = *f;
                continue;
            }
            f++;
            memcpy(o, args[na], lens[na]);
            o += lens[na++];
        }
        *o = 0;
        return s;
    }
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = GC_MALLOC_ATOMIC((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

void check_errorf(Checker *c, Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = GC_MALLOC_ATOMIC((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    diag_error(c->diag, c->src, pos, "%s", s);
}

Scope *check_scope_new(Scope *parent, FuncInfo *fn) {
    Scope *s = ast_alloc(sizeof(Scope));
    s->parent = parent;
    s->func = fn;
    return s;
}

/* The FNV-1a hash of a name. */
static unsigned name_hash(const char *name) {
    unsigned h = 2166136261u;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) h = (h ^ *p) * 16777619u;
    return h;
}

/* Enters a symbol in a scope's index (which has room for it). */
static void index_put(Scope *s, Symbol *sym) {
    unsigned m = (unsigned)s->icap - 1, h = name_hash(sym->name) & m;
    while (s->index[h] && strcmp(s->index[h]->name, sym->name) != 0) h = (h + 1) & m;
    s->index[h] = sym;
}

/* Makes (or, grown, remakes) a scope's index of its symbols. */
static void scope_index(Scope *s) {
    s->icap = 64;
    while (s->icap <= 2 * s->n) s->icap *= 2;
    s->index = ast_alloc(sizeof(Symbol *) * (size_t)s->icap);
    for (int i = 0; i < s->n; i++) index_put(s, s->syms[i]);
}

Symbol *check_scope_lookup_local(Scope *s, const char *name) {
    if (s->index) {
        unsigned m = (unsigned)s->icap - 1, h = name_hash(name) & m;
        for (Symbol *y; (y = s->index[h]); h = (h + 1) & m)
            if (strcmp(y->name, name) == 0) return y;
        return NULL;
    }
    /* Comparing the first byte before calling strcmp halves the cost of
     * looking names up in package scopes of a hundred symbols. */
    char c0 = name[0];
    for (int i = s->n - 1; i >= 0; i--) {
        Symbol *y = s->syms[i];
        if (y->name[0] == c0 && strcmp(y->name, name) == 0) return y;
    }
    return NULL;
}

/* Appends a symbol to a scope without checks. */
static void scope_add(Scope *s, Symbol *sym) {
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 8;
        Symbol **nv = ast_alloc(sizeof(Symbol *) * s->cap);
        if (s->n) memcpy(nv, s->syms, sizeof(Symbol *) * s->n);
        s->syms = nv;
    }
    s->syms[s->n++] = sym;
    if (s->index) {
        if (2 * s->n >= s->icap) scope_index(s);
        else index_put(s, sym);
    }
}

void check_declare(Checker *c, Scope *s, Symbol *sym) {
    if (strcmp(sym->name, "_") == 0) return;
    Symbol *old = check_scope_lookup_local(s, sym->name);
    if (old) {
        if (old->pos.line && old->src)
            check_errorf(c, sym->pos, "%s redeclared in this block\n\t%s:%d:%d: other declaration of %s", sym->name,
                         old->src->name, old->pos.line, old->pos.col, sym->name);
        else
            check_errorf(c, sym->pos, "%s redeclared in this block", sym->name);
        return;
    }
    scope_add(s, sym);
}

Symbol *check_new_symbol(Checker *c, SymKind kind, const char *name, Pos pos, Type *type) {
    Symbol *s = ast_alloc(sizeof(Symbol));
    s->kind = kind;
    s->name = name;
    s->pos = pos;
    s->src = c->src;
    s->type = type;
    s->home = c->pkg;
    s->slot = -1;
    return s;
}

FuncInfo *check_new_funcinfo(Checker *c, const char *name, FuncInfo *outer) {
    FuncInfo *f = ast_alloc(sizeof(FuncInfo));
    f->name = name;
    f->outer = outer;
    f->pkg = c->pkg;
    return f;
}

/* Standard packages that live under a directory, found by their last element. */
static const char *nested_paths[] = {
    "unicode/utf8", "unicode/utf16", "math/rand", "math/bits", "math/cmplx", "container/list",
    "container/heap", "container/ring", "encoding/json", "encoding/hex", "encoding/binary",
    "encoding/base64", "encoding/csv", "path/filepath", "text/tabwriter", "hash/fnv",
    "crypto/sha256", "crypto/md5", "os/exec", "io/ioutil", "math/big", "regexp/syntax", NULL};

/* The import path of a standard package whose name is `name`, or NULL. */
static const char *std_path_for_name(const char *name) {
    if (stdlib_find(name)) return name;
    size_t n = strlen(name);
    for (int i = 0; nested_paths[i]; i++) {
        const char *p = nested_paths[i];
        const char *slash = strrchr(p, '/');
        if (slash && strlen(slash + 1) == n && strcmp(slash + 1, name) == 0 && stdlib_find(p)) return p;
    }
    return NULL;
}

/* Marks a local variable as captured if it belongs to an enclosing function,
 * adding it to the free variables of every function between here and its owner. */
static void note_capture(Checker *c, Symbol *sym) {
    if (sym->kind != SYM_VAR || !sym->owner || !c->fn || sym->owner == c->fn) return;
    sym->captured = true;
    for (FuncInfo *f = c->fn; f && f != sym->owner; f = f->outer) {
        bool have = false;
        for (int i = 0; i < f->freevars.n; i++)
            if (f->freevars.v[i] == sym) have = true;
        if (!have) LIST_PUSH(f->freevars, sym);
    }
}

Symbol *check_lookup(Checker *c, const char *name, Pos pos) {
    for (Scope *s = c->scope; s; s = s->parent) {
        Symbol *sym = check_scope_lookup_local(s, name);
        if (sym) {
            note_capture(c, sym);
            if (c->repl && c->pkg && (s == c->pkg->scope || s == c->pkg->scope->parent) && s != c->universe &&
                strcmp(c->pkg->path, "main") == 0)
                check_note_session_use(c, name);
            return sym;
        }
    }
    /* Script mode: an undeclared name of a standard package denotes it. */
    const char *path = std_path_for_name(name);
    if (path) {
        Package *p = check_load_package(c, path, pos, true);
        if (p) {
            Symbol *sym = check_new_symbol(c, SYM_PKG, name, pos, NULL);
            sym->pkg = p;
            sym->pos.line = 0;
            scope_add(c->pkg->scope, sym);
            return sym;
        }
    }
    return NULL;
}

void check_note_session_use(Checker *c, const char *name) {
    if (!c->repl || !c->cur_obj || !c->cur_obj->decl || !c->pkg || strcmp(c->pkg->path, "main") != 0) return;
    NameList *u = &c->cur_obj->decl->uses;
    for (int i = 0; i < u->n; i++)
        if (strcmp(u->v[i], name) == 0) return;
    LIST_PUSH(*u, name);
}

/* Hash of a symbol pointer into the object table. */
static size_t obj_hash(Symbol *s, int cap) { return ((uintptr_t)s >> 4) * 2654435761u & (size_t)(cap - 1); }

/* Registers a package-level object for a symbol. */
static Obj *obj_add(Checker *c, Symbol *sym, Decl *d, Spec *sp, int index) {
    if (c->nobjs * 2 >= c->capobjs) {
        int ncap = c->capobjs ? c->capobjs * 2 : 256;
        Obj **nt = GC_MALLOC(sizeof(Obj *) * ncap);
        for (int i = 0; i < c->capobjs; i++) {
            Obj *o = c->objs[i];
            if (!o) continue;
            size_t h = obj_hash(o->sym, ncap);
            while (nt[h]) h = (h + 1) & (size_t)(ncap - 1);
            nt[h] = o;
        }
        c->objs = nt;
        c->capobjs = ncap;
    }
    Obj *o = ast_alloc(sizeof(Obj));
    o->sym = sym;
    o->decl = d;
    o->spec = sp;
    o->index = index;
    o->src = c->src;
    size_t h = obj_hash(sym, c->capobjs);
    while (c->objs[h]) h = (h + 1) & (size_t)(c->capobjs - 1);
    c->objs[h] = o;
    c->nobjs++;
    return o;
}

Obj *check_obj_of(Checker *c, Symbol *sym) {
    if (!c->capobjs || !sym) return NULL;
    size_t h = obj_hash(sym, c->capobjs);
    while (c->objs[h]) {
        if (c->objs[h]->sym == sym) return c->objs[h];
        h = (h + 1) & (size_t)(c->capobjs - 1);
    }
    return NULL;
}

void check_record_dep(Checker *c, Symbol *sym) {
    if (!c->cur_obj || !sym) return;
    if (!(sym->kind == SYM_VAR || sym->kind == SYM_FUNC) || sym->owner) return;
    if (sym->home != c->pkg) return;
    SymList *d = &c->cur_obj->deps;
    for (int i = 0; i < d->n; i++)
        if (d->v[i] == sym) return;
    LIST_PUSH(*d, sym);
}

/* Queues a reachable function of a lazy package for check_waiting_bodies. */
static void queue_body(Checker *c, Obj *o) { LIST_PUSH(c->bodyq, o); }

/* Lazy packages: a function or method is declared (a method once its type
 * is resolved); its body is checked, or a native compiled, once it is
 * reachable. */
static void func_ready(Checker *c, Obj *o) {
    if (o->ready) return;
    o->ready = true;
    if (o->live) queue_body(c, o);
    else o->body_waits = true;
}

/* Makes an object of a lazy package reachable: a waiting function body is
 * queued for checking, and what it names becomes reachable too. */
static void make_live(Checker *c, Obj *o) {
    if (o->live) return;
    o->live = true;
    if (o->body_waits) {
        o->body_waits = false;
        queue_body(c, o);
    }
    for (int i = 0; i < o->refs.n; i++) {
        Obj *r = check_obj_of(c, o->refs.v[i]);
        if (r) make_live(c, r);
    }
}

/* Records that `from` names `sym` (an object of a lazy package): sym is
 * reachable once from is. */
static void add_ref(Checker *c, Obj *from, Symbol *sym) {
    Obj *o = check_obj_of(c, sym);
    if (!o || o->live) return;
    if (from->live || !from->sym->home || !from->sym->home->lazy) {
        make_live(c, o);
        return;
    }
    for (int i = 0; i < from->refs.n; i++)
        if (from->refs.v[i] == sym) return;
    LIST_PUSH(from->refs, sym);
}

void check_note_use(Checker *c, Symbol *sym) {
    if (!sym || sym->owner || !sym->home || !sym->home->lazy) return;
    Package *home = sym->home;
    if (sym->kind == SYM_TYPE && home->lazy_inits.n && c->pkg != home) {
        DeclList inits = home->lazy_inits;
        home->lazy_inits = (DeclList){0};
        for (int i = 0; i < inits.n; i++) {
            Obj *io = check_obj_of(c, inits.v[i]->sym);
            if (io) make_live(c, io);
        }
    }
    Obj *o = check_obj_of(c, sym);
    if (!o || o->live) return;
    if (c->cur_obj) add_ref(c, c->cur_obj, sym);
    else make_live(c, o);
}

void check_lazy_body(Checker *c, Stmt *body) {
    if (body && body->lazy) parse_lazy_body(body, c->diag);
}

/* Saves and restores the per-function checker context around a nested resolution. */
typedef struct Saved {
    Scope *scope;
    FuncInfo *fn;
    Obj *cur_obj;
    Const *iota;
    const Source *src;
    Package *pkg;
    Target *targets;
} Saved;

static Saved save_ctx(Checker *c) {
    Saved s = {c->scope, c->fn, c->cur_obj, c->iota, c->src, c->pkg, c->targets};
    return s;
}

static void restore_ctx(Checker *c, Saved s) {
    c->scope = s.scope;
    c->fn = s.fn;
    c->cur_obj = s.cur_obj;
    c->iota = s.iota;
    c->src = s.src;
    c->pkg = s.pkg;
    c->targets = s.targets;
}

/* Resolves a package-level constant spec entry. */
extern void check_const_spec(Checker *c, Spec *sp, Symbol **syms, int nsyms);
extern void check_var_spec(Checker *c, Spec *sp, Symbol **syms, int nsyms, bool global);
extern void check_type_spec(Checker *c, Spec *sp, Symbol *sym);

/* Resolves the signature of a package-level function or method declaration. */
static void resolve_func(Checker *c, Obj *o) {
    Decl *d = o->decl;
    parse_lazy_decl(d, c->diag);
    FuncInfo *info = d->info;
    Type *sig = check_signature(c, d->ftype, info, d->recv);
    info->type = sig;
    o->sym->type = sig;
}

static void finish_lazy_types(Checker *c);

void check_resolve(Checker *c, Symbol *sym) {
    Obj *o = check_obj_of(c, sym);
    if (!o || o->state == OBJ_DONE) return;
    if (o->state == OBJ_ACTIVE) {
        /* A named type refers to itself through its Type object; variable
         * cycles are initialization cycles (reported by init_order). */
        if (sym->kind == SYM_FUNC || sym->kind == SYM_VAR) return;
        if (sym->kind == SYM_TYPE && sym->type) return;
        if (!sym->type) check_report_type_cycle(c, sym, NULL, sym->pos);
        return;
    }
    if (++c->depth > 400) {
        check_errorf(c, sym->pos, "declaration nesting too deep");
        c->depth--;
        o->state = OBJ_DONE;
        return;
    }
    Saved sv = save_ctx(c);
    c->src = o->src;
    c->pkg = sym->home;
    c->scope = sym->home->scope;
    c->fn = NULL;
    c->targets = NULL;
    c->iota = NULL;
    Spec *sp = o->spec;
    if (sym->kind == SYM_TYPE) {
        o->state = OBJ_ACTIVE;
        c->cur_obj = o;
        parse_lazy_decl(o->decl, c->diag);
        c->type_depth++;
        check_push_type_decl(sym);
        check_type_spec(c, sp, sym);
        check_pop_type_decl();
        c->type_depth--;
        o->state = OBJ_DONE;
        if (sym->home->lazy) {
            if (c->ntypeq == c->captypeq) {
                c->captypeq = c->captypeq ? c->captypeq * 2 : 16;
                Obj **nv = GC_MALLOC(sizeof(Obj *) * c->captypeq);
                if (c->ntypeq) memcpy(nv, c->typeq, sizeof(Obj *) * c->ntypeq);
                c->typeq = nv;
            }
            c->typeq[c->ntypeq++] = o;
        }
    } else if (sym->kind == SYM_FUNC) {
        o->state = OBJ_ACTIVE;
        c->cur_obj = o;
        resolve_func(c, o);
        o->state = OBJ_DONE;
    } else {
        /* A var or const spec: resolve all its names together (constants are
         * on the declaration stack for cycle reports). */
        if (sym->kind == SYM_CONST) check_push_type_decl(sym);
        Symbol **syms = sp->syms.v;
        int n = sp->syms.n;
        for (int i = 0; i < n; i++) {
            Obj *oi = check_obj_of(c, syms[i]);
            if (oi) oi->state = OBJ_ACTIVE;
        }
        c->cur_obj = o;
        if (sym->kind == SYM_CONST) {
            check_const_spec(c, sp, syms, n);
            check_pop_type_decl();
        } else {
            check_var_spec(c, sp, syms, n, true);
        }
        for (int i = 0; i < n; i++) {
            Obj *oi = check_obj_of(c, syms[i]);
            if (oi) {
                oi->state = OBJ_DONE;
                if (oi != o) oi->deps = o->deps;
            }
        }
    }
    restore_ctx(c, sv);
    c->depth--;
    if (c->ntypeq && !c->type_depth) finish_lazy_types(c);
}

void check_note_type(Package *p, Type *t) {
    if (!p || !t) return;
    if ((p->ntypes & (p->ntypes - 1)) == 0) {
        Type **nv = GC_MALLOC(sizeof(Type *) * (p->ntypes ? p->ntypes * 2 : 8));
        if (p->ntypes) memcpy(nv, p->types, sizeof(Type *) * p->ntypes);
        p->types = nv;
    }
    p->types[p->ntypes++] = t;
}

/* The last element of an import path. */
static const char *path_base(const char *path) {
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* Appends a package to the program's list (dependencies come first). */
static void add_pkg(Checker *c, Package *p) {
    if (c->npkgs == c->cappkgs) {
        c->cappkgs = c->cappkgs ? c->cappkgs * 2 : 8;
        Package **nv = GC_MALLOC(sizeof(Package *) * c->cappkgs);
        if (c->npkgs) memcpy(nv, c->pkgs, sizeof(Package *) * c->npkgs);
        c->pkgs = nv;
    }
    c->pkgs[c->npkgs++] = p;
}

static void check_package(Checker *c, Package *p);

/* Packages being loaded (to detect import cycles and find them again). */
static Package **loading;
static int nloading, caploading;

Package *check_load_package(Checker *c, const char *path, Pos pos, bool report) {
    for (int i = 0; i < c->npkgs; i++)
        if (strcmp(c->pkgs[i]->path, path) == 0) return c->pkgs[i];
    for (int i = 0; i < nloading; i++)
        if (strcmp(loading[i]->path, path) == 0) return loading[i];
    const NativePackage *np = stdlib_find(path);
    if (!np) {
        if (report) check_errorf(c, pos, "package %s is not in std", path);
        return NULL;
    }
    Package *p = GC_MALLOC(sizeof(Package));
    p->path = path;
    p->name = path_base(path);
    p->native = np;
    p->scope = check_scope_new(c->universe, NULL);
    scope_index(p->scope);
    Source *src = GC_MALLOC(sizeof(Source));
    source_static(src, check_sprintf("%s.go", path), np->source);
    /* A REPL session checks its packages whole (entries may name anything). */
    p->lazy = !c->repl;
    File *f = p->lazy ? parse_file_lazy(src, c->diag) : parse_file(src, c->diag);
    if (!f) return NULL;
    p->files = GC_MALLOC(sizeof(File *));
    p->files[0] = f;
    p->nfiles = 1;
    if (nloading == caploading) {
        caploading = caploading ? caploading * 2 : 8;
        Package **nv = GC_MALLOC(sizeof(Package *) * caploading);
        if (nloading) memcpy(nv, loading, sizeof(Package *) * nloading);
        loading = nv;
    }
    loading[nloading++] = p;
    Saved sv = save_ctx(c);
    Target *tg = c->targets;
    Label *lb = c->labels;
    int nl = c->nlabels, cl = c->caplabels;
    c->labels = NULL;
    c->nlabels = c->caplabels = 0;
    check_package(c, p);
    c->labels = lb;
    c->nlabels = nl;
    c->caplabels = cl;
    c->targets = tg;
    restore_ctx(c, sv);
    nloading--;
    add_pkg(c, p);
    return p;
}

/* Builds the universe scope. */
static Scope *make_universe(Checker *c) {
    type_init();
    Scope *u = check_scope_new(NULL, NULL);
    scope_index(u);
    struct { const char *name; Type *t; } types[] = {
        {"bool", type_bool},       {"int", type_int},         {"int8", type_int8},
        {"int16", type_int16},     {"int32", type_int32},     {"int64", type_int64},
        {"uint", type_uint},       {"uint8", type_uint8},     {"uint16", type_uint16},
        {"uint32", type_uint32},   {"uint64", type_uint64},   {"uintptr", type_uintptr},
        {"float32", type_float32}, {"float64", type_float64}, {"string", type_string},
        {"complex64", type_complex64}, {"complex128", type_complex128},
        {"byte", type_uint8},      {"rune", type_int32},      {"error", type_error},
        {"any", type_any},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        Symbol *s = check_new_symbol(c, SYM_TYPE, types[i].name, (Pos){0, 0}, types[i].t);
        s->home = NULL;
        scope_add(u, s);
    }
    /* comparable: an interface whose type set is the comparable types. */
    static Type *comparable_t;
    if (!comparable_t) {
        comparable_t = type_named(NULL, "comparable");
        type_set_underlying(comparable_t, type_interface_terms(NULL, 0, NULL, NULL, 0));
        comparable_t->nterms = -1; /* marks the comparable constraint */
    }
    Symbol *cs = check_new_symbol(c, SYM_TYPE, "comparable", (Pos){0, 0}, comparable_t);
    cs->home = NULL;
    scope_add(u, cs);
    Symbol *t = check_new_symbol(c, SYM_CONST, "true", (Pos){0, 0}, type_untyped_bool);
    t->exact = const_bool(true);
    t->cval.i = 1;
    t->home = NULL;
    scope_add(u, t);
    Symbol *f = check_new_symbol(c, SYM_CONST, "false", (Pos){0, 0}, type_untyped_bool);
    f->exact = const_bool(false);
    f->home = NULL;
    scope_add(u, f);
    Symbol *io = check_new_symbol(c, SYM_CONST, "iota", (Pos){0, 0}, type_untyped_int);
    io->home = NULL;
    scope_add(u, io);
    Symbol *nil = check_new_symbol(c, SYM_NIL, "nil", (Pos){0, 0}, type_untyped_nil);
    nil->home = NULL;
    scope_add(u, nil);
    static const char *bnames[BI_COUNT] = {
        [BI_APPEND] = "append", [BI_CAP] = "cap",       [BI_CLEAR] = "clear", [BI_CLOSE] = "close",
        [BI_COPY] = "copy",     [BI_DELETE] = "delete", [BI_LEN] = "len",     [BI_MAKE] = "make",
        [BI_MAX] = "max",       [BI_MIN] = "min",       [BI_NEW] = "new",     [BI_PANIC] = "panic",
        [BI_PRINT] = "print",   [BI_PRINTLN] = "println", [BI_RECOVER] = "recover",
        [BI_COMPLEX] = "complex", [BI_REAL] = "real",   [BI_IMAG] = "imag",
    };
    for (int b = 1; b < BI_COUNT; b++) {
        Symbol *s = check_new_symbol(c, SYM_BUILTIN, bnames[b], (Pos){0, 0}, NULL);
        s->builtin = (Builtin)b;
        s->home = NULL;
        scope_add(u, s);
    }
    return u;
}

/* The receiver base type name of a method declaration (T in (t *T) or (t T[P])). */
static Expr *recv_base(Expr *t) {
    while (t && (t->kind == EX_STAR || t->kind == EX_PAREN || t->kind == EX_INDEX)) t = t->x;
    return t;
}

/* Records that p imports ip (for initialization order). */
static void add_import(Package *p, Package *ip) {
    for (int k = 0; k < p->nimports; k++)
        if (p->imports[k] == ip) return;
    Package **nv = GC_MALLOC(sizeof(Package *) * (p->nimports + 1));
    if (p->nimports) memcpy(nv, p->imports, sizeof(Package *) * p->nimports);
    nv[p->nimports++] = ip;
    p->imports = nv;
}

bool check_import(Checker *c, Symbol *s) {
    if (s->pkg || !s->import_path) return s->pkg != NULL;
    /* Loading checks bodies queued from other packages, which may name s
     * again: check_load_package then returns the package being loaded. */
    Package *p = check_load_package(c, s->import_path, s->pos, true);
    if (!p) {
        s->import_path = NULL;
        return false;
    }
    s->pkg = p;
    add_import(s->home, p);
    return true;
}

/* Collects the package-level declarations of a file into the package scope. */
static void collect_file(Checker *c, Package *p, File *f, DeclList *methods) {
    c->src = f->src;
    for (int i = 0; i < f->imports.n; i++) {
        Decl *d = f->imports.v[i];
        for (int j = 0; j < d->nspecs; j++) {
            Spec *sp = d->specs[j];
            if (!sp->path) continue;
            if (strcmp(sp->path, "unsafe") == 0) {
                check_errorf(c, sp->pos, "package unsafe is not in std");
                continue;
            }
            const char *local = sp->names.n ? sp->names.v[0]->name : path_base(sp->path);
            if (p->lazy && strcmp(local, "_") != 0 && strcmp(local, ".") != 0) {
                /* Loaded when the package first names it (check_import). */
                Symbol *s = check_new_symbol(c, SYM_PKG, local, sp->pos, NULL);
                s->import_path = sp->path;
                scope_add(p->scope, s);
                continue;
            }
            Package *ip = check_load_package(c, sp->path, sp->pos, true);
            c->src = f->src;
            if (!ip) continue;
            add_import(p, ip);
            const char *name = sp->names.n ? sp->names.v[0]->name : ip->name;
            if (strcmp(name, "_") == 0 || strcmp(name, ".") == 0) continue;
            Symbol *s = check_new_symbol(c, SYM_PKG, name, sp->pos, NULL);
            s->pkg = ip;
            if (!check_scope_lookup_local(p->scope, name)) scope_add(p->scope, s);
        }
    }
    for (int i = 0; i < f->decls.n; i++) {
        Decl *d = f->decls.v[i];
        switch (d->kind) {
        case DECL_VAR:
        case DECL_CONST:
        case DECL_TYPE:
            for (int j = 0; j < d->nspecs; j++) {
                Spec *sp = d->specs[j];
                SymKind k = d->kind == DECL_VAR ? SYM_VAR : d->kind == DECL_CONST ? SYM_CONST : SYM_TYPE;
                sp->syms.n = 0;
                for (int n = 0; n < sp->names.n; n++) {
                    Expr *id = sp->names.v[n];
                    Symbol *s = check_new_symbol(c, k, id->name, id->pos, NULL);
                    s->decl = d;
                    id->sym = s;
                    LIST_PUSH(sp->syms, s);
                    obj_add(c, s, d, sp, n);
                    if (strcmp(id->name, "init") == 0 || (strcmp(id->name, "main") == 0 && p == c->pkgs[0])) {
                        if (strcmp(id->name, "init") == 0) {
                            check_errorf(c, id->pos, "cannot declare init - must be func");
                            continue;
                        }
                    }
                    check_declare(c, p->scope, s);
                }
            }
            break;
        case DECL_FUNC: {
            const char *name = d->name->name;
            FuncInfo *info = check_new_funcinfo(c, NULL, NULL);
            d->info = info;
            Symbol *s = check_new_symbol(c, SYM_FUNC, name, d->name->pos, NULL);
            s->decl = d;
            d->sym = s;
            d->name->sym = s;
            obj_add(c, s, d, NULL, 0);
            if (d->lazy_recv) { /* a method not parsed yet (not of a generic type) */
                LIST_PUSH(*methods, d);
                break;
            }
            if (d->recv) {
                Expr *rt = d->recv->type;
                while (rt && (rt->kind == EX_STAR || rt->kind == EX_PAREN)) rt = rt->x;
                if (rt && rt->kind == EX_INDEX && rt->x && rt->x->kind == EX_IDENT)
                    check_note_generic_method(c, p, d, rt->x->name);
                else
                    LIST_PUSH(*methods, d);
                break;
            }
            info->name = check_sprintf("%s.%s", p->name, name);
            if (strcmp(name, "init") == 0) {
                if (d->ftype->params.n || d->ftype->results.n)
                    check_errorf(c, d->name->pos, "func init must have no arguments and no return values");
                continue;
            }
            if (strcmp(name, "main") == 0 && strcmp(p->path, "main") == 0 &&
                (d->ftype->params.n || d->ftype->results.n))
                check_errorf(c, d->name->pos, "func main must have no arguments and no return values");
            if (strcmp(name, "_") == 0) break;
            Symbol *old = check_scope_lookup_local(p->scope, name);
            if (old && old->pos.line) {
                if (old->src)
                    check_errorf(c, d->name->pos, "%s redeclared in this block\n\t%s:%d:%d: other declaration of %s", name,
                                 old->src->name, old->pos.line, old->pos.col, name);
                else
                    check_errorf(c, d->name->pos, "%s redeclared in this block", name);
                break;
            }
            if (old) { /* a package name inserted by script lookup: the declaration wins */
                old->name = "";
            }
            scope_add(p->scope, s);
            break;
        }
        case DECL_STMT:
        case DECL_IMPORT:
            break;
        }
    }
}

/* Attaches a method declaration to its receiver's named type. */
static void attach_method(Checker *c, Package *p, Decl *d) {
    Expr *base = recv_base(d->recv->type);
    FuncInfo *info = d->info;
    Obj *o = check_obj_of(c, d->sym);
    c->src = o->src;
    if (!base || base->kind != EX_IDENT) {
        check_errorf(c, d->recv->pos, "invalid receiver type");
        o->state = OBJ_DONE;
        return;
    }
    Symbol *ts = check_scope_lookup_local(p->scope, base->name);
    /* A REPL entry may declare methods on the session's types. */
    if (!ts && c->repl && p->scope->parent) ts = check_scope_lookup_local(p->scope->parent, base->name);
    if (!ts && c->universe) ts = check_scope_lookup_local(c->universe, base->name);
    bool session_type = ts && c->repl && ts->home && ts->home != p && strcmp(ts->home->path, "main") == 0;
    /* types2 reports receiver errors at the receiver variable. */
    Pos rpos = d->recv->names.n ? d->recv->names.v[0]->pos : check_expr_start(d->recv->type);
    if (!ts) {
        check_errorf(c, base->pos, "undefined: %s", base->name);
        o->state = OBJ_DONE;
        return;
    }
    if (ts->kind != SYM_TYPE) {
        check_errorf(c, base->pos, "%s is not a type", base->name);
        o->state = OBJ_DONE;
        return;
    }
    check_resolve(c, ts);
    Type *t = ts->type;
    bool ptr = false;
    int stars = 0;
    for (Expr *r = d->recv->type; r && r != base; r = r->x)
        if (r->kind == EX_STAR) ptr = true, stars++;
    if (!t || !t->name || (ts->home != p && !session_type) || t->kind == KIND_POINTER || t->kind == KIND_INTERFACE ||
        stars > 1) {
        if (stars > 1 || (t && !t->name))
            check_errorf(c, rpos, "invalid receiver type %s",
                         stars > 1 || !t ? check_expr_str(d->recv->type) : check_type_str(c, ptr ? type_pointer(t) : t));
        else if (t && (t->kind == KIND_POINTER || t->kind == KIND_INTERFACE) && ts->home == p)
            check_errorf(c, rpos, "invalid receiver type %s (pointer or interface type)", base->name);
        else
            check_errorf(c, rpos, "cannot define new methods on non-local type %s", base->name);
        o->state = OBJ_DONE;
        return;
    }
    const char *mname = d->name->name;
    info->name = ptr ? check_sprintf("%s.(*%s).%s", p->name, t->name, mname)
                     : check_sprintf("%s.%s.%s", p->name, t->name, mname);
    check_resolve(c, d->sym);
    if (strcmp(mname, "_") == 0) return;
    if (t->kind == KIND_STRUCT) {
        for (int i = 0; i < t->nfields; i++)
            if (strcmp(t->fields[i].name, mname) == 0) {
                check_errorf(c, d->name->pos, "field and method with the same name %s", mname);
                return;
            }
    }
    Method *old = type_find_method(t, mname);
    if (old && !old->npath && session_type) {
        /* Redeclared in a REPL session: the new signature replaces the old
         * one (the session keeps the function value when it is unchanged). */
        old->sig = info->type;
        old->ptr_recv = ptr;
        return;
    }
    if (old && !old->npath) {
        check_errorf(c, d->name->pos, "method %s.%s already declared", t->name, mname);
        return;
    }
    Method *m = type_add_method(t, mname, info->type, ptr);
    (void)m;
    /* A value of the type can reach its methods through any interface. */
    if (p->lazy) {
        Obj *to = check_obj_of(c, ts);
        func_ready(c, o);
        if (to) add_ref(c, to, d->sym);
    }
}

/* Lazy packages: attaches the methods of the types resolved since the last
 * call (each waits until no type declaration is being resolved, so the
 * types its signature names are complete), then completes pending named
 * types and adds promoted methods, as check_package does for a whole
 * package. Attaching may resolve more types: they join the queue. */
static void finish_lazy_types(Checker *c) {
    if (c->finishing_types) return;
    c->finishing_types = true;
    Saved sv = save_ctx(c);
    check_finish_types();
    for (int i = 0; i < c->ntypeq; i++) {
        Obj *o = c->typeq[i];
        for (int j = 0; j < o->methods.n; j++) {
            Decl *d = o->methods.v[j];
            parse_lazy_decl(d, c->diag);
            attach_method(c, o->sym->home, d);
        }
    }
    check_finish_types();
    for (int i = 0; i < c->ntypeq; i++) {
        Type *t = c->typeq[i]->sym->type;
        if (t && t->name && t->kind == KIND_STRUCT) check_add_promoted(t);
    }
    c->ntypeq = 0;
    restore_ctx(c, sv);
    c->finishing_types = false;
}

/* Depth-first visit for initialization order: appends var specs after their deps. */
typedef struct InitState {
    Checker *c;
    Package *p;
    /* The objects being visited, innermost last (at most 4096 deep). */
    Obj **stack;
    int nstack, capstack;
    Spec **order;
    int norder, caporder;
    /* Visited marks: 0 new, 1 active, 2 done; indexed by a small map. */
    Obj **marked;
    int *marks;
    int nmarked, capmarked;
} InitState;

/* Returns the visit mark slot for an object. */
static int *mark_of(InitState *st, Obj *o) {
    for (int i = 0; i < st->nmarked; i++)
        if (st->marked[i] == o) return &st->marks[i];
    if (st->nmarked == st->capmarked) {
        st->capmarked = st->capmarked ? st->capmarked * 2 : 64;
        Obj **nm = GC_MALLOC(sizeof(Obj *) * st->capmarked);
        int *nk = GC_MALLOC_ATOMIC(sizeof(int) * st->capmarked);
        if (st->nmarked) {
            memcpy(nm, st->marked, sizeof(Obj *) * st->nmarked);
            memcpy(nk, st->marks, sizeof(int) * st->nmarked);
        }
        st->marked = nm;
        st->marks = nk;
    }
    st->marked[st->nmarked] = o;
    st->marks[st->nmarked] = 0;
    return &st->marks[st->nmarked++];
}

/* Visits an object's dependencies, then emits it if it is a var spec. */
static void init_visit(InitState *st, Obj *o) {
    int *m = mark_of(st, o);
    if (*m == 2) return;
    if (*m == 1) {
        /* A cycle: report it if it goes through a variable. */
        int from = st->nstack - 1;
        while (from >= 0 && st->stack[from] != o) from--;
        bool has_var = false;
        for (int i = from; i < st->nstack; i++)
            if (i >= 0 && st->stack[i]->sym->kind == SYM_VAR) has_var = true;
        if (has_var && from >= 0) {
            Checker *c = st->c;
            Obj *first = st->stack[from];
            const Source *sv = c->src;
            c->src = first->src;
            if (st->nstack - from == 1) {
                check_errorf(c, first->sym->pos, "initialization cycle: %s refers to itself", first->sym->name);
            } else {
                char *msg = check_sprintf("initialization cycle for %s", first->sym->name);
                for (int i = from; i < st->nstack; i++) {
                    Obj *cur = st->stack[i];
                    Obj *nx = i + 1 < st->nstack ? st->stack[i + 1] : first;
                    msg = check_sprintf("%s\n\t%s:%d:%d: %s refers to %s", msg, cur->src ? cur->src->name : "",
                                        cur->sym->pos.line, cur->sym->pos.col, cur->sym->name, nx->sym->name);
                }
                check_errorf(c, first->sym->pos, "%s", msg);
            }
            c->src = sv;
        }
        return;
    }
    *m = 1;
    if (st->nstack < 4096) {
        if (st->nstack == st->capstack) {
            st->capstack = st->capstack ? st->capstack * 2 : 16;
            Obj **nv = GC_MALLOC(sizeof(Obj *) * st->capstack);
            if (st->nstack) memcpy(nv, st->stack, sizeof(Obj *) * st->nstack);
            st->stack = nv;
        }
        st->stack[st->nstack++] = o;
        for (int i = 0; i < o->deps.n; i++) {
            Obj *d = check_obj_of(st->c, o->deps.v[i]);
            if (d && d != o) init_visit(st, d);
            else if (d == o && o->sym->kind == SYM_VAR) init_visit(st, d);
        }
        st->nstack--;
    }
    *mark_of(st, o) = 2;
    if (o->sym->kind == SYM_VAR && o->spec && o->spec->values.n) {
        for (int i = 0; i < st->norder; i++)
            if (st->order[i] == o->spec) return;
        if (st->norder == st->caporder) {
            st->caporder = st->caporder ? st->caporder * 2 : 16;
            Spec **nv = GC_MALLOC(sizeof(Spec *) * st->caporder);
            if (st->norder) memcpy(nv, st->order, sizeof(Spec *) * st->norder);
            st->order = nv;
        }
        st->order[st->norder++] = o->spec;
    }
}

/* Collects the package variables `o` depends on, following function and
 * method references transitively (a variable dependency is not followed). */
static void var_deps(Checker *c, Obj *o, Obj ***out, int *n, Obj ***seen, int *nseen, int depth) {
    if (depth > 10000) return;
    for (int i = 0; i < o->deps.n; i++) {
        Obj *d = check_obj_of(c, o->deps.v[i]);
        if (!d) continue;
        bool dup = false;
        for (int k = 0; k < *nseen; k++)
            if ((*seen)[k] == d) dup = true;
        if (dup) continue;
        *seen = GC_REALLOC(*seen, sizeof(Obj *) * (*nseen + 1));
        (*seen)[(*nseen)++] = d;
        if (d->sym->kind == SYM_VAR) {
            *out = GC_REALLOC(*out, sizeof(Obj *) * (*n + 1));
            (*out)[(*n)++] = d;
        } else {
            var_deps(c, d, out, n, seen, nseen, depth + 1);
        }
    }
}

/* Computes the package's variable initialization order: repeatedly the
 * variable earliest in declaration order whose dependencies are all
 * initialized (Go's rule); reports initialization cycles. */
static void init_order(Checker *c, Package *p) {
    InitState st = {0};
    st.c = c;
    st.p = p;
    Obj **vars = NULL;
    int nvars = 0;
    for (int fi = 0; fi < p->nfiles; fi++) {
        File *f = p->files[fi];
        for (int i = 0; i < f->decls.n; i++) {
            Decl *d = f->decls.v[i];
            if (d->kind != DECL_VAR) continue;
            for (int j = 0; j < d->nspecs; j++)
                for (int k = 0; k < d->specs[j]->syms.n; k++) {
                    Obj *o = check_obj_of(c, d->specs[j]->syms.v[k]);
                    if (!o || (p->lazy && !(o->live && o->state == OBJ_DONE))) continue;
                    init_visit(&st, o); /* cycle detection and reporting */
                    vars = GC_REALLOC(vars, sizeof(Obj *) * (nvars + 1));
                    vars[nvars++] = o;
                }
        }
    }
    Obj ***deps = GC_MALLOC(sizeof(Obj **) * (nvars + 1));
    int *ndeps = GC_MALLOC_ATOMIC(sizeof(int) * (nvars + 1));
    for (int i = 0; i < nvars; i++) {
        Obj **out = NULL, **seen = NULL;
        int n = 0, nseen = 0;
        var_deps(c, vars[i], &out, &n, &seen, &nseen, 0);
        deps[i] = out;
        ndeps[i] = n;
    }
    bool *done = GC_MALLOC_ATOMIC(sizeof(bool) * (nvars + 1));
    memset(done, 0, sizeof(bool) * (nvars + 1));
    Spec **order = GC_MALLOC(sizeof(Spec *) * (nvars + 1));
    int norder = 0;
    for (int round = 0; round < nvars; round++) {
        int pick = -1;
        for (int i = 0; i < nvars && pick < 0; i++) {
            if (done[i]) continue;
            bool ready = true;
            for (int k = 0; k < ndeps[i] && ready; k++) {
                Obj *d = deps[i][k];
                if (d == vars[i] || (d->spec && d->spec == vars[i]->spec)) continue;
                for (int m = 0; m < nvars; m++)
                    if (vars[m] == d && !done[m]) ready = false;
            }
            if (ready) pick = i;
        }
        if (pick < 0) /* a cycle (already reported): keep declaration order */
            for (int i = 0; i < nvars && pick < 0; i++)
                if (!done[i]) pick = i;
        if (pick < 0) break; /* every variable is placed */
        /* A multi-name spec initializes all its names at once. */
        for (int i = 0; i < nvars; i++)
            if (vars[i] == vars[pick] || (vars[i]->spec && vars[i]->spec == vars[pick]->spec)) done[i] = true;
        Spec *sp = vars[pick]->spec;
        if (sp && sp->values.n) {
            bool have = false;
            for (int k = 0; k < norder; k++)
                if (order[k] == sp) have = true;
            if (!have) order[norder++] = sp;
        }
    }
    p->init_order = order;
    p->ninit = norder;
}

/* Reports a function declared without a body, unless it is a standard
 * package's native. */
static void check_bodyless(Checker *c, Package *p, Decl *d, bool is_main) {
    if (is_main || !p->native) {
        check_errorf(c, d->name->pos, "missing function body");
        return;
    }
    const char *nn = d->name->name;
    if (d->recv) {
        Expr *b = recv_base(d->recv->type);
        nn = check_sprintf("%s.%s", b ? b->name : "?", nn);
    }
    if (!native_lookup(p->native, nn))
        check_errorf(c, d->name->pos, "missing function body (no native %s.%s)", p->path, nn);
}

/* Checks the queued bodies of reachable functions of lazy packages (each
 * may queue more), in their own package's context; a function whose
 * declaration was left unparsed is resolved first, and a native one only
 * joins its package's functions. */
static void check_waiting_bodies(Checker *c) {
    while (c->bodyq.n > 0) {
        Obj *o = c->bodyq.v[--c->bodyq.n];
        Decl *d = o->decl;
        Package *p = o->sym->home;
        check_resolve(c, o->sym);
        if (!d->body) {
            if (!d->info->type) continue;
            const Source *sv = c->src;
            c->src = o->src;
            LIST_PUSH(p->funcs, d);
            check_bodyless(c, p, d, false);
            c->src = sv;
            continue;
        }
        Saved sv = save_ctx(c);
        Label *lb = c->labels;
        int nl = c->nlabels, cl = c->caplabels;
        int *lc = c->lit_counter;
        FieldList *tp = c->tparams;
        c->labels = NULL;
        c->nlabels = c->caplabels = 0;
        c->pkg = p;
        c->scope = p->scope;
        c->src = o->src;
        c->fn = NULL;
        c->iota = NULL;
        c->targets = NULL;
        if (!(d->ftype && d->ftype->tparams.n)) LIST_PUSH(p->funcs, d);
        c->cur_obj = o;
        c->lit_counter = GC_MALLOC_ATOMIC(sizeof(int));
        *c->lit_counter = 0;
        c->tparams = d->ftype && d->ftype->tparams.n ? &d->ftype->tparams : NULL;
        check_lazy_body(c, d->body);
        check_func_body(c, d->info, d->body, d->body->pos);
        c->labels = lb;
        c->nlabels = nl;
        c->caplabels = cl;
        c->lit_counter = lc;
        c->tparams = tp;
        restore_ctx(c, sv);
    }
}

/* Checks one package: collects, resolves declarations, checks bodies. */
static void check_package(Checker *c, Package *p) {
    c->pkg = p;
    c->scope = p->scope;
    c->fn = NULL;
    c->cur_obj = NULL;
    DeclList methods = {0};
    for (int i = 0; i < p->nfiles; i++) collect_file(c, p, p->files[i], &methods);
    c->pkg = p;
    /* A lazy package's types are resolved when named, each then getting
     * its methods (finish_lazy_types). */
    if (p->lazy) {
        for (int i = 0; i < methods.n; i++) {
            Decl *d = methods.v[i];
            Expr *b = d->recv ? recv_base(d->recv->type) : NULL;
            const char *base = d->lazy_recv ? d->lazy_recv : b && b->kind == EX_IDENT ? b->name : NULL;
            Symbol *ts = base ? check_scope_lookup_local(p->scope, base) : NULL;
            Obj *to = ts && ts->kind == SYM_TYPE ? check_obj_of(c, ts) : NULL;
            if (to) {
                LIST_PUSH(to->methods, d);
            } else {
                parse_lazy_decl(d, c->diag);
                attach_method(c, p, d); /* reports what is wrong */
            }
        }
        methods.n = 0;
    }
    /* Types first, then methods (so method sets are complete before any
     * expression is checked), then everything else. */
    for (int fi = 0; fi < p->nfiles && !p->lazy; fi++) {
        File *f = p->files[fi];
        for (int i = 0; i < f->decls.n; i++) {
            Decl *d = f->decls.v[i];
            if (d->kind != DECL_TYPE) continue;
            for (int j = 0; j < d->nspecs; j++)
                for (int k = 0; k < d->specs[j]->syms.n; k++) check_resolve(c, d->specs[j]->syms.v[k]);
        }
    }
    check_finish_types();
    for (int i = 0; i < methods.n; i++) attach_method(c, p, methods.v[i]);
    for (int fi = 0; fi < p->nfiles && !p->lazy; fi++) {
        File *f = p->files[fi];
        for (int i = 0; i < f->decls.n; i++) {
            Decl *d = f->decls.v[i];
            if (d->kind != DECL_TYPE) continue;
            for (int j = 0; j < d->nspecs; j++)
                for (int k = 0; k < d->specs[j]->syms.n; k++) {
                    Symbol *s = d->specs[j]->syms.v[k];
                    if (s->type && s->type->name && s->type->kind == KIND_STRUCT) check_add_promoted(s->type);
                }
        }
    }
    for (int fi = 0; fi < p->nfiles; fi++) {
        File *f = p->files[fi];
        c->src = f->src;
        for (int i = 0; i < f->decls.n; i++) {
            Decl *d = f->decls.v[i];
            if ((d->kind == DECL_VAR || d->kind == DECL_CONST) && !p->lazy) {
                for (int j = 0; j < d->nspecs; j++)
                    for (int k = 0; k < d->specs[j]->syms.n; k++) check_resolve(c, d->specs[j]->syms.v[k]);
            } else if (d->kind == DECL_FUNC && !d->recv && !d->lazy) {
                check_resolve(c, d->sym);
            }
        }
    }
    /* Bodies. */
    bool is_main = strcmp(p->path, "main") == 0;
    for (int fi = 0; fi < p->nfiles; fi++) {
        File *f = p->files[fi];
        c->src = f->src;
        for (int i = 0; i < f->decls.n; i++) {
            Decl *d = f->decls.v[i];
            if (d->kind != DECL_FUNC) continue;
            Obj *o = check_obj_of(c, d->sym);
            bool method = d->recv || d->lazy_recv;
            if (p->lazy && o && (method || strcmp(d->name->name, "init") != 0)) {
                /* Parsed and checked if the program reaches it; a method
                 * once its type is resolved. */
                if (!method) func_ready(c, o);
                continue;
            }
            if (!d->info->type) continue;
            if (p->lazy && o) {
                /* An init function: reachable once another package names
                 * one of this package's types. */
                func_ready(c, o);
                LIST_PUSH(p->lazy_inits, d);
                continue;
            }
            bool generic_body = d->ftype && d->ftype->tparams.n && d->body;
            if (!generic_body) LIST_PUSH(p->funcs, d);
            if (!d->body) {
                check_bodyless(c, p, d, is_main);
                continue;
            }
            c->cur_obj = o;
            c->lit_counter = GC_MALLOC_ATOMIC(sizeof(int));
            *c->lit_counter = 0;
            c->tparams = d->ftype && d->ftype->tparams.n ? &d->ftype->tparams : NULL;
            check_lazy_body(c, d->body);
            check_func_body(c, d->info, d->body, d->body->pos);
            c->cur_obj = NULL;
        }
    }
    /* Script mode: top-level statements form main.main. */
    bool has_stmts = false;
    for (int fi = 0; fi < p->nfiles; fi++)
        for (int i = 0; i < p->files[fi]->decls.n; i++)
            if (p->files[fi]->decls.v[i]->kind == DECL_STMT) has_stmts = true;
    if (has_stmts) {
        FuncInfo *info = check_new_funcinfo(c, check_sprintf("%s.main", p->name), NULL);
        info->type = type_func(NULL, 0, NULL, 0, false);
        p->script_main = info;
        for (int fi = 0; fi < p->nfiles; fi++) {
            File *f = p->files[fi];
            for (int i = 0; i < f->decls.n; i++)
                if (f->decls.v[i]->kind == DECL_STMT) LIST_PUSH(p->script_body, f->decls.v[i]->stmt);
        }
        Stmt *body = GC_MALLOC(sizeof(Stmt));
        body->kind = ST_BLOCK;
        body->list = p->script_body;
        c->src = p->files[0]->src;
        c->cur_obj = NULL;
        c->lit_counter = GC_MALLOC_ATOMIC(sizeof(int));
        *c->lit_counter = 0;
        check_func_body(c, info, body, body->pos);
        p->script_body = body->list;
    }
    /* Reachable bodies of lazy packages, and the generic instances they
     * need, until neither adds more. A lazy package leaves them to the
     * package that loaded it: it may be loaded in the middle of resolving a
     * declaration (a variable's initializer naming it), which a body checked
     * now would find unfinished. */
    if (!p->lazy) {
        do {
            check_waiting_bodies(c);
            check_flush_instances(c);
        } while (c->bodyq.n > 0);
    }
    c->src = p->files[0]->src;
    if (!p->lazy) init_order(c, p);
}

bool check_session_top(Checker *c) {
    return c->repl && c->fn && c->pkg && c->fn == c->pkg->script_main && c->scope && c->scope->parent == c->pkg->scope;
}

/* Appends p to out after the packages it imports (seen: those visited). */
static void order_visit(Package *p, Package **out, int *n, Package **seen, int *nseen) {
    for (int i = 0; i < *nseen; i++)
        if (seen[i] == p) return;
    seen[(*nseen)++] = p;
    for (int i = 0; i < p->nimports; i++) order_visit(p->imports[i], out, n, seen, nseen);
    out[(*n)++] = p;
}

/* Puts every package after the packages it imports, keeping the load order
 * otherwise: a standard package loads an import when it first names it,
 * which can be after its own loading ended. main stays first. */
static void order_packages(Checker *c) {
    Package **out = GC_MALLOC(sizeof(Package *) * c->npkgs);
    Package **seen = GC_MALLOC(sizeof(Package *) * c->npkgs);
    int n = 0, nseen = 1;
    out[n++] = seen[0] = c->pkgs[0];
    for (int i = 1; i < c->npkgs; i++) order_visit(c->pkgs[i], out, &n, seen, &nseen);
    c->pkgs = out;
}

/* Checks the main package made of `files`, in a REPL session if s is not NULL. */
static Program *check_main(CheckSession *s, File **files, int nfiles, Diag *diag) {
    Checker *c = GC_MALLOC(sizeof(Checker));
    c->diag = diag;
    c->repl = s != NULL;
    int before = diag_count(diag);
    if (!s) check_generic_reset();
    else check_generic_forget(s);
    check_type_reset();
    if (s && !s->universe) s->universe = make_universe(c);
    c->universe = s ? s->universe : make_universe(c);
    if (s && !s->scope) s->scope = check_scope_new(c->universe, NULL);
    Package *p = GC_MALLOC(sizeof(Package));
    p->path = "main";
    p->name = "main";
    p->files = files;
    p->nfiles = nfiles;
    p->scope = check_scope_new(s ? s->scope : c->universe, NULL);
    c->pkg = p;
    if (nfiles > 0) c->src = files[0]->src;
    /* main is pkgs[0] while checking (so collect_file can recognise it). */
    add_pkg(c, p);
    for (int i = 0; s && i < s->npkgs; i++) add_pkg(c, s->pkgs[i]);
    for (int i = 0; i < nfiles; i++) {
        c->src = files[i]->src;
        for (int k = 0; k < files[i]->nlate; k++) check_errorf(c, files[i]->late_pos[k], "%s", files[i]->late_msg[k]);
    }
    for (int i = 0; i < nfiles && !s; i++) {
        File *f = files[i];
        if (f->package && strcmp(f->package, "main") != 0) {
            c->src = f->src;
            check_errorf(c, f->package_pos, "package %s is not a main package", f->package);
        }
    }
    check_package(c, p);
    /* Lazy packages initialize their reachable variables, known only now. */
    for (int i = 1; i < c->npkgs; i++)
        if (c->pkgs[i]->lazy) {
            c->src = c->pkgs[i]->files[0]->src;
            init_order(c, c->pkgs[i]);
        }
    order_packages(c);
    bool written = false;
    for (int i = 0; i < nfiles; i++)
        if (files[i]->package) written = true;
    Symbol *m = check_scope_lookup_local(p->scope, "main");
    if (written && !s && !p->script_main && !(m && m->kind == SYM_FUNC) && nfiles > 0) {
        c->src = files[0]->src;
        check_errorf(c, files[0]->package_pos, "function main is undeclared in the main package");
    }
    /* Move main to the end: dependencies first. */
    Program *prog = GC_MALLOC(sizeof(Program));
    prog->main = p;
    prog->npkgs = c->npkgs;
    prog->pkgs = GC_MALLOC(sizeof(Package *) * c->npkgs);
    for (int i = 1; i < c->npkgs; i++) prog->pkgs[i - 1] = c->pkgs[i];
    prog->pkgs[c->npkgs - 1] = p;
    if (diag_count(diag) > before) return NULL;
    return prog;
}

Program *check_program(File **files, int nfiles, Diag *diag) { return check_main(NULL, files, nfiles, diag); }

Program *check_repl(CheckSession *s, File **files, int nfiles, Diag *diag) { return check_main(s, files, nfiles, diag); }

/* ---- message helpers ---- */

const char *check_type_str(Checker *c, Type *t) {
    if (c && c->alias_name && t && t == c->alias_type) return c->alias_name;
    const char *s0 = type_to_string(t);
    /* types2 writes struct{...} and interface{...} without the inner spaces. */
    size_t n0 = strlen(s0);
    char *s1 = GC_MALLOC_ATOMIC(n0 + 1);
    size_t k = 0;
    for (size_t i = 0; i < n0; i++) {
        if (s0[i] == ' ' && i + 1 < n0 && s0[i + 1] == '{' && i >= 6 &&
            (strncmp(s0 + i - 6, "struct", 6) == 0 || (i >= 9 && strncmp(s0 + i - 9, "interface", 9) == 0)))
            continue;
        if (s0[i] == ' ' && i > 0 && s0[i - 1] == '{') continue;
        if (s0[i] == ' ' && i + 1 < n0 && s0[i + 1] == '}') continue;
        s1[k++] = s0[i];
    }
    s1[k] = 0;
    const char *s = s1;
    if (!c || !c->pkg) return s;
    /* Types of the package being checked are written unqualified, as go/types does. */
    const char *q = c->pkg->name;
    size_t ql = strlen(q);
    size_t n = strlen(s);
    char *out = GC_MALLOC_ATOMIC(n + 1);
    size_t j = 0;
    for (size_t i = 0; i < n;) {
        bool boundary = i == 0 || !(s[i - 1] == '_' || s[i - 1] == '.' || (s[i - 1] >= 'a' && s[i - 1] <= 'z') ||
                                    (s[i - 1] >= 'A' && s[i - 1] <= 'Z') || (s[i - 1] >= '0' && s[i - 1] <= '9'));
        if (boundary && strncmp(s + i, q, ql) == 0 && s[i + ql] == '.') {
            i += ql + 1;
            continue;
        }
        out[j++] = s[i++];
    }
    out[j] = 0;
    return out;
}

static void write_expr(StrBuf *b, Expr *e, int depth);

/* Writes a field list "a, b int, c string" for function types. */
static void write_fields(StrBuf *b, FieldList *fl, const char *sep, int depth) {
    for (int i = 0; i < fl->n; i++) {
        AstField *f = fl->v[i];
        if (i) str_buf_puts(b, sep);
        for (int j = 0; j < f->names.n; j++) {
            if (j) str_buf_puts(b, ", ");
            str_buf_puts(b, f->names.v[j]->name);
        }
        if (f->names.n) str_buf_puts(b, " ");
        write_expr(b, f->type, depth);
    }
}

/* Writes a signature's parameters and results. */
static void write_sig_expr(StrBuf *b, Expr *e, int depth) {
    str_buf_puts(b, "(");
    write_fields(b, &e->params, ", ", depth);
    str_buf_puts(b, ")");
    if (e->results.n == 1 && e->results.v[0]->names.n == 0) {
        str_buf_puts(b, " ");
        write_expr(b, e->results.v[0]->type, depth);
    } else if (e->results.n) {
        str_buf_puts(b, " (");
        write_fields(b, &e->results, ", ", depth);
        str_buf_puts(b, ")");
    }
}

/* Writes go/types' ExprString spelling of an expression. */
static void write_expr(StrBuf *b, Expr *e, int depth) {
    if (!e) return;
    if (depth > 50) {
        str_buf_puts(b, "…");
        return;
    }
    depth++;
    switch (e->kind) {
    case EX_IDENT: str_buf_puts(b, e->name); break;
    case EX_BASICLIT: str_buf_puts(b, e->raw ? e->raw : "?"); break;
    case EX_COMPOSITE:
        write_expr(b, e->x, depth);
        str_buf_puts(b, e->list.n ? "{…}" : "{}");
        break;
    case EX_FUNCLIT:
        str_buf_puts(b, "(");
        write_expr(b, e->x, depth);
        str_buf_puts(b, " literal)");
        break;
    case EX_PAREN:
        str_buf_puts(b, "(");
        write_expr(b, e->x, depth);
        str_buf_puts(b, ")");
        break;
    case EX_SELECTOR:
        write_expr(b, e->x, depth);
        str_buf_puts(b, ".");
        str_buf_puts(b, e->name);
        break;
    case EX_INDEX:
        write_expr(b, e->x, depth);
        str_buf_puts(b, "[");
        for (int i = 0; i < e->list.n; i++) {
            if (i) str_buf_puts(b, ", ");
            write_expr(b, e->list.v[i], depth);
        }
        str_buf_puts(b, "]");
        break;
    case EX_SLICE:
        write_expr(b, e->x, depth);
        str_buf_puts(b, "[");
        write_expr(b, e->y, depth);
        str_buf_puts(b, ":");
        write_expr(b, e->z, depth);
        if (e->slice3) {
            str_buf_puts(b, ":");
            write_expr(b, e->w, depth);
        }
        str_buf_puts(b, "]");
        break;
    case EX_TYPEASSERT:
        write_expr(b, e->x, depth);
        str_buf_puts(b, ".(");
        if (e->y) write_expr(b, e->y, depth);
        else str_buf_puts(b, "type");
        str_buf_puts(b, ")");
        break;
    case EX_CALL:
        write_expr(b, e->x, depth);
        str_buf_puts(b, "(");
        for (int i = 0; i < e->list.n; i++) {
            if (i) str_buf_puts(b, ", ");
            write_expr(b, e->list.v[i], depth);
        }
        if (e->ellipsis) str_buf_puts(b, "...");
        str_buf_puts(b, ")");
        break;
    case EX_STAR:
        str_buf_puts(b, "*");
        write_expr(b, e->x, depth);
        break;
    case EX_UNARY:
        str_buf_puts(b, op_string(e->op));
        write_expr(b, e->x, depth);
        break;
    case EX_BINARY:
        write_expr(b, e->x, depth);
        str_buf_puts(b, " ");
        str_buf_puts(b, op_string(e->op));
        str_buf_puts(b, " ");
        write_expr(b, e->y, depth);
        break;
    case EX_KEYVALUE:
        write_expr(b, e->x, depth);
        str_buf_puts(b, ": ");
        write_expr(b, e->y, depth);
        break;
    case EX_ARRAYTYPE:
        str_buf_puts(b, "[");
        if (e->y) write_expr(b, e->y, depth);
        str_buf_puts(b, "]");
        write_expr(b, e->x, depth);
        break;
    case EX_STRUCTTYPE:
        str_buf_puts(b, "struct{");
        write_fields(b, &e->fields, "; ", depth);
        str_buf_puts(b, "}");
        break;
    case EX_FUNCTYPE:
        str_buf_puts(b, "func");
        write_sig_expr(b, e, depth);
        break;
    case EX_INTERFACETYPE:
        str_buf_puts(b, "interface{");
        for (int i = 0; i < e->fields.n; i++) {
            AstField *f = e->fields.v[i];
            if (i) str_buf_puts(b, "; ");
            if (f->names.n) {
                str_buf_puts(b, f->names.v[0]->name);
                write_sig_expr(b, f->type, depth);
            } else {
                write_expr(b, f->type, depth);
            }
        }
        str_buf_puts(b, "}");
        break;
    case EX_MAPTYPE:
        str_buf_puts(b, "map[");
        write_expr(b, e->y, depth);
        str_buf_puts(b, "]");
        write_expr(b, e->x, depth);
        break;
    case EX_CHANTYPE:
        str_buf_puts(b, e->dir == CHAN_RECV ? "<-chan " : e->dir == CHAN_SEND ? "chan<- " : "chan ");
        write_expr(b, e->x, depth);
        break;
    case EX_ELLIPSIS:
        str_buf_puts(b, "...");
        write_expr(b, e->x, depth);
        break;
    case EX_CONVERT: write_expr(b, e->x, depth); break;
    default: str_buf_puts(b, "_"); break;
    }
}

const char *check_expr_str(Expr *e) {
    StrBuf b = {0};
    str_buf_puts(&b, "");
    write_expr(&b, e, 0);
    return b.p;
}

const char *check_operand_str(Checker *c, Operand *x) {
    const char *es = x->expr ? check_expr_str(x->expr) : "";
    if (x->mode == MODE_VALUE && x->type == type_untyped_nil) return "nil";
    StrBuf b = {0};
    str_buf_puts(&b, "");
    if (*es) {
        str_buf_puts(&b, es);
        str_buf_puts(&b, " (");
    }
    bool has_type = false;
    switch (x->mode) {
    case MODE_INVALID:
    case MODE_NOVALUE:
    case MODE_BUILTIN:
    case MODE_TYPE:
        break;
    default:
        if (x->type) {
            if (type_is_untyped(x->type)) {
                str_buf_puts(&b, x->type->name);
                str_buf_puts(&b, " ");
            } else {
                has_type = true;
            }
        }
    }
    static const char *modes[] = {
        [MODE_INVALID] = "invalid operand", [MODE_NOVALUE] = "no value", [MODE_VALUE] = "value",
        [MODE_VAR] = "variable", [MODE_MAPINDEX] = "map index expression",
        [MODE_COMMAOK] = "comma, ok expression", [MODE_CONST] = "constant", [MODE_TYPE] = "type",
        [MODE_BUILTIN] = "built-in", [MODE_PKG] = "package",
    };
    str_buf_puts(&b, modes[x->mode]);
    if (x->mode == MODE_CONST && x->val) {
        const char *vs = const_repr(x->val);
        if (strcmp(vs, es) != 0) {
            str_buf_puts(&b, " ");
            str_buf_puts(&b, vs);
        }
    }
    if (has_type) {
        str_buf_puts(&b, " of type ");
        str_buf_puts(&b, check_type_str(c, x->type));
    }
    if (*es) str_buf_puts(&b, ")");
    return b.p;
}

const char *check_src_name(Checker *c) { return c->src && c->src->name ? c->src->name : "<input>"; }

Pos check_expr_start(Expr *e) {
    while (e && e->x && (e->kind == EX_BINARY || e->kind == EX_INDEX || e->kind == EX_SLICE || e->kind == EX_CALL ||
                         e->kind == EX_SELECTOR || e->kind == EX_TYPEASSERT || e->kind == EX_KEYVALUE ||
                         e->kind == EX_CONVERT))
        e = e->x;
    return e ? e->pos : (Pos){0, 0};
}

Pos check_find_token(Checker *c, Pos from, const char *tok) {
    const char *t = c->src ? c->src->text : NULL;
    if (!t) return from;
    int line = 1;
    const char *p = t;
    while (*p && line < from.line) {
        if (*p == '\n') line++;
        p++;
    }
    const char *start = p;
    p += from.col - 1;
    size_t n = strlen(tok);
    while (*p && *p != '\n') {
        if (strncmp(p, tok, n) == 0) return (Pos){from.line, (int)(p - start) + 1};
        p++;
    }
    return from;
}

Pos check_sel_pos(Checker *c, Expr *sel) {
    Pos p = sel->pos;
    const char *t = c->src ? c->src->text : NULL;
    if (!t || !sel->name) return p;
    int line = 1;
    const char *q = t;
    while (*q && line < p.line) {
        if (*q == '\n') line++;
        q++;
    }
    const char *ls = q;
    q += p.col - 1;
    size_t n = strlen(sel->name);
    /* The last ".name" (not followed by an identifier character) on the line
     * before the end of the selector is the selected name. */
    const char *best = NULL;
    for (; *q && *q != '\n'; q++) {
        if (*q == '.' && strncmp(q + 1, sel->name, n) == 0) {
            char after = q[1 + n];
            bool ident = after == '_' || (after >= 'a' && after <= 'z') || (after >= 'A' && after <= 'Z') ||
                         (after >= '0' && after <= '9') || (unsigned char)after >= 0x80;
            if (!ident) {
                best = q + 1;
                break;
            }
        }
    }
    if (!best) return p;
    return (Pos){p.line, (int)(best - ls) + 1};
}
