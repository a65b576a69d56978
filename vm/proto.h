/*
 * Compiled functions (Proto) and the compiled program (Module).
 *
 * Invariants:
 * - A Proto is immutable once emitted, except for the interface-call caches
 *   its code points to (ICache), which the loop updates.
 * - Parameters occupy registers 0..nparams-1 (receiver first); results are
 *   returned by RET from consecutive registers into the caller's call slot.
 * - `lines[i]` is the source line of code[i] (extension words repeat it).
 * - Every top-level function has a static `self` closure (nup 0), so taking
 *   its value costs nothing.
 */
#ifndef CSP_PROTO_H
#define CSP_PROTO_H

#include "lexer/diag.h"
#include "runtime/type.h"
#include "vm/opcodes.h"

/* Where a closure's captured value comes from when CLOSURE builds it: a
 * register of the enclosing frame (the cell or aggregate pointer itself) or
 * one of the enclosing closure's own captures. */
#define UPDESC_FROM_UP 0x8000

/* A compiled function. */
struct Proto {
    /* The code and its length in words. */
    Instr *code;
    int ncode;
    /* The source line of every code word. */
    int *lines;
    /* The constants. */
    Value *k;
    int nk;
    /* The number of registers the frame needs (params included). */
    int nregs;
    /* The number of parameter registers (receiver included). */
    int nparams;
    /* The number of results. */
    int nresults;
    /* Captured-value descriptors for CLOSURE: a register index, or an index
     * into the enclosing closure's captures when UPDESC_FROM_UP is set. */
    int nup;
    uint16_t *updesc;
    /* The traceback name ("main.f", "main.(*T).m", "main.main.func1"). */
    const char *name;
    /* The source file. */
    const Source *src;
    /* The line of the declaration. */
    int line;
    /* For a function with defers: where a recovered panic resumes (runs the
     * remaining defers and returns the current results); -1 if none. */
    int exit_pc;
    /* The static closure of a top-level function (NULL for literals). */
    Closure *self;
};

/* The inline cache of an interface method call site: the last dynamic type
 * seen, and how to call its method. */
typedef struct ICache {
    /* The method name. */
    const char *name;
    /* The last dynamic type, or NULL. */
    Type *type;
    /* Its method's function value. */
    Value fn;
    /* How to pass the receiver: 0 as is, 1 dereference a pointer to an
     * aggregate (copy), 2 copy an aggregate box, 3 dereference a pointer to
     * a one-slot value. */
    int mode;
    /* The receiver's storage size for modes 1 and 2. */
    int nslots;
} ICache;

/* A compiled program. */
typedef struct Module {
    /* Every compiled function, for the disassembler. */
    Proto **protos;
    int nprotos;
    /* The package-level variables. */
    Value *globals;
    int nglobals;
    /* The entry: initializes every package then calls main. */
    Proto *entry;
} Module;

#endif
