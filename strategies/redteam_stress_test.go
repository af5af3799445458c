package strategies_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/leadroutetest"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
)

// A LeastLoaded pick allocates nothing in the steady state on
// store.Memory (the ranked path), with live statuses set or not.
func TestRedteamRankedZeroAllocs(t *testing.T) {
	if raceOn {
		t.Skip("allocations under -race")
	}
	for _, mk := range []func() leadroute.Strategy{strategies.LeastLoaded, strategies.LeastLoadedShare} {
		reps, ids := numberedReps(200, 0, 1000, 2000)
		clock := leadroute.NewManualClock(leadroutetest.Start)
		r, err := leadroute.New(leadroute.WithReps(reps...), leadroute.WithClock(clock), leadroute.WithSeed(1),
			leadroute.WithRules(leadroute.Rule{Name: "r", Pool: ids, Strategy: mk(), Overflow: "q"}))
		require.NoError(t, err)
		route := func() {
			d, err := r.Route(ctx, leadroute.Lead{})
			if err != nil || d.RepID == "" {
				t.Fatalf("route: %v %+v", err, d)
			}
		}
		for range 1000 {
			route()
		}
		require.Zero(t, testing.AllocsPerRun(200, route), "no statuses")
		for i := range 10 {
			require.NoError(t, r.SetStatus(ctx, ids[i*7], leadroute.Status{MaxOpen: 3000}))
			require.NoError(t, r.SetStatus(ctx, ids[i*7+1], leadroute.Status{Away: true}))
		}
		for range 1000 {
			route()
		}
		require.Zero(t, testing.AllocsPerRun(200, route), "live statuses")
		for i := range 40 {
			require.NoError(t, r.SetStatus(ctx, ids[i*5+2], leadroute.Status{MaxOpen: 3000}))
		}
		for range 1000 {
			route()
		}
		require.Zero(t, testing.AllocsPerRun(200, route), "more live statuses than a ranked pick takes")
	}
}

// Routes, releases, statuses, dry runs, reloads and direct store calls
// on one LeastLoaded pool, from many goroutines: no deadlock, no race,
// and afterwards the ranked path chooses as a reading path on the same
// counts.
func TestRedteamRankedConcurrent(t *testing.T) {
	const n = 40
	reps, ids := numberedReps(n, 0, 5, 50)
	mem := store.NewMemory(store.MemoryOptions{})
	rules := func(pool []string) leadroute.Option {
		return leadroute.WithRules(
			leadroute.Rule{Name: "r", Pool: pool, Strategy: strategies.LeastLoaded(), Overflow: "q", Team: "T"},
			leadroute.Rule{Name: "s", Pool: pool, Strategy: strategies.LeastLoadedShare(), Overflow: "q", Team: "T",
				Match: leadroute.MatcherFunc(func(l *leadroute.Lead) bool { return l.Country == "S" })})
	}
	for i := range reps {
		reps[i].Team = "T"
	}
	r, err := leadroute.New(leadroute.WithReps(reps...), leadroute.WithState(mem), rules(ids))
	require.NoError(t, err)
	// Sets a store user ranks directly, while the router's own views
	// follow the same counters; the first rank of each races the
	// routes (a fill racing changes).
	all := store.NewRankSet(ids, nil)
	sets := []*store.RankSet{all, all.Subset([]int{1, 2, 3, 30}), store.NewRankSet(ids, []int{0, 5, 10, 15, 20, 25, 30, 35})}
	deadline := time.Now().Add(2 * time.Second)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			k := 0
			for time.Now().Before(deadline) {
				k++
				id := ids[(g*7+k)%n]
				switch k % 8 {
				case 0, 1, 2:
					l := leadroute.Lead{ID: fmt.Sprintf("g%d-%d", g, k)}
					if k%2 == 0 {
						l.Country = "S"
					}
					d, err := r.Route(ctx, l)
					if err == nil && d.RepID != "" && k%3 != 0 {
						_ = r.Release(ctx, d.RepID, d.LeadID)
					}
				case 3:
					_, _ = r.Explain(ctx, leadroute.Lead{Country: "S"})
				case 4:
					s := leadroute.Status{}
					switch k % 5 {
					case 0:
						s.Away = true
					case 1:
						s.MaxOpen = 2
					}
					_ = r.SetStatus(ctx, id, s)
				case 5:
					_, _ = mem.Add(ctx, "", store.Counter{Kind: "open", Member: id}, int64(k%3-1), time.Time{})
					var out [5]store.Ranked
					q := store.RankQuery{Set: sets[k%len(sets)], Counter: store.Counter{Kind: "open"}, Rotation: "#team/T", Desc: k%2 == 0}
					_, _ = mem.Rank(ctx, &q, out[:])
				case 6:
					if g == 0 && k%64 == 6 {
						pool := append([]string(nil), ids[k%5:]...)
						_ = r.Reload(leadroute.WithReps(reps...), rules(pool))
					} else {
						_, _ = mem.Get(ctx, store.Counter{Kind: "open", Member: id})
					}
				case 7:
					_, _ = mem.Commit(ctx, &store.Step{Queue: "x", Ops: []store.Op{{Counter: store.Counter{Kind: "open", Member: id}, Delta: 1}}})
				}
			}
		}()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		t.Fatal("deadlock: workers still running a minute after their deadline")
	}
	// Every view followed every change: each set's order is the counters'.
	for _, set := range sets {
		for _, kind := range []string{"open", "status"} {
			out := make([]store.Ranked, n+1)
			k, err := mem.Rank(ctx, &store.RankQuery{Set: set, Counter: store.Counter{Kind: kind}}, out)
			require.NoError(t, err)
			require.Equal(t, set.Len(), k)
			for j, rk := range out[:k] {
				v, err := mem.Get(ctx, store.Counter{Kind: kind, Member: ids[rk.Index]})
				require.NoError(t, err)
				require.Equal(t, v, rk.Value, "%s of %s", kind, ids[rk.Index])
				if j > 0 {
					require.LessOrEqual(t, out[j-1].Value, rk.Value)
				}
			}
		}
	}
}

// countingState is a Memory (Ranker included) that counts its reads.
type countingState struct {
	*store.Memory
	gets atomic.Int64
}

func (s *countingState) Get(ctx context.Context, c store.Counter) (int64, error) {
	s.gets.Add(1)
	return s.Memory.Get(ctx, c)
}

// Statuses set with Until lapse: the reps are no longer live, and a pick
// keeps ranking instead of reading every rep (as it must past 32 live
// reps).
func TestRedteamRankedLapsedStatusesNotLive(t *testing.T) {
	const n = 300
	reps, ids := numberedReps(n)
	clock := leadroute.NewManualClock(leadroutetest.Start)
	st := &countingState{Memory: store.NewMemory(store.MemoryOptions{Clock: clock})}
	r, err := leadroute.New(leadroute.WithReps(reps...), leadroute.WithClock(clock), leadroute.WithSeed(1), leadroute.WithState(st),
		leadroute.WithRules(leadroute.Rule{Name: "r", Pool: ids, Strategy: strategies.LeastLoaded(), Overflow: "q"}))
	require.NoError(t, err)
	for i := range 40 {
		require.NoError(t, r.SetStatus(ctx, ids[i*7], leadroute.Status{Away: true, Until: clock.Now().Add(time.Hour)}))
	}
	_, err = r.Route(ctx, leadroute.Lead{})
	require.NoError(t, err)
	clock.Advance(2 * time.Hour)
	for range 10 {
		_, err = r.Route(ctx, leadroute.Lead{})
		require.NoError(t, err)
	}
	before := st.gets.Load()
	for range 10 {
		_, err = r.Route(ctx, leadroute.Lead{})
		require.NoError(t, err)
	}
	require.Less(t, st.gets.Load()-before, int64(10*20), "reads per pick after the statuses lapsed")
}

// racingState fills rep fill's open count up to max just before the
// first commit that may choose a rep, as a route in another process that
// won the race for its last slot would.
type racingState struct {
	*store.Memory
	fill string
	max  int64
	done bool
}

func (s *racingState) Commit(ctx context.Context, st *store.Step) (store.Outcome, error) {
	if st.Members != nil && !s.done {
		s.done = true
		if _, err := s.Memory.Add(ctx, "", store.Counter{Kind: "open", Member: s.fill}, s.max, time.Time{}); err != nil {
			return store.Outcome{}, err
		}
	}
	return s.Memory.Commit(ctx, st)
}

// The least loaded rep fills up between the pick and its commit (a cap
// race): the router refuses that rep and lets the strategy choose again,
// and the lead goes to the next rep with room, on the ranked path as on
// the reading path, not to the overflow queue.
func TestRedteamRankedCapRaceFallsToNextRep(t *testing.T) {
	for _, mk := range []func() leadroute.Strategy{strategies.LeastLoaded, strategies.LeastLoadedShare} {
		for _, plain := range []bool{false, true} {
			reps := []leadroute.Rep{{ID: "a", MaxOpen: 2}, {ID: "b", MaxOpen: 5}, {ID: "c", MaxOpen: 2}}
			race := &racingState{Memory: store.NewMemory(store.MemoryOptions{}), fill: "b", max: 5}
			var st store.State = race
			if plain {
				st = plainState{race}
			}
			r, err := leadroute.New(leadroute.WithReps(reps...), leadroute.WithState(st), leadroute.WithSeed(1),
				leadroute.WithRules(leadroute.Rule{Name: "r", Pool: []string{"a", "b", "c"}, Strategy: mk(), Overflow: "q"}))
			require.NoError(t, err)
			d, err := r.Route(ctx, leadroute.Lead{ID: "L1"})
			require.NoError(t, err)
			require.Equal(t, "a", d.RepID, "%v plain=%v: %s", mk(), plain, d.Reason)
		}
	}
}
