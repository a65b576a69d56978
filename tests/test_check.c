/*
 * The checker's suite: Go's messages with their positions, exact constant
 * arithmetic, type spelling and canonicality, method sets and annotations.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/check.h"
#include "parser/constant.h"
#include "parser/parser.h"

/* Checks `text` as file "t.go"; returns the diagnostics (empty if none) and
 * the program through *out. */
static char *run_check(const char *text, Program **out) {
    Source *src = GC_MALLOC(sizeof(Source));
    source_from_string(src, "t.go", text);
    Diag d = {0};
    File *f = parse_file(src, &d);
    Program *p = NULL;
    if (diag_count(&d) == 0) p = check_program(&f, 1, &d);
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    diag_flush(&d, m);
    fclose(m);
    if (out) *out = p;
    return buf;
}

/* Asserts that checking `text` reports exactly `want` (a prefix match per run). */
static void expect_error(const char *text, const char *want) {
    Program *p;
    char *got = run_check(text, &p);
    cr_assert(p == NULL, "expected an error for:\n%s", text);
    cr_assert(strstr(got, want) != NULL, "want %s\ngot  %s", want, got);
    free(got);
}

/* Asserts that `text` checks cleanly. */
static Program *expect_ok(const char *text) {
    Program *p;
    char *got = run_check(text, &p);
    cr_assert(p != NULL, "unexpected errors:\n%s", got);
    free(got);
    return p;
}

Test(check, undefined) { expect_error("package main\nfunc main() {\n\tx = 1\n}\n", "t.go:3:2: undefined: x"); }

Test(check, redeclared) {
    expect_error("package main\nfunc main() {\n\tvar a int\n\tvar a string\n\t_, _ = a, a\n}\n",
                 "t.go:4:6: a redeclared in this block");
}

Test(check, no_new_variables) {
    expect_error("package main\nfunc main() {\n\tx := 1\n\tx := 2\n\t_ = x\n}\n",
                 "t.go:4:4: no new variables on left side of :=");
}

Test(check, mismatched_types) {
    expect_error("package main\nfunc main() {\n\tx := 1\n\ts := \"a\"\n\t_ = x + s\n}\n",
                 "t.go:5:6: invalid operation: x + s (mismatched types int and string)");
}

Test(check, overflow_in_assignment) {
    expect_error("package main\nfunc main() {\n\tvar a int8\n\ta = 300\n\t_ = a\n}\n",
                 "t.go:4:6: cannot use 300 (untyped int constant) as int8 value in assignment (overflows)");
}

Test(check, conversion_overflow) {
    expect_error("package main\nfunc main() {\n\t_ = byte(256)\n}\n", "t.go:3:11: constant 256 overflows byte");
}

Test(check, typed_constant_overflow) {
    expect_error("package main\nconst c int8 = 100\nfunc main() {\n\t_ = c * 2\n}\n",
                 "t.go:4:6: c * 2 (constant 200 of type int8) overflows int8");
}

Test(check, division_by_zero) {
    expect_error("package main\nfunc main() {\n\tx := 1\n\t_ = x / 0\n}\n", "t.go:4:10: invalid operation: division by zero");
}

Test(check, missing_return) {
    expect_error("package main\nfunc f(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n}\nfunc main() { f(1) }\n",
                 "t.go:6:1: missing return");
}

Test(check, terminating_statements_ok) {
    expect_ok("package main\nfunc f(x int) int {\n\tfor {\n\t}\n}\n"
              "func g(x int) int {\n\tswitch x {\n\tcase 1:\n\t\treturn 1\n\tdefault:\n\t\tpanic(\"no\")\n\t}\n}\n"
              "func h(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t} else {\n\t\treturn 2\n\t}\n}\n"
              "func main() { f(1); g(1); h(1) }\n");
}

Test(check, too_many_arguments) {
    expect_error("package main\nfunc f() int { return 1 }\nfunc main() {\n\tf(1, 2)\n}\n",
                 "t.go:4:4: too many arguments in call to f\n\thave (number, number)\n\twant ()");
}

Test(check, not_enough_arguments) {
    expect_error("package main\nfunc f(a int, b string) {}\nfunc main() {\n\tf(1)\n}\n",
                 "t.go:4:4: not enough arguments in call to f\n\thave (number)\n\twant (int, string)");
}

Test(check, assignment_mismatch) {
    expect_error("package main\nfunc f() int { return 1 }\nfunc main() {\n\ta, b := f()\n\t_, _ = a, b\n}\n",
                 "t.go:4:10: assignment mismatch: 2 variables but f returns 1 value");
}

Test(check, cannot_use_variable) {
    expect_error("package main\nfunc main() {\n\tx := 1\n\tvar s string\n\ts = x\n\t_ = s\n}\n",
                 "t.go:5:6: cannot use x (variable of type int) as string value in assignment");
}

Test(check, missing_method) {
    expect_error("package main\ntype I interface{ M() }\ntype T struct{}\nfunc main() {\n\tvar i I = T{}\n\t_ = i\n}\n",
                 "T does not implement I (missing method M)");
}

Test(check, pointer_receiver) {
    expect_error("package main\ntype I interface{ M() }\ntype T struct{}\nfunc (t *T) M() {}\nfunc main() {\n\tvar i I = T{}\n\t_ = i\n}\n",
                 "T does not implement I (method M has pointer receiver)");
}

Test(check, field_undefined) {
    expect_error("package main\ntype T struct{ a int }\nfunc main() {\n\tvar t T\n\t_ = t.y\n}\n",
                 "t.go:5:8: t.y undefined (type T has no field or method y)");
}

Test(check, not_operator) {
    expect_error("package main\nfunc main() {\n\tx := 1\n\t_ = !x\n}\n",
                 "t.go:4:7: invalid operation: operator ! not defined on x (variable of type int)");
}

Test(check, non_boolean_condition) {
    expect_error("package main\nfunc main() {\n\tx := 1\n\tif x {\n\t}\n}\n",
                 "t.go:4:5: non-boolean condition in if statement");
}

Test(check, unused_expression) {
    expect_error("package main\nfunc main() {\n\tx := 1\n\tx + 1\n}\n", "t.go:4:2: x + 1 (value of type int) is not used");
}

Test(check, cannot_assign) {
    expect_error("package main\nfunc f() int { return 1 }\nfunc main() {\n\tf() = 2\n}\n",
                 "t.go:4:2: cannot assign to f() (neither addressable nor a map index expression)");
}

Test(check, go_needs_call) { expect_error("package main\nfunc main() {\n\tgo 1\n}\n", "t.go:3:5: expression in go must be function call"); }

Test(check, label_unused) {
    expect_error("package main\nfunc main() {\nL:\n\tfor {\n\t}\n}\n", "t.go:3:1: label L defined and not used");
}

Test(check, send_to_receive_only) {
    expect_error("package main\nfunc f(c <-chan int) {\n\tc <- 1\n}\nfunc main() {}\n",
                 "invalid operation: cannot send to receive-only channel c (variable of type <-chan int)");
}

Test(check, receive_from_send_only) {
    expect_error("package main\nfunc f(c chan<- int) {\n\t<-c\n}\nfunc main() {}\n",
                 "invalid operation: cannot receive from send-only channel c (variable of type chan<- int)");
}

Test(check, missing_function_body) {
    expect_error("package main\nfunc f()\nfunc main() {}\n", "t.go:2:6: missing function body");
}

Test(check, main_undeclared) {
    expect_error("package main\nfunc f() {}\n", "t.go:1:9: function main is undeclared in the main package");
}

Test(check, main_redeclared) {
    expect_error("package main\nfunc main() {}\nfunc main() {}\n", "t.go:3:6: main redeclared");
}

Test(check, import_not_in_std) { expect_error("import \"nosuchpkg\"\n", "t.go:1:8: package nosuchpkg is not in std"); }

Test(check, unsafe_undefined) { expect_error("var p unsafe.Pointer\n", "undefined: unsafe"); }

Test(check, initialization_cycle) {
    expect_error("package main\nvar a = b\nvar b = a\nfunc main() {}\n", "initialization cycle");
    expect_error("package main\nvar x = x\nfunc main() {}\n", "t.go:2:5: initialization cycle: x refers to itself");
    expect_error("package main\nvar y = h()\nfunc h() int { return y }\nfunc main() {}\n",
                 "t.go:2:5: initialization cycle for y\n\tt.go:2:5: y refers to h\n\tt.go:3:6: h refers to y");
}

Test(check, init_order_by_declaration) {
    Program *p = expect_ok("package main\nvar (\n\ta = c + b\n\tb = f()\n\tc = f()\n\td = 3\n)\n"
                           "func f() int { return d }\nfunc main() {}\n");
    cr_assert_eq(p->main->ninit, 4);
    cr_assert_str_eq(p->main->init_order[0]->names.v[0]->name, "d");
    cr_assert_str_eq(p->main->init_order[1]->names.v[0]->name, "b");
    cr_assert_str_eq(p->main->init_order[2]->names.v[0]->name, "c");
    cr_assert_str_eq(p->main->init_order[3]->names.v[0]->name, "a");
}

Test(check, recursive_type) {
    expect_error("package main\ntype U struct{ U }\nfunc main() {}\n", "t.go:2:6: invalid recursive type: U refers to itself");
    expect_error("package main\ntype A struct{ b B }\ntype B struct{ a A }\nfunc main() {}\n",
                 "t.go:2:6: invalid recursive type A\n\tt.go:2:6: A refers to\n\tt.go:3:6: B refers to\n\tt.go:2:6: A");
    expect_error("package main\ntype T [len(T{})]int\nfunc main() {}\n", "t.go:2:6: invalid recursive type: T refers to itself");
    expect_error("package main\nconst c = c\nfunc main() {}\n", "t.go:2:7: invalid cycle in declaration: c refers to itself");
    expect_ok("package main\ntype L struct{ next *L; kids []L; m map[string]L }\nfunc main() {}\n");
}

Test(check, mutually_recursive_through_pointers) {
    Program *p = expect_ok("package main\ntype A struct {\n\tb *B\n\tx int\n}\ntype B struct {\n\ta A\n\ty string\n}\n"
                           "type C D\ntype D struct{ next *C; v [2]E }\ntype E struct{ d *D; n int }\nfunc main() {}\n");
    Type *b = check_scope_lookup_local(p->main->scope, "B")->type;
    cr_assert_eq(b->nslots, 3); /* a.b, a.x, y */
    cr_assert_eq(b->fields[1].offset, 2);
    Type *ct = check_scope_lookup_local(p->main->scope, "C")->type;
    cr_assert_eq(ct->kind, KIND_STRUCT);
    cr_assert_eq(ct->nslots, 5); /* next, v[0].d, v[0].n, v[1].d, v[1].n */
}

Test(check, pointer_method_on_value) {
    expect_error("package main\ntype T struct{}\nfunc (t *T) M() {}\nfunc main() {\n\tT{}.M()\n}\n",
                 "t.go:5:6: cannot call pointer method M on T");
}

Test(check, comparison_positions) {
    expect_error("package main\nfunc main() {\n\ti := 1\n\t_ = i < \"3\"\n}\n",
                 "t.go:4:10: invalid operation: i < \"3\" (mismatched types int and untyped string)");
    expect_error("package main\nfunc main() {\n\tvar s []int\n\t_ = s == s\n}\n",
                 "t.go:4:6: invalid operation: s == s (slice can only be compared to nil)");
}

Test(check, builtin_arg_count) {
    expect_error("package main\nfunc main() {\n\tm := map[int]int{}\n\tdelete(m)\n}\n",
                 "t.go:4:2: invalid operation: not enough arguments for delete(m) (expected 2, found 1)");
}

Test(check, constant_messages) {
    expect_error("package main\nvar x int = 1e20\nfunc main() { _ = x }\n",
                 "t.go:2:13: cannot use 1e20 (untyped float constant 1e+20) as int value in variable declaration (truncated)");
    expect_error("package main\nvar x = 1 << 64\nfunc main() { _ = x }\n",
                 "t.go:2:9: cannot use 1 << 64 (untyped int constant 18446744073709551616) as int value in variable declaration (overflows)");
    expect_error("package main\nvar x = 5 % 2.0\nfunc main() { _ = x }\n",
                 "t.go:2:9: invalid operation: operator % not defined on 5 (untyped float constant)");
    expect_error("package main\nvar x, y = 1\nfunc main() { _ = x }\n", "t.go:2:12: assignment mismatch: 2 variables but 1 value");
}

Test(check, duplicate_case) {
    expect_error("package main\nfunc main() {\n\tx := 1\n\tswitch x {\n\tcase 1:\n\tcase 1:\n\t}\n}\n",
                 "t.go:6:7: duplicate case 1 (constant of type int) in expression switch\n\tt.go:5:7: previous case");
}

Test(check, fallthrough_final) {
    expect_error("package main\nfunc main() {\n\tswitch {\n\tcase true:\n\t\tfallthrough\n\t}\n}\n",
                 "cannot fallthrough final case in switch");
}

Test(check, script_mode_ok) {
    Program *p = expect_ok("x := 1\ny := x + 2\n_ = y\n");
    cr_assert(p->main->script_main != NULL);
    cr_assert_str_eq(p->main->script_main->name, "main.main");
    cr_assert_eq(p->main->script_body.n, 3);
}

Test(check, decls_only_ok) {
    Program *p = expect_ok("package main\nfunc main() {}\ntype T int\nconst c = 1\n");
    cr_assert(p->main->script_main == NULL);
}

Test(check, exact_float_constants) {
    Program *p = expect_ok("package main\nconst c = 0.1 + 0.2\nvar x float64 = c\nfunc main() {}\n");
    Symbol *s = check_scope_lookup_local(p->main->scope, "c");
    cr_assert(s);
    cr_assert_str_eq(const_repr((Const *)s->exact), "0.3");
    Const *want = const_from_literal(LIT_FLOAT, "0.3");
    cr_assert(const_compare(OP_EQL, (Const *)s->exact, want));
}

Test(check, iota_and_repetition) {
    Program *p = expect_ok("package main\nconst (\n\tA = iota * 10\n\tB\n\tC\n)\nfunc main() {}\n");
    Symbol *c = NULL;
    for (int i = 0; i < p->main->scope->n; i++)
        if (strcmp(p->main->scope->syms[i]->name, "C") == 0) c = p->main->scope->syms[i];
    cr_assert(c);
    cr_assert_eq(c->cval.i, 20);
    cr_assert_eq(c->type, type_untyped_int);
}

Test(check, big_shift_constant) {
    Program *p = expect_ok("package main\nconst big = 1 << 100\nconst small = big >> 98\nfunc main() {}\n");
    Symbol *s = check_scope_lookup_local(p->main->scope, "small");
    cr_assert(s);
    cr_assert_eq(s->cval.i, 4);
}

Test(constant, arithmetic) {
    Const *a = const_from_literal(LIT_INT, "0x_FF");
    cr_assert_str_eq(const_repr(a), "255");
    Const *q = const_binary(OP_QUO, const_int64(7), const_int64(2), true);
    cr_assert_str_eq(const_repr(q), "3");
    Const *f = const_binary(OP_QUO, const_int64(7), const_int64(2), false);
    cr_assert_str_eq(const_repr(f), "3.5");
    cr_assert_null(const_binary(OP_QUO, const_int64(1), const_int64(0), true));
    Const *out;
    bool ovf;
    type_init();
    cr_assert_not(const_representable(const_int64(128), type_int8, &out, &ovf));
    cr_assert(ovf);
    cr_assert(const_representable(const_int64(-128), type_int8, &out, &ovf));
    cr_assert_not(const_representable(const_from_literal(LIT_FLOAT, "1.5"), type_int, &out, &ovf));
    cr_assert_not(ovf);
    Value v = const_value(const_from_literal(LIT_FLOAT, "0.1"), type_float64);
    cr_assert_eq(v.f, 0.1);
    Const *u = const_unary(OP_XOR, const_int64(0), 8);
    cr_assert_str_eq(const_repr(u), "255");
}

Test(types, spelling) {
    type_init();
    cr_assert_str_eq(type_to_string(type_slice(type_int)), "[]int");
    cr_assert_str_eq(type_to_string(type_map(type_string, type_int)), "map[string]int");
    cr_assert_str_eq(type_to_string(type_chan(type_int, CHAN_SEND)), "chan<- int");
    cr_assert_str_eq(type_to_string(type_chan(type_chan(type_int, CHAN_RECV), CHAN_BOTH)), "chan (<-chan int)");
    cr_assert_str_eq(type_to_string(type_any), "interface {}");
    cr_assert_str_eq(type_to_string(type_error), "error");
    Type *ps[1] = {type_int};
    Type *rs[1] = {type_string};
    cr_assert_str_eq(type_to_string(type_func(ps, 1, rs, 1, false)), "func(int) string");
    Field fs[2] = {{.name = "X", .type = type_int}, {.name = "Y", .type = type_string}};
    Type *st = type_struct(fs, 2);
    cr_assert_str_eq(type_to_string(st), "struct { X int; Y string }");
    cr_assert_eq(st->nslots, 2);
    cr_assert_eq(st->size, 24);
    Type *n = type_named("main", "Point");
    type_set_underlying(n, st);
    cr_assert_str_eq(type_to_string(type_pointer(n)), "*main.Point");
    cr_assert_eq(n->nslots, 2);
}

Test(types, canonical) {
    type_init();
    cr_assert_eq(type_slice(type_int), type_slice(type_int));
    cr_assert_neq(type_slice(type_int), type_slice(type_int64));
    Type *a[2] = {type_int, type_string};
    Type *b[2] = {type_int, type_string};
    cr_assert_eq(type_func(a, 2, NULL, 0, false), type_func(b, 2, NULL, 0, false));
    cr_assert_neq(type_func(a, 2, NULL, 0, false), type_func(b, 2, NULL, 0, true));
    Field f1 = {.name = "a", .type = type_int};
    Field f2 = {.name = "a", .type = type_int};
    cr_assert_eq(type_struct(&f1, 1), type_struct(&f2, 1));
    cr_assert_eq(type_array(type_int, 3)->nslots, 3);
    cr_assert_not(type_slice(type_int)->comparable);
}

Test(check, method_sets_and_promotion) {
    Program *p = expect_ok("package main\ntype A struct{}\nfunc (A) M() {}\nfunc (*A) P() {}\n"
                           "type B struct{ A }\ntype I interface{ M() }\n"
                           "func main() {\n\tvar b B\n\tvar i I = b\n\tb.P()\n\t_ = i\n}\n");
    Symbol *bs = check_scope_lookup_local(p->main->scope, "B");
    cr_assert(bs && bs->type);
    Method *m = type_find_method(bs->type, "M");
    cr_assert(m && m->npath == 1 && !m->ptr_recv);
    Method *pm = type_find_method(bs->type, "P");
    cr_assert(pm && pm->ptr_recv);
    const char *missing = NULL;
    Symbol *is = check_scope_lookup_local(p->main->scope, "I");
    cr_assert(type_implements(bs->type, is->type, &missing));
}

Test(check, local_types_listed_with_promoted_methods) {
    Program *p = expect_ok("package main\ntype Base struct{ id int }\nfunc (b Base) ID() int { return b.id }\n"
                           "type Identifier interface{ ID() int }\n"
                           "func main() {\n\ttype Local struct {\n\t\tBase\n\t}\n\tvar i Identifier = Local{}\n\t_ = i\n}\n");
    cr_assert_eq(p->main->ntypes, 3); /* Base, Identifier, Local */
    Type *local = p->main->types[2];
    cr_assert_str_eq(type_to_string(local), "main.Local");
    Method *m = type_find_method(local, "ID");
    cr_assert(m && m->npath == 1 && m->origin && m->origin_type == p->main->types[0]);
}

Test(check, closures_freevars) {
    Program *p = expect_ok("package main\nfunc main() {\n\tn := 0\n\tf := func() func() int {\n\t\treturn func() int { n++; return n }\n\t}\n\t_ = f\n}\n");
    Decl *d = p->main->funcs.v[0];
    cr_assert_str_eq(d->info->name, "main.main");
    /* n is captured; both literals list it (pass-through). */
    Stmt *s = d->body->list.v[1];
    Expr *lit = s->rhs.v[0];
    cr_assert_eq(lit->kind, EX_FUNCLIT);
    cr_assert_str_eq(lit->info->name, "main.main.func1");
    cr_assert_eq(lit->info->freevars.n, 1);
    cr_assert(lit->info->freevars.v[0]->captured);
}

Test(check, loopvars_per_iteration) {
    Program *p = expect_ok("package main\nfunc main() {\n\tvar fs []func() int\n\tfor i := 0; i < 3; i++ {\n\t\tfs = append(fs, func() int { return i })\n\t}\n}\n");
    Stmt *loop = p->main->funcs.v[0]->body->list.v[1];
    cr_assert_eq(loop->kind, ST_FOR);
    cr_assert_eq(loop->loopvars.n, 1);
}

Test(check, interface_wrapping) {
    Program *p = expect_ok("package main\nfunc f(x any) {}\nfunc main() {\n\tf(1)\n}\n");
    Stmt *s = p->main->funcs.v[1]->body->list.v[0];
    Expr *arg = s->x->list.v[0];
    cr_assert_eq(arg->kind, EX_CONVERT);
    cr_assert_eq(arg->x->type, type_int);
}

Test(check, generic_inference) {
    Program *p = expect_ok("package main\nfunc Max[T int | float64](a, b T) T {\n\tif a > b {\n\t\treturn a\n\t}\n\treturn b\n}\n"
                           "func main() {\n\t_ = Max(1.5, 2)\n}\n");
    /* funcs: main, then the instance Max[float64] (the generic itself is not compiled). */
    cr_assert_eq(p->main->funcs.n, 2);
    Decl *m = p->main->funcs.v[0];
    cr_assert_str_eq(m->info->name, "main.main");
    Stmt *s = m->body->list.v[0];
    Expr *call = s->rhs.v[0];
    cr_assert_eq(call->x->ntargs, 0);
    Symbol *inst = call->x->sym;
    cr_assert(inst && inst->decl == p->main->funcs.v[1]);
    Type *sig = inst->type;
    cr_assert_eq(sig->nparams, 2);
    cr_assert_eq(sig->params[0], type_float64);
    cr_assert_eq(sig->results[0], type_float64);
}

Test(check, generic_types) {
    Program *p = expect_ok("package main\ntype Stack[T any] struct{ items []T }\n"
                           "func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }\n"
                           "func main() {\n\tvar s Stack[int]\n\ts.Push(1)\n\tvar t Stack[int]\n\tt = s\n\t_ = t\n}\n");
    Stmt *d = p->main->funcs.v[0]->body->list.v[0];
    Type *st = d->decl->specs[0]->syms.v[0]->type;
    cr_assert_str_eq(type_to_string(st), "main.Stack[int]");
    cr_assert(type_find_method(st, "Push") != NULL);
    cr_assert_eq(p->main->funcs.n, 2);
    cr_assert_str_eq(p->main->funcs.v[1]->info->name, "main.(*Stack[int]).Push");
}

Test(check, generic_constraint_error) {
    expect_error("package main\nfunc F[T int | float64](x T) T { return x }\nfunc main() {\n\t_ = F(\"s\")\n}\n",
                 "4:7: string does not implement int|float64 (string missing in int | float64)");
}


/* The declaration of function or method `name` (methods as "T.M") in package
 * `path` of a checked program, and whether it is among the package's
 * functions to compile. */
static Decl *std_decl(Program *prog, const char *path, const char *name, bool *compiled) {
    for (int i = 0; i < prog->npkgs; i++) {
        Package *p = prog->pkgs[i];
        if (strcmp(p->path, path) != 0) continue;
        File *f = p->files[0];
        for (int j = 0; j < f->decls.n; j++) {
            Decl *d = f->decls.v[j];
            if (d->kind != DECL_FUNC) continue;
            char full[128];
            if (d->recv) {
                Expr *t = d->recv->type;
                while (t->kind == EX_STAR) t = t->x;
                snprintf(full, sizeof full, "%s.%s", t->name, d->name->name);
            } else if (d->lazy_recv) {
                snprintf(full, sizeof full, "%s.%s", d->lazy_recv, d->name->name);
            } else {
                snprintf(full, sizeof full, "%s", d->name->name);
            }
            if (strcmp(full, name) != 0) continue;
            *compiled = false;
            for (int k = 0; k < p->funcs.n; k++)
                if (p->funcs.v[k] == d) *compiled = true;
            return d;
        }
    }
    cr_assert_fail("%s.%s not found", path, name);
    return NULL;
}

Test(check, std_bodies_only_when_reachable) {
    Program *prog = expect_ok("package main\nimport (\"fmt\"; \"io\"; \"os\")\n"
                              "func main() { fmt.Println(1); io.TeeReader(os.Stdin, io.Discard) }\n");
    bool compiled;
    /* Unreachable: neither parsed nor compiled; a plain function's whole
     * declaration is left unparsed, natives' too, a method's body only. */
    Decl *d = std_decl(prog, "io", "Copy", &compiled);
    cr_assert(d->lazy && !d->ftype && !compiled);
    d = std_decl(prog, "fmt", "Errorf", &compiled);
    cr_assert(d->lazy && !d->ftype && !compiled);
    d = std_decl(prog, "fmt", "Sprintf", &compiled);
    cr_assert(d->lazy && !d->ftype && !compiled);
    d = std_decl(prog, "io", "LimitedReader.Read", &compiled);
    cr_assert(d->lazy && !d->recv && !compiled);
    /* The type, never named, is not parsed either; one main names is. */
    const char *types[][2] = {{"LimitedReader", "0"}, {"multiReader", "0"}, {"Writer", "1"}};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        Decl *td = NULL;
        for (int k = 0; k < prog->npkgs; k++) {
            if (strcmp(prog->pkgs[k]->path, "io") != 0) continue;
            File *f = prog->pkgs[k]->files[0];
            for (int j = 0; j < f->decls.n; j++)
                if (f->decls.v[j]->kind == DECL_TYPE && strcmp(f->decls.v[j]->specs[0]->names.v[0]->name, types[i][0]) == 0)
                    td = f->decls.v[j];
        }
        cr_assert(td, "io.%s", types[i][0]);
        cr_assert_eq(!td->lazy && td->specs[0]->type, types[i][1][0] == '1', "io.%s", types[i][0]);
    }
    /* A native main calls: parsed (no body) and compiled. */
    d = std_decl(prog, "fmt", "Println", &compiled);
    cr_assert(!d->lazy && d->ftype && !d->body && compiled);
    /* Called by main, and a method of a type a reachable body names. */
    const char *reached[][2] = {{"io", "TeeReader"}, {"io", "teeReader.Read"}, {"io", "discard.Write"}};
    for (size_t i = 0; i < sizeof reached / sizeof reached[0]; i++) {
        d = std_decl(prog, reached[i][0], reached[i][1], &compiled);
        cr_assert(!d->lazy && !d->body->lazy && d->body->list.n > 0 && compiled, "%s.%s", reached[i][0], reached[i][1]);
    }
    /* main names no type of fmt, so fmt's init, which registers the
     * Formatter hook, does not run. */
    const char *unreached[][2] = {{"fmt", "init"}, {"fmt", "callFormat"}};
    for (size_t i = 0; i < sizeof unreached / sizeof unreached[0]; i++) {
        d = std_decl(prog, unreached[i][0], unreached[i][1], &compiled);
        cr_assert(!compiled, "%s.%s", unreached[i][0], unreached[i][1]);
    }
}

/* Finds a standard package's variable symbol. */
static Symbol *std_var(Program *prog, const char *path, const char *name) {
    for (int i = 0; i < prog->npkgs; i++) {
        if (strcmp(prog->pkgs[i]->path, path) != 0) continue;
        File *f = prog->pkgs[i]->files[0];
        for (int j = 0; j < f->decls.n; j++) {
            Decl *d = f->decls.v[j];
            if (d->kind != DECL_VAR) continue;
            for (int k = 0; k < d->nspecs; k++)
                for (int m = 0; m < d->specs[k]->syms.n; m++)
                    if (strcmp(d->specs[k]->syms.v[m]->name, name) == 0) return d->specs[k]->syms.v[m];
        }
    }
    cr_assert_fail("%s.%s not found", path, name);
    return NULL;
}

/* Whether a package's initialization order includes the variable. */
static bool std_initialized(Program *prog, const char *path, Symbol *s) {
    for (int i = 0; i < prog->npkgs; i++) {
        if (strcmp(prog->pkgs[i]->path, path) != 0) continue;
        for (int j = 0; j < prog->pkgs[i]->ninit; j++)
            for (int k = 0; k < prog->pkgs[i]->init_order[j]->syms.n; k++)
                if (prog->pkgs[i]->init_order[j]->syms.v[k] == s) return true;
    }
    return false;
}

Test(check, std_vars_and_init_only_when_reachable) {
    Program *prog = expect_ok("package main\nimport (\"fmt\"; \"io\")\n"
                              "type T int\n"
                              "func (T) Format(f fmt.State, verb rune) { io.WriteString(f, \"t\") }\n"
                              "func main() { fmt.Println(T(1), io.EOF) }\n");
    /* Named by main: resolved and initialized, with what its initializer
     * calls; a variable nothing names is neither. */
    Symbol *eof = std_var(prog, "io", "EOF");
    cr_assert(eof->type && std_initialized(prog, "io", eof));
    Symbol *sw = std_var(prog, "io", "ErrShortWrite");
    cr_assert(!sw->type && !std_initialized(prog, "io", sw));
    /* The Format method names fmt.State: fmt's init runs, and registers
     * callFormat. */
    const char *reached[][2] = {{"errors", "New"}, {"fmt", "init"}, {"fmt", "callFormat"}};
    for (size_t i = 0; i < sizeof reached / sizeof reached[0]; i++) {
        bool compiled;
        Decl *d = std_decl(prog, reached[i][0], reached[i][1], &compiled);
        cr_assert(!d->lazy && compiled, "%s.%s", reached[i][0], reached[i][1]);
    }
}

/* A standard package's unreached natives are never looked up in a program
 * (their declarations stay unparsed), so this checks them all: a REPL
 * session loads every package whole, each native must have its C side. */
Test(check, std_natives_exist_when_loaded_whole) {
    const char *text = "import (\n"
                       "\t_ \"fmt\"; _ \"io\"; _ \"os\"; _ \"bufio\"; _ \"bytes\"; _ \"strings\"; _ \"strconv\"\n"
                       "\t_ \"errors\"; _ \"math\"; _ \"math/bits\"; _ \"math/cmplx\"; _ \"sort\"; _ \"slices\"\n"
                       "\t_ \"maps\"; _ \"unicode\"; _ \"unicode/utf8\"; _ \"cmp\"; _ \"sync\"; _ \"sync/atomic\"\n"
                       "\t_ \"time\"; _ \"context\"; _ \"runtime\"; _ \"math/rand\"; _ \"math/rand/v2\"\n"
                       "\t_ \"container/heap\"; _ \"container/list\"; _ \"unicode/utf16\"; _ \"path\"\n"
                       "\t_ \"path/filepath\"; _ \"log\"; _ \"flag\"; _ \"text/tabwriter\"\n"
                       ")\n";
    Source *src = GC_MALLOC(sizeof(Source));
    source_from_string(src, "t.go", text);
    Diag d = {0};
    File *f = parse_file(src, &d);
    cr_assert_eq(diag_count(&d), 0);
    CheckSession s = {0};
    Program *p = check_repl(&s, &f, 1, &d);
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    diag_flush(&d, m);
    fclose(m);
    cr_assert(p != NULL, "%s", buf);
    cr_assert_geq(p->npkgs, 25);
    free(buf);
}

/* The index of the package with this path in the program, or -1. */
static int pkg_index(Program *prog, const char *path) {
    for (int i = 0; i < prog->npkgs; i++)
        if (strcmp(prog->pkgs[i]->path, path) == 0) return i;
    return -1;
}

/* A standard package loads an import only once it names it (fmt.Println is
 * a native whose signature names neither io nor errors), and every package
 * still comes after the packages it imports, however late they loaded. */
Test(check, std_imports_load_when_named) {
    Program *prog = expect_ok("package main\nimport \"fmt\"\nfunc main() { fmt.Println(1) }\n");
    cr_assert_geq(pkg_index(prog, "fmt"), 0);
    cr_assert_eq(pkg_index(prog, "io"), -1);
    cr_assert_eq(pkg_index(prog, "errors"), -1);
    prog = expect_ok("package main\nimport (\"bufio\"; \"fmt\"; \"os\"; \"strings\")\n"
                     "func main() {\n"
                     "\ts := bufio.NewScanner(strings.NewReader(\"a b\"))\n"
                     "\tfor s.Scan() { fmt.Fprintln(os.Stderr, s.Text()) }\n"
                     "\tfmt.Println(fmt.Errorf(\"%w\", os.ErrNotExist))\n"
                     "}\n");
    const char *loaded[] = {"io", "errors", "bufio", "os", "strings", "fmt"};
    for (size_t i = 0; i < sizeof loaded / sizeof loaded[0]; i++)
        cr_assert_geq(pkg_index(prog, loaded[i]), 0, "%s", loaded[i]);
    for (int i = 0; i < prog->npkgs; i++)
        for (int j = 0; j < prog->pkgs[i]->nimports; j++)
            cr_assert_lt(pkg_index(prog, prog->pkgs[i]->imports[j]->path), i, "%s before %s",
                         prog->pkgs[i]->imports[j]->path, prog->pkgs[i]->path);
    cr_assert_eq(prog->pkgs[prog->npkgs - 1], prog->main);
}

/* Asserts that checking `text` reports exactly `want`, every line. */
static void expect_errors(const char *text, const char *want) {
    Program *p;
    char *got = run_check(text, &p);
    cr_assert(p == NULL, "expected errors for:\n%s", text);
    cr_assert_str_eq(got, want);
    free(got);
}

Test(check, every_bad_argument_reported) {
    expect_errors("package main\nfunc f(a int, b string, c float64) {}\nfunc main() {\n\tf(\"x\", 1, \"y\")\n}\n",
                  "t.go:4:4: cannot use \"x\" (untyped string constant) as int value in argument to f\n"
                  "t.go:4:9: cannot use 1 (untyped int constant) as string value in argument to f\n"
                  "t.go:4:12: cannot use \"y\" (untyped string constant) as float64 value in argument to f\n");
}

Test(check, argument_count_positions) {
    /* types2 (go build): a function call's "not enough" at the start of the
     * last argument (or the call), a builtin's count errors at the call. */
    expect_errors("package main\nfunc f(a, b, c int) {}\nfunc main() {\n\tx := 1\n\tf(x, x+x)\n\tf()\n"
                  "\t_ = len()\n\t_ = len(\"a\", \"b\")\n\tcopy([]int{})\n\t_ = append()\n\t_ = make([]int)\n\t_ = int()\n}\n",
                  "t.go:5:7: not enough arguments in call to f\n\thave (int, int)\n\twant (int, int, int)\n"
                  "t.go:6:2: not enough arguments in call to f\n\thave ()\n\twant (int, int, int)\n"
                  "t.go:7:6: invalid operation: not enough arguments for len() (expected 1, found 0)\n"
                  "t.go:8:6: invalid operation: too many arguments for len(\"a\", \"b\") (expected 1, found 2)\n"
                  "t.go:9:2: invalid operation: not enough arguments for copy([]int{}) (expected 2, found 1)\n"
                  "t.go:10:6: invalid operation: not enough arguments for append() (expected 1, found 0)\n"
                  "t.go:11:6: invalid operation: make([]int) expects 2 or 3 arguments; found 1\n"
                  "t.go:12:6: missing argument in conversion to int\n");
}

Test(check, tenth_error_caps_the_run) {
    char text[1024] = "package main\nfunc main() {\n";
    for (int i = 0; i < 11; i++) strcat(text, "\t_ = 1 + \"a\"\n");
    strcat(text, "}\n");
    Program *p;
    char *got = run_check(text, &p);
    cr_assert(strstr(got, "t.go:12:6: invalid operation: 1 + \"a\" (mismatched types untyped int and untyped string)\n"
                          "t.go:12:6: too many errors\n"),
              "%s", got);
    cr_assert(strstr(got, "t.go:13:") == NULL, "%s", got);
    free(got);
}

Test(check, learner_mistakes) {
    expect_errors("package main\nfunc g() (int, int) { return 1, 2 }\nfunc main() {\n\tvar v = g()\n\tw := g()\n"
                  "\ta, b := 1, 2, 3\n\tc, c := 1, 2\n\t_, _, _, _, _ = v, w, a, b, c\n}\n",
                  "t.go:4:10: multiple-value g() (value of type (int, int)) in single-value context\n"
                  "t.go:5:7: assignment mismatch: 1 variable but g returns 2 values\n"
                  "t.go:6:10: assignment mismatch: 2 variables but 3 values\n"
                  "t.go:7:5: c repeated on left side of :=\n");
    expect_errors("package main\nfunc main() {\n\tx := 1\n\tswitch x {\n\tcase 1:\n\tcase 2, 1:\n\t}\n"
                  "\tvar i any = x\n\tswitch i.(type) {\n\tcase int:\n\tcase string, int:\n\t}\n}\n",
                  "t.go:6:10: duplicate case 1 (constant of type int) in expression switch\n\tt.go:5:7: previous case\n"
                  "t.go:11:15: duplicate case int in type switch\n\tt.go:10:7: previous case\n");
    expect_errors("package main\ntype T int\ntype S = []int\nfunc (t int) M() {}\nfunc (t **T) N() {}\n"
                  "func (s S) P() {}\nfunc f() {}\nfunc f() {}\nfunc main() {}\n",
                  "t.go:4:7: cannot define new methods on non-local type int\n"
                  "t.go:5:7: invalid receiver type **T\n"
                  "t.go:6:7: invalid receiver type []int\n"
                  "t.go:8:6: f redeclared in this block\n\tt.go:7:6: other declaration of f\n");
    expect_errors("package main\nfunc main() {\n\tm := map[string]int{}\n\t_ = &m[\"a\"]\n\tx := 1\n\tfor x {\n\t}\n"
                  "\tx <- 1\n\t_ = <-x\n\ts := []int{}\n\t_ = s[1.5]\n\tcopy(s, \"abc\")\n}\n",
                  "t.go:4:7: invalid operation: cannot take address of m[\"a\"] (map index expression of type int)\n"
                  "t.go:6:6: non-boolean condition in for statement\n"
                  "t.go:8:2: invalid operation: cannot send to non-channel x (variable of type int)\n"
                  "t.go:9:8: invalid operation: cannot receive from non-channel x (variable of type int)\n"
                  "t.go:11:8: 1.5 (untyped float constant) truncated to int\n"
                  "t.go:12:7: invalid argument: arguments to copy s (variable of type []int) and \"abc\" (untyped string "
                  "constant) have different element types int and byte\n");
    expect_errors("package main\nfunc main() {\nL:\n\tfor {\n\t\tbreak M\n\t}\n\tcontinue L\n}\n",
                  "t.go:5:9: break label not defined: M\n"
                  "t.go:7:11: invalid continue label L\n");
}

Test(check, type_checker_errors_found_by_the_parser) {
    /* cmd/compile's type checker, not its parser, reports these: checking goes on. */
    expect_errors("package main\nfunc main() {\n\tfor a, b, c := range make(chan int) {\n\t}\n}\n",
                  "t.go:3:9: range over make(chan int) (value of type chan int) permits only one iteration variable\n");
    expect_errors("package main\nfunc main() {\n\tx := 1\n\tselect {\n\tcase x > 1:\n\t}\n\ts := []int{}\n"
                  "\tfor a, b, c := range s {\n\t}\n\tvar y int = \"s\"\n\tgo len(\"a\")\n}\n",
                  "t.go:5:9: select case must be send or receive (possibly with assignment)\n"
                  "t.go:8:12: range clause permits at most two iteration variables\n"
                  "t.go:10:14: cannot use \"s\" (untyped string constant) as int value in variable declaration\n"
                  "t.go:11:5: go discards result of len(\"a\") (constant 1 of type int)\n");
}

Test(check, syntax_errors_after_recovery) {
    /* One error per statement, as Go's parser skips to the next one; an
     * unterminated composite literal skips to its }. */
    Program *p;
    char *got = run_check("package main\nfunc main() {\n\tprintln(\"hi\"))\n\tvar 1x int\n\tx := [3]int{1, 2, 3\n\t}\n\t_ = x\n}\n", &p);
    cr_assert_str_eq(got, "t.go:3:15: syntax error: unexpected ) at end of statement\n"
                          "t.go:4:6: syntax error: unexpected literal 1, expecting name\n"
                          "t.go:5:21: syntax error: unexpected newline in composite literal; possibly missing comma or }\n");
    free(got);
}

Test(check, method_value_defer_and_select_positions) {
    expect_errors("package main\ntype T struct{ n int }\nfunc main() {\n\tT.n = 3\n\tdefer 1\n\tch := make(chan int)\n"
                  "\tselect {\n\tcase x := 1:\n\t\t_ = x\n\tcase v := <-ch:\n\t\t_ = v\n\t}\n}\n",
                  "t.go:4:4: T.n undefined (type T has no method n)\n"
                  "t.go:5:8: expression in defer must be function call\n"
                  "t.go:5:8: invalid operation: cannot call non-function 1 (untyped int constant)\n"
                  "t.go:8:7: select case must be send or receive (possibly with assignment)\n");
}

Test(check, incomparable_cause) {
    expect_errors("package main\ntype T struct{ n int; s []int }\ntype A [2][]int\nfunc main() {\n\ta, b := T{}, T{}\n"
                  "\t_ = a == b\n\tvar x, y A\n\t_ = x != y\n\tvar p, q [2]map[int]int\n\t_ = p == q\n}\n",
                  "t.go:6:6: invalid operation: a == b (struct containing []int cannot be compared)\n"
                  "t.go:8:6: invalid operation: x != y ([2][]int cannot be compared)\n"
                  "t.go:10:6: invalid operation: p == q ([2]map[int]int cannot be compared)\n");
}

Test(check, parser_errors_that_do_not_stop_checking) {
    /* cmd/compile's parser reports these without "syntax error", and type
     * checking still runs (types2 reports the non-name on the left of :=). */
    expect_errors("package main\nfunc main() {\n\ts := []int{}\n\t_ = s[1:2:]\n\t_ = s[::3]\n\tdefer (recover())\n"
                  "\tvar y int = \"s\"\n\ta.b := 1\n\ts[0] := 2\n\t1 := y\n}\n",
                  "t.go:4:12: final index required in 3-index slice\n"
                  "t.go:5:9: middle index required in 3-index slice\n"
                  "t.go:6:8: expression in defer must not be parenthesized\n"
                  "t.go:7:14: cannot use \"s\" (untyped string constant) as int value in variable declaration\n"
                  "t.go:8:2: undefined: a\n"
                  "t.go:8:2: non-name a.b on left side of :=\n"
                  "t.go:9:2: non-name s[0] on left side of :=\n"
                  "t.go:10:2: non-name 1 on left side of :=\n");
}
