package store_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
)

// NewMemory returns the in-process State every Router uses unless given
// another. Give it the router's clock, so that both agree on when a day's
// counters and the idempotency window expire.
func ExampleNewMemory() {
	clock := leadroute.NewManualClock(time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC))
	st := store.NewMemory(store.MemoryOptions{Clock: clock, MaxRecords: 10_000})
	r, err := leadroute.New(
		leadroute.WithClock(clock),
		leadroute.WithState(st),
		leadroute.WithReps(leadroute.Rep{ID: "ana"}, leadroute.Rep{ID: "bo"}),
		leadroute.WithRules(leadroute.Rule{Name: "all", Pool: []string{"ana", "bo"}, Strategy: strategies.RoundRobin()}),
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	ctx := context.Background()
	for _, id := range []string{"L1", "L2", "L1"} {
		d, _ := r.Route(ctx, leadroute.Lead{ID: id})
		fmt.Println(id, d.RepID, "replay:", d.Replay)
	}

	// Past the idempotency window the store has forgotten L1: routing it
	// again is a new decision.
	clock.Advance(store.IdempotencyWindow + time.Minute)
	d, _ := r.Route(ctx, leadroute.Lead{ID: "L1"})
	fmt.Println("L1", d.RepID, "replay:", d.Replay)
	// Output:
	// L1 ana replay: false
	// L2 bo replay: false
	// L1 ana replay: true
	// L1 ana replay: false
}

// countingState is a State of its own: it delegates every call to an
// embedded State (a Memory here, any State in general) and counts the
// decisions committed. Embedding the interface keeps the wrapper correct
// when the State gains methods; a wrapper that needs the optional
// store.Pending capability implements it too, by delegation.
type countingState struct {
	store.State
	commits atomic.Int64
}

// Commit counts the step and passes it on.
func (s *countingState) Commit(ctx context.Context, step *store.Step) (store.Outcome, error) {
	out, err := s.State.Commit(ctx, step)
	if err == nil && !out.Replay {
		s.commits.Add(1)
	}
	return out, err
}

// A State is the one place a router keeps what it must remember: rotation
// cursors, counters, decisions. Implement one to put it elsewhere, or wrap
// one, as here, to observe it; check an implementation with
// leadroutetest.TestState and leadroutetest.TestGuarantees.
func Example_state() {
	st := &countingState{State: store.NewMemory(store.MemoryOptions{})}
	r, err := leadroute.New(
		leadroute.WithState(st),
		leadroute.WithReps(leadroute.Rep{ID: "ana"}),
		leadroute.WithRules(leadroute.Rule{Name: "all", Pool: []string{"ana"}, Strategy: strategies.RoundRobin()}),
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	ctx := context.Background()
	for _, id := range []string{"L1", "L2", "L1"} {
		if _, err := r.Route(ctx, leadroute.Lead{ID: id}); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println("decisions committed:", st.commits.Load())
	// Output:
	// decisions committed: 2
}
