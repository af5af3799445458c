package redisstore_test

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/leadroute/leadroute/redisstore/internal/redistest"
	"github.com/leadroute/leadroute/store"
)

// usedMemory reads used_memory from INFO memory.
func usedMemory(t *testing.T, info string) int64 {
	t.Helper()
	for line := range strings.SplitSeq(info, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "used_memory:"); ok {
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	t.Fatal("no used_memory in INFO")
	return 0
}

// TestMemoryPerDecision measures what Redis holds per remembered decision
// (the package doc states the figure): MEMORY USAGE of one record, and the
// growth of used_memory over many (which adds the expiry table's entry).
func TestMemoryPerDecision(t *testing.T) {
	srv := redistest.Start(t)
	rdb := client(t, srv.Addr())
	ctx := context.Background()
	st := newStore(t, rdb)
	ns := "{t" + strconv.FormatInt(nsSeq.Load(), 10) + "}"
	m := &fixed{ids: []string{"rep-0042"}, limits: func(int) []store.Limit { return nil }}
	const n = 20000
	uuid := func(i int) string { return fmt.Sprintf("%08x-0000-4000-8000-%012x", i, i) } // 36 bytes, as a UUID
	// Warm up (script cache, connection) before the baseline.
	if _, err := st.Commit(ctx, &store.Step{Decision: "warm", Rule: "us-inbound", Members: m}); err != nil {
		t.Fatal(err)
	}
	before := usedMemory(t, rdb.Info(ctx, "memory").Val())
	for i := range n {
		if _, err := st.Commit(ctx, &store.Step{Decision: uuid(i), Rule: "us-inbound", Members: m}); err != nil {
			t.Fatal(err)
		}
	}
	after := usedMemory(t, rdb.Info(ctx, "memory").Val())
	usage, err := rdb.MemoryUsage(ctx, ns+"d"+uuid(n/2)).Result()
	if err != nil {
		t.Fatal(err)
	}
	perDecision := float64(after-before) / n
	t.Logf("a decision record (36-byte ID, rule %q, member %q): MEMORY USAGE %d bytes; used_memory grows %.0f bytes per decision",
		"us-inbound", "rep-0042", usage, perDecision)
	// The package doc quotes these figures; keep it true.
	if usage > 128 || perDecision > 220 {
		t.Errorf("a remembered decision takes %d bytes (MEMORY USAGE), %.0f bytes (used_memory); the doc says about 120 and 190", usage, perDecision)
	}
}
