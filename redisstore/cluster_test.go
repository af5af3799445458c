package redisstore_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/leadroute/leadroute/leadroutetest"
	"github.com/leadroute/leadroute/redisstore/internal/redistest"
	"github.com/leadroute/leadroute/store"
	"github.com/redis/go-redis/v9"
)

// TestCluster runs the State contract and the router's guarantees on a
// 3-master Redis Cluster through a UniversalClient, and checks that namespaces spread over the masters
// while each keeps all its keys on one.
func TestCluster(t *testing.T) {
	c := redistest.StartCluster(t, 3)
	rdb := redis.NewUniversalClient(&redis.UniversalOptions{
		Addrs:                 c.Addrs(),
		ContextTimeoutEnabled: true,
		DialTimeout:           time.Second,
		ReadTimeout:           2 * time.Second,
		WriteTimeout:          2 * time.Second,
		MaxRetries:            -1,
	})
	t.Cleanup(func() { _ = rdb.Close() })
	if _, ok := rdb.(*redis.ClusterClient); !ok {
		t.Fatalf("UniversalClient with %d addresses is a %T, want a cluster client", len(c.Addrs()), rdb)
	}
	ctx := context.Background()
	t.Run("State", func(t *testing.T) {
		leadroutetest.TestState(t, func() store.State { return newStore(t, rdb) })
	})
	t.Run("Guarantees", func(t *testing.T) {
		leadroutetest.TestGuarantees(t, func() store.State { return newStore(t, rdb) })
	})
	t.Run("NamespacesSpread", func(t *testing.T) {
		nodes := map[string]bool{}
		for i := range 12 {
			st := newStore(t, rdb)
			m := team(7, 100)
			id := fmt.Sprintf("lead-%d", i)
			out, err := st.Commit(ctx, &store.Step{Decision: id, Rotation: "team", Members: m,
				Ops: []store.Op{{Counter: store.Counter{Kind: "tally", Scope: "team"}, Delta: 1}}})
			if err != nil || out.Index != 0 {
				t.Fatalf("Commit: %+v, %v", out, err)
			}
			// Every key of the namespace is on one master.
			ns := fmt.Sprintf("{t%d}", nsSeq.Load())
			var mu sync.Mutex // ForEachMaster calls fn concurrently
			var keys []string
			holders := 0
			err = rdb.(*redis.ClusterClient).ForEachMaster(ctx, func(ctx context.Context, node *redis.Client) error {
				ks, err := node.Keys(ctx, ns+"*").Result()
				mu.Lock()
				defer mu.Unlock()
				if len(ks) > 0 {
					keys = append(keys, ks...)
					nodes[node.Options().Addr] = true
					holders++
				}
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			if holders != 1 {
				t.Fatalf("namespace %s is on %d masters", ns, holders)
			}
			if len(keys) < 5 { // decision, cursor, tally, daily, open, assigned
				t.Fatalf("namespace %s: keys %v", ns, keys)
			}
		}
		if len(nodes) < 2 {
			t.Errorf("12 namespaces all on one master: %v", nodes)
		}
	})
}
