package strategies_test

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/leadroutetest"
	"github.com/leadroute/leadroute/strategies"
)

func TestRoundRobinScenarios(t *testing.T) {
	start := leadroutetest.Start
	pto := []leadroute.Period{{Start: start, End: start.Add(time.Hour)}}
	tests := []struct {
		name  string
		reps  []leadroute.Rep
		steps func(f *fixture) string
		want  string
	}{
		{
			name:  "in pool order",
			reps:  reps("a", "b", "c"),
			steps: func(f *fixture) string { return f.seq(7) },
			want:  "a b c a b c a",
		},
		{
			name: "skips the away rep without a double share",
			reps: []leadroute.Rep{{ID: "a"}, {ID: "b", Away: true}, {ID: "c"}, {ID: "d"}},
			steps: func(f *fixture) string {
				return f.seq(6)
			},
			want: "a c d a c d",
		},
		{
			name: "rep back from PTO rejoins at their place, without catch-up",
			reps: []leadroute.Rep{{ID: "a"}, {ID: "b", OutOfOffice: pto}, {ID: "c"}, {ID: "d"}},
			steps: func(f *fixture) string {
				s := f.seq(5) // b out: a c d a c
				f.clock.Set(start.Add(2 * time.Hour))
				return s + " | " + f.seq(8)
			},
			want: "a c d a c | d a b c d a b c",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, strategies.RoundRobin(), tt.reps)
			want(t, tt.name, tt.steps(f), tt.want)
		})
	}
}

func TestRoundRobinPoolChanges(t *testing.T) {
	tests := []struct {
		name  string
		after []string
		want  string
	}{
		// Before each reload: a b (cursor at b).
		{"rep added after the cursor", []string{"a", "b", "x", "c", "d"}, "x c d a b"},
		{"rep added before the cursor", []string{"x", "a", "b", "c", "d"}, "c d x a b"},
		{"rep removed before the cursor", []string{"b", "c", "d"}, "c d b c d"},
		{"last assigned rep removed", []string{"a", "c", "d"}, "c d a c d"},
		{"rep removed after the cursor", []string{"a", "b", "d"}, "d a b d a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := strategies.RoundRobin()
			f := newFixture(t, s, reps("a", "b", "c", "d"))
			want(t, "before", f.seq(2), "a b")
			f.reload(s, reps(tt.after...))
			want(t, "after reload", f.seq(5), tt.want)
		})
	}
}

// TestRoundRobinConcurrent is the issue's fairness test: 64 goroutines
// share N routes over 7 reps, and each rep gets ⌊N/7⌋ or ⌈N/7⌉.
// N is 640,000 (64 × 10,000); with -short it is 64 × 500.
func TestRoundRobinConcurrent(t *testing.T) {
	const goroutines = 64
	per := 10_000
	if testing.Short() {
		per = 500
	}
	testConcurrentFairness(t, strategies.RoundRobin(), reps("a", "b", "c", "d", "e", "f", "g"), goroutines, per)
}

func testConcurrentFairness(t *testing.T, s leadroute.Strategy, rs []leadroute.Rep, goroutines, per int) {
	f := newFixture(t, s, rs)
	counts := make([]map[string]int, goroutines)
	var wg sync.WaitGroup
	for g := range goroutines {
		counts[g] = map[string]int{}
		wg.Go(func() {
			for range per {
				d, err := f.r.Route(ctx, leadroute.Lead{})
				if err != nil || d.RepID == "" {
					t.Errorf("Route: %v, %v", d, err)
					return
				}
				counts[g][d.RepID]++
			}
		})
	}
	wg.Wait()
	total := map[string]int{}
	for _, m := range counts {
		for k, v := range m {
			total[k] += v
		}
	}
	n := goroutines * per
	lo, hi := n/len(rs), (n+len(rs)-1)/len(rs)
	for _, r := range rs {
		if c := total[r.ID]; c < lo || c > hi {
			t.Fatalf("%d routes over %d reps: %s got %d, want %d or %d (all: %v)", n, len(rs), r.ID, c, lo, hi, total)
		}
	}
}

func ExampleRoundRobin() {
	r, _ := leadroute.New(
		leadroute.WithReps(leadroute.Rep{ID: "ana"}, leadroute.Rep{ID: "ben", Away: true}, leadroute.Rep{ID: "cy"}),
		leadroute.WithRules(leadroute.Rule{Name: "inbound", Pool: []string{"ana", "ben", "cy"}, Strategy: strategies.RoundRobin()}),
		leadroute.WithSeed(1),
	)
	for i := range 4 {
		d, _ := r.Route(ctx, leadroute.Lead{ID: fmt.Sprint(i)})
		fmt.Println(d.RepID)
	}
	// Output:
	// ana
	// cy
	// ana
	// cy
}
