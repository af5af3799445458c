package leadroute_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	lr "github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/leadroutetest"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
)

// counting is a State that reads many counters in one call (as a network
// store does) and counts its calls: a stand-in for a round trip each.
type counting struct {
	store.State
	gets, many, commits, recalls atomic.Int64
}

var _ store.BatchGetter = (*counting)(nil)

func (c *counting) Get(ctx context.Context, k store.Counter) (int64, error) {
	c.gets.Add(1)
	return c.State.Get(ctx, k)
}

func (c *counting) GetMany(ctx context.Context, cs []store.Counter, out []int64) error {
	c.many.Add(1)
	for i := range cs {
		v, err := c.State.Get(ctx, cs[i])
		if err != nil {
			return err
		}
		out[i] = v
	}
	return nil
}

func (c *counting) Commit(ctx context.Context, s *store.Step) (store.Outcome, error) {
	c.commits.Add(1)
	return c.State.Commit(ctx, s)
}

func (c *counting) Recall(ctx context.Context, id string) (store.Record, bool, error) {
	c.recalls.Add(1)
	return c.State.Recall(ctx, id)
}

func (c *counting) calls() int64 {
	return c.gets.Load() + c.many.Load() + c.commits.Load() + c.recalls.Load()
}

// With a store that reads in batches, a Route costs one call for the
// strategies that read nothing, and two for those that read counts (one
// read of the pool's counters, one commit), whatever the pool's size.
// (Balanced reads once more on a pool's first pick in each presence bucket,
// a quarter of its Threshold.)
func TestStoreCallsPerRoute(t *testing.T) {
	ids := make([]string, 40)
	reps := make([]lr.Rep, len(ids))
	for i := range ids {
		ids[i] = fmt.Sprintf("r%02d", i)
		reps[i] = lr.Rep{ID: ids[i], DailyCap: 1000, MaxOpen: 1000, WeeklyCap: 5000, Weight: 1 + i%3, Skills: map[string]int{"go": 1 + i%2}}
	}
	for _, tc := range []struct {
		name  string
		s     lr.Strategy
		calls int64
	}{
		{"round-robin", strategies.RoundRobin(), 1},
		{"weighted", strategies.Weighted(), 1},
		{"queue", strategies.Queue("q"), 1},
		{"least loaded", strategies.LeastLoaded(), 2},
		{"skill based", strategies.SkillBased(map[string]int{"go": 1}, nil), 2},
		{"balanced", strategies.Balanced(strategies.BalancedOptions{}), 2},
		{"weighted random", strategies.WeightedRandom(), 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			clk := newClock(monday10)
			st := &counting{State: store.NewMemory(store.MemoryOptions{Clock: clk})}
			r := newRouter(t, lr.WithClock(clk), lr.WithState(st), lr.WithReps(reps...),
				lr.WithRules(lr.Rule{Name: "r", Pool: ids, Strategy: tc.s}))
			for i := range 30 {
				before := st.calls()
				d, err := r.Route(ctx, lr.Lead{ID: fmt.Sprint("L", i)})
				require.NoError(t, err)
				require.NotEmpty(t, target(d))
				want := tc.calls
				if i == 0 && tc.name == "balanced" {
					want++ // a pool's first pick in a presence bucket also reads the lookback
				}
				assert.Equal(t, want, st.calls()-before, "lead %d: store calls (gets %d, batches %d, commits %d)", i, st.gets.Load(), st.many.Load(), st.commits.Load())
			}
		})
	}
}

// The guarantees hold on the batched read path too.
func TestGuaranteesWithBatchedReads(t *testing.T) {
	leadroutetest.TestGuarantees(t, func() store.State { return &counting{State: store.NewMemory(store.MemoryOptions{})} })
}

// The batched read path allocates nothing either (the counting strategies
// read through reused buffers).
func TestBatchedRouteAllocs(t *testing.T) {
	if leadroutetest.RaceEnabled {
		t.Skip("allocation counts are not meaningful under -race; CI runs this test without it")
	}
	ids := []string{"a", "b", "c", "d"}
	reps := make([]lr.Rep, len(ids))
	for i, id := range ids {
		reps[i] = lr.Rep{ID: id, DailyCap: 1 << 30, MaxOpen: 1 << 30}
	}
	for _, s := range []lr.Strategy{strategies.LeastLoaded(), strategies.Balanced(strategies.BalancedOptions{})} {
		clk := newClock(monday10)
		st := &counting{State: store.NewMemory(store.MemoryOptions{Clock: clk})}
		r := newRouter(t, lr.WithClock(clk), lr.WithState(st), lr.WithReps(reps...), lr.WithRules(lr.Rule{Name: "r", Pool: ids, Strategy: s}))
		for range 50 { // warm: every rep's counters exist
			route(t, r, lr.Lead{})
		}
		if n := testing.AllocsPerRun(200, func() { route(t, r, lr.Lead{}) }); n != 0 {
			t.Errorf("%v: %.1f allocations per Route on the batched path", s, n)
		}
	}
}
