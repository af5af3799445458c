package store

import (
	"context"
	"fmt"
	"sync"
	"testing"
)

// The rotation cache answers with the map's cursor, and a cursor a sweep
// dropped is never used again: the rotation starts over, once, for every
// caller, as it did without the cache.
func TestRotationCacheAndSweep(t *testing.T) {
	m := NewMemory(MemoryOptions{})
	ctx := context.Background()
	mem := &rtMembers{ids: []string{"a", "b", "c"}, limits: [][]Limit{nil, nil, nil}}
	pick := func(key string) string {
		t.Helper()
		out, err := m.Commit(ctx, &Step{Rotation: key, Members: mem})
		if err != nil || out.Index < 0 {
			t.Fatalf("commit %q: %+v, %v", key, out, err)
		}
		return mem.ids[out.Index]
	}
	if got := pick("pool"); got != "a" {
		t.Fatalf("first pick %q, want a", got)
	}
	if got := pick("pool"); got != "b" {
		t.Fatalf("second pick %q, want b", got)
	}
	r := m.rotation("pool")
	if v, _ := m.rots.Load("pool"); v.(*rotation) != r || m.rotCache[rotSlot("pool")].Load() != r {
		t.Fatal("the cache and the map disagree on the cursor")
	}
	// Keys that share the slot push each other out, and each keeps its
	// own cursor.
	var twin string
	for i := 0; twin == ""; i++ {
		if k := fmt.Sprint("k", i); rotSlot(k) == rotSlot("pool") {
			twin = k
		}
	}
	if got := pick(twin); got != "a" {
		t.Fatalf("twin's first pick %q, want a", got)
	}
	if got := pick("pool"); got != "c" {
		t.Fatalf("third pick %q, want c", got)
	}
	// Two sweeps without use drop the cursor.
	m.sweepRotations()
	m.sweepRotations()
	if !r.dead.Load() {
		t.Fatal("the unused cursor was not dropped")
	}
	if m.rotation("pool") == r {
		t.Fatal("rotation returned a dropped cursor")
	}
	if got := pick("pool"); got != "a" {
		t.Fatalf("pick after the sweep %q, want a (the cursor starts over)", got)
	}
	// A dropped cursor put back in the cache (a lookup that raced the
	// sweep) is skipped.
	m.rotCache[rotSlot("pool")].Store(r)
	if got := pick("pool"); got != "b" {
		t.Fatalf("pick past a stale cache entry %q, want b", got)
	}
}

// Concurrent picks and sweeps: every pick goes through a live cursor, so
// the picks of each round of len(ids) are a permutation of the members
// while no sweep drops the cursor in between.
func TestRotationCacheConcurrent(t *testing.T) {
	m := NewMemory(MemoryOptions{})
	ctx := context.Background()
	mem := &rtMembers{ids: []string{"a", "b", "c", "d"}, limits: [][]Limit{nil, nil, nil, nil}}
	var wg sync.WaitGroup
	var mu sync.Mutex
	counts := map[string]int{}
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 2000 {
				if g == 0 && i%100 == 0 {
					m.sweepRotations()
				}
				out, err := m.Commit(ctx, &Step{Rotation: "pool", Members: mem})
				if err != nil || out.Index < 0 {
					t.Errorf("commit: %+v, %v", out, err)
					return
				}
				mu.Lock()
				counts[mem.ids[out.Index]]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if n := m.nrots.Load(); n != 1 {
		t.Errorf("%d cursors kept, want 1", n)
	}
	// The cursor is used on every pick, so it is never dropped and the
	// split is even.
	for _, id := range mem.ids {
		if counts[id] != 4000 {
			t.Errorf("counts %v: want 4000 each", counts)
			break
		}
	}
}

// The interner's cache answers with each name's own number, whatever
// the names that share its slot, and names past the budget stay out.
func TestInternerCache(t *testing.T) {
	var in interner
	ids := map[string]uint32{}
	for round := range 3 {
		for i := range 5000 {
			name := fmt.Sprintf("rep-%d", i)
			if i%2 == 1 {
				name = fmt.Sprintf("a-much-longer-rule-name-%d-x", i)
			}
			id, ok := in.id(name)
			if !ok {
				t.Fatalf("no room for %q", name)
			}
			if want, seen := ids[name]; seen && want != id {
				t.Fatalf("round %d: %q is %d, was %d", round, name, id, want)
			}
			ids[name] = id
			if got := in.name(id); got != name {
				t.Fatalf("name(%d) = %q, want %q", id, got, name)
			}
		}
	}
	if len(in.names) != 5000 {
		t.Fatalf("%d names interned, want 5000", len(in.names))
	}
	collide := 0
	seen := map[uint32]bool{}
	for name := range ids {
		s := cheapHash(name) % internCacheSize
		if seen[s] {
			collide++
		}
		seen[s] = true
	}
	if collide == 0 {
		t.Fatal("no two names share a cache slot: the test does not exercise collisions")
	}
}
