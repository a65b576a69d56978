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

#endif
