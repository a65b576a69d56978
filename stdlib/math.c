/*
 * Package math's natives over the C library, with Go's special cases where
 * C differs (Max/Min with NaN and signed zeros, Log2 of exact powers of two,
 * Pow computed by Go's own algorithm, Frexp/Ilogb/Logb conventions).
 *
 * Invariants: a float64 argument or result is a raw double in the Value; a
 * float32 one is a double already rounded to float32.
 */
#include "stdlib/math.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Go's Log2E and Log10E: 1/Ln2 and 1/Ln10 rounded once from exact values. */
#define MATH_LOG2E 1.44269504088896340735992468100189213742664595415298593413544940
#define MATH_LOG10E 0.43429448190325182765112891891660508229439700580366656611445378

/* Defines a native `func Name(x float64) float64` over a C function. */
#define MATH_F1(Name, expr) \
    static int math_##Name(NativeCtx *ctx, Value *a, Value *r) \
    { \
        double x = a[0].f; \
        r[0].f = (expr); \
        return NATIVE_OK; \
    }

/* Defines a native `func Name(x, y float64) float64`. */
#define MATH_F2(Name, expr) \
    static int math_##Name(NativeCtx *ctx, Value *a, Value *r) \
    { \
        double x = a[0].f, y = a[1].f; \
        r[0].f = (expr); \
        return NATIVE_OK; \
    }

/* Go's Frexp: f == frac * 2**exp with |frac| in [0.5, 1). */
static double math_frexp(double f, int *e)
{
    *e = 0;
    if (f == 0 || isinf(f) || isnan(f)) return f;
    return frexp(f, e);
}

/* Go's Ldexp, with C's exact handling of subnormal results. */
static double math_ldexp(double frac, int64_t e)
{
    if (e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    return ldexp(frac, (int)e);
}

/* Whether x is an odd integer. */
static bool math_is_odd_int(double x)
{
    if (fabs(x) >= 9007199254740992.0) return false;
    double i;
    double f = modf(x, &i);
    return f == 0 && fmod(i, 2) != 0;
}

/* Go's Pow, ported from math/pow.go so results agree bit for bit. */
static double math_pow(double x, double y)
{
    if (y == 0 || x == 1) return 1;
    if (y == 1) return x;
    if (isnan(x) || isnan(y)) return NAN;
    if (x == 0) {
        if (y < 0) return math_is_odd_int(y) ? copysign(INFINITY, x) : INFINITY;
        if (y > 0) return math_is_odd_int(y) ? x : 0;
    }
    if (isinf(y)) {
        if (x == -1) return 1;
        if ((fabs(x) < 1) == (y > 0)) return 0;
        return INFINITY;
    }
    if (isinf(x)) {
        if (x < 0) return math_pow(1 / x, -y);
        if (y < 0) return 0;
        if (y > 0) return INFINITY;
    }
    if (y == 0.5) return sqrt(x);
    if (y == -0.5) return 1 / sqrt(x);
    double yi;
    double yf = modf(fabs(y), &yi);
    if (yf != 0 && x < 0) return NAN;
    if (yi >= 9223372036854775808.0) {
        if (x == -1) return 1;
        if ((fabs(x) < 1) == (y > 0)) return 0;
        return INFINITY;
    }
    double a1 = 1.0;
    int64_t ae = 0;
    if (yf != 0) {
        if (yf > 0.5) {
            yf--;
            yi++;
        }
        a1 = exp(yf * log(x));
    }
    int xe32;
    double x1 = math_frexp(x, &xe32);
    int64_t xe = xe32;
    for (int64_t i = (int64_t)yi; i != 0; i >>= 1) {
        if (xe < -(1 << 12) || (1 << 12) < xe) {
            ae += xe;
            break;
        }
        if ((i & 1) == 1) {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe <<= 1;
        if (x1 < .5) {
            x1 += x1;
            xe--;
        }
    }
    if (y < 0) {
        a1 = 1 / a1;
        ae = -ae;
    }
    return math_ldexp(a1, ae);
}

/* Go's Max: NaN wins, +0 beats -0. */
static double math_max(double x, double y)
{
    if (isinf(x) && x > 0) return x;
    if (isinf(y) && y > 0) return y;
    if (isnan(x) || isnan(y)) return NAN;
    if (x == 0 && x == y) return signbit(x) ? y : x;
    return x > y ? x : y;
}

/* Go's Min: NaN wins, -0 beats +0. */
static double math_min(double x, double y)
{
    if (isinf(x) && x < 0) return x;
    if (isinf(y) && y < 0) return y;
    if (isnan(x) || isnan(y)) return NAN;
    if (x == 0 && x == y) return signbit(x) ? x : y;
    return x < y ? x : y;
}

/* Go's Log2: exact for powers of two. */
static double math_log2(double x)
{
    int e;
    double frac = math_frexp(x, &e);
    if (frac == 0.5) return (double)(e - 1);
    return log(frac) * MATH_LOG2E + (double)e;
}

/* Go's Log10: log10(x) = log(x) * (1/Ln10). */
static double math_log10(double x) { return log(x) * MATH_LOG10E; }

/* Go's Dim: max(x-y, 0) with NaN propagation. */
static double math_dim(double x, double y)
{
    double v = x - y;
    if (v <= 0) return 0;
    return v;
}

MATH_F1(Abs, fabs(x))
MATH_F1(Acos, acos(x))
MATH_F1(Acosh, acosh(x))
MATH_F1(Asin, asin(x))
MATH_F1(Asinh, asinh(x))
MATH_F1(Atan, atan(x))
MATH_F2(Atan2, atan2(x, y))
MATH_F1(Atanh, atanh(x))
MATH_F1(Cbrt, cbrt(x))
MATH_F1(Ceil, ceil(x))
MATH_F2(Copysign, copysign(x, y))
MATH_F1(Cos, cos(x))
MATH_F1(Cosh, cosh(x))
MATH_F2(Dim, math_dim(x, y))
MATH_F1(Erf, erf(x))
MATH_F1(Erfc, erfc(x))
MATH_F1(Exp, exp(x))
MATH_F1(Exp2, exp2(x))
MATH_F1(Expm1, expm1(x))
MATH_F1(Floor, floor(x))
MATH_F1(Gamma, tgamma(x))
MATH_F2(Hypot, hypot(x, y))
MATH_F1(J0, j0(x))
MATH_F1(J1, j1(x))
MATH_F1(Log, log(x))
MATH_F1(Log10, math_log10(x))
MATH_F1(Log1p, log1p(x))
MATH_F1(Log2, math_log2(x))
MATH_F1(Logb, x == 0 ? -INFINITY : isinf(x) ? INFINITY : isnan(x) ? x : logb(x))
MATH_F2(Max, math_max(x, y))
MATH_F2(Min, math_min(x, y))
MATH_F2(Mod, fmod(x, y))
MATH_F2(Nextafter, nextafter(x, y))
MATH_F2(Pow, math_pow(x, y))
MATH_F2(Remainder, remainder(x, y))
MATH_F1(Round, round(x))
MATH_F1(RoundToEven, nearbyint(x))
MATH_F1(Sin, sin(x))
MATH_F1(Sinh, sinh(x))
MATH_F1(Sqrt, sqrt(x))
MATH_F1(Tan, tan(x))
MATH_F1(Tanh, tanh(x))
MATH_F1(Trunc, trunc(x))
MATH_F1(Y0, y0(x))
MATH_F1(Y1, y1(x))

/* math.FMA(x, y, z float64) float64. */
static int math_FMA(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].f = fma(a[0].f, a[1].f, a[2].f);
    return NATIVE_OK;
}

/* math.Nextafter32(x, y float32) float32. */
static int math_Nextafter32(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].f = (double)nextafterf((float)a[0].f, (float)a[1].f);
    return NATIVE_OK;
}

/* math.Float32bits(f float32) uint32. */
static int math_Float32bits(NativeCtx *ctx, Value *a, Value *r)
{
    float f = (float)a[0].f;
    uint32_t b;
    memcpy(&b, &f, 4);
    r[0].u = b;
    return NATIVE_OK;
}

/* math.Float32frombits(b uint32) float32. */
static int math_Float32frombits(NativeCtx *ctx, Value *a, Value *r)
{
    uint32_t b = (uint32_t)a[0].u;
    float f;
    memcpy(&f, &b, 4);
    r[0].f = (double)f;
    return NATIVE_OK;
}

/* math.Float64bits(f float64) uint64: the Value already holds the bits. */
static int math_Float64bits(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].u = a[0].u;
    return NATIVE_OK;
}

/* math.Float64frombits(b uint64) float64. */
static int math_Float64frombits(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].u = a[0].u;
    return NATIVE_OK;
}

/* math.Frexp(f float64) (frac float64, exp int). */
static int math_Frexp(NativeCtx *ctx, Value *a, Value *r)
{
    int e;
    r[0].f = math_frexp(a[0].f, &e);
    r[1].i = e;
    return NATIVE_OK;
}

/* math.Ldexp(frac float64, exp int) float64. */
static int math_Ldexp(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].f = math_ldexp(a[0].f, a[1].i);
    return NATIVE_OK;
}

/* math.Ilogb(x float64) int. */
static int math_Ilogb(NativeCtx *ctx, Value *a, Value *r)
{
    double x = a[0].f;
    if (x == 0) r[0].i = INT32_MIN;
    else if (isnan(x)) r[0].i = INT32_MAX;
    else if (isinf(x)) r[0].i = INT32_MAX;
    else r[0].i = ilogb(x);
    return NATIVE_OK;
}

/* math.Inf(sign int) float64. */
static int math_Inf(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].f = a[0].i >= 0 ? INFINITY : -INFINITY;
    return NATIVE_OK;
}

/* math.IsInf(f float64, sign int) bool. */
static int math_IsInf(NativeCtx *ctx, Value *a, Value *r)
{
    double f = a[0].f;
    int64_t s = a[1].i;
    r[0].i = (s >= 0 && f == INFINITY) || (s <= 0 && f == -INFINITY);
    return NATIVE_OK;
}

/* math.IsNaN(f float64) bool. */
static int math_IsNaN(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].i = isnan(a[0].f) != 0;
    return NATIVE_OK;
}

/* math.NaN() float64: Go's NaN bits 0x7FF8000000000001. */
static int math_NaN(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].u = 0x7FF8000000000001ULL;
    return NATIVE_OK;
}

/* math.Lgamma(x float64) (lgamma float64, sign int). */
static int math_Lgamma(NativeCtx *ctx, Value *a, Value *r)
{
    int sign = 1;
    r[0].f = lgamma_r(a[0].f, &sign);
    r[1].i = sign;
    return NATIVE_OK;
}

/* math.Modf(f float64) (int float64, frac float64); Go keeps the sign on both. */
static int math_Modf(NativeCtx *ctx, Value *a, Value *r)
{
    double f = a[0].f, ip;
    if (f < 1 && f > -1) {
        r[0].f = f < 0 || (f == 0 && signbit(f)) ? -0.0 : 0.0;
        r[1].f = f;
        return NATIVE_OK;
    }
    double frac = modf(f, &ip);
    if (isinf(f)) frac = NAN;
    r[0].f = ip;
    r[1].f = frac;
    return NATIVE_OK;
}

/* math.Pow10(n int) float64. */
static int math_Pow10(NativeCtx *ctx, Value *a, Value *r)
{
    int64_t n = a[0].i;
    if (n < -323) r[0].f = 0;
    else if (n > 308) r[0].f = INFINITY;
    else {
        /* Go multiplies exact tables of 10^k; 1e<n> parsed is identical. */
        char buf[16];
        snprintf(buf, sizeof buf, "1e%lld", (long long)n);
        r[0].f = strtod(buf, NULL);
    }
    return NATIVE_OK;
}

/* math.Signbit(x float64) bool. */
static int math_Signbit(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].i = signbit(a[0].f) != 0;
    return NATIVE_OK;
}

/* math.Sincos(x float64) (sin, cos float64). */
static int math_Sincos(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].f = sin(a[0].f);
    r[1].f = cos(a[0].f);
    return NATIVE_OK;
}

const NativeFunc math_natives[] = {
    {"Abs", math_Abs}, {"Acos", math_Acos}, {"Acosh", math_Acosh}, {"Asin", math_Asin},
    {"Asinh", math_Asinh}, {"Atan", math_Atan}, {"Atan2", math_Atan2}, {"Atanh", math_Atanh},
    {"Cbrt", math_Cbrt}, {"Ceil", math_Ceil}, {"Copysign", math_Copysign}, {"Cos", math_Cos},
    {"Cosh", math_Cosh}, {"Dim", math_Dim}, {"Erf", math_Erf}, {"Erfc", math_Erfc},
    {"Exp", math_Exp}, {"Exp2", math_Exp2}, {"Expm1", math_Expm1}, {"FMA", math_FMA},
    {"Float32bits", math_Float32bits}, {"Float32frombits", math_Float32frombits},
    {"Float64bits", math_Float64bits}, {"Float64frombits", math_Float64frombits},
    {"Floor", math_Floor}, {"Frexp", math_Frexp}, {"Gamma", math_Gamma}, {"Hypot", math_Hypot},
    {"Ilogb", math_Ilogb}, {"Inf", math_Inf}, {"IsInf", math_IsInf}, {"IsNaN", math_IsNaN},
    {"J0", math_J0}, {"J1", math_J1}, {"Ldexp", math_Ldexp}, {"Lgamma", math_Lgamma},
    {"Log", math_Log}, {"Log10", math_Log10}, {"Log1p", math_Log1p}, {"Log2", math_Log2},
    {"Logb", math_Logb}, {"Max", math_Max}, {"Min", math_Min}, {"Mod", math_Mod},
    {"Modf", math_Modf}, {"NaN", math_NaN}, {"Nextafter", math_Nextafter},
    {"Nextafter32", math_Nextafter32}, {"Pow", math_Pow}, {"Pow10", math_Pow10},
    {"Remainder", math_Remainder}, {"Round", math_Round}, {"RoundToEven", math_RoundToEven},
    {"Signbit", math_Signbit}, {"Sin", math_Sin}, {"Sincos", math_Sincos}, {"Sinh", math_Sinh},
    {"Sqrt", math_Sqrt}, {"Tan", math_Tan}, {"Tanh", math_Tanh}, {"Trunc", math_Trunc},
    {"Y0", math_Y0}, {"Y1", math_Y1},
    {NULL, NULL},
};
