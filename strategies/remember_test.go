package strategies_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	lr "github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
)

func rememberRouter(t *testing.T, key strategies.OwnerKey, reps ...lr.Rep) (*lr.Router, *lr.ManualClock) {
	t.Helper()
	clk := lr.NewManualClock(time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC))
	s, err := strategies.Remember(key, 90*24*time.Hour, nil)
	require.NoError(t, err)
	var pool []string
	for _, r := range reps {
		pool = append(pool, r.ID)
	}
	r, err := lr.New(lr.WithClock(clk), lr.WithSeed(1), lr.WithReps(reps...),
		lr.WithRules(lr.Rule{Name: "r", Pool: pool, Strategy: s}))
	require.NoError(t, err)
	return r, clk
}

func mustRoute(t *testing.T, r *lr.Router, l lr.Lead) lr.Decision {
	t.Helper()
	d, err := r.Route(context.Background(), l)
	require.NoError(t, err)
	return d
}

func TestRememberCompany(t *testing.T) {
	r, clk := rememberRouter(t, strategies.ByCompany, lr.Rep{ID: "a"}, lr.Rep{ID: "b"}, lr.Rep{ID: "c"})
	first := mustRoute(t, r, lr.Lead{Email: "jo@eu.acme.co.uk"})
	require.Equal(t, "a", first.RepID)
	assert.Empty(t, first.Owner, "a first lead is no repeat")

	for _, l := range []lr.Lead{{Email: "al@acme.co.uk"}, {Email: "Bo@sales.ACME.co.uk"}} {
		d := mustRoute(t, r, l)
		assert.Equal(t, "a", d.RepID, l.Email)
		assert.Equal(t, "a", d.Owner)
		assert.Equal(t, "remembered owner", d.Reason)
	}
	// Free-mail people are not one company: they go round-robin.
	var got []string
	for _, e := range []string{"x@gmail.com", "y@gmail.com", "z@gmail.com"} {
		got = append(got, mustRoute(t, r, lr.Lead{Email: e}).RepID)
	}
	assert.Equal(t, []string{"b", "c", "a"}, got)

	// Company names normalise: one company, one owner.
	n1 := mustRoute(t, r, lr.Lead{Company: "Initech Inc"}).RepID
	for _, name := range []string{"INITECH, Inc.", "Initech"} {
		assert.Equal(t, n1, mustRoute(t, r, lr.Lead{Company: name}).RepID, name)
	}

	// The memory lapses after its time.
	clk.Advance(91 * 24 * time.Hour)
	d := mustRoute(t, r, lr.Lead{Email: "al@acme.co.uk"})
	assert.Empty(t, d.Owner)
}

func TestRememberOwnerAwayThenBack(t *testing.T) {
	r, _ := rememberRouter(t, strategies.ByEmail, lr.Rep{ID: "a"}, lr.Rep{ID: "b"})
	require.Equal(t, "a", mustRoute(t, r, lr.Lead{Email: "jo@x.com"}).RepID)
	ctx := context.Background()
	require.NoError(t, r.SetStatus(ctx, "a", lr.Status{Away: true}))
	d := mustRoute(t, r, lr.Lead{Email: "JO@x.com"})
	assert.Equal(t, "b", d.RepID, "owner away: by the rule")
	assert.Equal(t, "a", d.Owner, "still a repeat of a's person")
	require.NoError(t, r.SetStatus(ctx, "a", lr.Status{}))
	assert.Equal(t, "a", mustRoute(t, r, lr.Lead{Email: "jo@x.com"}).RepID, "the owner was kept")
}

func TestRememberAddingARepMovesNobody(t *testing.T) {
	reps := []lr.Rep{{ID: "a"}, {ID: "b"}}
	r, _ := rememberRouter(t, strategies.ByEmail, reps...)
	owners := map[string]string{}
	for _, e := range []string{"1@x.com", "2@x.com", "3@x.com", "4@x.com"} {
		owners[e] = mustRoute(t, r, lr.Lead{Email: e}).RepID
	}
	s, err := strategies.Remember(strategies.ByEmail, time.Hour*24, nil)
	require.NoError(t, err)
	require.NoError(t, r.Reload(lr.WithReps(lr.Rep{ID: "a"}, lr.Rep{ID: "b"}, lr.Rep{ID: "c"}),
		lr.WithRules(lr.Rule{Name: "r", Pool: []string{"c", "a", "b"}, Strategy: s})))
	for e, owner := range owners {
		assert.Equal(t, owner, mustRoute(t, r, lr.Lead{Email: e}).RepID, e)
	}
}

func TestRememberRacingFirstLeadsHaveOneOwner(t *testing.T) {
	r, _ := rememberRouter(t, strategies.ByEmail, lr.Rep{ID: "a"}, lr.Rep{ID: "b"}, lr.Rep{ID: "c"})
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() { mustRoute(t, r, lr.Lead{Email: "race@x.com"}) })
	}
	wg.Wait()
	v, err := r.State().Get(context.Background(), store.Counter{Kind: "owner", Scope: "email", Member: "race@x.com"})
	require.NoError(t, err)
	owner := ""
	for _, id := range []string{"a", "b", "c"} {
		if lr.OwnerToken(id) == v {
			owner = id
		}
	}
	require.NotEmpty(t, owner, "one owner was written")
	for range 5 {
		assert.Equal(t, owner, mustRoute(t, r, lr.Lead{Email: "race@x.com"}).RepID)
	}
}

func TestRememberRejects(t *testing.T) {
	_, err := strategies.Remember(strategies.OwnerKey{}, time.Hour, nil)
	assert.Error(t, err)
	_, err = strategies.Remember(strategies.ByEmail, 0, nil)
	assert.Error(t, err)
}

func ExampleRemember() {
	s, _ := strategies.Remember(strategies.ByCompany, 90*24*time.Hour, strategies.RoundRobin())
	r, _ := lr.New(lr.WithReps(lr.Rep{ID: "ana"}, lr.Rep{ID: "ben"}),
		lr.WithRules(lr.Rule{Name: "inbound", Pool: []string{"ana", "ben"}, Strategy: s}))
	ctx := context.Background()
	for _, l := range []lr.Lead{{Email: "jo@acme.com"}, {Email: "al@gmail.com"}, {Email: "kim@acme.com"}} {
		d, _ := r.Route(ctx, l)
		fmt.Printf("%s → %s (%s) owner=%q\n", l.Email, d.RepID, d.Reason, d.Owner)
	}
	// Output:
	// jo@acme.com → ana (round-robin) owner=""
	// al@gmail.com → ben (round-robin) owner=""
	// kim@acme.com → ana (remembered owner) owner="ana"
}
