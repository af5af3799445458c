package strategies_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/leadroutetest"
)

var ctx = context.Background()

// fixture is a router with one rule "r" over reps, on a fake clock.
type fixture struct {
	t     testing.TB
	clock *leadroute.ManualClock
	r     *leadroute.Router
	n     int
}

type rule = leadroute.Rule

func newFixture(t testing.TB, s leadroute.Strategy, reps []leadroute.Rep, edit ...func(*rule)) *fixture {
	t.Helper()
	ids := make([]string, len(reps))
	for i, r := range reps {
		ids[i] = r.ID
	}
	ru := rule{Name: "r", Pool: ids, Strategy: s}
	for _, e := range edit {
		e(&ru)
	}
	clock := leadroute.NewManualClock(leadroutetest.Start)
	r, err := leadroute.New(leadroute.WithReps(reps...), leadroute.WithRules(ru),
		leadroute.WithClock(clock), leadroute.WithSeed(1))
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return &fixture{t: t, clock: clock, r: r}
}

// route routes one lead and returns the rep ID, or "q:queue".
func (f *fixture) route(l leadroute.Lead) string {
	f.t.Helper()
	f.n++
	if l.ID == "" {
		l.ID = fmt.Sprintf("lead-%d", f.n)
	}
	d, err := f.r.Route(ctx, l)
	if err != nil {
		f.t.Fatalf("Route: %v", err)
	}
	if d.RepID == "" {
		return "q:" + d.Queue
	}
	return d.RepID
}

// seq routes n plain leads and returns the reps joined by spaces.
func (f *fixture) seq(n int) string {
	f.t.Helper()
	out := make([]string, n)
	for i := range out {
		out[i] = f.route(leadroute.Lead{})
	}
	return strings.Join(out, " ")
}

// spread routes n plain leads, advancing the clock by every after each.
func (f *fixture) spread(n int, every time.Duration) string {
	f.t.Helper()
	out := make([]string, n)
	for i := range out {
		out[i] = f.route(leadroute.Lead{})
		f.clock.Advance(every)
	}
	return strings.Join(out, " ")
}

// counts routes n plain leads and counts them per rep.
func (f *fixture) counts(n int) map[string]int {
	f.t.Helper()
	m := map[string]int{}
	for range n {
		m[f.route(leadroute.Lead{})]++
	}
	return m
}

// reload replaces the reps (keeping the rule and its state).
func (f *fixture) reload(s leadroute.Strategy, reps []leadroute.Rep) {
	f.t.Helper()
	ids := make([]string, len(reps))
	for i, r := range reps {
		ids[i] = r.ID
	}
	if err := f.r.Reload(leadroute.WithReps(reps...), leadroute.WithRules(rule{Name: "r", Pool: ids, Strategy: s})); err != nil {
		f.t.Fatalf("Reload: %v", err)
	}
}

func reps(ids ...string) []leadroute.Rep {
	out := make([]leadroute.Rep, len(ids))
	for i, id := range ids {
		out[i] = leadroute.Rep{ID: id}
	}
	return out
}

func want(t testing.TB, what, got, want string) {
	t.Helper()
	if got != want {
		t.Fatalf("%s:\n got: %s\nwant: %s", what, got, want)
	}
}

type ctxT = context.Context

func ctxPrint(d leadroute.Decision) (int, error) { return fmt.Println(d) }
