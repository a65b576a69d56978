/*
 * Go slices: immutable Slice headers (runtime/value.h) over GC arrays of
 * Values, elem->nslots Values per element. NULL is the nil slice.
 * Nothing here panics: callers check bounds first.
 */
#ifndef CSP_SLICE_H
#define CSP_SLICE_H

#include "runtime/type.h"

/* make([]elem, len, cap): zeroed storage (atomic when elem holds no pointers). */
Value slice_make(Type *elem, int64_t len, int64_t cap);
/* append(s, vals...): n elements laid out inline (n*elem->nslots Values).
 * Grows the capacity exactly as Go's runtime.growslice. */
Value slice_append(Type *elem, Value s, const Value *vals, int64_t n);
/* append(s, t...). */
Value slice_append_slice(Type *elem, Value s, Value t);
/* append(b, str...) for a []byte b. */
Value slice_append_string(Value byteslice, Value str);
/* copy(dst, src): memmove semantics; returns the number of elements copied. */
int64_t slice_copy(Type *elem, Value dst, Value src);
/* copy(dst []byte, str). */
int64_t slice_copy_string(Value dst, Value str);
/* s[lo:hi:max] (max < 0 means cap(s)); bounds already checked. */
Value slice_reslice(Value s, int64_t lo, int64_t hi, int64_t max, int elem_slots);
/* a[lo:hi:max] of an array of `len` elements at `storage` (max < 0 means len). */
Value slice_from_array(Value *storage, int64_t len, int64_t lo, int64_t hi, int64_t max,
                       int elem_slots);
/* The address of element i's first slot (bounds already checked). */
Value *slice_index(Value s, int64_t i, int elem_slots);
/* The capacity Go's growslice picks for a slice of cap `old_cap` that needs
 * `new_len` elements of `elem_size` bytes. */
int64_t slice_grow_cap(int64_t old_cap, int64_t new_len, int64_t elem_size);
/* Whether values of type t contain no GC pointers (atomic allocation is safe). */
bool slice_type_pointer_free(Type *t);

#endif
