/*
 * Interface values: immutable Iface boxes (runtime/value.h); NULL is the nil
 * interface.
 */
#ifndef CSP_IFACE_H
#define CSP_IFACE_H

#include "runtime/type.h"

/* Boxes v of dynamic type t. t == NULL gives the nil interface; a typed nil
 * pointer (or nil slice, map...) boxes to a non-nil interface; an aggregate
 * (v.p is its storage) is copied. Boxing an interface value returns it as is. */
Value iface_box(Type *t, Value v);
/* The dynamic type of i, NULL for the nil interface. */
Type *iface_type(Value i);
/* The dynamic value of i (for an aggregate: the address of the box's private
 * copy, which must not be written); the zero Value for the nil interface. */
Value iface_value(Value i);

#endif
