/*
 * The Go grammar (Bison, LALR(1), pure and reentrant), building parser/ast.h
 * nodes. Script mode: the package clause is optional and the top level may
 * hold statements, which become DECL_STMT declarations in source order.
 *
 * Invariants:
 * - Types appear inside expressions wherever Go allows them (conversions,
 *   composite literals, make/new arguments, type arguments, case lists of
 *   type switches): type literals are operands and the checker decides.
 *   Parameter lists are parsed as lists of optionally named types and then
 *   grouped by parse_fix_params, as Go's own parser does.
 * - Statement headers (if, for, switch): the lexer glue turns a '{' at the
 *   header's own bracket depth into LBODY, which only bodies, function
 *   literals and composite literals of non-name types accept; so `if x == T{}`
 *   parses as Go does (T{ is not a literal there, []int{...} is). The body's
 *   LBODY ends the header (parse_hdr_pop).
 * - Bracket nesting deeper than PARSE_MAX_DEPTH ends the parse with
 *   "nesting too deep"; Bison's stack overflow is reported the same way.
 * - The remaining shift/reduce choices are resolved by the precedence
 *   declarations below (each commented); there are no unresolved conflicts.
 */

%code requires {
#include "lexer/lexer.h"
#include "parser/ast.h"
#include "parser/parser.h"

/* A location: Bison's four fields plus the depth of the expression tree
 * built for the rule (see PARSE_MAX_EXPR_DEPTH). */
typedef struct YYLTYPE {
    int first_line, first_column, last_line, last_column;
    int depth;
} YYLTYPE;
#define YYLTYPE_IS_DECLARED 1
#define YYLTYPE_IS_TRIVIAL 1

/* The deepest allowed expression tree (binary, unary and postfix chains do
 * not nest brackets but still make later recursive passes deep). */
#define PARSE_MAX_EXPR_DEPTH 10000

/* A list of specs of a grouped declaration. */
typedef struct SpecList { Spec **v; int n, cap; } SpecList;

/* The state of one parse: the lexer, the header contexts, the result. */
typedef struct ParseCtx {
    /* The scanner and where messages go. */
    Lexer lx;
    Diag *diag;
    const Source *src;
    /* The file being built. */
    File *file;
    /* The last token handed to the parser (the lookahead at an error), and
     * the kinds of the two before it. */
    Token last;
    int prev, prev2;
    /* Set when a function declaration without a body was just reduced (a
     * '{' on the next line is then Go's "newline before {" error). */
    bool bodyless;
    /* The current nesting of (, [ and {. */
    int depth;
    /* The bracket depths of the open statement headers, innermost last. */
    int *hdr;
    int nhdr, hdrcap;
    /* The keyword (TOK_IF, TOK_FOR, TOK_SWITCH) of each open header. */
    int *hdrkind;
    /* Set once nesting exceeded PARSE_MAX_DEPTH (the parse then stops). */
    bool too_deep;
    /* The number of syntax errors reported. */
    int nerrors;
    /* Every `x.(type)`, and those that are type switch guards. */
    ExprList typeguards, guards_ok;
    /* The kind of each open brace by depth: 's' struct, 'i' interface,
     * 'b' anything else. */
    char bkind[PARSE_MAX_DEPTH + 2];
    /* parse_file_lazy: top-level function bodies become LAZYBODY tokens,
     * whole function, method and type declarations LAZYDECL tokens;
     * func_top is set between a top-level `func` and its body. */
    bool lazy, func_top;
    /* parse_lazy_decl: DECLSTART is the first token (decl_start until it is
     * returned), the input ends at the ';' closing the declaration (decl_mode)
     * and the parsed declaration is `decl`. */
    bool decl_start, decl_mode;
    Decl *decl;
    /* parse_lazy_body: BODYSTART is the first token (body_start until it is
     * returned), the input ends after the block's '}' (body_done), and the
     * parsed block is `body`. */
    bool body_start, body_done;
    Stmt *body;
} ParseCtx;
}

%code provides {
int yylex(YYSTYPE *lval, YYLTYPE *lloc, ParseCtx *p);
void yyerror(YYLTYPE *lloc, ParseCtx *p, const char *msg);
}

%code {
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define YYMAXDEPTH 20000
/* Bison moves its stacks to the heap when they outgrow YYINITDEPTH; they hold
 * AST pointers, so that memory must be scanned by the collector. */
#define YYMALLOC GC_MALLOC
#define YYFREE GC_FREE

/* Spans the rule and carries the deepest child's expression depth. */
#define YYLLOC_DEFAULT(Cur, Rhs, N)                                                 \
    do {                                                                            \
        if (N) {                                                                    \
            (Cur).first_line = YYRHSLOC(Rhs, 1).first_line;                         \
            (Cur).first_column = YYRHSLOC(Rhs, 1).first_column;                     \
            (Cur).last_line = YYRHSLOC(Rhs, N).last_line;                           \
            (Cur).last_column = YYRHSLOC(Rhs, N).last_column;                       \
            int d_ = 0;                                                             \
            for (int i_ = 1; i_ <= (N); i_++)                                       \
                if (YYRHSLOC(Rhs, i_).depth > d_) d_ = YYRHSLOC(Rhs, i_).depth;     \
            (Cur).depth = d_;                                                       \
        } else {                                                                    \
            (Cur).first_line = (Cur).last_line = YYRHSLOC(Rhs, 0).last_line;        \
            (Cur).first_column = (Cur).last_column = YYRHSLOC(Rhs, 0).last_column;  \
            (Cur).depth = 0;                                                        \
        }                                                                           \
    } while (0)

/* Counts one level of expression nesting for the current rule. */
#define NEST(loc) parse_nest(p, &(loc))

/* The position of a Bison location. */
#define P(loc) ((Pos){(loc).first_line, (loc).first_column})

static Expr *parse_ident(Token *t);
static Expr *parse_lit(Token *t);
static Expr *parse_binary(Op op, Expr *x, Expr *y, Pos pos);
static Expr *parse_unary(Op op, Expr *x, Pos pos);
static Expr *parse_recv(Expr *x, Pos pos, ParseCtx *p);
static Expr *parse_unparen(Expr *x);
static FieldList parse_fix_params(FieldList raw, ParseCtx *p);
static AstField *parse_raw_param(Expr *name, Expr *type, Pos pos);
static Expr *parse_functype(Pos pos, FieldList params, FieldList results);
static Stmt *parse_switch(Pos pos, Stmt *init, Stmt *tag, ParseCtx *p, YYLTYPE loc);
static Stmt *parse_decl_stmt(Decl *d);
static Decl *parse_group(DeclKind kind, Pos pos, SpecList specs);
static void parse_hdr_push(ParseCtx *p, int kind);
static void parse_hdr_pop(ParseCtx *p);
static void parse_hdr_recover(ParseCtx *p);
static void parse_add_top(ParseCtx *p, Decl *d);
static void parse_error_at(ParseCtx *p, Pos pos, const char *fmt, ...);
static void parse_late_error(ParseCtx *p, Pos pos, const char *msg);
static Expr *parse_check_expr(Expr *x, ParseCtx *p);
static void parse_nest(ParseCtx *p, YYLTYPE *loc);
static Expr *parse_cond(Stmt *s, ParseCtx *p);
static Expr *parse_extract_name(Expr *x, bool force, Expr **type);
static Spec *parse_type_params(Expr *name, Expr *first, FieldList rest, Expr *type, ParseCtx *p);
static Expr *parse_call_stmt(Expr *x, const char *kw, ParseCtx *p);
}

%define api.pure full
%define parse.error custom
%define parse.lac full
%locations
%param {ParseCtx *p}

%union {
    Token *tok;
    Expr *expr;
    Stmt *stmt;
    Decl *decl;
    Spec *spec;
    AstField *field;
    ExprList elist;
    StmtList slist;
    FieldList flist;
    SpecList splist;
    const char *str;
}

%token <tok> IDENT INT FLOAT IMAG CHAR STRING
%token <tok> BREAK CASE CHAN CONST CONTINUE DEFAULT DEFER ELSE FALLTHROUGH FOR
%token <tok> FUNC GO GOTO IF IMPORT INTERFACE MAP PACKAGE RANGE RETURN SELECT
%token <tok> STRUCT SWITCH TYPE VAR
%token <tok> SHL SHR AND_NOT LAND LOR ARROW INC DEC EQL NEQ LEQ GEQ DEFINE
%token <tok> ELLIPSIS ASSIGN_OP LBODY LAZYBODY BODYSTART DECLSTART
%token <decl> LAZYDECL
%token <tok> '+' '-' '*' '/' '%' '&' '|' '^' '<' '>' '=' '!' '(' ')' '[' ']'
%token <tok> '{' '}' ',' ';' '.' ':' '~'

%type <expr> expr unary_expr primary primary_nt operand typelit_operand funclit
%type <expr> type typename typelit typelit_noarrow chan_elem signature result
%type <expr> oexpr elem_val elem union term union_first first_term tag_constraint
%type <expr> range_expr
%type <elist> expr_list elems elem_list ident_list typeargs_tail
%type <flist> params param_list field_decls field_decl_list iface_elems iface_list
%type <flist> tparams tparam_list tparam_rest
%type <field> param field_decl iface_elem tparam_group embedded_field
%type <stmt> stmt nondecl_stmt simple_stmt osimple block if_stmt else_opt for_stmt
%type <stmt> for_header switch_stmt switch_header select_stmt case_clause comm_clause
%type <stmt> body_block body_opt_func
%type <slist> stmt_list case_clauses comm_clauses
%type <decl> common_decl func_decl import_decl
%type <spec> import_spec var_spec const_spec type_spec
%type <splist> import_specs var_specs const_specs type_specs
%type <str> tag_opt

/* Precedence, lowest first; these settle the only shift/reduce choices of
 * the grammar, all as Go's own parser decides them:
 * - NORESULT: a func type with no result list is extended by a following
 *   result type or list (`func() T`, `func() (T)`); a type name is extended
 *   by '.' and '[' (`chan pkg.T`, `chan T[int]`); after `func (recv) Name` at
 *   the top level, '(' starts the method's parameters.
 * - NOBODY: a func type followed by '{' is a function literal; a non-name
 *   type literal followed by '{' or LBODY is a composite literal. */
%precedence NORESULT NOBODY
%precedence ARROW '(' '[' '{' LBODY '.'
%left LOR
%left LAND
%left EQL NEQ '<' LEQ '>' GEQ
%left '+' '-' '|' '^'
%left '*' '/' '%' SHL SHR '&' AND_NOT

%start file

%%

file
    : package_clause imports topitems
    | BODYSTART block   { p->body->list = $2->list; }
    | DECLSTART func_decl   { p->decl = $2; }
    | DECLSTART common_decl { p->decl = $2; }
    ;

package_clause
    : %empty
    | PACKAGE IDENT ';'
        { p->file->package = $2->lit; p->file->package_pos = P(@2); }
    | PACKAGE error ';'
    ;

imports
    : %empty
    | imports import_decl ';'   { LIST_PUSH(p->file->imports, $2); }
    ;

import_decl
    : IMPORT import_spec
        { $$ = ast_decl(DECL_IMPORT, P(@1)); $$->specs = ast_alloc(sizeof(Spec *));
          $$->specs[0] = $2; $$->nspecs = 1; }
    | IMPORT '(' import_specs osemi ')'   { $$ = parse_group(DECL_IMPORT, P(@1), $3); }
    | IMPORT '(' ')'
        { SpecList l = {0}; $$ = parse_group(DECL_IMPORT, P(@1), l); }
    ;

import_specs
    : import_spec                     { memset(&$$, 0, sizeof $$); LIST_PUSH($$, $1); }
    | import_specs ';' import_spec    { $$ = $1; LIST_PUSH($$, $3); }
    ;

import_spec
    : STRING            { $$ = ast_spec(P(@1)); $$->path = $1->str; }
    | IDENT STRING      { $$ = ast_spec(P(@1)); $$->path = $2->str; LIST_PUSH($$->names, parse_ident($1)); }
    | '.' STRING
        { $$ = ast_spec(P(@1)); $$->path = $2->str;
          Expr *d = ast_expr(EX_IDENT, P(@1)); d->name = "."; d->namepos = P(@1); LIST_PUSH($$->names, d); }
    ;

topitems
    : topitem
    | topitems ';' topitem
    ;

topitem
    : %empty
    | common_decl       { parse_add_top(p, $1); }
    | func_decl         { parse_add_top(p, $1); }
    | LAZYDECL          { parse_add_top(p, $1); }
    | nondecl_stmt
        { if ($1) { Decl *d = ast_decl(DECL_STMT, P(@1)); d->stmt = $1; parse_add_top(p, d); } }
    | error             { parse_hdr_recover(p); }
    ;

/* ---- declarations ---- */

common_decl
    : VAR var_spec
        { SpecList l = {0}; LIST_PUSH(l, $2); $$ = parse_group(DECL_VAR, P(@1), l); }
    | VAR '(' var_specs osemi ')'   { $$ = parse_group(DECL_VAR, P(@1), $3); }
    | VAR '(' ')'                   { SpecList l = {0}; $$ = parse_group(DECL_VAR, P(@1), l); }
    | CONST const_spec
        { SpecList l = {0}; LIST_PUSH(l, $2); $$ = parse_group(DECL_CONST, P(@1), l); }
    | CONST '(' const_specs osemi ')'
        { for (int i = 0; i < $3.n; i++) $3.v[i]->iota = i;
          $$ = parse_group(DECL_CONST, P(@1), $3); }
    | CONST '(' ')'                 { SpecList l = {0}; $$ = parse_group(DECL_CONST, P(@1), l); }
    | TYPE type_spec
        { SpecList l = {0}; LIST_PUSH(l, $2); $$ = parse_group(DECL_TYPE, P(@1), l); }
    | TYPE '(' type_specs osemi ')' { $$ = parse_group(DECL_TYPE, P(@1), $3); }
    | TYPE '(' ')'                  { SpecList l = {0}; $$ = parse_group(DECL_TYPE, P(@1), l); }
    ;

osemi
    : %empty
    | ';'
    ;

ocomma
    : %empty
    | ','
    ;

var_specs
    : var_spec                  { memset(&$$, 0, sizeof $$); LIST_PUSH($$, $1); }
    | var_specs ';' var_spec    { $$ = $1; LIST_PUSH($$, $3); }
    ;

var_spec
    : ident_list type               { $$ = ast_spec(P(@1)); $$->names = $1; $$->type = $2; }
    | ident_list type '=' expr_list { $$ = ast_spec(P(@1)); $$->names = $1; $$->type = $2; $$->values = $4; }
    | ident_list '=' expr_list      { $$ = ast_spec(P(@1)); $$->names = $1; $$->values = $3; }
    ;

const_specs
    : const_spec                    { memset(&$$, 0, sizeof $$); LIST_PUSH($$, $1); }
    | const_specs ';' const_spec    { $$ = $1; LIST_PUSH($$, $3); }
    ;

const_spec
    : ident_list                    { $$ = ast_spec(P(@1)); $$->names = $1; }
    | ident_list type               { $$ = ast_spec(P(@1)); $$->names = $1; $$->type = $2; }
    | ident_list '=' expr_list      { $$ = ast_spec(P(@1)); $$->names = $1; $$->values = $3; }
    | ident_list type '=' expr_list { $$ = ast_spec(P(@1)); $$->names = $1; $$->type = $2; $$->values = $4; }
    ;

type_specs
    : type_spec                 { memset(&$$, 0, sizeof $$); LIST_PUSH($$, $1); }
    | type_specs ';' type_spec  { $$ = $1; LIST_PUSH($$, $3); }
    ;

/* `type A [N]T` and `type L[T any] ...` share a prefix: a type parameter
 * list starts with a name followed by a constraint (not starting with '*',
 * '(' or '[', which Go also reads as an array length) or by a comma. */
type_spec
    : IDENT type
        { $$ = ast_spec(P(@1)); LIST_PUSH($$->names, parse_ident($1)); $$->type = $2;
          /* `type T[P *C] E` parsed as an array: a type parameter when C is
           * a type element (go/parser's extractName). */
          if ($2->kind == EX_ARRAYTYPE && $2->y && $2->y->kind != EX_ELLIPSIS) {
              Expr *c = NULL;
              Expr *name = parse_extract_name($2->y, false, &c);
              if (name && c) {
                  AstField *f = ast_field(name->pos); LIST_PUSH(f->names, name); f->type = c;
                  LIST_PUSH($$->tparams, f);
                  $$->type = $2->x;
              }
          } }
    | IDENT '=' type
        { $$ = ast_spec(P(@1)); LIST_PUSH($$->names, parse_ident($1)); $$->type = $3; $$->alias = true; }
    | IDENT '[' IDENT tag_constraint tparam_rest ']' type
        { $$ = ast_spec(P(@1)); LIST_PUSH($$->names, parse_ident($1));
          AstField *f = ast_field(P(@3)); LIST_PUSH(f->names, parse_ident($3)); f->type = $4;
          LIST_PUSH($$->tparams, f);
          for (int i = 0; i < $5.n; i++) LIST_PUSH($$->tparams, $5.v[i]);
          $$->type = $7; }
    | IDENT '[' expr ',' ']' type
        { $$ = parse_type_params(parse_ident($1), $3, (FieldList){0}, $6, p); }
    | IDENT '[' expr ',' tparam_list ocomma ']' type
        { $$ = parse_type_params(parse_ident($1), $3, $5, $8, p); }
    ;

tag_constraint
    : union_first
    ;

union_first
    : first_term
    | union_first '|' term  { $$ = parse_binary(OP_OR, $1, $3, P(@2)); }
    ;

first_term
    : '~' type          { $$ = parse_unary(OP_TILDE, $2, P(@1)); }
    | typename
    | MAP '[' type ']' type
        { $$ = ast_expr(EX_MAPTYPE, P(@1)); $$->y = $3; $$->x = $5; }
    | CHAN chan_elem    { $$ = ast_expr(EX_CHANTYPE, P(@1)); $$->x = $2; $$->dir = CHAN_BOTH; }
    | CHAN ARROW type   { $$ = ast_expr(EX_CHANTYPE, P(@1)); $$->x = $3; $$->dir = CHAN_SEND; }
    | ARROW CHAN type   { $$ = ast_expr(EX_CHANTYPE, P(@1)); $$->x = $3; $$->dir = CHAN_RECV; }
    | FUNC signature    { $$ = $2; $$->pos = P(@1); }
    | STRUCT lbrace field_decls '}'
        { $$ = ast_expr(EX_STRUCTTYPE, P(@1)); $$->fields = $3; }
    | INTERFACE lbrace iface_elems '}'
        { $$ = ast_expr(EX_INTERFACETYPE, P(@1)); $$->fields = $3; }
    ;

tparam_rest
    : ocomma                    { memset(&$$, 0, sizeof $$); }
    | ',' tparam_list ocomma    { $$ = $2; }
    ;

tparams
    : '[' tparam_list ocomma ']'    { $$ = $2; }
    ;

tparam_list
    : tparam_group                  { memset(&$$, 0, sizeof $$); LIST_PUSH($$, $1); }
    | tparam_list ',' tparam_group  { $$ = $1; LIST_PUSH($$, $3); }
    ;

tparam_group
    : ident_list union  { $$ = ast_field(P(@1)); $$->names = $1; $$->type = $2; }
    ;

union
    : term
    | union '|' term    { $$ = parse_binary(OP_OR, $1, $3, P(@2)); }
    ;

term
    : type
    | '~' type          { $$ = parse_unary(OP_TILDE, $2, P(@1)); }
    ;

ident_list
    : IDENT                 { memset(&$$, 0, sizeof $$); LIST_PUSH($$, parse_ident($1)); }
    | ident_list ',' IDENT  { $$ = $1; LIST_PUSH($$, parse_ident($3)); }
    ;

func_decl
    : FUNC IDENT signature body_opt_func
        { $$ = ast_decl(DECL_FUNC, P(@1)); $$->name = parse_ident($2); $$->ftype = $3;
          $$->body = $4; }
    | FUNC IDENT tparams signature body_opt_func
        { $$ = ast_decl(DECL_FUNC, P(@1)); $$->name = parse_ident($2); $$->ftype = $4;
          $4->tparams = $3; $$->body = $5; }
    | FUNC params IDENT signature body_opt_func
        { $$ = ast_decl(DECL_FUNC, P(@1)); $$->name = parse_ident($3); $$->ftype = $4;
          $$->body = $5;
          if ($2.n != 1 || $2.v[0]->names.n > 1) {
              parse_error_at(p, P(@3), $2.n == 0 ? "method has no receiver" : "method has multiple receivers");
          }
          if ($2.n > 0) $$->recv = $2.v[0]; }
    ;

body_opt_func
    : %empty    { $$ = NULL; p->bodyless = true; }
    | block
    | LAZYBODY
        { $$ = ast_stmt(ST_BLOCK, P(@1)); $$->lazy = ast_alloc(sizeof(LazyBody));
          $$->lazy->src = p->src; $$->lazy->off = (long)($1->lit - p->src->text); $$->lazy->pos = P(@1); }
    ;

/* ---- types ---- */

type
    : typename
    | typelit
    | '(' type ')'      { $$ = ast_expr(EX_PAREN, P(@1)); $$->x = $2; }
    ;

typename
    : IDENT %prec NORESULT                  { $$ = parse_ident($1); }
    | IDENT '.' IDENT %prec NORESULT
        { $$ = ast_expr(EX_SELECTOR, P(@1)); $$->x = parse_ident($1); $$->name = $3->lit; $$->namepos = P(@3); }
    | IDENT '[' expr typeargs_tail
        { $$ = ast_expr(EX_INDEX, P(@1)); $$->x = parse_ident($1);
          LIST_PUSH($$->list, $3); for (int i = 0; i < $4.n; i++) LIST_PUSH($$->list, $4.v[i]); }
    | IDENT '.' IDENT '[' expr typeargs_tail
        { Expr *s = ast_expr(EX_SELECTOR, P(@1)); s->x = parse_ident($1); s->name = $3->lit; s->namepos = P(@3);
          $$ = ast_expr(EX_INDEX, P(@1)); $$->x = s;
          LIST_PUSH($$->list, $5); for (int i = 0; i < $6.n; i++) LIST_PUSH($$->list, $6.v[i]); }
    ;

typeargs_tail
    : ']'                           { memset(&$$, 0, sizeof $$); }
    | ',' ']'                       { memset(&$$, 0, sizeof $$); }
    | ',' expr_list ocomma ']'      { $$ = $2; }
    ;

typelit
    : typelit_noarrow
    | ARROW CHAN type   { $$ = ast_expr(EX_CHANTYPE, P(@1)); $$->x = $3; $$->dir = CHAN_RECV; }
    ;

typelit_noarrow
    : '*' type          { $$ = ast_expr(EX_STAR, P(@1)); $$->x = $2; }
    | '[' ']' type      { $$ = ast_expr(EX_ARRAYTYPE, P(@1)); $$->x = $3; }
    | '[' expr ']' type { $$ = ast_expr(EX_ARRAYTYPE, P(@1)); $$->y = $2; $$->x = $4; }
    | '[' ELLIPSIS ']' type
        { $$ = ast_expr(EX_ARRAYTYPE, P(@1)); $$->y = ast_expr(EX_ELLIPSIS, P(@2)); $$->x = $4; }
    | MAP '[' type ']' type
        { $$ = ast_expr(EX_MAPTYPE, P(@1)); $$->y = $3; $$->x = $5; }
    | CHAN chan_elem    { $$ = ast_expr(EX_CHANTYPE, P(@1)); $$->x = $2; $$->dir = CHAN_BOTH; }
    | CHAN ARROW type   { $$ = ast_expr(EX_CHANTYPE, P(@1)); $$->x = $3; $$->dir = CHAN_SEND; }
    | FUNC signature    { $$ = $2; $$->pos = P(@1); }
    | STRUCT lbrace field_decls '}'
        { $$ = ast_expr(EX_STRUCTTYPE, P(@1)); $$->fields = $3; }
    | INTERFACE lbrace iface_elems '}'
        { $$ = ast_expr(EX_INTERFACETYPE, P(@1)); $$->fields = $3; }
    ;

/* The element of `chan T`: `chan <-chan T` would be ambiguous, Go reads
 * `chan<- chan T`; a receive-only element needs parentheses. */
chan_elem
    : typename
    | typelit_noarrow
    | '(' type ')'      { $$ = ast_expr(EX_PAREN, P(@1)); $$->x = $2; }
    ;

signature
    : params %prec NORESULT     { $$ = parse_functype(P(@1), $1, (FieldList){0}); }
    | params result
        { FieldList r = {0};
          if ($2->kind == EX_FUNCTYPE && $2->pos.line == -1) r = $2->params;
          else { AstField *f = ast_field($2->pos); f->type = $2; LIST_PUSH(r, f); }
          $$ = parse_functype(P(@1), $1, r); }
    ;

result
    : typename
    | typelit
    | params            { $$ = ast_expr(EX_FUNCTYPE, (Pos){-1, 0}); $$->params = $1; }
    ;

params
    : '(' ')'                       { memset(&$$, 0, sizeof $$); }
    | '(' param_list ocomma ')'     { $$ = parse_fix_params($2, p); }
    ;

param_list
    : param                     { memset(&$$, 0, sizeof $$); LIST_PUSH($$, $1); }
    | param_list ',' param      { $$ = $1; LIST_PUSH($$, $3); }
    ;

param
    : type                  { $$ = parse_raw_param(NULL, $1, P(@1)); }
    | IDENT type            { $$ = parse_raw_param(parse_ident($1), $2, P(@1)); }
    | IDENT ELLIPSIS type
        { Expr *e = ast_expr(EX_ELLIPSIS, P(@2)); e->x = $3; $$ = parse_raw_param(parse_ident($1), e, P(@1)); }
    | ELLIPSIS type
        { Expr *e = ast_expr(EX_ELLIPSIS, P(@1)); e->x = $2; $$ = parse_raw_param(NULL, e, P(@1)); }
    ;

field_decls
    : %empty                        { memset(&$$, 0, sizeof $$); }
    | field_decl_list osemi         { $$ = $1; }
    ;

field_decl_list
    : field_decl                        { memset(&$$, 0, sizeof $$); LIST_PUSH($$, $1); }
    | field_decl_list ';' field_decl    { $$ = $1; LIST_PUSH($$, $3); }
    ;

field_decl
    : IDENT type tag_opt
        { $$ = ast_field(P(@1)); LIST_PUSH($$->names, parse_ident($1)); $$->type = $2; $$->tag = $3; }
    | IDENT ',' ident_list type tag_opt
        { $$ = ast_field(P(@1)); LIST_PUSH($$->names, parse_ident($1));
          for (int i = 0; i < $3.n; i++) LIST_PUSH($$->names, $3.v[i]);
          $$->type = $4; $$->tag = $5; }
    | embedded_field tag_opt        { $$ = $1; $$->tag = $2; }
    ;

embedded_field
    : typename          { $$ = ast_field(P(@1)); $$->type = $1; $$->embedded = true; }
    | '*' typename
        { $$ = ast_field(P(@1)); $$->type = ast_expr(EX_STAR, P(@1)); $$->type->x = $2; $$->embedded = true; }
    ;

tag_opt
    : %empty    { $$ = NULL; }
    | STRING    { $$ = $1->str; }
    ;

iface_elems
    : %empty                { memset(&$$, 0, sizeof $$); }
    | iface_list osemi      { $$ = $1; }
    ;

iface_list
    : iface_elem                    { memset(&$$, 0, sizeof $$); LIST_PUSH($$, $1); }
    | iface_list ';' iface_elem     { $$ = $1; LIST_PUSH($$, $3); }
    ;

iface_elem
    : IDENT signature
        { $$ = ast_field(P(@1)); LIST_PUSH($$->names, parse_ident($1)); $$->type = $2; }
    | union             { $$ = ast_field(P(@1)); $$->type = $1; }
    ;

/* ---- statements ---- */

block
    : '{' stmt_list '}'     { $$ = ast_stmt(ST_BLOCK, P(@1)); $$->list = $2; }
    ;

/* The body of if/for/switch: its LBODY ends the header context. */
body_block
    : LBODY { parse_hdr_pop(p); } stmt_list '}'
        { $$ = ast_stmt(ST_BLOCK, P(@1)); $$->list = $3; }
    ;

lbrace
    : '{'
    | LBODY
    ;

stmt_list
    : stmt                      { memset(&$$, 0, sizeof $$); if ($1) LIST_PUSH($$, $1); }
    | stmt_list ';' stmt        { $$ = $1; if ($3) LIST_PUSH($$, $3); }
    ;

stmt
    : %empty            { $$ = NULL; }
    | common_decl       { $$ = parse_decl_stmt($1); }
    | nondecl_stmt
    /* Resynchronized at a statement's end, the next error is reported at
     * once (Go reports one per statement). */
    | error             { $$ = NULL; parse_hdr_recover(p); if (yychar == ';') yyerrok; }
    | error block       { $$ = NULL; parse_hdr_recover(p); if (yychar == ';') yyerrok; }
    ;

nondecl_stmt
    : simple_stmt
    | block
    | if_stmt
    | for_stmt
    | switch_stmt
    | select_stmt
    | IDENT ':' stmt
        { $$ = ast_stmt(ST_LABELED, P(@1)); $$->label = $1->lit;
          $$->body = $3 ? $3 : ast_stmt(ST_EMPTY, P(@2)); }
    | GO expr           { $$ = ast_stmt(ST_GO, P(@1)); $$->x = parse_call_stmt($2, "go", p); }
    | DEFER expr        { $$ = ast_stmt(ST_DEFER, P(@1)); $$->x = parse_call_stmt($2, "defer", p); }
    | RETURN            { $$ = ast_stmt(ST_RETURN, P(@1)); }
    | RETURN expr_list  { $$ = ast_stmt(ST_RETURN, P(@1)); $$->rhs = $2; }
    | BREAK             { $$ = ast_stmt(ST_BRANCH, P(@1)); $$->branch = BR_BREAK; }
    | BREAK IDENT       { $$ = ast_stmt(ST_BRANCH, P(@1)); $$->branch = BR_BREAK; $$->label = $2->lit; }
    | CONTINUE          { $$ = ast_stmt(ST_BRANCH, P(@1)); $$->branch = BR_CONTINUE; }
    | CONTINUE IDENT    { $$ = ast_stmt(ST_BRANCH, P(@1)); $$->branch = BR_CONTINUE; $$->label = $2->lit; }
    | GOTO IDENT        { $$ = ast_stmt(ST_BRANCH, P(@1)); $$->branch = BR_GOTO; $$->label = $2->lit; }
    | FALLTHROUGH       { $$ = ast_stmt(ST_BRANCH, P(@1)); $$->branch = BR_FALLTHROUGH; }
    ;

simple_stmt
    : expr              { $$ = ast_stmt(ST_EXPR, P(@1)); $$->x = $1; }
    | expr INC          { $$ = ast_stmt(ST_INCDEC, P(@2)); $$->x = $1; $$->op = OP_ADD; }
    | expr DEC          { $$ = ast_stmt(ST_INCDEC, P(@2)); $$->x = $1; $$->op = OP_SUB; }
    | expr ARROW expr   { $$ = ast_stmt(ST_SEND, P(@2)); $$->x = $1; $$->y = $3; }
    | expr_list '=' expr_list
        { $$ = ast_stmt(ST_ASSIGN, P(@2)); $$->lhs = $1; $$->rhs = $3; $$->op = OP_NONE; }
    | expr_list ASSIGN_OP expr_list
        { $$ = ast_stmt(ST_ASSIGN, P(@2)); $$->lhs = $1; $$->rhs = $3; $$->op = $2->op;
          if ($1.n != 1 || $3.n != 1)
              parse_error_at(p, P(@2), "syntax error: unexpected %s=, expecting := or = or comma", op_string($2->op)); }
    | expr_list DEFINE expr_list
        { $$ = ast_stmt(ST_ASSIGN, P(@2)); $$->lhs = $1; $$->rhs = $3; $$->define = true;
          /* A non-name on the left is the checker's error, as in types2. */ }
    ;

osimple
    : %empty        { $$ = NULL; }
    | simple_stmt
    ;

oexpr
    : %empty        { $$ = NULL; }
    | expr
    ;

if_stmt
    : IF simple_stmt body_block else_opt
        { $$ = ast_stmt(ST_IF, P(@1)); $$->cond = parse_cond($2, p); $$->body = $3; $$->els = $4; }
    | IF osimple ';' simple_stmt body_block else_opt
        { $$ = ast_stmt(ST_IF, P(@1)); $$->init = $2; $$->cond = parse_cond($4, p); $$->body = $5; $$->els = $6; }
    | IF osimple ';' body_block else_opt
        { if ($3->semi == SEMI_EXPLICIT) parse_error_at(p, P(@3), "syntax error: missing condition in if statement");
          else parse_error_at(p, P(@3), "syntax error: unexpected %s, expecting { after if clause",
                              $3->semi == SEMI_NEWLINE ? "newline" : "EOF");
          $$ = ast_stmt(ST_IF, P(@1)); $$->init = $2; $$->body = $4; $$->els = $5; }
    | IF body_block else_opt
        { parse_error_at(p, P(@2), "syntax error: missing condition in if statement");
          $$ = ast_stmt(ST_IF, P(@1)); $$->body = $2; $$->els = $3; }
    ;

else_opt
    : %empty            { $$ = NULL; }
    | ELSE if_stmt      { $$ = $2; }
    | ELSE block        { $$ = $2; }
    ;

for_stmt
    : FOR for_header body_block     { $$ = $2; $$->pos = P(@1); $$->body = $3; }
    ;

for_header
    : %empty                            { $$ = ast_stmt(ST_FOR, (Pos){0, 0}); }
    | simple_stmt                       { $$ = ast_stmt(ST_FOR, (Pos){0, 0}); $$->cond = parse_cond($1, p); }
    | osimple ';' osimple ';' osimple
        { $$ = ast_stmt(ST_FOR, (Pos){0, 0}); $$->init = $1; $$->cond = $3 ? parse_cond($3, p) : NULL; $$->post = $5;
          if ($5 && $5->kind == ST_ASSIGN && $5->define)
              parse_error_at(p, $5->pos, "syntax error: cannot declare in post statement of for loop"); }
    | range_expr                        { $$ = ast_stmt(ST_RANGE, (Pos){0, 0}); $$->x = $1; }
    | expr_list '=' range_expr
        { $$ = ast_stmt(ST_RANGE, (Pos){0, 0}); $$->x = $3;
          if ($1.n > 2) $$->y = $1.v[2]; /* the checker reports it, as types2 does */
          $$->key = $1.v[0]; $$->value = $1.n > 1 ? $1.v[1] : NULL; $$->op = OP_NONE; }
    | expr_list DEFINE range_expr
        { $$ = ast_stmt(ST_RANGE, (Pos){0, 0}); $$->x = $3; $$->define = true;
          if ($1.n > 2) $$->y = $1.v[2]; /* the checker reports it, as types2 does */
          for (int i = 0; i < $1.n; i++)
              if ($1.v[i]->kind != EX_IDENT) {
                  parse_error_at(p, $1.v[i]->pos, "non-name on left side of :=");
                  break;
              }
          $$->key = $1.v[0]; $$->value = $1.n > 1 ? $1.v[1] : NULL; }
    ;

range_expr
    : RANGE expr        { $$ = $2; }
    ;

switch_stmt
    : SWITCH switch_header LBODY { parse_hdr_pop(p); } case_clauses '}'
        { $$ = $2; $$->pos = P(@1); $$->list = $5; }
    ;

switch_header
    : %empty                    { $$ = parse_switch((Pos){0, 0}, NULL, NULL, p, @$); }
    | simple_stmt               { $$ = parse_switch((Pos){0, 0}, NULL, $1, p, @1); }
    | osimple ';' osimple       { $$ = parse_switch((Pos){0, 0}, $1, $3, p, @3); }
    ;

case_clauses
    : %empty                    { memset(&$$, 0, sizeof $$); }
    | case_clauses case_clause  { $$ = $1; LIST_PUSH($$, $2); }
    ;

case_clause
    : CASE expr_list ':' stmt_list
        { $$ = ast_stmt(ST_CASE, P(@1)); $$->lhs = $2; $$->list = $4; }
    | DEFAULT ':' stmt_list
        { $$ = ast_stmt(ST_CASE, P(@1)); $$->list = $3; }
    | CASE error ':' stmt_list      { $$ = ast_stmt(ST_CASE, P(@1)); $$->list = $4; }
    | CASE error ';' stmt_list      { $$ = ast_stmt(ST_CASE, P(@1)); $$->list = $4; }
    ;

select_stmt
    : SELECT '{' comm_clauses '}'
        { $$ = ast_stmt(ST_SELECT, P(@1)); $$->list = $3; }
    ;

comm_clauses
    : %empty                    { memset(&$$, 0, sizeof $$); }
    | comm_clauses comm_clause  { $$ = $1; LIST_PUSH($$, $2); }
    ;

comm_clause
    : CASE simple_stmt ':' stmt_list
        { $$ = ast_stmt(ST_COMM, P(@1)); $$->comm = $2; $$->list = $4; /* the checker validates the case */ }
    | DEFAULT ':' stmt_list
        { $$ = ast_stmt(ST_COMM, P(@1)); $$->list = $3; }
    | CASE error ':' stmt_list      { $$ = ast_stmt(ST_COMM, P(@1)); $$->list = $4; }
    | CASE error ';' stmt_list      { $$ = ast_stmt(ST_COMM, P(@1)); $$->list = $4; }
    ;

/* ---- expressions ---- */

expr_list
    : expr                  { memset(&$$, 0, sizeof $$); LIST_PUSH($$, $1); }
    | expr_list ',' expr    { $$ = $1; LIST_PUSH($$, $3); }
    ;

expr
    : unary_expr
    | expr LOR expr         { $$ = parse_binary(OP_LOR, $1, $3, P(@2)); NEST(@$); }
    | expr LAND expr        { $$ = parse_binary(OP_LAND, $1, $3, P(@2)); NEST(@$); }
    | expr EQL expr         { $$ = parse_binary(OP_EQL, $1, $3, P(@2)); NEST(@$); }
    | expr NEQ expr         { $$ = parse_binary(OP_NEQ, $1, $3, P(@2)); NEST(@$); }
    | expr '<' expr         { $$ = parse_binary(OP_LSS, $1, $3, P(@2)); NEST(@$); }
    | expr LEQ expr         { $$ = parse_binary(OP_LEQ, $1, $3, P(@2)); NEST(@$); }
    | expr '>' expr         { $$ = parse_binary(OP_GTR, $1, $3, P(@2)); NEST(@$); }
    | expr GEQ expr         { $$ = parse_binary(OP_GEQ, $1, $3, P(@2)); NEST(@$); }
    | expr '+' expr         { $$ = parse_binary(OP_ADD, $1, $3, P(@2)); NEST(@$); }
    | expr '-' expr         { $$ = parse_binary(OP_SUB, $1, $3, P(@2)); NEST(@$); }
    | expr '|' expr         { $$ = parse_binary(OP_OR, $1, $3, P(@2)); NEST(@$); }
    | expr '^' expr         { $$ = parse_binary(OP_XOR, $1, $3, P(@2)); NEST(@$); }
    | expr '*' expr         { $$ = parse_binary(OP_MUL, $1, $3, P(@2)); NEST(@$); }
    | expr '/' expr         { $$ = parse_binary(OP_QUO, $1, $3, P(@2)); NEST(@$); }
    | expr '%' expr         { $$ = parse_binary(OP_REM, $1, $3, P(@2)); NEST(@$); }
    | expr SHL expr         { $$ = parse_binary(OP_SHL, $1, $3, P(@2)); NEST(@$); }
    | expr SHR expr         { $$ = parse_binary(OP_SHR, $1, $3, P(@2)); NEST(@$); }
    | expr '&' expr         { $$ = parse_binary(OP_AND, $1, $3, P(@2)); NEST(@$); }
    | expr AND_NOT expr     { $$ = parse_binary(OP_AND_NOT, $1, $3, P(@2)); NEST(@$); }
    ;

unary_expr
    : primary               { $$ = parse_check_expr($1, p); }
    | '+' unary_expr        { $$ = parse_unary(OP_ADD, $2, P(@1)); NEST(@$); }
    | '-' unary_expr        { $$ = parse_unary(OP_SUB, $2, P(@1)); NEST(@$); }
    | '!' unary_expr        { $$ = parse_unary(OP_NOT, $2, P(@1)); NEST(@$); }
    | '^' unary_expr        { $$ = parse_unary(OP_XOR, $2, P(@1)); NEST(@$); }
    | '&' unary_expr        { $$ = parse_unary(OP_ADDR, $2, P(@1)); NEST(@$); }
    | '~' unary_expr        { $$ = parse_unary(OP_TILDE, $2, P(@1)); NEST(@$); }
    | '*' unary_expr        { $$ = ast_expr(EX_STAR, P(@1)); $$->x = $2; NEST(@$); }
    | ARROW unary_expr      { $$ = parse_recv($2, P(@1), p); NEST(@$); }
    ;

/* A type literal operand followed by '{' or LBODY is a composite literal;
 * otherwise it is a conversion's type or an argument (make, type args). */
primary
    : primary_nt
    | typelit_operand %prec NOBODY
    ;

primary_nt
    : operand
    | primary '.' IDENT
        { $$ = ast_expr(EX_SELECTOR, P(@1)); $$->x = $1; $$->name = $3->lit; $$->namepos = P(@3); NEST(@$); }
    | primary '.' '(' type ')'
        { $$ = ast_expr(EX_TYPEASSERT, P(@1)); $$->x = $1; $$->y = $4; NEST(@$); }
    | primary '.' '(' TYPE ')'
        { $$ = ast_expr(EX_TYPEASSERT, P(@1)); $$->x = $1; LIST_PUSH(p->typeguards, $$); NEST(@$); }
    | primary '[' expr_list ocomma ']'
        { $$ = ast_expr(EX_INDEX, P(@1)); $$->x = $1; $$->list = $3; NEST(@$); }
    | primary '[' oexpr ':' oexpr ']'
        { $$ = ast_expr(EX_SLICE, P(@1)); $$->x = $1; $$->y = $3; $$->z = $5; NEST(@$); }
    | primary '[' oexpr ':' oexpr ':' oexpr ']'
        { $$ = ast_expr(EX_SLICE, P(@1)); $$->x = $1; $$->y = $3; $$->z = $5; $$->w = $7; $$->slice3 = true;
          if (!$5) parse_late_error(p, P(@6), "middle index required in 3-index slice");
          if (!$7) parse_late_error(p, P(@8), "final index required in 3-index slice"); NEST(@$); }
    | primary '(' ')'
        { $$ = ast_expr(EX_CALL, P(@2)); $$->x = $1; NEST(@$); }
    | primary '(' expr_list ocomma ')'
        { $$ = ast_expr(EX_CALL, P(@2)); $$->x = $1; $$->list = $3; NEST(@$); }
    | primary '(' expr_list ELLIPSIS ocomma ')'
        { $$ = ast_expr(EX_CALL, P(@2)); $$->x = $1; $$->list = $3; $$->ellipsis = true; NEST(@$); }
    | primary_nt '{' elems '}'
        { $$ = ast_expr(EX_COMPOSITE, $1->pos); $$->x = $1; $$->list = $3;
          Expr *t = parse_unparen($1);
          if (t->kind != EX_IDENT && t->kind != EX_SELECTOR && t->kind != EX_INDEX)
              parse_error_at(p, P(@2), "syntax error: unexpected { at end of statement");
         NEST(@$); }
    | typelit_operand lbrace elems '}'
        { $$ = ast_expr(EX_COMPOSITE, $1->pos); $$->x = $1; $$->list = $3; NEST(@$); }
    | funclit
    ;

operand
    : IDENT             { $$ = parse_ident($1); }
    | INT               { $$ = parse_lit($1); }
    | FLOAT             { $$ = parse_lit($1); }
    | IMAG              { $$ = parse_lit($1); }
    | CHAR              { $$ = parse_lit($1); }
    | STRING            { $$ = parse_lit($1); }
    | '(' expr ')'      { $$ = ast_expr(EX_PAREN, P(@1)); $$->x = $2; NEST(@$); }
    ;

typelit_operand
    : '[' ']' type      { $$ = ast_expr(EX_ARRAYTYPE, P(@1)); $$->x = $3; }
    | '[' expr ']' type { $$ = ast_expr(EX_ARRAYTYPE, P(@1)); $$->y = $2; $$->x = $4; }
    | '[' ELLIPSIS ']' type
        { $$ = ast_expr(EX_ARRAYTYPE, P(@1)); $$->y = ast_expr(EX_ELLIPSIS, P(@2)); $$->x = $4; }
    | MAP '[' type ']' type
        { $$ = ast_expr(EX_MAPTYPE, P(@1)); $$->y = $3; $$->x = $5; }
    | CHAN chan_elem    { $$ = ast_expr(EX_CHANTYPE, P(@1)); $$->x = $2; $$->dir = CHAN_BOTH; }
    | CHAN ARROW type   { $$ = ast_expr(EX_CHANTYPE, P(@1)); $$->x = $3; $$->dir = CHAN_SEND; }
    | FUNC signature %prec NOBODY { $$ = $2; $$->pos = P(@1); }
    | STRUCT lbrace field_decls '}'
        { $$ = ast_expr(EX_STRUCTTYPE, P(@1)); $$->fields = $3; }
    | INTERFACE lbrace iface_elems '}'
        { $$ = ast_expr(EX_INTERFACETYPE, P(@1)); $$->fields = $3; }
    ;

funclit
    : FUNC signature lbrace stmt_list '}'
        { $$ = ast_expr(EX_FUNCLIT, P(@1)); $2->pos = P(@1); $$->x = $2;
          $$->body = ast_stmt(ST_BLOCK, P(@3)); $$->body->list = $4; }
    ;

elems
    : %empty                { memset(&$$, 0, sizeof $$); }
    | elem_list ocomma      { $$ = $1; }
    ;

elem_list
    : elem                  { memset(&$$, 0, sizeof $$); LIST_PUSH($$, $1); }
    | elem_list ',' elem    { $$ = $1; LIST_PUSH($$, $3); }
    /* After an error in a literal Go skips to its closing brace. */
    | error                 { memset(&$$, 0, sizeof $$); }
    | elem_list error       { $$ = $1; }
    ;

elem
    : elem_val
    | elem_val ':' elem_val { $$ = ast_expr(EX_KEYVALUE, $1->pos); $$->x = $1; $$->y = $3; }
    ;

elem_val
    : expr
    | '{' elems '}'         { $$ = ast_expr(EX_COMPOSITE, P(@1)); $$->list = $2; }
    ;

%%

/* Makes an identifier node from a token. */
static Expr *parse_ident(Token *t) {
    Expr *e = ast_expr(EX_IDENT, t->pos);
    e->name = t->lit;
    e->namepos = t->pos;
    return e;
}

/* Makes a basic literal node from a token (values decoded by the lexer). */
static Expr *parse_lit(Token *t) {
    Expr *e = ast_expr(EX_BASICLIT, t->pos);
    e->raw = t->lit;
    switch (t->kind) {
    case TOK_INT: e->lit = LIT_INT; break;
    case TOK_FLOAT: e->lit = LIT_FLOAT; break;
    case TOK_IMAG: e->lit = LIT_IMAG; break;
    case TOK_CHAR: e->lit = LIT_CHAR; e->rune = t->rune; break;
    default: e->lit = LIT_STRING; e->str = t->str; e->strlen = t->strlen; break;
    }
    return e;
}

/* Makes a binary expression positioned at its operator. */
static Expr *parse_binary(Op op, Expr *x, Expr *y, Pos pos) {
    Expr *e = ast_expr(EX_BINARY, pos);
    e->op = op;
    e->x = x;
    e->y = y;
    return e;
}

/* Makes a unary expression. */
static Expr *parse_unary(Op op, Expr *x, Pos pos) {
    Expr *e = ast_expr(EX_UNARY, pos);
    e->op = op;
    e->x = x;
    return e;
}

/* `<-x`: a receive, or (when x is a channel type) a receive-only channel
 * type, re-associated as go/parser does: <-chan chan T is <-chan (chan T). */
static Expr *parse_recv(Expr *x, Pos pos, ParseCtx *p) {
    if (x->kind != EX_CHANTYPE) return parse_unary(OP_ARROW, x, pos);
    Expr *t = x;
    ChanDir dir = CHAN_SEND;
    while (t && t->kind == EX_CHANTYPE && dir == CHAN_SEND) {
        if (t->dir == CHAN_RECV) {
            parse_error_at(p, t->pos, "syntax error: unexpected <-, expected chan");
            return x;
        }
        dir = t->dir;
        t->dir = CHAN_RECV;
        t = t->x;
    }
    if (dir == CHAN_SEND) parse_error_at(p, pos, "syntax error: unexpected <-, expected channel type");
    x->pos = pos;
    return x;
}

/* Strips parentheses. */
static Expr *parse_unparen(Expr *x) {
    while (x && x->kind == EX_PAREN) x = x->x;
    return x;
}

/* Rejects `x.(type)` used outside a type switch guard (the guard is
 * re-checked by parse_switch, which accepts it). */
static Expr *parse_check_expr(Expr *x, ParseCtx *p) {
    (void)p;
    return x;
}

/* Go's String() of a simple statement, for "cannot use ... as value". */
static const char *parse_stmt_string(const Stmt *s) {
    char *buf = GC_MALLOC_ATOMIC(512);
    char lhs[200] = "", rhs[200] = "";
    for (int i = 0; i < s->lhs.n; i++)
        snprintf(lhs + strlen(lhs), sizeof lhs - strlen(lhs), "%s%s", i ? ", " : "", ast_expr_string(s->lhs.v[i]));
    for (int i = 0; i < s->rhs.n; i++)
        snprintf(rhs + strlen(rhs), sizeof rhs - strlen(rhs), "%s%s", i ? ", " : "", ast_expr_string(s->rhs.v[i]));
    switch (s->kind) {
    case ST_ASSIGN:
        if (s->define) snprintf(buf, 512, "%s := %s", lhs, rhs);
        else if (s->op == OP_NONE) snprintf(buf, 512, "assignment (%s) = (%s)", lhs, rhs);
        else snprintf(buf, 512, "%s %s= %s", lhs, op_string(s->op), rhs);
        break;
    case ST_INCDEC: snprintf(buf, 512, "%s%s", ast_expr_string(s->x), s->op == OP_ADD ? "++" : "--"); break;
    case ST_SEND: snprintf(buf, 512, "%s <- %s", ast_expr_string(s->x), ast_expr_string(s->y)); break;
    default: snprintf(buf, 512, "statement"); break;
    }
    return buf;
}

/* The condition of an if/for/switch header given as a simple statement: an
 * expression statement's expression; anything else is Go's "cannot use ...
 * as value" error. */
static Expr *parse_cond(Stmt *s, ParseCtx *p) {
    if (s->kind == ST_EXPR) return s->x;
    parse_error_at(p, s->pos, "syntax error: cannot use %s as value", parse_stmt_string(s));
    return ast_expr(EX_BAD, s->pos);
}

/* The call of a go or defer statement, unparenthesized (Go's parser rejects
 * the parentheses). */
static Expr *parse_call_stmt(Expr *x, const char *kw, ParseCtx *p) {
    Expr *t = parse_unparen(x);
    if (t != x) parse_late_error(p, x->pos, kw[0] == 'g' ? "expression in go must not be parenthesized"
                                                         : "expression in defer must not be parenthesized");
    /* "expression in go must be function call" is left to the checker so
     * that, as with cmd/compile, it is reported along with type errors. */
    return t;
}

/* Counts one level of expression nesting; past PARSE_MAX_EXPR_DEPTH the
 * parse ends with "nesting too deep". */
static void parse_nest(ParseCtx *p, YYLTYPE *loc) {
    if (++loc->depth > PARSE_MAX_EXPR_DEPTH && !p->too_deep) {
        diag_error(p->diag, p->src, (Pos){loc->first_line, loc->first_column}, "nesting too deep");
        p->nerrors++;
        p->too_deep = true;
    }
}

/* go/parser's isTypeElem: whether x can only be a type element. */
static bool parse_is_type_elem(const Expr *x) {
    switch (x->kind) {
    case EX_ARRAYTYPE: case EX_STRUCTTYPE: case EX_FUNCTYPE: case EX_INTERFACETYPE:
    case EX_MAPTYPE: case EX_CHANTYPE:
        return true;
    case EX_BINARY: return parse_is_type_elem(x->x) || parse_is_type_elem(x->y);
    case EX_UNARY: return x->op == OP_TILDE;
    case EX_PAREN: return parse_is_type_elem(x->x);
    default: return false;
    }
}

/* go/parser's extractName: splits `P C` read as an expression (P*C, P(C),
 * P*C|D) into the name P and the constraint; returns NULL if x is not of
 * that shape (or, unless forced, C is not surely a type). A lone name gives
 * the name and *type NULL. */
static Expr *parse_extract_name(Expr *x, bool force, Expr **type) {
    *type = NULL;
    if (x->kind == EX_IDENT) return x;
    if (x->kind == EX_BINARY && x->op == OP_MUL && x->x->kind == EX_IDENT && (force || parse_is_type_elem(x->y))) {
        Expr *star = ast_expr(EX_STAR, x->pos);
        star->x = x->y;
        *type = star;
        return x->x;
    }
    if (x->kind == EX_BINARY && x->op == OP_OR) {
        Expr *lhs;
        Expr *name = parse_extract_name(x->x, force || parse_is_type_elem(x->y), &lhs);
        if (name && lhs) {
            Expr *u = ast_expr(EX_BINARY, x->pos);
            u->op = OP_OR;
            u->x = lhs;
            u->y = x->y;
            *type = u;
            return name;
        }
    }
    if (x->kind == EX_CALL && x->x->kind == EX_IDENT && x->list.n == 1 && !x->ellipsis &&
        (force || parse_is_type_elem(x->list.v[0]))) {
        *type = x->list.v[0];
        return x->x;
    }
    return NULL;
}

/* A generic type declaration whose first type parameter was read as an
 * expression followed by a comma: `type T[P *C, Q any] E`, `type T[K, V any] E`. */
static Spec *parse_type_params(Expr *name, Expr *first, FieldList rest, Expr *type, ParseCtx *p) {
    Spec *s = ast_spec(name->pos);
    LIST_PUSH(s->names, name);
    s->type = type;
    Expr *c;
    Expr *pname = parse_extract_name(first, true, &c);
    if (!pname) {
        parse_error_at(p, first->pos, "syntax error: missing type constraint");
        return s;
    }
    if (!c) {
        /* A bare name shares the constraint of the group that follows. */
        if (rest.n == 0) {
            parse_error_at(p, first->pos, "syntax error: missing type constraint");
            return s;
        }
        AstField *g = ast_field(pname->pos);
        LIST_PUSH(g->names, pname);
        for (int i = 0; i < rest.v[0]->names.n; i++) LIST_PUSH(g->names, rest.v[0]->names.v[i]);
        g->type = rest.v[0]->type;
        LIST_PUSH(s->tparams, g);
        for (int i = 1; i < rest.n; i++) LIST_PUSH(s->tparams, rest.v[i]);
        return s;
    }
    AstField *f = ast_field(pname->pos);
    LIST_PUSH(f->names, pname);
    f->type = c;
    LIST_PUSH(s->tparams, f);
    for (int i = 0; i < rest.n; i++) LIST_PUSH(s->tparams, rest.v[i]);
    return s;
}

/* Makes a raw parameter: one optional name and a type. */
static AstField *parse_raw_param(Expr *name, Expr *type, Pos pos) {
    AstField *f = ast_field(pos);
    if (name) LIST_PUSH(f->names, name);
    f->type = type;
    return f;
}

/* Groups raw parameters as Go does: if any parameter is named, all are, and
 * a run of bare names takes the type that follows (`a, b int`). */
static FieldList parse_fix_params(FieldList raw, ParseCtx *p) {
    bool named = false;
    for (int i = 0; i < raw.n; i++)
        if (raw.v[i]->names.n) named = true;
    if (!named) return raw;
    FieldList out = {0};
    ExprList pending = {0};
    for (int i = 0; i < raw.n; i++) {
        AstField *f = raw.v[i];
        if (f->names.n) {
            AstField *g = ast_field(pending.n ? pending.v[0]->pos : f->pos);
            for (int j = 0; j < pending.n; j++) LIST_PUSH(g->names, pending.v[j]);
            LIST_PUSH(g->names, f->names.v[0]);
            g->type = f->type;
            LIST_PUSH(out, g);
            pending = (ExprList){0};
        } else if (f->type->kind == EX_IDENT) {
            LIST_PUSH(pending, f->type);
        } else {
            parse_error_at(p, f->pos, "syntax error: mixed named and unnamed parameters");
            return raw;
        }
    }
    if (pending.n) {
        parse_error_at(p, pending.v[pending.n - 1]->pos, "syntax error: mixed named and unnamed parameters");
        return raw;
    }
    return out;
}

/* Makes an EX_FUNCTYPE node. */
static Expr *parse_functype(Pos pos, FieldList params, FieldList results) {
    Expr *e = ast_expr(EX_FUNCTYPE, pos);
    e->params = params;
    e->results = results;
    return e;
}

/* Builds a switch header: an expression switch (tag may be absent) or a
 * type switch when the tag is `x.(type)` or `v := x.(type)`. */
static Stmt *parse_switch(Pos pos, Stmt *init, Stmt *tag, ParseCtx *p, YYLTYPE loc) {
    Stmt *s = ast_stmt(ST_SWITCH, pos);
    s->init = init;
    if (!tag) return s;
    if (tag->kind == ST_EXPR) {
        Expr *x = tag->x;
        if (x->kind == EX_TYPEASSERT && !x->y) {
            s->kind = ST_TYPESWITCH;
            s->assign = tag;
            LIST_PUSH(p->guards_ok, x);
        } else {
            s->x = x;
        }
        return s;
    }
    if (tag->kind == ST_ASSIGN && tag->define && tag->lhs.n == 1 && tag->rhs.n == 1 &&
        tag->rhs.v[0]->kind == EX_TYPEASSERT && !tag->rhs.v[0]->y) {
        s->kind = ST_TYPESWITCH;
        s->assign = tag;
        LIST_PUSH(p->guards_ok, tag->rhs.v[0]);
        return s;
    }
    (void)loc;
    s->x = parse_cond(tag, p);
    return s;
}

/* Wraps a declaration as a statement. */
static Stmt *parse_decl_stmt(Decl *d) {
    Stmt *s = ast_stmt(ST_DECL, d->pos);
    s->decl = d;
    return s;
}

/* Makes a var/const/type/import declaration from its specs. */
static Decl *parse_group(DeclKind kind, Pos pos, SpecList specs) {
    Decl *d = ast_decl(kind, pos);
    d->specs = specs.v;
    d->nspecs = specs.n;
    return d;
}

/* Adds a top-level declaration in source order. */
static void parse_add_top(ParseCtx *p, Decl *d) {
    if (d) LIST_PUSH(p->file->decls, d);
}

/* Opens a statement header at the current bracket depth. */
static void parse_hdr_push(ParseCtx *p, int kind) {
    if (p->nhdr == p->hdrcap) {
        int cap = p->hdrcap ? p->hdrcap * 2 : 16;
        int *n = GC_MALLOC_ATOMIC(sizeof(int) * cap);
        int *k = GC_MALLOC_ATOMIC(sizeof(int) * cap);
        if (p->nhdr) {
            memcpy(n, p->hdr, sizeof(int) * p->nhdr);
            memcpy(k, p->hdrkind, sizeof(int) * p->nhdr);
        }
        p->hdr = n;
        p->hdrkind = k;
        p->hdrcap = cap;
    }
    p->hdrkind[p->nhdr] = kind;
    p->hdr[p->nhdr++] = p->depth;
}

/* Closes the innermost header (its body's LBODY has been read). */
static void parse_hdr_pop(ParseCtx *p) {
    if (p->nhdr > 0) p->nhdr--;
}

/* After a syntax error inside a block, forgets the headers opened in it. */
static void parse_hdr_recover(ParseCtx *p) {
    while (p->nhdr > 0 && p->hdr[p->nhdr - 1] >= p->depth) p->nhdr--;
}

/* Records an error that cmd/compile reports without stopping before type
 * checking: kept on the file for the checker, or reported at once while a
 * lazy body or declaration is parsed (during checking). */
static void parse_late_error(ParseCtx *p, Pos pos, const char *msg) {
    File *f = p->file;
    if (!f || p->body || p->decl_mode) {
        diag_error(p->diag, p->src, pos, "%s", msg);
        return;
    }
    Pos *ps = GC_MALLOC_ATOMIC(sizeof(Pos) * (f->nlate + 1));
    const char **ms = GC_MALLOC(sizeof(char *) * (f->nlate + 1));
    if (f->nlate) {
        memcpy(ps, f->late_pos, sizeof(Pos) * f->nlate);
        memcpy(ms, f->late_msg, sizeof(char *) * f->nlate);
    }
    ps[f->nlate] = pos;
    ms[f->nlate] = msg;
    f->late_pos = ps;
    f->late_msg = ms;
    f->nlate++;
}

/* Reports an error (counted as a syntax error). */
static void parse_error_at(ParseCtx *p, Pos pos, const char *fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    p->nerrors++;
    diag_error(p->diag, p->src, pos, "%s", buf);
}

/* Maps a lexer token kind to the Bison token. */
static int parse_map_token(int k) {
    switch (k) {
    case TOK_EOF: return YYEOF;
    case TOK_IDENT: return IDENT;
    case TOK_INT: return INT;
    case TOK_FLOAT: return FLOAT;
    case TOK_IMAG: return IMAG;
    case TOK_CHAR: return CHAR;
    case TOK_STRING: return STRING;
    case TOK_BREAK: return BREAK;
    case TOK_CASE: return CASE;
    case TOK_CHAN: return CHAN;
    case TOK_CONST: return CONST;
    case TOK_CONTINUE: return CONTINUE;
    case TOK_DEFAULT: return DEFAULT;
    case TOK_DEFER: return DEFER;
    case TOK_ELSE: return ELSE;
    case TOK_FALLTHROUGH: return FALLTHROUGH;
    case TOK_FOR: return FOR;
    case TOK_FUNC: return FUNC;
    case TOK_GO: return GO;
    case TOK_GOTO: return GOTO;
    case TOK_IF: return IF;
    case TOK_IMPORT: return IMPORT;
    case TOK_INTERFACE: return INTERFACE;
    case TOK_MAP: return MAP;
    case TOK_PACKAGE: return PACKAGE;
    case TOK_RANGE: return RANGE;
    case TOK_RETURN: return RETURN;
    case TOK_SELECT: return SELECT;
    case TOK_STRUCT: return STRUCT;
    case TOK_SWITCH: return SWITCH;
    case TOK_TYPE: return TYPE;
    case TOK_VAR: return VAR;
    case TOK_SHL: return SHL;
    case TOK_SHR: return SHR;
    case TOK_AND_NOT: return AND_NOT;
    case TOK_LAND: return LAND;
    case TOK_LOR: return LOR;
    case TOK_ARROW: return ARROW;
    case TOK_INC: return INC;
    case TOK_DEC: return DEC;
    case TOK_EQL: return EQL;
    case TOK_NEQ: return NEQ;
    case TOK_LEQ: return LEQ;
    case TOK_GEQ: return GEQ;
    case TOK_DEFINE: return DEFINE;
    case TOK_ELLIPSIS: return ELLIPSIS;
    case TOK_ASSIGN_OP: return ASSIGN_OP;
    }
    return k;
}

/* parse_file_lazy, at a top-level `func` or `type` (keyword kw, at `at`,
 * position pos) the lexer just returned: skips the whole declaration up to
 * the ';' that ends it and returns a stub (a DECL_FUNC with its name and,
 * for a method, lazy_recv; a DECL_TYPE with one spec holding the name),
 * whose text parse_lazy_decl parses later. Returns NULL with the lexer
 * unchanged for init, a method of a generic type, a grouped type
 * declaration, or text the skip cannot delimit (the parser then reports
 * what is wrong). */
static Decl *parse_skip_decl(ParseCtx *p, int kw, Pos pos, const unsigned char *at) {
    Lexer before = p->lx;
    Token t;
    const char *recv = NULL;
    int k = lex_next(&p->lx, &t);
    if (kw == TOK_FUNC && k == '(') {
        /* A receiver: its base type is its last name. */
        for (int depth = 1; depth > 0;) {
            k = lex_next(&p->lx, &t);
            if (k == '(') depth++;
            else if (k == ')') depth--;
            else if (k == TOK_IDENT) recv = t.lit;
            else if (k == '[' || k == TOK_EOF) recv = NULL, depth = 0;
        }
        if (!recv) {
            p->lx = before;
            return NULL;
        }
        k = lex_next(&p->lx, &t);
    }
    if (k != TOK_IDENT || (kw == TOK_FUNC && !recv && strcmp(t.lit, "init") == 0)) {
        p->lx = before;
        return NULL;
    }
    Expr *name = parse_ident(&t);
    /* The ';' that ends the declaration still separates top-level items. */
    if (!lex_skip_decl(&p->lx, kw == TOK_FUNC)) {
        p->lx = before;
        return NULL;
    }
    Decl *d;
    if (kw == TOK_FUNC) {
        d = ast_decl(DECL_FUNC, pos);
        d->name = name;
        d->lazy_recv = recv;
    } else {
        Spec *sp = ast_spec(name->pos);
        LIST_PUSH(sp->names, name);
        SpecList l = {0};
        LIST_PUSH(l, sp);
        d = parse_group(DECL_TYPE, pos, l);
    }
    d->lazy = ast_alloc(sizeof(LazyBody));
    d->lazy->src = p->src;
    d->lazy->off = (long)((const char *)at - p->src->text);
    d->lazy->pos = pos;
    return d;
}

int yylex(YYSTYPE *lval, YYLTYPE *lloc, ParseCtx *p) {
    Token t;
    if (p->body_start || p->decl_start) {
        int b = p->body_start ? BODYSTART : DECLSTART;
        p->body_start = p->decl_start = false;
        lval->tok = NULL;
        lloc->first_line = lloc->last_line = p->lx.line;
        lloc->first_column = lloc->last_column = (int)(p->lx.cur - p->lx.line_start) + 1;
        lloc->depth = 0;
        return b;
    }
    int k = p->too_deep || p->body_done ? TOK_EOF : lex_next(&p->lx, &t);
    if (p->decl_mode && k == ';' && p->depth == 0) {
        /* parse_lazy_decl: the declaration ends here. */
        p->body_done = true;
        k = TOK_EOF;
    }
    if (p->body_done) {
        memset(&t, 0, sizeof t);
        t.pos = p->last.pos;
        t.lit = "EOF";
    }
    if (p->too_deep) {
        memset(&t, 0, sizeof t);
        t.kind = TOK_EOF;
        t.pos = p->last.pos;
        t.lit = "EOF";
    }
    int b = parse_map_token(k);
    if (p->bodyless && k == '{' && p->last.kind == ';' && p->last.semi == SEMI_NEWLINE)
        parse_error_at(p, t.pos, "syntax error: unexpected semicolon or newline before {");
    if (k != ';') p->bodyless = false;
    if (p->lazy && p->depth == 0) {
        if ((k == TOK_FUNC || k == TOK_TYPE) && (p->last.kind == ';' || p->last.kind == TOK_EOF) && !p->decl_mode) {
            Decl *d = parse_skip_decl(p, k, t.pos, p->lx.tok);
            if (d) {
                /* Parsed when the checker resolves it. */
                p->prev2 = p->prev;
                p->prev = p->last.kind;
                p->last = t;
                p->last.kind = '}';
                lval->decl = d;
                lloc->first_line = lloc->last_line = t.pos.line;
                lloc->first_column = lloc->last_column = t.pos.col;
                lloc->depth = 0;
                return LAZYDECL;
            }
        }
        if (k == TOK_FUNC && (p->last.kind == ';' || p->last.kind == TOK_EOF)) {
            p->func_top = true;
        } else if (k == ';') {
            p->func_top = false;
        } else if (k == '{' && p->func_top && p->last.kind != TOK_STRUCT && p->last.kind != TOK_INTERFACE) {
            /* A top-level function's body: skipped now, parsed when used. */
            p->func_top = false;
            const char *at = (const char *)p->lx.tok;
            Lexer before = p->lx;
            if (lex_skip_block(&p->lx)) {
                p->prev2 = p->prev;
                p->prev = p->last.kind;
                t.kind = '}';
                p->last = t;
                Token *tp = ast_alloc(sizeof *tp);
                *tp = t;
                tp->lit = at;
                lval->tok = tp;
                lloc->first_line = lloc->last_line = t.pos.line;
                lloc->first_column = lloc->last_column = t.pos.col;
                lloc->depth = 0;
                return LAZYBODY;
            }
            p->lx = before; /* unterminated: parsed as usual, which reports it */
        }
    }
    switch (k) {
    case TOK_IF: case TOK_FOR: case TOK_SWITCH:
        parse_hdr_push(p, k);
        break;
    case '{':
        if (p->nhdr > 0 && p->hdr[p->nhdr - 1] == p->depth) b = LBODY;
        if (p->depth + 1 <= PARSE_MAX_DEPTH)
            p->bkind[p->depth + 1] = p->last.kind == TOK_STRUCT ? 's' : p->last.kind == TOK_INTERFACE ? 'i' : 'b';
        /* fallthrough */
    case '(': case '[':
        if (k != '{' && p->depth + 1 <= PARSE_MAX_DEPTH) p->bkind[p->depth + 1] = 'p';
        if (++p->depth > PARSE_MAX_DEPTH) {
            diag_error(p->diag, p->src, t.pos, "nesting too deep");
            p->nerrors++;
            p->too_deep = true;
            b = YYEOF;
            t.kind = TOK_EOF;
        }
        break;
    case ')': case ']': case '}':
        if (p->depth > 0) p->depth--;
        while (p->nhdr > 0 && p->hdr[p->nhdr - 1] > p->depth) p->nhdr--;
        if (k == '}' && p->depth == 0 && p->body) p->body_done = true;
        break;
    }
    p->prev2 = p->prev;
    p->prev = p->last.kind;
    p->last = t;
    /* Only names, literals, op= and ';' carry values the actions read; of
     * a ';' only its kind (explicit, newline or EOF) is read. */
    static Token semis[3] = {{.kind = ';', .semi = SEMI_EXPLICIT},
                             {.kind = ';', .semi = SEMI_NEWLINE},
                             {.kind = ';', .semi = SEMI_EOF}};
    if (k == ';') {
        lval->tok = &semis[t.semi];
    } else if ((k >= TOK_IDENT && k <= TOK_STRING) || k == TOK_ASSIGN_OP) {
        Token *tp = ast_alloc(sizeof *tp);
        *tp = t;
        lval->tok = tp;
    } else {
        lval->tok = NULL;
    }
    lloc->first_line = lloc->last_line = t.pos.line;
    lloc->first_column = lloc->last_column = t.pos.col;
    lloc->depth = 0;
    return b;
}

void yyerror(YYLTYPE *lloc, ParseCtx *p, const char *msg) {
    if (p->too_deep) return;
    Pos pos = {lloc->first_line, lloc->first_column};
    if (strstr(msg, "exhausted")) {
        parse_error_at(p, pos, "nesting too deep");
        p->too_deep = true;
        return;
    }
    parse_error_at(p, pos, "syntax error: %s", msg);
}

/* Go's (1.19) spelling of the unexpected token: a name as itself,
 * "literal 42", "newline", "EOF", "comma", "+=", keywords as themselves. */
static const char *parse_tok_desc(const Token *t) {
    char *buf;
    size_t n;
    switch (t->kind) {
    case TOK_EOF: return "EOF";
    case ';': return t->semi == SEMI_NEWLINE ? "newline" : t->semi == SEMI_EOF ? "EOF" : "semicolon";
    case ',': return "comma";
    case TOK_INT: case TOK_FLOAT: case TOK_IMAG: case TOK_CHAR: case TOK_STRING:
        n = strlen(t->lit) + 12;
        buf = GC_MALLOC_ATOMIC(n);
        snprintf(buf, n, "literal %s", t->lit);
        return buf;
    case TOK_ASSIGN_OP:
        buf = GC_MALLOC_ATOMIC(8);
        snprintf(buf, 8, "%s=", op_string(t->op));
        return buf;
    }
    return t->lit ? t->lit : lex_kind_name(t->kind);
}

/* Go's spelling of an expected token. */
static const char *parse_expected_desc(yysymbol_kind_t k) {
    switch (k) {
    case YYSYMBOL_IDENT: return "name";
    case YYSYMBOL_LBODY: return "{";
    case YYSYMBOL_YYEOF: return "EOF";
    default: break;
    }
    const char *s = yysymbol_name(k);
    if (strcmp(s, "','") == 0) return "comma";
    if (strcmp(s, "';'") == 0) return "semicolon or newline";
    static char buf[8][24];
    static int next;
    char *b = buf[next++ & 7];
    if (s[0] == '\'') {
        snprintf(b, 24, "%s", s + 1);
        size_t n = strlen(b);
        if (n) b[n - 1] = 0;
        return b;
    }
    /* A keyword or operator token: find its lexer spelling. */
    for (int t = TOK_IDENT; t < TOK_LAST; t++)
        if (YYTRANSLATE(parse_map_token(t)) == k) return lex_kind_name(t);
    return s;
}

/* Whether an expected token only continues the current expression (an
 * operator, selector, call, index, ...), which Go's messages leave out. */
static bool parse_is_continuation(yysymbol_kind_t k) {
    static const char *const ops[] = {
        "LOR", "LAND", "EQL", "NEQ", "LEQ", "GEQ", "SHL", "SHR", "AND_NOT", "INC", "DEC",
        "ASSIGN_OP", "DEFINE", "ARROW", "'+'", "'-'", "'*'", "'/'", "'%'", "'&'", "'|'",
        "'^'", "'<'", "'>'", "'='", "'('", "'['", "'.'", "','", "'{'", "ELLIPSIS",
    };
    const char *name = yysymbol_name(k);
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (strcmp(name, ops[i]) == 0) return true;
    return false;
}

/* Reports a syntax error in the shape Go's parser uses for the situation the
 * expected-token set describes. */
static int yyreport_syntax_error(const yypcontext_t *ctx, ParseCtx *p) {
    if (p->too_deep) return 0;
    /* Like Go, no follow-up error at EOF once something was reported. */
    if (p->last.kind == TOK_EOF && p->nerrors > 0) return 0;
    const YYLTYPE *loc = yypcontext_location(ctx);
    Pos pos = {loc->first_line, loc->first_column};
    const char *un = parse_tok_desc(&p->last);
    yysymbol_kind_t exp[128];
    int n = yypcontext_expected_tokens(ctx, exp, 128);
    if (n < 0) n = 0;
    yysymbol_kind_t keep[128];
    int nk = 0;
    bool semi = false, rbrace = false, rparen = false, comma = false, dots = false, lbody = false;
    bool stmt_start = false, expr_start = false, has_case = false;
    for (int i = 0; i < n; i++) {
        const char *name = yysymbol_name(exp[i]);
        if (strcmp(name, "';'") == 0) semi = true;
        else if (strcmp(name, "'}'") == 0) rbrace = true;
        else if (strcmp(name, "')'") == 0) rparen = true;
        else if (strcmp(name, "','") == 0) comma = true;
        else if (exp[i] == YYSYMBOL_ELLIPSIS) dots = true;
        else if (exp[i] == YYSYMBOL_LBODY) lbody = true;
        else if (exp[i] == YYSYMBOL_RETURN) stmt_start = true;
        else if (exp[i] == YYSYMBOL_INT) expr_start = true;
        else if (exp[i] == YYSYMBOL_CASE) has_case = true;
        if (!parse_is_continuation(exp[i])) keep[nk++] = exp[i];
    }
    char msg[320];
    bool has_if = false, has_chan = false;
    for (int i = 0; i < n; i++) {
        if (exp[i] == YYSYMBOL_IF) has_if = true;
        if (exp[i] == YYSYMBOL_CHAN) has_chan = true;
    }
    /* The brace the parser is in: the lookahead may have opened or closed one. */
    int d = p->depth;
    if (p->last.kind == '(' || p->last.kind == '[' || p->last.kind == '{') d--;
    else if (p->last.kind == ')' || p->last.kind == ']' || p->last.kind == '}') d++;
    char bk = d > 0 && d <= PARSE_MAX_DEPTH ? p->bkind[d] : 0;
    if (p->last.kind == TOK_VAR && p->nhdr > 0 &&
        (p->prev == TOK_IF || p->prev == TOK_FOR || p->prev == TOK_SWITCH)) {
        snprintf(msg, sizeof msg, "syntax error: var declaration not allowed in %s initializer",
                 lex_kind_name(p->prev));
    } else if ((p->prev == TOK_VAR || p->prev == TOK_CONST || p->prev == TOK_TYPE) && p->last.kind != TOK_IDENT &&
               p->last.kind != '(') {
        /* Go's var/const/type declarations want a name (a group's '(' is tried first). */
        snprintf(msg, sizeof msg, "syntax error: unexpected %s, expecting name", un);
    } else if (has_chan && !expr_start && (p->prev == TOK_CHAN || (p->prev == TOK_ARROW && p->prev2 == TOK_CHAN))) {
        snprintf(msg, sizeof msg, "syntax error: missing channel element type");
    } else if (has_chan && !expr_start && p->prev == TOK_IDENT && p->prev2 == TOK_TYPE) {
        snprintf(msg, sizeof msg, "syntax error: unexpected %s in type declaration", un);
    } else if (p->last.kind == '{' && expr_start && p->nhdr > 0 && p->hdrkind[p->nhdr - 1] == TOK_FOR) {
        snprintf(msg, sizeof msg, "syntax error: unexpected {, expecting for loop condition");
    } else if (p->last.kind == '{' && semi && !expr_start && p->nhdr > 0 && p->hdrkind[p->nhdr - 1] == TOK_FOR) {
        snprintf(msg, sizeof msg, "syntax error: unexpected {, expecting semicolon or newline");
    } else if (stmt_start && !rbrace) {
        snprintf(msg, sizeof msg, "syntax error: non-declaration statement outside function body");
    } else if (n <= 2 && has_if) {
        snprintf(msg, sizeof msg, "syntax error: else must be followed by if or statement block");
    } else if ((bk == 's' || bk == 'i') && semi && rbrace && !stmt_start) {
        snprintf(msg, sizeof msg, "syntax error: unexpected %s in %s type; possibly missing semicolon or newline or }",
                 un, bk == 's' ? "struct" : "interface");
    } else if (lbody && p->nhdr > 0 && !expr_start && !semi) {
        const char *kind = p->hdrkind[p->nhdr - 1] == TOK_IF ? "if" : p->hdrkind[p->nhdr - 1] == TOK_FOR ? "for" : "switch";
        if (p->hdrkind[p->nhdr - 1] == TOK_SWITCH)
            snprintf(msg, sizeof msg, "syntax error: missing { after switch clause");
        else
            snprintf(msg, sizeof msg, "syntax error: unexpected %s, expecting { after %s clause", un, kind);
    } else if (stmt_start && rbrace) {
        snprintf(msg, sizeof msg, "syntax error: unexpected %s, expecting %s", un,
                 has_case ? "case or default or }" : "}");
    } else if (comma && rparen && dots) {
        snprintf(msg, sizeof msg, "syntax error: unexpected %s in argument list; possibly missing comma or )", un);
    } else if (comma && rbrace && !semi) {
        snprintf(msg, sizeof msg, "syntax error: unexpected %s in composite literal; possibly missing comma or }", un);
    } else if (comma && rparen && !semi) {
        snprintf(msg, sizeof msg, "syntax error: unexpected %s in parameter list; possibly missing comma or )", un);
    } else if (semi && !stmt_start && p->last.kind != ';') {
        snprintf(msg, sizeof msg, "syntax error: unexpected %s at end of statement", un);
    } else if (has_case && rbrace) {
        snprintf(msg, sizeof msg, "syntax error: unexpected %s, expecting case or default or }", un);
    } else if (expr_start && !stmt_start) {
        snprintf(msg, sizeof msg, "syntax error: unexpected %s, expecting expression", un);
    } else if (has_chan && !expr_start) {
        snprintf(msg, sizeof msg, "syntax error: unexpected %s, expecting type", un);
    } else if (n <= 2 && n > nk) {
        if (n == 1)
            snprintf(msg, sizeof msg, "syntax error: unexpected %s, expecting %s", un, parse_expected_desc(exp[0]));
        else
            snprintf(msg, sizeof msg, "syntax error: unexpected %s, expecting %s or %s", un,
                     parse_expected_desc(exp[0]), parse_expected_desc(exp[1]));
    } else if (nk == 1) {
        snprintf(msg, sizeof msg, "syntax error: unexpected %s, expecting %s", un, parse_expected_desc(keep[0]));
    } else if (nk == 2) {
        snprintf(msg, sizeof msg, "syntax error: unexpected %s, expecting %s or %s", un,
                 parse_expected_desc(keep[0]), parse_expected_desc(keep[1]));
    } else {
        snprintf(msg, sizeof msg, "syntax error: unexpected %s", un);
    }
    parse_error_at(p, pos, "%s", msg);
    return 0;
}

/* Sets up a parser state for `src` (the lexer at its start). The state
 * lives on the caller's stack, which the collector scans, for the parse. */
static void parse_init(ParseCtx *p, const Source *src, Diag *diag) {
    memset(p, 0, sizeof *p);
    p->diag = diag;
    p->src = src;
    p->file = ast_alloc(sizeof(File));
    p->file->src = src;
    lex_init(&p->lx, src, diag);
}

/* Reports every `x.(type)` that is not a type switch guard. */
static void parse_check_guards(ParseCtx *p) {
    for (int i = 0; i < p->typeguards.n; i++) {
        bool ok = false;
        for (int j = 0; j < p->guards_ok.n && !ok; j++) ok = p->guards_ok.v[j] == p->typeguards.v[i];
        if (!ok) parse_error_at(p, p->typeguards.v[i]->pos, "invalid AST: use of .(type) outside type switch");
    }
}

File *parse_file_lazy(const Source *src, Diag *diag) {
    ParseCtx ctx, *p = &ctx;
    parse_init(p, src, diag);
    p->lazy = true;
    yyparse(p);
    if (p->too_deep) p->file->decls = (DeclList){0};
    else parse_check_guards(p);
    return p->file;
}

void parse_lazy_decl(Decl *d, Diag *diag) {
    LazyBody *lb = d->lazy;
    if (!lb) return;
    d->lazy = NULL;
    ParseCtx ctx, *p = &ctx;
    parse_init(p, lb->src, diag);
    /* The lexer starts at the keyword, on its line; a body stays lazy. */
    p->lx.cur = (const unsigned char *)lb->src->text + lb->off;
    p->lx.line = lb->pos.line;
    p->lx.line_start = p->lx.cur - (lb->pos.col - 1);
    p->lazy = true;
    p->decl_start = p->decl_mode = true;
    yyparse(p);
    if (p->too_deep || !p->decl || p->decl->kind != d->kind) return;
    parse_check_guards(p);
    if (d->kind == DECL_TYPE) {
        /* The stub's spec keeps its name, whose symbol the checker made. */
        Spec *sp = d->specs[0], *np = p->decl->specs[0];
        sp->type = np->type;
        sp->tparams = np->tparams;
        sp->alias = np->alias;
        return;
    }
    d->recv = p->decl->recv;
    d->ftype = p->decl->ftype;
    d->body = p->decl->body;
}

void parse_lazy_body(Stmt *blk, Diag *diag) {
    LazyBody *lb = blk->lazy;
    if (!lb) return;
    blk->lazy = NULL;
    ParseCtx ctx, *p = &ctx;
    parse_init(p, lb->src, diag);
    /* The lexer starts at the '{', on its line. */
    p->lx.cur = (const unsigned char *)lb->src->text + lb->off;
    p->lx.line = lb->pos.line;
    p->lx.line_start = p->lx.cur - (lb->pos.col - 1);
    p->body_start = true;
    p->body = blk;
    yyparse(p);
    if (p->too_deep) return;
    parse_check_guards(p);
}

File *parse_file(const Source *src, Diag *diag) {
    ParseCtx ctx, *p = &ctx;
    parse_init(p, src, diag);
    yyparse(p);
    /* A too-deep tree is dropped so no later pass walks it. */
    if (p->too_deep) {
        p->file->decls = (DeclList){0};
        return p->file;
    }
    parse_check_guards(p);
    return p->file;
}
