/*
 * The REPL's terminal side: reads entries, line by line, and passes each
 * complete one to the engine (vm/repl.h).
 *
 * Invariants:
 * - Whether an entry is complete is decided by the project's lexer, never by
 *   a second tokenizer: brackets still open, an unterminated raw string or
 *   block comment, or a last line where Go inserts no semicolon.
 * - Waiting for input always goes through term_wait_input, which runs the
 *   session's background goroutines whenever they are runnable or a timer is
 *   due; while a line is being edited, the line is hidden before they run and
 *   redrawn after, so their output never mixes with it.
 * - SIGINT while an entry or background goroutines run calls repl_interrupt;
 *   while input is being read it abandons the entry being typed.
 * - Consecutive complete entries that hold only declarations and arrive
 *   together (a paste, or a file on stdin) are evaluated as one entry, as Go
 *   declarations may come in any order; a `package` clause, a second
 *   declaration of a name already gathered, or two empty lines in a row
 *   (which gofmt never leaves in a file) start a new group. Anything else is
 *   evaluated as soon as it is complete.
 * - On a terminal, lines are edited with libedit and every entry goes to
 *   ~/.csp_history (one line each, see repl_term_history_line); otherwise
 *   nothing is prompted, echoed or saved.
 */
#include "vm/repl_term.h"

#include <editline/readline.h>
#include <errno.h>
#include <gc/gc.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>

#include "lexer/lexer.h"
#include "runtime/str.h"
#include "stdlib/os.h"
#include "vm/repl.h"

/* How many entries ~/.csp_history keeps. */
#define TERM_HISTORY_MAX 1000

/* The prompts on a terminal: a new entry, and a continuation line. */
#define TERM_PROMPT ">>> "
#define TERM_PROMPT_MORE "... "

/* An entry's tokens, as the lexer gives them (the final TOK_EOF excluded). */
typedef struct TermTokens {
    /* The tokens, automatic semicolons included. */
    Token *toks;
    /* How many there are. */
    int n;
    /* Whether a block comment was left open at the end. */
    bool open_comment;
} TermTokens;

/* The session being edited (the signal handler and completion reach it here). */
static ReplSession *term_session;
/* Set by SIGINT while input is being read: the entry being typed is dropped. */
static volatile sig_atomic_t term_sigint;
/* Whether input is being read (SIGINT drops the entry) rather than an entry
 * or background goroutines running (SIGINT interrupts them). */
static volatile sig_atomic_t term_reading;
/* Set by SIGWINCH: libedit must learn the new terminal width. */
static volatile sig_atomic_t term_winch;
/* Whether libedit is editing a line right now (it must be hidden and redrawn
 * around background output). */
static bool term_editing;
/* The history file's path, or NULL when there is no home directory. */
static char *term_history_path;

/* Lexes an entry into its tokens. */
static TermTokens term_lex(const char *text)
{
    Source src;
    Diag diag;
    Lexer lx;
    memset(&diag, 0, sizeof diag);
    source_from_string(&src, "<repl>", text);
    lex_init(&lx, &src, &diag);
    TermTokens tt = {0};
    int cap = 0;
    for (;;) {
        Token t;
        if (lex_next(&lx, &t) == TOK_EOF) break;
        if (tt.n == cap) {
            cap = cap ? cap * 2 : 64;
            Token *grown = GC_MALLOC(sizeof(Token) * cap);
            if (tt.n) memcpy(grown, tt.toks, sizeof(Token) * tt.n);
            tt.toks = grown;
        }
        tt.toks[tt.n++] = t;
    }
    for (int i = 0; i < diag.count; i++)
        if (strstr(diag.lines[i], "comment not terminated")) tt.open_comment = true;
    return tt;
}

/* Whether the top-level statement starting at toks[i] is a declaration:
 * var, const, type, import, package, or func followed by a name (or by a
 * receiver and a name), which a function literal never is. */
static bool term_starts_decl(const TermTokens *tt, int i)
{
    const Token *t = tt->toks;
    switch (t[i].kind) {
    case TOK_VAR: case TOK_CONST: case TOK_TYPE: case TOK_IMPORT: case TOK_PACKAGE:
        return true;
    case TOK_FUNC:
        break;
    default:
        return false;
    }
    if (i + 1 < tt->n && t[i + 1].kind == TOK_IDENT) return true;
    if (i + 1 >= tt->n || t[i + 1].kind != '(') return false;
    int depth = 0, j = i + 1;
    for (; j < tt->n; j++) {
        if (t[j].kind == '(') depth++;
        else if (t[j].kind == ')' && --depth == 0) break;
    }
    return j + 2 < tt->n && t[j + 1].kind == TOK_IDENT && t[j + 2].kind == '(';
}

/* Appends to `names` the names declared by the spec starting at toks[i]:
 * `a` or `a, b` (the blank name and `init`, which may repeat, are left out).
 * Returns the new count. */
static int term_spec_names(const TermTokens *tt, int i, const char **names, int n)
{
    const Token *t = tt->toks;
    while (i < tt->n && t[i].kind == TOK_IDENT) {
        if (strcmp(t[i].lit, "_") != 0 && strcmp(t[i].lit, "init") != 0) names[n++] = t[i].lit;
        if (i + 2 < tt->n && t[i + 1].kind == ',' && t[i + 2].kind == TOK_IDENT) i += 2;
        else break;
    }
    return n;
}

/* Appends to `names` what the declaration at toks[i] declares: its names,
 * and `T.M` for a method M of T. Returns the new count. */
static int term_decl_names(const TermTokens *tt, int i, const char **names, int n)
{
    const Token *t = tt->toks;
    if (t[i].kind == TOK_FUNC) {
        if (i + 1 < tt->n && t[i + 1].kind == TOK_IDENT) return term_spec_names(tt, i + 1, names, n);
        /* A method: the receiver's type is its second name, or its only one. */
        const char *ids[2] = {NULL, NULL};
        int nids = 0, j = i + 2;
        for (; j < tt->n && t[j].kind != ')'; j++)
            if (t[j].kind == TOK_IDENT && nids < 2) ids[nids++] = t[j].lit;
        if (nids == 0 || j + 1 >= tt->n) return n;
        StrBuf b = {0};
        str_buf_puts(&b, ids[nids - 1]);
        str_buf_puts(&b, ".");
        str_buf_puts(&b, t[j + 1].lit);
        names[n++] = b.p;
        return n;
    }
    if (t[i].kind != TOK_VAR && t[i].kind != TOK_CONST && t[i].kind != TOK_TYPE) return n;
    if (i + 1 < tt->n && t[i + 1].kind != '(') return term_spec_names(tt, i + 1, names, n);
    int depth = 0;
    bool spec_start = true;
    for (int j = i + 1; j < tt->n; j++) {
        int k = t[j].kind;
        if (depth == 1 && spec_start) n = term_spec_names(tt, j, names, n);
        spec_start = false;
        if (k == '(' || k == '[' || k == '{') depth++;
        else if (k == ')' || k == ']' || k == '}') {
            if (--depth == 0) break;
        } else if (k == ';' && depth == 1) {
            spec_start = true;
        }
        if (k == '(' && depth == 1) spec_start = true;
    }
    return n;
}

/* Classifies an entry; for declarations, *names receives a NULL-terminated
 * GC array of what it declares (see term_decl_names). */
static ReplEntryKind term_classify(const char *text, const char ***names)
{
    const char *p = text;
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') p++;
    if (*p == ':') return REPL_ENTRY_COMMAND;
    TermTokens tt = term_lex(text);
    if (tt.open_comment) return REPL_ENTRY_INCOMPLETE;
    if (tt.n == 0) return REPL_ENTRY_EMPTY;
    /* Every name is a token, so tt.n bounds their number. */
    const char **declared = GC_MALLOC(sizeof(char *) * (tt.n + 1));
    int ndeclared = 0;
    int depth = 0;
    bool at_start = true, decls = true, program = false, any = false;
    for (int i = 0; i < tt.n; i++) {
        int k = tt.toks[i].kind;
        if (k == ';') {
            if (depth == 0) at_start = true;
            continue;
        }
        if (at_start && depth == 0) {
            if (!any && k == TOK_PACKAGE) program = true;
            any = true;
            if (!term_starts_decl(&tt, i)) decls = false;
            else ndeclared = term_decl_names(&tt, i, declared, ndeclared);
            at_start = false;
        }
        if (k == '(' || k == '[' || k == '{') depth++;
        else if (k == ')' || k == ']' || k == '}') depth--;
    }
    if (!any) return REPL_ENTRY_EMPTY;
    const Token *last = &tt.toks[tt.n - 1];
    if (depth > 0 || last->kind != ';') return REPL_ENTRY_INCOMPLETE;
    if (tt.n >= 2) {
        const Token *s = &tt.toks[tt.n - 2];
        if (s->kind == TOK_STRING && s->lit[0] == '`' && (s->len < 2 || s->lit[s->len - 1] != '`'))
            return REPL_ENTRY_INCOMPLETE;
    }
    if (!decls) return REPL_ENTRY_STATEMENTS;
    declared[ndeclared] = NULL;
    if (names) *names = declared;
    return program ? REPL_ENTRY_PROGRAM : REPL_ENTRY_DECLS;
}

ReplEntryKind repl_term_classify(const char *text)
{
    return term_classify(text, NULL);
}

char *repl_term_history_line(const char *text)
{
    TermTokens tt = term_lex(text);
    /* The byte offset where each line starts, to place tokens by position. */
    int nlines = 1;
    for (const char *p = text; *p; p++) nlines += *p == '\n';
    int *line_off = GC_MALLOC_ATOMIC(sizeof(int) * (nlines + 1));
    line_off[0] = 0;
    int ln = 1;
    for (int i = 0; text[i]; i++)
        if (text[i] == '\n') line_off[ln++] = i + 1;
    StrBuf out = {0};
    int prev_end = -1;
    bool semi = false;
    for (int i = 0; i < tt.n; i++) {
        const Token *t = &tt.toks[i];
        if (t->kind == ';' && t->semi != SEMI_EXPLICIT) {
            semi = true;
            continue;
        }
        int off = line_off[t->pos.line - 1] + t->pos.col - 1;
        if (prev_end >= 0) {
            if (semi) str_buf_puts(&out, "; ");
            else if (memchr(text + prev_end, '\n', off - prev_end)) str_buf_puts(&out, " ");
            else str_buf_write(&out, text + prev_end, off - prev_end);
        }
        str_buf_write(&out, text + off, t->len);
        prev_end = off + t->len;
        semi = false;
    }
    return out.p ? out.p : GC_STRDUP("");
}

/* SIGINT: interrupts what runs, or drops the entry being typed. */
static void term_on_sigint(int sig)
{
    (void)sig;
    if (term_reading) term_sigint = 1;
    else repl_interrupt();
}

/* SIGWINCH: the terminal changed size. */
static void term_on_winch(int sig)
{
    (void)sig;
    term_winch = 1;
}

/* Runs the background goroutines that can run now; while a line is being
 * edited, hides it first and redraws the prompt and the partial input after.
 * The terminal stays in libedit's mode, which keeps output processing on
 * (a newline still returns the carriage), so no key typed meanwhile meets
 * the terminal's own line discipline. */
static void term_background(void)
{
    if (term_editing) {
        fputs("\r\033[K", stdout);
        fflush(stdout);
    }
    term_reading = 0;
    repl_run_background(term_session);
    term_reading = 1;
    fflush(stdout);
    fflush(stderr);
    if (term_editing) rl_forced_update_display();
}

/* Waits until stdin has input (or is at its end), running background
 * goroutines meanwhile. Returns false when SIGINT came first, or on a read
 * error. */
static bool term_wait_input(void)
{
    for (;;) {
        if (term_sigint) return false;
        if (term_winch && term_editing) {
            term_winch = 0;
            rl_resize_terminal();
        }
        /* Input first: a goroutine that never blocks keeps the background
         * runnable, and the prompt must still answer. */
        int ms = repl_background_wait_ms(term_session);
        struct pollfd pfd = {.fd = STDIN_FILENO, .events = POLLIN};
        int r = poll(&pfd, 1, ms);
        if (r > 0) return true;
        if (r == 0) term_background();
        else if (errno != EINTR) return false;
    }
}

/* libedit's character source: waits through term_wait_input, then reads one
 * character (decoding multibyte ones in the current locale), skipping NULs.
 * Returns -1, which libedit takes as end of input, on SIGINT or at the end
 * of input. */
static int term_getc(FILE *f)
{
    (void)f;
    mbstate_t st;
    memset(&st, 0, sizeof st);
    bool partial = false;
    for (;;) {
        if (!partial && !term_wait_input()) return -1;
        char c;
        ssize_t r = read(STDIN_FILENO, &c, 1);
        if (r < 0 && errno == EINTR) {
            if (term_sigint) return -1;
            continue;
        }
        if (r <= 0) return -1;
        /* A Ctrl-D typed while an entry ran reached the terminal driver,
         * which left a NUL for it; libedit would keep it in the line. */
        if (c == '\0' && !partial) continue;
        wchar_t wc;
        size_t k = mbrtowc(&wc, &c, 1, &st);
        if (k == (size_t)-2) {
            partial = true;
            continue;
        }
        if (k == (size_t)-1) return (unsigned char)c;
        return (int)wc;
    }
}

/* The completion candidates for the word being completed, adjusted to start
 * where libedit's word starts; NULL-terminated, GC-allocated. */
static char **term_candidates;
/* The next candidate term_next_candidate returns. */
static int term_candidate_next;

/* libedit's generator: returns the candidates one by one (malloc'd copies,
 * as libedit frees them). */
static char *term_next_candidate(const char *text, int state)
{
    (void)text;
    if (state == 0) term_candidate_next = 0;
    if (!term_candidates || !term_candidates[term_candidate_next]) return NULL;
    return strdup(term_candidates[term_candidate_next++]);
}

/* TAB: indents at the start of a line; elsewhere asks the engine for the
 * words that complete the one before the cursor. libedit replaces line[start..end) with a candidate, so candidates
 * for a word the engine starts elsewhere are shifted to begin at start. */
static char **term_complete(const char *text, int start, int end)
{
    rl_attempted_completion_over = 1;
    if ((int)strspn(rl_line_buffer, " \t") >= end) {
        /* At the start of a line TAB indents (pasted code keeps its tabs). */
        static char *indent[] = {"\t", NULL};
        term_candidates = indent;
        return rl_completion_matches(text, term_next_candidate);
    }
    int wstart = end;
    char **c = repl_completions(term_session, rl_line_buffer, end, &wstart);
    if (!c) return NULL;
    int n = 0;
    while (c[n]) n++;
    term_candidates = GC_MALLOC(sizeof(char *) * (n + 1));
    int m = 0;
    for (int i = 0; i < n; i++) {
        if (wstart <= start) {
            int skip = start - wstart;
            if (strncmp(c[i], rl_line_buffer + wstart, skip) == 0) term_candidates[m++] = c[i] + skip;
        } else {
            StrBuf b = {0};
            str_buf_write(&b, rl_line_buffer + start, wstart - start);
            str_buf_puts(&b, c[i]);
            term_candidates[m++] = b.p;
        }
    }
    term_candidates[m] = NULL;
    return rl_completion_matches(text, term_next_candidate);
}

/* Loads ~/.csp_history into libedit, keeping its last TERM_HISTORY_MAX lines
 * (the file is rewritten when it has grown beyond twice that). */
static void term_history_load(void)
{
    const char *home = getenv("HOME");
    if (!home || !*home) return;
    StrBuf path = {0};
    str_buf_puts(&path, home);
    str_buf_puts(&path, "/.csp_history");
    term_history_path = path.p;
    FILE *f = fopen(term_history_path, "r");
    if (!f) return;
    char **lines = NULL;
    size_t n = 0, cap = 0;
    char *line = NULL;
    size_t len = 0;
    ssize_t r;
    while ((r = getline(&line, &len, f)) > 0) {
        if (line[r - 1] == '\n') line[r - 1] = '\0';
        if (!*line) continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 256;
            lines = realloc(lines, sizeof(char *) * cap);
        }
        lines[n++] = strdup(line);
    }
    free(line);
    fclose(f);
    size_t first = n > TERM_HISTORY_MAX ? n - TERM_HISTORY_MAX : 0;
    for (size_t i = first; i < n; i++) add_history(lines[i]);
    if (n > 2 * TERM_HISTORY_MAX && (f = fopen(term_history_path, "w"))) {
        for (size_t i = first; i < n; i++) fprintf(f, "%s\n", lines[i]);
        fclose(f);
    }
    for (size_t i = 0; i < n; i++) free(lines[i]);
    free(lines);
}

/* Adds an entry to the history and appends it to ~/.csp_history: one line,
 * or its lines one by one when a raw string spans lines. Repeating the
 * previous entry adds nothing. */
static void term_history_add(const char *entry)
{
    static char *previous;
    char *one = repl_term_history_line(entry);
    if (!*one || (previous && strcmp(previous, one) == 0)) return;
    free(previous);
    previous = strdup(one);
    FILE *f = term_history_path ? fopen(term_history_path, "a") : NULL;
    for (char *p = one; *p;) {
        char *nl = strchr(p, '\n');
        if (nl) *nl = '\0';
        if (*p) {
            add_history(p);
            if (f) fprintf(f, "%s\n", p);
        }
        if (!nl) break;
        p = nl + 1;
    }
    if (f) fclose(f);
}

/* The terminal's mode before the running entry turned its echo off. */
static struct termios term_saved_mode;

/* os_stdin_hook while an entry runs on a terminal: the program reads
 * standard input, so what is typed must show. */
static void term_echo_on(void)
{
    tcsetattr(STDIN_FILENO, TCSANOW, &term_saved_mode);
    os_stdin_hook = NULL;
}

/* Evaluates one entry with SIGINT interrupting it; false on `:quit`. On a
 * terminal, echo is off meanwhile, until the program reads standard input:
 * keys typed ahead wait in the terminal unseen, and libedit shows them
 * once, as the next line it edits. */
static bool term_eval(const char *text)
{
    bool tty = tcgetattr(STDIN_FILENO, &term_saved_mode) == 0;
    if (tty) {
        struct termios quiet = term_saved_mode;
        quiet.c_lflag &= ~(tcflag_t)(ECHO | ECHONL);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        os_stdin_hook = term_echo_on;
    }
    term_reading = 0;
    bool go_on = repl_eval(term_session, text);
    term_reading = 1;
    fflush(stdout);
    fflush(stderr);
    if (tty) term_echo_on();
    return go_on;
}

/* The entry being read and the declarations gathered for one evaluation. */
typedef struct TermInput {
    /* The lines of the entry being read, each ending in '\n'. */
    StrBuf entry;
    /* Complete declaration-only entries not evaluated yet. */
    StrBuf group;
    /* What they declare (NULL-terminated GC array), and how many. */
    const char **group_names;
    int ngroup_names, group_cap;
    /* How many empty lines came in a row between entries. */
    int blanks;
    /* Whether lines go to the history (on a terminal). */
    bool history;
} TermInput;

/* Evaluates the gathered declarations, if any; false on `:quit`. */
static bool term_flush_group(TermInput *in)
{
    if (in->group.len == 0) return true;
    char *text = in->group.p;
    in->group = (StrBuf){0};
    in->ngroup_names = 0;
    return term_eval(text);
}

/* Drops the entry being read (Ctrl-C, or an empty line ending it). */
static void term_abandon(TermInput *in)
{
    in->entry = (StrBuf){0};
}

/* Takes one line of input (without its newline). `pending` says whether
 * more input is already waiting, as in a paste or a file: then an empty line
 * belongs to the entry and declarations keep gathering. Returns false when
 * the session must end (`:quit`). */
static bool term_line(TermInput *in, const char *line, bool pending)
{
    bool blank = line[strspn(line, " \t\r")] == '\0';
    in->blanks = blank && in->entry.len == 0 ? in->blanks + 1 : 0;
    if (blank && in->entry.len == 0) {
        if (!pending || in->blanks >= 2) return term_flush_group(in);
        return true;
    }
    if (blank && !pending) {
        term_abandon(in);
        return term_flush_group(in);
    }
    str_buf_puts(&in->entry, line);
    str_buf_puts(&in->entry, "\n");
    const char **names = NULL;
    ReplEntryKind kind = term_classify(in->entry.p, &names);
    if (kind == REPL_ENTRY_INCOMPLETE) return true;
    char *text = in->entry.p;
    in->entry = (StrBuf){0};
    if (kind == REPL_ENTRY_EMPTY) return pending || term_flush_group(in);
    if (in->history) term_history_add(text);
    if (kind == REPL_ENTRY_DECLS || kind == REPL_ENTRY_PROGRAM) {
        bool clash = kind == REPL_ENTRY_PROGRAM;
        for (int i = 0; names[i] && !clash; i++)
            for (int j = 0; j < in->ngroup_names && !clash; j++)
                clash = strcmp(names[i], in->group_names[j]) == 0;
        if (clash && !term_flush_group(in)) return false;
        str_buf_puts(&in->group, text);
        for (int i = 0; names[i]; i++) {
            if (in->ngroup_names == in->group_cap) {
                in->group_cap = in->group_cap ? in->group_cap * 2 : 32;
                const char **grown = GC_MALLOC(sizeof(char *) * in->group_cap);
                if (in->ngroup_names) memcpy(grown, in->group_names, sizeof(char *) * in->ngroup_names);
                in->group_names = grown;
            }
            in->group_names[in->ngroup_names++] = names[i];
        }
        return pending || term_flush_group(in);
    }
    if (!term_flush_group(in)) return false;
    return term_eval(text);
}

/* Whether stdin has input waiting right now (or is at its end). */
static bool term_input_pending(void)
{
    struct pollfd pfd = {.fd = STDIN_FILENO, .events = POLLIN};
    return poll(&pfd, 1, 0) > 0;
}

/* Reads lines with libedit until Ctrl-D, `:quit` or the end of input. */
static int term_edit_loop(TermInput *in)
{
    setlocale(LC_CTYPE, "");
    rl_readline_name = "csp";
    rl_catch_signals = 0;
    rl_getc_function = term_getc;
    rl_initialize();
    rl_attempted_completion_function = term_complete;
    rl_basic_word_break_characters = " \t\n\"\\'`@$><=;|&{(}[],+-*/%^!~.:";
    rl_completion_append_character = '\0';
    rl_parse_and_bind("bind ^W ed-delete-prev-word");
    term_history_load();
    for (;;) {
        term_editing = true;
        char *line = readline(in->entry.len ? TERM_PROMPT_MORE : TERM_PROMPT);
        term_editing = false;
        if (term_sigint) {
            term_sigint = 0;
            free(line);
            fputs("^C\n", stdout);
            fflush(stdout);
            term_abandon(in);
            if (!term_flush_group(in)) return 0;
            continue;
        }
        if (!line) {
            fputs("\n", stdout);
            term_flush_group(in);
            return 0;
        }
        bool go_on = term_line(in, line, term_input_pending());
        free(line);
        if (!go_on) return 0;
    }
}

/* Reads plain lines from stdin (not a terminal) until `:quit` or its end;
 * an entry left incomplete at the end is evaluated, so its error shows. */
static int term_plain_loop(TermInput *in)
{
    char *buf = NULL;
    size_t start = 0, end = 0, cap = 0;
    bool eof = false;
    for (;;) {
        char *nl = buf ? memchr(buf + start, '\n', end - start) : NULL;
        if (!nl && !eof) {
            if (!term_wait_input()) {
                if (term_sigint) {
                    term_sigint = 0;
                    term_abandon(in);
                    continue;
                }
                eof = true;
                continue;
            }
            if (cap - end < 4096) {
                cap = cap ? cap * 2 : 8192;
                buf = realloc(buf, cap);
            }
            ssize_t r = read(STDIN_FILENO, buf + end, cap - end);
            if (r > 0) end += (size_t)r;
            else if (r == 0 || errno != EINTR) eof = true;
            continue;
        }
        if (!nl && start == end) break;
        size_t len = nl ? (size_t)(nl - (buf + start)) : end - start;
        char *line = GC_MALLOC_ATOMIC(len + 1);
        memcpy(line, buf + start, len);
        line[len] = '\0';
        start += len + (nl ? 1 : 0);
        bool pending = start < end || (!eof && term_input_pending());
        if (!term_line(in, line, pending)) {
            free(buf);
            return 0;
        }
    }
    free(buf);
    if (!term_flush_group(in)) return 0;
    if (in->entry.len) term_eval(in->entry.p);
    return 0;
}

int repl_term_main(void)
{
    term_session = repl_session_new();
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = term_on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sa.sa_handler = term_on_winch;
    sigaction(SIGWINCH, &sa, NULL);
    term_reading = 1;
    TermInput in = {0};
    if (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)) {
        in.history = true;
        return term_edit_loop(&in);
    }
    return term_plain_loop(&in);
}
