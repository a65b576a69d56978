/*
 * The strconv package's natives (stdlib/strconv.go declares the API).
 */
#ifndef CSP_STDLIB_STRCONV_H
#define CSP_STDLIB_STRCONV_H

#include "runtime/native.h"

/* The natives of package strconv. */
extern const NativeFunc strconv_natives[];

#endif
