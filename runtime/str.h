/*
 * Go strings: immutable GoString headers over byte arrays (runtime/value.h).
 * NULL is the empty string; every function here accepts it.
 */
#ifndef CSP_STR_H
#define CSP_STR_H

#include "runtime/value.h"

/* The Unicode replacement character, returned for invalid UTF-8. */
#define STR_RUNE_ERROR 0xFFFD
/* The largest valid code point. */
#define STR_MAX_RUNE 0x10FFFF

/* Makes a string from n bytes at p (copied). */
Value str_new(const char *p, int64_t n);
/* Makes a string from a NUL-terminated C string (copied). */
Value str_cstr(const char *s);
/* Returns a + b. */
Value str_concat(Value a, Value b);
/* Returns the concatenation of n strings with one allocation. */
Value str_concat_n(Value *parts, int n);
/* Compares bytewise: <0, 0 or >0. */
int str_compare(Value a, Value b);
/* Whether a and b hold the same bytes. */
bool str_equal(Value a, Value b);
/* Returns s[lo:hi], sharing s's bytes (bounds already checked). */
Value str_slice(Value s, int64_t lo, int64_t hi);
/* Returns string(r): the UTF-8 encoding of r, U+FFFD if r is invalid. */
Value str_from_rune(int32_t r);
/* Returns string(b) for a []byte (one Value per byte). */
Value str_from_bytes(Value byteslice);
/* Returns []byte(s): a fresh slice with one Value per byte. */
Value str_to_bytes(Value s);
/* Returns string(r) for a []rune. */
Value str_from_runes(Value runeslice);
/* Returns []rune(s). */
Value str_to_runes(Value s);
/* Decodes the first rune of p[0:n] into *r and returns its width (>= 1 when
 * n > 0); invalid UTF-8 decodes as U+FFFD of width 1, as utf8.DecodeRuneInString.
 * Returns 0 (and *r = U+FFFD) when n == 0. */
int str_decode_rune(const char *p, int64_t n, int32_t *r);
/* Encodes r (U+FFFD if invalid) into buf (room for 4 bytes); returns the width. */
int str_encode_rune(char *buf, int32_t r);
/* Returns the number of runes in s (utf8.RuneCountInString). */
int64_t str_rune_count(Value s);
/* A hash of s's bytes. */
uint64_t str_hash(Value s);
/* Returns a NUL-terminated GC copy of s. */
char *str_to_cstr(Value s);

/* A growable byte buffer in GC memory, kept NUL-terminated (p is NULL until
 * something is written). */
typedef struct StrBuf {
    /* The bytes written so far, followed by a NUL. */
    char *p;
    /* The number of bytes written, and the room allocated for them. */
    int64_t len, cap;
} StrBuf;

/* Appends n bytes to b. */
void str_buf_write(StrBuf *b, const char *s, int64_t n);
/* Appends a C string to b. */
void str_buf_puts(StrBuf *b, const char *s);

#endif
