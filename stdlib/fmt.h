/*
 * Package fmt: the formatting engine (Go's print.go/format.go over csp's
 * typed Values) and the package's natives (stdlib/fmt.go declares the API).
 */
#ifndef CSP_STDLIB_FMT_H
#define CSP_STDLIB_FMT_H

#include "runtime/native.h"
#include "runtime/str.h"


/* How fmt_format treats its operands. */
typedef enum FmtMode { FMT_PRINT, FMT_PRINTLN, FMT_PRINTF } FmtMode;

/* Formats operands as Print/Println/Printf would, appending to out. args are
 * interface Values (Iface* or NULL). Error and String methods are called
 * through ctx. Returns NATIVE_OK, or NATIVE_PANIC when a panic from a method
 * could not be recovered (it is then pending). */
int fmt_format(NativeCtx *ctx, StrBuf *out, FmtMode mode, Value format, const Value *args,
               int64_t nargs);
/* Sprintf into a string Value, for the C side (tests, other natives). */
Value fmt_sprintf(NativeCtx *ctx, const char *format, const Value *args, int64_t nargs);

/* The natives of package fmt. */
extern const NativeFunc fmt_natives[];

#endif
