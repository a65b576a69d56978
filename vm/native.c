/*
 * The VM side of runtime/native.h: how natives raise panics, call back into
 * script code and reach the program's streams.
 *
 * Invariants: a native never longjmps; native_panic_* only record the panic
 * on the fiber (Fiber.pending) and return NATIVE_PANIC, which the native
 * passes back to the loop, which then starts the panic. native_call is the
 * one re-entry into the loop (a nested loop on the same fiber).
 */
#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/iface.h"
#include "runtime/native.h"
#include "runtime/str.h"
#include "vm/vm.h"

int native_panic_string(NativeCtx *ctx, const char *msg)
{
    ctx->fiber->pending = iface_box(type_string, str_cstr(msg));
    ctx->fiber->has_pending = true;
    return NATIVE_PANIC;
}

int native_panic_runtime(NativeCtx *ctx, const char *msg)
{
    ctx->fiber->pending = vm_runtime_error(msg);
    ctx->fiber->has_pending = true;
    return NATIVE_PANIC;
}

int native_panic_value(NativeCtx *ctx, Value iface)
{
    ctx->fiber->pending = iface;
    ctx->fiber->has_pending = true;
    return NATIVE_PANIC;
}

int native_call(NativeCtx *ctx, Value fn, Value *args, int nargs, Value *results, int nresults)
{
    int r = vm_call(ctx->fiber, fn, args, nargs, results, nresults);
    return r == VM_DONE ? NATIVE_OK : NATIVE_PANIC;
}

int native_call_method(NativeCtx *ctx, Value iface, const char *name, Value *args, int nargs,
                       Value *results, int nresults)
{
    Iface *b = iface.p;
    if (!b) return -1;
    Method *m = type_find_method(b->type, name);
    if (!m || (m->ptr_recv && b->type->kind != KIND_POINTER)) return -1;
    Value recv = b->val;
    Type *t = b->type;
    if (t->kind == KIND_POINTER && !m->ptr_recv) {
        if (!recv.p) return native_panic_runtime(ctx, "invalid memory address or nil pointer dereference");
        Type *et = t->elem;
        if (et->kind == KIND_STRUCT || et->kind == KIND_ARRAY) {
            Value *c = GC_MALLOC(sizeof(Value) * (size_t)(et->nslots ? et->nslots : 1));
            memcpy(c, recv.p, sizeof(Value) * (size_t)et->nslots);
            recv.p = c;
        } else {
            recv = *(Value *)recv.p;
        }
    } else if (t->kind == KIND_STRUCT || t->kind == KIND_ARRAY) {
        Value *c = GC_MALLOC(sizeof(Value) * (size_t)(t->nslots ? t->nslots : 1));
        memcpy(c, recv.p, sizeof(Value) * (size_t)t->nslots);
        recv.p = c;
    }
    Value *all = GC_MALLOC(sizeof(Value) * (size_t)(nargs + 1));
    all[0] = recv;
    if (nargs) memcpy(all + 1, args, sizeof(Value) * (size_t)nargs);
    return native_call(ctx, m->fn, all, nargs + 1, results, nresults);
}

int native_exit(NativeCtx *ctx, int code)
{
    vm_flush();
    if (vm_escape) longjmp(*vm_escape, (code & 0xff) + 1);
    exit(code);
}

Value native_recover(NativeCtx *ctx)
{
    Fiber *f = ctx->fiber;
    if (f->has_pending) {
        f->has_pending = false;
        Value v = f->pending;
        f->pending.p = NULL;
        return v;
    }
    Panic *p = f->panic;
    if (!p) return (Value){.p = NULL};
    f->panic = p->link;
    return p->val;
}

FILE *native_stdout(NativeCtx *ctx)
{
    return vm_stdout ? vm_stdout : stdout;
}

FILE *native_stderr(NativeCtx *ctx)
{
    return vm_stderr ? vm_stderr : stderr;
}
