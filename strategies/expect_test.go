package strategies_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/strategies"
)

func poolOf(reps ...leadroute.Rep) leadroute.PoolInfo {
	p := leadroute.PoolInfo{Key: "r", Rule: "r"}
	for i := range reps {
		p.Reps = append(p.Reps, &reps[i])
	}
	return p
}

func TestExpect(t *testing.T) {
	remember, err := strategies.Remember(strategies.ByAttr("x"), time.Hour, nil)
	require.NoError(t, err)
	w := func(id string, weight int) leadroute.Rep { return leadroute.Rep{ID: id, Weight: weight} }
	c := func(id string, maxOpen int) leadroute.Rep { return leadroute.Rep{ID: id, MaxOpen: maxOpen} }
	away := leadroute.Rep{ID: "z", Away: true, Weight: 5, MaxOpen: 7}
	tests := []struct {
		name   string
		s      leadroute.Strategy
		pool   leadroute.PoolInfo
		shares []float64 // nil: no fixed expectation
		basis  string
	}{
		{"round-robin", strategies.RoundRobin(), poolOf(w("a", 3), w("b", 1)), []float64{0.5, 0.5}, "even"},
		{"round-robin skips away reps", strategies.RoundRobin(), poolOf(w("a", 1), away, w("b", 1)), []float64{0.5, 0, 0.5}, "even"},
		{"balanced", strategies.Balanced(strategies.BalancedOptions{}), poolOf(w("a", 1), w("b", 1), w("c", 1), w("d", 1)), []float64{0.25, 0.25, 0.25, 0.25}, "even"},
		{"weighted", strategies.Weighted(), poolOf(w("a", 3), w("b", 0), away), []float64{0.75, 0.25, 0}, "by weight"},
		{"weighted random", strategies.WeightedRandom(), poolOf(w("a", 2), w("b", 2), w("c", 4)), []float64{0.25, 0.25, 0.5}, "by weight"},
		{"least loaded, no capacities", strategies.LeastLoaded(), poolOf(w("a", 1), w("b", 9)), []float64{0.5, 0.5}, "even"},
		{"least loaded, equal capacities", strategies.LeastLoaded(), poolOf(c("a", 4), c("b", 4), away), []float64{0.5, 0.5, 0}, "even"},
		{"least loaded, different capacities", strategies.LeastLoaded(), poolOf(c("a", 4), c("b", 8)), nil, "with different capacities the split depends on how long leads stay open"},
		{"least loaded share", strategies.LeastLoadedShare(), poolOf(c("a", 10), c("b", 30)), []float64{0.25, 0.75}, "by capacity"},
		{"least loaded share, mixed", strategies.LeastLoadedShare(), poolOf(c("a", 10), c("b", 0)), nil, "reps without a capacity take leads before reps with one"},
		{"chain: first member", strategies.Chain(strategies.Weighted(), strategies.Queue("q")), poolOf(w("a", 1), w("b", 3)), []float64{0.25, 0.75}, "by weight"},
		{"skill", strategies.SkillBased(map[string]int{"es": 2}, nil), poolOf(w("a", 1)), nil, "the best skill match takes each lead"},
		{"sticky", strategies.Sticky(nil, nil), poolOf(w("a", 1)), nil, "each lead's key decides its rep"},
		{"remember", remember, poolOf(w("a", 1)), nil, "repeat leads go to the rep who owns them"},
		{"account owner", strategies.AccountOwner(nil, strategies.RoundRobin()), poolOf(w("a", 1)), nil, "account leads go to their owners"},
		{"queue", strategies.Queue("q"), poolOf(w("a", 1)), nil, "leads go to a queue, not to reps"},
		{"custom", leadroute.StrategyFunc(func(context.Context, *leadroute.Lead, leadroute.Candidates) (leadroute.Pick, error) {
			return leadroute.Pick{}, nil
		}), poolOf(w("a", 1)), nil, "the strategy states no expected split"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := leadroute.ExpectationOf(tt.s, tt.pool)
			assert.Equal(t, tt.basis, e.Basis)
			if tt.shares == nil {
				assert.Nil(t, e.Shares)
				return
			}
			assert.InDeltaSlice(t, tt.shares, e.Shares, 1e-12)
		})
	}
}

// The stated expectation is what the strategy does: over whole cycles,
// Weighted gives each rep exactly its expected share.
func TestExpectMatchesWeightedRouting(t *testing.T) {
	reps := weightedReps(5, 2, 1)
	f := newFixture(t, strategies.Weighted(), reps)
	const n = 80
	counts := f.counts(n)
	e := leadroute.ExpectationOf(strategies.Weighted(), poolOf(reps...))
	for i, r := range reps {
		assert.Equal(t, int(e.Shares[i]*n+0.5), counts[r.ID], r.ID)
	}
}
