/*
 * Package slices: Go 1.22's generic slice functions as natives. Each native
 * receives its type arguments first (S, then E, ...), as Type* Values.
 *
 * Invariants:
 * - Elements are E->nslots Values; an aggregate element is handed to
 *   value_equal and to callbacks as the address of its storage, and to
 *   callbacks always as a fresh copy (the callee owns its parameters).
 * - Functions that grow a slice go through slice_append, so capacities are
 *   Go's; functions that shrink one zero the vacated tail, as Go 1.22 does.
 * - A callback that panics stops the work and the native returns NATIVE_PANIC.
 */
#include "stdlib/slices.h"

#include <gc/gc.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "runtime/iface.h"
#include "runtime/slice.h"
#include "stdlib/sort.h"

/* Whether values of t are stored inline as several slots (struct, array). */
static bool slices_aggregate(Type *t)
{
    return t->kind == KIND_STRUCT || t->kind == KIND_ARRAY;
}

/* The address of element i of slice s. */
static Value *slices_at(Value s, int64_t i, Type *e)
{
    return ((Slice *)s.p)->data + i * e->nslots;
}

/* The register form of the element at slot: its storage address for an
 * aggregate, else the Value itself. */
static Value slices_val(Type *e, Value *slot)
{
    return slices_aggregate(e) ? (Value){.p = slot} : *slot;
}

/* A fresh register-form copy of the element at slot, for a callback. */
static Value slices_copy(Type *e, Value *slot)
{
    if (!slices_aggregate(e)) return *slot;
    Value *c = GC_MALLOC((size_t)(e->nslots ? e->nslots : 1) * sizeof(Value));
    memcpy(c, slot, (size_t)e->nslots * sizeof(Value));
    return (Value){.p = c};
}

/* Go's a == b for elements; -1 after raising the uncomparable panic. */
static int slices_equal(NativeCtx *ctx, Type *e, Value *a, Value *b)
{
    int r = value_equal(e, slices_val(e, a), slices_val(e, b));
    if (r < 0) {
        char msg[256];
        snprintf(msg, sizeof msg, "comparing uncomparable type %s", type_to_string(value_equal_culprit()));
        native_panic_runtime(ctx, msg);
    }
    return r;
}

/* Calls a predicate func(E) bool on an element: 1, 0 or -1 on panic. */
static int slices_pred(NativeCtx *ctx, Value fn, Type *e, Value *slot)
{
    Value arg = slices_copy(e, slot), res = {.i = 0};
    if (native_call(ctx, fn, &arg, 1, &res, 1) != NATIVE_OK) return -1;
    return res.i != 0;
}

/* Calls a func(a, b) int or bool on two register-form values; returns
 * NATIVE_OK with *out set, or NATIVE_PANIC. */
static int slices_call2(NativeCtx *ctx, Value fn, Value a, Value b, int64_t *out)
{
    Value args[2] = {a, b}, res = {.i = 0};
    if (native_call(ctx, fn, args, 2, &res, 1) != NATIVE_OK) return NATIVE_PANIC;
    *out = res.i;
    return NATIVE_OK;
}

/* Sorting a slice with a script cmp(a, b E) int. */
typedef struct SlicesSort {
    /* The operations (first member). */
    SortOps ops;
    /* The elements and their type. */
    Value s;
    Type *e;
    /* The cmp function and the native context. */
    Value fn;
    NativeCtx *ctx;
    /* Scratch room for swapping aggregates. */
    Value *tmp;
} SlicesSort;

/* Orders by the script cmp(a, b) < 0, on fresh copies of the elements. */
static bool slices_sort_less_func(SortOps *o, int64_t i, int64_t j)
{
    SlicesSort *s = (SlicesSort *)o;
    int64_t c;
    if (slices_call2(s->ctx, s->fn, slices_copy(s->e, slices_at(s->s, i, s->e)),
                     slices_copy(s->e, slices_at(s->s, j, s->e)), &c) != NATIVE_OK) {
        o->failed = true;
        return false;
    }
    return c < 0;
}

/* Orders by cmp.Less on the element kind. */
static bool slices_sort_less_ordered(SortOps *o, int64_t i, int64_t j)
{
    SlicesSort *s = (SlicesSort *)o;
    return sort_compare_ordered(s->e, *slices_at(s->s, i, s->e), *slices_at(s->s, j, s->e)) < 0;
}

/* Swaps two whole elements in place. */
static void slices_sort_swap(SortOps *o, int64_t i, int64_t j)
{
    SlicesSort *s = (SlicesSort *)o;
    int n = s->e->nslots;
    Value *a = slices_at(s->s, i, s->e), *b = slices_at(s->s, j, s->e);
    if (n == 1) {
        Value t = *a;
        *a = *b;
        *b = t;
        return;
    }
    memcpy(s->tmp, a, (size_t)n * sizeof(Value));
    memcpy(a, b, (size_t)n * sizeof(Value));
    memcpy(b, s->tmp, (size_t)n * sizeof(Value));
}

/* Sets up a SlicesSort; fn NULL means ordered comparison. */
static void slices_sort_init(SlicesSort *s, NativeCtx *ctx, Value v, Type *e, Value fn)
{
    memset(s, 0, sizeof *s);
    s->ops.less = fn.p ? slices_sort_less_func : slices_sort_less_ordered;
    s->ops.swap = slices_sort_swap;
    s->s = v;
    s->e = e;
    s->fn = fn;
    s->ctx = ctx;
    if (e->nslots > 1) s->tmp = GC_MALLOC((size_t)e->nslots * sizeof(Value));
}

/* slices.Sort[S ~[]E, E cmp.Ordered](x S). */
static int slices_Sort(NativeCtx *ctx, Value *a, Value *r)
{
    SlicesSort s;
    slices_sort_init(&s, ctx, a[2], a[1].p, (Value){.p = NULL});
    sort_pdq(&s.ops, slice_len(a[2]));
    return NATIVE_OK;
}

/* slices.SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int). */
static int slices_SortFunc(NativeCtx *ctx, Value *a, Value *r)
{
    SlicesSort s;
    slices_sort_init(&s, ctx, a[2], a[1].p, a[3]);
    sort_pdq(&s.ops, slice_len(a[2]));
    return s.ops.failed ? NATIVE_PANIC : NATIVE_OK;
}

/* slices.SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int). */
static int slices_SortStableFunc(NativeCtx *ctx, Value *a, Value *r)
{
    SlicesSort s;
    slices_sort_init(&s, ctx, a[2], a[1].p, a[3]);
    sort_stable(&s.ops, slice_len(a[2]));
    return s.ops.failed ? NATIVE_PANIC : NATIVE_OK;
}

/* slices.IsSorted[S ~[]E, E cmp.Ordered](x S) bool. */
static int slices_IsSorted(NativeCtx *ctx, Value *a, Value *r)
{
    Type *e = a[1].p;
    r[0].i = 1;
    for (int64_t i = slice_len(a[2]) - 1; i > 0; i--)
        if (sort_compare_ordered(e, *slices_at(a[2], i, e), *slices_at(a[2], i - 1, e)) < 0) {
            r[0].i = 0;
            break;
        }
    return NATIVE_OK;
}

/* slices.IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool. */
static int slices_IsSortedFunc(NativeCtx *ctx, Value *a, Value *r)
{
    Type *e = a[1].p;
    r[0].i = 1;
    for (int64_t i = slice_len(a[2]) - 1; i > 0; i--) {
        int64_t c;
        if (slices_call2(ctx, a[3], slices_copy(e, slices_at(a[2], i, e)),
                         slices_copy(e, slices_at(a[2], i - 1, e)), &c) != NATIVE_OK)
            return NATIVE_PANIC;
        if (c < 0) {
            r[0].i = 0;
            break;
        }
    }
    return NATIVE_OK;
}

/* slices.BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool). */
static int slices_BinarySearch(NativeCtx *ctx, Value *a, Value *r)
{
    Type *e = a[1].p;
    int64_t n = slice_len(a[2]), i = 0, j = n;
    while (i < j) {
        int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
        if (sort_compare_ordered(e, *slices_at(a[2], h, e), a[3]) < 0) i = h + 1;
        else j = h;
    }
    r[0].i = i;
    r[1].i = i < n && sort_compare_ordered(e, *slices_at(a[2], i, e), a[3]) == 0;
    return NATIVE_OK;
}

/* slices.BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool). */
static int slices_BinarySearchFunc(NativeCtx *ctx, Value *a, Value *r)
{
    Type *e = a[1].p, *t = a[2].p;
    Value x = a[3], target = a[4], fn = a[5];
    int64_t n = slice_len(x), i = 0, j = n, c;
    Value tv = slices_aggregate(t) ? slices_copy(t, target.p) : target;
    while (i < j) {
        int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
        if (slices_call2(ctx, fn, slices_copy(e, slices_at(x, h, e)), tv, &c) != NATIVE_OK)
            return NATIVE_PANIC;
        if (c < 0) i = h + 1;
        else j = h;
    }
    r[0].i = i;
    r[1].i = 0;
    if (i < n) {
        if (slices_call2(ctx, fn, slices_copy(e, slices_at(x, i, e)), tv, &c) != NATIVE_OK)
            return NATIVE_PANIC;
        r[1].i = c == 0;
    }
    return NATIVE_OK;
}

/* The index of the first element equal to v (register form), -1 if none,
 * -2 after a panic. */
static int64_t slices_index(NativeCtx *ctx, Type *e, Value s, Value v)
{
    int64_t n = slice_len(s);
    Value *vp = slices_aggregate(e) ? v.p : &v;
    for (int64_t i = 0; i < n; i++) {
        int q = slices_equal(ctx, e, slices_at(s, i, e), vp);
        if (q < 0) return -2;
        if (q) return i;
    }
    return -1;
}

/* The index of the first element satisfying fn, -1 if none, -2 after a panic. */
static int64_t slices_index_func(NativeCtx *ctx, Type *e, Value s, Value fn)
{
    int64_t n = slice_len(s);
    for (int64_t i = 0; i < n; i++) {
        int q = slices_pred(ctx, fn, e, slices_at(s, i, e));
        if (q < 0) return -2;
        if (q) return i;
    }
    return -1;
}

/* slices.Index[S ~[]E, E comparable](s S, v E) int. */
static int slices_Index(NativeCtx *ctx, Value *a, Value *r)
{
    int64_t i = slices_index(ctx, a[1].p, a[2], a[3]);
    if (i == -2) return NATIVE_PANIC;
    r[0].i = i;
    return NATIVE_OK;
}

/* slices.Contains[S ~[]E, E comparable](s S, v E) bool. */
static int slices_Contains(NativeCtx *ctx, Value *a, Value *r)
{
    int64_t i = slices_index(ctx, a[1].p, a[2], a[3]);
    if (i == -2) return NATIVE_PANIC;
    r[0].i = i >= 0;
    return NATIVE_OK;
}

/* slices.IndexFunc[S ~[]E, E any](s S, f func(E) bool) int. */
static int slices_IndexFunc(NativeCtx *ctx, Value *a, Value *r)
{
    int64_t i = slices_index_func(ctx, a[1].p, a[2], a[3]);
    if (i == -2) return NATIVE_PANIC;
    r[0].i = i;
    return NATIVE_OK;
}

/* slices.ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool. */
static int slices_ContainsFunc(NativeCtx *ctx, Value *a, Value *r)
{
    int64_t i = slices_index_func(ctx, a[1].p, a[2], a[3]);
    if (i == -2) return NATIVE_PANIC;
    r[0].i = i >= 0;
    return NATIVE_OK;
}

/* slices.Reverse[S ~[]E, E any](s S). */
static int slices_Reverse(NativeCtx *ctx, Value *a, Value *r)
{
    SlicesSort s;
    slices_sort_init(&s, ctx, a[2], a[1].p, (Value){.p = NULL});
    for (int64_t i = 0, j = slice_len(a[2]) - 1; i < j; i++, j--) slices_sort_swap(&s.ops, i, j);
    return NATIVE_OK;
}

/* Go's builtin max (want > 0) or min (want < 0) of two ordered values. */
static Value slices_extreme(Type *e, Value m, Value x, int want)
{
    if (e->kind == KIND_FLOAT32 || e->kind == KIND_FLOAT64) {
        if (isnan(m.f)) return m;
        if (isnan(x.f)) return x;
        if (m.f == 0 && x.f == 0) return (want > 0 ? !signbit(m.f) : signbit(m.f)) ? m : x;
    }
    int c = sort_compare_ordered(e, x, m);
    return (want > 0 ? c > 0 : c < 0) ? x : m;
}

/* slices.Max / slices.Min over an ordered element type. */
static int slices_max_min(NativeCtx *ctx, Value *a, Value *r, int want)
{
    Type *e = a[1].p;
    int64_t n = slice_len(a[2]);
    if (n == 0) return native_panic_string(ctx, want > 0 ? "slices.Max: empty list" : "slices.Min: empty list");
    Value m = *slices_at(a[2], 0, e);
    for (int64_t i = 1; i < n; i++) m = slices_extreme(e, m, *slices_at(a[2], i, e), want);
    r[0] = m;
    return NATIVE_OK;
}

/* slices.Max[S ~[]E, E cmp.Ordered](x S) E. */
static int slices_Max(NativeCtx *ctx, Value *a, Value *r) { return slices_max_min(ctx, a, r, 1); }

/* slices.Min[S ~[]E, E cmp.Ordered](x S) E. */
static int slices_Min(NativeCtx *ctx, Value *a, Value *r) { return slices_max_min(ctx, a, r, -1); }

/* slices.MaxFunc / MinFunc with a script cmp. */
static int slices_max_min_func(NativeCtx *ctx, Value *a, Value *r, int want)
{
    Type *e = a[1].p;
    int64_t n = slice_len(a[2]);
    if (n == 0)
        return native_panic_string(ctx, want > 0 ? "slices.MaxFunc: empty list" : "slices.MinFunc: empty list");
    Value *m = slices_at(a[2], 0, e);
    for (int64_t i = 1; i < n; i++) {
        int64_t c;
        Value *x = slices_at(a[2], i, e);
        if (slices_call2(ctx, a[3], slices_copy(e, x), slices_copy(e, m), &c) != NATIVE_OK)
            return NATIVE_PANIC;
        if (want > 0 ? c > 0 : c < 0) m = x;
    }
    r[0] = slices_copy(e, m);
    return NATIVE_OK;
}

/* slices.MaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E. */
static int slices_MaxFunc(NativeCtx *ctx, Value *a, Value *r) { return slices_max_min_func(ctx, a, r, 1); }

/* slices.MinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E. */
static int slices_MinFunc(NativeCtx *ctx, Value *a, Value *r) { return slices_max_min_func(ctx, a, r, -1); }

/* slices.Equal[S ~[]E, E comparable](s1, s2 S) bool. */
static int slices_Equal(NativeCtx *ctx, Value *a, Value *r)
{
    Type *e = a[1].p;
    int64_t n = slice_len(a[2]);
    r[0].i = 0;
    if (n != slice_len(a[3])) return NATIVE_OK;
    for (int64_t i = 0; i < n; i++) {
        int q = slices_equal(ctx, e, slices_at(a[2], i, e), slices_at(a[3], i, e));
        if (q < 0) return NATIVE_PANIC;
        if (!q) return NATIVE_OK;
    }
    r[0].i = 1;
    return NATIVE_OK;
}

/* slices.EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool. */
static int slices_EqualFunc(NativeCtx *ctx, Value *a, Value *r)
{
    Type *e1 = a[2].p, *e2 = a[3].p;
    int64_t n = slice_len(a[4]);
    r[0].i = 0;
    if (n != slice_len(a[5])) return NATIVE_OK;
    for (int64_t i = 0; i < n; i++) {
        int64_t q;
        if (slices_call2(ctx, a[6], slices_copy(e1, slices_at(a[4], i, e1)),
                         slices_copy(e2, slices_at(a[5], i, e2)), &q) != NATIVE_OK)
            return NATIVE_PANIC;
        if (!q) return NATIVE_OK;
    }
    r[0].i = 1;
    return NATIVE_OK;
}

/* slices.Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int. */
static int slices_Compare(NativeCtx *ctx, Value *a, Value *r)
{
    Type *e = a[1].p;
    int64_t n1 = slice_len(a[2]), n2 = slice_len(a[3]);
    for (int64_t i = 0; i < n1 && i < n2; i++) {
        int c = sort_compare_ordered(e, *slices_at(a[2], i, e), *slices_at(a[3], i, e));
        if (c) {
            r[0].i = c;
            return NATIVE_OK;
        }
    }
    r[0].i = n1 < n2 ? -1 : n1 > n2;
    return NATIVE_OK;
}

/* Raises Go's slice-bounds panic for s[lo:hi] (hi < 0: s[lo:]). */
static int slices_bounds(NativeCtx *ctx, int64_t lo, int64_t hi)
{
    char msg[96];
    if (lo < 0) snprintf(msg, sizeof msg, "slice bounds out of range [%lld:]", (long long)lo);
    else snprintf(msg, sizeof msg, "slice bounds out of range [%lld:%lld]", (long long)lo, (long long)hi);
    return native_panic_runtime(ctx, msg);
}

/* slices.Insert[S ~[]E, E any](s S, i int, v ...E) S. */
static int slices_Insert(NativeCtx *ctx, Value *a, Value *r)
{
    Type *e = a[1].p;
    Value s = a[2], v = a[4];
    int64_t i = a[3].i, n = slice_len(s), m = slice_len(v), ns = e->nslots;
    if (i < 0 || i > n) return slices_bounds(ctx, i, n);
    if (m == 0) {
        r[0] = s;
        return NATIVE_OK;
    }
    size_t es = (size_t)ns * sizeof(Value);
    if (n + m <= slice_cap(s)) {
        Value s2 = slice_reslice(s, 0, n + m, -1, ns);
        /* Copy v first if it aliases the moved tail (Go handles overlap the same way). */
        Value *vcopy = GC_MALLOC((size_t)m * es + 1);
        memcpy(vcopy, ((Slice *)v.p)->data, (size_t)m * es);
        Value *d = ((Slice *)s2.p)->data;
        memmove(d + (i + m) * ns, d + i * ns, (size_t)(n - i) * es);
        memcpy(d + i * ns, vcopy, (size_t)m * es);
        r[0] = s2;
        return NATIVE_OK;
    }
    /* s2 := append(s[:i], make(S, n+m-i)...); copy(s2[i:], v); copy(s2[i+m:], s[i:]) */
    Value zeros = slice_make(e, n + m - i, n + m - i);
    Value s2 = slice_append_slice(e, slice_reslice(s, 0, i, -1, ns), zeros);
    Value *d = ((Slice *)s2.p)->data;
    Value *src = n ? ((Slice *)s.p)->data : NULL;
    memcpy(d + i * ns, ((Slice *)v.p)->data, (size_t)m * es);
    if (n - i) memcpy(d + (i + m) * ns, src + i * ns, (size_t)(n - i) * es);
    r[0] = s2;
    return NATIVE_OK;
}

/* Zeroes elements [from, to) of s's backing array (Go 1.22 clears the tail). */
static void slices_clear(Value s, Type *e, int64_t from, int64_t to)
{
    if (to > from) memset(((Slice *)s.p)->data + from * e->nslots, 0, (size_t)(to - from) * e->nslots * sizeof(Value));
}

/* slices.Delete[S ~[]E, E any](s S, i, j int) S. */
static int slices_Delete(NativeCtx *ctx, Value *a, Value *r)
{
    Type *e = a[1].p;
    Value s = a[2];
    int64_t i = a[3].i, j = a[4].i, n = slice_len(s), ns = e->nslots;
    char msg[96];
    if (j < 0) {
        snprintf(msg, sizeof msg, "slice bounds out of range [:%lld:]", (long long)j);
        return native_panic_runtime(ctx, msg);
    }
    if (j > n) {
        snprintf(msg, sizeof msg, "slice bounds out of range [:%lld:%lld]", (long long)j, (long long)n);
        return native_panic_runtime(ctx, msg);
    }
    if (i < 0) {
        snprintf(msg, sizeof msg, "slice bounds out of range [%lld::]", (long long)i);
        return native_panic_runtime(ctx, msg);
    }
    if (i > j) {
        snprintf(msg, sizeof msg, "slice bounds out of range [%lld:%lld:]", (long long)i, (long long)j);
        return native_panic_runtime(ctx, msg);
    }
    if (i == j) {
        r[0] = s;
        return NATIVE_OK;
    }
    Value *d = ((Slice *)s.p)->data;
    memmove(d + i * ns, d + j * ns, (size_t)(n - j) * ns * sizeof(Value));
    slices_clear(s, e, n - (j - i), n);
    r[0] = slice_reslice(s, 0, n - (j - i), -1, ns);
    return NATIVE_OK;
}

/* slices.DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S. */
static int slices_DeleteFunc(NativeCtx *ctx, Value *a, Value *r)
{
    Type *e = a[1].p;
    Value s = a[2];
    int64_t n = slice_len(s), ns = e->nslots;
    int64_t i = slices_index_func(ctx, e, s, a[3]);
    if (i == -2) return NATIVE_PANIC;
    if (i == -1) {
        r[0] = s;
        return NATIVE_OK;
    }
    Value *d = ((Slice *)s.p)->data;
    for (int64_t j = i + 1; j < n; j++) {
        int q = slices_pred(ctx, a[3], e, d + j * ns);
        if (q < 0) return NATIVE_PANIC;
        if (!q) {
            memmove(d + i * ns, d + j * ns, (size_t)ns * sizeof(Value));
            i++;
        }
    }
    slices_clear(s, e, i, n);
    r[0] = slice_reslice(s, 0, i, -1, ns);
    return NATIVE_OK;
}

/* Compact / CompactFunc: fn NULL compares with ==. */
static int slices_compact(NativeCtx *ctx, Type *e, Value s, Value fn, Value *out)
{
    int64_t n = slice_len(s), ns = e->nslots;
    *out = s;
    if (n < 2) return NATIVE_OK;
    Value *d = ((Slice *)s.p)->data;
    for (int64_t k = 1; k < n; k++) {
        int q;
        if (fn.p) {
            int64_t c;
            if (slices_call2(ctx, fn, slices_copy(e, d + k * ns), slices_copy(e, d + (k - 1) * ns), &c) != NATIVE_OK)
                return NATIVE_PANIC;
            q = c != 0;
        } else {
            q = slices_equal(ctx, e, d + k * ns, d + (k - 1) * ns);
            if (q < 0) return NATIVE_PANIC;
        }
        if (!q) continue;
        /* s2 := s[k:]; keep each s2[k2] that differs from s2[k2-1]. */
        int64_t base = k;
        for (int64_t k2 = 1; k2 < n - base; k2++) {
            Value *x = d + (base + k2) * ns, *y = d + (base + k2 - 1) * ns;
            if (fn.p) {
                int64_t c;
                if (slices_call2(ctx, fn, slices_copy(e, x), slices_copy(e, y), &c) != NATIVE_OK)
                    return NATIVE_PANIC;
                q = c != 0;
            } else {
                q = slices_equal(ctx, e, x, y);
                if (q < 0) return NATIVE_PANIC;
            }
            if (!q) {
                memmove(d + k * ns, x, (size_t)ns * sizeof(Value));
                k++;
            }
        }
        slices_clear(s, e, k, n);
        *out = slice_reslice(s, 0, k, -1, ns);
        return NATIVE_OK;
    }
    return NATIVE_OK;
}

/* slices.Compact[S ~[]E, E comparable](s S) S. */
static int slices_Compact(NativeCtx *ctx, Value *a, Value *r)
{
    return slices_compact(ctx, a[1].p, a[2], (Value){.p = NULL}, &r[0]);
}

/* slices.CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S. */
static int slices_CompactFunc(NativeCtx *ctx, Value *a, Value *r)
{
    return slices_compact(ctx, a[1].p, a[2], a[3], &r[0]);
}

/* slices.Clone[S ~[]E, E any](s S) S: append(s[:0:0], s...). */
static int slices_Clone(NativeCtx *ctx, Value *a, Value *r)
{
    Type *e = a[1].p;
    if (!a[2].p) {
        r[0].p = NULL;
        return NATIVE_OK;
    }
    Value empty = slice_reslice(a[2], 0, 0, 0, e->nslots);
    if (slice_len(a[2]) == 0) {
        r[0] = empty;
        return NATIVE_OK;
    }
    r[0] = slice_append_slice(e, empty, a[2]);
    return NATIVE_OK;
}

/* slices.Grow[S ~[]E, E any](s S, n int) S. */
static int slices_Grow(NativeCtx *ctx, Value *a, Value *r)
{
    Type *e = a[1].p;
    Value s = a[2];
    int64_t n = a[3].i, len = slice_len(s), cap = slice_cap(s);
    if (n < 0) return native_panic_string(ctx, "cannot be negative");
    n -= cap - len;
    if (n > 0) {
        Value full = s.p ? slice_reslice(s, 0, cap, -1, e->nslots) : s;
        Value g = slice_append_slice(e, full, slice_make(e, n, n));
        r[0] = slice_reslice(g, 0, len, -1, e->nslots);
        return NATIVE_OK;
    }
    r[0] = s;
    return NATIVE_OK;
}

/* slices.Clip[S ~[]E, E any](s S) S. */
static int slices_Clip(NativeCtx *ctx, Value *a, Value *r)
{
    Type *e = a[1].p;
    r[0] = slice_reslice(a[2], 0, slice_len(a[2]), slice_len(a[2]), e->nslots);
    return NATIVE_OK;
}

/* slices.Concat[S ~[]E, E any](slices ...S) S. */
static int slices_Concat(NativeCtx *ctx, Value *a, Value *r)
{
    Type *e = a[1].p;
    int64_t n = slice_len(a[2]), total = 0;
    Value *parts = n ? ((Slice *)a[2].p)->data : NULL;
    for (int64_t i = 0; i < n; i++) total += slice_len(parts[i]);
    /* Grow[S](nil, size) then append each. */
    Value out = {.p = NULL};
    if (total > 0) {
        Value g = slice_append_slice(e, out, slice_make(e, total, total));
        out = slice_reslice(g, 0, 0, -1, e->nslots);
    }
    for (int64_t i = 0; i < n; i++) out = slice_append_slice(e, out, parts[i]);
    r[0] = out;
    return NATIVE_OK;
}

/* slices.Replace[S ~[]E, E any](s S, i, j int, v ...E) S, as Go 1.22: in
 * place when the result fits in cap(s) (zeroing the vacated tail), else in
 * a new array grown as append grows it. */
static int slices_Replace(NativeCtx *ctx, Value *a, Value *r)
{
    Type *e = a[1].p;
    Value s = a[2], v = a[5];
    int64_t i = a[3].i, j = a[4].i, n = slice_len(s), m = slice_len(v), ns = e->nslots;
    char msg[96];
    if (j < 0 || j > slice_cap(s)) {
        snprintf(msg, sizeof msg, "slice bounds out of range [:%lld] with capacity %lld", (long long)j,
                 (long long)slice_cap(s));
        return native_panic_runtime(ctx, msg);
    }
    if (i < 0 || i > j) return slices_bounds(ctx, i, j);
    if (i == j) {
        Value args[5] = {a[0], a[1], s, a[3], v};
        return slices_Insert(ctx, args, r);
    }
    if (j > n) return slices_bounds(ctx, j, n);
    size_t es = (size_t)ns * sizeof(Value);
    Value *vcopy = GC_MALLOC((size_t)m * es + 1);
    if (m) memcpy(vcopy, ((Slice *)v.p)->data, (size_t)m * es);
    int64_t tail = n - j, tot = i + m + tail;
    if (tot > slice_cap(s)) {
        Value zeros = slice_make(e, tot - i, tot - i);
        Value s2 = slice_append_slice(e, slice_reslice(s, 0, i, -1, ns), zeros);
        Value *d = ((Slice *)s2.p)->data;
        memcpy(d + i * ns, vcopy, (size_t)m * es);
        if (tail) memcpy(d + (i + m) * ns, ((Slice *)s.p)->data + j * ns, (size_t)tail * es);
        r[0] = s2;
        return NATIVE_OK;
    }
    Value *d = ((Slice *)s.p)->data;
    memmove(d + (i + m) * ns, d + j * ns, (size_t)tail * es);
    if (m) memcpy(d + i * ns, vcopy, (size_t)m * es);
    if (tot < n) slices_clear(s, e, tot, n);
    r[0] = slice_reslice(s, 0, tot, -1, ns);
    return NATIVE_OK;
}

/* slices.Repeat[S ~[]E, E any](x S, count int) S. */
static int slices_Repeat(NativeCtx *ctx, Value *a, Value *r)
{
    Type *e = a[1].p;
    int64_t n = slice_len(a[2]), count = a[3].i, ns = e->nslots;
    if (count < 0) return native_panic_string(ctx, "cannot be negative");
    if (n > 0 && count > ((int64_t)1 << 40) / n)
        return native_panic_string(ctx, "the result of (len(x) * count) overflows");
    Value out = slice_make(e, n * count, n * count);
    for (int64_t k = 0; k < count && n; k++)
        memcpy(((Slice *)out.p)->data + k * n * ns, ((Slice *)a[2].p)->data, (size_t)(n * ns) * sizeof(Value));
    r[0] = out;
    return NATIVE_OK;
}

const NativeFunc slices_natives[] = {
    {"Replace", slices_Replace},
    {"Repeat", slices_Repeat},
    {"Sort", slices_Sort},
    {"SortFunc", slices_SortFunc},
    {"SortStableFunc", slices_SortStableFunc},
    {"IsSorted", slices_IsSorted},
    {"IsSortedFunc", slices_IsSortedFunc},
    {"BinarySearch", slices_BinarySearch},
    {"BinarySearchFunc", slices_BinarySearchFunc},
    {"Index", slices_Index},
    {"Contains", slices_Contains},
    {"IndexFunc", slices_IndexFunc},
    {"ContainsFunc", slices_ContainsFunc},
    {"Reverse", slices_Reverse},
    {"Max", slices_Max},
    {"Min", slices_Min},
    {"MaxFunc", slices_MaxFunc},
    {"MinFunc", slices_MinFunc},
    {"Equal", slices_Equal},
    {"EqualFunc", slices_EqualFunc},
    {"Compare", slices_Compare},
    {"Insert", slices_Insert},
    {"Delete", slices_Delete},
    {"DeleteFunc", slices_DeleteFunc},
    {"Compact", slices_Compact},
    {"CompactFunc", slices_CompactFunc},
    {"Clone", slices_Clone},
    {"Grow", slices_Grow},
    {"Clip", slices_Clip},
    {"Concat", slices_Concat},
    {NULL, NULL},
};
