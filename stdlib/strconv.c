/*
 * Package strconv's natives, over the runtime's number formatting, parsing
 * and quoting (runtime/numfmt.h).
 *
 * Invariants:
 * - Parsing natives return the value Go returns alongside its error and an
 *   error code (0 ok, 1 syntax, 2 range, 3 invalid base, 4 invalid bit
 *   size); strconv.go turns the code into Go's *NumError. Integer parsing is
 *   a port of Go's ParseUint/ParseInt, so the checks happen in Go's order
 *   (empty, base, bit size, digits; a range error at the first overflow).
 * - Append* natives append through slice_append_string, so capacities grow
 *   exactly as Go's append.
 */
#include "stdlib/strconv.h"

#include <errno.h>
#include <gc/gc.h>
#include <string.h>

#include "runtime/numfmt.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "stdlib/unicode.h"
#include "stdlib/utf8.h"

/* The error codes shared with strconv.go. */
enum { CODE_OK, CODE_SYNTAX, CODE_RANGE, CODE_BASE, CODE_BITSIZE };

/* Go's lower(c) for ASCII letters. */
static inline char strconv_lower(char c) { return (char)(c | ('x' - 'X')); }

/* Go's underscoreOK: underscores only between digits (or after a base
 * prefix) in s[0:n]. */
static bool strconv_underscore_ok(const char *s, int64_t n)
{
    char saw = '^';
    int64_t i = 0;
    if (n >= 1 && (s[0] == '-' || s[0] == '+')) {
        s++;
        n--;
    }
    bool hex = false;
    if (n >= 2 && s[0] == '0' &&
        (strconv_lower(s[1]) == 'b' || strconv_lower(s[1]) == 'o' || strconv_lower(s[1]) == 'x')) {
        i = 2;
        saw = '0';
        hex = strconv_lower(s[1]) == 'x';
    }
    for (; i < n; i++) {
        if ((s[i] >= '0' && s[i] <= '9') ||
            (hex && strconv_lower(s[i]) >= 'a' && strconv_lower(s[i]) <= 'f')) {
            saw = '0';
            continue;
        }
        if (s[i] == '_') {
            if (saw != '0') return false;
            saw = '_';
            continue;
        }
        if (saw == '_') return false;
        saw = '!';
    }
    return saw != '_';
}

/* Go's ParseUint on s[0:n]: stops at the first overflow with a range error,
 * as Go does, before looking at later characters. Returns a code and sets
 * *out to Go's accompanying value. */
static int strconv_parse_uint(const char *s, int64_t n, int64_t base, int64_t bitsize, uint64_t *out)
{
    *out = 0;
    if (n == 0) return CODE_SYNTAX;
    bool base0 = base == 0;
    const char *s0 = s;
    int64_t n0 = n;
    if (base == 0) {
        base = 10;
        if (s[0] == '0') {
            if (n >= 3 && strconv_lower(s[1]) == 'b') {
                base = 2;
                s += 2;
                n -= 2;
            } else if (n >= 3 && strconv_lower(s[1]) == 'o') {
                base = 8;
                s += 2;
                n -= 2;
            } else if (n >= 3 && strconv_lower(s[1]) == 'x') {
                base = 16;
                s += 2;
                n -= 2;
            } else {
                base = 8;
                s += 1;
                n -= 1;
            }
        }
    } else if (base < 2 || base > 36) {
        return CODE_BASE;
    }
    if (bitsize == 0) bitsize = 64;
    else if (bitsize < 0 || bitsize > 64) return CODE_BITSIZE;
    uint64_t cutoff = UINT64_MAX / (uint64_t)base + 1;
    uint64_t maxval = bitsize == 64 ? UINT64_MAX : ((uint64_t)1 << bitsize) - 1;
    bool underscores = false;
    uint64_t v = 0;
    for (int64_t i = 0; i < n; i++) {
        char c = s[i];
        unsigned d;
        if (c == '_' && base0) {
            underscores = true;
            continue;
        } else if (c >= '0' && c <= '9') {
            d = (unsigned)(c - '0');
        } else if (strconv_lower(c) >= 'a' && strconv_lower(c) <= 'z') {
            d = (unsigned)(strconv_lower(c) - 'a' + 10);
        } else {
            return CODE_SYNTAX;
        }
        if (d >= (unsigned)base) return CODE_SYNTAX;
        if (v >= cutoff) {
            *out = maxval;
            return CODE_RANGE;
        }
        v *= (uint64_t)base;
        uint64_t v1 = v + d;
        if (v1 < v || v1 > maxval) {
            *out = maxval;
            return CODE_RANGE;
        }
        v = v1;
    }
    if (underscores && !strconv_underscore_ok(s0, n0)) return CODE_SYNTAX;
    *out = v;
    return CODE_OK;
}

/* parseInt(s string, base int, bitSize int) (int64, int): Go's ParseInt. */
static int strconv_parseInt(NativeCtx *ctx, Value *a, Value *r)
{
    const char *s = str_ptr(a[0]);
    int64_t n = str_len(a[0]), bitsize = a[2].i;
    r[0].i = 0;
    if (n == 0) {
        r[1].i = CODE_SYNTAX;
        return NATIVE_OK;
    }
    bool neg = false;
    if (s[0] == '+' || s[0] == '-') {
        neg = s[0] == '-';
        s++;
        n--;
    }
    uint64_t un;
    int code = strconv_parse_uint(s, n, a[1].i, bitsize, &un);
    r[1].i = code;
    if (code != CODE_OK && code != CODE_RANGE) return NATIVE_OK;
    if (bitsize == 0) bitsize = 64;
    uint64_t cutoff = (uint64_t)1 << (bitsize - 1);
    if (!neg && un >= cutoff) {
        r[0].i = (int64_t)(cutoff - 1);
        r[1].i = CODE_RANGE;
    } else if (neg && un > cutoff) {
        r[0].u = 0 - cutoff;
        r[1].i = CODE_RANGE;
    } else {
        r[0].u = neg ? 0 - un : un;
    }
    return NATIVE_OK;
}

/* parseUint(s string, base int, bitSize int) (uint64, int): Go's ParseUint. */
static int strconv_parseUint(NativeCtx *ctx, Value *a, Value *r)
{
    uint64_t v;
    r[1].i = strconv_parse_uint(str_ptr(a[0]), str_len(a[0]), a[1].i, a[2].i, &v);
    r[0].u = v;
    return NATIVE_OK;
}

/* parseFloat(s string, bitSize int) (float64, int). */
static int strconv_parseFloat(NativeCtx *ctx, Value *a, Value *r)
{
    int err;
    double f;
    const char *p = str_ptr(a[0]);
    if (str_len(a[0]) >= 2 && (p[0] == '+' || p[0] == '-') && (p[1] == 'n' || p[1] == 'N')) {
        /* Go accepts a sign before "inf" but not before "nan". */
        r[0].f = 0;
        r[1].i = CODE_SYNTAX;
        return NATIVE_OK;
    }
    numfmt_parse_float(str_ptr(a[0]), str_len(a[0]), a[1].i == 32 ? 32 : 64, &f, &err);
    r[0].f = err == EINVAL ? 0 : f;
    r[1].i = err == 0 ? CODE_OK : err == ERANGE ? CODE_RANGE : CODE_SYNTAX;
    return NATIVE_OK;
}

/* The value of a hex digit, or -1. */
static int strconv_unhex(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Go's UnquoteChar on p[0:n]: decodes one character or escape; returns the
 * bytes consumed, or -1 for a syntax error. */
static int64_t strconv_unquote_char(const char *p, int64_t n, char quote, int32_t *value,
                                    bool *multibyte)
{
    *multibyte = false;
    if (n == 0) return -1;
    unsigned char c = (unsigned char)p[0];
    if (c == (unsigned char)quote && (quote == '\'' || quote == '"')) return -1;
    if (c >= 0x80) {
        *multibyte = true;
        return str_decode_rune(p, n, value);
    }
    if (c != '\\') {
        *value = c;
        return 1;
    }
    if (n <= 1) return -1;
    c = (unsigned char)p[1];
    int64_t used = 2;
    switch (c) {
    case 'a': *value = '\a'; break;
    case 'b': *value = '\b'; break;
    case 'f': *value = '\f'; break;
    case 'n': *value = '\n'; break;
    case 'r': *value = '\r'; break;
    case 't': *value = '\t'; break;
    case 'v': *value = '\v'; break;
    case 'x': case 'u': case 'U': {
        int k = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        if (n - 2 < k) return -1;
        int32_t v = 0;
        for (int j = 0; j < k; j++) {
            int x = strconv_unhex(p[2 + j]);
            if (x < 0) return -1;
            v = (int32_t)(((uint32_t)v << 4) | (uint32_t)x);
        }
        used += k;
        if (c != 'x') {
            if (utf8_rune_len(v) < 0) return -1;
            *multibyte = true;
        }
        *value = v;
        break;
    }
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        int32_t v = c - '0';
        if (n - 2 < 2) return -1;
        for (int j = 0; j < 2; j++) {
            int x = p[2 + j] - '0';
            if (x < 0 || x > 7) return -1;
            v = (v << 3) | x;
        }
        used += 2;
        if (v > 255) return -1;
        *value = v;
        break;
    }
    case '\\': *value = '\\'; break;
    case '\'': case '"':
        if (c != (unsigned char)quote) return -1;
        *value = c;
        break;
    default:
        return -1;
    }
    return used;
}

/* Go's unquote(in, unescape): the length of the quoted literal at the start
 * of in[0:n] (through its closing quote), or -1 for ErrSyntax; when out is
 * not NULL, also its unescaped value. */
static int64_t strconv_unquote(const char *in, int64_t n, Value *out)
{
    if (n < 2) return -1;
    char quote = in[0];
    const char *endp = memchr(in + 1, quote, (size_t)(n - 1));
    if (!endp) return -1;
    int64_t end = endp - in + 1;
    if (quote == '`') {
        if (out) {
            char *buf = GC_MALLOC_ATOMIC((size_t)end);
            int64_t k = 0;
            for (int64_t i = 1; i < end - 1; i++)
                if (in[i] != '\r') buf[k++] = in[i];
            *out = str_new(buf, k);
        }
        return end;
    }
    if (quote != '"' && quote != '\'') return -1;
    if (!memchr(in, '\\', (size_t)end) && !memchr(in, '\n', (size_t)end)) {
        bool valid;
        if (quote == '"') {
            valid = utf8_valid(in + 1, end - 2);
        } else {
            int32_t r;
            int w = str_decode_rune(in + 1, end - 2, &r);
            valid = 1 + w + 1 == end && (r != STR_RUNE_ERROR || w != 1);
        }
        if (valid) {
            if (out) *out = str_new(in + 1, end - 2);
            return end;
        }
    }
    char *buf = GC_MALLOC_ATOMIC((size_t)n * 4 + 4);
    int64_t k = 0, i = 1;
    while (i < n && in[i] != quote) {
        int32_t r;
        bool mb;
        int64_t used = strconv_unquote_char(in + i, n - i, quote, &r, &mb);
        if (in[i] == '\n' || used < 0) return -1;
        i += used;
        if (r < 0x80 || !mb) buf[k++] = (char)r;
        else k += str_encode_rune(buf + k, r);
        if (quote == '\'') break;
    }
    if (!(i < n && in[i] == quote)) return -1;
    i++;
    if (out) *out = str_new(buf, k);
    return i;
}

/* unquote(s string) (string, bool): Go's Unquote (the literal must be all of s). */
static int strconv_unquote_native(NativeCtx *ctx, Value *a, Value *r)
{
    Value v = {.p = NULL};
    int64_t len = strconv_unquote(str_ptr(a[0]), str_len(a[0]), &v);
    r[1].i = len >= 0 && len == str_len(a[0]);
    r[0] = r[1].i ? v : (Value){.p = NULL};
    return NATIVE_OK;
}

/* quotedPrefix(s string) (string, bool): Go's QuotedPrefix. */
static int strconv_quotedPrefix(NativeCtx *ctx, Value *a, Value *r)
{
    int64_t len = strconv_unquote(str_ptr(a[0]), str_len(a[0]), NULL);
    r[1].i = len >= 0;
    r[0] = len >= 0 ? str_slice(a[0], 0, len) : (Value){.p = NULL};
    return NATIVE_OK;
}

/* unquoteChar(s string, quote byte) (rune, bool, string, bool). */
static int strconv_unquoteChar(NativeCtx *ctx, Value *a, Value *r)
{
    int32_t v = 0;
    bool mb = false;
    int64_t used = strconv_unquote_char(str_ptr(a[0]), str_len(a[0]), (char)a[1].u, &v, &mb);
    if (used < 0) {
        r[0].i = 0;
        r[1].i = 0;
        r[2].p = NULL;
        r[3].i = 0;
        return NATIVE_OK;
    }
    r[0].i = v;
    r[1].i = mb;
    r[2] = str_slice(a[0], used, str_len(a[0]));
    r[3].i = 1;
    return NATIVE_OK;
}

/* Formats an integer (unsigned when u) in base into a string Value; panics on a bad base. */
static int strconv_format(NativeCtx *ctx, Value v, int64_t base, bool u, Value *out)
{
    if (base < 2 || base > 36) return native_panic_string(ctx, "strconv: illegal AppendInt/FormatInt base");
    char buf[NUMFMT_INT_MAX];
    int n = u ? numfmt_uint(buf, v.u, (int)base) : numfmt_int(buf, v.i, (int)base);
    *out = str_new(buf, n);
    return NATIVE_OK;
}

/* strconv.Itoa(i int) string. */
static int strconv_Itoa(NativeCtx *ctx, Value *a, Value *r)
{
    return strconv_format(ctx, a[0], 10, false, &r[0]);
}

/* strconv.FormatInt(i int64, base int) string. */
static int strconv_FormatInt(NativeCtx *ctx, Value *a, Value *r)
{
    return strconv_format(ctx, a[0], a[1].i, false, &r[0]);
}

/* strconv.FormatUint(i uint64, base int) string. */
static int strconv_FormatUint(NativeCtx *ctx, Value *a, Value *r)
{
    return strconv_format(ctx, a[0], a[1].i, true, &r[0]);
}

/* Formats a float as FormatFloat into a string Value. */
static Value strconv_float(double f, int64_t fmt, int64_t prec, int64_t bitsize)
{
    char c = (char)fmt;
    if (!strchr("bfeEgGxX", c) || c == 0) {
        /* Go prints '%' followed by the format byte for an unknown format. */
        char buf[2] = {'%', c};
        return str_new(buf, 2);
    }
    if (prec > 100000) prec = 100000;
    int len;
    char *p = numfmt_float_str(f, c, (int)prec, bitsize == 32 ? 32 : 64, &len);
    return str_new(p, len);
}

/* strconv.FormatFloat(f float64, fmt byte, prec, bitSize int) string. */
static int strconv_FormatFloat(NativeCtx *ctx, Value *a, Value *r)
{
    if (a[3].i != 32 && a[3].i != 64) return native_panic_string(ctx, "strconv: illegal AppendFloat/FormatFloat bitSize");
    r[0] = strconv_float(a[0].f, a[1].i, a[2].i, a[3].i);
    return NATIVE_OK;
}

/* strconv.AppendInt(dst []byte, i int64, base int) []byte. */
static int strconv_AppendInt(NativeCtx *ctx, Value *a, Value *r)
{
    Value s;
    if (strconv_format(ctx, a[1], a[2].i, false, &s) != NATIVE_OK) return NATIVE_PANIC;
    r[0] = slice_append_string(a[0], s);
    return NATIVE_OK;
}

/* strconv.AppendUint(dst []byte, i uint64, base int) []byte. */
static int strconv_AppendUint(NativeCtx *ctx, Value *a, Value *r)
{
    Value s;
    if (strconv_format(ctx, a[1], a[2].i, true, &s) != NATIVE_OK) return NATIVE_PANIC;
    r[0] = slice_append_string(a[0], s);
    return NATIVE_OK;
}

/* strconv.AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte. */
static int strconv_AppendFloat(NativeCtx *ctx, Value *a, Value *r)
{
    if (a[4].i != 32 && a[4].i != 64) return native_panic_string(ctx, "strconv: illegal AppendFloat/FormatFloat bitSize");
    r[0] = slice_append_string(a[0], strconv_float(a[1].f, a[2].i, a[3].i, a[4].i));
    return NATIVE_OK;
}

/* strconv.AppendBool(dst []byte, b bool) []byte. */
static int strconv_AppendBool(NativeCtx *ctx, Value *a, Value *r)
{
    r[0] = slice_append_string(a[0], str_cstr(a[1].i ? "true" : "false"));
    return NATIVE_OK;
}

/* Quotes s (Quote, or QuoteToASCII when ascii) into a string Value. */
static Value strconv_quote(Value s, bool ascii)
{
    int64_t n = str_len(s);
    char *buf = GC_MALLOC_ATOMIC((size_t)n * 10 + 3);
    int64_t k = numfmt_quote(buf, str_ptr(s), n, '"', ascii);
    return str_new(buf, k);
}

/* Quotes a rune into a string Value. */
static Value strconv_quote_rune(int64_t r, bool ascii)
{
    char buf[32];
    int32_t c = r == (int32_t)r ? (int32_t)r : STR_RUNE_ERROR;
    int k = numfmt_quote_rune(buf, c, ascii);
    return str_new(buf, k);
}

/* strconv.Quote(s string) string. */
static int strconv_Quote(NativeCtx *ctx, Value *a, Value *r)
{
    r[0] = strconv_quote(a[0], false);
    return NATIVE_OK;
}

/* strconv.QuoteToASCII(s string) string. */
static int strconv_QuoteToASCII(NativeCtx *ctx, Value *a, Value *r)
{
    r[0] = strconv_quote(a[0], true);
    return NATIVE_OK;
}

/* strconv.QuoteRune(r rune) string. */
static int strconv_QuoteRune(NativeCtx *ctx, Value *a, Value *r)
{
    r[0] = strconv_quote_rune(a[0].i, false);
    return NATIVE_OK;
}

/* strconv.QuoteRuneToASCII(r rune) string. */
static int strconv_QuoteRuneToASCII(NativeCtx *ctx, Value *a, Value *r)
{
    r[0] = strconv_quote_rune(a[0].i, true);
    return NATIVE_OK;
}

/* strconv.AppendQuote(dst []byte, s string) []byte. */
static int strconv_AppendQuote(NativeCtx *ctx, Value *a, Value *r)
{
    r[0] = slice_append_string(a[0], strconv_quote(a[1], false));
    return NATIVE_OK;
}

/* strconv.AppendQuoteRune(dst []byte, r rune) []byte. */
static int strconv_AppendQuoteRune(NativeCtx *ctx, Value *a, Value *r)
{
    r[0] = slice_append_string(a[0], strconv_quote_rune(a[1].i, false));
    return NATIVE_OK;
}

/* strconv.AppendQuoteToASCII(dst []byte, s string) []byte. */
static int strconv_AppendQuoteToASCII(NativeCtx *ctx, Value *a, Value *r)
{
    r[0] = slice_append_string(a[0], strconv_quote(a[1], true));
    return NATIVE_OK;
}

/* strconv.AppendQuoteRuneToASCII(dst []byte, r rune) []byte. */
static int strconv_AppendQuoteRuneToASCII(NativeCtx *ctx, Value *a, Value *r)
{
    r[0] = slice_append_string(a[0], strconv_quote_rune(a[1].i, true));
    return NATIVE_OK;
}

/* strconv.IsGraphic(r rune) bool: IsPrint or a Unicode space separator (Zs). */
static int strconv_IsGraphic(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].i = a[0].i == (int32_t)a[0].i && unicode_is_graphic((int32_t)a[0].i);
    return NATIVE_OK;
}

/* Go's appendEscapedRune with graphicOnly: appends r to buf as it appears
 * inside a quoted literal; returns the new length. */
static int64_t strconv_escape_graphic(char *buf, int64_t k, int32_t r, char quote)
{
    static const char hex[] = "0123456789abcdef";
    if (r == quote || r == '\\') {
        buf[k++] = '\\';
        buf[k++] = (char)r;
        return k;
    }
    if (unicode_is_graphic(r)) return k + str_encode_rune(buf + k, r);
    const char *esc = NULL;
    switch (r) {
    case '\a': esc = "\\a"; break;
    case '\b': esc = "\\b"; break;
    case '\f': esc = "\\f"; break;
    case '\n': esc = "\\n"; break;
    case '\r': esc = "\\r"; break;
    case '\t': esc = "\\t"; break;
    case '\v': esc = "\\v"; break;
    }
    if (esc) {
        buf[k++] = esc[0];
        buf[k++] = esc[1];
        return k;
    }
    int digits;
    if (r < ' ' || r == 0x7f) {
        buf[k++] = '\\';
        buf[k++] = 'x';
        digits = 2;
    } else {
        if (utf8_rune_len(r) < 0) r = STR_RUNE_ERROR;
        buf[k++] = '\\';
        buf[k++] = r < 0x10000 ? 'u' : 'U';
        digits = r < 0x10000 ? 4 : 8;
    }
    for (int d = digits - 1; d >= 0; d--) buf[k++] = hex[((uint32_t)r >> (4 * d)) & 0xF];
    return k;
}

/* strconv.QuoteToGraphic(s string) string. */
static int strconv_QuoteToGraphic(NativeCtx *ctx, Value *a, Value *r)
{
    const char *p = str_ptr(a[0]);
    int64_t n = str_len(a[0]), k = 0;
    char *buf = GC_MALLOC_ATOMIC((size_t)n * 10 + 3);
    buf[k++] = '"';
    for (int64_t i = 0; i < n;) {
        int32_t c;
        int w = str_decode_rune(p + i, n - i, &c);
        if (w == 1 && c == STR_RUNE_ERROR) {
            unsigned char b = (unsigned char)p[i];
            buf[k++] = '\\';
            buf[k++] = 'x';
            buf[k++] = "0123456789abcdef"[b >> 4];
            buf[k++] = "0123456789abcdef"[b & 0xF];
        } else {
            k = strconv_escape_graphic(buf, k, c, '"');
        }
        i += w;
    }
    buf[k++] = '"';
    r[0] = str_new(buf, k);
    return NATIVE_OK;
}

/* strconv.QuoteRuneToGraphic(r rune) string. */
static int strconv_QuoteRuneToGraphic(NativeCtx *ctx, Value *a, Value *r)
{
    char buf[16];
    int64_t k = 0;
    int32_t c = a[0].i == (int32_t)a[0].i && utf8_rune_len((int32_t)a[0].i) > 0 ? (int32_t)a[0].i : STR_RUNE_ERROR;
    buf[k++] = '\'';
    k = strconv_escape_graphic(buf, k, c, '\'');
    buf[k++] = '\'';
    r[0] = str_new(buf, k);
    return NATIVE_OK;
}

/* strconv.IsPrint(r rune) bool. */
static int strconv_IsPrint(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].i = a[0].i == (int32_t)a[0].i && numfmt_is_print((int32_t)a[0].i);
    return NATIVE_OK;
}

/* strconv.CanBackquote(s string) bool. */
static int strconv_CanBackquote(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].i = numfmt_can_backquote(str_ptr(a[0]), str_len(a[0]));
    return NATIVE_OK;
}

const NativeFunc strconv_natives[] = {
    {"parseInt", strconv_parseInt},
    {"parseUint", strconv_parseUint},
    {"parseFloat", strconv_parseFloat},
    {"unquote", strconv_unquote_native},
    {"unquoteChar", strconv_unquoteChar},
    {"quotedPrefix", strconv_quotedPrefix},
    {"Itoa", strconv_Itoa},
    {"FormatInt", strconv_FormatInt},
    {"FormatUint", strconv_FormatUint},
    {"FormatFloat", strconv_FormatFloat},
    {"AppendInt", strconv_AppendInt},
    {"AppendUint", strconv_AppendUint},
    {"AppendFloat", strconv_AppendFloat},
    {"AppendBool", strconv_AppendBool},
    {"AppendQuote", strconv_AppendQuote},
    {"AppendQuoteRune", strconv_AppendQuoteRune},
    {"Quote", strconv_Quote},
    {"QuoteToASCII", strconv_QuoteToASCII},
    {"QuoteRune", strconv_QuoteRune},
    {"QuoteRuneToASCII", strconv_QuoteRuneToASCII},
    {"IsPrint", strconv_IsPrint},
    {"IsGraphic", strconv_IsGraphic},
    {"QuoteToGraphic", strconv_QuoteToGraphic},
    {"QuoteRuneToGraphic", strconv_QuoteRuneToGraphic},
    {"AppendQuoteToASCII", strconv_AppendQuoteToASCII},
    {"AppendQuoteRuneToASCII", strconv_AppendQuoteRuneToASCII},
    {"CanBackquote", strconv_CanBackquote},
    {NULL, NULL},
};
