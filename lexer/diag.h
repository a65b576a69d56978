/*
 * Diagnostics: every compile-time message goes through here, printed as
 * `file:line:col: message` in source order, several per run.
 *
 * Invariants:
 * - Positions are 1-based lines and 1-based byte columns, as Go prints them.
 * - Messages are collected and filtered as cmd/compile does: one syntax error
 *   per line, a repeat of the previous other message on its line is dropped,
 *   and the DIAG_MAX-th message caps the run: later ones are dropped and
 *   "too many errors" is printed at the capping message's position.
 * - Nothing here aborts; callers go on after reporting.
 */
#ifndef CSP_DIAG_H
#define CSP_DIAG_H

#include <stdbool.h>
#include <stdio.h>

#define DIAG_MAX 10

/* A position in a source file. */
typedef struct Pos {
    /* The 1-based line. */
    int line;
    /* The 1-based byte column. */
    int col;
} Pos;

/* A loaded source file. */
typedef struct Source {
    /* The name printed in messages (the path as given, or "<stdin>"). */
    const char *name;
    /* The bytes, NUL-terminated (an embedded NUL is a lexical error). */
    const char *text;
    /* The length in bytes. */
    size_t len;
} Source;

/* A collection of diagnostics for one compilation. */
typedef struct Diag {
    /* The messages kept so far, as formatted lines. */
    char **lines;
    /* The positions of the kept messages, for sorting and de-duplication. */
    const Source **srcs;
    Pos *pos;
    /* The number of messages kept. */
    int count;
    /* Room in the arrays. */
    int cap;
    /* The source and line of the last syntax error (line 0: none yet). */
    const Source *syn_src;
    int syn_line;
    /* The source, line and text of the last other error (line 0: none yet). */
    const Source *other_src;
    int other_line;
    const char *other_msg;
} Diag;

/* Reports an error at `pos` in `src`, printf-style. */
void diag_error(Diag *d, const Source *src, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* The number of errors reported so far. */
static inline int diag_count(const Diag *d) { return d->count; }
/* Prints the messages sorted by position without exact repeats (then "too
 * many errors" if capped) and clears them. */
void diag_flush(Diag *d, FILE *out);

/* Moves the messages about `src` from `from` to the end of `to`, keeping
 * their order; returns how many moved. */
int diag_move(Diag *from, const Source *src, Diag *to);

/* Loads a file (or stdin for "-"), skipping a `#!` first line by blanking it;
 * returns false and prints a message to stderr on failure. */
bool source_load(Source *src, const char *path);
/* Makes a source from a copy of a string (for -e and the REPL). */
void source_from_string(Source *src, const char *name, const char *text);
/* Makes a source of a constant string without copying it (a standard
 * package's embedded text, which has no `#!` line). */
void source_static(Source *src, const char *name, const char *text);

#endif
