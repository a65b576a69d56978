/*
 * Package strings: Go's strings functions, Builder and Replacer as natives.
 *
 * Invariants:
 * - Results share the argument's bytes wherever Go's do (substrings are
 *   str_slice views); new strings are built once, with one allocation.
 * - Rune iteration follows Go's `for range` over a string: invalid UTF-8
 *   decodes as U+FFFD of width 1.
 * - A Builder is `struct { addr *Builder; buf string; n int }`: buf is a
 *   header over the whole buffer (its len is the capacity), n the length.
 *   Only bytes at or beyond n are ever written, so every string String()
 *   returned (a header over the first n bytes) stays immutable, even for a
 *   copy of the Builder. The capacity grows exactly as Go's []byte
 *   append/grow, so Cap() agrees with Go.
 * - A callback (FieldsFunc, Map, TrimFunc...) that panics stops the work at
 *   once and the native returns NATIVE_PANIC.
 */
#define _GNU_SOURCE
#include "stdlib/strings.h"

#include <gc/gc.h>
#include <string.h>

#include "runtime/slice.h"
#include "runtime/str.h"
#include "stdlib/unicode.h"
#include "stdlib/utf8.h"

/* A rune predicate: a C function, or a script func(rune) bool called through ctx. */
typedef struct StrPred {
    /* The native context for script callbacks. */
    NativeCtx *ctx;
    /* The script function, when c is NULL. */
    Value fn;
    /* The C predicate, or NULL. */
    bool (*c)(int32_t r);
} StrPred;

/* Evaluates the predicate on r: 1 true, 0 false, -1 the callback panicked. */
static int strings_pred(StrPred *p, int32_t r)
{
    if (p->c) return p->c(r);
    Value arg = {.i = r}, res = {.i = 0};
    if (native_call(p->ctx, p->fn, &arg, 1, &res, 1) != NATIVE_OK) return -1;
    return res.i != 0;
}

/* Decodes the rune at p[0:n] as `for range` does; returns its width. */
static inline int strings_rune(const char *p, int64_t n, int32_t *r)
{
    if ((unsigned char)p[0] < 0x80) {
        *r = (unsigned char)p[0];
        return 1;
    }
    return str_decode_rune(p, n, r);
}

/* Returns the index of the first occurrence of sep in s, or -1. */
static int64_t strings_index(const char *s, int64_t n, const char *sep, int64_t m)
{
    if (m == 0) return 0;
    if (m > n) return -1;
    const char *hit = memmem(s, (size_t)n, sep, (size_t)m);
    return hit ? hit - s : -1;
}

/* Returns the index of the last occurrence of sep in s, or -1. */
static int64_t strings_last_index(const char *s, int64_t n, const char *sep, int64_t m)
{
    if (m == 0) return n;
    for (int64_t i = n - m; i >= 0; i--)
        if (s[i] == sep[0] && memcmp(s + i, sep, (size_t)m) == 0) return i;
    return -1;
}

/* Counts non-overlapping occurrences of sep in s (runes + 1 for an empty sep). */
static int64_t strings_count(const char *s, int64_t n, const char *sep, int64_t m)
{
    if (m == 0) return str_rune_count(str_new(s, n)) + 1;
    int64_t c = 0, i = 0;
    for (;;) {
        int64_t j = strings_index(s + i, n - i, sep, m);
        if (j < 0) return c;
        c++;
        i += j + m;
    }
}

/* strings.IndexRune semantics on s for rune r. */
static int64_t strings_index_rune(const char *s, int64_t n, int32_t r)
{
    if (r >= 0 && r < 0x80) {
        const char *hit = memchr(s, r, (size_t)n);
        return hit ? hit - s : -1;
    }
    if (r == STR_RUNE_ERROR) {
        for (int64_t i = 0; i < n;) {
            int32_t c;
            int w = strings_rune(s + i, n - i, &c);
            if (c == STR_RUNE_ERROR) return i;
            i += w;
        }
        return -1;
    }
    if (utf8_rune_len(r) < 0) return -1;
    char buf[4];
    int w = str_encode_rune(buf, r);
    return strings_index(s, n, buf, w);
}

/* Makes a []string of length n and capacity cap from items. */
static Value strings_list(const Value *items, int64_t n, int64_t cap)
{
    Value v = slice_make(type_string, n, cap);
    if (n) memcpy(((Slice *)v.p)->data, items, (size_t)n * sizeof(Value));
    return v;
}

/* Go's genSplit: splits s around sep, keeping sep_save bytes of each sep. */
static Value strings_gen_split(Value s, Value sep, int64_t sep_save, int64_t n)
{
    if (n == 0) return (Value){.p = NULL};
    const char *p = str_ptr(s);
    int64_t len = str_len(s), m = str_len(sep);
    if (m == 0) {
        /* explode: one string per rune. */
        int64_t l = str_rune_count(s);
        if (n < 0 || n > l) n = l;
        Value out = slice_make(type_string, n, n);
        Value *a = n ? ((Slice *)out.p)->data : NULL;
        int64_t i = 0;
        for (int64_t k = 0; k < n - 1; k++) {
            int32_t r;
            int w = strings_rune(p + i, len - i, &r);
            a[k] = str_slice(s, i, i + w);
            i += w;
        }
        if (n > 0) a[n - 1] = str_slice(s, i, len);
        return out;
    }
    if (n < 0) n = strings_count(p, len, str_ptr(sep), m) + 1;
    if (n > len + 1) n = len + 1;
    Value out = slice_make(type_string, n, n);
    Value *a = ((Slice *)out.p)->data;
    n--;
    int64_t i = 0, start = 0;
    while (i < n) {
        int64_t j = strings_index(p + start, len - start, str_ptr(sep), m);
        if (j < 0) break;
        a[i] = str_slice(s, start, start + j + sep_save);
        start += j + m;
        i++;
    }
    a[i] = str_slice(s, start, len);
    ((Slice *)out.p)->len = i + 1;
    return out;
}

/* Splits s at runs of runes satisfying pred (FieldsFunc); returns NATIVE_*. */
static int strings_fields_func(StrPred *pred, Value s, Value *result)
{
    const char *p = str_ptr(s);
    int64_t n = str_len(s), cap = 32, count = 0;
    int64_t *spans = GC_MALLOC_ATOMIC((size_t)cap * 2 * sizeof(int64_t));
    int64_t start = -1;
    for (int64_t i = 0; i < n;) {
        int32_t r;
        int w = strings_rune(p + i, n - i, &r);
        int t = strings_pred(pred, r);
        if (t < 0) return NATIVE_PANIC;
        if (t) {
            if (start >= 0) {
                if (count == cap) {
                    int64_t *g = GC_MALLOC_ATOMIC((size_t)cap * 4 * sizeof(int64_t));
                    memcpy(g, spans, (size_t)cap * 2 * sizeof(int64_t));
                    spans = g;
                    cap *= 2;
                }
                spans[2 * count] = start;
                spans[2 * count + 1] = i;
                count++;
                start = -1;
            }
        } else if (start < 0) {
            start = i;
        }
        i += w;
    }
    Value out = slice_make(type_string, count + (start >= 0), count + (start >= 0));
    Value *a = slice_len(out) ? ((Slice *)out.p)->data : NULL;
    for (int64_t k = 0; k < count; k++) a[k] = str_slice(s, spans[2 * k], spans[2 * k + 1]);
    if (start >= 0) a[count] = str_slice(s, start, n);
    *result = out;
    return NATIVE_OK;
}

/* Index of the first (or, if last, the last) rune satisfying pred == truth;
 * -1 if none, -2 if the callback panicked. */
static int64_t strings_index_func(StrPred *pred, const char *p, int64_t n, bool truth, bool last)
{
    if (!last) {
        for (int64_t i = 0; i < n;) {
            int32_t r;
            int w = strings_rune(p + i, n - i, &r);
            int t = strings_pred(pred, r);
            if (t < 0) return -2;
            if ((t == 1) == truth) return i;
            i += w;
        }
        return -1;
    }
    for (int64_t i = n; i > 0;) {
        int32_t r;
        int64_t start;
        if ((unsigned char)p[i - 1] < 0x80) {
            r = (unsigned char)p[i - 1];
            start = i - 1;
        } else {
            /* DecodeLastRuneInString on p[0:i]. */
            int64_t s = i - 1, lim = i - 4 < 0 ? 0 : i - 4;
            for (s--; s >= lim; s--)
                if (((unsigned char)p[s] & 0xC0) != 0x80) break;
            if (s < 0) s = 0;
            int w = str_decode_rune(p + s, i - s, &r);
            if (s + w != i) {
                r = STR_RUNE_ERROR;
                s = i - 1;
            }
            start = s;
        }
        int t = strings_pred(pred, r);
        if (t < 0) return -2;
        if ((t == 1) == truth) return start;
        i = start;
    }
    return -1;
}

/* TrimLeftFunc / TrimRightFunc on s; returns NATIVE_*. */
static int strings_trim_func(StrPred *pred, Value s, bool left, bool right, Value *result)
{
    const char *p = str_ptr(s);
    int64_t lo = 0, hi = str_len(s);
    if (left) {
        int64_t i = strings_index_func(pred, p, hi, false, false);
        if (i == -2) return NATIVE_PANIC;
        lo = i < 0 ? hi : i;
    }
    if (right && lo < hi) {
        int64_t i = strings_index_func(pred, p + lo, hi - lo, false, true);
        if (i == -2) return NATIVE_PANIC;
        if (i < 0) hi = lo;
        else {
            int32_t r;
            hi = lo + i + strings_rune(p + lo + i, hi - lo - i, &r);
        }
    }
    *result = str_slice(s, lo, hi);
    return NATIVE_OK;
}

/* A rune mapping: a C function, or a script func(rune) rune. */
typedef struct StrMap {
    /* The native context for script callbacks. */
    NativeCtx *ctx;
    /* The script function, when c is NULL. */
    Value fn;
    /* The C mapping, or NULL. */
    int32_t (*c)(int32_t r);
} StrMap;

/* strings.Map: applies m to every rune, dropping negative results; invalid
 * UTF-8 becomes U+FFFD. Returns s itself when nothing changes. */
static int strings_map(StrMap *m, Value s, Value *result)
{
    const char *p = str_ptr(s);
    int64_t n = str_len(s), cap = n + 4, len = 0;
    char *out = NULL;
    for (int64_t i = 0; i < n;) {
        int32_t c;
        int w = strings_rune(p + i, n - i, &c);
        int32_t r;
        if (m->c) r = m->c(c);
        else {
            Value arg = {.i = c}, res = {.i = 0};
            if (native_call(m->ctx, m->fn, &arg, 1, &res, 1) != NATIVE_OK) return NATIVE_PANIC;
            r = (int32_t)res.i;
        }
        if (!out) {
            bool invalid = c == STR_RUNE_ERROR && w == 1;
            if (r == c && !invalid) {
                i += w;
                continue;
            }
            out = GC_MALLOC_ATOMIC((size_t)cap);
            memcpy(out, p, (size_t)i);
            len = i;
        }
        if (r >= 0) {
            if (len + 4 > cap) {
                cap = cap * 2 + 4;
                char *g = GC_MALLOC_ATOMIC((size_t)cap);
                memcpy(g, out, (size_t)len);
                out = g;
            }
            len += str_encode_rune(out + len, r);
        }
        i += w;
    }
    if (!out) *result = s;
    else {
        GoString *g = GC_MALLOC(sizeof(GoString));
        g->ptr = out;
        g->len = len;
        *result = len ? (Value){.p = g} : (Value){.p = NULL};
    }
    return NATIVE_OK;
}

/* Go's Title separator test. */
static bool strings_is_separator(int32_t r)
{
    if (r <= 0x7F) {
        if ((r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_')
            return false;
        return true;
    }
    if (unicode_is_letter(r) || unicode_is_digit(r)) return false;
    return unicode_is_space(r);
}

/* ContainsRune(cutset, r) for the Trim family. */
static bool strings_in_cutset(Value cutset, int32_t r)
{
    return strings_index_rune(str_ptr(cutset), str_len(cutset), r) >= 0;
}

/* Trims leading (left) and/or trailing (right) runes found in cutset. */
static Value strings_trim_cutset(Value s, Value cutset, bool left, bool right)
{
    const char *p = str_ptr(s);
    int64_t lo = 0, hi = str_len(s);
    if (hi == 0 || str_len(cutset) == 0) return s;
    if (left) {
        while (lo < hi) {
            int32_t r;
            int w = strings_rune(p + lo, hi - lo, &r);
            if (!strings_in_cutset(cutset, r)) break;
            lo += w;
        }
    }
    if (right) {
        while (hi > lo) {
            int32_t r;
            int64_t start;
            if ((unsigned char)p[hi - 1] < 0x80) {
                r = (unsigned char)p[hi - 1];
                start = hi - 1;
            } else {
                int64_t st = hi - 1, lim = hi - 4 < lo ? lo : hi - 4;
                for (st--; st >= lim; st--)
                    if (((unsigned char)p[st] & 0xC0) != 0x80) break;
                if (st < lo) st = lo;
                int w = str_decode_rune(p + st, hi - st, &r);
                if (st + w != hi) {
                    r = STR_RUNE_ERROR;
                    st = hi - 1;
                }
                start = st;
            }
            if (!strings_in_cutset(cutset, r)) break;
            hi = start;
        }
    }
    return str_slice(s, lo, hi);
}

/* Go's EqualFold: equality under simple Unicode case folding. */
static bool strings_equal_fold(const char *s, int64_t sn, const char *t, int64_t tn)
{
    int64_t i = 0, j = 0;
    while (i < sn && j < tn) {
        int32_t sr, tr;
        i += strings_rune(s + i, sn - i, &sr);
        j += strings_rune(t + j, tn - j, &tr);
        if (sr == tr) continue;
        if (tr < sr) {
            int32_t x = tr;
            tr = sr;
            sr = x;
        }
        if (tr < 0x80) {
            if (sr >= 'A' && sr <= 'Z' && tr == sr + 'a' - 'A') continue;
            return false;
        }
        int32_t r = unicode_simple_fold(sr);
        while (r != sr && r < tr) r = unicode_simple_fold(r);
        if (r == tr) continue;
        return false;
    }
    return i == sn && j == tn;
}

/* Makes a string over a fresh buffer of n bytes the caller fills. */
static Value strings_alloc(int64_t n, char **buf)
{
    *buf = GC_MALLOC_ATOMIC((size_t)n + 1);
    GoString *g = GC_MALLOC(sizeof(GoString));
    g->ptr = *buf;
    g->len = n;
    return n ? (Value){.p = g} : (Value){.p = NULL};
}

/* strings.Contains(s, substr string) bool. */
static int strings_Contains(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].i = strings_index(str_ptr(a[0]), str_len(a[0]), str_ptr(a[1]), str_len(a[1])) >= 0;
    return NATIVE_OK;
}

/* strings.Index(s, substr string) int. */
static int strings_Index(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].i = strings_index(str_ptr(a[0]), str_len(a[0]), str_ptr(a[1]), str_len(a[1]));
    return NATIVE_OK;
}

/* strings.LastIndex(s, substr string) int. */
static int strings_LastIndex(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].i = strings_last_index(str_ptr(a[0]), str_len(a[0]), str_ptr(a[1]), str_len(a[1]));
    return NATIVE_OK;
}

/* strings.IndexByte(s string, c byte) int. */
static int strings_IndexByte(NativeCtx *ctx, Value *a, Value *r)
{
    const char *p = str_ptr(a[0]);
    const char *hit = memchr(p, (int)(a[1].u & 0xFF), (size_t)str_len(a[0]));
    r[0].i = hit ? hit - p : -1;
    return NATIVE_OK;
}

/* strings.LastIndexByte(s string, c byte) int. */
static int strings_LastIndexByte(NativeCtx *ctx, Value *a, Value *r)
{
    const char *p = str_ptr(a[0]);
    int64_t i = str_len(a[0]) - 1;
    while (i >= 0 && (unsigned char)p[i] != (a[1].u & 0xFF)) i--;
    r[0].i = i;
    return NATIVE_OK;
}

/* strings.IndexRune(s string, r rune) int. */
static int strings_IndexRune(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].i = strings_index_rune(str_ptr(a[0]), str_len(a[0]), (int32_t)a[1].i);
    if (a[1].i != (int32_t)a[1].i) r[0].i = -1;
    return NATIVE_OK;
}

/* strings.ContainsRune(s string, r rune) bool. */
static int strings_ContainsRune(NativeCtx *ctx, Value *a, Value *r)
{
    strings_IndexRune(ctx, a, r);
    r[0].i = r[0].i >= 0;
    return NATIVE_OK;
}

/* Index of the first (or last) rune of s that occurs in chars, or -1. */
static int64_t strings_index_any(Value s, Value chars, bool last)
{
    const char *p = str_ptr(s);
    int64_t n = str_len(s);
    if (str_len(chars) == 0) return -1;
    int64_t found = -1;
    for (int64_t i = 0; i < n;) {
        int32_t c;
        int w = strings_rune(p + i, n - i, &c);
        if (strings_in_cutset(chars, c)) {
            if (!last) return i;
            found = i;
        }
        i += w;
    }
    return found;
}

/* strings.IndexAny(s, chars string) int. */
static int strings_IndexAny(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].i = strings_index_any(a[0], a[1], false);
    return NATIVE_OK;
}

/* strings.LastIndexAny(s, chars string) int. */
static int strings_LastIndexAny(NativeCtx *ctx, Value *a, Value *r)
{
    /* Go scans backwards with DecodeLastRune; for well-formed and malformed
     * input alike the last matching rune start is the same. */
    r[0].i = strings_index_any(a[0], a[1], true);
    return NATIVE_OK;
}

/* strings.ContainsAny(s, chars string) bool. */
static int strings_ContainsAny(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].i = strings_index_any(a[0], a[1], false) >= 0;
    return NATIVE_OK;
}

/* strings.Count(s, substr string) int. */
static int strings_Count(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].i = strings_count(str_ptr(a[0]), str_len(a[0]), str_ptr(a[1]), str_len(a[1]));
    return NATIVE_OK;
}

/* strings.HasPrefix(s, prefix string) bool. */
static int strings_HasPrefix(NativeCtx *ctx, Value *a, Value *r)
{
    int64_t n = str_len(a[1]);
    r[0].i = str_len(a[0]) >= n && memcmp(str_ptr(a[0]), str_ptr(a[1]), (size_t)n) == 0;
    return NATIVE_OK;
}

/* strings.HasSuffix(s, suffix string) bool. */
static int strings_HasSuffix(NativeCtx *ctx, Value *a, Value *r)
{
    int64_t n = str_len(a[1]), m = str_len(a[0]);
    r[0].i = m >= n && memcmp(str_ptr(a[0]) + m - n, str_ptr(a[1]), (size_t)n) == 0;
    return NATIVE_OK;
}

/* strings.Split(s, sep string) []string. */
static int strings_Split(NativeCtx *ctx, Value *a, Value *r)
{
    r[0] = strings_gen_split(a[0], a[1], 0, -1);
    return NATIVE_OK;
}

/* strings.SplitN(s, sep string, n int) []string. */
static int strings_SplitN(NativeCtx *ctx, Value *a, Value *r)
{
    r[0] = strings_gen_split(a[0], a[1], 0, a[2].i);
    return NATIVE_OK;
}

/* strings.SplitAfter(s, sep string) []string. */
static int strings_SplitAfter(NativeCtx *ctx, Value *a, Value *r)
{
    r[0] = strings_gen_split(a[0], a[1], str_len(a[1]), -1);
    return NATIVE_OK;
}

/* strings.SplitAfterN(s, sep string, n int) []string. */
static int strings_SplitAfterN(NativeCtx *ctx, Value *a, Value *r)
{
    r[0] = strings_gen_split(a[0], a[1], str_len(a[1]), a[2].i);
    return NATIVE_OK;
}

/* The C form of unicode.IsSpace for predicates. */
static bool strings_space(int32_t r) { return unicode_is_space(r); }

/* strings.Fields(s string) []string. */
static int strings_Fields(NativeCtx *ctx, Value *a, Value *r)
{
    StrPred p = {.ctx = ctx, .c = strings_space};
    return strings_fields_func(&p, a[0], &r[0]);
}

/* strings.FieldsFunc(s string, f func(rune) bool) []string. */
static int strings_FieldsFunc(NativeCtx *ctx, Value *a, Value *r)
{
    StrPred p = {.ctx = ctx, .fn = a[1]};
    return strings_fields_func(&p, a[0], &r[0]);
}

/* strings.Join(elems []string, sep string) string. */
static int strings_Join(NativeCtx *ctx, Value *a, Value *r)
{
    int64_t n = slice_len(a[0]);
    if (n == 0) {
        r[0].p = NULL;
        return NATIVE_OK;
    }
    Value *e = ((Slice *)a[0].p)->data;
    if (n == 1) {
        r[0] = e[0];
        return NATIVE_OK;
    }
    int64_t total = str_len(a[1]) * (n - 1);
    for (int64_t i = 0; i < n; i++) total += str_len(e[i]);
    char *buf;
    r[0] = strings_alloc(total, &buf);
    int64_t k = 0;
    for (int64_t i = 0; i < n; i++) {
        if (i > 0) {
            memcpy(buf + k, str_ptr(a[1]), (size_t)str_len(a[1]));
            k += str_len(a[1]);
        }
        memcpy(buf + k, str_ptr(e[i]), (size_t)str_len(e[i]));
        k += str_len(e[i]);
    }
    return NATIVE_OK;
}

/* strings.Repeat(s string, count int) string. */
static int strings_Repeat(NativeCtx *ctx, Value *a, Value *r)
{
    int64_t count = a[1].i, n = str_len(a[0]);
    if (count == 0) {
        r[0].p = NULL;
        return NATIVE_OK;
    }
    if (count < 0) return native_panic_string(ctx, "strings: negative Repeat count");
    if (n > 0 && (count > INT64_MAX / n || n * count > (int64_t)1 << 40))
        return native_panic_string(ctx, "strings: Repeat count causes overflow");
    char *buf;
    r[0] = strings_alloc(n * count, &buf);
    for (int64_t i = 0; i < count; i++) memcpy(buf + i * n, str_ptr(a[0]), (size_t)n);
    return NATIVE_OK;
}

/* Go's strings.Replace(s, old, new, n). */
static Value strings_replace(Value s, Value old, Value new, int64_t n)
{
    const char *p = str_ptr(s), *o = str_ptr(old);
    int64_t len = str_len(s), ol = str_len(old), nl = str_len(new);
    if (str_equal(old, new) || n == 0) return s;
    int64_t m = strings_count(p, len, o, ol);
    if (m == 0) return s;
    if (n < 0 || m < n) n = m;
    char *buf;
    Value out = strings_alloc(len + n * (nl - ol), &buf);
    int64_t k = 0, start = 0;
    for (int64_t i = 0; i < n; i++) {
        int64_t j = start;
        if (ol == 0) {
            if (i > 0) {
                int32_t r;
                j += strings_rune(p + start, len - start, &r);
            }
        } else {
            j += strings_index(p + start, len - start, o, ol);
        }
        memcpy(buf + k, p + start, (size_t)(j - start));
        k += j - start;
        memcpy(buf + k, str_ptr(new), (size_t)nl);
        k += nl;
        start = j + ol;
    }
    memcpy(buf + k, p + start, (size_t)(len - start));
    return out;
}

/* strings.Replace(s, old, new string, n int) string. */
static int strings_Replace(NativeCtx *ctx, Value *a, Value *r)
{
    r[0] = strings_replace(a[0], a[1], a[2], a[3].i);
    return NATIVE_OK;
}

/* strings.ReplaceAll(s, old, new string) string. */
static int strings_ReplaceAll(NativeCtx *ctx, Value *a, Value *r)
{
    r[0] = strings_replace(a[0], a[1], a[2], -1);
    return NATIVE_OK;
}

/* strings.ToUpper(s string) string. */
static int strings_ToUpper(NativeCtx *ctx, Value *a, Value *r)
{
    StrMap m = {.ctx = ctx, .c = unicode_to_upper};
    return strings_map(&m, a[0], &r[0]);
}

/* strings.ToLower(s string) string. */
static int strings_ToLower(NativeCtx *ctx, Value *a, Value *r)
{
    StrMap m = {.ctx = ctx, .c = unicode_to_lower};
    return strings_map(&m, a[0], &r[0]);
}

/* strings.ToTitle(s string) string. */
static int strings_ToTitle(NativeCtx *ctx, Value *a, Value *r)
{
    StrMap m = {.ctx = ctx, .c = unicode_to_title};
    return strings_map(&m, a[0], &r[0]);
}

/* strings.Title(s string) string: title-cases the first letter of each word. */
static int strings_Title(NativeCtx *ctx, Value *a, Value *r)
{
    const char *p = str_ptr(a[0]);
    int64_t n = str_len(a[0]);
    char *buf = GC_MALLOC_ATOMIC((size_t)n * 2 + 4);
    int64_t k = 0;
    int32_t prev = ' ';
    bool changed = false;
    for (int64_t i = 0; i < n;) {
        int32_t c;
        int w = strings_rune(p + i, n - i, &c);
        int32_t m = strings_is_separator(prev) ? unicode_to_title(c) : c;
        if (m != c || (c == STR_RUNE_ERROR && w == 1)) changed = true;
        prev = c;
        k += str_encode_rune(buf + k, m);
        i += w;
    }
    r[0] = changed ? str_new(buf, k) : a[0];
    return NATIVE_OK;
}

/* strings.Map(mapping func(rune) rune, s string) string. */
static int strings_Map(NativeCtx *ctx, Value *a, Value *r)
{
    StrMap m = {.ctx = ctx, .fn = a[0]};
    return strings_map(&m, a[1], &r[0]);
}

/* strings.TrimSpace(s string) string. */
static int strings_TrimSpace(NativeCtx *ctx, Value *a, Value *r)
{
    StrPred p = {.ctx = ctx, .c = strings_space};
    return strings_trim_func(&p, a[0], true, true, &r[0]);
}

/* strings.TrimFunc(s string, f func(rune) bool) string. */
static int strings_TrimFunc(NativeCtx *ctx, Value *a, Value *r)
{
    StrPred p = {.ctx = ctx, .fn = a[1]};
    return strings_trim_func(&p, a[0], true, true, &r[0]);
}

/* strings.TrimLeftFunc(s string, f func(rune) bool) string. */
static int strings_TrimLeftFunc(NativeCtx *ctx, Value *a, Value *r)
{
    StrPred p = {.ctx = ctx, .fn = a[1]};
    return strings_trim_func(&p, a[0], true, false, &r[0]);
}

/* strings.TrimRightFunc(s string, f func(rune) bool) string. */
static int strings_TrimRightFunc(NativeCtx *ctx, Value *a, Value *r)
{
    StrPred p = {.ctx = ctx, .fn = a[1]};
    return strings_trim_func(&p, a[0], false, true, &r[0]);
}

/* strings.IndexFunc(s string, f func(rune) bool) int. */
static int strings_IndexFunc(NativeCtx *ctx, Value *a, Value *r)
{
    StrPred p = {.ctx = ctx, .fn = a[1]};
    int64_t i = strings_index_func(&p, str_ptr(a[0]), str_len(a[0]), true, false);
    if (i == -2) return NATIVE_PANIC;
    r[0].i = i;
    return NATIVE_OK;
}

/* strings.LastIndexFunc(s string, f func(rune) bool) int. */
static int strings_LastIndexFunc(NativeCtx *ctx, Value *a, Value *r)
{
    StrPred p = {.ctx = ctx, .fn = a[1]};
    int64_t i = strings_index_func(&p, str_ptr(a[0]), str_len(a[0]), true, true);
    if (i == -2) return NATIVE_PANIC;
    r[0].i = i;
    return NATIVE_OK;
}

/* strings.ContainsFunc(s string, f func(rune) bool) bool. */
static int strings_ContainsFunc(NativeCtx *ctx, Value *a, Value *r)
{
    if (strings_IndexFunc(ctx, a, r) != NATIVE_OK) return NATIVE_PANIC;
    r[0].i = r[0].i >= 0;
    return NATIVE_OK;
}

/* strings.Trim(s, cutset string) string. */
static int strings_Trim(NativeCtx *ctx, Value *a, Value *r)
{
    r[0] = strings_trim_cutset(a[0], a[1], true, true);
    return NATIVE_OK;
}

/* strings.TrimLeft(s, cutset string) string. */
static int strings_TrimLeft(NativeCtx *ctx, Value *a, Value *r)
{
    r[0] = strings_trim_cutset(a[0], a[1], true, false);
    return NATIVE_OK;
}

/* strings.TrimRight(s, cutset string) string. */
static int strings_TrimRight(NativeCtx *ctx, Value *a, Value *r)
{
    r[0] = strings_trim_cutset(a[0], a[1], false, true);
    return NATIVE_OK;
}

/* strings.TrimPrefix(s, prefix string) string. */
static int strings_TrimPrefix(NativeCtx *ctx, Value *a, Value *r)
{
    strings_HasPrefix(ctx, a, r);
    r[0] = r[0].i ? str_slice(a[0], str_len(a[1]), str_len(a[0])) : a[0];
    return NATIVE_OK;
}

/* strings.TrimSuffix(s, suffix string) string. */
static int strings_TrimSuffix(NativeCtx *ctx, Value *a, Value *r)
{
    strings_HasSuffix(ctx, a, r);
    r[0] = r[0].i ? str_slice(a[0], 0, str_len(a[0]) - str_len(a[1])) : a[0];
    return NATIVE_OK;
}

/* strings.Cut(s, sep string) (before, after string, found bool). */
static int strings_Cut(NativeCtx *ctx, Value *a, Value *r)
{
    int64_t i = strings_index(str_ptr(a[0]), str_len(a[0]), str_ptr(a[1]), str_len(a[1]));
    if (i >= 0) {
        r[0] = str_slice(a[0], 0, i);
        r[1] = str_slice(a[0], i + str_len(a[1]), str_len(a[0]));
        r[2].i = 1;
    } else {
        r[0] = a[0];
        r[1].p = NULL;
        r[2].i = 0;
    }
    return NATIVE_OK;
}

/* strings.CutPrefix(s, prefix string) (after string, found bool). */
static int strings_CutPrefix(NativeCtx *ctx, Value *a, Value *r)
{
    strings_HasPrefix(ctx, a, &r[1]);
    r[0] = r[1].i ? str_slice(a[0], str_len(a[1]), str_len(a[0])) : a[0];
    return NATIVE_OK;
}

/* strings.CutSuffix(s, suffix string) (before string, found bool). */
static int strings_CutSuffix(NativeCtx *ctx, Value *a, Value *r)
{
    strings_HasSuffix(ctx, a, &r[1]);
    r[0] = r[1].i ? str_slice(a[0], 0, str_len(a[0]) - str_len(a[1])) : a[0];
    return NATIVE_OK;
}

/* strings.EqualFold(s, t string) bool. */
static int strings_EqualFold(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].i = strings_equal_fold(str_ptr(a[0]), str_len(a[0]), str_ptr(a[1]), str_len(a[1]));
    return NATIVE_OK;
}

/* strings.Compare(a, b string) int. */
static int strings_Compare(NativeCtx *ctx, Value *a, Value *r)
{
    int c = str_compare(a[0], a[1]);
    r[0].i = c < 0 ? -1 : c > 0;
    return NATIVE_OK;
}

/* strings.Clone(s string) string. */
static int strings_Clone(NativeCtx *ctx, Value *a, Value *r)
{
    r[0] = str_new(str_ptr(a[0]), str_len(a[0]));
    return NATIVE_OK;
}

/* strings.ToValidUTF8(s, replacement string) string: each run of invalid
 * bytes becomes one replacement. */
static int strings_ToValidUTF8(NativeCtx *ctx, Value *a, Value *r)
{
    const char *p = str_ptr(a[0]), *rep = str_ptr(a[1]);
    int64_t n = str_len(a[0]), rl = str_len(a[1]);
    if (utf8_valid(p, n)) {
        r[0] = a[0];
        return NATIVE_OK;
    }
    char *buf = GC_MALLOC_ATOMIC((size_t)(n * (rl + 1)) + 1);
    int64_t k = 0;
    bool invalid = false;
    for (int64_t i = 0; i < n;) {
        int32_t c;
        int w = strings_rune(p + i, n - i, &c);
        if (c == STR_RUNE_ERROR && w == 1) {
            if (!invalid) {
                memcpy(buf + k, rep, (size_t)rl);
                k += rl;
            }
            invalid = true;
        } else {
            memcpy(buf + k, p + i, (size_t)w);
            k += w;
            invalid = false;
        }
        i += w;
    }
    r[0] = str_new(buf, k);
    return NATIVE_OK;
}

/* Builder slots: addr *Builder, buf string (a header over the whole
 * capacity, replaced only when the buffer grows), n int (the length). */
enum { BUILDER_ADDR, BUILDER_BUF, BUILDER_LEN };

/* Checks a Builder receiver (nil, copied by value); returns its storage or
 * NULL after raising the panic. */
static Value *strings_builder(NativeCtx *ctx, Value recv, bool write)
{
    Value *b = recv.p;
    if (!b) {
        native_panic_runtime(ctx, "invalid memory address or nil pointer dereference");
        return NULL;
    }
    if (write) {
        if (!b[BUILDER_ADDR].p) b[BUILDER_ADDR].p = b;
        else if (b[BUILDER_ADDR].p != b) {
            native_panic_string(ctx, "strings: illegal use of non-zero Builder copied by value");
            return NULL;
        }
    }
    return b;
}

/* Reallocates the Builder's buffer to capacity cap (zeroed past the length),
 * keeping its bytes. */
static void strings_builder_realloc(Value *b, int64_t cap)
{
    int64_t len = b[BUILDER_LEN].i;
    char *buf = GC_MALLOC_ATOMIC((size_t)cap + 1);
    memcpy(buf, str_ptr(b[BUILDER_BUF]), (size_t)len);
    memset(buf + len, 0, (size_t)(cap - len) + 1);
    GoString *g = GC_MALLOC(sizeof(GoString));
    g->ptr = buf;
    g->len = cap;
    b[BUILDER_BUF].p = g;
}

/* Appends n bytes to the Builder, growing as Go's append([]byte) would. */
static void strings_builder_append(Value *b, const char *p, int64_t n)
{
    int64_t len = b[BUILDER_LEN].i;
    if (n == 0) return;
    if (len + n > str_len(b[BUILDER_BUF]))
        strings_builder_realloc(b, slice_grow_cap(str_len(b[BUILDER_BUF]), len + n, 1));
    memcpy((char *)str_ptr(b[BUILDER_BUF]) + len, p, (size_t)n);
    b[BUILDER_LEN].i = len + n;
}

/* (*Builder).String() string: a header over the bytes written so far, which
 * are never written again. */
static int strings_Builder_String(NativeCtx *ctx, Value *a, Value *r)
{
    Value *b = strings_builder(ctx, a[0], false);
    if (!b) return NATIVE_PANIC;
    int64_t len = b[BUILDER_LEN].i;
    if (len == 0) {
        r[0].p = NULL;
        return NATIVE_OK;
    }
    GoString *g = GC_MALLOC(sizeof(GoString));
    g->ptr = str_ptr(b[BUILDER_BUF]);
    g->len = len;
    r[0].p = g;
    return NATIVE_OK;
}

/* (*Builder).Len() int. */
static int strings_Builder_Len(NativeCtx *ctx, Value *a, Value *r)
{
    Value *b = strings_builder(ctx, a[0], false);
    if (!b) return NATIVE_PANIC;
    r[0].i = b[BUILDER_LEN].i;
    return NATIVE_OK;
}

/* (*Builder).Cap() int. */
static int strings_Builder_Cap(NativeCtx *ctx, Value *a, Value *r)
{
    Value *b = strings_builder(ctx, a[0], false);
    if (!b) return NATIVE_PANIC;
    r[0].i = str_len(b[BUILDER_BUF]);
    return NATIVE_OK;
}

/* (*Builder).Reset(). */
static int strings_Builder_Reset(NativeCtx *ctx, Value *a, Value *r)
{
    Value *b = strings_builder(ctx, a[0], false);
    if (!b) return NATIVE_PANIC;
    b[BUILDER_ADDR].p = NULL;
    b[BUILDER_BUF].p = NULL;
    b[BUILDER_LEN].i = 0;
    return NATIVE_OK;
}

/* (*Builder).Grow(n int). */
static int strings_Builder_Grow(NativeCtx *ctx, Value *a, Value *r)
{
    Value *b = strings_builder(ctx, a[0], true);
    if (!b) return NATIVE_PANIC;
    int64_t n = a[1].i;
    if (n < 0) return native_panic_string(ctx, "strings.Builder.Grow: negative count");
    if (str_len(b[BUILDER_BUF]) - b[BUILDER_LEN].i < n)
        strings_builder_realloc(b, 2 * str_len(b[BUILDER_BUF]) + n);
    return NATIVE_OK;
}

/* (*Builder).WriteString(s string) (int, error). */
static int strings_Builder_WriteString(NativeCtx *ctx, Value *a, Value *r)
{
    Value *b = strings_builder(ctx, a[0], true);
    if (!b) return NATIVE_PANIC;
    strings_builder_append(b, str_ptr(a[1]), str_len(a[1]));
    r[0].i = str_len(a[1]);
    r[1].p = NULL;
    return NATIVE_OK;
}

/* (*Builder).Write(p []byte) (int, error). */
static int strings_Builder_Write(NativeCtx *ctx, Value *a, Value *r)
{
    Value *b = strings_builder(ctx, a[0], true);
    if (!b) return NATIVE_PANIC;
    int64_t n;
    char *p = utf8_bytes_of(a[1], &n);
    strings_builder_append(b, p, n);
    r[0].i = n;
    r[1].p = NULL;
    return NATIVE_OK;
}

/* (*Builder).WriteByte(c byte) error. */
static int strings_Builder_WriteByte(NativeCtx *ctx, Value *a, Value *r)
{
    Value *b = strings_builder(ctx, a[0], true);
    if (!b) return NATIVE_PANIC;
    char c = (char)a[1].u;
    strings_builder_append(b, &c, 1);
    r[0].p = NULL;
    return NATIVE_OK;
}

/* (*Builder).WriteRune(r rune) (int, error). */
static int strings_Builder_WriteRune(NativeCtx *ctx, Value *a, Value *r)
{
    Value *b = strings_builder(ctx, a[0], true);
    if (!b) return NATIVE_PANIC;
    char buf[4];
    int32_t c = (int32_t)a[1].i;
    int w;
    if ((uint32_t)c < 0x80) {
        buf[0] = (char)c;
        w = 1;
        strings_builder_append(b, buf, 1);
    } else {
        /* Go reserves UTFMax bytes with grow(4) rather than append. */
        if (str_len(b[BUILDER_BUF]) - b[BUILDER_LEN].i < 4)
            strings_builder_realloc(b, 2 * str_len(b[BUILDER_BUF]) + 4);
        w = str_encode_rune(buf, c);
        strings_builder_append(b, buf, w);
    }
    r[0].i = w;
    r[1].p = NULL;
    return NATIVE_OK;
}

/* strings.NewReplacer(oldnew ...string) *Replacer; a Replacer is
 * `struct { oldnew []string }`. */
static int strings_NewReplacer(NativeCtx *ctx, Value *a, Value *r)
{
    int64_t n = slice_len(a[0]);
    if (n % 2 == 1) return native_panic_string(ctx, "strings.NewReplacer: odd argument count");
    Value *rep = GC_MALLOC(sizeof(Value));
    rep[0] = strings_list(n ? ((Slice *)a[0].p)->data : NULL, n, n);
    r[0].p = rep;
    return NATIVE_OK;
}

/* (*Replacer).Replace(s string) string: at each position the first pair (in
 * argument order) whose old string matches is applied; an empty old string
 * matches between runes but not twice in a row, as Go's generic replacer. */
static int strings_Replacer_Replace(NativeCtx *ctx, Value *a, Value *r)
{
    Value *rep = a[0].p;
    if (!rep) return native_panic_runtime(ctx, "invalid memory address or nil pointer dereference");
    int64_t npairs = slice_len(rep[0]) / 2;
    Value *pairs = npairs ? ((Slice *)rep[0].p)->data : NULL;
    const char *p = str_ptr(a[1]);
    int64_t n = str_len(a[1]);
    int64_t cap = n + 16, len = 0, last = 0;
    char *out = NULL;
    bool prev_empty = false, any = false;
    for (int64_t i = 0; i <= n;) {
        int64_t match = -1;
        for (int64_t k = 0; k < npairs; k++) {
            Value old = pairs[2 * k];
            int64_t ol = str_len(old);
            if (ol == 0 && prev_empty) continue;
            if (ol <= n - i && memcmp(p + i, str_ptr(old), (size_t)ol) == 0) {
                match = k;
                break;
            }
        }
        if (match < 0) {
            prev_empty = false;
            i++;
            continue;
        }
        Value old = pairs[2 * match], new = pairs[2 * match + 1];
        int64_t ol = str_len(old), nl = str_len(new);
        prev_empty = ol == 0;
        any = true;
        if (!out) out = GC_MALLOC_ATOMIC((size_t)cap);
        if (len + (i - last) + nl > cap) {
            cap = (cap + (i - last) + nl) * 2;
            char *g = GC_MALLOC_ATOMIC((size_t)cap);
            memcpy(g, out, (size_t)len);
            out = g;
        }
        memcpy(out + len, p + last, (size_t)(i - last));
        len += i - last;
        memcpy(out + len, str_ptr(new), (size_t)nl);
        len += nl;
        i += ol;
        last = i;
    }
    if (!any) {
        r[0] = a[1];
        return NATIVE_OK;
    }
    if (len + (n - last) > cap) {
        char *g = GC_MALLOC_ATOMIC((size_t)(len + n - last));
        memcpy(g, out, (size_t)len);
        out = g;
    }
    memcpy(out + len, p + last, (size_t)(n - last));
    len += n - last;
    GoString *g = GC_MALLOC(sizeof(GoString));
    g->ptr = out;
    g->len = len;
    r[0] = len ? (Value){.p = g} : (Value){.p = NULL};
    return NATIVE_OK;
}

const NativeFunc strings_natives[] = {
    {"Contains", strings_Contains},
    {"ContainsAny", strings_ContainsAny},
    {"ContainsRune", strings_ContainsRune},
    {"ContainsFunc", strings_ContainsFunc},
    {"Count", strings_Count},
    {"HasPrefix", strings_HasPrefix},
    {"HasSuffix", strings_HasSuffix},
    {"Index", strings_Index},
    {"IndexByte", strings_IndexByte},
    {"IndexRune", strings_IndexRune},
    {"IndexAny", strings_IndexAny},
    {"IndexFunc", strings_IndexFunc},
    {"LastIndex", strings_LastIndex},
    {"LastIndexByte", strings_LastIndexByte},
    {"LastIndexAny", strings_LastIndexAny},
    {"LastIndexFunc", strings_LastIndexFunc},
    {"Split", strings_Split},
    {"SplitN", strings_SplitN},
    {"SplitAfter", strings_SplitAfter},
    {"SplitAfterN", strings_SplitAfterN},
    {"Fields", strings_Fields},
    {"FieldsFunc", strings_FieldsFunc},
    {"Join", strings_Join},
    {"Repeat", strings_Repeat},
    {"Replace", strings_Replace},
    {"ReplaceAll", strings_ReplaceAll},
    {"ToUpper", strings_ToUpper},
    {"ToLower", strings_ToLower},
    {"ToTitle", strings_ToTitle},
    {"Title", strings_Title},
    {"Map", strings_Map},
    {"TrimSpace", strings_TrimSpace},
    {"Trim", strings_Trim},
    {"TrimLeft", strings_TrimLeft},
    {"TrimRight", strings_TrimRight},
    {"TrimFunc", strings_TrimFunc},
    {"TrimLeftFunc", strings_TrimLeftFunc},
    {"TrimRightFunc", strings_TrimRightFunc},
    {"TrimPrefix", strings_TrimPrefix},
    {"TrimSuffix", strings_TrimSuffix},
    {"Cut", strings_Cut},
    {"CutPrefix", strings_CutPrefix},
    {"CutSuffix", strings_CutSuffix},
    {"EqualFold", strings_EqualFold},
    {"Compare", strings_Compare},
    {"Clone", strings_Clone},
    {"ToValidUTF8", strings_ToValidUTF8},
    {"Builder.String", strings_Builder_String},
    {"Builder.Len", strings_Builder_Len},
    {"Builder.Cap", strings_Builder_Cap},
    {"Builder.Reset", strings_Builder_Reset},
    {"Builder.Grow", strings_Builder_Grow},
    {"Builder.WriteString", strings_Builder_WriteString},
    {"Builder.Write", strings_Builder_Write},
    {"Builder.WriteByte", strings_Builder_WriteByte},
    {"Builder.WriteRune", strings_Builder_WriteRune},
    {"NewReplacer", strings_NewReplacer},
    {"Replacer.Replace", strings_Replacer_Replace},
    {NULL, NULL},
};
