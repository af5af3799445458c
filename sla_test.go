package leadroute_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	lr "github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
)

// noPending is a State without store.Pending.
type noPending struct{ store.State }

func TestAcceptDeadlines(t *testing.T) {
	clk := newClock(monday10)
	r := newRouter(t, lr.WithClock(clk), lr.WithReps(reps("a", "b", "c")...),
		lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a", "b", "c"}, Strategy: strategies.RoundRobin(), AcceptWithin: 5 * time.Minute, Overflow: "later"}))
	d1 := route(t, r, lr.Lead{ID: "l1"})
	require.Equal(t, "a", d1.RepID)
	assert.Equal(t, monday10.Add(5*time.Minute), d1.Deadline)
	clk.Advance(time.Minute)
	route(t, r, lr.Lead{ID: "l2"}) // b
	route(t, r, lr.Lead{})         // no ID: nothing to keep it under
	due, err := r.Overdue(ctx, -1)
	require.NoError(t, err)
	assert.Empty(t, due, "nothing overdue yet")

	clk.Advance(4*time.Minute + time.Second) // l1 is overdue, l2 not yet
	due, err = r.Overdue(ctx, -1)
	require.NoError(t, err)
	require.Equal(t, []lr.Assignment{{LeadID: "l1", RepID: "a", Deadline: monday10.Add(5 * time.Minute)}}, normalize(due))

	// The host reroutes it: the new rep has a new deadline, a is out.
	d, err := r.Reroute(ctx, lr.Lead{ID: "l1"}, "a")
	require.NoError(t, err)
	require.NotEqual(t, "a", d.RepID)
	clk.Advance(2 * time.Minute) // l2 overdue now
	due, err = r.Overdue(ctx, 10)
	require.NoError(t, err)
	assert.Equal(t, []string{"l2"}, leadIDs(due), "l1's new deadline is not due yet")

	ok, err := r.Accept(ctx, "l2", "a")
	require.NoError(t, err)
	assert.False(t, ok, "l2 is b's, not a's")
	ok, err = r.Accept(ctx, "l2", "b")
	require.NoError(t, err)
	assert.True(t, ok)
	ok, err = r.Accept(ctx, "l2", "b")
	require.NoError(t, err)
	assert.False(t, ok, "accepted once")
	clk.Advance(10 * time.Minute)
	due, err = r.Overdue(ctx, 10)
	require.NoError(t, err)
	assert.Equal(t, []string{"l1"}, leadIDs(due))

	// Rerouted to a queue: no longer pending.
	for _, id := range []string{"b", "c"} {
		require.NoError(t, r.SetStatus(ctx, id, lr.Status{Away: true}))
	}
	d, err = r.Reroute(ctx, lr.Lead{ID: "l1"}, due[0].RepID)
	require.NoError(t, err)
	require.Equal(t, "later", d.Queue)
	due, err = r.Overdue(ctx, 10)
	require.NoError(t, err)
	assert.Empty(t, due)

	// Explain records nothing.
	require.NoError(t, r.SetStatus(ctx, "b", lr.Status{}))
	_, err = r.Explain(ctx, lr.Lead{ID: "l9"})
	require.NoError(t, err)
	clk.Advance(time.Hour)
	due, err = r.Overdue(ctx, 10)
	require.NoError(t, err)
	assert.Empty(t, due)
}

func TestAcceptDeadlinesNeedPendingState(t *testing.T) {
	st := noPending{store.NewMemory(store.MemoryOptions{})}
	_, err := lr.New(lr.WithState(st), lr.WithReps(reps("a")...),
		lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a"}, Strategy: strategies.RoundRobin(), AcceptWithin: time.Minute}))
	require.ErrorIs(t, err, lr.ErrInvalidConfig)
	assert.Contains(t, err.Error(), `rules[0] "r".AcceptWithin: the router's State`)
	r := newRouter(t, lr.WithState(st), lr.WithReps(reps("a")...), lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a"}, Strategy: strategies.RoundRobin()}))
	_, err = r.Overdue(context.Background(), 1)
	assert.Error(t, err)
}

func normalize(as []lr.Assignment) []lr.Assignment {
	for i := range as {
		as[i].Deadline = as[i].Deadline.UTC()
	}
	return as
}

func leadIDs(as []lr.Assignment) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.LeadID)
	}
	return out
}

// A lead accepted after Overdue listed it stays with the rep who accepted
// it: RerouteOverdue checks, in the reroute's own step, that it is still
// pending for them.
func TestRerouteOverdueLeavesAcceptedLeads(t *testing.T) {
	clk := newClock(monday10)
	r := newRouter(t, lr.WithClock(clk), lr.WithReps(reps("a", "b")...),
		lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a", "b"}, Strategy: strategies.RoundRobin(), AcceptWithin: time.Minute}))
	route(t, r, lr.Lead{ID: "L1"}) // a
	route(t, r, lr.Lead{ID: "L2"}) // b
	clk.Advance(2 * time.Minute)
	due, err := r.Overdue(ctx, -1)
	require.NoError(t, err)
	require.Len(t, due, 2)

	// a accepts L1 after the listing; b does not accept L2.
	ok, err := r.Accept(ctx, "L1", "a")
	require.NoError(t, err)
	require.True(t, ok)
	for _, a := range due {
		d, err := r.RerouteOverdue(ctx, lr.Lead{}, a)
		require.NoError(t, err)
		switch a.LeadID {
		case "L1":
			assert.Equal(t, "a", d.RepID, "accepted: stays")
			assert.True(t, d.Replay)
			assert.Equal(t, "replay: no longer pending", d.Reason)
		case "L2":
			assert.Equal(t, "a", d.RepID, "not accepted: moved away from b")
			assert.False(t, d.Replay)
		}
	}
	// Retrying the same listing changes nothing more.
	d, err := r.RerouteOverdue(ctx, lr.Lead{}, due[1])
	require.NoError(t, err)
	assert.True(t, d.Replay)
	open := func(rep string) int64 {
		v, err := r.State().Get(ctx, store.Counter{Kind: "open", Member: rep})
		require.NoError(t, err)
		return v
	}
	assert.EqualValues(t, 2, open("a"))
	assert.EqualValues(t, 0, open("b"), "b's lead released once")

	_, err = r.RerouteOverdue(ctx, lr.Lead{ID: "other"}, due[0])
	assert.Error(t, err, "an assignment of another lead")
}
