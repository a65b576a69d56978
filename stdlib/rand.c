/*
 * The natives of math/rand (stdlib/rand.go) and math/rand/v2
 * (stdlib/randv2.go).
 *
 * Invariants: both packages draw their seed from the scheduler's seed
 * (runtime/sched.h), so a run under `--seed N` is reproducible; math/rand/v2
 * keeps its own splitmix64 state, separate from the scheduler's generator, so
 * random numbers never perturb scheduling choices.
 */

#include "runtime/native.h"
#include "runtime/sched.h"

/* The state of math/rand/v2's generator; 0 until first use. */
static uint64_t v2_state;

/* The next number of math/rand/v2's splitmix64 generator. */
static uint64_t v2_next(void) {
    if (!v2_state) v2_state = sched_seed() ^ 0x6a09e667f3bcc909ull;
    uint64_t z = (v2_state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* A uniform number in [0, n), n > 0, without bias (Lemire's method). */
static uint64_t v2_below(uint64_t n) {
    unsigned __int128 m = (unsigned __int128)v2_next() * n;
    uint64_t low = (uint64_t)m;
    if (low < n) {
        uint64_t thresh = -n % n;
        while (low < thresh) {
            m = (unsigned __int128)v2_next() * n;
            low = (uint64_t)m;
        }
    }
    return (uint64_t)(m >> 64);
}

/* func runtimeSeed() int64 (math/rand) */
static int rand_runtime_seed(NativeCtx *ctx, Value *args, Value *results) {
    results[0].i = (int64_t)(sched_seed() * 0x9e3779b97f4a7c15ull);
    return NATIVE_OK;
}

/* func Uint64() uint64 (math/rand/v2) */
static int v2_uint64(NativeCtx *ctx, Value *args, Value *results) {
    results[0].u = v2_next();
    return NATIVE_OK;
}

/* func uint64n(n uint64) uint64 (math/rand/v2) */
static int v2_uint64n(NativeCtx *ctx, Value *args, Value *results) {
    results[0].u = v2_below(args[0].u);
    return NATIVE_OK;
}

/* func N[Int intType](n Int) Int (math/rand/v2): args[0] is Int's Type*. */
static int v2_n(NativeCtx *ctx, Value *args, Value *results) {
    Type *t = args[0].p;
    int64_t n = args[1].i;
    bool is_unsigned = type_is_unsigned(t);
    if (is_unsigned ? args[1].u == 0 : n <= 0) return native_panic_string(ctx, "invalid argument to N");
    results[0].u = v2_below(args[1].u);
    return NATIVE_OK;
}

/* The natives of math/rand. */
const NativeFunc rand_natives[] = {
    {"runtimeSeed", rand_runtime_seed},
    {NULL, NULL},
};

/* The natives of math/rand/v2. */
const NativeFunc randv2_natives[] = {
    {"Uint64", v2_uint64},
    {"uint64n", v2_uint64n},
    {"N", v2_n},
    {NULL, NULL},
};
