/*
 * Tests for the runtime objects: strings and UTF-8, slices (Go's exact
 * capacity growth), maps, equality and hashing, interface boxing, and
 * strconv-style number formatting. Expected values come from Go 1.19.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <gc/gc.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/iface.h"
#include "runtime/map.h"
#include "runtime/numfmt.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/type.h"

/* Initializes the GC and the predeclared types. */
static void rt_setup(void)
{
    GC_INIT();
    type_init();
}

TestSuite(runtime, .init = rt_setup);

/* Whether string value v holds exactly the C string s. */
static bool rt_str_is(Value v, const char *s)
{
    return str_len(v) == (int64_t)strlen(s) && memcmp(str_ptr(v), s, strlen(s)) == 0;
}

Test(runtime, str_basics)
{
    Value a = str_cstr("hello"), b = str_cstr(", world");
    cr_assert(rt_str_is(str_concat(a, b), "hello, world"));
    cr_assert_null(str_cstr("").p, "the empty string is NULL");
    Value parts[4] = {a, str_cstr(""), b, str_cstr("!")};
    cr_assert(rt_str_is(str_concat_n(parts, 4), "hello, world!"));
    cr_assert(str_compare(a, b) > 0);
    cr_assert(str_compare(str_cstr("ab"), str_cstr("abc")) < 0);
    cr_assert(str_compare(str_cstr(""), (Value){.p = NULL}) == 0);
    cr_assert(str_compare(str_cstr("\xff"), str_cstr("a")) > 0, "bytewise, unsigned");
    cr_assert(str_equal(str_slice(str_concat(a, b), 0, 5), a));
    cr_assert(rt_str_is(str_slice(a, 1, 3), "el"));
    cr_assert_eq(str_hash(str_cstr("hello")), str_hash(str_slice(str_concat(a, b), 0, 5)));
    cr_assert_neq(str_hash(str_cstr("hello")), str_hash(str_cstr("hellp")));
    cr_assert_str_eq(str_to_cstr(str_slice(a, 1, 4)), "ell");
}

Test(runtime, utf8_decode_edges)
{
    struct { const char *s; int n; int32_t r; int w; } cases[] = {
        {"a", 1, 'a', 1},
        {"\xc3\xa9", 2, 0xE9, 2},
        {"\xe2\x82\xac", 3, 0x20AC, 3},
        {"\xf0\x9f\x98\x80", 4, 0x1F600, 4},
        {"\xf4\x8f\xbf\xbf", 4, 0x10FFFF, 4},
        {"\x80", 1, 0xFFFD, 1},             /* lone continuation byte */
        {"\xc0\x80", 2, 0xFFFD, 1},         /* overlong */
        {"\xc1\xbf", 2, 0xFFFD, 1},         /* overlong */
        {"\xe0\x80\x80", 3, 0xFFFD, 1},     /* overlong 3-byte */
        {"\xed\xa0\x80", 3, 0xFFFD, 1},     /* surrogate half */
        {"\xf4\x90\x80\x80", 4, 0xFFFD, 1}, /* beyond U+10FFFF */
        {"\xe2\x82", 2, 0xFFFD, 1},         /* truncated */
        {"\xf5\x80\x80\x80", 4, 0xFFFD, 1},
        {"\xff", 1, 0xFFFD, 1},
        {"\xef\xbf\xbd", 3, 0xFFFD, 3},     /* a real U+FFFD */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int32_t r;
        int w = str_decode_rune(cases[i].s, cases[i].n, &r);
        cr_assert_eq(r, cases[i].r, "case %zu: rune %x", i, r);
        cr_assert_eq(w, cases[i].w, "case %zu: width %d", i, w);
    }
    int32_t r;
    cr_assert_eq(str_decode_rune("", 0, &r), 0);
}

Test(runtime, utf8_encode_and_conversions)
{
    char buf[4];
    cr_assert_eq(str_encode_rune(buf, 0x7F), 1);
    cr_assert_eq(str_encode_rune(buf, 0x80), 2);
    cr_assert_eq(str_encode_rune(buf, 0xFFFF), 3);
    cr_assert_eq(str_encode_rune(buf, 0x10000), 4);
    cr_assert(rt_str_is(str_from_rune(0xD800), "\xef\xbf\xbd"), "surrogate -> U+FFFD");
    cr_assert(rt_str_is(str_from_rune(0x110000), "\xef\xbf\xbd"));
    cr_assert(rt_str_is(str_from_rune(-1), "\xef\xbf\xbd"));
    cr_assert(rt_str_is(str_from_rune(0x4E16), "\xe4\xb8\x96"));

    Value s = str_cstr("h\xc3\xa9\xff!");
    Value runes = str_to_runes(s);
    cr_assert_eq(slice_len(runes), 4);
    Slice *rs = runes.p;
    cr_assert_eq(rs->data[1].i, 0xE9);
    cr_assert_eq(rs->data[2].i, 0xFFFD);
    cr_assert(rt_str_is(str_from_runes(runes), "h\xc3\xa9\xef\xbf\xbd!"));
    cr_assert_eq(str_rune_count(s), 4);

    Value bytes = str_to_bytes(s);
    cr_assert_eq(slice_len(bytes), 5);
    cr_assert_eq(((Slice *)bytes.p)->data[3].u, 0xFF);
    cr_assert(str_equal(str_from_bytes(bytes), s));
    cr_assert_null(str_from_bytes((Value){.p = NULL}).p);
}

/* Appends one zero element at a time and returns the distinct capacities
 * seen, comma-separated, as Go's test program printed them. */
static char *rt_cap_sequence(Type *elem, int n)
{
    static char out[1024];
    out[0] = 0;
    Value s = {.p = NULL};
    int64_t last = -1;
    Value *zero = GC_MALLOC(sizeof(Value) * (elem->nslots + 1));
    for (int i = 0; i < n; i++) {
        s = slice_append(elem, s, zero, 1);
        if (slice_cap(s) != last) {
            last = slice_cap(s);
            sprintf(out + strlen(out), "%lld,", (long long)last);
        }
    }
    return out;
}

Test(runtime, slice_growth_matches_go)
{
    cr_assert_str_eq(rt_cap_sequence(type_int, 2000), "1,2,4,8,16,32,64,128,256,512,848,1280,1792,2560,");
    cr_assert_str_eq(rt_cap_sequence(type_uint8, 5000), "8,16,32,64,128,256,512,896,1408,2048,3072,4096,5376,");
    Field f3[3] = {{.name = "a", .type = type_int64}, {.name = "b", .type = type_int64}, {.name = "c", .type = type_int64}};
    Type *s3 = type_struct(f3, 3);
    cr_assert_eq(s3->size, 24);
    cr_assert_str_eq(rt_cap_sequence(s3, 2000), "1,2,4,8,16,32,64,128,256,512,853,1365,2048,");
    Field f5[4] = {{.name = "a", .type = type_int32}, {.name = "b", .type = type_uint8},
                   {.name = "s", .type = type_string}, {.name = "p", .type = type_pointer(type_int)}};
    Type *s5 = type_struct(f5, 4);
    cr_assert_eq(s5->size, 32);
    cr_assert_str_eq(rt_cap_sequence(s5, 2000), "1,2,4,8,16,32,64,128,256,512,852,1280,1792,2560,");
}

Test(runtime, slice_growth_odd_and_large_elements)
{
    /* Go 1.19 output for [1000]int64 (8000 bytes: page rounding), [3]byte
     * (a non-power-of-two size), string (16 bytes), struct{} (size 0) and
     * [5000]byte. */
    cr_assert_str_eq(rt_cap_sequence(type_array(type_int64, 1000), 100), "1,2,4,8,16,32,64,128,");
    cr_assert_str_eq(rt_cap_sequence(type_array(type_uint8, 3), 3000),
                     "2,5,10,21,42,85,170,341,682,1066,1621,2261,3157,");
    cr_assert_str_eq(rt_cap_sequence(type_string, 3000), "1,2,4,8,16,32,64,128,256,512,848,1280,1792,2560,3584,");
    cr_assert_str_eq(rt_cap_sequence(type_struct(NULL, 0), 5), "1,2,3,4,5,");
    cr_assert_str_eq(rt_cap_sequence(type_array(type_uint8, 5000), 50), "1,2,4,8,16,32,65,");
}

Test(runtime, slice_append_many)
{
    /* append([]int{1, 2, 3}, 4, 5, 6, 7) has cap 8 in Go. */
    Value v[7];
    for (int i = 0; i < 7; i++) v[i].i = i + 1;
    Value s = slice_append(type_int, (Value){.p = NULL}, v, 3);
    cr_assert_eq(slice_cap(s), 3);
    s = slice_append(type_int, s, v + 3, 4);
    cr_assert_eq(slice_len(s), 7);
    cr_assert_eq(slice_cap(s), 8);
    for (int i = 0; i < 7; i++) cr_assert_eq(slice_index(s, i, 1)->i, i + 1);
    /* append([]byte("hello"), " world, long string"...) has cap 24. */
    Value b = str_to_bytes(str_cstr("hello"));
    b = slice_append_string(b, str_cstr(" world, long string"));
    cr_assert_eq(slice_cap(b), 24);
    cr_assert(rt_str_is(str_from_bytes(b), "hello world, long string"));
    /* append([]string(nil), "a", "b", "c") has cap 3. */
    Value strs[3] = {str_cstr("a"), str_cstr("b"), str_cstr("c")};
    Value z = slice_append(type_string, (Value){.p = NULL}, strs, 3);
    cr_assert_eq(slice_cap(z), 3);
    /* append within capacity shares the array. */
    Value m = slice_make(type_int, 2, 10);
    Value m2 = slice_append(type_int, m, v, 1);
    cr_assert_eq(((Slice *)m2.p)->data, ((Slice *)m.p)->data);
    cr_assert_eq(slice_len(m), 2, "the old header is unchanged");
    cr_assert_eq(slice_index(m2, 2, 1)->i, 1);
}

Test(runtime, slice_copy_reslice_overlap)
{
    Value v[6];
    for (int i = 0; i < 6; i++) v[i].i = i;
    Value s = slice_append(type_int, (Value){.p = NULL}, v, 6);
    /* copy(s[1:], s) shifts right with memmove semantics. */
    int64_t n = slice_copy(type_int, slice_reslice(s, 1, 6, -1, 1), s);
    cr_assert_eq(n, 5);
    int64_t want[6] = {0, 0, 1, 2, 3, 4};
    for (int i = 0; i < 6; i++) cr_assert_eq(slice_index(s, i, 1)->i, want[i]);
    /* append(s[:1], s[2:]...) deletes element 1 in place. */
    Value t = slice_append_slice(type_int, slice_reslice(s, 0, 1, -1, 1), slice_reslice(s, 2, 6, -1, 1));
    cr_assert_eq(slice_len(t), 5);
    cr_assert_eq(((Slice *)t.p)->data, ((Slice *)s.p)->data);
    int64_t want2[5] = {0, 1, 2, 3, 4};
    for (int i = 0; i < 5; i++) cr_assert_eq(slice_index(t, i, 1)->i, want2[i]);
    /* Full slice expressions limit capacity. */
    Value r = slice_reslice(s, 1, 3, 4, 1);
    cr_assert_eq(slice_len(r), 2);
    cr_assert_eq(slice_cap(r), 3);
    cr_assert_eq(slice_cap(slice_reslice(s, 2, 3, -1, 1)), 4);
    /* Slicing nil stays nil. */
    cr_assert_null(slice_reslice((Value){.p = NULL}, 0, 0, -1, 1).p);
    /* copy into []byte from a string. */
    Value b = slice_make(type_uint8, 3, 3);
    cr_assert_eq(slice_copy_string(b, str_cstr("abcdef")), 3);
    cr_assert(rt_str_is(str_from_bytes(b), "abc"));
    /* Arrays: a[1:3] of a [4]int. */
    Value arr[4] = {{.i = 10}, {.i = 11}, {.i = 12}, {.i = 13}};
    Value as = slice_from_array(arr, 4, 1, 3, -1, 1);
    cr_assert_eq(slice_len(as), 2);
    cr_assert_eq(slice_cap(as), 3);
    cr_assert_eq(slice_index(as, 0, 1), &arr[1]);
}

Test(runtime, slice_struct_elements)
{
    Field f[2] = {{.name = "X", .type = type_int}, {.name = "S", .type = type_string}};
    Type *st = type_struct(f, 2);
    Value e[4] = {{.i = 1}, str_cstr("one"), {.i = 2}, str_cstr("two")};
    Value s = slice_append(st, (Value){.p = NULL}, e, 2);
    cr_assert_eq(slice_len(s), 2);
    cr_assert_eq(slice_index(s, 1, 2)[0].i, 2);
    cr_assert(rt_str_is(slice_index(s, 1, 2)[1], "two"));
    Value z = slice_make(st, 3, 3);
    cr_assert_eq(slice_index(z, 2, 2)[0].i, 0);
    cr_assert_null(slice_index(z, 2, 2)[1].p);
}

Test(runtime, map_insertion_order_and_delete)
{
    Map *m = map_new(type_map(type_string, type_int), 0);
    const char *keys[] = {"pear", "apple", "fig", "kiwi", "date"};
    for (int i = 0; i < 5; i++) map_put(m, str_cstr(keys[i]))->i = i;
    cr_assert_eq(map_len(m), 5);
    cr_assert_eq(map_get(m, str_cstr("fig"))->i, 2);
    cr_assert_null(map_get(m, str_cstr("plum")));
    map_delete(m, str_cstr("apple"));
    map_delete(m, str_cstr("nothing"));
    cr_assert_eq(map_len(m), 4);
    cr_assert_null(map_get(m, str_cstr("apple")));
    map_put(m, str_cstr("apple"))->i = 9;
    const char *want[] = {"pear", "fig", "kiwi", "date", "apple"};
    MapIter it;
    Value k, *v;
    int i = 0;
    map_iter_init(m, &it);
    while (map_iter_next(&it, &k, &v)) {
        cr_assert(rt_str_is(k, want[i]), "position %d", i);
        i++;
    }
    cr_assert_eq(i, 5);
    /* Deleting during iteration skips the deleted entries. */
    map_iter_init(m, &it);
    cr_assert(map_iter_next(&it, &k, &v));
    map_delete(m, str_cstr("fig"));
    map_delete(m, str_cstr("kiwi"));
    i = 0;
    while (map_iter_next(&it, &k, &v)) i++;
    cr_assert_eq(i, 2);
    /* A nil map reads as empty. */
    cr_assert_null(map_get(NULL, str_cstr("x")));
    cr_assert_eq(map_len(NULL), 0);
    map_iter_init(NULL, &it);
    cr_assert_not(map_iter_next(&it, &k, &v));
    map_clear(m);
    cr_assert_eq(map_len(m), 0);
    cr_assert_null(map_get(m, str_cstr("pear")));
}

Test(runtime, map_growth_1e5)
{
    Map *m = map_new(type_map(type_int, type_int), 0);
    for (int64_t i = 0; i < 100000; i++) map_put(m, (Value){.i = i * 7})->i = i;
    cr_assert_eq(map_len(m), 100000);
    for (int64_t i = 0; i < 100000; i += 2) map_delete(m, (Value){.i = i * 7});
    cr_assert_eq(map_len(m), 50000);
    for (int64_t i = 0; i < 100000; i++) {
        Value *v = map_get(m, (Value){.i = i * 7});
        if (i % 2) cr_assert(v && v->i == i);
        else cr_assert_null(v);
    }
    /* Growth during iteration keeps the iterator valid. */
    MapIter it;
    Value k, *v;
    int64_t seen = 0, prev = -1;
    map_iter_init(m, &it);
    while (map_iter_next(&it, &k, &v)) {
        if (k.i >= 0) {
            cr_assert(k.i > prev, "insertion order");
            prev = k.i;
        }
        if (seen < 1000) map_put(m, (Value){.i = -1 - seen});
        seen++;
    }
    cr_assert_geq(seen, 50000);
    cr_assert_eq(map_len(m), 51000);
}

Test(runtime, map_struct_and_float_keys)
{
    Field f[2] = {{.name = "X", .type = type_int}, {.name = "Name", .type = type_string}};
    Type *st = type_struct(f, 2);
    Map *m = map_new(type_map(st, type_int), 4);
    Value key[2] = {{.i = 1}, str_cstr("a")};
    map_put(m, (Value){.p = key})->i = 100;
    key[1] = str_cstr("b"); /* the map copied the first key */
    map_put(m, (Value){.p = key})->i = 200;
    Value probe[2] = {{.i = 1}, str_concat(str_cstr(""), str_cstr("a"))};
    cr_assert_eq(map_get(m, (Value){.p = probe})->i, 100);
    cr_assert_eq(map_len(m), 2);

    Map *fm = map_new(type_map(type_float64, type_int), 0);
    map_put(fm, (Value){.f = 0.0})->i = 1;
    cr_assert_eq(map_get(fm, (Value){.f = -0.0})->i, 1, "-0 == +0");
    map_put(fm, (Value){.f = NAN})->i = 2;
    map_put(fm, (Value){.f = NAN})->i = 3;
    cr_assert_eq(map_len(fm), 3, "NaN keys never match");
    cr_assert_null(map_get(fm, (Value){.f = NAN}));

    /* Aggregate values are held as pointers to zeroed storage. */
    Map *sm = map_new(type_map(type_string, st), 0);
    Value *slot = map_put(sm, str_cstr("k"));
    cr_assert_not_null(slot->p);
    cr_assert_eq(((Value *)slot->p)[0].i, 0);
}

Test(runtime, map_interface_keys)
{
    Map *m = map_new(type_map(type_any, type_string), 0);
    map_put(m, iface_box(type_int, (Value){.i = 1}))->p = str_cstr("int 1").p;
    map_put(m, iface_box(type_string, str_cstr("1")))->p = str_cstr("string 1").p;
    map_put(m, iface_box(type_int64, (Value){.i = 1}))->p = str_cstr("int64 1").p;
    map_put(m, (Value){.p = NULL})->p = str_cstr("nil").p;
    cr_assert_eq(map_len(m), 4, "dynamic types distinguish keys");
    cr_assert(rt_str_is(*map_get(m, iface_box(type_int, (Value){.i = 1})), "int 1"));
    cr_assert(rt_str_is(*map_get(m, iface_box(type_int64, (Value){.i = 1})), "int64 1"));
    cr_assert(rt_str_is(*map_get(m, (Value){.p = NULL}), "nil"));
    cr_assert_null(map_last_error());
    /* A slice key is unhashable: NULL, and the error names its type. */
    Type *ints = type_slice(type_int);
    cr_assert_null(map_put(m, iface_box(ints, (Value){.p = NULL})));
    cr_assert_eq(map_last_error(), ints);
    cr_assert_str_eq(type_to_string(map_last_error()), "[]int");
    cr_assert_null(map_get(m, iface_box(ints, (Value){.p = NULL})));
    cr_assert_eq(map_last_error(), ints);
    cr_assert_not_null(map_get(m, iface_box(type_int, (Value){.i = 1})));
    cr_assert_null(map_last_error(), "the flag resets");
    /* Struct keys with an interface field holding a map are unhashable too. */
    Field f[1] = {{.name = "V", .type = type_any}};
    Type *st = type_struct(f, 1);
    Map *sm = map_new(type_map(st, type_int), 0);
    Type *mt = type_map(type_string, type_int);
    Value key[1] = {iface_box(mt, (Value){.p = NULL})};
    cr_assert_null(map_put(sm, (Value){.p = key}));
    cr_assert_eq(map_last_error(), mt);
}

Test(runtime, equality_and_hash)
{
    cr_assert_eq(value_equal(type_float64, (Value){.f = NAN}, (Value){.f = NAN}), 0);
    cr_assert_eq(value_equal(type_float64, (Value){.f = 0.0}, (Value){.f = -0.0}), 1);
    cr_assert_eq(value_hash(type_float64, (Value){.f = 0.0}), value_hash(type_float64, (Value){.f = -0.0}));
    cr_assert_eq(value_equal(type_string, str_cstr("ab"), str_concat(str_cstr("a"), str_cstr("b"))), 1);
    cr_assert_eq(value_equal(type_string, (Value){.p = NULL}, str_cstr("")), 1);
    Type *arr = type_array(type_string, 2);
    Value a1[2] = {str_cstr("x"), str_cstr("y")}, a2[2] = {str_cstr("x"), str_cstr("y")};
    cr_assert_eq(value_equal(arr, (Value){.p = a1}, (Value){.p = a2}), 1);
    cr_assert_eq(value_hash(arr, (Value){.p = a1}), value_hash(arr, (Value){.p = a2}));
    a2[1] = str_cstr("z");
    cr_assert_eq(value_equal(arr, (Value){.p = a1}, (Value){.p = a2}), 0);
    /* Interfaces: dynamic type first, then value; -1 if not comparable. */
    Value i1 = iface_box(type_int, (Value){.i = 3}), i2 = iface_box(type_int, (Value){.i = 3});
    cr_assert_eq(value_equal(type_any, i1, i2), 1);
    cr_assert_eq(value_hash(type_any, i1), value_hash(type_any, i2));
    cr_assert_eq(value_equal(type_any, i1, iface_box(type_int32, (Value){.i = 3})), 0);
    cr_assert_eq(value_equal(type_any, i1, (Value){.p = NULL}), 0);
    cr_assert_eq(value_equal(type_any, (Value){.p = NULL}, (Value){.p = NULL}), 1);
    Type *ints = type_slice(type_int);
    cr_assert_eq(value_equal(type_any, iface_box(ints, (Value){.p = NULL}), iface_box(ints, (Value){.p = NULL})), -1);
    cr_assert_eq(value_equal(type_any, iface_box(ints, (Value){.p = NULL}), i1), 0, "different types: false, no panic");
    /* Nested struct inside a struct compares field by field. */
    Field inner[2] = {{.name = "A", .type = type_int}, {.name = "B", .type = type_float64}};
    Type *in = type_struct(inner, 2);
    Field outer[2] = {{.name = "I", .type = in}, {.name = "S", .type = type_string}};
    Type *out = type_struct(outer, 2);
    cr_assert_eq(out->nslots, 3);
    Value o1[3] = {{.i = 1}, {.f = 2.5}, str_cstr("s")}, o2[3] = {{.i = 1}, {.f = 2.5}, str_cstr("s")};
    cr_assert_eq(value_equal(out, (Value){.p = o1}, (Value){.p = o2}), 1);
    o2[1].f = 2.25;
    cr_assert_eq(value_equal(out, (Value){.p = o1}, (Value){.p = o2}), 0);
}

Test(runtime, iface_boxing)
{
    cr_assert_null(iface_box(NULL, (Value){.p = NULL}).p);
    Type *pt = type_pointer(type_int);
    Value typed_nil = iface_box(pt, (Value){.p = NULL});
    cr_assert_not_null(typed_nil.p, "a typed nil pointer is a non-nil interface");
    cr_assert_eq(iface_type(typed_nil), pt);
    cr_assert_null(iface_value(typed_nil).p);
    cr_assert_null(iface_type((Value){.p = NULL}));
    Field f[2] = {{.name = "X", .type = type_int}, {.name = "Y", .type = type_int}};
    Type *st = type_struct(f, 2);
    Value storage[2] = {{.i = 1}, {.i = 2}};
    Value boxed = iface_box(st, (Value){.p = storage});
    storage[0].i = 99;
    cr_assert_eq(((Value *)iface_value(boxed).p)[0].i, 1, "aggregates are copied");
    cr_assert_eq(iface_box(type_any, boxed).p, boxed.p, "boxing an interface keeps it");
}

/* One strconv.FormatFloat case: the value (its shortest spelling), the
 * format, the precision, the bit size and Go 1.19's result. */
typedef struct FloatCase {
    const char *val;
    char fmt;
    int prec;
    int bitsize;
    const char *want;
} FloatCase;

static const FloatCase rt_float_cases[] = {
    /* Powers of two, where the shortest digits are not the nearest ones. */
    {"7.120236347223045e-307", 'g', -1, 64, "7.120236347223045e-307"},
    {"7.291122019556398e-304", 'g', -1, 64, "7.291122019556398e-304"},
    {"5.858190679279809e-244", 'e', -1, 64, "5.858190679279809e-244"},
    {"0", 'e', -1, 64, "0e+00"},
    {"0", 'e', 0, 64, "0e+00"},
    {"0", 'e', 1, 64, "0.0e+00"},
    {"0", 'e', 3, 64, "0.000e+00"},
    {"0", 'e', 10, 64, "0.0000000000e+00"},
    {"0", 'f', -1, 64, "0"},
    {"0", 'f', 0, 64, "0"},
    {"0", 'f', 1, 64, "0.0"},
    {"0", 'f', 3, 64, "0.000"},
    {"0", 'f', 10, 64, "0.0000000000"},
    {"0", 'g', -1, 64, "0"},
    {"0", 'g', 0, 64, "0"},
    {"0", 'g', 1, 64, "0"},
    {"0", 'g', 3, 64, "0"},
    {"0", 'g', 10, 64, "0"},
    {"0", 'E', -1, 64, "0E+00"},
    {"0", 'E', 0, 64, "0E+00"},
    {"0", 'E', 1, 64, "0.0E+00"},
    {"0", 'E', 3, 64, "0.000E+00"},
    {"0", 'E', 10, 64, "0.0000000000E+00"},
    {"0", 'G', -1, 64, "0"},
    {"0", 'G', 0, 64, "0"},
    {"0", 'G', 1, 64, "0"},
    {"0", 'G', 3, 64, "0"},
    {"0", 'G', 10, 64, "0"},
    {"0", 'b', -1, 64, "0p-1074"},
    {"0", 'b', 0, 64, "0p-1074"},
    {"0", 'b', 1, 64, "0p-1074"},
    {"0", 'b', 3, 64, "0p-1074"},
    {"0", 'b', 10, 64, "0p-1074"},
    {"0", 'x', -1, 64, "0x0p+00"},
    {"0", 'x', 0, 64, "0x0p+00"},
    {"0", 'x', 1, 64, "0x0.0p+00"},
    {"0", 'x', 3, 64, "0x0.000p+00"},
    {"0", 'x', 10, 64, "0x0.0000000000p+00"},
    {"0", 'X', -1, 64, "0X0P+00"},
    {"0", 'X', 0, 64, "0X0P+00"},
    {"0", 'X', 1, 64, "0X0.0P+00"},
    {"0", 'X', 3, 64, "0X0.000P+00"},
    {"0", 'X', 10, 64, "0X0.0000000000P+00"},
    {"0", 'e', -1, 32, "0e+00"},
    {"0", 'g', -1, 32, "0"},
    {"0", 'f', -1, 32, "0"},
    {"1", 'e', -1, 64, "1e+00"},
    {"1", 'e', 0, 64, "1e+00"},
    {"1", 'e', 1, 64, "1.0e+00"},
    {"1", 'e', 3, 64, "1.000e+00"},
    {"1", 'e', 10, 64, "1.0000000000e+00"},
    {"1", 'f', -1, 64, "1"},
    {"1", 'f', 0, 64, "1"},
    {"1", 'f', 1, 64, "1.0"},
    {"1", 'f', 3, 64, "1.000"},
    {"1", 'f', 10, 64, "1.0000000000"},
    {"1", 'g', -1, 64, "1"},
    {"1", 'g', 0, 64, "1"},
    {"1", 'g', 1, 64, "1"},
    {"1", 'g', 3, 64, "1"},
    {"1", 'g', 10, 64, "1"},
    {"1", 'E', -1, 64, "1E+00"},
    {"1", 'E', 0, 64, "1E+00"},
    {"1", 'E', 1, 64, "1.0E+00"},
    {"1", 'E', 3, 64, "1.000E+00"},
    {"1", 'E', 10, 64, "1.0000000000E+00"},
    {"1", 'G', -1, 64, "1"},
    {"1", 'G', 0, 64, "1"},
    {"1", 'G', 1, 64, "1"},
    {"1", 'G', 3, 64, "1"},
    {"1", 'G', 10, 64, "1"},
    {"1", 'b', -1, 64, "4503599627370496p-52"},
    {"1", 'b', 0, 64, "4503599627370496p-52"},
    {"1", 'b', 1, 64, "4503599627370496p-52"},
    {"1", 'b', 3, 64, "4503599627370496p-52"},
    {"1", 'b', 10, 64, "4503599627370496p-52"},
    {"1", 'x', -1, 64, "0x1p+00"},
    {"1", 'x', 0, 64, "0x1p+00"},
    {"1", 'x', 1, 64, "0x1.0p+00"},
    {"1", 'x', 3, 64, "0x1.000p+00"},
    {"1", 'x', 10, 64, "0x1.0000000000p+00"},
    {"1", 'X', -1, 64, "0X1P+00"},
    {"1", 'X', 0, 64, "0X1P+00"},
    {"1", 'X', 1, 64, "0X1.0P+00"},
    {"1", 'X', 3, 64, "0X1.000P+00"},
    {"1", 'X', 10, 64, "0X1.0000000000P+00"},
    {"1", 'e', -1, 32, "1e+00"},
    {"1", 'g', -1, 32, "1"},
    {"1", 'f', -1, 32, "1"},
    {"-1", 'e', -1, 64, "-1e+00"},
    {"-1", 'e', 0, 64, "-1e+00"},
    {"-1", 'e', 1, 64, "-1.0e+00"},
    {"-1", 'e', 3, 64, "-1.000e+00"},
    {"-1", 'e', 10, 64, "-1.0000000000e+00"},
    {"-1", 'f', -1, 64, "-1"},
    {"-1", 'f', 0, 64, "-1"},
    {"-1", 'f', 1, 64, "-1.0"},
    {"-1", 'f', 3, 64, "-1.000"},
    {"-1", 'f', 10, 64, "-1.0000000000"},
    {"-1", 'g', -1, 64, "-1"},
    {"-1", 'g', 0, 64, "-1"},
    {"-1", 'g', 1, 64, "-1"},
    {"-1", 'g', 3, 64, "-1"},
    {"-1", 'g', 10, 64, "-1"},
    {"-1", 'E', -1, 64, "-1E+00"},
    {"-1", 'E', 0, 64, "-1E+00"},
    {"-1", 'E', 1, 64, "-1.0E+00"},
    {"-1", 'E', 3, 64, "-1.000E+00"},
    {"-1", 'E', 10, 64, "-1.0000000000E+00"},
    {"-1", 'G', -1, 64, "-1"},
    {"-1", 'G', 0, 64, "-1"},
    {"-1", 'G', 1, 64, "-1"},
    {"-1", 'G', 3, 64, "-1"},
    {"-1", 'G', 10, 64, "-1"},
    {"-1", 'b', -1, 64, "-4503599627370496p-52"},
    {"-1", 'b', 0, 64, "-4503599627370496p-52"},
    {"-1", 'b', 1, 64, "-4503599627370496p-52"},
    {"-1", 'b', 3, 64, "-4503599627370496p-52"},
    {"-1", 'b', 10, 64, "-4503599627370496p-52"},
    {"-1", 'x', -1, 64, "-0x1p+00"},
    {"-1", 'x', 0, 64, "-0x1p+00"},
    {"-1", 'x', 1, 64, "-0x1.0p+00"},
    {"-1", 'x', 3, 64, "-0x1.000p+00"},
    {"-1", 'x', 10, 64, "-0x1.0000000000p+00"},
    {"-1", 'X', -1, 64, "-0X1P+00"},
    {"-1", 'X', 0, 64, "-0X1P+00"},
    {"-1", 'X', 1, 64, "-0X1.0P+00"},
    {"-1", 'X', 3, 64, "-0X1.000P+00"},
    {"-1", 'X', 10, 64, "-0X1.0000000000P+00"},
    {"-1", 'e', -1, 32, "-1e+00"},
    {"-1", 'g', -1, 32, "-1"},
    {"-1", 'f', -1, 32, "-1"},
    {"0.1", 'e', -1, 64, "1e-01"},
    {"0.1", 'e', 0, 64, "1e-01"},
    {"0.1", 'e', 1, 64, "1.0e-01"},
    {"0.1", 'e', 3, 64, "1.000e-01"},
    {"0.1", 'e', 10, 64, "1.0000000000e-01"},
    {"0.1", 'f', -1, 64, "0.1"},
    {"0.1", 'f', 0, 64, "0"},
    {"0.1", 'f', 1, 64, "0.1"},
    {"0.1", 'f', 3, 64, "0.100"},
    {"0.1", 'f', 10, 64, "0.1000000000"},
    {"0.1", 'g', -1, 64, "0.1"},
    {"0.1", 'g', 0, 64, "0.1"},
    {"0.1", 'g', 1, 64, "0.1"},
    {"0.1", 'g', 3, 64, "0.1"},
    {"0.1", 'g', 10, 64, "0.1"},
    {"0.1", 'E', -1, 64, "1E-01"},
    {"0.1", 'E', 0, 64, "1E-01"},
    {"0.1", 'E', 1, 64, "1.0E-01"},
    {"0.1", 'E', 3, 64, "1.000E-01"},
    {"0.1", 'E', 10, 64, "1.0000000000E-01"},
    {"0.1", 'G', -1, 64, "0.1"},
    {"0.1", 'G', 0, 64, "0.1"},
    {"0.1", 'G', 1, 64, "0.1"},
    {"0.1", 'G', 3, 64, "0.1"},
    {"0.1", 'G', 10, 64, "0.1"},
    {"0.1", 'b', -1, 64, "7205759403792794p-56"},
    {"0.1", 'b', 0, 64, "7205759403792794p-56"},
    {"0.1", 'b', 1, 64, "7205759403792794p-56"},
    {"0.1", 'b', 3, 64, "7205759403792794p-56"},
    {"0.1", 'b', 10, 64, "7205759403792794p-56"},
    {"0.1", 'x', -1, 64, "0x1.999999999999ap-04"},
    {"0.1", 'x', 0, 64, "0x1p-03"},
    {"0.1", 'x', 1, 64, "0x1.ap-04"},
    {"0.1", 'x', 3, 64, "0x1.99ap-04"},
    {"0.1", 'x', 10, 64, "0x1.999999999ap-04"},
    {"0.1", 'X', -1, 64, "0X1.999999999999AP-04"},
    {"0.1", 'X', 0, 64, "0X1P-03"},
    {"0.1", 'X', 1, 64, "0X1.AP-04"},
    {"0.1", 'X', 3, 64, "0X1.99AP-04"},
    {"0.1", 'X', 10, 64, "0X1.999999999AP-04"},
    {"0.1", 'e', -1, 32, "1e-01"},
    {"0.1", 'g', -1, 32, "0.1"},
    {"0.1", 'f', -1, 32, "0.1"},
    {"0.3333333333333333", 'e', -1, 64, "3.333333333333333e-01"},
    {"0.3333333333333333", 'e', 0, 64, "3e-01"},
    {"0.3333333333333333", 'e', 1, 64, "3.3e-01"},
    {"0.3333333333333333", 'e', 3, 64, "3.333e-01"},
    {"0.3333333333333333", 'e', 10, 64, "3.3333333333e-01"},
    {"0.3333333333333333", 'f', -1, 64, "0.3333333333333333"},
    {"0.3333333333333333", 'f', 0, 64, "0"},
    {"0.3333333333333333", 'f', 1, 64, "0.3"},
    {"0.3333333333333333", 'f', 3, 64, "0.333"},
    {"0.3333333333333333", 'f', 10, 64, "0.3333333333"},
    {"0.3333333333333333", 'g', -1, 64, "0.3333333333333333"},
    {"0.3333333333333333", 'g', 0, 64, "0.3"},
    {"0.3333333333333333", 'g', 1, 64, "0.3"},
    {"0.3333333333333333", 'g', 3, 64, "0.333"},
    {"0.3333333333333333", 'g', 10, 64, "0.3333333333"},
    {"0.3333333333333333", 'E', -1, 64, "3.333333333333333E-01"},
    {"0.3333333333333333", 'E', 0, 64, "3E-01"},
    {"0.3333333333333333", 'E', 1, 64, "3.3E-01"},
    {"0.3333333333333333", 'E', 3, 64, "3.333E-01"},
    {"0.3333333333333333", 'E', 10, 64, "3.3333333333E-01"},
    {"0.3333333333333333", 'G', -1, 64, "0.3333333333333333"},
    {"0.3333333333333333", 'G', 0, 64, "0.3"},
    {"0.3333333333333333", 'G', 1, 64, "0.3"},
    {"0.3333333333333333", 'G', 3, 64, "0.333"},
    {"0.3333333333333333", 'G', 10, 64, "0.3333333333"},
    {"0.3333333333333333", 'b', -1, 64, "6004799503160661p-54"},
    {"0.3333333333333333", 'b', 0, 64, "6004799503160661p-54"},
    {"0.3333333333333333", 'b', 1, 64, "6004799503160661p-54"},
    {"0.3333333333333333", 'b', 3, 64, "6004799503160661p-54"},
    {"0.3333333333333333", 'b', 10, 64, "6004799503160661p-54"},
    {"0.3333333333333333", 'x', -1, 64, "0x1.5555555555555p-02"},
    {"0.3333333333333333", 'x', 0, 64, "0x1p-02"},
    {"0.3333333333333333", 'x', 1, 64, "0x1.5p-02"},
    {"0.3333333333333333", 'x', 3, 64, "0x1.555p-02"},
    {"0.3333333333333333", 'x', 10, 64, "0x1.5555555555p-02"},
    {"0.3333333333333333", 'X', -1, 64, "0X1.5555555555555P-02"},
    {"0.3333333333333333", 'X', 0, 64, "0X1P-02"},
    {"0.3333333333333333", 'X', 1, 64, "0X1.5P-02"},
    {"0.3333333333333333", 'X', 3, 64, "0X1.555P-02"},
    {"0.3333333333333333", 'X', 10, 64, "0X1.5555555555P-02"},
    {"0.3333333333333333", 'e', -1, 32, "3.3333334e-01"},
    {"0.3333333333333333", 'g', -1, 32, "0.33333334"},
    {"0.3333333333333333", 'f', -1, 32, "0.33333334"},
    {"1e+21", 'e', -1, 64, "1e+21"},
    {"1e+21", 'e', 0, 64, "1e+21"},
    {"1e+21", 'e', 1, 64, "1.0e+21"},
    {"1e+21", 'e', 3, 64, "1.000e+21"},
    {"1e+21", 'e', 10, 64, "1.0000000000e+21"},
    {"1e+21", 'f', -1, 64, "1000000000000000000000"},
    {"1e+21", 'f', 0, 64, "1000000000000000000000"},
    {"1e+21", 'f', 1, 64, "1000000000000000000000.0"},
    {"1e+21", 'f', 3, 64, "1000000000000000000000.000"},
    {"1e+21", 'f', 10, 64, "1000000000000000000000.0000000000"},
    {"1e+21", 'g', -1, 64, "1e+21"},
    {"1e+21", 'g', 0, 64, "1e+21"},
    {"1e+21", 'g', 1, 64, "1e+21"},
    {"1e+21", 'g', 3, 64, "1e+21"},
    {"1e+21", 'g', 10, 64, "1e+21"},
    {"1e+21", 'E', -1, 64, "1E+21"},
    {"1e+21", 'E', 0, 64, "1E+21"},
    {"1e+21", 'E', 1, 64, "1.0E+21"},
    {"1e+21", 'E', 3, 64, "1.000E+21"},
    {"1e+21", 'E', 10, 64, "1.0000000000E+21"},
    {"1e+21", 'G', -1, 64, "1E+21"},
    {"1e+21", 'G', 0, 64, "1E+21"},
    {"1e+21", 'G', 1, 64, "1E+21"},
    {"1e+21", 'G', 3, 64, "1E+21"},
    {"1e+21", 'G', 10, 64, "1E+21"},
    {"1e+21", 'b', -1, 64, "7629394531250000p+17"},
    {"1e+21", 'b', 0, 64, "7629394531250000p+17"},
    {"1e+21", 'b', 1, 64, "7629394531250000p+17"},
    {"1e+21", 'b', 3, 64, "7629394531250000p+17"},
    {"1e+21", 'b', 10, 64, "7629394531250000p+17"},
    {"1e+21", 'x', -1, 64, "0x1.b1ae4d6e2ef5p+69"},
    {"1e+21", 'x', 0, 64, "0x1p+70"},
    {"1e+21", 'x', 1, 64, "0x1.bp+69"},
    {"1e+21", 'x', 3, 64, "0x1.b1bp+69"},
    {"1e+21", 'x', 10, 64, "0x1.b1ae4d6e2fp+69"},
    {"1e+21", 'X', -1, 64, "0X1.B1AE4D6E2EF5P+69"},
    {"1e+21", 'X', 0, 64, "0X1P+70"},
    {"1e+21", 'X', 1, 64, "0X1.BP+69"},
    {"1e+21", 'X', 3, 64, "0X1.B1BP+69"},
    {"1e+21", 'X', 10, 64, "0X1.B1AE4D6E2FP+69"},
    {"1e+21", 'e', -1, 32, "1e+21"},
    {"1e+21", 'g', -1, 32, "1e+21"},
    {"1e+21", 'f', -1, 32, "1000000000000000000000"},
    {"1e+20", 'e', -1, 64, "1e+20"},
    {"1e+20", 'e', 0, 64, "1e+20"},
    {"1e+20", 'e', 1, 64, "1.0e+20"},
    {"1e+20", 'e', 3, 64, "1.000e+20"},
    {"1e+20", 'e', 10, 64, "1.0000000000e+20"},
    {"1e+20", 'f', -1, 64, "100000000000000000000"},
    {"1e+20", 'f', 0, 64, "100000000000000000000"},
    {"1e+20", 'f', 1, 64, "100000000000000000000.0"},
    {"1e+20", 'f', 3, 64, "100000000000000000000.000"},
    {"1e+20", 'f', 10, 64, "100000000000000000000.0000000000"},
    {"1e+20", 'g', -1, 64, "1e+20"},
    {"1e+20", 'g', 0, 64, "1e+20"},
    {"1e+20", 'g', 1, 64, "1e+20"},
    {"1e+20", 'g', 3, 64, "1e+20"},
    {"1e+20", 'g', 10, 64, "1e+20"},
    {"1e+20", 'E', -1, 64, "1E+20"},
    {"1e+20", 'E', 0, 64, "1E+20"},
    {"1e+20", 'E', 1, 64, "1.0E+20"},
    {"1e+20", 'E', 3, 64, "1.000E+20"},
    {"1e+20", 'E', 10, 64, "1.0000000000E+20"},
    {"1e+20", 'G', -1, 64, "1E+20"},
    {"1e+20", 'G', 0, 64, "1E+20"},
    {"1e+20", 'G', 1, 64, "1E+20"},
    {"1e+20", 'G', 3, 64, "1E+20"},
    {"1e+20", 'G', 10, 64, "1E+20"},
    {"1e+20", 'b', -1, 64, "6103515625000000p+14"},
    {"1e+20", 'b', 0, 64, "6103515625000000p+14"},
    {"1e+20", 'b', 1, 64, "6103515625000000p+14"},
    {"1e+20", 'b', 3, 64, "6103515625000000p+14"},
    {"1e+20", 'b', 10, 64, "6103515625000000p+14"},
    {"1e+20", 'x', -1, 64, "0x1.5af1d78b58c4p+66"},
    {"1e+20", 'x', 0, 64, "0x1p+66"},
    {"1e+20", 'x', 1, 64, "0x1.6p+66"},
    {"1e+20", 'x', 3, 64, "0x1.5afp+66"},
    {"1e+20", 'x', 10, 64, "0x1.5af1d78b59p+66"},
    {"1e+20", 'X', -1, 64, "0X1.5AF1D78B58C4P+66"},
    {"1e+20", 'X', 0, 64, "0X1P+66"},
    {"1e+20", 'X', 1, 64, "0X1.6P+66"},
    {"1e+20", 'X', 3, 64, "0X1.5AFP+66"},
    {"1e+20", 'X', 10, 64, "0X1.5AF1D78B59P+66"},
    {"1e+20", 'e', -1, 32, "1e+20"},
    {"1e+20", 'g', -1, 32, "1e+20"},
    {"1e+20", 'f', -1, 32, "100000000000000000000"},
    {"1e+06", 'e', -1, 64, "1e+06"},
    {"1e+06", 'e', 0, 64, "1e+06"},
    {"1e+06", 'e', 1, 64, "1.0e+06"},
    {"1e+06", 'e', 3, 64, "1.000e+06"},
    {"1e+06", 'e', 10, 64, "1.0000000000e+06"},
    {"1e+06", 'f', -1, 64, "1000000"},
    {"1e+06", 'f', 0, 64, "1000000"},
    {"1e+06", 'f', 1, 64, "1000000.0"},
    {"1e+06", 'f', 3, 64, "1000000.000"},
    {"1e+06", 'f', 10, 64, "1000000.0000000000"},
    {"1e+06", 'g', -1, 64, "1e+06"},
    {"1e+06", 'g', 0, 64, "1e+06"},
    {"1e+06", 'g', 1, 64, "1e+06"},
    {"1e+06", 'g', 3, 64, "1e+06"},
    {"1e+06", 'g', 10, 64, "1000000"},
    {"1e+06", 'E', -1, 64, "1E+06"},
    {"1e+06", 'E', 0, 64, "1E+06"},
    {"1e+06", 'E', 1, 64, "1.0E+06"},
    {"1e+06", 'E', 3, 64, "1.000E+06"},
    {"1e+06", 'E', 10, 64, "1.0000000000E+06"},
    {"1e+06", 'G', -1, 64, "1E+06"},
    {"1e+06", 'G', 0, 64, "1E+06"},
    {"1e+06", 'G', 1, 64, "1E+06"},
    {"1e+06", 'G', 3, 64, "1E+06"},
    {"1e+06", 'G', 10, 64, "1000000"},
    {"1e+06", 'b', -1, 64, "8589934592000000p-33"},
    {"1e+06", 'b', 0, 64, "8589934592000000p-33"},
    {"1e+06", 'b', 1, 64, "8589934592000000p-33"},
    {"1e+06", 'b', 3, 64, "8589934592000000p-33"},
    {"1e+06", 'b', 10, 64, "8589934592000000p-33"},
    {"1e+06", 'x', -1, 64, "0x1.e848p+19"},
    {"1e+06", 'x', 0, 64, "0x1p+20"},
    {"1e+06", 'x', 1, 64, "0x1.fp+19"},
    {"1e+06", 'x', 3, 64, "0x1.e84p+19"},
    {"1e+06", 'x', 10, 64, "0x1.e848000000p+19"},
    {"1e+06", 'X', -1, 64, "0X1.E848P+19"},
    {"1e+06", 'X', 0, 64, "0X1P+20"},
    {"1e+06", 'X', 1, 64, "0X1.FP+19"},
    {"1e+06", 'X', 3, 64, "0X1.E84P+19"},
    {"1e+06", 'X', 10, 64, "0X1.E848000000P+19"},
    {"1e+06", 'e', -1, 32, "1e+06"},
    {"1e+06", 'g', -1, 32, "1e+06"},
    {"1e+06", 'f', -1, 32, "1000000"},
    {"1.23456789e+08", 'e', -1, 64, "1.23456789e+08"},
    {"1.23456789e+08", 'e', 0, 64, "1e+08"},
    {"1.23456789e+08", 'e', 1, 64, "1.2e+08"},
    {"1.23456789e+08", 'e', 3, 64, "1.235e+08"},
    {"1.23456789e+08", 'e', 10, 64, "1.2345678900e+08"},
    {"1.23456789e+08", 'f', -1, 64, "123456789"},
    {"1.23456789e+08", 'f', 0, 64, "123456789"},
    {"1.23456789e+08", 'f', 1, 64, "123456789.0"},
    {"1.23456789e+08", 'f', 3, 64, "123456789.000"},
    {"1.23456789e+08", 'f', 10, 64, "123456789.0000000000"},
    {"1.23456789e+08", 'g', -1, 64, "1.23456789e+08"},
    {"1.23456789e+08", 'g', 0, 64, "1e+08"},
    {"1.23456789e+08", 'g', 1, 64, "1e+08"},
    {"1.23456789e+08", 'g', 3, 64, "1.23e+08"},
    {"1.23456789e+08", 'g', 10, 64, "123456789"},
    {"1.23456789e+08", 'E', -1, 64, "1.23456789E+08"},
    {"1.23456789e+08", 'E', 0, 64, "1E+08"},
    {"1.23456789e+08", 'E', 1, 64, "1.2E+08"},
    {"1.23456789e+08", 'E', 3, 64, "1.235E+08"},
    {"1.23456789e+08", 'E', 10, 64, "1.2345678900E+08"},
    {"1.23456789e+08", 'G', -1, 64, "1.23456789E+08"},
    {"1.23456789e+08", 'G', 0, 64, "1E+08"},
    {"1.23456789e+08", 'G', 1, 64, "1E+08"},
    {"1.23456789e+08", 'G', 3, 64, "1.23E+08"},
    {"1.23456789e+08", 'G', 10, 64, "123456789"},
    {"1.23456789e+08", 'b', -1, 64, "8285044862877696p-26"},
    {"1.23456789e+08", 'b', 0, 64, "8285044862877696p-26"},
    {"1.23456789e+08", 'b', 1, 64, "8285044862877696p-26"},
    {"1.23456789e+08", 'b', 3, 64, "8285044862877696p-26"},
    {"1.23456789e+08", 'b', 10, 64, "8285044862877696p-26"},
    {"1.23456789e+08", 'x', -1, 64, "0x1.d6f3454p+26"},
    {"1.23456789e+08", 'x', 0, 64, "0x1p+27"},
    {"1.23456789e+08", 'x', 1, 64, "0x1.dp+26"},
    {"1.23456789e+08", 'x', 3, 64, "0x1.d6fp+26"},
    {"1.23456789e+08", 'x', 10, 64, "0x1.d6f3454000p+26"},
    {"1.23456789e+08", 'X', -1, 64, "0X1.D6F3454P+26"},
    {"1.23456789e+08", 'X', 0, 64, "0X1P+27"},
    {"1.23456789e+08", 'X', 1, 64, "0X1.DP+26"},
    {"1.23456789e+08", 'X', 3, 64, "0X1.D6FP+26"},
    {"1.23456789e+08", 'X', 10, 64, "0X1.D6F3454000P+26"},
    {"1.23456789e+08", 'e', -1, 32, "1.2345679e+08"},
    {"1.23456789e+08", 'g', -1, 32, "1.2345679e+08"},
    {"1.23456789e+08", 'f', -1, 32, "123456790"},
    {"1e-05", 'e', -1, 64, "1e-05"},
    {"1e-05", 'e', 0, 64, "1e-05"},
    {"1e-05", 'e', 1, 64, "1.0e-05"},
    {"1e-05", 'e', 3, 64, "1.000e-05"},
    {"1e-05", 'e', 10, 64, "1.0000000000e-05"},
    {"1e-05", 'f', -1, 64, "0.00001"},
    {"1e-05", 'f', 0, 64, "0"},
    {"1e-05", 'f', 1, 64, "0.0"},
    {"1e-05", 'f', 3, 64, "0.000"},
    {"1e-05", 'f', 10, 64, "0.0000100000"},
    {"1e-05", 'g', -1, 64, "1e-05"},
    {"1e-05", 'g', 0, 64, "1e-05"},
    {"1e-05", 'g', 1, 64, "1e-05"},
    {"1e-05", 'g', 3, 64, "1e-05"},
    {"1e-05", 'g', 10, 64, "1e-05"},
    {"1e-05", 'E', -1, 64, "1E-05"},
    {"1e-05", 'E', 0, 64, "1E-05"},
    {"1e-05", 'E', 1, 64, "1.0E-05"},
    {"1e-05", 'E', 3, 64, "1.000E-05"},
    {"1e-05", 'E', 10, 64, "1.0000000000E-05"},
    {"1e-05", 'G', -1, 64, "1E-05"},
    {"1e-05", 'G', 0, 64, "1E-05"},
    {"1e-05", 'G', 1, 64, "1E-05"},
    {"1e-05", 'G', 3, 64, "1E-05"},
    {"1e-05", 'G', 10, 64, "1E-05"},
    {"1e-05", 'b', -1, 64, "5902958103587057p-69"},
    {"1e-05", 'b', 0, 64, "5902958103587057p-69"},
    {"1e-05", 'b', 1, 64, "5902958103587057p-69"},
    {"1e-05", 'b', 3, 64, "5902958103587057p-69"},
    {"1e-05", 'b', 10, 64, "5902958103587057p-69"},
    {"1e-05", 'x', -1, 64, "0x1.4f8b588e368f1p-17"},
    {"1e-05", 'x', 0, 64, "0x1p-17"},
    {"1e-05", 'x', 1, 64, "0x1.5p-17"},
    {"1e-05", 'x', 3, 64, "0x1.4f9p-17"},
    {"1e-05", 'x', 10, 64, "0x1.4f8b588e37p-17"},
    {"1e-05", 'X', -1, 64, "0X1.4F8B588E368F1P-17"},
    {"1e-05", 'X', 0, 64, "0X1P-17"},
    {"1e-05", 'X', 1, 64, "0X1.5P-17"},
    {"1e-05", 'X', 3, 64, "0X1.4F9P-17"},
    {"1e-05", 'X', 10, 64, "0X1.4F8B588E37P-17"},
    {"1e-05", 'e', -1, 32, "1e-05"},
    {"1e-05", 'g', -1, 32, "1e-05"},
    {"1e-05", 'f', -1, 32, "0.00001"},
    {"0.0001", 'e', -1, 64, "1e-04"},
    {"0.0001", 'e', 0, 64, "1e-04"},
    {"0.0001", 'e', 1, 64, "1.0e-04"},
    {"0.0001", 'e', 3, 64, "1.000e-04"},
    {"0.0001", 'e', 10, 64, "1.0000000000e-04"},
    {"0.0001", 'f', -1, 64, "0.0001"},
    {"0.0001", 'f', 0, 64, "0"},
    {"0.0001", 'f', 1, 64, "0.0"},
    {"0.0001", 'f', 3, 64, "0.000"},
    {"0.0001", 'f', 10, 64, "0.0001000000"},
    {"0.0001", 'g', -1, 64, "0.0001"},
    {"0.0001", 'g', 0, 64, "0.0001"},
    {"0.0001", 'g', 1, 64, "0.0001"},
    {"0.0001", 'g', 3, 64, "0.0001"},
    {"0.0001", 'g', 10, 64, "0.0001"},
    {"0.0001", 'E', -1, 64, "1E-04"},
    {"0.0001", 'E', 0, 64, "1E-04"},
    {"0.0001", 'E', 1, 64, "1.0E-04"},
    {"0.0001", 'E', 3, 64, "1.000E-04"},
    {"0.0001", 'E', 10, 64, "1.0000000000E-04"},
    {"0.0001", 'G', -1, 64, "0.0001"},
    {"0.0001", 'G', 0, 64, "0.0001"},
    {"0.0001", 'G', 1, 64, "0.0001"},
    {"0.0001", 'G', 3, 64, "0.0001"},
    {"0.0001", 'G', 10, 64, "0.0001"},
    {"0.0001", 'b', -1, 64, "7378697629483821p-66"},
    {"0.0001", 'b', 0, 64, "7378697629483821p-66"},
    {"0.0001", 'b', 1, 64, "7378697629483821p-66"},
    {"0.0001", 'b', 3, 64, "7378697629483821p-66"},
    {"0.0001", 'b', 10, 64, "7378697629483821p-66"},
    {"0.0001", 'x', -1, 64, "0x1.a36e2eb1c432dp-14"},
    {"0.0001", 'x', 0, 64, "0x1p-13"},
    {"0.0001", 'x', 1, 64, "0x1.ap-14"},
    {"0.0001", 'x', 3, 64, "0x1.a37p-14"},
    {"0.0001", 'x', 10, 64, "0x1.a36e2eb1c4p-14"},
    {"0.0001", 'X', -1, 64, "0X1.A36E2EB1C432DP-14"},
    {"0.0001", 'X', 0, 64, "0X1P-13"},
    {"0.0001", 'X', 1, 64, "0X1.AP-14"},
    {"0.0001", 'X', 3, 64, "0X1.A37P-14"},
    {"0.0001", 'X', 10, 64, "0X1.A36E2EB1C4P-14"},
    {"0.0001", 'e', -1, 32, "1e-04"},
    {"0.0001", 'g', -1, 32, "0.0001"},
    {"0.0001", 'f', -1, 32, "0.0001"},
    {"3.14159", 'e', -1, 64, "3.14159e+00"},
    {"3.14159", 'e', 0, 64, "3e+00"},
    {"3.14159", 'e', 1, 64, "3.1e+00"},
    {"3.14159", 'e', 3, 64, "3.142e+00"},
    {"3.14159", 'e', 10, 64, "3.1415900000e+00"},
    {"3.14159", 'f', -1, 64, "3.14159"},
    {"3.14159", 'f', 0, 64, "3"},
    {"3.14159", 'f', 1, 64, "3.1"},
    {"3.14159", 'f', 3, 64, "3.142"},
    {"3.14159", 'f', 10, 64, "3.1415900000"},
    {"3.14159", 'g', -1, 64, "3.14159"},
    {"3.14159", 'g', 0, 64, "3"},
    {"3.14159", 'g', 1, 64, "3"},
    {"3.14159", 'g', 3, 64, "3.14"},
    {"3.14159", 'g', 10, 64, "3.14159"},
    {"3.14159", 'E', -1, 64, "3.14159E+00"},
    {"3.14159", 'E', 0, 64, "3E+00"},
    {"3.14159", 'E', 1, 64, "3.1E+00"},
    {"3.14159", 'E', 3, 64, "3.142E+00"},
    {"3.14159", 'E', 10, 64, "3.1415900000E+00"},
    {"3.14159", 'G', -1, 64, "3.14159"},
    {"3.14159", 'G', 0, 64, "3"},
    {"3.14159", 'G', 1, 64, "3"},
    {"3.14159", 'G', 3, 64, "3.14"},
    {"3.14159", 'G', 10, 64, "3.14159"},
    {"3.14159", 'b', -1, 64, "7074231776675438p-51"},
    {"3.14159", 'b', 0, 64, "7074231776675438p-51"},
    {"3.14159", 'b', 1, 64, "7074231776675438p-51"},
    {"3.14159", 'b', 3, 64, "7074231776675438p-51"},
    {"3.14159", 'b', 10, 64, "7074231776675438p-51"},
    {"3.14159", 'x', -1, 64, "0x1.921f9f01b866ep+01"},
    {"3.14159", 'x', 0, 64, "0x1p+02"},
    {"3.14159", 'x', 1, 64, "0x1.9p+01"},
    {"3.14159", 'x', 3, 64, "0x1.922p+01"},
    {"3.14159", 'x', 10, 64, "0x1.921f9f01b8p+01"},
    {"3.14159", 'X', -1, 64, "0X1.921F9F01B866EP+01"},
    {"3.14159", 'X', 0, 64, "0X1P+02"},
    {"3.14159", 'X', 1, 64, "0X1.9P+01"},
    {"3.14159", 'X', 3, 64, "0X1.922P+01"},
    {"3.14159", 'X', 10, 64, "0X1.921F9F01B8P+01"},
    {"3.14159", 'e', -1, 32, "3.14159e+00"},
    {"3.14159", 'g', -1, 32, "3.14159"},
    {"3.14159", 'f', -1, 32, "3.14159"},
    {"2.5e-08", 'e', -1, 64, "2.5e-08"},
    {"2.5e-08", 'e', 0, 64, "2e-08"},
    {"2.5e-08", 'e', 1, 64, "2.5e-08"},
    {"2.5e-08", 'e', 3, 64, "2.500e-08"},
    {"2.5e-08", 'e', 10, 64, "2.5000000000e-08"},
    {"2.5e-08", 'f', -1, 64, "0.000000025"},
    {"2.5e-08", 'f', 0, 64, "0"},
    {"2.5e-08", 'f', 1, 64, "0.0"},
    {"2.5e-08", 'f', 3, 64, "0.000"},
    {"2.5e-08", 'f', 10, 64, "0.0000000250"},
    {"2.5e-08", 'g', -1, 64, "2.5e-08"},
    {"2.5e-08", 'g', 0, 64, "2e-08"},
    {"2.5e-08", 'g', 1, 64, "2e-08"},
    {"2.5e-08", 'g', 3, 64, "2.5e-08"},
    {"2.5e-08", 'g', 10, 64, "2.5e-08"},
    {"2.5e-08", 'E', -1, 64, "2.5E-08"},
    {"2.5e-08", 'E', 0, 64, "2E-08"},
    {"2.5e-08", 'E', 1, 64, "2.5E-08"},
    {"2.5e-08", 'E', 3, 64, "2.500E-08"},
    {"2.5e-08", 'E', 10, 64, "2.5000000000E-08"},
    {"2.5e-08", 'G', -1, 64, "2.5E-08"},
    {"2.5e-08", 'G', 0, 64, "2E-08"},
    {"2.5e-08", 'G', 1, 64, "2E-08"},
    {"2.5e-08", 'G', 3, 64, "2.5E-08"},
    {"2.5e-08", 'G', 10, 64, "2.5E-08"},
    {"2.5e-08", 'b', -1, 64, "7555786372591432p-78"},
    {"2.5e-08", 'b', 0, 64, "7555786372591432p-78"},
    {"2.5e-08", 'b', 1, 64, "7555786372591432p-78"},
    {"2.5e-08", 'b', 3, 64, "7555786372591432p-78"},
    {"2.5e-08", 'b', 10, 64, "7555786372591432p-78"},
    {"2.5e-08", 'x', -1, 64, "0x1.ad7f29abcaf48p-26"},
    {"2.5e-08", 'x', 0, 64, "0x1p-25"},
    {"2.5e-08", 'x', 1, 64, "0x1.bp-26"},
    {"2.5e-08", 'x', 3, 64, "0x1.ad8p-26"},
    {"2.5e-08", 'x', 10, 64, "0x1.ad7f29abcbp-26"},
    {"2.5e-08", 'X', -1, 64, "0X1.AD7F29ABCAF48P-26"},
    {"2.5e-08", 'X', 0, 64, "0X1P-25"},
    {"2.5e-08", 'X', 1, 64, "0X1.BP-26"},
    {"2.5e-08", 'X', 3, 64, "0X1.AD8P-26"},
    {"2.5e-08", 'X', 10, 64, "0X1.AD7F29ABCBP-26"},
    {"2.5e-08", 'e', -1, 32, "2.5e-08"},
    {"2.5e-08", 'g', -1, 32, "2.5e-08"},
    {"2.5e-08", 'f', -1, 32, "0.000000025"},
    {"1e+100", 'e', -1, 64, "1e+100"},
    {"1e+100", 'e', 0, 64, "1e+100"},
    {"1e+100", 'e', 1, 64, "1.0e+100"},
    {"1e+100", 'e', 3, 64, "1.000e+100"},
    {"1e+100", 'e', 10, 64, "1.0000000000e+100"},
    {"1e+100", 'f', -1, 64, "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
    {"1e+100", 'f', 0, 64, "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104"},
    {"1e+100", 'f', 1, 64, "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.0"},
    {"1e+100", 'f', 3, 64, "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000"},
    {"1e+100", 'f', 10, 64, "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.0000000000"},
    {"1e+100", 'g', -1, 64, "1e+100"},
    {"1e+100", 'g', 0, 64, "1e+100"},
    {"1e+100", 'g', 1, 64, "1e+100"},
    {"1e+100", 'g', 3, 64, "1e+100"},
    {"1e+100", 'g', 10, 64, "1e+100"},
    {"1e+100", 'E', -1, 64, "1E+100"},
    {"1e+100", 'E', 0, 64, "1E+100"},
    {"1e+100", 'E', 1, 64, "1.0E+100"},
    {"1e+100", 'E', 3, 64, "1.000E+100"},
    {"1e+100", 'E', 10, 64, "1.0000000000E+100"},
    {"1e+100", 'G', -1, 64, "1E+100"},
    {"1e+100", 'G', 0, 64, "1E+100"},
    {"1e+100", 'G', 1, 64, "1E+100"},
    {"1e+100", 'G', 3, 64, "1E+100"},
    {"1e+100", 'G', 10, 64, "1E+100"},
    {"1e+100", 'b', -1, 64, "5147557589468029p+280"},
    {"1e+100", 'b', 0, 64, "5147557589468029p+280"},
    {"1e+100", 'b', 1, 64, "5147557589468029p+280"},
    {"1e+100", 'b', 3, 64, "5147557589468029p+280"},
    {"1e+100", 'b', 10, 64, "5147557589468029p+280"},
    {"1e+100", 'x', -1, 64, "0x1.249ad2594c37dp+332"},
    {"1e+100", 'x', 0, 64, "0x1p+332"},
    {"1e+100", 'x', 1, 64, "0x1.2p+332"},
    {"1e+100", 'x', 3, 64, "0x1.24ap+332"},
    {"1e+100", 'x', 10, 64, "0x1.249ad2594cp+332"},
    {"1e+100", 'X', -1, 64, "0X1.249AD2594C37DP+332"},
    {"1e+100", 'X', 0, 64, "0X1P+332"},
    {"1e+100", 'X', 1, 64, "0X1.2P+332"},
    {"1e+100", 'X', 3, 64, "0X1.24AP+332"},
    {"1e+100", 'X', 10, 64, "0X1.249AD2594CP+332"},
    {"1e+100", 'e', -1, 32, "+Inf"},
    {"1e+100", 'g', -1, 32, "+Inf"},
    {"1e+100", 'f', -1, 32, "+Inf"},
    {"5e-324", 'e', -1, 64, "5e-324"},
    {"5e-324", 'e', 0, 64, "5e-324"},
    {"5e-324", 'e', 1, 64, "4.9e-324"},
    {"5e-324", 'e', 3, 64, "4.941e-324"},
    {"5e-324", 'e', 10, 64, "4.9406564584e-324"},
    {"5e-324", 'f', -1, 64, "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005"},
    {"5e-324", 'f', 0, 64, "0"},
    {"5e-324", 'f', 1, 64, "0.0"},
    {"5e-324", 'f', 3, 64, "0.000"},
    {"5e-324", 'f', 10, 64, "0.0000000000"},
    {"5e-324", 'g', -1, 64, "5e-324"},
    {"5e-324", 'g', 0, 64, "5e-324"},
    {"5e-324", 'g', 1, 64, "5e-324"},
    {"5e-324", 'g', 3, 64, "4.94e-324"},
    {"5e-324", 'g', 10, 64, "4.940656458e-324"},
    {"5e-324", 'E', -1, 64, "5E-324"},
    {"5e-324", 'E', 0, 64, "5E-324"},
    {"5e-324", 'E', 1, 64, "4.9E-324"},
    {"5e-324", 'E', 3, 64, "4.941E-324"},
    {"5e-324", 'E', 10, 64, "4.9406564584E-324"},
    {"5e-324", 'G', -1, 64, "5E-324"},
    {"5e-324", 'G', 0, 64, "5E-324"},
    {"5e-324", 'G', 1, 64, "5E-324"},
    {"5e-324", 'G', 3, 64, "4.94E-324"},
    {"5e-324", 'G', 10, 64, "4.940656458E-324"},
    {"5e-324", 'b', -1, 64, "1p-1074"},
    {"5e-324", 'b', 0, 64, "1p-1074"},
    {"5e-324", 'b', 1, 64, "1p-1074"},
    {"5e-324", 'b', 3, 64, "1p-1074"},
    {"5e-324", 'b', 10, 64, "1p-1074"},
    {"5e-324", 'x', -1, 64, "0x1p-1074"},
    {"5e-324", 'x', 0, 64, "0x1p-1074"},
    {"5e-324", 'x', 1, 64, "0x1.0p-1074"},
    {"5e-324", 'x', 3, 64, "0x1.000p-1074"},
    {"5e-324", 'x', 10, 64, "0x1.0000000000p-1074"},
    {"5e-324", 'X', -1, 64, "0X1P-1074"},
    {"5e-324", 'X', 0, 64, "0X1P-1074"},
    {"5e-324", 'X', 1, 64, "0X1.0P-1074"},
    {"5e-324", 'X', 3, 64, "0X1.000P-1074"},
    {"5e-324", 'X', 10, 64, "0X1.0000000000P-1074"},
    {"5e-324", 'e', -1, 32, "0e+00"},
    {"5e-324", 'g', -1, 32, "0"},
    {"5e-324", 'f', -1, 32, "0"},
    {"1.7976931348623157e+308", 'e', -1, 64, "1.7976931348623157e+308"},
    {"1.7976931348623157e+308", 'e', 0, 64, "2e+308"},
    {"1.7976931348623157e+308", 'e', 1, 64, "1.8e+308"},
    {"1.7976931348623157e+308", 'e', 3, 64, "1.798e+308"},
    {"1.7976931348623157e+308", 'e', 10, 64, "1.7976931349e+308"},
    {"1.7976931348623157e+308", 'f', -1, 64, "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
    {"1.7976931348623157e+308", 'f', 0, 64, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368"},
    {"1.7976931348623157e+308", 'f', 1, 64, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.0"},
    {"1.7976931348623157e+308", 'f', 3, 64, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000"},
    {"1.7976931348623157e+308", 'f', 10, 64, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.0000000000"},
    {"1.7976931348623157e+308", 'g', -1, 64, "1.7976931348623157e+308"},
    {"1.7976931348623157e+308", 'g', 0, 64, "2e+308"},
    {"1.7976931348623157e+308", 'g', 1, 64, "2e+308"},
    {"1.7976931348623157e+308", 'g', 3, 64, "1.8e+308"},
    {"1.7976931348623157e+308", 'g', 10, 64, "1.797693135e+308"},
    {"1.7976931348623157e+308", 'E', -1, 64, "1.7976931348623157E+308"},
    {"1.7976931348623157e+308", 'E', 0, 64, "2E+308"},
    {"1.7976931348623157e+308", 'E', 1, 64, "1.8E+308"},
    {"1.7976931348623157e+308", 'E', 3, 64, "1.798E+308"},
    {"1.7976931348623157e+308", 'E', 10, 64, "1.7976931349E+308"},
    {"1.7976931348623157e+308", 'G', -1, 64, "1.7976931348623157E+308"},
    {"1.7976931348623157e+308", 'G', 0, 64, "2E+308"},
    {"1.7976931348623157e+308", 'G', 1, 64, "2E+308"},
    {"1.7976931348623157e+308", 'G', 3, 64, "1.8E+308"},
    {"1.7976931348623157e+308", 'G', 10, 64, "1.797693135E+308"},
    {"1.7976931348623157e+308", 'b', -1, 64, "9007199254740991p+971"},
    {"1.7976931348623157e+308", 'b', 0, 64, "9007199254740991p+971"},
    {"1.7976931348623157e+308", 'b', 1, 64, "9007199254740991p+971"},
    {"1.7976931348623157e+308", 'b', 3, 64, "9007199254740991p+971"},
    {"1.7976931348623157e+308", 'b', 10, 64, "9007199254740991p+971"},
    {"1.7976931348623157e+308", 'x', -1, 64, "0x1.fffffffffffffp+1023"},
    {"1.7976931348623157e+308", 'x', 0, 64, "0x1p+1024"},
    {"1.7976931348623157e+308", 'x', 1, 64, "0x1.0p+1024"},
    {"1.7976931348623157e+308", 'x', 3, 64, "0x1.000p+1024"},
    {"1.7976931348623157e+308", 'x', 10, 64, "0x1.0000000000p+1024"},
    {"1.7976931348623157e+308", 'X', -1, 64, "0X1.FFFFFFFFFFFFFP+1023"},
    {"1.7976931348623157e+308", 'X', 0, 64, "0X1P+1024"},
    {"1.7976931348623157e+308", 'X', 1, 64, "0X1.0P+1024"},
    {"1.7976931348623157e+308", 'X', 3, 64, "0X1.000P+1024"},
    {"1.7976931348623157e+308", 'X', 10, 64, "0X1.0000000000P+1024"},
    {"1.7976931348623157e+308", 'e', -1, 32, "+Inf"},
    {"1.7976931348623157e+308", 'g', -1, 32, "+Inf"},
    {"1.7976931348623157e+308", 'f', -1, 32, "+Inf"},
    {"100", 'e', -1, 64, "1e+02"},
    {"100", 'e', 0, 64, "1e+02"},
    {"100", 'e', 1, 64, "1.0e+02"},
    {"100", 'e', 3, 64, "1.000e+02"},
    {"100", 'e', 10, 64, "1.0000000000e+02"},
    {"100", 'f', -1, 64, "100"},
    {"100", 'f', 0, 64, "100"},
    {"100", 'f', 1, 64, "100.0"},
    {"100", 'f', 3, 64, "100.000"},
    {"100", 'f', 10, 64, "100.0000000000"},
    {"100", 'g', -1, 64, "100"},
    {"100", 'g', 0, 64, "1e+02"},
    {"100", 'g', 1, 64, "1e+02"},
    {"100", 'g', 3, 64, "100"},
    {"100", 'g', 10, 64, "100"},
    {"100", 'E', -1, 64, "1E+02"},
    {"100", 'E', 0, 64, "1E+02"},
    {"100", 'E', 1, 64, "1.0E+02"},
    {"100", 'E', 3, 64, "1.000E+02"},
    {"100", 'E', 10, 64, "1.0000000000E+02"},
    {"100", 'G', -1, 64, "100"},
    {"100", 'G', 0, 64, "1E+02"},
    {"100", 'G', 1, 64, "1E+02"},
    {"100", 'G', 3, 64, "100"},
    {"100", 'G', 10, 64, "100"},
    {"100", 'b', -1, 64, "7036874417766400p-46"},
    {"100", 'b', 0, 64, "7036874417766400p-46"},
    {"100", 'b', 1, 64, "7036874417766400p-46"},
    {"100", 'b', 3, 64, "7036874417766400p-46"},
    {"100", 'b', 10, 64, "7036874417766400p-46"},
    {"100", 'x', -1, 64, "0x1.9p+06"},
    {"100", 'x', 0, 64, "0x1p+07"},
    {"100", 'x', 1, 64, "0x1.9p+06"},
    {"100", 'x', 3, 64, "0x1.900p+06"},
    {"100", 'x', 10, 64, "0x1.9000000000p+06"},
    {"100", 'X', -1, 64, "0X1.9P+06"},
    {"100", 'X', 0, 64, "0X1P+07"},
    {"100", 'X', 1, 64, "0X1.9P+06"},
    {"100", 'X', 3, 64, "0X1.900P+06"},
    {"100", 'X', 10, 64, "0X1.9000000000P+06"},
    {"100", 'e', -1, 32, "1e+02"},
    {"100", 'g', -1, 32, "100"},
    {"100", 'f', -1, 32, "100"},
    {"0.000123", 'e', -1, 64, "1.23e-04"},
    {"0.000123", 'e', 0, 64, "1e-04"},
    {"0.000123", 'e', 1, 64, "1.2e-04"},
    {"0.000123", 'e', 3, 64, "1.230e-04"},
    {"0.000123", 'e', 10, 64, "1.2300000000e-04"},
    {"0.000123", 'f', -1, 64, "0.000123"},
    {"0.000123", 'f', 0, 64, "0"},
    {"0.000123", 'f', 1, 64, "0.0"},
    {"0.000123", 'f', 3, 64, "0.000"},
    {"0.000123", 'f', 10, 64, "0.0001230000"},
    {"0.000123", 'g', -1, 64, "0.000123"},
    {"0.000123", 'g', 0, 64, "0.0001"},
    {"0.000123", 'g', 1, 64, "0.0001"},
    {"0.000123", 'g', 3, 64, "0.000123"},
    {"0.000123", 'g', 10, 64, "0.000123"},
    {"0.000123", 'E', -1, 64, "1.23E-04"},
    {"0.000123", 'E', 0, 64, "1E-04"},
    {"0.000123", 'E', 1, 64, "1.2E-04"},
    {"0.000123", 'E', 3, 64, "1.230E-04"},
    {"0.000123", 'E', 10, 64, "1.2300000000E-04"},
    {"0.000123", 'G', -1, 64, "0.000123"},
    {"0.000123", 'G', 0, 64, "0.0001"},
    {"0.000123", 'G', 1, 64, "0.0001"},
    {"0.000123", 'G', 3, 64, "0.000123"},
    {"0.000123", 'G', 10, 64, "0.000123"},
    {"0.000123", 'b', -1, 64, "4537899042132550p-65"},
    {"0.000123", 'b', 0, 64, "4537899042132550p-65"},
    {"0.000123", 'b', 1, 64, "4537899042132550p-65"},
    {"0.000123", 'b', 3, 64, "4537899042132550p-65"},
    {"0.000123", 'b', 10, 64, "4537899042132550p-65"},
    {"0.000123", 'x', -1, 64, "0x1.01f31f46ed246p-13"},
    {"0.000123", 'x', 0, 64, "0x1p-13"},
    {"0.000123", 'x', 1, 64, "0x1.0p-13"},
    {"0.000123", 'x', 3, 64, "0x1.01fp-13"},
    {"0.000123", 'x', 10, 64, "0x1.01f31f46edp-13"},
    {"0.000123", 'X', -1, 64, "0X1.01F31F46ED246P-13"},
    {"0.000123", 'X', 0, 64, "0X1P-13"},
    {"0.000123", 'X', 1, 64, "0X1.0P-13"},
    {"0.000123", 'X', 3, 64, "0X1.01FP-13"},
    {"0.000123", 'X', 10, 64, "0X1.01F31F46EDP-13"},
    {"0.000123", 'e', -1, 32, "1.23e-04"},
    {"0.000123", 'g', -1, 32, "0.000123"},
    {"0.000123", 'f', -1, 32, "0.000123"},
    {"0", 'e', -1, 64, "0e+00"},
    {"0", 'e', 0, 64, "0e+00"},
    {"0", 'e', 1, 64, "0.0e+00"},
    {"0", 'e', 3, 64, "0.000e+00"},
    {"0", 'e', 10, 64, "0.0000000000e+00"},
    {"0", 'f', -1, 64, "0"},
    {"0", 'f', 0, 64, "0"},
    {"0", 'f', 1, 64, "0.0"},
    {"0", 'f', 3, 64, "0.000"},
    {"0", 'f', 10, 64, "0.0000000000"},
    {"0", 'g', -1, 64, "0"},
    {"0", 'g', 0, 64, "0"},
    {"0", 'g', 1, 64, "0"},
    {"0", 'g', 3, 64, "0"},
    {"0", 'g', 10, 64, "0"},
    {"0", 'E', -1, 64, "0E+00"},
    {"0", 'E', 0, 64, "0E+00"},
    {"0", 'E', 1, 64, "0.0E+00"},
    {"0", 'E', 3, 64, "0.000E+00"},
    {"0", 'E', 10, 64, "0.0000000000E+00"},
    {"0", 'G', -1, 64, "0"},
    {"0", 'G', 0, 64, "0"},
    {"0", 'G', 1, 64, "0"},
    {"0", 'G', 3, 64, "0"},
    {"0", 'G', 10, 64, "0"},
    {"0", 'b', -1, 64, "0p-1074"},
    {"0", 'b', 0, 64, "0p-1074"},
    {"0", 'b', 1, 64, "0p-1074"},
    {"0", 'b', 3, 64, "0p-1074"},
    {"0", 'b', 10, 64, "0p-1074"},
    {"0", 'x', -1, 64, "0x0p+00"},
    {"0", 'x', 0, 64, "0x0p+00"},
    {"0", 'x', 1, 64, "0x0.0p+00"},
    {"0", 'x', 3, 64, "0x0.000p+00"},
    {"0", 'x', 10, 64, "0x0.0000000000p+00"},
    {"0", 'X', -1, 64, "0X0P+00"},
    {"0", 'X', 0, 64, "0X0P+00"},
    {"0", 'X', 1, 64, "0X0.0P+00"},
    {"0", 'X', 3, 64, "0X0.000P+00"},
    {"0", 'X', 10, 64, "0X0.0000000000P+00"},
    {"0", 'e', -1, 32, "0e+00"},
    {"0", 'g', -1, 32, "0"},
    {"0", 'f', -1, 32, "0"},
    {"2.5", 'e', -1, 64, "2.5e+00"},
    {"2.5", 'e', 0, 64, "2e+00"},
    {"2.5", 'e', 1, 64, "2.5e+00"},
    {"2.5", 'e', 3, 64, "2.500e+00"},
    {"2.5", 'e', 10, 64, "2.5000000000e+00"},
    {"2.5", 'f', -1, 64, "2.5"},
    {"2.5", 'f', 0, 64, "2"},
    {"2.5", 'f', 1, 64, "2.5"},
    {"2.5", 'f', 3, 64, "2.500"},
    {"2.5", 'f', 10, 64, "2.5000000000"},
    {"2.5", 'g', -1, 64, "2.5"},
    {"2.5", 'g', 0, 64, "2"},
    {"2.5", 'g', 1, 64, "2"},
    {"2.5", 'g', 3, 64, "2.5"},
    {"2.5", 'g', 10, 64, "2.5"},
    {"2.5", 'E', -1, 64, "2.5E+00"},
    {"2.5", 'E', 0, 64, "2E+00"},
    {"2.5", 'E', 1, 64, "2.5E+00"},
    {"2.5", 'E', 3, 64, "2.500E+00"},
    {"2.5", 'E', 10, 64, "2.5000000000E+00"},
    {"2.5", 'G', -1, 64, "2.5"},
    {"2.5", 'G', 0, 64, "2"},
    {"2.5", 'G', 1, 64, "2"},
    {"2.5", 'G', 3, 64, "2.5"},
    {"2.5", 'G', 10, 64, "2.5"},
    {"2.5", 'b', -1, 64, "5629499534213120p-51"},
    {"2.5", 'b', 0, 64, "5629499534213120p-51"},
    {"2.5", 'b', 1, 64, "5629499534213120p-51"},
    {"2.5", 'b', 3, 64, "5629499534213120p-51"},
    {"2.5", 'b', 10, 64, "5629499534213120p-51"},
    {"2.5", 'x', -1, 64, "0x1.4p+01"},
    {"2.5", 'x', 0, 64, "0x1p+01"},
    {"2.5", 'x', 1, 64, "0x1.4p+01"},
    {"2.5", 'x', 3, 64, "0x1.400p+01"},
    {"2.5", 'x', 10, 64, "0x1.4000000000p+01"},
    {"2.5", 'X', -1, 64, "0X1.4P+01"},
    {"2.5", 'X', 0, 64, "0X1P+01"},
    {"2.5", 'X', 1, 64, "0X1.4P+01"},
    {"2.5", 'X', 3, 64, "0X1.400P+01"},
    {"2.5", 'X', 10, 64, "0X1.4000000000P+01"},
    {"2.5", 'e', -1, 32, "2.5e+00"},
    {"2.5", 'g', -1, 32, "2.5"},
    {"2.5", 'f', -1, 32, "2.5"},
    {"0.125", 'e', -1, 64, "1.25e-01"},
    {"0.125", 'e', 0, 64, "1e-01"},
    {"0.125", 'e', 1, 64, "1.2e-01"},
    {"0.125", 'e', 3, 64, "1.250e-01"},
    {"0.125", 'e', 10, 64, "1.2500000000e-01"},
    {"0.125", 'f', -1, 64, "0.125"},
    {"0.125", 'f', 0, 64, "0"},
    {"0.125", 'f', 1, 64, "0.1"},
    {"0.125", 'f', 3, 64, "0.125"},
    {"0.125", 'f', 10, 64, "0.1250000000"},
    {"0.125", 'g', -1, 64, "0.125"},
    {"0.125", 'g', 0, 64, "0.1"},
    {"0.125", 'g', 1, 64, "0.1"},
    {"0.125", 'g', 3, 64, "0.125"},
    {"0.125", 'g', 10, 64, "0.125"},
    {"0.125", 'E', -1, 64, "1.25E-01"},
    {"0.125", 'E', 0, 64, "1E-01"},
    {"0.125", 'E', 1, 64, "1.2E-01"},
    {"0.125", 'E', 3, 64, "1.250E-01"},
    {"0.125", 'E', 10, 64, "1.2500000000E-01"},
    {"0.125", 'G', -1, 64, "0.125"},
    {"0.125", 'G', 0, 64, "0.1"},
    {"0.125", 'G', 1, 64, "0.1"},
    {"0.125", 'G', 3, 64, "0.125"},
    {"0.125", 'G', 10, 64, "0.125"},
    {"0.125", 'b', -1, 64, "4503599627370496p-55"},
    {"0.125", 'b', 0, 64, "4503599627370496p-55"},
    {"0.125", 'b', 1, 64, "4503599627370496p-55"},
    {"0.125", 'b', 3, 64, "4503599627370496p-55"},
    {"0.125", 'b', 10, 64, "4503599627370496p-55"},
    {"0.125", 'x', -1, 64, "0x1p-03"},
    {"0.125", 'x', 0, 64, "0x1p-03"},
    {"0.125", 'x', 1, 64, "0x1.0p-03"},
    {"0.125", 'x', 3, 64, "0x1.000p-03"},
    {"0.125", 'x', 10, 64, "0x1.0000000000p-03"},
    {"0.125", 'X', -1, 64, "0X1P-03"},
    {"0.125", 'X', 0, 64, "0X1P-03"},
    {"0.125", 'X', 1, 64, "0X1.0P-03"},
    {"0.125", 'X', 3, 64, "0X1.000P-03"},
    {"0.125", 'X', 10, 64, "0X1.0000000000P-03"},
    {"0.125", 'e', -1, 32, "1.25e-01"},
    {"0.125", 'g', -1, 32, "0.125"},
    {"0.125", 'f', -1, 32, "0.125"},
    {"1.5", 'e', -1, 64, "1.5e+00"},
    {"1.5", 'e', 0, 64, "2e+00"},
    {"1.5", 'e', 1, 64, "1.5e+00"},
    {"1.5", 'e', 3, 64, "1.500e+00"},
    {"1.5", 'e', 10, 64, "1.5000000000e+00"},
    {"1.5", 'f', -1, 64, "1.5"},
    {"1.5", 'f', 0, 64, "2"},
    {"1.5", 'f', 1, 64, "1.5"},
    {"1.5", 'f', 3, 64, "1.500"},
    {"1.5", 'f', 10, 64, "1.5000000000"},
    {"1.5", 'g', -1, 64, "1.5"},
    {"1.5", 'g', 0, 64, "2"},
    {"1.5", 'g', 1, 64, "2"},
    {"1.5", 'g', 3, 64, "1.5"},
    {"1.5", 'g', 10, 64, "1.5"},
    {"1.5", 'E', -1, 64, "1.5E+00"},
    {"1.5", 'E', 0, 64, "2E+00"},
    {"1.5", 'E', 1, 64, "1.5E+00"},
    {"1.5", 'E', 3, 64, "1.500E+00"},
    {"1.5", 'E', 10, 64, "1.5000000000E+00"},
    {"1.5", 'G', -1, 64, "1.5"},
    {"1.5", 'G', 0, 64, "2"},
    {"1.5", 'G', 1, 64, "2"},
    {"1.5", 'G', 3, 64, "1.5"},
    {"1.5", 'G', 10, 64, "1.5"},
    {"1.5", 'b', -1, 64, "6755399441055744p-52"},
    {"1.5", 'b', 0, 64, "6755399441055744p-52"},
    {"1.5", 'b', 1, 64, "6755399441055744p-52"},
    {"1.5", 'b', 3, 64, "6755399441055744p-52"},
    {"1.5", 'b', 10, 64, "6755399441055744p-52"},
    {"1.5", 'x', -1, 64, "0x1.8p+00"},
    {"1.5", 'x', 0, 64, "0x1p+01"},
    {"1.5", 'x', 1, 64, "0x1.8p+00"},
    {"1.5", 'x', 3, 64, "0x1.800p+00"},
    {"1.5", 'x', 10, 64, "0x1.8000000000p+00"},
    {"1.5", 'X', -1, 64, "0X1.8P+00"},
    {"1.5", 'X', 0, 64, "0X1P+01"},
    {"1.5", 'X', 1, 64, "0X1.8P+00"},
    {"1.5", 'X', 3, 64, "0X1.800P+00"},
    {"1.5", 'X', 10, 64, "0X1.8000000000P+00"},
    {"1.5", 'e', -1, 32, "1.5e+00"},
    {"1.5", 'g', -1, 32, "1.5"},
    {"1.5", 'f', -1, 32, "1.5"},
    {"999999.5", 'e', -1, 64, "9.999995e+05"},
    {"999999.5", 'e', 0, 64, "1e+06"},
    {"999999.5", 'e', 1, 64, "1.0e+06"},
    {"999999.5", 'e', 3, 64, "1.000e+06"},
    {"999999.5", 'e', 10, 64, "9.9999950000e+05"},
    {"999999.5", 'f', -1, 64, "999999.5"},
    {"999999.5", 'f', 0, 64, "1000000"},
    {"999999.5", 'f', 1, 64, "999999.5"},
    {"999999.5", 'f', 3, 64, "999999.500"},
    {"999999.5", 'f', 10, 64, "999999.5000000000"},
    {"999999.5", 'g', -1, 64, "999999.5"},
    {"999999.5", 'g', 0, 64, "1e+06"},
    {"999999.5", 'g', 1, 64, "1e+06"},
    {"999999.5", 'g', 3, 64, "1e+06"},
    {"999999.5", 'g', 10, 64, "999999.5"},
    {"999999.5", 'E', -1, 64, "9.999995E+05"},
    {"999999.5", 'E', 0, 64, "1E+06"},
    {"999999.5", 'E', 1, 64, "1.0E+06"},
    {"999999.5", 'E', 3, 64, "1.000E+06"},
    {"999999.5", 'E', 10, 64, "9.9999950000E+05"},
    {"999999.5", 'G', -1, 64, "999999.5"},
    {"999999.5", 'G', 0, 64, "1E+06"},
    {"999999.5", 'G', 1, 64, "1E+06"},
    {"999999.5", 'G', 3, 64, "1E+06"},
    {"999999.5", 'G', 10, 64, "999999.5"},
    {"999999.5", 'b', -1, 64, "8589930297032704p-33"},
    {"999999.5", 'b', 0, 64, "8589930297032704p-33"},
    {"999999.5", 'b', 1, 64, "8589930297032704p-33"},
    {"999999.5", 'b', 3, 64, "8589930297032704p-33"},
    {"999999.5", 'b', 10, 64, "8589930297032704p-33"},
    {"999999.5", 'x', -1, 64, "0x1.e847fp+19"},
    {"999999.5", 'x', 0, 64, "0x1p+20"},
    {"999999.5", 'x', 1, 64, "0x1.fp+19"},
    {"999999.5", 'x', 3, 64, "0x1.e84p+19"},
    {"999999.5", 'x', 10, 64, "0x1.e847f00000p+19"},
    {"999999.5", 'X', -1, 64, "0X1.E847FP+19"},
    {"999999.5", 'X', 0, 64, "0X1P+20"},
    {"999999.5", 'X', 1, 64, "0X1.FP+19"},
    {"999999.5", 'X', 3, 64, "0X1.E84P+19"},
    {"999999.5", 'X', 10, 64, "0X1.E847F00000P+19"},
    {"999999.5", 'e', -1, 32, "9.999995e+05"},
    {"999999.5", 'g', -1, 32, "999999.5"},
    {"999999.5", 'f', -1, 32, "999999.5"},
    {"12345.678", 'e', -1, 64, "1.2345678e+04"},
    {"12345.678", 'e', 0, 64, "1e+04"},
    {"12345.678", 'e', 1, 64, "1.2e+04"},
    {"12345.678", 'e', 3, 64, "1.235e+04"},
    {"12345.678", 'e', 10, 64, "1.2345678000e+04"},
    {"12345.678", 'f', -1, 64, "12345.678"},
    {"12345.678", 'f', 0, 64, "12346"},
    {"12345.678", 'f', 1, 64, "12345.7"},
    {"12345.678", 'f', 3, 64, "12345.678"},
    {"12345.678", 'f', 10, 64, "12345.6780000000"},
    {"12345.678", 'g', -1, 64, "12345.678"},
    {"12345.678", 'g', 0, 64, "1e+04"},
    {"12345.678", 'g', 1, 64, "1e+04"},
    {"12345.678", 'g', 3, 64, "1.23e+04"},
    {"12345.678", 'g', 10, 64, "12345.678"},
    {"12345.678", 'E', -1, 64, "1.2345678E+04"},
    {"12345.678", 'E', 0, 64, "1E+04"},
    {"12345.678", 'E', 1, 64, "1.2E+04"},
    {"12345.678", 'E', 3, 64, "1.235E+04"},
    {"12345.678", 'E', 10, 64, "1.2345678000E+04"},
    {"12345.678", 'G', -1, 64, "12345.678"},
    {"12345.678", 'G', 0, 64, "1E+04"},
    {"12345.678", 'G', 1, 64, "1E+04"},
    {"12345.678", 'G', 3, 64, "1.23E+04"},
    {"12345.678", 'G', 10, 64, "12345.678"},
    {"12345.678", 'b', -1, 64, "6787108256889176p-39"},
    {"12345.678", 'b', 0, 64, "6787108256889176p-39"},
    {"12345.678", 'b', 1, 64, "6787108256889176p-39"},
    {"12345.678", 'b', 3, 64, "6787108256889176p-39"},
    {"12345.678", 'b', 10, 64, "6787108256889176p-39"},
    {"12345.678", 'x', -1, 64, "0x1.81cd6c8b43958p+13"},
    {"12345.678", 'x', 0, 64, "0x1p+14"},
    {"12345.678", 'x', 1, 64, "0x1.8p+13"},
    {"12345.678", 'x', 3, 64, "0x1.81dp+13"},
    {"12345.678", 'x', 10, 64, "0x1.81cd6c8b44p+13"},
    {"12345.678", 'X', -1, 64, "0X1.81CD6C8B43958P+13"},
    {"12345.678", 'X', 0, 64, "0X1P+14"},
    {"12345.678", 'X', 1, 64, "0X1.8P+13"},
    {"12345.678", 'X', 3, 64, "0X1.81DP+13"},
    {"12345.678", 'X', 10, 64, "0X1.81CD6C8B44P+13"},
    {"12345.678", 'e', -1, 32, "1.2345678e+04"},
    {"12345.678", 'g', -1, 32, "12345.678"},
    {"12345.678", 'f', -1, 32, "12345.678"},
    {"0.1", 'g', -1, 32, "0.1"},
    {"0.10000000149011612", 'g', -1, 64, "0.10000000149011612"},
    {"16777216", 'g', -1, 32, "1.6777216e+07"},
    {"3.4028234663852886e+38", 'g', -1, 32, "3.4028235e+38"},
};

Test(runtime, format_float_matches_go)
{
    char buf[512];
    for (size_t i = 0; i < sizeof rt_float_cases / sizeof rt_float_cases[0]; i++) {
        const FloatCase *c = &rt_float_cases[i];
        double f = strtod(c->val, NULL);
        int n = numfmt_float(buf, sizeof buf, f, c->fmt, c->prec, c->bitsize);
        cr_expect_str_eq(buf, c->want, "FormatFloat(%s, '%c', %d, %d) = %s, want %s", c->val, c->fmt,
                         c->prec, c->bitsize, buf, c->want);
        cr_expect_eq(n, (int)strlen(c->want));
    }
    cr_assert_str_eq(numfmt_float_str(NAN, 'g', -1, 64, NULL), "NaN");
    cr_assert_str_eq(numfmt_float_str(-INFINITY, 'f', 2, 64, NULL), "-Inf");
    cr_assert_str_eq(numfmt_float_str(INFINITY, 'e', -1, 64, NULL), "+Inf");
    /* All 767 significant digits of the smallest denormal, rounded at 800 places. */
    char *tiny = numfmt_float_str(5e-324, 'f', 800, 64, NULL);
    cr_assert_eq(strlen(tiny), 802);
    cr_assert_str_eq(tiny + 762, "6493472019379026810710749170333222684475");
    int len;
    char *big = numfmt_float_str(1e300, 'f', 2, 64, &len);
    cr_assert_eq(len, 304);
    cr_assert_str_eq(big, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00");
}

Test(runtime, format_int)
{
    char buf[NUMFMT_INT_MAX];
    cr_assert_eq(numfmt_int(buf, INT64_MIN, 10), 20);
    cr_assert_str_eq(buf, "-9223372036854775808");
    numfmt_int(buf, -255, 16);
    cr_assert_str_eq(buf, "-ff");
    numfmt_uint(buf, UINT64_MAX, 2);
    cr_assert_eq(strlen(buf), 64);
    numfmt_uint(buf, 35, 36);
    cr_assert_str_eq(buf, "z");
    numfmt_int(buf, 0, 8);
    cr_assert_str_eq(buf, "0");
}

Test(runtime, parse_int)
{
    struct { const char *s; int base, bits; int64_t want; int err; } cases[] = {
        {"0x1F", 0, 64, 31, 0},
        {"0x_1F", 0, 64, 31, 0},
        {"1_000", 0, 64, 1000, 0},
        {"1_000", 10, 64, 0, EINVAL},
        {"0b101", 0, 64, 5, 0},
        {"0o17", 0, 64, 15, 0},
        {"017", 0, 64, 15, 0},
        {"0_17", 0, 64, 15, 0},
        {"-42", 10, 64, -42, 0},
        {"+42", 10, 64, 42, 0},
        {"", 10, 64, 0, EINVAL},
        {"-", 10, 64, 0, EINVAL},
        {"12a", 10, 64, 0, EINVAL},
        {"zz", 36, 64, 1295, 0},
        {"9223372036854775807", 10, 64, INT64_MAX, 0},
        {"9223372036854775808", 10, 64, INT64_MAX, ERANGE},
        {"-9223372036854775808", 10, 64, INT64_MIN, 0},
        {"-9223372036854775809", 10, 64, INT64_MIN, ERANGE},
        {"99999999999999999999999", 10, 64, INT64_MAX, ERANGE},
        {"127", 10, 8, 127, 0},
        {"128", 10, 8, 127, ERANGE},
        {"-129", 10, 8, -128, ERANGE},
        {"1__0", 0, 64, 0, EINVAL},
        {"0x", 0, 64, 0, EINVAL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int64_t v;
        int err;
        bool ok = numfmt_parse_int(cases[i].s, (int64_t)strlen(cases[i].s), cases[i].base, cases[i].bits, &v, &err);
        cr_expect_eq(err, cases[i].err, "ParseInt(%s): err %d", cases[i].s, err);
        cr_expect_eq(ok, cases[i].err == 0);
        if (cases[i].err != EINVAL) cr_expect_eq(v, cases[i].want, "ParseInt(%s) = %lld", cases[i].s, (long long)v);
    }
    uint64_t u;
    int err;
    cr_assert(numfmt_parse_uint("18446744073709551615", 20, 10, 64, &u, &err));
    cr_assert_eq(u, UINT64_MAX);
    cr_assert_not(numfmt_parse_uint("18446744073709551616", 20, 10, 64, &u, &err));
    cr_assert_eq(err, ERANGE);
    cr_assert_eq(u, UINT64_MAX);
    cr_assert_not(numfmt_parse_uint("-1", 2, 10, 64, &u, &err));
    cr_assert_eq(err, EINVAL);
}

Test(runtime, parse_float)
{
    struct { const char *s; int bits; double want; int err; } cases[] = {
        {"3.25", 64, 3.25, 0},
        {"-0.5e3", 64, -500, 0},
        {".5", 64, 0.5, 0},
        {"5.", 64, 5, 0},
        {"1e400", 64, INFINITY, ERANGE},
        {"-1e400", 64, -INFINITY, ERANGE},
        {"1e-400", 64, 0, 0},
        {"0x1p-2", 64, 0.25, 0},
        {"0x1.8p1", 64, 3, 0},
        {"0x_1p0", 64, 1, 0},
        {"0x1.8", 64, 0, EINVAL},
        {"1_0.5", 64, 10.5, 0},
        {"_10.5", 64, 0, EINVAL},
        {"e5", 64, 0, EINVAL},
        {"1e", 64, 0, EINVAL},
        {"", 64, 0, EINVAL},
        {"+Inf", 64, INFINITY, 0},
        {"-infinity", 64, -INFINITY, 0},
        {"1e39", 32, INFINITY, ERANGE},
        {"0.1", 32, (float)0.1, 0},
        {"1.5x", 64, 0, EINVAL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        double v;
        int err;
        bool ok = numfmt_parse_float(cases[i].s, (int64_t)strlen(cases[i].s), cases[i].bits, &v, &err);
        cr_expect_eq(err, cases[i].err, "ParseFloat(%s): err %d", cases[i].s, err);
        cr_expect_eq(ok, cases[i].err == 0);
        if (cases[i].err != EINVAL) cr_expect_eq(v, cases[i].want, "ParseFloat(%s) = %g", cases[i].s, v);
    }
    double v;
    int err;
    cr_assert(numfmt_parse_float("nan", 3, 64, &v, &err));
    cr_assert(isnan(v));
}

Test(runtime, quote)
{
    char buf[128];
    const char *s = "a\"b\\\n\x01\xff\xe2\x82\xac\xc2\xad";
    int64_t n = numfmt_quote(buf, s, (int64_t)strlen(s), '"', false);
    buf[n] = 0;
    cr_assert_str_eq(buf, "\"a\\\"b\\\\\\n\\x01\\xff\xe2\x82\xac\\u00ad\"");
    n = numfmt_quote(buf, "\xe2\x82\xac\xf0\x9f\x98\x80", 7, '"', true);
    buf[n] = 0;
    cr_assert_str_eq(buf, "\"\\u20ac\\U0001f600\"");
    n = numfmt_quote_rune(buf, '\'', false);
    buf[n] = 0;
    cr_assert_str_eq(buf, "'\\''");
    n = numfmt_quote_rune(buf, 0x4E16, false);
    buf[n] = 0;
    cr_assert_str_eq(buf, "'\xe4\xb8\x96'");
    cr_assert(numfmt_is_print(0x4E16));
    cr_assert_not(numfmt_is_print(0x378), "unassigned");
    cr_assert_not(numfmt_is_print(0xAD));
    cr_assert(numfmt_can_backquote("a\tb", 3));
    cr_assert_not(numfmt_can_backquote("a`b", 3));
    cr_assert_not(numfmt_can_backquote("a\nb", 3));
}
