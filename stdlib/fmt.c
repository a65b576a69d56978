/*
 * Package fmt: a port of Go's fmt/print.go, fmt/format.go and fmt/scan.go
 * to csp Values.
 *
 * Invariants:
 * - A value being printed is a (Type *, Value) pair: non-aggregates are the
 *   Value itself, structs and arrays are the address of their storage, an
 *   interface is its Iface* (unwrapped to its dynamic pair when printed).
 * - Output is appended to one StrBuf; nothing is written to a stream until
 *   the whole operation is formatted, as Go does.
 * - Error/String/GoString methods are called only where Go would call them:
 *   through interfaces values obtainable without unexported fields, and never
 *   while reporting a bad verb (erroring). A panic in such a method prints
 *   Go's %!v(PANIC=String method: ...) when the VM can recover it.
 * - The printer stops producing output once a panic is pending (status).
 * - Format/Error/String/GoString methods are tried in Go's order (Formatter
 *   first, through fmt.callFormat registered by the package's init).
 * - A scan reads runes one at a time from a string, standard input (shared
 *   with os.Stdin.Read), an io.RuneScanner (ReadRune/UnreadRune) or any
 *   io.Reader (1-byte Reads); errors longjmp to the scan driver, which is
 *   the only setjmp and holds no state in locals across it.
 */
#include "stdlib/fmt.h"

#include <ctype.h>
#include <errno.h>
#include <gc/gc.h>
#include <math.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/iface.h"
#include "runtime/map.h"
#include "runtime/numfmt.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "stdlib/os.h"

/* Recovers the pending panic (provided by the VM when it supports it). */
Value native_recover(NativeCtx *ctx) __attribute__((weak));
/* Go's fatal error (provided by the VM). */
int native_fatal(NativeCtx *ctx, const char *msg) __attribute__((weak));

/* fmt.callFormat, registered by package fmt's init (a GC root). */
static Value fmt_format_hook;

/* Nesting beyond this is a self-containing value: Go overflows its stack. */
#define FMT_MAX_DEPTH 10000

/* Go's fmt flags, saved and restored as a group. */
typedef struct FmtFlags {
    /* Flags from the format: '+', '-', '#', ' ', '0'. */
    bool plus, minus, sharp, space, zero;
    /* %+v and %#v. */
    bool plusV, sharpV;
    /* Width and precision, when present. */
    bool widPresent, precPresent;
    int wid, prec;
} FmtFlags;

/* One formatting operation's state (Go's pp and fmt). */
typedef struct Printer {
    /* The native context, for method calls and panics. */
    NativeCtx *ctx;
    /* The output. */
    StrBuf *buf;
    /* The current flags. */
    FmtFlags f;
    /* Go's pp state: inside badVerb, inside catchPanic, Errorf mode,
     * explicit argument indexes seen, the current index valid. */
    bool erroring, panicking, wrapErrs, reordered, goodArgNum;
    /* Errorf: the argument numbers of %w verbs. */
    int64_t *wrapped;
    int nwrapped, capwrapped;
    /* The operand being printed, for badVerb (valid when argType set). */
    Type *argType;
    Value argVal;
    /* NATIVE_OK, or NATIVE_PANIC once a panic is pending. */
    int status;
} Printer;

static void fmt_print_arg(Printer *p, Value arg, int verb);
static void fmt_print_value(Printer *p, Type *t, Value v, int verb, int depth, bool exported);

static const char fmt_ldigits[] = "0123456789abcdefx";
static const char fmt_udigits[] = "0123456789ABCDEFX";


/* Appends a NUL-terminated string. */
static void fmt_puts(Printer *p, const char *s)
{
    str_buf_write(p->buf, s, (int64_t)strlen(s));
}

/* Appends one byte. */
static void fmt_putc(Printer *p, char c)
{
    str_buf_write(p->buf, &c, 1);
}

/* Appends the UTF-8 encoding of r. */
static void fmt_put_rune(Printer *p, int32_t r)
{
    char tmp[4];
    str_buf_write(p->buf, tmp, str_encode_rune(tmp, r));
}

/* Whether t is the unnamed []byte type (cached: types are canonical). */
static bool fmt_is_byte_slice(Type *t)
{
    static Type *bytes;
    if (t->kind != KIND_SLICE || t->name) return false;
    if (!bytes) bytes = type_slice(type_uint8);
    return t == bytes;
}

/* Whether t is stored as a pointer to inline storage. */
static bool fmt_is_agg(Type *t)
{
    return t->kind == KIND_STRUCT || t->kind == KIND_ARRAY;
}

/* The Value for element i of inline storage `base` holding `t` elements. */
static Value fmt_elem(Type *t, Value *base, int64_t slot)
{
    if (fmt_is_agg(t)) return (Value){.p = base + slot};
    return base[slot];
}

/* Go's clearflags: resets the flags but, as Go, keeps the last width and
 * precision (visible through State.Width/Precision when not present). */
static void fmt_clear_flags(Printer *p)
{
    int wid = p->f.wid, prec = p->f.prec;
    memset(&p->f, 0, sizeof p->f);
    p->f.wid = wid;
    p->f.prec = prec;
}

/* Go recycles printers through a sync.Pool (a private slot, then a LIFO
 * list), and a recycled printer keeps its width and precision; this
 * reproduces which stale values a new printer starts with. */
static struct {
    bool has_private;
    int private_wid, private_prec;
    int n;
    int wid[64], prec[64];
} fmt_pool;

/* ppFree.Get: the stale width and precision of the printer handed out. */
static void fmt_pool_get(Printer *p)
{
    if (fmt_pool.has_private) {
        fmt_pool.has_private = false;
        p->f.wid = fmt_pool.private_wid;
        p->f.prec = fmt_pool.private_prec;
    } else if (fmt_pool.n > 0) {
        fmt_pool.n--;
        p->f.wid = fmt_pool.wid[fmt_pool.n];
        p->f.prec = fmt_pool.prec[fmt_pool.n];
    }
}

/* pp.free: returns a printer to the pool unless its buffer grew large. */
static void fmt_pool_put(Printer *p)
{
    if (p->buf->cap > 64 << 10) return;
    if (!fmt_pool.has_private) {
        fmt_pool.has_private = true;
        fmt_pool.private_wid = p->f.wid;
        fmt_pool.private_prec = p->f.prec;
    } else if (fmt_pool.n < 64) {
        fmt_pool.wid[fmt_pool.n] = p->f.wid;
        fmt_pool.prec[fmt_pool.n] = p->f.prec;
        fmt_pool.n++;
    }
}

/* Go's writePadding. */
static void fmt_write_padding(Printer *p, int n)
{
    if (n <= 0) return;
    char c = p->f.zero ? '0' : ' ';
    for (int i = 0; i < n; i++) fmt_putc(p, c);
}

/* Go's pad / padString: s padded to the width, counting runes. */
static void fmt_pad(Printer *p, const char *s, int64_t n)
{
    if (!p->f.widPresent || p->f.wid == 0) {
        str_buf_write(p->buf, s, n);
        return;
    }
    int64_t runes = str_rune_count((Value){.p = &(GoString){s, n}});
    int width = p->f.wid - (int)runes;
    if (!p->f.minus) {
        fmt_write_padding(p, width);
        str_buf_write(p->buf, s, n);
    } else {
        str_buf_write(p->buf, s, n);
        fmt_write_padding(p, width);
    }
}

/* padString of a C string. */
static void fmt_pad_cstr(Printer *p, const char *s)
{
    fmt_pad(p, s, (int64_t)strlen(s));
}

/* Go's fmtBoolean. */
static void fmt_boolean(Printer *p, bool v)
{
    fmt_pad_cstr(p, v ? "true" : "false");
}

/* Go's fmt.fmtInteger. */
static void fmt_integer(Printer *p, uint64_t u, int base, bool is_signed, int verb, const char *digits)
{
    bool negative = is_signed && (int64_t)u < 0;
    if (negative) u = -u;
    int size = 68;
    if (p->f.widPresent || p->f.precPresent) {
        int w = 3 + p->f.wid + p->f.prec;
        if (w > size) size = w;
    }
    char small[68];
    char *buf = size > 68 ? GC_MALLOC_ATOMIC((size_t)size) : small;
    int prec = 0;
    if (p->f.precPresent) {
        prec = p->f.prec;
        if (prec == 0 && u == 0) {
            bool old = p->f.zero;
            p->f.zero = false;
            fmt_write_padding(p, p->f.wid);
            p->f.zero = old;
            return;
        }
    } else if (p->f.zero && p->f.widPresent) {
        prec = p->f.wid;
        if (negative || p->f.plus || p->f.space) prec--;
    }
    int i = size;
    switch (base) {
    case 10:
        while (u >= 10) {
            buf[--i] = (char)('0' + u % 10);
            u /= 10;
        }
        break;
    case 16:
        while (u >= 16) {
            buf[--i] = digits[u & 0xF];
            u >>= 4;
        }
        break;
    case 8:
        while (u >= 8) {
            buf[--i] = (char)('0' + (u & 7));
            u >>= 3;
        }
        break;
    default:
        while (u >= 2) {
            buf[--i] = (char)('0' + (u & 1));
            u >>= 1;
        }
        break;
    }
    buf[--i] = digits[u];
    while (i > 0 && prec > size - i) buf[--i] = '0';
    if (p->f.sharp) {
        switch (base) {
        case 2:
            buf[--i] = 'b';
            buf[--i] = '0';
            break;
        case 8:
            if (buf[i] != '0') buf[--i] = '0';
            break;
        case 16:
            buf[--i] = digits[16];
            buf[--i] = '0';
            break;
        }
    }
    if (verb == 'O') {
        buf[--i] = 'o';
        buf[--i] = '0';
    }
    if (negative) buf[--i] = '-';
    else if (p->f.plus) buf[--i] = '+';
    else if (p->f.space) buf[--i] = ' ';
    bool old = p->f.zero;
    p->f.zero = false;
    fmt_pad(p, buf + i, size - i);
    p->f.zero = old;
}

/* Go's fmtUnicode: U+0041, with 'A' under '#'. */
static void fmt_unicode(Printer *p, uint64_t u)
{
    int prec = 4;
    if (p->f.precPresent && p->f.prec > 4) prec = p->f.prec;
    int size = 2 + prec + 2 + 4 + 1 + 16;
    char *buf = GC_MALLOC_ATOMIC((size_t)size);
    int i = size;
    if (p->f.sharp && u <= STR_MAX_RUNE && numfmt_is_print((int32_t)u)) {
        char tmp[4];
        int w = str_encode_rune(tmp, (int32_t)u);
        buf[--i] = '\'';
        i -= w;
        memcpy(buf + i, tmp, (size_t)w);
        buf[--i] = '\'';
        buf[--i] = ' ';
    }
    while (u >= 16) {
        buf[--i] = fmt_udigits[u & 0xF];
        prec--;
        u >>= 4;
    }
    buf[--i] = fmt_udigits[u];
    prec--;
    while (prec > 0) {
        buf[--i] = '0';
        prec--;
    }
    buf[--i] = '+';
    buf[--i] = 'U';
    bool old = p->f.zero;
    p->f.zero = false;
    fmt_pad(p, buf + i, size - i);
    p->f.zero = old;
}

/* Go's fmtC. */
static void fmt_c(Printer *p, uint64_t c)
{
    int32_t r = c > STR_MAX_RUNE ? STR_RUNE_ERROR : (int32_t)c;
    char tmp[4];
    fmt_pad(p, tmp, str_encode_rune(tmp, r));
}

/* Go's fmtQc. */
static void fmt_qc(Printer *p, uint64_t c)
{
    int32_t r = c > STR_MAX_RUNE ? STR_RUNE_ERROR : (int32_t)c;
    char tmp[16];
    fmt_pad(p, tmp, numfmt_quote_rune(tmp, r, p->f.plus));
}

/* Go's truncate: s[0:n] cut to the precision in runes; returns the new length. */
static int64_t fmt_truncate(Printer *p, const char *s, int64_t n)
{
    if (!p->f.precPresent) return n;
    int64_t left = p->f.prec;
    for (int64_t i = 0; i < n;) {
        if (--left < 0) return i;
        int32_t r;
        i += (unsigned char)s[i] < 0x80 ? 1 : str_decode_rune(s + i, n - i, &r);
    }
    return n;
}

/* Go's fmtS / fmtBs. */
static void fmt_s(Printer *p, const char *s, int64_t n)
{
    fmt_pad(p, s, fmt_truncate(p, s, n));
}

/* Go's fmtSbx: hexadecimal of the bytes s[0:n]. */
static void fmt_sbx(Printer *p, const char *s, int64_t n, const char *digits)
{
    int64_t length = n;
    if (p->f.precPresent && p->f.prec < length) length = p->f.prec;
    int64_t width = 2 * length;
    if (width > 0) {
        if (p->f.space) {
            if (p->f.sharp) width *= 2;
            width += length - 1;
        } else if (p->f.sharp) {
            width += 2;
        }
    } else {
        if (p->f.widPresent) fmt_write_padding(p, p->f.wid);
        return;
    }
    if (p->f.widPresent && p->f.wid > width && !p->f.minus) fmt_write_padding(p, (int)(p->f.wid - width));
    if (p->f.sharp) {
        fmt_putc(p, '0');
        fmt_putc(p, digits[16]);
    }
    for (int64_t i = 0; i < length; i++) {
        if (p->f.space && i > 0) {
            fmt_putc(p, ' ');
            if (p->f.sharp) {
                fmt_putc(p, '0');
                fmt_putc(p, digits[16]);
            }
        }
        unsigned char c = (unsigned char)s[i];
        fmt_putc(p, digits[c >> 4]);
        fmt_putc(p, digits[c & 0xF]);
    }
    if (p->f.widPresent && p->f.wid > width && p->f.minus) fmt_write_padding(p, (int)(p->f.wid - width));
}

/* Go's fmtQ. */
static void fmt_q(Printer *p, const char *s, int64_t n)
{
    n = fmt_truncate(p, s, n);
    if (p->f.sharp && numfmt_can_backquote(s, n)) {
        char *q = GC_MALLOC_ATOMIC((size_t)n + 2);
        q[0] = '`';
        memcpy(q + 1, s, (size_t)n);
        q[n + 1] = '`';
        fmt_pad(p, q, n + 2);
        return;
    }
    char *q = GC_MALLOC_ATOMIC((size_t)(4 * n + 3));
    int64_t k = numfmt_quote(q, s, n, '"', p->f.plus);
    fmt_pad(p, q, k);
}

/* Go's fmt.fmtFloat. */
static void fmt_float_fmt(Printer *p, double v, int size, int verb, int prec)
{
    if (p->f.precPresent) prec = p->f.prec;
    int len;
    char *digits = numfmt_float_str(v, (char)verb, prec, size, &len);
    /* num has a leading sign slot, as Go's intbuf[:1]. */
    char *num = GC_MALLOC_ATOMIC((size_t)len + 32 + (prec > 0 ? (size_t)prec : 6));
    int n;
    if (digits[0] == '-' || digits[0] == '+') {
        memcpy(num, digits, (size_t)len);
        n = len;
    } else {
        num[0] = '+';
        memcpy(num + 1, digits, (size_t)len);
        n = len + 1;
    }
    if (p->f.space && num[0] == '+' && !p->f.plus) num[0] = ' ';
    if (num[1] == 'I' || num[1] == 'N') {
        bool old = p->f.zero;
        p->f.zero = false;
        char *s = num;
        int sn = n;
        if (num[1] == 'N' && !p->f.space && !p->f.plus) {
            s++;
            sn--;
        }
        fmt_pad(p, s, sn);
        p->f.zero = old;
        return;
    }
    if (p->f.sharp && verb != 'b') {
        int dg = 0;
        if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
            dg = prec;
            if (dg == -1) dg = 6;
        }
        char tail[16];
        int ntail = 0;
        bool has_point = false, saw_nonzero = false;
        for (int i = 1; i < n; i++) {
            char c = num[i];
            if (c == '.') {
                has_point = true;
            } else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
                ntail = n - i < 16 ? n - i : 15;
                memcpy(tail, num + i, (size_t)ntail);
                n = i;
                break;
            } else {
                if (c != '0') saw_nonzero = true;
                if (saw_nonzero) dg--;
            }
        }
        if (!has_point) {
            if (n == 2 && num[1] == '0') dg--;
            num[n++] = '.';
        }
        if (dg > 0) {
            char *bigger = GC_MALLOC_ATOMIC((size_t)(n + dg + ntail + 1));
            memcpy(bigger, num, (size_t)n);
            num = bigger;
            while (dg > 0) {
                num[n++] = '0';
                dg--;
            }
        }
        memcpy(num + n, tail, (size_t)ntail);
        n += ntail;
    }
    if (p->f.plus || num[0] != '+') {
        if (p->f.zero && p->f.widPresent && p->f.wid > n) {
            fmt_putc(p, num[0]);
            fmt_write_padding(p, p->f.wid - n);
            str_buf_write(p->buf, num + 1, n - 1);
            return;
        }
        fmt_pad(p, num, n);
        return;
    }
    fmt_pad(p, num + 1, n - 1);
}

/* Go's fmt0x64: hexadecimal with (or without) a leading 0x. */
static void fmt_0x64(Printer *p, uint64_t v, bool leading0x)
{
    bool sharp = p->f.sharp;
    p->f.sharp = leading0x;
    fmt_integer(p, v, 16, false, 'v', fmt_ldigits);
    p->f.sharp = sharp;
}

/* Go's badVerb: %!verb(type=value). */
static void fmt_bad_verb(Printer *p, int verb)
{
    p->erroring = true;
    fmt_puts(p, "%!");
    fmt_put_rune(p, verb);
    fmt_putc(p, '(');
    if (p->argType) {
        Type *t = p->argType;
        Value v = p->argVal;
        fmt_puts(p, type_to_string(t));
        fmt_putc(p, '=');
        fmt_print_value(p, t, v, 'v', 0, false);
        p->argType = t;
        p->argVal = v;
    } else {
        fmt_puts(p, "<nil>");
    }
    fmt_putc(p, ')');
    p->erroring = false;
}

/* Go's pp.fmtBool. */
static void fmt_bool(Printer *p, bool v, int verb)
{
    if (verb == 't' || verb == 'v') fmt_boolean(p, v);
    else fmt_bad_verb(p, verb);
}

/* Go's pp.fmtInteger. */
static void fmt_int_verb(Printer *p, uint64_t v, bool is_signed, int verb)
{
    switch (verb) {
    case 'v':
        if (p->f.sharpV && !is_signed) fmt_0x64(p, v, true);
        else fmt_integer(p, v, 10, is_signed, verb, fmt_ldigits);
        break;
    case 'd': fmt_integer(p, v, 10, is_signed, verb, fmt_ldigits); break;
    case 'b': fmt_integer(p, v, 2, is_signed, verb, fmt_ldigits); break;
    case 'o': case 'O': fmt_integer(p, v, 8, is_signed, verb, fmt_ldigits); break;
    case 'x': fmt_integer(p, v, 16, is_signed, verb, fmt_ldigits); break;
    case 'X': fmt_integer(p, v, 16, is_signed, verb, fmt_udigits); break;
    case 'c': fmt_c(p, v); break;
    case 'q': fmt_qc(p, v); break;
    case 'U': fmt_unicode(p, v); break;
    default: fmt_bad_verb(p, verb); break;
    }
}

/* Go's pp.fmtFloat. */
static void fmt_float_verb(Printer *p, double v, int size, int verb)
{
    switch (verb) {
    case 'v': fmt_float_fmt(p, v, size, 'g', -1); break;
    case 'b': case 'g': case 'G': case 'x': case 'X': fmt_float_fmt(p, v, size, verb, -1); break;
    case 'f': case 'e': case 'E': fmt_float_fmt(p, v, size, verb, 6); break;
    case 'F': fmt_float_fmt(p, v, size, 'f', 6); break;
    default: fmt_bad_verb(p, verb); break;
    }
}

/* Go's pp.fmtComplex: each part as fmtFloat with the verb, the imaginary
 * part always signed. */
static void fmt_complex_verb(Printer *p, Value v, int size, int verb)
{
    switch (verb) {
    case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e': case 'E': {
        bool plus = p->f.plus;
        fmt_putc(p, '(');
        fmt_float_verb(p, cplx_real(v), size / 2, verb);
        p->f.plus = true;
        fmt_float_verb(p, cplx_imag(v), size / 2, verb);
        fmt_puts(p, "i)");
        p->f.plus = plus;
        break;
    }
    default: fmt_bad_verb(p, verb); break;
    }
}

/* Go's pp.fmtString. */
static void fmt_string_verb(Printer *p, const char *s, int64_t n, int verb)
{
    switch (verb) {
    case 'v':
        if (p->f.sharpV) fmt_q(p, s, n);
        else fmt_s(p, s, n);
        break;
    case 's': fmt_s(p, s, n); break;
    case 'x': fmt_sbx(p, s, n, fmt_ldigits); break;
    case 'X': fmt_sbx(p, s, n, fmt_udigits); break;
    case 'q': fmt_q(p, s, n); break;
    default: fmt_bad_verb(p, verb); break;
    }
}

/* Go's fmtPointer, for pointer-like kinds (address u). */
static void fmt_pointer(Printer *p, Type *t, uint64_t u, int verb)
{
    switch (verb) {
    case 'v':
        if (p->f.sharpV) {
            fmt_putc(p, '(');
            fmt_puts(p, type_to_string(t));
            fmt_puts(p, ")(");
            if (u == 0) fmt_puts(p, "nil");
            else fmt_0x64(p, u, true);
            fmt_putc(p, ')');
        } else {
            if (u == 0) fmt_pad_cstr(p, "<nil>");
            else fmt_0x64(p, u, !p->f.sharp);
        }
        break;
    case 'p': fmt_0x64(p, u, !p->f.sharp); break;
    case 'b': case 'o': case 'd': case 'x': case 'X': fmt_int_verb(p, u, false, verb); break;
    default: fmt_bad_verb(p, verb); break;
    }
}

/* The address Go's reflect.Value.Pointer reports for a pointer-like value. */
static uint64_t fmt_address(Type *t, Value v)
{
    if (t->kind == KIND_SLICE) return v.p ? (uint64_t)(uintptr_t)((Slice *)v.p)->data : 0;
    return (uint64_t)(uintptr_t)v.p;
}

/* Whether t's method set has a method called `name`. */
static bool fmt_has_method(Type *t, const char *name)
{
    Method *m = type_find_method(t, name);
    return m && !(t->kind != KIND_POINTER && m->ptr_recv);
}

/* Whether t's method set has `name` with signature func() string. */
static bool fmt_has_string_method(Type *t, const char *name)
{
    if (!t->name && !(t->kind == KIND_POINTER && t->elem && t->elem->name)) return false;
    Method *m = type_find_method(t, name);
    if (!m) return false;
    if (t->kind != KIND_POINTER && m->ptr_recv) return false;
    Type *sig = m->sig;
    if (sig && (sig->nparams != 0 || sig->nresults != 1 || sig->results[0]->kind != KIND_STRING)) return false;
    return true;
}

/* Go's catchPanic after a method called for printing panicked: prints
 * "<nil>" for a nil receiver, else %!verb(PANIC=Method method: value); when
 * the panic cannot be recovered it stays pending (status). */
static void fmt_catch_panic(Printer *p, Type *t, Value v, int verb, const char *what)
{
    if (!native_recover) {
        p->status = NATIVE_PANIC;
        return;
    }
    Value pv = native_recover(p->ctx);
    if (t->kind == KIND_POINTER && v.p == NULL) {
        fmt_puts(p, "<nil>");
        return;
    }
    if (p->panicking) {
        native_panic_value(p->ctx, pv);
        p->status = NATIVE_PANIC;
        return;
    }
    FmtFlags old = p->f;
    fmt_clear_flags(p);
    fmt_puts(p, "%!");
    fmt_put_rune(p, verb);
    fmt_puts(p, "(PANIC=");
    fmt_puts(p, what);
    fmt_puts(p, " method: ");
    p->panicking = true;
    fmt_print_arg(p, pv, 'v');
    p->panicking = false;
    fmt_putc(p, ')');
    p->f = old;
}

/* Calls method `name` (func() string) on the boxed value; true with the
 * result on success, false after a panic (handled by fmt_catch_panic). */
static bool fmt_call_string_method(Printer *p, Value box, Type *t, Value v, int verb, const char *name,
                                   const char *what, Value *result)
{
    Value res[1] = {{.p = NULL}};
    int rc = native_call_method(p->ctx, box, name, NULL, 0, res, 1);
    if (rc == NATIVE_OK) {
        *result = res[0];
        return true;
    }
    if (rc != NATIVE_PANIC) {
        *result = (Value){.p = NULL};
        return true;
    }
    fmt_catch_panic(p, t, v, verb, what);
    return false;
}

/* Whether t's method set has Format(State, rune) (fmt.Formatter). */
static bool fmt_has_format_method(Type *t)
{
    if (!t->name && !(t->kind == KIND_POINTER && t->elem && t->elem->name)) return false;
    Method *m = type_find_method(t, "Format");
    if (!m) return false;
    if (t->kind != KIND_POINTER && m->ptr_recv) return false;
    return !m->sig || (m->sig->nparams == 2 && m->sig->nresults == 0);
}

/* Go's handleMethods for the value (t, v); `box` is its interface form if
 * already at hand (else NULL). Returns whether the value was printed. */
static bool fmt_handle_methods(Printer *p, Type *t, Value v, Value box, int verb)
{
    if (p->erroring) return false;
    if (t->kind == KIND_INTERFACE) {
        box = v;
        t = iface_type(v);
        if (!t) return false;
        v = iface_value(box);
    }
    bool is_error = fmt_has_string_method(t, "Error");
    if (verb == 'w') {
        if (!is_error || !p->wrapErrs) {
            fmt_bad_verb(p, verb);
            return true;
        }
        verb = 'v';
    }
    if (fmt_format_hook.p && fmt_has_format_method(t)) {
        if (!box.p) box = iface_box(t, v);
        char flags[8];
        int nf = 0;
        if (p->f.minus) flags[nf++] = '-';
        if (p->f.plus || p->f.plusV) flags[nf++] = '+';
        if (p->f.sharp || p->f.sharpV) flags[nf++] = '#';
        if (p->f.space) flags[nf++] = ' ';
        if (p->f.zero) flags[nf++] = '0';
        flags[nf] = 0;
        Value args[7] = {box, {.i = p->f.wid}, {.i = p->f.prec}, {.i = p->f.widPresent},
                         {.i = p->f.precPresent}, str_cstr(flags), {.i = verb}};
        Value res[1] = {{.p = NULL}};
        int rc = native_call(p->ctx, fmt_format_hook, args, 7, res, 1);
        if (rc == NATIVE_OK) str_buf_write(p->buf, str_ptr(res[0]), str_len(res[0]));
        else fmt_catch_panic(p, t, v, verb, "Format");
        return true;
    }
    const char *name = NULL, *what = NULL;
    if (p->f.sharpV) {
        if (fmt_has_string_method(t, "GoString")) name = what = "GoString";
    } else if (verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q') {
        if (is_error) name = what = "Error";
        else if (fmt_has_string_method(t, "String")) name = what = "String";
    }
    if (!name) return false;
    if (!box.p) box = iface_box(t, v);
    Value s;
    if (fmt_call_string_method(p, box, t, v, verb, name, what, &s)) {
        if (p->f.sharpV) fmt_s(p, str_ptr(s), str_len(s));
        else fmt_string_verb(p, str_ptr(s), str_len(s), verb);
    }
    return true;
}

/* Go's internal/fmtsort compare for two keys of type t. */
static int fmt_compare(Type *t, Value a, Value b)
{
    switch (t->kind) {
    case KIND_INT: case KIND_INT8: case KIND_INT16: case KIND_INT32: case KIND_INT64:
        return a.i < b.i ? -1 : a.i > b.i ? 1 : 0;
    case KIND_UINT: case KIND_UINT8: case KIND_UINT16: case KIND_UINT32: case KIND_UINT64:
    case KIND_UINTPTR: case KIND_POINTER: case KIND_CHAN: case KIND_UNSAFE_POINTER:
        return a.u < b.u ? -1 : a.u > b.u ? 1 : 0;
    case KIND_STRING:
        return str_compare(a, b);
    case KIND_FLOAT32: case KIND_FLOAT64:
        if (a.f < b.f) return -1;
        if (a.f > b.f) return 1;
        if (a.f != a.f) return b.f != b.f ? 0 : -1;
        if (b.f != b.f) return 1;
        return 0;
    case KIND_COMPLEX64: case KIND_COMPLEX128: {
        int c = fmt_compare(type_float64, (Value){.f = cplx_real(a)}, (Value){.f = cplx_real(b)});
        if (c) return c;
        return fmt_compare(type_float64, (Value){.f = cplx_imag(a)}, (Value){.f = cplx_imag(b)});
    }
    case KIND_BOOL:
        return (a.u != 0) == (b.u != 0) ? 0 : (a.u == 0 ? -1 : 1);
    case KIND_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            Type *ft = t->fields[i].type;
            int c = fmt_compare(ft, fmt_elem(ft, a.p, t->fields[i].offset), fmt_elem(ft, b.p, t->fields[i].offset));
            if (c) return c;
        }
        return 0;
    case KIND_ARRAY:
        for (int64_t i = 0; i < t->len; i++) {
            Type *et = t->elem;
            int c = fmt_compare(et, fmt_elem(et, a.p, i * et->nslots), fmt_elem(et, b.p, i * et->nslots));
            if (c) return c;
        }
        return 0;
    case KIND_INTERFACE: {
        Type *ta = iface_type(a), *tb = iface_type(b);
        if (!ta || !tb) return ta ? 1 : tb ? -1 : 0;
        if (ta != tb) {
            /* Go orders by type descriptor address; its linker lays type
             * descriptors out sorted by name, which this reproduces. */
            int c = strcmp(type_to_string(ta), type_to_string(tb));
            if (c) return c;
            return ta->id < tb->id ? -1 : 1;
        }
        return fmt_compare(ta, iface_value(a), iface_value(b));
    }
    default:
        return 0;
    }
}

/* A map entry being sorted for printing. */
typedef struct FmtEntry {
    Value key, val;
} FmtEntry;

/* Sorts es[0:n] by key with Go's fmtsort order (a merge sort through tmp). */
static void fmt_sort_entries(Type *kt, FmtEntry *es, FmtEntry *tmp, int64_t n)
{
    if (n < 2) return;
    int64_t mid = n / 2;
    fmt_sort_entries(kt, es, tmp, mid);
    fmt_sort_entries(kt, es + mid, tmp, n - mid);
    int64_t i = 0, j = mid, k = 0;
    while (i < mid && j < n) {
        if (fmt_compare(kt, es[j].key, es[i].key) < 0) tmp[k++] = es[j++];
        else tmp[k++] = es[i++];
    }
    while (i < mid) tmp[k++] = es[i++];
    while (j < n) tmp[k++] = es[j++];
    memcpy(es, tmp, (size_t)n * sizeof(FmtEntry));
}

/* Prints the bytes of a byte slice or array (Go's fmtBytes for s q x X). */
static void fmt_bytes_verb(Printer *p, const Value *data, int64_t n, int verb)
{
    char *b = GC_MALLOC_ATOMIC((size_t)n + 1);
    for (int64_t i = 0; i < n; i++) b[i] = (char)(uint8_t)data[i].u;
    switch (verb) {
    case 's': fmt_s(p, b, n); break;
    case 'x': fmt_sbx(p, b, n, fmt_ldigits); break;
    case 'X': fmt_sbx(p, b, n, fmt_udigits); break;
    default: fmt_q(p, b, n); break;
    }
}

/* Go's printValue. */
static void fmt_print_value(Printer *p, Type *t, Value v, int verb, int depth, bool exported)
{
    if (p->status != NATIVE_OK) return;
    if (depth > FMT_MAX_DEPTH) {
        if (p->ctx && native_fatal) native_fatal(p->ctx, "stack overflow");
        else if (p->ctx) native_panic_string(p->ctx, "fatal error: stack overflow");
        p->status = NATIVE_PANIC;
        return;
    }
    if (depth > 0 && exported) {
        p->argType = t;
        p->argVal = v;
        if (fmt_handle_methods(p, t, v, (Value){.p = NULL}, verb)) return;
    }
    p->argType = t;
    p->argVal = v;
    switch (t->kind) {
    case KIND_BOOL:
        fmt_bool(p, v.u != 0, verb);
        break;
    case KIND_INT: case KIND_INT8: case KIND_INT16: case KIND_INT32: case KIND_INT64:
        fmt_int_verb(p, v.u, true, verb);
        break;
    case KIND_UINT: case KIND_UINT8: case KIND_UINT16: case KIND_UINT32: case KIND_UINT64:
    case KIND_UINTPTR:
        fmt_int_verb(p, v.u, false, verb);
        break;
    case KIND_FLOAT32:
        fmt_float_verb(p, v.f, 32, verb);
        break;
    case KIND_FLOAT64:
        fmt_float_verb(p, v.f, 64, verb);
        break;
    case KIND_COMPLEX64:
        fmt_complex_verb(p, v, 64, verb);
        break;
    case KIND_COMPLEX128:
        fmt_complex_verb(p, v, 128, verb);
        break;
    case KIND_STRING:
        fmt_string_verb(p, str_ptr(v), str_len(v), verb);
        break;
    case KIND_MAP: {
        Map *m = v.p;
        if (p->f.sharpV) {
            fmt_puts(p, type_to_string(t));
            if (!m) {
                fmt_puts(p, "(nil)");
                return;
            }
            fmt_putc(p, '{');
        } else {
            fmt_puts(p, "map[");
        }
        int64_t n = map_len(m), k = 0;
        FmtEntry *es = n ? GC_MALLOC((size_t)n * sizeof(FmtEntry)) : NULL;
        MapIter it;
        Value key, *val;
        map_iter_init(m, &it);
        while (k < n && map_iter_next(&it, &key, &val)) {
            es[k].key = key;
            es[k].val = *val;
            k++;
        }
        Type *u = t->underlying ? t->underlying : t;
        if (k > 1) fmt_sort_entries(u->key, es, GC_MALLOC((size_t)k * sizeof(FmtEntry)), k);
        for (int64_t i = 0; i < k; i++) {
            if (i > 0) {
                if (p->f.sharpV) fmt_puts(p, ", ");
                else fmt_putc(p, ' ');
            }
            fmt_print_value(p, u->key, es[i].key, verb, depth + 1, exported);
            fmt_putc(p, ':');
            fmt_print_value(p, u->elem, es[i].val, verb, depth + 1, exported);
        }
        fmt_putc(p, p->f.sharpV ? '}' : ']');
        break;
    }
    case KIND_STRUCT: {
        if (p->f.sharpV) fmt_puts(p, type_to_string(t));
        fmt_putc(p, '{');
        Type *u = t->underlying ? t->underlying : t;
        for (int i = 0; i < u->nfields; i++) {
            Field *fd = &u->fields[i];
            if (i > 0) {
                if (p->f.sharpV) fmt_puts(p, ", ");
                else fmt_putc(p, ' ');
            }
            if ((p->f.plusV || p->f.sharpV) && fd->name && fd->name[0]) {
                fmt_puts(p, fd->name);
                fmt_putc(p, ':');
            }
            fmt_print_value(p, fd->type, fmt_elem(fd->type, v.p, fd->offset), verb, depth + 1,
                            exported && fd->exported);
        }
        fmt_putc(p, '}');
        break;
    }
    case KIND_INTERFACE: {
        Type *dt = iface_type(v);
        if (!dt) {
            if (p->f.sharpV) {
                fmt_puts(p, type_to_string(t));
                fmt_puts(p, "(nil)");
            } else {
                fmt_puts(p, "<nil>");
            }
        } else {
            fmt_print_value(p, dt, iface_value(v), verb, depth + 1, exported);
        }
        break;
    }
    case KIND_ARRAY: case KIND_SLICE: {
        Type *u = t->underlying ? t->underlying : t;
        Type *et = u->elem;
        Value *data;
        int64_t n;
        if (t->kind == KIND_ARRAY) {
            data = v.p;
            n = u->len;
        } else {
            data = v.p ? ((Slice *)v.p)->data : NULL;
            n = slice_len(v);
        }
        if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && et->kind == KIND_UINT8) {
            fmt_bytes_verb(p, data, n, verb);
            return;
        }
        int ns = et->nslots;
        if (p->f.sharpV) {
            /* Go's printArg spells the unnamed top-level []uint8 "[]byte". */
            bool bytes = depth == 0 && fmt_is_byte_slice(t);
            fmt_puts(p, bytes ? "[]byte" : type_to_string(t));
            if (t->kind == KIND_SLICE && !v.p) {
                fmt_puts(p, "(nil)");
                return;
            }
            fmt_putc(p, '{');
            for (int64_t i = 0; i < n; i++) {
                if (i > 0) fmt_puts(p, ", ");
                fmt_print_value(p, et, fmt_elem(et, data, i * ns), verb, depth + 1, exported);
            }
            fmt_putc(p, '}');
        } else {
            fmt_putc(p, '[');
            for (int64_t i = 0; i < n; i++) {
                if (i > 0) fmt_putc(p, ' ');
                fmt_print_value(p, et, fmt_elem(et, data, i * ns), verb, depth + 1, exported);
            }
            fmt_putc(p, ']');
        }
        break;
    }
    case KIND_POINTER:
        if (depth == 0 && v.p) {
            Type *et = t->underlying ? t->underlying->elem : t->elem;
            if (et && (et->kind == KIND_ARRAY || et->kind == KIND_STRUCT || et->kind == KIND_SLICE ||
                       et->kind == KIND_MAP)) {
                fmt_putc(p, '&');
                Value ev = fmt_is_agg(et) ? v : *(Value *)v.p;
                fmt_print_value(p, et, ev, verb, depth + 1, exported);
                return;
            }
        }
        fmt_pointer(p, t, fmt_address(t, v), verb);
        break;
    case KIND_CHAN: case KIND_FUNC: case KIND_UNSAFE_POINTER:
        fmt_pointer(p, t, fmt_address(t, v), verb);
        break;
    default:
        fmt_putc(p, '?');
        fmt_puts(p, type_to_string(t));
        fmt_putc(p, '?');
        break;
    }
}

/* Go's printArg for one interface operand. */
static void fmt_print_arg(Printer *p, Value arg, int verb)
{
    if (p->status != NATIVE_OK) return;
    Type *t = iface_type(arg);
    p->argType = t;
    p->argVal = iface_value(arg);
    if (!t) {
        if (verb == 'T' || verb == 'v') fmt_pad_cstr(p, "<nil>");
        else fmt_bad_verb(p, verb);
        return;
    }
    Value v = iface_value(arg);
    if (verb == 'T') {
        fmt_s(p, type_to_string(t), (int64_t)strlen(type_to_string(t)));
        return;
    }
    if (verb == 'p') {
        switch (t->kind) {
        case KIND_CHAN: case KIND_FUNC: case KIND_MAP: case KIND_POINTER: case KIND_SLICE:
        case KIND_UNSAFE_POINTER:
            fmt_pointer(p, t, fmt_address(t, v), 'p');
            break;
        default:
            fmt_bad_verb(p, 'p');
            break;
        }
        return;
    }
    /* Go's fast path for []byte skips the method checks (so %w reports
     * each element). */
    bool bytes = fmt_is_byte_slice(t);
    if (!bytes && fmt_handle_methods(p, t, v, arg, verb)) return;
    fmt_print_value(p, t, v, verb, 0, true);
}

/* Go's tooLarge. */
static bool fmt_too_large(int64_t x)
{
    return x > 1000000 || x < -1000000;
}

/* Go's parsenum over s[start:end]: sets *num, returns whether digits were seen. */
static bool fmt_parsenum(const char *s, int64_t start, int64_t end, int *num, int64_t *newi)
{
    *num = 0;
    bool isnum = false;
    if (start >= end) {
        *newi = end;
        return false;
    }
    int64_t i = start;
    for (; i < end && s[i] >= '0' && s[i] <= '9'; i++) {
        if (fmt_too_large(*num)) {
            *num = 0;
            *newi = end;
            return false;
        }
        *num = *num * 10 + (s[i] - '0');
        isnum = true;
    }
    *newi = i;
    return isnum;
}

/* Go's intFromArg: the int value of operand argnum for a '*' width/precision. */
static bool fmt_int_from_arg(const Value *a, int64_t n, int64_t *argnum, int *num)
{
    *num = 0;
    bool isint = false;
    if (*argnum < n) {
        Type *t = iface_type(a[*argnum]);
        Value v = iface_value(a[*argnum]);
        if (t) {
            switch (t->kind) {
            case KIND_INT: case KIND_INT8: case KIND_INT16: case KIND_INT32: case KIND_INT64:
                *num = (int)v.i;
                isint = (int64_t)(int)v.i == v.i;
                break;
            case KIND_UINT: case KIND_UINT8: case KIND_UINT16: case KIND_UINT32: case KIND_UINT64:
            case KIND_UINTPTR:
                if ((int64_t)v.u >= 0 && (uint64_t)(int)v.u == v.u) {
                    *num = (int)v.u;
                    isint = true;
                }
                break;
            default:
                break;
            }
        }
        (*argnum)++;
        if (fmt_too_large(*num)) {
            *num = 0;
            isint = false;
        }
    }
    return isint;
}

/* Go's argNumber: parses an optional [n] at format[*i]. Returns afterIndex. */
static bool fmt_arg_number(Printer *p, int64_t *argnum, const char *format, int64_t end, int64_t *i,
                           int64_t nargs)
{
    if (*i >= end || format[*i] != '[') return false;
    p->reordered = true;
    /* parseArgNumber on format[*i:]. */
    const char *s = format + *i;
    int64_t len = end - *i;
    int64_t wid = 1;
    bool ok = false;
    int index = 0;
    if (len >= 3) {
        for (int64_t j = 1; j < len; j++) {
            if (s[j] == ']') {
                int width;
                int64_t newi;
                bool isnum = fmt_parsenum(s, 1, j, &width, &newi);
                if (!isnum || newi != j) {
                    wid = j + 1;
                    ok = false;
                } else {
                    index = width - 1;
                    wid = j + 1;
                    ok = true;
                }
                break;
            }
        }
    }
    if (ok && 0 <= index && index < nargs) {
        *argnum = index;
        *i += wid;
        return true;
    }
    p->goodArgNum = false;
    *i += wid;
    return ok;
}

/* Errorf: records that operand argnum is formatted with %w. */
static void fmt_note_wrapped(Printer *p, int64_t argnum)
{
    if (p->nwrapped == p->capwrapped) {
        p->capwrapped = p->capwrapped ? p->capwrapped * 2 : 4;
        int64_t *nw = GC_MALLOC_ATOMIC(sizeof(int64_t) * (size_t)p->capwrapped);
        if (p->nwrapped) memcpy(nw, p->wrapped, sizeof(int64_t) * (size_t)p->nwrapped);
        p->wrapped = nw;
    }
    p->wrapped[p->nwrapped++] = argnum;
}

/* Go's doPrintf. */
static void fmt_do_printf(Printer *p, const char *format, int64_t end, const Value *a, int64_t n)
{
    int64_t argnum = 0;
    bool after_index = false;
    p->reordered = false;
    for (int64_t i = 0; i < end;) {
        if (p->status != NATIVE_OK) return;
        p->goodArgNum = true;
        int64_t lasti = i;
        while (i < end && format[i] != '%') i++;
        if (i > lasti) str_buf_write(p->buf, format + lasti, i - lasti);
        if (i >= end) break;
        i++;
        fmt_clear_flags(p);
        bool simple_done = false;
        for (; i < end; i++) {
            char c = format[i];
            if (c == '#') p->f.sharp = true;
            else if (c == '0') p->f.zero = !p->f.minus;
            else if (c == '+') p->f.plus = true;
            else if (c == '-') {
                p->f.minus = true;
                p->f.zero = false;
            } else if (c == ' ') p->f.space = true;
            else {
                if (c >= 'a' && c <= 'z' && argnum < n) {
                    if (c == 'w') fmt_note_wrapped(p, argnum);
                    if (c == 'v' || c == 'w') {
                        p->f.sharpV = p->f.sharp;
                        p->f.sharp = false;
                        p->f.plusV = p->f.plus;
                        p->f.plus = false;
                    }
                    fmt_print_arg(p, a[argnum], c);
                    argnum++;
                    i++;
                    simple_done = true;
                }
                break;
            }
        }
        if (simple_done) continue;

        after_index = fmt_arg_number(p, &argnum, format, end, &i, n);

        if (i < end && format[i] == '*') {
            i++;
            p->f.widPresent = fmt_int_from_arg(a, n, &argnum, &p->f.wid);
            if (!p->f.widPresent) fmt_puts(p, "%!(BADWIDTH)");
            if (p->f.wid < 0) {
                p->f.wid = -p->f.wid;
                p->f.minus = true;
                p->f.zero = false;
            }
            after_index = false;
        } else {
            p->f.widPresent = fmt_parsenum(format, i, end, &p->f.wid, &i);
            if (after_index && p->f.widPresent) p->goodArgNum = false;
        }

        if (i + 1 < end && format[i] == '.') {
            i++;
            if (after_index) p->goodArgNum = false;
            after_index = fmt_arg_number(p, &argnum, format, end, &i, n);
            if (i < end && format[i] == '*') {
                i++;
                p->f.precPresent = fmt_int_from_arg(a, n, &argnum, &p->f.prec);
                if (p->f.prec < 0) {
                    p->f.prec = 0;
                    p->f.precPresent = false;
                }
                if (!p->f.precPresent) fmt_puts(p, "%!(BADPREC)");
                after_index = false;
            } else {
                p->f.precPresent = fmt_parsenum(format, i, end, &p->f.prec, &i);
                if (!p->f.precPresent) {
                    p->f.prec = 0;
                    p->f.precPresent = true;
                }
            }
        }

        if (!after_index) after_index = fmt_arg_number(p, &argnum, format, end, &i, n);

        if (i >= end) {
            fmt_puts(p, "%!(NOVERB)");
            break;
        }

        int32_t verb = (unsigned char)format[i];
        int size = 1;
        if (verb >= 0x80) size = str_decode_rune(format + i, end - i, &verb);
        i += size;

        if (verb == '%') {
            fmt_putc(p, '%');
        } else if (!p->goodArgNum) {
            fmt_puts(p, "%!");
            fmt_put_rune(p, verb);
            fmt_puts(p, "(BADINDEX)");
        } else if (argnum >= n) {
            fmt_puts(p, "%!");
            fmt_put_rune(p, verb);
            fmt_puts(p, "(MISSING)");
        } else {
            if (verb == 'w') fmt_note_wrapped(p, argnum);
            if (verb == 'v' || verb == 'w') {
                p->f.sharpV = p->f.sharp;
                p->f.sharp = false;
                p->f.plusV = p->f.plus;
                p->f.plus = false;
            }
            fmt_print_arg(p, a[argnum], verb);
            argnum++;
        }
    }

    if (!p->reordered && argnum < n && p->status == NATIVE_OK) {
        fmt_clear_flags(p);
        fmt_puts(p, "%!(EXTRA ");
        for (int64_t i = argnum; i < n; i++) {
            if (i > argnum) fmt_puts(p, ", ");
            Type *t = iface_type(a[i]);
            if (!t) {
                fmt_puts(p, "<nil>");
            } else {
                fmt_puts(p, type_to_string(t));
                fmt_putc(p, '=');
                fmt_print_arg(p, a[i], 'v');
            }
        }
        fmt_putc(p, ')');
    }
}

/* Go's doPrint: spaces between operands when neither is a string. */
static void fmt_do_print(Printer *p, const Value *a, int64_t n)
{
    bool prev_string = false;
    for (int64_t i = 0; i < n; i++) {
        Type *t = iface_type(a[i]);
        bool is_string = t && t->kind == KIND_STRING;
        if (i > 0 && !is_string && !prev_string) fmt_putc(p, ' ');
        fmt_clear_flags(p);
        fmt_print_arg(p, a[i], 'v');
        prev_string = is_string;
    }
}

/* Go's doPrintln. */
static void fmt_do_println(Printer *p, const Value *a, int64_t n)
{
    for (int64_t i = 0; i < n; i++) {
        if (i > 0) fmt_putc(p, ' ');
        fmt_clear_flags(p);
        fmt_print_arg(p, a[i], 'v');
    }
    fmt_putc(p, '\n');
}

/* Runs one formatting operation with printer p. */
static int fmt_run(Printer *p, FmtMode mode, Value format, const Value *args, int64_t nargs)
{
    fmt_pool_get(p);
    switch (mode) {
    case FMT_PRINT: fmt_do_print(p, args, nargs); break;
    case FMT_PRINTLN: fmt_do_println(p, args, nargs); break;
    default: fmt_do_printf(p, str_ptr(format), str_len(format), args, nargs); break;
    }
    fmt_pool_put(p);
    return p->status;
}

int fmt_format(NativeCtx *ctx, StrBuf *out, FmtMode mode, Value format, const Value *args, int64_t nargs)
{
    Printer p;
    memset(&p, 0, sizeof p);
    p.ctx = ctx;
    p.buf = out;
    return fmt_run(&p, mode, format, args, nargs);
}

Value fmt_sprintf(NativeCtx *ctx, const char *format, const Value *args, int64_t nargs)
{
    StrBuf b = {0};
    fmt_format(ctx, &b, FMT_PRINTF, str_cstr(format), args, nargs);
    return str_new(b.p, b.len);
}

/* The operands of a variadic ...any slice. */
static const Value *fmt_operands(Value slice, int64_t *n)
{
    *n = slice_len(slice);
    return slice.p ? ((Slice *)slice.p)->data : NULL;
}

/* Writes the formatted bytes to w (an io.Writer interface value): directly
 * for *os.File, else through its Write method. Sets n and err results. */
static int fmt_write_to(NativeCtx *ctx, Value w, StrBuf *b, Value *results)
{
    results[0].i = 0;
    results[1].p = NULL;
    Type *t = iface_type(w);
    if (!t) return native_panic_runtime(ctx, "invalid memory address or nil pointer dereference");
    if (t->kind == KIND_POINTER && t->elem && t->elem->name && t->elem->pkg &&
        strcmp(t->elem->name, "File") == 0 && strcmp(t->elem->pkg, "os") == 0 && iface_value(w).p) {
        Value *file = iface_value(w).p;
        FILE *out = file[0].i == 2 ? native_stderr(ctx) : file[0].i == 1 ? native_stdout(ctx) : NULL;
        if (out) {
            /* Keep stdout and stderr in program order when they share a terminal. */
            if (out == native_stderr(ctx)) fflush(native_stdout(ctx));
            if (b->len) fwrite(b->p, 1, (size_t)b->len, out);
            results[0].i = b->len;
            return NATIVE_OK;
        }
    }
    Value bytes = str_to_bytes(str_new(b->p, b->len));
    Value args[1] = {bytes};
    int rc = native_call_method(ctx, w, "Write", args, 1, results, 2);
    if (rc < 0) return native_panic_string(ctx, "fmt: writer has no Write method");
    return rc;
}

/* Writes the formatted bytes to the program's stdout. */
static int fmt_write_stdout(NativeCtx *ctx, StrBuf *b, Value *results)
{
    if (b->len) fwrite(b->p, 1, (size_t)b->len, native_stdout(ctx));
    results[0].i = b->len;
    results[1].p = NULL;
    return NATIVE_OK;
}

/* func Print(a ...any) (n int, err error) */
static int fmt_Print(NativeCtx *ctx, Value *args, Value *results)
{
    StrBuf b = {0};
    int64_t n;
    const Value *a = fmt_operands(args[0], &n);
    if (fmt_format(ctx, &b, FMT_PRINT, (Value){.p = NULL}, a, n) != NATIVE_OK) return NATIVE_PANIC;
    return fmt_write_stdout(ctx, &b, results);
}

/* func Println(a ...any) (n int, err error) */
static int fmt_Println(NativeCtx *ctx, Value *args, Value *results)
{
    StrBuf b = {0};
    int64_t n;
    const Value *a = fmt_operands(args[0], &n);
    if (fmt_format(ctx, &b, FMT_PRINTLN, (Value){.p = NULL}, a, n) != NATIVE_OK) return NATIVE_PANIC;
    return fmt_write_stdout(ctx, &b, results);
}

/* func Printf(format string, a ...any) (n int, err error) */
static int fmt_Printf(NativeCtx *ctx, Value *args, Value *results)
{
    StrBuf b = {0};
    int64_t n;
    const Value *a = fmt_operands(args[1], &n);
    if (fmt_format(ctx, &b, FMT_PRINTF, args[0], a, n) != NATIVE_OK) return NATIVE_PANIC;
    return fmt_write_stdout(ctx, &b, results);
}

/* func Sprint(a ...any) string */
static int fmt_Sprint(NativeCtx *ctx, Value *args, Value *results)
{
    StrBuf b = {0};
    int64_t n;
    const Value *a = fmt_operands(args[0], &n);
    if (fmt_format(ctx, &b, FMT_PRINT, (Value){.p = NULL}, a, n) != NATIVE_OK) return NATIVE_PANIC;
    results[0] = str_new(b.p, b.len);
    return NATIVE_OK;
}

/* func Sprintln(a ...any) string */
static int fmt_Sprintln(NativeCtx *ctx, Value *args, Value *results)
{
    StrBuf b = {0};
    int64_t n;
    const Value *a = fmt_operands(args[0], &n);
    if (fmt_format(ctx, &b, FMT_PRINTLN, (Value){.p = NULL}, a, n) != NATIVE_OK) return NATIVE_PANIC;
    results[0] = str_new(b.p, b.len);
    return NATIVE_OK;
}

/* func Sprintf(format string, a ...any) string */
static int fmt_Sprintf(NativeCtx *ctx, Value *args, Value *results)
{
    StrBuf b = {0};
    int64_t n;
    const Value *a = fmt_operands(args[1], &n);
    if (fmt_format(ctx, &b, FMT_PRINTF, args[0], a, n) != NATIVE_OK) return NATIVE_PANIC;
    results[0] = str_new(b.p, b.len);
    return NATIVE_OK;
}

/* func Fprint(w io.Writer, a ...any) (n int, err error) */
static int fmt_Fprint(NativeCtx *ctx, Value *args, Value *results)
{
    StrBuf b = {0};
    int64_t n;
    const Value *a = fmt_operands(args[1], &n);
    if (fmt_format(ctx, &b, FMT_PRINT, (Value){.p = NULL}, a, n) != NATIVE_OK) return NATIVE_PANIC;
    return fmt_write_to(ctx, args[0], &b, results);
}

/* func Fprintln(w io.Writer, a ...any) (n int, err error) */
static int fmt_Fprintln(NativeCtx *ctx, Value *args, Value *results)
{
    StrBuf b = {0};
    int64_t n;
    const Value *a = fmt_operands(args[1], &n);
    if (fmt_format(ctx, &b, FMT_PRINTLN, (Value){.p = NULL}, a, n) != NATIVE_OK) return NATIVE_PANIC;
    return fmt_write_to(ctx, args[0], &b, results);
}

/* func Fprintf(w io.Writer, format string, a ...any) (n int, err error) */
static int fmt_Fprintf(NativeCtx *ctx, Value *args, Value *results)
{
    StrBuf b = {0};
    int64_t n;
    const Value *a = fmt_operands(args[2], &n);
    if (fmt_format(ctx, &b, FMT_PRINTF, args[1], a, n) != NATIVE_OK) return NATIVE_PANIC;
    return fmt_write_to(ctx, args[0], &b, results);
}

/* Appends formatted output to a []byte (Append, Appendf, Appendln). */
static int fmt_append_mode(NativeCtx *ctx, Value bytes, FmtMode mode, Value format, Value slice, Value *results)
{
    StrBuf b = {0};
    int64_t n;
    const Value *a = fmt_operands(slice, &n);
    if (fmt_format(ctx, &b, mode, format, a, n) != NATIVE_OK) return NATIVE_PANIC;
    results[0] = slice_append_string(bytes, str_new(b.p, b.len));
    return NATIVE_OK;
}

/* func Append(b []byte, a ...any) []byte */
static int fmt_Append(NativeCtx *ctx, Value *args, Value *results)
{
    return fmt_append_mode(ctx, args[0], FMT_PRINT, (Value){.p = NULL}, args[1], results);
}

/* func Appendln(b []byte, a ...any) []byte */
static int fmt_Appendln(NativeCtx *ctx, Value *args, Value *results)
{
    return fmt_append_mode(ctx, args[0], FMT_PRINTLN, (Value){.p = NULL}, args[1], results);
}

/* func Appendf(b []byte, format string, a ...any) []byte */
static int fmt_Appendf(NativeCtx *ctx, Value *args, Value *results)
{
    return fmt_append_mode(ctx, args[0], FMT_PRINTF, args[1], args[2], results);
}

/* Ascending int64 order for qsort. */
static int fmt_int64_cmp(const void *x, const void *y)
{
    int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
    return a < b ? -1 : a > b;
}

/* func errorf(format string, a []any) (string, []int): Errorf's formatting,
 * returning the message and the sorted, de-duplicated operand indexes of
 * its %w verbs (Go 1.20 semantics; fmt.go builds the error). */
static int fmt_errorf(NativeCtx *ctx, Value *args, Value *results)
{
    StrBuf b = {0};
    Printer p;
    memset(&p, 0, sizeof p);
    p.ctx = ctx;
    p.buf = &b;
    p.wrapErrs = true;
    int64_t n;
    const Value *a = fmt_operands(args[1], &n);
    if (fmt_run(&p, FMT_PRINTF, args[0], a, n) != NATIVE_OK) return NATIVE_PANIC;
    results[0] = str_new(b.p, b.len);
    if (p.nwrapped > 1) qsort(p.wrapped, (size_t)p.nwrapped, sizeof(int64_t), fmt_int64_cmp);
    Value idx[p.nwrapped > 0 ? p.nwrapped : 1];
    int k = 0;
    for (int i = 0; i < p.nwrapped; i++) {
        if (i > 0 && p.wrapped[i] == p.wrapped[i - 1]) continue;
        idx[k++].i = p.wrapped[i];
    }
    results[1] = k ? slice_append(type_int, (Value){.p = NULL}, idx, k) : (Value){.p = NULL};
    return NATIVE_OK;
}

/* ---- Scanning: a port of Go's fmt/scan.go (Sscan, Scanf, Fscanln...). ---- */

/* Where a scan reads from. */
typedef enum ScanKind { SCAN_STRING, SCAN_STDIN, SCAN_READER, SCAN_RUNE_SCANNER } ScanKind;

/* Go's ss: one scanning operation's state. Errors longjmp to the driver. */
typedef struct Scanner {
    /* The native context (reader calls, panics). */
    NativeCtx *ctx;
    /* The source: a string, standard input, or an io.Reader interface. */
    ScanKind kind;
    const char *s;
    int64_t n, pos;
    Value reader;
    /* A rune pushed back by unread (and its bytes), or -2. */
    int32_t back;
    char backbytes[4];
    int backlen;
    /* Go's ss flags: newlines count as space; a newline ends the input. */
    bool nl_is_space, nl_is_end;
    /* Go's count/argLimit/limit (runes consumed, per-operand width). */
    int64_t count, arg_limit, limit;
    /* Whether the source is exhausted (or ended by a newline). */
    bool at_eof;
    /* The token being built. */
    StrBuf buf;
    /* The error kind (0 none, 1 io.EOF, 2 io.ErrUnexpectedEOF, 3 message,
     * 4 a pending panic) and message. */
    int err_kind;
    const char *err_msg;
    /* The driver's jump target for errors. */
    jmp_buf fail;
} Scanner;

#define SCAN_EOF (-1)

/* Aborts the scan with an error. */
static _Noreturn void scan_fail(Scanner *s, int kind, const char *msg)
{
    s->err_kind = kind;
    s->err_msg = msg;
    longjmp(s->fail, 1);
}

/* Go's errorString. */
static _Noreturn void scan_error(Scanner *s, const char *msg)
{
    scan_fail(s, 3, msg);
}

/* Reads one byte from the underlying source; -1 at its end. */
static int scan_raw_byte(Scanner *s)
{
    switch (s->kind) {
    case SCAN_STRING:
        return s->pos < s->n ? (unsigned char)s->s[s->pos++] : -1;
    case SCAN_STDIN:
        return os_stdin_read_byte(s->ctx);
    default: {
        Value b = slice_make(type_uint8, 1, 1);
        Value args[1] = {b}, res[2] = {{.i = 0}, {.p = NULL}};
        int rc = native_call_method(s->ctx, s->reader, "Read", args, 1, res, 2);
        if (rc == NATIVE_PANIC) scan_fail(s, 4, NULL);
        if (rc != NATIVE_OK || res[0].i < 1) return -1;
        return (int)(uint8_t)slice_index(b, 0, 1)->u;
    }
    }
}

/* Reads one rune from the source (UTF-8 decoded); SCAN_EOF at the end. */
static int32_t scan_source_rune(Scanner *s, char *bytes, int *len)
{
    int c = scan_raw_byte(s);
    if (c < 0) return SCAN_EOF;
    bytes[0] = (char)c;
    *len = 1;
    if (c < 0x80) return c;
    int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    while (*len < need) {
        int d = scan_raw_byte(s);
        if (d < 0) break;
        if ((d & 0xC0) != 0x80) {
            /* Not a continuation: leave it for the next read. */
            if (s->kind == SCAN_STRING) s->pos--;
            else if (s->kind == SCAN_STDIN) {
                char b = (char)d;
                os_stdin_unread(&b, 1);
            }
            break;
        }
        bytes[(*len)++] = (char)d;
    }
    int32_t r;
    int w = str_decode_rune(bytes, *len, &r);
    if (w < *len) {
        /* Invalid: consume one byte, as utf8 decoding in Go. */
        if (s->kind == SCAN_STRING) s->pos -= *len - 1;
        else if (s->kind == SCAN_STDIN) os_stdin_unread(bytes + 1, *len - 1);
        *len = 1;
    }
    return r;
}

/* Calls ReadRune on an io.RuneScanner source; SCAN_EOF on any error. */
static int32_t scan_read_rune_method(Scanner *s)
{
    Value res[3] = {{.i = 0}, {.i = 0}, {.p = NULL}};
    int rc = native_call_method(s->ctx, s->reader, "ReadRune", NULL, 0, res, 3);
    if (rc == NATIVE_PANIC) scan_fail(s, 4, NULL);
    if (rc != NATIVE_OK || res[2].p) return SCAN_EOF;
    return (int32_t)res[0].i;
}

/* Go's ss.ReadRune/getRune: SCAN_EOF at the end or past the width limit. */
static int32_t scan_get(Scanner *s)
{
    if (s->at_eof || s->count >= s->arg_limit) return SCAN_EOF;
    int32_t r;
    if (s->kind == SCAN_RUNE_SCANNER) {
        r = scan_read_rune_method(s);
        if (r == SCAN_EOF) {
            s->at_eof = true;
            return SCAN_EOF;
        }
    } else if (s->back != -2) {
        r = s->back;
        s->back = -2;
    } else {
        r = scan_source_rune(s, s->backbytes, &s->backlen);
        if (r == SCAN_EOF) {
            s->at_eof = true;
            return SCAN_EOF;
        }
    }
    s->count++;
    if (s->nl_is_end && r == '\n') s->at_eof = true;
    return r;
}

/* Go's UnreadRune: the last rune read is read again next. */
static void scan_unread(Scanner *s, int32_t r)
{
    if (s->kind == SCAN_RUNE_SCANNER) {
        /* As Go: the rune goes straight back to the reader. */
        Value res[1] = {{.p = NULL}};
        if (native_call_method(s->ctx, s->reader, "UnreadRune", NULL, 0, res, 1) == NATIVE_PANIC)
            scan_fail(s, 4, NULL);
    } else {
        s->back = r;
    }
    s->at_eof = false;
    s->count--;
}

/* Go's mustReadRune. */
static int32_t scan_must(Scanner *s)
{
    int32_t r = scan_get(s);
    if (r == SCAN_EOF) scan_fail(s, 2, NULL);
    return r;
}

/* Go's notEOF: panics io.EOF if no input is left. */
static void scan_not_eof(Scanner *s)
{
    int32_t r = scan_get(s);
    if (r == SCAN_EOF) scan_fail(s, 1, NULL);
    scan_unread(s, r);
}

/* Go's isSpace (the Unicode White_Space set used by fmt). */
static bool scan_is_space(int32_t r)
{
    if (r >= 0x10000) return false;
    static const uint16_t ranges[][2] = {{0x0009, 0x000d}, {0x0020, 0x0020}, {0x0085, 0x0085},
                                         {0x00a0, 0x00a0}, {0x1680, 0x1680}, {0x2000, 0x200a},
                                         {0x2028, 0x2029}, {0x202f, 0x202f}, {0x205f, 0x205f},
                                         {0x3000, 0x3000}};
    for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++) {
        if (r < ranges[i][0]) return false;
        if (r <= ranges[i][1]) return true;
    }
    return false;
}

/* Go's SkipSpace. */
static void scan_skip_space(Scanner *s)
{
    for (;;) {
        int32_t r = scan_get(s);
        if (r == SCAN_EOF) return;
        if (r == '\r') {
            int32_t q = scan_get(s);
            if (q == '\n') {
                scan_unread(s, q);
                continue;
            }
            if (q != SCAN_EOF) scan_unread(s, q);
        }
        if (r == '\n') {
            if (s->nl_is_space) continue;
            scan_error(s, "unexpected newline");
        }
        if (!scan_is_space(r)) {
            scan_unread(s, r);
            return;
        }
    }
}

/* Appends rune r to the token. */
static void scan_put(Scanner *s, int32_t r)
{
    char tmp[4];
    str_buf_write(&s->buf, tmp, str_encode_rune(tmp, r));
}

/* Go's consume: reads the next rune if it is in `ok` (adding it to the
 * token when accept is set). */
static bool scan_consume(Scanner *s, const char *ok, bool accept)
{
    int32_t r = scan_get(s);
    if (r == SCAN_EOF) return false;
    if (r < 0x80 && strchr(ok, (int)r)) {
        if (accept) scan_put(s, r);
        return true;
    }
    if (accept) scan_unread(s, r);
    return false;
}

/* Go's peek: whether the next rune is in `ok`, without consuming it. */
static bool scan_peek(Scanner *s, const char *ok)
{
    int32_t r = scan_get(s);
    if (r != SCAN_EOF) scan_unread(s, r);
    return r != SCAN_EOF && r < 0x80 && strchr(ok, (int)r);
}

/* Go's accept. */
static bool scan_accept(Scanner *s, const char *ok)
{
    return scan_consume(s, ok, true);
}

/* The token built so far, NUL-terminated. */
static char *scan_token(Scanner *s)
{
    char *t = GC_MALLOC_ATOMIC((size_t)s->buf.len + 1);
    if (s->buf.len) memcpy(t, s->buf.p, (size_t)s->buf.len);
    t[s->buf.len] = 0;
    return t;
}

/* Concatenates C strings into a GC string. */
static const char *scan_cat(const char *a, const char *b, const char *c)
{
    size_t na = strlen(a), nb = strlen(b), nc = strlen(c);
    char *r = GC_MALLOC_ATOMIC(na + nb + nc + 1);
    memcpy(r, a, na);
    memcpy(r + na, b, nb);
    memcpy(r + na + nb, c, nc + 1);
    return r;
}

/* Go's okVerb. */
static void scan_ok_verb(Scanner *s, int32_t verb, const char *verbs, const char *typ)
{
    if (verb < 0x80 && strchr(verbs, (int)verb)) return;
    char v[8] = {0};
    str_encode_rune(v, verb);
    scan_error(s, scan_cat(scan_cat("bad verb '%", v, "' for "), typ, ""));
}

/* A strconv.NumError message: "strconv.FN: parsing "tok": what". */
static _Noreturn void scan_num_error(Scanner *s, const char *fn, const char *tok, int err)
{
    char *q = GC_MALLOC_ATOMIC(4 * strlen(tok) + 3);
    int64_t k = numfmt_quote(q, tok, (int64_t)strlen(tok), '"', false);
    q[k] = 0;
    scan_error(s, scan_cat(scan_cat("strconv.", fn, ": parsing "), q,
                           err == ERANGE ? ": value out of range" : ": invalid syntax"));
}

/* Go's scanBasePrefix for %v integers; returns the digit set. */
static const char *scan_base_prefix(Scanner *s, bool *have_digits)
{
    *have_digits = false;
    if (!scan_peek(s, "0")) return "0123456789_";
    scan_accept(s, "0");
    *have_digits = true;
    if (scan_peek(s, "bB")) {
        scan_consume(s, "bB", true);
        return "01_";
    }
    if (scan_peek(s, "oO")) {
        scan_consume(s, "oO", true);
        return "01234567_";
    }
    if (scan_peek(s, "xX")) {
        scan_consume(s, "xX", true);
        return "0123456789aAbBcCdDeEfF_";
    }
    return "01234567_";
}

/* Go's scanNumber. */
static char *scan_number(Scanner *s, const char *digits, bool have_digits)
{
    if (!have_digits) {
        scan_not_eof(s);
        if (!scan_accept(s, digits)) scan_error(s, "expected integer");
    }
    while (scan_accept(s, digits)) {
    }
    return scan_token(s);
}

/* Go's getBase: the base and digit set for an integer verb. */
static int scan_get_base(Scanner *s, int32_t verb, const char **digits)
{
    scan_ok_verb(s, verb, "bdoUxXv", "integer");
    *digits = "0123456789";
    switch (verb) {
    case 'b': *digits = "01"; return 2;
    case 'o': *digits = "01234567"; return 8;
    case 'x': case 'X': case 'U': *digits = "0123456789aAbBcCdDeEfF"; return 16;
    default: return 10;
    }
}

/* Go's scanRune (%c into an integer). */
static int64_t scan_rune(Scanner *s, int bits)
{
    scan_not_eof(s);
    int32_t r = scan_get(s);
    int64_t x = (int64_t)((uint64_t)(int64_t)r << (64 - bits)) >> (64 - bits);
    if (x != r) {
        char v[8] = {0};
        str_encode_rune(v, r);
        scan_error(s, scan_cat("overflow on character value ", v, ""));
    }
    return r;
}

/* Go's scanInt / scanUint. */
static uint64_t scan_integer(Scanner *s, int32_t verb, int bits, bool is_signed)
{
    if (verb == 'c') return (uint64_t)scan_rune(s, bits);
    scan_skip_space(s);
    scan_not_eof(s);
    const char *digits;
    int base = scan_get_base(s, verb, &digits);
    bool have_digits = false;
    if (verb == 'U') {
        if (!scan_consume(s, "U", false) || !scan_consume(s, "+", false)) scan_error(s, "bad unicode format ");
    } else {
        if (is_signed) scan_accept(s, "+-");
        if (verb == 'v') {
            digits = scan_base_prefix(s, &have_digits);
            base = 0;
        }
    }
    char *tok = scan_number(s, digits, have_digits);
    int err;
    if (is_signed) {
        int64_t v;
        if (!numfmt_parse_int(tok, (int64_t)strlen(tok), base, 64, &v, &err)) scan_num_error(s, "ParseInt", tok, err);
        int64_t x = (int64_t)((uint64_t)v << (64 - bits)) >> (64 - bits);
        if (x != v) scan_error(s, scan_cat("integer overflow on token ", tok, ""));
        return (uint64_t)v;
    }
    uint64_t v;
    if (!numfmt_parse_uint(tok, (int64_t)strlen(tok), base, 64, &v, &err)) scan_num_error(s, "ParseUint", tok, err);
    uint64_t x = bits == 64 ? v : v & ((1ULL << bits) - 1);
    if (x != v) scan_error(s, scan_cat("unsigned integer overflow on token ", tok, ""));
    return v;
}

/* Go's floatToken. */
static char *scan_float_token(Scanner *s)
{
    s->buf.len = 0;
    if (scan_accept(s, "nN") && scan_accept(s, "aA") && scan_accept(s, "nN")) return scan_token(s);
    scan_accept(s, "+-");
    if (scan_accept(s, "iI") && scan_accept(s, "nN") && scan_accept(s, "fF")) return scan_token(s);
    const char *digits = "0123456789_", *exp = "eEpP";
    if (scan_accept(s, "0") && scan_accept(s, "xX")) {
        digits = "0123456789aAbBcCdDeEfF_";
        exp = "pP";
    }
    while (scan_accept(s, digits)) {
    }
    if (scan_accept(s, ".")) {
        while (scan_accept(s, digits)) {
        }
    }
    if (scan_accept(s, exp)) {
        scan_accept(s, "+-");
        while (scan_accept(s, "0123456789_")) {
        }
    }
    return scan_token(s);
}

/* Go's convertFloat. */
static double scan_convert_float(Scanner *s, const char *tok, int bits)
{
    const char *p = strchr(tok, 'p');
    bool hex = strchr(tok, 'x') || strchr(tok, 'X');
    double f;
    int err;
    if (p && !hex) {
        if (!numfmt_parse_float(tok, p - tok, bits, &f, &err)) scan_num_error(s, "ParseFloat", tok, err);
        int64_t m;
        if (!numfmt_parse_int(p + 1, (int64_t)strlen(p + 1), 10, 64, &m, &err)) scan_num_error(s, "Atoi", tok, err);
        return ldexp(f, (int)m);
    }
    if (!numfmt_parse_float(tok, (int64_t)strlen(tok), bits, &f, &err)) scan_num_error(s, "ParseFloat", tok, err);
    return f;
}

/* Go's quotedString (with strconv.Unquote for "..."). */
static Value scan_quoted(Scanner *s)
{
    scan_not_eof(s);
    int32_t q = scan_get(s);
    if (q == '`') {
        for (;;) {
            int32_t r = scan_must(s);
            if (r == '`') break;
            scan_put(s, r);
        }
        return str_new(s->buf.p, s->buf.len);
    }
    if (q != '"') scan_error(s, "expected quoted string");
    for (;;) {
        int32_t r = scan_must(s);
        if (r == '"') break;
        if (r == '\n') scan_error(s, "invalid syntax");
        if (r != '\\') {
            scan_put(s, r);
            continue;
        }
        int32_t e = scan_must(s);
        int32_t v = 0;
        int ndig = 0;
        switch (e) {
        case 'a': scan_put(s, '\a'); break;
        case 'b': scan_put(s, '\b'); break;
        case 'f': scan_put(s, '\f'); break;
        case 'n': scan_put(s, '\n'); break;
        case 'r': scan_put(s, '\r'); break;
        case 't': scan_put(s, '\t'); break;
        case 'v': scan_put(s, '\v'); break;
        case '\\': scan_put(s, '\\'); break;
        case '"': scan_put(s, '"'); break;
        case 'x': ndig = 2; break;
        case 'u': ndig = 4; break;
        case 'U': ndig = 8; break;
        default:
            if (e >= '0' && e <= '7') {
                v = e - '0';
                for (int i = 0; i < 2; i++) {
                    int32_t d = scan_must(s);
                    if (d < '0' || d > '7') scan_error(s, "invalid syntax");
                    v = v * 8 + (d - '0');
                }
                if (v > 255) scan_error(s, "invalid syntax");
                char b = (char)v;
                str_buf_write(&s->buf, &b, 1);
                break;
            }
            scan_error(s, "invalid syntax");
        }
        if (ndig) {
            for (int i = 0; i < ndig; i++) {
                int32_t d = scan_must(s);
                int dv = d < 0x80 && isxdigit((int)d) ? (isdigit((int)d) ? d - '0' : (tolower((int)d) - 'a' + 10)) : -1;
                if (dv < 0) scan_error(s, "invalid syntax");
                v = v * 16 + dv;
            }
            if (e == 'x') {
                char b = (char)v;
                str_buf_write(&s->buf, &b, 1);
            } else {
                if (v > STR_MAX_RUNE || (v >= 0xD800 && v <= 0xDFFF)) scan_error(s, "invalid syntax");
                scan_put(s, v);
            }
        }
    }
    return str_new(s->buf.p, s->buf.len);
}

/* Go's convertString: the next word (%s %v), quoted string (%q) or hex (%x). */
static Value scan_convert_string(Scanner *s, int32_t verb)
{
    scan_ok_verb(s, verb, "svqxX", "string");
    scan_skip_space(s);
    scan_not_eof(s);
    if (verb == 'q') return scan_quoted(s);
    if (verb == 'x' || verb == 'X') {
        scan_not_eof(s);
        for (;;) {
            int32_t a = scan_get(s);
            if (a == SCAN_EOF) break;
            if (!(a < 0x80 && isxdigit((int)a))) {
                scan_unread(s, a);
                break;
            }
            int32_t b = scan_must(s);
            if (!(b < 0x80 && isxdigit((int)b))) scan_error(s, "illegal hex digit");
            int hi = isdigit((int)a) ? a - '0' : tolower((int)a) - 'a' + 10;
            int lo = isdigit((int)b) ? b - '0' : tolower((int)b) - 'a' + 10;
            char c = (char)(hi * 16 + lo);
            str_buf_write(&s->buf, &c, 1);
        }
        if (s->buf.len == 0) scan_error(s, "no hex data for %x string");
        return str_new(s->buf.p, s->buf.len);
    }
    scan_skip_space(s);
    for (;;) {
        int32_t r = scan_get(s);
        if (r == SCAN_EOF) break;
        if (scan_is_space(r)) {
            scan_unread(s, r);
            break;
        }
        scan_put(s, r);
    }
    return str_new(s->buf.p, s->buf.len);
}

/* Go's scanBool. */
static bool scan_bool(Scanner *s, int32_t verb)
{
    scan_skip_space(s);
    scan_not_eof(s);
    scan_ok_verb(s, verb, "tv", "boolean");
    switch (scan_get(s)) {
    case '0': return false;
    case '1': return true;
    case 't': case 'T':
        if (scan_accept(s, "rR") && (!scan_accept(s, "uU") || !scan_accept(s, "eE")))
            scan_error(s, "syntax error scanning boolean");
        return true;
    case 'f': case 'F':
        if (scan_accept(s, "aA") && (!scan_accept(s, "lL") || !scan_accept(s, "sS") || !scan_accept(s, "eE")))
            scan_error(s, "syntax error scanning boolean");
        return false;
    default:
        return false;
    }
}

/* The bit size of an integer kind. */
static int scan_bits(Kind k)
{
    switch (k) {
    case KIND_INT8: case KIND_UINT8: return 8;
    case KIND_INT16: case KIND_UINT16: return 16;
    case KIND_INT32: case KIND_UINT32: return 32;
    default: return 64;
    }
}

/* Go's scanOne: scans one operand (a pointer in an interface) with verb. */
static void scan_one(Scanner *s, int32_t verb, Value arg)
{
    s->buf.len = 0;
    Type *t = iface_type(arg);
    if (!t || t->kind != KIND_POINTER) {
        scan_error(s, scan_cat("type not a pointer: ", t ? type_to_string(t) : "<nil>", ""));
    }
    Type *et = t->underlying ? t->underlying->elem : t->elem;
    Value *ptr = iface_value(arg).p;
    if (!ptr) {
        native_panic_runtime(s->ctx, "invalid memory address or nil pointer dereference");
        scan_fail(s, 4, NULL);
    }
    switch (et->kind) {
    case KIND_BOOL:
        ptr->i = scan_bool(s, verb);
        break;
    case KIND_INT: case KIND_INT8: case KIND_INT16: case KIND_INT32: case KIND_INT64:
        ptr->i = (int64_t)scan_integer(s, verb, scan_bits(et->kind), true);
        break;
    case KIND_UINT: case KIND_UINT8: case KIND_UINT16: case KIND_UINT32: case KIND_UINT64:
    case KIND_UINTPTR:
        ptr->u = scan_integer(s, verb, scan_bits(et->kind), false);
        break;
    case KIND_FLOAT32: case KIND_FLOAT64: {
        bool f32 = et->kind == KIND_FLOAT32;
        scan_ok_verb(s, verb, "beEfFgGv", f32 ? "float32" : "float64");
        scan_skip_space(s);
        scan_not_eof(s);
        double f = scan_convert_float(s, scan_float_token(s), f32 ? 32 : 64);
        ptr->f = f32 ? (double)(float)f : f;
        break;
    }
    case KIND_STRING:
        *ptr = scan_convert_string(s, verb);
        break;
    case KIND_SLICE:
        if (et->elem->kind == KIND_UINT8) {
            *ptr = str_to_bytes(scan_convert_string(s, verb));
            break;
        }
        /* fall through */
    default:
        scan_error(s, scan_cat("can't scan type: ", type_to_string(t), ""));
    }
}

/* Go's advance: matches format text (not verbs) against the input; returns
 * the bytes of format consumed, or -1 on a mismatch. */
static int64_t scan_advance(Scanner *s, const char *f, int64_t n)
{
    int64_t i = 0;
    while (i < n) {
        int32_t fc;
        int w = str_decode_rune(f + i, n - i, &fc);
        if (scan_is_space(fc)) {
            int newlines = 0;
            bool trailing = false;
            while (scan_is_space(fc) && i < n) {
                if (fc == '\n') {
                    newlines++;
                    trailing = false;
                } else {
                    trailing = true;
                }
                i += w;
                if (i < n) w = str_decode_rune(f + i, n - i, &fc);
                else fc = SCAN_EOF;
            }
            for (int j = 0; j < newlines; j++) {
                int32_t in = scan_get(s);
                while (scan_is_space(in) && in != '\n') in = scan_get(s);
                if (in != '\n' && in != SCAN_EOF) scan_error(s, "newline in format does not match input");
            }
            if (trailing) {
                int32_t in = scan_get(s);
                if (newlines == 0) {
                    if (!scan_is_space(in) && in != SCAN_EOF) scan_error(s, "expected space in input to match format");
                    if (in == '\n') scan_error(s, "newline in input does not match format");
                }
                while (scan_is_space(in) && in != '\n') in = scan_get(s);
                if (in != SCAN_EOF) scan_unread(s, in);
            }
            continue;
        }
        if (fc == '%') {
            if (i + w == n) scan_error(s, "missing verb: % at end of format string");
            int32_t next;
            str_decode_rune(f + i + w, n - i - w, &next);
            if (next != '%') return i;
            i += w;
        }
        int32_t in = scan_must(s);
        if (fc != in) {
            scan_unread(s, in);
            return -1;
        }
        i += w;
    }
    return i;
}

/* Go's doScan (Scan, Scanln and friends); returns operands processed. */
static int64_t scan_do_scan(Scanner *s, const Value *a, int64_t n, int64_t *processed)
{
    for (int64_t i = 0; i < n; i++) {
        scan_one(s, 'v', a[i]);
        (*processed)++;
    }
    if (s->nl_is_space) return *processed;
    for (;;) {
        int32_t r = scan_get(s);
        if (r == '\n' || r == SCAN_EOF) break;
        if (!scan_is_space(r)) {
            scan_error(s, "expected newline");
        }
    }
    return *processed;
}

/* Go's doScanf. */
static void scan_do_scanf(Scanner *s, const char *f, int64_t flen, const Value *a, int64_t n, int64_t *processed)
{
    int64_t end = flen - 1;
    for (int64_t i = 0; i <= end;) {
        int64_t w = scan_advance(s, f + i, flen - i);
        if (w > 0) {
            i += w;
            continue;
        }
        if (f[i] != '%') {
            if (w < 0) scan_error(s, "input does not match format");
            break;
        }
        i++;
        int wid;
        int64_t ni;
        bool wid_present = fmt_parsenum(f, i, end, &wid, &ni);
        i = ni;
        int64_t max_wid = wid_present ? wid : (1LL << 30);
        int32_t c;
        int cw = str_decode_rune(f + i, flen - i, &c);
        int64_t verb_at = i;
        i += cw;
        if (c != 'c') scan_skip_space(s);
        if (c == '%') {
            scan_skip_space(s);
            scan_not_eof(s);
            if (!scan_accept(s, "%")) scan_error(s, "missing literal %");
            continue;
        }
        s->arg_limit = s->limit;
        if (s->count + max_wid < s->arg_limit) s->arg_limit = s->count + max_wid;
        if (*processed >= n) {
            char *rest = GC_MALLOC_ATOMIC((size_t)(flen - verb_at) + 1);
            memcpy(rest, f + verb_at, (size_t)(flen - verb_at));
            rest[flen - verb_at] = 0;
            scan_error(s, scan_cat("too few operands for format '%", rest, "'"));
        }
        scan_one(s, c, a[*processed]);
        (*processed)++;
        s->arg_limit = s->limit;
    }
    if (*processed < n) scan_error(s, "too many operands");
}

/* func doScan(r io.Reader, str string, src int, mode int, format string,
 * a []any) (n int, kind int, msg string): src 0 the reader r, 1 the string
 * str, 2 standard input; mode 0 Scan, 1 Scanln, 2 Scanf.
 * kind: 0 nil, 1 io.EOF, 2 io.ErrUnexpectedEOF, 3 errors.New(msg). */
static int fmt_doScan(NativeCtx *ctx, Value *args, Value *results)
{
    Scanner *s = GC_MALLOC(sizeof(Scanner));
    s->ctx = ctx;
    s->back = -2;
    if (args[2].i == 1) {
        s->kind = SCAN_STRING;
        s->s = str_ptr(args[1]);
        s->n = str_len(args[1]);
    } else if (args[2].i == 2) {
        s->kind = SCAN_STDIN;
    } else {
        Type *t = iface_type(args[0]);
        if (!t) return native_panic_runtime(ctx, "invalid memory address or nil pointer dereference");
        s->kind = SCAN_READER;
        s->reader = args[0];
        if (t->kind == KIND_POINTER && t->elem && t->elem->name && t->elem->pkg &&
            strcmp(t->elem->name, "File") == 0 && strcmp(t->elem->pkg, "os") == 0 && iface_value(args[0]).p &&
            ((Value *)iface_value(args[0]).p)[0].i == 0)
            s->kind = SCAN_STDIN;
        else if (fmt_has_method(t, "ReadRune") && fmt_has_method(t, "UnreadRune"))
            s->kind = SCAN_RUNE_SCANNER;
    }
    int mode = (int)args[3].i;
    s->nl_is_space = mode == 0;
    s->nl_is_end = mode == 1;
    s->limit = s->arg_limit = INT64_MAX;
    int64_t n;
    const Value *a = fmt_operands(args[5], &n);
    /* Kept in the heap object: the count survives the longjmp. */
    int64_t *processed = GC_MALLOC_ATOMIC(sizeof(int64_t));
    *processed = 0;
    if (setjmp(s->fail) == 0) {
        if (mode == 2) scan_do_scanf(s, str_ptr(args[4]), str_len(args[4]), a, n, processed);
        else scan_do_scan(s, a, n, processed);
    }
    /* A rune read ahead and pushed back is dropped, as Go's readRune wrapper
     * (os.Stdin is not an io.RuneScanner) discards it with the scan state. */
    if (s->err_kind == 4) return NATIVE_PANIC;
    results[0].i = *processed;
    results[1].i = s->err_kind;
    results[2] = s->err_msg ? str_cstr(s->err_msg) : (Value){.p = NULL};
    return NATIVE_OK;
}

/* func setFormatHook(f func(Formatter, int, int, bool, bool, string, rune) string) */
static int fmt_setFormatHook(NativeCtx *ctx, Value *args, Value *results)
{
    fmt_format_hook = args[0];
    return NATIVE_OK;
}

const NativeFunc fmt_natives[] = {
    {"Print", fmt_Print},
    {"Println", fmt_Println},
    {"Printf", fmt_Printf},
    {"Sprint", fmt_Sprint},
    {"Sprintln", fmt_Sprintln},
    {"Sprintf", fmt_Sprintf},
    {"Fprint", fmt_Fprint},
    {"Fprintln", fmt_Fprintln},
    {"Fprintf", fmt_Fprintf},
    {"Append", fmt_Append},
    {"Appendln", fmt_Appendln},
    {"Appendf", fmt_Appendf},
    {"errorf", fmt_errorf},
    {"doScan", fmt_doScan},
    {"setFormatHook", fmt_setFormatHook},
    {NULL, NULL},
};
