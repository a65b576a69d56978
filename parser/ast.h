/*
 * The abstract syntax tree: built by the parser, annotated by the checker,
 * read by the compiler (vm/emit*.c).
 *
 * Invariants:
 * - Nodes are allocated from the front-end arena (ast_alloc: GC-scanned
 *   memory) and never freed explicitly.
 * - Syntax fields are set by the parser and never changed afterwards, except
 *   that the checker may replace an expression pointer in its parent with an
 *   EX_CONVERT node wrapping it (implicit conversion to an interface type).
 * - After a successful check every expression reachable from a function body
 *   has `type` and `mode` set; every identifier that denotes an entity has
 *   `sym` set; every constant has `cval` set (already converted to `type`,
 *   which is never an untyped kind after checking, except for the operands of
 *   shifts by constants and of comparisons, where only the result matters).
 * - The compiler reads only what this header documents as "checker:".
 */
#ifndef CSP_AST_H
#define CSP_AST_H

#include "lexer/diag.h"
#include "runtime/type.h"
#include <gc/gc.h>
#include <string.h>

typedef struct Expr Expr;
typedef struct Stmt Stmt;
typedef struct Decl Decl;
typedef struct Symbol Symbol;
typedef struct Scope Scope;
typedef struct FuncInfo FuncInfo;
typedef struct Package Package;
typedef struct AstField AstField;
typedef struct File File;

/* Growable arrays of node pointers. */
typedef struct ExprList { Expr **v; int n, cap; } ExprList;
typedef struct StmtList { Stmt **v; int n, cap; } StmtList;
typedef struct FieldList { AstField **v; int n, cap; } FieldList;
typedef struct DeclList { Decl **v; int n, cap; } DeclList;
typedef struct SymList { Symbol **v; int n, cap; } SymList;
typedef struct NameList { const char **v; int n, cap; } NameList;

/* Returns n zeroed bytes of GC-scanned memory carved from a large chunk,
 * for front-end objects (nodes, lists, symbols) that are never freed: much
 * cheaper than a GC_MALLOC per object. */
void *ast_alloc(size_t n);

/* Appends to any of the lists above (arena-allocated, doubling). */
#define LIST_PUSH(list, item)                                                      \
    do {                                                                           \
        if ((list).n == (list).cap) {                                              \
            (list).cap = (list).cap ? (list).cap * 2 : 4;                          \
            void *nv_ = ast_alloc(sizeof(*(list).v) * (list).cap);                 \
            if ((list).n) memcpy(nv_, (list).v, sizeof(*(list).v) * (list).n);     \
            (list).v = nv_;                                                        \
        }                                                                          \
        (list).v[(list).n++] = (item);                                             \
    } while (0)

/* Operators, shared by unary, binary and assignment-operator nodes. */
typedef enum Op {
    OP_NONE,
    OP_ADD, OP_SUB, OP_MUL, OP_QUO, OP_REM,
    OP_AND, OP_OR, OP_XOR, OP_SHL, OP_SHR, OP_AND_NOT,
    OP_LAND, OP_LOR,
    OP_EQL, OP_NEQ, OP_LSS, OP_LEQ, OP_GTR, OP_GEQ,
    OP_NOT,   /* unary ! */
    OP_ARROW, /* unary <- (receive) */
    OP_ADDR,  /* unary & */
    OP_TILDE, /* ~ in constraints */
} Op;

/* Go's spelling of an operator ("+", "&^", "<-"). */
const char *op_string(Op op);

/* Basic literal kinds. */
typedef enum LitKind { LIT_INT, LIT_FLOAT, LIT_IMAG, LIT_CHAR, LIT_STRING } LitKind;

/* Expression kinds. Comments give the syntax fields each kind uses. */
typedef enum ExprKind {
    EX_BAD,
    EX_IDENT,        /* name */
    EX_BASICLIT,     /* lit, raw; LIT_STRING: str/strlen decoded; LIT_CHAR: rune */
    EX_COMPOSITE,    /* x = type (NULL when elided inside an outer literal), list = elements
                        (EX_KEYVALUE or plain) */
    EX_FUNCLIT,      /* x = EX_FUNCTYPE, body, info */
    EX_PAREN,        /* x */
    EX_SELECTOR,     /* x . name */
    EX_INDEX,        /* x [ list ] (list.n > 1 only for generic instantiation) */
    EX_SLICE,        /* x [ y : z : w ], any of y z w may be NULL; slice3 */
    EX_TYPEASSERT,   /* x . ( y ); y == NULL for x.(type) */
    EX_CALL,         /* x ( list ), ellipsis when the last argument is followed by ... */
    EX_STAR,         /* * x: dereference, or pointer type */
    EX_UNARY,        /* op x */
    EX_BINARY,       /* x op y */
    EX_KEYVALUE,     /* x : y */
    EX_ARRAYTYPE,    /* [ y ] x: y == NULL for a slice type, EX_ELLIPSIS for [...]T */
    EX_STRUCTTYPE,   /* fields */
    EX_FUNCTYPE,     /* tparams, params, results */
    EX_INTERFACETYPE,/* fields: methods (names.n == 1, type EX_FUNCTYPE) and embedded
                        types or type-set terms (names.n == 0) */
    EX_MAPTYPE,      /* map [ y ] x */
    EX_CHANTYPE,     /* chan x, with dir */
    EX_ELLIPSIS,     /* ... x (variadic parameter type; x may be NULL in [...]T) */
    EX_CONVERT,      /* checker-inserted implicit conversion of x to `type` (an interface) */
} ExprKind;

/* What an expression denotes, set by the checker. */
typedef enum Mode {
    MODE_INVALID,
    MODE_NOVALUE,    /* a call with no results */
    MODE_VALUE,      /* a value that is not addressable */
    MODE_VAR,        /* an addressable variable (assignable, &-able) */
    MODE_MAPINDEX,   /* m[k]: assignable, not addressable, comma-ok capable */
    MODE_COMMAOK,    /* a receive or type assertion that may yield (v, ok) */
    MODE_CONST,      /* a constant: cval is set */
    MODE_TYPE,       /* a type expression: type is the denoted type */
    MODE_BUILTIN,    /* a builtin function name (sym->builtin) */
    MODE_PKG,        /* a package name (only as the x of a selector) */
} Mode;

/* How a selector x.name was resolved, set by the checker. */
typedef enum SelKind {
    SEL_NONE,
    SEL_PKG,         /* pkg.Name: sym is the package member */
    SEL_FIELD,       /* a field: path gives the field indices from x's type */
    SEL_METHOD,      /* a concrete method (call or method value): path leads to the
                        receiver through embedded fields, then method */
    SEL_IFACE,       /* an interface method: path leads to the interface-typed
                        receiver, then method_index in that interface's methods */
    SEL_METHOD_EXPR, /* T.Method or (*T).Method: a func with the receiver first */
} SelKind;

/* How a call was resolved, set by the checker. */
typedef enum CallKind {
    CALL_NONE,
    CALL_FUNC,       /* a function or method call (method calls have x = selector) */
    CALL_CONV,       /* a conversion T(x): x->x->type is the target */
    CALL_BUILTIN,    /* a builtin: x->sym->builtin */
} CallKind;

/* The predeclared functions. */
typedef enum Builtin {
    BI_NONE,
    BI_APPEND, BI_CAP, BI_CLEAR, BI_CLOSE, BI_COPY, BI_DELETE, BI_LEN, BI_MAKE,
    BI_MAX, BI_MIN, BI_NEW, BI_PANIC, BI_PRINT, BI_PRINTLN, BI_RECOVER,
    BI_COMPLEX, BI_REAL, BI_IMAG,
    BI_COUNT
} Builtin;

/* An expression node. */
struct Expr {
    /* The kind of node. */
    ExprKind kind;
    /* The position of the node's first token (for EX_BINARY: the operator, as Go
     * reports binary-operation errors; for EX_CALL: the opening parenthesis). */
    Pos pos;
    /* Operands; see ExprKind for which are used. */
    Expr *x, *y, *z, *w;
    /* Call arguments, composite elements, index expressions. */
    ExprList list;
    /* Identifier or selector name. */
    const char *name;
    /* EX_SELECTOR: the position of `name` (Go reports selector errors such as
     * "undefined: pkg.X" and "ambiguous selector" there); EX_IDENT: pos. */
    Pos namepos;
    /* The operator of EX_UNARY / EX_BINARY. */
    Op op;
    /* Literal kind and raw source text of EX_BASICLIT. */
    LitKind lit;
    const char *raw;
    /* Decoded bytes of a string literal (GC memory, may contain NULs). */
    const char *str;
    int64_t strlen;
    /* Decoded value of a rune literal. */
    int32_t rune;
    /* EX_CALL: `f(xs...)`. EX_SLICE: three-index form. */
    bool ellipsis;
    bool slice3;
    /* EX_CHANTYPE: the direction. */
    ChanDir dir;
    /* EX_STRUCTTYPE, EX_INTERFACETYPE: fields or methods. EX_FUNCTYPE: tparams,
     * params and results (results may be unnamed fields). */
    FieldList fields;
    FieldList tparams, params, results;
    /* EX_FUNCLIT: the body and the checker's information about the function. */
    Stmt *body;
    FuncInfo *info;

    /* checker: the type (for MODE_TYPE, the denoted type). */
    Type *type;
    /* checker: what the expression denotes. */
    Mode mode;
    /* checker: for MODE_CONST, the value in `type`'s representation (an int64,
     * a double, a bool in .i, or a GoString* for strings). */
    Value cval;
    /* checker: the entity an EX_IDENT denotes; for SEL_PKG, the member. */
    Symbol *sym;
    /* checker: EX_IDENT on the left of := that declares a new variable. */
    bool defines;
    /* checker: selector resolution (see SelKind). `path` holds `npath` field
     * indices walked from x's type, dereferencing pointers on the way. */
    SelKind selkind;
    int *path;
    int npath;
    /* checker: SEL_METHOD / SEL_METHOD_EXPR: the method, and the named type
     * that declares it. SEL_IFACE: the index into the interface's methods. */
    Method *method;
    Type *recv_type;
    int method_index;
    /* checker: SEL_METHOD: the receiver must be addressed (&x) for a pointer
     * method, or dereferenced (*x) for a value method called through a pointer. */
    bool recv_addr, recv_deref;
    /* checker: EX_CALL resolution. */
    CallKind callkind;
    /* checker: for a call of a variadic function without `...`, the index of the
     * first argument to pack into the variadic slice (-1 otherwise). */
    int variadic_from;
    /* checker: f(g()) where g returns several values that become the arguments. */
    bool spread;
    /* checker: EX_INDEX on a generic function: the type arguments (also filled
     * by inference for a plain call of a generic function, on the callee). */
    Type **targs;
    int ntargs;
};

/* A field, parameter, result, or interface method; `names` may be empty. */
struct AstField {
    Pos pos;
    /* The names (EX_IDENT), possibly none. */
    ExprList names;
    /* The type expression (EX_ELLIPSIS for a variadic parameter). */
    Expr *type;
    /* The tag of a struct field, decoded, or NULL. */
    const char *tag;
    /* Whether this is an embedded struct field. */
    bool embedded;
};

/* Statement kinds. Comments give the fields each kind uses. */
typedef enum StmtKind {
    ST_BAD,
    ST_EMPTY,
    ST_BLOCK,      /* list */
    ST_EXPR,       /* x */
    ST_SEND,       /* x <- y */
    ST_INCDEC,     /* x++ (op OP_ADD) or x-- (op OP_SUB) */
    ST_ASSIGN,     /* lhs op= rhs; op OP_NONE for '=', define for ':=' */
    ST_GO,         /* go x (a call) */
    ST_DEFER,      /* defer x (a call) */
    ST_RETURN,     /* return rhs */
    ST_BRANCH,     /* keyword break/continue/goto/fallthrough, label or NULL */
    ST_IF,         /* if init; cond body else els */
    ST_SWITCH,     /* switch init; tag { list of ST_CASE } (tag may be NULL) */
    ST_TYPESWITCH, /* switch init; bind := x.(type) { list of ST_CASE }: assign is the
                      guard statement (ST_EXPR or ST_ASSIGN with define) */
    ST_SELECT,     /* select { list of ST_COMM } */
    ST_FOR,        /* for init; cond; post body (each part may be NULL) */
    ST_RANGE,      /* for key, value = / := range x body (key, value may be NULL) */
    ST_LABELED,    /* label: body */
    ST_DECL,       /* decl (var, const or type inside a function) */
    ST_CASE,       /* case lhs...: list (lhs.n == 0 for default) */
    ST_COMM,       /* case comm: list (comm NULL for default) */
} StmtKind;

/* Branch keywords. */
typedef enum BranchKind { BR_BREAK, BR_CONTINUE, BR_GOTO, BR_FALLTHROUGH } BranchKind;

/* Where the text of a function body or declaration left unparsed by
 * parse_file_lazy is: its source and the offset and position of its first
 * token ('{' or `func`). */
typedef struct LazyBody {
    const Source *src;
    long off;
    Pos pos;
} LazyBody;

/* A statement node. */
struct Stmt {
    StmtKind kind;
    Pos pos;
    /* Expressions. ST_SWITCH: x is the tag. ST_IF/ST_FOR: cond. ST_RANGE: x is the
     * ranged expression, key and value its targets, y a third target (an error
     * the checker reports). */
    Expr *x, *y, *cond, *key, *value;
    /* Assignment sides (ST_ASSIGN, ST_RETURN uses rhs). */
    ExprList lhs, rhs;
    Op op;
    bool define;
    /* Nested statements. */
    Stmt *init, *post, *body, *els, *assign, *comm;
    StmtList list;
    BranchKind branch;
    const char *label;
    Decl *decl;
    /* ST_BLOCK: a standard-package function body not parsed yet (list is
     * empty until parse_lazy_body fills it and clears this). */
    LazyBody *lazy;

    /* checker: ST_BRANCH: the statement a break/continue/goto refers to (the loop,
     * switch or select; for goto the ST_LABELED). */
    Stmt *target;
    /* checker: ST_CASE of an ST_TYPESWITCH with a bound variable: the clause's own
     * symbol (typed as the single case type, else as the switch expression). */
    Symbol *sym;
    /* checker: ST_CASE in a type switch: the case types (NULL entry for `nil`). */
    Type **case_types;
    /* checker: ST_RANGE with define: the key and value symbols (or NULL). */
    Symbol *key_sym, *value_sym;
    /* checker: ST_FOR with a := init: the loop variables that need a fresh copy per
     * iteration (captured or address-taken; Go 1.22 semantics). */
    SymList loopvars;
};

/* Declaration kinds. */
typedef enum DeclKind {
    DECL_IMPORT,  /* specs: name (alias or NULL), path */
    DECL_VAR,     /* specs: names, type, values */
    DECL_CONST,   /* specs: names, type, values (implicit repetition already resolved by
                     the checker), iota */
    DECL_TYPE,    /* specs: names[0], tparams, type, alias */
    DECL_FUNC,    /* func */
    DECL_STMT,    /* a script-mode top-level statement: stmt */
} DeclKind;

/* One spec of a var/const/type/import declaration. */
typedef struct Spec {
    Pos pos;
    ExprList names;
    Expr *type;
    ExprList values;
    FieldList tparams;
    bool alias;
    const char *path;
    int iota;
    /* checker: the declared symbols, in name order. */
    SymList syms;
} Spec;

/* A declaration. */
struct Decl {
    DeclKind kind;
    /* Its first token (so top-level items' positions delimit their text). */
    Pos pos;
    /* Specs of DECL_IMPORT/VAR/CONST/TYPE. */
    Spec **specs;
    int nspecs;
    /* DECL_FUNC: receiver (NULL for a function), name, signature (EX_FUNCTYPE),
     * body (NULL when bodyless: a native in a standard package). */
    AstField *recv;
    Expr *name;
    Expr *ftype;
    Stmt *body;
    /* DECL_STMT: the statement. */
    Stmt *stmt;
    /* A standard package's DECL_FUNC or DECL_TYPE not parsed yet: its text
     * (until parse_lazy_decl fills it, a function has only `name` set and a
     * type its spec's name), and for a method its receiver's base type. */
    LazyBody *lazy;
    const char *lazy_recv;
    /* checker: DECL_FUNC: the function's symbol and information. */
    Symbol *sym;
    FuncInfo *info;
    /* checker, REPL entries only: the package-level names of the main
     * package (this entry's or the session's) the declaration refers to,
     * and "T.M" for each method of a main-package type it selects; the REPL
     * checks it again when one of them is redefined. */
    NameList uses;
};

/* A parsed source file. */
struct File {
    const Source *src;
    /* The package clause's name, or NULL in script mode. */
    const char *package;
    Pos package_pos;
    /* Imports, then the remaining top-level items in source order. */
    DeclList imports;
    DeclList decls;
    /* Errors the parser found that cmd/compile reports without stopping
     * before type checking (no "syntax error" prefix): their positions and
     * messages, reported by the checker. */
    Pos *late_pos;
    const char **late_msg;
    int nlate;
};

/* Symbol kinds. */
typedef enum SymKind { SYM_VAR, SYM_CONST, SYM_TYPE, SYM_FUNC, SYM_PKG, SYM_BUILTIN, SYM_NIL } SymKind;

/* A declared entity. */
struct Symbol {
    SymKind kind;
    const char *name;
    /* Where it was declared (line 0 for predeclared ones). */
    const Source *src;
    Pos pos;
    /* Its type (for SYM_TYPE, the declared type). */
    Type *type;
    /* SYM_CONST: the value in the type's representation (see Expr.cval). */
    Value cval;
    /* SYM_CONST: the checker's exact value (opaque to the compiler). */
    void *exact;
    /* SYM_BUILTIN: which. */
    Builtin builtin;
    /* SYM_PKG: the imported package; for a standard package's import, NULL
     * until the package names it (check_import), with the path in
     * import_path. */
    Package *pkg;
    const char *import_path;
    /* SYM_VAR: the function declaring a local, or NULL for a package variable. */
    FuncInfo *owner;
    /* SYM_VAR: referenced from a function literal other than its owner. */
    bool captured;
    /* SYM_VAR: its address is taken (&x, x.m() with a pointer method, x[:] of an
     * array). A non-aggregate local that is captured or address-taken lives in a
     * heap cell. */
    bool addr_taken;
    /* SYM_VAR: a parameter or named result. */
    bool param;
    /* SYM_FUNC: the declaration (NULL for natives without a Decl). SYM_VAR global:
     * the declaring Decl. */
    Decl *decl;
    /* The package that declares it (NULL for universe symbols). */
    Package *home;
    /* Compiler scratch: register, global index or free-variable index. */
    int slot;
};

/* Per-function information, set by the checker on DECL_FUNC and EX_FUNCLIT. */
struct FuncInfo {
    /* The function's type (for a method: without the receiver). */
    Type *type;
    /* The name used in tracebacks: "main.f", "main.(*T).m", "main.main.func1". */
    const char *name;
    /* The receiver symbol (methods), parameters and results, in order. Unnamed
     * parameters and results get symbols named "_". */
    Symbol *recv;
    SymList params;
    SymList results;
    /* Whether results are named (a bare return is allowed). */
    bool named_results;
    /* The variables of enclosing functions used here, directly or by nested
     * function literals: the closure's captured cells, in this order. */
    SymList freevars;
    /* The enclosing function, for literals. */
    FuncInfo *outer;
    /* Whether the body contains defer / recover calls. */
    bool has_defer;
    /* The package it belongs to. */
    Package *pkg;
    /* Compiler scratch: the compiled prototype. */
    void *proto;
};

/* A package: the main (script) package or a loaded standard one. */
struct Package {
    /* Import path ("main", "fmt", "unicode/utf8") and name ("main", "utf8"). */
    const char *path;
    const char *name;
    /* Its files. */
    File **files;
    int nfiles;
    /* Its package-level scope. */
    Scope *scope;
    /* checker: package variables in initialization order (Go's dependency
     * order), as the Decl specs that initialise them. */
    Spec **init_order;
    int ninit;
    /* checker: all functions and methods to compile (DECL_FUNC with bodies or
     * natives), in source order. */
    DeclList funcs;
    /* checker: script mode: the implicit main function made of the top-level
     * statements (NULL if there are none); its body is `script_body`. */
    FuncInfo *script_main;
    StmtList script_body;
    /* checker: the packages it imports and has loaded, for initialization
     * order. */
    Package **imports;
    int nimports;
    /* checker: every named type the package declares, package-level and
     * local ones and generic instances (whose promoted methods need their
     * wrappers filled by the compiler), in the order they were made. */
    Type **types;
    int ntypes;
    /* For a standard package: its native table. */
    const struct NativePackage *native;
    /* A standard package parsed by parse_file_lazy: only the function bodies
     * reachable from the program are parsed, checked and compiled. */
    bool lazy;
    /* checker: a lazy package's init functions not yet reachable (they run
     * once another package names one of its types). */
    DeclList lazy_inits;
};

/* A checked program: the main package and every standard package it uses. */
typedef struct Program {
    /* The main (script) package. */
    Package *main;
    /* Every package, in initialization order (dependencies first, main last). */
    Package **pkgs;
    int npkgs;
} Program;

/* Constructors (parser/ast.c): zeroed GC nodes with kind and position set. */
Expr *ast_expr(ExprKind kind, Pos pos);
Stmt *ast_stmt(StmtKind kind, Pos pos);
Decl *ast_decl(DeclKind kind, Pos pos);
Spec *ast_spec(Pos pos);
AstField *ast_field(Pos pos);
/* Prints an S-expression dump of a file's syntax (for tests and debugging). */
void ast_dump(FILE *out, const File *f);
/* Prints an S-expression dump of one expression or statement. */
void ast_dump_expr(FILE *out, const Expr *e);
void ast_dump_stmt(FILE *out, const Stmt *s);
/* Deep copies of the syntax fields only (checker fields are left zero); used
 * by the checker to instantiate generic functions and types. */
Decl *ast_clone_decl(const Decl *d);
Expr *ast_clone_expr(const Expr *e);
Stmt *ast_clone_stmt(const Stmt *s);
/* Go's source form of an expression, as go/types and types2 print operands
 * in messages ("x + 1", "f(a, b...)", "[]int{…}"). */
const char *ast_expr_string(const Expr *e);

#endif
