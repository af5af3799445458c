package redisstore_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/leadroute/leadroute/redisstore"
	"github.com/leadroute/leadroute/redisstore/internal/redistest"
	"github.com/leadroute/leadroute/store"
	"github.com/redis/go-redis/v9"
)

// Fault test settings: each call's deadline, and how late a call may
// return after it (scheduling on a loaded machine under -race).
const (
	callDeadline = 150 * time.Millisecond
	lateSlack    = 250 * time.Millisecond
)

type faultResult struct {
	member string    // "" when nobody fit
	start  time.Time // of the successful call
}

// faultRun commits decisions prefix-0..n-1 from workers goroutines, each
// retried with the same decision ID until it succeeds (as a caller retries
// a failed Route), every call with its own deadline. It fails t when a call
// overruns its deadline, or when a first attempt is a replay.
func faultRun(t *testing.T, ctx context.Context, st *redisstore.Store, prefix string, workers, n int, dailyCap int64) map[string]faultResult {
	t.Helper()
	var mu sync.Mutex
	results := map[string]faultResult{}
	var next atomic.Int64
	var failed atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			m := team(7, dailyCap)
			for {
				k := next.Add(1) - 1
				if k >= int64(n) {
					return
				}
				id := fmt.Sprintf("%s-%d", prefix, k)
				for attempt := 0; ; attempt++ {
					if ctx.Err() != nil {
						t.Errorf("decision %s: no success before the test's deadline", id)
						return
					}
					cctx, cancel := context.WithTimeout(ctx, callDeadline)
					t0 := time.Now()
					out, err := st.Commit(cctx, &store.Step{Decision: id, Rule: "r", Rotation: "team", Members: m})
					el := time.Since(t0)
					cancel()
					if el > callDeadline+lateSlack {
						t.Errorf("Commit returned %v after its %v deadline (err %v)", el-callDeadline, callDeadline, err)
					}
					if err != nil {
						failed.Add(1)
						time.Sleep(5 * time.Millisecond)
						continue
					}
					if out.Replay && attempt == 0 {
						t.Errorf("decision %s: first attempt is a replay: %+v", id, out)
					}
					mu.Lock()
					results[id] = faultResult{member: out.Record.Member, start: t0}
					mu.Unlock()
					break
				}
			}
		})
	}
	wg.Wait()
	t.Logf("%d decisions, %d failed calls (each retried)", len(results), failed.Load())
	return results
}

// checkCounts checks what Redis holds against the decisions: no daily cap
// exceeded, each decision counted once, and Recall agrees.
func checkCounts(t *testing.T, ctx context.Context, st *redisstore.Store, results map[string]faultResult, dailyCap int64) {
	t.Helper()
	m := team(7, dailyCap)
	want := map[string]int64{}
	for id, r := range results {
		if r.member == "" {
			continue
		}
		want[r.member]++
		rec, found, err := st.Recall(ctx, id)
		if err != nil || !found || rec.Member != r.member {
			t.Errorf("Recall(%s) = %+v, %v, %v; the commit said %s", id, rec, found, err, r.member)
		}
	}
	for i := range 7 {
		lim := m.Limits(i)
		daily, err := st.Get(ctx, lim[0].Counter)
		if err != nil {
			t.Fatal(err)
		}
		assigned, err := st.Get(ctx, lim[2].Counter)
		if err != nil {
			t.Fatal(err)
		}
		if daily > dailyCap {
			t.Errorf("%s: daily count %d exceeds the cap %d", m.ids[i], daily, dailyCap)
		}
		if assigned != want[m.ids[i]] || daily != assigned {
			t.Errorf("%s: counted %d (daily %d), but %d decisions chose them", m.ids[i], assigned, daily, want[m.ids[i]])
		}
	}
}

// TestFaults routes through a proxy that adds latency and drops
// connections, and through a redis-server killed and restarted mid-run:
// every call returns by its deadline, no decision is applied twice, no cap
// is exceeded, and routing recovers.
func TestFaults(t *testing.T) {
	srv := redistest.Start(t)
	px := redistest.StartProxy(t, srv.Addr())
	rdb := redis.NewClient(&redis.Options{
		Addr:                  px.Addr(),
		ContextTimeoutEnabled: true,
		DialTimeout:           100 * time.Millisecond,
		ReadTimeout:           100 * time.Millisecond,
		WriteTimeout:          100 * time.Millisecond,
		PoolTimeout:           100 * time.Millisecond,
		MaxRetries:            -1,
		PoolSize:              16,
	})
	t.Cleanup(func() { _ = rdb.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	const dailyCap = 30 // 7 × 30 = 210 slots for 320 decisions per phase

	t.Run("LatencyAndDrops", func(t *testing.T) {
		st := newStore(t, rdb)
		stop := make(chan struct{})
		var chaos sync.WaitGroup
		chaos.Go(func() {
			rng := rand.New(rand.NewPCG(1, 2))
			for {
				select {
				case <-stop:
					px.SetLatency(0)
					return
				case <-time.After(30 * time.Millisecond):
				}
				px.SetLatency(time.Duration(rng.IntN(120)) * time.Millisecond) // sometimes past the deadline
				if rng.IntN(3) == 0 {
					px.Drop()
				}
			}
		})
		// Chaos for the first half of the run, then a healthy network.
		time.AfterFunc(time.Second, func() { close(stop) })
		results := faultRun(t, ctx, st, "net", 16, 320, dailyCap)
		chaos.Wait()
		checkCounts(t, ctx, st, results, dailyCap)
	})

	t.Run("KillAndRestart", func(t *testing.T) {
		st := newStore(t, rdb)
		var killed atomic.Int64 // unix nanos when the old server was gone
		var chaos sync.WaitGroup
		chaos.Go(func() {
			time.Sleep(50 * time.Millisecond)
			srv.Kill()
			killed.Store(time.Now().UnixNano())
			// Longer than a call's deadline, so that no call that started
			// before the kill succeeds after the restart.
			time.Sleep(300 * time.Millisecond)
			srv.Restart()
		})
		results := faultRun(t, ctx, st, "kill", 16, 2000, dailyCap)
		chaos.Wait()
		// The restarted server is empty: check the decisions it made
		// (those whose successful call started after the kill).
		after := map[string]faultResult{}
		for id, r := range results {
			if r.start.UnixNano() > killed.Load() {
				after[id] = r
			}
		}
		if len(after) == 0 || len(after) == len(results) {
			t.Fatalf("%d of %d decisions after the kill: the kill was not mid-run", len(after), len(results))
		}
		checkCounts(t, ctx, st, after, dailyCap)
	})
}
