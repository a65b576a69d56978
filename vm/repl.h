/*
 * The REPL's evaluation engine: a session whose declarations, variables and
 * goroutines persist from one entry to the next (see vm/repl.c). The terminal
 * side (line editing, history, completion, the prompt loop) is vm/repl_term.c;
 * it talks to the engine only through this header.
 */
#ifndef CSP_REPL_H
#define CSP_REPL_H

#include <stdbool.h>

/* A REPL session: the checked declarations, the variables' storage, the
 * compiled functions and the goroutines started so far. */
typedef struct ReplSession ReplSession;

/* Starts an empty session (the `:reset` command starts a new one too). */
ReplSession *repl_session_new(void);

/* Evaluates one complete entry: Go declarations and statements, or a
 * `:command`. Everything it prints (values, compile errors, panics, deadlock
 * reports) goes to stdout or stderr before it returns. Returns false when
 * the entry asks to leave (`:quit`). A SIGINT during the call interrupts the
 * entry (see repl_interrupt) and returns to the caller. */
bool repl_eval(ReplSession *s, const char *text);

/* Called from a SIGINT handler: asks the entry running in repl_eval to stop
 * at its next safe point. Async-signal-safe. */
void repl_interrupt(void);

/* Completion candidates for the word that ends at `line[cursor]`: names in
 * scope, members after "pkg.", keywords and, at the start of a line,
 * `:commands`. Returns a NULL-terminated, GC-allocated array of full words
 * (the caller replaces the word with one of them); *start receives the index
 * in `line` where the word begins. */
char **repl_completions(ReplSession *s, const char *line, int cursor, int *start);

/* How long the caller may wait for input before background goroutines need
 * to run: 0 if some goroutine is runnable now, the milliseconds until the
 * earliest timer, or -1 if nothing is pending. */
int repl_background_wait_ms(ReplSession *s);

/* Runs background goroutines (and due timers) until none can run at once.
 * Their output goes straight to stdout; the caller hides and redraws the
 * line being edited around this call. */
void repl_run_background(ReplSession *s);

#endif
