/*
 * The math/bits package's natives: the 64-bit counting primitives and the
 * double-width multiply and divide (the rest is Go in stdlib/bits.go).
 */
#ifndef CSP_STDLIB_BITS_H
#define CSP_STDLIB_BITS_H

#include "runtime/native.h"

/* The natives of package math/bits. */
extern const NativeFunc bits_natives[];

#endif
