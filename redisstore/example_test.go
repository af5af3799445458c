package redisstore_test

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/redisstore"
	"github.com/leadroute/leadroute/strategies"
	"github.com/redis/go-redis/v9"
)

// A router whose rotations, caps and decisions live in Redis, shared with
// every other replica that uses the same namespace. The client settings
// make a dead Redis fail fast: Route then returns the fallback queue and
// the error.
func ExampleNew() {
	rdb := redis.NewUniversalClient(&redis.UniversalOptions{
		Addrs:                 []string{"127.0.0.1:6379"}, // several: Cluster; with MasterName: Sentinel
		ContextTimeoutEnabled: true,                       // ctx deadlines bound every call
		DialTimeout:           250 * time.Millisecond,
		ReadTimeout:           250 * time.Millisecond,
		WriteTimeout:          250 * time.Millisecond,
		MaxRetries:            -1, // see the package doc: retries can run a script twice
	})
	defer rdb.Close()
	st, err := redisstore.New(rdb, redisstore.Options{Namespace: "leadroute"})
	if err != nil {
		log.Fatal(err)
	}
	router, err := leadroute.New(
		leadroute.WithState(st),
		leadroute.WithReps(leadroute.Rep{ID: "ana"}, leadroute.Rep{ID: "ben", DailyCap: 20}),
		leadroute.WithRules(leadroute.Rule{Name: "inbound", Pool: []string{"ana", "ben"}, Strategy: strategies.RoundRobin()}),
	)
	if err != nil {
		log.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	d, err := router.Route(ctx, leadroute.Lead{ID: "lead-1"})
	if err != nil {
		log.Printf("Redis unavailable, lead queued: %v", err)
	}
	fmt.Println(d)
}
