/*
 * Unit tests of the standard packages strings, strconv, math, sort, slices,
 * maps, unicode, unicode/utf8 and cmp: each native is called directly from
 * C with hand-made Values, through its package's native table. Expected
 * values come from Go (go1.19 `go run`, Go 1.21+ behaviour for slices/maps).
 * Natives that call back into script code (sort.Slice, strings.Map...) and
 * the errors package are covered end to end by tests/lang/stdlib_*.go.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "runtime/map.h"
#include "runtime/native.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "stdlib/maps.h"
#include "stdlib/math.h"
#include "stdlib/slices.h"
#include "stdlib/sort.h"
#include "stdlib/strconv.h"
#include "stdlib/strings.h"
#include "stdlib/unicode.h"
#include "stdlib/utf8.h"

/* Finds a native by name in a table (fails the test if absent). */
static NativeFn std_fn(const NativeFunc *t, const char *name)
{
    for (; t->name; t++)
        if (strcmp(t->name, name) == 0) return t->fn;
    cr_assert_fail("no native %s", name);
    return NULL;
}

/* The results of the last std_call. */
static Value std_res[8];

/* Calls a native that must not panic; returns its results. */
static Value *std_call(const NativeFunc *t, const char *name, Value *args)
{
    memset(std_res, 0, sizeof std_res);
    int rc = std_fn(t, name)(NULL, args, std_res);
    cr_assert_eq(rc, NATIVE_OK, "%s did not return NATIVE_OK", name);
    return std_res;
}

#define CALL(t, name, ...) std_call(t, name, (Value[]){__VA_ARGS__})

static Value S(const char *s) { return str_cstr(s); }
static Value I(int64_t i) { return (Value){.i = i}; }
static Value F(double f) { return (Value){.f = f}; }
static Value T(Type *t) { return (Value){.p = t}; }
static char *C(Value v) { return str_to_cstr(v); }

/* Makes a []int. */
static Value ints(int n, const int64_t *v)
{
    Value s = slice_make(type_int, n, n);
    for (int i = 0; i < n; i++) ((Slice *)s.p)->data[i].i = v[i];
    return s;
}

/* Formats a []int as Go's %v. */
static char *ints_str(Value s)
{
    static char buf[4096];
    int k = sprintf(buf, "[");
    for (int64_t i = 0; i < slice_len(s); i++)
        k += sprintf(buf + k, "%s%lld", i ? " " : "", (long long)((Slice *)s.p)->data[i].i);
    sprintf(buf + k, "]");
    return buf;
}

/* Formats a []string as Go's %q. */
static char *strs_q(Value s)
{
    static char buf[4096];
    int k = sprintf(buf, "[");
    for (int64_t i = 0; i < slice_len(s); i++)
        k += sprintf(buf + k, "%s\"%s\"", i ? " " : "", C(((Slice *)s.p)->data[i]));
    sprintf(buf + k, "]");
    return buf;
}

static void setup(void) { type_init(); }

TestSuite(stdlib, .init = setup);

Test(stdlib, strings_split_caps)
{
    Value *r = CALL(strings_natives, "Split", S("a,b,c"), S(","));
    cr_assert_eq(slice_len(r[0]), 3);
    cr_assert_eq(slice_cap(r[0]), 3);
    r = CALL(strings_natives, "SplitN", S("a,b,c,d"), S(","), I(2));
    cr_assert_str_eq(strs_q(r[0]), "[\"a\" \"b,c,d\"]");
    cr_assert_eq(slice_cap(r[0]), 2);
    r = CALL(strings_natives, "Split", S("abc"), S(""));
    cr_assert_str_eq(strs_q(r[0]), "[\"a\" \"b\" \"c\"]");
    r = CALL(strings_natives, "SplitN", S("abc"), S(","), I(0));
    cr_assert_null(r[0].p);
    r = CALL(strings_natives, "SplitAfter", S("a,b"), S(","));
    cr_assert_str_eq(strs_q(r[0]), "[\"a,\" \"b\"]");
    r = CALL(strings_natives, "Split", S("a,b,"), S(","));
    cr_assert_str_eq(strs_q(r[0]), "[\"a\" \"b\" \"\"]");
}

Test(stdlib, strings_fields_unicode_space)
{
    Value *r = CALL(strings_natives, "Fields", S("  a b\u00a0c\u2003d  "));
    cr_assert_str_eq(strs_q(r[0]), "[\"a\" \"b\" \"c\" \"d\"]");
    r = CALL(strings_natives, "Fields", S("   "));
    cr_assert_eq(slice_len(r[0]), 0);
}

Test(stdlib, strings_case_mapping)
{
    cr_assert_str_eq(C(CALL(strings_natives, "ToUpper", S("h\xc3\xa9llo w\xc3\xb6rld \xc3\x9f \xff"))[0]),
                     "H\xc3\x89LLO W\xc3\x96RLD \xc3\x9f \xef\xbf\xbd");
    cr_assert_str_eq(C(CALL(strings_natives, "Title", S("hello wide-world_x"))[0]), "Hello Wide-World_x");
    Value same = S("already lower");
    cr_assert_eq(CALL(strings_natives, "ToLower", same)[0].p, same.p, "unchanged input is returned as is");
}

Test(stdlib, strings_turkish_dotted_i)
{
    /* unicode.ToLower('İ') is a plain 'i' (simple case mapping). */
    cr_assert_str_eq(C(CALL(strings_natives, "ToLower", S("\xc3\x80\xc3\x89\xc3\x8e \xc4\xb0"))[0]),
                     "\xc3\xa0\xc3\xa9\xc3\xae i");
}

Test(stdlib, strings_replace)
{
    cr_assert_str_eq(C(CALL(strings_natives, "Replace", S("aaaa"), S("a"), S("b"), I(2))[0]), "bbaa");
    cr_assert_str_eq(C(CALL(strings_natives, "Replace", S("abc"), S(""), S("-"), I(-1))[0]), "-a-b-c-");
    cr_assert_str_eq(C(CALL(strings_natives, "ReplaceAll", S("oink oink"), S("k"), S("ky"))[0]), "oinky oinky");
    Value *r = CALL(strings_natives, "NewReplacer",
                    slice_append(type_string, (Value){.p = NULL},
                                 (Value[]){S("a"), S("1"), S(""), S("X"), S("aa"), S("2")}, 6));
    Value rep = r[0];
    cr_assert_str_eq(C(CALL(strings_natives, "Replacer.Replace", rep, S("aab"))[0]), "11XbX");
    r = CALL(strings_natives, "NewReplacer",
             slice_append(type_string, (Value){.p = NULL}, (Value[]){S("<"), S("&lt;"), S(">"), S("&gt;")}, 4));
    cr_assert_str_eq(C(CALL(strings_natives, "Replacer.Replace", r[0], S("<a>b</a>"))[0]),
                     "&lt;a&gt;b&lt;/a&gt;");
}

Test(stdlib, strings_trim)
{
    cr_assert_str_eq(C(CALL(strings_natives, "Trim", S("xxhixyx"), S("xy"))[0]), "hi");
    cr_assert_str_eq(C(CALL(strings_natives, "TrimLeft", S("xxhix"), S("x"))[0]), "hix");
    cr_assert_str_eq(C(CALL(strings_natives, "TrimRight", S("xxhix"), S("x"))[0]), "xxhi");
    cr_assert_str_eq(C(CALL(strings_natives, "TrimSpace", S("\t\n hi there \xe3\x80\x80"))[0]), "hi there");
    cr_assert_str_eq(C(CALL(strings_natives, "TrimPrefix", S("prefix-x"), S("prefix-"))[0]), "x");
    cr_assert_str_eq(C(CALL(strings_natives, "TrimSuffix", S("a.go"), S(".go"))[0]), "a");
    Value *r = CALL(strings_natives, "Cut", S("key=value"), S("="));
    cr_assert_str_eq(C(r[0]), "key");
    cr_assert_str_eq(C(r[1]), "value");
    cr_assert_eq(r[2].i, 1);
    r = CALL(strings_natives, "Cut", S("novalue"), S("="));
    cr_assert_str_eq(C(r[0]), "novalue");
    cr_assert_eq(r[2].i, 0);
}

Test(stdlib, strings_search)
{
    cr_assert_eq(CALL(strings_natives, "Index", S("chicken"), S("ken"))[0].i, 4);
    cr_assert_eq(CALL(strings_natives, "LastIndex", S("go gopher"), S("go"))[0].i, 3);
    cr_assert_eq(CALL(strings_natives, "IndexAny", S("golang"), S("ny"))[0].i, 4);
    cr_assert_eq(CALL(strings_natives, "LastIndexAny", S("golang"), S("gn"))[0].i, 5);
    cr_assert_eq(CALL(strings_natives, "IndexRune", S("chicken"), I('k'))[0].i, 4);
    cr_assert_eq(CALL(strings_natives, "IndexRune", S("a\xff" "b"), I(0xFFFD))[0].i, 1);
    cr_assert_eq(CALL(strings_natives, "Count", S("cheese"), S("e"))[0].i, 3);
    cr_assert_eq(CALL(strings_natives, "Count", S("five"), S(""))[0].i, 5);
    cr_assert_eq(CALL(strings_natives, "Contains", S("seafood"), S("foo"))[0].i, 1);
    cr_assert_eq(CALL(strings_natives, "HasPrefix", S("golang"), S("go"))[0].i, 1);
    cr_assert_eq(CALL(strings_natives, "HasSuffix", S("golang"), S("ng"))[0].i, 1);
    cr_assert_eq(CALL(strings_natives, "Compare", S("a"), S("b"))[0].i, -1);
    cr_assert_eq(CALL(strings_natives, "Compare", S("b"), S("a"))[0].i, 1);
}

Test(stdlib, strings_equal_fold)
{
    cr_assert_eq(CALL(strings_natives, "EqualFold", S("Stra\xc3\x9f" "e"), S("STRASSE"))[0].i, 0);
    cr_assert_eq(CALL(strings_natives, "EqualFold", S("Gopher"), S("GOPHER"))[0].i, 1);
    cr_assert_eq(CALL(strings_natives, "EqualFold", S("\xcf\x83\xcf\x82"), S("\xce\xa3\xce\xa3"))[0].i, 1);
    cr_assert_eq(CALL(strings_natives, "EqualFold", S("K"), S("\xe2\x84\xaa"))[0].i, 1);
}

Test(stdlib, strings_join_repeat)
{
    Value parts = slice_append(type_string, (Value){.p = NULL}, (Value[]){S("a"), S("b"), S("c")}, 3);
    cr_assert_str_eq(C(CALL(strings_natives, "Join", parts, S(", "))[0]), "a, b, c");
    cr_assert_null(CALL(strings_natives, "Join", (Value){.p = NULL}, S(","))[0].p);
    cr_assert_str_eq(C(CALL(strings_natives, "Repeat", S("ab"), I(3))[0]), "ababab");
}

Test(stdlib, strings_builder_growth_matches_go)
{
    Value b[3] = {{0}};
    Value recv = {.p = b};
    /* Go 1.19: caps after each WriteString("abcdefg"), then after WriteRune('世'). */
    const int64_t want[] = {8, 16, 32, 32, 64, 64, 64, 64, 64, 128, 128};
    for (int i = 0; i < 10; i++) {
        CALL(strings_natives, "Builder.WriteString", recv, S("abcdefg"));
        cr_assert_eq(CALL(strings_natives, "Builder.Cap", recv)[0].i, want[i], "cap after write %d", i);
    }
    Value first = CALL(strings_natives, "Builder.String", recv)[0];
    CALL(strings_natives, "Builder.WriteRune", recv, I(0x4E16));
    cr_assert_eq(CALL(strings_natives, "Builder.Cap", recv)[0].i, want[10]);
    cr_assert_eq(CALL(strings_natives, "Builder.Len", recv)[0].i, 73);
    cr_assert_eq(str_len(first), 70, "an earlier String() is not disturbed by later writes");
    CALL(strings_natives, "Builder.WriteByte", recv, I('!'));
    char *s = C(CALL(strings_natives, "Builder.String", recv)[0]);
    cr_assert_str_eq(s + 70, "\xe4\xb8\x96!");
    CALL(strings_natives, "Builder.Reset", recv);
    cr_assert_eq(CALL(strings_natives, "Builder.Len", recv)[0].i, 0);
}

Test(stdlib, unicode_classes_and_case)
{
    cr_assert_eq(unicode_to_upper(0xDF), 223);
    cr_assert_eq(unicode_to_upper(0x1C6), 452);
    cr_assert_eq(unicode_to_title(0x1C6), 453);
    cr_assert_eq(unicode_to_lower(0x1C5), 454);
    cr_assert_eq(unicode_simple_fold('k'), 8490);
    cr_assert_eq(unicode_simple_fold('K'), 107);
    cr_assert_eq(unicode_simple_fold(0x212A), 75);
    cr_assert(unicode_is_letter(0xE9));
    cr_assert(!unicode_is_letter('1'));
    cr_assert(unicode_is_upper(0x3A3));
    cr_assert(unicode_is_punct('!'));
    cr_assert(unicode_is_space(0x2028));
    cr_assert(unicode_is_digit(0x663));
    cr_assert(!unicode_is_print(0xAD));
    cr_assert(unicode_is_graphic(0xA0));
    cr_assert_eq(CALL(unicode_natives, "ToUpper", I(0xE9))[0].i, 0xC9);
    cr_assert_eq(CALL(unicode_natives, "IsLetter", I(0x4E16))[0].i, 1);
}

Test(stdlib, utf8_functions)
{
    cr_assert_eq(CALL(utf8_natives, "RuneLen", I(0x1F600))[0].i, 4);
    cr_assert_eq(CALL(utf8_natives, "RuneLen", I(0xD800))[0].i, -1);
    cr_assert_eq(CALL(utf8_natives, "RuneCountInString", S("h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c"))[0].i, 9);
    cr_assert_eq(CALL(utf8_natives, "FullRuneInString", S("\xe4\xb8"))[0].i, 0);
    cr_assert_eq(CALL(utf8_natives, "FullRuneInString", S("\xe4\x41"))[0].i, 1);
    cr_assert_eq(CALL(utf8_natives, "FullRuneInString", S("\xf4\x90"))[0].i, 1);
    Value *r = CALL(utf8_natives, "DecodeLastRuneInString", S("a\xe4\xb8"));
    cr_assert_eq(r[0].i, 0xFFFD);
    cr_assert_eq(r[1].i, 1);
    r = CALL(utf8_natives, "DecodeLastRuneInString", S("a\xe4\xb8\x96"));
    cr_assert_eq(r[0].i, 0x4E16);
    cr_assert_eq(r[1].i, 3);
    cr_assert_eq(CALL(utf8_natives, "ValidString", S("a\xff" "b"))[0].i, 0);
    cr_assert_eq(CALL(utf8_natives, "ValidString", S("\xef\xbf\xbd"))[0].i, 1);
    Value b = CALL(utf8_natives, "AppendRune", (Value){.p = NULL}, I(0xE9))[0];
    cr_assert_eq(slice_len(b), 2);
    cr_assert_eq(((Slice *)b.p)->data[0].u, 0xC3);
    cr_assert_eq(((Slice *)b.p)->data[1].u, 0xA9);
    cr_assert_eq(CALL(utf8_natives, "RuneCount", b)[0].i, 1);
}

Test(stdlib, strconv_parse_codes)
{
    /* Codes: 0 ok, 1 syntax, 2 range, 3 base, 4 bit size. */
    Value *r = CALL(strconv_natives, "parseInt", S("-ff"), I(16), I(64));
    cr_assert_eq(r[0].i, -255);
    cr_assert_eq(r[1].i, 0);
    r = CALL(strconv_natives, "parseInt", S("300"), I(10), I(8));
    cr_assert_eq(r[0].i, 127);
    cr_assert_eq(r[1].i, 2);
    r = CALL(strconv_natives, "parseInt", S("99999999999999999999"), I(10), I(0));
    cr_assert_eq(r[0].i, INT64_MAX);
    cr_assert_eq(r[1].i, 2);
    r = CALL(strconv_natives, "parseInt", S("x1"), I(10), I(0));
    cr_assert_eq(r[0].i, 0);
    cr_assert_eq(r[1].i, 1);
    r = CALL(strconv_natives, "parseInt", S("0x1f"), I(0), I(64));
    cr_assert_eq(r[0].i, 31);
    r = CALL(strconv_natives, "parseInt", S("1_000"), I(10), I(64));
    cr_assert_eq(r[1].i, 1, "underscores only with base 0");
    r = CALL(strconv_natives, "parseInt", S("12"), I(1), I(64));
    cr_assert_eq(r[1].i, 3);
    r = CALL(strconv_natives, "parseInt", S("12"), I(10), I(65));
    cr_assert_eq(r[1].i, 4);
    r = CALL(strconv_natives, "parseInt", S(""), I(10), I(64));
    cr_assert_eq(r[1].i, 1);
    r = CALL(strconv_natives, "parseUint", S("-1"), I(10), I(64));
    cr_assert_eq(r[1].i, 1);
    r = CALL(strconv_natives, "parseFloat", S("1e400"), I(64));
    cr_assert(isinf(r[0].f));
    cr_assert_eq(r[1].i, 2);
    r = CALL(strconv_natives, "parseFloat", S("3.25"), I(64));
    cr_assert_eq(r[0].f, 3.25);
}

Test(stdlib, strconv_format)
{
    cr_assert_str_eq(C(CALL(strconv_natives, "Itoa", I(-45))[0]), "-45");
    cr_assert_str_eq(C(CALL(strconv_natives, "FormatInt", I(-255), I(16))[0]), "-ff");
    cr_assert_str_eq(C(CALL(strconv_natives, "FormatUint", I(255), I(8))[0]), "377");
    cr_assert_str_eq(C(CALL(strconv_natives, "FormatFloat", F(3.14159), I('f'), I(2), I(64))[0]), "3.14");
    cr_assert_str_eq(C(CALL(strconv_natives, "FormatFloat", F(1e21), I('g'), I(-1), I(64))[0]), "1e+21");
    Value b = CALL(strconv_natives, "AppendInt", str_to_bytes(S("n=")), I(42), I(10))[0];
    cr_assert_str_eq(C(str_from_bytes(b)), "n=42");
}

Test(stdlib, strconv_quote)
{
    cr_assert_str_eq(C(CALL(strconv_natives, "Quote", str_new("h\xc3\xa9llo\0\xe2\x80\xa8\xf0\x9f\x98\x80\xff", 15))[0]),
                     "\"h\xc3\xa9llo\\x00\\u2028\xf0\x9f\x98\x80\\xff\"");
    cr_assert_str_eq(C(CALL(strconv_natives, "QuoteToASCII", S("h\xc3\xa9llo\xe2\x98\xba"))[0]),
                     "\"h\\u00e9llo\\u263a\"");
    cr_assert_str_eq(C(CALL(strconv_natives, "QuoteRune", I('\''))[0]), "'\\''");
    cr_assert_str_eq(C(CALL(strconv_natives, "QuoteRune", I(0x110000))[0]), "'\xef\xbf\xbd'");
}

Test(stdlib, strconv_unquote)
{
    struct { const char *in, *out; bool ok; } cases[] = {
        {"\"a\\tb\"", "a\tb", true},
        {"`raw\r`", "raw", true},
        {"'x'", "x", true},
        {"'ab'", "", false},
        {"\"\\u00e9\\x41\\101\"", "\xc3\xa9" "AA", true},
        {"\"bad", "", false},
        {"\"\\400\"", "", false},
        {"'\\''", "'", true},
        {"\"'\"", "'", true},
        {"\"\\'\"", "", false},
        {"`a`b`", "", false},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Value *r = CALL(strconv_natives, "unquote", S(cases[i].in));
        cr_assert_eq(r[1].i != 0, cases[i].ok, "unquote(%s)", cases[i].in);
        if (cases[i].ok) cr_assert_str_eq(C(r[0]), cases[i].out, "unquote(%s)", cases[i].in);
    }
}

Test(stdlib, math_go_special_cases)
{
    cr_assert_eq(CALL(math_natives, "Pow", F(1.1), F(10))[0].f, 2.593742460100002);
    cr_assert_eq(CALL(math_natives, "Pow", F(2), F(-3))[0].f, 0.125);
    cr_assert_eq(CALL(math_natives, "Pow", F(-2), F(3))[0].f, -8);
    cr_assert_eq(CALL(math_natives, "Pow", F(0.3), F(17))[0].f, 1.2914016299999995e-09);
    cr_assert_eq(CALL(math_natives, "Log2", F(8))[0].f, 3);
    cr_assert_eq(CALL(math_natives, "Log10", F(1000))[0].f, 3);
    cr_assert(isinf(CALL(math_natives, "Max", F(NAN), F(INFINITY))[0].f));
    cr_assert(isnan(CALL(math_natives, "Max", F(NAN), F(1))[0].f));
    double z = CALL(math_natives, "Min", F(0.0), F(-0.0))[0].f;
    cr_assert(z == 0 && signbit(z));
    Value *r = CALL(math_natives, "Modf", F(-3.5));
    cr_assert_eq(r[0].f, -3);
    cr_assert_eq(r[1].f, -0.5);
    cr_assert_eq(CALL(math_natives, "Float32bits", F(1.5))[0].u, 1069547520u);
    cr_assert_eq(CALL(math_natives, "Ilogb", F(0))[0].i, INT32_MIN);
    r = CALL(math_natives, "Frexp", F(8));
    cr_assert_eq(r[0].f, 0.5);
    cr_assert_eq(r[1].i, 4);
    cr_assert_eq(CALL(math_natives, "Round", F(-2.5))[0].f, -3);
    cr_assert_eq(CALL(math_natives, "NaN")[0].u, 0x7FF8000000000001ull);
}

Test(stdlib, math_bit_exact_with_go)
{
    /* Values printed by go1.19 on amd64; the C library differs in the last
     * bit for many of these, Go's own algorithms (ported) do not. */
    cr_assert_eq(CALL(math_natives, "Exp", F(0.5))[0].f, 1.6487212707001282);
    cr_assert_eq(CALL(math_natives, "Exp", F(1))[0].f, 2.718281828459045);
    cr_assert_eq(CALL(math_natives, "Sin", F(1e22))[0].f, -0.8522008497671889);
    cr_assert_eq(CALL(math_natives, "Gamma", F(5.5))[0].f, 52.34277778455352);
    cr_assert_eq(CALL(math_natives, "Cbrt", F(27))[0].f, 3);
    cr_assert_eq(CALL(math_natives, "Log", F(10))[0].f, 2.302585092994046);
    cr_assert_eq(CALL(math_natives, "Cos", F(3))[0].f, -0.9899924966004454);
    cr_assert_eq(CALL(math_natives, "Atan2", F(1), F(-2))[0].f, 2.677945044588987);
    cr_assert_eq(CALL(math_natives, "Tanh", F(0.3))[0].f, 0.2913126124515909);
    cr_assert_eq(CALL(math_natives, "Log1p", F(0.001))[0].f, 0.0009995003330835331);
    cr_assert_eq(CALL(math_natives, "Asinh", F(2.5))[0].f, 1.6472311463710958);
    cr_assert_eq(CALL(math_natives, "Tan", F(1.5))[0].f, 14.101419947171719);
    Value *r = CALL(math_natives, "Lgamma", F(-2.5));
    cr_assert_eq(r[0].f, -0.05624371649767412);
    cr_assert_eq(r[1].i, -1);
    cr_assert_eq(CALL(math_natives, "Erf", F(0.3))[0].f, 0.3286267594591274);
    cr_assert_eq(CALL(math_natives, "Erfc", F(1.7))[0].f, 0.016209541409225436);
    cr_assert_eq(CALL(math_natives, "J0", F(2.5))[0].f, -0.048383776468198025);
    cr_assert_eq(CALL(math_natives, "J1", F(10))[0].f, 0.043472746168861424);
    cr_assert_eq(CALL(math_natives, "Y0", F(0.5))[0].f, -0.44451873350670656);
    cr_assert_eq(CALL(math_natives, "Y1", F(7))[0].f, -0.30266723702418485);
    cr_assert_eq(CALL(math_natives, "Jn", I(3), F(4.5))[0].f, 0.42470397297745555);
    cr_assert_eq(CALL(math_natives, "Yn", I(2), F(30))[0].f, 0.12292410306411383);
}

Test(stdlib, strings_to_valid_utf8)
{
    cr_assert_str_eq(C(CALL(strings_natives, "ToValidUTF8", S("a\xff\xfe" "b\xc0" "c"), S("?"))[0]), "a?b?c");
    Value ok = S("ok");
    cr_assert_eq(CALL(strings_natives, "ToValidUTF8", ok, S("?"))[0].p, ok.p);
}

Test(stdlib, unicode_range_tables)
{
    /* RangeTable{id}: 18 is Han, 15 Latin, 10 Space (category Z). */
    Value han[1] = {{.i = 18}}, latin[1] = {{.i = 15}}, space[1] = {{.i = 10}};
    cr_assert_eq(CALL(unicode_natives, "Is", (Value){.p = han}, I(0x4E16))[0].i, 1);
    cr_assert_eq(CALL(unicode_natives, "Is", (Value){.p = han}, I('a'))[0].i, 0);
    cr_assert_eq(CALL(unicode_natives, "Is", (Value){.p = latin}, I(0xE9))[0].i, 1);
    cr_assert_eq(CALL(unicode_natives, "Is", (Value){.p = space}, I(0x2028))[0].i, 1);
    cr_assert_eq(CALL(unicode_natives, "Is", (Value){.p = space}, I('\n'))[0].i, 0);
}

Test(stdlib, slices_replace_repeat)
{
    Type *S_ = type_slice(type_int);
    Value r = ints(5, (int64_t[]){0, 1, 2, 3, 4});
    Value out = CALL(slices_natives, "Replace", T(S_), T(type_int), r, I(1), I(3), ints(1, (int64_t[]){9}))[0];
    cr_assert_str_eq(ints_str(out), "[0 9 3 4]");
    cr_assert_str_eq(ints_str(slice_reslice(r, 0, 5, -1, 1)), "[0 9 3 4 0]", "the vacated tail is zeroed");
    out = CALL(slices_natives, "Replace", T(S_), T(type_int), ints(3, (int64_t[]){0, 1, 2}), I(1), I(2),
               ints(3, (int64_t[]){7, 8, 9}))[0];
    cr_assert_str_eq(ints_str(out), "[0 7 8 9 2]");
    out = CALL(slices_natives, "Repeat", T(S_), T(type_int), ints(2, (int64_t[]){1, 2}), I(3))[0];
    cr_assert_str_eq(ints_str(out), "[1 2 1 2 1 2]");
    cr_assert_eq(slice_cap(out), 6);
}

/* Keys with tags, sorted through SortOps by key only. */
typedef struct KeyedSort {
    SortOps ops;
    int64_t key[100], tag[100];
} KeyedSort;

static bool keyed_less(SortOps *o, int64_t i, int64_t j)
{
    KeyedSort *k = (KeyedSort *)o;
    return k->key[i] < k->key[j];
}

static void keyed_swap(SortOps *o, int64_t i, int64_t j)
{
    KeyedSort *k = (KeyedSort *)o;
    int64_t t = k->key[i];
    k->key[i] = k->key[j];
    k->key[j] = t;
    t = k->tag[i];
    k->tag[i] = k->tag[j];
    k->tag[j] = t;
}

/* Fills 100 keys 0..9 with the same generator as the Go reference program. */
static void keyed_fill(KeyedSort *k)
{
    memset(k, 0, sizeof *k);
    k->ops.less = keyed_less;
    k->ops.swap = keyed_swap;
    uint32_t seed = 7;
    for (int i = 0; i < 100; i++) {
        seed = seed * 1103515245u + 12345u;
        k->key[i] = (int64_t)(seed >> 16) % 10;
        k->tag[i] = i;
    }
}

static char *keyed_tags(KeyedSort *k)
{
    static char buf[1024];
    int n = 0;
    for (int i = 0; i < 100; i++) n += sprintf(buf + n, "%lld ", (long long)k->tag[i]);
    return buf;
}

Test(stdlib, sort_unstable_order_matches_go)
{
    KeyedSort k;
    keyed_fill(&k);
    sort_pdq(&k.ops, 100);
    cr_assert_str_eq(keyed_tags(&k),
        "73 88 20 58 7 31 72 37 77 12 49 11 24 30 52 93 80 92 91 27 9 4 15 98 61 55 70 0 28 38 "
        "13 74 43 69 40 96 36 10 5 54 6 85 99 78 44 67 46 47 66 3 17 64 90 63 84 25 87 50 57 8 "
        "83 82 81 97 16 75 95 35 41 42 23 56 39 45 1 65 14 89 21 79 86 94 71 60 68 18 29 59 32 "
        "33 19 48 2 76 34 26 51 53 62 22 ");
}

Test(stdlib, sort_stable_order_matches_go)
{
    KeyedSort k;
    keyed_fill(&k);
    sort_stable(&k.ops, 100);
    cr_assert_str_eq(keyed_tags(&k),
        "7 12 20 31 37 58 72 73 77 88 4 9 11 24 27 30 49 52 80 91 92 93 0 13 15 28 38 55 61 70 "
        "74 98 5 10 36 40 43 54 69 96 3 6 17 25 44 46 47 63 64 66 67 78 84 85 87 90 99 8 16 35 "
        "50 57 75 81 82 83 95 97 1 23 39 41 42 45 56 14 21 60 65 71 79 86 89 94 2 18 19 29 32 "
        "33 34 48 59 68 76 22 26 51 53 62 ");
}

Test(stdlib, sort_ints_strings_floats)
{
    Value s = ints(6, (int64_t[]){5, 2, 8, 1, 9, 3});
    CALL(sort_natives, "Ints", s);
    cr_assert_str_eq(ints_str(s), "[1 2 3 5 8 9]");
    cr_assert_eq(CALL(sort_natives, "IntsAreSorted", s)[0].i, 1);
    cr_assert_eq(CALL(sort_natives, "SearchInts", s, I(5))[0].i, 3);
    cr_assert_eq(CALL(sort_natives, "SearchInts", s, I(6))[0].i, 4);
    Value strs = slice_append(type_string, (Value){.p = NULL}, (Value[]){S("pear"), S("apple"), S("fig")}, 3);
    CALL(sort_natives, "Strings", strs);
    cr_assert_str_eq(strs_q(strs), "[\"apple\" \"fig\" \"pear\"]");
    Value fl = slice_append(type_float64, (Value){.p = NULL}, (Value[]){F(2.5), F(NAN), F(-1)}, 3);
    CALL(sort_natives, "Float64s", fl);
    cr_assert(isnan(((Slice *)fl.p)->data[0].f), "NaN sorts first");
    cr_assert_eq(((Slice *)fl.p)->data[1].f, -1);
}

Test(stdlib, cmp_compare)
{
    cr_assert_eq(CALL(cmp_natives, "Compare", T(type_float64), F(NAN), F(1))[0].i, -1);
    cr_assert_eq(CALL(cmp_natives, "Compare", T(type_float64), F(NAN), F(NAN))[0].i, 0);
    cr_assert_eq(CALL(cmp_natives, "Compare", T(type_string), S("b"), S("a"))[0].i, 1);
    cr_assert_eq(CALL(cmp_natives, "Less", T(type_uint), I(-1), I(1))[0].i, 0, "unsigned order");
}

Test(stdlib, slices_basic)
{
    Type *S_ = type_slice(type_int);
    Value s = ints(8, (int64_t[]){3, 1, 4, 1, 5, 9, 2, 6});
    CALL(slices_natives, "Sort", T(S_), T(type_int), s);
    cr_assert_str_eq(ints_str(s), "[1 1 2 3 4 5 6 9]");
    Value *r = CALL(slices_natives, "BinarySearch", T(S_), T(type_int), s, I(5));
    cr_assert_eq(r[0].i, 5);
    cr_assert_eq(r[1].i, 1);
    cr_assert_eq(CALL(slices_natives, "Index", T(S_), T(type_int), s, I(4))[0].i, 4);
    cr_assert_eq(CALL(slices_natives, "Contains", T(S_), T(type_int), s, I(7))[0].i, 0);
    cr_assert_eq(CALL(slices_natives, "Max", T(S_), T(type_int), s)[0].i, 9);
    cr_assert_eq(CALL(slices_natives, "Min", T(S_), T(type_int), s)[0].i, 1);
    Value c = CALL(slices_natives, "Clone", T(S_), T(type_int), s)[0];
    cr_assert_neq(((Slice *)c.p)->data, ((Slice *)s.p)->data);
    CALL(slices_natives, "Reverse", T(S_), T(type_int), c);
    cr_assert_str_eq(ints_str(c), "[9 6 5 4 3 2 1 1]");
    cr_assert_eq(CALL(slices_natives, "Equal", T(S_), T(type_int), s, c)[0].i, 0);
    cr_assert_eq(CALL(slices_natives, "Compare", T(S_), T(type_int), s, c)[0].i, -1);
}

Test(stdlib, slices_insert_delete_compact)
{
    Type *S_ = type_slice(type_int);
    Value v = ints(2, (int64_t[]){2, 3});
    Value s = CALL(slices_natives, "Insert", T(S_), T(type_int), ints(2, (int64_t[]){1, 4}), I(1), v)[0];
    cr_assert_str_eq(ints_str(s), "[1 2 3 4]");
    cr_assert_eq(slice_cap(s), 4, "append growth from cap 2 to 4 ints");
    Value d = ints(5, (int64_t[]){0, 1, 2, 3, 4});
    Value r = CALL(slices_natives, "Delete", T(S_), T(type_int), d, I(1), I(3))[0];
    cr_assert_str_eq(ints_str(r), "[0 3 4]");
    cr_assert_eq(((Slice *)d.p)->data[4].i, 0, "Go 1.22 zeroes the vacated tail");
    Value k = CALL(slices_natives, "Compact", T(S_), T(type_int), ints(7, (int64_t[]){1, 1, 2, 2, 2, 3, 1}))[0];
    cr_assert_str_eq(ints_str(k), "[1 2 3 1]");
    Value g = CALL(slices_natives, "Grow", T(S_), T(type_int), (Value){.p = NULL}, I(5))[0];
    cr_assert_eq(slice_len(g), 0);
    cr_assert_geq(slice_cap(g), 5);
}

Test(stdlib, maps_clone_equal_copy)
{
    Type *mt = type_map(type_string, type_int);
    Map *m = map_new(mt, 0);
    map_put(m, S("a"))->i = 1;
    map_put(m, S("b"))->i = 2;
    Value c = CALL(maps_natives, "Clone", T(mt), T(type_string), T(type_int), (Value){.p = m})[0];
    cr_assert_neq(c.p, m);
    cr_assert_eq(map_len(c.p), 2);
    cr_assert_eq(CALL(maps_natives, "Equal", T(mt), T(mt), T(type_string), T(type_int), (Value){.p = m}, c)[0].i, 1);
    map_put(c.p, S("b"))->i = 3;
    cr_assert_eq(CALL(maps_natives, "Equal", T(mt), T(mt), T(type_string), T(type_int), (Value){.p = m}, c)[0].i, 0);
    CALL(maps_natives, "Copy", T(mt), T(mt), T(type_string), T(type_int), (Value){.p = m}, c);
    cr_assert_eq(map_get(m, S("b"))->i, 3);
    cr_assert_null(CALL(maps_natives, "Clone", T(mt), T(type_string), T(type_int), (Value){.p = NULL})[0].p);
}
