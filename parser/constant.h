/*
 * Exact compile-time constants (Go's untyped and typed constants): integers
 * as GMP mpz, floats as exact GMP rationals (mpq), complex numbers as two
 * exact rationals, booleans and strings.
 *
 * Invariants:
 * - A Const is immutable once built; every operation returns a new Const.
 * - A float constant stays exact until it is converted to a typed float
 *   (const_round), which rounds to float64 (or float32) to nearest-even.
 * - Values convert to the runtime representation with const_value.
 */
#ifndef CSP_CONSTANT_H
#define CSP_CONSTANT_H

#include <gmp.h>
#include "parser/ast.h"

/* The representation of a constant. */
typedef enum ConstKind { CK_BOOL, CK_INT, CK_FLOAT, CK_STRING, CK_COMPLEX } ConstKind;

/* An exact constant value. */
typedef struct Const {
    /* Which of the fields below holds the value. */
    ConstKind kind;
    /* CK_BOOL. */
    bool b;
    /* CK_INT. */
    mpz_t z;
    /* CK_FLOAT; for CK_COMPLEX the real part. */
    mpq_t q;
    /* CK_COMPLEX: the imaginary part. */
    mpq_t qi;
    /* CK_STRING: bytes (GC memory) and length. */
    const char *s;
    int64_t len;
} Const;

/* Constructors. */
Const *const_bool(bool b);
Const *const_int64(int64_t v);
Const *const_uint64(uint64_t v);
Const *const_string(const char *s, int64_t len);
Const *const_float_d(double d);
/* Parses an integer, float or imaginary literal's raw text; NULL if malformed. */
Const *const_from_literal(LitKind kind, const char *raw);

/* Converts between representations: an integral float (or complex with a
 * zero imaginary part) to an int (NULL if not integral), an int (or complex
 * with a zero imaginary part) to a float, an int or float to a complex.
 * Others are returned as is. */
Const *const_to_int(const Const *c);
Const *const_to_float(const Const *c);
Const *const_to_complex(const Const *c);
/* complex(re, im) of two int/float constants; real(c) and imag(c) of any
 * numeric constant (as floats). */
Const *const_make_complex(const Const *re, const Const *im);
Const *const_real(const Const *c);
Const *const_imag(const Const *c);

/* Unary + - ^ !. For ^ on a typed unsigned constant, `ubits` is its width
 * (the result is masked); 0 otherwise. */
Const *const_unary(Op op, const Const *x, int ubits);
/* Binary arithmetic and logic on constants of the same representation (the
 * caller converts first). `intdiv` selects integer division for OP_QUO.
 * Returns NULL on division by zero. */
Const *const_binary(Op op, const Const *x, const Const *y, bool intdiv);
/* Shifts an integer constant by s bits. */
Const *const_shift(Op op, const Const *x, uint64_t s);
/* Compares two constants of the same representation. */
bool const_compare(Op op, const Const *x, const Const *y);

/* Whether `c` is representable in basic type `t` (its underlying); on
 * success *out (if non-NULL) is the value rounded for t (floats). Sets
 * *overflow when an integer/float constant is out of range (as opposed to
 * being of the wrong kind or truncated). */
bool const_representable(const Const *c, Type *t, Const **out, bool *overflow);
/* The runtime Value of `c` in basic type `t` (already representable). */
Value const_value(const Const *c, Type *t);
/* Go's go/constant spelling, for messages ("300", "0.1", "\"abc\"", "true"). */
const char *const_repr(const Const *c);
/* Integer helpers: sign, and whether it fits int64 / uint64 (value in *out). */
int const_sign(const Const *c);
bool const_int64_of(const Const *c, int64_t *out);
bool const_uint64_of(const Const *c, uint64_t *out);

#endif
