package leadroute_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	lr "github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/strategies"
)

// selectBy is a Selector matcher choosing the sub-pool by country.
type selectBy struct{}

func (selectBy) Match(*lr.Lead) bool              { return true }
func (selectBy) Select(l *lr.Lead) (string, bool) { return l.Country, true }
func (selectBy) String() string                   { return "select" }

// The router makes the built-in round-robin's pick itself: it must be the
// pick the strategy returns, for every pool that uses it (main pools,
// sub-pools, team pools), and no other strategy may be taken for it.
func TestRoundRobinPickedByTheRouterAgrees(t *testing.T) {
	r, err := lr.New(lr.WithSeed(1), lr.WithReps(reps("a", "b", "c", "d")...),
		lr.WithRules(
			lr.Rule{Name: "plain", Match: country("US"), Pool: []string{"a", "b"}, Strategy: strategies.RoundRobin()},
			lr.Rule{Name: "team1", Match: country("CA"), Pool: []string{"b", "c"}, Team: "t", Strategy: strategies.RoundRobin()},
			lr.Rule{Name: "team2", Match: country("GB"), Pool: []string{"b", "c"}, Team: "t", Strategy: strategies.RoundRobin()},
			lr.Rule{Name: "subs", Match: selectBy{}, Pool: []string{"a"}, Pools: map[string][]string{"DE": {"c", "d"}, "FR": {"d"}}, Strategy: strategies.RoundRobin()},
			lr.Rule{Name: "weighted", Pool: []string{"a", "d"}, Strategy: strategies.Weighted()},
			lr.Rule{Name: "least", Pool: []string{"a", "d"}, Strategy: strategies.LeastLoaded()},
			lr.Rule{Name: "chain", Pool: []string{"a", "d"}, Strategy: strategies.Chain(strategies.RoundRobin())},
			lr.Rule{Name: "custom", Pool: []string{"a", "d"}, Strategy: lr.StrategyFunc(func(_ context.Context, _ *lr.Lead, c lr.Candidates) (lr.Pick, error) {
				return lr.Pick{Rotate: lr.Rotation{Key: c.Key()}, Reason: "round-robin"}, nil
			})},
		))
	require.NoError(t, err)
	n, err := lr.RoundRobinPoolsAgree(r)
	require.NoError(t, err)
	assert.Equal(t, 6, n, "plain, team1, team2, subs and its two sub-pools; none of the others")
}
