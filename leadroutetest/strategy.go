package leadroutetest

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/store"
)

// Option adjusts TestStrategy.
type Option func(*config)

type config struct {
	skip       map[string]string
	lead       func(i int) leadroute.Lead
	reps       []leadroute.Rep
	zeroAllocs bool
}

// Skip skips the named subtest of TestStrategy ("NeverIneligible",
// "NobodyEligible", "Seed", "Explain", "ExplainThenRoute", "Reroute",
// "Concurrent", "ZeroAllocs"), logging reason.
func Skip(subtest, reason string) Option {
	return func(c *config) { c.skip[subtest] = reason }
}

// Leads sets the leads routed by TestStrategy: fn returns lead number i
// (from 0). The default gives each lead a unique ID and one of seven e-mail
// addresses.
func Leads(fn func(i int) leadroute.Lead) Option {
	return func(c *config) { c.lead = fn }
}

// Reps sets the pool TestStrategy routes to; it needs at least eight reps,
// which it makes ineligible in various ways (reps 1 to 6) or not (reps 0
// and 7 on). Each must have skill "test" at level 1 or more, except rep 6,
// which the harness strips of it. The default is eight reps with distinct
// weights and skill levels.
func Reps(reps ...leadroute.Rep) Option {
	return func(c *config) { c.reps = slices.Clone(reps) }
}

// ZeroAllocs adds a subtest asserting that Route allocates nothing in the
// steady state (testing.AllocsPerRun) with the strategy.
func ZeroAllocs() Option {
	return func(c *config) { c.zeroAllocs = true }
}

// Start is the fixed time the harness's clock starts at: Monday 23 November
// 2026, 10:00 UTC.
var Start = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)

func defaultReps() []leadroute.Rep {
	reps := make([]leadroute.Rep, 8)
	for i := range reps {
		reps[i] = leadroute.Rep{
			ID:     fmt.Sprintf("rep%d", i),
			Weight: 1 + i%3,
			Skills: map[string]int{"test": 1 + i%3},
		}
	}
	return reps
}

func defaultLead(i int) leadroute.Lead {
	return leadroute.Lead{
		ID:    fmt.Sprintf("lead-%d", i),
		Email: fmt.Sprintf("person%d@example.com", i%7),
	}
}

const (
	ruleName      = "contract"
	overflowQueue = "leadroutetest-overflow"
)

// fixture builds routers around fresh strategies.
type fixture struct {
	t    *testing.T
	cfg  *config
	newS func() leadroute.Strategy
}

// router builds a Router over reps with one rule using a new strategy.
func (f *fixture) router(clock leadroute.Clock, reps []leadroute.Rep, workingHours bool, seed uint64) *leadroute.Router {
	f.t.Helper()
	ids := make([]string, len(reps))
	for i, r := range reps {
		ids[i] = r.ID
	}
	r, err := leadroute.New(
		leadroute.WithReps(reps...),
		leadroute.WithRules(leadroute.Rule{
			Name:         ruleName,
			Pool:         ids,
			Strategy:     f.newS(),
			Overflow:     overflowQueue,
			WorkingHours: workingHours,
			Skills:       map[string]int{"test": 1},
		}),
		leadroute.WithClock(clock),
		leadroute.WithSeed(seed),
	)
	if err != nil {
		f.t.Fatalf("leadroute.New: %v", err)
	}
	return r
}

// restricted returns the pool with reps 1-6 made ineligible in six ways
// (rep 3 after two leads, rep 4 after one): away, out of office, a daily
// cap of 2, max-open 1, outside working hours, a missing skill.
func restricted(base []leadroute.Rep, now time.Time) (reps []leadroute.Rep, never map[string]string, caps map[string]int) {
	reps = make([]leadroute.Rep, len(base))
	for i, r := range base {
		r.Skills = maps.Clone(r.Skills)
		reps[i] = r
	}
	reps[1].Away = true
	reps[2].OutOfOffice = []leadroute.Period{{Start: now.Add(-time.Hour), End: now.Add(24 * time.Hour)}}
	reps[3].DailyCap = 2
	reps[4].MaxOpen = 1
	reps[5].Hours = leadroute.Hours{{Day: (now.Weekday() + 1) % 7, Start: 0, End: time.Hour}}
	delete(reps[6].Skills, "test")
	never = map[string]string{
		reps[1].ID: "away", reps[2].ID: "out of office", reps[5].ID: "outside working hours", reps[6].ID: "missing skill",
	}
	caps = map[string]int{reps[3].ID: 2, reps[4].ID: 1}
	return reps, never, caps
}

// TestStrategy runs the Strategy contract against the strategies that
// newStrategy returns (a fresh one for each Router it builds). Each check is
// a subtest; use Skip to leave one out. Run it with -race.
func TestStrategy(t *testing.T, newStrategy func() leadroute.Strategy, opts ...Option) {
	cfg := &config{skip: map[string]string{}, lead: defaultLead, reps: defaultReps()}
	for _, o := range opts {
		o(cfg)
	}
	if len(cfg.reps) < 8 {
		t.Fatalf("leadroutetest: Reps: need at least 8 reps, got %d", len(cfg.reps))
	}
	run := func(name string, fn func(t *testing.T, f *fixture)) {
		t.Run(name, func(t *testing.T) {
			if why, ok := cfg.skip[name]; ok {
				t.Skip(why)
			}
			fn(t, &fixture{t: t, cfg: cfg, newS: newStrategy})
		})
	}
	run("NeverIneligible", testNeverIneligible)
	run("NobodyEligible", testNobodyEligible)
	run("Seed", testSeed)
	run("Explain", testExplain)
	run("ExplainThenRoute", testExplainThenRoute)
	run("Reroute", testReroute)
	run("Retry", testRetry)
	run("Concurrent", testConcurrent)
	if cfg.zeroAllocs {
		run("ZeroAllocs", testZeroAllocs)
	}
}

// check fails unless d names exactly one rep or queue.
func check(t *testing.T, d leadroute.Decision, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("Route(%s): %v", d.LeadID, err)
	}
	if (d.RepID == "") == (d.Queue == "") {
		t.Fatalf("Route(%s): decision %+v must name exactly one of RepID and Queue", d.LeadID, d)
	}
}

func testNeverIneligible(t *testing.T, f *fixture) {
	clock := leadroute.NewManualClock(Start)
	reps, never, caps := restricted(f.cfg.reps, Start)
	r := f.router(clock, reps, true, 1)
	got := map[string]int{}
	for i := range 200 {
		d, err := r.Route(context.Background(), f.cfg.lead(i))
		check(t, d, err)
		if why, bad := never[d.RepID]; bad {
			t.Fatalf("lead %d went to %s, who is not eligible (%s)", i, d.RepID, why)
		}
		got[d.RepID]++
		if c, capped := caps[d.RepID]; capped && got[d.RepID] > c {
			t.Fatalf("lead %d went to %s beyond their cap of %d", i, d.RepID, c)
		}
		clock.Advance(time.Second)
	}
}

func testNobodyEligible(t *testing.T, f *fixture) {
	reps := slices.Clone(f.cfg.reps)
	for i := range reps {
		reps[i].Away = true
	}
	r := f.router(leadroute.NewManualClock(Start), reps, false, 1)
	for i := range 20 {
		d, err := r.Route(context.Background(), f.cfg.lead(i))
		check(t, d, err)
		if d.RepID != "" {
			t.Fatalf("lead %d went to %s though every rep is away", i, d.RepID)
		}
	}
}

// sequence routes n leads (Explain first when explain is set) and returns
// the decisions as "rep" or "queue:name".
func sequence(t *testing.T, r *leadroute.Router, clock *leadroute.ManualClock, lead func(int) leadroute.Lead, n int, explain bool) []string {
	t.Helper()
	out := make([]string, n)
	for i := range n {
		if explain {
			if _, err := r.Explain(context.Background(), lead(i)); err != nil {
				t.Fatalf("Explain(%d): %v", i, err)
			}
		}
		d, err := r.Route(context.Background(), lead(i))
		check(t, d, err)
		out[i] = outcome(d)
		clock.Advance(time.Minute)
	}
	return out
}

func outcome(d leadroute.Decision) string {
	if d.RepID != "" {
		return d.RepID
	}
	return "queue:" + d.Queue
}

func testSeed(t *testing.T, f *fixture) {
	const n = 100
	c1, c2 := leadroute.NewManualClock(Start), leadroute.NewManualClock(Start)
	reps1, _, _ := restricted(f.cfg.reps, Start)
	reps2, _, _ := restricted(f.cfg.reps, Start)
	a := sequence(t, f.router(c1, reps1, true, 42), c1, f.cfg.lead, n, false)
	b := sequence(t, f.router(c2, reps2, true, 42), c2, f.cfg.lead, n, false)
	if !slices.Equal(a, b) {
		t.Fatalf("two routers with seed 42 and the same clock disagree:\n%v\n%v", a, b)
	}
}

func testExplain(t *testing.T, f *fixture) {
	clock := leadroute.NewManualClock(Start)
	reps, _, _ := restricted(f.cfg.reps, Start)
	r := f.router(clock, reps, true, 7)
	for i := range 40 {
		l := f.cfg.lead(i)
		e1, err1 := r.Explain(context.Background(), l)
		e2, err2 := r.Explain(context.Background(), l)
		if err1 != nil || err2 != nil {
			t.Fatalf("Explain(%d): %v, %v", i, err1, err2)
		}
		if !e1.DryRun {
			t.Fatalf("Explain(%d): DryRun not set", i)
		}
		if outcome(e1) != outcome(e2) {
			t.Fatalf("lead %d: Explain twice gave %s then %s: a dry run changed state", i, outcome(e1), outcome(e2))
		}
		d, err := r.Route(context.Background(), l)
		check(t, d, err)
		clock.Advance(time.Minute)
	}
}

func testExplainThenRoute(t *testing.T, f *fixture) {
	const n = 60
	clock := leadroute.NewManualClock(Start)
	reps, _, _ := restricted(f.cfg.reps, Start)
	r := f.router(clock, reps, true, 7)
	for i := range n {
		l := f.cfg.lead(i)
		e, err := r.Explain(context.Background(), l)
		if err != nil {
			t.Fatalf("Explain(%d): %v", i, err)
		}
		d, err := r.Route(context.Background(), l)
		check(t, d, err)
		if outcome(e) != outcome(d) {
			t.Fatalf("lead %d: Explain said %s, Route then gave %s", i, outcome(e), outcome(d))
		}
		clock.Advance(time.Minute)
	}
	// A router that also explains every lead routes exactly like one that
	// does not.
	c1, c2 := leadroute.NewManualClock(Start), leadroute.NewManualClock(Start)
	reps1, _, _ := restricted(f.cfg.reps, Start)
	reps2, _, _ := restricted(f.cfg.reps, Start)
	a := sequence(t, f.router(c1, reps1, true, 9), c1, f.cfg.lead, n, true)
	b := sequence(t, f.router(c2, reps2, true, 9), c2, f.cfg.lead, n, false)
	if !slices.Equal(a, b) {
		t.Fatalf("explaining each lead first changed the routes:\nwith Explain:    %v\nwithout Explain: %v", a, b)
	}
}

func testReroute(t *testing.T, f *fixture) {
	clock := leadroute.NewManualClock(Start)
	r := f.router(clock, slices.Clone(f.cfg.reps), false, 3)
	for i := range 40 {
		l := f.cfg.lead(i)
		d, err := r.Route(context.Background(), l)
		check(t, d, err)
		if d.RepID == "" {
			continue
		}
		d2, err := r.Reroute(context.Background(), l, d.RepID)
		check(t, d2, err)
		if d2.RepID == d.RepID {
			t.Fatalf("lead %d: Reroute excluding %s gave %s again, with other reps eligible", i, d.RepID, d2.RepID)
		}
		clock.Advance(time.Minute)
	}
}

// testRetry routes every lead twice, as a host retrying after a timeout
// would, with every rep at MaxOpen 1: the retry must replay the first
// decision (the same rep, even though that rep is now full) and count
// nothing again.
func testRetry(t *testing.T, f *fixture) {
	clock := leadroute.NewManualClock(Start)
	reps := slices.Clone(f.cfg.reps)
	for i := range reps {
		reps[i].MaxOpen = 1
	}
	r := f.router(clock, reps, false, 4)
	assigned := 0
	for i := range len(reps) + 2 {
		l := f.cfg.lead(i)
		if l.ID == "" {
			l.ID = fmt.Sprintf("leadroutetest-retry-%d", i)
		}
		d, err := r.Route(context.Background(), l)
		check(t, d, err)
		again, err := r.Route(context.Background(), l)
		check(t, again, err)
		if outcome(again) != outcome(d) && d.RepID != "" {
			t.Fatalf("lead %s: retry gave %s, first Route gave %s", l.ID, outcome(again), outcome(d))
		}
		if d.RepID != "" {
			assigned++
		}
		clock.Advance(time.Minute)
	}
	var open int64
	for _, rep := range reps {
		n, err := r.State().Get(context.Background(), store.Counter{Kind: "open", Member: rep.ID})
		if err != nil {
			t.Fatal(err)
		}
		open += n
	}
	if open != int64(assigned) {
		t.Fatalf("%d leads assigned but %d counted open: retries counted again", assigned, open)
	}
}

func testConcurrent(t *testing.T, f *fixture) {
	const workers, per = 8, 150
	clock := leadroute.NewManualClock(Start)
	reps, never, _ := restricted(f.cfg.reps, Start)
	r := f.router(clock, reps, true, 5)
	var (
		mu   sync.Mutex
		got  = map[string]int{}
		errs []error
		wg   sync.WaitGroup
	)
	for w := range workers {
		wg.Go(func() {
			for i := range per {
				n := w*per + i
				d, err := r.Route(context.Background(), f.cfg.lead(n))
				if err == nil && (d.RepID == "") == (d.Queue == "") {
					err = fmt.Errorf("decision %+v names neither or both of a rep and a queue", d)
				}
				if why, bad := never[d.RepID]; bad {
					err = fmt.Errorf("lead %d went to %s, who is not eligible (%s)", n, d.RepID, why)
				}
				if _, err2 := r.Explain(context.Background(), f.cfg.lead(n)); err2 != nil {
					err = errors.Join(err, err2)
				}
				mu.Lock()
				got[d.RepID]++
				if err != nil {
					errs = append(errs, err)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if len(errs) > 0 {
		t.Fatalf("%d concurrent routes failed; first: %v", len(errs), errs[0])
	}
	if got[reps[3].ID] > 2 || got[reps[4].ID] > 1 {
		t.Fatalf("caps exceeded under concurrency: %v", got)
	}
}

func testZeroAllocs(t *testing.T, f *fixture) {
	if testing.CoverMode() != "" || RaceEnabled {
		t.Skip("allocation counts are not meaningful with coverage or the race detector")
	}
	clock := leadroute.NewManualClock(Start)
	r := f.router(clock, slices.Clone(f.cfg.reps), false, 1)
	l := f.cfg.lead(0)
	l.ID = "" // no idempotency records, which the store keeps
	ctx := context.Background()
	for range 100 {
		r.Route(ctx, l)
	}
	allocs := testing.AllocsPerRun(200, func() {
		if _, err := r.Route(ctx, l); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Fatalf("Route allocates %.1f times per call, want 0", allocs)
	}
}
