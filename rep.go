package leadroute

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Rep is a salesperson (or any assignee) that rules can route leads to.
//
// The router copies the reps it is given; changing a Rep after passing it to
// [New] or [Router.Reload] has no effect on routing.
type Rep struct {
	// ID identifies the rep in rules, decisions and state. Required, unique.
	ID string
	// Name is for people; Team groups reps (the config file can use a
	// team as a pool).
	Name, Team string
	// Weight is the rep's share for weighted strategies; 0 means 1.
	Weight int
	// Skills maps a skill to a level, e.g. "es": 3, "enterprise": 2.
	Skills map[string]int
	// TimeZone is an IANA zone name ("America/New_York"). Working hours and
	// the daily and weekly cap windows are local to it. Empty means UTC.
	TimeZone string
	// Hours are the weekly working hours in the rep's time zone. Empty means
	// always working. Rules that require working hours skip reps outside them.
	Hours Hours
	// DailyCap and WeeklyCap limit assignments per local calendar day and
	// ISO week (reset at the rep's local midnight, DST-correct). 0 = no cap.
	DailyCap, WeeklyCap int
	// MaxOpen limits leads assigned and not yet released with
	// [Router.Release]. 0 = no limit.
	MaxOpen int
	// Backup is the ID of the rep who covers when this rep is not eligible
	// (used by the account-owner strategy).
	Backup string
	// Away marks the rep as not taking leads (status "away").
	Away bool
	// OutOfOffice lists absences (PTO); the rep is not eligible inside them.
	OutOfOffice []Period
	// Holidays lists days off as dates ("2026-12-25"), each the whole
	// local day in the rep's TimeZone. (The config file also gives
	// holidays per team, which apply to each of its reps.)
	Holidays []string
}

// Period is a half-open time interval [Start, End).
type Period struct {
	Start, End time.Time
}

// Contains reports whether t is inside the period.
func (p Period) Contains(t time.Time) bool {
	return !t.Before(p.Start) && t.Before(p.End)
}

// Shift is one working interval on one weekday, as offsets from local
// midnight. End may be 24h (end of day); a shift crossing midnight is written
// as two shifts.
type Shift struct {
	Day        time.Weekday
	Start, End time.Duration
}

// Hours is a weekly working-hours schedule. The zero value (no shifts)
// means always working.
type Hours []Shift

// Contains reports whether the local time t (already in the rep's zone) is
// inside a shift.
func (h Hours) Contains(t time.Time) bool {
	if len(h) == 0 {
		return true
	}
	wd := t.Weekday()
	hh, mm, ss := t.Clock()
	off := time.Duration(hh)*time.Hour + time.Duration(mm)*time.Minute + time.Duration(ss)*time.Second
	for _, s := range h {
		if s.Day == wd && off >= s.Start && off < s.End {
			return true
		}
	}
	return false
}

// String formats the hours in the syntax ParseHours reads.
func (h Hours) String() string {
	parts := make([]string, 0, len(h))
	for _, s := range h {
		parts = append(parts, fmt.Sprintf("%s %s-%s", dayNames[s.Day], clockString(s.Start), clockString(s.End)))
	}
	return strings.Join(parts, "; ")
}

var dayNames = [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func clockString(d time.Duration) string {
	return fmt.Sprintf("%02d:%02d", int(d/time.Hour), int(d%time.Hour/time.Minute))
}

// ParseHours parses a weekly schedule such as
//
//	"Mon-Fri 09:00-17:30; Sat 10:00-14:00"
//
// Entries are separated by ';'; each is a day or day
// range (Sun, Mon, Tue, Wed, Thu, Fri, Sat; ranges may wrap, "Fri-Mon") and
// one or more time ranges separated by spaces ("09:00-12:00 13:00-17:00").
// "24:00" ends a day. A range whose end is before its start crosses midnight
// and continues on the next day. The empty string means always working.
func ParseHours(s string) (Hours, error) {
	var h Hours
	for entry := range strings.SplitSeq(s, ";") {
		entry = strings.TrimSpace(entry)
		if entry == "" {
			continue
		}
		fields := strings.Fields(entry)
		if len(fields) < 2 {
			return nil, fmt.Errorf("hours %q: want a day range and a time range, like \"Mon-Fri 09:00-17:00\"", entry)
		}
		days, err := parseDays(fields[0])
		if err != nil {
			return nil, fmt.Errorf("hours %q: %w", entry, err)
		}
		for _, tr := range fields[1:] {
			from, to, ok := strings.Cut(tr, "-")
			if !ok {
				return nil, fmt.Errorf("hours %q: time range %q: want HH:MM-HH:MM", entry, tr)
			}
			start, err := parseClock(from)
			if err != nil {
				return nil, fmt.Errorf("hours %q: %w", entry, err)
			}
			end, err := parseClock(to)
			if err != nil {
				return nil, fmt.Errorf("hours %q: %w", entry, err)
			}
			if start == end {
				return nil, fmt.Errorf("hours %q: time range %q is empty", entry, tr)
			}
			if start == 24*time.Hour {
				return nil, fmt.Errorf("hours %q: time range %q starts at 24:00 (write 00:00 of the next day)", entry, tr)
			}
			for _, d := range days {
				if end > start {
					h = append(h, Shift{Day: d, Start: start, End: end})
					continue
				}
				// Crosses midnight.
				h = append(h, Shift{Day: d, Start: start, End: 24 * time.Hour})
				if end > 0 {
					h = append(h, Shift{Day: (d + 1) % 7, Start: 0, End: end})
				}
			}
		}
	}
	return h, nil
}

func parseDays(s string) ([]time.Weekday, error) {
	from, to, isRange := strings.Cut(s, "-")
	a, err := parseDay(from)
	if err != nil {
		return nil, err
	}
	if !isRange {
		return []time.Weekday{a}, nil
	}
	b, err := parseDay(to)
	if err != nil {
		return nil, err
	}
	var out []time.Weekday
	for d := a; ; d = (d + 1) % 7 {
		out = append(out, d)
		if d == b {
			break
		}
	}
	return out, nil
}

func parseDay(s string) (time.Weekday, error) {
	ls := strings.ToLower(s)
	for i, n := range dayNames {
		ln := strings.ToLower(n)
		if ls == ln || (len(ls) > 3 && strings.HasPrefix(strings.ToLower(time.Weekday(i).String()), ls)) {
			return time.Weekday(i), nil
		}
	}
	return 0, fmt.Errorf("unknown day %q (want Sun, Mon, Tue, Wed, Thu, Fri or Sat)", s)
}

func parseClock(s string) (time.Duration, error) {
	hs, ms, ok := strings.Cut(s, ":")
	if !ok {
		return 0, fmt.Errorf("time %q: want HH:MM", s)
	}
	h, err1 := strconv.Atoi(hs)
	m, err2 := strconv.Atoi(ms)
	if err1 != nil || err2 != nil || len(ms) != 2 || h < 0 || m < 0 || m > 59 || h > 24 || (h == 24 && m != 0) {
		return 0, fmt.Errorf("time %q: want HH:MM between 00:00 and 24:00", s)
	}
	return time.Duration(h)*time.Hour + time.Duration(m)*time.Minute, nil
}
