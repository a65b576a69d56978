/*
 * AST utilities: node constructors, operator spellings, an S-expression dump
 * and deep copies of syntax.
 *
 * Invariants:
 * - Constructors return zeroed nodes carved from the front-end arena
 *   (ast_alloc); Expr.variadic_from starts at -1.
 * - The arena hands out consecutive pieces of large GC_MALLOC chunks, so
 *   its nodes are scanned like any GC object and a chunk lives while any
 *   node in it is reachable (Boehm recognises interior pointers); nothing
 *   in it is freed explicitly.
 * - The dump prints only syntax fields, one line per top-level item, in a
 *   stable format the parser tests compare against.
 * - Clones copy syntax fields recursively and leave every "checker:" field
 *   zero (variadic_from -1), so a clone can be checked afresh.
 */
#include "parser/ast.h"

#include <gc/gc_mark.h>
#include <stdio.h>

/* The size of one arena chunk: small enough that the last, partly used
 * chunk wastes little, large enough that taking one from the collector is
 * rare (a GC_MALLOC of a small object costs a few hundred instructions when
 * the collector must carve a fresh block for its size class). */
#define AST_ARENA_CHUNK (64 * 1024)

/* The free part of the current arena chunk: [ast_arena_next, ast_arena_end). */
static char *ast_arena_next, *ast_arena_end;

/* The collector's object kind for arena chunks: scanned conservatively like
 * GC_MALLOC memory but not cleared by the collector (a byte-wise clear of a
 * whole chunk up front costs more than clearing each piece as it is handed
 * out); 0 until the first chunk. */
static unsigned ast_arena_kind;

void *ast_alloc(size_t n) {
    n = (n + 15) & ~(size_t)15;
    if ((size_t)(ast_arena_end - ast_arena_next) < n) {
        if (n > AST_ARENA_CHUNK / 8) return GC_MALLOC(n);
        if (!ast_arena_kind) ast_arena_kind = GC_new_kind(GC_new_free_list(), GC_DS_LENGTH, 1, 0);
        ast_arena_next = GC_generic_malloc(AST_ARENA_CHUNK, (int)ast_arena_kind);
        ast_arena_end = ast_arena_next + AST_ARENA_CHUNK;
    }
    void *p = ast_arena_next;
    ast_arena_next += n;
    return memset(p, 0, n);
}

Expr *ast_expr(ExprKind kind, Pos pos) {
    Expr *e = ast_alloc(sizeof *e);
    e->kind = kind;
    e->pos = pos;
    e->variadic_from = -1;
    return e;
}

Stmt *ast_stmt(StmtKind kind, Pos pos) {
    Stmt *s = ast_alloc(sizeof *s);
    s->kind = kind;
    s->pos = pos;
    return s;
}

Decl *ast_decl(DeclKind kind, Pos pos) {
    Decl *d = ast_alloc(sizeof *d);
    d->kind = kind;
    d->pos = pos;
    return d;
}

Spec *ast_spec(Pos pos) {
    Spec *s = ast_alloc(sizeof *s);
    s->pos = pos;
    return s;
}

AstField *ast_field(Pos pos) {
    AstField *f = ast_alloc(sizeof *f);
    f->pos = pos;
    return f;
}

const char *op_string(Op op) {
    switch (op) {
    case OP_NONE: return "";
    case OP_ADD: return "+";
    case OP_SUB: return "-";
    case OP_MUL: return "*";
    case OP_QUO: return "/";
    case OP_REM: return "%";
    case OP_AND: return "&";
    case OP_OR: return "|";
    case OP_XOR: return "^";
    case OP_SHL: return "<<";
    case OP_SHR: return ">>";
    case OP_AND_NOT: return "&^";
    case OP_LAND: return "&&";
    case OP_LOR: return "||";
    case OP_EQL: return "==";
    case OP_NEQ: return "!=";
    case OP_LSS: return "<";
    case OP_LEQ: return "<=";
    case OP_GTR: return ">";
    case OP_GEQ: return ">=";
    case OP_NOT: return "!";
    case OP_ARROW: return "<-";
    case OP_ADDR: return "&";
    case OP_TILDE: return "~";
    }
    return "?";
}

/* ---- dump ---- */

static void dump_expr(FILE *o, const Expr *e);
static void dump_stmt(FILE *o, const Stmt *s);

/* Prints an expression list separated by spaces (with a leading space). */
static void dump_list(FILE *o, const ExprList *l) {
    for (int i = 0; i < l->n; i++) {
        fputc(' ', o);
        dump_expr(o, l->v[i]);
    }
}

/* Prints a field list as (name... type [tag]) groups. */
static void dump_fields(FILE *o, const char *head, const FieldList *l) {
    fprintf(o, "(%s", head);
    for (int i = 0; i < l->n; i++) {
        const AstField *f = l->v[i];
        fputs(" (", o);
        for (int j = 0; j < f->names.n; j++) fprintf(o, "%s ", f->names.v[j]->name);
        if (f->embedded) fputs("embed ", o);
        dump_expr(o, f->type);
        if (f->tag) fprintf(o, " tag=\"%s\"", f->tag);
        fputc(')', o);
    }
    fputc(')', o);
}

/* Prints decoded string bytes with Go-like escapes. */
static void dump_str(FILE *o, const char *s, int64_t n) {
    fputc('"', o);
    for (int64_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') fprintf(o, "\\%c", c);
        else if (c == '\n') fputs("\\n", o);
        else if (c < 0x20 || c == 0x7F) fprintf(o, "\\x%02x", c);
        else fputc(c, o);
    }
    fputc('"', o);
}

static void dump_expr(FILE *o, const Expr *e) {
    if (!e) {
        fputc('_', o);
        return;
    }
    switch (e->kind) {
    case EX_BAD: fputs("(bad)", o); break;
    case EX_IDENT: fputs(e->name, o); break;
    case EX_BASICLIT:
        if (e->lit == LIT_STRING) dump_str(o, e->str, e->strlen);
        else if (e->lit == LIT_CHAR) fprintf(o, "(rune %d)", e->rune);
        else fputs(e->raw, o);
        break;
    case EX_COMPOSITE:
        fputs("(lit ", o);
        dump_expr(o, e->x);
        dump_list(o, &e->list);
        fputc(')', o);
        break;
    case EX_FUNCLIT:
        fputs("(funclit ", o);
        dump_expr(o, e->x);
        fputc(' ', o);
        dump_stmt(o, e->body);
        fputc(')', o);
        break;
    case EX_PAREN: fputs("(paren ", o); dump_expr(o, e->x); fputc(')', o); break;
    case EX_SELECTOR: fputs("(sel ", o); dump_expr(o, e->x); fprintf(o, " %s)", e->name); break;
    case EX_INDEX: fputs("(index ", o); dump_expr(o, e->x); dump_list(o, &e->list); fputc(')', o); break;
    case EX_SLICE:
        fputs(e->slice3 ? "(slice3 " : "(slice ", o);
        dump_expr(o, e->x);
        fputc(' ', o);
        dump_expr(o, e->y);
        fputc(' ', o);
        dump_expr(o, e->z);
        if (e->slice3) {
            fputc(' ', o);
            dump_expr(o, e->w);
        }
        fputc(')', o);
        break;
    case EX_TYPEASSERT:
        fputs("(assert ", o);
        dump_expr(o, e->x);
        fputc(' ', o);
        if (e->y) dump_expr(o, e->y);
        else fputs("type", o);
        fputc(')', o);
        break;
    case EX_CALL:
        fputs("(call ", o);
        dump_expr(o, e->x);
        dump_list(o, &e->list);
        if (e->ellipsis) fputs(" ...", o);
        fputc(')', o);
        break;
    case EX_STAR: fputs("(* ", o); dump_expr(o, e->x); fputc(')', o); break;
    case EX_UNARY: fprintf(o, "(%s ", op_string(e->op)); dump_expr(o, e->x); fputc(')', o); break;
    case EX_BINARY:
        fprintf(o, "(%s ", op_string(e->op));
        dump_expr(o, e->x);
        fputc(' ', o);
        dump_expr(o, e->y);
        fputc(')', o);
        break;
    case EX_KEYVALUE:
        fputs("(kv ", o);
        dump_expr(o, e->x);
        fputc(' ', o);
        dump_expr(o, e->y);
        fputc(')', o);
        break;
    case EX_ARRAYTYPE:
        fputs("([", o);
        if (e->y && e->y->kind == EX_ELLIPSIS) fputs("...", o);
        else if (e->y) dump_expr(o, e->y);
        fputs("] ", o);
        dump_expr(o, e->x);
        fputc(')', o);
        break;
    case EX_STRUCTTYPE: dump_fields(o, "struct", &e->fields); break;
    case EX_FUNCTYPE:
        fputs("(func ", o);
        if (e->tparams.n) {
            dump_fields(o, "tparams", &e->tparams);
            fputc(' ', o);
        }
        dump_fields(o, "params", &e->params);
        fputc(' ', o);
        dump_fields(o, "results", &e->results);
        fputc(')', o);
        break;
    case EX_INTERFACETYPE: dump_fields(o, "interface", &e->fields); break;
    case EX_MAPTYPE:
        fputs("(map ", o);
        dump_expr(o, e->y);
        fputc(' ', o);
        dump_expr(o, e->x);
        fputc(')', o);
        break;
    case EX_CHANTYPE:
        fputs(e->dir == CHAN_SEND ? "(chan<- " : e->dir == CHAN_RECV ? "(<-chan " : "(chan ", o);
        dump_expr(o, e->x);
        fputc(')', o);
        break;
    case EX_ELLIPSIS: fputs("(... ", o); dump_expr(o, e->x); fputc(')', o); break;
    case EX_CONVERT: fputs("(convert ", o); dump_expr(o, e->x); fputc(')', o); break;
    }
}

/* Prints a statement list with a leading space per statement. */
static void dump_stmts(FILE *o, const StmtList *l) {
    for (int i = 0; i < l->n; i++) {
        fputc(' ', o);
        dump_stmt(o, l->v[i]);
    }
}

static void dump_decl(FILE *o, const Decl *d);

static void dump_stmt(FILE *o, const Stmt *s) {
    static const char *const br[] = {"break", "continue", "goto", "fallthrough"};
    if (!s) {
        fputc('_', o);
        return;
    }
    switch (s->kind) {
    case ST_BAD: fputs("(bad)", o); break;
    case ST_EMPTY: fputs("(empty)", o); break;
    case ST_BLOCK: fputs("(block", o); dump_stmts(o, &s->list); fputc(')', o); break;
    case ST_EXPR: dump_expr(o, s->x); break;
    case ST_SEND:
        fputs("(send ", o);
        dump_expr(o, s->x);
        fputc(' ', o);
        dump_expr(o, s->y);
        fputc(')', o);
        break;
    case ST_INCDEC: fputs(s->op == OP_ADD ? "(++ " : "(-- ", o); dump_expr(o, s->x); fputc(')', o); break;
    case ST_ASSIGN:
        fprintf(o, "(%s", s->define ? ":=" : s->op ? op_string(s->op) : "=");
        if (s->op) fputc('=', o);
        fputs(" (", o);
        for (int i = 0; i < s->lhs.n; i++) {
            if (i) fputc(' ', o);
            dump_expr(o, s->lhs.v[i]);
        }
        fputs(") (", o);
        for (int i = 0; i < s->rhs.n; i++) {
            if (i) fputc(' ', o);
            dump_expr(o, s->rhs.v[i]);
        }
        fputs("))", o);
        break;
    case ST_GO: fputs("(go ", o); dump_expr(o, s->x); fputc(')', o); break;
    case ST_DEFER: fputs("(defer ", o); dump_expr(o, s->x); fputc(')', o); break;
    case ST_RETURN: fputs("(return", o); dump_list(o, &s->rhs); fputc(')', o); break;
    case ST_BRANCH:
        fprintf(o, "(%s", br[s->branch]);
        if (s->label) fprintf(o, " %s", s->label);
        fputc(')', o);
        break;
    case ST_IF:
        fputs("(if ", o);
        dump_stmt(o, s->init);
        fputc(' ', o);
        dump_expr(o, s->cond);
        fputc(' ', o);
        dump_stmt(o, s->body);
        if (s->els) {
            fputc(' ', o);
            dump_stmt(o, s->els);
        }
        fputc(')', o);
        break;
    case ST_SWITCH:
    case ST_TYPESWITCH:
        fputs(s->kind == ST_SWITCH ? "(switch " : "(typeswitch ", o);
        dump_stmt(o, s->init);
        fputc(' ', o);
        if (s->kind == ST_SWITCH) dump_expr(o, s->x);
        else dump_stmt(o, s->assign);
        dump_stmts(o, &s->list);
        fputc(')', o);
        break;
    case ST_SELECT: fputs("(select", o); dump_stmts(o, &s->list); fputc(')', o); break;
    case ST_FOR:
        fputs("(for ", o);
        dump_stmt(o, s->init);
        fputc(' ', o);
        dump_expr(o, s->cond);
        fputc(' ', o);
        dump_stmt(o, s->post);
        fputc(' ', o);
        dump_stmt(o, s->body);
        fputc(')', o);
        break;
    case ST_RANGE:
        fprintf(o, "(range%s ", s->define ? ":=" : s->key ? "=" : "");
        dump_expr(o, s->key);
        fputc(' ', o);
        dump_expr(o, s->value);
        fputc(' ', o);
        dump_expr(o, s->x);
        fputc(' ', o);
        dump_stmt(o, s->body);
        fputc(')', o);
        break;
    case ST_LABELED: fprintf(o, "(label %s ", s->label); dump_stmt(o, s->body); fputc(')', o); break;
    case ST_DECL: dump_decl(o, s->decl); break;
    case ST_CASE:
        fputs(s->lhs.n ? "(case" : "(default", o);
        dump_list(o, &s->lhs);
        fputs(" :", o);
        dump_stmts(o, &s->list);
        fputc(')', o);
        break;
    case ST_COMM:
        fputs(s->comm ? "(case " : "(default", o);
        if (s->comm) dump_stmt(o, s->comm);
        fputs(" :", o);
        dump_stmts(o, &s->list);
        fputc(')', o);
        break;
    }
}

static void dump_decl(FILE *o, const Decl *d) {
    static const char *const kinds[] = {"import", "var", "const", "type", "func", "stmt"};
    if (d->kind == DECL_STMT) {
        dump_stmt(o, d->stmt);
        return;
    }
    if (d->kind == DECL_FUNC) {
        fputs("(funcdecl ", o);
        if (d->recv) {
            FieldList r = {0};
            LIST_PUSH(r, d->recv);
            dump_fields(o, "recv", &r);
            fputc(' ', o);
        }
        fprintf(o, "%s ", d->name ? d->name->name : "_");
        dump_expr(o, d->ftype);
        fputc(' ', o);
        dump_stmt(o, d->body);
        fputc(')', o);
        return;
    }
    fprintf(o, "(%s", kinds[d->kind]);
    for (int i = 0; i < d->nspecs; i++) {
        const Spec *s = d->specs[i];
        fputs(" (", o);
        for (int j = 0; j < s->names.n; j++) fprintf(o, "%s%s", j ? " " : "", s->names.v[j]->name);
        if (d->kind == DECL_IMPORT) {
            fprintf(o, "%s\"%s\"", s->names.n ? " " : "", s->path ? s->path : "");
        } else {
            if (s->tparams.n) {
                fputc(' ', o);
                dump_fields(o, "tparams", &s->tparams);
            }
            if (s->alias) fputs(" =", o);
            if (s->type) {
                fputc(' ', o);
                dump_expr(o, s->type);
            }
            if (s->values.n) {
                fputs(" =", o);
                dump_list(o, &s->values);
            }
            if (d->kind == DECL_CONST) fprintf(o, " iota=%d", s->iota);
        }
        fputc(')', o);
    }
    fputc(')', o);
}

void ast_dump(FILE *out, const File *f) {
    if (f->package) fprintf(out, "(package %s)\n", f->package);
    for (int i = 0; i < f->imports.n; i++) {
        dump_decl(out, f->imports.v[i]);
        fputc('\n', out);
    }
    for (int i = 0; i < f->decls.n; i++) {
        dump_decl(out, f->decls.v[i]);
        fputc('\n', out);
    }
}

void ast_dump_expr(FILE *out, const Expr *e) { dump_expr(out, e); }

void ast_dump_stmt(FILE *out, const Stmt *s) { dump_stmt(out, s); }

/* ---- clone ---- */

/* Copies an expression list. */
static ExprList clone_list(const ExprList *l) {
    ExprList r = {0};
    for (int i = 0; i < l->n; i++) LIST_PUSH(r, ast_clone_expr(l->v[i]));
    return r;
}

/* Copies a field list. */
static FieldList clone_fields(const FieldList *l) {
    FieldList r = {0};
    for (int i = 0; i < l->n; i++) {
        const AstField *f = l->v[i];
        AstField *g = ast_field(f->pos);
        g->names = clone_list(&f->names);
        g->type = ast_clone_expr(f->type);
        g->tag = f->tag;
        g->embedded = f->embedded;
        LIST_PUSH(r, g);
    }
    return r;
}

/* Copies a statement list. */
static StmtList clone_stmts(const StmtList *l) {
    StmtList r = {0};
    for (int i = 0; i < l->n; i++) LIST_PUSH(r, ast_clone_stmt(l->v[i]));
    return r;
}

Expr *ast_clone_expr(const Expr *e) {
    if (!e) return NULL;
    Expr *c = ast_expr(e->kind, e->pos);
    c->x = ast_clone_expr(e->x);
    c->y = ast_clone_expr(e->y);
    c->z = ast_clone_expr(e->z);
    c->w = ast_clone_expr(e->w);
    c->list = clone_list(&e->list);
    c->name = e->name;
    c->namepos = e->namepos;
    c->op = e->op;
    c->lit = e->lit;
    c->raw = e->raw;
    c->str = e->str;
    c->strlen = e->strlen;
    c->rune = e->rune;
    c->ellipsis = e->ellipsis;
    c->slice3 = e->slice3;
    c->dir = e->dir;
    c->fields = clone_fields(&e->fields);
    c->tparams = clone_fields(&e->tparams);
    c->params = clone_fields(&e->params);
    c->results = clone_fields(&e->results);
    c->body = ast_clone_stmt(e->body);
    /* An implicit conversion inserted by the checker is not syntax. */
    if (e->kind == EX_CONVERT) return c->x;
    return c;
}

/* Copies a spec's syntax fields. */
static Spec *clone_spec(const Spec *s) {
    Spec *c = ast_spec(s->pos);
    c->names = clone_list(&s->names);
    c->type = ast_clone_expr(s->type);
    c->values = clone_list(&s->values);
    c->tparams = clone_fields(&s->tparams);
    c->alias = s->alias;
    c->path = s->path;
    c->iota = s->iota;
    return c;
}

Stmt *ast_clone_stmt(const Stmt *s) {
    if (!s) return NULL;
    Stmt *c = ast_stmt(s->kind, s->pos);
    c->x = ast_clone_expr(s->x);
    c->y = ast_clone_expr(s->y);
    c->cond = ast_clone_expr(s->cond);
    c->key = ast_clone_expr(s->key);
    c->value = ast_clone_expr(s->value);
    c->lhs = clone_list(&s->lhs);
    c->rhs = clone_list(&s->rhs);
    c->op = s->op;
    c->define = s->define;
    c->lazy = s->lazy;
    c->init = ast_clone_stmt(s->init);
    c->post = ast_clone_stmt(s->post);
    c->body = ast_clone_stmt(s->body);
    c->els = ast_clone_stmt(s->els);
    c->assign = ast_clone_stmt(s->assign);
    c->comm = ast_clone_stmt(s->comm);
    c->list = clone_stmts(&s->list);
    c->branch = s->branch;
    c->label = s->label;
    c->decl = ast_clone_decl(s->decl);
    return c;
}

Decl *ast_clone_decl(const Decl *d) {
    if (!d) return NULL;
    Decl *c = ast_decl(d->kind, d->pos);
    c->nspecs = d->nspecs;
    if (d->nspecs) {
        c->specs = GC_MALLOC(sizeof(Spec *) * d->nspecs);
        for (int i = 0; i < d->nspecs; i++) c->specs[i] = clone_spec(d->specs[i]);
    }
    if (d->recv) {
        FieldList r = {0};
        LIST_PUSH(r, d->recv);
        FieldList rc = clone_fields(&r);
        c->recv = rc.v[0];
    }
    c->name = ast_clone_expr(d->name);
    c->ftype = ast_clone_expr(d->ftype);
    c->body = ast_clone_stmt(d->body);
    c->stmt = ast_clone_stmt(d->stmt);
    return c;
}

/* ---- Go-syntax printing ---- */

/* A growable string for the printer. */
typedef struct StrBuf {
    char *p;
    size_t n, cap;
} StrBuf;

/* Appends a C string. */
static void sb_puts(StrBuf *b, const char *s) {
    size_t n = strlen(s);
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->n + n + 1) cap *= 2;
        char *np = GC_MALLOC_ATOMIC(cap);
        if (b->n) memcpy(np, b->p, b->n);
        b->p = np;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n + 1);
    b->n += n;
}

static void print_expr(StrBuf *b, const Expr *e);

/* Prints a comma-separated expression list. */
static void print_list(StrBuf *b, const ExprList *l) {
    for (int i = 0; i < l->n; i++) {
        if (i) sb_puts(b, ", ");
        print_expr(b, l->v[i]);
    }
}

/* Prints a parameter/field list, comma- or semicolon-separated. */
static void print_fields(StrBuf *b, const FieldList *l, const char *sep) {
    for (int i = 0; i < l->n; i++) {
        const AstField *f = l->v[i];
        if (i) sb_puts(b, sep);
        for (int j = 0; j < f->names.n; j++) {
            if (j) sb_puts(b, ", ");
            sb_puts(b, f->names.v[j]->name);
        }
        if (f->names.n) sb_puts(b, " ");
        print_expr(b, f->type);
    }
}

/* Prints a signature (without the func keyword). */
static void print_sig(StrBuf *b, const Expr *e) {
    sb_puts(b, "(");
    print_fields(b, &e->params, ", ");
    sb_puts(b, ")");
    if (e->results.n == 1 && e->results.v[0]->names.n == 0) {
        sb_puts(b, " ");
        print_expr(b, e->results.v[0]->type);
    } else if (e->results.n) {
        sb_puts(b, " (");
        print_fields(b, &e->results, ", ");
        sb_puts(b, ")");
    }
}

static void print_expr(StrBuf *b, const Expr *e) {
    if (!e) return;
    switch (e->kind) {
    case EX_BAD: sb_puts(b, "_"); break;
    case EX_IDENT: sb_puts(b, e->name); break;
    case EX_BASICLIT: sb_puts(b, e->raw ? e->raw : ""); break;
    case EX_COMPOSITE:
        print_expr(b, e->x);
        sb_puts(b, "{");
        if (e->list.n) sb_puts(b, "…");
        sb_puts(b, "}");
        break;
    case EX_FUNCLIT:
        sb_puts(b, "func");
        print_sig(b, e->x);
        sb_puts(b, " {…}");
        break;
    case EX_PAREN: sb_puts(b, "("); print_expr(b, e->x); sb_puts(b, ")"); break;
    case EX_SELECTOR: print_expr(b, e->x); sb_puts(b, "."); sb_puts(b, e->name); break;
    case EX_INDEX: print_expr(b, e->x); sb_puts(b, "["); print_list(b, &e->list); sb_puts(b, "]"); break;
    case EX_SLICE:
        print_expr(b, e->x);
        sb_puts(b, "[");
        print_expr(b, e->y);
        sb_puts(b, ":");
        print_expr(b, e->z);
        if (e->slice3) {
            sb_puts(b, ":");
            print_expr(b, e->w);
        }
        sb_puts(b, "]");
        break;
    case EX_TYPEASSERT:
        print_expr(b, e->x);
        sb_puts(b, ".(");
        if (e->y) print_expr(b, e->y);
        else sb_puts(b, "type");
        sb_puts(b, ")");
        break;
    case EX_CALL:
        print_expr(b, e->x);
        sb_puts(b, "(");
        print_list(b, &e->list);
        if (e->ellipsis) sb_puts(b, "...");
        sb_puts(b, ")");
        break;
    case EX_STAR: sb_puts(b, "*"); print_expr(b, e->x); break;
    case EX_UNARY: sb_puts(b, op_string(e->op)); print_expr(b, e->x); break;
    case EX_BINARY:
        print_expr(b, e->x);
        sb_puts(b, " ");
        sb_puts(b, op_string(e->op));
        sb_puts(b, " ");
        print_expr(b, e->y);
        break;
    case EX_KEYVALUE: print_expr(b, e->x); sb_puts(b, ": "); print_expr(b, e->y); break;
    case EX_ARRAYTYPE:
        sb_puts(b, "[");
        if (e->y && e->y->kind == EX_ELLIPSIS) sb_puts(b, "...");
        else print_expr(b, e->y);
        sb_puts(b, "]");
        print_expr(b, e->x);
        break;
    case EX_STRUCTTYPE:
        sb_puts(b, "struct{");
        print_fields(b, &e->fields, "; ");
        sb_puts(b, "}");
        break;
    case EX_FUNCTYPE: sb_puts(b, "func"); print_sig(b, e); break;
    case EX_INTERFACETYPE:
        sb_puts(b, "interface{");
        for (int i = 0; i < e->fields.n; i++) {
            const AstField *f = e->fields.v[i];
            if (i) sb_puts(b, "; ");
            if (f->names.n) {
                sb_puts(b, f->names.v[0]->name);
                print_sig(b, f->type);
            } else {
                print_expr(b, f->type);
            }
        }
        sb_puts(b, "}");
        break;
    case EX_MAPTYPE: sb_puts(b, "map["); print_expr(b, e->y); sb_puts(b, "]"); print_expr(b, e->x); break;
    case EX_CHANTYPE:
        sb_puts(b, e->dir == CHAN_SEND ? "chan<- " : e->dir == CHAN_RECV ? "<-chan " : "chan ");
        print_expr(b, e->x);
        break;
    case EX_ELLIPSIS: sb_puts(b, "..."); print_expr(b, e->x); break;
    case EX_CONVERT: print_expr(b, e->x); break;
    }
}

const char *ast_expr_string(const Expr *e) {
    StrBuf b = {0};
    sb_puts(&b, "");
    print_expr(&b, e);
    return b.p;
}
