package redisstore_test

import (
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/leadroute/leadroute/leadroutetest"
	"github.com/leadroute/leadroute/redisstore"
	"github.com/leadroute/leadroute/redisstore/internal/redistest"
	"github.com/leadroute/leadroute/store"
	"github.com/redis/go-redis/v9"
)

// client returns a go-redis client on addr with the fail-fast settings the
// package doc recommends, closed when t ends.
func client(t testing.TB, addr string) *redis.Client {
	t.Helper()
	rdb := redis.NewClient(&redis.Options{
		Addr:                  addr,
		ContextTimeoutEnabled: true,
		DialTimeout:           time.Second,
		ReadTimeout:           2 * time.Second,
		WriteTimeout:          2 * time.Second,
		MaxRetries:            -1,
		PoolSize:              64,
	})
	t.Cleanup(func() { _ = rdb.Close() })
	return rdb
}

var nsSeq atomic.Int64

// newStore returns a Store on rdb in a namespace of its own.
func newStore(t testing.TB, rdb redis.UniversalClient) *redisstore.Store {
	t.Helper()
	st, err := redisstore.New(rdb, redisstore.Options{Namespace: fmt.Sprintf("t%d", nsSeq.Add(1))})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestState(t *testing.T) {
	srv := redistest.Start(t)
	rdb := client(t, srv.Addr())
	leadroutetest.TestState(t, func() store.State { return newStore(t, rdb) })
}

func TestGuarantees(t *testing.T) {
	srv := redistest.Start(t)
	rdb := client(t, srv.Addr())
	leadroutetest.TestGuarantees(t, func() store.State { return newStore(t, rdb) })
}
