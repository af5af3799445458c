package leadroute

import (
	"math/rand/v2"
	"sync"
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

// The day cache gives dayWindow's answer exactly, in every zone kind,
// for times in order (a year in 37-minute steps, so across every DST
// change) and in random order, also with many goroutines sharing it.
func TestDayCacheAgrees(t *testing.T) {
	for _, zone := range []string{"UTC", "America/New_York", "America/St_Johns", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Lord_Howe", "Pacific/Chatham", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Berlin"} {
		loc, err := time.LoadLocation(zone)
		if err != nil {
			t.Fatal(err)
		}
		start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		check := func(c *dayCache, at time.Time) {
			day, exp := c.window(at, loc)
			wday, wexp := dayWindow(at, loc)
			if day != wday || !exp.Equal(wexp) {
				t.Errorf("%s at %s: cache says %d until %s, dayWindow %d until %s", zone, at, day, exp, wday, wexp)
			}
		}
		c := new(dayCache)
		for at := start; at.Before(start.AddDate(1, 0, 3)); at = at.Add(37 * time.Minute) {
			check(c, at)
			check(c, at.Add(-time.Second)) // just before, from the same cache
		}
		var wg sync.WaitGroup
		for g := range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				rng := rand.New(rand.NewPCG(uint64(g), 7))
				at := start
				for range 20000 {
					if rng.IntN(50) == 0 {
						at = start.Add(time.Duration(rng.Int64N(int64(366 * 24 * time.Hour))))
					}
					at = at.Add(time.Duration(rng.Int64N(int64(20 * time.Minute))))
					check(c, at)
				}
			}()
		}
		wg.Wait()
	}
}
