package leadroute_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	lr "github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/leadroutetest"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
)

// newClock returns the settable clock the tests move by hand.
func newClock(t time.Time) *lr.ManualClock { return lr.NewManualClock(t) }

// monday10 is Monday 2026-11-23 10:00 UTC.
var monday10 = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)

var ctx = context.Background()

func country(codes ...string) lr.Matcher {
	return lr.MatcherFunc(func(l *lr.Lead) bool {
		for _, c := range codes {
			if l.Country == c {
				return true
			}
		}
		return false
	})
}

func reps(ids ...string) []lr.Rep {
	out := make([]lr.Rep, len(ids))
	for i, id := range ids {
		out[i] = lr.Rep{ID: id}
	}
	return out
}

func newRouter(t testing.TB, opts ...lr.Option) *lr.Router {
	t.Helper()
	base := []lr.Option{lr.WithClock(newClock(monday10)), lr.WithSeed(1)}
	r, err := lr.New(append(base, opts...)...)
	require.NoError(t, err)
	return r
}

func route(t testing.TB, r *lr.Router, l lr.Lead) lr.Decision {
	t.Helper()
	d, err := r.Route(ctx, l)
	require.NoError(t, err)
	return d
}

// target is a decision's destination: "rep:x" or "queue:y".
func target(d lr.Decision) string {
	if d.RepID != "" {
		return "rep:" + d.RepID
	}
	return "queue:" + d.Queue
}

func TestFirstMatchWins(t *testing.T) {
	r := newRouter(t,
		lr.WithReps(reps("na1", "na2", "us1", "any")...),
		lr.WithRules(
			lr.Rule{Name: "north-america", Match: country("US", "CA"), Pool: []string{"na1", "na2"}, Strategy: strategies.RoundRobin()},
			lr.Rule{Name: "us-only", Match: country("US"), Pool: []string{"us1"}, Strategy: strategies.RoundRobin()},
			lr.Rule{Name: "everyone", Pool: []string{"any"}, Strategy: strategies.RoundRobin()},
		))
	tests := []struct {
		country, wantRule string
	}{
		{"US", "north-america"}, // us-only also matches, but comes later
		{"CA", "north-america"},
		{"FR", "everyone"},
		{"", "everyone"},
	}
	for _, tt := range tests {
		d := route(t, r, lr.Lead{Country: tt.country})
		assert.Equal(t, tt.wantRule, d.Rule, "country %q", tt.country)
	}
}

func TestOverflow(t *testing.T) {
	away := lr.Rep{ID: "away", Away: true}
	tests := []struct {
		name     string
		overflow string
		want     string
		rule     string
	}{
		{"to next rule", "", "rep:backup", "second"},
		{"to own queue", "emea-overflow", "queue:emea-overflow", "first"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRouter(t,
				lr.WithReps(away, lr.Rep{ID: "backup"}),
				lr.WithRules(
					lr.Rule{Name: "first", Pool: []string{"away"}, Strategy: strategies.RoundRobin(), Overflow: tt.overflow},
					lr.Rule{Name: "second", Pool: []string{"backup"}, Strategy: strategies.RoundRobin()},
				))
			d := route(t, r, lr.Lead{ID: "l1"})
			assert.Equal(t, tt.want, target(d))
			assert.Equal(t, tt.rule, d.Rule)
		})
	}
}

func TestFallbackWhenNothingMatches(t *testing.T) {
	for _, fb := range []string{"", "triage"} {
		opts := []lr.Option{
			lr.WithReps(reps("a")...),
			lr.WithRules(lr.Rule{Name: "de", Match: country("DE"), Pool: []string{"a"}, Strategy: strategies.RoundRobin()}),
		}
		want := lr.DefaultFallbackQueue
		if fb != "" {
			opts = append(opts, lr.WithFallbackQueue(fb))
			want = fb
		}
		r := newRouter(t, opts...)
		d := route(t, r, lr.Lead{Country: "US"})
		assert.Equal(t, "queue:"+want, target(d))
		assert.Empty(t, d.Rule)
		assert.Equal(t, "no rule decided", d.Reason)
	}
	// No rules at all still routes.
	r := newRouter(t)
	assert.Equal(t, "queue:unassigned", target(route(t, r, lr.Lead{})))
}

// TestNothingLost routes a stream of varied, partly broken leads through a
// router whose reps fill up, go away and come back, and checks that every
// decision names exactly one of a rep or a queue.
func TestNothingLost(t *testing.T) {
	clk := newClock(monday10)
	r, err := lr.New(lr.WithClock(clk), lr.WithSeed(7),
		lr.WithReps(lr.Rep{ID: "a", DailyCap: 3}, lr.Rep{ID: "b", MaxOpen: 2}, lr.Rep{ID: "c", Away: true}),
		lr.WithRules(
			lr.Rule{Name: "us", Match: country("US"), Pool: []string{"a", "b"}, Strategy: strategies.RoundRobin()},
			lr.Rule{Name: "fr", Match: country("FR"), Pool: []string{"c"}, Strategy: strategies.RoundRobin(), Overflow: "fr-queue"},
			lr.Rule{Name: "nurture", Match: lr.MatcherFunc(func(l *lr.Lead) bool { return l.Score < 10 }), Strategy: strategies.Queue("nurture")},
		))
	require.NoError(t, err)
	countries := []string{"US", "usa", "France", "Narnia", "", "de"}
	emails := []string{"a@b.com", "broken", "", "x@"}
	for i := range 500 {
		l := lr.Lead{ID: fmt.Sprint(i), Country: countries[i%len(countries)], Email: emails[i%len(emails)], Score: i % 30}
		d, err := r.Route(ctx, l)
		require.NoError(t, err)
		assert.True(t, (d.RepID == "") != (d.Queue == ""), "lead %d: decision %+v must name exactly one of rep or queue", i, d)
		clk.Advance(17 * time.Minute)
	}
}

func TestNormalisation(t *testing.T) {
	tests := []struct {
		in       lr.Lead
		want     lr.Lead
		problems []string
	}{
		{in: lr.Lead{Country: "United States"}, want: lr.Lead{Country: "US"}},
		{in: lr.Lead{Country: "USA"}, want: lr.Lead{Country: "US"}},
		{in: lr.Lead{Country: "us"}, want: lr.Lead{Country: "US"}},
		{in: lr.Lead{Country: " Deutschland "}, want: lr.Lead{Country: "DE"}},
		{in: lr.Lead{Country: "UK"}, want: lr.Lead{Country: "GB"}},
		{in: lr.Lead{Country: "Narnia"}, want: lr.Lead{Country: "Narnia"}, problems: []string{`Country "Narnia": not a known country`}},
		{in: lr.Lead{Country: "US", State: "California"}, want: lr.Lead{Country: "US", State: "US-CA"}},
		{in: lr.Lead{Country: "US", State: "ca"}, want: lr.Lead{Country: "US", State: "US-CA"}},
		{in: lr.Lead{Country: "US", State: "US-NY"}, want: lr.Lead{Country: "US", State: "US-NY"}},
		{in: lr.Lead{Country: "Canada", State: "Québec"}, want: lr.Lead{Country: "CA", State: "CA-QC"}},
		{in: lr.Lead{Country: "US", State: "Atlantis"}, want: lr.Lead{Country: "US", State: "Atlantis"}, problems: []string{`State "Atlantis": not a known subdivision of US`}},
		{in: lr.Lead{Country: "France", State: "Paris"}, want: lr.Lead{Country: "FR", State: "FR-75C"}},
		{in: lr.Lead{Country: "FR", State: "fr-6ae"}, want: lr.Lead{Country: "FR", State: "FR-6AE"}},
		{in: lr.Lead{Country: "IN", State: "Ladakh"}, want: lr.Lead{Country: "IN", State: "IN-LA"}},
		{in: lr.Lead{Country: "DEU", State: "Bayern"}, want: lr.Lead{Country: "DE", State: "DE-BY"}},
		{in: lr.Lead{Country: "840", State: "ny"}, want: lr.Lead{Country: "US", State: "US-NY"}},
		{in: lr.Lead{Country: "FR", State: " fr-99z"}, want: lr.Lead{Country: "FR", State: "FR-99Z"}, problems: []string{`State " fr-99z": not a known subdivision of FR`}},
		{in: lr.Lead{Country: "FR", State: "FR-75"}, want: lr.Lead{Country: "FR", State: "FR-75"}, problems: []string{`State "FR-75": not a known subdivision of FR`}},
		{in: lr.Lead{Country: "FR", State: "us-ca"}, want: lr.Lead{Country: "FR", State: "us-ca"}, problems: []string{`State "us-ca": not a known subdivision of FR`}},
		{in: lr.Lead{Email: " Jo@EU.Sales.Acme.CO.UK "}, want: lr.Lead{Email: "Jo@EU.Sales.Acme.CO.UK", Domain: "eu.sales.acme.co.uk"}},
		{in: lr.Lead{Email: "jo@x.com", Domain: "WWW.Other.com."}, want: lr.Lead{Email: "jo@x.com", Domain: "other.com"}},
		{in: lr.Lead{Website: "https://www.Acme.com/about?x=1"}, want: lr.Lead{Website: "https://www.Acme.com/about?x=1", Domain: "acme.com"}},
		{in: lr.Lead{Email: "not-an-email"}, want: lr.Lead{Email: "not-an-email"}, problems: []string{`Email "not-an-email": not an email address`}},
		{in: lr.Lead{PostalCode: " sw1a 1aa", Language: "ES"}, want: lr.Lead{PostalCode: "SW1A 1AA", Language: "es"}},
	}
	for _, tt := range tests {
		l := tt.in
		probs := l.Normalize()
		assert.Equal(t, tt.want, l, "normalising %+v", tt.in)
		var got []string
		for _, p := range probs {
			got = append(got, p.String())
		}
		assert.Equal(t, tt.problems, got, "problems for %+v", tt.in)
		// Idempotent.
		again := l
		again.Normalize()
		assert.Equal(t, l, again)
	}
}

func TestBadLeadStillRoutesAndSaysWhy(t *testing.T) {
	r := newRouter(t, lr.WithReps(reps("a")...),
		lr.WithRules(lr.Rule{Name: "us", Match: country("US"), Pool: []string{"a"}, Strategy: strategies.RoundRobin()}))
	d := route(t, r, lr.Lead{Country: "Narnia", Email: "nope"})
	assert.Equal(t, "queue:unassigned", target(d))
	assert.Equal(t, []string{`Email "nope": not an email address`, `Country "Narnia": not a known country`}, d.Problems)
}

func TestExplainHasNoSideEffects(t *testing.T) {
	r := newRouter(t, lr.WithReps(reps("a", "b", "c")...),
		lr.WithRules(lr.Rule{Name: "all", Pool: []string{"a", "b", "c"}, Strategy: strategies.RoundRobin()}))
	for range 3 {
		d, err := r.Explain(ctx, lr.Lead{ID: "x"})
		require.NoError(t, err)
		assert.Equal(t, "a", d.RepID)
		assert.True(t, d.DryRun)
		assert.NotEmpty(t, d.Trace)
	}
	assert.Equal(t, "a", route(t, r, lr.Lead{ID: "1"}).RepID)
	d, err := r.Explain(ctx, lr.Lead{})
	require.NoError(t, err)
	assert.Equal(t, "b", d.RepID, "Explain shows what Route would do next")
	assert.Equal(t, "b", route(t, r, lr.Lead{ID: "2"}).RepID)
	n, err := r.State().Get(ctx, store.Counter{Kind: "open", Member: "c"})
	require.NoError(t, err)
	assert.Zero(t, n, "Explain must not count")
}

func TestTraceExplainsSkips(t *testing.T) {
	clk := newClock(monday10)
	r, err := lr.New(lr.WithClock(clk),
		lr.WithReps(
			lr.Rep{ID: "away", Away: true},
			lr.Rep{ID: "pto", OutOfOffice: []lr.Period{{Start: monday10.Add(-time.Hour), End: monday10.Add(time.Hour)}}},
			lr.Rep{ID: "night", Hours: mustHours(t, "Mon-Fri 20:00-23:00")},
			lr.Rep{ID: "nospanish", Skills: map[string]int{"es": 1}},
			lr.Rep{ID: "ok", Skills: map[string]int{"es": 3}},
		),
		lr.WithRules(
			lr.Rule{Name: "fr", Match: country("FR"), Pool: []string{"ok"}, Strategy: strategies.RoundRobin()},
			lr.Rule{Name: "es", Pool: []string{"away", "pto", "night", "nospanish", "ok"}, Strategy: strategies.RoundRobin(), WorkingHours: true, Skills: map[string]int{"es": 2}},
		))
	require.NoError(t, err)
	d, err := r.Explain(ctx, lr.Lead{Country: "ES"})
	require.NoError(t, err)
	var lines []string
	for _, s := range d.Trace {
		lines = append(lines, s.String())
	}
	assert.Equal(t, []string{
		`rule "fr": no match`,
		`rule "es": matched`,
		`rule "es": rep away skipped: away`,
		`rule "es": rep pto skipped: out of office`,
		`rule "es": rep night skipped: outside working hours`,
		`rule "es": rep nospanish skipped: missing skill`,
		`rule "es": picked ok (round-robin)`,
	}, lines)
	assert.Equal(t, `rep ok by rule "es" (round-robin)`, d.String())
}

func mustHours(t testing.TB, s string) lr.Hours {
	t.Helper()
	h, err := lr.ParseHours(s)
	require.NoError(t, err)
	return h
}

func TestWorkingHoursInRepTimeZone(t *testing.T) {
	clk := newClock(monday10) // 10:00 UTC = 05:00 New York, 15:30 Kolkata
	r, err := lr.New(lr.WithClock(clk),
		lr.WithReps(
			lr.Rep{ID: "ny", TimeZone: "America/New_York", Hours: mustHours(t, "Mon-Fri 09:00-17:00")},
			lr.Rep{ID: "in", TimeZone: "Asia/Kolkata", Hours: mustHours(t, "Mon-Fri 09:00-17:00")},
		),
		lr.WithRules(lr.Rule{Name: "all", Pool: []string{"ny", "in"}, Strategy: strategies.RoundRobin(), WorkingHours: true, Overflow: "after-hours"}))
	require.NoError(t, err)
	steps := []struct {
		at   time.Time
		want []string // targets of two consecutive leads
	}{
		{monday10, []string{"rep:in", "rep:in"}},
		{time.Date(2026, 11, 23, 14, 0, 0, 0, time.UTC), []string{"rep:ny", "rep:ny"}}, // 09:00 NY, 19:30 IN
		{time.Date(2026, 11, 23, 11, 30, 0, 0, time.UTC), []string{"queue:after-hours", "queue:after-hours"}},
		{time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC), []string{"queue:after-hours", "queue:after-hours"}}, // Saturday
	}
	for _, s := range steps {
		clk.Set(s.at)
		for i, want := range s.want {
			assert.Equal(t, want, target(route(t, r, lr.Lead{})), "at %s lead %d", s.at, i)
		}
	}
}

// TestDailyCapResetsAtLocalMidnight checks that a daily cap fills exactly,
// the rest overflows, and the cap resets at the rep's local midnight,
// including on DST-change days.
func TestDailyCapResetsAtLocalMidnight(t *testing.T) {
	tests := []struct {
		name     string
		zone     string
		start    time.Time // some time on the local day
		before   time.Time // just before local midnight
		midnight time.Time // local midnight, in UTC
	}{
		{
			// 2026-11-01: New York falls back, a 25-hour day. Midnight of
			// Nov 2 is 05:00 UTC (EST, UTC-5).
			name:     "New York fall-back day",
			zone:     "America/New_York",
			start:    time.Date(2026, 11, 1, 4, 30, 0, 0, time.UTC), // 00:30 EDT
			before:   time.Date(2026, 11, 2, 4, 59, 59, 0, time.UTC),
			midnight: time.Date(2026, 11, 2, 5, 0, 0, 0, time.UTC),
		},
		{
			// 2026-03-08: New York springs forward, a 23-hour day. Midnight
			// of Mar 9 is 04:00 UTC (EDT, UTC-4).
			name:     "New York spring-forward day",
			zone:     "America/New_York",
			start:    time.Date(2026, 3, 8, 5, 30, 0, 0, time.UTC), // 00:30 EST
			before:   time.Date(2026, 3, 9, 3, 59, 59, 0, time.UTC),
			midnight: time.Date(2026, 3, 9, 4, 0, 0, 0, time.UTC),
		},
		{
			name:     "Kolkata (UTC+5:30)",
			zone:     "Asia/Kolkata",
			start:    time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), // 05:30 IST
			before:   time.Date(2026, 11, 23, 18, 29, 59, 0, time.UTC),
			midnight: time.Date(2026, 11, 23, 18, 30, 0, 0, time.UTC),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clk := newClock(tt.start)
			r, err := lr.New(lr.WithClock(clk),
				lr.WithReps(lr.Rep{ID: "a", TimeZone: tt.zone, DailyCap: 3}),
				lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a"}, Strategy: strategies.RoundRobin(), Overflow: "full"}))
			require.NoError(t, err)
			var got []string
			for range 4 {
				got = append(got, target(route(t, r, lr.Lead{})))
			}
			assert.Equal(t, []string{"rep:a", "rep:a", "rep:a", "queue:full"}, got, "cap of 3 fills exactly")
			clk.Set(tt.before)
			assert.Equal(t, "queue:full", target(route(t, r, lr.Lead{})), "still the same local day")
			clk.Set(tt.midnight)
			assert.Equal(t, "rep:a", target(route(t, r, lr.Lead{})), "new local day")
		})
	}
}

func TestWeeklyCapAndMaxOpenWithRelease(t *testing.T) {
	clk := newClock(monday10)
	r, err := lr.New(lr.WithClock(clk),
		lr.WithReps(lr.Rep{ID: "w", WeeklyCap: 2}, lr.Rep{ID: "o", MaxOpen: 1}),
		lr.WithRules(
			lr.Rule{Name: "weekly", Match: country("US"), Pool: []string{"w"}, Strategy: strategies.RoundRobin(), Overflow: "q"},
			lr.Rule{Name: "open", Match: country("FR"), Pool: []string{"o"}, Strategy: strategies.RoundRobin(), Overflow: "q"},
		))
	require.NoError(t, err)
	us := lr.Lead{Country: "US"}
	assert.Equal(t, "rep:w", target(route(t, r, us)))
	clk.Advance(48 * time.Hour) // Wednesday, same ISO week
	assert.Equal(t, "rep:w", target(route(t, r, us)))
	assert.Equal(t, "queue:q", target(route(t, r, us)))
	clk.Set(time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)) // next Monday
	assert.Equal(t, "rep:w", target(route(t, r, us)))

	fr := lr.Lead{ID: "f1", Country: "FR"}
	assert.Equal(t, "rep:o", target(route(t, r, fr)))
	fr.ID = "f2"
	d := route(t, r, fr)
	assert.Equal(t, "queue:q", target(d))
	fr.ID = "f3"
	ex, err := r.Explain(ctx, fr)
	require.NoError(t, err)
	assert.Contains(t, stepsString(ex), "rep o skipped: max open leads reached")
	require.NoError(t, r.Release(ctx, "o", "f1"))
	require.NoError(t, r.Release(ctx, "o", "f1"), "release is idempotent per lead")
	assert.Equal(t, "rep:o", target(route(t, r, fr)))
	fr.ID = "f2"
	again := route(t, r, fr)
	assert.Equal(t, "queue:q", target(again), "a queued lead's retry replays the queue, though o has room now")
	assert.True(t, again.Replay)
	assert.ErrorIs(t, r.Release(ctx, "", "f1"), lr.ErrUnknownRep)
	require.NoError(t, r.Release(ctx, "removed-by-a-reload", "f1"), "any rep's open count can be released")
}

func stepsString(d lr.Decision) string {
	var b strings.Builder
	for _, s := range d.Trace {
		b.WriteString(s.String())
		b.WriteByte('\n')
	}
	return b.String()
}

func TestRouteIsIdempotentPerLeadID(t *testing.T) {
	r := newRouter(t, lr.WithReps(lr.Rep{ID: "a", MaxOpen: 1}, lr.Rep{ID: "b", MaxOpen: 1}, lr.Rep{ID: "de1"}),
		lr.WithRules(
			lr.Rule{Name: "de", Match: country("DE"), Pool: []string{"de1"}, Strategy: strategies.RoundRobin()},
			lr.Rule{Name: "r", Pool: []string{"a", "b"}, Strategy: strategies.RoundRobin()},
		))
	first := route(t, r, lr.Lead{ID: "same", Country: "US"})
	assert.Equal(t, "rep:a r", target(first)+" "+first.Rule)
	// a is now at MaxOpen, and the retry's country even points at another
	// rule: a retry is a replay of the committed decision all the same.
	again := route(t, r, lr.Lead{ID: "same", Country: "DE"})
	assert.Equal(t, "rep:a r", target(again)+" "+again.Rule)
	assert.Equal(t, "replay: assigned earlier", again.Reason)
	assert.True(t, again.Replay)
	assert.False(t, first.Replay)
	ex, err := r.Explain(ctx, lr.Lead{ID: "same"})
	require.NoError(t, err)
	assert.Equal(t, "a", ex.RepID, "Explain predicts the replay")
	steps := stepStrings(ex)
	require.NotEmpty(t, steps)
	assert.Equal(t, `rule "r": lead routed before: replaying rep a`, steps[len(steps)-1], "the trace ends with the replay")
	assert.True(t, ex.Replay)
	n, err := r.State().Get(ctx, store.Counter{Kind: "open", Member: "a"})
	require.NoError(t, err)
	assert.EqualValues(t, 1, n, "counted once")
	assert.Equal(t, "b", route(t, r, lr.Lead{ID: "other"}).RepID)
	// After a reload that removes a, the lead routes afresh.
	require.NoError(t, r.Reload(lr.WithReps(lr.Rep{ID: "b"}, lr.Rep{ID: "c"}),
		lr.WithRules(lr.Rule{Name: "r", Pool: []string{"b", "c"}, Strategy: strategies.RoundRobin()})))
	same := route(t, r, lr.Lead{ID: "same"})
	assert.Equal(t, "a", same.RepID, "the first decision stands for the idempotency window")
	assert.True(t, same.Replay)
}

func stepStrings(d lr.Decision) []string {
	var out []string
	for _, s := range d.Trace {
		out = append(out, s.String())
	}
	return out
}

func TestConcurrentRetriesOfOneLeadCommitOnce(t *testing.T) {
	r := newRouter(t, lr.WithReps(reps("a", "b", "c", "d")...),
		lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a", "b", "c", "d"}, Strategy: strategies.RoundRobin()}))
	var wg sync.WaitGroup
	got := make([]string, 16)
	for i := range got {
		wg.Go(func() {
			d, err := r.Route(ctx, lr.Lead{ID: "dup"})
			if err != nil {
				t.Error(err)
			}
			got[i] = d.RepID
		})
	}
	wg.Wait()
	var open int64
	for _, id := range []string{"a", "b", "c", "d"} {
		n, _ := r.State().Get(ctx, store.Counter{Kind: "open", Member: id})
		open += n
	}
	for _, g := range got {
		assert.Equal(t, got[0], g, "every retry gets the same rep")
	}
	assert.EqualValues(t, 1, open, "and it is counted once")
}

func TestReroute(t *testing.T) {
	r := newRouter(t, lr.WithReps(lr.Rep{ID: "a", MaxOpen: 1}, lr.Rep{ID: "b", MaxOpen: 1}, lr.Rep{ID: "c", MaxOpen: 1}),
		lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a", "b", "c"}, Strategy: strategies.RoundRobin(), Overflow: "sla-breach"}))
	open := func(id string) int64 {
		n, err := r.State().Get(ctx, store.Counter{Kind: "open", Member: id})
		require.NoError(t, err)
		return n
	}
	d := route(t, r, lr.Lead{ID: "L"})
	assert.Equal(t, "a", d.RepID)
	d2, err := r.Reroute(ctx, lr.Lead{ID: "L"}, "a")
	require.NoError(t, err)
	assert.Equal(t, "b", d2.RepID)
	assert.False(t, d2.Replay)
	assert.Zero(t, open("a"), "the reroute released a's open count")
	assert.EqualValues(t, 1, open("b"))
	d2b, err := r.Reroute(ctx, lr.Lead{ID: "L"}, "a")
	require.NoError(t, err)
	assert.Equal(t, "b", d2b.RepID, "retrying the same reroute replays it")
	assert.True(t, d2b.Replay)
	require.NoError(t, r.Release(ctx, "a", "L"))
	assert.Zero(t, open("a"), "Release after the reroute's own release changes nothing")
	assert.Equal(t, "b", route(t, r, lr.Lead{ID: "L"}).RepID, "a Route retry replays the reroute")

	d3, err := r.Reroute(ctx, lr.Lead{ID: "L"}, "b")
	require.NoError(t, err)
	assert.Equal(t, "c", d3.RepID, "a and b had it: c")
	d4, err := r.Reroute(ctx, lr.Lead{ID: "L"}, "c")
	require.NoError(t, err)
	assert.Equal(t, "queue:sla-breach", target(d4), "nobody else: the rule's overflow queue, not back to a previous rep")
	for _, id := range []string{"a", "b", "c"} {
		assert.Zero(t, open(id), "open count of %s", id)
	}
	d5, err := r.Reroute(ctx, lr.Lead{ID: "L"}, "c")
	require.NoError(t, err)
	assert.Equal(t, "queue:sla-breach", target(d5), "retry of the last reroute")
	assert.True(t, d5.Replay)
}

func TestSelectorSubPools(t *testing.T) {
	sel := selectorFunc(func(l *lr.Lead) (string, bool) {
		switch l.Country {
		case "US":
			return "na", true
		case "DE", "FR":
			return "emea", true
		case "JP":
			return "apac", true // no sub-pool: uses Pool
		}
		return "", false
	})
	r := newRouter(t, lr.WithReps(reps("us1", "us2", "eu1", "any")...),
		lr.WithRules(lr.Rule{Name: "territory", Match: sel, Pool: []string{"any"},
			Pools:    map[string][]string{"na": {"us1", "us2"}, "emea": {"eu1"}},
			Strategy: strategies.RoundRobin()}))
	got := []string{}
	for _, c := range []string{"US", "DE", "US", "FR", "JP", "BR"} {
		got = append(got, target(route(t, r, lr.Lead{Country: c})))
	}
	assert.Equal(t, []string{"rep:us1", "rep:eu1", "rep:us2", "rep:eu1", "rep:any", "queue:unassigned"}, got)
}

type selectorFunc func(l *lr.Lead) (string, bool)

func (f selectorFunc) Match(l *lr.Lead) bool            { _, ok := f(l); return ok }
func (f selectorFunc) Select(l *lr.Lead) (string, bool) { return f(l) }

type failingMatcher struct{}

func (failingMatcher) Match(*lr.Lead) bool { return false }
func (failingMatcher) MatchErr(*lr.Lead) (bool, error) {
	return false, errors.New("division by zero")
}

func TestMatcherErrorIsReportedNotSwallowed(t *testing.T) {
	r := newRouter(t, lr.WithReps(reps("a")...),
		lr.WithRules(
			lr.Rule{Name: "broken", Match: failingMatcher{}, Pool: []string{"a"}, Strategy: strategies.RoundRobin()},
			lr.Rule{Name: "rest", Pool: []string{"a"}, Strategy: strategies.RoundRobin()},
		))
	d := route(t, r, lr.Lead{})
	assert.Equal(t, "rest", d.Rule)
	assert.Equal(t, []string{`rule "broken": division by zero`}, d.Problems)
}

func TestStrategyErrorStillNamesAQueue(t *testing.T) {
	boom := errors.New("store down")
	r := newRouter(t, lr.WithReps(reps("a")...),
		lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a"}, Strategy: lr.StrategyFunc(func(context.Context, *lr.Lead, lr.Candidates) (lr.Pick, error) {
			return lr.Pick{}, boom
		})}))
	d, err := r.Route(ctx, lr.Lead{ID: "x"})
	require.ErrorIs(t, err, boom)
	assert.Equal(t, "queue:unassigned", target(d), "the lead is never lost")
}

func TestStrategyPickingIneligibleRepIsAnError(t *testing.T) {
	r := newRouter(t, lr.WithReps(lr.Rep{ID: "a", Away: true}),
		lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a"}, Strategy: lr.StrategyFunc(func(_ context.Context, _ *lr.Lead, c lr.Candidates) (lr.Pick, error) {
			return lr.Pick{Rep: c.Rep(0)}, nil
		})}))
	_, err := r.Route(ctx, lr.Lead{})
	assert.ErrorContains(t, err, `strategy picked ineligible rep "a" (away)`)
}

func TestConfigErrorsNameRuleAndField(t *testing.T) {
	_, err := lr.New(
		lr.WithReps(lr.Rep{ID: "a", TimeZone: "Mars/Olympus"}, lr.Rep{ID: "a"}, lr.Rep{ID: "b", Backup: "zed", Weight: -1}),
		lr.WithRules(
			lr.Rule{Name: "emea", Pool: []string{"a", "bobb"}, Strategy: strategies.RoundRobin()},
			lr.Rule{Name: "", Strategy: strategies.RoundRobin()},
			lr.Rule{Name: "nostrat", Pool: []string{"a"}},
			lr.Rule{Name: "emea", Strategy: strategies.RoundRobin()},
		))
	require.ErrorIs(t, err, lr.ErrInvalidConfig)
	var ce *lr.ConfigError
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, strings.Join([]string{
		`reps[0] "a".TimeZone: unknown time zone "Mars/Olympus"`,
		`reps[1] "a".ID: duplicate rep ID "a"`,
		`reps[2] "b".Weight: must not be negative, got -1`,
		`reps[2] "b".Backup: unknown rep "zed"`,
		`rules[0] "emea".Pool[1]: unknown rep "bobb"`,
		`rules[1].Name: required`,
		`rules[2] "nostrat".Strategy: required`,
		`rules[3] "emea".Name: duplicate rule name (also rules[0])`,
	}, "\n"), err.Error())
}

func TestReloadKeepsStateAndRejectsBadTables(t *testing.T) {
	r := newRouter(t, lr.WithReps(reps("a", "b", "c")...),
		lr.WithRules(lr.Rule{Name: "main", Pool: []string{"a", "b", "c"}, Strategy: strategies.RoundRobin()}))
	assert.Equal(t, "a", route(t, r, lr.Lead{}).RepID)
	// A rep is added and the rule gains a sibling: the rotation continues.
	require.NoError(t, r.Reload(
		lr.WithReps(reps("a", "b", "c", "d")...),
		lr.WithRules(
			lr.Rule{Name: "vip", Match: country("US"), Pool: []string{"d"}, Strategy: strategies.RoundRobin()},
			lr.Rule{Name: "main", Pool: []string{"a", "b", "c", "d"}, Strategy: strategies.RoundRobin()},
		)))
	assert.Equal(t, []string{"vip", "main"}, r.Rules())
	assert.Equal(t, "b", route(t, r, lr.Lead{}).RepID)
	// A bad table is refused and the old one stays in force.
	err := r.Reload(lr.WithRules(lr.Rule{Name: "main", Pool: []string{"ghost"}, Strategy: strategies.RoundRobin()}))
	require.ErrorIs(t, err, lr.ErrInvalidConfig)
	assert.Equal(t, "c", route(t, r, lr.Lead{}).RepID)
	assert.Equal(t, []string{"vip", "main"}, r.Rules())
	assert.Error(t, r.Reload(lr.WithSeed(3)), "only table options on reload")
}

func TestObserverSeesEveryRoute(t *testing.T) {
	var mu sync.Mutex
	var seen []string
	r := newRouter(t, lr.WithReps(reps("a")...),
		lr.WithObserver(func(d lr.Decision) { mu.Lock(); seen = append(seen, target(d)); mu.Unlock() }),
		lr.WithRules(lr.Rule{Name: "r", Match: country("US"), Pool: []string{"a"}, Strategy: strategies.RoundRobin()}))
	route(t, r, lr.Lead{Country: "US"})
	route(t, r, lr.Lead{})
	_, _ = r.Explain(ctx, lr.Lead{Country: "US"})
	assert.Equal(t, []string{"rep:a", "queue:unassigned"}, seen)
}

func TestConcurrentRoundRobinIsExact(t *testing.T) {
	ids := []string{"r1", "r2", "r3", "r4", "r5", "r6", "r7"}
	r := newRouter(t, lr.WithReps(reps(ids...)...),
		lr.WithRules(lr.Rule{Name: "r", Pool: ids, Strategy: strategies.RoundRobin()}))
	const goroutines, per = 16, 500
	var mu sync.Mutex
	counts := map[string]int{}
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			local := map[string]int{}
			for i := range per {
				d, err := r.Route(ctx, lr.Lead{ID: fmt.Sprintf("%d-%d", g, i)})
				if err != nil {
					t.Error(err)
					return
				}
				local[d.RepID]++
			}
			mu.Lock()
			for k, v := range local {
				counts[k] += v
			}
			mu.Unlock()
		})
	}
	wg.Wait()
	n := goroutines * per
	for _, id := range ids {
		assert.GreaterOrEqual(t, counts[id], n/7, id)
		assert.LessOrEqual(t, counts[id], (n+6)/7, id)
	}
}

func TestRouteAllocatesNothing(t *testing.T) {
	if leadroutetest.RaceEnabled {
		t.Skip("allocation counts are not meaningful under -race (.ci/run runs this without it)")
	}
	ids := make([]string, 50)
	rs := make([]lr.Rep, 50)
	for i := range ids {
		ids[i] = fmt.Sprintf("rep%02d", i)
		rs[i] = lr.Rep{ID: ids[i], TimeZone: "Europe/Paris", DailyCap: 1 << 30, MaxOpen: 1 << 30, Hours: mustHours(t, "Mon-Sun 00:00-24:00")}
	}
	// A store that remembers few decisions reaches its steady state (no
	// growth) quickly; a large one grows its tables now and then, which is
	// amortised memory for remembering decisions, not per-Route work.
	st := store.NewMemory(store.MemoryOptions{MaxRecords: 1 << 10})
	r := newRouter(t, lr.WithState(st), lr.WithReps(rs...),
		lr.WithRules(
			lr.Rule{Name: "fr", Match: country("FR"), Pool: ids[:10], Strategy: strategies.RoundRobin()},
			lr.Rule{Name: "us", Match: country("US"), Pool: ids[10:], Strategy: strategies.RoundRobin(), WorkingHours: true},
		))
	leads := []lr.Lead{
		{ID: "l1", Country: "US", State: "US-CA", Email: "jo@acme.com", Domain: "acme.com"},
		{ID: "l2", Country: "DE"},
	}
	// Fresh lead IDs for every call, so each Route is a new decision (a
	// repeated ID would only measure the replay path), and no IDs at all.
	leadIDs := make([]string, 12000)
	for i := range leadIDs {
		leadIDs[i] = fmt.Sprintf("lead-%d", i)
	}
	next := 0
	for _, id := range leadIDs[:10000] { // warm up to the steady state
		_, _ = r.Route(ctx, lr.Lead{ID: id, Country: "US"})
		next++
	}
	for _, l := range leads {
		for _, withID := range []bool{true, false} {
			allocs := testing.AllocsPerRun(200, func() {
				l.ID = ""
				if withID {
					l.ID, next = leadIDs[next], next+1
				}
				if _, err := r.Route(ctx, l); err != nil {
					t.Fatal(err)
				}
			})
			assert.Zero(t, allocs, "Route(%+v)", l)
		}
	}
	// The replay of a decision made before allocates nothing either.
	l := leads[0]
	l.ID = leadIDs[0]
	assert.Zero(t, testing.AllocsPerRun(100, func() { _, _ = r.Route(ctx, l) }))
}

// errSelector selects by country and fails for "XX".
type errSelector struct{}

func (errSelector) Match(l *lr.Lead) bool { ok, _ := errSelector{}.MatchErr(l); return ok }
func (errSelector) MatchErr(l *lr.Lead) (bool, error) {
	_, ok, err := errSelector{}.SelectErr(l)
	return ok, err
}
func (errSelector) SelectErr(l *lr.Lead) (string, bool, error) {
	if l.Country == "FR" {
		return "", false, errors.New("lookup failed")
	}
	return l.Country, l.Country != "", nil
}

func TestErrSelectorChoosesPoolAndReportsErrors(t *testing.T) {
	r := newRouter(t, lr.WithReps(reps("us", "any")...),
		lr.WithRules(
			lr.Rule{Name: "t", Match: errSelector{}, Pool: []string{"any"}, Pools: map[string][]string{"US": {"us"}}, Strategy: strategies.RoundRobin()},
		))
	assert.Equal(t, "rep:us", target(route(t, r, lr.Lead{Country: "US"})))
	assert.Equal(t, "rep:any", target(route(t, r, lr.Lead{Country: "DE"})))
	d := route(t, r, lr.Lead{Country: "FR"})
	assert.Equal(t, "queue:unassigned", target(d))
	assert.Equal(t, []string{`rule "t": lookup failed`}, d.Problems)
}

func TestPickCountIsCommittedWithTheAssignment(t *testing.T) {
	tally := func(id string) store.Counter { return store.Counter{Kind: "mine", Scope: "r", Member: id} }
	firstEligible := lr.StrategyFunc(func(_ context.Context, _ *lr.Lead, c lr.Candidates) (lr.Pick, error) {
		for i := range c.Len() {
			if c.Eligible(i) {
				return lr.Pick{Rep: c.Rep(i), Count: store.Limit{Counter: tally(c.ID(i)), Max: 2}}, nil
			}
		}
		return lr.Pick{}, nil
	})
	r := newRouter(t, lr.WithReps(reps("a", "b")...),
		lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a", "b"}, Strategy: firstEligible, Overflow: "full"}))
	_, err := r.Explain(ctx, lr.Lead{})
	require.NoError(t, err)
	var got []string
	for range 3 {
		got = append(got, target(route(t, r, lr.Lead{})))
	}
	// a's own tally reaches its Max of 2; the third commit is refused as a
	// whole and the router picks again.
	assert.Equal(t, []string{"rep:a", "rep:a", "rep:b"}, got)
	na, _ := r.State().Get(ctx, tally("a"))
	nb, _ := r.State().Get(ctx, tally("b"))
	assert.EqualValues(t, 2, na, "Explain counted nothing; the refused commit counted nothing")
	assert.EqualValues(t, 1, nb)
	open, _ := r.State().Get(ctx, store.Counter{Kind: "open", Member: "a"})
	assert.EqualValues(t, 2, open, "the refused commit did not count a's open leads either")
}

func TestPools(t *testing.T) {
	r := newRouter(t, lr.WithReps(lr.Rep{ID: "a", Weight: 3}, lr.Rep{ID: "b"}),
		lr.WithRules(
			lr.Rule{Name: "t", Match: selectorFunc(func(*lr.Lead) (string, bool) { return "", false }), Pool: []string{"a"},
				Pools: map[string][]string{"z": {"b"}, "y": {"a", "b"}}, Strategy: strategies.Weighted()},
			lr.Rule{Name: "q", Strategy: strategies.Queue("q")},
		))
	var got []string
	for _, p := range r.Pools() {
		ids := []string{}
		for _, rp := range p.Reps {
			ids = append(ids, fmt.Sprintf("%s:%d", rp.ID, rp.Weight))
		}
		got = append(got, fmt.Sprintf("%s %s %v %v", p.Key, p.Rule, ids, p.Strategy))
	}
	assert.Equal(t, []string{"t t [a:3] weighted", "t/y t [a:3 b:0] weighted", "t/z t [b:0] weighted", "q q [] queue q"}, got)
	r.Pools()[0].Reps[0].Weight = 100
	assert.Equal(t, 3, r.Pools()[0].Reps[0].Weight, "copies")
}

func TestOddNumbersAndHugeStrings(t *testing.T) {
	var rules []lr.Rule
	for i := range 10 { // enough rules for the index
		rules = append(rules, lr.Rule{Name: fmt.Sprintf("r%d", i),
			Match: conj{{Field: lr.FieldRevenue, Min: float64(i) * 1e6, Max: math.Inf(1)}, {Field: lr.FieldCountry, Values: []string{"US"}}},
			Pool:  []string{"a"}, Strategy: strategies.RoundRobin()})
	}
	r := newRouter(t, lr.WithReps(reps("a")...), lr.WithRules(rules...))
	for _, rev := range []float64{math.NaN(), math.Inf(1), math.Inf(-1), -5, 3e6} {
		l := lr.Lead{Country: "US", Revenue: rev}
		e, err := r.Explain(ctx, l)
		require.NoError(t, err)
		d := route(t, r, l)
		assert.Equal(t, target(e)+" "+e.Rule, target(d)+" "+d.Rule, "revenue %v: Explain and Route agree", rev)
		if rev < 0 || math.IsNaN(rev) || math.IsInf(rev, 0) {
			assert.Contains(t, strings.Join(d.Problems, "\n"), "Revenue", "revenue %v is reported", rev)
		}
	}
	huge := strings.Repeat("Narnia", 20000)
	d := route(t, r, lr.Lead{Country: huge, State: huge}) // no name search: it would take seconds
	assert.Equal(t, `Country "NarniaNarniaNarniaNarniaNarniaNarniaNarniaNarniaNarniaNarniaNarn…": not a known country`, d.Problems[0])
}

func TestDecisionJSONRoundTrip(t *testing.T) {
	r := newRouter(t, lr.WithReps(lr.Rep{ID: "a", Away: true}, lr.Rep{ID: "b"}),
		lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a", "b"}, Strategy: strategies.RoundRobin()}))
	d, err := r.Explain(ctx, lr.Lead{ID: "x", Country: "Narnia"})
	require.NoError(t, err)
	b, err := json.Marshal(d)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"event":"rep-skipped"`)
	assert.Contains(t, string(b), `"skip":"away"`)
	var back lr.Decision
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, d.Trace, back.Trace)
	assert.Equal(t, d.RepID, back.RepID)
	assert.True(t, d.At.Equal(back.At))
	var e lr.Event
	assert.Error(t, e.UnmarshalText([]byte("nonsense")))
}
