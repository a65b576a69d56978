/*
 * The REPL's terminal side: reading entries from the user (line editing,
 * history, completion, multi-line input) and handing them to the evaluation
 * engine of vm/repl.h, while background goroutines run between keystrokes.
 */
#ifndef CSP_REPL_TERM_H
#define CSP_REPL_TERM_H

#include <stdbool.h>

/* What the text typed so far is, as far as reading more input goes. */
typedef enum ReplEntryKind {
    /* Only blanks and comments. */
    REPL_ENTRY_EMPTY,
    /* A bracket, raw string or comment is still open, or the last line ends
     * where Go inserts no semicolon (an operator, a comma, `func`...). */
    REPL_ENTRY_INCOMPLETE,
    /* A `:command` line. */
    REPL_ENTRY_COMMAND,
    /* Statements (possibly mixed with declarations). */
    REPL_ENTRY_STATEMENTS,
    /* Only top-level declarations (func, type, var, const, import). */
    REPL_ENTRY_DECLS,
    /* Only declarations, starting with a `package` clause. */
    REPL_ENTRY_PROGRAM,
} ReplEntryKind;

/* Classifies an entry with the project's lexer: whether it is complete and,
 * if so, whether it holds only declarations. */
ReplEntryKind repl_term_classify(const char *text);

/* The one-line form of an entry for the history: each line break becomes
 * "; " where Go's rule inserts a semicolon and " " elsewhere, and comments
 * that end a line are dropped. A raw string spanning lines keeps its line
 * breaks. Returns a GC string. */
char *repl_term_history_line(const char *text);

/* Runs the REPL on stdin and stdout until `:quit`, Ctrl-D or end of input;
 * returns the exit status. On a terminal it edits lines with libedit and
 * prompts with ">>> " and "... "; otherwise it reads plain lines and prints
 * no prompt. */
int repl_term_main(void);

#endif
