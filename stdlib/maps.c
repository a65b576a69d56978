/*
 * Package maps: Go 1.21's generic map functions as natives over runtime/map.h.
 * Each native receives its type arguments first (M, K, V ... as declared in
 * maps.go), as Type* Values.
 *
 * Invariants:
 * - Map keys and values in aggregate form are held by the map as pointers to
 *   private storage; copying an entry copies that storage (map_put copies
 *   keys; values are copied here), and callbacks get fresh copies.
 * - Iteration is the map's insertion order, so results are deterministic.
 */
#include "stdlib/maps.h"

#include <gc/gc.h>
#include <string.h>

#include "runtime/map.h"

/* Whether values of t are aggregates (struct, array). */
static bool maps_aggregate(Type *t)
{
    return t->kind == KIND_STRUCT || t->kind == KIND_ARRAY;
}

/* Stores v (register form) into a map value slot of type t. */
static void maps_store(Type *t, Value *slot, Value v)
{
    if (maps_aggregate(t)) memcpy(slot->p, v.p, (size_t)t->nslots * sizeof(Value));
    else *slot = v;
}

/* A fresh register-form copy of v of type t, for a callback. */
static Value maps_copy(Type *t, Value v)
{
    if (!maps_aggregate(t)) return v;
    Value *c = GC_MALLOC((size_t)(t->nslots ? t->nslots : 1) * sizeof(Value));
    memcpy(c, v.p, (size_t)t->nslots * sizeof(Value));
    return (Value){.p = c};
}

/* Copies every entry of src into dst (dst non-nil). */
static void maps_copy_into(Map *dst, Map *src, Type *v)
{
    MapIter it;
    Value key, *val;
    map_iter_init(src, &it);
    while (map_iter_next(&it, &key, &val)) {
        Value *slot = map_put(dst, key);
        if (slot) maps_store(v, slot, *val);
    }
}

/* maps.Clone[M ~map[K]V, K comparable, V any](m M) M. */
static int maps_Clone(NativeCtx *ctx, Value *a, Value *r)
{
    Type *mt = a[0].p, *v = a[2].p;
    Map *m = a[3].p;
    if (!m) {
        r[0].p = NULL;
        return NATIVE_OK;
    }
    Map *c = map_new(mt, map_len(m));
    maps_copy_into(c, m, v);
    r[0].p = c;
    return NATIVE_OK;
}

/* maps.Copy[M1 ~map[K]V, M2 ~map[K]V, K comparable, V any](dst M1, src M2). */
static int maps_Copy(NativeCtx *ctx, Value *a, Value *r)
{
    Type *v = a[3].p;
    Map *dst = a[4].p, *src = a[5].p;
    if (map_len(src) == 0) return NATIVE_OK;
    if (!dst) return native_panic_string(ctx, "assignment to entry in nil map");
    maps_copy_into(dst, src, v);
    return NATIVE_OK;
}

/* maps.DeleteFunc[M ~map[K]V, K comparable, V any](m M, del func(K, V) bool). */
static int maps_DeleteFunc(NativeCtx *ctx, Value *a, Value *r)
{
    Type *k = a[1].p, *v = a[2].p;
    Map *m = a[3].p;
    MapIter it;
    Value key, *val;
    map_iter_init(m, &it);
    while (map_iter_next(&it, &key, &val)) {
        Value args[2] = {maps_copy(k, key), maps_copy(v, *val)}, res = {.i = 0};
        if (native_call(ctx, a[4], args, 2, &res, 1) != NATIVE_OK) return NATIVE_PANIC;
        if (res.i) map_delete(m, key);
    }
    return NATIVE_OK;
}

/* maps.Equal[M1, M2 ~map[K]V, K, V comparable](m1 M1, m2 M2) bool. */
static int maps_Equal(NativeCtx *ctx, Value *a, Value *r)
{
    Type *v = a[3].p;
    Map *m1 = a[4].p, *m2 = a[5].p;
    r[0].i = 0;
    if (map_len(m1) != map_len(m2)) return NATIVE_OK;
    MapIter it;
    Value key, *val;
    map_iter_init(m1, &it);
    while (map_iter_next(&it, &key, &val)) {
        Value *other = map_get(m2, key);
        if (!other) return NATIVE_OK;
        int q = value_equal(v, *val, *other);
        if (q < 0) {
            char msg[256];
            snprintf(msg, sizeof msg, "comparing uncomparable type %s", type_to_string(value_equal_culprit()));
            return native_panic_runtime(ctx, msg);
        }
        if (!q) return NATIVE_OK;
    }
    r[0].i = 1;
    return NATIVE_OK;
}

/* maps.EqualFunc[M1 ~map[K]V1, M2 ~map[K]V2, K comparable, V1, V2 any](m1 M1, m2 M2,
 * eq func(V1, V2) bool) bool. */
static int maps_EqualFunc(NativeCtx *ctx, Value *a, Value *r)
{
    Type *v1 = a[3].p, *v2 = a[4].p;
    Map *m1 = a[5].p, *m2 = a[6].p;
    r[0].i = 0;
    if (map_len(m1) != map_len(m2)) return NATIVE_OK;
    MapIter it;
    Value key, *val;
    map_iter_init(m1, &it);
    while (map_iter_next(&it, &key, &val)) {
        Value *other = map_get(m2, key);
        if (!other) return NATIVE_OK;
        Value args[2] = {maps_copy(v1, *val), maps_copy(v2, *other)}, res = {.i = 0};
        if (native_call(ctx, a[7], args, 2, &res, 1) != NATIVE_OK) return NATIVE_PANIC;
        if (!res.i) return NATIVE_OK;
    }
    r[0].i = 1;
    return NATIVE_OK;
}

const NativeFunc maps_natives[] = {
    {"Clone", maps_Clone},
    {"Copy", maps_Copy},
    {"DeleteFunc", maps_DeleteFunc},
    {"Equal", maps_Equal},
    {"EqualFunc", maps_EqualFunc},
    {NULL, NULL},
};
