/*
 * The bytecode compiler: functions, statements and control flow.
 * Expressions are in vm/emit_expr.c; both share vm/emit_int.h.
 *
 * Design:
 * - One pass over each function body, emitting typed register code. The
 *   checker's types pick the opcode (ADD vs ADDF vs CONCAT...), so the VM
 *   never inspects types for arithmetic.
 * - Registers are allocated as a stack: locals get the next register when
 *   declared (`nactive`), temporaries live above them and are released after
 *   each statement; a block releases its locals at its end. Every call
 *   area (function slot, then arguments) is allocated at the top, so results
 *   land in fresh registers and one spare register above lets a bound
 *   method shift its arguments.
 * - Expression code writes its destination register only with its last
 *   instruction, so `x = y + x` may compile straight into x's register.
 * - Storage of a local: a plain register; a heap cell (Symbol.captured or
 *   addr_taken) whose pointer is in the register; or for aggregates the
 *   storage pointer (never rebound: assignment copies into it). A closure
 *   captures the cell or storage pointer itself.
 * - Functions with defers keep their results in variables and return through
 *   an exit block (RUNDEFERS, load results, RET), which is also where a
 *   recovered panic resumes (Proto.exit_pc).
 * - Hot shapes get superinstructions: compare-and-branch with registers or
 *   immediates for conditions, ADDI/MULI/REMI for constant operands, INCLT
 *   for `for i := a; i < n; i++`, CALLK for calls of known functions.
 */
#include "vm/emit_int.h"
#include "vm/vm.h"

#include <stdarg.h>
#include <stdlib.h>

/* ---- code buffer ---- */

int emit_word(FnState *fs, Instr w)
{
    if (fs->ncode == fs->capcode) {
        fs->capcode = fs->capcode ? fs->capcode * 2 : 64;
        /* Scanned: extension words hold pointers (caches, types, protos). */
        Instr *c = GC_MALLOC(sizeof(Instr) * (size_t)fs->capcode);
        int *l = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)fs->capcode);
        if (fs->ncode) {
            memcpy(c, fs->code, sizeof(Instr) * (size_t)fs->ncode);
            memcpy(l, fs->lines, sizeof(int) * (size_t)fs->ncode);
        }
        fs->code = c;
        fs->lines = l;
    }
    fs->code[fs->ncode] = w;
    fs->lines[fs->ncode] = fs->line;
    return fs->ncode++;
}

int emit_abc(FnState *fs, int op, int a, int b, int c)
{
    return emit_word(fs, MK_ABC(op, a, b, c));
}

int emit_ax(FnState *fs, int op, int a, int x)
{
    return emit_word(fs, MK_AX(op, a, x));
}

int emit_ext(FnState *fs, int op, int a, int b, int c, uint64_t ext)
{
    int at = emit_abc(fs, op, a, b, c);
    emit_word(fs, ext);
    return at;
}

int emit_const(FnState *fs, Value v)
{
    for (int i = 0; i < fs->nk && i < 64; i++)
        if (fs->k[i].u == v.u) return i;
    if (fs->nk == fs->capk) {
        fs->capk = fs->capk ? fs->capk * 2 : 16;
        Value *k = GC_MALLOC(sizeof(Value) * (size_t)fs->capk);
        if (fs->nk) memcpy(k, fs->k, sizeof(Value) * (size_t)fs->nk);
        fs->k = k;
    }
    fs->k[fs->nk] = v;
    return fs->nk++;
}

int emit_jump(FnState *fs)
{
    return emit_ax(fs, BC_JMP, 0, 0);
}

void emit_patch(FnState *fs, int at, int target)
{
    Instr ins = fs->code[at];
    unsigned op = INS_OP(ins);
    int next = at + 1 + (opcode_exts[op] != E_NONE);
    int off = target - next;
    if (opcode_formats[op] == F_ABSC) {
        if (off < -32768 || off > 32767) {
            emit_error(fs, "function too large (jump out of range)");
            return;
        }
        fs->code[at] = (ins & 0x0000ffffffffffffULL) | ((Instr)(uint16_t)off << 48);
    } else {
        fs->code[at] = (ins & 0xffffffffULL) | ((Instr)(uint32_t)off << 32);
    }
}

void emit_patch_here(FnState *fs, int at)
{
    emit_patch(fs, at, fs->ncode);
}

void plist_add(PList *l, int at)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 4;
        int *v = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)l->cap);
        if (l->n) memcpy(v, l->v, sizeof(int) * (size_t)l->n);
        l->v = v;
    }
    l->v[l->n++] = at;
}

void plist_patch(FnState *fs, PList *l, int target)
{
    for (int i = 0; i < l->n; i++) emit_patch(fs, l->v[i], target);
    l->n = 0;
}

/* ---- registers ---- */

int reg_alloc(FnState *fs, int n)
{
    int r = fs->top;
    fs->top += n;
    if (fs->top + 2 > fs->maxregs) fs->maxregs = fs->top + 2;
    if (fs->top > 60000) {
        emit_error(fs, "function too complex (too many registers)");
        fs->top = 60000;
    }
    return r;
}

void emit_error(FnState *fs, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    diag_error(fs->em->diag, fs->src, (Pos){fs->line, fs->col ? fs->col : 1}, "%s", buf);
}

/* ---- types ---- */

bool emit_is_agg(Type *t)
{
    return t && (t->kind == KIND_STRUCT || t->kind == KIND_ARRAY);
}

int emit_ext_op(Type *t)
{
    switch (t->kind) {
    case KIND_INT8: return BC_SEXT8;
    case KIND_INT16: return BC_SEXT16;
    case KIND_INT32: return BC_SEXT32;
    case KIND_UINT8: return BC_ZEXT8;
    case KIND_UINT16: return BC_ZEXT16;
    case KIND_UINT32: return BC_ZEXT32;
    default: return -1;
    }
}

/* ---- symbols ---- */

bool sym_is_cell(Symbol *s)
{
    return s->kind == SYM_VAR && s->owner && (s->captured || s->addr_taken) && !emit_is_agg(s->type);
}

int emit_global_index(Emitter *em, Symbol *s)
{
    if (s->slot <= 0) {
        if (em->nglobals == em->capglobals) {
            em->capglobals = em->capglobals ? em->capglobals * 2 : 64;
            Symbol **v = GC_MALLOC(sizeof(Symbol *) * (size_t)em->capglobals);
            if (em->nglobals) memcpy(v, em->globals, sizeof(Symbol *) * (size_t)em->nglobals);
            em->globals = v;
        }
        em->globals[em->nglobals++] = s;
        s->slot = em->nglobals;
    }
    return s->slot - 1;
}

int emit_freevar_index(FnState *fs, Symbol *s)
{
    FuncInfo *fi = fs->info;
    for (int i = 0; i < fi->freevars.n; i++)
        if (fi->freevars.v[i] == s) return i;
    emit_error(fs, "internal error: %s is not a free variable of %s", s->name, fi->name ? fi->name : "?");
    return 0;
}

bool emit_is_local(FnState *fs, Symbol *s)
{
    if (!s->owner) return false;
    if (s->owner == fs->info) return true;
    if (!fs->alias || s->owner != fs->alias) return false;
    for (int i = 0; i < fs->info->freevars.n; i++)
        if (fs->info->freevars.v[i] == s) return false;
    return true;
}

/* ---- range over functions: free variables of a loop body ---- */

/* The symbols a range-over-func body declares and uses. */
typedef struct Walk {
    SymList decl, used;
} Walk;

/* Whether a symbol list holds s. */
static bool symlist_has(SymList *l, Symbol *s)
{
    for (int i = 0; i < l->n; i++)
        if (l->v[i] == s) return true;
    return false;
}

static void walk_stmt(Walk *w, Stmt *s);
/* Walks every statement of a list. */
static void walk_stmts(Walk *w, StmtList *l)
{
    for (int i = 0; i < l->n; i++) walk_stmt(w, l->v[i]);
}

/* Records the variables an expression uses (function literals: their free variables). */
static void walk_expr(Walk *w, Expr *e)
{
    if (!e) return;
    if (e->kind == EX_IDENT && e->sym && e->sym->kind == SYM_VAR && e->sym->owner && !symlist_has(&w->used, e->sym))
        LIST_PUSH(w->used, e->sym);
    if (e->kind == EX_FUNCLIT) {
        if (e->info)
            for (int i = 0; i < e->info->freevars.n; i++)
                if (!symlist_has(&w->used, e->info->freevars.v[i])) LIST_PUSH(w->used, e->info->freevars.v[i]);
        return;
    }
    if (e->kind == EX_SELECTOR && e->selkind == SEL_PKG) return;
    walk_expr(w, e->x);
    walk_expr(w, e->y);
    walk_expr(w, e->z);
    walk_expr(w, e->w);
    for (int i = 0; i < e->list.n; i++) walk_expr(w, e->list.v[i]);
}

/* Records the variables a statement declares and uses. */
static void walk_stmt(Walk *w, Stmt *s)
{
    if (!s) return;
    walk_expr(w, s->x);
    walk_expr(w, s->y);
    walk_expr(w, s->cond);
    walk_expr(w, s->key);
    walk_expr(w, s->value);
    for (int i = 0; i < s->lhs.n; i++) {
        Expr *l = s->lhs.v[i];
        if (s->define && l->kind == EX_IDENT && l->defines && l->sym) LIST_PUSH(w->decl, l->sym);
        walk_expr(w, l);
    }
    for (int i = 0; i < s->rhs.n; i++) walk_expr(w, s->rhs.v[i]);
    if (s->key_sym) LIST_PUSH(w->decl, s->key_sym);
    if (s->value_sym) LIST_PUSH(w->decl, s->value_sym);
    if (s->sym) LIST_PUSH(w->decl, s->sym);
    if (s->decl && s->decl->kind == DECL_VAR)
        for (int i = 0; i < s->decl->nspecs; i++) {
            Spec *sp = s->decl->specs[i];
            for (int j = 0; j < sp->syms.n; j++)
                if (sp->syms.v[j]) LIST_PUSH(w->decl, sp->syms.v[j]);
            for (int j = 0; j < sp->values.n; j++) walk_expr(w, sp->values.v[j]);
        }
    walk_stmt(w, s->init);
    walk_stmt(w, s->post);
    walk_stmt(w, s->body);
    walk_stmt(w, s->els);
    walk_stmt(w, s->assign);
    walk_stmt(w, s->comm);
    walk_stmts(w, &s->list);
}

/* Whether a range statement ranges over a function. */
static bool is_range_func(Stmt *s)
{
    return s->kind == ST_RANGE && s->x && s->x->type && s->x->type->kind == KIND_FUNC;
}

/* The variables a range-over-func body uses but does not declare. */
static SymList range_free(Stmt *r)
{
    Walk w;
    memset(&w, 0, sizeof w);
    if (r->key_sym) LIST_PUSH(w.decl, r->key_sym);
    if (r->value_sym) LIST_PUSH(w.decl, r->value_sym);
    walk_stmt(&w, r->body);
    if (!r->define) {
        walk_expr(&w, r->key);
        walk_expr(&w, r->value);
    }
    SymList free = {0};
    for (int i = 0; i < w.used.n; i++)
        if (!symlist_has(&w.decl, w.used.v[i])) LIST_PUSH(free, w.used.v[i]);
    return free;
}

/* Marks the variables used by range-over-func bodies (compiled as
 * closures) as captured, so they live in cells. */
static void mark_range_captures(Stmt *s)
{
    if (!s) return;
    if (is_range_func(s)) {
        SymList free = range_free(s);
        for (int i = 0; i < free.n; i++) free.v[i]->captured = true;
    }
    mark_range_captures(s->init);
    mark_range_captures(s->post);
    mark_range_captures(s->body);
    mark_range_captures(s->els);
    for (int i = 0; i < s->list.n; i++) mark_range_captures(s->list.v[i]);
}

/* Declares a local: gives it the next register (above the active locals). */
int emit_declare(FnState *fs, Symbol *s)
{
    int r = reg_alloc(fs, 1);
    s->slot = r;
    if (r + 1 > fs->nactive) fs->nactive = r + 1;
    return r;
}

/* Emits the zero value of t into r. */
void emit_zero(FnState *fs, Type *t, int r)
{
    if (emit_is_agg(t)) emit_ax(fs, BC_NEWAGG, r, t->nslots);
    else emit_abc(fs, BC_LOADNIL, r, 1, 0);
}

/* Initializes a declared local from the value in its register (boxing it in
 * a cell when needed). */
void emit_bind_local(FnState *fs, Symbol *s)
{
    if (sym_is_cell(s)) emit_abc(fs, BC_NEWCELL, s->slot, s->slot, 0);
}

/* ---- functions ---- */

/* Makes an empty Proto for a function (filled when its body is compiled). */
static Proto *proto_new(Emitter *em, FuncInfo *fi, const Source *src, int line, bool toplevel)
{
    Proto *p = GC_MALLOC(sizeof(Proto));
    p->name = fi && fi->name ? fi->name : "main.func";
    p->src = src;
    p->line = line;
    p->exit_pc = -1;
    if (toplevel) {
        p->self = GC_MALLOC(sizeof(Closure));
        p->self->proto = p;
    }
    if (em->nprotos == em->capprotos) {
        em->capprotos = em->capprotos ? em->capprotos * 2 : 32;
        Proto **v = GC_MALLOC(sizeof(Proto *) * (size_t)em->capprotos);
        if (em->nprotos) memcpy(v, em->protos, sizeof(Proto *) * (size_t)em->nprotos);
        em->protos = v;
    }
    em->protos[em->nprotos++] = p;
    return p;
}

/* Finalizes a function's Proto from its compile state. */
static void proto_finish(FnState *fs)
{
    Proto *p = fs->proto;
    p->code = fs->code;
    p->lines = fs->lines;
    p->ncode = fs->ncode;
    p->k = fs->k;
    p->nk = fs->nk;
    p->nregs = fs->maxregs + 2;
    p->exit_pc = fs->exit_pc;
}

/* Loads the current result variables into consecutive registers and
 * returns them. */
static void emit_return_results(FnState *fs)
{
    FuncInfo *fi = fs->info;
    int n = fi->results.n;
    if (n == 0) {
        emit_abc(fs, BC_RET0, 0, 0, 0);
        return;
    }
    int base = reg_alloc(fs, n);
    for (int i = 0; i < n; i++) {
        Symbol *s = fi->results.v[i];
        if (sym_is_cell(s)) emit_abc(fs, BC_LOADC, base + i, s->slot, 0);
        else emit_abc(fs, BC_MOVE, base + i, s->slot, 0);
    }
    if (n == 1) emit_abc(fs, BC_RET1, base, 0, 0);
    else emit_abc(fs, BC_RET, base, n, 0);
}

/* Compiles a function body into p. */
static void compile_body(Emitter *em, FnState *outer, FuncInfo *fi, Stmt *body, StmtList *script, Proto *p,
                         const Source *src, Stmt *range)
{
    FnState fsv;
    memset(&fsv, 0, sizeof fsv);
    FnState *fs = &fsv;
    if (range) {
        fs->alias = outer->alias ? outer->alias : outer->info;
        fs->range_stmt = range;
        fs->rf_flag = em->rf_flag;
        fs->rf_res = em->rf_res;
        fs->rf_fi = em->rf_fi;
        em->rf_flag = NULL;
        em->rf_res = NULL;
        em->rf_fi = NULL;
    } else {
        if (body) mark_range_captures(body);
        if (script)
            for (int i = 0; i < script->n; i++) mark_range_captures(script->v[i]);
    }
    fs->em = em;
    fs->outer = outer;
    fs->info = fi;
    fs->proto = p;
    fs->src = src;
    fs->line = p->line;
    fs->exit_pc = -1;
    fi->proto = p->self ? (void *)p->self : fi->proto;
    int np = 0;
    if (fi->recv) emit_declare(fs, fi->recv), np++;
    for (int i = 0; i < fi->params.n; i++) emit_declare(fs, fi->params.v[i]), np++;
    p->nparams = np;
    p->nresults = fi->results.n;
    if (fi->recv) emit_bind_local(fs, fi->recv);
    for (int i = 0; i < fi->params.n; i++) emit_bind_local(fs, fi->params.v[i]);
    bool need_results = fi->named_results || fi->has_defer;
    if (need_results) {
        for (int i = 0; i < fi->results.n; i++) {
            Symbol *s = fi->results.v[i];
            int r = emit_declare(fs, s);
            emit_zero(fs, s->type, r);
            emit_bind_local(fs, s);
        }
    }
    fs->top = fs->nactive;
    if (fi->has_defer) fs->exit_jumps_used = true;
    if (body) emit_block(fs, &body->list);
    if (script)
        for (int i = 0; i < script->n; i++) emit_stmt(fs, script->v[i]);
    /* Falling off the end. */
    if (range) {
        int t = reg_alloc(fs, 1);
        emit_ax(fs, BC_LOADI, t, 1);
        emit_abc(fs, BC_RET1, t, 0, 0);
    } else if (fi->has_defer) {
        fs->exit_pc = fs->ncode;
        plist_patch(fs, &fs->exit_jumps, fs->ncode);
        emit_abc(fs, BC_RUNDEFERS, 0, 0, 0);
        emit_return_results(fs);
    } else if (fi->results.n == 0) {
        emit_abc(fs, BC_RET0, 0, 0, 0);
    } else {
        emit_abc(fs, BC_UNREACH, 0, 0, 0);
    }
    proto_finish(fs);
}

Proto *emit_funclit(FnState *fs, Expr *e)
{
    FuncInfo *fi = e->info;
    Proto *p = proto_new(fs->em, fi, fs->src, e->pos.line, false);
    compile_body(fs->em, fs, fi, e->body, NULL, p, fs->src, NULL);
    p->nup = fi->freevars.n;
    p->updesc = GC_MALLOC_ATOMIC(sizeof(uint16_t) * (size_t)(p->nup ? p->nup : 1));
    for (int i = 0; i < fi->freevars.n; i++) {
        Symbol *s = fi->freevars.v[i];
        if (emit_is_local(fs, s)) p->updesc[i] = (uint16_t)s->slot;
        else p->updesc[i] = (uint16_t)(UPDESC_FROM_UP | emit_freevar_index(fs, s));
    }
    return p;
}

/* The source of a package's file declaring d (the first file if unknown). */
static const Source *decl_source(Package *pkg, Decl *d)
{
    for (int i = 0; i < pkg->nfiles; i++) {
        File *f = pkg->files[i];
        for (int j = 0; j < f->decls.n; j++)
            if (f->decls.v[j] == d) return f->src;
    }
    return pkg->nfiles ? pkg->files[0]->src : NULL;
}

/* The named type a method declaration belongs to. */
static Type *recv_named(FuncInfo *fi)
{
    Type *t = fi->recv->type;
    if (t->kind == KIND_POINTER && !t->name) t = t->elem;
    return t;
}

/* Creates Protos (or native closures) for every function of a package, so
 * calls can refer to them before their bodies are compiled. */
static void declare_funcs(Emitter *em, Package *pkg, int from)
{
    for (int i = from; i < pkg->funcs.n; i++) {
        Decl *d = pkg->funcs.v[i];
        FuncInfo *fi = d->info;
        if (!fi) continue;
        Method *m = NULL;
        char key[256];
        if (fi->recv) {
            Type *rt = recv_named(fi);
            m = type_find_method(rt, d->name->name);
            snprintf(key, sizeof key, "%s.%s", rt->name ? rt->name : "?", d->name->name);
        } else {
            snprintf(key, sizeof key, "%s", d->name->name);
        }
        Closure *cl;
        if (!d->body) {
            NativeFn fn = pkg->native ? native_lookup(pkg->native, key) : NULL;
            if (!fn) {
                diag_error(em->diag, decl_source(pkg, d), d->pos, "missing function body for %s", key);
                continue;
            }
            cl = GC_MALLOC(sizeof(Closure));
            cl->native = fn;
        } else if (em->session && fi->proto) {
            /* A REPL redefinition with an unchanged signature: the session's
             * function value now runs the new code. */
            Proto *p = proto_new(em, fi, decl_source(pkg, d), d->pos.line, true);
            cl = fi->proto;
            cl->proto = p;
            p->self = cl;
        } else {
            Proto *p = proto_new(em, fi, decl_source(pkg, d), d->pos.line, true);
            cl = p->self;
        }
        fi->proto = cl;
        if (m) m->fn.p = cl;
    }
}

/* Compiles the bodies of a package's functions. */
static void compile_funcs(Emitter *em, Package *pkg, int from)
{
    for (int i = from; i < pkg->funcs.n; i++) {
        Decl *d = pkg->funcs.v[i];
        FuncInfo *fi = d->info;
        if (!fi || !d->body || !fi->proto) continue;
        Closure *cl = fi->proto;
        compile_body(em, NULL, fi, d->body, NULL, cl->proto, cl->proto->src, NULL);
    }
}

/* Builds a function that takes a receiver of type `recv` (a pointer or the
 * value; an aggregate value is its storage) and the arguments of `sig`,
 * walks the embedding path from the receiver and calls method `mname`: the
 * declaring method o (of type ot) or, when via_iface, a dynamic call on the
 * interface value the path leads to. */
static Proto *recv_thunk(Emitter *em, const char *pname, Type *recv, bool isptr, const int *path, int npath,
                         Method *o, Type *ot, bool via_iface, const char *mname, Type *sig)
{
    Proto *p = GC_MALLOC(sizeof(Proto));
    p->name = pname;
    p->exit_pc = -1;
    p->self = GC_MALLOC(sizeof(Closure));
    p->self->proto = p;
    FnState fsv;
    memset(&fsv, 0, sizeof fsv);
    FnState *fs = &fsv;
    fs->em = em;
    fs->proto = p;
    fs->exit_pc = -1;
    int nargs = 1 + (sig ? sig->nparams : 0);
    int nres = sig ? sig->nresults : 0;
    reg_alloc(fs, nargs);
    fs->nactive = nargs;
    /* Receiver: register 0 is a pointer (isptr) or the value. */
    Type *t = recv;
    int cur = 0;
    int call = reg_alloc(fs, 1 + nargs);
    for (int i = 0; i < npath; i++) {
        Type *st = t->kind == KIND_POINTER ? t->elem : t;
        Field *fd = &st->fields[path[i]];
        int r = reg_alloc(fs, 1);
        if (emit_is_agg(fd->type)) emit_abc(fs, isptr || t->kind == KIND_POINTER ? BC_ADDRFP : BC_ADDRF, r, cur, fd->offset);
        else emit_abc(fs, isptr || t->kind == KIND_POINTER ? BC_GETFP : BC_GETF, r, cur, fd->offset);
        cur = r;
        t = fd->type;
        isptr = t->kind == KIND_POINTER;
    }
    /* cur holds the embedded value's storage (aggregate), its pointer, or value. */
    if (via_iface) {
        emit_abc(fs, BC_MOVE, call + 1, cur, 0);
        for (int i = 1; i < nargs; i++) emit_abc(fs, BC_MOVE, call + 1 + i, i, 0);
        emit_ext(fs, BC_CALLI, call, nargs, nres, (uint64_t)(uintptr_t)emit_icache(mname));
        emit_abc(fs, BC_RET, call, nres, 0);
        p->nparams = nargs;
        p->nresults = nres;
        proto_finish(fs);
        return p;
    }
    if (npath == 0 && t->kind == KIND_POINTER && !o->ptr_recv) {
        /* (*T).m of a value method on a nil pointer: Go's panicwrap. */
        char msg[512];
        snprintf(msg, sizeof msg, "value method %s.%s called using nil *%s pointer", type_to_string(ot), mname,
                 ot->name ? ot->name : type_to_string(ot));
        int j = emit_ax(fs, BC_JT, cur, 0);
        int r = reg_alloc(fs, 1);
        emit_ax(fs, BC_LOADK, r, emit_const(fs, vm_plain_error(GC_STRDUP(msg))));
        emit_abc(fs, BC_PANIC, r, 0, 0);
        emit_patch_here(fs, j);
    }
    if (o->ptr_recv) {
        emit_abc(fs, BC_MOVE, call + 1, cur, 0);
    } else if (t->kind == KIND_POINTER) {
        if (emit_is_agg(ot)) emit_ext(fs, BC_DUPAGGP, call + 1, cur, 0, (uint64_t)ot->nslots);
        else emit_abc(fs, BC_DEREF, call + 1, cur, 0);
    } else if (emit_is_agg(ot)) {
        emit_ext(fs, BC_DUPAGG, call + 1, cur, 0, (uint64_t)ot->nslots);
    } else {
        emit_abc(fs, BC_MOVE, call + 1, cur, 0);
    }
    for (int i = 1; i < nargs; i++) emit_abc(fs, BC_MOVE, call + 1 + i, i, 0);
    Closure *cl = o->fn.p;
    if (emit_late_bound(fs, cl) || (!cl->proto && !cl->native)) {
        emit_ax(fs, BC_LOADK, call, emit_const(fs, (Value){.p = cl}));
        emit_abc(fs, BC_CALL, call, nargs, nres);
    } else if (cl->proto) emit_ext(fs, BC_CALLK, call, nargs, nres, (uint64_t)(uintptr_t)cl->proto);
    else emit_ext(fs, BC_CALLN, call, nargs, nres, (uint64_t)(uintptr_t)cl->native);
    emit_abc(fs, BC_RET, call, nres, 0);
    p->nparams = nargs;
    p->nresults = nres;
    proto_finish(fs);
    return p;
}

/* Builds the wrapper for a promoted method: walks the embedding path from
 * the receiver and calls the declaring method. */
static void compile_promoted(Emitter *em, Type *named, Method *m)
{
    Method *o = m->origin;
    bool via_iface = o && o->origin_type == NULL && m->origin_type && type_is_interface(m->origin_type);
    if (!o || (!o->fn.p && !via_iface)) return;
    char *name = GC_MALLOC_ATOMIC(256);
    snprintf(name, 256, "%s.%s", type_to_string(named), m->name);
    Proto *p = recv_thunk(em, name, named, m->ptr_recv, m->path, m->npath, o, m->origin_type, via_iface, m->name,
                          m->sig);
    m->fn.p = p->self;
}

Closure *emit_method_expr(FnState *fs, Expr *e)
{
    Type *recv = e->type->params[0];
    Method *m = e->method;
    Type *last = recv;
    for (int i = 0; i < e->npath; i++) {
        Type *st = last->kind == KIND_POINTER ? last->elem : last;
        last = st->fields[e->path[i]].type;
    }
    bool via_iface = type_is_interface(last);
    if (!m && !via_iface) return NULL;
    if (!via_iface && e->npath == 0 && (recv->kind == KIND_POINTER) == m->ptr_recv) return m->fn.p;
    if (!via_iface && !m->fn.p) return NULL;
    char *name = GC_MALLOC_ATOMIC(256);
    snprintf(name, 256, "%s.%s", type_to_string(recv), e->name);
    Type *sig = via_iface ? NULL : m->sig;
    if (via_iface) {
        /* The method's own signature: the expression's without the receiver. */
        Type *ft = e->type;
        sig = type_func(ft->params + 1, ft->nparams - 1, ft->results, ft->nresults, ft->variadic);
    }
    Proto *p = recv_thunk(fs->em, name, recv, recv->kind == KIND_POINTER, e->path, e->npath, m, e->recv_type,
                          via_iface, e->name, sig);
    return p->self;
}

/* Fills promoted methods' wrappers for every named type met. */
static void compile_promoted_all(Emitter *em, Type *t)
{
    for (int i = 0; i < t->nmethods; i++) {
        Method *m = &t->methods[i];
        if (m->npath > 0 && !m->fn.p && m->origin) {
            if (!m->origin->fn.p && m->origin_type) {
                Method *om = type_find_method(m->origin_type, m->origin->name);
                if (om && om != m) compile_promoted_all(em, m->origin_type);
            }
            compile_promoted(em, t, m);
        }
    }
}

/* Builds the promoted-method wrappers of every named type a package
 * declares: package-level, local to a function, and generic instances. */
static void promoted_in_package(Emitter *em, Package *pkg)
{
    for (int i = 0; i < pkg->ntypes; i++)
        if (pkg->types[i]) compile_promoted_all(em, pkg->types[i]);
}

/* Assigns global slots to every package-level variable of a package (a
 * standard package's variables that the program never named are left
 * unresolved, and get none). */
static void declare_globals(Emitter *em, Package *pkg)
{
    for (int f = 0; f < pkg->nfiles; f++) {
        File *file = pkg->files[f];
        for (int i = 0; i < file->decls.n; i++) {
            Decl *d = file->decls.v[i];
            if (d->kind != DECL_VAR) continue;
            for (int j = 0; j < d->nspecs; j++)
                for (int k = 0; k < d->specs[j]->syms.n; k++) {
                    Symbol *s = d->specs[j]->syms.v[k];
                    if (s && s->type) emit_global_index(em, s);
                }
        }
    }
    for (int i = 0; i < pkg->ninit; i++)
        for (int k = 0; k < pkg->init_order[i]->syms.n; k++)
            if (pkg->init_order[i]->syms.v[k]) emit_global_index(em, pkg->init_order[i]->syms.v[k]);
}

/* Emits a call of a known function value (no arguments, no results). */
static void emit_call_closure(FnState *fs, Closure *cl)
{
    int base = reg_alloc(fs, 1);
    if (cl->proto) emit_ext(fs, BC_CALLK, base, 0, 0, (uint64_t)(uintptr_t)cl->proto);
    else emit_ext(fs, BC_CALLN, base, 0, 0, (uint64_t)(uintptr_t)cl->native);
    fs->top = fs->nactive;
}

bool emit_late_bound(FnState *fs, Closure *cl)
{
    return fs->em->session && cl && cl->proto && cl->proto->name && strncmp(cl->proto->name, "main.", 5) == 0;
}

/* How many of pkg's functions an earlier REPL entry compiled, or -1 if it
 * was not compiled (always -1 outside a session). */
static int compiled_before(Emitter *em, Package *pkg)
{
    EmitSession *es = em->session;
    for (int i = 0; es && i < es->npkgs; i++)
        if (es->pkgs[i] == pkg) return es->nfuncs[i];
    return -1;
}

/* Compiles a checked program; for a REPL entry (es not NULL) only what
 * earlier entries did not compile, with the session's globals. */
static Module *emit_module(Program *prog, EmitSession *es, Diag *diag)
{
    type_init();
    Emitter emv;
    memset(&emv, 0, sizeof emv);
    Emitter *em = &emv;
    em->diag = diag;
    em->prog = prog;
    em->session = es;
    if (es && es->nglobals) {
        em->capglobals = es->nglobals * 2;
        em->globals = GC_MALLOC(sizeof(Symbol *) * (size_t)em->capglobals);
        em->nglobals = es->nglobals;
    }
    int nglob_old = em->nglobals;
    for (int i = 0; es && i + 1 < es->nshared; i += 2) {
        emit_global_index(em, es->shared[i]);
        es->shared[i + 1]->slot = es->shared[i]->slot;
    }
    int errs0 = diag_count(diag);
    int *before = GC_MALLOC_ATOMIC(sizeof(int) * (size_t)(prog->npkgs + 1));
    for (int i = 0; i < prog->npkgs; i++) before[i] = compiled_before(em, prog->pkgs[i]);
    for (int i = 0; i < prog->npkgs; i++)
        if (before[i] < 0) declare_globals(em, prog->pkgs[i]);
    for (int i = 0; i < prog->npkgs; i++) declare_funcs(em, prog->pkgs[i], before[i] < 0 ? 0 : before[i]);
    /* The script's implicit main. */
    Proto *script = NULL;
    Package *mainpkg = prog->main;
    if (mainpkg && mainpkg->script_main) {
        const Source *src = mainpkg->nfiles ? mainpkg->files[0]->src : NULL;
        script = proto_new(em, mainpkg->script_main, src, 1, true);
        mainpkg->script_main->proto = script->self;
    }
    for (int i = 0; i < prog->npkgs; i++) compile_funcs(em, prog->pkgs[i], before[i] < 0 ? 0 : before[i]);
    for (int i = 0; i < prog->npkgs; i++) promoted_in_package(em, prog->pkgs[i]);
    if (script) {
        compile_body(em, NULL, mainpkg->script_main, NULL, &mainpkg->script_body, script, script->src, NULL);
    }
    /* The entry: zero aggregates, run each package's variable initializers
     * and init functions in order, then main. */
    Proto *entry = GC_MALLOC(sizeof(Proto));
    entry->exit_pc = -1;
    entry->line = 1;
    FnState fsv;
    memset(&fsv, 0, sizeof fsv);
    FnState *fs = &fsv;
    fs->em = em;
    fs->proto = entry;
    fs->exit_pc = -1;
    FuncInfo entry_info;
    memset(&entry_info, 0, sizeof entry_info);
    fs->info = &entry_info;
    /* Variables first referenced by this compilation (for a REPL entry:
     * the new session variables) get their aggregate storage. */
    int nglob_decl = em->nglobals;
    for (int i = nglob_old; i < nglob_decl; i++) {
        Symbol *s = em->globals[i];
        if (emit_is_agg(s->type)) {
            int r = reg_alloc(fs, 1);
            emit_ax(fs, BC_NEWAGG, r, s->type->nslots);
            emit_ax(fs, BC_SETG, r, i);
            fs->top = fs->nactive;
        }
    }
    for (int i = 0; i < prog->npkgs; i++) {
        Package *pkg = prog->pkgs[i];
        if (before[i] >= 0) continue;
        fs->src = pkg->nfiles ? pkg->files[0]->src : NULL;
        entry_info.pkg = pkg;
        for (int j = 0; j < pkg->ninit; j++) emit_global_spec(fs, pkg->init_order[j]);
        for (int j = 0; j < pkg->funcs.n; j++) {
            Decl *d = pkg->funcs.v[j];
            if (d->recv || !d->info || !d->info->proto || strcmp(d->name->name, "init") != 0) continue;
            emit_call_closure(fs, d->info->proto);
        }
    }
    if (mainpkg) {
        Closure *mainfn = NULL;
        for (int j = 0; j < mainpkg->funcs.n; j++) {
            Decl *d = mainpkg->funcs.v[j];
            if (!d->recv && d->info && d->info->proto && strcmp(d->name->name, "main") == 0 &&
                (!es || d == es->main_decl))
                mainfn = d->info->proto;
        }
        if (script) emit_call_closure(fs, script->self);
        if (mainfn) emit_call_closure(fs, mainfn);
    }
    emit_abc(fs, BC_RET0, 0, 0, 0);
    proto_finish(fs);
    entry->self = GC_MALLOC(sizeof(Closure));
    entry->self->proto = entry;
    if (es && diag_count(diag) == errs0 && em->nglobals > es->capglobals)
        diag_error(diag, mainpkg && mainpkg->nfiles ? mainpkg->files[0]->src : NULL, (Pos){1, 1},
                   "too many session variables (%d); :reset starts a new session", em->nglobals);
    if (diag_count(diag) > errs0) {
        /* Slots handed out by a failed REPL compilation are free again. */
        for (int i = nglob_old; i < em->nglobals; i++) em->globals[i]->slot = -1;
        return NULL;
    }
    Module *mod = GC_MALLOC(sizeof(Module));
    mod->protos = em->protos;
    mod->nprotos = em->nprotos;
    mod->nglobals = em->nglobals;
    if (es) {
        mod->globals = es->globals;
        es->nglobals = em->nglobals;
        for (int i = 0; i < prog->npkgs; i++) {
            Package *pkg = prog->pkgs[i];
            if (pkg == mainpkg) continue;
            if (before[i] < 0) {
                es->pkgs = GC_REALLOC(es->pkgs, sizeof(Package *) * (size_t)(es->npkgs + 1));
                es->nfuncs = GC_REALLOC(es->nfuncs, sizeof(int) * (size_t)(es->npkgs + 1));
                es->pkgs[es->npkgs] = pkg;
                es->nfuncs[es->npkgs++] = pkg->funcs.n;
            } else {
                for (int k = 0; k < es->npkgs; k++)
                    if (es->pkgs[k] == pkg) es->nfuncs[k] = pkg->funcs.n;
            }
        }
    } else {
        mod->globals = GC_MALLOC(sizeof(Value) * (size_t)(em->nglobals ? em->nglobals : 1));
    }
    mod->entry = entry;
    return mod;
}

Module *emit_program(Program *prog, Diag *diag) { return emit_module(prog, NULL, diag); }

Module *emit_repl(Program *prog, EmitSession *es, Diag *diag) { return emit_module(prog, es, diag); }

/* ---- statements ---- */

/* Whether s is a REPL entry's expression statement whose value is shown. */
static bool shown(FnState *fs, Stmt *s)
{
    EmitSession *es = fs->em->session;
    for (int i = 0; es && i < es->nshow; i++)
        if (es->show[i] == s) return true;
    return false;
}

void emit_block(FnState *fs, StmtList *l)
{
    int saved_active = fs->nactive;
    for (int i = 0; i < l->n; i++) emit_stmt(fs, l->v[i]);
    fs->nactive = saved_active;
    fs->top = saved_active;
}

/* Finds the break/continue context of a statement. */
static Loop *find_loop(FnState *fs, Stmt *target)
{
    for (Loop *l = fs->loops; l; l = l->outer)
        if (l->stmt == target || (target && target->kind == ST_LABELED && target->body == l->stmt))
            return l;
    return NULL;
}

/* Finds or creates a label record. */
static Label *find_label(FnState *fs, const char *name)
{
    for (Label *l = fs->labels; l; l = l->next)
        if (strcmp(l->name, name) == 0) return l;
    Label *l = GC_MALLOC(sizeof(Label));
    l->name = name;
    l->pc = -1;
    l->next = fs->labels;
    fs->labels = l;
    return l;
}

/* Compiles a return statement (through the exit block when the function has defers). */
static void emit_return(FnState *fs, Stmt *s)
{
    FuncInfo *fi = fs->info;
    if (fs->range_stmt) {
        /* Leave the values and the flag in the owner's cells, stop the loop. */
        FuncInfo *rfi = fs->rf_fi;
        int n = rfi->results.n;
        int t = reg_alloc(fs, 1);
        if (s->rhs.n > 0) {
            int base;
            if (s->rhs.n == 1 && n > 1) {
                base = emit_call(fs, s->rhs.v[0], n);
                for (int i = 0; i < n; i++) emit_tuple_box(fs, s->rhs.v[0], base + i, i, rfi->results.v[i]->type);
            } else {
                base = reg_alloc(fs, n);
                for (int i = 0; i < n; i++) {
                    int save = fs->top;
                    emit_expr_conv_to(fs, s->rhs.v[i], rfi->results.v[i]->type, base + i);
                    fs->top = save;
                }
            }
            for (int i = 0; i < n; i++) {
                LValue lv = {.kind = LV_UP, .index = emit_freevar_index(fs, fs->rf_res[i]),
                             .type = fs->rf_res[i]->type};
                emit_store(fs, &lv, base + i, true);
            }
        }
        emit_ax(fs, BC_LOADI, t, s->rhs.n > 0 || n == 0 ? 1 : 2);
        emit_abc(fs, BC_SETUPC, t, emit_freevar_index(fs, fs->rf_flag), 0);
        emit_ax(fs, BC_LOADI, t, 0);
        emit_abc(fs, BC_RET1, t, 0, 0);
        return;
    }
    int n = fi->results.n;
    if (fi->has_defer) {
        if (s->rhs.n > 0) emit_assign_syms(fs, fi->results.v, n, &s->rhs);
        plist_add(&fs->exit_jumps, emit_jump(fs));
        return;
    }
    if (s->rhs.n == 0) {
        if (n == 0) emit_abc(fs, BC_RET0, 0, 0, 0);
        else emit_return_results(fs);
        return;
    }
    if (n == 1 && s->rhs.n == 1) {
        Expr *e = s->rhs.v[0];
        int r;
        if (emit_is_agg(fi->results.v[0]->type)) r = emit_expr_fresh(fs, e);
        else r = emit_expr_conv_any(fs, e, fi->results.v[0]->type);
        emit_abc(fs, BC_RET1, r, 0, 0);
        return;
    }
    int base;
    if (s->rhs.n == 1 && n > 1) {
        base = emit_call(fs, s->rhs.v[0], n);
        for (int i = 0; i < n; i++) emit_tuple_box(fs, s->rhs.v[0], base + i, i, fi->results.v[i]->type);
    } else {
        base = reg_alloc(fs, n);
        for (int i = 0; i < n; i++) {
            Expr *e = s->rhs.v[i];
            int save = fs->top;
            if (emit_is_agg(fi->results.v[i]->type)) {
                int r = emit_expr_fresh(fs, e);
                emit_abc(fs, BC_MOVE, base + i, r, 0);
            } else {
                emit_expr_conv_to(fs, e, fi->results.v[i]->type, base + i);
            }
            fs->top = save;
        }
    }
    emit_abc(fs, BC_RET, base, n, 0);
}

/* for init; cond; post { body } */
static void emit_for(FnState *fs, Stmt *s, const char *label)
{
    int saved_active = fs->nactive;
    if (s->init) emit_stmt(fs, s->init);
    Loop loop;
    memset(&loop, 0, sizeof loop);
    loop.stmt = s;
    loop.outer = fs->loops;
    fs->loops = &loop;
    /* The INCLT shape: i < n with i a plain int register and post i++. */
    int fuse_i = -1, fuse_n = -1;
    if (s->cond && s->post && s->loopvars.n == 0 && s->cond->kind == EX_BINARY && s->cond->op == OP_LSS &&
        s->post->kind == ST_INCDEC && s->post->op == OP_ADD) {
        Expr *x = s->cond->x, *y = s->cond->y, *px = s->post->x;
        while (x->kind == EX_PAREN) x = x->x;
        while (px->kind == EX_PAREN) px = px->x;
        if (x->kind == EX_IDENT && px->kind == EX_IDENT && x->sym == px->sym && x->sym &&
            x->sym->kind == SYM_VAR && emit_is_local(fs, x->sym) && !sym_is_cell(x->sym) &&
            (x->type->kind == KIND_INT || x->type->kind == KIND_INT64)) {
            int yr = emit_local_reg(fs, y);
            if (yr >= 0) {
                fuse_i = x->sym->slot;
                fuse_n = yr;
            } else if (y->mode == MODE_CONST) {
                fuse_i = x->sym->slot;
                fuse_n = emit_declare_hidden(fs);
                emit_const_to(fs, y, fuse_n);
            }
        }
    }
    fs->top = fs->nactive;
    if (fuse_i >= 0) {
        int skip = emit_abc(fs, BC_JLE, fuse_n, fuse_i, 0);
        int body = fs->ncode;
        emit_block(fs, &s->body->list);
        int cont = fs->ncode;
        plist_patch(fs, &loop.conts, cont);
        fs->line = s->pos.line;
        int at = emit_abc(fs, BC_INCLT, fuse_i, fuse_n, 0);
        emit_patch(fs, at, body);
        emit_patch_here(fs, skip);
    } else {
        int jcond = s->cond ? emit_jump(fs) : -1;
        int body = fs->ncode;
        emit_block(fs, &s->body->list);
        plist_patch(fs, &loop.conts, fs->ncode);
        fs->line = s->pos.line;
        /* Per-iteration copies of captured loop variables (Go 1.22). */
        for (int i = 0; i < s->loopvars.n; i++) {
            Symbol *v = s->loopvars.v[i];
            if (!sym_is_cell(v)) continue;
            int t = reg_alloc(fs, 1);
            emit_abc(fs, BC_LOADC, t, v->slot, 0);
            emit_abc(fs, BC_NEWCELL, v->slot, t, 0);
            fs->top = fs->nactive;
        }
        if (s->post) emit_stmt(fs, s->post);
        if (s->cond) {
            emit_patch_here(fs, jcond);
            PList t = {0};
            emit_cond(fs, s->cond, true, &t);
            plist_patch(fs, &t, body);
        } else {
            emit_patch(fs, emit_jump(fs), body);
        }
    }
    plist_patch(fs, &loop.breaks, fs->ncode);
    fs->loops = loop.outer;
    fs->nactive = saved_active;
    fs->top = saved_active;
    (void)label;
}

/* Assigns a range key or value: to a fresh per-iteration variable or to an
 * existing lvalue. `r` holds the value. */
static void range_assign(FnState *fs, Stmt *s, Expr *target, Symbol *sym, int r, Type *t)
{
    if (!target) return;
    if (target->kind == EX_IDENT && strcmp(target->name, "_") == 0) return;
    if (s->define) {
        if (!sym) return;
        if (emit_is_agg(sym->type)) emit_abc(fs, BC_MOVE, sym->slot, r, 0);
        else if (sym_is_cell(sym)) emit_abc(fs, BC_NEWCELL, sym->slot, r, 0);
        else emit_abc(fs, BC_MOVE, sym->slot, r, 0);
        return;
    }
    LValue lv;
    emit_lvalue(fs, target, &lv);
    emit_store(fs, &lv, r, true);
}

/* Whether a statement (outside function literals) contains a return. */
static bool body_has_return(Stmt *s)
{
    if (!s) return false;
    if (s->kind == ST_RETURN) return true;
    if (body_has_return(s->init) || body_has_return(s->post) || body_has_return(s->body) ||
        body_has_return(s->els))
        return true;
    for (int i = 0; i < s->list.n; i++)
        if (body_has_return(s->list.v[i])) return true;
    return false;
}

/* A hidden local of the current function living in a (zeroed) cell. */
static Symbol *hidden_cell(FnState *fs, Type *t)
{
    Symbol *h = GC_MALLOC(sizeof(Symbol));
    h->kind = SYM_VAR;
    h->name = "_";
    h->type = t;
    h->owner = fs->info;
    h->captured = true;
    int r = emit_declare(fs, h);
    emit_zero(fs, t, r);
    emit_bind_local(fs, h);
    fs->top = fs->nactive;
    return h;
}

/* The yield parameter's type of a range-over-func function type. */
static Type *fs_func_param(Type *ft)
{
    ft = ft->underlying;
    return ft->nparams > 0 ? ft->params[0]->underlying : ft;
}

/* for k, v := range f { body }: the body becomes the yield function
 * (continue returns true, break returns false), then f(yield) is called. */
static void emit_range_func(FnState *fs, Stmt *s, int fr)
{
    Type *yt = fs_func_param(s->x->type);
    FuncInfo *yfi = GC_MALLOC(sizeof(FuncInfo));
    yfi->type = yt;
    char *name = GC_MALLOC_ATOMIC(256);
    snprintf(name, 256, "%s-range%d", fs->info->name ? fs->info->name : "main.func", ++fs->em->nranges);
    yfi->name = name;
    yfi->outer = fs->info;
    yfi->pkg = fs->info->pkg;
    yfi->freevars = range_free(s);
    bool rets = body_has_return(s->body);
    Symbol *flag = NULL, **res = NULL;
    if (rets) {
        if (fs->range_stmt) {
            flag = fs->rf_flag;
            res = fs->rf_res;
        } else {
            FuncInfo *fi = fs->info;
            flag = hidden_cell(fs, type_bool);
            res = GC_MALLOC(sizeof(Symbol *) * (size_t)(fi->results.n + 1));
            for (int i = 0; i < fi->results.n; i++) res[i] = hidden_cell(fs, fi->results.v[i]->type);
        }
        FuncInfo *rfi = fs->range_stmt ? fs->rf_fi : fs->info;
        LIST_PUSH(yfi->freevars, flag);
        for (int i = 0; i < rfi->results.n; i++) LIST_PUSH(yfi->freevars, res[i]);
        fs->em->rf_flag = flag;
        fs->em->rf_res = res;
        fs->em->rf_fi = rfi;
    }
    /* Parameters: the range variables, or hidden ones assigned to the
     * targets at the start of each call. */
    Expr *targets[2] = {s->key, s->value};
    Symbol *defs[2] = {s->key_sym, s->value_sym};
    Symbol *hidden[2] = {NULL, NULL};
    for (int i = 0; i < yt->nparams; i++) {
        Symbol *p = i < 2 && s->define ? defs[i] : NULL;
        if (!p) {
            p = GC_MALLOC(sizeof(Symbol));
            p->kind = SYM_VAR;
            p->name = "_";
            p->type = yt->params[i];
            p->owner = yfi;
            p->param = true;
            if (i < 2 && !s->define) hidden[i] = p;
        }
        LIST_PUSH(yfi->params, p);
    }
    Proto *p = proto_new(fs->em, yfi, fs->src, s->pos.line, false);
    /* The body, prefixed by the assignments of a `for k, v = range f`. */
    Stmt *body = s->body;
    if (!s->define && (hidden[0] || hidden[1])) {
        Stmt *blk = GC_MALLOC(sizeof(Stmt));
        blk->kind = ST_BLOCK;
        blk->pos = s->pos;
        for (int i = 0; i < 2; i++) {
            if (!hidden[i] || !targets[i]) continue;
            Expr *id = GC_MALLOC(sizeof(Expr));
            id->kind = EX_IDENT;
            id->name = "_";
            id->sym = hidden[i];
            id->type = hidden[i]->type;
            id->mode = MODE_VAR;
            id->pos = s->pos;
            Stmt *as = GC_MALLOC(sizeof(Stmt));
            as->kind = ST_ASSIGN;
            as->pos = s->pos;
            LIST_PUSH(as->lhs, targets[i]);
            LIST_PUSH(as->rhs, id);
            LIST_PUSH(blk->list, as);
        }
        LIST_PUSH(blk->list, body);
        body = blk;
    }
    compile_body(fs->em, fs, yfi, body, NULL, p, fs->src, s);
    p->nresults = 1;
    p->nup = yfi->freevars.n;
    p->updesc = GC_MALLOC_ATOMIC(sizeof(uint16_t) * (size_t)(p->nup ? p->nup : 1));
    for (int i = 0; i < yfi->freevars.n; i++) {
        Symbol *v = yfi->freevars.v[i];
        if (emit_is_local(fs, v)) p->updesc[i] = (uint16_t)v->slot;
        else p->updesc[i] = (uint16_t)(UPDESC_FROM_UP | emit_freevar_index(fs, v));
    }
    fs->line = s->pos.line;
    int base = reg_alloc(fs, 2);
    emit_abc(fs, BC_MOVE, base, fr, 0);
    emit_ax(fs, BC_CLOSURE, base + 1, emit_const(fs, (Value){.p = p}));
    emit_abc(fs, BC_CALL, base, 1, 0);
    fs->top = fs->nactive;
    if (!rets) return;
    /* A return in the body: propagate it. */
    int t = reg_alloc(fs, 1);
    if (emit_is_local(fs, flag)) emit_abc(fs, BC_LOADC, t, flag->slot, 0);
    else emit_abc(fs, BC_GETUPC, t, emit_freevar_index(fs, flag), 0);
    int skip = emit_abc(fs, BC_JEQI, t, 0, 0);
    if (fs->range_stmt) {
        emit_ax(fs, BC_LOADI, t, 0);
        emit_abc(fs, BC_RET1, t, 0, 0);
    } else {
        FuncInfo *fi = fs->info;
        int n = fi->results.n;
        int bare = emit_abc(fs, BC_JEQI, t, 2, 0);
        Stmt ret;
        memset(&ret, 0, sizeof ret);
        ret.kind = ST_RETURN;
        ret.pos = s->pos;
        if (n > 0) {
            /* Values: load the cells and return them. */
            for (int i = 0; i < n; i++) {
                Expr *id = GC_MALLOC(sizeof(Expr));
                id->kind = EX_IDENT;
                id->name = "_";
                id->sym = res[i];
                id->type = res[i]->type;
                id->mode = MODE_VAR;
                id->pos = s->pos;
                LIST_PUSH(ret.rhs, id);
            }
        }
        emit_return(fs, &ret);
        emit_patch_here(fs, bare);
        Stmt bret;
        memset(&bret, 0, sizeof bret);
        bret.kind = ST_RETURN;
        bret.pos = s->pos;
        emit_return(fs, &bret);
    }
    emit_patch_here(fs, skip);
    fs->top = fs->nactive;
}

/* Compiles a range loop over an integer, slice, array, string, map, function or channel. */
static void emit_range(FnState *fs, Stmt *s)
{
    int saved_active = fs->nactive;
    Expr *x = s->x;
    Type *xt = x->type;
    Loop loop;
    memset(&loop, 0, sizeof loop);
    loop.stmt = s;
    loop.outer = fs->loops;
    /* Hidden state and the per-iteration variables. */
    int xr = emit_declare_hidden(fs);
    if (xt->kind == KIND_ARRAY) {
        /* The range expression is evaluated once: an array is copied. */
        if (s->value) {
            int r = emit_expr_fresh(fs, x);
            emit_abc(fs, BC_MOVE, xr, r, 0);
        } else {
            int r = emit_expr_any(fs, x);
            emit_abc(fs, BC_MOVE, xr, r, 0);
        }
    } else if (xt->kind != KIND_INT && !(x->mode == MODE_CONST)) {
        emit_expr_to(fs, x, xr);
    } else {
        emit_expr_to(fs, x, xr);
    }
    fs->top = fs->nactive;
    if (s->define && xt->kind != KIND_FUNC) {
        if (s->key_sym) emit_declare(fs, s->key_sym);
        if (s->value_sym) emit_declare(fs, s->value_sym);
        fs->top = fs->nactive;
    }
    fs->loops = &loop;
    Type *kt = s->key ? s->key->type : NULL;
    Type *vt = s->value ? s->value->type : NULL;
    if (type_is_integer(xt) || xt->kind == KIND_UNTYPED_INT) {
        int i = emit_declare_hidden(fs);
        emit_ax(fs, BC_LOADI, i, 0);
        fs->top = fs->nactive;
        int skip = emit_abc(fs, BC_JLE, xr, i, 0);
        int body = fs->ncode;
        range_assign(fs, s, s->key, s->key_sym, i, kt);
        fs->top = fs->nactive;
        emit_block(fs, &s->body->list);
        plist_patch(fs, &loop.conts, fs->ncode);
        int at = emit_abc(fs, BC_INCLT, i, xr, 0);
        emit_patch(fs, at, body);
        emit_patch_here(fs, skip);
    } else if (xt->kind == KIND_SLICE || xt->kind == KIND_ARRAY ||
               (xt->kind == KIND_POINTER && xt->elem->kind == KIND_ARRAY)) {
        bool arr = xt->kind != KIND_SLICE;
        Type *at_ = xt->kind == KIND_POINTER ? xt->elem : xt;
        Type *et = at_->elem;
        int n = emit_declare_hidden(fs);
        int i = emit_declare_hidden(fs);
        if (arr) {
            emit_ax(fs, BC_LOADI, n, (int32_t)at_->len);
            if (xt->kind == KIND_POINTER && s->value) emit_abc(fs, BC_NILCHK, xr, 0, 0);
        } else {
            emit_abc(fs, BC_LENSL, n, xr, 0);
        }
        emit_ax(fs, BC_LOADI, i, 0);
        fs->top = fs->nactive;
        int skip = emit_abc(fs, BC_JLE, n, i, 0);
        int body = fs->ncode;
        range_assign(fs, s, s->key, s->key_sym, i, kt);
        fs->top = fs->nactive;
        if (s->value && !(s->value->kind == EX_IDENT && strcmp(s->value->name, "_") == 0)) {
            int v = reg_alloc(fs, 1);
            uint64_t slots = (uint64_t)(et->nslots ? et->nslots : 1);
            if (emit_is_agg(et)) {
                int a = reg_alloc(fs, 1);
                if (arr) emit_ext(fs, BC_AADDR, a, xr, i, (uint64_t)(uint32_t)at_->len | (slots << 32));
                else emit_ext(fs, BC_SADDR, a, xr, i, slots);
                emit_ext(fs, BC_DUPAGG, v, a, 0, (uint64_t)et->nslots);
            } else if (arr) {
                emit_ext(fs, BC_AINDEX, v, xr, i, (uint64_t)(uint32_t)at_->len | (1ULL << 32));
            } else {
                emit_abc(fs, BC_SINDEX, v, xr, i);
            }
            range_assign(fs, s, s->value, s->value_sym, v, vt);
            fs->top = fs->nactive;
        }
        emit_block(fs, &s->body->list);
        plist_patch(fs, &loop.conts, fs->ncode);
        int at = emit_abc(fs, BC_INCLT, i, n, 0);
        emit_patch(fs, at, body);
        emit_patch_here(fs, skip);
    } else if (xt->kind == KIND_STRING) {
        int n = emit_declare_hidden(fs);
        int next = emit_declare_hidden(fs);
        emit_abc(fs, BC_LENS, n, xr, 0);
        emit_ax(fs, BC_LOADI, next, 0);
        fs->top = fs->nactive;
        int skip = emit_abc(fs, BC_JLE, n, next, 0);
        int body = fs->ncode;
        int i = reg_alloc(fs, 1);
        int r = reg_alloc(fs, 1);
        emit_abc(fs, BC_MOVE, i, next, 0);
        emit_abc(fs, BC_STRNEXT, r, xr, next);
        range_assign(fs, s, s->key, s->key_sym, i, kt);
        range_assign(fs, s, s->value, s->value_sym, r, vt);
        fs->top = fs->nactive;
        emit_block(fs, &s->body->list);
        plist_patch(fs, &loop.conts, fs->ncode);
        int at = emit_abc(fs, BC_JLT, next, n, 0);
        emit_patch(fs, at, body);
        emit_patch_here(fs, skip);
    } else if (xt->kind == KIND_MAP) {
        int it = emit_declare_hidden(fs);
        int kv = emit_declare_hidden(fs);
        emit_declare_hidden(fs);
        emit_abc(fs, BC_MAPITER, it, xr, 0);
        fs->top = fs->nactive;
        int top = fs->ncode;
        int jend = emit_ext(fs, BC_MAPNEXT, it, kv, 0, (uint64_t)(uintptr_t)xt);
        range_assign(fs, s, s->key, s->key_sym, kv, kt);
        range_assign(fs, s, s->value, s->value_sym, kv + 1, vt);
        fs->top = fs->nactive;
        emit_block(fs, &s->body->list);
        plist_patch(fs, &loop.conts, fs->ncode);
        emit_patch(fs, emit_jump(fs), top);
        emit_patch_here(fs, jend);
    } else if (xt->kind == KIND_FUNC) {
        emit_range_func(fs, s, xr);
    } else if (xt->kind == KIND_CHAN) {
        int v = emit_declare_hidden(fs);
        emit_declare_hidden(fs);
        fs->top = fs->nactive;
        int top = fs->ncode;
        emit_range_chan(fs, v, xr, xt, s->x);
        int jend = emit_ax(fs, BC_JF, v + 1, 0);
        range_assign(fs, s, s->key, s->key_sym, v, xt->underlying->elem);
        fs->top = fs->nactive;
        emit_block(fs, &s->body->list);
        plist_patch(fs, &loop.conts, fs->ncode);
        emit_patch(fs, emit_jump(fs), top);
        emit_patch_here(fs, jend);
    } else {
        emit_error(fs, "range over %s is not yet supported", type_to_string(xt));
    }
    plist_patch(fs, &loop.breaks, fs->ncode);
    fs->loops = loop.outer;
    fs->nactive = saved_active;
    fs->top = saved_active;
}

/* Emits an equality test of the tag register against a case expression,
 * jumping to the clause body when equal. */
static void emit_case_test(FnState *fs, Type *tagt, int tag, Expr *e, PList *to_body)
{
    int save = fs->top;
    int r;
    if (type_is_interface(tagt) && !type_is_interface(e->type)) {
        int v = emit_expr_any(fs, e);
        r = reg_alloc(fs, 1);
        emit_ext(fs, BC_BOX, r, v, 0, (uint64_t)(uintptr_t)e->type);
    } else if (type_is_interface(e->type) && !type_is_interface(tagt)) {
        /* A concrete tag compared with an interface case: box the tag. */
        r = emit_expr_any(fs, e);
        int b = reg_alloc(fs, 1);
        emit_ext(fs, BC_BOX, b, tag, 0, (uint64_t)(uintptr_t)tagt);
        tag = b;
    } else {
        r = emit_expr_any(fs, e);
    }
    int t = reg_alloc(fs, 1);
    emit_equal(fs, type_is_interface(tagt) ? tagt : e->type, t, tag, r, false);
    plist_add(to_body, emit_ax(fs, BC_JT, t, 0));
    fs->top = save;
}

/* Compiles an expression switch: the tests in order, then the bodies (fallthrough jumps to the next body). */
static void emit_switch(FnState *fs, Stmt *s)
{
    int saved_active = fs->nactive;
    if (s->init) emit_stmt(fs, s->init);
    int tag = -1;
    Type *tagt = NULL;
    if (s->x) {
        tagt = s->x->type;
        tag = emit_declare_hidden(fs);
        emit_expr_to(fs, s->x, tag);
        fs->top = fs->nactive;
    }
    Loop loop;
    memset(&loop, 0, sizeof loop);
    loop.stmt = s;
    loop.outer = fs->loops;
    loop.is_switch = true;
    fs->loops = &loop;
    int n = s->list.n;
    PList *to_body = GC_MALLOC(sizeof(PList) * (size_t)(n ? n : 1));
    int deflt = -1;
    for (int i = 0; i < n; i++) {
        Stmt *c = s->list.v[i];
        fs->line = c->pos.line;
        if (c->lhs.n == 0) {
            deflt = i;
            continue;
        }
        for (int j = 0; j < c->lhs.n; j++) {
            if (tag >= 0) emit_case_test(fs, tagt, tag, c->lhs.v[j], &to_body[i]);
            else emit_cond(fs, c->lhs.v[j], true, &to_body[i]);
        }
    }
    PList to_default = {0};
    plist_add(&to_default, emit_jump(fs));
    PList ends = {0};
    int prev_fall = -1;
    for (int i = 0; i < n; i++) {
        Stmt *c = s->list.v[i];
        plist_patch(fs, &to_body[i], fs->ncode);
        if (i == deflt) plist_patch(fs, &to_default, fs->ncode);
        if (prev_fall >= 0) {
            emit_patch_here(fs, prev_fall);
            prev_fall = -1;
        }
        emit_block(fs, &c->list);
        bool falls = c->list.n > 0 && c->list.v[c->list.n - 1]->kind == ST_BRANCH &&
                     c->list.v[c->list.n - 1]->branch == BR_FALLTHROUGH;
        if (falls) prev_fall = fs->fall_jump;
        else plist_add(&ends, emit_jump(fs));
    }
    if (prev_fall >= 0) emit_patch_here(fs, prev_fall);
    plist_patch(fs, &to_default, fs->ncode);
    plist_patch(fs, &ends, fs->ncode);
    plist_patch(fs, &loop.breaks, fs->ncode);
    fs->loops = loop.outer;
    fs->nactive = saved_active;
    fs->top = saved_active;
}

/* Compiles a type switch on the dynamic type of the guard's interface value. */
static void emit_typeswitch(FnState *fs, Stmt *s)
{
    int saved_active = fs->nactive;
    if (s->init) emit_stmt(fs, s->init);
    Stmt *g = s->assign;
    Expr *ta = g->kind == ST_EXPR ? g->x : g->rhs.v[0];
    Expr *x = ta->x;
    Type *xt = x->type;
    int v = emit_declare_hidden(fs);
    emit_expr_to(fs, x, v);
    int dt = emit_declare_hidden(fs);
    emit_abc(fs, BC_ITYPE, dt, v, 0);
    fs->top = fs->nactive;
    Loop loop;
    memset(&loop, 0, sizeof loop);
    loop.stmt = s;
    loop.outer = fs->loops;
    loop.is_switch = true;
    fs->loops = &loop;
    int n = s->list.n;
    PList *to_body = GC_MALLOC(sizeof(PList) * (size_t)(n ? n : 1));
    int deflt = -1;
    for (int i = 0; i < n; i++) {
        Stmt *c = s->list.v[i];
        fs->line = c->pos.line;
        if (c->lhs.n == 0) {
            deflt = i;
            continue;
        }
        for (int j = 0; j < c->lhs.n; j++) {
            Type *ct = c->case_types ? c->case_types[j] : c->lhs.v[j]->type;
            int save = fs->top;
            if (!ct || (c->lhs.v[j]->kind == EX_IDENT && c->lhs.v[j]->sym && c->lhs.v[j]->sym->kind == SYM_NIL)) {
                plist_add(&to_body[i], emit_abc(fs, BC_JEQI, dt, 0, 0));
            } else if (type_is_interface(ct)) {
                int t = reg_alloc(fs, 1);
                emit_ext(fs, BC_IMPLEMENTS, t, v, 0, (uint64_t)(uintptr_t)ct);
                plist_add(&to_body[i], emit_ax(fs, BC_JT, t, 0));
            } else {
                int t = reg_alloc(fs, 1);
                emit_ax(fs, BC_LOADK, t, emit_const(fs, (Value){.p = ct}));
                plist_add(&to_body[i], emit_abc(fs, BC_JEQ, dt, t, 0));
            }
            fs->top = save;
        }
    }
    PList to_default = {0};
    plist_add(&to_default, emit_jump(fs));
    PList ends = {0};
    for (int i = 0; i < n; i++) {
        Stmt *c = s->list.v[i];
        plist_patch(fs, &to_body[i], fs->ncode);
        if (i == deflt) plist_patch(fs, &to_default, fs->ncode);
        int save_active = fs->nactive;
        if (c->sym) {
            Symbol *sym = c->sym;
            int r = emit_declare(fs, sym);
            Type *ct = sym->type;
            if (type_is_interface(ct)) {
                emit_abc(fs, BC_MOVE, r, v, 0);
            } else {
                int kk = emit_const(fs, (Value){.p = xt});
                emit_ext(fs, BC_UNBOX, r, v, kk, (uint64_t)(uintptr_t)ct);
            }
            emit_bind_local(fs, sym);
            fs->top = fs->nactive;
        }
        emit_block(fs, &c->list);
        fs->nactive = save_active;
        fs->top = save_active;
        plist_add(&ends, emit_jump(fs));
    }
    plist_patch(fs, &to_default, fs->ncode);
    plist_patch(fs, &ends, fs->ncode);
    plist_patch(fs, &loop.breaks, fs->ncode);
    fs->loops = loop.outer;
    fs->nactive = saved_active;
    fs->top = saved_active;
}

/* Compiles an if statement with its init and else parts. */
static void emit_if(FnState *fs, Stmt *s)
{
    int saved_active = fs->nactive;
    if (s->init) emit_stmt(fs, s->init);
    PList f = {0};
    emit_cond(fs, s->cond, false, &f);
    fs->top = fs->nactive;
    emit_block(fs, &s->body->list);
    if (s->els) {
        int j = emit_jump(fs);
        plist_patch(fs, &f, fs->ncode);
        if (s->els->kind == ST_BLOCK) emit_block(fs, &s->els->list);
        else emit_stmt(fs, s->els);
        emit_patch_here(fs, j);
    } else {
        plist_patch(fs, &f, fs->ncode);
    }
    fs->nactive = saved_active;
    fs->top = saved_active;
}

/* Compiles break, continue, goto and fallthrough. */
static void emit_branch(FnState *fs, Stmt *s)
{
    switch (s->branch) {
    case BR_BREAK:
    case BR_CONTINUE:
        if (fs->range_stmt) {
            Loop *l = s->target ? find_loop(fs, s->target) : NULL;
            Loop *inner = fs->loops;
            if (s->branch == BR_CONTINUE)
                while (inner && inner->is_switch) inner = inner->outer;
            bool ours = s->target ? (!l && (s->target == fs->range_stmt ||
                                            (s->target->kind == ST_LABELED && s->target->body == fs->range_stmt)))
                                  : !inner;
            if (ours) {
                int t = reg_alloc(fs, 1);
                emit_ax(fs, BC_LOADI, t, s->branch == BR_CONTINUE);
                emit_abc(fs, BC_RET1, t, 0, 0);
                return;
            }
            if (!l && s->target) {
                emit_error(fs, "break or continue out of a range-over-func loop body is not yet supported");
                return;
            }
        }
        if (s->branch == BR_CONTINUE) goto do_continue;
        {
        Loop *l = s->target ? find_loop(fs, s->target) : NULL;
        if (!l) {
            for (l = fs->loops; l && l->is_select; l = l->outer) {}
        }
        if (!l) {
            emit_error(fs, "break is not in a loop, switch, or select");
            return;
        }
        plist_add(&l->breaks, emit_jump(fs));
        return;
    }
    do_continue: {
        Loop *l = s->target ? find_loop(fs, s->target) : NULL;
        if (!l || l->is_switch) {
            for (l = fs->loops; l && l->is_switch; l = l->outer) {}
        }
        if (!l) {
            emit_error(fs, "continue is not in a loop");
            return;
        }
        plist_add(&l->conts, emit_jump(fs));
        return;
    }
    case BR_GOTO: {
        Label *lb = find_label(fs, s->label);
        int j = emit_jump(fs);
        if (lb->pc >= 0) emit_patch(fs, j, lb->pc);
        else plist_add(&lb->pending, j);
        return;
    }
    case BR_FALLTHROUGH: fs->fall_jump = emit_jump(fs); return;
    }
}

void emit_builtin_thunk(FnState *fs, Expr *call, int op)
{
    int n = call->list.n;
    FuncInfo *fi = GC_MALLOC(sizeof(FuncInfo));
    char *name = GC_MALLOC_ATOMIC(256);
    snprintf(name, 256, "%s.%swrap%d", fs->info->name ? fs->info->name : "main", op == BC_GO ? "go" : "defer",
             ++fs->em->nranges);
    fi->name = name;
    fi->pkg = fs->info->pkg;
    fi->outer = fs->info;
    Expr *copy = GC_MALLOC(sizeof(Expr));
    *copy = *call;
    memset(&copy->list, 0, sizeof copy->list);
    for (int i = 0; i < n; i++) {
        Expr *a = call->list.v[i];
        if (a->mode == MODE_TYPE) {
            LIST_PUSH(copy->list, a);
            continue;
        }
        Symbol *p = GC_MALLOC(sizeof(Symbol));
        p->kind = SYM_VAR;
        p->name = "_";
        p->type = a->type;
        p->owner = fi;
        p->param = true;
        LIST_PUSH(fi->params, p);
        Expr *id = GC_MALLOC(sizeof(Expr));
        id->kind = EX_IDENT;
        id->name = "_";
        id->sym = p;
        id->type = a->type;
        id->mode = MODE_VAR;
        id->pos = a->pos;
        LIST_PUSH(copy->list, id);
    }
    Stmt *st = GC_MALLOC(sizeof(Stmt));
    st->kind = ST_EXPR;
    st->pos = call->pos;
    st->x = copy;
    Stmt *body = GC_MALLOC(sizeof(Stmt));
    body->kind = ST_BLOCK;
    body->pos = call->pos;
    LIST_PUSH(body->list, st);
    Proto *p = proto_new(fs->em, fi, fs->src, call->pos.line, true);
    compile_body(fs->em, NULL, fi, body, NULL, p, fs->src, NULL);
    int base = reg_alloc(fs, 1);
    emit_ax(fs, BC_LOADK, base, emit_const(fs, (Value){.p = p->self}));
    int nargs = 0;
    for (int i = 0; i < n; i++) {
        Expr *a = call->list.v[i];
        if (a->mode == MODE_TYPE) continue;
        int r = reg_alloc(fs, 1);
        emit_expr_conv_to(fs, a, NULL, r);
        fs->top = r + 1;
        nargs++;
    }
    emit_abc(fs, op, base, nargs, 0);
    fs->top = fs->nactive;
}

/* Emits a defer statement: the function value and arguments now. */
static void emit_defer(FnState *fs, Stmt *s)
{
    Expr *call = s->x;
    while (call->kind == EX_PAREN) call = call->x;
    if (call->kind != EX_CALL) {
        emit_error(fs, "expression in defer must be function call");
        return;
    }
    if (call->callkind == CALL_BUILTIN || call->callkind == CALL_CONV) {
        /* Wrap: defer of a builtin runs through a small closure made of the
         * evaluated arguments. Only recover/panic/print-like builtins with
         * simple arguments are common; compile them as a literal call. */
        Builtin b = call->x->sym ? call->x->sym->builtin : BI_NONE;
        if (b == BI_RECOVER) {
            /* defer recover(): calls recover directly (does not stop a panic
             * in Go either, since it is not called by a deferred function). */
            return;
        }
        if (call->callkind == CALL_BUILTIN) {
            emit_builtin_thunk(fs, call, BC_DEFER);
            return;
        }
        emit_error(fs, "defer requires a function call, not a conversion");
        return;
    }
    int base = fs->top;
    int nargs = emit_call_setup(fs, call, true);
    emit_abc(fs, BC_DEFER, base, nargs, 0);
    fs->top = fs->nactive;
}

void emit_stmt(FnState *fs, Stmt *s)
{
    if (!s) return;
    fs->line = s->pos.line;
    fs->col = s->pos.col;
    switch (s->kind) {
    case ST_BAD:
    case ST_EMPTY: break;
    case ST_BLOCK: emit_block(fs, &s->list); break;
    case ST_EXPR: {
        Expr *e = s->x;
        if (shown(fs, s)) {
            emit_show(fs, e);
            break;
        }
        while (e->kind == EX_PAREN) e = e->x;
        if (e->kind == EX_CALL) emit_call(fs, e, -1);
        else if (e->kind == EX_UNARY && e->op == OP_ARROW) {
            int save = fs->top;
            emit_recv(fs, e, 1);
            fs->top = save;
        }
        else emit_expr_any(fs, e);
        break;
    }
    case ST_SEND: emit_send(fs, s); break;
    case ST_GO: emit_go(fs, s); break;
    case ST_SELECT: emit_select(fs, s); break;
    case ST_INCDEC: emit_incdec(fs, s); break;
    case ST_ASSIGN: emit_assign(fs, s); break;
    case ST_DEFER: emit_defer(fs, s); break;
    case ST_RETURN: emit_return(fs, s); break;
    case ST_BRANCH: emit_branch(fs, s); break;
    case ST_IF: emit_if(fs, s); break;
    case ST_SWITCH: emit_switch(fs, s); break;
    case ST_TYPESWITCH: emit_typeswitch(fs, s); break;
    case ST_FOR: emit_for(fs, s, NULL); break;
    case ST_RANGE: emit_range(fs, s); break;
    case ST_LABELED: {
        Label *lb = find_label(fs, s->label);
        lb->pc = fs->ncode;
        plist_patch(fs, &lb->pending, fs->ncode);
        emit_stmt(fs, s->body);
        break;
    }
    case ST_DECL: emit_local_decl(fs, s->decl); break;
    case ST_CASE:
    case ST_COMM: break;
    }
    fs->top = fs->nactive;
}
