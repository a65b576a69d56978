/*
 * Exact constant arithmetic with GMP.
 *
 * Invariants:
 * - Integers are mpz, floats exact rationals (mpq), complex numbers a pair
 *   of exact rationals (q real, qi imaginary); nothing rounds until
 *   const_representable/const_value convert to a typed float, which rounds
 *   to nearest, ties to even (float32 rounds the float64 result again).
 * - The GMP limbs are malloc'ed by GMP and live as long as the process (the
 *   checker makes a bounded number of constants); the Const headers are GC
 *   memory.
 * - Exponents of literals are bounded so a pathological literal cannot make
 *   GMP allocate without bound.
 */
#include "parser/constant.h"
#include "runtime/cplx.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Allocates a zeroed constant of a kind with its GMP field initialised. */
static Const *new_const(ConstKind k) {
    Const *c = GC_MALLOC(sizeof(Const));
    c->kind = k;
    if (k == CK_INT) mpz_init(c->z);
    if (k == CK_FLOAT || k == CK_COMPLEX) mpq_init(c->q);
    if (k == CK_COMPLEX) mpq_init(c->qi);
    return c;
}

Const *const_bool(bool b) {
    Const *c = new_const(CK_BOOL);
    c->b = b;
    return c;
}

Const *const_int64(int64_t v) {
    Const *c = new_const(CK_INT);
    char buf[32];
    snprintf(buf, sizeof buf, "%lld", (long long)v);
    mpz_set_str(c->z, buf, 10);
    return c;
}

Const *const_uint64(uint64_t v) {
    Const *c = new_const(CK_INT);
    char buf[32];
    snprintf(buf, sizeof buf, "%llu", (unsigned long long)v);
    mpz_set_str(c->z, buf, 10);
    return c;
}

Const *const_string(const char *s, int64_t len) {
    Const *c = new_const(CK_STRING);
    c->s = s;
    c->len = len;
    return c;
}

Const *const_float_d(double d) {
    Const *c = new_const(CK_FLOAT);
    if (isfinite(d)) mpq_set_d(c->q, d);
    return c;
}

/* Multiplies q by base^exp (exp may be negative). */
static void scale(mpq_t q, int base, long exp) {
    mpz_t p;
    mpz_init(p);
    mpz_ui_pow_ui(p, (unsigned long)base, (unsigned long)(exp < 0 ? -exp : exp));
    mpq_t f;
    mpq_init(f);
    mpq_set_z(f, p);
    if (exp < 0) mpq_div(q, q, f);
    else mpq_mul(q, q, f);
    mpq_clear(f);
    mpz_clear(p);
}

/* Copies the literal without '_' separators into a GC buffer. */
static char *strip(const char *raw) {
    size_t n = strlen(raw);
    char *s = GC_MALLOC_ATOMIC(n + 1);
    size_t j = 0;
    for (size_t i = 0; i < n; i++)
        if (raw[i] != '_') s[j++] = raw[i];
    s[j] = 0;
    return s;
}

/* Parses a float literal (decimal or hexadecimal) into q; false if malformed. */
static bool parse_float(const char *s, mpq_t q) {
    int base = 10;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        s += 2;
    }
    mpz_t mant;
    mpz_init(mant);
    long frac = 0;
    bool dot = false, any = false;
    for (; *s; s++) {
        int d;
        if (*s == '.') {
            dot = true;
            continue;
        }
        if (*s >= '0' && *s <= '9') d = *s - '0';
        else if (base == 16 && *s >= 'a' && *s <= 'f') d = *s - 'a' + 10;
        else if (base == 16 && *s >= 'A' && *s <= 'F') d = *s - 'A' + 10;
        else break;
        mpz_mul_ui(mant, mant, (unsigned long)base);
        mpz_add_ui(mant, mant, (unsigned long)d);
        if (dot) frac++;
        any = true;
    }
    long exp = 0;
    if (*s == 'e' || *s == 'E' || *s == 'p' || *s == 'P') {
        s++;
        int sign = 1;
        if (*s == '+' || *s == '-') sign = *s++ == '-' ? -1 : 1;
        if (!(*s >= '0' && *s <= '9')) {
            mpz_clear(mant);
            return false;
        }
        while (*s >= '0' && *s <= '9') {
            if (exp < 100000000) exp = exp * 10 + (*s - '0');
            s++;
        }
        exp *= sign;
    }
    if (*s || !any || exp > 1000000 || exp < -1000000) {
        mpz_clear(mant);
        return false;
    }
    mpq_set_z(q, mant);
    mpz_clear(mant);
    if (base == 16) {
        scale(q, 2, exp - 4 * frac);
    } else {
        scale(q, 10, exp - frac);
    }
    mpq_canonicalize(q);
    return true;
}

Const *const_from_literal(LitKind kind, const char *raw) {
    char *s = strip(raw);
    if (kind == LIT_INT) {
        Const *c = new_const(CK_INT);
        int base = 10;
        const char *p = s;
        if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) base = 16, p += 2;
        else if (p[0] == '0' && (p[1] == 'b' || p[1] == 'B')) base = 2, p += 2;
        else if (p[0] == '0' && (p[1] == 'o' || p[1] == 'O')) base = 8, p += 2;
        else if (p[0] == '0' && p[1]) base = 8, p += 1;
        if (!*p || mpz_set_str(c->z, p, base) != 0) return NULL;
        return c;
    }
    if (kind == LIT_FLOAT) {
        Const *c = new_const(CK_FLOAT);
        if (!parse_float(s, c->q)) return NULL;
        return c;
    }
    if (kind == LIT_IMAG) {
        /* The digits before 'i' are an int or float literal; a leading 0
         * is decimal here (0123i is 123i), so only prefixed ints are ints. */
        size_t n = strlen(s);
        if (n < 2 || s[n - 1] != 'i') return NULL;
        s[n - 1] = 0;
        bool prefixed = s[0] == '0' && strchr("xXbBoO", s[1]) && s[1];
        bool hexfloat = prefixed && (s[1] == 'x' || s[1] == 'X') && strpbrk(s, ".pP");
        Const *im = prefixed && !hexfloat ? const_from_literal(LIT_INT, s) : const_from_literal(LIT_FLOAT, s);
        if (!im) return NULL;
        return const_make_complex(const_int64(0), im);
    }
    return NULL;
}

Const *const_to_int(const Const *c) {
    if (c->kind == CK_COMPLEX) {
        if (mpq_sgn(c->qi) != 0) return NULL;
        c = const_real(c);
    }
    if (c->kind != CK_FLOAT) return (Const *)c;
    if (mpz_cmp_ui(mpq_denref(c->q), 1) != 0) return NULL;
    Const *r = new_const(CK_INT);
    mpz_set(r->z, mpq_numref(c->q));
    return r;
}

Const *const_to_float(const Const *c) {
    if (c->kind == CK_COMPLEX && mpq_sgn(c->qi) == 0) return const_real(c);
    if (c->kind != CK_INT) return (Const *)c;
    Const *r = new_const(CK_FLOAT);
    mpq_set_z(r->q, c->z);
    return r;
}

Const *const_to_complex(const Const *c) {
    if (c->kind != CK_INT && c->kind != CK_FLOAT) return (Const *)c;
    Const *r = new_const(CK_COMPLEX);
    mpq_set(r->q, const_to_float(c)->q);
    return r;
}

Const *const_make_complex(const Const *re, const Const *im) {
    Const *r = new_const(CK_COMPLEX);
    mpq_set(r->q, const_to_float(re)->q);
    mpq_set(r->qi, const_to_float(im)->q);
    return r;
}

Const *const_real(const Const *c) {
    if (c->kind != CK_COMPLEX) return const_to_float(c);
    Const *r = new_const(CK_FLOAT);
    mpq_set(r->q, c->q);
    return r;
}

Const *const_imag(const Const *c) {
    Const *r = new_const(CK_FLOAT);
    if (c->kind == CK_COMPLEX) mpq_set(r->q, c->qi);
    return r;
}

/* x op y on two complex constants (NULL on division by zero). */
static Const *complex_binary(Op op, const Const *x, const Const *y) {
    Const *r = new_const(CK_COMPLEX);
    mpq_t t, u, d;
    mpq_inits(t, u, d, NULL);
    switch (op) {
    case OP_ADD:
        mpq_add(r->q, x->q, y->q);
        mpq_add(r->qi, x->qi, y->qi);
        break;
    case OP_SUB:
        mpq_sub(r->q, x->q, y->q);
        mpq_sub(r->qi, x->qi, y->qi);
        break;
    case OP_MUL:
        mpq_mul(t, x->q, y->q);
        mpq_mul(u, x->qi, y->qi);
        mpq_sub(r->q, t, u);
        mpq_mul(t, x->q, y->qi);
        mpq_mul(u, x->qi, y->q);
        mpq_add(r->qi, t, u);
        break;
    case OP_QUO:
        /* (a+bi)/(c+di) = ((ac+bd) + (bc-ad)i) / (c*c+d*d) */
        mpq_mul(t, y->q, y->q);
        mpq_mul(u, y->qi, y->qi);
        mpq_add(d, t, u);
        if (!mpq_sgn(d)) {
            mpq_clears(t, u, d, NULL);
            return NULL;
        }
        mpq_mul(t, x->q, y->q);
        mpq_mul(u, x->qi, y->qi);
        mpq_add(r->q, t, u);
        mpq_div(r->q, r->q, d);
        mpq_mul(t, x->qi, y->q);
        mpq_mul(u, x->q, y->qi);
        mpq_sub(r->qi, t, u);
        mpq_div(r->qi, r->qi, d);
        break;
    default: break;
    }
    mpq_clears(t, u, d, NULL);
    return r;
}

Const *const_unary(Op op, const Const *x, int ubits) {
    Const *r;
    switch (op) {
    case OP_ADD:
        return (Const *)x;
    case OP_SUB:
        r = new_const(x->kind);
        if (x->kind == CK_INT) mpz_neg(r->z, x->z);
        else mpq_neg(r->q, x->q);
        if (x->kind == CK_COMPLEX) mpq_neg(r->qi, x->qi);
        return r;
    case OP_XOR:
        r = new_const(CK_INT);
        if (ubits > 0) {
            mpz_t m;
            mpz_init(m);
            mpz_setbit(m, (mp_bitcnt_t)ubits);
            mpz_sub_ui(m, m, 1);
            mpz_xor(r->z, x->z, m);
            mpz_clear(m);
        } else {
            mpz_com(r->z, x->z);
        }
        return r;
    case OP_NOT:
        return const_bool(!x->b);
    default:
        return (Const *)x;
    }
}

Const *const_binary(Op op, const Const *x, const Const *y, bool intdiv) {
    if (x->kind == CK_BOOL) {
        if (op == OP_LAND) return const_bool(x->b && y->b);
        if (op == OP_LOR) return const_bool(x->b || y->b);
        return (Const *)x;
    }
    if (x->kind == CK_STRING) {
        char *s = GC_MALLOC_ATOMIC((size_t)(x->len + y->len + 1));
        memcpy(s, x->s, (size_t)x->len);
        memcpy(s + x->len, y->s, (size_t)y->len);
        s[x->len + y->len] = 0;
        return const_string(s, x->len + y->len);
    }
    if (x->kind == CK_INT && y->kind == CK_INT && !(op == OP_QUO && !intdiv)) {
        Const *r = new_const(CK_INT);
        switch (op) {
        case OP_ADD: mpz_add(r->z, x->z, y->z); break;
        case OP_SUB: mpz_sub(r->z, x->z, y->z); break;
        case OP_MUL: mpz_mul(r->z, x->z, y->z); break;
        case OP_QUO:
            if (!mpz_sgn(y->z)) return NULL;
            mpz_tdiv_q(r->z, x->z, y->z);
            break;
        case OP_REM:
            if (!mpz_sgn(y->z)) return NULL;
            mpz_tdiv_r(r->z, x->z, y->z);
            break;
        case OP_AND: mpz_and(r->z, x->z, y->z); break;
        case OP_OR: mpz_ior(r->z, x->z, y->z); break;
        case OP_XOR: mpz_xor(r->z, x->z, y->z); break;
        case OP_AND_NOT: {
            mpz_t t;
            mpz_init(t);
            mpz_com(t, y->z);
            mpz_and(r->z, x->z, t);
            mpz_clear(t);
            break;
        }
        default: break;
        }
        return r;
    }
    if (x->kind == CK_COMPLEX || y->kind == CK_COMPLEX) return complex_binary(op, const_to_complex(x), const_to_complex(y));
    Const *a = const_to_float(x), *b = const_to_float(y);
    Const *r = new_const(CK_FLOAT);
    switch (op) {
    case OP_ADD: mpq_add(r->q, a->q, b->q); break;
    case OP_SUB: mpq_sub(r->q, a->q, b->q); break;
    case OP_MUL: mpq_mul(r->q, a->q, b->q); break;
    case OP_QUO:
        if (!mpq_sgn(b->q)) return NULL;
        mpq_div(r->q, a->q, b->q);
        break;
    default: break;
    }
    return r;
}

Const *const_shift(Op op, const Const *x, uint64_t s) {
    Const *xi = const_to_int(x);
    if (!xi) return NULL;
    Const *r = new_const(CK_INT);
    if (op == OP_SHL) mpz_mul_2exp(r->z, xi->z, (mp_bitcnt_t)s);
    else mpz_fdiv_q_2exp(r->z, xi->z, (mp_bitcnt_t)s);
    return r;
}

bool const_compare(Op op, const Const *x, const Const *y) {
    int c = 0;
    if (x->kind == CK_BOOL) {
        c = x->b == y->b ? 0 : 1;
    } else if (x->kind == CK_STRING) {
        int64_t n = x->len < y->len ? x->len : y->len;
        c = memcmp(x->s, y->s, (size_t)n);
        if (c == 0) c = x->len < y->len ? -1 : x->len > y->len;
    } else if (x->kind == CK_COMPLEX || y->kind == CK_COMPLEX) {
        Const *a = const_to_complex(x), *b = const_to_complex(y);
        c = !mpq_equal(a->q, b->q) || !mpq_equal(a->qi, b->qi);
    } else if (x->kind == CK_INT && y->kind == CK_INT) {
        c = mpz_cmp(x->z, y->z);
    } else {
        c = mpq_cmp(const_to_float(x)->q, const_to_float(y)->q);
    }
    switch (op) {
    case OP_EQL: return c == 0;
    case OP_NEQ: return c != 0;
    case OP_LSS: return c < 0;
    case OP_LEQ: return c <= 0;
    case OP_GTR: return c > 0;
    case OP_GEQ: return c >= 0;
    default: return false;
    }
}

/* Rounds an exact rational to the nearest double (ties to even); sets
 * *overflow if its magnitude exceeds the largest finite double. */
/* Whether |q| >= 2^bit - 2^low, the bound at and above which rounding to a
 * float overflows (bit 1024 and low 970 for float64, 128 and 103 for
 * float32). Decided from the bit lengths when |q| is far from it. */
static bool past_float_bound(const mpq_t q, int bit, int low) {
    /* |q| < 2^(nbits(num) - nbits(den) + 1). */
    long e = (long)mpz_sizeinbase(mpq_numref(q), 2) - (long)mpz_sizeinbase(mpq_denref(q), 2);
    if (e + 1 < bit) return false;
    mpz_t z, h;
    mpz_inits(z, h, NULL);
    mpz_setbit(z, (mp_bitcnt_t)bit);
    mpz_setbit(h, (mp_bitcnt_t)low);
    mpz_sub(z, z, h);
    mpq_t th, a;
    mpq_inits(th, a, NULL);
    mpq_set_z(th, z);
    mpq_abs(a, q);
    bool past = mpq_cmp(a, th) >= 0;
    mpq_clears(th, a, NULL);
    mpz_clears(z, h, NULL);
    return past;
}

static double round_double(const mpq_t q, bool *overflow) {
    *overflow = false;
    if (mpq_sgn(q) == 0) return 0.0;
    /* Overflow iff |q| >= MaxFloat64 + half its ulp (2^1024 - 2^970). */
    if (past_float_bound(q, 1024, 970)) {
        *overflow = true;
        return mpq_sgn(q) < 0 ? -HUGE_VAL : HUGE_VAL;
    }
    mpq_t a;
    mpq_init(a);
    mpq_abs(a, q);
    double d = mpq_get_d(a); /* truncated toward zero */
    double d2 = nextafter(d, HUGE_VAL);
    if (!isfinite(d2)) {
        mpq_clear(a);
        return mpq_sgn(q) < 0 ? -d : d; /* below the rounding bound: MaxFloat64 */
    }
    if (isfinite(d2)) {
        mpq_t lo, hi, mid;
        mpq_inits(lo, hi, mid, NULL);
        mpq_set_d(lo, d);
        mpq_set_d(hi, d2);
        mpq_add(mid, lo, hi);
        mpq_div_2exp(mid, mid, 1);
        int c = mpq_cmp(a, mid);
        if (c > 0) d = d2;
        else if (c == 0) {
            uint64_t bits;
            memcpy(&bits, &d, sizeof bits);
            if (bits & 1) d = d2;
        }
        mpq_clears(lo, hi, mid, NULL);
    }
    mpq_clear(a);
    return mpq_sgn(q) < 0 ? -d : d;
}

/* Rounds an exact rational to float64 (or float32 when f32) in *d; false
 * if it overflows the type. */
static bool round_float(const mpq_t q, bool f32, double *d) {
    bool ovf;
    *d = round_double(q, &ovf);
    if (f32) {
        /* Overflow iff |c| >= MaxFloat32 + half its ulp (2^128 - 2^103),
         * which rounds to infinity; below that it rounds to a finite float. */
        ovf = past_float_bound(q, 128, 103);
        if (!ovf) {
            float f = (float)*d;
            if (isinf(f)) f = *d < 0 ? -FLT_MAX : FLT_MAX;
            *d = f;
        }
    }
    return !ovf;
}

bool const_representable(const Const *c, Type *t, Const **out, bool *overflow) {
    Type *u = t->underlying ? t->underlying : t;
    Kind k = u->kind;
    if (overflow) *overflow = false;
    if (out) *out = (Const *)c;
    if (k == KIND_BOOL || k == KIND_UNTYPED_BOOL) return c->kind == CK_BOOL;
    if (k == KIND_STRING || k == KIND_UNTYPED_STRING) return c->kind == CK_STRING;
    if (type_is_integer(u)) {
        if (c->kind == CK_COMPLEX) {
            c = const_to_int(c);
            if (!c) return false;
        }
        if (c->kind != CK_INT && c->kind != CK_FLOAT) return false;
        Const *ci = const_to_int(c);
        if (!ci) return false;
        if (out) *out = ci;
        if (k == KIND_UNTYPED_INT || k == KIND_UNTYPED_RUNE) return true;
        int bits = (int)u->size * 8;
        bool uns = type_is_unsigned(u);
        mpz_t lo, hi;
        mpz_inits(lo, hi, NULL);
        if (uns) {
            mpz_setbit(hi, (mp_bitcnt_t)bits);
            mpz_sub_ui(hi, hi, 1);
        } else {
            mpz_setbit(hi, (mp_bitcnt_t)(bits - 1));
            mpz_neg(lo, hi);
            mpz_sub_ui(hi, hi, 1);
        }
        bool ok = mpz_cmp(ci->z, lo) >= 0 && mpz_cmp(ci->z, hi) <= 0;
        mpz_clears(lo, hi, NULL);
        if (!ok && overflow) *overflow = true;
        return ok;
    }
    if (type_is_complex(u)) {
        if (c->kind != CK_INT && c->kind != CK_FLOAT && c->kind != CK_COMPLEX) return false;
        Const *cc = const_to_complex(c);
        if (out) *out = cc;
        if (k == KIND_UNTYPED_COMPLEX) return true;
        double re, im;
        if (!round_float(cc->q, k == KIND_COMPLEX64, &re) || !round_float(cc->qi, k == KIND_COMPLEX64, &im)) {
            if (overflow) *overflow = true;
            return false;
        }
        if (out) *out = const_make_complex(const_float_d(re), const_float_d(im));
        return true;
    }
    if (type_is_float(u)) {
        if (c->kind == CK_COMPLEX) c = const_to_float(c);
        if (c->kind != CK_INT && c->kind != CK_FLOAT) return false;
        Const *cf = const_to_float(c);
        if (k == KIND_UNTYPED_FLOAT) {
            if (out) *out = cf;
            return true;
        }
        double d;
        if (!round_float(cf->q, k == KIND_FLOAT32, &d)) {
            if (overflow) *overflow = true;
            return false;
        }
        if (out) *out = const_float_d(d);
        return true;
    }
    return false;
}

Value const_value(const Const *c, Type *t) {
    Value v;
    v.u = 0;
    Type *u = t && t->underlying ? t->underlying : t;
    if (u && type_is_complex(u)) c = const_to_complex(c);
    switch (c->kind) {
    case CK_COMPLEX: {
        bool o;
        double re = round_double(c->q, &o), im = round_double(c->qi, &o);
        if (u && u->kind == KIND_COMPLEX64) re = (float)re, im = (float)im;
        if (!(u && type_is_complex(u))) return (Value){.f = re}; /* a float or int type: imag is 0 */
        return cplx_new(re, im);
    }
    case CK_BOOL:
        v.i = c->b;
        break;
    case CK_STRING: {
        GoString *g = GC_MALLOC(sizeof(GoString));
        char *p = GC_MALLOC_ATOMIC((size_t)c->len + 1);
        memcpy(p, c->s, (size_t)c->len);
        p[c->len] = 0;
        g->ptr = p;
        g->len = c->len;
        v.p = c->len ? g : NULL;
        if (!c->len) v.p = NULL;
        break;
    }
    case CK_INT:
        if (u && type_is_float(u)) {
            bool o;
            mpq_t q;
            mpq_init(q);
            mpq_set_z(q, c->z);
            v.f = round_double(q, &o);
            if (u->kind == KIND_FLOAT32) v.f = (float)v.f;
            mpq_clear(q);
        } else if (mpz_sgn(c->z) < 0) {
            int64_t i = 0;
            const_int64_of(c, &i);
            v.i = i;
        } else {
            uint64_t x = 0;
            const_uint64_of(c, &x);
            v.u = x;
        }
        break;
    case CK_FLOAT: {
        Const *ci = u && type_is_integer(u) ? const_to_int(c) : NULL;
        if (ci) return const_value(ci, t);
        bool o;
        v.f = round_double(c->q, &o);
        if (u && u->kind == KIND_FLOAT32) v.f = (float)v.f;
        break;
    }
    }
    return v;
}

/* Formats a double like Go's %.6g, with Go's exponent spelling (e+06). */
static const char *fmt_g6(double d) {
    char buf[64];
    snprintf(buf, sizeof buf, "%.6g", d);
    char *s = GC_MALLOC_ATOMIC(strlen(buf) + 1);
    strcpy(s, buf);
    return s;
}

/* Go's %.6g of an exact rational, also beyond float64's range. */
static const char *repr_q(const mpq_t q) {
    bool o;
    double d = round_double(q, &o);
    if (!o && (d != 0 || mpq_sgn(q) == 0) && fabs(d) >= DBL_MIN) return fmt_g6(d);
    if (mpq_sgn(q) == 0) return "0";
    mpf_t f;
    mpf_init2(f, 128);
    mpf_set_q(f, q);
    mp_exp_t e;
    char *digits = mpf_get_str(NULL, &e, 10, 6, f);
    mpf_clear(f);
    const char *ds = digits[0] == '-' ? digits + 1 : digits;
    size_t n = strlen(ds);
    while (n > 1 && ds[n - 1] == '0') n--;
    char buf[64];
    long x = (long)e - 1;
    snprintf(buf, sizeof buf, "%s%c%s%.*s%se%c%02ld", digits[0] == '-' ? "-" : "", ds[0], n > 1 ? "." : "",
             (int)(n - 1), ds + 1, "", x < 0 ? '-' : '+', x < 0 ? -x : x);
    free(digits);
    char *r = GC_MALLOC_ATOMIC(strlen(buf) + 1);
    strcpy(r, buf);
    return r;
}

const char *const_repr(const Const *c) {
    switch (c->kind) {
    case CK_BOOL:
        return c->b ? "true" : "false";
    case CK_INT: {
        char *s = mpz_get_str(NULL, 10, c->z);
        char *g = GC_MALLOC_ATOMIC(strlen(s) + 1);
        strcpy(g, s);
        free(s);
        return g;
    }
    case CK_FLOAT:
        return repr_q(c->q);
    case CK_COMPLEX: {
        const char *re = repr_q(c->q), *im = repr_q(c->qi);
        char *s = GC_MALLOC_ATOMIC(strlen(re) + strlen(im) + 8);
        sprintf(s, "(%s + %si)", re, im);
        return s;
    }
    case CK_STRING: {
        /* Quoted, shortened like go/constant (at most 72 bytes shown). */
        int64_t n = c->len;
        bool cut = n > 72;
        if (cut) n = 69;
        char *s = GC_MALLOC_ATOMIC((size_t)n * 4 + 8);
        size_t j = 0;
        s[j++] = '"';
        for (int64_t i = 0; i < n; i++) {
            unsigned char ch = (unsigned char)c->s[i];
            if (ch == '"' || ch == '\\') {
                s[j++] = '\\';
                s[j++] = (char)ch;
            } else if (ch == '\n') {
                s[j++] = '\\';
                s[j++] = 'n';
            } else if (ch == '\t') {
                s[j++] = '\\';
                s[j++] = 't';
            } else if (ch < 0x20 || ch == 0x7f) {
                j += (size_t)sprintf(s + j, "\\x%02x", ch);
            } else {
                s[j++] = (char)ch;
            }
        }
        if (cut) {
            memcpy(s + j, "...", 3);
            j += 3;
        }
        s[j++] = '"';
        s[j] = 0;
        return s;
    }
    }
    return "?";
}

int const_sign(const Const *c) {
    if (c->kind == CK_INT) return mpz_sgn(c->z);
    if (c->kind == CK_FLOAT) return mpq_sgn(c->q);
    if (c->kind == CK_COMPLEX) return mpq_sgn(c->q) || mpq_sgn(c->qi);
    return 0;
}

bool const_int64_of(const Const *c, int64_t *out) {
    const Const *ci = const_to_int(c);
    if (!ci || ci->kind != CK_INT) return false;
    if (!mpz_fits_slong_p(ci->z)) return false;
    *out = mpz_get_si(ci->z);
    return true;
}

bool const_uint64_of(const Const *c, uint64_t *out) {
    const Const *ci = const_to_int(c);
    if (!ci || ci->kind != CK_INT) return false;
    if (mpz_sgn(ci->z) < 0 || mpz_sizeinbase(ci->z, 2) > 64) return false;
    *out = mpz_get_ui(ci->z);
    return true;
}
