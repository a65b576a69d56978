/*
 * The slices package's natives (stdlib/slices.go declares the API).
 */
#ifndef CSP_STDLIB_SLICES_H
#define CSP_STDLIB_SLICES_H

#include "runtime/native.h"

/* The natives of package slices. */
extern const NativeFunc slices_natives[];

#endif
