package leadroute_test

import (
	"context"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	lr "github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
)

// bumper moves the weighted sequence once, before the first queue commit
// (a concurrent weighted pick in another process).
type bumper struct {
	store.State
	done atomic.Bool
}

func (b *bumper) Commit(ctx context.Context, s *store.Step) (store.Outcome, error) {
	if s.Queue != "" && b.done.CompareAndSwap(false, true) {
		b.State.Add(ctx, "", store.Counter{Kind: "weighted", Scope: "r"}, 1, zeroT)
	}
	return b.State.Commit(ctx, s)
}

// Chain(Weighted, Queue): Weighted (long cycle) stages its sequence op and
// then yields nothing (all reps capped); the op rides on the queue decision.
func TestAttackChainLeaksStagedOps(t *testing.T) {
	rules := lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a", "b"}, Strategy: strategies.Chain(strategies.Weighted(), strategies.Queue("q"))})
	reps := lr.WithReps(lr.Rep{ID: "a", Weight: 100003, Away: true}, lr.Rep{ID: "b", Weight: 7, Away: true})
	t.Run("turn consumed by a queued lead", func(t *testing.T) {
		r := newRouter(t, reps, rules)
		d := route(t, r, lr.Lead{ID: "L"})
		require.Equal(t, "queue:q", target(d))
		n, _ := r.State().Get(ctx, store.Counter{Kind: "weighted", Scope: "r"})
		assert.Zero(t, n, "a queued lead took weighted sequence number 0")
	})
	t.Run("stale Expect retried 64 times", func(t *testing.T) {
		r := newRouter(t, lr.WithState(&bumper{State: store.NewMemory(store.MemoryOptions{})}), reps, rules)
		d, err := r.Route(ctx, lr.Lead{ID: "L"})
		assert.NoError(t, err)
		assert.Equal(t, "queue:q", target(d))
	})
}
