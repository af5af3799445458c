package redisstore_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/accounts"
	"github.com/leadroute/leadroute/matchers"
	"github.com/leadroute/leadroute/redisstore"
	"github.com/leadroute/leadroute/redisstore/internal/redistest"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
	"github.com/redis/go-redis/v9"
)

// countHook counts the commands and round trips a client sends.
type countHook struct {
	cmds, trips atomic.Int64
}

func (h *countHook) DialHook(next redis.DialHook) redis.DialHook { return next }

func (h *countHook) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		h.cmds.Add(1)
		h.trips.Add(1)
		return next(ctx, cmd)
	}
}

func (h *countHook) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		h.cmds.Add(int64(len(cmds)))
		h.trips.Add(1)
		return next(ctx, cmds)
	}
}

// fixed is a store.Members with the same limits for everybody.
type fixed struct {
	ids    []string
	away   map[int]bool
	limits func(i int) []store.Limit
}

func (m *fixed) Len() int                   { return len(m.ids) }
func (m *fixed) ID(i int) string            { return m.ids[i] }
func (m *fixed) Eligible(i int) bool        { return !m.away[i] }
func (m *fixed) Limits(i int) []store.Limit { return m.limits(i) }

// team returns n members r0..r(n-1), each with a daily cap of dailyMax
// (day's counter, expiring tomorrow), an open count and an assigned tally.
func team(n int, dailyMax int64) *fixed {
	m := &fixed{away: map[int]bool{}}
	for i := range n {
		m.ids = append(m.ids, fmt.Sprintf("r%d", i))
	}
	day := time.Now().Unix() / 86400
	exp := time.Unix((day+1)*86400, 0)
	m.limits = func(i int) []store.Limit {
		id := m.ids[i]
		return []store.Limit{
			{Counter: store.Counter{Kind: "daily", Member: id, Window: day}, Max: dailyMax, Expire: exp},
			{Counter: store.Counter{Kind: "open", Member: id}, Max: 1 << 40},
			{Counter: store.Counter{Kind: "assigned", Scope: "team", Member: id, Window: day}, Expire: exp},
		}
	}
	return m
}

// TestRoundTrips checks that each State method is one command, one round
// trip, once the scripts are loaded (and at most two before).
func TestRoundTrips(t *testing.T) {
	srv := redistest.Start(t)
	rdb := client(t, srv.Addr())
	hook := &countHook{}
	rdb.AddHook(hook)
	st := newStore(t, rdb)
	ctx := context.Background()
	if err := rdb.Ping(ctx).Err(); err != nil { // connection set-up is not counted
		t.Fatal(err)
	}
	m := team(7, 100)
	m.away[2] = true
	seq := 0
	id := func() string { seq++; return fmt.Sprintf("lead-%d", seq) }
	tally := store.Counter{Kind: "rr", Scope: "team"}
	ops := func() []store.Op {
		return []store.Op{
			{Counter: tally, Delta: 1},
			{ID: id(), Counter: store.Counter{Kind: "open", Member: "r1"}, Delta: -1},
			{Counter: store.Counter{Kind: "cal", Member: "r1"}, Delta: 3, Once: store.Counter{Kind: "claim", Member: "r1"}},
		}
	}
	calls := []struct {
		name string
		call func() error
	}{
		{"Commit rotation", func() error {
			_, err := st.Commit(ctx, &store.Step{Decision: id(), Rule: "us", Rotation: "team", Members: m, Ops: ops()})
			return err
		}},
		{"Commit schedule", func() error {
			_, err := st.Commit(ctx, &store.Step{Decision: id(), Rule: "w", Rotation: "w", Members: m, Slots: []int32{0, 0, 1, 3, 0, 4, 5, 6}})
			return err
		}},
		{"Commit fixed pick", func() error {
			_, err := st.Commit(ctx, &store.Step{Decision: id(), Rule: "owner", Members: &fixed{ids: []string{"r3"}, limits: m.limits}})
			return err
		}},
		{"Commit queue", func() error {
			_, err := st.Commit(ctx, &store.Step{Decision: id(), Queue: "triage", Ops: ops()})
			return err
		}},
		{"Commit replay", func() error {
			out, err := st.Commit(ctx, &store.Step{Decision: "lead-1", Rotation: "team", Members: m})
			if err == nil && !out.Replay {
				err = fmt.Errorf("not a replay: %+v", out)
			}
			return err
		}},
		{"Commit reroute", func() error {
			_, err := st.Commit(ctx, &store.Step{Decision: "lead-1", Round: uint32(seq), Rotation: "team", Members: m, Past: []string{"r0"}, Ops: ops()})
			return err
		}},
		{"Commit dry run", func() error {
			_, err := st.Commit(ctx, &store.Step{Decision: id(), Rotation: "team", Members: m, DryRun: true})
			return err
		}},
		{"Recall", func() error {
			_, _, err := st.Recall(ctx, "lead-1")
			return err
		}},
		{"Get", func() error {
			_, err := st.Get(ctx, tally)
			return err
		}},
		{"Add", func() error {
			_, err := st.Add(ctx, "", tally, 1, time.Time{})
			return err
		}},
		{"Add with op ID", func() error {
			_, err := st.Add(ctx, id(), tally, -1, time.Now().Add(time.Hour))
			return err
		}},
	}
	for _, warm := range []bool{false, true} {
		for _, c := range calls {
			hook.cmds.Store(0)
			hook.trips.Store(0)
			if err := c.call(); err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			cmds, trips := hook.cmds.Load(), hook.trips.Load()
			limit := int64(1)
			if !warm {
				limit = 2 // EVALSHA, then EVAL after NOSCRIPT
			}
			if cmds > limit || trips > limit {
				t.Errorf("%s (scripts loaded: %v): %d commands in %d round trips, want at most %d", c.name, warm, cmds, trips, limit)
			}
		}
	}
	// A restarted server has forgotten the scripts: one extra command, once.
	srv.Restart()
	for i := 0; rdb.Ping(ctx).Err() != nil; i++ { // pooled connections to the old process fail once each
		if i == 100 {
			t.Fatal("no PING after restart")
		}
	}
	for _, limit := range []int64{2, 1} {
		hook.cmds.Store(0)
		if _, err := st.Commit(ctx, &store.Step{Decision: id(), Rotation: "team", Members: m}); err != nil {
			t.Fatalf("Commit after restart: %v", err)
		}
		if n := hook.cmds.Load(); n > limit {
			t.Errorf("Commit after restart: %d commands, want at most %d", n, limit)
		}
	}
}

// TestRouteRoundTrips: a Route with a built-in strategy that reads no
// counts (round-robin, weighted, a queue) or that no rule decides is one
// command, one round trip.
func TestRouteRoundTrips(t *testing.T) {
	rdb, hook, st := countedStore(t)
	ctx := context.Background()
	industry := func(name string) leadroute.Matcher {
		m, err := matchers.Industry(name)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	router, err := leadroute.New(
		leadroute.WithState(st),
		leadroute.WithReps(
			leadroute.Rep{ID: "ana", DailyCap: 1000, MaxOpen: 1000},
			leadroute.Rep{ID: "ben", Weight: 3},
			leadroute.Rep{ID: "cy", Away: true},
		),
		leadroute.WithRules(
			leadroute.Rule{Name: "rr", Match: industry("rr"), Pool: []string{"ana", "ben", "cy"}, Strategy: strategies.RoundRobin()},
			leadroute.Rule{Name: "w", Match: industry("w"), Pool: []string{"ana", "ben", "cy"}, Strategy: strategies.Weighted()},
			leadroute.Rule{Name: "q", Match: industry("q"), Pool: []string{"ana"}, Strategy: strategies.Queue("inbox")},
		),
	)
	if err != nil {
		t.Fatal(err)
	}
	if err := rdb.Ping(ctx).Err(); err != nil {
		t.Fatal(err)
	}
	seq := 0
	for _, warm := range []bool{false, true} {
		for _, ind := range []string{"rr", "w", "q", "none"} {
			seq++
			hook.cmds.Store(0)
			d, err := router.Route(ctx, leadroute.Lead{ID: fmt.Sprint("lead-", seq), Industry: ind})
			if err != nil {
				t.Fatalf("Route(%s): %v", ind, err)
			}
			if wantQ := map[string]string{"q": "inbox", "none": leadroute.DefaultFallbackQueue}[ind]; d.Queue != wantQ || (wantQ == "") == (d.RepID == "") {
				t.Errorf("Route(%s) = %v, want queue %q or a rep", ind, d, wantQ)
			}
			limit := int64(1)
			if !warm {
				limit = 2
			}
			if n := hook.cmds.Load(); n > limit {
				t.Errorf("Route (%s, scripts loaded: %v) = %v: %d commands, want at most %d", ind, warm, d, n, limit)
			}
		}
	}
}

// TestCountingRouteRoundTrips: a Route whose strategy reads counts
// (LeastLoaded, SkillBased, Balanced, WeightedRandom) is two commands once
// the scripts are loaded, whatever the team's size: one MGET of the team's
// caps and the strategy's counts (store.BatchGetter), one Commit. Explain
// is at most two reads too.
func TestCountingRouteRoundTrips(t *testing.T) {
	_, hook, st := countedStore(t)
	ctx := context.Background()
	ids := make([]string, 25)
	reps := make([]leadroute.Rep, len(ids))
	for i := range ids {
		ids[i] = fmt.Sprintf("rep-%02d", i)
		reps[i] = leadroute.Rep{ID: ids[i], DailyCap: 1000, MaxOpen: 1000, WeeklyCap: 4000, Weight: 1 + i%3, Skills: map[string]int{"go": 1 + i%2}}
	}
	for _, tc := range []struct {
		name string
		s    leadroute.Strategy
	}{
		{"least-loaded", strategies.LeastLoaded()},
		{"skill", strategies.SkillBased(map[string]int{"go": 2}, nil)},
		{"balanced", strategies.Balanced(strategies.BalancedOptions{})},
		{"weighted-random", strategies.WeightedRandom()},
		{"sticky", strategies.Sticky(func(l *leadroute.Lead) string { return l.ID }, nil)},
		{"least-loaded-share", strategies.LeastLoadedShare()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			router, err := leadroute.New(leadroute.WithState(st), leadroute.WithSeed(1), leadroute.WithReps(reps...),
				leadroute.WithRules(leadroute.Rule{Name: tc.name, Pool: ids, Strategy: tc.s}))
			if err != nil {
				t.Fatal(err)
			}
			for i := range 12 {
				lead := leadroute.Lead{ID: fmt.Sprintf("%s-%d", tc.name, i)}
				hook.cmds.Store(0)
				d, err := router.Explain(ctx, lead)
				if err != nil || d.RepID == "" {
					t.Fatalf("Explain: %v, %v", d, err)
				}
				if n := hook.cmds.Load(); i > 1 && n > 2 {
					t.Errorf("Explain %d: %d commands, want at most 2", i, n)
				}
				hook.cmds.Store(0)
				d, err = router.Route(ctx, lead)
				if err != nil || d.RepID == "" {
					t.Fatalf("Route: %v, %v", d, err)
				}
				// The first Routes load the script and, for Balanced, read
				// the presence lookback once per bucket.
				if n := hook.cmds.Load(); i > 1 && n > 2 {
					t.Errorf("Route %d: %d commands, want at most 2", i, n)
				}
			}
		})
	}
}

// TestAccountOwnerRoundTrips counts the commands of a Route whose
// account-owner rule sends the lead to the account's owner (in the pool,
// and outside it): the owner's eligibility reads its caps, then the
// Commit.
func TestAccountOwnerRoundTrips(t *testing.T) {
	_, hook, st := countedStore(t)
	ctx := context.Background()
	book, err := accounts.NewBook([]accounts.Account{
		{ID: "A1", Name: "Acme", Domains: []string{"acme.com"}, Owner: "ana"},
		{ID: "A2", Name: "Zed", Domains: []string{"zed.io"}, Owner: "zoe"},
	})
	if err != nil {
		t.Fatal(err)
	}
	reps := []leadroute.Rep{{ID: "ana", DailyCap: 100}, {ID: "ben", DailyCap: 100}, {ID: "zoe", DailyCap: 100}}
	router, err := leadroute.New(leadroute.WithState(st), leadroute.WithReps(reps...),
		leadroute.WithRules(leadroute.Rule{Name: "owned", Pool: []string{"ana", "ben"}, Strategy: strategies.AccountOwner(book, strategies.RoundRobin())}))
	if err != nil {
		t.Fatal(err)
	}
	for i, email := range []string{"x@acme.com", "y@acme.com", "x@zed.io", "y@zed.io", "z@acme.com"} {
		hook.cmds.Store(0)
		d, err := router.Route(ctx, leadroute.Lead{ID: fmt.Sprintf("own-%d", i), Email: email})
		if err != nil || d.RepID == "" {
			t.Fatalf("Route %s: %v, %v", email, d, err)
		}
		if n := hook.cmds.Load(); i > 1 && n > 2 {
			t.Errorf("Route %d (%s to %s): %d commands, want at most 2", i, email, d.RepID, n)
		}
	}
}

// countedStore starts a Redis server and returns a client on it, the
// hook that counts the client's commands, and a Store on the client.
func countedStore(t *testing.T) (*redis.Client, *countHook, *redisstore.Store) {
	t.Helper()
	rdb := client(t, redistest.Start(t).Addr())
	hook := &countHook{}
	rdb.AddHook(hook)
	return rdb, hook, newStore(t, rdb)
}
