/*
 * The errors package's natives (stdlib/errors.go declares the API).
 */
#ifndef CSP_STDLIB_ERRORS_H
#define CSP_STDLIB_ERRORS_H

#include "runtime/native.h"

/* The natives of package errors. */
extern const NativeFunc errors_natives[];

#endif
