/*
 * Go maps: hash tables keyed by value_hash/value_equal of the key type,
 * iterated in insertion order. A nil map is a NULL Map*.
 * Nothing here panics: the VM checks nil-map writes and unhashable keys
 * (map_last_error) and raises Go's panics itself.
 */
#ifndef CSP_MAP_H
#define CSP_MAP_H

#include "runtime/type.h"

/* One key/value pair. Aggregate keys and values are held as a pointer to a
 * private copy of their storage. */
typedef struct MapEntry {
    /* The key (an aggregate key: pointer to the map's own copy). */
    Value key;
    /* The value slot (an aggregate value: pointer to its storage). */
    Value val;
    /* The key's hash. */
    uint64_t hash;
    /* Whether the entry was deleted (iterators skip it). */
    bool deleted;
} MapEntry;

/* A map. */
struct Map {
    /* The map type (kind KIND_MAP: key and elem). */
    Type *type;
    /* The key and value types (from the map type's underlying). */
    Type *key, *elem;
    /* Whether keys may hold interfaces (hashability must then be checked). */
    bool check_keys;
    /* Whether an equal key may differ observably (floats: 0 and -0; as in
     * Go's needkeyupdate), so that an assignment stores the new key. */
    bool update_keys;
    /* Entries in insertion order, possibly with deleted ones. */
    MapEntry **entries;
    /* Number of used and allocated entry positions. */
    int64_t nentries, capentries;
    /* Number of live entries (len(m)). */
    int64_t count;
    /* Open-addressing index: entry position + 1, 0 empty, -1 tombstone. */
    int64_t *index;
    /* The index size (a power of two) and its used slots (live + tombstones). */
    int64_t nindex, used;
};

/* An iteration over a map: holds the entry array it started on, so that
 * growth during iteration does not disturb it. */
typedef struct MapIter {
    /* The map (NULL for a nil map). */
    Map *m;
    /* The entry array being walked and its length when last refreshed. */
    MapEntry **entries;
    int64_t n;
    /* The next position. */
    int64_t pos;
} MapIter;

/* make(map[K]V, hint). maptype may be a named map type. */
Map *map_new(Type *maptype, int64_t hint);
/* The value slot for key, or NULL if absent (m may be NULL) or the key is
 * unhashable (then map_last_error() returns its dynamic type). */
Value *map_get(Map *m, Value key);
/* The value slot for key, inserting a zero value if absent (copies an
 * aggregate key; an equal key present is replaced when update_keys); NULL if
 * the key is unhashable (see map_last_error). */
Value *map_put(Map *m, Value key);
/* delete(m, key); a no-op for a nil map or an absent key. */
void map_delete(Map *m, Value key);
/* len(m). */
int64_t map_len(Map *m);
/* clear(m). */
void map_clear(Map *m);
/* Starts an iteration. */
void map_iter_init(Map *m, MapIter *it);
/* Produces the next live entry: *key (an aggregate key: its storage, which
 * must not be written) and *val (the value slot). False at the end. */
bool map_iter_next(MapIter *it, Value *key, Value **val);
/* The unhashable dynamic key type met by the last map_get/map_put/map_delete,
 * or NULL if that call was fine. */
Type *map_last_error(void);

#endif
