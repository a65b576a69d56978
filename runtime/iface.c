/*
 * Interface boxing.
 *
 * Invariants:
 * - A box is never written after construction; an aggregate's storage in a
 *   box is a private copy, so callers that mutate must copy out first.
 * - Boxing a value whose type is itself an interface re-uses that interface
 *   value (Go's conversion between interface types keeps the dynamic pair).
 */
#include "runtime/iface.h"

#include <gc/gc.h>
#include <string.h>

Value iface_box(Type *t, Value v)
{
    if (!t) return (Value){.p = NULL};
    if (t->kind == KIND_INTERFACE) return v;
    Iface *b = GC_MALLOC(sizeof(Iface));
    b->type = t;
    if (t->kind == KIND_STRUCT || t->kind == KIND_ARRAY) {
        size_t bytes = (size_t)t->nslots * sizeof(Value);
        Value *copy = GC_MALLOC(bytes ? bytes : 1);
        if (bytes && v.p) memcpy(copy, v.p, bytes);
        b->val.p = copy;
    } else {
        b->val = v;
    }
    return (Value){.p = b};
}

Type *iface_type(Value i)
{
    return i.p ? ((Iface *)i.p)->type : NULL;
}

Value iface_value(Value i)
{
    return i.p ? ((Iface *)i.p)->val : (Value){.p = NULL};
}
