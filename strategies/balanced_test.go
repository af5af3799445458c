package strategies_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/leadroutetest"
	"github.com/leadroute/leadroute/strategies"
)

func TestBalancedScenarios(t *testing.T) {
	start := leadroutetest.Start
	away := func(from, to time.Duration) []leadroute.Period {
		return []leadroute.Period{{Start: start.Add(from), End: start.Add(to)}}
	}
	opts := strategies.BalancedOptions{Threshold: 2 * time.Hour}
	tests := []struct {
		name  string
		reps  []leadroute.Rep
		steps func(f *fixture) string
		want  string
	}{
		{
			name:  "ties go round-robin",
			reps:  reps("a", "b", "c"),
			steps: func(f *fixture) string { return f.seq(7) },
			want:  "a b c a b c a",
		},
		{
			name: "short absence is caught up in full",
			reps: []leadroute.Rep{{ID: "a"}, {ID: "b"}, {ID: "c", OutOfOffice: away(time.Minute, 31*time.Minute)}},
			steps: func(f *fixture) string {
				s := f.seq(3)
				f.clock.Set(start.Add(2 * time.Minute))
				s += " | " + f.spread(6, 4*time.Minute) // c out
				f.clock.Set(start.Add(32 * time.Minute))
				return s + " | " + f.seq(6)
			},
			want: "a b c | a b a b a b | c c c a b c",
		},
		{
			name: "long absence is calibrated to the floor of the team average",
			reps: []leadroute.Rep{{ID: "a"}, {ID: "b"}, {ID: "c", OutOfOffice: away(time.Minute, 3*time.Hour+time.Minute)}},
			steps: func(f *fixture) string {
				s := f.seq(3)
				f.clock.Set(start.Add(2 * time.Minute))
				s += " | " + f.spread(9, 20*time.Minute) // c out; a 6, b 5
				f.clock.Set(start.Add(3*time.Hour + 2*time.Minute))
				return s + " | " + f.seq(6) // c set to 5, not left at 1
			},
			want: "a b c | a b a b a b a b a | b c a b c a",
		},
		{
			name: "absence during a quiet spell is caught up",
			reps: []leadroute.Rep{{ID: "a"}, {ID: "b"}, {ID: "c", OutOfOffice: away(time.Minute, 5*time.Hour)}},
			steps: func(f *fixture) string {
				s := f.seq(3)
				f.clock.Set(start.Add(2 * time.Minute))
				s += " | " + f.seq(4) // c out; then nobody routes for hours
				f.clock.Set(start.Add(5 * time.Hour))
				return s + " | " + f.seq(5)
			},
			want: "a b c | a b a b | c c a b c",
		},
		{
			name: "counts start again in a new window",
			reps: reps("a", "b", "c"),
			steps: func(f *fixture) string {
				s := f.seq(4)                                      // a b c a
				f.clock.Set(start.Add(14*time.Hour + time.Minute)) // 00:01 UTC next day
				return s + " | " + f.seq(6)
			},
			want: "a b c a | b c a b c a",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, strategies.Balanced(opts), tt.reps)
			want(t, tt.name, tt.steps(f), tt.want)
		})
	}
}

func TestBalancedNewRepCalibrated(t *testing.T) {
	s := strategies.Balanced(strategies.BalancedOptions{})
	f := newFixture(t, s, reps("a", "b"))
	want(t, "before", f.seq(10), "a b a b a b a b a b")
	f.clock.Advance(time.Minute)
	f.reload(s, reps("a", "b", "c"))
	// c starts at the team average (5), not 0: no run of ten leads to c.
	want(t, "after c joins", f.seq(6), "c a b c a b")
}

func TestBalancedNoCalibration(t *testing.T) {
	s := strategies.Balanced(strategies.BalancedOptions{Threshold: -1})
	f := newFixture(t, s, reps("a", "b"))
	f.seq(6)
	f.reload(s, reps("a", "b", "c"))
	want(t, "c catches up in full", f.seq(5), "c c c a b")
}

func TestBalancedExplainMatchesRoute(t *testing.T) {
	start := leadroutetest.Start
	rs := []leadroute.Rep{{ID: "a"}, {ID: "b"}, {ID: "c", OutOfOffice: []leadroute.Period{{Start: start.Add(time.Minute), End: start.Add(4 * time.Hour)}}}}
	f := newFixture(t, strategies.Balanced(strategies.BalancedOptions{}), rs)
	f.seq(3)
	f.clock.Set(start.Add(2 * time.Minute))
	f.spread(12, 20*time.Minute)
	f.clock.Set(start.Add(5 * time.Hour))
	for i := range 6 {
		l := leadroute.Lead{ID: fmt.Sprint("x", i)}
		e, err := f.r.Explain(ctx, l)
		if err != nil {
			t.Fatal(err)
		}
		if got := f.route(l); got != e.RepID {
			t.Fatalf("lead %d: Explain said %s, Route gave %s", i, e.RepID, got)
		}
	}
}

func ExampleBalanced() {
	balanced := strategies.Balanced(strategies.BalancedOptions{})
	rule := func(pool ...string) leadroute.Option {
		return leadroute.WithRules(leadroute.Rule{Name: "inbound", Pool: pool, Strategy: balanced})
	}
	r, _ := leadroute.New(
		leadroute.WithReps(leadroute.Rep{ID: "ana"}, leadroute.Rep{ID: "ben"}, leadroute.Rep{ID: "cy"}),
		rule("ana", "ben"),
		leadroute.WithClock(leadroute.NewManualClock(leadroutetest.Start)),
	)
	route := func(n int) {
		for i := range n {
			d, _ := r.Route(ctx, leadroute.Lead{})
			if i > 0 {
				fmt.Print(" ")
			}
			fmt.Print(d.RepID)
		}
		fmt.Println()
	}
	route(6)
	// cy joins at 10:00 with the team average (3), not 0: no run of leads
	// to cy until level.
	r.Reload(rule("ana", "ben", "cy"))
	route(6)
	// Output:
	// ana ben ana ben ana ben
	// cy ana ben cy ana ben
}
