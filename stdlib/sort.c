/*
 * Package sort (and cmp's natives): a C port of Go's generated sorting
 * routines (sort/zsortinterface.go: pdqsort, heapSort, insertionSort,
 * symMerge), driven through SortOps so that sort.Sort, sort.Slice,
 * sort.Ints, slices.Sort and slices.SortFunc all make Go's exact sequence of
 * comparisons and swaps, and so produce Go's exact order even for elements
 * that compare equal.
 *
 * Invariants:
 * - The algorithms only use indices within [0, n), whatever less answers,
 *   so they terminate even when a callback panicked (less then answers
 *   false and swap does nothing).
 * - Slice elements are elem->nslots Values; swapping exchanges whole
 *   elements in place.
 */
#include "stdlib/sort.h"

#include <gc/gc.h>
#include <math.h>
#include <string.h>

#include "runtime/iface.h"
#include "runtime/str.h"

/* less through the ops, false once a callback failed. */
static inline bool sort_less(SortOps *o, int64_t i, int64_t j)
{
    if (o->failed) return false;
    return o->less(o, i, j);
}

/* swap through the ops, a no-op once a callback failed. */
static inline void sort_swap(SortOps *o, int64_t i, int64_t j)
{
    if (!o->failed) o->swap(o, i, j);
}

/* The bit length of n (bits.Len). */
static int sort_bits_len(uint64_t n)
{
    int l = 0;
    while (n) {
        l++;
        n >>= 1;
    }
    return l;
}

/* Go's insertionSort: sorts [a, b) by insertion. */
static void sort_insertion(SortOps *o, int64_t a, int64_t b)
{
    for (int64_t i = a + 1; i < b; i++)
        for (int64_t j = i; j > a && sort_less(o, j, j - 1); j--) sort_swap(o, j, j - 1);
}

/* Go's siftDown: restores the heap property below root lo. */
static void sort_sift_down(SortOps *o, int64_t lo, int64_t hi, int64_t first)
{
    int64_t root = lo;
    for (;;) {
        int64_t child = 2 * root + 1;
        if (child >= hi) return;
        if (child + 1 < hi && sort_less(o, first + child, first + child + 1)) child++;
        if (!sort_less(o, first + root, first + child)) return;
        sort_swap(o, first + root, first + child);
        root = child;
    }
}

/* Go's heapSort of [a, b), the fallback after too many bad pivots. */
static void sort_heap(SortOps *o, int64_t a, int64_t b)
{
    int64_t first = a, lo = 0, hi = b - a;
    for (int64_t i = (hi - 1) / 2; i >= 0; i--) sort_sift_down(o, i, hi, first);
    for (int64_t i = hi - 1; i >= 0; i--) {
        sort_swap(o, first, first + i);
        sort_sift_down(o, lo, i, first);
    }
}

/* Sorted hints of choosePivot. */
enum { HINT_UNKNOWN, HINT_INCREASING, HINT_DECREASING };

/* Go's order2: orders the indices *a, *b by their elements, counting swaps. */
static void sort_order2(SortOps *o, int64_t *a, int64_t *b, int *swaps)
{
    if (sort_less(o, *b, *a)) {
        (*swaps)++;
        int64_t t = *a;
        *a = *b;
        *b = t;
    }
}

/* Go's median: the index of the median of three elements. */
static int64_t sort_median(SortOps *o, int64_t a, int64_t b, int64_t c, int *swaps)
{
    sort_order2(o, &a, &b, swaps);
    sort_order2(o, &b, &c, swaps);
    sort_order2(o, &a, &b, swaps);
    return b;
}

/* Go's medianAdjacent: the median of a-1, a and a+1. */
static int64_t sort_median_adjacent(SortOps *o, int64_t a, int *swaps)
{
    return sort_median(o, a - 1, a, a + 1, swaps);
}

/* Go's choosePivot: a pivot index and a sortedness hint for [a, b). */
static int64_t sort_choose_pivot(SortOps *o, int64_t a, int64_t b, int *hint)
{
    const int64_t shortest_ninther = 50;
    const int max_swaps = 4 * 3;
    int64_t l = b - a;
    int swaps = 0;
    int64_t i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
    if (l >= 8) {
        if (l >= shortest_ninther) {
            i = sort_median_adjacent(o, i, &swaps);
            j = sort_median_adjacent(o, j, &swaps);
            k = sort_median_adjacent(o, k, &swaps);
        }
        j = sort_median(o, i, j, k, &swaps);
    }
    *hint = swaps == 0 ? HINT_INCREASING : swaps == max_swaps ? HINT_DECREASING : HINT_UNKNOWN;
    return j;
}

/* Go's reverseRange: reverses [a, b) in place. */
static void sort_reverse_range(SortOps *o, int64_t a, int64_t b)
{
    for (int64_t i = a, j = b - 1; i < j; i++, j--) sort_swap(o, i, j);
}

/* Go's partialInsertionSort: fixes a few out-of-order pairs; true if [a, b) ends sorted. */
static bool sort_partial_insertion(SortOps *o, int64_t a, int64_t b)
{
    const int max_steps = 5;
    const int64_t shortest_shifting = 50;
    int64_t i = a + 1;
    for (int j = 0; j < max_steps; j++) {
        while (i < b && !sort_less(o, i, i - 1)) i++;
        if (i == b) return true;
        if (b - a < shortest_shifting) return false;
        sort_swap(o, i, i - 1);
        if (i - a >= 2) {
            for (int64_t k = i - 1; k >= 1; k--) {
                if (!sort_less(o, k, k - 1)) break;
                sort_swap(o, k, k - 1);
            }
        }
        if (b - i >= 2) {
            for (int64_t k = i + 1; k < b; k++) {
                if (!sort_less(o, k, k - 1)) break;
                sort_swap(o, k, k - 1);
            }
        }
    }
    return false;
}

/* Go's breakPatterns: deterministic xorshift swaps seeded with the length. */
static void sort_break_patterns(SortOps *o, int64_t a, int64_t b)
{
    int64_t length = b - a;
    if (length >= 8) {
        uint64_t random = (uint64_t)length;
        uint64_t modulus = (uint64_t)1 << sort_bits_len((uint64_t)length);
        for (int64_t idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
            random ^= random << 13;
            random ^= random >> 17;
            random ^= random << 5;
            int64_t other = (int64_t)(random & (modulus - 1));
            if (other >= length) other -= length;
            sort_swap(o, idx, a + other);
        }
    }
}

/* Go's partitionEqual: moves elements equal to the pivot first. */
static int64_t sort_partition_equal(SortOps *o, int64_t a, int64_t b, int64_t pivot)
{
    sort_swap(o, a, pivot);
    int64_t i = a + 1, j = b - 1;
    for (;;) {
        while (i <= j && !sort_less(o, a, i)) i++;
        while (i <= j && sort_less(o, a, j)) j--;
        if (i > j) break;
        sort_swap(o, i, j);
        i++;
        j--;
    }
    return i;
}

/* Go's partition around the pivot; *already tells if nothing moved. */
static int64_t sort_partition(SortOps *o, int64_t a, int64_t b, int64_t pivot, bool *already)
{
    sort_swap(o, a, pivot);
    int64_t i = a + 1, j = b - 1;
    while (i <= j && sort_less(o, i, a)) i++;
    while (i <= j && !sort_less(o, j, a)) j--;
    if (i > j) {
        sort_swap(o, j, a);
        *already = true;
        return j;
    }
    sort_swap(o, i, j);
    i++;
    j--;
    for (;;) {
        while (i <= j && sort_less(o, i, a)) i++;
        while (i <= j && !sort_less(o, j, a)) j--;
        if (i > j) break;
        sort_swap(o, i, j);
        i++;
        j--;
    }
    sort_swap(o, j, a);
    *already = false;
    return j;
}

/* Go's pdqsort of [a, b) with `limit` bad pivots allowed. */
static void sort_pdqsort(SortOps *o, int64_t a, int64_t b, int limit)
{
    const int64_t max_insertion = 12;
    bool was_balanced = true, was_partitioned = true;
    for (;;) {
        int64_t length = b - a;
        if (length <= max_insertion) {
            sort_insertion(o, a, b);
            return;
        }
        if (limit == 0) {
            sort_heap(o, a, b);
            return;
        }
        if (!was_balanced) {
            sort_break_patterns(o, a, b);
            limit--;
        }
        int hint;
        int64_t pivot = sort_choose_pivot(o, a, b, &hint);
        if (hint == HINT_DECREASING) {
            sort_reverse_range(o, a, b);
            pivot = (b - 1) - (pivot - a);
            hint = HINT_INCREASING;
        }
        if (was_balanced && was_partitioned && hint == HINT_INCREASING) {
            if (sort_partial_insertion(o, a, b)) return;
        }
        if (a > 0 && !sort_less(o, a - 1, pivot)) {
            a = sort_partition_equal(o, a, b, pivot);
            continue;
        }
        bool already;
        int64_t mid = sort_partition(o, a, b, pivot, &already);
        was_partitioned = already;
        int64_t left = mid - a, right = b - mid, threshold = length / 8;
        if (left < right) {
            was_balanced = left >= threshold;
            sort_pdqsort(o, a, mid, limit);
            a = mid + 1;
        } else {
            was_balanced = right >= threshold;
            sort_pdqsort(o, mid + 1, b, limit);
            b = mid;
        }
    }
}

void sort_pdq(SortOps *o, int64_t n)
{
    if (n <= 1) return;
    sort_pdqsort(o, 0, n, sort_bits_len((uint64_t)n));
}

/* Go's swapRange: swaps the n elements at a with those at b. */
static void sort_swap_range(SortOps *o, int64_t a, int64_t b, int64_t n)
{
    for (int64_t i = 0; i < n; i++) sort_swap(o, a + i, b + i);
}

/* Go's rotate: exchanges the blocks [a, m) and [m, b). */
static void sort_rotate(SortOps *o, int64_t a, int64_t m, int64_t b)
{
    int64_t i = m - a, j = b - m;
    while (i != j) {
        if (i > j) {
            sort_swap_range(o, m - i, m, j);
            i -= j;
        } else {
            sort_swap_range(o, m - i, m + j - i, i);
            j -= i;
        }
    }
    sort_swap_range(o, m - i, m, i);
}

/* Go's symMerge: stably merges the sorted runs [a, m) and [m, b). */
static void sort_sym_merge(SortOps *o, int64_t a, int64_t m, int64_t b)
{
    if (m - a == 1) {
        int64_t i = m, j = b;
        while (i < j) {
            int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
            if (sort_less(o, h, a)) i = h + 1;
            else j = h;
        }
        for (int64_t k = a; k < i - 1; k++) sort_swap(o, k, k + 1);
        return;
    }
    if (b - m == 1) {
        int64_t i = a, j = m;
        while (i < j) {
            int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
            if (!sort_less(o, m, h)) i = h + 1;
            else j = h;
        }
        for (int64_t k = m; k > i; k--) sort_swap(o, k, k - 1);
        return;
    }
    int64_t mid = (int64_t)((uint64_t)(a + b) >> 1);
    int64_t n = mid + m, start, r;
    if (m > mid) {
        start = n - b;
        r = mid;
    } else {
        start = a;
        r = m;
    }
    int64_t p = n - 1;
    while (start < r) {
        int64_t c = (int64_t)((uint64_t)(start + r) >> 1);
        if (!sort_less(o, p - c, c)) start = c + 1;
        else r = c;
    }
    int64_t end = n - start;
    if (start < m && m < end) sort_rotate(o, start, m, end);
    if (a < start && start < mid) sort_sym_merge(o, a, start, mid);
    if (mid < end && end < b) sort_sym_merge(o, mid, end, b);
}

void sort_stable(SortOps *o, int64_t n)
{
    int64_t block = 20, a = 0, b = block;
    while (b <= n) {
        sort_insertion(o, a, b);
        a = b;
        b += block;
    }
    sort_insertion(o, a, n);
    while (block < n) {
        a = 0;
        b = 2 * block;
        while (b <= n) {
            sort_sym_merge(o, a, a + block, b);
            a = b;
            b += 2 * block;
        }
        int64_t m = a + block;
        if (m < n) sort_sym_merge(o, a, m, n);
        block *= 2;
    }
}

int sort_compare_ordered(Type *t, Value a, Value b)
{
    switch (t->kind) {
    case KIND_INT: case KIND_INT8: case KIND_INT16: case KIND_INT32: case KIND_INT64:
        return a.i < b.i ? -1 : a.i > b.i;
    case KIND_UINT: case KIND_UINT8: case KIND_UINT16: case KIND_UINT32: case KIND_UINT64:
    case KIND_UINTPTR:
        return a.u < b.u ? -1 : a.u > b.u;
    case KIND_FLOAT32: case KIND_FLOAT64: {
        bool an = isnan(a.f), bn = isnan(b.f);
        if (an) return bn ? 0 : -1;
        if (bn) return 1;
        return a.f < b.f ? -1 : a.f > b.f;
    }
    case KIND_STRING: {
        int c = str_compare(a, b);
        return c < 0 ? -1 : c > 0;
    }
    default:
        return 0;
    }
}

/* Sorting a slice in place: elements of `slots` Values, ordered by kind or
 * by a script less(i, j) function. */
typedef struct SortSlice {
    /* The operations (first member). */
    SortOps ops;
    /* The elements. */
    Value *data;
    /* Values per element. */
    int slots;
    /* The element type, for ordered comparisons. */
    Type *elem;
    /* The script less(i, j int) bool, for Slice/SliceStable. */
    Value fn;
    /* The native context for callbacks. */
    NativeCtx *ctx;
    /* Scratch room for swapping aggregates. */
    Value *tmp;
} SortSlice;

/* Swaps two elements of a slice. */
static void sort_slice_swap(SortOps *o, int64_t i, int64_t j)
{
    SortSlice *s = (SortSlice *)o;
    if (s->slots == 1) {
        Value t = s->data[i];
        s->data[i] = s->data[j];
        s->data[j] = t;
        return;
    }
    size_t sz = (size_t)s->slots * sizeof(Value);
    memcpy(s->tmp, s->data + i * s->slots, sz);
    memcpy(s->data + i * s->slots, s->data + j * s->slots, sz);
    memcpy(s->data + j * s->slots, s->tmp, sz);
}

/* Orders by the element kind (cmp.Less). */
static bool sort_slice_less_ordered(SortOps *o, int64_t i, int64_t j)
{
    SortSlice *s = (SortSlice *)o;
    return sort_compare_ordered(s->elem, s->data[i], s->data[j]) < 0;
}

/* Orders by the script less(i, j). */
static bool sort_slice_less_func(SortOps *o, int64_t i, int64_t j)
{
    SortSlice *s = (SortSlice *)o;
    Value args[2] = {{.i = i}, {.i = j}}, res = {.i = 0};
    if (native_call(s->ctx, s->fn, args, 2, &res, 1) != NATIVE_OK) {
        o->failed = true;
        return false;
    }
    return res.i != 0;
}

/* Sets up a SortSlice over slice value v with elements of type elem. */
static void sort_slice_init(SortSlice *s, NativeCtx *ctx, Value v, Type *elem)
{
    memset(s, 0, sizeof *s);
    s->ops.swap = sort_slice_swap;
    s->ops.less = sort_slice_less_ordered;
    s->data = v.p ? ((Slice *)v.p)->data : NULL;
    s->elem = elem;
    s->slots = elem->nslots;
    s->ctx = ctx;
    if (s->slots > 1) s->tmp = GC_MALLOC((size_t)s->slots * sizeof(Value));
}

/* Sorts a slice of an ordered element type. */
static void sort_ordered(NativeCtx *ctx, Value v, Type *elem)
{
    SortSlice s;
    sort_slice_init(&s, ctx, v, elem);
    sort_pdq(&s.ops, slice_len(v));
}

/* Whether a slice of an ordered element type is sorted. */
static bool sort_ordered_is_sorted(Value v, Type *elem)
{
    int64_t n = slice_len(v);
    for (int64_t i = n - 1; i > 0; i--) {
        Value *d = ((Slice *)v.p)->data;
        if (sort_compare_ordered(elem, d[i], d[i - 1]) < 0) return false;
    }
    return true;
}

/* Binary search for the first element >= x in a sorted slice. */
static int64_t sort_search_ordered(Value v, Type *elem, Value x)
{
    int64_t i = 0, j = slice_len(v);
    while (i < j) {
        int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
        Value e = ((Slice *)v.p)->data[h];
        bool ge;
        if (elem->kind == KIND_FLOAT64) ge = e.f >= x.f;
        else ge = sort_compare_ordered(elem, e, x) >= 0;
        if (!ge) i = h + 1;
        else j = h;
    }
    return i;
}

/* sort.Ints(x []int). */
static int sort_Ints(NativeCtx *ctx, Value *a, Value *r)
{
    sort_ordered(ctx, a[0], type_int);
    return NATIVE_OK;
}

/* sort.Strings(x []string). */
static int sort_Strings(NativeCtx *ctx, Value *a, Value *r)
{
    sort_ordered(ctx, a[0], type_string);
    return NATIVE_OK;
}

/* sort.Float64s(x []float64): NaNs first, as Float64Slice.Less. */
static int sort_Float64s(NativeCtx *ctx, Value *a, Value *r)
{
    sort_ordered(ctx, a[0], type_float64);
    return NATIVE_OK;
}

/* sort.IntsAreSorted(x []int) bool. */
static int sort_IntsAreSorted(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].i = sort_ordered_is_sorted(a[0], type_int);
    return NATIVE_OK;
}

/* sort.StringsAreSorted(x []string) bool. */
static int sort_StringsAreSorted(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].i = sort_ordered_is_sorted(a[0], type_string);
    return NATIVE_OK;
}

/* sort.Float64sAreSorted(x []float64) bool. */
static int sort_Float64sAreSorted(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].i = sort_ordered_is_sorted(a[0], type_float64);
    return NATIVE_OK;
}

/* sort.SearchInts(a []int, x int) int. */
static int sort_SearchInts(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].i = sort_search_ordered(a[0], type_int, a[1]);
    return NATIVE_OK;
}

/* sort.SearchStrings(a []string, x string) int. */
static int sort_SearchStrings(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].i = sort_search_ordered(a[0], type_string, a[1]);
    return NATIVE_OK;
}

/* sort.SearchFloat64s(a []float64, x float64) int. */
static int sort_SearchFloat64s(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].i = sort_search_ordered(a[0], type_float64, a[1]);
    return NATIVE_OK;
}

/* sort.Search(n int, f func(int) bool) int. */
static int sort_Search(NativeCtx *ctx, Value *a, Value *r)
{
    int64_t i = 0, j = a[0].i;
    while (i < j) {
        int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
        Value arg = {.i = h}, res = {.i = 0};
        if (native_call(ctx, a[1], &arg, 1, &res, 1) != NATIVE_OK) return NATIVE_PANIC;
        if (!res.i) i = h + 1;
        else j = h;
    }
    r[0].i = i;
    return NATIVE_OK;
}

/* sort.Find(n int, cmp func(int) int) (i int, found bool). */
static int sort_Find(NativeCtx *ctx, Value *a, Value *r)
{
    int64_t i = 0, j = a[0].i, n = a[0].i;
    Value res = {.i = 0};
    while (i < j) {
        int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
        Value arg = {.i = h};
        if (native_call(ctx, a[1], &arg, 1, &res, 1) != NATIVE_OK) return NATIVE_PANIC;
        if (res.i > 0) i = h + 1;
        else j = h;
    }
    r[0].i = i;
    r[1].i = 0;
    if (i < n) {
        Value arg = {.i = i};
        if (native_call(ctx, a[1], &arg, 1, &res, 1) != NATIVE_OK) return NATIVE_PANIC;
        r[1].i = res.i == 0;
    }
    return NATIVE_OK;
}

/* Sorting through a sort.Interface value's Len/Less/Swap methods. */
typedef struct SortIface {
    /* The operations (first member). */
    SortOps ops;
    /* The interface value. */
    Value data;
    /* The native context for method calls. */
    NativeCtx *ctx;
} SortIface;

/* Calls the Interface value's Less(i, j). */
static bool sort_iface_less(SortOps *o, int64_t i, int64_t j)
{
    SortIface *s = (SortIface *)o;
    Value args[2] = {{.i = i}, {.i = j}}, res = {.i = 0};
    if (native_call_method(s->ctx, s->data, "Less", args, 2, &res, 1) != NATIVE_OK) {
        o->failed = true;
        return false;
    }
    return res.i != 0;
}

/* Calls the Interface value's Swap(i, j). */
static void sort_iface_swap(SortOps *o, int64_t i, int64_t j)
{
    SortIface *s = (SortIface *)o;
    Value args[2] = {{.i = i}, {.i = j}};
    if (native_call_method(s->ctx, s->data, "Swap", args, 2, NULL, 0) != NATIVE_OK) o->failed = true;
}

/* Prepares to sort an Interface value; returns its Len or -1 after a panic. */
static int64_t sort_iface_init(SortIface *s, NativeCtx *ctx, Value data)
{
    memset(s, 0, sizeof *s);
    s->ops.less = sort_iface_less;
    s->ops.swap = sort_iface_swap;
    s->data = data;
    s->ctx = ctx;
    if (!data.p) {
        native_panic_runtime(ctx, "invalid memory address or nil pointer dereference");
        return -1;
    }
    Value n = {.i = 0};
    if (native_call_method(ctx, data, "Len", NULL, 0, &n, 1) != NATIVE_OK) return -1;
    return n.i;
}

/* The element type of data if its dynamic type is sort.IntSlice,
 * Float64Slice or StringSlice (whose Less is exactly the ordered comparison,
 * so they sort without calling back), else NULL. */
static Type *sort_builtin_slice(Value data)
{
    Type *t = iface_type(data);
    if (!t || !t->pkg || !t->name || strcmp(t->pkg, "sort") != 0) return NULL;
    if (strcmp(t->name, "IntSlice") && strcmp(t->name, "Float64Slice") && strcmp(t->name, "StringSlice"))
        return NULL;
    return t->underlying->elem;
}

/* Orders by the element kind, reversed (sort.Reverse of a builtin slice). */
static bool sort_slice_less_reversed(SortOps *o, int64_t i, int64_t j)
{
    SortSlice *s = (SortSlice *)o;
    return sort_compare_ordered(s->elem, s->data[j], s->data[i]) < 0;
}

/* Sets up a callback-free sort when data is a builtin slice type, or
 * sort.Reverse of one; returns its length, or -1 if data is anything else. */
static int64_t sort_fast_init(SortSlice *s, NativeCtx *ctx, Value data)
{
    Type *e = sort_builtin_slice(data);
    bool reversed = false;
    Value v = iface_value(data);
    if (!e) {
        Type *t = iface_type(data);
        if (!t || t->kind != KIND_POINTER || !t->elem || !t->elem->name || !t->elem->pkg ||
            strcmp(t->elem->pkg, "sort") != 0 || strcmp(t->elem->name, "reverse") != 0 || !v.p)
            return -1;
        Value inner = ((Value *)v.p)[0];
        e = sort_builtin_slice(inner);
        if (!e) return -1;
        v = iface_value(inner);
        reversed = true;
    }
    sort_slice_init(s, ctx, v, e);
    if (reversed) s->ops.less = sort_slice_less_reversed;
    return slice_len(v);
}

/* sort.Sort(data Interface). */
static int sort_Sort(NativeCtx *ctx, Value *a, Value *r)
{
    SortSlice fast;
    int64_t n = sort_fast_init(&fast, ctx, a[0]);
    if (n >= 0) {
        sort_pdq(&fast.ops, n);
        return NATIVE_OK;
    }
    SortIface s;
    n = sort_iface_init(&s, ctx, a[0]);
    if (n < 0) return NATIVE_PANIC;
    sort_pdq(&s.ops, n);
    return s.ops.failed ? NATIVE_PANIC : NATIVE_OK;
}

/* sort.Stable(data Interface). */
static int sort_Stable(NativeCtx *ctx, Value *a, Value *r)
{
    SortSlice fast;
    int64_t n = sort_fast_init(&fast, ctx, a[0]);
    if (n >= 0) {
        sort_stable(&fast.ops, n);
        return NATIVE_OK;
    }
    SortIface s;
    n = sort_iface_init(&s, ctx, a[0]);
    if (n < 0) return NATIVE_PANIC;
    sort_stable(&s.ops, n);
    return s.ops.failed ? NATIVE_PANIC : NATIVE_OK;
}

/* sort.IsSorted(data Interface) bool. */
static int sort_IsSorted(NativeCtx *ctx, Value *a, Value *r)
{
    SortSlice fast;
    SortIface s;
    SortOps *o;
    int64_t n = sort_fast_init(&fast, ctx, a[0]);
    if (n >= 0) {
        o = &fast.ops;
    } else {
        n = sort_iface_init(&s, ctx, a[0]);
        if (n < 0) return NATIVE_PANIC;
        o = &s.ops;
    }
    r[0].i = 1;
    for (int64_t i = n - 1; i > 0; i--) {
        if (sort_less(o, i, i - 1)) {
            r[0].i = 0;
            break;
        }
    }
    return o->failed ? NATIVE_PANIC : NATIVE_OK;
}

/* Go's reflect.Kind names, for the Swapper panic. */
static const char *sort_kind_name(Kind k)
{
    static const char *names[] = {
        [KIND_BOOL] = "bool", [KIND_INT] = "int", [KIND_INT8] = "int8", [KIND_INT16] = "int16",
        [KIND_INT32] = "int32", [KIND_INT64] = "int64", [KIND_UINT] = "uint",
        [KIND_UINT8] = "uint8", [KIND_UINT16] = "uint16", [KIND_UINT32] = "uint32",
        [KIND_UINT64] = "uint64", [KIND_UINTPTR] = "uintptr", [KIND_FLOAT32] = "float32",
        [KIND_FLOAT64] = "float64", [KIND_COMPLEX64] = "complex64",
        [KIND_COMPLEX128] = "complex128", [KIND_ARRAY] = "array", [KIND_CHAN] = "chan",
        [KIND_FUNC] = "func", [KIND_INTERFACE] = "interface", [KIND_MAP] = "map",
        [KIND_POINTER] = "ptr", [KIND_SLICE] = "slice", [KIND_STRING] = "string",
        [KIND_STRUCT] = "struct", [KIND_UNSAFE_POINTER] = "unsafe.Pointer",
    };
    if (k > 0 && k < (Kind)(sizeof names / sizeof names[0]) && names[k]) return names[k];
    return "invalid";
}

/* Prepares a Slice/SliceStable over `x any` holding a slice; 0 or NATIVE_PANIC. */
static int sort_any_slice(SortSlice *s, NativeCtx *ctx, Value x, Value less)
{
    Type *t = iface_type(x);
    if (!t || t->underlying->kind != KIND_SLICE) {
        char msg[200];
        snprintf(msg, sizeof msg, "reflect: call of Swapper on %s Value",
                 t ? sort_kind_name(t->underlying->kind) : "zero");
        return native_panic_string(ctx, msg);
    }
    sort_slice_init(s, ctx, iface_value(x), t->underlying->elem);
    s->fn = less;
    s->ops.less = sort_slice_less_func;
    return 0;
}

/* sort.Slice(x any, less func(i, j int) bool). */
static int sort_Slice(NativeCtx *ctx, Value *a, Value *r)
{
    SortSlice s;
    if (sort_any_slice(&s, ctx, a[0], a[1])) return NATIVE_PANIC;
    sort_pdq(&s.ops, slice_len(iface_value(a[0])));
    return s.ops.failed ? NATIVE_PANIC : NATIVE_OK;
}

/* sort.SliceStable(x any, less func(i, j int) bool). */
static int sort_SliceStable(NativeCtx *ctx, Value *a, Value *r)
{
    SortSlice s;
    if (sort_any_slice(&s, ctx, a[0], a[1])) return NATIVE_PANIC;
    sort_stable(&s.ops, slice_len(iface_value(a[0])));
    return s.ops.failed ? NATIVE_PANIC : NATIVE_OK;
}

/* sort.SliceIsSorted(x any, less func(i, j int) bool) bool. */
static int sort_SliceIsSorted(NativeCtx *ctx, Value *a, Value *r)
{
    SortSlice s;
    if (sort_any_slice(&s, ctx, a[0], a[1])) return NATIVE_PANIC;
    r[0].i = 1;
    for (int64_t i = slice_len(iface_value(a[0])) - 1; i > 0; i--) {
        if (sort_less(&s.ops, i, i - 1)) {
            r[0].i = 0;
            break;
        }
    }
    return s.ops.failed ? NATIVE_PANIC : NATIVE_OK;
}

const NativeFunc sort_natives[] = {
    {"Ints", sort_Ints},
    {"Strings", sort_Strings},
    {"Float64s", sort_Float64s},
    {"IntsAreSorted", sort_IntsAreSorted},
    {"StringsAreSorted", sort_StringsAreSorted},
    {"Float64sAreSorted", sort_Float64sAreSorted},
    {"SearchInts", sort_SearchInts},
    {"SearchStrings", sort_SearchStrings},
    {"SearchFloat64s", sort_SearchFloat64s},
    {"Search", sort_Search},
    {"Find", sort_Find},
    {"Sort", sort_Sort},
    {"Stable", sort_Stable},
    {"IsSorted", sort_IsSorted},
    {"Slice", sort_Slice},
    {"SliceStable", sort_SliceStable},
    {"SliceIsSorted", sort_SliceIsSorted},
    {NULL, NULL},
};

/* cmp.Compare[T Ordered](x, y T) int. */
static int cmp_Compare(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].i = sort_compare_ordered(a[0].p, a[1], a[2]);
    return NATIVE_OK;
}

/* cmp.Less[T Ordered](x, y T) bool. */
static int cmp_Less(NativeCtx *ctx, Value *a, Value *r)
{
    r[0].i = sort_compare_ordered(a[0].p, a[1], a[2]) < 0;
    return NATIVE_OK;
}

const NativeFunc cmp_natives[] = {
    {"Compare", cmp_Compare},
    {"Less", cmp_Less},
    {NULL, NULL},
};
