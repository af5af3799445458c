package leadroute_test

import (
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	lr "github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
)

// A Route that assigns reads the clock once: the router's Memory takes the
// Route's time with the step (store.Step.Now) for its counters' expiry,
// and the caps still hold, by that time, across a day's end. (A Route
// that finds nobody reads the counters again, with Get, for its reason.)
func TestRouteReadsTheClockOnce(t *testing.T) {
	var now atomic.Pointer[time.Time]
	var reads atomic.Int64
	set := func(t time.Time) { now.Store(&t) }
	set(monday10)
	clk := lr.ClockFunc(func() time.Time { reads.Add(1); return *now.Load() })
	r, err := lr.New(lr.WithClock(clk), lr.WithSeed(1),
		lr.WithReps(lr.Rep{ID: "a", DailyCap: 2, MaxOpen: 5}, lr.Rep{ID: "b", DailyCap: 1, MaxOpen: 5}),
		lr.WithRules(lr.Rule{Name: "all", Pool: []string{"a", "b"}, Overflow: "full", Strategy: strategies.RoundRobin()}))
	require.NoError(t, err)
	got := map[string]int{}
	for i := range 4 {
		before := reads.Load()
		d := route(t, r, lr.Lead{ID: fmt.Sprint("lead-", i)})
		if got[target(d)]++; d.RepID != "" {
			assert.Equal(t, int64(1), reads.Load()-before, "clock reads in Route %d", i)
		}
	}
	assert.Equal(t, map[string]int{"rep:a": 2, "rep:b": 1, "queue:full": 1}, got)
	set(monday10.Add(24 * time.Hour)) // a new day: the daily counters expired
	d := route(t, r, lr.Lead{})
	assert.NotEmpty(t, d.RepID, "a new day, room again")
}

// A router on a State it was given does not pass its time: that State
// keeps time by its own clock.
func TestGivenStateKeepsItsClock(t *testing.T) {
	var reads atomic.Int64
	mem := store.NewMemory(store.MemoryOptions{Clock: lr.ClockFunc(func() time.Time { reads.Add(1); return monday10 })})
	r, err := lr.New(lr.WithClock(newClock(monday10)), lr.WithSeed(1), lr.WithState(mem),
		lr.WithReps(lr.Rep{ID: "a", DailyCap: 2}),
		lr.WithRules(lr.Rule{Name: "all", Pool: []string{"a"}, Strategy: strategies.RoundRobin()}))
	require.NoError(t, err)
	route(t, r, lr.Lead{})
	route(t, r, lr.Lead{})
	assert.Positive(t, reads.Load(), "the given Memory read its own clock")
}
