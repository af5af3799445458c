package store

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// viewCount is how many distinct views m keeps and how many follow kind.
func (m *Memory) viewCount(kind string) (views, watching int) {
	m.rank.mu.Lock()
	defer m.rank.mu.Unlock()
	seen := map[*rankView]bool{}
	for _, v := range m.rank.views {
		seen[v] = true
	}
	m.rank.fmu.RLock()
	defer m.rank.fmu.RUnlock()
	following := map[*rankView]bool{}
	for k, fs := range m.rank.follow {
		if k.kind == kind {
			for _, f := range fs {
				following[f.v] = true
			}
		}
	}
	return len(seen), len(following)
}

// A router binds its strategies again on every Reload, so each reload
// brings new RankSets for pools that did not change. Equal sets must
// share their views: else every reload adds views that every later
// change of the counter keeps moving (and that hold O(n) each) until they
// have been idle for an hour.
func TestRedteamEqualSetsShareViews(t *testing.T) {
	ctx := context.Background()
	m := NewMemory(MemoryOptions{})
	ids := make([]string, 100)
	for i := range ids {
		ids[i] = fmt.Sprintf("rep%03d", i)
	}
	var out [4]Ranked
	for reload := range 50 {
		all := NewRankSet(ids, nil)
		for _, s := range []*RankSet{all, all.Subset([]int{1, 3, 5}), all.Subset([]int{0, 2})} {
			if _, err := m.Rank(ctx, &RankQuery{Set: s, Counter: Counter{Kind: "open"}}, out[:]); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := m.Add(ctx, "", Counter{Kind: "open", Member: ids[reload%len(ids)]}, 1, time.Time{}); err != nil {
			t.Fatal(err)
		}
	}
	views, watching := m.viewCount("open")
	if views != 3 || watching != 3 {
		t.Fatalf("after 50 reloads of one pool: %d views, %d following open; want 3 and 3", views, watching)
	}
	// The shared views are exact.
	n, err := m.Rank(ctx, &RankQuery{Set: NewRankSet(ids, nil), Counter: Counter{Kind: "open"}, Desc: true}, out[:])
	if err != nil || n != 4 || out[0].Value != 1 || out[3].Value != 1 {
		t.Fatalf("Rank = %d %v %v", n, out, err)
	}
	// A set of other members, or of the same members in another order,
	// is another set.
	for _, s := range []*RankSet{NewRankSet(ids[1:], nil), NewRankSet(append([]string{ids[1], ids[0]}, ids[2:]...), nil), NewRankSet(ids, []int{1, 3})} {
		if _, err := m.Rank(ctx, &RankQuery{Set: s, Counter: Counter{Kind: "open"}}, out[:]); err != nil {
			t.Fatal(err)
		}
	}
	if views, _ := m.viewCount("open"); views != 6 {
		t.Fatalf("%d views, want 6", views)
	}
}

// A counter whose expiry moves on every change leaves stale entries in
// the view's heap of expiries: it stays O(set), and the value still
// lapses when the last expiry passes.
func TestRedteamRankLapsesStayBounded(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	clock := clockFunc(func() time.Time { return now })
	m := NewMemory(MemoryOptions{Clock: clock})
	set := NewRankSet([]string{"a", "b"}, nil)
	c := Counter{Kind: "status"}
	var out [2]Ranked
	rank := func() []Ranked {
		n, err := m.Rank(ctx, &RankQuery{Set: set, Counter: c, Desc: true}, out[:])
		if err != nil || n != 2 {
			t.Fatalf("Rank: %d %v", n, err)
		}
		return out[:n]
	}
	rank()
	for i := range 10000 {
		if _, err := m.Add(ctx, "", Counter{Kind: "status", Member: "a"}, 1, now.Add(time.Hour+time.Duration(i)*time.Second)); err != nil {
			t.Fatal(err)
		}
	}
	m.rank.mu.Lock()
	v := m.rank.views[viewKey{pool: set.poolKey, in: set.inKey, rankKey: rankKey{kind: "status"}}]
	m.rank.mu.Unlock()
	v.mu.Lock()
	heap := len(v.lapses)
	v.mu.Unlock()
	if heap > 2*2+16+1 {
		t.Fatalf("%d expiries kept for a set of 2", heap)
	}
	if got := rank(); got[0] != (Ranked{Index: 0, Value: 10000}) {
		t.Fatalf("before expiry: %v", got)
	}
	now = now.Add(time.Hour + 9998*time.Second)
	if got := rank(); got[0] != (Ranked{Index: 0, Value: 10000}) {
		t.Fatalf("before the last expiry: %v", got)
	}
	now = now.Add(time.Second)
	if got := rank(); got[0] != (Ranked{Index: 0, Value: 0}) || got[1] != (Ranked{Index: 1, Value: 0}) {
		t.Fatalf("after expiry: %v", got)
	}
}

type clockFunc func() time.Time

func (f clockFunc) Now() time.Time { return f() }

// A view no longer ranked (its pool changed in a reload) is dropped once
// idle for rankIdle even when no new view is made afterwards: until then
// every change of its members' counters keeps moving it.
func TestRedteamIdleViewDroppedWithoutNewViews(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	m := NewMemory(MemoryOptions{Clock: clockFunc(func() time.Time { return now })})
	old := NewRankSet([]string{"a", "b", "c"}, nil)
	cur := NewRankSet([]string{"a", "b", "d"}, nil)
	var out [3]Ranked
	rank := func(s *RankSet) {
		if _, err := m.Rank(ctx, &RankQuery{Set: s, Counter: Counter{Kind: "open"}}, out[:]); err != nil {
			t.Fatal(err)
		}
	}
	rank(old)
	rank(cur)
	for range 3 * 60 {
		now = now.Add(time.Minute)
		rank(cur)
	}
	if views, following := m.viewCount("open"); views != 1 || following != 1 {
		t.Fatalf("3 hours on: %d views, %d following open; want the one in use", views, following)
	}
}
