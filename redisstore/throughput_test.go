//go:build unix

package redisstore_test

import (
	"context"
	"encoding/csv"
	"fmt"
	"math"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/matchers"
	"github.com/leadroute/leadroute/redisstore/internal/redistest"
	"github.com/leadroute/leadroute/strategies"
	"github.com/redis/go-redis/v9"
)

// TestRouteThroughput measures Route on Redis next to the ceiling of the
// same server, in the same run: routes per second and p50/p99 latency of a
// realistic Router (one rule, round-robin over 7 reps with daily caps, a
// new lead ID per call) from 1, 8 and 64 goroutines, and redis-benchmark
// running EVALSHA of a trivial script ("return 1") with as many
// connections. As a measurement it runs with LEADROUTE_REDIS_BENCH=1
// (LEADROUTE_REDIS_BENCH_SECONDS sets each measurement's length, 5 by
// default, and LEADROUTE_REDIS_BENCH_GOROUTINES the goroutine counts,
// "1,8,64" by default):
//
//	LEADROUTE_REDIS_BENCH=1 go test -run TestRouteThroughput -count 1 -v .
//
// Without it (in CI) it runs a short check instead: a fraction of a second
// at 1 and 8 goroutines, its figures not worth reading. Either way it
// fails when a Route fails or costs more than one command.
func TestRouteThroughput(t *testing.T) {
	measuring := os.Getenv("LEADROUTE_REDIS_BENCH") != ""
	secs := 5.0
	if !measuring {
		secs = 0.3
	}
	if v := os.Getenv("LEADROUTE_REDIS_BENCH_SECONDS"); v != "" {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || f <= 0 {
			t.Fatalf("LEADROUTE_REDIS_BENCH_SECONDS=%q: want a positive number", v)
		}
		secs = f
	}
	dur := time.Duration(secs * float64(time.Second))
	bench := redistest.Binary(t, "redis-benchmark")
	srv := redistest.Start(t)
	rdb := client(t, srv.Addr())
	hook := &countHook{}
	rdb.AddHook(hook)
	ctx := context.Background()
	sha, err := rdb.ScriptLoad(ctx, "return 1").Result()
	if err != nil {
		t.Fatal(err)
	}
	router := throughputRouter(t, rdb)

	t.Logf("GOMAXPROCS %d, %d s per measurement, load average %s", runtime.GOMAXPROCS(0), int(secs), loadAvg())
	t.Log("| goroutines | routes/s | p50 | p99 | ceiling ops/s (p50, p99) | ratio | Redis µs per EVALSHA: Route / trivial | CPU µs per Route: client / server |")
	t.Log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
	var run atomic.Int64
	for _, conc := range concurrencies(t) {
		// The ceiling before and after Route, averaged: the machine's
		// load drifts.
		before := redisBenchmark(t, rdb, bench, srv.Port(), conc, sha, secs)
		m := measureRoutes(t, router, rdb, hook, conc, dur, run.Add(1))
		after := redisBenchmark(t, rdb, bench, srv.Port(), conc, sha, secs)
		ceil := (before.rps + after.rps) / 2
		t.Logf("| %d | %.0f | %s | %s | %.0f (%s, %s) | %.0f%% | %.0f / %.1f | %.0f / %.0f |",
			conc, m.rps, ms(m.p50), ms(m.p99), ceil, ms(before.p50), ms(before.p99),
			100*m.rps/ceil, m.redisMicros, before.redisMicros, m.clientCPU, m.serverCPU)
		t.Logf("    (ceiling before %.0f, after %.0f; %d routes, %.3f commands each)", before.rps, after.rps, m.n, m.cmdsPer)
	}
}

// throughputRouter is a Router on a Store over rdb: one rule for US leads,
// round-robin over 7 reps, each with a daily cap (high enough that nobody
// fills up during the run) and an open count.
func throughputRouter(t *testing.T, rdb redis.UniversalClient) *leadroute.Router {
	us, err := matchers.Country("US")
	if err != nil {
		t.Fatal(err)
	}
	var reps []leadroute.Rep
	var pool []string
	for _, id := range []string{"ana", "ben", "cy", "dee", "eli", "fay", "gus"} {
		reps = append(reps, leadroute.Rep{ID: id, TimeZone: "America/New_York", DailyCap: 10_000_000})
		pool = append(pool, id)
	}
	router, err := leadroute.New(
		leadroute.WithState(newStore(t, rdb)),
		leadroute.WithReps(reps...),
		leadroute.WithRules(leadroute.Rule{Name: "us-inbound", Match: us, Pool: pool, Strategy: strategies.RoundRobin()}),
	)
	if err != nil {
		t.Fatal(err)
	}
	return router
}

type routeFigures struct {
	n                    int
	rps                  float64
	p50, p99             time.Duration
	cmdsPer              float64
	redisMicros          float64 // Redis's time per EVALSHA (commandstats)
	clientCPU, serverCPU float64 // CPU µs per Route: this process, redis-server
}

// measureRoutes routes distinct leads from conc goroutines for dur, after
// a short warm-up, timing each call.
func measureRoutes(t *testing.T, router *leadroute.Router, rdb *redis.Client, hook *countHook, conc int, dur time.Duration, run int64) routeFigures {
	ctx := context.Background()
	route := func(id string) error {
		d, err := router.Route(ctx, leadroute.Lead{ID: id, Email: "jo@acme.com", Company: "Acme", Country: "US", Industry: "software"})
		if err == nil && d.RepID == "" {
			err = fmt.Errorf("not assigned: %+v", d)
		}
		return err
	}
	// Warm up from conc goroutines: load the script and dial the pool's
	// connections (a new connection's HELLO would count as a command).
	var warm sync.WaitGroup
	for g := range conc {
		warm.Go(func() {
			for i := range 200 {
				if err := route(fmt.Sprintf("warm-%d-%d-%d", run, g, i)); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	warm.Wait()
	if t.Failed() {
		t.FailNow()
	}
	if err := rdb.ConfigResetStat(ctx).Err(); err != nil {
		t.Fatal(err)
	}
	hook.cmds.Store(0)
	cpu0, srv0 := selfCPU(), serverCPU(t, rdb)
	lats := make([][]time.Duration, conc)
	var stop atomic.Bool
	var failed atomic.Bool
	var wg sync.WaitGroup
	start := time.Now()
	for g := range conc {
		wg.Go(func() {
			lat := make([]time.Duration, 0, 1<<16)
			id := []byte(fmt.Sprintf("lead-%d-%d-", run, g))
			base := len(id)
			for i := 0; !stop.Load(); i++ {
				id = strconv.AppendInt(id[:base], int64(i), 10)
				t0 := time.Now()
				err := route(string(id))
				lat = append(lat, time.Since(t0))
				if err != nil {
					if failed.CompareAndSwap(false, true) {
						t.Errorf("Route: %v", err)
					}
					stop.Store(true)
				}
			}
			lats[g] = lat
		})
	}
	time.Sleep(dur)
	stop.Store(true)
	wg.Wait()
	elapsed := time.Since(start)
	cmds := hook.cmds.Load()
	cpu1, srv1 := selfCPU(), serverCPU(t, rdb)
	if failed.Load() {
		t.FailNow()
	}
	all := slices.Concat(lats...)
	slices.Sort(all)
	n := len(all)
	f := routeFigures{
		n:           n,
		rps:         float64(n) / elapsed.Seconds(),
		p50:         all[n/2],
		p99:         all[min(n-1, int(math.Ceil(0.99*float64(n)))-1)],
		cmdsPer:     float64(cmds-1) / float64(n), // less serverCPU's INFO
		redisMicros: serverMicros(t, rdb.Info(ctx, "commandstats").Val()),
		clientCPU:   (cpu1 - cpu0).Seconds() * 1e6 / float64(n),
		serverCPU:   (srv1 - srv0) * 1e6 / float64(n),
	}
	if f.cmdsPer > 1.001 {
		t.Errorf("%d goroutines: %.3f commands per Route, want 1", conc, f.cmdsPer)
	}
	return f
}

type ceiling struct {
	rps         float64
	p50, p99    time.Duration
	redisMicros float64 // Redis's time per EVALSHA (commandstats)
}

// redisBenchmark runs redis-benchmark with conc connections sending
// EVALSHA sha 0 for about secs seconds (at a guessed rate).
func redisBenchmark(t *testing.T, rdb *redis.Client, bin string, port, conc int, sha string, secs float64) ceiling {
	if err := rdb.ConfigResetStat(context.Background()).Err(); err != nil {
		t.Fatal(err)
	}
	rate := 12000.0
	if conc > 1 {
		rate = 45000
	}
	n := int(rate * secs)
	out, err := exec.Command(bin, "-h", "127.0.0.1", "-p", strconv.Itoa(port),
		"-c", strconv.Itoa(conc), "-n", strconv.Itoa(n), "--csv", "evalsha", sha, "0").Output()
	if err != nil {
		t.Fatalf("redis-benchmark: %v\n%s", err, out)
	}
	recs, err := csv.NewReader(strings.NewReader(string(out))).ReadAll()
	if err != nil || len(recs) != 2 || len(recs[1]) < 7 || recs[0][1] != "rps" || recs[0][4] != "p50_latency_ms" || recs[0][6] != "p99_latency_ms" {
		t.Fatalf("redis-benchmark: unexpected output (%v):\n%s", err, out)
	}
	num := func(s string) float64 {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Fatalf("redis-benchmark: %q: %v", s, err)
		}
		return f
	}
	msDur := func(s string) time.Duration { return time.Duration(num(s) * float64(time.Millisecond)) }
	return ceiling{rps: num(recs[1][1]), p50: msDur(recs[1][4]), p99: msDur(recs[1][6]),
		redisMicros: serverMicros(t, rdb.Info(context.Background(), "commandstats").Val())}
}

// concurrencies are the goroutine counts to measure:
// LEADROUTE_REDIS_BENCH_GOROUTINES (comma-separated) or 1, 8 and 64.
func concurrencies(t *testing.T) []int {
	v := os.Getenv("LEADROUTE_REDIS_BENCH_GOROUTINES")
	if v == "" {
		if os.Getenv("LEADROUTE_REDIS_BENCH") == "" {
			return []int{1, 8} // the short check
		}
		return []int{1, 8, 64}
	}
	var out []int
	for f := range strings.SplitSeq(v, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			t.Fatalf("LEADROUTE_REDIS_BENCH_GOROUTINES=%q: want positive integers", v)
		}
		out = append(out, n)
	}
	return out
}

// ms formats d in milliseconds.
func ms(d time.Duration) string {
	return strconv.FormatFloat(d.Seconds()*1e3, 'f', 2, 64) + " ms"
}

// selfCPU is this process's CPU time (user and system) so far.
func selfCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// serverCPU is redis-server's CPU time (user and system, seconds) so far.
func serverCPU(t *testing.T, rdb *redis.Client) float64 {
	info, err := rdb.Info(context.Background(), "cpu").Result()
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for line := range strings.SplitSeq(info, "\n") {
		k, v, ok := strings.Cut(strings.TrimSpace(line), ":")
		if ok && (k == "used_cpu_sys" || k == "used_cpu_user") {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Fatal(err)
			}
			sum += f
		}
	}
	return sum
}

// loadAvg is the first three fields of /proc/loadavg, or "?".
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}
