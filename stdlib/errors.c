/*
 * Package errors: Is, As and Unwrap walk an error's chain by calling its
 * Unwrap/Is/As methods through native_call_method, as Go's reflect-based
 * versions do.
 *
 * Invariants:
 * - A method counts only if it is in the dynamic type's method set (a
 *   pointer-receiver method needs a pointer dynamic type) and has exactly
 *   the signature Go's anonymous interfaces ask for: Unwrap() error,
 *   Unwrap() []error, Is(error) bool, As(any) bool.
 * - A panic raised by a called method stops the walk and is propagated.
 */
#include "stdlib/errors.h"

#include <string.h>

#include "runtime/iface.h"

/* Outcomes of a chain walk besides true/false. */
enum { ERRORS_PANIC = -1 };

/* Returns the method `name` of interface value v's dynamic type if it is in
 * its method set, else NULL. */
static Method *errors_method(Value v, const char *name)
{
    Type *t = iface_type(v);
    if (!t) return NULL;
    Method *m = type_find_method(t, name);
    if (!m || !m->sig) return NULL;
    if (m->ptr_recv && t->kind != KIND_POINTER) return NULL;
    return m;
}

/* Whether m has the signature func(params...) result with one or zero params. */
static bool errors_sig(Method *m, Type *param, Type *result)
{
    Type *s = m->sig;
    if (s->nresults != 1 || s->results[0] != result) return false;
    if (param) return s->nparams == 1 && s->params[0] == param && !s->variadic;
    return s->nparams == 0;
}

/* Whether m is `Unwrap() []error`. */
static bool errors_is_multi_unwrap(Method *m)
{
    Type *s = m->sig;
    if (s->nparams != 0 || s->nresults != 1) return false;
    Type *r = s->results[0];
    return r->kind == KIND_SLICE && r->name == NULL && r->elem == type_error;
}

/* Go's err == target for two interface values. */
static bool errors_equal(Value a, Value b)
{
    Type *ta = iface_type(a), *tb = iface_type(b);
    if (ta != tb) return false;
    if (!ta) return true;
    return value_equal(ta, iface_value(a), iface_value(b)) == 1;
}

/* Calls Unwrap on err: sets *next (single) or *list (multi); returns 1 if
 * err has an Unwrap method, 0 if not, ERRORS_PANIC on a panic. */
static int errors_unwrap(NativeCtx *ctx, Value err, Value *next, Value *list)
{
    Method *m = errors_method(err, "Unwrap");
    next->p = NULL;
    list->p = NULL;
    if (!m) return 0;
    if (errors_sig(m, NULL, type_error)) {
        if (native_call_method(ctx, err, "Unwrap", NULL, 0, next, 1) != NATIVE_OK) return ERRORS_PANIC;
        return 1;
    }
    if (errors_is_multi_unwrap(m)) {
        if (native_call_method(ctx, err, "Unwrap", NULL, 0, list, 1) != NATIVE_OK) return ERRORS_PANIC;
        return 1;
    }
    return 0;
}

/* Go's is(err, target, targetComparable): 1, 0 or ERRORS_PANIC. */
static int errors_is(NativeCtx *ctx, Value err, Value target, bool comparable)
{
    for (;;) {
        if (comparable && errors_equal(err, target)) return 1;
        Method *m = errors_method(err, "Is");
        if (m && errors_sig(m, type_error, type_bool)) {
            Value res = {.i = 0};
            if (native_call_method(ctx, err, "Is", &target, 1, &res, 1) != NATIVE_OK) return ERRORS_PANIC;
            if (res.i) return 1;
        }
        Value next, list;
        int u = errors_unwrap(ctx, err, &next, &list);
        if (u <= 0) return u;
        if (list.p) {
            int64_t n = slice_len(list);
            for (int64_t i = 0; i < n; i++) {
                int r = errors_is(ctx, ((Slice *)list.p)->data[i], target, comparable);
                if (r != 0) return r;
            }
            return 0;
        }
        if (!next.p) return 0;
        err = next;
    }
}

/* errors.Is(err, target error) bool. */
static int errors_Is(NativeCtx *ctx, Value *a, Value *r)
{
    if (!a[1].p) {
        r[0].i = a[0].p == NULL;
        return NATIVE_OK;
    }
    bool comparable = iface_type(a[1])->comparable;
    int res = errors_is(ctx, a[0], a[1], comparable);
    if (res == ERRORS_PANIC) return NATIVE_PANIC;
    r[0].i = res;
    return NATIVE_OK;
}

/* Whether a value of dynamic type d is assignable to type t. */
static bool errors_assignable(Type *d, Type *t)
{
    if (d == t) return true;
    if (t->kind == KIND_INTERFACE) return type_implements(d, t, NULL);
    return false;
}

/* Go's as(err, target, ...): 1, 0 or ERRORS_PANIC; stores through ptr. */
static int errors_as(NativeCtx *ctx, Value err, Value target, Value *ptr, Type *tt)
{
    for (;;) {
        Type *d = iface_type(err);
        if (d && errors_assignable(d, tt)) {
            if (tt->kind == KIND_INTERFACE) ptr[0] = err;
            else if (tt->kind == KIND_STRUCT || tt->kind == KIND_ARRAY)
                memcpy(ptr, iface_value(err).p, (size_t)tt->nslots * sizeof(Value));
            else ptr[0] = iface_value(err);
            return 1;
        }
        Method *m = errors_method(err, "As");
        if (m && errors_sig(m, type_any, type_bool)) {
            Value res = {.i = 0};
            if (native_call_method(ctx, err, "As", &target, 1, &res, 1) != NATIVE_OK) return ERRORS_PANIC;
            if (res.i) return 1;
        }
        Value next, list;
        int u = errors_unwrap(ctx, err, &next, &list);
        if (u <= 0) return u;
        if (list.p) {
            int64_t n = slice_len(list);
            for (int64_t i = 0; i < n; i++) {
                Value e = ((Slice *)list.p)->data[i];
                if (!e.p) continue;
                int r = errors_as(ctx, e, target, ptr, tt);
                if (r != 0) return r;
            }
            return 0;
        }
        if (!next.p) return 0;
        err = next;
    }
}

/* errors.As(err error, target any) bool. */
static int errors_As(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].i = 0;
    if (!a[0].p) return NATIVE_OK;
    if (!a[1].p) return native_panic_string(ctx, "errors: target cannot be nil");
    Type *pt = iface_type(a[1]);
    Value *ptr = iface_value(a[1]).p;
    if (pt->underlying->kind != KIND_POINTER || !ptr)
        return native_panic_string(ctx, "errors: target must be a non-nil pointer");
    Type *tt = pt->underlying->elem;
    if (tt->kind != KIND_INTERFACE && !type_implements(tt, type_error, NULL))
        return native_panic_string(ctx, "errors: *target must be interface or implement error");
    int res = errors_as(ctx, a[0], a[1], ptr, tt);
    if (res == ERRORS_PANIC) return NATIVE_PANIC;
    r[0].i = res;
    return NATIVE_OK;
}

/* errors.Unwrap(err error) error. */
static int errors_Unwrap(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].p = NULL;
    Method *m = errors_method(a[0], "Unwrap");
    if (!m || !errors_sig(m, NULL, type_error)) return NATIVE_OK;
    if (native_call_method(ctx, a[0], "Unwrap", NULL, 0, r, 1) != NATIVE_OK) return NATIVE_PANIC;
    return NATIVE_OK;
}

const NativeFunc errors_natives[] = {
    {"Is", errors_Is},
    {"As", errors_As},
    {"Unwrap", errors_Unwrap},
    {NULL, NULL},
};
