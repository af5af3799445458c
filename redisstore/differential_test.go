package redisstore_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/leadroute/leadroute/redisstore/internal/redistest"
	"github.com/leadroute/leadroute/store"
)

// randMembers is a store.Members drawn at random.
type randMembers struct {
	ids      []string
	eligible []bool
	limits   [][]store.Limit
}

func (m *randMembers) Len() int                   { return len(m.ids) }
func (m *randMembers) ID(i int) string            { return m.ids[i] }
func (m *randMembers) Eligible(i int) bool        { return m.eligible[i] }
func (m *randMembers) Limits(i int) []store.Limit { return m.limits[i] }

// TestSameAsMemory applies the same random steps to store.Memory and to a
// Store and compares every Outcome and every counter after each step.
// Names include the characters the key and record encodings must survive.
func TestSameAsMemory(t *testing.T) {
	srv := redistest.Start(t)
	rdb := client(t, srv.Addr())
	ctx := context.Background()
	names := []string{"a", "b:1", "{c}", "d 2", "é", "f,3", ""}
	kinds := []string{"daily", "open", "x:y"}
	now := time.Now()
	expiries := []time.Time{{}, {}, now.Add(time.Hour), now.Add(-time.Hour)}
	for seed := range uint64(8) {
		t.Run(fmt.Sprint("seed=", seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 42))
			mem := store.NewMemory(store.MemoryOptions{})
			red := newStore(t, rdb)
			var counters []store.Counter
			counter := func() store.Counter {
				c := store.Counter{Kind: kinds[rng.IntN(len(kinds))], Scope: names[rng.IntN(3)+4], Member: names[rng.IntN(4)], Window: int64(rng.IntN(2))}
				if !slices.Contains(counters, c) {
					counters = append(counters, c)
				}
				return c
			}
			pick := func(xs []string) string { return xs[rng.IntN(len(xs))] }
			ops := func() []store.Op {
				var out []store.Op
				for range rng.IntN(3) {
					op := store.Op{Counter: counter(), Delta: int64(rng.IntN(5) - 2), Expire: expiries[rng.IntN(len(expiries))]}
					if rng.IntN(3) == 0 {
						op.ID = fmt.Sprint("op", rng.IntN(6))
					}
					if rng.IntN(4) == 0 {
						op.Once = counter()
					}
					if rng.IntN(5) == 0 {
						op.HasExpect, op.Expect = true, int64(rng.IntN(3))
					}
					out = append(out, op)
				}
				return out
			}
			seen := map[string]int{}
			defer func() { t.Logf("outcomes: %v", seen) }()
			for step := range 300 {
				var st store.Step
				switch rng.IntN(10) {
				case 0: // Add
					o := ""
					if rng.IntN(2) == 0 {
						o = fmt.Sprint("op", rng.IntN(6))
					}
					c, d, e := counter(), int64(rng.IntN(7)-3), expiries[rng.IntN(len(expiries))]
					a, err1 := mem.Add(ctx, o, c, d, e)
					b, err2 := red.Add(ctx, o, c, d, e)
					if err1 != nil || err2 != nil || a != b {
						t.Fatalf("step %d: Add(%q, %+v, %d): memory %d, %v; redis %d, %v", step, o, c, d, a, err1, b, err2)
					}
				case 1: // queue
					st = store.Step{Queue: pick([]string{"q", "", "q:2"}), Ops: ops()}
				default:
					m := &randMembers{}
					for range rng.IntN(5) {
						m.ids = append(m.ids, names[rng.IntN(4)])
						m.eligible = append(m.eligible, rng.IntN(5) > 0)
						var ls []store.Limit
						for range rng.IntN(3) {
							ls = append(ls, store.Limit{Counter: counter(), Max: int64(rng.IntN(4)), Expire: expiries[rng.IntN(len(expiries))]})
						}
						m.limits = append(m.limits, ls)
					}
					st = store.Step{Members: m, Ops: ops()}
					if rng.IntN(4) > 0 {
						st.Rotation = pick([]string{"k1", "k:2"})
					}
					if rng.IntN(3) == 0 {
						for range rng.IntN(7) {
							st.Slots = append(st.Slots, int32(rng.IntN(m.Len()+2)-1))
						}
					}
				}
				if st.Members == nil && st.Queue == "" && st.Ops == nil && rng.IntN(2) == 0 {
					continue // the Add case
				}
				if rng.IntN(2) == 0 {
					st.Decision = fmt.Sprint("lead", rng.IntN(8))
					st.Round = uint32(rng.IntN(3))
					st.Seen = rng.IntN(2) == 0
					st.Rule = pick(names)
					if rng.IntN(3) == 0 {
						st.Past = []string{pick(names), pick(names)}
					}
				}
				st.DryRun = rng.IntN(6) == 0
				st2 := st
				a, err1 := mem.Commit(ctx, &st)
				b, err2 := red.Commit(ctx, &st2)
				if len(a.Record.Past) == 0 {
					a.Record.Past = nil
				}
				if len(b.Record.Past) == 0 {
					b.Record.Past = nil
				}
				switch {
				case a.Replay:
					seen["replay"]++
				case a.Conflict:
					seen["conflict"]++
				case a.Index >= 0:
					seen["chosen"]++
				case a.Record.Queue != "":
					seen["queue"]++
				default:
					seen["none"]++
				}
				if err1 != nil || err2 != nil || fmt.Sprint(a) != fmt.Sprint(b) {
					t.Fatalf("step %d: Commit(%+v):\nmemory %+v, %v\nredis  %+v, %v", step, st, a, err1, b, err2)
				}
				for _, c := range counters {
					if step%4 != 0 && step != 299 {
						break // every counter every few steps: a divergence persists
					}
					x, _ := mem.Get(ctx, c)
					y, err := red.Get(ctx, c)
					if err != nil || x != y {
						t.Fatalf("step %d: after Commit(%+v): counter %+v: memory %d, redis %d, %v", step, st, c, x, y, err)
					}
				}
				if st.Decision != "" {
					x, f1, _ := mem.Recall(ctx, st.Decision)
					y, f2, err := red.Recall(ctx, st.Decision)
					if len(x.Past) == 0 {
						x.Past = nil
					}
					if err != nil || f1 != f2 || fmt.Sprint(x) != fmt.Sprint(y) {
						t.Fatalf("step %d: Recall(%s): memory %+v %v, redis %+v %v %v", step, st.Decision, x, f1, y, f2, err)
					}
				}
			}
		})
	}
}
