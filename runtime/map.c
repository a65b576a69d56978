/*
 * Go maps.
 *
 * Invariants:
 * - entries[0..nentries) lists every inserted entry in insertion order;
 *   deleted ones stay (marked) until the next rebuild, which compacts into a
 *   fresh array: an iterator holding the old array keeps a valid view, and
 *   since entries are shared objects it still sees later deletions.
 * - index has nindex (a power of two) slots, at most half of them used
 *   (live + tombstones); linear probing.
 * - count is the number of entries not marked deleted.
 */
#include "runtime/map.h"

#include <gc/gc.h>
#include <string.h>

/* The unhashable key type met by the last operation (see map_last_error). */
static Type *map_error;

Type *map_last_error(void)
{
    return map_error;
}

/* Whether t is a struct or array (held as a pointer to storage). */
static bool map_is_agg(Type *t)
{
    return t->kind == KIND_STRUCT || t->kind == KIND_ARRAY;
}

/* Whether values of t may contain an interface (need a hashability check). */
static bool map_has_iface(Type *t)
{
    switch (t->kind) {
    case KIND_INTERFACE: return true;
    case KIND_ARRAY: return map_has_iface(t->elem);
    case KIND_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (map_has_iface(t->fields[i].type)) return true;
        return false;
    default: return false;
    }
}

/* Whether equal keys of type t may be told apart (they hold a float, a
 * complex or an interface, whose dynamic value may be a float). */
static bool map_needs_key_update(Type *t)
{
    switch (t->kind) {
    case KIND_FLOAT32:
    case KIND_FLOAT64:
    case KIND_COMPLEX64:
    case KIND_COMPLEX128:
    case KIND_INTERFACE: return true;
    case KIND_ARRAY: return map_needs_key_update(t->elem);
    case KIND_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (map_needs_key_update(t->fields[i].type)) return true;
        return false;
    default: return false;
    }
}

/* The first non-comparable dynamic type inside v (of type t), or NULL. */
static Type *map_unhashable(Type *t, Value v)
{
    switch (t->kind) {
    case KIND_INTERFACE: {
        Iface *x = v.p;
        if (!x) return NULL;
        if (!x->type->comparable) return x->type;
        return map_unhashable(x->type, x->val);
    }
    case KIND_ARRAY: {
        Type *et = t->elem;
        for (int64_t i = 0; i < t->len; i++) {
            Value *s = (Value *)v.p + i * et->nslots;
            Type *bad = map_unhashable(et, map_is_agg(et) ? (Value){.p = s} : *s);
            if (bad) return bad;
        }
        return NULL;
    }
    case KIND_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            Type *ft = t->fields[i].type;
            Value *s = (Value *)v.p + t->fields[i].offset;
            Type *bad = map_unhashable(ft, map_is_agg(ft) ? (Value){.p = s} : *s);
            if (bad) return bad;
        }
        return NULL;
    default:
        return NULL;
    }
}

Map *map_new(Type *maptype, int64_t hint)
{
    Map *m = GC_MALLOC(sizeof(Map));
    Type *u = maptype->underlying ? maptype->underlying : maptype;
    m->type = maptype;
    m->key = u->key;
    m->elem = u->elem;
    m->check_keys = map_has_iface(m->key);
    m->update_keys = map_needs_key_update(m->key);
    int64_t n = 8;
    if (hint > 0 && hint < (1 << 26))
        while (n < hint * 2) n *= 2;
    m->nindex = n;
    m->index = GC_MALLOC_ATOMIC((size_t)n * sizeof(int64_t));
    memset(m->index, 0, (size_t)n * sizeof(int64_t));
    m->capentries = n / 2;
    m->entries = GC_MALLOC((size_t)m->capentries * sizeof(MapEntry *));
    return m;
}

/* Finds the index slot holding key (hash h), or -1. */
static int64_t map_find(Map *m, Value key, uint64_t h)
{
    uint64_t mask = (uint64_t)m->nindex - 1;
    for (uint64_t i = h & mask;; i = (i + 1) & mask) {
        int64_t e = m->index[i];
        if (e == 0) return -1;
        if (e > 0) {
            MapEntry *en = m->entries[e - 1];
            if (en->hash == h && value_equal(m->key, en->key, key) == 1) return (int64_t)i;
        }
    }
}

/* Compacts the entries and rebuilds the index with room for growth. */
static void map_rebuild(Map *m)
{
    int64_t n = m->nindex;
    while (m->count * 4 >= n) n *= 2;
    int64_t capentries = n / 2;
    MapEntry **entries = GC_MALLOC((size_t)capentries * sizeof(MapEntry *));
    int64_t k = 0;
    for (int64_t i = 0; i < m->nentries; i++)
        if (!m->entries[i]->deleted) entries[k++] = m->entries[i];
    int64_t *index = GC_MALLOC_ATOMIC((size_t)n * sizeof(int64_t));
    memset(index, 0, (size_t)n * sizeof(int64_t));
    uint64_t mask = (uint64_t)n - 1;
    for (int64_t i = 0; i < k; i++) {
        uint64_t j = entries[i]->hash & mask;
        while (index[j] != 0) j = (j + 1) & mask;
        index[j] = i + 1;
    }
    m->entries = entries;
    m->nentries = k;
    m->capentries = capentries;
    m->index = index;
    m->nindex = n;
    m->used = k;
}

/* Hashes key, or returns false (setting map_error) if it is unhashable. */
static bool map_hash_key(Map *m, Value key, uint64_t *h)
{
    map_error = NULL;
    if (m->check_keys) {
        Type *bad = map_unhashable(m->key, key);
        if (bad) {
            map_error = bad;
            return false;
        }
    }
    *h = value_hash(m->key, key);
    return true;
}

Value *map_get(Map *m, Value key)
{
    uint64_t h;
    if (!m) {
        map_error = NULL;
        /* A lookup in a nil map still panics on an unhashable key in Go. */
        return NULL;
    }
    if (!map_hash_key(m, key, &h)) return NULL;
    if (m->count == 0) return NULL;
    int64_t i = map_find(m, key, h);
    return i < 0 ? NULL : &m->entries[m->index[i] - 1]->val;
}

Value *map_put(Map *m, Value key)
{
    uint64_t h;
    if (!m) {
        map_error = NULL;
        return NULL;
    }
    if (!map_hash_key(m, key, &h)) return NULL;
    int64_t i = map_find(m, key, h);
    if (i >= 0) {
        MapEntry *en = m->entries[m->index[i] - 1];
        if (m->update_keys) {
            if (map_is_agg(m->key)) {
                size_t bytes = (size_t)m->key->nslots * sizeof(Value);
                Value *copy = GC_MALLOC(bytes ? bytes : 1);
                if (bytes) memcpy(copy, key.p, bytes);
                en->key.p = copy;
            } else {
                en->key = key;
            }
        }
        return &en->val;
    }
    if ((m->used + 1) * 2 > m->nindex || m->nentries == m->capentries) map_rebuild(m);
    MapEntry *en = GC_MALLOC(sizeof(MapEntry));
    en->hash = h;
    if (map_is_agg(m->key)) {
        size_t bytes = (size_t)m->key->nslots * sizeof(Value);
        Value *copy = GC_MALLOC(bytes ? bytes : 1);
        if (bytes) memcpy(copy, key.p, bytes);
        en->key.p = copy;
    } else {
        en->key = key;
    }
    if (map_is_agg(m->elem)) en->val.p = GC_MALLOC(m->elem->nslots ? (size_t)m->elem->nslots * sizeof(Value) : 1);
    m->entries[m->nentries++] = en;
    uint64_t mask = (uint64_t)m->nindex - 1;
    uint64_t j = h & mask;
    while (m->index[j] > 0) j = (j + 1) & mask;
    if (m->index[j] == 0) m->used++;
    m->index[j] = m->nentries;
    m->count++;
    return &en->val;
}

void map_delete(Map *m, Value key)
{
    uint64_t h;
    if (!m) {
        map_error = NULL;
        return;
    }
    if (!map_hash_key(m, key, &h) || m->count == 0) return;
    int64_t i = map_find(m, key, h);
    if (i < 0) return;
    m->entries[m->index[i] - 1]->deleted = true;
    m->index[i] = -1;
    m->count--;
}

int64_t map_len(Map *m)
{
    return m ? m->count : 0;
}

void map_clear(Map *m)
{
    if (!m) return;
    for (int64_t i = 0; i < m->nentries; i++) m->entries[i]->deleted = true;
    m->count = 0;
    m->nentries = 0;
    m->entries = GC_MALLOC((size_t)m->capentries * sizeof(MapEntry *));
    memset(m->index, 0, (size_t)m->nindex * sizeof(int64_t));
    m->used = 0;
}

void map_iter_init(Map *m, MapIter *it)
{
    it->m = m;
    it->entries = m ? m->entries : NULL;
    it->n = m ? m->nentries : 0;
    it->pos = 0;
}

bool map_iter_next(MapIter *it, Value *key, Value **val)
{
    Map *m = it->m;
    if (!m) return false;
    for (;;) {
        if (it->pos >= it->n) {
            /* Pick up entries appended to the same array since. */
            if (it->entries == m->entries && it->n < m->nentries) it->n = m->nentries;
            else return false;
        }
        MapEntry *en = it->entries[it->pos++];
        if (en->deleted) continue;
        *key = en->key;
        *val = &en->val;
        return true;
    }
}
