/*
 * Diagnostics: collects compile-time messages and prints them sorted by
 * position, as Go does.
 *
 * Invariants:
 * - `lines[i]` is the complete formatted message `file:line:col: msg` of the
 *   i-th kept error; `srcs[i]` and `pos[i]` are its source and position.
 * - Kept errors are in report order; diag_error keeps at most DIAG_MAX, and a run
 *   that reaches DIAG_MAX is capped at lines[DIAG_MAX - 1], as cmd/compile
 *   stops at its tenth error. Reporting never fails and never aborts.
 * - At most one syntax error per source line is kept, and an error equal to
 *   the previous non-syntax one on the same line is dropped (cmd/compile's
 *   filter); several different errors on a line are all kept.
 * - Sources are ordered by their first appearance among the kept errors, so a
 *   multi-file compilation prints each file's errors together.
 * - Source text is always NUL-terminated; a `#!` first line is replaced by
 *   spaces so columns and line numbers stay those of the file.
 */
#include "lexer/diag.h"

#include <errno.h>
#include <gc/gc.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* Formats into a fresh GC string. */
static char *diag_vformat(const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0) n = 0;
    char *buf = GC_MALLOC_ATOMIC((size_t)n + 1);
    vsnprintf(buf, (size_t)n + 1, fmt, ap);
    return buf;
}

/* Makes room for one more message. */
static void diag_grow(Diag *d) {
    if (d->count == d->cap) {
        int cap = d->cap ? d->cap * 2 : 16;
        char **lines = GC_MALLOC(sizeof(char *) * cap);
        const Source **srcs = GC_MALLOC(sizeof(Source *) * cap);
        Pos *ps = GC_MALLOC_ATOMIC(sizeof(Pos) * cap);
        if (d->count) {
            memcpy(lines, d->lines, sizeof(char *) * d->count);
            memcpy(srcs, d->srcs, sizeof(Source *) * d->count);
            memcpy(ps, d->pos, sizeof(Pos) * d->count);
        }
        d->lines = lines;
        d->srcs = srcs;
        d->pos = ps;
        d->cap = cap;
    }
}

void diag_error(Diag *d, const Source *src, Pos pos, const char *fmt, ...) {
    if (d->count >= DIAG_MAX) return;
    va_list ap;
    va_start(ap, fmt);
    char *msg = diag_vformat(fmt, ap);
    va_end(ap);
    if (strncmp(msg, "syntax error", 12) == 0) {
        if (d->syn_line == pos.line && d->syn_src == src) return;
        d->syn_src = src;
        d->syn_line = pos.line;
    } else {
        if (d->other_line == pos.line && d->other_src == src && strcmp(d->other_msg, msg) == 0) return;
        d->other_src = src;
        d->other_line = pos.line;
        d->other_msg = msg;
    }
    diag_grow(d);
    const char *name = src && src->name ? src->name : "<input>";
    size_t n = strlen(name) + strlen(msg) + 48;
    char *line = GC_MALLOC_ATOMIC(n);
    snprintf(line, n, "%s:%d:%d: %s", name, pos.line, pos.col, msg);
    d->lines[d->count] = line;
    d->srcs[d->count] = src;
    d->pos[d->count] = pos;
    d->count++;
}

/* Orders two kept messages: by source (first appearance), line, column. */
static int diag_before(const Diag *d, int a, int b) {
    if (d->srcs[a] != d->srcs[b]) {
        for (int i = 0; i < d->count; i++) {
            if (d->srcs[i] == d->srcs[a]) return 1;
            if (d->srcs[i] == d->srcs[b]) return 0;
        }
    }
    if (d->pos[a].line != d->pos[b].line) return d->pos[a].line < d->pos[b].line;
    if (d->pos[a].col != d->pos[b].col) return d->pos[a].col < d->pos[b].col;
    return a < b;
}

void diag_flush(Diag *d, FILE *out) {
    int n = d->count;
    int *order = GC_MALLOC_ATOMIC(sizeof(int) * (n ? n : 1));
    for (int i = 0; i < n; i++) order[i] = i;
    /* Insertion sort: stable, and error counts are small. */
    for (int i = 1; i < n; i++) {
        int v = order[i], j = i;
        while (j > 0 && diag_before(d, v, order[j - 1])) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = v;
    }
    for (int i = 0; i < n && i < DIAG_MAX; i++)
        if (i == 0 || strcmp(d->lines[order[i]], d->lines[order[i - 1]]) != 0) fprintf(out, "%s\n", d->lines[order[i]]);
    if (n >= DIAG_MAX) {
        int last = DIAG_MAX - 1;
        const Source *s = d->srcs[last];
        fprintf(out, "%s:%d:%d: too many errors\n", s && s->name ? s->name : "<input>",
                d->pos[last].line, d->pos[last].col);
    }
    fflush(out);
    d->count = 0;
    d->syn_line = d->other_line = 0;
}

int diag_move(Diag *from, const Source *src, Diag *to) {
    int kept = 0, moved = 0;
    for (int i = 0; i < from->count; i++) {
        if (from->srcs[i] != src) {
            from->lines[kept] = from->lines[i];
            from->srcs[kept] = from->srcs[i];
            from->pos[kept++] = from->pos[i];
            continue;
        }
        diag_grow(to);
        to->lines[to->count] = from->lines[i];
        to->srcs[to->count] = src;
        to->pos[to->count++] = from->pos[i];
        moved++;
    }
    from->count = kept;
    return moved;
}

/* Replaces a `#!` first line with spaces (keeping the newline). */
static void source_blank_shebang(char *text, size_t len) {
    if (len >= 2 && text[0] == '#' && text[1] == '!')
        for (size_t i = 0; i < len && text[i] != '\n'; i++) text[i] = ' ';
}

bool source_load(Source *src, const char *path) {
    bool is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "open %s: %s\n", path, strerror(errno));
        return false;
    }
    size_t cap = 4096, len = 0;
    char *buf = GC_MALLOC_ATOMIC(cap);
    for (;;) {
        if (len + 1 >= cap) {
            char *nb = GC_MALLOC_ATOMIC(cap * 2);
            memcpy(nb, buf, len);
            buf = nb;
            cap *= 2;
        }
        size_t got = fread(buf + len, 1, cap - len - 1, f);
        len += got;
        if (got == 0) break;
    }
    bool failed = ferror(f);
    if (!is_stdin) fclose(f);
    if (failed) {
        fprintf(stderr, "read %s: %s\n", path, strerror(errno));
        return false;
    }
    buf[len] = '\0';
    source_blank_shebang(buf, len);
    src->name = is_stdin ? "<stdin>" : path;
    src->text = buf;
    src->len = len;
    return true;
}

void source_from_string(Source *src, const char *name, const char *text) {
    size_t len = strlen(text);
    char *buf = GC_MALLOC_ATOMIC(len + 1);
    memcpy(buf, text, len + 1);
    source_blank_shebang(buf, len);
    src->name = name;
    src->text = buf;
    src->len = len;
}

void source_static(Source *src, const char *name, const char *text) {
    src->name = name;
    src->text = text;
    src->len = strlen(text);
}
