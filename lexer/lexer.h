/*
 * The lexer: turns a Source into Go tokens, inserting semicolons by Go's
 * rule and decoding literal values.
 *
 * Invariants:
 * - Token kinds below 256 are the ASCII punctuation character itself
 *   ('(', '+', ';' ...); longer tokens have TOK_* kinds from 256 up.
 * - Every token has a 1-based line and byte column.
 * - Lexical errors go to the Diag; the lexer always makes progress and ends
 *   with TOK_EOF, whatever the input.
 */
#ifndef CSP_LEXER_H
#define CSP_LEXER_H

#include "lexer/diag.h"
#include "parser/ast.h"
#include <stdint.h>

/* Token kinds beyond single ASCII characters. */
typedef enum TokKind {
    TOK_EOF = 0,
    TOK_IDENT = 256,
    TOK_INT, TOK_FLOAT, TOK_IMAG, TOK_CHAR, TOK_STRING,
    /* Keywords. */
    TOK_BREAK, TOK_CASE, TOK_CHAN, TOK_CONST, TOK_CONTINUE, TOK_DEFAULT,
    TOK_DEFER, TOK_ELSE, TOK_FALLTHROUGH, TOK_FOR, TOK_FUNC, TOK_GO, TOK_GOTO,
    TOK_IF, TOK_IMPORT, TOK_INTERFACE, TOK_MAP, TOK_PACKAGE, TOK_RANGE,
    TOK_RETURN, TOK_SELECT, TOK_STRUCT, TOK_SWITCH, TOK_TYPE, TOK_VAR,
    /* Multi-character operators. */
    TOK_SHL, TOK_SHR, TOK_AND_NOT, TOK_LAND, TOK_LOR, TOK_ARROW, TOK_INC,
    TOK_DEC, TOK_EQL, TOK_NEQ, TOK_LEQ, TOK_GEQ, TOK_DEFINE, TOK_ELLIPSIS,
    /* An assignment operator `op=`; Token.op says which. */
    TOK_ASSIGN_OP,
    TOK_LAST
} TokKind;

/* Where an automatic or explicit ';' came from. */
typedef enum SemiKind { SEMI_EXPLICIT, SEMI_NEWLINE, SEMI_EOF } SemiKind;

/* One token. */
typedef struct Token {
    /* The kind: an ASCII character or a TokKind. */
    int kind;
    /* The position of the first byte. */
    Pos pos;
    /* The raw source text (GC string, NUL-terminated) and its length. */
    const char *lit;
    int len;
    /* TOK_ASSIGN_OP: the operator. */
    Op op;
    /* TOK_STRING: the decoded bytes (may contain NULs) and their length. */
    const char *str;
    int64_t strlen;
    /* TOK_CHAR: the decoded rune. */
    int32_t rune;
    /* ';': explicit, inserted at a newline, or inserted at EOF. */
    SemiKind semi;
    /* Literals: false when the literal had a lexical error. */
    bool ok;
} Token;

/* The scanner state for one source. */
typedef struct Lexer {
    /* The source and where errors go. */
    const Source *src;
    Diag *diag;
    /* The cursor, the end of the text, the current token's start and marker. */
    const unsigned char *cur, *lim, *tok, *mar;
    /* The start of the current line and its 1-based number. */
    const unsigned char *line_start;
    int line;
    /* Whether a newline or EOF now produces a ';'. */
    bool nlsemi;
    /* Whether the final EOF has been returned. */
    bool done;
    /* The end of the last identifier scanned (for "invalid character ... in
     * identifier"). */
    const unsigned char *ident_end;
} Lexer;

/* Prepares to scan `src`, reporting errors to `diag`. */
void lex_init(Lexer *lx, const Source *src, Diag *diag);
/* Scans the next token into *t and returns its kind (TOK_EOF at the end,
 * repeatedly). */
int lex_next(Lexer *lx, Token *t);
/* Skips the rest of a block whose '{' was just scanned, up to and including
 * its matching '}', without making tokens (strings, runes and comments are
 * stepped over, lines counted); false if the text ends first. Used for the
 * function bodies of standard packages, which are parsed only when used. */
bool lex_skip_block(Lexer *lx);
/* Skips the rest of a top-level declaration (of a function if func: a '{'
 * at bracket depth 0 that does not follow `struct` or `interface` starts
 * its body, stepped over by lex_skip_block) up to the ';' that ends it,
 * which is left to scan: an explicit one, or the newline (or end of text)
 * after a token that ends a statement at depth 0. Does not make tokens;
 * false if brackets do not match. Used for the declarations of standard
 * packages, which are parsed only when used. */
bool lex_skip_decl(Lexer *lx, bool func);
/* A printable name for a token kind: "name", "literal", "func", "+=", "(". */
const char *lex_kind_name(int kind);

#endif
