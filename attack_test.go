package leadroute_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	lr "github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
)

func attackStrategies() map[string]func() lr.Strategy {
	return map[string]func() lr.Strategy{
		"rr":       strategies.RoundRobin,
		"weighted": strategies.Weighted,
		"wlong":    strategies.Weighted, // with huge coprime weights below
		"wrandom":  strategies.WeightedRandom,
		"least":    strategies.LeastLoaded,
		"balanced": func() lr.Strategy { return strategies.Balanced(strategies.BalancedOptions{}) },
		"skill":    func() lr.Strategy { return strategies.SkillBased(map[string]int{"go": 1}, nil) },
		"sticky":   func() lr.Strategy { return strategies.Sticky(func(l *lr.Lead) string { return l.ID }, nil) },
		"owner":    func() lr.Strategy { return strategies.AccountOwner(nil, strategies.RoundRobin()) },
		"chain":    func() lr.Strategy { return strategies.Chain(strategies.Sticky(nil, nil), strategies.LeastLoaded()) },
	}
}

// Many distinct leads, each sent in many racing copies, for few slots.
func TestAttackRacingCopiesAllStrategies(t *testing.T) {
	for name, mk := range attackStrategies() {
		for _, capKind := range []string{"maxopen", "daily", "weekly"} {
			t.Run(name+"/"+capKind, func(t *testing.T) {
				mkRep := func(id string, w int) lr.Rep {
					r := lr.Rep{ID: id, Weight: w, Skills: map[string]int{"go": 1}}
					switch capKind {
					case "maxopen":
						r.MaxOpen = 3
					case "daily":
						r.DailyCap = 3
					case "weekly":
						r.WeeklyCap = 3
					}
					return r
				}
				w1, w2, w3 := 3, 1, 2
				if name == "wlong" {
					w1, w2, w3 = 100003, 1, 7
				}
				r := newRouter(t, lr.WithReps(mkRep("a", w1), mkRep("b", w2), mkRep("c", w3)),
					lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a", "b", "c"}, Strategy: mk(), Overflow: "over"}))
				const leads, copies = 20, 12
				got := make([][]lr.Decision, leads)
				var wg sync.WaitGroup
				start := make(chan struct{})
				for l := range leads {
					got[l] = make([]lr.Decision, copies)
					for c := range copies {
						wg.Go(func() {
							<-start
							d, err := r.Route(ctx, lr.Lead{ID: fmt.Sprint("L", l), Email: fmt.Sprintf("u%d@x.com", l)})
							assert.NoError(t, err)
							got[l][c] = d
						})
					}
				}
				close(start)
				wg.Wait()
				per := map[string]int{}
				for l := range leads {
					fresh := 0
					for _, d := range got[l] {
						require.Equal(t, target(got[l][0]), target(d), "lead %d copies disagree", l)
						if !d.Replay {
							fresh++
						}
					}
					require.Equal(t, 1, fresh, "lead %d", l)
					per[target(got[l][0])]++
				}
				for _, id := range []string{"a", "b", "c"} {
					assert.Equal(t, 3, per["rep:"+id], "rep %s full: %v", id, per)
					o, _ := r.State().Get(ctx, store.Counter{Kind: "open", Member: id})
					assert.EqualValues(t, 3, o, "open count of %s", id)
				}
				assert.Equal(t, leads-9, per["queue:over"])
			})
		}
	}
}

// Reroute of a lead whose record was forgotten (MaxRecords eviction, or
// the 24h window: an SLA reroute of an old open lead) never releases the
// previous rep's open count: MaxOpen slot leaked for good.
func TestAttackRerouteForgottenLeaksOpen(t *testing.T) {
	st := store.NewMemory(store.MemoryOptions{MaxRecords: 64})
	r := newRouter(t, lr.WithState(st), lr.WithReps(lr.Rep{ID: "a", MaxOpen: 1000}, lr.Rep{ID: "b", MaxOpen: 1000}),
		lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a"}, Strategy: strategies.RoundRobin()}))
	require.Equal(t, "a", route(t, r, lr.Lead{ID: "OLD"}).RepID)
	for i := range 500 { // other traffic
		route(t, r, lr.Lead{ID: fmt.Sprint("x", i)})
	}
	for i := range 500 {
		require.NoError(t, r.Release(ctx, "a", fmt.Sprint("x", i)))
	}
	require.NoError(t, r.Reload(lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a", "b"}, Strategy: strategies.RoundRobin()})))
	d, err := r.Reroute(ctx, lr.Lead{ID: "OLD"}, "a")
	require.NoError(t, err)
	require.Equal(t, "b", d.RepID)
	o, _ := st.Get(ctx, store.Counter{Kind: "open", Member: "a"})
	assert.EqualValues(t, 0, o, "a no longer has OLD: its open count should be released")
}

// Reroute racing the lead's first Route: Reroute's Recall finds nothing,
// Route commits a (round 0), Reroute commits round 1 and supersedes it
// without releasing a.
func TestAttackRerouteRacingFirstRoute(t *testing.T) {
	leaks := 0
	for trial := range 300 {
		r := newRouter(t, lr.WithReps(lr.Rep{ID: "a", MaxOpen: 5}, lr.Rep{ID: "b", MaxOpen: 5}),
			lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a", "b"}, Strategy: strategies.RoundRobin()}))
		id := fmt.Sprint("L", trial)
		var wg sync.WaitGroup
		var d1, d2 lr.Decision
		wg.Go(func() { d1, _ = r.Route(ctx, lr.Lead{ID: id}) })
		wg.Go(func() { d2, _ = r.Reroute(ctx, lr.Lead{ID: id}, "a") })
		wg.Wait()
		rec, _, _ := r.State().Recall(ctx, id)
		oa, _ := r.State().Get(ctx, store.Counter{Kind: "open", Member: "a"})
		ob, _ := r.State().Get(ctx, store.Counter{Kind: "open", Member: "b"})
		if oa+ob != 1 {
			leaks++
			if leaks == 1 {
				t.Logf("route=%s reroute=%s record=%+v open a=%d b=%d", target(d1), target(d2), rec, oa, ob)
			}
		}
	}
	assert.Zero(t, leaks, "one lead, one open count")
}

// A foreign strategy returning a rotation mask shorter than the pool.
func TestAttackShortMask(t *testing.T) {
	short := lr.StrategyFunc(func(_ context.Context, _ *lr.Lead, c lr.Candidates) (lr.Pick, error) {
		return lr.Pick{Rotate: lr.Rotation{Key: c.Key(), Mask: []bool{false}}}, nil
	})
	r := newRouter(t, lr.WithReps(reps("a", "b", "c")...),
		lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a", "b", "c"}, Strategy: short}))
	for _, id := range []string{"L", "L2"} { // and the router still works after the first
		d, err := r.Route(ctx, lr.Lead{ID: id})
		require.Error(t, err)
		assert.ErrorContains(t, err, "rotation mask has 1 entries for a pool of 3")
		assert.NotErrorIs(t, err, lr.ErrPanic, "a plain error, found before the commit")
		assert.Equal(t, "queue:"+lr.DefaultFallbackQueue, target(d))
	}
}
