package leadroute_test

import (
	"fmt"
	"testing"

	lr "github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/strategies"
)

// benchRouter builds a router with nRules country rules over nReps reps
// (round-robin), the last rule a catch-all, and leads that spread over the
// rules. The rules are opaque MatcherFuncs, so this measures the linear
// path (no rule index); package bench has the indexed workload, the
// generated baseline and the peers.
func benchRouter(b *testing.B, nRules, nReps int) (*lr.Router, []lr.Lead) {
	b.Helper()
	codes := []string{"US", "CA", "GB", "DE", "FR", "ES", "IT", "NL", "SE", "JP", "AU", "BR", "MX", "IN", "SG"}
	rs := make([]lr.Rep, nReps)
	ids := make([]string, nReps)
	for i := range rs {
		ids[i] = fmt.Sprintf("rep%04d", i)
		rs[i] = lr.Rep{ID: ids[i], TimeZone: "America/New_York", DailyCap: 1 << 30, MaxOpen: 1 << 30}
	}
	rules := make([]lr.Rule, 0, nRules)
	for i := range nRules - 1 {
		c := codes[i%len(codes)]
		minScore := i / len(codes) * 10
		lo := (i * 7) % nReps
		rules = append(rules, lr.Rule{
			Name:     fmt.Sprintf("r%03d", i),
			Match:    lr.MatcherFunc(func(l *lr.Lead) bool { return l.Country == c && l.Score >= minScore }),
			Pool:     ids[lo:min(lo+10, nReps)],
			Strategy: strategies.RoundRobin(),
		})
	}
	rules = append(rules, lr.Rule{Name: "catch-all", Pool: ids, Strategy: strategies.RoundRobin()})
	r := newRouter(b, lr.WithReps(rs...), lr.WithRules(rules...))
	leads := make([]lr.Lead, 1000)
	for i := range leads {
		leads[i] = lr.Lead{Country: codes[(i*7)%len(codes)], Score: (i * 13) % 100, Domain: "acme.com"}
	}
	return r, leads
}

func BenchmarkRoute(b *testing.B) {
	for _, n := range []int{10, 50} {
		b.Run(fmt.Sprintf("rules=%d/reps=200", n), func(b *testing.B) {
			r, leads := benchRouter(b, n, 200)
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if _, err := r.Route(ctx, leads[i%len(leads)]); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

func BenchmarkRouteParallel(b *testing.B) {
	r, leads := benchRouter(b, 50, 200)
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			if _, err := r.Route(ctx, leads[i%len(leads)]); err != nil {
				b.Error(err)
				return
			}
			i++
		}
	})
}

func BenchmarkExplain(b *testing.B) {
	r, leads := benchRouter(b, 50, 200)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := r.Explain(ctx, leads[i%len(leads)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
