package store_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/leadroute/leadroute/store"
)

// oneMember is a store.Members of one eligible member without limits.
type oneMember struct{}

func (oneMember) Len() int                 { return 1 }
func (oneMember) ID(int) string            { return "a" }
func (oneMember) Eligible(int) bool        { return true }
func (oneMember) Limits(int) []store.Limit { return nil }

// fillPending commits n assignments pending from t0 on, a second apart.
func fillPending(tb testing.TB, m *store.Memory, from, n int, t0 time.Time) {
	tb.Helper()
	for i := from; i < from+n; i++ {
		st := store.Step{Decision: fmt.Sprint("L", i), Members: oneMember{}, Deadline: t0.Add(time.Duration(i) * time.Second)}
		if _, err := m.Commit(context.Background(), &st); err != nil {
			tb.Fatal(err)
		}
	}
}

// A full pending set (leads nobody accepts, an Overdue nobody calls)
// must not make every later assignment with a deadline scan it: the cost
// of recording one stays about that of a map insert, amortised.
func TestAttackMemoryPendingFullStaysCheap(t *testing.T) {
	const bound = 1 << 17
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	m := store.NewMemory(store.MemoryOptions{MaxRecords: bound})
	fillPending(t, m, 0, bound, t0)
	start := time.Now()
	fillPending(t, m, bound, 4096, t0)
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("4096 assignments into a full pending set took %v: each one scans the set", d)
	}
	due, err := m.Due(context.Background(), t0.Add(1000*time.Hour), -1)
	if err != nil {
		t.Fatal(err)
	}
	if len(due) > bound || len(due) < bound*7/8 {
		t.Fatalf("%d pending entries kept; the bound is %d", len(due), bound)
	}
	if last := due[len(due)-1].Decision; last != fmt.Sprint("L", bound+4095) {
		t.Fatalf("the newest entry was dropped (last is %s)", last)
	}
	if first := due[0].Decision; first == "L0" {
		t.Fatal("the entry longest overdue was kept")
	}
}

func BenchmarkMemoryPendingFull(b *testing.B) {
	const bound = 1 << 16
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	m := store.NewMemory(store.MemoryOptions{MaxRecords: bound})
	fillPending(b, m, 0, bound, t0)
	b.ResetTimer()
	fillPending(b, m, bound, b.N, t0)
}
