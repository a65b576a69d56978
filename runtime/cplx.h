/*
 * complex64/complex128 values (runtime/value.h's Complex): construction and
 * the arithmetic the VM and the standard library share.
 */
#ifndef CSP_CPLX_H
#define CSP_CPLX_H

#include "runtime/value.h"

/* A complex Value with parts re and im (NULL for +0+0i). */
Value cplx_new(double re, double im);
/* The same value with both parts rounded to float32 (complex64). */
Value cplx_round64(Value v);
/* Go's +, -, * and / on complex128 (division as runtime.complex128div).
 * complex64 operations are these followed by cplx_round64, as Go computes
 * complex64 products and quotients in float64. */
Value cplx_add(Value a, Value b);
Value cplx_sub(Value a, Value b);
Value cplx_mul(Value a, Value b);
Value cplx_div(Value a, Value b);
/* -v. */
Value cplx_neg(Value v);
/* Go's == (both parts equal as floats: NaN != NaN, -0 == +0). */
bool cplx_equal(Value a, Value b);

#endif
