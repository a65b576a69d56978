/*
 * Tests for the fmt engine: a table of verbs x values whose expected
 * strings were produced by Go 1.19 (`go run` of the same calls), plus the
 * Errorf %w bookkeeping. Values are built as the VM builds them: interface
 * boxes over types from runtime/type.h.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <gc/gc.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "runtime/iface.h"
#include "runtime/map.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/type.h"
#include "stdlib/fmt.h"
#include "stdlib/os.h"

/* The named types of the Go test program. */
static Type *type_T, *type_E, *myint, *mystr, *type_In, *type_P;

/* Builds the test program's types. */
static void fmt_test_setup(void)
{
    GC_INIT();
    type_init();
    Field tf[3] = {{.name = "A", .type = type_int, .exported = true},
                   {.name = "B", .type = type_string, .exported = true},
                   {.name = "C", .type = type_slice(type_int), .exported = true}};
    type_T = type_named("main", "T");
    type_set_underlying(type_T, type_struct(tf, 3));
    type_E = type_named("main", "E");
    type_set_underlying(type_E, type_struct(NULL, 0));
    myint = type_named("main", "MyInt");
    type_set_underlying(myint, type_int);
    mystr = type_named("main", "MyStr");
    type_set_underlying(mystr, type_string);
    Field inf[3] = {{.name = "N", .type = type_int, .exported = true},
                    {.name = "V", .type = type_any, .exported = true},
                    {.name = "s", .type = type_string, .exported = false}};
    type_In = type_named("main", "In");
    type_set_underlying(type_In, type_struct(inf, 3));
    Field pf[1] = {{.name = "Q", .type = type_pointer(type_int), .exported = true}};
    type_P = type_named("main", "P");
    type_set_underlying(type_P, type_struct(pf, 1));
}

TestSuite(fmt, .init = fmt_test_setup);

#define NIL ((Value){.p = NULL})

/* An int operand. */
static Value I(int64_t v) { return iface_box(type_int, (Value){.i = v}); }
/* A signed operand of type t. */
static Value TI(Type *t, int64_t v) { return iface_box(t, (Value){.i = v}); }
/* An unsigned operand of type t. */
static Value TU(Type *t, uint64_t v) { return iface_box(t, (Value){.u = v}); }
/* A float64 operand. */
static Value F(double v) { return iface_box(type_float64, (Value){.f = v}); }
/* A float32 operand (stored rounded). */
static Value F32(double v) { return iface_box(type_float32, (Value){.f = (float)v}); }
/* A string operand. */
static Value S(const char *s) { return iface_box(type_string, str_cstr(s)); }
/* A string operand of named type t. */
static Value SV(Type *t, const char *s) { return iface_box(t, str_cstr(s)); }
/* A bool operand. */
static Value BOOL(int v) { return iface_box(type_bool, (Value){.i = v}); }

/* A []int of n elements (the raw slice). */
static Value int_slice(int n, va_list ap)
{
    Value s = slice_make(type_int, n, n);
    for (int i = 0; i < n; i++) slice_index(s, i, 1)->i = va_arg(ap, int);
    return s;
}

/* A []int operand. */
static Value INTS(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    Value s = int_slice(n, ap);
    va_end(ap);
    return iface_box(type_slice(type_int), s);
}

#define NILINTS iface_box(type_slice(type_int), NIL)
#define NILMAP iface_box(type_map(type_string, type_int), NIL)
#define NILP iface_box(type_pointer(type_int), NIL)

/* A []string operand. */
static Value STRS(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    Value s = slice_make(type_string, n, n);
    for (int i = 0; i < n; i++) *slice_index(s, i, 1) = str_cstr(va_arg(ap, const char *));
    va_end(ap);
    return iface_box(type_slice(type_string), s);
}

/* A []byte operand. */
static Value BYTES(const char *s)
{
    return iface_box(type_slice(type_uint8), str_to_bytes(str_cstr(s)));
}

/* A []any operand of n interface Values. */
static Value ANYS(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    Value s = slice_make(type_any, n, n);
    for (int i = 0; i < n; i++) *slice_index(s, i, 1) = va_arg(ap, Value);
    va_end(ap);
    return iface_box(type_slice(type_any), s);
}

/* The storage of a T{a, b, c...}. */
static Value *t_storage(int a, const char *b, int n, va_list ap)
{
    Value *st = GC_MALLOC(3 * sizeof(Value));
    st[0].i = a;
    st[1] = str_cstr(b);
    st[2] = int_slice(n, ap);
    return st;
}

/* A T operand. */
static Value TV(int a, const char *b, int n, ...)
{
    va_list ap;
    va_start(ap, n);
    Value *st = t_storage(a, b, n, ap);
    va_end(ap);
    return iface_box(type_T, (Value){.p = st});
}

/* A *T operand. */
static Value PTV(int a, const char *b, int n, ...)
{
    va_list ap;
    va_start(ap, n);
    Value *st = t_storage(a, b, n, ap);
    va_end(ap);
    return iface_box(type_pointer(type_T), (Value){.p = st});
}

/* An E{} operand. */
static Value EV(void) { return iface_box(type_E, (Value){.p = GC_MALLOC(8)}); }
/* An &E{} operand. */
static Value PEV(void) { return iface_box(type_pointer(type_E), (Value){.p = GC_MALLOC(8)}); }

/* An In{n, v, s} operand. */
static Value INV(int n, Value v, const char *s)
{
    Value st[3] = {{.i = n}, v, str_cstr(s)};
    return iface_box(type_In, (Value){.p = st});
}

/* A P{nil} operand. */
static Value PPV(void)
{
    Value st[1] = {NIL};
    return iface_box(type_P, (Value){.p = st});
}

/* A [3]int operand. */
static Value ARR3(int a, int b, int c)
{
    Value st[3] = {{.i = a}, {.i = b}, {.i = c}};
    return iface_box(type_array(type_int, 3), (Value){.p = st});
}

/* A map[string]int operand from n key/value pairs. */
static Value MSI(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    Type *mt = type_map(type_string, type_int);
    Map *m = map_new(mt, 0);
    for (int i = 0; i < n; i++) {
        Value k = str_cstr(va_arg(ap, const char *));
        map_put(m, k)->i = va_arg(ap, int);
    }
    va_end(ap);
    return iface_box(mt, (Value){.p = m});
}

/* A map[int]string operand from n key/value pairs. */
static Value MIS(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    Type *mt = type_map(type_int, type_string);
    Map *m = map_new(mt, 0);
    for (int i = 0; i < n; i++) {
        int64_t k = va_arg(ap, int);
        *map_put(m, (Value){.i = k}) = str_cstr(va_arg(ap, const char *));
    }
    va_end(ap);
    return iface_box(mt, (Value){.p = m});
}

/* [][]int{{1, 2}, {3}}. */
static Value NESTED(void)
{
    Type *ints = type_slice(type_int);
    Value outer = slice_make(ints, 2, 2);
    Value a = slice_make(type_int, 2, 2), b = slice_make(type_int, 1, 1);
    slice_index(a, 0, 1)->i = 1;
    slice_index(a, 1, 1)->i = 2;
    slice_index(b, 0, 1)->i = 3;
    *slice_index(outer, 0, 1) = a;
    *slice_index(outer, 1, 1) = b;
    return iface_box(type_slice(ints), outer);
}

/* map[string][]int{"b": {2}, "a": {1, 1}}. */
static Value MSS(void)
{
    Type *ints = type_slice(type_int);
    Type *mt = type_map(type_string, ints);
    Map *m = map_new(mt, 0);
    Value b = slice_make(type_int, 1, 1), a = slice_make(type_int, 2, 2);
    slice_index(b, 0, 1)->i = 2;
    slice_index(a, 0, 1)->i = 1;
    slice_index(a, 1, 1)->i = 1;
    *map_put(m, str_cstr("b")) = b;
    *map_put(m, str_cstr("a")) = a;
    return iface_box(mt, (Value){.p = m});
}

/* map[float64]int{2.5: 1, -1: 2, 0: 3}. */
static Value MFI(void)
{
    Type *mt = type_map(type_float64, type_int);
    Map *m = map_new(mt, 0);
    map_put(m, (Value){.f = 2.5})->i = 1;
    map_put(m, (Value){.f = -1})->i = 2;
    map_put(m, (Value){.f = 0})->i = 3;
    return iface_box(mt, (Value){.p = m});
}

/* map[bool]int{true: 1, false: 0}. */
static Value MBI(void)
{
    Type *mt = type_map(type_bool, type_int);
    Map *m = map_new(mt, 0);
    map_put(m, (Value){.i = 1})->i = 1;
    map_put(m, (Value){.i = 0})->i = 0;
    return iface_box(mt, (Value){.p = m});
}

/* Formats with `mode` over n operands and compares with Go's output. */
static void check(const char *want, FmtMode mode, const char *format, int n, ...)
{
    Value args[16];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) args[i] = va_arg(ap, Value);
    va_end(ap);
    StrBuf b = {0};
    int rc = fmt_format(NULL, &b, mode, format ? str_cstr(format) : NIL, args, n);
    cr_assert_eq(rc, NATIVE_OK);
    char *got = GC_MALLOC_ATOMIC((size_t)b.len + 1);
    memcpy(got, b.p ? b.p : "", (size_t)b.len);
    got[b.len] = 0;
    cr_expect_str_eq(got, want, "format %s: got [%s] want [%s]", format ? format : "(print)", got, want);
}

#define CHECKF(want, format, ...) check(want, FMT_PRINTF, format, __VA_ARGS__)
#define CHECKP(want, mode, ...) check(want, mode, NULL, __VA_ARGS__)

Test(fmt, verbs_match_go)
{
    CHECKF("42", "%d", 1, I(42));
    CHECKF("   42|42   |00042", "%5d|%-5d|%05d", 3, I(42), I(42), I(42));
    CHECKF("+42| 42|-42", "%+d|% d|%+d", 3, I(42), I(42), I(-42));
    CHECKF("ff|FF|10|0o10|101", "%x|%X|%o|%O|%b", 5, I(255), I(255), I(8), I(8), I(5));
    CHECKF("0xff|0XFF|010|0b101", "%#x|%#X|%#o|%#b", 4, I(255), I(255), I(8), I(5));
    CHECKF("-ff|-FF", "%x|%X", 2, I(-255), I(-255));
    CHECKF("G|'G'|U+0047|U+0047 'G'", "%c|%q|%U|%#U", 4, TI(type_int32, 'G'), TI(type_int32, 'G'), TI(type_int32, 'G'), TI(type_int32, 'G'));
    CHECKF("\344\270\226|'\344\270\226'|U+1F600", "%c|%q|%U", 3, I(19990), I(19990), I(128512));
    CHECKF("'\344\270\226'|'\\u4e16'", "%q|%+q", 2, I(19990), I(19990));
    CHECKF("007|     007|007     |     007", "%.3d|%8.3d|%-8.3d|%08.3d", 4, I(7), I(7), I(7), I(7));
    CHECKF("|     |", "%.0d|%5.0d|", 2, I(0), I(0));
    CHECKF("-5|9223372036854775808|200", "%v|%v|%v", 3, TI(type_int8, -5), TU(type_uint64, 9223372036854775808ULL), TU(type_uint8, 200));
    CHECKF("0xc8|42", "%#v|%#v", 2, TU(type_uint8, 200), I(42));
    CHECKF("ffffffffffffffff|18446744073709551615", "%x|%d", 2, TU(type_uint64, 18446744073709551615ULL), TU(type_uint64, 18446744073709551615ULL));
    CHECKF("-000000042|42        |+000000042", "%010d|%-010d|%+010d", 3, I(-42), I(42), I(42));
    CHECKF("go|        go|go        |go|\"a\\\"b\"|676f|67 6F|`raw`", "%s|%10s|%-10s|%.2s|%q|%x|% X|%#q", 8, S("go"), S("go"), S("go"), S("golang"), S("a\"b"), S("go"), S("go"), S("raw"));
    CHECKF("\"h\303\251llo\\n\"|\"h\\u00e9llo\\n\"|\"back`tick\"|`\303\251`", "%q|%+q|%#q|%#+q", 4, S("h\303\251llo\012"), S("h\303\251llo\012"), S("back`tick"), S("\303\251"));
    CHECKF("68656c6c6f|68 65 6c 6c 6f|0x6869|0x68 0x69|6869", "%x|% x|%#x|%# x|%X", 5, S("hello"), S("hello"), S("hi"), S("hi"), S("hi"));
    CHECKF("    \346\227\245|\346\227\245\346\234\254\350\252\236  ||", "%5.1s|%-5.3s|%.0s|", 3, S("\346\227\245\346\234\254\350\252\236"), S("\346\227\245\346\234\254\350\252\236"), S("abc"));
    CHECKF("true|false| true|false |", "%t|%v|%5t|%-6t|", 4, BOOL(1), BOOL(0), BOOL(1), BOOL(0));
    CHECKF("3.141590|3.142|      3.14|3.14      |1.234568e+03|1234.5678|1E-09|3.14|-003.142", "%f|%.3f|%10.2f|%-10.2f|%e|%g|%G|%.3g|%08.3f", 9, F(3.14159), F(3.14159), F(3.14159), F(3.14159), F(1234.5678), F(1234.5678), F(1e-09), F(3.14159), F(-3.14159));
    CHECKF("1e+06|1e+20|1e+21|1.23456789e+08|0.0001|1e-05", "%v|%v|%v|%v|%v|%v", 6, F(1000000.0), F(1e+20), F(1e+21), F(123456789.0), F(0.0001), F(1e-05));
    CHECKF("1|-0|2.5|0.1", "%v|%v|%v|%v", 4, F(1.0), F(-0.0), F(2.5), F32(0.1));
    CHECKF("+1.23e+04|1.230000E-04|2|2e+00|3.|1.00000|100.", "%+.2e|%E|%.0f|%.0e|%#.0f|%#g|%#.3g", 7, F(12345.678), F(0.000123), F(2.5), F(2.5), F(3.0), F(1.0), F(100.0));
    CHECKF("0x1p+00|0X1.CP+01|0x1.92p+01|4503599627370496p-52", "%x|%X|%.2x|%b", 4, F(1.0), F(3.5), F(3.14159), F(1.0));
    CHECKF("  3.1| 2.00|+2.0|-00001.500|1.500     |", "%5.1f|% .2f|%+.1f|%010.3f|%-10.3f|", 5, F(3.14159), F(2.0), F(2.0), F(-1.5), F(1.5));
    CHECKF("+Inf|-Inf|  NaN|NaN|      +Inf", "%f|%v|%5.2f|%+v|%010v", 5, F(INFINITY), F(-INFINITY), F(NAN), F(NAN), F(INFINITY));
    CHECKF(" 99.50%", "%6.2f%%", 1, F(99.5));
    CHECKF("1.250000|1.2", "%F|%.1F", 2, F(1.25), F(1.25));
    CHECKF("{1 x [2]}|{A:1 B:x C:[2]}|main.T{A:1, B:\"x\", C:[]int{2}}|main.T", "%v|%+v|%#v|%T", 4, TV(1, "x", 1, 2), TV(1, "x", 1, 2), TV(1, "x", 1, 2), TV(1, "x", 1, 2));
    CHECKF("&{1 x [2]}|&{A:1 B:x C:[2]}|*main.T", "%v|%+v|%T", 3, PTV(1, "x", 1, 2), PTV(1, "x", 1, 2), PTV(1, "x", 1, 2));
    CHECKF("[a b]|map[a:1 b:2]|[1 2 3]|[1 a <nil>]", "%v|%v|%v|%v", 4, STRS(2, "a", "b"), MSI(2, "b", 2, "a", 1), ARR3(1, 2, 3), ANYS(3, I(1), S("a"), NIL));
    CHECKF("[\"a\" \"b\"]|[1 2]|6869|6869|bytes", "%q|%d|%x|%X|%s", 5, STRS(2, "a", "b"), INTS(2, 1, 2), BYTES("hi"), BYTES("hi"), BYTES("bytes"));
    CHECKF("[]int{1}|map[string]int{\"a\":1}|\"s\"|42|1", "%#v|%#v|%#v|%#v|%#v", 5, INTS(1, 1), MSI(1, "a", 1), S("s"), I(42), F(1.0));
    CHECKF("[]int(nil)|map[string]int(nil)|[]byte{0x61, 0x62}|[]interface {}{1, interface {}(nil)}", "%#v|%#v|%#v|%#v", 4, NILINTS, NILMAP, BYTES("ab"), ANYS(2, I(1), NIL));
    CHECKF("<nil>|%!d(<nil>)|%!s(<nil>)", "%v|%d|%s", 3, NIL, NIL, NIL);
    CHECKF("%|1 %!d(MISSING)", "%%|%d %d", 1, I(1));
    CHECKF("1%!(EXTRA int=2)", "%d", 2, I(1), I(2));
    CHECKF("%!d(string=str)|%!s(int=5)", "%d|%s", 2, S("str"), I(5));
    CHECKF("%!!(int=1)|%!z(MISSING)", "%!|%z", 1, I(1));
    CHECKF("    1|2   |3.14", "%*d|%-*d|%.*f", 6, I(5), I(1), I(4), I(2), I(2), F(3.14159));
    CHECKF("%!(BADWIDTH)1|", "%*d|", 2, S("x"), I(1));
    CHECKF("%!(BADPREC)1|", "%.*d|", 2, S("x"), I(1));
    CHECKF("1    |", "%-*d|", 2, I(-5), I(1));
    CHECKF("2 1|%!f(int= 01)|2 3 1 2", "%[2]d %[1]d|%[3]*.[2]*[1]f|%d %d %[1]d %d", 3, I(1), I(2), I(3));
    CHECKF("%!d(BADINDEX)|%!d(BADINDEX)|%!d(BADINDEX)|2 %!d(MISSING)", "%[5]d|%[0]d|%[x]d|%[2]d %d", 2, I(1), I(2));
    CHECKF("65 'A' %!v(MISSING)", "%[1]d %[1]q %v", 1, I(65));
    CHECKF("{} &{}", "%v %v", 2, EV(), PEV());
    CHECKF("<nil> <nil> (*int)(nil)", "%v %+v %#v", 3, NILP, NILP, NILP);
    CHECKF("%!s(*int=<nil>)|[97 98]", "%s|%d", 2, NILP, BYTES("ab"));
    CHECKF("7|s|[1 x]", "%v|%v|%v", 3, TI(myint, 7), SV(mystr, "s"), ANYS(2, TI(myint, 1), SV(mystr, "x")));
    CHECKF("main.MyInt|main.MyStr|[]interface {}|map[string]int|<nil>", "%T|%T|%T|%T|%T", 5, TI(myint, 7), SV(mystr, "s"), ANYS(0), MSI(0), NIL);
    CHECKF("7|\"s\"", "%#v|%#v", 2, TI(myint, 7), SV(mystr, "s"));
    CHECKF("6869|\"hi\"|%!s(main.MyInt=3)", "%x|%q|%s", 3, SV(mystr, "hi"), SV(mystr, "hi"), TI(myint, 3));
    CHECKF("{1 <nil> x}|{N:1 V:<nil> s:x}|main.In{N:1, V:interface {}(nil), s:\"x\"}", "%v|%+v|%#v", 3, INV(1, NIL, "x"), INV(1, NIL, "x"), INV(1, NIL, "x"));
    CHECKF("{2 3.5 y}|{N:2 V:3.5 s:y}|main.In{N:2, V:3.5, s:\"y\"}", "%v|%+v|%#v", 3, INV(2, F(3.5), "y"), INV(2, F(3.5), "y"), INV(2, F(3.5), "y"));
    CHECKF("{<nil>}|{Q:<nil>}|main.P{Q:(*int)(nil)}", "%v|%+v|%#v", 3, PPV(), PPV(), PPV());
    CHECKF("[[1 2] [3]]|[][]int{[]int{1, 2}, []int{3}}|map[a:[1 1] b:[2]]", "%v|%#v|%v", 3, NESTED(), NESTED(), MSS());
    CHECKF("map[-1:2 0:3 2.5:1]|map[1:a 2:b 3:c]|map[false:0 true:1]|map[int]string{1:\"a\"}", "%v|%v|%v|%#v", 4, MFI(), MIS(3, 3, "c", 1, "a", 2, "b"), MBI(), MIS(1, 1, "a"));
    CHECKF("[1 2]|[%!s(int=1) %!s(int=2)]|[]|[6162 63]", "%d|%s|%v|%x", 4, INTS(2, 1, 2), INTS(2, 1, 2), INTS(0), STRS(2, "ab", "c"));
    CHECKF("   3.1|ab      |00000042|[1 -1]", "%6.2v|%-8v|%08v|%+v", 4, F(3.14159), S("ab"), I(42), INTS(2, 1, -1));
    CHECKF("tab\011here|\001\303\277|\"\\x01\303\277\\u00ad\"", "%v|%s|%q", 3, S("tab\011here"), S("\001\303\277"), S("\001\303\277\302\255"));
    CHECKF("\357\277\275|\357\277\275|'\357\277\275'", "%c|%c|%q", 3, I(-1), I(1114112), I(55296));
    CHECKF("U+1F600|U+0007|U+00000041 'A'|    U+0041|U+0041    |", "%U|%#U|%#.8U|%10U|%-10U|", 5, I(128512), I(7), I(65), I(65), I(65));
    CHECKF("00000abc|5       |5       |", "%08.3s|%-08d|%0-8d|", 3, S("abcdef"), I(5), I(5));
    CHECKF("[abc de]|[ab de]|[       001        002]|", "%v|%.2v|%10.3v|", 3, STRS(2, "abc", "de"), STRS(2, "abc", "de"), INTS(2, 1, 2));
    CHECKF("0.000000e+00|1.00e+100|1e+100|0.3333333333|5e-324|1.7976931348623157e+308", "%e|%.2e|%g|%.10g|%g|%g", 6, F(0.0), F(1e+100), F(1e+100), F(0.3333333333333333), F(5e-324), F(1.7976931348623157e+308));
    CHECKF("3.4e+38|1e-07|0.667|1.6777216e+07", "%v|%v|%.3v|%v", 4, F32(3.4e+38), F32(1e-07), F32(0.6666666666666666), F32(16777216.0));
    CHECKF("%!t(int=1)|%!d(bool=true)", "%t|%d", 2, I(1), BOOL(1));
    CHECKF("%!p(string=x)|%!d(<nil>)", "%p|%d", 2, S("x"), NIL);
    CHECKF("[a %!s(int=1) %!s(bool=true)]", "%s", 1, ANYS(3, S("a"), I(1), BOOL(1)));
    CHECKF("[6162 ff]", "%x", 1, ANYS(2, S("ab"), I(255)));
    CHECKF("    -005|+0000005| 0000005|", "%08.3d|%+08d|% 08d|", 3, I(-5), I(5), I(5));
    CHECKF("0.2|0.3|0.1|-0.1|0|2", "%.1f|%.1f|%.1f|%.1f|%.0f|%.0f", 6, F(0.25), F(0.35), F(0.05), F(-0.05), F(0.5), F(1.5));
    CHECKF("%!d(MISSING) %!s(MISSING)", "%d %s", 0);
    CHECKF("no verbs", "no verbs", 0);
    CHECKF("%!(NOVERB)", "%", 0);
    CHECKF("%!(NOVERB)%!(EXTRA int=1)", "%-", 1, I(1));
    CHECKF("%!.(int=1)", "%.", 1, I(1));
    CHECKF("%!(NOVERB)%!(EXTRA int=1)", "%.2", 1, I(1));
    CHECKF("ab|10| 0xa", "%#s|%#d|%# x", 3, S("ab"), I(10), I(10));
    CHECKF("[]|0.2", "%v|%.1v", 2, INTS(0), F(0.25));
    CHECKP("ab1 2c3.5 <nil>\012", FMT_PRINT, 8, S("a"), S("b"), I(1), I(2), S("c"), F(3.5), NIL, S("\012"));
    CHECKP("1 2\012", FMT_PRINT, 3, I(1), I(2), S("\012"));
    CHECKP("1x2y3", FMT_PRINT, 5, I(1), S("x"), I(2), SV(mystr, "y"), I(3));
    CHECKP("true false 1.5 <nil> <nil>", FMT_PRINT, 5, BOOL(1), BOOL(0), F(1.5), NIL, NIL);
    CHECKP("a 1 true <nil> 2 [] map[]\012", FMT_PRINTLN, 7, S("a"), I(1), BOOL(1), NIL, F(2.0), NILINTS, NILMAP);
    CHECKP("\012", FMT_PRINTLN, 0);
    CHECKP("{1 x [2]} &{2 y []} {} &{} [0 0 0]\012", FMT_PRINTLN, 5, TV(1, "x", 1, 2), PTV(2, "y", 0), EV(), PEV(), ARR3(0, 0, 0));
    CHECKP("", FMT_PRINT, 0);
    /* From fuzzing against Go: []byte skips the method checks at top level. */
    CHECKF("[%!w(uint8=97) %!w(uint8=98)]|%!w(int=5)", "%w|%w", 2, BYTES("ab"), I(5));
}

Test(fmt, sprintf_helper_and_pointer_addresses)
{
    Value args[1] = {I(7)};
    cr_assert(str_equal(fmt_sprintf(NULL, "<%03d>", args, 1), str_cstr("<007>")));
    /* A non-nil pointer prints as 0x... (the address) for %v and %p. */
    Value x[1] = {{.i = 5}};
    Value ptr[1] = {iface_box(type_pointer(type_int), (Value){.p = x})};
    char want[64];
    snprintf(want, sizeof want, "0x%lx", (unsigned long)(uintptr_t)x);
    cr_assert(str_equal(fmt_sprintf(NULL, "%v", ptr, 1), str_cstr(want)));
    cr_assert(str_equal(fmt_sprintf(NULL, "%p", ptr, 1), str_cstr(want)));
    snprintf(want, sizeof want, "%lx", (unsigned long)(uintptr_t)x);
    cr_assert(str_equal(fmt_sprintf(NULL, "%#p", ptr, 1), str_cstr(want)));
    snprintf(want, sizeof want, "(*int)(0x%lx)", (unsigned long)(uintptr_t)x);
    cr_assert(str_equal(fmt_sprintf(NULL, "%#v", ptr, 1), str_cstr(want)));
}

/* The variables the scanning tests store into, as in the Go program. */
static Value sc_a, sc_b, sc_s, sc_f, sc_t, sc_r;

/* Runs the doScan native on a string source (mode 0 Sscan, 1 Sscanln,
 * 2 Sscanf) and renders the outcome as Go's test program printed it:
 * "n err | a b "s" f t r". */
static char *run_scan(int mode, const char *input, const char *format, int n, ...)
{
    sc_a = sc_b = sc_s = sc_f = sc_t = sc_r = NIL;
    Value ops = slice_make(type_any, n, n);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) *slice_index(ops, i, 1) = va_arg(ap, Value);
    va_end(ap);
    NativeFn fn = NULL;
    for (const NativeFunc *f = fmt_natives; f->name; f++)
        if (strcmp(f->name, "doScan") == 0) fn = f->fn;
    cr_assert_not_null(fn);
    Value args[6] = {NIL, str_cstr(input), {.i = 1}, {.i = mode}, str_cstr(format ? format : ""), ops};
    Value res[3];
    cr_assert_eq(fn(NULL, args, res), NATIVE_OK);
    const char *err = res[1].i == 0 ? "<nil>" : res[1].i == 1 ? "EOF" : res[1].i == 2 ? "unexpected EOF" : str_to_cstr(res[2]);
    Value show[8] = {I(res[0].i), S(err), I(sc_a.i), I(sc_b.i), S(str_to_cstr(sc_s)), F(sc_f.f), BOOL((int)sc_t.i),
                     TI(type_int32, sc_r.i)};
    return str_to_cstr(fmt_sprintf(NULL, "%d %v | %d %d %q %v %v %d", show, 8));
}

#define PA iface_box(type_pointer(type_int), (Value){.p = &sc_a})
#define PB iface_box(type_pointer(type_int), (Value){.p = &sc_b})
#define PS iface_box(type_pointer(type_string), (Value){.p = &sc_s})
#define PF iface_box(type_pointer(type_float64), (Value){.p = &sc_f})
#define PTB iface_box(type_pointer(type_bool), (Value){.p = &sc_t})
#define PR iface_box(type_pointer(type_int32), (Value){.p = &sc_r})

Test(fmt, scanning_matches_go)
{
    cr_expect_str_eq(run_scan(0, "12 34", NULL, 2, PA, PB), "2 <nil> | 12 34 \"\" 0 false 0");
    cr_expect_str_eq(run_scan(0, "  12\n\n 34 ", NULL, 2, PA, PB), "2 <nil> | 12 34 \"\" 0 false 0");
    cr_expect_str_eq(run_scan(0, "12", NULL, 2, PA, PB), "1 EOF | 12 0 \"\" 0 false 0");
    cr_expect_str_eq(run_scan(0, "", NULL, 1, PA), "0 EOF | 0 0 \"\" 0 false 0");
    cr_expect_str_eq(run_scan(0, "x", NULL, 1, PA), "0 expected integer | 0 0 \"\" 0 false 0");
    cr_expect_str_eq(run_scan(0, "0x1f 012", NULL, 2, PA, PB), "2 <nil> | 31 10 \"\" 0 false 0");
    cr_expect_str_eq(run_scan(0, "hello 3.5 true", NULL, 3, PS, PF, PTB), "3 <nil> | 0 0 \"hello\" 3.5 true 0");
    cr_expect_str_eq(run_scan(0, "99999999999999999999", NULL, 1, PA),
                     "0 strconv.ParseInt: parsing \"99999999999999999999\": value out of range | 0 0 \"\" 0 false 0");
    cr_expect_str_eq(run_scan(0, "1.5e3 -2", NULL, 2, PF, PA), "2 <nil> | -2 0 \"\" 1500 false 0");
    cr_expect_str_eq(run_scan(0, "tru", NULL, 1, PTB), "0 syntax error scanning boolean | 0 0 \"\" 0 false 0");
    cr_expect_str_eq(run_scan(0, "abc", NULL, 1, PF), "0 strconv.ParseFloat: parsing \"\": invalid syntax | 0 0 \"\" 0 false 0");
    cr_expect_str_eq(run_scan(1, "1 2\n3", NULL, 2, PA, PB), "2 <nil> | 1 2 \"\" 0 false 0");
    cr_expect_str_eq(run_scan(1, "1\n2", NULL, 2, PA, PB), "1 unexpected newline | 1 0 \"\" 0 false 0");
    cr_expect_str_eq(run_scan(1, "1 2 3", NULL, 2, PA, PB), "2 expected newline | 1 2 \"\" 0 false 0");
    cr_expect_str_eq(run_scan(1, "1 2   \n", NULL, 2, PA, PB), "2 <nil> | 1 2 \"\" 0 false 0");
    cr_expect_str_eq(run_scan(2, "12-34", "%d-%d", 2, PA, PB), "2 <nil> | 12 34 \"\" 0 false 0");
    cr_expect_str_eq(run_scan(2, "x=5 y=hi", "x=%d y=%s", 2, PA, PS), "2 <nil> | 5 0 \"hi\" 0 false 0");
    cr_expect_str_eq(run_scan(2, "5", "%d %d", 2, PA, PB), "1 EOF | 5 0 \"\" 0 false 0");
    cr_expect_str_eq(run_scan(2, "", "%d", 1, PA), "0 EOF | 0 0 \"\" 0 false 0");
    cr_expect_str_eq(run_scan(2, "a5", "b%d", 1, PA), "0 input does not match format | 0 0 \"\" 0 false 0");
    cr_expect_str_eq(run_scan(2, "5 6", "%d", 1, PA), "1 <nil> | 5 0 \"\" 0 false 0");
    cr_expect_str_eq(run_scan(2, "5", "%d%d", 1, PA), "1 too few operands for format '%d' | 5 0 \"\" 0 false 0");
    cr_expect_str_eq(run_scan(2, "ff 11", "%x %b", 2, PA, PB), "2 <nil> | 255 3 \"\" 0 false 0");
    cr_expect_str_eq(run_scan(2, "abc", "%c", 1, PR), "1 <nil> | 0 0 \"\" 0 false 97");
    cr_expect_str_eq(run_scan(2, "3.25", "%f", 1, PF), "1 <nil> | 0 0 \"\" 3.25 false 0");
    cr_expect_str_eq(run_scan(2, "12345", "%3d%d", 2, PA, PB), "2 <nil> | 123 45 \"\" 0 false 0");
    cr_expect_str_eq(run_scan(2, "1\n2", "%d %d", 2, PA, PB), "1 newline in input does not match format | 1 0 \"\" 0 false 0");
    cr_expect_str_eq(run_scan(2, "1\n2", "%d\n%d", 2, PA, PB), "2 <nil> | 1 2 \"\" 0 false 0");
    cr_expect_str_eq(run_scan(2, "\"q s\" 7", "%q %d", 2, PS, PA), "2 <nil> | 7 0 \"q s\" 0 false 0");
    cr_expect_str_eq(run_scan(0, "5", NULL, 1, I(0)), "0 type not a pointer: int | 0 0 \"\" 0 false 0");
    cr_expect_str_eq(run_scan(2, "50%", "%d%%", 1, PA), "1 <nil> | 50 0 \"\" 0 false 0");
    cr_expect_str_eq(run_scan(0, "1_000 0b11", NULL, 2, PA, PB), "2 <nil> | 1000 3 \"\" 0 false 0");
    cr_expect_str_eq(run_scan(0, "+7 -0", NULL, 2, PA, PB), "2 <nil> | 7 0 \"\" 0 false 0");
    /* Narrow integers: Go reports "integer overflow on token 300". */
    Value i8 = {.i = 0};
    Value ops = slice_make(type_any, 1, 1);
    *slice_index(ops, 0, 1) = iface_box(type_pointer(type_int8), (Value){.p = &i8});
    NativeFn fn = NULL;
    for (const NativeFunc *f = fmt_natives; f->name; f++)
        if (strcmp(f->name, "doScan") == 0) fn = f->fn;
    Value args[6] = {NIL, str_cstr("300"), {.i = 1}, {.i = 0}, NIL, ops};
    Value res[3];
    fn(NULL, args, res);
    cr_expect_eq(res[0].i, 0);
    cr_expect_str_eq(str_to_cstr(res[2]), "integer overflow on token 300");
}

Test(fmt, self_containing_value_stops)
{
    /* a := []any{nil}; a[0] = a: Go recurses until its stack overflows; the
     * printer stops at a fixed depth instead of exhausting the C stack. */
    Type *anys = type_slice(type_any);
    Value s = slice_make(type_any, 1, 1);
    Value boxed = iface_box(anys, s);
    *slice_index(s, 0, 1) = boxed;
    StrBuf b = {0};
    Value args[1] = {boxed};
    cr_assert_eq(fmt_format(NULL, &b, FMT_PRINTLN, NIL, args, 1), NATIVE_PANIC);
}

/* Finds a native of package os by name. */
static NativeFn os_native(const char *name)
{
    for (const NativeFunc *f = os_natives; f->name; f++)
        if (strcmp(f->name, name) == 0) return f->fn;
    cr_assert_fail("no os native %s", name);
    return NULL;
}

Test(fmt, os_files_and_environment)
{
    /* writeFile/readFile round trip, then open + File.read + File.close. */
    Value res[3];
    Value wargs[3] = {str_cstr("/tmp/csp_test_os.txt"), str_to_bytes(str_cstr("line one\nline two\n")), {.u = 0644}};
    os_native("writeFile")(NULL, wargs, res);
    cr_assert_eq(res[0].i, 0);
    Value rargs[1] = {str_cstr("/tmp/csp_test_os.txt")};
    os_native("readFile")(NULL, rargs, res);
    cr_assert_eq(res[1].i, 0);
    cr_assert(str_equal(str_from_bytes(res[0]), str_cstr("line one\nline two\n")));
    Value oargs[3] = {str_cstr("/tmp/csp_test_os.txt"), {.i = 0}, {.u = 0}};
    os_native("open")(NULL, oargs, res);
    cr_assert_eq(res[1].i, 0);
    Value file[2] = {{.i = res[0].i}, str_cstr("/tmp/csp_test_os.txt")};
    Value buf = slice_make(type_uint8, 4, 4);
    Value fargs[2] = {{.p = file}, buf};
    os_native("File.read")(NULL, fargs, res);
    cr_assert_eq(res[0].i, 4);
    cr_assert(str_equal(str_from_bytes(buf), str_cstr("line")));
    Value cargs[1] = {{.p = file}};
    os_native("File.close")(NULL, cargs, res);
    cr_assert_eq(res[0].i, 0);
    os_native("File.close")(NULL, cargs, res);
    cr_assert_eq(res[0].i, -1, "closing twice reports ErrClosed");
    os_native("remove")(NULL, rargs, res);
    cr_assert_eq(res[0].i, 0);
    os_native("readFile")(NULL, rargs, res);
    cr_assert_eq(res[1].i, ENOENT);
    /* Go's lower-case error text. */
    Value eargs[1] = {{.i = ENOENT}};
    os_native("errstr")(NULL, eargs, res);
    cr_assert(str_equal(res[0], str_cstr("no such file or directory")));
    /* The environment. */
    Value sargs[2] = {str_cstr("CSP_FMT_TEST"), str_cstr("v=1")};
    os_native("setenv")(NULL, sargs, res);
    Value gargs[1] = {str_cstr("CSP_FMT_TEST")};
    os_native("LookupEnv")(NULL, gargs, res);
    cr_assert(str_equal(res[0], str_cstr("v=1")));
    cr_assert_eq(res[1].i, 1);
    os_native("unsetenv")(NULL, gargs, res);
    os_native("LookupEnv")(NULL, gargs, res);
    cr_assert_eq(res[1].i, 0);
    /* Args: the program name, then the script's arguments. */
    char *argv[3] = {"prog.go", "a", "b c"};
    os_set_args(3, argv);
    os_native("runtimeArgs")(NULL, NULL, res);
    cr_assert_eq(slice_len(res[0]), 3);
    cr_assert(str_equal(*slice_index(res[0], 2, 1), str_cstr("b c")));
}
