/*
 * The natives of package time (stdlib/time.go): the clock, sleeping, timers
 * and Go's reference-layout formatting and parsing.
 *
 * Invariants:
 * - A Time's storage is four Values, as time.go declares: sec (seconds since
 *   January 1, year 1, UTC, so the zero Time is Go's), nsec, mono (the
 *   scheduler clock, 0 for none) and loc. Natives take and return sec and
 *   nsec; internally they work in Unix seconds.
 * - Timers fire from the scheduler (runtime/sched.c), never from a
 *   goroutine: a channel timer sends without blocking into its buffer of one
 *   (dropping the tick if it is full, as Go does); an AfterFunc timer starts
 *   a goroutine.
 * - Layout chunks are recognised exactly as Go's nextStdChunk does, so a
 *   layout means the same thing here as in Go.
 */
#include <gc/gc.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "runtime/chan.h"
#include "runtime/native.h"
#include "runtime/sched.h"
#include "runtime/str.h"

/* A timer of package time: the scheduler timer plus what it does. */
typedef struct TimeTimer {
    /* The scheduler's timer; its arg points back here. */
    Timer t;
    /* The channel to send the time on, or NULL for AfterFunc. */
    Chan *c;
    /* For AfterFunc: the function to start in a goroutine. */
    Value f;
    /* The *Location of the times sent (time.Local). */
    Value loc;
} TimeTimer;

/* Seconds from January 1, year 1 to the Unix epoch. */
#define UNIX_TO_INTERNAL 62135596800LL

/* The wall clock at scheduler time `mono`, as Unix nanoseconds. */
static int64_t wall_at(int64_t mono) { return sched_wall() - (sched_now() - mono); }

/* Floor division and modulus for possibly negative counts. */
static int64_t floor_div(int64_t a, int64_t b) { return a / b - (a % b < 0); }
static int64_t floor_mod(int64_t a, int64_t b) { return a - floor_div(a, b) * b; }

/* func now() (sec int64, nsec int64, mono int64) */
static int time_now(NativeCtx *ctx, Value *args, Value *results) {
    int64_t mono = sched_now(), wall = sched_wall();
    results[0].i = floor_div(wall, 1000000000) + UNIX_TO_INTERNAL;
    results[1].i = floor_mod(wall, 1000000000);
    /* Go's monotonic readings are never 0 for a real reading. */
    results[2].i = mono ? mono : 1;
    return NATIVE_OK;
}

/* func modTime(sec, nsec, d int64) int64: (sec*1e9 + nsec) mod d, d > 0. */
static int time_mod(NativeCtx *ctx, Value *args, Value *results) {
    __int128 t = (__int128)args[0].i * 1000000000 + args[1].i;
    __int128 r = t % args[2].i;
    if (r < 0) r += args[2].i;
    results[0].i = (int64_t)r;
    return NATIVE_OK;
}

/* Readies the goroutine a Sleep parked. */
static void wake_sleeper(Timer *t) { sched_ready(t->arg); }

/* Stops the timer of a Sleep given up (sched_cancel). */
static void cancel_sleep(G *g) { timer_stop(g->wait_obj); }

/* func Sleep(d Duration) */
static int time_sleep(NativeCtx *ctx, Value *args, Value *results) {
    if (args[0].i <= 0) return NATIVE_OK;
    G *g = native_g(ctx);
    Timer *t = GC_MALLOC(sizeof(Timer));
    t->when = sched_now() + args[0].i;
    t->fn = wake_sleeper;
    t->arg = g;
    timer_start(t);
    sched_on_cancel(WAIT_SLEEP, cancel_sleep);
    sched_park(g, WAIT_SLEEP, t);
    return NATIVE_BLOCK;
}

/* Fires a time.Timer, time.Ticker or AfterFunc timer. */
static void fire(Timer *t) {
    TimeTimer *tt = t->arg;
    if (!tt->c) {
        native_go(NULL, tt->f);
        return;
    }
    int64_t wall = wall_at(t->when);
    Value *tm = GC_MALLOC(4 * sizeof(Value));
    tm[0].i = floor_div(wall, 1000000000) + UNIX_TO_INTERNAL;
    tm[1].i = floor_mod(wall, 1000000000);
    tm[2].i = t->when ? t->when : 1;
    tm[3] = tt->loc;
    bool closed;
    chan_try_send(tt->c, (Value){.p = tm}, &closed);
}

/* func startTimer(d, period int64, c chan Time, f func(), loc *Location) *timer */
static int time_start_timer(NativeCtx *ctx, Value *args, Value *results) {
    TimeTimer *tt = GC_MALLOC(sizeof(TimeTimer));
    tt->t.when = sched_now() + (args[0].i > 0 ? args[0].i : 0);
    tt->t.period = args[1].i;
    tt->t.fn = fire;
    tt->t.arg = tt;
    tt->c = args[2].p;
    tt->f = args[3];
    tt->loc = args[4];
    timer_start(&tt->t);
    results[0].p = tt;
    return NATIVE_OK;
}

/* func stopTimer(t *timer) bool */
static int time_stop_timer(NativeCtx *ctx, Value *args, Value *results) {
    TimeTimer *tt = args[0].p;
    results[0].i = tt ? timer_stop(&tt->t) : 0;
    return NATIVE_OK;
}

/* func resetTimer(t *timer, d, period int64) bool */
static int time_reset_timer(NativeCtx *ctx, Value *args, Value *results) {
    TimeTimer *tt = args[0].p;
    results[0].i = timer_stop(&tt->t);
    tt->t.when = sched_now() + (args[1].i > 0 ? args[1].i : 0);
    tt->t.period = args[2].i;
    timer_start(&tt->t);
    return NATIVE_OK;
}

/* Breaks a time (seconds since year 1) into calendar fields in UTC or the
 * local zone. */
static void breakdown(int64_t isec, bool local, struct tm *tm) {
    time_t sec = (time_t)(isec - UNIX_TO_INTERNAL);
    if (local)
        localtime_r(&sec, tm);
    else
        gmtime_r(&sec, tm);
    if (!local) {
        tm->tm_gmtoff = 0;
        tm->tm_zone = "UTC";
    }
}

/* func absDate(sec int64, local bool) (year, month, day, hour, min, sec, yday, wday int) */
static int time_abs_date(NativeCtx *ctx, Value *args, Value *results) {
    struct tm tm;
    breakdown(args[0].i, args[1].i, &tm);
    results[0].i = tm.tm_year + 1900LL;
    results[1].i = tm.tm_mon + 1;
    results[2].i = tm.tm_mday;
    results[3].i = tm.tm_hour;
    results[4].i = tm.tm_min;
    results[5].i = tm.tm_sec;
    results[6].i = tm.tm_yday + 1;
    results[7].i = tm.tm_wday;
    return NATIVE_OK;
}

/* The time (seconds since year 1, and nanoseconds) of a calendar date
 * (fields may be out of range: they normalise, as Go's Date does), in UTC or
 * the local zone. */
static int64_t secs_of(int64_t year, int64_t month, int64_t day, int64_t hour, int64_t min,
                       int64_t sec, int64_t nsec, bool local, int64_t *nsec_out) {
    struct tm tm = {0};
    /* Normalise months first so that tm_year stays in range. */
    year += floor_div(month - 1, 12);
    month = floor_mod(month - 1, 12) + 1;
    sec += floor_div(nsec, 1000000000);
    nsec = floor_mod(nsec, 1000000000);
    tm.tm_year = (int)(year - 1900);
    tm.tm_mon = (int)(month - 1);
    tm.tm_mday = (int)day;
    tm.tm_hour = (int)hour;
    tm.tm_min = (int)min;
    tm.tm_sec = (int)sec;
    tm.tm_isdst = -1;
    time_t t = local ? mktime(&tm) : timegm(&tm);
    *nsec_out = nsec;
    return (int64_t)t + UNIX_TO_INTERNAL;
}

/* func fromDate(year, month, day, hour, min, sec, nsec int, local bool) (int64, int64) */
static int time_from_date(NativeCtx *ctx, Value *args, Value *results) {
    results[0].i = secs_of(args[0].i, args[1].i, args[2].i, args[3].i, args[4].i, args[5].i,
                           args[6].i, args[7].i, &results[1].i);
    return NATIVE_OK;
}

/* The layout chunks of Go's reference time. */
typedef enum Std {
    STD_NONE,
    STD_LONG_MONTH, STD_MONTH, STD_NUM_MONTH, STD_ZERO_MONTH,
    STD_LONG_WEEKDAY, STD_WEEKDAY,
    STD_DAY, STD_UNDER_DAY, STD_ZERO_DAY, STD_UNDER_YEARDAY, STD_ZERO_YEARDAY,
    STD_HOUR, STD_HOUR12, STD_ZERO_HOUR12,
    STD_MINUTE, STD_ZERO_MINUTE, STD_SECOND, STD_ZERO_SECOND,
    STD_LONG_YEAR, STD_YEAR, STD_PM, STD_pm, STD_TZ,
    STD_ISO8601_TZ, STD_ISO8601_SECONDS_TZ, STD_ISO8601_SHORT_TZ, STD_ISO8601_COLON_TZ,
    STD_ISO8601_COLON_SECONDS_TZ,
    STD_NUM_TZ, STD_NUM_SECONDS_TZ, STD_NUM_SHORT_TZ, STD_NUM_COLON_TZ,
    STD_NUM_COLON_SECONDS_TZ,
    STD_FRAC_ZERO, STD_FRAC_NINE,
} Std;

/* A chunk found in a layout: its kind, where it starts, its length, and for
 * fractional seconds the number of digits. */
typedef struct Chunk {
    Std std;
    size_t at, len;
    int digits;
} Chunk;

/* Whether s[i..] starts with the literal lit. */
static bool has(const char *s, size_t n, size_t i, const char *lit) {
    size_t m = strlen(lit);
    return i + m <= n && memcmp(s + i, lit, m) == 0;
}

/* Whether s[i] is a lower-case letter (Go's startsWithLowerCase). */
static bool lower_at(const char *s, size_t n, size_t i) {
    return i < n && s[i] >= 'a' && s[i] <= 'z';
}

/* Finds the first layout chunk at or after `from` (Go's nextStdChunk). */
static Chunk next_chunk(const char *l, size_t n, size_t from) {
    static const struct { const char *lit; Std std; } tz[] = {
        {"Z070000", STD_ISO8601_SECONDS_TZ}, {"Z07:00:00", STD_ISO8601_COLON_SECONDS_TZ},
        {"Z0700", STD_ISO8601_TZ}, {"Z07:00", STD_ISO8601_COLON_TZ}, {"Z07", STD_ISO8601_SHORT_TZ},
        {"-070000", STD_NUM_SECONDS_TZ}, {"-07:00:00", STD_NUM_COLON_SECONDS_TZ},
        {"-0700", STD_NUM_TZ}, {"-07:00", STD_NUM_COLON_TZ}, {"-07", STD_NUM_SHORT_TZ},
    };
    for (size_t i = from; i < n; i++) {
        Chunk c = {STD_NONE, i, 0, 0};
#define FOUND(lit, s) do { c.std = (s); c.len = strlen(lit); return c; } while (0)
        switch (l[i]) {
        case 'J':
            if (has(l, n, i, "Jan")) {
                if (has(l, n, i, "January")) FOUND("January", STD_LONG_MONTH);
                if (!lower_at(l, n, i + 3)) FOUND("Jan", STD_MONTH);
            }
            break;
        case 'M':
            if (has(l, n, i, "Mon")) {
                if (has(l, n, i, "Monday")) FOUND("Monday", STD_LONG_WEEKDAY);
                if (!lower_at(l, n, i + 3)) FOUND("Mon", STD_WEEKDAY);
            }
            if (has(l, n, i, "MST")) FOUND("MST", STD_TZ);
            break;
        case '0':
            if (i + 1 < n && l[i + 1] >= '1' && l[i + 1] <= '6') {
                static const Std z[] = {STD_ZERO_MONTH, STD_ZERO_DAY, STD_ZERO_HOUR12,
                                        STD_ZERO_MINUTE, STD_ZERO_SECOND, STD_YEAR};
                c.std = z[l[i + 1] - '1'];
                c.len = 2;
                return c;
            }
            if (has(l, n, i, "002")) FOUND("002", STD_ZERO_YEARDAY);
            break;
        case '1':
            if (has(l, n, i, "15")) FOUND("15", STD_HOUR);
            FOUND("1", STD_NUM_MONTH);
        case '2':
            if (has(l, n, i, "2006")) FOUND("2006", STD_LONG_YEAR);
            FOUND("2", STD_DAY);
        case '_':
            if (has(l, n, i, "_2")) {
                /* "_2006" is "_" followed by the year. */
                if (has(l, n, i, "_2006")) {
                    c.at = i + 1;
                    FOUND("2006", STD_LONG_YEAR);
                }
                FOUND("_2", STD_UNDER_DAY);
            }
            if (has(l, n, i, "__2")) FOUND("__2", STD_UNDER_YEARDAY);
            break;
        case '3': FOUND("3", STD_HOUR12);
        case '4': FOUND("4", STD_MINUTE);
        case '5': FOUND("5", STD_SECOND);
        case 'P':
            if (has(l, n, i, "PM")) FOUND("PM", STD_PM);
            break;
        case 'p':
            if (has(l, n, i, "pm")) FOUND("pm", STD_pm);
            break;
        case '-':
        case 'Z':
            for (size_t k = 0; k < sizeof tz / sizeof tz[0]; k++)
                if (tz[k].lit[0] == l[i] && has(l, n, i, tz[k].lit)) FOUND(tz[k].lit, tz[k].std);
            break;
        case '.':
        case ',':
            if (i + 1 < n && (l[i + 1] == '0' || l[i + 1] == '9')) {
                char ch = l[i + 1];
                size_t j = i + 1;
                while (j < n && l[j] == ch) j++;
                if (!(j < n && l[j] >= '0' && l[j] <= '9')) {
                    c.std = ch == '0' ? STD_FRAC_ZERO : STD_FRAC_NINE;
                    c.len = j - i;
                    c.digits = (int)(j - i - 1);
                    return c;
                }
            }
            break;
        }
#undef FOUND
    }
    return (Chunk){STD_NONE, n, 0, 0};
}

static const char *const long_months[] = {"January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"};
static const char *const long_days[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday"};

/* Appends v in decimal, zero-padded to at least `width` digits. */
static void put_int(StrBuf *b, int64_t v, int width) {
    char tmp[32];
    int n = snprintf(tmp, sizeof tmp, "%0*lld", width + (v < 0), (long long)v);
    str_buf_write(b, tmp, (int64_t)n);
}

/* Appends a zone offset (seconds east of UTC) in one of the numeric forms. */
static void put_zone(StrBuf *b, long off, Std std) {
    bool iso = std >= STD_ISO8601_TZ && std <= STD_ISO8601_COLON_SECONDS_TZ;
    if (iso && off == 0) {
        str_buf_write(b, "Z", 1);
        return;
    }
    bool colon = std == STD_ISO8601_COLON_TZ || std == STD_ISO8601_COLON_SECONDS_TZ ||
                 std == STD_NUM_COLON_TZ || std == STD_NUM_COLON_SECONDS_TZ;
    bool seconds = std == STD_ISO8601_SECONDS_TZ || std == STD_ISO8601_COLON_SECONDS_TZ ||
                   std == STD_NUM_SECONDS_TZ || std == STD_NUM_COLON_SECONDS_TZ;
    bool short_ = std == STD_ISO8601_SHORT_TZ || std == STD_NUM_SHORT_TZ;
    long z = off / 60;
    str_buf_write(b, z < 0 ? "-" : "+", 1);
    if (z < 0) z = -z;
    put_int(b, z / 60, 2);
    if (!short_) {
        if (colon) str_buf_write(b, ":", 1);
        put_int(b, z % 60, 2);
    }
    if (seconds) {
        long s = off < 0 ? -off : off;
        if (colon) str_buf_write(b, ":", 1);
        put_int(b, s % 60, 2);
    }
}

/* func format(sec int64, nsec int64, local bool, layout string) string */
static int time_format(NativeCtx *ctx, Value *args, Value *results) {
    const char *l = str_ptr(args[3]);
    size_t n = (size_t)str_len(args[3]);
    struct tm tm;
    breakdown(args[0].i, args[2].i, &tm);
    int64_t nsec = args[1].i;
    int64_t year = tm.tm_year + 1900LL;
    StrBuf b = {0};
    size_t i = 0;
    while (i < n) {
        Chunk c = next_chunk(l, n, i);
        str_buf_write(&b, l + i, c.at - i);
        if (c.std == STD_NONE) break;
        i = c.at + c.len;
        switch (c.std) {
        case STD_LONG_MONTH: str_buf_write(&b, long_months[tm.tm_mon], strlen(long_months[tm.tm_mon])); break;
        case STD_MONTH: str_buf_write(&b, long_months[tm.tm_mon], 3); break;
        case STD_NUM_MONTH: put_int(&b, tm.tm_mon + 1, 0); break;
        case STD_ZERO_MONTH: put_int(&b, tm.tm_mon + 1, 2); break;
        case STD_LONG_WEEKDAY: str_buf_write(&b, long_days[tm.tm_wday], strlen(long_days[tm.tm_wday])); break;
        case STD_WEEKDAY: str_buf_write(&b, long_days[tm.tm_wday], 3); break;
        case STD_DAY: put_int(&b, tm.tm_mday, 0); break;
        case STD_UNDER_DAY:
            if (tm.tm_mday < 10) str_buf_write(&b, " ", 1);
            put_int(&b, tm.tm_mday, 0);
            break;
        case STD_ZERO_DAY: put_int(&b, tm.tm_mday, 2); break;
        case STD_UNDER_YEARDAY:
            if (tm.tm_yday + 1 < 100) str_buf_write(&b, tm.tm_yday + 1 < 10 ? "  " : " ", tm.tm_yday + 1 < 10 ? 2 : 1);
            put_int(&b, tm.tm_yday + 1, 0);
            break;
        case STD_ZERO_YEARDAY: put_int(&b, tm.tm_yday + 1, 3); break;
        case STD_HOUR: put_int(&b, tm.tm_hour, 2); break;
        case STD_HOUR12: put_int(&b, tm.tm_hour % 12 ? tm.tm_hour % 12 : 12, 0); break;
        case STD_ZERO_HOUR12: put_int(&b, tm.tm_hour % 12 ? tm.tm_hour % 12 : 12, 2); break;
        case STD_MINUTE: put_int(&b, tm.tm_min, 0); break;
        case STD_ZERO_MINUTE: put_int(&b, tm.tm_min, 2); break;
        case STD_SECOND: put_int(&b, tm.tm_sec, 0); break;
        case STD_ZERO_SECOND: put_int(&b, tm.tm_sec, 2); break;
        case STD_LONG_YEAR: put_int(&b, year, 4); break;
        case STD_YEAR: put_int(&b, floor_mod(year, 100), 2); break;
        case STD_PM: str_buf_write(&b, tm.tm_hour >= 12 ? "PM" : "AM", 2); break;
        case STD_pm: str_buf_write(&b, tm.tm_hour >= 12 ? "pm" : "am", 2); break;
        case STD_TZ:
            if (tm.tm_zone && tm.tm_zone[0]) {
                str_buf_write(&b, tm.tm_zone, strlen(tm.tm_zone));
            } else {
                put_zone(&b, tm.tm_gmtoff, STD_NUM_SHORT_TZ);
            }
            break;
        case STD_FRAC_ZERO:
        case STD_FRAC_NINE: {
            char digits[10];
            snprintf(digits, sizeof digits, "%09lld", (long long)nsec);
            int nd = c.digits > 9 ? 9 : c.digits;
            if (c.std == STD_FRAC_NINE)
                while (nd > 0 && digits[nd - 1] == '0') nd--;
            if (nd > 0 || c.std == STD_FRAC_ZERO) {
                str_buf_write(&b, l + c.at, 1);
                str_buf_write(&b, digits, (size_t)nd);
            }
            break;
        }
        default: put_zone(&b, tm.tm_gmtoff, c.std); break;
        }
    }
    results[0] = str_new(b.p, b.len);
    return NATIVE_OK;
}

/* Parses up to `max` (at least `min`) decimal digits at v[*i]; -1 if none fit. */
static int64_t get_num(const char *v, size_t n, size_t *i, int min, int max) {
    int64_t x = 0;
    int k = 0;
    while (k < max && *i < n && v[*i] >= '0' && v[*i] <= '9') {
        x = x * 10 + (v[*i] - '0');
        (*i)++;
        k++;
    }
    return k < min ? -1 : x;
}

/* Matches one of the names (or their 3-letter prefix) case-insensitively;
 * returns the index or -1. */
static int get_name(const char *v, size_t n, size_t *i, const char *const *names, int count, bool full) {
    for (int k = 0; k < count; k++) {
        size_t m = full ? strlen(names[k]) : 3;
        if (*i + m <= n && strncasecmp(v + *i, names[k], m) == 0) {
            *i += m;
            return k;
        }
    }
    return -1;
}

/* func parse(layout, value string, local bool) (sec, nsec int64, errElem, errValue, msg string) */
static int time_parse(NativeCtx *ctx, Value *args, Value *results) {
    const char *l = str_ptr(args[0]), *v = str_ptr(args[1]);
    size_t ln = (size_t)str_len(args[0]), vn = (size_t)str_len(args[1]);
    int64_t year = 1, month = 1, day = 1, hour = 0, min = 0, sec = 0, nsec = 0, yday = -1;
    bool pm = false, pm_set = false, have_zone = false;
    long zone = 0;
    size_t i = 0, vi = 0;
    results[2].p = results[3].p = results[4].p = NULL;
    while (i < ln) {
        Chunk c = next_chunk(l, ln, i);
        size_t lit = c.at - i;
        if (vi + lit > vn || memcmp(l + i, v + vi, lit) != 0) {
            results[2] = str_new(l + i, (int64_t)(c.std == STD_NONE ? ln - i : c.at + c.len - i));
            results[3] = str_new(v + vi, (int64_t)(vn - vi));
            return NATIVE_OK;
        }
        vi += lit;
        if (c.std == STD_NONE) break;
        i = c.at + c.len;
        size_t start = vi;
        int64_t x = 0;
        switch (c.std) {
        case STD_LONG_YEAR: x = get_num(v, vn, &vi, 4, 4); year = x; break;
        case STD_YEAR:
            x = get_num(v, vn, &vi, 2, 2);
            year = x >= 69 ? x + 1900 : x + 2000;
            break;
        case STD_LONG_MONTH: x = get_name(v, vn, &vi, long_months, 12, true); month = x + 1; break;
        case STD_MONTH: x = get_name(v, vn, &vi, long_months, 12, false); month = x + 1; break;
        case STD_NUM_MONTH: case STD_ZERO_MONTH:
            x = get_num(v, vn, &vi, c.std == STD_ZERO_MONTH ? 2 : 1, 2);
            month = x;
            if (x >= 0 && (x < 1 || x > 12)) {
                results[4] = str_cstr(": month out of range");
                return NATIVE_OK;
            }
            break;
        case STD_LONG_WEEKDAY: x = get_name(v, vn, &vi, long_days, 7, true); break;
        case STD_WEEKDAY: x = get_name(v, vn, &vi, long_days, 7, false); break;
        case STD_DAY: case STD_UNDER_DAY: case STD_ZERO_DAY:
            if (c.std == STD_UNDER_DAY && vi < vn && v[vi] == ' ') vi++;
            x = get_num(v, vn, &vi, c.std == STD_ZERO_DAY ? 2 : 1, 2);
            day = x;
            break;
        case STD_UNDER_YEARDAY: case STD_ZERO_YEARDAY:
            while (c.std == STD_UNDER_YEARDAY && vi < vn && v[vi] == ' ') vi++;
            x = get_num(v, vn, &vi, c.std == STD_ZERO_YEARDAY ? 3 : 1, 3);
            yday = x;
            break;
        case STD_HOUR: x = get_num(v, vn, &vi, 2, 2); hour = x; break;
        case STD_HOUR12: case STD_ZERO_HOUR12:
            x = get_num(v, vn, &vi, c.std == STD_ZERO_HOUR12 ? 2 : 1, 2);
            hour = x;
            break;
        case STD_MINUTE: case STD_ZERO_MINUTE:
            x = get_num(v, vn, &vi, c.std == STD_ZERO_MINUTE ? 2 : 1, 2);
            min = x;
            break;
        case STD_SECOND: case STD_ZERO_SECOND:
            x = get_num(v, vn, &vi, c.std == STD_ZERO_SECOND ? 2 : 1, 2);
            sec = x;
            /* A fraction the layout does not mention is accepted, as in Go. */
            Std later = next_chunk(l, ln, i).std;
            if (x >= 0 && vi + 1 < vn && (v[vi] == '.' || v[vi] == ',') && v[vi + 1] >= '0' &&
                v[vi + 1] <= '9' && later != STD_FRAC_ZERO && later != STD_FRAC_NINE) {
                vi++;
                int64_t scale = 100000000;
                while (vi < vn && v[vi] >= '0' && v[vi] <= '9') {
                    nsec += (v[vi++] - '0') * scale;
                    scale /= 10;
                }
            }
            break;
        case STD_PM: case STD_pm:
            if (vi + 2 <= vn && (strncasecmp(v + vi, "PM", 2) == 0 || strncasecmp(v + vi, "AM", 2) == 0)) {
                pm = (v[vi] == 'P' || v[vi] == 'p');
                pm_set = true;
                vi += 2;
            } else {
                x = -1;
            }
            break;
        case STD_TZ:
            if (vi + 3 <= vn && (memcmp(v + vi, "UTC", 3) == 0 || memcmp(v + vi, "GMT", 3) == 0)) {
                vi += 3;
                have_zone = true;
            } else {
                size_t k = vi;
                while (k < vn && v[k] >= 'A' && v[k] <= 'Z') k++;
                if (k - vi < 3) x = -1;
                vi = k;
            }
            break;
        case STD_FRAC_ZERO: case STD_FRAC_NINE: {
            if (vi < vn && (v[vi] == '.' || v[vi] == ',')) {
                vi++;
                int64_t scale = 100000000;
                size_t d0 = vi;
                while (vi < vn && v[vi] >= '0' && v[vi] <= '9') {
                    nsec += (v[vi++] - '0') * scale;
                    scale /= 10;
                }
                if (vi == d0 || (c.std == STD_FRAC_ZERO && (int)(vi - d0) != c.digits)) x = -1;
            } else if (c.std == STD_FRAC_ZERO) {
                x = -1;
            }
            break;
        }
        default: {
            /* Numeric zones, and "Z" for the ISO 8601 forms. */
            if (c.std >= STD_ISO8601_TZ && c.std <= STD_ISO8601_COLON_SECONDS_TZ && vi < vn && v[vi] == 'Z') {
                vi++;
                have_zone = true;
                zone = 0;
                break;
            }
            if (vi >= vn || (v[vi] != '+' && v[vi] != '-')) {
                x = -1;
                break;
            }
            int sign = v[vi++] == '-' ? -1 : 1;
            bool colon = c.std == STD_ISO8601_COLON_TZ || c.std == STD_ISO8601_COLON_SECONDS_TZ ||
                         c.std == STD_NUM_COLON_TZ || c.std == STD_NUM_COLON_SECONDS_TZ;
            bool short_ = c.std == STD_ISO8601_SHORT_TZ || c.std == STD_NUM_SHORT_TZ;
            int64_t hh = get_num(v, vn, &vi, 2, 2), mm = 0, ss = 0;
            if (!short_) {
                if (colon && vi < vn && v[vi] == ':') vi++;
                mm = get_num(v, vn, &vi, 2, 2);
            }
            if (hh < 0 || mm < 0) x = -1;
            zone = sign * (long)(hh * 3600 + mm * 60 + ss);
            have_zone = true;
            break;
        }
        }
        if (x < 0) {
            results[2] = str_new(l + c.at, (int64_t)c.len);
            results[3] = str_new(v + start, (int64_t)(vn - start));
            return NATIVE_OK;
        }
    }
    if (vi < vn) {
        char *msg = GC_MALLOC_ATOMIC(vn - vi + 32);
        snprintf(msg, vn - vi + 32, ": extra text: \"%.*s\"", (int)(vn - vi), v + vi);
        results[4] = str_cstr(msg);
        return NATIVE_OK;
    }
    if (pm_set && pm && hour < 12) hour += 12;
    if (pm_set && !pm && hour == 12) hour = 0;
    if (yday >= 0) {
        month = 1;
        day = yday;
    }
    if (hour > 23 || min > 59 || sec > 59) {
        results[4] = str_cstr(hour > 23 ? ": hour out of range" : min > 59 ? ": minute out of range" : ": second out of range");
        return NATIVE_OK;
    }
    /* The day must exist in its month (February 29 only in leap years). */
    static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    int dim = month >= 1 && month <= 12 ? mdays[month - 1] + (month == 2 && leap) : 31;
    if (day < 1 || day > dim) {
        results[4] = str_cstr(": day out of range");
        return NATIVE_OK;
    }
    if (have_zone)
        results[0].i = secs_of(year, month, day, hour, min, sec, nsec, false, &results[1].i) - zone;
    else
        results[0].i = secs_of(year, month, day, hour, min, sec, nsec, args[2].i, &results[1].i);
    return NATIVE_OK;
}

/* The natives of package time. */
const NativeFunc time_natives[] = {
    {"now", time_now},
    {"modTime", time_mod},
    {"Sleep", time_sleep},
    {"startTimer", time_start_timer},
    {"stopTimer", time_stop_timer},
    {"resetTimer", time_reset_timer},
    {"absDate", time_abs_date},
    {"fromDate", time_from_date},
    {"format", time_format},
    {"parse", time_parse},
    {NULL, NULL},
};
