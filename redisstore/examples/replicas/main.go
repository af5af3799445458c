// Command replicas shows two routers, each with its own Redis client as two
// replicas of a service would have, sharing one rotation and one set of
// caps through redisstore: the rotation is exact across both, a daily cap
// holds across both, and a lead retried on the other replica gets the same
// answer. Run it against a Redis server:
//
//	go run ./examples/replicas -addr 127.0.0.1:6379
//
// It works in a namespace of its own and deletes that namespace's keys
// when it ends.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/redisstore"
	"github.com/leadroute/leadroute/strategies"
	"github.com/redis/go-redis/v9"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:6379", "Redis address (host:port)")
	flag.Parse()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := run(ctx, os.Stdout, *addr); err != nil {
		log.Fatal(err)
	}
}

// newClient returns a client that fails fast when Redis is down (see the
// redisstore package doc).
func newClient(addr string) redis.UniversalClient {
	return redis.NewUniversalClient(&redis.UniversalOptions{
		Addrs:                 []string{addr},
		ContextTimeoutEnabled: true,
		DialTimeout:           500 * time.Millisecond,
		ReadTimeout:           500 * time.Millisecond,
		WriteTimeout:          500 * time.Millisecond,
		MaxRetries:            -1,
	})
}

// replica is one process's router, with its own client.
type replica struct {
	name   string
	rdb    redis.UniversalClient
	router *leadroute.Router
}

func newReplica(name, addr, ns string) (*replica, error) {
	rdb := newClient(addr)
	st, err := redisstore.New(rdb, redisstore.Options{Namespace: ns})
	if err != nil {
		rdb.Close()
		return nil, err
	}
	router, err := leadroute.New(
		leadroute.WithState(st),
		leadroute.WithReps(
			leadroute.Rep{ID: "ana"},
			leadroute.Rep{ID: "ben"},
			leadroute.Rep{ID: "cy", DailyCap: 2},
			leadroute.Rep{ID: "dee"},
		),
		leadroute.WithRules(leadroute.Rule{
			Name:     "inbound",
			Pool:     []string{"ana", "ben", "cy", "dee"},
			Strategy: strategies.RoundRobin(),
		}),
		leadroute.WithFallbackQueue("triage"),
	)
	if err != nil {
		rdb.Close()
		return nil, err
	}
	return &replica{name: name, rdb: rdb, router: router}, nil
}

func run(ctx context.Context, w io.Writer, addr string) error {
	ns := fmt.Sprintf("leadroute-example-%d", time.Now().UnixNano())
	a, err := newReplica("A", addr, ns)
	if err != nil {
		return err
	}
	defer a.rdb.Close()
	b, err := newReplica("B", addr, ns)
	if err != nil {
		return err
	}
	defer b.rdb.Close()
	defer cleanup(context.WithoutCancel(ctx), a.rdb, ns)

	replicas := []*replica{a, b}
	// Leads arrive on either replica; the rotation goes on across both.
	// cy has a daily cap of 2, so after two leads the rotation skips cy
	// on both replicas.
	for i := range 12 {
		r := replicas[i%2]
		if i%3 == 2 {
			r = replicas[(i+1)%2] // not strictly alternating
		}
		d, err := r.router.Route(ctx, leadroute.Lead{ID: fmt.Sprintf("lead-%d", i+1)})
		if err != nil {
			return fmt.Errorf("replica %s: %w", r.name, err)
		}
		fmt.Fprintf(w, "lead-%d via %s: %s\n", i+1, r.name, d.RepID)
	}
	// A lead retried on the other replica is a replay, not a new pick.
	d, err := b.router.Route(ctx, leadroute.Lead{ID: "lead-1"})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "lead-1 retried via B: %s (replay: %v)\n", d.RepID, d.Replay)
	return nil
}

// cleanup deletes the namespace's keys.
func cleanup(ctx context.Context, rdb redis.UniversalClient, ns string) {
	iter := rdb.Scan(ctx, 0, "{"+ns+"}*", 100).Iterator()
	for iter.Next(ctx) {
		rdb.Del(ctx, iter.Val())
	}
}
