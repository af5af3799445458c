package leadroutetest

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/leadroute/leadroute/store"
)

// members is a simple store.Members.
type members struct {
	ids  []string
	away map[string]bool
}

func (m *members) Len() int            { return len(m.ids) }
func (m *members) ID(i int) string     { return m.ids[i] }
func (m *members) Eligible(i int) bool { return !m.away[m.ids[i]] }

func mem(ids ...string) *members { return &members{ids: ids, away: map[string]bool{}} }

// past and future are expiry times that any real or fake clock in use is
// after and before.
var (
	past   = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	future = time.Date(2999, 1, 1, 0, 0, 0, 0, time.UTC)
)

// TestState runs the store.State contract against the states newState
// returns (a fresh, empty one per subtest). The State's clock must be after
// the year 2000 and before 2999. Run it with -race.
func TestState(t *testing.T, newState func() store.State) {
	ctx := context.Background()
	var opSeq atomic.Uint32
	op := func() string { return fmt.Sprintf("leadroutetest-%d", opSeq.Add(1)) }
	noOp := ""

	rot := func(t *testing.T, s store.State, m store.Members, slots []int32, commit bool) string {
		t.Helper()
		i, err := s.Rotate(ctx, "k", m, slots, commit)
		if err != nil {
			t.Fatalf("Rotate: %v", err)
		}
		if i < 0 {
			return "-"
		}
		return m.ID(i)
	}
	seq := func(t *testing.T, s store.State, m store.Members, slots []int32, n int) string {
		t.Helper()
		out := ""
		for range n {
			out += rot(t, s, m, slots, true)
		}
		return out
	}
	want := func(t *testing.T, what, got, want string) {
		t.Helper()
		if got != want {
			t.Fatalf("%s: got %s, want %s", what, got, want)
		}
	}

	t.Run("RotateRoundRobin", func(t *testing.T) {
		s := newState()
		want(t, "rotation", seq(t, s, mem("a", "b", "c"), nil, 7), "abcabca")
	})
	t.Run("RotateSkipsIneligible", func(t *testing.T) {
		s := newState()
		m := mem("a", "b", "c", "d")
		want(t, "start", seq(t, s, m, nil, 1), "a")
		m.away["b"] = true
		want(t, "b away", seq(t, s, m, nil, 4), "cdac")
		m.away["b"] = false
		// b rejoins at their place: after c (the last assigned) comes d.
		want(t, "b back", seq(t, s, m, nil, 5), "dabcd")
	})
	t.Run("RotateNobodyEligible", func(t *testing.T) {
		s := newState()
		m := mem("a", "b")
		m.away["a"], m.away["b"] = true, true
		want(t, "all away", rot(t, s, m, nil, true), "-")
		want(t, "empty", rot(t, s, mem(), nil, true), "-")
		want(t, "empty schedule", rot(t, s, mem("a"), []int32{}, true), "-")
	})
	t.Run("RotateDryRun", func(t *testing.T) {
		s := newState()
		m := mem("a", "b", "c")
		want(t, "first", seq(t, s, m, nil, 1), "a")
		for range 3 {
			want(t, "dry run", rot(t, s, m, nil, false), "b")
		}
		want(t, "commit after dry runs", rot(t, s, m, nil, true), "b")
	})
	t.Run("RotateSchedule", func(t *testing.T) {
		s := newState()
		m := mem("a", "b", "c")
		slots := []int32{0, 0, 1, 0, 2, 0, 0} // smooth WRR 5,1,1
		want(t, "schedule", seq(t, s, m, slots, 14), "aabacaaaabacaa")
		m.away["a"] = true
		want(t, "a away", seq(t, s, m, slots, 4), "bcbc")
	})
	t.Run("RotateMemberAdded", func(t *testing.T) {
		s := newState()
		want(t, "start", seq(t, s, mem("a", "b", "c"), nil, 2), "ab")
		// x joins before b's position: the rotation resumes after b.
		want(t, "x added", seq(t, s, mem("x", "a", "b", "c"), nil, 4), "cxab")
	})
	t.Run("RotateMemberRemoved", func(t *testing.T) {
		s := newState()
		want(t, "start", seq(t, s, mem("a", "b", "c", "d"), nil, 2), "ab")
		// b (the last assigned) leaves: c, who came after b, is next.
		want(t, "b removed", seq(t, s, mem("a", "c", "d"), nil, 4), "cdac")
	})
	t.Run("RotateScheduleChanged", func(t *testing.T) {
		s := newState()
		m := mem("a", "b", "c")
		want(t, "start", seq(t, s, m, []int32{0, 1, 2}, 2), "ab")
		want(t, "new schedule", seq(t, s, m, []int32{0, 0, 1, 2}, 4), "caab")
	})
	t.Run("RotateKeysIndependent", func(t *testing.T) {
		s := newState()
		m := mem("a", "b", "c")
		for _, k := range []string{"k1", "k2", "k1"} {
			if _, err := s.Rotate(ctx, k, m, nil, true); err != nil {
				t.Fatal(err)
			}
		}
		i, _ := s.Rotate(ctx, "k2", m, nil, true)
		want(t, "k2", m.ID(i), "b")
	})
	t.Run("RotateConcurrent", func(t *testing.T) {
		s := newState()
		m := mem("a", "b", "c", "d", "e", "f", "g")
		const workers, per = 8, 70
		var mu sync.Mutex
		got := map[int]int{}
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for range per {
					i, err := s.Rotate(ctx, "k", m, nil, true)
					if err != nil {
						t.Error(err)
						return
					}
					mu.Lock()
					got[i]++
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		for i := range m.Len() {
			if got[i] != workers*per/m.Len() {
				t.Fatalf("concurrent rotation is unfair: %v", got)
			}
		}
	})

	cnt := store.Counter{Kind: "test", Scope: "pool", Member: "a", Window: 7}
	get := func(t *testing.T, s store.State, c store.Counter) int64 {
		t.Helper()
		v, err := s.Get(ctx, c)
		if err != nil {
			t.Fatalf("Get: %v", err)
		}
		return v
	}
	add := func(t *testing.T, s store.State, o string, c store.Counter, d int64, exp time.Time) int64 {
		t.Helper()
		v, err := s.Add(ctx, o, c, d, exp)
		if err != nil {
			t.Fatalf("Add: %v", err)
		}
		return v
	}
	wantN := func(t *testing.T, what string, got, want int64) {
		t.Helper()
		if got != want {
			t.Fatalf("%s: got %d, want %d", what, got, want)
		}
	}

	t.Run("AddGet", func(t *testing.T) {
		s := newState()
		wantN(t, "absent", get(t, s, cnt), 0)
		wantN(t, "add 5", add(t, s, op(), cnt, 5, time.Time{}), 5)
		wantN(t, "get", get(t, s, cnt), 5)
		other := cnt
		other.Window = 8
		wantN(t, "other window", get(t, s, other), 0)
		wantN(t, "add -2", add(t, s, noOp, cnt, -2, time.Time{}), 3)
	})
	t.Run("AddClampsAtZero", func(t *testing.T) {
		s := newState()
		add(t, s, op(), cnt, 2, time.Time{})
		wantN(t, "add -5", add(t, s, op(), cnt, -5, time.Time{}), 0)
		wantN(t, "get", get(t, s, cnt), 0)
		wantN(t, "add 1 after clamp", add(t, s, op(), cnt, 1, time.Time{}), 1)
		wantN(t, "decrement absent", add(t, s, op(), store.Counter{Kind: "none"}, -1, time.Time{}), 0)
	})
	t.Run("AddIdempotent", func(t *testing.T) {
		s := newState()
		o := op()
		wantN(t, "first", add(t, s, o, cnt, 1, time.Time{}), 1)
		wantN(t, "replayed", add(t, s, o, cnt, 1, time.Time{}), 1)
		wantN(t, "get", get(t, s, cnt), 1)
		wantN(t, "no op ID: not deduplicated", add(t, s, noOp, cnt, 1, time.Time{}), 2)
		wantN(t, "no op ID again", add(t, s, noOp, cnt, 1, time.Time{}), 3)
	})
	t.Run("Expiry", func(t *testing.T) {
		s := newState()
		add(t, s, op(), cnt, 3, past)
		wantN(t, "expired", get(t, s, cnt), 0)
		add(t, s, op(), cnt, 3, future)
		wantN(t, "live", get(t, s, cnt), 3)
	})
	t.Run("AddConcurrent", func(t *testing.T) {
		s := newState()
		var wg sync.WaitGroup
		for range 8 {
			wg.Go(func() {
				for range 100 {
					if _, err := s.Add(ctx, op(), cnt, 1, time.Time{}); err != nil {
						t.Error(err)
					}
				}
			})
		}
		wg.Wait()
		wantN(t, "sum", get(t, s, cnt), 800)
	})

	a := store.Counter{Kind: "daily", Member: "a", Window: 1}
	b := store.Counter{Kind: "open", Member: "a"}
	reserve := func(s store.State, decision string, lim []store.Limit) (bool, error) {
		_, ok, err := s.Reserve(ctx, store.Assignment{Decision: decision, Rule: "r", Member: "a"}, lim)
		return ok, err
	}
	t.Run("ReserveAllOrNothing", func(t *testing.T) {
		s := newState()
		lim := []store.Limit{{Counter: a, Max: 2}, {Counter: b, Max: 0}}
		for i := range 2 {
			okk, err := reserve(s, op(), lim)
			if err != nil || !okk {
				t.Fatalf("reserve %d: %v, %v; want true", i, okk, err)
			}
		}
		okk, err := reserve(s, op(), lim)
		if err != nil || okk {
			t.Fatalf("reserve over the cap: %v, %v; want false", okk, err)
		}
		wantN(t, "capped counter", get(t, s, a), 2)
		wantN(t, "unlimited counter unchanged by the failed reserve", get(t, s, b), 2)
		// Max 0 means unlimited on its own too.
		okk, _ = reserve(s, op(), []store.Limit{{Counter: b}})
		if !okk {
			t.Fatal("reserve with Max 0 failed")
		}
		wantN(t, "unlimited", get(t, s, b), 3)
	})
	t.Run("ReserveIdempotentPerDecision", func(t *testing.T) {
		s := newState()
		lim := []store.Limit{{Counter: a, Max: 5}}
		first := store.Assignment{Decision: "lead-1", Rule: "r1", Member: "alice"}
		got, okk, err := s.Reserve(ctx, first, lim)
		if err != nil || !okk || got != first {
			t.Fatalf("first reserve: %+v, %v, %v; want %+v, true", got, okk, err, first)
		}
		again := store.Assignment{Decision: "lead-1", Rule: "r2", Member: "bob"}
		got, okk, _ = s.Reserve(ctx, again, []store.Limit{{Counter: b, Max: 1}})
		if !okk || got != first {
			t.Fatalf("replayed decision: got %+v, %v; want the first assignment %+v", got, okk, first)
		}
		wantN(t, "counted once", get(t, s, a), 1)
		wantN(t, "the replay changed nothing", get(t, s, b), 0)
		rec, found, err := s.Recall(ctx, "lead-1")
		if err != nil || !found || rec != first {
			t.Fatalf("Recall: %+v, %v, %v; want %+v", rec, found, err, first)
		}
		if _, found, _ := s.Recall(ctx, "lead-2"); found {
			t.Fatal("Recall of an unknown decision found something")
		}
		// A refused reservation records nothing.
		full := []store.Limit{{Counter: store.Counter{Kind: "full"}, Max: 1}}
		reserve(s, "", full)
		if okk, _ := reserve(s, "lead-3", full); okk {
			t.Fatal("reserve over the cap succeeded")
		}
		if _, found, _ := s.Recall(ctx, "lead-3"); found {
			t.Fatal("a refused reservation was recorded")
		}
	})
	t.Run("ReserveSameDecisionRacing", func(t *testing.T) {
		s := newState()
		var wg sync.WaitGroup
		winners := make([]store.Assignment, 16)
		for i := range winners {
			wg.Go(func() {
				// Each racer commits a different member, on its own counter.
				m := fmt.Sprintf("m%d", i)
				got, okk, err := s.Reserve(ctx, store.Assignment{Decision: "lead-x", Member: m},
					[]store.Limit{{Counter: store.Counter{Kind: "race", Member: m}}})
				if err != nil || !okk {
					t.Errorf("racer %d: %v, %v", i, okk, err)
				}
				winners[i] = got
			})
		}
		wg.Wait()
		applied := 0
		for i := range winners {
			if winners[i] != winners[0] {
				t.Fatalf("racers saw different winners: %+v and %+v", winners[0], winners[i])
			}
			applied += int(get(t, s, store.Counter{Kind: "race", Member: fmt.Sprintf("m%d", i)}))
		}
		wantN(t, "reservations applied", int64(applied), 1)
	})
	t.Run("ReserveExpiry", func(t *testing.T) {
		s := newState()
		lim := []store.Limit{{Counter: a, Max: 1, Expire: past}}
		for i := range 3 {
			if okk, _ := reserve(s, op(), lim); !okk {
				t.Fatalf("reserve %d on an expired counter failed", i)
			}
		}
	})
	t.Run("ReserveConcurrent", func(t *testing.T) {
		s := newState()
		const max = 50
		lim := []store.Limit{{Counter: a, Max: max}, {Counter: b, Max: 0}}
		var won atomic.Int64
		var wg sync.WaitGroup
		for range 16 {
			wg.Go(func() {
				for range 20 {
					okk, err := reserve(s, op(), lim)
					if err != nil {
						t.Error(err)
					}
					if okk {
						won.Add(1)
					}
				}
			})
		}
		wg.Wait()
		wantN(t, "reservations won", won.Load(), max)
		wantN(t, "capped counter", get(t, s, a), max)
		wantN(t, "companion counter", get(t, s, b), max)
	})
	t.Run("CanceledContext", func(t *testing.T) {
		s := newState()
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		if _, err := s.Add(cctx, op(), cnt, 1, time.Time{}); err == nil {
			if v := get(t, s, cnt); v != 1 {
				t.Fatalf("Add with a canceled context returned no error but the counter is %d", v)
			}
		}
	})
}
