/*
 * Type descriptors: the one representation of Go types, built by the checker
 * and read at run time by interfaces, type switches, maps, fmt and errors.
 *
 * Invariants:
 * - Types are canonical: two identical types (Go's type identity) are the same
 *   Type*. Unnamed composite types are hash-consed by the constructors below;
 *   each named type (a `type T ...` declaration, or a predeclared one) is one
 *   object. Type identity is therefore pointer equality.
 * - A named type's `underlying` is the unnamed type (or basic type) it is
 *   defined over; an unnamed type's `underlying` is itself.
 * - `nslots` is the number of 8-byte Values of the type's inline storage:
 *   1 for every non-aggregate, the sum of the fields for a struct, len*elem
 *   for an array (0 for an empty struct or array).
 * - Untyped constant kinds and the tuple kind exist only in the checker.
 */
#ifndef CSP_TYPE_H
#define CSP_TYPE_H

#include "value.h"

/* The kind of a type, in Go's reflect order where Go has one. */
typedef enum Kind {
    KIND_INVALID,
    KIND_BOOL,
    KIND_INT, KIND_INT8, KIND_INT16, KIND_INT32, KIND_INT64,
    KIND_UINT, KIND_UINT8, KIND_UINT16, KIND_UINT32, KIND_UINT64, KIND_UINTPTR,
    KIND_FLOAT32, KIND_FLOAT64,
    KIND_COMPLEX64, KIND_COMPLEX128,
    KIND_ARRAY, KIND_CHAN, KIND_FUNC, KIND_INTERFACE, KIND_MAP, KIND_POINTER,
    KIND_SLICE, KIND_STRING, KIND_STRUCT, KIND_UNSAFE_POINTER,
    /* Checker-only kinds. */
    KIND_UNTYPED_BOOL, KIND_UNTYPED_INT, KIND_UNTYPED_RUNE, KIND_UNTYPED_FLOAT,
    KIND_UNTYPED_COMPLEX, KIND_UNTYPED_STRING, KIND_UNTYPED_NIL,
    KIND_TUPLE,
    KIND_TYPEPARAM,
    KIND_COUNT
} Kind;

/* Channel directions, as in reflect.ChanDir. */
typedef enum ChanDir { CHAN_RECV = 1, CHAN_SEND = 2, CHAN_BOTH = 3 } ChanDir;

/* A struct field. */
typedef struct Field {
    /* The field name; for an embedded field, the type's name. */
    const char *name;
    /* The field's type. */
    Type *type;
    /* The index of the field's first slot in the struct's storage. */
    int offset;
    /* Whether the field is embedded (promotes its fields and methods). */
    bool embedded;
    /* Whether the field is exported (starts with an upper-case letter). */
    bool exported;
    /* The raw tag string, or NULL. */
    const char *tag;
} Field;

/* A method: of an interface (fn is unset) or of a named type. */
typedef struct Method {
    /* The method name. */
    const char *name;
    /* The signature, without the receiver. */
    Type *sig;
    /* For a named type's method: whether the receiver is a pointer. */
    bool ptr_recv;
    /* For a named type's method: the function value, receiver as the first
     * parameter. Filled in by the compiler (or stdlib) once the body exists. */
    Value fn;
    /* For a method promoted from an embedded field (added to the named type's
     * list by the checker so run-time lookups find it): the field indices
     * walked from the named type's struct to the embedded receiver
     * (dereferencing embedded pointers on the way), and the declaring
     * method. The compiler fills `fn` with a wrapper that walks `path` and
     * calls `origin`; npath is 0 for a declared method. A promoted method's
     * ptr_recv says whether it is only in the pointer type's method set. */
    int *path;
    int npath;
    struct Method *origin;
    /* For a promoted method: the named type that declares `origin`. */
    Type *origin_type;
} Method;

/* A type descriptor. */
struct Type {
    /* The kind of the type (for a named type: the kind of its underlying). */
    Kind kind;
    /* For a named type: its name, e.g. "Point", "int", "error"; else NULL. */
    const char *name;
    /* For a named type declared in a package: the package name, e.g. "main",
     * "time"; NULL for predeclared types. */
    const char *pkg;
    /* The underlying type (self for unnamed and basic types). */
    Type *underlying;
    /* Storage size in Values. */
    int nslots;
    /* Go's size and alignment in bytes (int 8, byte 1, string 16, ...), used
     * only where Go's behaviour depends on it: append's capacity growth. */
    int64_t size;
    int align;
    /* Element type of array, slice, pointer, chan and map (the value type). */
    Type *elem;
    /* Key type of a map. */
    Type *key;
    /* Length of an array. */
    int64_t len;
    /* Direction of a chan type. */
    ChanDir dir;
    /* Fields of a struct, in order. */
    int nfields;
    Field *fields;
    /* Parameters and results of a func type (or the members of a tuple). */
    int nparams;
    Type **params;
    int nresults;
    Type **results;
    /* Whether a func type's last parameter is variadic (a slice type). */
    bool variadic;
    /* Methods: of an interface (its method set, sorted by name), or the
     * methods declared on a named type (sorted by name), both value- and
     * pointer-receiver ones. Pointer types have none; lookups through a
     * pointer consult elem's list. */
    int nmethods;
    Method *methods;
    /* Whether values of the type are comparable with == (computed). */
    bool comparable;
    /* A unique id, for hashing and stable ordering. */
    int id;
    /* For a type parameter (KIND_TYPEPARAM, checker-only): its constraint
     * interface and its index in the declaring function's type parameters. */
    Type *constraint;
    int tpindex;
    /* For an interface used as a constraint: its type-set terms (union of
     * `~T` or `T`), NULL when the type set is all types with the methods. */
    int nterms;
    Type **terms;
    bool *tilde;
};

/* The predeclared types, made by type_init(). */
extern Type *type_bool, *type_int, *type_int8, *type_int16, *type_int32,
    *type_int64, *type_uint, *type_uint8, *type_uint16, *type_uint32,
    *type_uint64, *type_uintptr, *type_float32, *type_float64, *type_complex64,
    *type_complex128, *type_string, *type_error, *type_any, *type_unsafe_pointer,
    *type_untyped_bool, *type_untyped_int, *type_untyped_rune,
    *type_untyped_float, *type_untyped_complex, *type_untyped_string, *type_untyped_nil;

/* Creates the predeclared types; safe to call more than once. */
void type_init(void);

/* Canonical constructors for unnamed types (hash-consed). */
Type *type_pointer(Type *elem);
Type *type_slice(Type *elem);
Type *type_array(Type *elem, int64_t len);
Type *type_map(Type *key, Type *elem);
Type *type_chan(Type *elem, ChanDir dir);
Type *type_func(Type **params, int nparams, Type **results, int nresults, bool variadic);
Type *type_tuple(Type **members, int n);
/* Fields are copied; offsets are computed. Embedded and tag matter for identity. */
Type *type_struct(const Field *fields, int nfields);
/* Methods are copied and sorted by name. */
Type *type_interface(const Method *methods, int nmethods);

/* An interface with a type set (a constraint): `terms` are the union's types,
 * `tilde[i]` whether term i is ~T. Not hash-consed (constraints are compared
 * only by the checker). */
Type *type_interface_terms(const Method *methods, int nmethods, Type **terms, bool *tilde,
                           int nterms);
/* A new type parameter named `name` (checker-only). */
Type *type_typeparam(const char *name, Type *constraint, int index);

/* Creates a new named type; its underlying is set later by type_set_underlying
 * (so recursive declarations work). */
Type *type_named(const char *pkg, const char *name);
void type_set_underlying(Type *named, Type *underlying);
/* Recomputes the layout (nslots, size, offsets, comparable) of every struct,
 * array and named type from their components: the checker calls it when a
 * struct was built while a type it contains by value was still being
 * declared (type A struct{ b *B }; type B struct{ a A }). */
void type_relayout_all(void);
/* Adds a method to a named type, keeping the list sorted; returns it. */
Method *type_add_method(Type *named, const char *name, Type *sig, bool ptr_recv);

/* Looks up a method by name in `t`'s method list (for *T, in T's); NULL if none. */
Method *type_find_method(Type *t, const char *name);
/* Whether `t` (a pointer receiver allowed when `t` is *T) has every method of
 * interface `iface`. On failure, sets *missing to the first missing name. */
bool type_implements(Type *t, Type *iface, const char **missing);
/* Go's type identity (pointer equality, given canonical types). */
static inline bool type_identical(Type *a, Type *b) { return a == b; }
/* Go's %T / %v spelling of a type, e.g. "[]int", "main.Point", "map[string]int".
 * (Named type_to_string because `type_string` is the predeclared string type.) */
const char *type_to_string(Type *t);
/* Helpers on kinds. */
bool type_is_integer(Type *t);
bool type_is_unsigned(Type *t);
bool type_is_float(Type *t);
/* complex64, complex128 or untyped complex. */
bool type_is_complex(Type *t);
bool type_is_numeric(Type *t);
bool type_is_string(Type *t);
bool type_is_untyped(Type *t);
bool type_is_interface(Type *t);

/* Runtime helpers on values of a given type. */
/* Go's == for two values of type t (interfaces compare dynamically; panics on
 * uncomparable dynamic types are reported by returning -1 instead of 0/1). */
int value_equal(Type *t, Value a, Value b);
/* The uncomparable dynamic type that made the last value_equal return -1. */
Type *value_equal_culprit(void);
/* A hash consistent with value_equal (for map keys). */
uint64_t value_hash(Type *t, Value v);

#endif
