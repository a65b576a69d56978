/*
 * The REPL's evaluation engine (vm/repl.h): each entry is parsed, checked
 * and compiled against the session, then run as goroutine 1 while the
 * goroutines of earlier entries keep their places in the scheduler.
 *
 * Design: entries are compiled incrementally, never replayed.
 * - The checker sees the session as a scope between the universe and the
 *   entry's package scope (CheckSession), so an entry's declarations shadow
 *   the session's and are checked against the session's symbols as they
 *   are: their types stay identical from one entry to the next, and so do
 *   the standard packages' (loaded once).
 * - An entry is checked and compiled completely before the session changes:
 *   on a compile error nothing is committed (methods the checker attached to
 *   session types are restored) and the session goes on as before.
 * - Variables declared at the top level of an entry (:= and var) are
 *   package-level variables (a var declaration is initialized, in Go's
 *   dependency order, before the entry's statements run): their values live in one global array
 *   shared by every entry's module, which never moves (EmitSession), so the
 *   goroutines of earlier entries, pointers to them and later entries all
 *   see the same storage. A := or var with a value that redeclares a
 *   variable with the same type reuses its storage (earlier code sees the
 *   new value); with another type it is a new variable.
 * - Calls of session functions and methods load the function value (its
 *   static closure) instead of binding the callee's code (emit_late_bound).
 *   A redefinition with the same signature re-points that closure at the new
 *   code, so every caller, function value and interface method sees it.
 * - A redefinition that changes what others were checked against (a type, a
 *   constant, a function, method or variable of another type) makes the
 *   session declarations using it stale, transitively: they are checked
 *   again with the entry from their saved text (SessionDecl) once the entry
 *   alone checks, replaced when they compile and otherwise reported and
 *   removed (recheck_stale). Nothing compiled earlier keeps calling a stale
 *   version by name; variables keep their type and value.
 * - A top-level expression statement shows each value as `%v  (type)` on
 *   its own line, through fmt's formatter (show_values); a call without
 *   results shows nothing.
 * - Positions: entry N is the source `<repl:N>`, lines counted within the
 *   entry; a :load'ed file keeps its path.
 * - Fatal errors and os.Exit escape to the running entry through vm_escape;
 *   os.Exit(n) ends the entry (`exit status n` on stderr when n != 0) and
 *   the session goes on. Ctrl-C sets vm_interrupted, which the loop checks
 *   at time-slice ends and the scheduler in its idle waits.
 */
#include "vm/repl.h"

#include <errno.h>
#include <gc/gc.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lexer/diag.h"
#include "parser/check.h"
#include "parser/parser.h"
#include "runtime/chan.h"
#include "runtime/iface.h"
#include "runtime/native.h"
#include "runtime/sched.h"
#include "runtime/str.h"
#include "stdlib/fmt.h"
#include "stdlib/os.h"
#include "vm/disasm.h"
#include "vm/emit.h"
#include "vm/goroutine.h"
#include "vm/vm.h"

/* The session's global array: slots for package and session variables. */
#define REPL_GLOBALS 65536

/* How long repl_run_background runs goroutines before it returns, so a
 * busy goroutine cannot starve the prompt. */
#define REPL_BACKGROUND_NS 20000000


struct ReplSession {
    /* The checker's and the compiler's views of the session. */
    CheckSession cs;
    EmitSession es;
    /* How many entries were evaluated (entry N is `<repl:N>`). */
    int nentries;
    /* Whether :time is on. */
    bool timing;
    /* The first value shown by the last entry (for :chan), and its type. */
    Value captured;
    Type *captured_type;
    bool capturing;
    /* The committed declarations that can be checked again (functions,
     * methods, types and constants), oldest first. */
    struct SessionDecl **decls;
    int ndecls;
};

/* The session whose entry is running (for the show native). */
static ReplSession *current;

/* The `:` commands, for :help and completion. */
static const char *const commands[][2] = {
    {":help", "list the commands"},
    {":quit", "leave the REPL (so does Ctrl-D)"},
    {":reset", "forget every declaration, variable and goroutine"},
    {":load FILE", "run a file's declarations and statements into the session (and its main)"},
    {":type EXPR", "show an expression's type without running it"},
    {":disasm FUNC-or-EXPR", "show the bytecode of a function or an expression"},
    {":goroutines", "list the goroutines with their state and where they wait"},
    {":chan EXPR", "show a channel's buffer, closed flag and waiting goroutines"},
    {":time", "toggle timing of each entry"},
};

/* Go's keywords, for completion. */
static const char *const keywords[] = {
    "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func",
    "go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct",
    "switch", "type", "var", NULL,
};

/* Shows a REPL entry's values: args[0] is their number, then pairs of an
 * interface-boxed value and its static type's name. While :chan evaluates
 * its operand, the first value is kept instead. */
static int repl_show(NativeCtx *ctx, Value *args, Value *results)
{
    (void)results;
    int64_t n = args[0].i;
    if (current && current->capturing) {
        current->captured = n > 0 ? iface_value(args[1]) : (Value){0};
        current->captured_type = n > 0 ? iface_type(args[1]) : NULL;
        current->capturing = false;
        return NATIVE_OK;
    }
    FILE *out = native_stdout(ctx);
    for (int64_t i = 0; i < n; i++) {
        Value text = fmt_sprintf(ctx, "%v", &args[1 + 2 * i], 1);
        fprintf(out, "%.*s  (%.*s)\n", (int)str_len(text), str_ptr(text), (int)str_len(args[2 + 2 * i]),
                str_ptr(args[2 + 2 * i]));
    }
    return NATIVE_OK;
}

/* Sets up the process-wide state a session runs in: streams, os.Args, the
 * scheduler (a new one drops every goroutine). */
static void session_init(ReplSession *s)
{
    memset(s, 0, sizeof *s);
    type_init();
    if (!vm_stdout) vm_stdout = stdout;
    if (!vm_stderr) vm_stderr = stderr;
    vm_runtime_error_type();
    static char *argv[] = {"csp", NULL};
    Slice *args = GC_MALLOC(sizeof(Slice));
    Value *strs = GC_MALLOC(sizeof(Value));
    strs[0] = str_cstr(argv[0]);
    args->data = strs;
    args->len = args->cap = 1;
    vm_args.p = args;
    os_set_args(1, argv);
    uint64_t seed = vm_sched_seed;
    while (!seed) seed = ((uint64_t)time(NULL) << 20) ^ (uint64_t)(uintptr_t)&seed;
    sched_init(seed, vm_sched_virtual);
    sched_set_interrupt(&vm_interrupted);
    s->es.globals = GC_MALLOC(sizeof(Value) * REPL_GLOBALS);
    s->es.capglobals = REPL_GLOBALS;
    s->es.show_fn = repl_show;
}

ReplSession *repl_session_new(void)
{
    ReplSession *s = GC_MALLOC(sizeof(ReplSession));
    session_init(s);
    return s;
}

void repl_interrupt(void) { vm_interrupted = 1; }

/* The methods of the session's named types before an entry is checked, so
 * a failed entry leaves them as they were. */
typedef struct MethodSnap {
    Type *t;
    int n;
    Method *copy;
    Method *array;
} MethodSnap;

/* Copies the method tables of every named type in the session scope. */
static MethodSnap *snap_methods(ReplSession *s, int *n)
{
    Scope *sc = s->cs.scope;
    *n = 0;
    if (!sc) return NULL;
    MethodSnap *v = GC_MALLOC(sizeof(MethodSnap) * (size_t)(sc->n + 1));
    for (int i = 0; i < sc->n; i++) {
        Symbol *sym = sc->syms[i];
        if (sym->kind != SYM_TYPE || !sym->type || !sym->type->name) continue;
        Type *t = sym->type;
        MethodSnap *m = &v[(*n)++];
        m->t = t;
        m->n = t->nmethods;
        m->array = t->methods;
        m->copy = GC_MALLOC(sizeof(Method) * (size_t)(t->nmethods + 1));
        if (t->nmethods) memcpy(m->copy, t->methods, sizeof(Method) * (size_t)t->nmethods);
    }
    return v;
}

/* Puts the snapshotted method tables back. */
static void restore_methods(MethodSnap *v, int n)
{
    for (int i = 0; i < n; i++) {
        v[i].t->nmethods = v[i].n;
        v[i].t->methods = v[i].array;
        if (v[i].n) memcpy(v[i].array, v[i].copy, sizeof(Method) * (size_t)v[i].n);
    }
}

/* The snapshot of type t's method `name`, or NULL. */
static Method *snapped_method(MethodSnap *v, int n, Type *t, const char *name)
{
    for (int i = 0; i < n; i++)
        if (v[i].t == t)
            for (int k = 0; k < v[i].n; k++)
                if (strcmp(v[i].copy[k].name, name) == 0 && !v[i].copy[k].npath) return &v[i].copy[k];
    return NULL;
}

/* The session's symbol called name, or NULL. */
static Symbol *session_lookup(ReplSession *s, const char *name)
{
    return s->cs.scope ? check_scope_lookup_local(s->cs.scope, name) : NULL;
}

/* Adds sym to the session, replacing a symbol of the same name. */
static void session_define(ReplSession *s, Symbol *sym)
{
    Scope *sc = s->cs.scope;
    if (!sym->name || !*sym->name || strcmp(sym->name, "_") == 0) return;
    for (int i = 0; i < sc->n; i++)
        if (strcmp(sc->syms[i]->name, sym->name) == 0) {
            memmove(&sc->syms[i], &sc->syms[i + 1], sizeof(Symbol *) * (size_t)(sc->n - i - 1));
            sc->n--;
            break;
        }
    if (sc->n == sc->cap) {
        sc->cap = sc->cap ? sc->cap * 2 : 16;
        Symbol **v = GC_MALLOC(sizeof(Symbol *) * (size_t)sc->cap);
        if (sc->n) memcpy(v, sc->syms, sizeof(Symbol *) * (size_t)sc->n);
        sc->syms = v;
    }
    sc->syms[sc->n++] = sym;
}

/* A session variable declared by an entry: its symbol and whether a value
 * is assigned (only then may it take over an old variable's storage). */
typedef struct NewVar {
    Symbol *sym;
    bool assigned;
} NewVar;

/* Whether e calls one of fmt's print functions (Print, Println, Printf and
 * the Fprint ones): their results (a byte count and an error) are not
 * shown, or every printing entry would end in `n  (int)` and `<nil>  (error)`. */
static bool fmt_print_call(Expr *e)
{
    while (e->kind == EX_PAREN) e = e->x;
    if (e->kind != EX_CALL) return false;
    Expr *f = e->x;
    while (f->kind == EX_PAREN) f = f->x;
    if (f->kind != EX_SELECTOR || f->selkind != SEL_PKG || !f->sym || !f->sym->home) return false;
    return strcmp(f->sym->home->path, "fmt") == 0 &&
           (strncmp(f->name, "Print", 5) == 0 || strncmp(f->name, "Fprint", 6) == 0);
}

/* Turns the entry's top-level := statements into assignments of the
 * session variables they declare (the checker made them package-level);
 * collects those variables, the entry's package-level ones and the
 * expression statements to show. */
static NewVar *lower_statements(ReplSession *s, Package *p, int *nvars)
{
    NewVar *vars = NULL;
    *nvars = 0;
    s->es.show = GC_MALLOC(sizeof(Stmt *) * (size_t)(p->script_body.n + 1));
    s->es.nshow = 0;
    for (int i = 0; i < p->script_body.n; i++) {
        Stmt *st = p->script_body.v[i];
        if (st->kind == ST_ASSIGN && st->define) {
            st->define = false;
            for (int k = 0; k < st->lhs.n; k++) {
                Expr *l = st->lhs.v[k];
                if (l->kind != EX_IDENT || !l->defines || !l->sym || l->sym->owner) continue;
                l->defines = false;
                vars = GC_REALLOC(vars, sizeof(NewVar) * (size_t)(*nvars + 1));
                vars[(*nvars)++] = (NewVar){l->sym, true};
            }
        } else if (st->kind == ST_EXPR && st->x && st->x->type && st->x->mode != MODE_NOVALUE &&
                   st->x->mode != MODE_INVALID && !fmt_print_call(st->x)) {
            s->es.show[s->es.nshow++] = st;
        }
    }
    /* Package-level var declarations (initialized before the statements). */
    for (int fi = 0; fi < p->nfiles; fi++)
        for (int i = 0; i < p->files[fi]->decls.n; i++) {
            Decl *d = p->files[fi]->decls.v[i];
            if (d->kind != DECL_VAR) continue;
            for (int j = 0; j < d->nspecs; j++)
                for (int k = 0; k < d->specs[j]->syms.n; k++) {
                    if (!d->specs[j]->syms.v[k]) continue;
                    vars = GC_REALLOC(vars, sizeof(NewVar) * (size_t)(*nvars + 1));
                    vars[(*nvars)++] = (NewVar){d->specs[j]->syms.v[k], d->specs[j]->values.n > 0};
                }
        }
    return vars;
}

/* A declaration committed to the session, kept to be checked again when
 * something it depends on is redefined. */
typedef struct SessionDecl {
    /* Its entry's source name and text (shared by the entry's records), the
     * byte offset of the entry's first top-level item, and where this
     * declaration's text starts and ends (at the next item). */
    const char *name;
    const char *text;
    size_t len, first, start, end;
    /* What it declares: names, or "T.M" for a method. */
    NameList keys;
    /* What its latest check found it refers to (Decl.uses). */
    NameList uses;
    /* Its first declared name, for notes. */
    Pos pos;
} SessionDecl;

/* Whether list holds name. */
static bool names_have(const NameList *l, const char *name)
{
    for (int i = 0; i < l->n; i++)
        if (strcmp(l->v[i], name) == 0) return true;
    return false;
}

/* Adds name to a list unless it is there. */
static void names_add(NameList *l, const char *name)
{
    if (!names_have(l, name)) LIST_PUSH(*l, name);
}

/* The name of a method declaration's receiver base type (Box for a method
 * of generic Box[T]), or NULL. */
static const char *recv_base_name(Decl *d)
{
    Expr *t = d->recv ? d->recv->type : NULL;
    while (t && (t->kind == EX_STAR || t->kind == EX_PAREN || t->kind == EX_INDEX)) t = t->x;
    return t && t->kind == EX_IDENT ? t->name : NULL;
}

/* The key of a function or method declaration: its name, or "T.M". */
static const char *func_key(Decl *d)
{
    const char *b = recv_base_name(d);
    if (!d->recv) return d->name->name;
    char *k = GC_MALLOC_ATOMIC(strlen(b ? b : "?") + strlen(d->name->name) + 2);
    sprintf(k, "%s.%s", b ? b : "?", d->name->name);
    return k;
}

/* The byte offset of a position in a text. */
static size_t pos_offset(const char *text, size_t len, Pos p)
{
    size_t off = 0;
    for (int line = 1; line < p.line && off < len; off++)
        if (text[off] == '\n') line++;
    off += (size_t)(p.col - 1);
    return off < len ? off : len;
}

/* What a declaration refers to (Decl.uses); a method also its receiver's
 * base type, so it follows that type (the checker does not note the base
 * type of a generic receiver). */
static NameList decl_uses(Decl *d)
{
    const char *base = d->kind == DECL_FUNC && d->recv ? recv_base_name(d) : NULL;
    if (!base || names_have(&d->uses, base)) return d->uses;
    NameList l = {0};
    for (int i = 0; i < d->uses.n; i++) LIST_PUSH(l, d->uses.v[i]);
    LIST_PUSH(l, base);
    return l;
}

/* A session record of one of an entry's top-level declarations (functions,
 * methods, types and constants; variables are never declared again), or
 * NULL. */
static SessionDecl *record_decl(const Source *src, File *f, Decl *d)
{
    SessionDecl *r = GC_MALLOC(sizeof(SessionDecl));
    if (d->kind == DECL_FUNC) {
        if (!d->recv && (strcmp(d->name->name, "main") == 0 || strcmp(d->name->name, "init") == 0)) return NULL;
        if (strcmp(d->name->name, "_") == 0) return NULL;
        LIST_PUSH(r->keys, func_key(d));
        r->pos = d->name->pos;
    } else if (d->kind == DECL_TYPE || d->kind == DECL_CONST) {
        for (int j = 0; j < d->nspecs; j++)
            for (int k = 0; k < d->specs[j]->names.n; k++) {
                Expr *id = d->specs[j]->names.v[k];
                if (strcmp(id->name, "_") == 0) continue;
                if (!r->keys.n) r->pos = id->pos;
                LIST_PUSH(r->keys, id->name);
            }
        if (!r->keys.n) return NULL;
    } else {
        return NULL;
    }
    r->uses = decl_uses(d);
    size_t len = src->len, first = len, start = pos_offset(src->text, len, d->pos), end = len;
    for (int i = 0; i < f->decls.n; i++) {
        size_t o = pos_offset(src->text, len, f->decls.v[i]->pos);
        if (o < first) first = o;
        if (o > start && o < end) end = o;
    }
    r->name = src->name;
    r->text = src->text;
    r->len = len;
    r->first = first;
    r->start = start;
    r->end = end;
    return r;
}

/* A record's source for checking it again: its entry's text with every
 * other top-level item blanked, so lines and columns are the entry's; what
 * precedes the first item (package clause, imports) stays. */
static Source *record_source(SessionDecl *r)
{
    char *t = GC_MALLOC_ATOMIC(r->len + 1);
    for (size_t i = 0; i < r->len; i++) {
        char ch = r->text[i];
        t[i] = ch == '\n' || i < r->first || (i >= r->start && i < r->end) ? ch : ' ';
    }
    t[r->len] = 0;
    Source *src = GC_MALLOC(sizeof(Source));
    src->name = r->name;
    src->text = t;
    src->len = r->len;
    return src;
}

/* What an entry's redefinitions mean for the session's records. */
typedef struct Changes {
    /* The names (and "T.M" keys) the entry declares: records declaring one
     * of them are superseded. */
    NameList defined;
    /* Those whose meaning changed for code compiled against the old one: a
     * type, a constant, a function, method or variable whose type changed
     * (a method's type counts as changed too). */
    NameList changed;
    /* For each changed name, the redefinition to name in notes (a type
     * whose method changed type names the method). */
    NameList why;
    /* The variables the entry's statements declare (with :=) in place of
     * session variables of another type. */
    SymList vars;
} Changes;

/* Records that name changed, because `why` was redefined. */
static void changed(Changes *ch, const char *name, const char *why)
{
    if (names_have(&ch->changed, name)) return;
    LIST_PUSH(ch->changed, name);
    LIST_PUSH(ch->why, why);
}

/* Works out what a checked entry declares and which of its redefinitions
 * change what dependents see (compared with the session as it is). */
static void entry_changes(ReplSession *s, Package *p, MethodSnap *snap, int nsnap, Changes *ch)
{
    for (int i = 0; i < p->scope->n; i++) {
        Symbol *sym = p->scope->syms[i];
        if (sym->kind == SYM_PKG || !sym->name[0]) continue;
        names_add(&ch->defined, sym->name);
        Symbol *old = session_lookup(s, sym->name);
        if (old && !(old->kind == sym->kind && (sym->kind == SYM_FUNC || sym->kind == SYM_VAR) && old->type == sym->type))
            changed(ch, sym->name, sym->name);
    }
    for (int i = 0; i < p->script_body.n; i++) {
        Stmt *st = p->script_body.v[i];
        if (st->kind != ST_ASSIGN || !st->define) continue;
        for (int k = 0; k < st->lhs.n; k++) {
            Expr *l = st->lhs.v[k];
            if (l->kind != EX_IDENT || !l->defines || !l->sym || l->sym->owner) continue;
            names_add(&ch->defined, l->sym->name);
            Symbol *old = session_lookup(s, l->sym->name);
            if (old && !(old->kind == SYM_VAR && old->type == l->sym->type)) {
                changed(ch, l->sym->name, l->sym->name);
                LIST_PUSH(ch->vars, l->sym);
            }
        }
    }
    /* The entry's methods (not p->funcs: it also holds generic instances,
     * and no generic method). */
    for (int fi = 0; fi < p->nfiles; fi++)
        for (int i = 0; i < p->files[fi]->decls.n; i++) {
            Decl *d = p->files[fi]->decls.v[i];
            if (d->kind != DECL_FUNC || !d->recv) continue;
            const char *key = func_key(d);
            names_add(&ch->defined, key);
            if (!d->info || !d->info->recv || !d->info->recv->type) continue;
            Type *rt = d->info->recv->type;
            bool ptr = rt->kind == KIND_POINTER;
            if (ptr) rt = rt->elem;
            Method *m = snapped_method(snap, nsnap, rt, d->name->name);
            if (m && (m->sig != d->info->type || m->ptr_recv != ptr)) {
                changed(ch, key, key);
                changed(ch, rt->name, key);
            }
        }
}

/* The variable named `name` an entry's statements declare with :=, or NULL. */
static Symbol *statement_var(Package *p, const char *name)
{
    for (int i = 0; i < p->script_body.n; i++) {
        Stmt *st = p->script_body.v[i];
        if (st->kind != ST_ASSIGN || !st->define) continue;
        for (int k = 0; k < st->lhs.n; k++) {
            Expr *l = st->lhs.v[k];
            if (l->kind == EX_IDENT && l->defines && l->sym && !l->sym->owner && strcmp(l->sym->name, name) == 0)
                return l->sym;
        }
    }
    return NULL;
}

/* The session's scope as it was before an entry, to put back on failure. */
typedef struct ScopeSnap {
    Symbol **syms;
    int n;
} ScopeSnap;

/* Copies the session scope's symbol list. */
static ScopeSnap snap_scope(ReplSession *s)
{
    ScopeSnap v = {0};
    if (!s->cs.scope) return v;
    v.n = s->cs.scope->n;
    v.syms = GC_MALLOC(sizeof(Symbol *) * (size_t)(v.n + 1));
    if (v.n) memcpy(v.syms, s->cs.scope->syms, sizeof(Symbol *) * (size_t)v.n);
    return v;
}

/* Puts a copied symbol list back. */
static void restore_scope(ReplSession *s, ScopeSnap v)
{
    if (!s->cs.scope) return;
    Scope *sc = s->cs.scope;
    if (sc->cap < v.n) {
        sc->cap = v.n;
        sc->syms = GC_MALLOC(sizeof(Symbol *) * (size_t)v.n);
    }
    if (v.n) memcpy(sc->syms, v.syms, sizeof(Symbol *) * (size_t)v.n);
    sc->n = v.n;
}

/* Takes a record's declarations out of the session: its names leave the
 * session scope, a method leaves its type (unless the entry declares that
 * type anew: values of the old type keep their methods). */
static void hide_decl(ReplSession *s, SessionDecl *r, const Changes *ch)
{
    Scope *sc = s->cs.scope;
    for (int k = 0; k < r->keys.n; k++) {
        const char *key = r->keys.v[k];
        const char *dot = strchr(key, '.');
        if (!dot) {
            for (int i = 0; i < sc->n; i++)
                if (strcmp(sc->syms[i]->name, key) == 0) {
                    memmove(&sc->syms[i], &sc->syms[i + 1], sizeof(Symbol *) * (size_t)(sc->n - i - 1));
                    sc->n--;
                    break;
                }
            continue;
        }
        char *tname = GC_STRNDUP(key, (size_t)(dot - key));
        Symbol *ts = session_lookup(s, tname);
        if (!ts || ts->kind != SYM_TYPE || !ts->type || names_have(&ch->defined, tname)) continue;
        Type *t = ts->type;
        for (int i = 0; i < t->nmethods; i++)
            if (!t->methods[i].npath && strcmp(t->methods[i].name, dot + 1) == 0) {
                Method *v = GC_MALLOC(sizeof(Method) * (size_t)t->nmethods);
                memcpy(v, t->methods, sizeof(Method) * (size_t)i);
                memcpy(v + i, t->methods + i + 1, sizeof(Method) * (size_t)(t->nmethods - i - 1));
                t->methods = v;
                t->nmethods--;
                break;
            }
    }
}

/* The session declarations an entry makes stale, checked again with it. */
typedef struct Recheck {
    /* The records (indexes into ReplSession.decls) and, for each, the
     * entry's redefinition that reaches it (for notes). */
    int *idx;
    const char **cause;
    int n;
    /* Per record: removed because it no longer compiles, and its errors. */
    bool *gone;
    Diag *errs;
    /* Stand-ins for the variables the entry's statements redeclare with
     * another type (Changes.vars): copies put in the session scope so the
     * stale declarations are checked against the new types, made one
     * variable with the entry's at compile time (EmitSession.shared); or, if
     * their types cannot be the same objects (types the entry declares are
     * made anew by each check), the old variables are hidden instead. */
    Symbol **standins;
    bool hide_vars;
    /* The files of the last check (the entry's first, then one per record
     * still in) and the record each one came from (-1: the entry). */
    File **files;
    int *from;
    int nfiles;
} Recheck;

/* Prints the reports of the records an entry made uncompilable: their
 * errors, then a note (`removed` when the entry was committed). */
static void report_removed(ReplSession *s, Recheck *rc, bool removed)
{
    vm_flush();
    for (int i = 0; i < rc->n; i++) {
        if (!rc->gone[i]) continue;
        SessionDecl *r = s->decls[rc->idx[i]];
        diag_flush(&rc->errs[i], vm_stderr);
        fprintf(vm_stderr, "%s:%d:%d: note: %s no longer compiles after %s was redefined%s\n", r->name, r->pos.line,
                r->pos.col, r->keys.v[0], rc->cause[i], removed ? "; it is removed" : "");
    }
}

/* Checks an entry again together with the session declarations its
 * redefinitions make stale (transitively: those that depend on a stale one
 * are stale too), each re-parsed from its saved text as a further file, so
 * they refer to the entry's new definitions and the entry to them. A stale
 * declaration that no longer compiles is taken out of the session (see
 * hide_decl) and the check starts again without it. Returns the program, or
 * NULL when the entry itself fails (its errors are in diag); the session's
 * scope and method tables then need restoring by the caller. */
static Program *recheck_stale(ReplSession *s, const Source *src, Program *prog, const Changes *ch, MethodSnap *snap,
                              int nsnap, ScopeSnap scope, Recheck *rc, Diag *diag)
{
    memset(rc, 0, sizeof *rc);
    rc->idx = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)(s->ndecls + 1));
    rc->cause = GC_MALLOC(sizeof(char *) * (size_t)(s->ndecls + 1));
    bool *stale = GC_MALLOC_ATOMIC((size_t)s->ndecls + 1);
    memset(stale, 0, (size_t)s->ndecls + 1);
    for (bool more = ch->changed.n > 0; more;) {
        more = false;
        for (int i = 0; i < s->ndecls; i++) {
            SessionDecl *r = s->decls[i];
            bool superseded = false;
            for (int k = 0; k < r->keys.n; k++)
                if (names_have(&ch->defined, r->keys.v[k])) superseded = true;
            if (stale[i] || superseded) continue;
            const char *cause = NULL;
            for (int u = 0; u < r->uses.n && !cause; u++) {
                for (int c = 0; c < ch->changed.n && !cause; c++)
                    if (strcmp(ch->changed.v[c], r->uses.v[u]) == 0) cause = ch->why.v[c];
                for (int j = 0; j < rc->n && !cause; j++)
                    if (names_have(&s->decls[rc->idx[j]]->keys, r->uses.v[u])) cause = rc->cause[j];
            }
            if (!cause) continue;
            stale[i] = more = true;
            rc->idx[rc->n] = i;
            rc->cause[rc->n++] = cause;
        }
    }
    if (!rc->n) return prog;
    rc->gone = GC_MALLOC_ATOMIC((size_t)rc->n);
    memset(rc->gone, 0, (size_t)rc->n);
    rc->errs = GC_MALLOC(sizeof(Diag) * (size_t)rc->n);
    rc->files = GC_MALLOC(sizeof(File *) * (size_t)(rc->n + 1));
    rc->from = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)(rc->n + 1));
    rc->standins = GC_MALLOC(sizeof(Symbol *) * (size_t)(ch->vars.n + 1));
    for (;;) {
        restore_methods(snap, nsnap);
        restore_scope(s, scope);
        for (int i = 0; i < rc->n; i++)
            if (rc->gone[i]) hide_decl(s, s->decls[rc->idx[i]], ch);
        for (int i = 0; i < ch->vars.n; i++) {
            Symbol *v = ch->vars.v[i];
            SessionDecl hide = {.keys = {&v->name, 1, 1}};
            hide_decl(s, &hide, ch);
            if (rc->hide_vars) continue;
            rc->standins[i] = GC_MALLOC(sizeof(Symbol));
            *rc->standins[i] = *v;
            rc->standins[i]->slot = -1;
            session_define(s, rc->standins[i]);
        }
        Source **srcs = GC_MALLOC(sizeof(Source *) * (size_t)(rc->n + 1));
        rc->nfiles = 0;
        rc->files[rc->nfiles] = parse_file(src, diag);
        rc->from[rc->nfiles++] = -1;
        for (int i = 0; i < rc->n; i++) {
            if (rc->gone[i]) continue;
            SessionDecl *r = s->decls[rc->idx[i]];
            srcs[i] = record_source(r);
            File *f = parse_file(srcs[i], &rc->errs[i]);
            if (!f || diag_count(&rc->errs[i])) {
                rc->gone[i] = true;
                continue;
            }
            rc->files[rc->nfiles] = f;
            rc->from[rc->nfiles++] = i;
        }
        if (!rc->files[0] || diag_count(diag)) return NULL;
        Program *np = check_repl(&s->cs, rc->files, rc->nfiles, diag);
        bool same = true;
        for (int i = 0; np && !rc->hide_vars && i < ch->vars.n; i++) {
            Symbol *v = statement_var(np->main, ch->vars.v[i]->name);
            if (!v || v->type != rc->standins[i]->type) same = false;
        }
        if (np && same) return np;
        if (!same) {
            rc->hide_vars = true;
            continue;
        }
        int broke = 0;
        for (int k = 1; k < rc->nfiles; k++) {
            int i = rc->from[k];
            if (diag_move(diag, srcs[i], &rc->errs[i])) {
                rc->gone[i] = true;
                broke++;
            }
        }
        if (!broke || diag_count(diag)) return NULL;
    }
}

/* Updates the session's records after an entry is committed: records the
 * entry declares anew are superseded, stale ones are replaced by their new
 * check (with what it found they use) or dropped when they no longer
 * compile, and the entry's own declarations are added. */
static void commit_records(ReplSession *s, const Source *src, File *f, const Changes *ch, Recheck *rc)
{
    SessionDecl **v = GC_MALLOC(sizeof(SessionDecl *) * (size_t)(s->ndecls + f->decls.n + 1));
    int n = 0;
    for (int i = 0; i < s->ndecls; i++) {
        SessionDecl *r = s->decls[i];
        bool keep = true;
        for (int k = 0; k < r->keys.n; k++)
            if (names_have(&ch->defined, r->keys.v[k])) keep = false;
        int at = -1;
        for (int j = 0; j < rc->n; j++)
            if (rc->idx[j] == i) at = j;
        if (at >= 0 && rc->gone[at]) keep = false;
        if (at >= 0 && keep) {
            SessionDecl *nr = GC_MALLOC(sizeof(SessionDecl));
            *nr = *r;
            for (int k = 1; k < rc->nfiles; k++)
                if (rc->from[k] == at && rc->files[k]->decls.n) nr->uses = decl_uses(rc->files[k]->decls.v[0]);
            r = nr;
        }
        if (keep) v[n++] = r;
    }
    for (int i = 0; i < f->decls.n; i++) {
        SessionDecl *r = record_decl(src, f, f->decls.v[i]);
        if (r) v[n++] = r;
    }
    s->decls = v;
    s->ndecls = n;
}

/* Promotes to the session's struct types the methods an entry gave the
 * types they embed (the checker promotes only into the entry's own types;
 * check_add_promoted adds just the missing ones), and notes the types that
 * gained some in the entry's package so their wrappers compile with it. */
static void promote_session_methods(ReplSession *s, Package *p)
{
    Scope *sc = s->cs.scope;
    for (int i = 0; sc && i < sc->n; i++) {
        Symbol *sym = sc->syms[i];
        Type *t = sym->kind == SYM_TYPE ? sym->type : NULL;
        if (!t || !t->name || t->kind != KIND_STRUCT) continue;
        int n = t->nmethods;
        check_add_promoted(t);
        if (t->nmethods != n) check_note_type(p, t);
    }
}

/* One compiled entry, ready to run or to inspect. */
typedef struct Compiled {
    Module *mod;
    Program *prog;
} Compiled;

/* Parses, checks and compiles an entry against the session and, when
 * `commit`, makes its declarations part of the session. Prints compile
 * errors; returns false on them. */
static bool compile_entry(ReplSession *s, const char *name, const char *text, bool commit, Compiled *out)
{
    Source *src = GC_MALLOC(sizeof(Source));
    source_from_string(src, name, GC_STRDUP(text));
    Diag diag;
    memset(&diag, 0, sizeof diag);
    File *f = parse_file(src, &diag);
    if (!f || diag_count(&diag)) {
        vm_flush();
        diag_flush(&diag, vm_stderr);
        return false;
    }
    int nsnap;
    MethodSnap *snap = snap_methods(s, &nsnap);
    ScopeSnap scope = snap_scope(s);
    Program *prog = check_repl(&s->cs, &f, 1, &diag);
    Recheck rc = {0};
    Changes ch = {0};
    if (prog && !diag_count(&diag) && commit) {
        entry_changes(s, prog->main, snap, nsnap, &ch);
        if (s->ndecls) prog = recheck_stale(s, src, prog, &ch, snap, nsnap, scope, &rc, &diag);
        if (prog && rc.n) f = rc.files[0];
    }
    if (!prog || diag_count(&diag)) {
        restore_methods(snap, nsnap);
        restore_scope(s, scope);
        report_removed(s, &rc, false);
        vm_flush();
        diag_flush(&diag, vm_stderr);
        return false;
    }
    Package *p = prog->main;
    promote_session_methods(s, p);
    int nvars;
    NewVar *vars = lower_statements(s, p, &nvars);
    /* Declarations checked again with the entry refer to stand-ins of the
     * variables it redeclares: they share the entry's variables' slots. */
    s->es.shared = GC_MALLOC(sizeof(Symbol *) * (size_t)(2 * ch.vars.n + 1));
    s->es.nshared = 0;
    for (int i = 0; rc.n && !rc.hide_vars && i < ch.vars.n; i++)
        for (int k = 0; k < nvars; k++)
            if (strcmp(vars[k].sym->name, rc.standins[i]->name) == 0) {
                s->es.shared[s->es.nshared++] = vars[k].sym;
                s->es.shared[s->es.nshared++] = rc.standins[i];
            }
    /* A variable redeclared with its type and a value keeps its storage. */
    for (int i = 0; i < nvars; i++) {
        Symbol *old = session_lookup(s, vars[i].sym->name);
        if (vars[i].assigned && old && old->kind == SYM_VAR && old->type == vars[i].sym->type && old->slot > 0)
            vars[i].sym->slot = old->slot;
    }
    /* A function or method redefined with its signature keeps its value. */
    Closure **rebound = GC_MALLOC(sizeof(Closure *) * (size_t)(p->funcs.n + 1));
    Proto **was = GC_MALLOC(sizeof(Proto *) * (size_t)(p->funcs.n + 1));
    int nrebound = 0;
    s->es.main_decl = NULL;
    for (int i = 0; i < p->funcs.n; i++) {
        Decl *d = p->funcs.v[i];
        if (!d->info || !d->body) continue;
        Closure *old = NULL;
        if (!d->recv) {
            Symbol *o = session_lookup(s, d->name->name);
            if (o && o->kind == SYM_FUNC && o->type == d->sym->type && o->decl && o->decl->info)
                old = o->decl->info->proto;
            if (strcmp(d->name->name, "main") == 0 && d->sym->src == src) s->es.main_decl = d;
        } else if (d->info->recv && d->info->recv->type) {
            Type *rt = d->info->recv->type;
            bool ptr = rt->kind == KIND_POINTER;
            if (ptr) rt = rt->elem;
            Method *m = snapped_method(snap, nsnap, rt, d->name->name);
            if (m && m->sig == d->info->type && m->ptr_recv == ptr) old = m->fn.p;
        }
        if (commit && old && old->proto) {
            d->info->proto = old;
            rebound[nrebound] = old;
            was[nrebound++] = old->proto;
        }
    }
    if (!commit) s->es.main_decl = NULL;
    Module *m = emit_repl(prog, &s->es, &diag);
    if (!m) {
        for (int i = 0; i < nrebound; i++) rebound[i]->proto = was[i];
        restore_methods(snap, nsnap);
        restore_scope(s, scope);
        vm_flush();
        diag_flush(&diag, vm_stderr);
        return false;
    }
    if (commit) {
        check_generic_keep(&s->cs);
        for (int i = 0; i < p->scope->n; i++)
            if (p->scope->syms[i]->kind != SYM_PKG) session_define(s, p->scope->syms[i]);
        for (int i = 0; i < nvars; i++) session_define(s, vars[i].sym);
        s->cs.npkgs = 0;
        s->cs.pkgs = GC_MALLOC(sizeof(Package *) * (size_t)(prog->npkgs + 1));
        for (int i = 0; i < prog->npkgs; i++)
            if (prog->pkgs[i] != p) s->cs.pkgs[s->cs.npkgs++] = prog->pkgs[i];
        report_removed(s, &rc, true);
        commit_records(s, src, f, &ch, &rc);
    } else {
        restore_methods(snap, nsnap);
    }
    out->mod = m;
    out->prog = prog;
    return true;
}

/* Runs a compiled entry as goroutine 1; reports how it ended. */
static void run_entry(ReplSession *s, Module *m)
{
    vm_module = m;
    Fiber *f = vm_fiber_entry(m);
    jmp_buf jb;
    jmp_buf *saved = vm_escape;
    volatile int status = 0;
    current = s;
    int r = setjmp(jb);
    if (r == 0) {
        vm_escape = &jb;
        int how = vm_repl_run(f);
        if (how == VM_REPL_INTERRUPTED) {
            vm_flush();
            fputs("interrupted\n", vm_stderr);
        }
    } else {
        vm_repl_abandon(f);
        status = r;
        if (r != VM_ESCAPE_FATAL && r - 1 != 0) {
            vm_flush();
            fprintf(vm_stderr, "exit status %d\n", r - 1);
        }
    }
    (void)status;
    vm_escape = saved;
    vm_interrupted = 0;
    vm_flush();
}

/* Evaluates Go text as one entry named `name`. */
static void eval_go(ReplSession *s, const char *name, const char *text)
{
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    Compiled c;
    if (compile_entry(s, name, text, true, &c)) run_entry(s, c.mod);
    if (s->timing) {
        clock_gettime(CLOCK_MONOTONIC, &t1);
        double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
        fprintf(vm_stderr, "[%.3f ms]\n", ms);
    }
    vm_flush();
}

/* The next entry's source name. */
static const char *entry_name(ReplSession *s)
{
    char *n = GC_MALLOC_ATOMIC(32);
    snprintf(n, 32, "<repl:%d>", ++s->nentries);
    return n;
}

/* Skips blanks. */
static const char *skip_space(const char *p)
{
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') p++;
    return p;
}

/* The top-level expression statement of a checked one-statement entry. */
static Expr *entry_expr(Compiled *c)
{
    Package *p = c->prog->main;
    for (int i = 0; i < p->script_body.n; i++)
        if (p->script_body.v[i]->kind == ST_EXPR) return p->script_body.v[i]->x;
    return NULL;
}

/* :type EXPR */
static void cmd_type(ReplSession *s, const char *arg)
{
    Compiled c;
    if (!compile_entry(s, entry_name(s), arg, false, &c)) return;
    Expr *e = entry_expr(&c);
    if (!e) {
        fprintf(vm_stderr, ":type needs an expression\n");
        return;
    }
    if (e->mode == MODE_NOVALUE || !e->type) fprintf(vm_stdout, "no value\n");
    else if (e->type->kind == KIND_TUPLE) {
        fprintf(vm_stdout, "(");
        for (int i = 0; i < e->type->nparams; i++) fprintf(vm_stdout, "%s%s", i ? ", " : "", type_to_string(e->type->params[i]));
        fprintf(vm_stdout, ")\n");
    } else fprintf(vm_stdout, "%s\n", type_to_string(e->type));
}

/* :disasm NAME-or-EXPR */
static void cmd_disasm(ReplSession *s, const char *arg)
{
    Symbol *sym = session_lookup(s, arg);
    if (sym && sym->kind == SYM_FUNC && sym->decl && sym->decl->info && sym->decl->info->proto) {
        Closure *cl = sym->decl->info->proto;
        if (cl->proto) {
            disasm_proto(cl->proto, vm_stdout);
            return;
        }
    }
    Compiled c;
    if (!compile_entry(s, entry_name(s), arg, false, &c)) return;
    Closure *cl = c.prog->main->script_main ? c.prog->main->script_main->proto : NULL;
    if (cl && cl->proto) disasm_proto(cl->proto, vm_stdout);
}

/* Prints the goroutines of a wait queue. */
static void print_waiters(const char *what, G **gs, int n)
{
    fprintf(vm_stdout, "%s:", what);
    if (!n) fprintf(vm_stdout, " none");
    for (int i = 0; i < n; i++) fprintf(vm_stdout, " goroutine %lld", (long long)gs[i]->id);
    fprintf(vm_stdout, "\n");
}

/* :chan EXPR */
static void cmd_chan(ReplSession *s, const char *arg)
{
    Compiled c;
    if (!compile_entry(s, entry_name(s), arg, false, &c)) return;
    Expr *e = entry_expr(&c);
    if (!e || !e->type || !e->type->underlying || e->type->underlying->kind != KIND_CHAN) {
        fprintf(vm_stderr, ":chan needs a channel expression\n");
        return;
    }
    s->capturing = true;
    s->captured = (Value){0};
    run_entry(s, c.mod);
    if (s->capturing) {
        s->capturing = false;
        return;
    }
    Chan *ch = s->captured.p;
    if (!ch) {
        fprintf(vm_stdout, "nil channel (every operation blocks forever)\n");
        return;
    }
    ChanState st;
    chan_state(ch, &st);
    fprintf(vm_stdout, "%s: len %lld, cap %lld, %s\n", type_to_string(e->type), (long long)st.len, (long long)st.cap,
           st.closed ? "closed" : "open");
    fprintf(vm_stdout, "buffered: [");
    Type *et = e->type->underlying->elem;
    for (int64_t i = 0; i < st.len; i++) {
        Value box = iface_box(et, st.buffered[i]);
        Value text = fmt_sprintf(NULL, "%v", &box, 1);
        fprintf(vm_stdout, "%s%.*s", i ? " " : "", (int)str_len(text), str_ptr(text));
    }
    fprintf(vm_stdout, "]\n");
    print_waiters("waiting senders", st.senders, st.nsenders);
    print_waiters("waiting receivers", st.receivers, st.nreceivers);
}

/* :load FILE */
static void cmd_load(ReplSession *s, const char *arg)
{
    Source src;
    if (!source_load(&src, arg)) return;
    eval_go(s, src.name, src.text);
}

/* :help */
static void cmd_help(void)
{
    fprintf(vm_stdout, "Enter Go declarations, statements or expressions; an expression's value is shown with its type.\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(vm_stdout, "  %-22s %s\n", commands[i][0], commands[i][1]);
}

bool repl_eval(ReplSession *s, const char *text)
{
    vm_interrupted = 0;
    const char *p = skip_space(text);
    if (!*p) return true;
    if (*p != ':') {
        eval_go(s, entry_name(s), text);
        return true;
    }
    size_t n = strcspn(p, " \t\r\n");
    char *cmd = GC_MALLOC_ATOMIC(n + 1);
    memcpy(cmd, p, n);
    cmd[n] = 0;
    char *arg = GC_STRDUP(skip_space(p + n));
    size_t al = strlen(arg);
    while (al && (arg[al - 1] == '\n' || arg[al - 1] == ' ' || arg[al - 1] == '\t' || arg[al - 1] == '\r')) arg[--al] = 0;
    bool needs_arg = strcmp(cmd, ":load") == 0 || strcmp(cmd, ":type") == 0 || strcmp(cmd, ":disasm") == 0 ||
                     strcmp(cmd, ":chan") == 0;
    if (needs_arg && !*arg) {
        fprintf(vm_stderr, "%s needs an argument (see :help)\n", cmd);
        return true;
    }
    if (strcmp(cmd, ":quit") == 0 || strcmp(cmd, ":q") == 0) return false;
    if (strcmp(cmd, ":help") == 0) cmd_help();
    else if (strcmp(cmd, ":reset") == 0) session_init(s);
    else if (strcmp(cmd, ":time") == 0) {
        s->timing = !s->timing;
        fprintf(vm_stdout, "timing %s\n", s->timing ? "on" : "off");
    } else if (strcmp(cmd, ":load") == 0) cmd_load(s, arg);
    else if (strcmp(cmd, ":type") == 0) cmd_type(s, arg);
    else if (strcmp(cmd, ":disasm") == 0) cmd_disasm(s, arg);
    else if (strcmp(cmd, ":chan") == 0) cmd_chan(s, arg);
    else if (strcmp(cmd, ":goroutines") == 0) {
        if (sched_count() == 0) fprintf(vm_stdout, "no goroutines\n");
        else vm_print_goroutines(vm_stdout);
    } else fprintf(vm_stderr, "unknown command %s (see :help)\n", cmd);
    vm_flush();
    return true;
}

int repl_background_wait_ms(ReplSession *s)
{
    (void)s;
    if (sched_has_runnable()) return 0;
    int64_t when = sched_next_deadline();
    if (when < 0) return -1;
    int64_t d = when - sched_now();
    if (d <= 0) return 0;
    return (int)((d + 999999) / 1000000);
}

void repl_run_background(ReplSession *s)
{
    current = s;
    jmp_buf jb;
    jmp_buf *saved = vm_escape;
    int r = setjmp(jb);
    if (r == 0) {
        vm_escape = &jb;
        vm_repl_background(REPL_BACKGROUND_NS);
    } else {
        vm_repl_abandon(NULL);
        if (r != VM_ESCAPE_FATAL && r - 1 != 0) {
            vm_flush();
            fprintf(vm_stderr, "exit status %d\n", r - 1);
        }
    }
    vm_escape = saved;
    vm_interrupted = 0;
    vm_flush();
}

/* Appends a candidate to a NULL-terminated list if it starts with prefix. */
static void add_candidate(char ***v, int *n, const char *word, const char *prefix, size_t plen, const char *lead)
{
    if (strncmp(word, prefix, plen) != 0) return;
    for (int i = 0; i < *n; i++)
        if (strcmp((*v)[i] + strlen(lead), word) == 0) return;
    *v = GC_REALLOC(*v, sizeof(char *) * (size_t)(*n + 2));
    size_t ll = strlen(lead), wl = strlen(word);
    char *c = GC_MALLOC_ATOMIC(ll + wl + 1);
    memcpy(c, lead, ll);
    memcpy(c + ll, word, wl + 1);
    (*v)[(*n)++] = c;
    (*v)[*n] = NULL;
}

/* The standard package a name denotes in an entry ("utf8" is unicode/utf8). */
static const char *package_path(const char *name)
{
    static const char *const nested[][2] = {{"utf8", "unicode/utf8"}, {"atomic", "sync/atomic"}, {"rand", "math/rand"}};
    for (size_t i = 0; i < sizeof nested / sizeof nested[0]; i++)
        if (strcmp(name, nested[i][0]) == 0) return nested[i][1];
    return stdlib_find(name) ? name : NULL;
}

/* Whether c may be part of an identifier. */
static bool ident_char(char c)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c & 0x80);
}

char **repl_completions(ReplSession *s, const char *line, int cursor, int *start)
{
    int b = cursor;
    while (b > 0 && (ident_char(line[b - 1]) || (line[b - 1] == ':' && b - 1 == (int)(skip_space(line) - line))))
        b--;
    *start = b;
    size_t plen = (size_t)(cursor - b);
    char *prefix = GC_MALLOC_ATOMIC(plen + 1);
    memcpy(prefix, line + b, plen);
    prefix[plen] = 0;
    char **v = GC_MALLOC(sizeof(char *));
    int n = 0;
    if (prefix[0] == ':') {
        for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
            size_t l = strcspn(commands[i][0], " ");
            char *w = GC_MALLOC_ATOMIC(l + 1);
            memcpy(w, commands[i][0], l);
            w[l] = 0;
            add_candidate(&v, &n, w, prefix, plen, "");
        }
        return v;
    }
    if (b > 0 && line[b - 1] == '.') {
        int pe = b - 1, pb = pe;
        while (pb > 0 && ident_char(line[pb - 1])) pb--;
        char *pname = GC_MALLOC_ATOMIC((size_t)(pe - pb) + 1);
        memcpy(pname, line + pb, (size_t)(pe - pb));
        pname[pe - pb] = 0;
        const char *path = package_path(pname);
        if (!path || session_lookup(s, pname)) return v;
        Package *pkg = NULL;
        for (int i = 0; i < s->cs.npkgs && !pkg; i++)
            if (strcmp(s->cs.pkgs[i]->path, path) == 0) pkg = s->cs.pkgs[i];
        if (!pkg) {
            /* Load the package into the session (it is compiled with the next entry). */
            char *text = GC_MALLOC_ATOMIC(strlen(path) + 16);
            sprintf(text, "import \"%s\"\n", path);
            Source *src = GC_MALLOC(sizeof(Source));
            source_from_string(src, "<complete>", text);
            Diag diag;
            memset(&diag, 0, sizeof diag);
            File *f = parse_file(src, &diag);
            Program *prog = f && !diag_count(&diag) ? check_repl(&s->cs, &f, 1, &diag) : NULL;
            if (!prog) return v;
            s->cs.npkgs = 0;
            s->cs.pkgs = GC_MALLOC(sizeof(Package *) * (size_t)(prog->npkgs + 1));
            for (int i = 0; i < prog->npkgs; i++)
                if (prog->pkgs[i] != prog->main) s->cs.pkgs[s->cs.npkgs++] = prog->pkgs[i];
            for (int i = 0; i < s->cs.npkgs && !pkg; i++)
                if (strcmp(s->cs.pkgs[i]->path, path) == 0) pkg = s->cs.pkgs[i];
        }
        for (int i = 0; pkg && i < pkg->scope->n; i++) {
            const char *w = pkg->scope->syms[i]->name;
            if (w[0] >= 'A' && w[0] <= 'Z') add_candidate(&v, &n, w, prefix, plen, "");
        }
        return v;
    }
    for (Scope *sc = s->cs.scope; sc; sc = sc->parent)
        for (int i = 0; i < sc->n; i++) add_candidate(&v, &n, sc->syms[i]->name, prefix, plen, "");
    if (!s->cs.scope) {
        static const char *const builtins[] = {"append", "cap", "clear", "close", "complex", "copy", "delete",
                                               "len", "make", "max", "min", "new", "panic", "print", "println",
                                               "recover", "true", "false", "nil", "int", "string", "bool",
                                               "float64", "byte", "rune", "error", "any", NULL};
        for (int i = 0; builtins[i]; i++) add_candidate(&v, &n, builtins[i], prefix, plen, "");
    }
    for (int i = 0; keywords[i]; i++) add_candidate(&v, &n, keywords[i], prefix, plen, "");
    static const char *const pkgs[] = {"fmt", "strings", "strconv", "sync", "time", "os", "math", "sort",
                                       "errors", "slices", "maps", "unicode", "utf8", "bufio", "bytes",
                                       "context", "atomic", "rand", "io", "cmp", "runtime", NULL};
    for (int i = 0; pkgs[i]; i++)
        if (package_path(pkgs[i])) add_candidate(&v, &n, pkgs[i], prefix, plen, "");
    return v;
}
