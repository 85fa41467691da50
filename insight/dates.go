package insight

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a day a report names: a weekday ("on Thursday"), a calendar date
// ("October 27", "27 October 2023", "2023-10-26") or both.
type Date struct {
	// Year, Month and Day are zero when the text does not give them. Year
	// is taken from the report's own date when the text leaves it out.
	Year, Month, Day int
	// Weekday is 0 (Sunday) to 6, or -1 when the text names none.
	Weekday int
	// Stamp is true for a date heading a paragraph, as a dateline or a
	// publication stamp does ("November 14, 2011|12: 35 pm The
	// government…"): the day a report was written, not of what it tells.
	Stamp bool
}

// Key returns the date's comparison form: 2023-10-27, --10-27 without a
// year, or the weekday's name.
func (d Date) Key() string {
	switch {
	case d.Month > 0 && d.Day > 0 && d.Year > 0:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	case d.Month > 0 && d.Day > 0:
		return fmt.Sprintf("--%02d-%02d", d.Month, d.Day)
	case d.Month > 0 && d.Year > 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case d.Weekday >= 0:
		return strings.ToLower(time.Weekday(d.Weekday).String())
	}
	return ""
}

// calendar returns the date as a time when year, month and day are known.
func (d Date) calendar() (time.Time, bool) {
	if d.Year == 0 || d.Month == 0 || d.Day == 0 {
		return time.Time{}, false
	}
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC), true
}

// dateMention is one date found in a text.
type dateMention struct {
	Date
	first, last int
}

// findDates returns the dates t names. Month names count only when
// capitalised and next to a day or year (so "may" and "march" as verbs do
// not); the year comes from the report's date when the text leaves it out.
func (t *text) findDates() []dateMention {
	year := 0
	if len(t.art.Date) >= 4 {
		year, _ = strconv.Atoi(t.art.Date[:4])
	}
	var out []dateMention
	defer func() {
		for k := range out {
			f := out[k].first
			out[k].Stamp = t.words[f].gap == gapBoundary || (f > 0 && t.words[f-1].gap == gapBoundary && t.isCalendar(f-1)) // "Thu Nov 10, 2011"
		}
	}()
	for i := 0; i < len(t.words); i++ {
		w := t.words[i]
		if d, ok := isoDate(t.raw(i)); ok {
			out = append(out, dateMention{d, i, i})
			continue
		}
		if w.upper && t.is(i, lexWeekday) {
			day := weekdays[t.norm(i)]
			d := dateMention{Date{Weekday: day}, i, i}
			// "Thursday, October 26": one date.
			if md, ok := t.monthDate(i+1, year); ok && t.nearlyJoinedOrComma(i+1) {
				md.Weekday = day
				md.first = i
				d = md
			}
			out = append(out, d)
			i = d.last
			continue
		}
		if d, ok := t.monthDate(i, year); ok {
			out = append(out, d)
			i = d.last
		}
	}
	return out
}

// monthDate reads a calendar date starting at word i: "October 27",
// "Oct. 27, 2023", "27 October", "October 2023".
func (t *text) monthDate(i, year int) (dateMention, bool) {
	if i >= len(t.words) {
		return dateMention{}, false
	}
	d := dateMention{Date: Date{Weekday: -1}, first: i, last: i}
	if day, ok := t.dayAt(i); ok && i+1 < len(t.words) && t.nearlyJoined(i+1) {
		if m, ok := t.monthAt(i + 1); ok {
			d.Day, d.Month, d.last = day, m, i+1
		}
	} else if m, ok := t.monthAt(i); ok && i+1 < len(t.words) && t.nearlyJoined(i+1) {
		if day, ok := t.dayAt(i + 1); ok {
			d.Month, d.Day, d.last = m, day, i+1
		} else if y, ok := t.yearAt(i + 1); ok {
			d.Month, d.Year, d.last = m, y, i+1
			return d, true
		}
	}
	if d.Month == 0 {
		return dateMention{}, false
	}
	if k := d.last + 1; k < len(t.words) && t.nearlyJoinedOrComma(k) {
		if y, ok := t.yearAt(k); ok {
			d.Year, d.last = y, k
		}
	}
	if d.Year == 0 {
		d.Year = year
	}
	return d, true
}

func (t *text) monthAt(i int) (int, bool) {
	if !t.words[i].upper || !t.is(i, lexMonth) {
		return 0, false
	}
	return months[t.norm(i)], true
}

func (t *text) dayAt(i int) (int, bool) {
	raw := t.raw(i)
	if len(raw) > 2 || !isFigure(raw) {
		return 0, false
	}
	n, err := strconv.Atoi(raw)
	return n, err == nil && n >= 1 && n <= 31
}

func (t *text) yearAt(i int) (int, bool) {
	raw := t.raw(i)
	if len(raw) != 4 || !isFigure(raw) {
		return 0, false
	}
	n, err := strconv.Atoi(raw)
	return n, err == nil && n >= 1800 && n <= 2100
}

// nearlyJoinedOrComma reports whether only space, a point or a comma
// separates words i-1 and i.
func (t *text) nearlyJoinedOrComma(i int) bool {
	gap, boundary := t.between(i)
	trimmed := strings.TrimSpace(gap)
	return !boundary && (trimmed == "" || trimmed == "." || trimmed == ",")
}

// isoDate reads 2023-10-26.
func isoDate(s string) (Date, bool) {
	if len(s) != len("2006-01-02") || s[4] != '-' {
		return Date{}, false // the layout's fields are fixed width
	}
	tm, err := time.Parse("2006-01-02", s)
	if err != nil {
		return Date{}, false
	}
	return Date{Year: tm.Year(), Month: int(tm.Month()), Day: tm.Day(), Weekday: -1}, true
}

// compareDates classifies two dates named in passages that tell the same
// thing. Dates of the same form that differ conflict hard, except calendar
// dates one day apart (time zones and publication days shift a day), which
// conflict softly. A weekday and a calendar date are compared when the
// calendar date's year is known: the same day agrees, a day apart is soft,
// more is hard. agree is true when there is no conflict.
func compareDates(a, b Date) (severity Severity, reason string, agree bool) {
	if a.Weekday >= 0 && b.Weekday >= 0 && a.Weekday != b.Weekday {
		return Hard, "different weekdays", false // "Friday, Sep 10" / "Sunday, Sep 10"
	}
	if a.Key() == b.Key() {
		return 0, "", true
	}
	// A date written without a year is in the year of the other.
	if a.Year == 0 && a.Month > 0 {
		a.Year = b.Year
	}
	if b.Year == 0 && b.Month > 0 {
		b.Year = a.Year
	}
	ta, okA := a.calendar()
	tb, okB := b.calendar()
	switch {
	case okA && okB:
		days := absInt(int(ta.Sub(tb).Hours() / 24))
		switch days {
		case 0:
			return 0, "", true
		case 1:
			return Soft, "dates one day apart (time zones or publication days may explain it)", false
		}
		return Hard, fmt.Sprintf("dates %d days apart", days), false
	case a.Weekday >= 0 && b.Weekday >= 0:
		if a.Weekday == b.Weekday {
			return 0, "", true // "Thursday" and "Thursday, May 2"
		}
		return Hard, "different weekdays", false
	case a.Weekday >= 0 && okB:
		return weekdayAgainst(a.Weekday, tb)
	case b.Weekday >= 0 && okA:
		return weekdayAgainst(b.Weekday, ta)
	}
	return 0, "", true // a month and a day, or forms that cannot be compared
}

// weekdayAgainst compares a weekday with a calendar date.
func weekdayAgainst(weekday int, date time.Time) (Severity, string, bool) {
	diff := absInt(int(date.Weekday()) - weekday)
	diff = min(diff, 7-diff)
	switch diff {
	case 0:
		return 0, "", true
	case 1:
		return Soft, fmt.Sprintf("%s is a %s: one day apart", date.Format("January 2, 2006"), date.Weekday()), false
	}
	return Hard, fmt.Sprintf("%s is a %s", date.Format("January 2, 2006"), date.Weekday()), false
}

func absInt(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
