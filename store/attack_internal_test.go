package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"sync"
	"testing"
	"time"
)

// Queue names (and rule names, and rep IDs) are interned forever, even
// after every record naming them is forgotten: the interner must stay
// within maxInterned names, the rest living and dying with their records,
// and the rotations within maxRotations.
func TestAttackInternerGrowsWithoutBound(t *testing.T) {
	m := NewMemory(MemoryOptions{MaxRecords: 64})
	ctx := context.Background()
	heap := func() uint64 {
		var s runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&s)
		return s.HeapAlloc
	}
	commit := func(from, to int) {
		for i := from; i < to; i++ {
			_, err := m.Commit(ctx, &Step{Decision: fmt.Sprint("lead-", i), Rule: fmt.Sprint("rule-", i%1000), Queue: fmt.Sprint("queue-for-", i, "-xxxxxxxxxxxxxxxxxxxxxxxxx")})
			if err != nil {
				t.Fatal(err)
			}
			_, err = m.Commit(ctx, &Step{Rotation: fmt.Sprint("rot-", i), Members: &rtMembers{ids: []string{"a"}, limits: [][]Limit{nil}}})
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	commit(0, 100_000)
	h1 := heap()
	commit(100_000, 300_000)
	h2 := heap()
	t.Logf("interned names: %d, rotations: %d; heap after 100k names %.1f MB, after 300k %.1f MB", len(m.names.names), m.nrots.Load(), float64(h1)/1e6, float64(h2)/1e6)
	if len(m.names.names) > maxInterned {
		t.Errorf("interner holds %d names, more than %d", len(m.names.names), maxInterned)
	}
	if n := m.nrots.Load(); n > 2*maxRotations {
		t.Errorf("%d rotations kept, more than %d", n, 2*maxRotations)
	}
	if h2 > h1+4<<20 {
		t.Errorf("heap grew by %.1f MB with 200k more distinct names: not bounded", float64(h2-h1)/1e6)
	}
	// Records whose names did not fit are still exact.
	rec, ok, err := m.Recall(ctx, "lead-299999")
	if err != nil || !ok || rec.Queue != "queue-for-299999-xxxxxxxxxxxxxxxxxxxxxxxxx" || rec.Rule != "rule-999" {
		t.Errorf("Recall of a record with side names: %+v, %v, %v", rec, ok, err)
	}
}

type rtMembers struct {
	ids    []string
	limits [][]Limit
}

func (m *rtMembers) Len() int             { return len(m.ids) }
func (m *rtMembers) ID(i int) string      { return m.ids[i] }
func (m *rtMembers) Eligible(i int) bool  { return true }
func (m *rtMembers) Limits(i int) []Limit { return m.limits[i] }

// Mixed Commit/Add/Get/Recall on overlapping members, rotation keys, op
// IDs and decision IDs: no deadlock, caps exact.
func TestAttackMemoryStress(t *testing.T) {
	m := NewMemory(MemoryOptions{MaxRecords: 4096})
	ctx := context.Background()
	ids := []string{"a", "b", "c", "d", "e", "f", "g", "h"}
	done := make(chan struct{})
	var wg sync.WaitGroup
	for g := range 32 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(g), 1))
			for i := range 3000 {
				k := rng.IntN(len(ids))
				perm := rng.Perm(len(ids))
				mem := &rtMembers{}
				for _, p := range perm[:1+rng.IntN(len(ids))] {
					id := ids[p]
					mem.ids = append(mem.ids, id)
					mem.limits = append(mem.limits, []Limit{
						{Counter: Counter{Kind: "open", Member: id}, Max: 50},
						{Counter: Counter{Kind: "daily", Member: id, Window: 1}, Max: 40},
						{Counter: Counter{Kind: "tally", Scope: "p", Member: ids[(p+3)%len(ids)]}},
					})
				}
				ops := []Op{
					{ID: fmt.Sprint("op", rng.IntN(200)), Counter: Counter{Kind: "x", Member: ids[rng.IntN(len(ids))]}, Delta: 1},
					{Counter: Counter{Kind: "seq", Member: ids[rng.IntN(len(ids))]}, Delta: 1, Once: Counter{Kind: "once", Member: ids[rng.IntN(len(ids))], Window: int64(i % 7)}},
				}
				switch rng.IntN(5) {
				case 0, 1:
					_, err := m.Commit(ctx, &Step{Decision: fmt.Sprint("d", rng.IntN(2000)), Round: uint32(rng.IntN(3)), Rule: "r", Members: mem, Rotation: fmt.Sprint("rot", rng.IntN(3)), Ops: ops, Past: []string{ids[k]}})
					if err != nil {
						t.Error(err)
					}
				case 2:
					m.Commit(ctx, &Step{Decision: fmt.Sprint("d", rng.IntN(2000)), Rule: "r", Queue: "q", Ops: ops})
				case 3:
					m.Add(ctx, fmt.Sprint("op", rng.IntN(200)), Counter{Kind: "open", Member: ids[k]}, -1, time.Time{})
				case 4:
					m.Recall(ctx, fmt.Sprint("d", rng.IntN(2000)))
					m.Get(ctx, Counter{Kind: "open", Member: ids[k]})
				}
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(120 * time.Second):
		buf := make([]byte, 1<<20)
		t.Fatalf("deadlock?\n%s", buf[:runtime.Stack(buf, true)])
	}
	for _, id := range ids {
		n, _ := m.Get(ctx, Counter{Kind: "daily", Member: id, Window: 1})
		if n > 40 {
			t.Errorf("daily %s = %d > 40", id, n)
		}
	}
}
