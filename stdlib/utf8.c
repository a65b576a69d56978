/*
 * Package unicode/utf8, over the runtime's rune codec (runtime/str.h), which
 * decodes exactly as Go's utf8.DecodeRuneInString.
 *
 * Invariants:
 * - A decode that returns U+FFFD with width 1 means invalid UTF-8; a real
 *   U+FFFD in the input has width 3.
 * - []byte arguments hold one Value per byte; results are fresh slices.
 */
#include "stdlib/utf8.h"

#include <gc/gc.h>
#include <string.h>

#include "runtime/slice.h"
#include "runtime/str.h"

char *utf8_bytes_of(Value byteslice, int64_t *n)
{
    int64_t len = slice_len(byteslice);
    char *p = GC_MALLOC_ATOMIC((size_t)len + 1);
    const Value *d = len ? ((Slice *)byteslice.p)->data : NULL;
    for (int64_t i = 0; i < len; i++) p[i] = (char)d[i].u;
    p[len] = 0;
    *n = len;
    return p;
}

int utf8_rune_len(int32_t r)
{
    if (r < 0) return -1;
    if (r < 0x80) return 1;
    if (r < 0x800) return 2;
    if (r >= 0xD800 && r <= 0xDFFF) return -1;
    if (r < 0x10000) return 3;
    if (r <= 0x10FFFF) return 4;
    return -1;
}

bool utf8_valid(const char *p, int64_t n)
{
    int64_t i = 0;
    while (i < n) {
        if ((unsigned char)p[i] < 0x80) { i++; continue; }
        int32_t r;
        int w = str_decode_rune(p + i, n - i, &r);
        if (r == STR_RUNE_ERROR && w == 1) return false;
        i += w;
    }
    return true;
}

/* Counts the runes of p[0:n]; each invalid byte counts as one. */
static int64_t utf8_count(const char *p, int64_t n)
{
    int64_t i = 0, c = 0;
    while (i < n) {
        if ((unsigned char)p[i] < 0x80) i++;
        else {
            int32_t r;
            i += str_decode_rune(p + i, n - i, &r);
        }
        c++;
    }
    return c;
}

/* Decodes the last rune of p[0:n] as utf8.DecodeLastRuneInString. */
static int utf8_decode_last(const char *p, int64_t n, int32_t *r)
{
    if (n == 0) { *r = STR_RUNE_ERROR; return 0; }
    int64_t start = n - 1;
    if ((unsigned char)p[start] < 0x80) { *r = (unsigned char)p[start]; return 1; }
    int64_t lim = n - 4;
    if (lim < 0) lim = 0;
    for (start--; start >= lim; start--)
        if (((unsigned char)p[start] & 0xC0) != 0x80) break;
    if (start < 0) start = 0;
    int w = str_decode_rune(p + start, n - start, r);
    if (start + w != n) { *r = STR_RUNE_ERROR; return 1; }
    return w;
}

/* Whether p[0:n] begins with a full (possibly invalid) encoding (utf8.FullRune). */
static bool utf8_full(const char *p, int64_t n)
{
    if (n == 0) return false;
    unsigned char c = (unsigned char)p[0];
    if (c < 0x80) return true;
    int32_t r;
    int w = str_decode_rune(p, n, &r);
    if (r != STR_RUNE_ERROR || w != 1) return true;
    /* An invalid first byte, or a bad continuation byte, is a full (error)
     * rune; only a valid but truncated prefix is not. */
    int need = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 1;
    if (need == 1 || c > 0xF4) return true;
    if (n >= need) return true;
    /* Check the present continuation bytes, with Go's first-byte ranges. */
    unsigned char lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;
    else if (c == 0xED) hi = 0x9F;
    else if (c == 0xF0) lo = 0x90;
    else if (c == 0xF4) hi = 0x8F;
    if (n > 1 && ((unsigned char)p[1] < lo || (unsigned char)p[1] > hi)) return true;
    if (n > 2 && ((unsigned char)p[2] < 0x80 || (unsigned char)p[2] > 0xBF)) return true;
    return false;
}

/* utf8.RuneLen(r rune) int. */
static int utf8_RuneLen(NativeCtx *ctx, Value *args, Value *results)
{
    results[0].i = utf8_rune_len((int32_t)args[0].i);
    return NATIVE_OK;
}

/* utf8.RuneCountInString(s string) int. */
static int utf8_RuneCountInString(NativeCtx *ctx, Value *args, Value *results)
{
    results[0].i = utf8_count(str_ptr(args[0]), str_len(args[0]));
    return NATIVE_OK;
}

/* utf8.RuneCount(p []byte) int. */
static int utf8_RuneCount(NativeCtx *ctx, Value *args, Value *results)
{
    int64_t n;
    char *p = utf8_bytes_of(args[0], &n);
    results[0].i = utf8_count(p, n);
    return NATIVE_OK;
}

/* utf8.DecodeRuneInString(s string) (rune, int). */
static int utf8_DecodeRuneInString(NativeCtx *ctx, Value *args, Value *results)
{
    int32_t r;
    results[1].i = str_decode_rune(str_ptr(args[0]), str_len(args[0]), &r);
    results[0].i = r;
    return NATIVE_OK;
}

/* utf8.DecodeRune(p []byte) (rune, int). */
static int utf8_DecodeRune(NativeCtx *ctx, Value *args, Value *results)
{
    char buf[4];
    int64_t n = slice_len(args[0]);
    if (n > 4) n = 4;
    for (int64_t i = 0; i < n; i++) buf[i] = (char)((Slice *)args[0].p)->data[i].u;
    int32_t r;
    results[1].i = str_decode_rune(buf, n, &r);
    results[0].i = r;
    return NATIVE_OK;
}

/* utf8.DecodeLastRuneInString(s string) (rune, int). */
static int utf8_DecodeLastRuneInString(NativeCtx *ctx, Value *args, Value *results)
{
    int32_t r;
    results[1].i = utf8_decode_last(str_ptr(args[0]), str_len(args[0]), &r);
    results[0].i = r;
    return NATIVE_OK;
}

/* utf8.DecodeLastRune(p []byte) (rune, int). */
static int utf8_DecodeLastRune(NativeCtx *ctx, Value *args, Value *results)
{
    int64_t n;
    char *p = utf8_bytes_of(args[0], &n);
    int32_t r;
    results[1].i = utf8_decode_last(p, n, &r);
    results[0].i = r;
    return NATIVE_OK;
}

/* utf8.EncodeRune(p []byte, r rune) int; panics like Go when p is too short. */
static int utf8_EncodeRune(NativeCtx *ctx, Value *args, Value *results)
{
    char buf[4];
    int w = str_encode_rune(buf, (int32_t)args[1].i);
    int64_t n = slice_len(args[0]);
    if (n < w) {
        char msg[80];
        snprintf(msg, sizeof msg, "index out of range [%lld] with length %lld", (long long)(w - 1),
                 (long long)n);
        return native_panic_runtime(ctx, msg);
    }
    Value *d = ((Slice *)args[0].p)->data;
    for (int i = 0; i < w; i++) d[i].u = (unsigned char)buf[i];
    results[0].i = w;
    return NATIVE_OK;
}

/* utf8.AppendRune(p []byte, r rune) []byte. */
static int utf8_AppendRune(NativeCtx *ctx, Value *args, Value *results)
{
    char buf[4];
    int w = str_encode_rune(buf, (int32_t)args[1].i);
    Value vals[4];
    for (int i = 0; i < w; i++) vals[i].u = (unsigned char)buf[i];
    results[0] = slice_append(type_uint8, args[0], vals, w);
    return NATIVE_OK;
}

/* utf8.ValidString(s string) bool. */
static int utf8_ValidString(NativeCtx *ctx, Value *args, Value *results)
{
    results[0].i = utf8_valid(str_ptr(args[0]), str_len(args[0]));
    return NATIVE_OK;
}

/* utf8.Valid(p []byte) bool. */
static int utf8_Valid(NativeCtx *ctx, Value *args, Value *results)
{
    int64_t n;
    char *p = utf8_bytes_of(args[0], &n);
    results[0].i = utf8_valid(p, n);
    return NATIVE_OK;
}

/* utf8.ValidRune(r rune) bool. */
static int utf8_ValidRune(NativeCtx *ctx, Value *args, Value *results)
{
    results[0].i = utf8_rune_len((int32_t)args[0].i) > 0 && args[0].i == (int32_t)args[0].i;
    return NATIVE_OK;
}

/* utf8.FullRuneInString(s string) bool. */
static int utf8_FullRuneInString(NativeCtx *ctx, Value *args, Value *results)
{
    results[0].i = utf8_full(str_ptr(args[0]), str_len(args[0]));
    return NATIVE_OK;
}

/* utf8.FullRune(p []byte) bool. */
static int utf8_FullRune(NativeCtx *ctx, Value *args, Value *results)
{
    int64_t n;
    char *p = utf8_bytes_of(args[0], &n);
    results[0].i = utf8_full(p, n);
    return NATIVE_OK;
}

/* utf8.RuneStart(b byte) bool. */
static int utf8_RuneStart(NativeCtx *ctx, Value *args, Value *results)
{
    results[0].i = (args[0].u & 0xC0) != 0x80;
    return NATIVE_OK;
}

const NativeFunc utf8_natives[] = {
    {"RuneLen", utf8_RuneLen},
    {"RuneCountInString", utf8_RuneCountInString},
    {"RuneCount", utf8_RuneCount},
    {"DecodeRuneInString", utf8_DecodeRuneInString},
    {"DecodeRune", utf8_DecodeRune},
    {"DecodeLastRuneInString", utf8_DecodeLastRuneInString},
    {"DecodeLastRune", utf8_DecodeLastRune},
    {"EncodeRune", utf8_EncodeRune},
    {"AppendRune", utf8_AppendRune},
    {"ValidString", utf8_ValidString},
    {"Valid", utf8_Valid},
    {"ValidRune", utf8_ValidRune},
    {"FullRuneInString", utf8_FullRuneInString},
    {"FullRune", utf8_FullRune},
    {"RuneStart", utf8_RuneStart},
    {NULL, NULL},
};
