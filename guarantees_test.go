package leadroute_test

// Regression tests for the guarantees (README.md, Guarantees), one per defect
// found by the attack on them (issue 10). The model-based test over every
// State is leadroutetest.TestGuarantees.

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	lr "github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
)

// Racing copies of one lead, with one slot left, all get the one decision
// that was committed first: never some "assigned" and some "overflow".
func TestRacingCopiesAgreeAtTheLastSlot(t *testing.T) {
	for _, tc := range []struct {
		name string
		rep  lr.Rep
	}{
		{"max open", lr.Rep{ID: "x", MaxOpen: 1}},
		{"daily cap", lr.Rep{ID: "x", DailyCap: 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for trial := range 50 {
				r := newRouter(t, lr.WithReps(tc.rep), lr.WithRules(lr.Rule{Name: "r", Pool: []string{"x"}, Strategy: strategies.RoundRobin(), Overflow: "overflow"}))
				const copies = 100
				got := make([]lr.Decision, copies)
				var wg sync.WaitGroup
				start := make(chan struct{})
				for i := range got {
					wg.Go(func() {
						<-start
						d, err := r.Route(ctx, lr.Lead{ID: "L"})
						assert.NoError(t, err)
						got[i] = d
					})
				}
				close(start)
				wg.Wait()
				fresh := 0
				for _, d := range got {
					require.Equal(t, target(got[0]), target(d), "trial %d: copies disagree", trial)
					if !d.Replay {
						fresh++
					}
				}
				require.Equal(t, 1, fresh, "trial %d: exactly one copy decides, the others replay", trial)
				require.Equal(t, "rep:x", target(got[0]), "the slot was free")
			}
		})
	}
}

// A lead queued outside working hours and retried once the hours begin is
// a replay of the queue decision, not a second decision.
func TestQueuedLeadRetryIsAReplay(t *testing.T) {
	clk := newClock(time.Date(2026, 11, 23, 8, 59, 0, 0, time.UTC))
	r := newRouter(t, lr.WithClock(clk),
		lr.WithReps(lr.Rep{ID: "x", Hours: mustHours(t, "Mon-Fri 09:00-17:00")}),
		lr.WithRules(lr.Rule{Name: "r", Pool: []string{"x"}, Strategy: strategies.RoundRobin(), WorkingHours: true, Overflow: "after-hours"}))
	d := route(t, r, lr.Lead{ID: "L"})
	assert.Equal(t, "queue:after-hours", target(d))
	assert.False(t, d.Replay)
	clk.Set(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC))
	again := route(t, r, lr.Lead{ID: "L"})
	assert.Equal(t, "queue:after-hours", target(again), "the lead stays in the queue")
	assert.True(t, again.Replay)
	assert.Equal(t, "replay: queued earlier", again.Reason)
	n, err := r.State().Get(ctx, store.Counter{Kind: "open", Member: "x"})
	require.NoError(t, err)
	assert.Zero(t, n, "x was never given the lead")
	assert.Equal(t, "rep:x", target(route(t, r, lr.Lead{ID: "L2"})), "a new lead goes to x")
}

// The fallback queue's decisions are remembered too.
func TestFallbackDecisionIsRemembered(t *testing.T) {
	r := newRouter(t, lr.WithReps(lr.Rep{ID: "x"}),
		lr.WithRules(lr.Rule{Name: "us", Match: country("US"), Pool: []string{"x"}, Strategy: strategies.RoundRobin()}))
	d := route(t, r, lr.Lead{ID: "L", Country: "FR"})
	assert.Equal(t, "queue:"+lr.DefaultFallbackQueue, target(d))
	again := route(t, r, lr.Lead{ID: "L", Country: "US"})
	assert.Equal(t, "queue:"+lr.DefaultFallbackQueue, target(again))
	assert.True(t, again.Replay)
}

// A panic in a user Matcher or Strategy is recovered: the lead goes to the
// fallback queue with ErrPanic naming the rule, and no turn is used.
func TestPanicsInUserCodeAreRecovered(t *testing.T) {
	panicky := lr.StrategyFunc(func(context.Context, *lr.Lead, lr.Candidates) (lr.Pick, error) { panic("strategy bug") })
	boom := lr.MatcherFunc(func(l *lr.Lead) bool {
		if l.Country == "XM" {
			panic("matcher bug")
		}
		return false
	})
	var observed []string
	r := newRouter(t, lr.WithReps(reps("a", "b", "c")...),
		lr.WithObserver(func(d lr.Decision) {
			observed = append(observed, target(d))
			if d.LeadID == "obs" {
				panic("observer bug")
			}
		}),
		lr.WithRules(
			lr.Rule{Name: "matcher", Match: boom, Pool: []string{"a"}, Strategy: strategies.RoundRobin()},
			lr.Rule{Name: "strategy", Match: lr.MatcherFunc(func(l *lr.Lead) bool { return l.Source == "XS" }), Pool: []string{"a", "b", "c"}, Strategy: panicky},
			lr.Rule{Name: "rr", Pool: []string{"a", "b", "c"}, Strategy: strategies.RoundRobin()},
		))
	for _, tc := range []struct{ country, rule, msg string }{
		{"XM", "matcher", "matcher bug"},
		{"XS", "strategy", "strategy bug"},
	} {
		d, err := r.Route(ctx, lr.Lead{ID: "p-" + tc.country, Country: tc.country, Source: tc.country})
		require.ErrorIs(t, err, lr.ErrPanic, "%v", d)
		assert.ErrorContains(t, err, fmt.Sprintf("rule %q", tc.rule))
		assert.ErrorContains(t, err, tc.msg)
		assert.Equal(t, "queue:"+lr.DefaultFallbackQueue, target(d))
		assert.Equal(t, tc.rule, d.Rule)
		_, found, err := r.State().Recall(ctx, "p-"+tc.country)
		require.NoError(t, err)
		assert.False(t, found, "a panicked route is not a decision")
	}
	// No turn was used: the rotation starts at a.
	assert.Equal(t, "a", route(t, r, lr.Lead{ID: "n1"}).RepID)
	// A panicking observer does not take the route down; the decision stands.
	d, err := r.Route(ctx, lr.Lead{ID: "obs"})
	require.NoError(t, err)
	assert.Equal(t, "b", d.RepID)
	assert.Equal(t, "rep:b", observed[len(observed)-1])
}

// failing is a State whose commits fail while on is set.
type failing struct {
	store.State
	mu sync.Mutex
	on bool
}

func (f *failing) set(on bool) { f.mu.Lock(); f.on = on; f.mu.Unlock() }

func (f *failing) Commit(ctx context.Context, s *store.Step) (store.Outcome, error) {
	f.mu.Lock()
	on := f.on
	f.mu.Unlock()
	if on {
		return store.Outcome{Index: -1}, errors.New("store down")
	}
	return f.State.Commit(ctx, s)
}

// A commit that fails consumes no turn: the rotation, the caps and the
// strategy's own counts are one atomic step.
func TestFailedCommitConsumesNothing(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    lr.Strategy
	}{
		{"round-robin", strategies.RoundRobin()},
		{"weighted", strategies.Weighted()},
		{"balanced", strategies.Balanced(strategies.BalancedOptions{})},
		{"least loaded", strategies.LeastLoaded()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := &failing{State: store.NewMemory(store.MemoryOptions{})}
			r := newRouter(t, lr.WithState(st), lr.WithReps(lr.Rep{ID: "a", DailyCap: 10}, lr.Rep{ID: "b", DailyCap: 10}, lr.Rep{ID: "c", DailyCap: 10}),
				lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a", "b", "c"}, Strategy: tc.s}))
			st.set(true)
			for i := range 3 {
				d, err := r.Route(ctx, lr.Lead{ID: fmt.Sprint("down-", i)})
				require.Error(t, err)
				assert.Equal(t, "queue:"+lr.DefaultFallbackQueue, target(d))
			}
			st.set(false)
			var got []string
			for i := range 3 {
				got = append(got, route(t, r, lr.Lead{ID: fmt.Sprint("up-", i)}).RepID)
			}
			assert.Equal(t, []string{"a", "b", "c"}, got, "each rep once: the failed commits used no turn")
		})
	}
}

// Decision IDs cannot collide: a lead ID that looks like an internal key
// is a lead ID like any other.
func TestLeadIDsDoNotCollideWithInternalKeys(t *testing.T) {
	r := newRouter(t, lr.WithReps(reps("alice", "bob", "carol")...),
		lr.WithRules(lr.Rule{Name: "r", Pool: []string{"alice", "bob", "carol"}, Strategy: strategies.RoundRobin()}))
	first := route(t, r, lr.Lead{ID: "L1"})
	assert.Equal(t, "alice", first.RepID)
	re, err := r.Reroute(ctx, lr.Lead{ID: "L1"}, "alice")
	require.NoError(t, err)
	assert.Equal(t, "bob", re.RepID)
	for _, id := range []string{"L1\x00reroute\x00alice", "L1\x00reroute\x00alice\x00any", "release:5:alice:L1", "L1\x00"} {
		d := route(t, r, lr.Lead{ID: id})
		assert.False(t, d.Replay, "%q is a new lead", id)
	}
	// Release of alice for L1 was done by the reroute; a lead whose ID
	// mimics the release key does not interfere.
	n, err := r.State().Get(ctx, store.Counter{Kind: "open", Member: "alice"})
	require.NoError(t, err)
	assert.EqualValues(t, 1, n, `alice has "L1\x00…"-style leads of her own, L1 released`)
}

// Every copy that replays says so in Decision.Replay, whatever path found
// the earlier decision.
func TestReplaysSaySo(t *testing.T) {
	r := newRouter(t, lr.WithReps(lr.Rep{ID: "a", MaxOpen: 1}), lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a"}, Strategy: strategies.RoundRobin(), Overflow: "q"}))
	d := route(t, r, lr.Lead{ID: "L"})
	require.False(t, d.Replay)
	for range 3 {
		again := route(t, r, lr.Lead{ID: "L"})
		assert.True(t, again.Replay)
		assert.Equal(t, "replay: assigned earlier", again.Reason)
		ex, err := r.Explain(ctx, lr.Lead{ID: "L"})
		require.NoError(t, err)
		assert.True(t, ex.Replay, "Explain shows the replay")
	}
}

// A cancelled or expired ctx ends routing: the fallback queue with ctx's
// error, nothing committed.
func TestContextIsHonoured(t *testing.T) {
	r := newRouter(t, lr.WithReps(reps("a", "b")...), lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a", "b"}, Strategy: strategies.RoundRobin()}))
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	d, err := r.Route(cctx, lr.Lead{ID: "L"})
	require.ErrorIs(t, err, context.Canceled)
	assert.Equal(t, "queue:"+lr.DefaultFallbackQueue, target(d))
	assert.Equal(t, "a", route(t, r, lr.Lead{ID: "L"}).RepID, "nothing was committed")
}

// Reroute keeps the open counts right whatever happens: no lead is ever
// counted open twice, and a rep removed by a reload can be released.
func TestRerouteOpenCounts(t *testing.T) {
	r := newRouter(t, lr.WithReps(lr.Rep{ID: "a", MaxOpen: 1}, lr.Rep{ID: "b", MaxOpen: 1}),
		lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a", "b"}, Strategy: strategies.RoundRobin()}))
	open := func(id string) int64 {
		n, err := r.State().Get(ctx, store.Counter{Kind: "open", Member: id})
		require.NoError(t, err)
		return n
	}
	require.Equal(t, "a", route(t, r, lr.Lead{ID: "L"}).RepID)
	d, err := r.Reroute(ctx, lr.Lead{ID: "L"}, "a")
	require.NoError(t, err)
	require.Equal(t, "b", d.RepID)
	d, err = r.Reroute(ctx, lr.Lead{ID: "L"}, "b")
	require.NoError(t, err)
	assert.Equal(t, "queue:"+lr.DefaultFallbackQueue, target(d), "a and b both had it: no rule can place it")
	assert.Zero(t, open("a"))
	assert.Zero(t, open("b"))
	require.Equal(t, "a", route(t, r, lr.Lead{ID: "M"}).RepID)
	require.NoError(t, r.Reload(lr.WithReps(lr.Rep{ID: "b"}), lr.WithRules(lr.Rule{Name: "r", Pool: []string{"b"}, Strategy: strategies.RoundRobin()})))
	require.NoError(t, r.Release(ctx, "a", "M"), "a was removed, and can still be released")
	assert.Zero(t, open("a"))
}

// An over-long lead ID is bounded at the edge, and the bounded ID is the
// decision key: retries replay, rerouting finds the decision, and two long
// IDs that differ only at the end stay different decisions.
func TestLongLeadIDsAreBoundedKeys(t *testing.T) {
	r := newRouter(t, lr.WithReps(reps("a", "b", "c")...),
		lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a", "b", "c"}, Strategy: strategies.RoundRobin()}))
	long := strings.Repeat("x", 1<<20)
	d := route(t, r, lr.Lead{ID: long + "1"})
	assert.LessOrEqual(t, len(d.LeadID), lr.MaxLeadIDLen)
	assert.NotEmpty(t, d.Problems)
	again := route(t, r, lr.Lead{ID: long + "1"})
	assert.True(t, again.Replay)
	assert.Equal(t, d.RepID, again.RepID)
	other := route(t, r, lr.Lead{ID: long + "2"})
	assert.False(t, other.Replay)
	re, err := r.Reroute(ctx, lr.Lead{ID: long + "1"}, d.RepID)
	require.NoError(t, err)
	assert.NotEqual(t, d.RepID, re.RepID)
	assert.False(t, re.Replay)
	_, found, err := r.State().Recall(ctx, d.LeadID)
	require.NoError(t, err)
	assert.True(t, found, "the decision is kept under the bounded ID")
}
