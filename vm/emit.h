/*
 * The bytecode compiler: checked AST (parser/ast.h) to Protos (vm/proto.h).
 */
#ifndef CSP_EMIT_H
#define CSP_EMIT_H

#include "parser/ast.h"
#include "vm/proto.h"

/* Compiles every package's functions and initialization code of a checked
 * program. Reports unsupported constructs through diag and returns NULL if
 * there were any. */
Module *emit_program(Program *prog, Diag *diag);

/* What a REPL session (vm/repl.c) keeps between entries for the compiler. */
typedef struct EmitSession {
    /* The one global array every entry's module shares (it never moves, so
     * pointers to globals stay valid), its capacity and the slots in use. */
    Value *globals;
    int capglobals;
    int nglobals;
    /* The packages compiled by earlier entries, and how many of each one's
     * functions were (generic instances are added to a package later). */
    Package **pkgs;
    int *nfuncs;
    int npkgs;
    /* The top-level expression statements of the entry whose values are
     * shown, and the native that shows them: it receives the number of
     * values, then for each the value boxed in an interface and its static
     * type's name. */
    Stmt **show;
    int nshow;
    NativeFn show_fn;
    /* The entry's own `func main` (run after its statements), or NULL. */
    Decl *main_decl;
    /* Pairs of symbols that are one variable (a REPL entry's variable and
     * the stand-in that declarations checked with the entry refer to): the
     * second of each pair gets the first's global slot. */
    Symbol **shared;
    int nshared;
} EmitSession;

/* Compiles a REPL entry's program: the packages not compiled yet, the new
 * functions of those that were, and the entry's main package. Calls of the
 * session's functions and methods load the function value (a static closure
 * the session may re-point at a redefinition's code) instead of binding the
 * callee's code. The module's entry runs the new packages' initialization
 * then the entry's statements (then main, if the entry declares it). On
 * success the session records the new globals and compiled packages. */
Module *emit_repl(Program *prog, EmitSession *es, Diag *diag);

#endif
