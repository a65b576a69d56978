/*
 * Complex arithmetic on the immutable Complex pairs of runtime/value.h.
 *
 * Invariants:
 * - A result is a fresh pointer-free GC object, or NULL when both parts are
 *   +0 (so zero values and fresh results compare and print alike); a Complex
 *   is never written after cplx_new returns it.
 * - Results are bit-identical to Go's amd64 code: plain IEEE double
 *   operations in Go's order (no fused multiply-add), division by Smith's
 *   algorithm with C99's infinity/NaN recovery as runtime.complex128div.
 */
#include "runtime/cplx.h"

#include <gc/gc.h>
#include <math.h>
#include <string.h>

Value cplx_new(double re, double im)
{
    Value v;
    uint64_t a, b;
    memcpy(&a, &re, sizeof a);
    memcpy(&b, &im, sizeof b);
    if ((a | b) == 0) {
        v.p = NULL;
        return v;
    }
    Complex *c = GC_MALLOC_ATOMIC(sizeof(Complex));
    c->re = re;
    c->im = im;
    v.p = c;
    return v;
}

Value cplx_round64(Value v)
{
    if (!v.p) return v;
    return cplx_new((float)cplx_real(v), (float)cplx_imag(v));
}

Value cplx_add(Value a, Value b) { return cplx_new(cplx_real(a) + cplx_real(b), cplx_imag(a) + cplx_imag(b)); }

Value cplx_sub(Value a, Value b) { return cplx_new(cplx_real(a) - cplx_real(b), cplx_imag(a) - cplx_imag(b)); }

Value cplx_mul(Value a, Value b)
{
    double x = cplx_real(a), y = cplx_imag(a), u = cplx_real(b), w = cplx_imag(b);
    double rr = x * u, ii = y * w, ri = x * w, ir = y * u;
    return cplx_new(rr - ii, ri + ir);
}

Value cplx_neg(Value v) { return cplx_new(-cplx_real(v), -cplx_imag(v)); }

bool cplx_equal(Value a, Value b) { return cplx_real(a) == cplx_real(b) && cplx_imag(a) == cplx_imag(b); }

/* A signed 1 if f is an infinity, a signed 0 otherwise (Go's inf2one). */
static double inf2one(double f) { return copysign(isinf(f) ? 1.0 : 0.0, f); }

Value cplx_div(Value n, Value m)
{
    double a = cplx_real(n), b = cplx_imag(n), c = cplx_real(m), d = cplx_imag(m);
    double e, f;
    if (fabs(c) >= fabs(d)) {
        double ratio = d / c;
        double denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        double ratio = c / d;
        double denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if (isnan(e) && isnan(f)) {
        if (c == 0 && d == 0 && (!isnan(a) || !isnan(b))) {
            e = copysign(INFINITY, c) * a;
            f = copysign(INFINITY, c) * b;
        } else if ((isinf(a) || isinf(b)) && isfinite(c) && isfinite(d)) {
            a = inf2one(a);
            b = inf2one(b);
            e = INFINITY * (a * c + b * d);
            f = INFINITY * (b * c - a * d);
        } else if ((isinf(c) || isinf(d)) && isfinite(a) && isfinite(b)) {
            c = inf2one(c);
            d = inf2one(d);
            e = 0 * (a * c + b * d);
            f = 0 * (b * c - a * d);
        }
    }
    return cplx_new(e, f);
}
