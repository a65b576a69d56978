/*
 * Internals shared by the compiler's files (vm/emit.c: functions and
 * statements; vm/emit_expr.c: expressions, calls, assignments). Not an API.
 */
#ifndef CSP_EMIT_INT_H
#define CSP_EMIT_INT_H

#include <gc/gc.h>
#include <string.h>

#include "runtime/native.h"
#include "vm/emit.h"

/* A list of jump instructions waiting for their target. */
typedef struct PList {
    int *v;
    int n, cap;
} PList;

/* The break/continue context of a loop, switch or select. */
typedef struct Loop {
    /* The statement (ST_FOR, ST_RANGE, ST_SWITCH...). */
    Stmt *stmt;
    /* Pending jumps to the end and to the continue point. */
    PList breaks, conts;
    /* Whether `continue` skips it. */
    bool is_switch, is_select;
    /* The enclosing context. */
    struct Loop *outer;
} Loop;

/* A goto label: its position once known, and the gotos waiting for it. */
typedef struct Label {
    const char *name;
    int pc;
    PList pending;
    struct Label *next;
} Label;

/* The whole compilation. */
typedef struct Emitter {
    /* Where errors go. */
    Diag *diag;
    /* The program. */
    Program *prog;
    /* Every Proto made, for the disassembler. */
    Proto **protos;
    int nprotos, capprotos;
    /* The package-level variables by global index. */
    Symbol **globals;
    int nglobals, capglobals;
    /* Range-over-func bodies compiled so far (for their names), and the
     * return cells handed to the body being compiled. */
    int nranges;
    Symbol *rf_flag;
    Symbol **rf_res;
    FuncInfo *rf_fi;
    /* The REPL session being compiled for, or NULL. */
    EmitSession *session;
} Emitter;

/* The compile state of one function. */
typedef struct FnState {
    Emitter *em;
    /* The enclosing function (for literals). */
    struct FnState *outer;
    /* The function's checker information and its Proto. */
    FuncInfo *info;
    Proto *proto;
    const Source *src;
    /* The code, its lines and the constants. */
    Instr *code;
    int *lines;
    int ncode, capcode;
    Value *k;
    int nk, capk;
    /* Registers: locals below nactive, temporaries from nactive to top. */
    int nactive, top, maxregs;
    /* The current source position. */
    int line, col;
    /* Break/continue contexts and goto labels. */
    Loop *loops;
    Label *labels;
    /* The jump emitted by the last fallthrough. */
    int fall_jump;
    /* Functions with defers: jumps to the exit block, and its position. */
    PList exit_jumps;
    bool exit_jumps_used;
    int exit_pc;
    /* The body of a range-over-func loop compiled as its yield function:
     * locals declared by the enclosing function inside the body are this
     * function's locals (`alias` is their owner), and break/continue of
     * `range_stmt` return false/true. */
    FuncInfo *alias;
    Stmt *range_stmt;
    /* A `return` inside a range-over-func body: the cells (captured from
     * the function that owns the loop) where it leaves a flag (1: values in
     * rf_res, 2: bare return) and the result values; rf_fi is that function. */
    Symbol *rf_flag;
    Symbol **rf_res;
    FuncInfo *rf_fi;
} FnState;

/* Where an assignment stores. */
typedef enum LvKind {
    LV_BLANK,   /* _ */
    LV_REG,     /* a local in a register (aggregates: storage in the register) */
    LV_CELL,    /* a local in a heap cell whose pointer is in reg */
    LV_UP,      /* a captured variable: up[index] is its cell or storage */
    LV_GLOBAL,  /* a package variable: index */
    LV_FIELD,   /* storage pointer in reg, slot offset off (nil check if nilchk) */
    LV_PTR,     /* a pointer in reg (*p) */
    LV_SLICE,   /* slice reg, index reg2 */
    LV_ARRAY,   /* array storage reg, index reg2, length len */
    LV_MAP,     /* map reg, key reg2, map type mtype */
} LvKind;

/* An evaluated assignment target. */
typedef struct LValue {
    LvKind kind;
    int reg, reg2, off, index;
    int64_t len;
    bool nilchk;
    Type *type;
    Type *mtype;
} LValue;

/* Code buffer. */
int emit_word(FnState *fs, Instr w);
int emit_abc(FnState *fs, int op, int a, int b, int c);
int emit_ax(FnState *fs, int op, int a, int x);
int emit_ext(FnState *fs, int op, int a, int b, int c, uint64_t ext);
int emit_const(FnState *fs, Value v);
int emit_jump(FnState *fs);
void emit_patch(FnState *fs, int at, int target);
void emit_patch_here(FnState *fs, int at);
void plist_add(PList *l, int at);
void plist_patch(FnState *fs, PList *l, int target);
void emit_error(FnState *fs, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Registers and symbols. */
int reg_alloc(FnState *fs, int n);
int emit_declare(FnState *fs, Symbol *s);
int emit_declare_hidden(FnState *fs);
void emit_bind_local(FnState *fs, Symbol *s);
void emit_zero(FnState *fs, Type *t, int r);
bool sym_is_cell(Symbol *s);
int emit_global_index(Emitter *em, Symbol *s);
int emit_freevar_index(FnState *fs, Symbol *s);
bool emit_is_local(FnState *fs, Symbol *s);

/* Whether a call of cl must load the function value (a REPL session's
 * function, which a redefinition may re-point) instead of binding its code. */
bool emit_late_bound(FnState *fs, Closure *cl);

/* Types. */
bool emit_is_agg(Type *t);
/* A new inline cache for an interface method call site. */
ICache *emit_icache(const char *name);
/* The function value of method expression e (T.m, (*T).m or I.m): the
 * method itself, or a thunk that adjusts the receiver (embedding path,
 * dereference, dynamic call). */
Closure *emit_method_expr(FnState *fs, Expr *e);
int emit_ext_op(Type *t);

/* Statements (emit.c). */
/* Emits `defer` or `go` (op BC_DEFER or BC_GO) of a builtin call: its
 * arguments are evaluated now and passed to a small function whose body
 * applies the builtin to its parameters. */
void emit_builtin_thunk(FnState *fs, Expr *call, int op);
void emit_stmt(FnState *fs, Stmt *s);
void emit_block(FnState *fs, StmtList *l);
Proto *emit_funclit(FnState *fs, Expr *e);

/* Expressions (emit_expr.c). */
void emit_expr_to(FnState *fs, Expr *e, int dst);
int emit_expr_any(FnState *fs, Expr *e);
int emit_expr_fresh(FnState *fs, Expr *e);
void emit_expr_conv_to(FnState *fs, Expr *e, Type *target, int dst);
int emit_expr_conv_any(FnState *fs, Expr *e, Type *target);
int emit_local_reg(FnState *fs, Expr *e);
void emit_const_to(FnState *fs, Expr *e, int dst);
void emit_cond(FnState *fs, Expr *e, bool jump_if, PList *l);
void emit_equal(FnState *fs, Type *t, int dst, int a, int b, bool ne);
int emit_call(FnState *fs, Expr *e, int want);
/* Boxes register reg, element i of the tuple made by e (a call or a comma-ok
 * form), when it flows into an interface-typed destination dst: the checker
 * cannot wrap one element of a tuple in an EX_CONVERT. */
void emit_tuple_box(FnState *fs, Expr *e, int reg, int i, Type *dst);
int emit_call_setup(FnState *fs, Expr *call, bool for_defer);
/* A REPL entry's expression statement: calls the session's show native with
 * the number of values, then each value boxed in an interface followed by
 * its static type's name. */
void emit_show(FnState *fs, Expr *e);
void emit_lvalue(FnState *fs, Expr *e, LValue *lv);
void emit_store(FnState *fs, LValue *lv, int r, bool fresh);
void emit_assign(FnState *fs, Stmt *s);
void emit_incdec(FnState *fs, Stmt *s);
void emit_assign_syms(FnState *fs, Symbol **syms, int n, ExprList *rhs);
void emit_local_decl(FnState *fs, Decl *d);
void emit_global_spec(FnState *fs, Spec *sp);

/* Channels and goroutines (emit_chan.c). */
void emit_make_chan(FnState *fs, Expr *e, int dst);
void emit_chan_len(FnState *fs, int dst, int ch, bool cap);
void emit_close(FnState *fs, Expr *ch);
int emit_recv(FnState *fs, Expr *e, int want);
void emit_recv_to(FnState *fs, Expr *e, int dst, bool with_ok);
void emit_send(FnState *fs, Stmt *s);
void emit_go(FnState *fs, Stmt *s);
void emit_select(FnState *fs, Stmt *s);
void emit_range_chan(FnState *fs, int v, int ch, Type *chtype, Expr *operand);

#endif
