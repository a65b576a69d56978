/*
 * Lexer tests: tokens, literal forms and values, semicolon insertion,
 * positions, UTF-8 identifiers and every lexical error message.
 */
#include "lexer/lexer.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Lexes `text` and returns the tokens as "kind:lit" joined by spaces
 * (";" for inserted semicolons shows as ";nl" or ";eof"). */
static char *lex_all(const char *text, char **errors) {
    Source src;
    source_from_string(&src, "x.go", text);
    Diag d = {0};
    Lexer lx;
    lex_init(&lx, &src, &d);
    char *buf = NULL;
    size_t len = 0;
    FILE *o = open_memstream(&buf, &len);
    Token t;
    int guard = 0;
    while (lex_next(&lx, &t) != TOK_EOF && guard++ < 10000) {
        if (guard > 1) fputc(' ', o);
        if (t.kind == ';') fputs(t.semi == SEMI_NEWLINE ? ";nl" : t.semi == SEMI_EOF ? ";eof" : ";", o);
        else if (t.kind == TOK_IDENT) fprintf(o, "id:%s", t.lit);
        else if (t.kind >= TOK_INT && t.kind <= TOK_STRING) fprintf(o, "lit:%s", t.lit);
        else if (t.kind == TOK_ASSIGN_OP) fprintf(o, "%s=", op_string(t.op));
        else fputs(lex_kind_name(t.kind), o);
    }
    fclose(o);
    if (errors) {
        char *eb = NULL;
        size_t el = 0;
        FILE *e = open_memstream(&eb, &el);
        diag_flush(&d, e);
        fclose(e);
        *errors = eb;
    }
    return buf;
}

/* Returns the first token of `text`. */
static Token lex_first(const char *text, char **errors) {
    static Source src;
    source_from_string(&src, "x.go", text);
    Diag d = {0};
    Lexer lx;
    lex_init(&lx, &src, &d);
    Token t;
    lex_next(&lx, &t);
    if (errors) {
        char *eb = NULL;
        size_t el = 0;
        FILE *e = open_memstream(&eb, &el);
        diag_flush(&d, e);
        fclose(e);
        *errors = eb;
    }
    return t;
}

/* The diagnostics of lexing `text` to the end. */
static char *lex_errors(const char *text) {
    char *err;
    lex_all(text, &err);
    return err;
}

Test(lexer, keywords_and_operators) {
    char *s = lex_all("break case chan const continue default defer else fallthrough for func go goto "
                      "if import interface map package range return select struct switch type var", NULL);
    cr_assert_str_eq(s, "break case chan const continue default defer else fallthrough for func go goto "
                        "if import interface map package range return select struct switch type var");
    s = lex_all("+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ "
                "!= <= >= := ... ( ) [ ] { } , . :", NULL);
    cr_assert_str_eq(s, "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ "
                        "!= <= >= := ... ( ) [ ] { } , . :");
}

Test(lexer, semicolon_insertion) {
    cr_assert_str_eq(lex_all("x\ny", NULL), "id:x ;nl id:y ;eof");
    cr_assert_str_eq(lex_all("return\nbreak\ncontinue\nfallthrough\n", NULL),
                     "return ;nl break ;nl continue ;nl fallthrough ;nl");
    cr_assert_str_eq(lex_all("x++\ny--\n", NULL), "id:x ++ ;nl id:y -- ;nl");
    cr_assert_str_eq(lex_all("f()\na[1]\n}\n", NULL), "id:f ( ) ;nl id:a [ lit:1 ] ;nl } ;nl");
    cr_assert_str_eq(lex_all("1\n2.5\n'a'\n\"s\"\n`r`\n3i\n", NULL),
                     "lit:1 ;nl lit:2.5 ;nl lit:'a' ;nl lit:\"s\" ;nl lit:`r` ;nl lit:3i ;nl");
    /* No semicolon after operators, keywords other than the four, or '{'. */
    cr_assert_str_eq(lex_all("x +\ny\nfunc {\n", NULL), "id:x + id:y ;nl func {");
    /* A general comment with a newline acts like a newline; one without does not. */
    cr_assert_str_eq(lex_all("x /* a\nb */ y", NULL), "id:x ;nl id:y ;eof");
    cr_assert_str_eq(lex_all("x /* ab */ y", NULL), "id:x id:y ;eof");
    cr_assert_str_eq(lex_all("x // c\ny", NULL), "id:x ;nl id:y ;eof");
    cr_assert_str_eq(lex_all("x // c", NULL), "id:x ;eof");
    cr_assert_str_eq(lex_all("x;y", NULL), "id:x ; id:y ;eof");
    cr_assert_str_eq(lex_all("", NULL), "");
}

Test(lexer, positions) {
    Source src;
    source_from_string(&src, "x.go", "package main\n\n  x := \"é\" + y\n\t`a\nb` z");
    Diag d = {0};
    Lexer lx;
    lex_init(&lx, &src, &d);
    Token t;
    int expect[][2] = {{1, 1}, {1, 9}, {1, 13}, {3, 3}, {3, 5}, {3, 8}, {3, 13}, {3, 15}, {3, 16}, {4, 2}, {5, 4}};
    for (size_t i = 0; i < sizeof expect / sizeof expect[0]; i++) {
        lex_next(&lx, &t);
        cr_assert_eq(t.pos.line, expect[i][0], "token %zu line %d", i, t.pos.line);
        cr_assert_eq(t.pos.col, expect[i][1], "token %zu col %d", i, t.pos.col);
    }
}

Test(lexer, unicode_identifiers) {
    cr_assert_str_eq(lex_all("héllo 世界 _x9 Ωmega x٣", NULL), "id:héllo id:世界 id:_x9 id:Ωmega id:x٣ ;eof");
    char *err;
    lex_all("a € b", &err);
    cr_assert_str_eq(err, "x.go:1:3: invalid character U+20AC '€'\n");
    lex_all("a€b", &err);
    cr_assert_str_eq(err, "x.go:1:2: invalid character U+20AC '€' in identifier\n");
}

Test(lexer, integer_literals) {
    cr_assert_str_eq(lex_all("0 42 0x1F 0X_ff 0o17 0O7 017 0b101 0B_1 1_000_000 0_7", NULL),
                     "lit:0 lit:42 lit:0x1F lit:0X_ff lit:0o17 lit:0O7 lit:017 lit:0b101 lit:0B_1 "
                     "lit:1_000_000 lit:0_7 ;eof");
    cr_assert_eq(lex_first("0x1F", NULL).kind, TOK_INT);
    cr_assert_eq(lex_first("0777", NULL).kind, TOK_INT);
}

Test(lexer, float_and_imaginary_literals) {
    cr_assert_eq(lex_first("1.5", NULL).kind, TOK_FLOAT);
    cr_assert_eq(lex_first(".5", NULL).kind, TOK_FLOAT);
    cr_assert_eq(lex_first("1.", NULL).kind, TOK_FLOAT);
    cr_assert_eq(lex_first("1e10", NULL).kind, TOK_FLOAT);
    cr_assert_eq(lex_first("1E+10", NULL).kind, TOK_FLOAT);
    cr_assert_eq(lex_first("6.67e-11", NULL).kind, TOK_FLOAT);
    cr_assert_eq(lex_first("0x1p-2", NULL).kind, TOK_FLOAT);
    cr_assert_eq(lex_first("0x1.8P+1", NULL).kind, TOK_FLOAT);
    cr_assert_eq(lex_first("0x_1p4", NULL).kind, TOK_FLOAT);
    cr_assert_eq(lex_first("0789.5", NULL).kind, TOK_FLOAT);
    cr_assert_eq(lex_first("1_0.2_5", NULL).kind, TOK_FLOAT);
    cr_assert_eq(lex_first("3i", NULL).kind, TOK_IMAG);
    cr_assert_eq(lex_first("1.5e3i", NULL).kind, TOK_IMAG);
    cr_assert_eq(lex_first("0x10i", NULL).kind, TOK_IMAG);
    cr_assert_eq(lex_first("0123i", NULL).kind, TOK_IMAG);
    cr_assert_str_eq(lex_first("1.5e3i", NULL).lit, "1.5e3i");
    /* x.5 is a selector-like sequence of ident and float. */
    cr_assert_str_eq(lex_all("a.b 1..5", NULL), "id:a . id:b lit:1. lit:.5 ;eof");
}

Test(lexer, number_errors) {
    cr_assert_str_eq(lex_errors("09"), "x.go:1:2: invalid digit '9' in octal literal\n");
    cr_assert_str_eq(lex_errors("0b102"), "x.go:1:5: invalid digit '2' in binary literal\n");
    cr_assert_str_eq(lex_errors("0o78"), "x.go:1:4: invalid digit '8' in octal literal\n");
    cr_assert_str_eq(lex_errors("0x"), "x.go:1:3: hexadecimal literal has no digits\n");
    cr_assert_str_eq(lex_errors("0b"), "x.go:1:3: binary literal has no digits\n");
    cr_assert_str_eq(lex_errors("1__0"), "x.go:1:3: '_' must separate successive digits\n");
    cr_assert_str_eq(lex_errors("1_"), "x.go:1:2: '_' must separate successive digits\n");
    cr_assert_str_eq(lex_errors("0x_"), "x.go:1:4: hexadecimal literal has no digits\n");
    cr_assert_str_eq(lex_errors("0_x1"), "x.go:1:2: '_' must separate successive digits\n");
    cr_assert_str_eq(lex_errors("1e"), "x.go:1:3: exponent has no digits\n");
    cr_assert_str_eq(lex_errors("0x1.5"), "x.go:1:6: hexadecimal mantissa requires a 'p' exponent\n");
    cr_assert_str_eq(lex_errors("1p5"), "x.go:1:2: 'p' exponent requires hexadecimal mantissa\n");
    cr_assert_str_eq(lex_errors("0b1.0"), "x.go:1:4: invalid radix point in binary literal\n");
    cr_assert_str_eq(lex_errors("0x1e5"), "");
    cr_assert_str_eq(lex_errors("0o1e5"), "x.go:1:4: 'e' exponent requires decimal mantissa\n");
    cr_assert_str_eq(lex_errors("123456789012345678901234567890"), "");
}

Test(lexer, rune_literals) {
    struct { const char *src; int32_t val; } cases[] = {
        {"'a'", 'a'}, {"'é'", 0xE9}, {"'世'", 0x4E16}, {"'\\a'", 7}, {"'\\b'", 8}, {"'\\f'", 12},
        {"'\\n'", 10}, {"'\\r'", 13}, {"'\\t'", 9}, {"'\\v'", 11}, {"'\\\\'", '\\'}, {"'\\''", '\''},
        {"'\\000'", 0}, {"'\\377'", 255}, {"'\\x41'", 0x41}, {"'\\xff'", 0xFF}, {"'\\u00e9'", 0xE9},
        {"'\\U0001F600'", 0x1F600}, {"'\\U0010FFFF'", 0x10FFFF},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *err;
        Token t = lex_first(cases[i].src, &err);
        cr_assert_eq(t.kind, TOK_CHAR, "%s", cases[i].src);
        cr_assert_eq(t.rune, cases[i].val, "%s gives %d", cases[i].src, t.rune);
        cr_assert_str_eq(err, "", "%s: %s", cases[i].src, err);
    }
}

Test(lexer, rune_errors) {
    cr_assert_str_eq(lex_errors("''"), "x.go:1:2: empty rune literal or unescaped ' in rune literal\n");
    cr_assert_str_eq(lex_errors("'ab'"), "x.go:1:1: more than one character in rune literal\n");
    cr_assert_str_eq(lex_errors("'a"), "x.go:1:1: rune literal not terminated\n");
    cr_assert_str_eq(lex_errors("'a\n'"), "x.go:1:3: newline in rune literal\nx.go:2:1: rune literal not terminated\n");
    cr_assert_str_eq(lex_errors("'\\\"'"), "x.go:1:3: unknown escape\n");
    cr_assert_str_eq(lex_errors("'\\400'"), "x.go:1:6: octal escape value 256 > 255\n");
    cr_assert_str_eq(lex_errors("'\\uD800'"), "x.go:1:8: escape is invalid Unicode code point U+D800\n");
    cr_assert_str_eq(lex_errors("'\\U00110000'"), "x.go:1:12: escape is invalid Unicode code point U+110000\n");
    cr_assert_str_eq(lex_errors("'\\x4g'"), "x.go:1:5: invalid character 'g' in hex escape\n");
    cr_assert_str_eq(lex_errors("'\\08'"), "x.go:1:4: invalid character '8' in octal escape\n");
}

Test(lexer, string_literals) {
    Token t = lex_first("\"a\\tb\\n\\\\\\\"\\x41\\101\\u00e9\\U0001F600\\a\\b\\f\\r\\v\"", NULL);
    cr_assert_eq(t.kind, TOK_STRING);
    const char *want = "a\tb\n\\\"AAé\xF0\x9F\x98\x80\a\b\f\r\v";
    cr_assert_eq(t.strlen, (int64_t)strlen(want));
    cr_assert(memcmp(t.str, want, strlen(want)) == 0);
    /* \x and octal escapes are bytes, not code points. */
    t = lex_first("\"\\xff\\000\"", NULL);
    cr_assert_eq(t.strlen, 2);
    cr_assert_eq((unsigned char)t.str[0], 0xFF);
    cr_assert_eq(t.str[1], 0);
    /* Raw strings keep backslashes and newlines, drop carriage returns. */
    t = lex_first("`a\\n\r\nb`", NULL);
    cr_assert_eq(t.strlen, 5);
    cr_assert(memcmp(t.str, "a\\n\nb", 5) == 0);
    t = lex_first("\"\"", NULL);
    cr_assert_eq(t.strlen, 0);
    cr_assert_str_eq(lex_errors("\"'\""), "");
}

Test(lexer, string_errors) {
    cr_assert_str_eq(lex_errors("\"abc"), "x.go:1:1: string literal not terminated\n");
    cr_assert_str_eq(lex_errors("\"abc\nx\""), "x.go:1:5: newline in string\nx.go:2:2: string literal not terminated\n");
    cr_assert_str_eq(lex_errors("`abc"), "x.go:1:1: string literal not terminated\n");
    cr_assert_str_eq(lex_errors("x\n  `a\nb"), "x.go:2:3: string literal not terminated\n");
    cr_assert_str_eq(lex_errors("\"\\q\""), "x.go:1:3: unknown escape\n");
    cr_assert_str_eq(lex_errors("\"\\'\""), "x.go:1:3: unknown escape\n");
    cr_assert_str_eq(lex_errors("\"\\uDFFF\""), "x.go:1:8: escape is invalid Unicode code point U+DFFF\n");
    cr_assert_str_eq(lex_errors("\"\\x\""), "x.go:1:4: invalid character '\"' in hex escape\n");
}

Test(lexer, invalid_input) {
    cr_assert_str_eq(lex_errors("a @ b"), "x.go:1:3: invalid character U+0040 '@'\n");
    cr_assert_str_eq(lex_errors("a # b"), "x.go:1:3: invalid character U+0023 '#'\n");
    cr_assert_str_eq(lex_errors("a $"), "x.go:1:3: invalid character U+0024 '$'\n");
    cr_assert_str_eq(lex_errors("a ?"), "x.go:1:3: invalid character U+003F '?'\n");
    cr_assert_str_eq(lex_errors("/* abc"), "x.go:1:1: comment not terminated\n");
    cr_assert_str_eq(lex_errors("x\n  /* a\n b"), "x.go:2:3: comment not terminated\n");
}

/* Lexes raw bytes (which may contain NULs). */
static char *lex_bytes_errors(const char *bytes, size_t n) {
    char *text = malloc(n + 1);
    memcpy(text, bytes, n);
    text[n] = 0;
    Source src = {"x.go", text, n};
    Diag d = {0};
    Lexer lx;
    lex_init(&lx, &src, &d);
    Token t;
    int guard = 0;
    while (lex_next(&lx, &t) != TOK_EOF && guard++ < 100000) {}
    char *eb = NULL;
    size_t el = 0;
    FILE *e = open_memstream(&eb, &el);
    diag_flush(&d, e);
    fclose(e);
    return eb;
}

Test(lexer, nul_and_bad_utf8) {
    cr_assert_str_eq(lex_bytes_errors("a \0 b", 5), "x.go:1:3: invalid NUL character\n");
    cr_assert_str_eq(lex_bytes_errors("\"a\0b\"", 5), "x.go:1:3: invalid NUL character\n");
    cr_assert_str_eq(lex_bytes_errors("// a\0", 5), "x.go:1:5: invalid NUL character\n");
    cr_assert_str_eq(lex_bytes_errors("a \xff b", 5), "x.go:1:3: invalid UTF-8 encoding\n");
    cr_assert_str_eq(lex_bytes_errors("\"\xc0\x80\"", 4), "x.go:1:2: invalid UTF-8 encoding\n");
    cr_assert_str_eq(lex_bytes_errors("'\xed\xa0\x80'", 5), "x.go:1:2: invalid UTF-8 encoding\n");
    cr_assert_str_eq(lex_bytes_errors("x \xe4\xb8", 4), "x.go:1:3: invalid UTF-8 encoding\n");
    /* A byte order mark is fine at the start only. */
    cr_assert_str_eq(lex_bytes_errors("\xef\xbb\xbfx", 4), "");
    cr_assert_str_eq(lex_bytes_errors("x \xef\xbb\xbf", 5), "x.go:1:3: invalid BOM in the middle of the file\n");
}

Test(lexer, garbage_never_crashes) {
    srand(12345);
    for (int round = 0; round < 2000; round++) {
        size_t n = (size_t)(rand() % 64);
        char buf[64];
        const char alphabet[] = "\"'`\\/*\n0x1e.p_i{}()[]<-:=ab\xc3\xa9\xff\0 ";
        for (size_t i = 0; i < n; i++) buf[i] = alphabet[rand() % (int)(sizeof alphabet - 1)];
        lex_bytes_errors(buf, n);
    }
    cr_assert(true);
}

Test(lexer, huge_literals) {
    size_t n = 200000;
    char *s = malloc(n + 3);
    s[0] = '"';
    memset(s + 1, 'a', n);
    s[n + 1] = '"';
    s[n + 2] = 0;
    Token t = lex_first(s, NULL);
    cr_assert_eq(t.kind, TOK_STRING);
    cr_assert_eq(t.strlen, (int64_t)n);
    memset(s, '9', n + 2);
    t = lex_first(s, NULL);
    cr_assert_eq(t.kind, TOK_INT);
    cr_assert_eq(t.len, (int)n + 2);
}

Test(diag, sorted_deduplicated_capped) {
    Source src;
    source_from_string(&src, "f.go", "x");
    Diag d = {0};
    diag_error(&d, &src, (Pos){5, 1}, "five");
    diag_error(&d, &src, (Pos){2, 7}, "two");
    diag_error(&d, &src, (Pos){2, 3}, "two again");
    diag_error(&d, &src, (Pos){1, 4}, "one %d", 1);
    diag_error(&d, &src, (Pos){1, 4}, "one %d", 1);
    diag_error(&d, &src, (Pos){7, 1}, "syntax error: a");
    diag_error(&d, &src, (Pos){7, 5}, "syntax error: b");
    cr_assert_eq(diag_count(&d), 5);
    char *buf = NULL;
    size_t len = 0;
    FILE *o = open_memstream(&buf, &len);
    diag_flush(&d, o);
    fclose(o);
    cr_assert_str_eq(buf, "f.go:1:4: one 1\nf.go:2:3: two again\nf.go:2:7: two\nf.go:5:1: five\nf.go:7:1: syntax error: a\n");
    cr_assert_eq(diag_count(&d), 0);
    for (int i = 12; i >= 1; i--) diag_error(&d, &src, (Pos){i, 1}, "e%d", i);
    o = open_memstream(&buf, &len);
    diag_flush(&d, o);
    fclose(o);
    /* The tenth reported error (line 3) caps the run, as in cmd/compile. */
    cr_assert(strstr(buf, "f.go:3:1: e3\nf.go:4:1: e4\n") != NULL, "%s", buf);
    cr_assert(strstr(buf, "f.go:12:1: e12\nf.go:3:1: too many errors\n") != NULL, "%s", buf);
    cr_assert(strstr(buf, "e2\n") == NULL);
}

Test(diag, source_loading) {
    Source src;
    source_from_string(&src, "s.go", "#!/usr/bin/env csp\nx");
    cr_assert_eq(src.len, 20);
    cr_assert_eq(src.text[0], ' ');
    cr_assert_eq(src.text[17], ' ');
    cr_assert_eq(src.text[18], '\n');
    cr_assert_eq(src.text[19], 'x');
    char path[] = "/tmp/csp_lexer_testXXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    FILE *f = fdopen(fd, "w");
    fputs("#!x\npackage main\n", f);
    fclose(f);
    cr_assert(source_load(&src, path));
    cr_assert_str_eq(src.text, "   \npackage main\n");
    cr_assert_eq(src.len, 17);
    unlink(path);
    cr_assert(!source_load(&src, "/nonexistent/file.go"));
}
