package leadroute_test

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	lr "github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/leadroutetest"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
)

// slowMatcher takes 2ms, so that Route does.
func slowMatcher(l *lr.Lead) bool { time.Sleep(2 * time.Millisecond); return true }

func TestObserversHearEveryCallInOrder(t *testing.T) {
	var log []string
	obs := func(name string) lr.Observer {
		return lr.ObserverFunc(func(o lr.Observation) {
			log = append(log, fmt.Sprintf("%s %s %s %v", name, o.Decision.LeadID, o.Decision.RepID+o.Decision.Queue, o.Elapsed >= 2*time.Millisecond))
		})
	}
	var plain []string
	r, err := lr.New(
		lr.WithReps(lr.Rep{ID: "dan"}, lr.Rep{ID: "eve"}),
		lr.WithRules(lr.Rule{Name: "all", Match: lr.MatcherFunc(slowMatcher), Pool: []string{"dan", "eve"}, Strategy: strategies.RoundRobin()}),
		lr.WithObservers(obs("a")),
		lr.WithObserver(func(d lr.Decision) { plain = append(plain, d.LeadID) }),
		lr.WithObservers(lr.ObserverFunc(func(lr.Observation) { panic("observer bug") }), obs("b")),
	)
	require.NoError(t, err)
	ctx := context.Background()
	_, err = r.Route(ctx, lr.Lead{ID: "L1"})
	require.NoError(t, err)
	_, err = r.Explain(ctx, lr.Lead{ID: "L2"})
	require.NoError(t, err)
	_, err = r.Reroute(ctx, lr.Lead{ID: "L1"}, "dan")
	require.NoError(t, err)
	assert.Equal(t, []string{"a L1 dan true", "b L1 dan true", "a L1 eve true", "b L1 eve true"}, log,
		"every observer, in order, despite a panicking one; Explain is not observed")
	assert.Equal(t, []string{"L1", "L1"}, plain)
}

func TestWithObserversRejectsNil(t *testing.T) {
	_, err := lr.New(lr.WithObservers(lr.ObserverFunc(func(lr.Observation) {}), nil))
	require.ErrorIs(t, err, lr.ErrInvalidConfig)
	assert.Contains(t, err.Error(), "observers[1]")

	_, err = lr.New(lr.WithObserver(nil))
	assert.NoError(t, err, "WithObserver(nil) adds nothing, as before")
}

// downState fails every call.
type downState struct{ store.State }

var errDown = errors.New("store down")

func (downState) Commit(context.Context, *store.Step) (store.Outcome, error) {
	return store.Outcome{Index: -1}, errDown
}
func (downState) Recall(context.Context, string) (store.Record, bool, error) {
	return store.Record{}, false, errDown
}
func (downState) Get(context.Context, store.Counter) (int64, error) { return 0, errDown }
func (downState) Add(context.Context, string, store.Counter, int64, time.Time) (int64, error) {
	return 0, errDown
}

func TestDecisionErrIsTheReturnedError(t *testing.T) {
	var observed []error
	r, err := lr.New(
		lr.WithState(downState{}),
		lr.WithReps(lr.Rep{ID: "dan"}),
		lr.WithRules(lr.Rule{Name: "all", Match: lr.MatcherFunc(func(*lr.Lead) bool { return true }), Pool: []string{"dan"}, Strategy: strategies.RoundRobin()}),
		lr.WithObservers(lr.ObserverFunc(func(o lr.Observation) { observed = append(observed, o.Decision.Err) })),
	)
	require.NoError(t, err)
	ctx := context.Background()
	d, err := r.Route(ctx, lr.Lead{ID: "L1"})
	require.Error(t, err)
	assert.Equal(t, err, d.Err)
	assert.ErrorIs(t, d.Err, errDown)

	d, err = r.Reroute(ctx, lr.Lead{ID: "L1"}, "dan")
	require.Error(t, err)
	assert.Equal(t, err, d.Err)

	d, err = r.Explain(ctx, lr.Lead{ID: "L1"})
	assert.Equal(t, err, d.Err)

	require.Len(t, observed, 2)
	for _, e := range observed {
		assert.ErrorIs(t, e, errDown)
	}

	ok, err := lr.New(lr.WithReps(lr.Rep{ID: "dan"}))
	require.NoError(t, err)
	d, err = ok.Route(ctx, lr.Lead{ID: "L2"})
	require.NoError(t, err)
	assert.NoError(t, d.Err)
}

func TestRouteWithObserverAllocatesNothing(t *testing.T) {
	if leadroutetest.RaceEnabled {
		t.Skip("allocation counts are not meaningful under -race (.ci/run runs this without it)")
	}
	var calls atomic.Int64
	var total atomic.Int64
	r, err := lr.New(
		lr.WithState(store.NewMemory(store.MemoryOptions{MaxRecords: 1 << 10})),
		lr.WithReps(lr.Rep{ID: "dan"}, lr.Rep{ID: "eve"}),
		lr.WithRules(lr.Rule{Name: "all", Match: lr.MatcherFunc(func(*lr.Lead) bool { return true }), Pool: []string{"dan", "eve"}, Strategy: strategies.RoundRobin()}),
		lr.WithObservers(lr.ObserverFunc(func(o lr.Observation) { calls.Add(1); total.Add(int64(o.Elapsed)) })),
	)
	require.NoError(t, err)
	ctx := context.Background()
	ids := make([]string, 6000)
	for i := range ids {
		ids[i] = fmt.Sprintf("lead-%d", i)
	}
	for _, id := range ids[:5000] {
		_, _ = r.Route(ctx, lr.Lead{ID: id})
	}
	next := 5000
	allocs := testing.AllocsPerRun(200, func() {
		if _, err := r.Route(ctx, lr.Lead{ID: ids[next]}); err != nil {
			t.Fatal(err)
		}
		next++
	})
	assert.Zero(t, allocs)
	assert.Equal(t, int64(5201), calls.Load())
	assert.Positive(t, total.Load())
}
