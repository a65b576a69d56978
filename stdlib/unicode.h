/*
 * The unicode package: Unicode 13.0 character classes and case mapping (the
 * tables of Go 1.19's unicode package), used by strings, strconv and fmt too.
 */
#ifndef CSP_STDLIB_UNICODE_H
#define CSP_STDLIB_UNICODE_H

#include <stdbool.h>
#include <stdint.h>
#include "runtime/native.h"

/* Character classes, as Go's unicode.IsLetter, IsDigit, ... */
bool unicode_is_letter(int32_t r);
bool unicode_is_digit(int32_t r);
bool unicode_is_number(int32_t r);
bool unicode_is_space(int32_t r);
bool unicode_is_upper(int32_t r);
bool unicode_is_lower(int32_t r);
bool unicode_is_title(int32_t r);
bool unicode_is_punct(int32_t r);
bool unicode_is_symbol(int32_t r);
bool unicode_is_mark(int32_t r);
bool unicode_is_control(int32_t r);
bool unicode_is_print(int32_t r);
bool unicode_is_graphic(int32_t r);
/* Case mapping, as Go's unicode.ToUpper, ToLower, ToTitle and SimpleFold. */
int32_t unicode_to_upper(int32_t r);
int32_t unicode_to_lower(int32_t r);
int32_t unicode_to_title(int32_t r);
int32_t unicode_simple_fold(int32_t r);

/* The natives of package unicode. */
extern const NativeFunc unicode_natives[];

#endif
