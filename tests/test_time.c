/* Unit tests of package time's natives (stdlib/time.c): Go's layout engine,
 * calendar conversions, and timers on the virtual clock. Expected strings
 * come from Go 1.19 (time.Time.Format / time.Parse). */
#include <criterion/criterion.h>
#include <gc/gc.h>
#include <string.h>

#include "runtime/chan.h"
#include "runtime/native.h"
#include "runtime/sched.h"
#include "runtime/str.h"

extern const NativeFunc time_natives[];

/* Finds one of package time's natives by name. */
static NativeFn native(const char *name) {
    for (const NativeFunc *f = time_natives; f->name; f++)
        if (strcmp(f->name, name) == 0) return f->fn;
    cr_assert_fail("no native %s", name);
    return NULL;
}

/* Seconds from year 1 to the Unix epoch (time.go's unixToInternal). */
#define U2I 62135596800LL
/* 2009-11-10 23:04:05.123456789 UTC as Unix nanoseconds. */
static const int64_t T0 = 1257894245123456789LL;

/* Formats a UTC time given as Unix nanoseconds with a layout. */
static char *fmt_t0(int64_t wall, const char *layout) {
    Value args[4] = {{.i = wall / 1000000000 + U2I}, {.i = wall % 1000000000}, {.i = 0}, str_cstr(layout)};
    Value res[1];
    cr_assert_eq(native("format")(NULL, args, res), NATIVE_OK);
    return str_to_cstr(res[0]);
}

Test(time, format_matches_go_for_every_chunk) {
    GC_INIT();
    struct { const char *layout, *want; } cases[] = {
        {"2006-01-02T15:04:05Z07:00", "2009-11-10T23:04:05Z"},
        {"2006-01-02T15:04:05.999999999Z07:00", "2009-11-10T23:04:05.123456789Z"},
        {"3:04PM", "11:04PM"},
        {"Mon Jan _2 15:04:05 2006", "Tue Nov 10 23:04:05 2009"},
        {"Mon Jan _2 15:04:05 MST 2006", "Tue Nov 10 23:04:05 UTC 2009"},
        {"Mon, 02 Jan 2006 15:04:05 -0700", "Tue, 10 Nov 2009 23:04:05 +0000"},
        {"Jan _2 15:04:05.000", "Nov 10 23:04:05.123"},
        {"2006-01-02T15:04:05Z", "2009-11-10T23:04:05Z"},
        {"Jan _2 06 3:4:5 pm", "Nov 10 09 11:4:5 pm"},
        {"Monday January 2 002 __2 .000 ,999 -07 -07:00:00 Z0700",
         "Tuesday November 10 314 314 .123 ,123 +00 +00:00:00 Z"},
        {"15:04:05.99", "23:04:05.12"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        cr_assert_str_eq(fmt_t0(T0, cases[i].layout), cases[i].want, "layout %s", cases[i].layout);
    int64_t t2 = 1706933106LL * 1000000000;  /* 2024-02-03 04:05:06 UTC */
    cr_assert_str_eq(fmt_t0(t2, "2006-01-02 15:04:05.999999999 -0700 MST"), "2024-02-03 04:05:06 +0000 UTC");
    cr_assert_str_eq(fmt_t0(t2, ".000 .999 PM"), ".000  AM");
}

/* Parses a value with a layout; returns Unix nanoseconds, or sets *elem or *msg. */
static int64_t parse(const char *layout, const char *value, char **elem, char **msg) {
    Value args[3] = {str_cstr(layout), str_cstr(value), {.i = 0}}, res[5];
    cr_assert_eq(native("parse")(NULL, args, res), NATIVE_OK);
    *elem = str_to_cstr(res[2]);
    *msg = str_to_cstr(res[4]);
    return (res[0].i - U2I) * 1000000000 + res[1].i;
}

Test(time, parse_matches_go) {
    GC_INIT();
    const char *rfc = "2006-01-02T15:04:05Z07:00";
    char *elem, *msg;
    cr_assert_eq(parse(rfc, "2009-11-10T23:04:05Z", &elem, &msg), 1257894245000000000LL);
    cr_assert_str_eq(elem, "");
    cr_assert_eq(parse(rfc, "2009-11-10T23:04:05+02:00", &elem, &msg), 1257887045000000000LL);
    cr_assert_eq(parse(rfc, "2009-11-10T23:04:05.5Z", &elem, &msg), 1257894245500000000LL);
    parse(rfc, "2009-13-10T23:04:05Z", &elem, &msg);
    cr_assert_str_eq(msg, ": month out of range");
    parse(rfc, "2009-11-10T23:04:05Zjunk", &elem, &msg);
    cr_assert_str_eq(msg, ": extra text: \"junk\"");
    parse(rfc, "bad", &elem, &msg);
    cr_assert_str_eq(elem, "2006");
    cr_assert_eq(parse("Jan 2 2006 3:04PM", "Feb 3 2024 4:05PM", &elem, &msg), 1706976300LL * 1000000000);
}

Test(time, calendar_round_trip_normalises_like_go) {
    GC_INIT();
    Value args[8] = {{.i = 2009}, {.i = 14}, {.i = 31}, {.i = 25}, {.i = 0}, {.i = 0}, {.i = 0}, {.i = 0}};
    Value res[8];
    /* Month 14 of 2009 is February 2010; day 31 of it is March 3; hour 25 is 1:00 the next day. */
    native("fromDate")(NULL, args, res);
    cr_assert_eq(res[1].i, 0);
    Value a2[2] = {res[0], {.i = 0}};
    native("absDate")(NULL, a2, res);
    cr_assert_eq(res[0].i, 2010);
    cr_assert_eq(res[1].i, 3);
    cr_assert_eq(res[2].i, 4);
    cr_assert_eq(res[3].i, 1);
    cr_assert_eq(res[7].i, 4); /* Thursday */
}

/* Readies the goroutine in the timer's argument. */
static void wake_g(Timer *t) { sched_ready(t->arg); }

Test(time, ticker_sends_on_its_channel_each_period_dropping_missed_ticks) {
    GC_INIT();
    sched_init(1, true);
    sched_spawn(NULL);
    G *g = sched_next(NULL);
    static Type chan_time = {.kind = KIND_CHAN};
    Chan *c = chan_make(&chan_time, 1);
    Value args[5] = {{.i = 1000}, {.i = 1000}, {.p = c}, {.p = NULL}, {.p = NULL}}, res[1];
    native("startTimer")(NULL, args, res);
    Value v;
    bool ok;
    sched_park(g, WAIT_SLEEP, NULL);
    /* A second timer readies g at 3500ns, so the scheduler runs the clock
     * past three ticks. */
    Timer *wake = GC_MALLOC(sizeof(Timer));
    wake->when = 3500;
    wake->fn = wake_g;
    wake->arg = g;
    timer_start(wake);
    cr_assert_eq(sched_next(NULL), g);
    cr_assert_eq(sched_now(), 3500);
    /* Ticks at 1000, 2000 and 3000: the buffer of one kept the first. */
    cr_assert_eq(chan_recv(c, g, &v, &ok), CHAN_OK);
    cr_assert_eq(((Value *)v.p)[2].i, 1000);
    cr_assert_eq(chan_len(c), 0);
    Value stop[1] = {res[0]}, was[1];
    native("stopTimer")(NULL, stop, was);
    cr_assert(was[0].i);
}
