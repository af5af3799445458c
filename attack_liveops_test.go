package leadroute_test

// Red-team attacks on issue 13's live operations (SetStatus, lead
// weights, Release and Reroute of weighted leads, ownership memories,
// accept deadlines, holidays), on store.Memory. The same attacks against
// Redis are in redisstore/liveops_attack_test.go.

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	lr "github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
)

func statusOf(t *testing.T, r *lr.Router, rep string) int64 {
	t.Helper()
	v, err := r.State().Get(ctx, store.Counter{Kind: "status", Member: rep})
	require.NoError(t, err)
	return v
}

func openOf(t *testing.T, r *lr.Router, rep string) int64 {
	t.Helper()
	v, err := r.State().Get(ctx, store.Counter{Kind: "open", Member: rep})
	require.NoError(t, err)
	return v
}

// No lead reaches a rep once SetStatus(Away) has returned, however many
// routes race it.
func TestAttackSetStatusAwayRacesRoute(t *testing.T) {
	for round := range 20 {
		r := newRouter(t, lr.WithReps(reps("a", "b", "c")...),
			lr.WithRules(lr.Rule{Name: "all", Pool: []string{"a", "b", "c"}, Strategy: strategies.RoundRobin()}))
		var away atomic.Bool
		var bad atomic.Int64
		var wg sync.WaitGroup
		stop := make(chan struct{})
		for g := range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; ; i++ {
					select {
					case <-stop:
						return
					default:
					}
					was := away.Load()
					d, err := r.Route(ctx, lr.Lead{ID: fmt.Sprintf("%d-%d-%d", round, g, i)})
					if err != nil {
						bad.Add(1)
						return
					}
					if was && d.RepID == "a" {
						bad.Add(1)
					}
				}
			}()
		}
		time.Sleep(time.Millisecond)
		require.NoError(t, r.SetStatus(ctx, "a", lr.Status{Away: true}))
		away.Store(true)
		time.Sleep(2 * time.Millisecond)
		close(stop)
		wg.Wait()
		require.Zero(t, bad.Load(), "a lead reached rep a after SetStatus(Away) returned")
	}
}

// Concurrent SetStatus calls leave exactly one of the statuses set, never
// a sum of them.
func TestAttackConcurrentSetStatusNeverSums(t *testing.T) {
	r := newRouter(t, lr.WithReps(reps("a")...),
		lr.WithRules(lr.Rule{Name: "all", Pool: []string{"a"}, Strategy: strategies.RoundRobin()}))
	for range 50 {
		var wg sync.WaitGroup
		for k := range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s := lr.Status{MaxOpen: k}
				if k == 0 {
					s = lr.Status{Away: true}
				}
				assert.NoError(t, r.SetStatus(ctx, "a", s))
			}()
		}
		wg.Wait()
		got := statusOf(t, r, "a")
		require.True(t, got >= 1 && got <= 8, "status %d is none of the values set (1..8)", got)
	}
}

// A capacity too large for the store's encoding is still a large
// capacity: it must not wrap round to "as configured" (or to away).
func TestAttackSetStatusHugeMaxOpen(t *testing.T) {
	r := newRouter(t, lr.WithReps(lr.Rep{ID: "a", MaxOpen: 1}),
		lr.WithRules(lr.Rule{Name: "all", Pool: []string{"a"}, Strategy: strategies.RoundRobin(), Overflow: "full"}))
	for _, n := range []int{math.MaxInt, math.MaxInt - 1, 1 << 62, 1<<53 + 1} {
		require.NoError(t, r.SetStatus(ctx, "a", lr.Status{MaxOpen: n}))
		for i := range 3 {
			d := route(t, r, lr.Lead{ID: fmt.Sprintf("%d-%d", n, i)})
			require.Equal(t, "a", d.RepID, "MaxOpen %d: lead %d: %s", n, i, d.Reason)
		}
	}
	// A status whose Until has passed is "as configured" again.
	require.NoError(t, r.SetStatus(ctx, "a", lr.Status{Away: true, Until: monday10.Add(-time.Hour)}))
	require.Zero(t, statusOf(t, r, "a"))
	require.Error(t, r.SetStatus(ctx, "a", lr.Status{MaxOpen: -1}))
	require.ErrorIs(t, r.SetStatus(ctx, "ghost", lr.Status{Away: true}), lr.ErrUnknownRep)
}

// Until in the future lapses by itself at Until, by the router's clock.
func TestAttackSetStatusUntilLapses(t *testing.T) {
	clock := newClock(monday10)
	r := newRouter(t, lr.WithClock(clock), lr.WithState(store.NewMemory(store.MemoryOptions{Clock: clock})),
		lr.WithReps(reps("a")...),
		lr.WithRules(lr.Rule{Name: "all", Pool: []string{"a"}, Strategy: strategies.RoundRobin(), Overflow: "q"}))
	require.NoError(t, r.SetStatus(ctx, "a", lr.Status{Away: true, Until: monday10.Add(time.Minute)}))
	require.Equal(t, "q", route(t, r, lr.Lead{}).Queue)
	clock.Advance(time.Minute - time.Nanosecond)
	require.Equal(t, "q", route(t, r, lr.Lead{}).Queue)
	clock.Advance(time.Nanosecond)
	require.Equal(t, "a", route(t, r, lr.Lead{}).RepID)
	// A later status without Until is kept past the earlier Until.
	require.NoError(t, r.SetStatus(ctx, "a", lr.Status{Away: true, Until: clock.Now().Add(time.Minute)}))
	require.NoError(t, r.SetStatus(ctx, "a", lr.Status{Away: true}))
	clock.Advance(time.Hour)
	require.Equal(t, "q", route(t, r, lr.Lead{}).Queue)
}

// Mixed weights near MaxLeadWeight against caps, with releases and live
// capacity changes racing: no cap is ever exceeded, and open counts are
// exactly what was assigned minus what was released.
func TestAttackWeightedCapsUnderConcurrency(t *testing.T) {
	clock := newClock(monday10)
	st := store.NewMemory(store.MemoryOptions{Clock: clock})
	repsIn := []lr.Rep{
		{ID: "a", MaxOpen: 7, DailyCap: 1000},
		{ID: "b", MaxOpen: 1000, DailyCap: 2500},
		{ID: "c", MaxOpen: 999, DailyCap: 1001},
		{ID: "d"},
	}
	weight := func(l *lr.Lead) int { return l.Score }
	r := newRouter(t, lr.WithClock(clock), lr.WithState(st), lr.WithReps(repsIn...),
		lr.WithRules(
			lr.Rule{Name: "ll", Match: country("US"), Pool: []string{"a", "b", "c"}, Strategy: strategies.LeastLoaded(), Weight: weight, Overflow: "full"},
			lr.Rule{Name: "rr", Pool: []string{"a", "b", "c"}, Strategy: strategies.RoundRobin(), Weight: weight, Overflow: "full"},
		))
	scores := []int{1, 2, 3, 7, 8, 999, 1000, 1001, math.MaxInt, -5, 0}
	var mu sync.Mutex
	open := map[string]int64{}
	daily := map[string]int64{}
	var wg sync.WaitGroup
	for g := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 300 {
				id := fmt.Sprintf("g%d-%d", g, i)
				s := scores[(g*7+i*13)%len(scores)]
				w := int64(min(max(s, 1), lr.MaxLeadWeight))
				c := "US"
				if i%2 == 1 {
					c = "FR"
				}
				d, err := r.Route(ctx, lr.Lead{ID: id, Score: s, Country: c})
				if !assert.NoError(t, err) {
					return
				}
				if d.RepID == "" {
					continue
				}
				mu.Lock()
				open[d.RepID] += w
				daily[d.RepID] += w
				mu.Unlock()
				if i%3 == 0 {
					// Released twice: counts once.
					assert.NoError(t, r.Release(ctx, d.RepID, id))
					assert.NoError(t, r.Release(ctx, d.RepID, id))
					mu.Lock()
					open[d.RepID] -= w
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	for _, rp := range repsIn[:3] {
		got := openOf(t, r, rp.ID)
		assert.Equal(t, open[rp.ID], got, "open count of %s", rp.ID)
		assert.LessOrEqual(t, daily[rp.ID], int64(rp.DailyCap), "daily cap of %s", rp.ID)
		assert.LessOrEqual(t, got, int64(rp.MaxOpen), "max open of %s", rp.ID)
	}
}

// MaxOpen with a live capacity: the gate replaces MaxOpen, and a heavy
// lead does not fit a capacity smaller than its weight.
func TestAttackWeightAgainstLiveCapacity(t *testing.T) {
	r := newRouter(t, lr.WithReps(lr.Rep{ID: "a", MaxOpen: 100}),
		lr.WithRules(lr.Rule{Name: "all", Pool: []string{"a"}, Strategy: strategies.RoundRobin(), Weight: func(l *lr.Lead) int { return l.Score }, Overflow: "full"}))
	require.NoError(t, r.SetStatus(ctx, "a", lr.Status{MaxOpen: 5}))
	require.Equal(t, "full", route(t, r, lr.Lead{ID: "x", Score: 6}).Queue)
	require.Equal(t, "a", route(t, r, lr.Lead{ID: "y", Score: 5}).RepID)
	require.Equal(t, "full", route(t, r, lr.Lead{ID: "z", Score: 1}).Queue)
	require.EqualValues(t, 5, openOf(t, r, "a"))
	require.NoError(t, r.Release(ctx, "a", "y"))
	require.Zero(t, openOf(t, r, "a"))
}

// A weighted lead released after a reload that dropped the rule's weight
// still gives back its whole weight: the decision was made with it.
func TestAttackReleaseWeightedAfterReload(t *testing.T) {
	heavy := lr.Rule{Name: "all", Pool: []string{"a"}, Strategy: strategies.RoundRobin(), Weight: func(*lr.Lead) int { return 3 }}
	r := newRouter(t, lr.WithReps(reps("a")...), lr.WithRules(heavy))
	require.Equal(t, "a", route(t, r, lr.Lead{ID: "L"}).RepID)
	require.EqualValues(t, 3, openOf(t, r, "a"))
	light := heavy
	light.Weight = nil
	require.NoError(t, r.Reload(lr.WithRules(light)))
	require.NoError(t, r.Release(ctx, "a", "L"))
	require.Zero(t, openOf(t, r, "a"), "the weighted lead's release left open leads behind")
}

// A lead rerouted between rules of different weights releases what each
// rep took, once.
func TestAttackRerouteBetweenWeights(t *testing.T) {
	r := newRouter(t, lr.WithReps(reps("a", "b")...), lr.WithRules(
		lr.Rule{Name: "heavy", Pool: []string{"a"}, Strategy: strategies.RoundRobin(), Weight: func(*lr.Lead) int { return lr.MaxLeadWeight }},
		lr.Rule{Name: "light", Pool: []string{"b"}, Strategy: strategies.RoundRobin(), Weight: func(*lr.Lead) int { return 2 }},
	))
	require.Equal(t, "a", route(t, r, lr.Lead{ID: "L"}).RepID)
	require.EqualValues(t, lr.MaxLeadWeight, openOf(t, r, "a"))
	d, err := r.Reroute(ctx, lr.Lead{ID: "L"}, "a")
	require.NoError(t, err)
	require.Equal(t, "b", d.RepID)
	require.Zero(t, openOf(t, r, "a"))
	require.EqualValues(t, 2, openOf(t, r, "b"))
	// Retries and late releases change nothing.
	d, err = r.Reroute(ctx, lr.Lead{ID: "L"}, "a")
	require.NoError(t, err)
	require.True(t, d.Replay)
	require.NoError(t, r.Release(ctx, "a", "L"))
	require.EqualValues(t, 2, openOf(t, r, "b"))
	require.Zero(t, openOf(t, r, "a"))
	// Away from both: the fallback queue, and b's weight is given back.
	d, err = r.Reroute(ctx, lr.Lead{ID: "L"}, "b")
	require.NoError(t, err)
	require.Equal(t, lr.DefaultFallbackQueue, d.Queue)
	require.Zero(t, openOf(t, r, "b"))
	require.NoError(t, r.Release(ctx, "b", "L"))
	require.Zero(t, openOf(t, r, "b"))
}

// Racing first leads of one company leave exactly one owner, and every
// later lead of the company goes to that owner.
func TestAttackOwnershipClaimRace(t *testing.T) {
	rem, err := strategies.Remember(strategies.ByCompany, 24*time.Hour, nil)
	require.NoError(t, err)
	for round := range 20 {
		r := newRouter(t, lr.WithReps(reps("a", "b", "c", "d")...),
			lr.WithRules(lr.Rule{Name: "all", Pool: []string{"a", "b", "c", "d"}, Strategy: rem}))
		var wg sync.WaitGroup
		for g := range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, err := r.Route(ctx, lr.Lead{ID: fmt.Sprintf("%d-%d", round, g), Email: fmt.Sprintf("p%d@acme.example.com", g)})
				assert.NoError(t, err)
			}()
		}
		wg.Wait()
		first := route(t, r, lr.Lead{Email: "x@eu.acme.example.com"})
		require.NotEmpty(t, first.Owner)
		require.Equal(t, first.Owner, first.RepID)
		for i := range 5 {
			d := route(t, r, lr.Lead{Company: "Other", Email: fmt.Sprintf("y%d@ACME.example.com", i)})
			require.Equal(t, first.Owner, d.RepID)
		}
	}
}

// An owner removed by a reload is no owner; put back, they are again.
func TestAttackOwnerRemovedByReload(t *testing.T) {
	rem, err := strategies.Remember(strategies.ByEmail, 24*time.Hour, nil)
	require.NoError(t, err)
	rule := func(pool ...string) lr.Rule { return lr.Rule{Name: "all", Pool: pool, Strategy: rem} }
	r := newRouter(t, lr.WithReps(reps("a", "b")...), lr.WithRules(rule("a", "b")))
	require.Equal(t, "a", route(t, r, lr.Lead{Email: "p@x.com"}).RepID)
	require.NoError(t, r.Reload(lr.WithReps(reps("b", "c")...), lr.WithRules(rule("b", "c"))))
	d := route(t, r, lr.Lead{Email: "p@x.com"})
	require.NotEqual(t, "a", d.RepID)
	require.Empty(t, d.Owner)
	require.NoError(t, r.Reload(lr.WithReps(reps("a", "b", "c")...), lr.WithRules(rule("b", "c"))))
	d = route(t, r, lr.Lead{Email: "P@X.COM"})
	require.Equal(t, "a", d.RepID)
	require.Equal(t, "a", d.Owner)
}

// Odd company names and domains in ByCompany: no panic, free-mail is
// nobody's company, and the key stays bounded by the lead limits.
func TestAttackByCompanyOddNames(t *testing.T) {
	rem, err := strategies.Remember(strategies.ByCompany, 24*time.Hour, nil)
	require.NoError(t, err)
	r := newRouter(t, lr.WithReps(reps("a", "b", "c")...), lr.WithRules(lr.Rule{Name: "all", Pool: []string{"a", "b", "c"}, Strategy: rem}))
	odd := []lr.Lead{
		{Email: "x@gmail.com"}, {Email: "x@GMAIL.COM."}, {Domain: "gmail.com"}, {Domain: "co.uk"},
		{Domain: "xn--mller-kva.de"}, {Domain: "müller.de"}, {Domain: "..."}, {Domain: "."},
		{Domain: strings.Repeat("a.", 600) + "com"}, {Company: strings.Repeat("Ⅻ", 2000)},
		{Company: "   ,,, Inc. LLC GmbH  "}, {Company: "\x00\xff\xfe"}, {Company: "🦄 Unicorn, Inc."},
		{Email: "@", Company: "Inc."}, {Email: "a@b@c.d"}, {Domain: "localhost"}, {Domain: "[::1]"},
	}
	for i, l := range odd {
		for range 2 {
			l.ID = ""
			d, err := r.Route(ctx, l)
			require.NoError(t, err, "lead %d", i)
			require.NotEmpty(t, d.RepID, "lead %d", i)
		}
	}
	// Different gmail.com people are different people.
	got := map[string]bool{}
	for i := range 3 {
		got[route(t, r, lr.Lead{Email: fmt.Sprintf("u%d@gmail.com", i)}).RepID] = true
	}
	require.Len(t, got, 3, "free-mail leads were treated as one company")
}

// Accept deadlines across reroute rounds: each round's deadline is its
// own, a reroute to a queue clears it, and the pending entry always names
// the lead's current rep even when Accept races Reroute.
func TestAttackPendingAcrossRerouteRounds(t *testing.T) {
	clock := newClock(monday10)
	st := store.NewMemory(store.MemoryOptions{Clock: clock})
	r := newRouter(t, lr.WithClock(clock), lr.WithState(st), lr.WithReps(reps("a", "b", "c")...),
		lr.WithRules(lr.Rule{Name: "sla", Pool: []string{"a", "b", "c"}, Strategy: strategies.RoundRobin(), AcceptWithin: 15 * time.Minute}))
	d := route(t, r, lr.Lead{ID: "L"})
	require.Equal(t, monday10.Add(15*time.Minute), d.Deadline)
	clock.Advance(15 * time.Minute)
	due, err := r.Overdue(ctx, 10)
	require.NoError(t, err)
	require.Equal(t, []lr.Assignment{{LeadID: "L", RepID: d.RepID, Deadline: d.Deadline}}, due)
	d2, err := r.Reroute(ctx, lr.Lead{ID: "L"}, d.RepID)
	require.NoError(t, err)
	require.Equal(t, clock.Now().Add(15*time.Minute), d2.Deadline)
	due, err = r.Overdue(ctx, -1)
	require.NoError(t, err)
	require.Empty(t, due)
	clock.Advance(16 * time.Minute)
	d3, err := r.Reroute(ctx, lr.Lead{ID: "L"}, d2.RepID)
	require.NoError(t, err)
	d4, err := r.Reroute(ctx, lr.Lead{ID: "L"}, d3.RepID)
	require.NoError(t, err)
	require.Equal(t, lr.DefaultFallbackQueue, d4.Queue)
	clock.Advance(time.Hour)
	due, err = r.Overdue(ctx, math.MaxInt)
	require.NoError(t, err)
	require.Empty(t, due, "a lead rerouted to a queue is still pending")
	ok, err := r.Accept(ctx, "L", d3.RepID)
	require.NoError(t, err)
	require.False(t, ok)

	// Accept racing Reroute: whatever wins, a pending entry names the
	// lead's current rep.
	for i := range 200 {
		id := fmt.Sprintf("R%d", i)
		d := route(t, r, lr.Lead{ID: id})
		var wg sync.WaitGroup
		wg.Add(2)
		go func() { defer wg.Done(); _, err := r.Reroute(ctx, lr.Lead{ID: id}, d.RepID); assert.NoError(t, err) }()
		go func() { defer wg.Done(); _, err := r.Accept(ctx, id, d.RepID); assert.NoError(t, err) }()
		wg.Wait()
	}
	clock.Advance(time.Hour)
	due, err = r.Overdue(ctx, -1)
	require.NoError(t, err)
	for _, a := range due {
		rec, found, err := st.Recall(ctx, a.LeadID)
		require.NoError(t, err)
		require.True(t, found)
		require.Equal(t, rec.Member, a.RepID, "pending entry of %s names a rep who no longer has it", a.LeadID)
	}
}

// Overdue with limit 0, negative and huge.
func TestAttackOverdueLimits(t *testing.T) {
	clock := newClock(monday10)
	r := newRouter(t, lr.WithClock(clock), lr.WithState(store.NewMemory(store.MemoryOptions{Clock: clock})),
		lr.WithReps(reps("a")...),
		lr.WithRules(lr.Rule{Name: "sla", Pool: []string{"a"}, Strategy: strategies.RoundRobin(), AcceptWithin: time.Minute}))
	for i := range 5 {
		route(t, r, lr.Lead{ID: fmt.Sprintf("L%d", i)})
		clock.Advance(time.Second)
	}
	clock.Advance(time.Minute)
	for limit, want := range map[int]int{0: 0, -1: 5, math.MinInt: 5, 3: 3, math.MaxInt: 5} {
		due, err := r.Overdue(ctx, limit)
		require.NoError(t, err)
		require.Len(t, due, want, "limit %d", limit)
		for i, a := range due {
			require.Equal(t, fmt.Sprintf("L%d", i), a.LeadID, "longest overdue first")
		}
	}
}

// Memory's pending entries are bounded by MaxRecords, and past the bound
// the entries longest overdue go first.
func TestAttackMemoryPendingBound(t *testing.T) {
	clock := newClock(monday10)
	st := store.NewMemory(store.MemoryOptions{Clock: clock, MaxRecords: 64})
	r := newRouter(t, lr.WithClock(clock), lr.WithState(st), lr.WithReps(reps("a")...),
		lr.WithRules(lr.Rule{Name: "sla", Pool: []string{"a"}, Strategy: strategies.RoundRobin(), AcceptWithin: time.Minute}))
	for i := range 1000 {
		route(t, r, lr.Lead{ID: fmt.Sprintf("L%04d", i)})
		clock.Advance(time.Second)
	}
	clock.Advance(time.Hour)
	due, err := r.Overdue(ctx, -1)
	require.NoError(t, err)
	require.LessOrEqual(t, len(due), 64)
	require.NotEmpty(t, due)
	require.Equal(t, "L0999", due[len(due)-1].LeadID, "the newest pending entry was dropped")
}

// Holidays are whole local days, in zones far east and west of UTC and on
// the days the clocks change.
func TestAttackHolidaysAcrossZonesAndDST(t *testing.T) {
	cases := []struct {
		zone, holiday string
		in, out       []string // instants (RFC 3339) inside and just outside the local day
	}{
		{"Pacific/Kiritimati", "2026-03-02", []string{"2026-03-01T10:00:00Z", "2026-03-02T09:59:59Z"}, []string{"2026-03-01T09:59:59Z", "2026-03-02T10:00:00Z"}},
		{"Pacific/Pago_Pago", "2026-03-02", []string{"2026-03-02T11:00:00Z", "2026-03-03T10:59:59Z"}, []string{"2026-03-02T10:59:59Z", "2026-03-03T11:00:00Z"}},
		// US spring forward: a 23-hour day, 08:00Z to 07:00Z.
		{"America/Los_Angeles", "2026-03-08", []string{"2026-03-08T08:00:00Z", "2026-03-09T06:59:59Z"}, []string{"2026-03-08T07:59:59Z", "2026-03-09T07:00:00Z"}},
		// EU fall back: a 25-hour day, 22:00Z to 23:00Z next day.
		{"Europe/Berlin", "2026-10-25", []string{"2026-10-24T22:00:00Z", "2026-10-25T22:59:59Z"}, []string{"2026-10-24T21:59:59Z", "2026-10-25T23:00:00Z"}},
		// Lord Howe: a half-hour DST shift.
		{"Australia/Lord_Howe", "2026-04-05", []string{"2026-04-04T13:00:00Z", "2026-04-05T13:29:59Z"}, []string{"2026-04-04T12:59:59Z", "2026-04-05T13:30:00Z"}},
		// Before 1970.
		{"UTC", "1969-07-20", []string{"1969-07-20T00:00:00Z", "1969-07-20T23:59:59Z"}, []string{"1969-07-19T23:59:59Z", "1969-07-21T00:00:00Z"}},
	}
	for _, c := range cases {
		clock := newClock(monday10)
		r := newRouter(t, lr.WithClock(clock), lr.WithReps(lr.Rep{ID: "a", TimeZone: c.zone, Holidays: []string{c.holiday}}),
			lr.WithRules(lr.Rule{Name: "all", Pool: []string{"a"}, Strategy: strategies.RoundRobin(), Overflow: "off"}))
		check := func(at string, off bool) {
			tm, err := time.Parse(time.RFC3339, at)
			require.NoError(t, err)
			clock.Set(tm)
			d := route(t, r, lr.Lead{})
			if off {
				require.Equal(t, "off", d.Queue, "%s holiday %s at %s", c.zone, c.holiday, at)
			} else {
				require.Equal(t, "a", d.RepID, "%s holiday %s at %s", c.zone, c.holiday, at)
			}
		}
		for _, at := range c.in {
			check(at, true)
		}
		for _, at := range c.out {
			check(at, false)
		}
	}
}

// A rule's Weight that panics is recovered like any user code (G1).
func TestAttackWeightPanics(t *testing.T) {
	r := newRouter(t, lr.WithReps(reps("a")...), lr.WithRules(lr.Rule{Name: "all", Pool: []string{"a"}, Strategy: strategies.RoundRobin(), Weight: func(*lr.Lead) int { panic("boom") }}))
	d, err := r.Route(ctx, lr.Lead{ID: "L"})
	require.True(t, errors.Is(err, lr.ErrPanic))
	require.Equal(t, lr.DefaultFallbackQueue, d.Queue)
	require.Zero(t, openOf(t, r, "a"))
}

// Queued reasons under many distinct combinations, from many goroutines:
// each reason is right (the cache is bounded and race-free: -race).
func TestAttackQueuedReasonsManyCombinations(t *testing.T) {
	const n = 40
	var rs []lr.Rep
	var pool []string
	for i := range n {
		id := fmt.Sprintf("r%02d", i)
		rs = append(rs, lr.Rep{ID: id, MaxOpen: 1})
		pool = append(pool, id)
	}
	r := newRouter(t, lr.WithReps(rs...),
		lr.WithRules(lr.Rule{Name: "all", Pool: pool, Strategy: strategies.RoundRobin(), Overflow: "q"}))
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := g; k < n; k += 4 {
				// k reps away, the rest at max open: n+1 combinations
				// per goroutine's share.
				for i := range n {
					_, _ = r.Route(ctx, lr.Lead{ID: fmt.Sprintf("g%d-%d-%d", g, k, i)})
				}
			}
		}()
	}
	wg.Wait()
	for k := 0; k <= n; k++ {
		for i := range n {
			if i < k {
				require.NoError(t, r.SetStatus(ctx, pool[i], lr.Status{Away: true}))
			} else {
				require.NoError(t, r.SetStatus(ctx, pool[i], lr.Status{}))
			}
		}
		d := route(t, r, lr.Lead{})
		require.Equal(t, "q", d.Queue)
		switch {
		case k == 0:
			require.Equal(t, fmt.Sprintf("overflow: all %d reps at max open", n), d.Reason)
		case k == n:
			require.Equal(t, fmt.Sprintf("overflow: all %d reps away (live status)", n), d.Reason)
		default:
			require.Contains(t, d.Reason, fmt.Sprintf("at max open (%d)", n-k))
			require.Contains(t, d.Reason, fmt.Sprintf("away (live status) (%d)", k))
		}
	}
}

// A team shared by rules of different strategies takes turns once across
// them (least-loaded ties go round the same rotation), and a reload that
// renames the team starts a new rotation, as documented (state is kept by
// team name), while the old name's state is left alone.
func TestAttackTeamSharedAcrossStrategies(t *testing.T) {
	rs := []lr.Rep{{ID: "a", Team: "t"}, {ID: "b", Team: "t"}, {ID: "c", Team: "t"}}
	rules := func(team string) []lr.Rule {
		return []lr.Rule{
			{Name: "rr", Match: country("DE"), Team: team, Strategy: strategies.RoundRobin()},
			{Name: "ll", Match: country("FR"), Team: team, Strategy: strategies.LeastLoaded()},
		}
	}
	r := newRouter(t, lr.WithReps(rs...), lr.WithRules(rules("t")...))
	var got []string
	for i, c := range []string{"DE", "FR", "FR", "DE", "FR", "DE"} {
		id := fmt.Sprint("L", i)
		d := route(t, r, lr.Lead{ID: id, Country: c})
		got = append(got, d.RepID)
		require.NoError(t, r.Release(ctx, d.RepID, id)) // equal loads: least-loaded ties
	}
	require.Equal(t, []string{"a", "b", "c", "a", "b", "c"}, got)

	renamed := []lr.Rep{{ID: "a", Team: "u"}, {ID: "b", Team: "u"}, {ID: "c", Team: "u"}}
	require.NoError(t, r.Reload(lr.WithReps(renamed...), lr.WithRules(rules("u")...)))
	require.Equal(t, "a", route(t, r, lr.Lead{Country: "DE"}).RepID, "a renamed team starts its own rotation")
	require.NoError(t, r.Reload(lr.WithReps(rs...), lr.WithRules(rules("t")...)))
	require.Equal(t, "a", route(t, r, lr.Lead{Country: "DE"}).RepID, "the old name resumes where it was")
}

// An ownership memory kept for as long as a Duration goes still holds.
func TestAttackRememberHugeTTL(t *testing.T) {
	rem, err := strategies.Remember(strategies.ByEmail, math.MaxInt64, nil)
	require.NoError(t, err)
	r := newRouter(t, lr.WithReps(reps("a", "b", "c")...), lr.WithRules(lr.Rule{Name: "all", Pool: []string{"a", "b", "c"}, Strategy: rem}))
	first := route(t, r, lr.Lead{Email: "p@x.com"})
	for range 4 {
		d := route(t, r, lr.Lead{Email: "p@x.com"})
		require.Equal(t, first.RepID, d.RepID)
		require.Equal(t, first.RepID, d.Owner)
	}
}
