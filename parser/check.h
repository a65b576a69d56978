/*
 * The type checker: resolves names, computes types and constants, checks
 * Go's rules and annotates the AST for the compiler (see parser/ast.h,
 * "checker:" fields).
 *
 * The first part is the public API. The second part ("internals") is shared
 * only by parser/check*.c.
 */
#ifndef CSP_CHECK_H
#define CSP_CHECK_H

#include "parser/ast.h"

/* Checks the main package made of `files` and every standard package it
 * names; returns NULL if any error was reported (the messages are in diag). */
Program *check_program(File **files, int nfiles, Diag *diag);

/* What a REPL session (vm/repl.c) keeps between entries for the checker. */
typedef struct CheckSession {
    /* The universe, made on the first entry. */
    Scope *universe;
    /* The session's declarations (parent: the universe); each entry's
     * package scope is a child, so an entry's declarations shadow them. */
    Scope *scope;
    /* The standard packages loaded so far, reused so their types stay
     * identical from one entry to the next. */
    Package **pkgs;
    int npkgs;
    /* How many generic instances and methods of generic types the checker
     * had when the last committed entry was checked (check_generic_keep). */
    int ninsts, ngmethods;
} CheckSession;

/* Checks one REPL entry (plus any session declarations re-parsed with it,
 * as further files) as a main package whose scope's parent is s->scope.
 * Differences from check_program: variables declared at the top level of
 * the statements are package-level (session) variables; a top-level
 * expression statement may be any value (its type is made concrete for
 * display); methods may be declared on session types and redeclared; a
 * package clause is ignored. The session itself is not changed (the caller
 * commits what it wants); NULL if there were errors. */
Program *check_repl(CheckSession *s, File **files, int nfiles, Diag *diag);

/* Called when the entry of the last check_repl is committed: keeps the
 * generic instances that check made. check_repl first forgets those of the
 * entries' own generics made by checks since (their code was never
 * compiled), so a later entry makes them again (check_generic.c). */
void check_generic_keep(CheckSession *s);

/* ---- internals, shared by parser/check*.c ---- */

#include "parser/constant.h"

/* A lexical scope: a list of symbols and its parent. */
struct Scope {
    /* The enclosing scope (NULL for the universe). */
    Scope *parent;
    /* The symbols declared here, in declaration order. */
    Symbol **syms;
    int n, cap;
    /* The function whose body this scope belongs to (NULL at package level). */
    FuncInfo *func;
    /* The universe and standard packages' scopes, which only scope_add
     * changes: syms indexed by name (open addressing, icap a power of two
     * above twice n, the latest symbol of a name kept); NULL elsewhere. */
    Symbol **index;
    int icap;
};

/* The state of a package-level object's lazy resolution. */
typedef enum ObjState { OBJ_UNRESOLVED, OBJ_ACTIVE, OBJ_DONE } ObjState;

/* A package-level declaration, resolved on first use. */
typedef struct Obj {
    /* The symbol it declares. */
    Symbol *sym;
    /* The declaration and spec (spec NULL for functions), and the name's index
     * in the spec. */
    Decl *decl;
    Spec *spec;
    int index;
    /* Resolution state. */
    ObjState state;
    /* The file it was declared in. */
    const Source *src;
    /* Package-level vars and funcs this one's initializer or body refers to. */
    SymList deps;
    /* Lazy standard packages (Package.lazy): whether the program can reach
     * this object, whether its function body waits to be checked until it
     * is, and the objects of lazy packages that become reachable with it
     * (those its declaration names, and a type's methods). */
    bool live, body_waits;
    SymList refs;
    /* Lazy standard packages: whether the function's signature is known and
     * its body is checked once it is live (queued, or body_waits); for a
     * type, its methods, attached when it is resolved. */
    bool ready;
    DeclList methods;
} Obj;

/* The result of checking an expression. */
typedef struct Operand {
    /* What it denotes (MODE_INVALID after an error). */
    Mode mode;
    /* Its type (for MODE_TYPE, the denoted type). */
    Type *type;
    /* For MODE_CONST: the exact value. */
    Const *val;
    /* The expression. */
    Expr *expr;
    /* For MODE_BUILTIN: which. */
    Builtin builtin;
    /* For MODE_PKG: the package. */
    Package *pkg;
    /* For MODE_TYPE naming a generic type (type NULL until instantiated). */
    Symbol *generic;
} Operand;

/* A branch-target context for break/continue/fallthrough. */
typedef struct Target {
    /* The loop, switch or select statement. */
    Stmt *stmt;
    /* Its label, or NULL. */
    const char *label;
    /* Whether continue is allowed (loops). */
    bool loop;
    struct Target *outer;
} Target;

/* A label declared in a function body. */
typedef struct Label {
    const char *name;
    Stmt *stmt;
    bool used;
} Label;

/* The checker's state. */
typedef struct Checker {
    /* Where messages go. */
    Diag *diag;
    /* Every package loaded so far (dependencies first once complete). */
    Package **pkgs;
    int npkgs, cappkgs;
    /* The universe scope. */
    Scope *universe;
    /* The package and file being checked. */
    Package *pkg;
    const Source *src;
    /* The current scope and function (NULL at package level). */
    Scope *scope;
    FuncInfo *fn;
    /* The package-level object whose initializer or body is being checked
     * (dependencies are recorded on it). */
    Obj *cur_obj;
    /* The value of iota inside a constant declaration, or NULL. */
    Const *iota;
    /* Break/continue targets and labels of the current function. */
    Target *targets;
    Label *labels;
    int nlabels, caplabels;
    /* Recursion depth guard. */
    int depth;
    /* Symbol -> Obj table for package-level objects. */
    Obj **objs;
    int nobjs, capobjs;
    /* Counter for function-literal names, per enclosing named function. */
    int *lit_counter;
    /* The type parameters to declare in the next function body, or NULL. */
    FieldList *tparams;
    /* While checking a declaration written with the alias byte or rune: the
     * alias name, so messages spell the type as written. */
    const char *alias_name;
    Type *alias_type;
    /* Checking a REPL entry (see check_repl). */
    bool repl;
    /* Reachable functions of lazy packages whose bodies wait to be checked. */
    struct { Obj **v; int n, cap; } bodyq;
    /* Types of lazy packages resolved but whose methods are not attached
     * yet (that waits until no type declaration is being resolved), the
     * nesting of type declarations being resolved, and whether the waiting
     * types are being finished. */
    Obj **typeq;
    int ntypeq, captypeq, type_depth;
    bool finishing_types;
} Checker;

/* check.c */
void check_errorf(Checker *c, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
Scope *check_scope_new(Scope *parent, FuncInfo *fn);
Symbol *check_scope_lookup_local(Scope *s, const char *name);
Symbol *check_lookup(Checker *c, const char *name, Pos pos);
void check_declare(Checker *c, Scope *s, Symbol *sym);
Symbol *check_new_symbol(Checker *c, SymKind kind, const char *name, Pos pos, Type *type);
Obj *check_obj_of(Checker *c, Symbol *sym);
void check_resolve(Checker *c, Symbol *sym);
void check_record_dep(Checker *c, Symbol *sym);
/* In a REPL entry, records on the declaration being checked that it refers
 * to the main package's `name` (an identifier, or "T.M" for a method). */
void check_note_session_use(Checker *c, const char *name);
void check_note_use(Checker *c, Symbol *sym);
void check_lazy_body(Checker *c, Stmt *body);
Package *check_load_package(Checker *c, const char *path, Pos pos, bool report);
/* Loads the package a SYM_PKG symbol names if it is a standard package's
 * import not loaded yet; returns whether the package is there. */
bool check_import(Checker *c, Symbol *s);
void check_note_type(Package *p, Type *t);
const char *check_type_str(Checker *c, Type *t);
const char *check_expr_str(Expr *e);
Pos check_expr_start(Expr *e);
/* The name of the file being checked, as messages print it. */
const char *check_src_name(Checker *c);
Pos check_find_token(Checker *c, Pos from, const char *tok);
const char *check_operand_str(Checker *c, Operand *x);
char *check_sprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
FuncInfo *check_new_funcinfo(Checker *c, const char *name, FuncInfo *outer);
bool check_session_top(Checker *c);

/* check_type.c */
Type *check_typexpr(Checker *c, Expr *e);
Type *check_typexpr_direct(Checker *c, Expr *e, bool direct);
Type *check_signature(Checker *c, Expr *ftype, FuncInfo *info, AstField *recv);
bool check_assignable(Checker *c, Operand *x, Type *t, const char **reason);
bool check_convertible(Checker *c, Operand *x, Type *t);
bool check_implements(Checker *c, Type *t, Type *iface, const char **reason);
bool check_comparable(Type *t);
Type *check_default_type(Type *t);
/* Field/method lookup through embedding: fills e->path etc.; returns kind. */
typedef struct Lookup {
    SelKind kind;
    int *path;
    int npath;
    Type *type;
    Method *method;
    Type *recv_type;
    int method_index;
    bool indirect;
    bool ambiguous;
    /* The receiver's static type at the end of the path. */
    Type *last;
} Lookup;
bool check_lookup_field_or_method(Type *t, const char *name, Lookup *out);
void check_add_promoted(Type *named);
Type *check_core_type(Type *t);
Type *check_invalid_type(void);
bool check_path_has_ptr(Type *t, int *path, int npath);
void check_push_type_decl(Symbol *s);
void check_pop_type_decl(void);
void check_finish_types(void);
void check_type_reset(void);
void check_report_type_cycle(Checker *c, Symbol *ts, Type *t, Pos at);

/* check_expr.c */
void check_expr(Checker *c, Expr *e, Operand *x);
void check_expr_hint(Checker *c, Expr *e, Type *hint, Operand *x);
void check_multi_expr(Checker *c, Expr *e, Operand *x);
void check_expr_or_type(Checker *c, Expr *e, Operand *x);
void check_assign_to(Checker *c, Operand *x, Type *t, const char *context, Expr **slot);
void check_convert_untyped(Checker *c, Operand *x, Type *target);
void check_default(Checker *c, Operand *x);
void check_set_const(Checker *c, Operand *x);
bool check_const_int(Checker *c, Expr *e, int64_t *out, const char *what);
void check_call(Checker *c, Expr *e, Operand *x);
void check_use_operands(Checker *c, ExprList *list);
void check_wrap_iface(Checker *c, Expr **slot, Type *t);
void check_invalidate(Operand *x);
void check_mark_addr(Expr *e);
void check_binary_op(Checker *c, Expr *e, Op op, Operand *x, Operand *y, Pos pos);

/* check_call.c */
Pos check_match_close(Checker *c, Pos open);
const char *check_types_summary(Checker *c, Type **ts, int n, bool variadic);
Pos check_sel_pos(Checker *c, Expr *sel);

/* check_generic.c */
void check_generic_reset(void);
void check_generic_forget(CheckSession *s);
FieldList *check_generic_tparams(Checker *c, Symbol *s);
void check_note_generic_method(Checker *c, Package *p, Decl *d, const char *base);
Symbol *check_instantiate_func(Checker *c, Symbol *g, Type **targs, int n);
Type *check_instantiate_type(Checker *c, Symbol *g, Type **targs, int n, Pos pos);
void check_flush_instances(Checker *c);

/* check_builtin.c */
void check_builtin_call(Checker *c, Expr *e, Builtin b, Operand *x);

/* check_stmt.c */
void check_func_body(Checker *c, FuncInfo *info, Stmt *body, Pos end);
void check_stmt(Checker *c, Stmt *s);
void check_block(Checker *c, StmtList *list);
bool check_terminating(Stmt *s, const char *label);

#endif
