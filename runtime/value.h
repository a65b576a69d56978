/*
 * The value layout shared by the compiler, the VM, the runtime and stdlib.
 *
 * Invariants:
 * - Every value of every Go type fits in one 8-byte Value. The checker knows
 *   every type, so a Value carries no tag: the instruction that reads it
 *   knows whether it is an int64, a double or a pointer.
 * - Scalars (bool, all ints, floats, rune, byte) are stored raw: signed
 *   integers sign-extended to 64 bits, unsigned ones zero-extended, float32
 *   stored as a double already rounded to float32.
 * - Reference-like values are one pointer; NULL is the zero value:
 *     string     -> GoString* (immutable header; NULL is "")
 *     slice      -> Slice*    (immutable header; NULL is a nil slice)
 *     map        -> Map*      (runtime/map.h)
 *     chan       -> Chan*     (runtime/chan.h)
 *     func       -> Closure*
 *     interface  -> Iface*    (immutable box; NULL is the nil interface)
 *     pointer    -> Value*    (into a cell, a struct/array block, or an element)
 *     complex    -> Complex*  (immutable pair of doubles; NULL is 0+0i)
 * - complex64 and complex128 share the Complex representation (a complex64's
 *   parts are doubles already rounded to float32), so every complex operation
 *   has one opcode and complex values copy as one word like strings. A pair
 *   of doubles cannot fit one untagged slot; an immutable heap pair keeps the
 *   one-Value invariant, and NULL reading as 0+0i keeps zeroed storage a
 *   valid zero value. Operations allocate their result (runtime/cplx.h).
 * - Aggregates (struct, array) are stored inline as Type.nslots consecutive
 *   Values. A struct-typed register, field or element of a slice holds the
 *   address of that storage (a Value*). Nested structs and arrays are inlined
 *   in their parent's storage. Copying an aggregate is memcpy of nslots*8
 *   bytes into the destination's storage; an assignment never rebinds the
 *   storage of a variable, so `&v` stays valid.
 * - Where a container slot is a single Value (a register, a map entry, a
 *   channel buffer slot, an interface box), an aggregate is held as a pointer
 *   to its own private copy. Inline storage (struct fields, array and slice
 *   elements) holds aggregates inline.
 * - Headers are immutable: append, reslicing and string operations allocate
 *   a new header. A Go slice value can therefore be copied as one word.
 * - Every heap object comes from Boehm GC. Pointer-free payloads (string
 *   bytes) use GC_MALLOC_ATOMIC.
 */
#ifndef CSP_VALUE_H
#define CSP_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Type Type;
typedef struct Map Map;
typedef struct Chan Chan;
typedef struct Proto Proto;

/* One register, slot, element or field: 8 bytes, no tag. */
typedef union Value {
    int64_t i;
    uint64_t u;
    double f;
    void *p;
} Value;

/* A string header: `len` bytes at `ptr`, not NUL-terminated, never mutated. */
typedef struct GoString {
    const char *ptr;
    int64_t len;
} GoString;

/* A slice header: `len` elements of `elem_slots` Values each at `data`,
 * with room for `cap`. The element size comes from the static type. */
typedef struct Slice {
    Value *data;
    int64_t len;
    int64_t cap;
} Slice;

/* A non-nil interface value: the dynamic type and the value itself (for an
 * aggregate dynamic type, `val.p` points to a private copy of its storage). */
typedef struct Iface {
    Type *type;
    Value val;
} Iface;

/* A complex number (complex64 or complex128): never mutated once built. */
typedef struct Complex {
    double re;
    double im;
} Complex;

/* A native function: see runtime/native.h. */
typedef struct NativeCtx NativeCtx;
typedef int (*NativeFn)(NativeCtx *ctx, Value *args, Value *results);

/* A function value. Bytecode closures have `proto` set and own `nup`
 * captured cells; natives have `native` set. Bound method values are
 * closures whose first upvalue holds the receiver. */
typedef struct Closure {
    Proto *proto;
    NativeFn native;
    int nup;
    Value up[];
} Closure;

/* Inline helpers to read a string Value. */
static inline int64_t str_len(Value v) { return v.p ? ((GoString *)v.p)->len : 0; }
static inline const char *str_ptr(Value v) { return v.p ? ((GoString *)v.p)->ptr : ""; }
static inline double cplx_real(Value v) { return v.p ? ((Complex *)v.p)->re : 0.0; }
static inline double cplx_imag(Value v) { return v.p ? ((Complex *)v.p)->im : 0.0; }
static inline int64_t slice_len(Value v) { return v.p ? ((Slice *)v.p)->len : 0; }
static inline int64_t slice_cap(Value v) { return v.p ? ((Slice *)v.p)->cap : 0; }

#endif
