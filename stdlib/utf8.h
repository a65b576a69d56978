/*
 * The unicode/utf8 package, and byte-slice helpers the other standard
 * packages share ([]byte holds one Value per byte).
 */
#ifndef CSP_STDLIB_UTF8_H
#define CSP_STDLIB_UTF8_H

#include "runtime/native.h"

/* Returns a GC copy of a []byte's bytes (NUL-terminated); sets *n to its length. */
char *utf8_bytes_of(Value byteslice, int64_t *n);
/* Returns the width of the encoding of r, or -1 if r is not a valid rune
 * (utf8.RuneLen). */
int utf8_rune_len(int32_t r);
/* Whether p[0:n] is entirely valid UTF-8 (utf8.Valid). */
bool utf8_valid(const char *p, int64_t n);

/* The natives of package unicode/utf8. */
extern const NativeFunc utf8_natives[];

#endif
