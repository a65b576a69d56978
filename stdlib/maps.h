/*
 * The maps package's natives (stdlib/maps.go declares the API).
 */
#ifndef CSP_STDLIB_MAPS_H
#define CSP_STDLIB_MAPS_H

#include "runtime/native.h"

/* The natives of package maps. */
extern const NativeFunc maps_natives[];

#endif
