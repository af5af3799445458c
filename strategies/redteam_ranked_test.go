package strategies_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/leadroutetest"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
)

// twin is a pair of routers with the same configuration and history: one
// on store.Memory (ranked path) and one on a Memory behind plainState
// (reading path).
type twin struct {
	t            testing.TB
	ranked, scan *leadroute.Router
	clock        *leadroute.ManualClock
}

func newTwin(t testing.TB, opts ...leadroute.Option) *twin {
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
