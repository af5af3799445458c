package store_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/leadroute/leadroute/store"
)

// manualClock is a settable clock for a Memory.
type manualClock struct{ t time.Time }

func (c *manualClock) Now() time.Time { return c.t }

// Rank against the counters (Get) after any history of every path that
// changes a counter, expiry included: Add (negative, on absent counters,
// with an expiry), a Commit's limits (in place, added, claimed) and ops
// (with Once), counters of members outside the set and of other windows,
// two views of one counter (a set and a subset), time passing.
func TestRedteamRankMatchesCountersRapid(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		ctx := context.Background()
		clock := &manualClock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
		m := store.NewMemory(store.MemoryOptions{Clock: clock})
		n := rapid.IntRange(1, 12).Draw(rt, "n")
		ids := make([]string, n+2) // the last two are in no set
		for i := range ids {
			ids[i] = fmt.Sprintf("r%02d", i)
		}
		full := store.NewRankSet(ids[:n], nil)
		sub := full.Subset(rapid.SliceOfDistinct(rapid.IntRange(0, n-1), rapid.ID[int]).Draw(rt, "sub"))
		sets := []*store.RankSet{full, sub}
		counters := []store.Counter{{Kind: "open"}, {Kind: "daily", Window: 1}, {Kind: "daily", Window: 2}}
		expire := func(label string) time.Time {
			if rapid.Bool().Draw(rt, label) {
				return time.Time{}
			}
			return clock.t.Add(time.Duration(rapid.IntRange(1, 60).Draw(rt, label+"min")) * time.Minute)
		}
		for range rapid.IntRange(1, 80).Draw(rt, "steps") {
			c := counters[rapid.IntRange(0, len(counters)-1).Draw(rt, "counter")]
			c.Member = ids[rapid.IntRange(0, len(ids)-1).Draw(rt, "member")]
			switch rapid.IntRange(0, 6).Draw(rt, "op") {
			case 0:
				_, err := m.Add(ctx, "", c, rapid.Int64Range(-3, 3).Draw(rt, "delta"), expire("addExp"))
				require.NoError(rt, err)
			case 1:
				l := store.Limit{Counter: c, N: rapid.Int64Range(0, 3).Draw(rt, "N"), Expire: expire("limExp"), Claim: rapid.IntRange(0, 3).Draw(rt, "claim") == 0}
				_, err := m.Commit(ctx, &store.Step{Members: rankMember{id: c.Member, limits: []store.Limit{l}}, Rotation: "rot"})
				require.NoError(rt, err)
			case 2:
				op := store.Op{Counter: c, Delta: rapid.Int64Range(-3, 3).Draw(rt, "opDelta"), Expire: expire("opExp")}
				if rapid.Bool().Draw(rt, "once") {
					op.Once = counters[rapid.IntRange(0, len(counters)-1).Draw(rt, "onceCounter")]
					op.Once.Member = ids[rapid.IntRange(0, len(ids)-1).Draw(rt, "onceMember")]
				}
				_, err := m.Commit(ctx, &store.Step{Queue: "q", Ops: []store.Op{op}})
				require.NoError(rt, err)
			case 3:
				clock.t = clock.t.Add(time.Duration(rapid.IntRange(0, 90).Draw(rt, "advance")) * time.Minute)
			default:
				set := sets[rapid.IntRange(0, 1).Draw(rt, "set")]
				desc := rapid.Bool().Draw(rt, "desc")
				start := rapid.IntRange(0, n).Draw(rt, "start")
				c.Member = ""
				q := store.RankQuery{Set: set, Counter: c, Desc: desc, Start: start}
				got := rankAll(t, m, q, rapid.IntRange(1, 5).Draw(rt, "page"))
				want := rankWant(t, m, set, ids[:n], c, desc, start%n)
				if len(want) == 0 {
					want = nil
				}
				require.Equal(rt, want, got)
			}
		}
	})
}

// A change of a member's counter costs the views that have the member,
// not every view of the counter: with 1000 pools of their own (a rule
// each), an Add is not a thousand times dearer than with one. (Before,
// noteRank looked the member up in every view of the counter, under the
// counter shard's lock: O(views) per commit.)
func TestRedteamNoteRankCostsOnlyTheMembersViews(t *testing.T) {
	if raceEnabled {
		t.Skip("timing under -race")
	}
	ctx := context.Background()
	addCost := func(pools int) time.Duration {
		m := store.NewMemory(store.MemoryOptions{})
		var out [1]store.Ranked
		for p := range pools {
			ids := make([]string, 20)
			for i := range ids {
				ids[i] = fmt.Sprintf("p%d-%d", p, i)
			}
			if _, err := m.Rank(ctx, &store.RankQuery{Set: store.NewRankSet(ids, nil), Counter: store.Counter{Kind: "open"}}, out[:]); err != nil {
				t.Fatal(err)
			}
		}
		c := store.Counter{Kind: "open", Member: "p0-3"}
		best := time.Duration(1 << 62)
		for range 5 {
			start := time.Now()
			for i := range 2000 {
				if _, err := m.Add(ctx, "", c, int64(i%2*2-1), time.Time{}); err != nil {
					t.Fatal(err)
				}
			}
			best = min(best, time.Since(start))
		}
		return best
	}
	one, many := addCost(1), addCost(1000)
	if many > 20*one {
		t.Fatalf("2000 Adds: %v with 1 view of the counter, %v with 1000 (the member in one)", one, many)
	}
}

// Rank's edges: a cancelled ctx, an empty set, no room in out, Start out
// of range either way, Continue after the last member or before the
// first.
func TestRedteamRankEdges(t *testing.T) {
	m := store.NewMemory(store.MemoryOptions{})
	ctx := context.Background()
	ids := []string{"a", "b", "c"}
	set := store.NewRankSet(ids, nil)
	for i, id := range ids {
		_, err := m.Add(ctx, "", store.Counter{Kind: "open", Member: id}, int64(3-i), time.Time{})
		require.NoError(t, err)
	}
	out := make([]store.Ranked, 4)
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	_, err := m.Rank(cancelled, &store.RankQuery{Set: set, Counter: store.Counter{Kind: "open"}}, out)
	require.ErrorIs(t, err, context.Canceled)
	for _, s := range []*store.RankSet{nil, store.NewRankSet(nil, nil), store.NewRankSet(ids, []int{}), store.NewRankSet(ids, []int{-1, 3, 99})} {
		n, err := m.Rank(ctx, &store.RankQuery{Set: s, Counter: store.Counter{Kind: "open"}}, out)
		require.NoError(t, err)
		require.Zero(t, n)
	}
	n, err := m.Rank(ctx, &store.RankQuery{Set: set, Counter: store.Counter{Kind: "open"}}, out[:0])
	require.NoError(t, err)
	require.Zero(t, n)
	want := []store.Ranked{{Index: 2, Value: 1}, {Index: 1, Value: 2}, {Index: 0, Value: 3}}
	for _, start := range []int{-1 << 62, -1, 0, 3, 4, 1 << 62} {
		n, err := m.Rank(ctx, &store.RankQuery{Set: set, Counter: store.Counter{Kind: "open"}, Start: start}, out)
		require.NoError(t, err)
		require.Equal(t, want, out[:n], "Start %d", start)
	}
	n, err = m.Rank(ctx, &store.RankQuery{Set: set, Counter: store.Counter{Kind: "open"}, Continue: true, After: want[2]}, out)
	require.NoError(t, err)
	require.Zero(t, n, "after the last")
	n, err = m.Rank(ctx, &store.RankQuery{Set: set, Counter: store.Counter{Kind: "open"}, Continue: true, After: store.Ranked{Index: -1, Value: 0}}, out)
	require.NoError(t, err)
	require.Equal(t, want, out[:n], "before the first")
}

// More sets than a Memory keeps views for, ranked from many goroutines
// while their counters change: views are dropped and rebuilt while in use,
// and every order is still the counters' at the end.
func TestRedteamRankViewsChurn(t *testing.T) {
	ctx := context.Background()
	m := store.NewMemory(store.MemoryOptions{})
	store.SetMaxRankViews(m, 1024) // fewer than the sets below
	ids := make([]string, 64)
	for i := range ids {
		ids[i] = fmt.Sprintf("r%02d", i)
	}
	all := store.NewRankSet(ids, nil)
	sets := make([]*store.RankSet, 1100)
	for i := range sets {
		sets[i] = all.Subset([]int{i % 64, (i / 64) % 64, (i*7 + 3) % 64, 63})
	}
	var wg sync.WaitGroup
	for g := range 6 {
		wg.Go(func() {
			out := make([]store.Ranked, 3)
			for k := range 3000 {
				i := (g*977 + k*31) % len(sets)
				if k%3 == 0 {
					if _, err := m.Add(ctx, "", store.Counter{Kind: "open", Member: ids[(g+k)%64]}, int64(k%5-2), time.Time{}); err != nil {
						t.Error(err)
						return
					}
					continue
				}
				if _, err := m.Rank(ctx, &store.RankQuery{Set: sets[i], Counter: store.Counter{Kind: "open"}, Desc: k%2 == 0}, out); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	for _, s := range []*store.RankSet{sets[0], sets[500], sets[1099], all} {
		require.Equal(t, rankWant(t, m, s, ids, store.Counter{Kind: "open"}, false, 0), rankAll(t, m, store.RankQuery{Set: s, Counter: store.Counter{Kind: "open"}}, 5))
	}
}

// Expiries far off (a status set away until 9999-12-31) or long past do
// not wrap: the value lapses when, and only when, Get reads it as 0.
func TestRedteamRankFarExpiries(t *testing.T) {
	ctx := context.Background()
	clock := &manualClock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	m := store.NewMemory(store.MemoryOptions{Clock: clock})
	ids := []string{"a", "b", "c"}
	set := store.NewRankSet(ids, nil)
	c := store.Counter{Kind: "status"}
	check := func(what string) {
		t.Helper()
		require.Equal(t, rankWant(t, m, set, ids, c, true, 0), rankAll(t, m, store.RankQuery{Set: set, Counter: c, Desc: true}, 2), what)
	}
	check("empty")
	for i, exp := range []time.Time{time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(2300, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(1600, 1, 1, 0, 0, 0, 0, time.UTC)} {
		_, err := m.Add(ctx, "", store.Counter{Kind: "status", Member: ids[i]}, int64(i+2), exp)
		require.NoError(t, err)
	}
	check("set")
	clock.t = clock.t.Add(24 * time.Hour)
	check("a day on")
}

// Rank reads rotation cursors: with more rotation keys than a Memory
// keeps (so that cursors are swept while ranked and committed), Rank and
// Commit of the same keys from many goroutines neither deadlock nor race.
func TestRedteamRankRotationSweep(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	ctx := context.Background()
	m := store.NewMemory(store.MemoryOptions{})
	ids := []string{"a", "b", "c", "d"}
	set := store.NewRankSet(ids, nil)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			out := make([]store.Ranked, 2)
			for k := range 40000 {
				key := fmt.Sprintf("k%d-%d", g, k)
				if k%2 == 0 {
					key = fmt.Sprintf("k%d", k%97)
				}
				if g%2 == 0 {
					if _, err := m.Rank(ctx, &store.RankQuery{Set: set, Counter: store.Counter{Kind: "open"}, Rotation: key}, out); err != nil {
						t.Error(err)
						return
					}
					continue
				}
				if _, err := m.Commit(ctx, &store.Step{Members: rankMember{id: ids[k%4], limits: []store.Limit{{Counter: store.Counter{Kind: "open", Member: ids[k%4]}}}}, Rotation: key}); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(2 * time.Minute):
		t.Fatal("deadlock")
	}
	require.Equal(t, rankWant(t, m, set, ids, store.Counter{Kind: "open"}, false, 0), rankAll(t, m, store.RankQuery{Set: set, Counter: store.Counter{Kind: "open"}}, 3))
}
