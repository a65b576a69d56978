// Package time provides Go's time functionality on csp's scheduler clock.
// Sleeping and timers park goroutines in the scheduler (stdlib/time.c); under
// --virtual-time the clock jumps to the next timer when every goroutine waits.
package time

import "errors"

// A Duration is the elapsed time between two instants, in nanoseconds.
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// Layouts, as in Go.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// String returns a string representing the duration in the form "72h3m0.5s".
func (d Duration) String() string {
	var arr [32]byte
	n := d.format(&arr)
	return string(arr[n:])
}

// format writes d right-aligned into buf and returns the index of its start
// (a port of Go's Duration.format).
func (d Duration) format(buf *[32]byte) int {
	w := len(buf)
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	if u < uint64(Second) {
		var prec int
		w--
		buf[w] = 's'
		w--
		switch {
		case u == 0:
			buf[w] = '0'
			return w
		case u < uint64(Microsecond):
			prec = 0
			buf[w] = 'n'
		case u < uint64(Millisecond):
			prec = 3
			w--
			copy(buf[w:], "µ")
		default:
			prec = 6
			buf[w] = 'm'
		}
		w, u = fmtFrac(buf[:w], u, prec)
		w = fmtInt(buf[:w], u)
	} else {
		w--
		buf[w] = 's'
		w, u = fmtFrac(buf[:w], u, 9)
		w = fmtInt(buf[:w], u%60)
		u /= 60
		if u > 0 {
			w--
			buf[w] = 'm'
			w = fmtInt(buf[:w], u%60)
			u /= 60
			if u > 0 {
				w--
				buf[w] = 'h'
				w = fmtInt(buf[:w], u)
			}
		}
	}
	if neg {
		w--
		buf[w] = '-'
	}
	return w
}

// fmtFrac formats the fraction of v/10**prec (e.g. ".12345") into the tail
// of buf, omitting trailing zeros and the point when the fraction is 0.
func fmtFrac(buf []byte, v uint64, prec int) (nw int, nv uint64) {
	w := len(buf)
	print := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		print = print || digit != 0
		if print {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if print {
		w--
		buf[w] = '.'
	}
	return w, v
}

// fmtInt formats v into the tail of buf and returns the start index.
func fmtInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
	} else {
		for v > 0 {
			w--
			buf[w] = byte(v%10) + '0'
			v /= 10
		}
	}
	return w
}

func (d Duration) Nanoseconds() int64  { return int64(d) }
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns d rounded toward zero to a multiple of m.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns d rounded to the nearest multiple of m (halfway away from zero).
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		return d - m + r
	}
	if r+r < m {
		return d - r
	}
	return d + m - r
}

// Abs returns the absolute value of d.
func (d Duration) Abs() Duration {
	if d >= 0 {
		return d
	}
	return -d
}

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoa(int(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoa(int(d)) + ")"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

// A Location maps time instants to the zone in use at that time.
type Location struct {
	name  string
	local bool
}

// UTC and Local are the two locations csp knows.
var (
	UTC   *Location = &utcLoc
	Local *Location = &localLoc
)

var utcLoc = Location{name: "UTC"}
var localLoc = Location{name: "Local", local: true}

// String returns the location's name.
func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// A Time is an instant with nanosecond precision: seconds since January 1,
// year 1, 00:00:00 UTC (so the zero Time is that instant, as in Go) plus
// nanoseconds, a monotonic clock reading (0 if none), and a location (nil: UTC).
type Time struct {
	sec  int64
	nsec int64
	mono int64
	loc  *Location
}

// unixToInternal is the number of seconds from year 1 to the Unix epoch.
const unixToInternal int64 = 62135596800

func now() (sec int64, nsec int64, mono int64)

// Now returns the current local time.
func Now() Time {
	s, ns, m := now()
	return Time{sec: s, nsec: ns, mono: m, loc: Local}
}

// unixTime makes a Time from Unix seconds and (possibly out of range) nanoseconds.
func unixTime(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: nsec, loc: Local}
}

// Unix returns the local Time corresponding to the given Unix time.
func Unix(sec int64, nsec int64) Time { return unixTime(sec, nsec) }

// UnixMilli returns the local Time corresponding to the given Unix time in milliseconds.
func UnixMilli(msec int64) Time { return unixTime(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time corresponding to the given Unix time in microseconds.
func UnixMicro(usec int64) Time { return unixTime(usec/1e6, (usec%1e6)*1e3) }

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec in loc.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	s, ns := fromDate(year, int(month), day, hour, min, sec, nsec, loc.local)
	return Time{sec: s, nsec: ns, loc: loc}
}

func fromDate(year, month, day, hour, min, sec, nsec int, local bool) (int64, int64)
func absDate(sec int64, local bool) (year, month, day, hour, min, second, yday, wday int)
func format(sec int64, nsec int64, local bool, layout string) string
func parse(layout, value string, local bool) (sec int64, nsec int64, errElem string, errValue string, msg string)

func (t Time) isLocal() bool { return t.loc != nil && t.loc.local }

// Sub returns the duration t-u, using the monotonic readings when both have
// one; the result saturates at the largest and smallest Durations.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	ds := t.sec - u.sec
	if ds > 9223372035 {
		return 1<<63 - 1
	}
	if ds < -9223372035 {
		return -1 << 63
	}
	return Duration(ds*1e9 + (t.nsec - u.nsec))
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.mono != 0 {
		t.mono += int64(d)
	}
	return t
}

// AddDate returns the time corresponding to adding the given years, months and days.
func (t Time) AddDate(years int, months int, days int) Time {
	y, m, d, hh, mm, ss, _, _ := absDate(t.sec, t.isLocal())
	s, ns := fromDate(y+years, m+months, d+days, hh, mm, ss, int(t.nsec), t.isLocal())
	return Time{sec: s, nsec: ns, loc: t.loc}
}

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}
func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}
func (t Time) Equal(u Time) bool { return t.sec == u.sec && t.nsec == u.nsec }
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}
func (t Time) IsZero() bool       { return t.sec == 0 && t.nsec == 0 }
func (t Time) Unix() int64        { return t.sec - unixToInternal }
func (t Time) UnixMilli() int64   { return (t.sec-unixToInternal)*1e3 + t.nsec/1e6 }
func (t Time) UnixMicro() int64   { return (t.sec-unixToInternal)*1e6 + t.nsec/1e3 }
func (t Time) UnixNano() int64    { return (t.sec-unixToInternal)*1e9 + t.nsec }
func (t Time) UTC() Time          { t.loc = UTC; return t }
func (t Time) Local() Time        { t.loc = Local; return t }
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.loc = loc
	return t
}
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}
// Round returns t rounded to the nearest multiple of d since the zero time.
func (t Time) Round(d Duration) Time {
	t.mono = 0
	r := t.mod(d)
	if r+r < d {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// Truncate returns t rounded down to a multiple of d since the zero time.
func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	return t.Add(-t.mod(d))
}

// mod returns the time elapsed since the zero time, modulo d (0 if d <= 0).
func (t Time) mod(d Duration) Duration {
	if d <= 0 {
		return 0
	}
	return Duration(modTime(t.sec, t.nsec, int64(d)))
}

func modTime(sec, nsec, d int64) int64

func (t Time) Date() (year int, month Month, day int) {
	y, m, d, _, _, _, _, _ := absDate(t.sec, t.isLocal())
	return y, Month(m), d
}
func (t Time) Clock() (hour, min, sec int) {
	_, _, _, hh, mm, ss, _, _ := absDate(t.sec, t.isLocal())
	return hh, mm, ss
}
func (t Time) Year() int { y, _, _ := t.Date(); return y }
func (t Time) Month() Month { _, m, _ := t.Date(); return m }
func (t Time) Day() int { _, _, d := t.Date(); return d }
func (t Time) Hour() int { h, _, _ := t.Clock(); return h }
func (t Time) Minute() int { _, m, _ := t.Clock(); return m }
func (t Time) Second() int { _, _, s := t.Clock(); return s }
func (t Time) Nanosecond() int { return int(t.nsec) }
func (t Time) YearDay() int {
	_, _, _, _, _, _, yd, _ := absDate(t.sec, t.isLocal())
	return yd
}
func (t Time) Weekday() Weekday {
	_, _, _, _, _, _, _, wd := absDate(t.sec, t.isLocal())
	return Weekday(wd)
}

// Format returns t formatted according to layout (Go's reference time
// "Mon Jan 2 15:04:05 MST 2006").
func (t Time) Format(layout string) string { return format(t.sec, t.nsec, t.isLocal(), layout) }

// String returns t formatted as "2006-01-02 15:04:05.999999999 -0700 MST",
// followed by the monotonic clock reading as " m=±<seconds>" when present.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		m := t.mono
		sign := "+"
		if m < 0 {
			sign = "-"
			m = -m
		}
		frac := itoa(int(m % 1e9))
		for len(frac) < 9 {
			frac = "0" + frac
		}
		s += " m=" + sign + itoa(int(m/1e9)) + "." + frac
	}
	return s
}

// A ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

func quote(s string) string { return "\"" + s + "\"" }

// Error returns Go's text for a ParseError.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " +
			quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

// Parse parses a formatted string and returns the time value it represents (UTC
// unless the value carries a zone offset).
func Parse(layout, value string) (Time, error) {
	s, ns, elem, velem, msg := parse(layout, value, false)
	if elem != "" || msg != "" {
		return Time{}, &ParseError{Layout: layout, Value: value, LayoutElem: elem, ValueElem: velem, Message: msg}
	}
	return Time{sec: s, nsec: ns}, nil
}

// ParseInLocation is like Parse but interprets a time without zone in loc.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	s, ns, elem, velem, msg := parse(layout, value, loc.local)
	if elem != "" || msg != "" {
		return Time{}, &ParseError{Layout: layout, Value: value, LayoutElem: elem, ValueElem: velem, Message: msg}
	}
	return Time{sec: s, nsec: ns, loc: loc}, nil
}

var errLeadingInt = errors.New("time: bad [0-9]*")

// ParseDuration parses a duration string such as "300ms", "-1.5h" or "2h45m".
func ParseDuration(s string) (Duration, error) {
	orig := s
	var d uint64
	neg := false
	if s != "" {
		c := s[0]
		if c == '-' || c == '+' {
			neg = c == '-'
			s = s[1:]
		}
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	for s != "" {
		var v, f uint64
		scale := 1.0
		var ok bool
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		pl := len(s)
		v, s, ok = leadingInt(s)
		if !ok {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		pre := pl != len(s)
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			pl := len(s)
			for s != "" && '0' <= s[0] && s[0] <= '9' {
				if f < 1e17 {
					f = f*10 + uint64(s[0]-'0')
					scale *= 10
				}
				s = s[1:]
			}
			post = pl != len(s)
		}
		if !pre && !post {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		i := 0
		for ; i < len(s); i++ {
			c := s[i]
			if c == '.' || '0' <= c && c <= '9' {
				break
			}
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		var unit uint64
		switch u {
		case "ns":
			unit = uint64(Nanosecond)
		case "us", "µs", "μs":
			unit = uint64(Microsecond)
		case "ms":
			unit = uint64(Millisecond)
		case "s":
			unit = uint64(Second)
		case "m":
			unit = uint64(Minute)
		case "h":
			unit = uint64(Hour)
		default:
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if v > 1<<63/unit {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		v *= unit
		if f > 0 {
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, errors.New("time: invalid duration " + quote(orig))
			}
		}
		d += v
		if d > 1<<63 {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	return Duration(d), nil
}

func leadingInt(s string) (x uint64, rem string, ok bool) {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if x > 1<<63/10 {
			return 0, rem, false
		}
		x = x*10 + uint64(c) - '0'
		if x > 1<<63 {
			return 0, rem, false
		}
	}
	return x, s[i:], true
}

// Sleep pauses the current goroutine for at least the duration d.
func Sleep(d Duration)

// timer is an opaque scheduler timer, owned by stdlib/time.c.
type timer struct{}

func startTimer(d, period int64, c chan Time, f func(), loc *Location) *timer
func stopTimer(t *timer) bool
func resetTimer(t *timer, d, period int64) bool

// The Timer type represents a single event. When it expires, the current
// time is sent on C, unless it was made by AfterFunc.
type Timer struct {
	C <-chan Time
	r *timer
}

// NewTimer creates a Timer that sends the current time on its channel after d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	return &Timer{C: c, r: startTimer(int64(d), 0, c, nil, Local)}
}

// Stop prevents the Timer from firing; it reports whether it was pending.
func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.r)
}

// Reset changes the timer to expire after duration d; it reports whether the
// timer had been active.
func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t.r, int64(d), 0)
}

// After waits for the duration to elapse and then sends the current time on
// the returned channel.
func After(d Duration) <-chan Time { return NewTimer(d).C }

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine.
func AfterFunc(d Duration, f func()) *Timer {
	return &Timer{r: startTimer(int64(d), 0, nil, f, Local)}
}

// A Ticker holds a channel that delivers ticks of a clock at intervals.
type Ticker struct {
	C <-chan Time
	r *timer
}

// NewTicker returns a new Ticker sending the time on its channel every d.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	return &Ticker{C: c, r: startTimer(int64(d), int64(d), c, nil, Local)}
}

// Stop turns off a ticker.
func (t *Ticker) Stop() { stopTimer(t.r) }

// Reset stops a ticker and resets its period to d.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	resetTimer(t.r, int64(d), int64(d))
}

// Tick is a convenience wrapper for NewTicker providing access to the ticking
// channel only; it returns nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
