package leadroute

import (
	"testing"
	"time"
)

// dayWindow's offset arithmetic agrees with the calendar in every zone
// kind: DST north and south, half-hour and 45-minute offsets, negative
// offsets, across a year in 37-minute steps.
func TestDayWindowMatchesTheCalendar(t *testing.T) {
	for _, zone := range []string{"UTC", "America/New_York", "America/St_Johns", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Lord_Howe", "Pacific/Chatham", "Pacific/Kiritimati", "Pacific/Pago_Pago"} {
		loc, err := time.LoadLocation(zone)
		if err != nil {
			t.Fatal(err)
		}
		start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		for at := start; at.Before(start.AddDate(1, 0, 3)); at = at.Add(37 * time.Minute) {
			day, exp := dayWindow(at, loc)
			y, m, d := at.In(loc).Date()
			want := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
			if day != want {
				t.Fatalf("%s at %s: day %d, calendar says %d", zone, at, day, want)
			}
			if end := time.Date(y, m, d+1, 0, 0, 0, 0, loc); exp.Sub(end) < 24*time.Hour {
				t.Fatalf("%s at %s: counter may be dropped at %s, less than a day after the day ends (%s)", zone, at, exp, end)
			}
		}
	}
}
