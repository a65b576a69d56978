/*
 * Package math/bits: the primitives the Go half (stdlib/bits.go) builds on,
 * mapped to the compiler's bit builtins and its 128-bit integers.
 *
 * Invariants:
 * - Every argument and result is a uint64 in Value.u (narrower widths are
 *   converted in Go before the call).
 * - Div64 panics exactly as Go's: "integer divide by zero" for y == 0 and
 *   "integer overflow" when the quotient does not fit (y <= hi), both as
 *   run-time errors.
 */
#include "stdlib/bits.h"

/* bits.Len64(x uint64) int. */
static int bits_Len64(NativeCtx *ctx, Value *args, Value *results)
{
    (void)ctx;
    uint64_t x = args[0].u;
    results[0].i = x ? 64 - __builtin_clzll(x) : 0;
    return NATIVE_OK;
}

/* bits.TrailingZeros64(x uint64) int. */
static int bits_TrailingZeros64(NativeCtx *ctx, Value *args, Value *results)
{
    (void)ctx;
    uint64_t x = args[0].u;
    results[0].i = x ? __builtin_ctzll(x) : 64;
    return NATIVE_OK;
}

/* bits.OnesCount64(x uint64) int. */
static int bits_OnesCount64(NativeCtx *ctx, Value *args, Value *results)
{
    (void)ctx;
    results[0].i = __builtin_popcountll(args[0].u);
    return NATIVE_OK;
}

/* bits.Reverse64(x uint64) uint64: swaps ever larger groups of bits. */
static int bits_Reverse64(NativeCtx *ctx, Value *args, Value *results)
{
    (void)ctx;
    uint64_t x = args[0].u;
    x = (x >> 1 & 0x5555555555555555ull) | (x & 0x5555555555555555ull) << 1;
    x = (x >> 2 & 0x3333333333333333ull) | (x & 0x3333333333333333ull) << 2;
    x = (x >> 4 & 0x0f0f0f0f0f0f0f0full) | (x & 0x0f0f0f0f0f0f0f0full) << 4;
    results[0].u = __builtin_bswap64(x);
    return NATIVE_OK;
}

/* bits.ReverseBytes64(x uint64) uint64. */
static int bits_ReverseBytes64(NativeCtx *ctx, Value *args, Value *results)
{
    (void)ctx;
    results[0].u = __builtin_bswap64(args[0].u);
    return NATIVE_OK;
}

/* bits.Mul64(x, y uint64) (hi, lo uint64). */
static int bits_Mul64(NativeCtx *ctx, Value *args, Value *results)
{
    (void)ctx;
    unsigned __int128 p = (unsigned __int128)args[0].u * args[1].u;
    results[0].u = (uint64_t)(p >> 64);
    results[1].u = (uint64_t)p;
    return NATIVE_OK;
}

/* bits.Div64(hi, lo, y uint64) (quo, rem uint64). */
static int bits_Div64(NativeCtx *ctx, Value *args, Value *results)
{
    uint64_t hi = args[0].u, lo = args[1].u, y = args[2].u;
    if (y == 0) return native_panic_runtime(ctx, "integer divide by zero");
    if (y <= hi) return native_panic_runtime(ctx, "integer overflow");
    unsigned __int128 n = (unsigned __int128)hi << 64 | lo;
    results[0].u = (uint64_t)(n / y);
    results[1].u = (uint64_t)(n % y);
    return NATIVE_OK;
}

/* panicOverflow(): Div32's quotient overflow. */
static int bits_panicOverflow(NativeCtx *ctx, Value *args, Value *results)
{
    (void)args;
    (void)results;
    return native_panic_runtime(ctx, "integer overflow");
}

const NativeFunc bits_natives[] = {
    {"Len64", bits_Len64},
    {"TrailingZeros64", bits_TrailingZeros64},
    {"OnesCount64", bits_OnesCount64},
    {"Reverse64", bits_Reverse64},
    {"ReverseBytes64", bits_ReverseBytes64},
    {"Mul64", bits_Mul64},
    {"Div64", bits_Div64},
    {"panicOverflow", bits_panicOverflow},
    {NULL, NULL},
};
