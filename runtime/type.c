/*
 * Type descriptors: predeclared types, hash-consed constructors for unnamed
 * types, named types with their method lists, and Go's spelling of types.
 *
 * Invariants:
 * - Every unnamed composite type is interned in one open-addressing table
 *   keyed by its structure; components are already canonical, so structural
 *   comparison is pointer comparison of components.
 * - Derived data (nslots, size, align, comparable) is computed once, when the
 *   type is built (for a named type, when its underlying is set). A named
 *   type copies its underlying's structural fields (elem, key, fields,
 *   params, ...) so run-time code can read them without following
 *   `underlying`; a named interface also copies the interface's methods.
 * - The table lives in static storage, so Boehm GC sees it as a root.
 */
#include "runtime/type.h"
#include "runtime/str.h"

#include <gc/gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

Type *type_bool, *type_int, *type_int8, *type_int16, *type_int32, *type_int64, *type_uint,
    *type_uint8, *type_uint16, *type_uint32, *type_uint64, *type_uintptr, *type_float32,
    *type_float64, *type_complex64, *type_complex128, *type_string, *type_error, *type_any, *type_unsafe_pointer,
    *type_untyped_bool, *type_untyped_int, *type_untyped_rune, *type_untyped_float,
    *type_untyped_complex, *type_untyped_string, *type_untyped_nil;

/* The next type id. */
static int next_id = 1;

/* The intern table of unnamed types. */
static Type **intern_tab;
static int intern_cap, intern_count;

/* Allocates a zeroed type of the given kind with a fresh id. */
static Type *new_type(Kind kind) {
    Type *t = GC_MALLOC(sizeof(Type));
    t->kind = kind;
    t->id = next_id++;
    t->underlying = t;
    t->nslots = 1;
    t->size = 8;
    t->align = 8;
    t->comparable = true;
    return t;
}

/* Makes a predeclared basic type with Go's size. */
static Type *basic(Kind kind, const char *name, int64_t size) {
    Type *t = new_type(kind);
    t->name = name;
    t->size = size;
    t->align = size > 8 ? 8 : (int)size;
    if (t->align == 0) t->align = 1;
    return t;
}

void type_init(void) {
    if (type_bool) return;
    type_bool = basic(KIND_BOOL, "bool", 1);
    type_int = basic(KIND_INT, "int", 8);
    type_int8 = basic(KIND_INT8, "int8", 1);
    type_int16 = basic(KIND_INT16, "int16", 2);
    type_int32 = basic(KIND_INT32, "int32", 4);
    type_int64 = basic(KIND_INT64, "int64", 8);
    type_uint = basic(KIND_UINT, "uint", 8);
    type_uint8 = basic(KIND_UINT8, "uint8", 1);
    type_uint16 = basic(KIND_UINT16, "uint16", 2);
    type_uint32 = basic(KIND_UINT32, "uint32", 4);
    type_uint64 = basic(KIND_UINT64, "uint64", 8);
    type_uintptr = basic(KIND_UINTPTR, "uintptr", 8);
    type_float32 = basic(KIND_FLOAT32, "float32", 4);
    type_float64 = basic(KIND_FLOAT64, "float64", 8);
    type_complex64 = basic(KIND_COMPLEX64, "complex64", 8);
    type_complex64->align = 4;
    type_complex128 = basic(KIND_COMPLEX128, "complex128", 16);
    type_string = basic(KIND_STRING, "string", 16);
    type_string->align = 8;
    type_unsafe_pointer = basic(KIND_UNSAFE_POINTER, "Pointer", 8);
    type_unsafe_pointer->pkg = "unsafe";
    type_untyped_bool = basic(KIND_UNTYPED_BOOL, "untyped bool", 1);
    type_untyped_int = basic(KIND_UNTYPED_INT, "untyped int", 8);
    type_untyped_rune = basic(KIND_UNTYPED_RUNE, "untyped rune", 4);
    type_untyped_float = basic(KIND_UNTYPED_FLOAT, "untyped float", 8);
    type_untyped_complex = basic(KIND_UNTYPED_COMPLEX, "untyped complex", 16);
    type_untyped_string = basic(KIND_UNTYPED_STRING, "untyped string", 16);
    type_untyped_nil = basic(KIND_UNTYPED_NIL, "untyped nil", 8);
    type_any = type_interface(NULL, 0);
    /* error is a named interface with one method: Error() string. */
    type_error = type_named(NULL, "error");
    Type *res[1] = {type_string};
    Method m = {.name = "Error", .sig = type_func(NULL, 0, res, 1, false)};
    type_set_underlying(type_error, type_interface(&m, 1));
}

/* Mixes one word into a hash. */
static uint64_t mix(uint64_t h, uint64_t v) {
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

/* The structural hash of an unnamed type (components hashed by id). */
static uint64_t struct_hash(const Type *t) {
    uint64_t h = mix(0, (uint64_t)t->kind);
    if (t->elem) h = mix(h, (uint64_t)t->elem->id);
    if (t->key) h = mix(h, (uint64_t)t->key->id);
    h = mix(h, (uint64_t)t->len);
    h = mix(h, (uint64_t)t->dir);
    h = mix(h, (uint64_t)t->variadic);
    for (int i = 0; i < t->nparams; i++) h = mix(h, (uint64_t)t->params[i]->id);
    h = mix(h, (uint64_t)t->nparams);
    for (int i = 0; i < t->nresults; i++) h = mix(h, (uint64_t)t->results[i]->id);
    h = mix(h, (uint64_t)t->nresults);
    for (int i = 0; i < t->nfields; i++) {
        for (const char *p = t->fields[i].name; p && *p; p++) h = mix(h, (unsigned char)*p);
        h = mix(h, (uint64_t)t->fields[i].type->id);
        h = mix(h, (uint64_t)t->fields[i].embedded);
    }
    for (int i = 0; i < t->nmethods; i++) {
        for (const char *p = t->methods[i].name; *p; p++) h = mix(h, (unsigned char)*p);
        h = mix(h, (uint64_t)t->methods[i].sig->id);
    }
    return h;
}

/* Whether two strings (either may be NULL) are equal. */
static bool str_eq(const char *a, const char *b) {
    if (!a || !b) return a == b;
    return strcmp(a, b) == 0;
}

/* Structural equality of two unnamed types with canonical components. */
static bool struct_equal(const Type *a, const Type *b) {
    if (a->kind != b->kind || a->elem != b->elem || a->key != b->key || a->len != b->len ||
        a->dir != b->dir || a->variadic != b->variadic || a->nparams != b->nparams ||
        a->nresults != b->nresults || a->nfields != b->nfields || a->nmethods != b->nmethods)
        return false;
    for (int i = 0; i < a->nparams; i++)
        if (a->params[i] != b->params[i]) return false;
    for (int i = 0; i < a->nresults; i++)
        if (a->results[i] != b->results[i]) return false;
    for (int i = 0; i < a->nfields; i++) {
        const Field *x = &a->fields[i], *y = &b->fields[i];
        if (!str_eq(x->name, y->name) || x->type != y->type || x->embedded != y->embedded ||
            !str_eq(x->tag, y->tag))
            return false;
    }
    for (int i = 0; i < a->nmethods; i++)
        if (!str_eq(a->methods[i].name, b->methods[i].name) || a->methods[i].sig != b->methods[i].sig)
            return false;
    return true;
}

/* Returns the canonical copy of the probe type `t` (a stack template), making
 * a heap copy and interning it if it is new. `fin` finishes a new type. */
static Type *intern(const Type *probe) {
    if (intern_count * 2 >= intern_cap) {
        int ncap = intern_cap ? intern_cap * 2 : 1024;
        Type **nt = GC_MALLOC(sizeof(Type *) * ncap);
        for (int i = 0; i < intern_cap; i++) {
            Type *t = intern_tab[i];
            if (!t) continue;
            uint64_t h = struct_hash(t) & (ncap - 1);
            while (nt[h]) h = (h + 1) & (ncap - 1);
            nt[h] = t;
        }
        intern_tab = nt;
        intern_cap = ncap;
    }
    uint64_t h = struct_hash(probe) & (intern_cap - 1);
    while (intern_tab[h]) {
        if (struct_equal(intern_tab[h], probe)) return intern_tab[h];
        h = (h + 1) & (intern_cap - 1);
    }
    Type *t = GC_MALLOC(sizeof(Type));
    *t = *probe;
    t->id = next_id++;
    t->underlying = t;
    intern_tab[h] = t;
    intern_count++;
    return t;
}

/* A probe template for a kind, with the defaults of a one-word type. */
static Type probe_of(Kind kind) {
    Type p;
    memset(&p, 0, sizeof p);
    p.kind = kind;
    p.nslots = 1;
    p.size = 8;
    p.align = 8;
    p.comparable = true;
    return p;
}

Type *type_pointer(Type *elem) {
    Type p = probe_of(KIND_POINTER);
    p.elem = elem;
    return intern(&p);
}

Type *type_slice(Type *elem) {
    Type p = probe_of(KIND_SLICE);
    p.elem = elem;
    p.size = 24;
    p.comparable = false;
    return intern(&p);
}

Type *type_array(Type *elem, int64_t len) {
    Type p = probe_of(KIND_ARRAY);
    p.elem = elem;
    p.len = len;
    int64_t ns = (int64_t)elem->nslots * len;
    p.nslots = ns > (1 << 30) ? (1 << 30) : (int)ns;
    p.size = elem->size * len;
    p.align = elem->align;
    p.comparable = elem->comparable;
    return intern(&p);
}

Type *type_map(Type *key, Type *elem) {
    Type p = probe_of(KIND_MAP);
    p.key = key;
    p.elem = elem;
    p.comparable = false;
    return intern(&p);
}

Type *type_chan(Type *elem, ChanDir dir) {
    Type p = probe_of(KIND_CHAN);
    p.elem = elem;
    p.dir = dir;
    return intern(&p);
}

Type *type_func(Type **params, int nparams, Type **results, int nresults, bool variadic) {
    Type p = probe_of(KIND_FUNC);
    p.params = params;
    p.nparams = nparams;
    p.results = results;
    p.nresults = nresults;
    p.variadic = variadic;
    p.comparable = false;
    Type *t = intern(&p);
    if (t->params == params && nparams) {
        t->params = GC_MALLOC(sizeof(Type *) * nparams);
        memcpy(t->params, params, sizeof(Type *) * nparams);
    }
    if (t->results == results && nresults) {
        t->results = GC_MALLOC(sizeof(Type *) * nresults);
        memcpy(t->results, results, sizeof(Type *) * nresults);
    }
    return t;
}

Type *type_tuple(Type **members, int n) {
    Type p = probe_of(KIND_TUPLE);
    p.params = members;
    p.nparams = n;
    p.comparable = false;
    Type *t = intern(&p);
    if (t->params == members && n) {
        t->params = GC_MALLOC(sizeof(Type *) * n);
        memcpy(t->params, members, sizeof(Type *) * n);
    }
    return t;
}

Type *type_struct(const Field *fields, int nfields) {
    /* An empty tag is no tag (Go's identity ignores the difference). */
    for (int i = 0; i < nfields; i++)
        if (fields[i].tag && !fields[i].tag[0]) {
            Field *copy = GC_MALLOC(sizeof(Field) * nfields);
            memcpy(copy, fields, sizeof(Field) * nfields);
            for (int k = 0; k < nfields; k++)
                if (copy[k].tag && !copy[k].tag[0]) copy[k].tag = NULL;
            fields = copy;
            break;
        }
    Type p = probe_of(KIND_STRUCT);
    p.fields = (Field *)fields;
    p.nfields = nfields;
    Type *t = intern(&p);
    if (t->fields != fields || !nfields) {
        if (!nfields) {
            t->nslots = 0;
            t->size = 0;
            t->align = 1;
        }
        return t;
    }
    t->fields = GC_MALLOC(sizeof(Field) * (nfields ? nfields : 1));
    memcpy(t->fields, fields, sizeof(Field) * nfields);
    int slots = 0;
    int64_t size = 0;
    int align = 1;
    bool cmp = true;
    for (int i = 0; i < nfields; i++) {
        Field *f = &t->fields[i];
        f->offset = slots;
        slots += f->type->nslots;
        int a = f->type->align ? f->type->align : 1;
        size = (size + a - 1) / a * a + f->type->size;
        if (a > align) align = a;
        if (!f->type->comparable) cmp = false;
        if (f->name && f->name[0]) {
            unsigned char c = (unsigned char)f->name[0];
            f->exported = (c >= 'A' && c <= 'Z') || c >= 0x80;
        }
    }
    if (nfields && t->fields[nfields - 1].type->size == 0 && size > 0) size++;
    size = (size + align - 1) / align * align;
    t->nslots = slots;
    t->size = size;
    t->align = align;
    t->comparable = cmp;
    return t;
}

/* Orders methods by name for sorting. */
static int method_cmp(const void *a, const void *b) {
    return strcmp(((const Method *)a)->name, ((const Method *)b)->name);
}

Type *type_interface(const Method *methods, int nmethods) {
    Method *sorted = NULL;
    if (nmethods) {
        sorted = GC_MALLOC(sizeof(Method) * nmethods);
        memcpy(sorted, methods, sizeof(Method) * nmethods);
        qsort(sorted, nmethods, sizeof(Method), method_cmp);
    }
    Type p = probe_of(KIND_INTERFACE);
    p.methods = sorted;
    p.nmethods = nmethods;
    p.size = 16;
    return intern(&p);
}

Type *type_interface_terms(const Method *methods, int nmethods, Type **terms, bool *tilde,
                           int nterms) {
    Type *base = type_interface(methods, nmethods);
    Type *t = new_type(KIND_INTERFACE);
    *t = *base;
    t->id = next_id++;
    t->underlying = t;
    t->nterms = nterms;
    t->terms = GC_MALLOC(sizeof(Type *) * (nterms ? nterms : 1));
    t->tilde = GC_MALLOC(sizeof(bool) * (nterms ? nterms : 1));
    if (nterms) {
        memcpy(t->terms, terms, sizeof(Type *) * nterms);
        memcpy(t->tilde, tilde, sizeof(bool) * nterms);
    }
    return t;
}

Type *type_typeparam(const char *name, Type *constraint, int index) {
    Type *t = new_type(KIND_TYPEPARAM);
    t->name = name;
    t->constraint = constraint;
    t->tpindex = index;
    return t;
}

/* Every named type, for type_relayout_all. */
static Type **named_tab;
static int nnamed, capnamed;

Type *type_named(const char *pkg, const char *name) {
    Type *t = new_type(KIND_INVALID);
    if (nnamed == capnamed) {
        capnamed = capnamed ? capnamed * 2 : 256;
        Type **nv = GC_MALLOC(sizeof(Type *) * capnamed);
        if (nnamed) memcpy(nv, named_tab, sizeof(Type *) * nnamed);
        named_tab = nv;
    }
    named_tab[nnamed++] = t;
    t->pkg = pkg;
    t->name = name;
    t->underlying = NULL;
    t->nslots = 0;
    t->size = 0;
    t->align = 1;
    return t;
}

void type_set_underlying(Type *named, Type *u) {
    if (!u) return;
    u = u->underlying ? u->underlying : u;
    int nm = named->nmethods;
    Method *ms = named->methods;
    const char *name = named->name, *pkg = named->pkg;
    int id = named->id;
    *named = *u;
    named->name = name;
    named->pkg = pkg;
    named->id = id;
    named->underlying = u;
    if (u->kind != KIND_INTERFACE) {
        named->nmethods = nm;
        named->methods = ms;
    }
}

/* Recomputes one struct's or array's layout from its components; returns
 * whether anything changed. */
static bool relayout(Type *t) {
    int slots = 0;
    int64_t size = 0;
    int align = 1;
    bool cmp = true;
    if (t->kind == KIND_STRUCT) {
        for (int i = 0; i < t->nfields; i++) {
            Field *f = &t->fields[i];
            f->offset = slots;
            slots += f->type->nslots;
            int a = f->type->align ? f->type->align : 1;
            size = (size + a - 1) / a * a + f->type->size;
            if (a > align) align = a;
            if (!f->type->comparable) cmp = false;
        }
        if (t->nfields && t->fields[t->nfields - 1].type->size == 0 && size > 0) size++;
        size = (size + align - 1) / align * align;
    } else if (t->kind == KIND_ARRAY) {
        int64_t ns = (int64_t)t->elem->nslots * t->len;
        slots = ns > (1 << 30) ? (1 << 30) : (int)ns;
        size = t->elem->size * t->len;
        align = t->elem->align;
        cmp = t->elem->comparable;
    } else {
        return false;
    }
    bool changed = t->nslots != slots || t->size != size || t->align != align || t->comparable != cmp;
    t->nslots = slots;
    t->size = size;
    t->align = align;
    t->comparable = cmp;
    return changed;
}

void type_relayout_all(void) {
    for (int pass = 0; pass < 64; pass++) {
        bool changed = false;
        for (int i = 0; i < intern_cap; i++)
            if (intern_tab[i] && relayout(intern_tab[i])) changed = true;
        for (int i = 0; i < nnamed; i++) {
            Type *n = named_tab[i];
            Type *u = n->underlying;
            if (!u || u == n) continue;
            if (n->nslots != u->nslots || n->size != u->size || n->align != u->align || n->comparable != u->comparable ||
                n->kind != u->kind) {
                n->kind = u->kind;
                n->nslots = u->nslots;
                n->size = u->size;
                n->align = u->align;
                n->comparable = u->comparable;
                changed = true;
            }
        }
        if (!changed) break;
    }
}

Method *type_add_method(Type *named, const char *name, Type *sig, bool ptr_recv) {
    int n = named->nmethods;
    Method *ms = GC_MALLOC(sizeof(Method) * (n + 1));
    int at = 0;
    while (at < n && strcmp(named->methods[at].name, name) < 0) at++;
    if (n) memcpy(ms, named->methods, sizeof(Method) * at);
    if (n - at) memcpy(ms + at + 1, named->methods + at, sizeof(Method) * (n - at));
    memset(&ms[at], 0, sizeof(Method));
    ms[at].name = name;
    ms[at].sig = sig;
    ms[at].ptr_recv = ptr_recv;
    named->methods = ms;
    named->nmethods = n + 1;
    return &ms[at];
}

/* Binary search for a method by name in a sorted list. */
static Method *find_in(Method *ms, int n, const char *name) {
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        int c = strcmp(ms[mid].name, name);
        if (c == 0) return &ms[mid];
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
    }
    return NULL;
}

Method *type_find_method(Type *t, const char *name) {
    if (!t) return NULL;
    if (t->kind == KIND_POINTER && !t->name && t->elem && t->elem->name && t->elem->kind != KIND_INTERFACE)
        t = t->elem;
    return find_in(t->methods, t->nmethods, name);
}

bool type_implements(Type *t, Type *iface, const char **missing) {
    Type *it = iface->underlying ? iface->underlying : iface;
    bool ptr = false;
    Type *base = t;
    if (t->kind == KIND_POINTER && !t->name && t->elem && t->elem->name) {
        ptr = true;
        base = t->elem;
    }
    bool is_iface = base->kind == KIND_INTERFACE;
    for (int i = 0; i < it->nmethods; i++) {
        Method *want = &it->methods[i];
        Method *have = (base->name || is_iface) ? find_in(base->methods, base->nmethods, want->name) : NULL;
        if (is_iface && ptr) have = NULL;
        if (!have || have->sig != want->sig || (have->ptr_recv && !ptr && !is_iface)) {
            if (missing) *missing = want->name;
            return false;
        }
    }
    return true;
}

static void write_type(StrBuf *b, Type *t, int depth);

/* Writes a parameter or result list "(a, b)" without the parentheses. */
static void write_list(StrBuf *b, Type **ts, int n, bool variadic, int depth) {
    for (int i = 0; i < n; i++) {
        if (i) str_buf_puts(b, ", ");
        if (variadic && i == n - 1 && ts[i]->kind == KIND_SLICE) {
            str_buf_puts(b, "...");
            write_type(b, ts[i]->elem, depth);
        } else {
            write_type(b, ts[i], depth);
        }
    }
}

/* Writes a signature without the "func" keyword: "(int) string". */
static void write_sig(StrBuf *b, Type *t, int depth) {
    str_buf_puts(b, "(");
    write_list(b, t->params, t->nparams, t->variadic, depth);
    str_buf_puts(b, ")");
    if (t->nresults == 1) {
        str_buf_puts(b, " ");
        write_type(b, t->results[0], depth);
    } else if (t->nresults > 1) {
        str_buf_puts(b, " (");
        write_list(b, t->results, t->nresults, false, depth);
        str_buf_puts(b, ")");
    }
}

/* Writes Go's spelling of `t`, bounding the depth of pathological types. */
static void write_type(StrBuf *b, Type *t, int depth) {
    char num[32];
    if (!t) {
        str_buf_puts(b, "invalid type");
        return;
    }
    if (depth > 64) {
        str_buf_puts(b, "...");
        return;
    }
    depth++;
    if (t->name) {
        if (t->pkg && t->kind != KIND_TYPEPARAM) {
            str_buf_puts(b, t->pkg);
            str_buf_puts(b, ".");
        }
        str_buf_puts(b, t->name);
        return;
    }
    switch (t->kind) {
    case KIND_POINTER:
        str_buf_puts(b, "*");
        write_type(b, t->elem, depth);
        break;
    case KIND_SLICE:
        str_buf_puts(b, "[]");
        write_type(b, t->elem, depth);
        break;
    case KIND_ARRAY:
        snprintf(num, sizeof num, "[%lld]", (long long)t->len);
        str_buf_puts(b, num);
        write_type(b, t->elem, depth);
        break;
    case KIND_MAP:
        str_buf_puts(b, "map[");
        write_type(b, t->key, depth);
        str_buf_puts(b, "]");
        write_type(b, t->elem, depth);
        break;
    case KIND_CHAN:
        if (t->dir == CHAN_RECV) str_buf_puts(b, "<-chan ");
        else if (t->dir == CHAN_SEND) str_buf_puts(b, "chan<- ");
        else str_buf_puts(b, "chan ");
        if (t->dir == CHAN_BOTH && t->elem->kind == KIND_CHAN && !t->elem->name &&
            t->elem->dir == CHAN_RECV) {
            str_buf_puts(b, "(");
            write_type(b, t->elem, depth);
            str_buf_puts(b, ")");
        } else {
            write_type(b, t->elem, depth);
        }
        break;
    case KIND_FUNC:
        str_buf_puts(b, "func");
        write_sig(b, t, depth);
        break;
    case KIND_TUPLE:
        str_buf_puts(b, "(");
        write_list(b, t->params, t->nparams, false, depth);
        str_buf_puts(b, ")");
        break;
    case KIND_STRUCT:
        str_buf_puts(b, "struct {");
        for (int i = 0; i < t->nfields; i++) {
            str_buf_puts(b, i ? "; " : " ");
            if (!t->fields[i].embedded) {
                str_buf_puts(b, t->fields[i].name);
                str_buf_puts(b, " ");
            }
            write_type(b, t->fields[i].type, depth);
            if (t->fields[i].tag) {
                str_buf_puts(b, " \"");
                str_buf_puts(b, t->fields[i].tag);
                str_buf_puts(b, "\"");
            }
        }
        str_buf_puts(b, t->nfields ? " }" : "}");
        break;
    case KIND_INTERFACE:
        if (t->nmethods == 0 && t->nterms == 0) {
            str_buf_puts(b, "interface {}");
            break;
        }
        str_buf_puts(b, "interface {");
        for (int i = 0; i < t->nmethods; i++) {
            str_buf_puts(b, i ? "; " : " ");
            str_buf_puts(b, t->methods[i].name);
            write_sig(b, t->methods[i].sig, depth);
        }
        if (t->nterms) {
            str_buf_puts(b, t->nmethods ? "; " : " ");
            for (int i = 0; i < t->nterms; i++) {
                if (i) str_buf_puts(b, " | ");
                if (t->tilde[i]) str_buf_puts(b, "~");
                write_type(b, t->terms[i], depth);
            }
        }
        str_buf_puts(b, " }");
        break;
    case KIND_UNSAFE_POINTER:
        str_buf_puts(b, "unsafe.Pointer");
        break;
    default:
        str_buf_puts(b, "invalid type");
        break;
    }
}

const char *type_to_string(Type *t) {
    StrBuf b = {0};
    str_buf_puts(&b, "");
    write_type(&b, t, 0);
    return b.p;
}

bool type_is_integer(Type *t) {
    return t && ((t->kind >= KIND_INT && t->kind <= KIND_UINTPTR) || t->kind == KIND_UNTYPED_INT ||
                 t->kind == KIND_UNTYPED_RUNE);
}

bool type_is_unsigned(Type *t) { return t && t->kind >= KIND_UINT && t->kind <= KIND_UINTPTR; }

bool type_is_float(Type *t) {
    return t && (t->kind == KIND_FLOAT32 || t->kind == KIND_FLOAT64 || t->kind == KIND_UNTYPED_FLOAT);
}

bool type_is_complex(Type *t) {
    return t && (t->kind == KIND_COMPLEX64 || t->kind == KIND_COMPLEX128 || t->kind == KIND_UNTYPED_COMPLEX);
}

bool type_is_numeric(Type *t) { return type_is_integer(t) || type_is_float(t) || type_is_complex(t); }

bool type_is_string(Type *t) { return t && (t->kind == KIND_STRING || t->kind == KIND_UNTYPED_STRING); }

bool type_is_untyped(Type *t) { return t && t->kind >= KIND_UNTYPED_BOOL && t->kind <= KIND_UNTYPED_NIL; }

bool type_is_interface(Type *t) { return t && t->kind == KIND_INTERFACE; }
