package strategies_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/leadroutetest"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
)

// tb is what a twin needs of a *testing.T or a *rapid.T.
type tb interface {
	require.TestingT
	Helper()
}

// twin is a pair of routers with the same configuration and history: one
// on store.Memory (ranked path) and one on a Memory behind plainState
// (reading path).
type twin struct {
	t            tb
	ranked, scan *leadroute.Router
	clock        *leadroute.ManualClock
}

func newTwin(t tb, opts ...leadroute.Option) *twin {
	clock := leadroute.NewManualClock(leadroutetest.Start)
	mk := func(st store.State) *leadroute.Router {
		r, err := leadroute.New(append([]leadroute.Option{leadroute.WithClock(clock), leadroute.WithSeed(1), leadroute.WithState(st)}, opts...)...)
		require.NoError(t, err)
		return r
	}
	return &twin{t: t, clock: clock,
		ranked: mk(store.NewMemory(store.MemoryOptions{Clock: clock})),
		scan:   mk(plainState{store.NewMemory(store.MemoryOptions{Clock: clock})})}
}

func (w *twin) route(l leadroute.Lead) leadroute.Decision {
	w.t.Helper()
	a, errA := w.ranked.Route(ctx, l)
	b, errB := w.scan.Route(ctx, l)
	require.Equal(w.t, errB, errA)
	require.Equal(w.t, b.RepID+"|"+b.Queue, a.RepID+"|"+a.Queue, "lead %q", l.ID)
	return a
}

func (w *twin) release(rep, lead string) {
	w.t.Helper()
	require.NoError(w.t, w.ranked.Release(ctx, rep, lead))
	require.NoError(w.t, w.scan.Release(ctx, rep, lead))
}

func (w *twin) reload(opts ...leadroute.Option) {
	w.t.Helper()
	require.NoError(w.t, w.ranked.Reload(opts...))
	require.NoError(w.t, w.scan.Reload(opts...))
}

func plainReps(ids ...string) []leadroute.Rep {
	reps := make([]leadroute.Rep, len(ids))
	for i, id := range ids {
		reps[i] = leadroute.Rep{ID: id}
	}
	return reps
}

// A reload drops the rep the pool's rotation last chose: the reading path
// resumes ties at the rep that moved into its pool position (the store's
// rotation semantics); the ranked path must do the same.
func TestRedteamRankedReloadDropsCursor(t *testing.T) {
	for _, mk := range []func() leadroute.Strategy{strategies.LeastLoaded, strategies.LeastLoadedShare} {
		rule := func(pool ...string) leadroute.Option {
			return leadroute.WithRules(leadroute.Rule{Name: "r", Pool: pool, Strategy: mk(), Overflow: "over"})
		}
		w := newTwin(t, leadroute.WithReps(plainReps("a", "b", "c", "d", "e")...), rule("a", "b", "c", "d", "e"))
		var ds []leadroute.Decision
		for i := range 3 {
			ds = append(ds, w.route(leadroute.Lead{ID: fmt.Sprintf("L%d", i)}))
		}
		for _, d := range ds {
			w.release(d.RepID, d.LeadID)
		}
		w.reload(leadroute.WithReps(plainReps("a", "b", "d", "e")...), rule("a", "b", "d", "e"))
		for i := range 4 {
			w.route(leadroute.Lead{ID: fmt.Sprintf("M%d", i)})
		}
	}
}

// TestRedteamRankedPicksAsScanRapid is TestRankedPicksAsScan over a wider
// history: two rules sharing a team, lead weights, leads with and
// without IDs and their replays, Release, Reroute, Explain, live statuses
// with and without Until, daily and weekly caps, working hours, and
// reloads that reorder or shrink the pool and change MaxOpen.
func TestRedteamRankedPicksAsScanRapid(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) { rankedPicksAsScan(rt, 1, 10, 1) })
}

// The same with pools of 30 to 45 reps and many statuses, so that picks
// cross the 32 live reps a ranked pick takes (and fall back to reading)
// back and forth.
func TestRedteamRankedPicksAsScanManyLive(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) { rankedPicksAsScan(rt, 30, 45, 6) })
}

func rankedPicksAsScan(rt *rapid.T, minN, maxN, statusWeight int) {
	{
		share := rapid.Bool().Draw(rt, "share")
		mk := strategies.LeastLoaded
		if share {
			mk = strategies.LeastLoadedShare
		}
		n := rapid.IntRange(minN, maxN).Draw(rt, "n")
		hours, _ := leadroute.ParseHours("Mon-Fri 09:00-17:00")
		allIDs := make([]string, n)
		for i := range allIDs {
			allIDs[i] = fmt.Sprintf("r%02d", i)
		}
		drawReps := func(label string) []leadroute.Rep {
			reps := make([]leadroute.Rep, n)
			for i := range reps {
				reps[i] = leadroute.Rep{ID: allIDs[i], Team: "T",
					MaxOpen: rapid.SampledFrom([]int{0, 0, 1, 2, 3}).Draw(rt, label+"max")}
				if rapid.IntRange(0, 4).Draw(rt, label+"daily") == 0 {
					reps[i].DailyCap = rapid.IntRange(1, 4).Draw(rt, label+"dailyN")
				}
				if rapid.IntRange(0, 6).Draw(rt, label+"weekly") == 0 {
					reps[i].WeeklyCap = rapid.IntRange(1, 6).Draw(rt, label+"weeklyN")
				}
				if rapid.IntRange(0, 5).Draw(rt, label+"hours") == 0 {
					reps[i].Hours = hours
				}
			}
			return reps
		}
		weight := func(l *leadroute.Lead) int { return 1 + len(l.Industry) }
		team := rapid.Bool().Draw(rt, "team")
		rules := func(pool []string) leadroute.Option {
			a := leadroute.Rule{Name: "a", Match: leadroute.MatcherFunc(func(l *leadroute.Lead) bool { return l.Country == "A" }),
				Pool: pool, Strategy: mk(), WorkingHours: true, Overflow: "overA", Weight: weight}
			b := leadroute.Rule{Name: "b", Pool: pool, Strategy: mk(), Overflow: "overB"}
			if team {
				a.Team, b.Team = "T", "T"
			}
			return leadroute.WithRules(a, b)
		}
		reps := drawReps("init")
		w := newTwin(rt, leadroute.WithReps(reps...), rules(allIDs))
		type asg struct{ rep, lead string }
		var open []asg
		var leads []leadroute.Lead
		if statusWeight > 1 {
			// Start with many live statuses (capacities, so that the reps
			// stay eligible), around the 32 a ranked pick takes.
			live := rapid.IntRange(25, n).Draw(rt, "live")
			for i := range live {
				s := leadroute.Status{MaxOpen: 2 + i%3}
				if i%4 == 0 {
					s.Until = w.clock.Now().Add(time.Duration(10+i) * time.Minute)
				}
				require.NoError(rt, w.ranked.SetStatus(ctx, allIDs[i], s))
				require.NoError(rt, w.scan.SetStatus(ctx, allIDs[i], s))
			}
		}
		for step := range rapid.IntRange(1, 60*(maxN+9)/10).Draw(rt, "steps") {
			op := rapid.IntRange(0, 9+statusWeight-1).Draw(rt, "op")
			if op > 9 {
				op = 7
			}
			switch op {
			case 0, 1, 2, 3:
				l := leadroute.Lead{Country: rapid.SampledFrom([]string{"A", "B"}).Draw(rt, "country"),
					Industry: rapid.SampledFrom([]string{"", "", "x", "xx"}).Draw(rt, "industry")}
				if rapid.IntRange(0, 4).Draw(rt, "noid") > 0 {
					l.ID = fmt.Sprintf("L%d", step)
				}
				if len(leads) > 0 && rapid.IntRange(0, 5).Draw(rt, "replay") == 0 {
					l = leads[rapid.IntRange(0, len(leads)-1).Draw(rt, "which")]
				}
				d := w.route(l)
				if l.ID != "" && d.RepID != "" && !d.Replay {
					open = append(open, asg{d.RepID, l.ID})
					leads = append(leads, l)
				}
			case 4:
				if len(open) > 0 {
					j := rapid.IntRange(0, len(open)-1).Draw(rt, "rel")
					a := open[j]
					open = append(open[:j], open[j+1:]...)
					w.release(a.rep, a.lead)
				}
			case 5:
				if len(leads) > 0 {
					l := leads[rapid.IntRange(0, len(leads)-1).Draw(rt, "rr")]
					from := allIDs[rapid.IntRange(0, n-1).Draw(rt, "from")]
					a, errA := w.ranked.Reroute(ctx, l, from)
					b, errB := w.scan.Reroute(ctx, l, from)
					require.Equal(rt, errB == nil, errA == nil, "reroute errors %v / %v", errA, errB)
					require.Equal(rt, b.RepID+"|"+b.Queue, a.RepID+"|"+a.Queue, "reroute %s from %s", l.ID, from)
				}
			case 6:
				l := leadroute.Lead{ID: fmt.Sprintf("X%d", step), Country: rapid.SampledFrom([]string{"A", "B"}).Draw(rt, "xcountry")}
				a, errA := w.ranked.Explain(ctx, l)
				b, errB := w.scan.Explain(ctx, l)
				require.Equal(rt, errB, errA)
				require.Equal(rt, b.RepID+"|"+b.Queue, a.RepID+"|"+a.Queue, "explain %s", l.ID)
				require.Equal(rt, b.Reason, a.Reason, "explain %s", l.ID)
				require.Equal(rt, b.Trace, a.Trace, "explain %s", l.ID)
			case 7:
				s := leadroute.Status{}
				switch rapid.IntRange(0, 5).Draw(rt, "status") {
				case 5:
					s.MaxOpen = rapid.IntRange(1, 4).Draw(rt, "smax")
					s.Until = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
				case 0:
					s.Away = true
				case 1:
					s.MaxOpen = rapid.IntRange(1, 4).Draw(rt, "smax")
				case 2:
					s.MaxOpen = rapid.IntRange(1, 4).Draw(rt, "smax")
					s.Until = w.clock.Now().Add(time.Duration(rapid.IntRange(1, 90).Draw(rt, "until")) * time.Minute)
				case 3:
					s.Away = true
					s.Until = w.clock.Now().Add(time.Duration(rapid.IntRange(1, 90).Draw(rt, "until")) * time.Minute)
				}
				id := allIDs[rapid.IntRange(0, n-1).Draw(rt, "sid")]
				require.NoError(rt, w.ranked.SetStatus(ctx, id, s))
				require.NoError(rt, w.scan.SetStatus(ctx, id, s))
			case 8:
				w.clock.Advance(time.Duration(rapid.IntRange(0, 48*60).Draw(rt, "advance")) * time.Minute)
			case 9:
				pool := rapid.Permutation(allIDs).Draw(rt, "pool")
				pool = pool[:rapid.IntRange(1, n).Draw(rt, "poolN")]
				reps := drawReps("reload")
				w.reload(leadroute.WithReps(reps...), rules(pool))
			}
		}
	}
}

// A reload shrinks the pool to the position of the rep the rotation last
// chose or below, keeping that rep: a Commit over the whole pool starts
// over at the first rep; the ranked path must too.
func TestRedteamRankedReloadShrinksBelowCursor(t *testing.T) {
	for _, mk := range []func() leadroute.Strategy{strategies.LeastLoaded, strategies.LeastLoadedShare} {
		rule := func(pool ...string) leadroute.Option {
			return leadroute.WithRules(leadroute.Rule{Name: "r", Pool: pool, Strategy: mk(), Overflow: "over"})
		}
		w := newTwin(t, leadroute.WithReps(plainReps("a", "b", "c", "d", "e")...), rule("a", "b", "c", "d", "e"))
		var ds []leadroute.Decision
		for i := range 4 {
			ds = append(ds, w.route(leadroute.Lead{ID: fmt.Sprintf("L%d", i)}))
		}
		for _, d := range ds {
			w.release(d.RepID, d.LeadID)
		}
		w.reload(leadroute.WithReps(plainReps("a", "b", "c", "d", "e")...), rule("d", "a"))
		for i := range 4 {
			w.route(leadroute.Lead{ID: fmt.Sprintf("M%d", i)})
		}
	}
}
