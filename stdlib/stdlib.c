/*
 * The registry of standard packages: import path -> Go source + natives.
 *
 * Invariants:
 * - stdlib_src_<file> arrays are generated from stdlib/<file>.go by
 *   stdlib/embed.py (see stdlib/meson.build); each package's natives table
 *   ends with a {NULL, NULL} entry.
 * - Lookups are by exact import path and exact native name.
 */
#include <string.h>

#include "runtime/native.h"
#include "stdlib/fmt.h"
#include "stdlib/os.h"
#include "stdlib/bits.h"
#include "stdlib/errors.h"
#include "stdlib/maps.h"
#include "stdlib/math.h"
#include "stdlib/slices.h"
#include "stdlib/sort.h"
#include "stdlib/strconv.h"
#include "stdlib/strings.h"
#include "stdlib/unicode.h"
#include "stdlib/utf8.h"

/* The concurrency packages (sync.c, time.c, runtime.c, rand.c). */
extern const char stdlib_src_sync[], stdlib_src_atomic[], stdlib_src_time[], stdlib_src_context[],
    stdlib_src_runtime[], stdlib_src_rand[], stdlib_src_randv2[];
extern const NativeFunc sync_natives[], time_natives[], runtime_natives[], rand_natives[],
    randv2_natives[];
/* The table of a package that has no natives. */
static const NativeFunc no_natives[] = {{NULL, NULL}};
extern const char stdlib_src_fmt[], stdlib_src_io[], stdlib_src_os[], stdlib_src_bufio[],
    stdlib_src_bytes[];
extern const char stdlib_src_strings[], stdlib_src_strconv[], stdlib_src_errors[],
    stdlib_src_math[], stdlib_src_sort[], stdlib_src_slices[], stdlib_src_maps[],
    stdlib_src_unicode[], stdlib_src_utf8[], stdlib_src_cmp[], stdlib_src_bits[],
    stdlib_src_cmplx[];

/* Pure Go ports of Go's packages (no natives). */
extern const char stdlib_src_heap[], stdlib_src_list[], stdlib_src_log[], stdlib_src_utf16[],
    stdlib_src_path[], stdlib_src_filepath[], stdlib_src_flag[], stdlib_src_tabwriter[];

/* Packages io, bufio and bytes are pure Go: they have no natives. */
static const NativeFunc io_natives[] = {{NULL, NULL}};

/* Every standard package. */
static const NativePackage stdlib_packages[] = {
    {"fmt", stdlib_src_fmt, fmt_natives},
    {"io", stdlib_src_io, io_natives},
    {"os", stdlib_src_os, os_natives},
    {"bufio", stdlib_src_bufio, io_natives},
    {"bytes", stdlib_src_bytes, io_natives},
    {"strings", stdlib_src_strings, strings_natives},
    {"strconv", stdlib_src_strconv, strconv_natives},
    {"errors", stdlib_src_errors, errors_natives},
    {"math", stdlib_src_math, math_natives},
    {"math/bits", stdlib_src_bits, bits_natives},
    {"math/cmplx", stdlib_src_cmplx, no_natives},
    {"sort", stdlib_src_sort, sort_natives},
    {"slices", stdlib_src_slices, slices_natives},
    {"maps", stdlib_src_maps, maps_natives},
    {"unicode", stdlib_src_unicode, unicode_natives},
    {"unicode/utf8", stdlib_src_utf8, utf8_natives},
    {"cmp", stdlib_src_cmp, cmp_natives},
    /* The concurrency packages. */
    {"sync", stdlib_src_sync, sync_natives},
    {"sync/atomic", stdlib_src_atomic, no_natives},
    {"time", stdlib_src_time, time_natives},
    {"context", stdlib_src_context, no_natives},
    {"runtime", stdlib_src_runtime, runtime_natives},
    {"math/rand", stdlib_src_rand, rand_natives},
    {"math/rand/v2", stdlib_src_randv2, randv2_natives},
    /* Pure Go ports. */
    {"container/heap", stdlib_src_heap, no_natives},
    {"container/list", stdlib_src_list, no_natives},
    {"log", stdlib_src_log, no_natives},
    {"unicode/utf16", stdlib_src_utf16, no_natives},
    {"path", stdlib_src_path, no_natives},
    {"path/filepath", stdlib_src_filepath, no_natives},
    {"flag", stdlib_src_flag, no_natives},
    {"text/tabwriter", stdlib_src_tabwriter, no_natives},
};

const NativePackage *stdlib_find(const char *path)
{
    for (size_t i = 0; i < sizeof stdlib_packages / sizeof stdlib_packages[0]; i++)
        if (strcmp(stdlib_packages[i].path, path) == 0) return &stdlib_packages[i];
    return NULL;
}

NativeFn native_lookup(const NativePackage *pkg, const char *name)
{
    if (!pkg || !pkg->natives) return NULL;
    for (const NativeFunc *f = pkg->natives; f->name; f++)
        if (strcmp(f->name, name) == 0) return f->fn;
    return NULL;
}
