/*
 * The parser: one source file to an AST (parser/ast.h).
 *
 * Invariants:
 * - parse_file never returns NULL and never aborts: on syntax errors it
 *   reports them to the Diag (Go's wording, several per file) and returns
 *   the declarations it could build.
 * - Nesting deeper than PARSE_MAX_DEPTH brackets is reported as
 *   "nesting too deep" and ends the parse, so later recursive passes are
 *   bounded.
 */
#ifndef CSP_PARSER_H
#define CSP_PARSER_H

#include "lexer/diag.h"
#include "parser/ast.h"

/* The deepest allowed nesting of (), [] and {}. */
#define PARSE_MAX_DEPTH 1000

/* Parses one file (script mode: the package clause is optional and the top
 * level may hold statements). */
File *parse_file(const Source *src, Diag *diag);
/* Parses a standard package's file like parse_file but leaves the bodies of
 * its top-level functions and methods unparsed: each is an ST_BLOCK with
 * `lazy` set, whose text was only brace-matched. A function (other than
 * init), a method (but of a generic type) and a type declared alone are
 * left unparsed whole: a DECL_FUNC with only `name`, `lazy_recv` and `lazy`
 * set, or a DECL_TYPE with `lazy` set whose one spec has only its name. */
File *parse_file_lazy(const Source *src, Diag *diag);
/* Parses a declaration left by parse_file_lazy, filling d->recv, d->ftype
 * and d->body (the body still lazy) or its spec's type and type parameters,
 * and clears d->lazy (at once if d is not lazy); errors go to diag. */
void parse_lazy_decl(Decl *d, Diag *diag);
/* Parses a body left by parse_file_lazy into blk->list and clears blk->lazy
 * (at once if blk is not lazy); errors go to diag. */
void parse_lazy_body(Stmt *blk, Diag *diag);

#endif
