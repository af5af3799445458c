package redisstore_test

// Red-team attacks on issue 13's live operations against Redis: the Lua
// of weights, gates, claims and pending deadlines must do what
// store.Memory does, and the router-level guarantees must hold on Redis
// as they do in memory (attack_liveops_test.go in the root package).

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/redisstore"
	"github.com/leadroute/leadroute/redisstore/internal/redistest"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
)

// TestLiveOpsSameAsMemory is TestSameAsMemory for what issue 13 added to
// the State contract: Limit.N, Limit.Gate, Limit.Claim, Step.Weight,
// Step.Deadline and store.Pending (Accept, Due), on one clock.
func TestLiveOpsSameAsMemory(t *testing.T) {
	srv := redistest.Start(t)
	rdb := client(t, srv.Addr())
	ctx := context.Background()
	members := []string{"a", "b:1", "{c}", "é"}
	for seed := range uint64(8) {
		t.Run(fmt.Sprint("seed=", seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 13))
			now := time.Date(2026, 3, 8, 9, 0, 0, 0, time.UTC)
			clock := leadroute.ClockFunc(func() time.Time { return now })
			mem := store.NewMemory(store.MemoryOptions{Clock: clock})
			red, err := redisstore.New(rdb, redisstore.Options{Namespace: fmt.Sprintf("lo%d-%d", seed, rng.Uint64()), Clock: clock})
			if err != nil {
				t.Fatal(err)
			}
			var counters []store.Counter
			note := func(c store.Counter) store.Counter {
				if !slices.Contains(counters, c) {
					counters = append(counters, c)
				}
				return c
			}
			weights := []int64{0, 1, 2, 3, 7, 999, 1000, 16383, 16384, 1 << 40}
			expiry := func() time.Time {
				switch rng.IntN(4) {
				case 0:
					// Beyond every advance of the clock: Redis expires
					// keys by its own clock, not the test's.
					return now.Add(48*time.Hour + time.Duration(rng.IntN(5))*time.Minute)
				case 1:
					return now.Add(-time.Minute)
				}
				return time.Time{}
			}
			decisions := map[string]bool{}
			seen := map[string]int{}
			defer func() {
				for _, k := range []string{"chosen", "refused", "accepted", "due"} {
					if seen[k] == 0 && !t.Failed() {
						t.Errorf("no step was %s: the random steps miss a case (%v)", k, seen)
					}
				}
			}()
			for step := range 400 {
				switch rng.IntN(12) {
				case 0: // a live status, as SetStatus writes it
					c := note(store.Counter{Kind: "status", Member: members[rng.IntN(len(members))]})
					cur, _ := mem.Get(ctx, c)
					want := []int64{0, 1, 2, 4, 1 << 52}[rng.IntN(5)]
					st := store.Step{Queue: "#status", Ops: []store.Op{{Counter: c, Delta: want - cur, Expire: expiry(), Expect: cur, HasExpect: true}}}
					st2 := st
					a, e1 := mem.Commit(ctx, &st)
					b, e2 := red.Commit(ctx, &st2)
					if e1 != nil || e2 != nil || fmt.Sprint(a) != fmt.Sprint(b) {
						t.Fatalf("step %d: status %+v: memory %+v %v, redis %+v %v", step, st, a, e1, b, e2)
					}
					continue
				case 1: // time passes
					now = now.Add(time.Duration(rng.IntN(4)) * time.Minute)
				case 2: // accept
					id := fmt.Sprint("lead", rng.IntN(6))
					if ds, _ := mem.Due(ctx, now.Add(24*time.Hour), -1); len(ds) > 0 && rng.IntN(3) == 0 {
						id = ds[rng.IntN(len(ds))].Decision // one that is pending
					}
					// Mostly the rep who has the lead; sometimes anyone.
					rec, _, _ := mem.Recall(ctx, id)
					who := rec.Member
					if rng.IntN(4) == 0 {
						who = members[rng.IntN(len(members))]
					}
					a, e1 := mem.Accept(ctx, id, who)
					b, e2 := red.Accept(ctx, id, who)
					if a {
						seen["accepted"]++
					}
					if e1 != nil || e2 != nil || a != b {
						t.Fatalf("step %d: Accept(%s): memory %v %v, redis %v %v", step, id, a, e1, b, e2)
					}
				case 3: // a release by weight
					c := note(store.Counter{Kind: "open", Member: members[rng.IntN(len(members))]})
					o := fmt.Sprint("rel", rng.IntN(4))
					d := -weights[rng.IntN(len(weights))]
					a, e1 := mem.Add(ctx, o, c, d, time.Time{})
					b, e2 := red.Add(ctx, o, c, d, time.Time{})
					if e1 != nil || e2 != nil || a != b {
						t.Fatalf("step %d: Add: memory %d %v, redis %d %v", step, a, e1, b, e2)
					}
				default:
					m := &randMembers{}
					w := weights[rng.IntN(len(weights))]
					claimKey := fmt.Sprint("k", rng.IntN(3))
					for range 1 + rng.IntN(4) {
						id := members[rng.IntN(len(members))]
						m.ids = append(m.ids, id)
						m.eligible = append(m.eligible, rng.IntN(6) > 0)
						ls := []store.Limit{
							{Counter: note(store.Counter{Kind: "daily", Member: id, Window: 1}), Max: int64(rng.IntN(12)), Expire: expiry(), N: w},
							{Counter: note(store.Counter{Kind: "open", Member: id}), Max: int64(rng.IntN(8)), N: w, Gate: "status"},
						}
						note(store.Counter{Kind: "status", Member: id})
						if rng.IntN(2) == 0 {
							ls = append(ls, store.Limit{Counter: note(store.Counter{Kind: "owner", Scope: "company", Member: claimKey}), N: leadroute.OwnerToken(id), Expire: expiry(), Claim: true})
						}
						m.limits = append(m.limits, ls)
					}
					st := store.Step{Members: m, Weight: w, Rule: "r"}
					if rng.IntN(3) > 0 {
						st.Rotation = "rot"
					}
					if rng.IntN(4) > 0 {
						id := fmt.Sprint("lead", rng.IntN(6))
						st.Decision = id
						st.Round = uint32(rng.IntN(3))
						st.Seen = rng.IntN(3) > 0
						if rng.IntN(3) > 0 {
							st.Deadline = now.Add(time.Duration(rng.IntN(3)) * time.Minute)
						}
						if rng.IntN(5) == 0 {
							st.Members, st.Queue = nil, "q"
						}
						decisions[id] = true
					}
					st.DryRun = rng.IntN(8) == 0
					st2 := st
					a, e1 := mem.Commit(ctx, &st)
					b, e2 := red.Commit(ctx, &st2)
					if len(a.Record.Past) == 0 {
						a.Record.Past = nil
					}
					if len(b.Record.Past) == 0 {
						b.Record.Past = nil
					}
					switch {
					case a.Index >= 0:
						seen["chosen"]++
					case st.Members != nil && !a.Replay && !a.Conflict:
						seen["refused"]++
					}
					if e1 != nil || e2 != nil || fmt.Sprint(a) != fmt.Sprint(b) {
						t.Fatalf("step %d: Commit(%+v):\nmemory %+v, %v\nredis  %+v, %v", step, st, a, e1, b, e2)
					}
				}
				for _, c := range counters {
					x, _ := mem.Get(ctx, c)
					y, err := red.Get(ctx, c)
					if err != nil || x != y {
						t.Fatalf("step %d: counter %+v: memory %d, redis %d, %v", step, c, x, y, err)
					}
				}
				for id := range decisions {
					x, f1, _ := mem.Recall(ctx, id)
					y, f2, err := red.Recall(ctx, id)
					if len(x.Past) == 0 {
						x.Past = nil
					}
					if len(y.Past) == 0 {
						y.Past = nil
					}
					if err != nil || f1 != f2 || fmt.Sprint(x) != fmt.Sprint(y) {
						t.Fatalf("step %d: Recall(%s): memory %+v %v, redis %+v %v %v", step, id, x, f1, y, f2, err)
					}
				}
				limit := []int{0, 1, 3, -1, math.MaxInt, math.MinInt}[rng.IntN(6)]
				x, e1 := mem.Due(ctx, now, limit)
				y, e2 := red.Due(ctx, now, limit)
				if e1 != nil || e2 != nil || len(x) != len(y) {
					t.Fatalf("step %d: Due(%d): memory %v %v, redis %v %v", step, limit, x, e1, y, e2)
				}
				if len(x) > 0 {
					seen["due"]++
				}
				for i := range x {
					if x[i].Decision != y[i].Decision || x[i].Member != y[i].Member || !x[i].Deadline.Equal(y[i].Deadline) {
						t.Fatalf("step %d: Due(%d)[%d]: memory %+v, redis %+v", step, limit, i, x[i], y[i])
					}
				}
			}
		})
	}
}

// The router-level attacks on Redis, through two replicas.
func TestLiveOpsAttacksOnRedis(t *testing.T) {
	srv := redistest.Start(t)
	rdb := client(t, srv.Addr())
	ctx := context.Background()
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	var mu sync.Mutex
	clock := leadroute.ClockFunc(func() time.Time { mu.Lock(); defer mu.Unlock(); return now })
	advance := func(d time.Duration) { mu.Lock(); now = now.Add(d); mu.Unlock() }
	weight := func(l *leadroute.Lead) int { return l.Score }
	mk := func(st store.State, reps []leadroute.Rep, rules ...leadroute.Rule) *leadroute.Router {
		r, err := leadroute.New(leadroute.WithState(st), leadroute.WithClock(clock), leadroute.WithSeed(1), leadroute.WithReps(reps...), leadroute.WithRules(rules...))
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	// Each replica's store keeps the routers' clock: with the real clock,
	// a week ahead of the fake one, the store would expire every daily
	// counter at once, and daily caps would not hold.
	newStore := func(t *testing.T, _ *redis.Client) *redisstore.Store {
		st, err := redisstore.New(rdb, redisstore.Options{Namespace: fmt.Sprintf("lo-%d", rand.Uint64()), Clock: clock})
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	get := func(st store.State, kind, member string) int64 {
		v, err := st.Get(ctx, store.Counter{Kind: kind, Member: member})
		if err != nil {
			t.Fatal(err)
		}
		return v
	}

	t.Run("huge live MaxOpen", func(t *testing.T) {
		st := newStore(t, rdb)
		r := mk(st, []leadroute.Rep{{ID: "a", MaxOpen: 1}}, leadroute.Rule{Name: "all", Pool: []string{"a"}, Strategy: strategies.RoundRobin(), Overflow: "full"})
		for _, n := range []int{math.MaxInt, 1<<53 + 1} {
			if err := r.SetStatus(ctx, "a", leadroute.Status{MaxOpen: n}); err != nil {
				t.Fatal(err)
			}
			for i := range 3 {
				d, err := r.Route(ctx, leadroute.Lead{ID: fmt.Sprint(n, "-", i)})
				if err != nil || d.RepID != "a" {
					t.Fatalf("MaxOpen %d, lead %d: %+v %v", n, i, d, err)
				}
			}
		}
	})

	t.Run("release after reload dropped the weight", func(t *testing.T) {
		st := newStore(t, rdb)
		heavy := leadroute.Rule{Name: "all", Pool: []string{"a"}, Strategy: strategies.RoundRobin(), Weight: func(*leadroute.Lead) int { return 3 }}
		r := mk(st, []leadroute.Rep{{ID: "a"}}, heavy)
		if _, err := r.Route(ctx, leadroute.Lead{ID: "L"}); err != nil {
			t.Fatal(err)
		}
		light := heavy
		light.Weight = nil
		r2 := mk(st, []leadroute.Rep{{ID: "a"}}, light) // a replica started after the change
		if err := r2.Release(ctx, "a", "L"); err != nil {
			t.Fatal(err)
		}
		if got := get(st, "open", "a"); got != 0 {
			t.Fatalf("open count %d after releasing the weighted lead", got)
		}
	})

	t.Run("weighted caps across replicas", func(t *testing.T) {
		st := newStore(t, rdb)
		reps := []leadroute.Rep{{ID: "a", MaxOpen: 7, DailyCap: 900}, {ID: "b", MaxOpen: 1000, DailyCap: 1500}, {ID: "c", MaxOpen: 999}}
		rules := []leadroute.Rule{
			{Name: "ll", Match: leadroute.MatcherFunc(func(l *leadroute.Lead) bool { return l.Country == "US" }), Pool: []string{"a", "b", "c"}, Strategy: strategies.LeastLoaded(), Weight: weight, Overflow: "full"},
			{Name: "rr", Pool: []string{"a", "b", "c"}, Strategy: strategies.RoundRobin(), Weight: weight, Overflow: "full"},
		}
		routers := []*leadroute.Router{mk(st, reps, rules...), mk(st, reps, rules...)}
		scores := []int{1, 2, 3, 7, 8, 999, 1000, 1001, math.MaxInt, -5}
		var mu sync.Mutex
		open, daily := map[string]int64{}, map[string]int64{}
		var wg sync.WaitGroup
		for g := range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r := routers[g%2]
				for i := range 120 {
					id := fmt.Sprintf("g%d-%d", g, i)
					s := scores[(g*7+i*13)%len(scores)]
					w := int64(min(max(s, 1), leadroute.MaxLeadWeight))
					c := "US"
					if i%2 == 1 {
						c = "FR"
					}
					d, err := r.Route(ctx, leadroute.Lead{ID: id, Score: s, Country: c})
					if err != nil {
						t.Error(err)
						return
					}
					if d.RepID == "" {
						continue
					}
					mu.Lock()
					open[d.RepID] += w
					daily[d.RepID] += w
					mu.Unlock()
					if i%3 == 0 {
						for range 2 {
							if err := routers[(g+1)%2].Release(ctx, d.RepID, id); err != nil {
								t.Error(err)
							}
						}
						mu.Lock()
						open[d.RepID] -= w
						mu.Unlock()
					}
				}
			}()
		}
		wg.Wait()
		for _, rp := range reps {
			got := get(st, "open", rp.ID)
			day := now.Unix() / 86400
			realDaily, err := st.Get(ctx, store.Counter{Kind: "daily", Member: rp.ID, Window: day})
			if err != nil {
				t.Fatal(err)
			}
			if rp.DailyCap > 0 && (realDaily != daily[rp.ID] || realDaily > int64(rp.DailyCap)) {
				t.Errorf("%s: the store's daily count is %d, the decisions' %d, cap %d", rp.ID, realDaily, daily[rp.ID], rp.DailyCap)
			}
			if got != open[rp.ID] || got > int64(rp.MaxOpen) || (rp.DailyCap > 0 && daily[rp.ID] > int64(rp.DailyCap)) {
				t.Errorf("%s: open %d (want %d, max %d), daily %d (cap %d)", rp.ID, got, open[rp.ID], rp.MaxOpen, daily[rp.ID], rp.DailyCap)
			}
		}
	})

	t.Run("away races routes on another replica", func(t *testing.T) {
		st := newStore(t, rdb)
		reps := []leadroute.Rep{{ID: "a"}, {ID: "b"}}
		rule := leadroute.Rule{Name: "all", Pool: []string{"a", "b"}, Strategy: strategies.RoundRobin()}
		r1, r2 := mk(st, reps, rule), mk(st, reps, rule)
		for round := range 5 {
			if err := r1.SetStatus(ctx, "a", leadroute.Status{}); err != nil {
				t.Fatal(err)
			}
			var away atomic.Bool
			var bad, toA atomic.Int64
			done := make(chan struct{})
			var wg sync.WaitGroup
			for g := range 3 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := 0; ; i++ {
						select {
						case <-done:
							return
						default:
						}
						was := away.Load()
						d, err := r2.Route(ctx, leadroute.Lead{ID: fmt.Sprintf("%d-%d-%d", round, g, i)})
						if err != nil {
							t.Error(err)
							return
						}
						if d.RepID == "a" {
							toA.Add(1)
							if was {
								bad.Add(1)
							}
						}
					}
				}()
			}
			time.Sleep(5 * time.Millisecond)
			if err := r1.SetStatus(ctx, "a", leadroute.Status{Away: true}); err != nil {
				t.Fatal(err)
			}
			away.Store(true)
			time.Sleep(5 * time.Millisecond)
			close(done)
			wg.Wait()
			if toA.Load() == 0 {
				t.Fatal("no lead reached a before the status changed: the attack tested nothing")
			}
			if bad.Load() > 0 {
				t.Fatalf("%d leads reached a after SetStatus(Away) returned", bad.Load())
			}
		}
	})

	t.Run("concurrent statuses never sum, claims race to one owner", func(t *testing.T) {
		st := newStore(t, rdb)
		rem, err := strategies.Remember(strategies.ByCompany, 24*time.Hour, nil)
		if err != nil {
			t.Fatal(err)
		}
		reps := []leadroute.Rep{{ID: "a"}, {ID: "b"}, {ID: "c"}, {ID: "d"}}
		rule := leadroute.Rule{Name: "all", Pool: []string{"a", "b", "c", "d"}, Strategy: rem}
		routers := []*leadroute.Router{mk(st, reps, rule), mk(st, reps, rule)}
		for round := range 10 {
			var wg sync.WaitGroup
			for k := range 8 {
				wg.Go(func() {
					s := leadroute.Status{MaxOpen: k}
					if k == 0 {
						s = leadroute.Status{Away: true}
					}
					if err := routers[k%2].SetStatus(ctx, "d", s); err != nil {
						t.Error(err)
					}
				})
				wg.Go(func() {
					l := leadroute.Lead{ID: fmt.Sprintf("%d-%d", round, k), Email: fmt.Sprintf("p%d@co%d.example.com", k, round)}
					if _, err := routers[k%2].Route(ctx, l); err != nil {
						t.Error(err)
					}
				})
			}
			wg.Wait()
			if g := get(st, "status", "d"); g < 1 || g > 8 {
				t.Fatalf("status %d is none of the values set (1..8)", g)
			}
			if err := routers[0].SetStatus(ctx, "d", leadroute.Status{}); err != nil {
				t.Fatal(err)
			}
			var owner string
			for i := range 4 {
				d, err := routers[i%2].Route(ctx, leadroute.Lead{Email: fmt.Sprintf("x%d@co%d.example.com", i, round)})
				if err != nil || d.Owner == "" || d.RepID != d.Owner || (owner != "" && d.Owner != owner) {
					t.Fatalf("round %d: later lead %d: %+v %v (owner so far %q)", round, i, d, err, owner)
				}
				owner = d.Owner
			}
		}
	})

	t.Run("queued reasons from the batched reads", func(t *testing.T) {
		st := newStore(t, rdb)
		reps := []leadroute.Rep{{ID: "a", MaxOpen: 1}, {ID: "b", MaxOpen: 1}, {ID: "c", MaxOpen: 1}}
		r := mk(st, reps, leadroute.Rule{Name: "all", Pool: []string{"a", "b", "c"}, Strategy: strategies.LeastLoaded(), Overflow: "q"})
		for i := range 3 {
			if d, err := r.Route(ctx, leadroute.Lead{ID: fmt.Sprint("full", i)}); err != nil || d.RepID == "" {
				t.Fatalf("%+v %v", d, err)
			}
		}
		d, err := r.Route(ctx, leadroute.Lead{})
		if err != nil || d.Reason != "overflow: all 3 reps at max open" {
			t.Fatalf("%+v %v", d, err)
		}
		for _, id := range []string{"a", "b"} {
			if err := r.SetStatus(ctx, id, leadroute.Status{Away: true}); err != nil {
				t.Fatal(err)
			}
		}
		d, err = r.Route(ctx, leadroute.Lead{})
		if err != nil || d.Reason != "overflow: away (live status) (2), at max open (1)" {
			t.Fatalf("%+v %v", d, err)
		}
	})

	t.Run("accept racing reroute", func(t *testing.T) {
		st := newStore(t, rdb)
		reps := []leadroute.Rep{{ID: "a"}, {ID: "b"}, {ID: "c"}}
		rule := leadroute.Rule{Name: "sla", Pool: []string{"a", "b", "c"}, Strategy: strategies.RoundRobin(), AcceptWithin: time.Minute}
		r1, r2 := mk(st, reps, rule), mk(st, reps, rule)
		for i := range 100 {
			id := fmt.Sprint("R", i)
			d, err := r1.Route(ctx, leadroute.Lead{ID: id})
			if err != nil {
				t.Fatal(err)
			}
			var wg sync.WaitGroup
			wg.Go(func() {
				if _, err := r1.Reroute(ctx, leadroute.Lead{ID: id}, d.RepID); err != nil {
					t.Error(err)
				}
			})
			wg.Go(func() {
				if _, err := r2.Accept(ctx, id, d.RepID); err != nil {
					t.Error(err)
				}
			})
			wg.Wait()
		}
		advance(time.Hour)
		due, err := r1.Overdue(ctx, -1)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range due {
			rec, found, err := st.Recall(ctx, a.LeadID)
			if err != nil || !found || rec.Member != a.RepID {
				t.Fatalf("pending %+v, but the decision is %+v (%v %v)", a, rec, found, err)
			}
		}
		if len(due) == 0 {
			t.Fatal("every reroute lost to an accept: the race tested nothing")
		}
	})

	t.Run("deadlines across reroute rounds and Overdue limits", func(t *testing.T) {
		st := newStore(t, rdb)
		rule := leadroute.Rule{Name: "sla", Pool: []string{"a", "b", "c"}, Strategy: strategies.RoundRobin(), AcceptWithin: 15 * time.Minute}
		r := mk(st, []leadroute.Rep{{ID: "a"}, {ID: "b"}, {ID: "c"}}, rule)
		for i := range 5 {
			if _, err := r.Route(ctx, leadroute.Lead{ID: fmt.Sprint("L", i)}); err != nil {
				t.Fatal(err)
			}
			advance(time.Second)
		}
		advance(15 * time.Minute)
		for limit, want := range map[int]int{0: 0, -1: 5, math.MinInt: 5, 3: 3, math.MaxInt: 5} {
			due, err := r.Overdue(ctx, limit)
			if err != nil || len(due) != want {
				t.Fatalf("Overdue(%d): %d entries, want %d, %v", limit, len(due), want, err)
			}
			for i, a := range due {
				if a.LeadID != fmt.Sprint("L", i) {
					t.Fatalf("Overdue(%d)[%d] = %+v", limit, i, a)
				}
			}
		}
		for i := range 3 {
			d, err := r.Reroute(ctx, leadroute.Lead{ID: "L0"}, "")
			if err != nil {
				t.Fatal(err)
			}
			if i == 2 && d.Queue != leadroute.DefaultFallbackQueue {
				t.Fatalf("third reroute: %+v", d)
			}
		}
		due, err := r.Overdue(ctx, -1)
		if err != nil || len(due) != 4 || slices.ContainsFunc(due, func(a leadroute.Assignment) bool { return a.LeadID == "L0" }) {
			t.Fatalf("after rerouting L0 to a queue: %+v %v", due, err)
		}
	})
}

// Pending assignments in Redis are bounded as in Memory: a flood of
// leads nobody accepts (and an Overdue nobody calls) does not grow the
// namespace without end.
func TestLiveOpsPendingBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("fills a million pending entries")
	}
	const bound = 1 << 20
	srv := redistest.Start(t)
	rdb := client(t, srv.Addr())
	ctx := context.Background()
	ns := fmt.Sprintf("pend%d", rand.Uint64())
	st, err := redisstore.New(rdb, redisstore.Options{Namespace: ns})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rdb.Del(context.Background(), "{"+ns+"}p", "{"+ns+"}P") })
	// Fill the set to its bound directly, as a long run would.
	const batch = 1 << 14
	for i := 0; i < bound; i += batch {
		z := make([]redis.Z, 0, batch)
		h := make([]any, 0, 2*batch)
		for j := i; j < i+batch; j++ {
			id := fmt.Sprint("old", j)
			z = append(z, redis.Z{Score: float64(1000 + j), Member: id})
			h = append(h, id, "a")
		}
		if err := rdb.ZAdd(ctx, "{"+ns+"}p", z...).Err(); err != nil {
			t.Fatal(err)
		}
		if err := rdb.HSet(ctx, "{"+ns+"}P", h...).Err(); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Now()
	for i := range 3 {
		s := store.Step{Decision: fmt.Sprint("new", i), Members: &randMembers{ids: []string{"a"}, eligible: []bool{true}, limits: [][]store.Limit{nil}}, Deadline: now.Add(time.Minute)}
		if _, err := st.Commit(ctx, &s); err != nil {
			t.Fatal(err)
		}
	}
	if n := rdb.ZCard(ctx, "{"+ns+"}p").Val(); n != bound {
		t.Fatalf("%d pending entries, bound %d", n, bound)
	}
	if n := rdb.HLen(ctx, "{"+ns+"}P").Val(); n != bound {
		t.Fatalf("%d pending owners, bound %d", n, bound)
	}
	due, err := st.Due(ctx, now.Add(time.Hour), 1)
	if err != nil || len(due) != 1 || due[0].Decision != "old3" {
		t.Fatalf("the longest overdue did not go first: %+v %v", due, err)
	}
	if ok, err := st.Accept(ctx, "new2", "a"); !ok || err != nil {
		t.Fatalf("the newest entry was dropped: %v %v", ok, err)
	}
}

// A deadline between two milliseconds: Redis keeps whole milliseconds,
// and must never list an assignment before its deadline (Memory does not).
func TestLiveOpsSubMillisecondDeadline(t *testing.T) {
	srv := redistest.Start(t)
	st := newStore(t, client(t, srv.Addr()))
	ctx := context.Background()
	t0 := time.Date(2026, 3, 8, 9, 0, 0, 0, time.UTC)
	dl := t0.Add(900 * time.Microsecond)
	s := store.Step{Decision: "L", Members: &randMembers{ids: []string{"a"}, eligible: []bool{true}, limits: [][]store.Limit{nil}}, Deadline: dl}
	if _, err := st.Commit(ctx, &s); err != nil {
		t.Fatal(err)
	}
	for _, now := range []time.Time{t0, t0.Add(500 * time.Microsecond), dl.Add(-time.Nanosecond)} {
		due, err := st.Due(ctx, now, -1)
		if err != nil || len(due) != 0 {
			t.Fatalf("Due(%v) lists %+v (%v) before its deadline %v", now, due, err, dl)
		}
	}
	due, err := st.Due(ctx, dl.Add(time.Millisecond), -1)
	if err != nil || len(due) != 1 || due[0].Deadline.Before(dl) || due[0].Deadline.Sub(dl) >= time.Millisecond {
		t.Fatalf("a millisecond after the deadline: %+v %v", due, err)
	}
}
