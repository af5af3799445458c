package bench

import (
	"context"
	"fmt"
	"testing"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/bench/workload"
	"github.com/leadroute/leadroute/strategies"
)

var ctx = context.Background()

// newRouter builds a fresh router for the set's rules rendered as how.
func newRouter(tb testing.TB, set string, how workload.Render) *leadroute.Router {
	tb.Helper()
	rules, err := workload.Rules(workload.Specs(workload.SetByName(set)), how)
	if err != nil {
		tb.Fatal(err)
	}
	r, err := leadroute.New(leadroute.WithReps(workload.Reps()...), leadroute.WithRules(rules...), leadroute.WithSeed(1))
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

// matchOnly builds a router whose rules send the lead to a queue named
// after the rule: Route then only matches (no pick, no state).
func matchOnly(tb testing.TB, set string, how workload.Render) *leadroute.Router {
	tb.Helper()
	rules, err := workload.Rules(workload.Specs(workload.SetByName(set)), how)
	if err != nil {
		tb.Fatal(err)
	}
	for i := range rules {
		rules[i].Strategy = strategies.Queue("q-" + rules[i].Name)
	}
	r, err := leadroute.New(leadroute.WithReps(workload.Reps()...), leadroute.WithRules(rules...), leadroute.WithSeed(1))
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

type engine struct {
	name string
	how  workload.Render
}

// engines lists the renderings benchmarked per set besides the baseline.
var engines = map[string][]engine{
	"Typed50":   {{"leadroute", workload.AsTyped}},
	"Typed500":  {{"leadroute", workload.AsTyped}},
	"Lowered50": {{"leadroute-typed", workload.AsTyped}, {"leadroute-expr", workload.AsExpr}},
	"Free50":    {{"leadroute", workload.AsTyped}},
	"Mixed50":   {{"leadroute", workload.AsTyped}, {"leadroute-expr", workload.AsExpr}},
}

// TestBaselineAgrees routes every lead of the workload (twice round) with
// the library and with the generated baseline, both fresh, in the same
// order: the rule and the rep must be the same every time.
func TestBaselineAgrees(t *testing.T) {
	leads := workload.Leads()
	for _, s := range workload.Sets {
		specs := workload.Specs(s)
		for _, e := range engines[s.Name] {
			t.Run(s.Name+"/"+e.name, func(t *testing.T) {
				r := newRouter(t, s.Name, e.how)
				base := NewBaseline(s.Name)
				hits := make([]int, len(specs))
				for i := range 2 * len(leads) {
					l := leads[i%len(leads)]
					d, err := r.Route(ctx, l)
					if err != nil {
						t.Fatal(err)
					}
					ri, rep := base.Route(&l)
					if ri < 0 || d.Rule != specs[ri].Name || d.RepID != rep {
						t.Fatalf("lead %d %+v: leadroute %s → %s, baseline %d → %s", i, l, d.Rule, d.RepID, ri, rep)
					}
					if len(d.Problems) > 0 {
						t.Fatalf("lead %d: workload leads must be normal, got %v", i, d.Problems)
					}
					hits[ri]++
				}
				used := 0
				for _, h := range hits {
					if h > 0 {
						used++
					}
				}
				if used < len(specs)/4 {
					t.Errorf("only %d of %d rules ever decide: the workload is too narrow", used, len(specs))
				}
			})
		}
	}
}

// TestLoweredSetIsIndexed pins that every rule of Lowered50, written as an
// expression, lowers into the rule index (Conds ok), and that the
// free-form rules do not.
func TestLoweredSetIsIndexed(t *testing.T) {
	for set, want := range map[string]bool{"Lowered50": true, "Free50": false} {
		rules, err := workload.Rules(workload.Specs(workload.SetByName(set)), workload.AsExpr)
		if err != nil {
			t.Fatal(err)
		}
		for _, ru := range rules {
			if ru.Match == nil {
				continue
			}
			c, isConj := ru.Match.(leadroute.Conjunction)
			ok := false
			if isConj {
				_, ok = c.Conds()
			}
			if ok != want {
				t.Errorf("%s %s: lowered = %v, want %v", set, ru.Name, ok, want)
			}
		}
	}
}

// TestRouteAllocs pins zero allocations per Route on the typed and lowered
// sets.
func TestRouteAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts differ under the race detector")
	}
	leads := workload.Leads()
	for _, set := range []string{"Typed50", "Typed500", "Lowered50"} {
		for _, how := range []workload.Render{workload.AsTyped, workload.AsExpr} {
			if set != "Lowered50" && how == workload.AsExpr {
				continue
			}
			r := newRouter(t, set, how)
			i := 0
			if n := testing.AllocsPerRun(2000, func() {
				r.Route(ctx, leads[i%len(leads)])
				i++
			}); n != 0 {
				t.Errorf("%s (render %d): %v allocs per Route, want 0", set, how, n)
			}
		}
	}
}

func benchRoute(b *testing.B, route func(l *leadroute.Lead)) {
	leads := workload.Leads()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		route(&leads[i%len(leads)])
		i++
	}
}

// BenchmarkRoute routes the workload's leads, cycled, through each rule set
// with the generated baseline and with leadroute (round-robin picks).
func BenchmarkRoute(b *testing.B) {
	for _, s := range workload.Sets {
		b.Run(s.Name+"/baseline", func(b *testing.B) {
			base := NewBaseline(s.Name)
			benchRoute(b, func(l *leadroute.Lead) { base.Route(l) })
		})
		for _, e := range engines[s.Name] {
			b.Run(s.Name+"/"+e.name, func(b *testing.B) {
				r := newRouter(b, s.Name, e.how)
				benchRoute(b, func(l *leadroute.Lead) {
					if _, err := r.Route(ctx, *l); err != nil {
						b.Fatal(err)
					}
				})
			})
		}
	}
}

// BenchmarkMatch is matching only: every rule sends to a queue, so Route
// finds the first matching rule and touches no state. This is what the
// peer engines (bench/peers) are compared with.
func BenchmarkMatch(b *testing.B) {
	for _, set := range []string{"Typed50", "Mixed50", "Lowered50", "Free50"} {
		for _, e := range engines[set] {
			b.Run(set+"/"+e.name, func(b *testing.B) {
				r := matchOnly(b, set, e.how)
				benchRoute(b, func(l *leadroute.Lead) {
					if _, err := r.Route(ctx, *l); err != nil {
						b.Fatal(err)
					}
				})
			})
		}
	}
}

// BenchmarkRouteParallel routes from GOMAXPROCS goroutines; compare
// -cpu=1,2 for the scaling ratio.
func BenchmarkRouteParallel(b *testing.B) {
	for _, set := range []string{"Typed50", "Mixed50"} {
		b.Run(set+"/baseline", func(b *testing.B) {
			base := NewBaseline(set)
			leads := workload.Leads()
			b.ReportAllocs()
			b.RunParallel(func(pb *testing.PB) {
				i := 0
				for pb.Next() {
					base.Route(&leads[i%len(leads)])
					i++
				}
			})
		})
		b.Run(set+"/leadroute", func(b *testing.B) {
			r := newRouter(b, set, workload.AsTyped)
			leads := workload.Leads()
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
		})
	}
}

// BenchmarkCompile measures leadroute.New on prepared rules, and building
// the matchers (expressions compiled) plus New.
func BenchmarkCompile(b *testing.B) {
	reps := workload.Reps()
	for _, set := range []string{"Typed50", "Typed500", "Mixed50", "Free50"} {
		specs := workload.Specs(workload.SetByName(set))
		b.Run(set+"/New", func(b *testing.B) {
			rules, err := workload.Rules(specs, workload.AsTyped)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := leadroute.New(leadroute.WithReps(reps...), leadroute.WithRules(rules...)); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(set+"/Matchers+New", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				rules, err := workload.Rules(specs, workload.AsTyped)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := leadroute.New(leadroute.WithReps(reps...), leadroute.WithRules(rules...)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// Example-style sanity: the sets have the sizes their names say.
func TestSetSizes(t *testing.T) {
	for _, s := range workload.Sets {
		if n := len(workload.Specs(s)); n != s.Rules {
			t.Errorf("%s: %d rules", s.Name, n)
		}
	}
	if fmt.Sprint(len(workload.Leads())) != "1000" {
		t.Error("want 1000 leads")
	}
}
