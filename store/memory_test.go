package store_test

import (
	"context"
	"fmt"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/store"
)

var ctx = context.Background()

// one is a one-member store.Members with no limits.
type one string

func (o one) Len() int                 { return 1 }
func (o one) ID(int) string            { return string(o) }
func (o one) Eligible(int) bool        { return true }
func (o one) Limits(int) []store.Limit { return nil }

func TestDecisionsAreForgottenByAgeAndCount(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	s := store.NewMemory(store.MemoryOptions{Clock: leadroute.ClockFunc(func() time.Time { return now }), MaxRecords: 64 * 32})
	commit := func(id string) {
		out, err := s.Commit(ctx, &store.Step{Decision: id, Members: one("a")})
		require.NoError(t, err)
		require.False(t, out.Replay, id)
	}
	known := func(id string) bool {
		_, ok, err := s.Recall(ctx, id)
		require.NoError(t, err)
		return ok
	}
	commit("old")
	now = now.Add(store.IdempotencyWindow + time.Second)
	assert.False(t, known("old"), "older than the window")
	commit("fresh")
	assert.True(t, known("fresh"))
	for i := range 100_000 {
		commit(strconv.Itoa(i))
	}
	assert.True(t, known("99999"), "the most recent")
	assert.False(t, known("0"), "beyond MaxRecords")
	remembered := 0
	for i := range 100_000 {
		if known(strconv.Itoa(i)) {
			remembered++
		}
	}
	assert.GreaterOrEqual(t, remembered, 64*32/2, "at least MaxRecords/2 are remembered")
	assert.LessOrEqual(t, remembered, 64*32, "at most MaxRecords")
}

// TestAllocBytesPerDecision pins G6: with the default MaxRecords, a
// remembered decision costs at most 96 bytes of heap (measured: see
// BENCHMARKS.md). CI runs it without -race, with the allocation budgets.
func TestAllocBytesPerDecision(t *testing.T) {
	if raceEnabled {
		t.Skip("heap figures under -race are not the real ones; CI runs this test without -race")
	}
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	const n = 1 << 20
	ids := make([]string, 2*n)
	for i := range ids {
		ids[i] = "lead-" + strconv.Itoa(i)
	}
	reps := make([]one, 200)
	for i := range reps {
		reps[i] = one(fmt.Sprintf("rep-%03d", i))
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	s := store.NewMemory(store.MemoryOptions{Clock: leadroute.ClockFunc(func() time.Time { return now })})
	// Twice the capacity, so both generations are full and the maps have
	// grown to their steady size.
	for i, id := range ids {
		_, err := s.Commit(ctx, &store.Step{Decision: id, Rule: "rule", Members: reps[i%len(reps)]})
		require.NoError(t, err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	remembered := 0
	for _, id := range ids {
		if _, ok, _ := s.Recall(ctx, id); ok {
			remembered++
		}
	}
	per := float64(after.HeapAlloc-before.HeapAlloc) / float64(remembered)
	t.Logf("%d decisions remembered, %.1f bytes each (heap %d MB)", remembered, per, (after.HeapAlloc-before.HeapAlloc)>>20)
	assert.GreaterOrEqual(t, remembered, n/2)
	assert.LessOrEqual(t, per, 96.0)
	runtime.KeepAlive(s)
}

func TestCounterExpiry(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	s := store.NewMemory(store.MemoryOptions{Clock: leadroute.ClockFunc(func() time.Time { return now })})
	c := store.Counter{Kind: "k", Member: "m"}
	n, err := s.Add(ctx, "", c, -5, time.Time{})
	require.NoError(t, err)
	assert.Zero(t, n)
	n, _ = s.Add(ctx, "", c, 3, now.Add(time.Hour))
	assert.EqualValues(t, 3, n)
	now = now.Add(time.Hour)
	n, _ = s.Get(ctx, c)
	assert.Zero(t, n, "expired")
}

func TestOpIDsAreForgottenAfterTheWindow(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	s := store.NewMemory(store.MemoryOptions{Clock: leadroute.ClockFunc(func() time.Time { return now })})
	c := store.Counter{Kind: "k", Member: "m"}
	_, _ = s.Add(ctx, "op", c, 1, time.Time{})
	n, _ := s.Add(ctx, "op", c, 1, time.Time{})
	assert.EqualValues(t, 1, n, "replayed within the window")
	now = now.Add(store.IdempotencyWindow + time.Second)
	n, _ = s.Add(ctx, "op", c, 1, time.Time{})
	assert.EqualValues(t, 2, n, "applied again after the window")
}

// limited is a one-member store.Members with one limit.
type limited store.Limit

func (l limited) Len() int                 { return 1 }
func (l limited) ID(int) string            { return "a" }
func (l limited) Eligible(int) bool        { return true }
func (l limited) Limits(int) []store.Limit { return []store.Limit{store.Limit(l)} }

// Memory takes a step's Now, when set, instead of reading its clock: a
// counter expired by that time no longer counts.
func TestCommitTakesTheStepsTime(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	s := store.NewMemory(store.MemoryOptions{Clock: leadroute.ClockFunc(func() time.Time { return t0 })})
	c := store.Counter{Kind: "daily", Member: "a", Window: 1}
	full := limited{Counter: c, Max: 1, Expire: t0.Add(time.Hour)}
	out, err := s.Commit(ctx, &store.Step{Members: full})
	require.NoError(t, err)
	require.Equal(t, 0, out.Index)
	out, err = s.Commit(ctx, &store.Step{Members: full})
	require.NoError(t, err)
	require.Equal(t, -1, out.Index, "full by the store's clock")
	out, err = s.Commit(ctx, &store.Step{Members: full, Now: t0.Add(30 * time.Minute)})
	require.NoError(t, err)
	require.Equal(t, -1, out.Index, "still full at the step's time")
	out, err = s.Commit(ctx, &store.Step{Members: full, Now: t0.Add(2 * time.Hour)})
	require.NoError(t, err)
	assert.Equal(t, 0, out.Index, "expired at the step's time")
}
