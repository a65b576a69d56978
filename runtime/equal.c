/*
 * Go's == and a matching hash for values of any comparable type
 * (value_equal / value_hash of runtime/type.h).
 *
 * Invariants:
 * - value_hash(t, a) == value_hash(t, b) whenever value_equal(t, a, b) == 1.
 * - Complex values compare and hash by their parts as floats (NULL is 0+0i).
 * - Aggregates are passed as the address of their storage (a.p); fields and
 *   elements are read from that storage at their slot offsets.
 * - An interface compares its dynamic types first (pointer identity), then
 *   the values; a non-comparable dynamic type makes value_equal return -1
 *   and records that type (value_equal_culprit).
 * - Structs and arrays compare in order and stop at the first unequal field
 *   or element, as Go does: a later uncomparable value does not panic.
 */
#include "runtime/type.h"
#include "runtime/str.h"
#include "runtime/cplx.h"

/* Mixes a 64-bit word into a well-distributed hash (splitmix64 finalizer). */
static uint64_t equal_mix(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

/* The uncomparable dynamic type met by the last value_equal returning -1. */
static Type *equal_culprit;

Type *value_equal_culprit(void) { return equal_culprit; }

int value_equal(Type *t, Value a, Value b)
{
    switch (t->kind) {
    case KIND_BOOL:
        return (a.u != 0) == (b.u != 0);
    case KIND_FLOAT32: case KIND_FLOAT64:
        return a.f == b.f;
    case KIND_COMPLEX64: case KIND_COMPLEX128:
        return cplx_equal(a, b);
    case KIND_STRING:
        return str_equal(a, b);
    case KIND_STRUCT: {
        Value *x = a.p, *y = b.p;
        for (int i = 0; i < t->nfields; i++) {
            Type *ft = t->fields[i].type;
            int off = t->fields[i].offset;
            Value fa, fb;
            if (ft->kind == KIND_STRUCT || ft->kind == KIND_ARRAY) {
                fa.p = x + off;
                fb.p = y + off;
            } else {
                fa = x[off];
                fb = y[off];
            }
            int r = value_equal(ft, fa, fb);
            if (r <= 0) return r;
        }
        return 1;
    }
    case KIND_ARRAY: {
        Value *x = a.p, *y = b.p;
        Type *et = t->elem;
        int ns = et->nslots;
        bool agg = et->kind == KIND_STRUCT || et->kind == KIND_ARRAY;
        for (int64_t i = 0; i < t->len; i++) {
            Value ea, eb;
            if (agg) {
                ea.p = x + i * ns;
                eb.p = y + i * ns;
            } else {
                ea = x[i * ns];
                eb = y[i * ns];
            }
            int r = value_equal(et, ea, eb);
            if (r <= 0) return r;
        }
        return 1;
    }
    case KIND_INTERFACE: {
        Iface *x = a.p, *y = b.p;
        if (!x || !y) return x == y;
        if (x->type != y->type) return 0;
        if (!x->type->comparable) {
            equal_culprit = x->type;
            return -1;
        }
        return value_equal(x->type, x->val, y->val);
    }
    default:
        /* Integers, pointers, channels, maps/funcs (only against nil). */
        return a.u == b.u;
    }
}

uint64_t value_hash(Type *t, Value v)
{
    switch (t->kind) {
    case KIND_BOOL:
        return equal_mix(v.u != 0);
    case KIND_FLOAT32: case KIND_FLOAT64:
        if (v.f == 0) return equal_mix(0); /* +0 and -0 are equal */
        return equal_mix(v.u);
    case KIND_COMPLEX64: case KIND_COMPLEX128: {
        Value re = {.f = cplx_real(v)}, im = {.f = cplx_imag(v)};
        return equal_mix(value_hash(type_float64, re) ^ (value_hash(type_float64, im) >> 1));
    }
    case KIND_STRING:
        return str_hash(v);
    case KIND_STRUCT: {
        Value *x = v.p;
        uint64_t h = 0x9e3779b97f4a7c15ULL;
        for (int i = 0; i < t->nfields; i++) {
            Type *ft = t->fields[i].type;
            int off = t->fields[i].offset;
            Value f;
            if (ft->kind == KIND_STRUCT || ft->kind == KIND_ARRAY) f.p = x + off;
            else f = x[off];
            h = equal_mix(h ^ value_hash(ft, f)) + (uint64_t)i;
        }
        return h;
    }
    case KIND_ARRAY: {
        Value *x = v.p;
        Type *et = t->elem;
        int ns = et->nslots;
        bool agg = et->kind == KIND_STRUCT || et->kind == KIND_ARRAY;
        uint64_t h = 0x2545f4914f6cdd1dULL;
        for (int64_t i = 0; i < t->len; i++) {
            Value e;
            if (agg) e.p = x + i * ns;
            else e = x[i * ns];
            h = equal_mix(h ^ value_hash(et, e)) + (uint64_t)i;
        }
        return h;
    }
    case KIND_INTERFACE: {
        Iface *x = v.p;
        if (!x) return 0;
        if (!x->type->comparable) return 0;
        return equal_mix(value_hash(x->type, x->val) ^ (uint64_t)x->type->id);
    }
    default:
        return equal_mix(v.u);
    }
}
