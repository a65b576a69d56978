/*
 * Sorting: Go's pdqsort and stable insertion+symMerge sort over abstract
 * less/swap operations (so sort, slices and any C caller get exactly Go's
 * element order, equal elements included), plus the cmp.Ordered comparison.
 */
#ifndef CSP_STDLIB_SORT_H
#define CSP_STDLIB_SORT_H

#include "runtime/native.h"

/* The operations of a sequence being sorted. Embed as the first member. */
typedef struct SortOps SortOps;
struct SortOps {
    /* Whether element i sorts before element j; on a callback panic it sets
     * `failed` and returns false. */
    bool (*less)(SortOps *o, int64_t i, int64_t j);
    /* Swaps elements i and j. */
    void (*swap)(SortOps *o, int64_t i, int64_t j);
    /* Set once a callback panicked: the sort then finishes without calling
     * back again, and the caller returns NATIVE_PANIC. */
    bool failed;
};

/* Sorts n elements as Go's sort.Sort / slices.Sort (pdqsort, unstable). */
void sort_pdq(SortOps *o, int64_t n);
/* Sorts n elements stably as Go's sort.Stable / slices.SortStableFunc. */
void sort_stable(SortOps *o, int64_t n);
/* cmp.Compare for values of an ordered type t (ints, uints, floats with NaN
 * first, strings): -1, 0 or +1. */
int sort_compare_ordered(Type *t, Value a, Value b);

/* The natives of packages sort and cmp. */
extern const NativeFunc sort_natives[];
extern const NativeFunc cmp_natives[];

#endif
