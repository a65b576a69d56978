/*
 * The math package's natives (stdlib/math.go declares the API).
 */
#ifndef CSP_STDLIB_MATH_H
#define CSP_STDLIB_MATH_H

#include "runtime/native.h"

/* The natives of package math. */
extern const NativeFunc math_natives[];

#endif
