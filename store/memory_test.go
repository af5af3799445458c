package store_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute/store"
)

var ctx = context.Background()

// members is a simple store.Members: IDs and a set of ineligible ones.
type members struct {
	ids []string
	off map[string]bool
}

func (m members) Len() int            { return len(m.ids) }
func (m members) ID(i int) string     { return m.ids[i] }
func (m members) Eligible(i int) bool { return !m.off[m.ids[i]] }
func mem(ids ...string) members       { return members{ids: ids, off: map[string]bool{}} }
func (m members) without(id string) members {
	off := map[string]bool{id: true}
	return members{ids: m.ids, off: off}
}

func rotate(t *testing.T, s store.State, key string, m store.Members, slots []int32, n int) []string {
	t.Helper()
	var out []string
	for range n {
		i, err := s.Rotate(ctx, key, m, slots, true)
		require.NoError(t, err)
		if i < 0 {
			out = append(out, "-")
			continue
		}
		out = append(out, m.ID(i))
	}
	return out
}

func TestRotate(t *testing.T) {
	s := store.NewMemory(store.MemoryOptions{})
	abc := mem("a", "b", "c")
	assert.Equal(t, []string{"a", "b", "c", "a"}, rotate(t, s, "k", abc, nil, 4))
	// b ineligible: skipped, and c does not get a double share.
	assert.Equal(t, []string{"c", "a", "c"}, rotate(t, s, "k", abc.without("b"), nil, 3))
	// Cursor is after c. Insert x before c: rotation resumes after c.
	assert.Equal(t, []string{"a", "b"}, rotate(t, s, "k", mem("a", "b", "x", "c"), nil, 2))
	// Cursor after b (slot 1). Remove b: the member after it, x, is next.
	assert.Equal(t, []string{"x", "c", "a"}, rotate(t, s, "k", mem("a", "x", "c"), nil, 3))
	// Nobody eligible.
	none := members{ids: []string{"a"}, off: map[string]bool{"a": true}}
	assert.Equal(t, []string{"-"}, rotate(t, s, "k", none, nil, 1))
	// Keys are independent.
	assert.Equal(t, []string{"a"}, rotate(t, s, "other", abc, nil, 1))
}

func TestRotateSchedule(t *testing.T) {
	s := store.NewMemory(store.MemoryOptions{})
	m := mem("a", "b", "c")
	slots := []int32{0, 0, 1, 0, 2, 0, 0}
	assert.Equal(t, []string{"a", "a", "b", "a", "c", "a", "a", "a"}, rotate(t, s, "w", m, slots, 8))
}

func TestRotateDryRun(t *testing.T) {
	s := store.NewMemory(store.MemoryOptions{})
	m := mem("a", "b")
	for range 2 {
		i, err := s.Rotate(ctx, "k", m, nil, false)
		require.NoError(t, err)
		assert.Equal(t, 0, i, "dry run does not advance")
	}
	assert.Equal(t, []string{"a", "b"}, rotate(t, s, "k", m, nil, 2))
}

func TestRotateAfterShrink(t *testing.T) {
	s := store.NewMemory(store.MemoryOptions{})
	assert.Equal(t, []string{"a", "b", "c", "d", "e", "f"}, rotate(t, s, "k", mem("a", "b", "c", "d", "e", "f"), nil, 6))
	// The cursor was on f, beyond the new pool's end: start over at a.
	assert.Equal(t, []string{"a", "b"}, rotate(t, s, "k", mem("a", "b", "c"), nil, 2))
}

func TestDecisionsAreForgottenByAgeAndCount(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	s := store.NewMemory(store.MemoryOptions{Now: func() time.Time { return now }, MaxRecords: 64})
	commit := func(id string) {
		_, ok, err := s.Reserve(ctx, store.Assignment{Decision: id, Member: "a"}, nil)
		require.NoError(t, err)
		require.True(t, ok)
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
	for i := range 10000 {
		commit(fmt.Sprint(i))
	}
	assert.True(t, known("9999"))
	assert.False(t, known("0"), "beyond MaxRecords")
}

func TestReserveAllOrNothing(t *testing.T) {
	s := store.NewMemory(store.MemoryOptions{})
	a := store.Counter{Kind: "daily", Member: "a", Window: 1}
	b := store.Counter{Kind: "open", Member: "a"}
	limits := []store.Limit{{Counter: a, Max: 2}, {Counter: b, Max: 1}}
	_, ok, err := s.Reserve(ctx, store.Assignment{}, limits)
	require.NoError(t, err)
	assert.True(t, ok)
	_, ok, _ = s.Reserve(ctx, store.Assignment{}, limits)
	assert.False(t, ok, "b is at its max")
	n, _ := s.Get(ctx, a)
	assert.EqualValues(t, 1, n, "a not incremented when b refused")
}

func TestAddClampsAndExpires(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	s := store.NewMemory(store.MemoryOptions{Now: func() time.Time { return now }})
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

func TestReserveConcurrentCapIsExact(t *testing.T) {
	s := store.NewMemory(store.MemoryOptions{})
	c := store.Counter{Kind: "daily", Member: "a"}
	var wg sync.WaitGroup
	var mu sync.Mutex
	granted := 0
	for range 32 {
		wg.Go(func() {
			for range 50 {
				_, ok, err := s.Reserve(ctx, store.Assignment{}, []store.Limit{{Counter: c, Max: 100}})
				if err != nil {
					t.Error(err)
				}
				if ok {
					mu.Lock()
					granted++
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	assert.Equal(t, 100, granted)
	n, _ := s.Get(ctx, c)
	assert.EqualValues(t, 100, n)
}

func TestCanceledContext(t *testing.T) {
	s := store.NewMemory(store.MemoryOptions{})
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	_, err := s.Get(cctx, store.Counter{})
	assert.ErrorIs(t, err, context.Canceled)
}
