package strategies_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/leadroutetest"
	"github.com/leadroute/leadroute/strategies"
)

func benchReps(n int) []leadroute.Rep {
	rs := make([]leadroute.Rep, n)
	for i := range rs {
		rs[i] = leadroute.Rep{
			ID:     fmt.Sprintf("rep%05d", i),
			Weight: 1 + i%5,
			Skills: map[string]int{"es": 1 + i%3, "enterprise": 1 + i%2},
		}
	}
	return rs
}

var benchStrategies = []struct {
	name string
	new  func() leadroute.Strategy
}{
	{"RoundRobin", strategies.RoundRobin},
	{"Weighted", strategies.Weighted},
	{"WeightedRandom", strategies.WeightedRandom},
	{"LeastLoaded", strategies.LeastLoaded},
	{"Balanced", func() leadroute.Strategy { return strategies.Balanced(strategies.BalancedOptions{}) }},
	{"SkillBased", func() leadroute.Strategy { return strategies.SkillBased(map[string]int{"es": 2}, nil) }},
	{"Sticky", func() leadroute.Strategy { return strategies.Sticky(nil, strategies.RoundRobin()) }},
	{"Chain", func() leadroute.Strategy {
		return strategies.Chain(strategies.SkillBased(map[string]int{"klingon": 1}, nil), strategies.RoundRobin())
	}},
}

// BenchmarkPick measures Route through a real Router (one rule, the
// in-memory store, a fixed clock) at 10 to 10,000 reps.
func BenchmarkPick(b *testing.B) {
	for _, s := range benchStrategies {
		for _, n := range []int{10, 100, 1_000, 10_000} {
			b.Run(fmt.Sprintf("%s/reps=%d", s.name, n), func(b *testing.B) {
				f := newFixture(b, s.new(), benchReps(n))
				l := leadroute.Lead{Email: "jane@example.com"}
				// Warm up: the first lead each rep gets creates that rep's
				// counters in the store (memory growth once per rep, not
				// per pick), so give every rep one where that is quick.
				deadline := time.Now().Add(2 * time.Second)
				for i := 0; i < n+3 && time.Now().Before(deadline); i++ {
					f.r.Route(ctx, l)
				}
				b.ReportAllocs()
				for b.Loop() {
					if _, err := f.r.Route(ctx, l); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkPickParallel measures contention on the shared state.
func BenchmarkPickParallel(b *testing.B) {
	for _, s := range benchStrategies[:5] {
		b.Run(s.name+"/reps=100", func(b *testing.B) {
			clock := leadroute.NewManualClock(leadroutetest.Start)
			rs := benchReps(100)
			ids := make([]string, len(rs))
			for i, r := range rs {
				ids[i] = r.ID
			}
			r, err := leadroute.New(leadroute.WithReps(rs...), leadroute.WithClock(clock), leadroute.WithSeed(1),
				leadroute.WithRules(leadroute.Rule{Name: "r", Pool: ids, Strategy: s.new()}))
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if _, err := r.Route(ctx, leadroute.Lead{}); err != nil {
						b.Error(err)
						return
					}
				}
			})
		})
	}
}

// BenchmarkBind measures building a router with one rule over 10,000 reps:
// what a strategy precomputes at Bind (Sticky's ring, SkillBased's tiers,
// Weighted's schedule), on top of the router's own work (RoundRobin).
func BenchmarkBind(b *testing.B) {
	rs := benchReps(10_000)
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}
	for _, s := range benchStrategies {
		if s.name == "LeastLoaded" || s.name == "Balanced" {
			continue
		}
		b.Run(s.name+"/reps=10000", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := leadroute.New(leadroute.WithReps(rs...), leadroute.WithRules(leadroute.Rule{Name: "r", Pool: ids, Strategy: s.new()})); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
