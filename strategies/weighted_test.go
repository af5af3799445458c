package strategies_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/strategies"
)

func weightedReps(ws ...int) []leadroute.Rep {
	out := make([]leadroute.Rep, len(ws))
	for i, w := range ws {
		out[i] = leadroute.Rep{ID: string(rune('a' + i)), Weight: w}
	}
	return out
}

func TestWeightedScenarios(t *testing.T) {
	tests := []struct {
		name    string
		weights []int
		n       int
		want    string
	}{
		{"5,1,1 smooth", []int{5, 1, 1}, 14, "a a b a c a a a a b a c a a"},
		{"200,100,100 reduced by gcd", []int{200, 100, 100}, 8, "a b c a a b c a"},
		{"weight 0 means 1", []int{0, 0, 2}, 8, "c a b c c a b c"},
		{"equal weights are plain rotation", []int{3, 3, 3}, 6, "a b c a b c"},
		{"4,3,2,1", []int{4, 3, 2, 1}, 10, "a b c a b d a c b a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, strategies.Weighted(), weightedReps(tt.weights...))
			want(t, tt.name, f.seq(tt.n), tt.want)
		})
	}
}

func TestWeightedExactShares(t *testing.T) {
	f := newFixture(t, strategies.Weighted(), weightedReps(200, 100, 100))
	got := f.counts(60)
	if got["a"] != 30 || got["b"] != 15 || got["c"] != 15 {
		t.Fatalf("200/100/100 over 60 leads: got %v, want a 30, b 15, c 15", got)
	}
}

func TestWeightedSkipsIneligible(t *testing.T) {
	rs := weightedReps(5, 1, 1)
	rs[1].Away = true
	f := newFixture(t, strategies.Weighted(), rs)
	// b's slot is skipped, not handed to the rep after it.
	want(t, "b away", f.seq(12), "a a a c a a a a a c a a")
}

// TestWeightedLongCycle covers cycles too long to precompute: exact shares
// over each cycle, O(log n) per pick.
func TestWeightedLongCycle(t *testing.T) {
	ws := []int{strategies.MaxWeightedSchedule, 3, 1}
	total := 0
	for _, w := range ws {
		total += w
	}
	f := newFixture(t, strategies.Weighted(), weightedReps(ws...))
	got := map[string]int{}
	first := map[string]int{}
	for i := range total {
		d, err := f.r.Route(ctx, leadroute.Lead{})
		if err != nil {
			t.Fatal(err)
		}
		got[d.RepID]++
		if _, seen := first[d.RepID]; !seen {
			first[d.RepID] = i
		}
	}
	for i, w := range ws {
		if id := string(rune('a' + i)); got[id] != w {
			t.Fatalf("one cycle of %d: got %v, want weights %v", total, got, ws)
		}
	}
	// Smooth: the small reps are not all left to the end of the cycle.
	if first["b"] > total/2 || first["c"] > total {
		t.Fatalf("first picks of b and c at %v: not spread", first)
	}
}

// TestWeightedUnbound runs Weighted under a wrapper that does not forward
// Bind: shares stay exact per cycle.
func TestWeightedUnbound(t *testing.T) {
	w := strategies.Weighted()
	wrapper := leadroute.StrategyFunc(func(ctx context.Context, l *leadroute.Lead, c leadroute.Candidates) (leadroute.Pick, error) {
		return w.Pick(ctx, l, c)
	})
	f := newFixture(t, wrapper, weightedReps(3, 2, 1))
	got := f.counts(60)
	if got["a"] != 30 || got["b"] != 20 || got["c"] != 10 {
		t.Fatalf("3/2/1 over 60 leads: got %v", got)
	}
}

func TestWeightedConcurrent(t *testing.T) {
	per := 2000
	if testing.Short() {
		per = 200
	}
	testConcurrentFairness(t, strategies.Weighted(), weightedReps(2, 2, 2, 2, 2, 2, 2), 16, per)
}

func TestWeightedRandom(t *testing.T) {
	f := newFixture(t, strategies.WeightedRandom(), weightedReps(3, 2, 1))
	want(t, "seed 1", f.seq(12), "c a a c b a b b a b b b")
	got := f.counts(6000)
	for id, w := range map[string]int{"a": 3, "b": 2, "c": 1} {
		if exp := 1000 * w; got[id] < exp*9/10 || got[id] > exp*11/10 {
			t.Errorf("%s: %d of 6000, want about %d", id, got[id], exp)
		}
	}
}

func TestWeightedRandomIneligible(t *testing.T) {
	rs := weightedReps(100, 1, 1, 1)
	rs[0].Away = true
	f := newFixture(t, strategies.WeightedRandom(), rs)
	got := f.counts(300)
	if got["a"] != 0 || got["b"]+got["c"]+got["d"] != 300 || got["b"] < 70 || got["c"] < 70 || got["d"] < 70 {
		t.Fatalf("with the heavy rep away: %v", got)
	}
}

func ExampleWeighted() {
	r, _ := leadroute.New(
		leadroute.WithReps(
			leadroute.Rep{ID: "ana", Weight: 5},
			leadroute.Rep{ID: "ben", Weight: 1},
			leadroute.Rep{ID: "cy", Weight: 1},
		),
		leadroute.WithRules(leadroute.Rule{Name: "inbound", Pool: []string{"ana", "ben", "cy"}, Strategy: strategies.Weighted()}),
	)
	for range 7 {
		d, _ := r.Route(ctx, leadroute.Lead{})
		fmt.Print(d.RepID, " ")
	}
	fmt.Println()
	// Output:
	// ana ana ben ana cy ana ana
}

func ExampleWeightedRandom() {
	r, _ := leadroute.New(
		leadroute.WithReps(leadroute.Rep{ID: "ana", Weight: 3}, leadroute.Rep{ID: "ben", Weight: 1}),
		leadroute.WithRules(leadroute.Rule{Name: "inbound", Pool: []string{"ana", "ben"}, Strategy: strategies.WeightedRandom()}),
		leadroute.WithSeed(7), // reproducible
	)
	n := map[string]int{}
	for range 4000 {
		d, _ := r.Route(ctx, leadroute.Lead{})
		n[d.RepID]++
	}
	fmt.Println(n["ana"] > 2800 && n["ana"] < 3200, n["ben"] > 800 && n["ben"] < 1200)
	// Output:
	// true true
}
