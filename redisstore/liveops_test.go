package redisstore_test

import (
	"context"
	"testing"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/redisstore/internal/redistest"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
)

// Issue 13's live operations through two routers (two replicas) sharing
// one Redis namespace: what one does, the other sees at its next Route.
func TestLiveOperationsAcrossReplicas(t *testing.T) {
	srv := redistest.Start(t)
	st := newStore(t, client(t, srv.Addr()))
	ctx := context.Background()
	now := time.Now()
	clock := leadroute.ClockFunc(func() time.Time { return now })
	remember, err := strategies.Remember(strategies.ByCompany, 24*time.Hour, nil)
	if err != nil {
		t.Fatal(err)
	}
	reps := []leadroute.Rep{{ID: "a", Team: "t", MaxOpen: 5}, {ID: "b", Team: "t", MaxOpen: 5}, {ID: "c", Team: "t", MaxOpen: 5}}
	rules := []leadroute.Rule{
		{Name: "known", Match: leadroute.MatcherFunc(func(l *leadroute.Lead) bool { return l.Source == "known" }), Team: "t", Strategy: remember, AcceptWithin: time.Minute},
		{Name: "weighted", Match: leadroute.MatcherFunc(func(l *leadroute.Lead) bool { return l.Source == "big" }), Team: "t", Strategy: strategies.RoundRobin(), Weight: func(*leadroute.Lead) int { return 3 }},
		{Name: "rest", Team: "t", Strategy: strategies.RoundRobin()},
	}
	mk := func() *leadroute.Router {
		r, err := leadroute.New(leadroute.WithState(st), leadroute.WithClock(clock), leadroute.WithSeed(1), leadroute.WithReps(reps...), leadroute.WithRules(rules...))
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	r1, r2 := mk(), mk()
	route := func(r *leadroute.Router, l leadroute.Lead) leadroute.Decision {
		t.Helper()
		d, err := r.Route(ctx, l)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	want := func(what, got, want string) {
		t.Helper()
		if got != want {
			t.Fatalf("%s: got %q, want %q", what, got, want)
		}
	}

	// One team rotation across rules and replicas.
	want("r1 rest", route(r1, leadroute.Lead{}).RepID, "a")
	want("r2 rest", route(r2, leadroute.Lead{}).RepID, "b")

	// Live status set on one replica holds on the other.
	if err := r1.SetStatus(ctx, "c", leadroute.Status{Away: true}); err != nil {
		t.Fatal(err)
	}
	want("c away", route(r2, leadroute.Lead{}).RepID, "a")

	// Ownership memory and the accept deadline.
	first := route(r1, leadroute.Lead{ID: "k1", Source: "known", Email: "jo@acme.com"})
	want("first owner", first.RepID, "b")
	again := route(r2, leadroute.Lead{ID: "k2", Source: "known", Email: "al@acme.com"})
	want("remembered on the other replica", again.RepID, "b")
	want("owner named", again.Owner, "b")
	if _, err := r2.Accept(ctx, "k2", again.RepID); err != nil {
		t.Fatal(err)
	}
	now = now.Add(2 * time.Minute)
	late, err := r2.Overdue(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(late) != 1 || late[0].LeadID != "k1" || late[0].RepID != "b" {
		t.Fatalf("overdue: %+v", late)
	}

	// Weight: a big lead counts 3 against MaxOpen 5, and Release gives
	// it back.
	if err := r1.SetStatus(ctx, "c", leadroute.Status{}); err != nil {
		t.Fatal(err)
	}
	big := route(r1, leadroute.Lead{ID: "w1", Source: "big"})
	open := func(rep string) int64 {
		v, err := st.Get(ctx, store.Counter{Kind: "open", Member: rep})
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	before := open(big.RepID)
	if err := r2.Release(ctx, big.RepID, "w1"); err != nil {
		t.Fatal(err)
	}
	if got := before - open(big.RepID); got != 3 {
		t.Fatalf("Release gave back %d, want the weight 3", got)
	}
}
