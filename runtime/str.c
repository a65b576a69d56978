/*
 * Go strings.
 *
 * Invariants:
 * - A string Value is NULL (the empty string) or a GoString* whose bytes are
 *   never written after construction, so slicing shares them freely.
 * - Byte arrays are GC_MALLOC_ATOMIC; a string built here is not guaranteed
 *   to be NUL-terminated (slices share bytes), use str_to_cstr for C APIs.
 * - []byte and []rune slices hold one Value per element.
 */
#include "runtime/str.h"

#include <gc/gc.h>
#include <string.h>

/* Allocates a header over `n` bytes at `p` without copying. */
static Value str_wrap(const char *p, int64_t n)
{
    if (n == 0) return (Value){.p = NULL};
    GoString *s = GC_MALLOC(sizeof(GoString));
    s->ptr = p;
    s->len = n;
    return (Value){.p = s};
}

/* Allocates room for `n` bytes plus a NUL, for a string being built. */
static char *str_alloc(int64_t n)
{
    char *b = GC_MALLOC_ATOMIC((size_t)n + 1);
    b[n] = 0;
    return b;
}

Value str_new(const char *p, int64_t n)
{
    if (n <= 0) return (Value){.p = NULL};
    char *b = str_alloc(n);
    memcpy(b, p, (size_t)n);
    return str_wrap(b, n);
}

Value str_cstr(const char *s)
{
    return str_new(s, (int64_t)strlen(s));
}

Value str_concat(Value a, Value b)
{
    int64_t na = str_len(a), nb = str_len(b);
    if (na == 0) return b;
    if (nb == 0) return a;
    char *p = str_alloc(na + nb);
    memcpy(p, str_ptr(a), (size_t)na);
    memcpy(p + na, str_ptr(b), (size_t)nb);
    return str_wrap(p, na + nb);
}

Value str_concat_n(Value *parts, int n)
{
    int64_t total = 0;
    int nonempty = 0, last = 0;
    for (int i = 0; i < n; i++) {
        if (str_len(parts[i]) > 0) {
            nonempty++;
            last = i;
        }
        total += str_len(parts[i]);
    }
    if (nonempty == 0) return (Value){.p = NULL};
    if (nonempty == 1) return parts[last];
    char *p = str_alloc(total), *q = p;
    for (int i = 0; i < n; i++) {
        int64_t k = str_len(parts[i]);
        memcpy(q, str_ptr(parts[i]), (size_t)k);
        q += k;
    }
    return str_wrap(p, total);
}

int str_compare(Value a, Value b)
{
    int64_t na = str_len(a), nb = str_len(b);
    int64_t n = na < nb ? na : nb;
    int c = n > 0 ? memcmp(str_ptr(a), str_ptr(b), (size_t)n) : 0;
    if (c != 0) return c;
    return na < nb ? -1 : na > nb ? 1 : 0;
}

bool str_equal(Value a, Value b)
{
    int64_t n = str_len(a);
    if (n != str_len(b)) return false;
    if (a.p == b.p || n == 0) return true;
    return memcmp(str_ptr(a), str_ptr(b), (size_t)n) == 0;
}

Value str_slice(Value s, int64_t lo, int64_t hi)
{
    if (lo == 0 && hi == str_len(s)) return s;
    return str_wrap(str_ptr(s) + lo, hi - lo);
}

int str_encode_rune(char *buf, int32_t r)
{
    uint32_t c = (uint32_t)r;
    if (c > STR_MAX_RUNE || (c >= 0xD800 && c <= 0xDFFF)) c = STR_RUNE_ERROR;
    if (c < 0x80) {
        buf[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        buf[0] = (char)(0xC0 | (c >> 6));
        buf[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        buf[0] = (char)(0xE0 | (c >> 12));
        buf[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    buf[0] = (char)(0xF0 | (c >> 18));
    buf[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    buf[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    buf[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

int str_decode_rune(const char *p, int64_t n, int32_t *r)
{
    const unsigned char *s = (const unsigned char *)p;
    *r = STR_RUNE_ERROR;
    if (n <= 0) return 0;
    unsigned c0 = s[0];
    if (c0 < 0x80) {
        *r = (int32_t)c0;
        return 1;
    }
    /* Go's first-byte table: the width, and the accepted range of byte 2. */
    int width;
    unsigned lo = 0x80, hi = 0xBF;
    if (c0 >= 0xC2 && c0 <= 0xDF) width = 2;
    else if (c0 >= 0xE0 && c0 <= 0xEF) {
        width = 3;
        if (c0 == 0xE0) lo = 0xA0;
        if (c0 == 0xED) hi = 0x9F;
    } else if (c0 >= 0xF0 && c0 <= 0xF4) {
        width = 4;
        if (c0 == 0xF0) lo = 0x90;
        if (c0 == 0xF4) hi = 0x8F;
    } else return 1;
    if (n < width) {
        /* Only report the error width 1, as Go. */
        return 1;
    }
    unsigned c1 = s[1];
    if (c1 < lo || c1 > hi) return 1;
    if (width == 2) {
        *r = (int32_t)(((c0 & 0x1F) << 6) | (c1 & 0x3F));
        return 2;
    }
    unsigned c2 = s[2];
    if (c2 < 0x80 || c2 > 0xBF) return 1;
    if (width == 3) {
        *r = (int32_t)(((c0 & 0x0F) << 12) | ((c1 & 0x3F) << 6) | (c2 & 0x3F));
        return 3;
    }
    unsigned c3 = s[3];
    if (c3 < 0x80 || c3 > 0xBF) return 1;
    *r = (int32_t)(((c0 & 0x07) << 18) | ((c1 & 0x3F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F));
    return 4;
}

Value str_from_rune(int32_t r)
{
    char buf[4];
    int n = str_encode_rune(buf, r);
    return str_new(buf, n);
}

/* Makes a fresh slice header with n one-Value elements. */
static Slice *str_new_slice(int64_t n, Value **data)
{
    Slice *sl = GC_MALLOC(sizeof(Slice));
    *data = n ? GC_MALLOC_ATOMIC((size_t)n * sizeof(Value)) : NULL;
    sl->data = *data;
    sl->len = n;
    sl->cap = n;
    return sl;
}

Value str_from_bytes(Value byteslice)
{
    Slice *sl = byteslice.p;
    if (!sl || sl->len == 0) return (Value){.p = NULL};
    char *p = str_alloc(sl->len);
    for (int64_t i = 0; i < sl->len; i++) p[i] = (char)(uint8_t)sl->data[i].u;
    return str_wrap(p, sl->len);
}

Value str_to_bytes(Value s)
{
    int64_t n = str_len(s);
    const unsigned char *p = (const unsigned char *)str_ptr(s);
    Value *d;
    Slice *sl = str_new_slice(n, &d);
    for (int64_t i = 0; i < n; i++) d[i].u = p[i];
    return (Value){.p = sl};
}

Value str_from_runes(Value runeslice)
{
    Slice *sl = runeslice.p;
    if (!sl || sl->len == 0) return (Value){.p = NULL};
    int64_t total = 0;
    char buf[4];
    for (int64_t i = 0; i < sl->len; i++) total += str_encode_rune(buf, (int32_t)sl->data[i].i);
    char *p = str_alloc(total), *q = p;
    for (int64_t i = 0; i < sl->len; i++) q += str_encode_rune(q, (int32_t)sl->data[i].i);
    return str_wrap(p, total);
}

int64_t str_rune_count(Value s)
{
    const char *p = str_ptr(s);
    int64_t n = str_len(s), count = 0;
    int32_t r;
    for (int64_t i = 0; i < n; count++) {
        if ((unsigned char)p[i] < 0x80) i++;
        else i += str_decode_rune(p + i, n - i, &r);
    }
    return count;
}

Value str_to_runes(Value s)
{
    const char *p = str_ptr(s);
    int64_t n = str_len(s);
    int64_t count = str_rune_count(s);
    Value *d;
    Slice *sl = str_new_slice(count, &d);
    int32_t r;
    for (int64_t i = 0, k = 0; i < n; k++) {
        i += str_decode_rune(p + i, n - i, &r);
        d[k].i = r;
    }
    return (Value){.p = sl};
}

uint64_t str_hash(Value s)
{
    /* FNV-1a, then a final avalanche so low bits are well mixed. */
    const unsigned char *p = (const unsigned char *)str_ptr(s);
    int64_t n = str_len(s);
    uint64_t h = 14695981039346656037ULL;
    for (int64_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 1099511628211ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

char *str_to_cstr(Value s)
{
    int64_t n = str_len(s);
    char *p = str_alloc(n);
    if (n) memcpy(p, str_ptr(s), (size_t)n);
    return p;
}

void str_buf_write(StrBuf *b, const char *s, int64_t n)
{
    if (n <= 0) return;
    if (b->len + n + 1 > b->cap) {
        int64_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->len + n + 1) cap *= 2;
        char *np = GC_MALLOC_ATOMIC((size_t)cap);
        if (b->len) memcpy(np, b->p, (size_t)b->len);
        b->p = np;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, (size_t)n);
    b->len += n;
    b->p[b->len] = 0;
}

void str_buf_puts(StrBuf *b, const char *s) { str_buf_write(b, s, (int64_t)strlen(s)); }
