package redisstore_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/redisstore"
	"github.com/leadroute/leadroute/redisstore/internal/redistest"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
	"github.com/redis/go-redis/v9"
)

// TestRedisDown: with Redis dead or hung, every State method and Route
// return an error by their ctx's deadline, and Route still names the
// fallback queue.
func TestRedisDown(t *testing.T) {
	dead := redistest.Start(t)
	dead.Kill()
	live := redistest.Start(t)
	hung := redistest.StartProxy(t, live.Addr())
	hung.SetLatency(time.Hour) // accepts, never answers
	const deadline = 200 * time.Millisecond
	for _, tc := range []struct {
		name string
		addr string
	}{
		{"dead", dead.Addr()},
		{"hung", hung.Addr()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rdb := redis.NewClient(&redis.Options{
				Addr: tc.addr, ContextTimeoutEnabled: true, MaxRetries: -1,
				DialTimeout: time.Second, ReadTimeout: 5 * time.Second, WriteTimeout: 5 * time.Second,
			})
			t.Cleanup(func() { _ = rdb.Close() })
			st, err := redisstore.New(rdb, redisstore.Options{Namespace: "down"})
			if err != nil {
				t.Fatal(err)
			}
			router, err := leadroute.New(
				leadroute.WithState(st),
				leadroute.WithReps(leadroute.Rep{ID: "ana"}, leadroute.Rep{ID: "ben", DailyCap: 3}),
				leadroute.WithRules(leadroute.Rule{Name: "r", Pool: []string{"ana", "ben"}, Strategy: strategies.RoundRobin()}),
				leadroute.WithFallbackQueue("triage"),
			)
			if err != nil {
				t.Fatal(err)
			}
			c := store.Counter{Kind: "daily", Member: "ana"}
			calls := []struct {
				name string
				call func(ctx context.Context) error
			}{
				{"Commit", func(ctx context.Context) error {
					_, err := st.Commit(ctx, &store.Step{Decision: "l", Rotation: "k", Members: team(3, 5)})
					return err
				}},
				{"Recall", func(ctx context.Context) error { _, _, err := st.Recall(ctx, "l"); return err }},
				{"Get", func(ctx context.Context) error { _, err := st.Get(ctx, c); return err }},
				{"Add", func(ctx context.Context) error { _, err := st.Add(ctx, "o", c, 1, time.Time{}); return err }},
				{"Route", func(ctx context.Context) error {
					d, err := router.Route(ctx, leadroute.Lead{ID: "lead-1"})
					if err != nil && d.Queue != "triage" {
						t.Errorf("Route with Redis %s: %v, but the decision %v names no fallback queue", tc.name, err, d)
					}
					return err
				}},
			}
			for _, call := range calls {
				ctx, cancel := context.WithTimeout(context.Background(), deadline)
				t0 := time.Now()
				err := call.call(ctx)
				el := time.Since(t0)
				cancel()
				if err == nil {
					t.Errorf("%s with Redis %s: no error", call.name, tc.name)
				}
				if el > deadline+lateSlack {
					t.Errorf("%s with Redis %s took %v (deadline %v)", call.name, tc.name, el, deadline)
				}
				if tc.name == "hung" && !errors.Is(err, context.DeadlineExceeded) {
					t.Errorf("%s with Redis hung: %v, want ctx's error", call.name, err)
				}
			}
		})
	}
}
