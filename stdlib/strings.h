/*
 * The strings package's natives (stdlib/strings.go declares the API).
 */
#ifndef CSP_STDLIB_STRINGS_H
#define CSP_STDLIB_STRINGS_H

#include "runtime/native.h"

/* The natives of package strings. */
extern const NativeFunc strings_natives[];

#endif
