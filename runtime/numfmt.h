/*
 * Go's strconv number formatting and parsing (FormatFloat, FormatInt,
 * ParseFloat, ParseInt, ParseUint), plus the quoting helpers fmt and strconv
 * share (Quote, QuoteRune, IsPrint, CanBackquote).
 */
#ifndef CSP_NUMFMT_H
#define CSP_NUMFMT_H

#include <stdbool.h>
#include <stdint.h>

/* Room enough for any numfmt_int/numfmt_uint result (64 binary digits + sign). */
#define NUMFMT_INT_MAX 66

/* strconv.FormatFloat(f, fmt, prec, bitsize) into buf (cap bytes, NUL-terminated
 * when it fits); returns the length the full result needs. fmt is one of
 * 'e' 'E' 'f' 'g' 'G' 'b' 'x' 'X'; prec -1 means the shortest round-trip digits. */
int numfmt_float(char *buf, int cap, double f, char fmt, int prec, int bitsize);
/* strconv.FormatFloat into a fresh GC string (NUL-terminated); *len gets its length. */
char *numfmt_float_str(double f, char fmt, int prec, int bitsize, int *len);
/* strconv.FormatInt(v, base) (base 2..36, lower-case) into buf; returns the length. */
int numfmt_int(char *buf, int64_t v, int base);
/* strconv.FormatUint(v, base) into buf; returns the length. */
int numfmt_uint(char *buf, uint64_t v, int base);
/* strconv.ParseFloat(s[0:n], bitsize): false with *err = EINVAL for bad syntax,
 * or ERANGE (and *out = ±Inf or ±max) when out of range; *err = 0 on success. */
bool numfmt_parse_float(const char *s, int64_t n, int bitsize, double *out, int *err);
/* strconv.ParseInt(s[0:n], base, bitsize) with Go's syntax (base 0: 0x 0o 0b 0
 * prefixes, underscores only with base 0). Out of range: *err = ERANGE and
 * *out clamped, as Go. bitsize 0 means 64. */
bool numfmt_parse_int(const char *s, int64_t n, int base, int bitsize, int64_t *out, int *err);
/* strconv.ParseUint, as numfmt_parse_int. */
bool numfmt_parse_uint(const char *s, int64_t n, int base, int bitsize, uint64_t *out, int *err);
/* strconv.IsPrint. */
bool numfmt_is_print(int32_t r);
/* strconv.CanBackquote. */
bool numfmt_can_backquote(const char *s, int64_t n);
/* strconv.Quote (quote '"') / QuoteToASCII (ascii) of s[0:n] into dst, which
 * must have room for 4*n+2 bytes; returns the length written. */
int64_t numfmt_quote(char *dst, const char *s, int64_t n, char quote, bool ascii);
/* strconv.QuoteRune / QuoteRuneToASCII into dst (room for 16 bytes); returns the length. */
int numfmt_quote_rune(char *dst, int32_t r, bool ascii);

#endif
