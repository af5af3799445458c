package redisstore_test

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"time"

	"github.com/leadroute/leadroute/redisstore/internal/redistest"
	"github.com/leadroute/leadroute/store"
)

// BenchmarkCommit measures Route's State step on a local redis-server: a
// round-robin Commit over a 7-member team with a daily cap, an open count
// and a tally per member, a decision record and one staged op, from 1, 8
// and 64 goroutines sharing one Store; and with a 200-member team.
func BenchmarkCommit(b *testing.B) {
	srv := redistest.Start(b)
	rdb := client(b, srv.Addr())
	ctx := context.Background()
	for _, bc := range []struct{ members, conc int }{{7, 1}, {7, 8}, {7, 64}, {200, 8}} {
		b.Run(fmt.Sprintf("members=%d/goroutines=%d", bc.members, bc.conc), func(b *testing.B) {
			st := newStore(b, rdb)
			tally := store.Counter{Kind: "rr", Scope: "team"}
			var next atomic.Int64
			if err := rdb.ConfigResetStat(ctx).Err(); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.ResetTimer()
			var wg sync.WaitGroup
			for range bc.conc {
				wg.Go(func() {
					m := team(bc.members, 1<<40)
					ops := []store.Op{{Counter: tally, Delta: 1}}
					for {
						i := next.Add(1)
						if i > int64(b.N) {
							return
						}
						out, err := st.Commit(ctx, &store.Step{Decision: fmt.Sprintf("lead-%d", i), Rule: "us", Rotation: "team", Members: m, Ops: ops})
						if err != nil || out.Index < 0 {
							b.Errorf("Commit: %+v, %v", out, err)
							return
						}
					}
				})
			}
			wg.Wait()
			b.StopTimer()
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "commits/s")
			b.ReportMetric(serverMicros(b, rdb.Info(ctx, "commandstats").Val()), "server-µs/op")
		})
	}
}

// BenchmarkGet measures one counter read.
func BenchmarkGet(b *testing.B) {
	srv := redistest.Start(b)
	st := newStore(b, client(b, srv.Addr()))
	ctx := context.Background()
	c := store.Counter{Kind: "daily", Member: "r1", Window: 20000}
	if _, err := st.Add(ctx, "", c, 3, noExpire); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := st.Get(ctx, c); err != nil {
			b.Fatal(err)
		}
	}
}

var noExpire time.Time

// serverMicros returns Redis's own time per EVALSHA (usec_per_call in
// INFO commandstats): what a Commit costs the server, whose one thread
// bounds a namespace's throughput.
func serverMicros(b testing.TB, info string) float64 {
	for line := range strings.SplitSeq(info, "\n") {
		if !strings.HasPrefix(line, "cmdstat_evalsha:") {
			continue
		}
		for field := range strings.SplitSeq(strings.TrimSpace(line), ",") {
			if v, ok := strings.CutPrefix(field, "usec_per_call="); ok {
				f, err := strconv.ParseFloat(v, 64)
				if err != nil {
					b.Fatal(err)
				}
				return f
			}
		}
	}
	b.Fatal("no evalsha in INFO commandstats")
	return 0
}
