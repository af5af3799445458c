package leadroute_test

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	lr "github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/accounts"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
)

// racer simulates a concurrent route that takes rep's last slot between
// the strategy's read and the commit (once).
type racer struct {
	store.State
	rep  string
	done atomic.Bool
}

func (r *racer) Commit(ctx context.Context, s *store.Step) (store.Outcome, error) {
	if s.Members != nil && !s.DryRun && r.done.CompareAndSwap(false, true) {
		r.State.Add(ctx, "", store.Counter{Kind: "open", Member: r.rep}, 1, zeroT)
	}
	return r.State.Commit(ctx, s)
}

// The account owner is outside the pool; a concurrent route takes the
// owner's last slot: the lead overflows although the pool has room.
func TestAttackOwnerOutsidePoolCapRace(t *testing.T) {
	book, err := accounts.NewBook([]accounts.Account{{ID: "acme", Domains: []string{"acme.com"}, Owner: "o"}})
	require.NoError(t, err)
	st := &racer{State: store.NewMemory(store.MemoryOptions{}), rep: "o"}
	r := newRouter(t, lr.WithState(st), lr.WithReps(lr.Rep{ID: "o", MaxOpen: 1}, lr.Rep{ID: "a"}, lr.Rep{ID: "b"}),
		lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a", "b"}, Strategy: strategies.AccountOwner(book, strategies.RoundRobin()), Overflow: "over"}))
	d, err := r.Route(ctx, lr.Lead{ID: "L", Email: "x@acme.com"})
	require.NoError(t, err)
	assert.Equal(t, "rep:a", target(d), "owner full: the pool has room")
}

// Same with an in-pool fixed pick, for contrast.
func TestAttackOwnerInsidePoolCapRace(t *testing.T) {
	book, err := accounts.NewBook([]accounts.Account{{ID: "acme", Domains: []string{"acme.com"}, Owner: "o"}})
	require.NoError(t, err)
	st := &racer{State: store.NewMemory(store.MemoryOptions{}), rep: "o"}
	r := newRouter(t, lr.WithState(st), lr.WithReps(lr.Rep{ID: "o", MaxOpen: 1}, lr.Rep{ID: "a"}, lr.Rep{ID: "b"}),
		lr.WithRules(lr.Rule{Name: "r", Pool: []string{"o", "a", "b"}, Strategy: strategies.AccountOwner(book, strategies.RoundRobin()), Overflow: "over"}))
	d, err := r.Route(ctx, lr.Lead{ID: "L", Email: "x@acme.com"})
	require.NoError(t, err)
	assert.Equal(t, "rep:a", target(d))
}

// A custom strategy naming queues after a lead field: every distinct
// value is interned in store.Memory forever.
func TestAttackQueueNamesGrowMemory(t *testing.T) {
	byTeam := lr.StrategyFunc(func(_ context.Context, l *lr.Lead, _ lr.Candidates) (lr.Pick, error) {
		return lr.Pick{Queue: "team-" + l.Source}, nil
	})
	st := store.NewMemory(store.MemoryOptions{MaxRecords: 1024})
	r := newRouter(t, lr.WithState(st), lr.WithRules(lr.Rule{Name: "r", Strategy: byTeam}))
	heap := func() uint64 { var m runtime.MemStats; runtime.GC(); runtime.ReadMemStats(&m); return m.HeapAlloc }
	for i := range 10000 { // warm: fill the record budget
		route(t, r, lr.Lead{ID: fmt.Sprint("w", i), Source: "same"})
	}
	for i := range 100000 { // fill the interner
		route(t, r, lr.Lead{ID: fmt.Sprint("L", i), Source: fmt.Sprintf("src-%d-%040d", i, i)})
	}
	h0 := heap()
	for i := 100000; i < 300000; i++ {
		route(t, r, lr.Lead{ID: fmt.Sprint("L", i), Source: fmt.Sprintf("src-%d-%040d", i, i)})
	}
	h1 := heap()
	t.Logf("heap grew %.1f MB over 200k more distinct queue names with MaxRecords=1024", float64(int64(h1)-int64(h0))/1e6)
	assert.Less(t, int64(h1)-int64(h0), int64(4<<20), "memory is bounded whatever the names")
}

// Release racing Reroute of the same lead from the same rep: the rep's
// open count is lowered once.
func TestAttackReleaseRacesReroute(t *testing.T) {
	for trial := range 200 {
		r := newRouter(t, lr.WithReps(lr.Rep{ID: "a", MaxOpen: 5}, lr.Rep{ID: "b", MaxOpen: 5}),
			lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a", "b"}, Strategy: strategies.RoundRobin()}))
		require.Equal(t, "a", route(t, r, lr.Lead{ID: "L"}).RepID)
		route(t, r, lr.Lead{ID: "M"}) // b
		route(t, r, lr.Lead{ID: "N"}) // a
		var wg sync.WaitGroup
		var ds [3]lr.Decision
		wg.Go(func() { r.Release(ctx, "a", "L") })
		wg.Go(func() { ds[0], _ = r.Reroute(ctx, lr.Lead{ID: "L"}, "a") })
		wg.Go(func() { ds[1], _ = r.Reroute(ctx, lr.Lead{ID: "L"}, "a") })
		wg.Go(func() { ds[2], _ = r.Route(ctx, lr.Lead{ID: "L"}) })
		wg.Wait()
		oa, _ := r.State().Get(ctx, store.Counter{Kind: "open", Member: "a"})
		ob, _ := r.State().Get(ctx, store.Counter{Kind: "open", Member: "b"})
		require.EqualValues(t, 1, oa, "trial %d: a keeps N only %v", trial, ds)
		require.EqualValues(t, 2, ob, "trial %d: b has M and L %v", trial, ds)
		require.Equal(t, "rep:b", target(ds[0]))
		require.Equal(t, "rep:b", target(ds[1]))
		require.True(t, ds[0].Replay != ds[1].Replay)
	}
}

// lossy applies the commit but loses the reply (network store).
type lossy struct {
	store.State
	lose atomic.Bool
}

func (l *lossy) Commit(ctx context.Context, s *store.Step) (store.Outcome, error) {
	out, err := l.State.Commit(ctx, s)
	if err == nil && l.lose.Load() {
		return store.Outcome{Index: -1}, errors.New("reply lost")
	}
	return out, err
}

func TestAttackLostReplyRetryReplays(t *testing.T) {
	for name, mk := range attackStrategies() {
		t.Run(name, func(t *testing.T) {
			st := &lossy{State: store.NewMemory(store.MemoryOptions{})}
			r := newRouter(t, lr.WithState(st), lr.WithReps(lr.Rep{ID: "a", MaxOpen: 1, Skills: map[string]int{"go": 1}}, lr.Rep{ID: "b", MaxOpen: 1, Skills: map[string]int{"go": 1}}),
				lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a", "b"}, Strategy: mk(), Overflow: "over"}))
			st.lose.Store(true)
			d, err := r.Route(ctx, lr.Lead{ID: "L", Email: "u@x.com"})
			require.Error(t, err)
			assert.Equal(t, "queue:"+lr.DefaultFallbackQueue, target(d))
			st.lose.Store(false)
			d2 := route(t, r, lr.Lead{ID: "L", Email: "u@x.com"})
			assert.True(t, d2.Replay)
			d3 := route(t, r, lr.Lead{ID: "M", Email: "v@x.com"})
			assert.False(t, d3.Replay)
			assert.NotEqual(t, target(d2), target(d3))
		})
	}
}

// Explain must not change anything: compare a Route sequence with and
// without Explain calls interleaved, for every strategy.
func TestAttackExplainNoSideEffects(t *testing.T) {
	for name, mk := range attackStrategies() {
		t.Run(name, func(t *testing.T) {
			seq := func(explain bool) []string {
				r := newRouter(t, lr.WithReps(lr.Rep{ID: "a", Weight: 3, DailyCap: 4, Skills: map[string]int{"go": 1}}, lr.Rep{ID: "b", Skills: map[string]int{"go": 1}, MaxOpen: 3}, lr.Rep{ID: "c", Weight: 2, Skills: map[string]int{"go": 1}}),
					lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a", "b", "c"}, Strategy: mk(), Overflow: "over"}))
				var out []string
				for i := range 12 {
					l := lr.Lead{ID: fmt.Sprint("L", i), Email: fmt.Sprintf("u%d@x.com", i)}
					if explain {
						e1, err := r.Explain(ctx, l)
						require.NoError(t, err)
						e2, _ := r.Explain(ctx, l)
						require.Equal(t, target(e1), target(e2))
						d := route(t, r, l)
						require.Equal(t, target(e1), target(d), "Explain predicts Route, lead %d", i)
						out = append(out, target(d))
					} else {
						out = append(out, target(route(t, r, l)))
					}
				}
				return out
			}
			assert.Equal(t, seq(false), seq(true))
		})
	}
}

// Many goroutines hammering a long-cycle Weighted pool (Expect ops), with
// an in-memory store and with one that takes a network round trip per
// read: no caller gets ErrContention.
func TestAttackWeightedLongContention(t *testing.T) {
	for _, tc := range []struct {
		name          string
		state         store.State
		workers, each int
	}{
		{"memory", store.NewMemory(store.MemoryOptions{}), 256, 200},
		{"network latency", slowStore{store.NewMemory(store.MemoryOptions{})}, 100, 20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newRouter(t, lr.WithState(tc.state), lr.WithReps(lr.Rep{ID: "a", Weight: 100003}, lr.Rep{ID: "b", Weight: 7}),
				lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a", "b"}, Strategy: strategies.Weighted()}))
			var fails atomic.Int64
			var wg sync.WaitGroup
			for g := range tc.workers {
				wg.Go(func() {
					for i := range tc.each {
						if _, err := r.Route(ctx, lr.Lead{ID: fmt.Sprint(g, "-", i)}); err != nil {
							fails.Add(1)
						}
					}
				})
			}
			wg.Wait()
			assert.Zero(t, fails.Load(), "ErrContention returned to callers")
		})
	}
}

var zeroT time.Time

type slowStore struct{ store.State }

func (s slowStore) Get(ctx context.Context, c store.Counter) (int64, error) {
	time.Sleep(200 * time.Microsecond) // a network round trip
	return s.State.Get(ctx, c)
}
