/*
 * Go slices.
 *
 * Invariants:
 * - A Slice header is never written after construction; append and
 *   reslicing return a new header that may share the backing array.
 * - Backing arrays hold cap*nslots Values and are zeroed beyond len when
 *   allocated (GC_MALLOC zeroes; atomic storage is cleared explicitly).
 * - Capacity growth reproduces Go 1.18-1.21's runtime.growslice: doubling
 *   below 256 elements, then newcap += (newcap + 768) / 4, then rounding the
 *   byte size up to a malloc size class, with Go's element size (elem->size).
 */
#include "runtime/slice.h"

#include <gc/gc.h>
#include <string.h>

/* Go's malloc size classes (runtime/sizeclasses.go). */
static const uint16_t slice_class_to_size[] = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288,
    320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536,
    1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192,
    9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576,
    27264, 28672, 32768};

/* Go's roundupsize: the size of the block malloc hands out for `size` bytes. */
static uint64_t slice_roundupsize(uint64_t size)
{
    if (size < 32768) {
        int lo = 1, hi = (int)(sizeof slice_class_to_size / sizeof slice_class_to_size[0]) - 1;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (slice_class_to_size[mid] >= size) hi = mid;
            else lo = mid + 1;
        }
        return size == 0 ? 0 : slice_class_to_size[lo];
    }
    const uint64_t page = 8192;
    if (size + page < size) return size;
    return (size + page - 1) / page * page;
}

bool slice_type_pointer_free(Type *t)
{
    switch (t->kind) {
    case KIND_BOOL: case KIND_INT: case KIND_INT8: case KIND_INT16: case KIND_INT32:
    case KIND_INT64: case KIND_UINT: case KIND_UINT8: case KIND_UINT16: case KIND_UINT32:
    case KIND_UINT64: case KIND_UINTPTR: case KIND_FLOAT32: case KIND_FLOAT64:
        return true;
    case KIND_ARRAY:
        return t->len == 0 || slice_type_pointer_free(t->elem);
    case KIND_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (!slice_type_pointer_free(t->fields[i].type)) return false;
        return true;
    default:
        return false;
    }
}

/* Go's element size for growth; falls back to 8 bytes per slot if unset. */
static int64_t slice_elem_size(Type *elem)
{
    if (elem->size > 0) return elem->size;
    return (int64_t)elem->nslots * 8;
}

int64_t slice_grow_cap(int64_t old_cap, int64_t new_len, int64_t elem_size)
{
    if (elem_size == 0) return new_len;
    int64_t newcap = old_cap, doublecap = old_cap + old_cap;
    if (new_len > doublecap) {
        newcap = new_len;
    } else {
        const int64_t threshold = 256;
        if (old_cap < threshold) {
            newcap = doublecap;
        } else {
            while (0 < newcap && newcap < new_len) newcap += (newcap + 3 * threshold) / 4;
            if (newcap <= 0) newcap = new_len;
        }
    }
    uint64_t capmem = slice_roundupsize((uint64_t)newcap * (uint64_t)elem_size);
    return (int64_t)(capmem / (uint64_t)elem_size);
}

/* Allocates zeroed storage for `cap` elements of `elem`. */
static Value *slice_alloc(Type *elem, int64_t cap)
{
    size_t bytes = (size_t)cap * (size_t)elem->nslots * sizeof(Value);
    if (bytes == 0) return NULL;
    if (slice_type_pointer_free(elem)) {
        Value *d = GC_MALLOC_ATOMIC(bytes);
        if (d) memset(d, 0, bytes);
        return d;
    }
    return GC_MALLOC(bytes);
}

/* Makes a header. */
static Value slice_header(Value *data, int64_t len, int64_t cap)
{
    Slice *s = GC_MALLOC(sizeof(Slice));
    s->data = data;
    s->len = len;
    s->cap = cap;
    return (Value){.p = s};
}

Value slice_make(Type *elem, int64_t len, int64_t cap)
{
    if (cap < len) cap = len;
    return slice_header(slice_alloc(elem, cap), len, cap);
}

/* Returns a slice with room for `n` more elements past len(s) and length
 * len(s)+n; the new elements' storage is left for the caller to fill. */
static Slice *slice_extend(Type *elem, Value s, int64_t n)
{
    Slice *old = s.p;
    int64_t len = old ? old->len : 0, cap = old ? old->cap : 0;
    int ns = elem->nslots;
    if (len + n <= cap) return slice_header(old->data, len + n, cap).p;
    int64_t newcap = slice_grow_cap(cap, len + n, slice_elem_size(elem));
    if (newcap < len + n) newcap = len + n;
    Value *d = slice_alloc(elem, newcap);
    if (len && ns) memcpy(d, old->data, (size_t)len * ns * sizeof(Value));
    return slice_header(d, len + n, newcap).p;
}

Value slice_append(Type *elem, Value s, const Value *vals, int64_t n)
{
    if (n == 0) return s;
    int64_t len = slice_len(s);
    Slice *r = slice_extend(elem, s, n);
    int ns = elem->nslots;
    if (ns) memmove(r->data + len * ns, vals, (size_t)n * ns * sizeof(Value));
    return (Value){.p = r};
}

Value slice_append_slice(Type *elem, Value s, Value t)
{
    Slice *ts = t.p;
    if (!ts || ts->len == 0) {
        /* append(nil, empty...) stays nil; a non-nil s is returned as is. */
        return s;
    }
    return slice_append(elem, s, ts->data, ts->len);
}

Value slice_append_string(Value byteslice, Value str)
{
    int64_t n = str_len(str);
    if (n == 0) return byteslice;
    Type byte_type = {.kind = KIND_UINT8, .nslots = 1, .size = 1, .align = 1};
    int64_t len = slice_len(byteslice);
    Slice *r = slice_extend(&byte_type, byteslice, n);
    const unsigned char *p = (const unsigned char *)str_ptr(str);
    for (int64_t i = 0; i < n; i++) r->data[len + i].u = p[i];
    return (Value){.p = r};
}

int64_t slice_copy(Type *elem, Value dst, Value src)
{
    int64_t n = slice_len(dst) < slice_len(src) ? slice_len(dst) : slice_len(src);
    int ns = elem->nslots;
    if (n && ns)
        memmove(((Slice *)dst.p)->data, ((Slice *)src.p)->data, (size_t)n * ns * sizeof(Value));
    return n;
}

int64_t slice_copy_string(Value dst, Value str)
{
    int64_t n = slice_len(dst) < str_len(str) ? slice_len(dst) : str_len(str);
    const unsigned char *p = (const unsigned char *)str_ptr(str);
    for (int64_t i = 0; i < n; i++) ((Slice *)dst.p)->data[i].u = p[i];
    return n;
}

Value slice_reslice(Value s, int64_t lo, int64_t hi, int64_t max, int elem_slots)
{
    Slice *old = s.p;
    if (!old) return s;
    if (max < 0) max = old->cap;
    Value *d = old->data ? old->data + lo * elem_slots : NULL;
    if (max - lo == 0) d = old->data;
    return slice_header(d, hi - lo, max - lo);
}

Value slice_from_array(Value *storage, int64_t len, int64_t lo, int64_t hi, int64_t max,
                       int elem_slots)
{
    if (max < 0) max = len;
    Value *d = storage ? storage + lo * elem_slots : NULL;
    if (max - lo == 0) d = storage;
    return slice_header(d, hi - lo, max - lo);
}

Value *slice_index(Value s, int64_t i, int elem_slots)
{
    return ((Slice *)s.p)->data + i * elem_slots;
}
