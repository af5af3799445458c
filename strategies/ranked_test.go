package strategies_test

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/leadroutetest"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
)

// plainState hides every optional capability of a State, so that a
// strategy takes its reading path instead of the ordered views.
type plainState struct{ store.State }

// TestRankedPicksAsScan drives two routers with the same strategy, the
// same reps and the same history of leads, releases, live statuses and
// time: one on store.Memory (whose ordered views the counting strategies
// walk) and one on a Memory hidden behind plainState (where they read
// every rep's counters). Every decision must be the same.
func TestRankedPicksAsScan(t *testing.T) {
	kinds := []struct {
		name string
		new  func() leadroute.Strategy
	}{
		{"LeastLoaded", strategies.LeastLoaded},
		{"LeastLoadedShare", strategies.LeastLoadedShare},
		{"Balanced", func() leadroute.Strategy { return strategies.Balanced(strategies.BalancedOptions{}) }},
		{"BalancedQuickCalibration", func() leadroute.Strategy {
			return strategies.Balanced(strategies.BalancedOptions{Window: 6 * time.Hour, Threshold: 20 * time.Minute})
		}},
		{"BalancedNoCalibration", func() leadroute.Strategy {
			return strategies.Balanced(strategies.BalancedOptions{Threshold: -1})
		}},
	}
	for _, k := range kinds {
		for seed := range uint64(12) {
			t.Run(fmt.Sprintf("%s/%d", k.name, seed), func(t *testing.T) {
				rng := rand.New(rand.NewPCG(seed, 99))
				n := 1 + rng.IntN(24)
				hours, err := leadroute.ParseHours("Mon-Fri 09:00-17:00")
				require.NoError(t, err)
				reps := make([]leadroute.Rep, n)
				ids := make([]string, n)
				for i := range reps {
					ids[i] = fmt.Sprintf("rep%02d", i)
					reps[i] = leadroute.Rep{ID: ids[i], MaxOpen: []int{0, 0, 2, 3, 5}[rng.IntN(5)]}
					if rng.IntN(4) == 0 {
						reps[i].DailyCap = 1 + rng.IntN(4)
					}
					if rng.IntN(6) == 0 {
						reps[i].Hours = hours
					}
				}
				clock := leadroute.NewManualClock(leadroutetest.Start)
				mk := func(st store.State) *leadroute.Router {
					r, err := leadroute.New(leadroute.WithReps(reps...), leadroute.WithClock(clock), leadroute.WithSeed(1),
						leadroute.WithState(st),
						leadroute.WithRules(leadroute.Rule{Name: "r", Pool: ids, Strategy: k.new(), WorkingHours: true, Overflow: "over"}))
					require.NoError(t, err)
					return r
				}
				ranked := mk(store.NewMemory(store.MemoryOptions{Clock: clock}))
				scan := mk(plainState{store.NewMemory(store.MemoryOptions{Clock: clock})})
				var open []leadroute.Decision
				for step := range 400 {
					switch op := rng.IntN(20); {
					case op < 11:
						l := leadroute.Lead{ID: fmt.Sprintf("L%d", step)}
						a, errA := ranked.Route(ctx, l)
						b, errB := scan.Route(ctx, l)
						require.Equal(t, errB, errA)
						require.Equal(t, b.RepID+b.Queue, a.RepID+a.Queue, "step %d: lead %s", step, l.ID)
						if a.RepID != "" {
							open = append(open, a)
						}
					case op < 15 && len(open) > 0:
						j := rng.IntN(len(open))
						d := open[j]
						open = append(open[:j], open[j+1:]...)
						require.NoError(t, ranked.Release(ctx, d.RepID, d.LeadID))
						require.NoError(t, scan.Release(ctx, d.RepID, d.LeadID))
					case op < 18:
						s := leadroute.Status{}
						switch rng.IntN(4) {
						case 0:
							s.Away = true
						case 1:
							s.MaxOpen = 1 + rng.IntN(4)
						case 2:
							s.MaxOpen = 1 + rng.IntN(4)
							s.Until = clock.Now().Add(time.Duration(1+rng.IntN(90)) * time.Minute)
						}
						id := ids[rng.IntN(n)]
						require.NoError(t, ranked.SetStatus(ctx, id, s))
						require.NoError(t, scan.SetStatus(ctx, id, s))
					default:
						clock.Advance(time.Duration(rng.IntN(180)) * time.Minute)
					}
				}
			})
		}
	}
}

// A pool of 2,000 reps, where all but the last three are away (not
// eligible): the ranked pick still finds the least loaded eligible one.
func TestRankedSkipsIneligible(t *testing.T) {
	const n = 2000
	reps := make([]leadroute.Rep, n)
	for i := range reps {
		reps[i] = leadroute.Rep{ID: fmt.Sprintf("rep%05d", i), Away: i < n-3}
	}
	f := newFixture(t, strategies.LeastLoaded(), reps)
	got := f.seq(6)
	want(t, "the three eligible reps in turn", got, "rep01997 rep01998 rep01999 rep01997 rep01998 rep01999")
}

// Reps away (a live status, but not a capacity) do not send a ranked
// pick to read the whole pool: the class walk passes them as it passes
// any rep that is not eligible, so a pick reads a handful of counters.
func TestRankedAwayRepsStayRanked(t *testing.T) {
	const n = 400
	reps, ids := numberedReps(n)
	clock := leadroute.NewManualClock(leadroutetest.Start)
	st := &countingState{Memory: store.NewMemory(store.MemoryOptions{Clock: clock})}
	r, err := leadroute.New(leadroute.WithReps(reps...), leadroute.WithClock(clock), leadroute.WithState(st),
		leadroute.WithRules(leadroute.Rule{Name: "r", Pool: ids, Strategy: strategies.LeastLoaded()}))
	require.NoError(t, err)
	for i := range 3 * maxLiveForTest {
		require.NoError(t, r.SetStatus(ctx, ids[n-1-i], leadroute.Status{Away: true}))
	}
	for range 50 { // every rep at or above one open lead but the last few
		_, err := r.Route(ctx, leadroute.Lead{})
		require.NoError(t, err)
	}
	st.gets.Store(0)
	d, err := r.Route(ctx, leadroute.Lead{})
	require.NoError(t, err)
	require.Equal(t, "rep050", d.RepID)
	require.Less(t, st.gets.Load(), int64(20), "a ranked pick reads a handful of counters, not the pool's %d", 2*n)
}

// maxLiveForTest mirrors strategies.maxLive (32).
const maxLiveForTest = 32

// Balanced across reloads: one that drops the rep the rotation last
// chose, one that shrinks the pool below the cursor, and one that
// reorders it. The ranked path must pick as the reading path.
func TestRankedBalancedReloadsAsScan(t *testing.T) {
	for _, opts := range []strategies.BalancedOptions{{}, {Threshold: -1}} {
		rule := func(pool ...string) leadroute.Option {
			return leadroute.WithRules(leadroute.Rule{Name: "r", Pool: pool, Strategy: strategies.Balanced(opts), Overflow: "over"})
		}
		w := newTwin(t, leadroute.WithReps(plainReps("a", "b", "c", "d", "e")...), rule("a", "b", "c", "d", "e"))
		routes := func(prefix string, n int) {
			for i := range n {
				w.route(leadroute.Lead{ID: fmt.Sprintf("%s%d", prefix, i)})
			}
		}
		routes("L", 7) // the cursor on b, every count 1 but b's and a's 2
		w.reload(leadroute.WithReps(plainReps("a", "c", "d", "e")...), rule("a", "c", "d", "e"))
		routes("M", 6)
		w.reload(leadroute.WithReps(plainReps("a", "b", "c", "d", "e")...), rule("e", "b"))
		routes("N", 5)
		w.reload(leadroute.WithReps(plainReps("a", "b", "c", "d", "e")...), rule("e", "d", "c", "b", "a"))
		routes("P", 9)
	}
}

// numberedReps returns n reps "rep000", "rep001"... and their IDs; with
// maxOpen, rep i's MaxOpen is maxOpen[i%len(maxOpen)].
func numberedReps(n int, maxOpen ...int) ([]leadroute.Rep, []string) {
	reps := make([]leadroute.Rep, n)
	ids := make([]string, n)
	for i := range reps {
		ids[i] = fmt.Sprintf("rep%03d", i)
		reps[i] = leadroute.Rep{ID: ids[i]}
		if len(maxOpen) > 0 {
			reps[i].MaxOpen = maxOpen[i%len(maxOpen)]
		}
	}
	return reps, ids
}
