package sim_test

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/sim"
)

// Simulate three leads arriving on a Monday: the night lead finds nobody at
// work and falls back to the queue.
func ExampleRun() {
	hours, _ := leadroute.ParseHours("Mon-Fri 09:00-17:00")
	reps := []leadroute.Rep{{ID: "ana", Hours: hours}, {ID: "ben", Hours: hours}}
	rule := leadroute.Rule{Name: "all", Pool: []string{"ana", "ben"}, Strategy: roundRobin, WorkingHours: true}
	build := func(opts ...leadroute.Option) (*leadroute.Router, error) {
		return leadroute.New(append([]leadroute.Option{leadroute.WithReps(reps...), leadroute.WithRules(rule)}, opts...)...)
	}
	monday := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	leads := []leadroute.Lead{
		{ID: "a", CreatedAt: monday.Add(10 * time.Hour)},
		{ID: "b", CreatedAt: monday.Add(11 * time.Hour)},
		{ID: "c", CreatedAt: monday.Add(23 * time.Hour)},
	}
	rep, err := sim.Run(context.Background(), build, sim.Leads(leads), sim.Options{Reps: reps})
	if err != nil {
		panic(err)
	}
	fmt.Println(rep.Counts(), "fallback rate", rep.FallbackRate)
	for _, g := range rep.GapRanges() {
		fmt.Println("gap:", g.Rule, g.When(), g.Outcome())
	}
	// Output:
	// map[ana:1 ben:1] fallback rate 0.3333333333333333
	// gap: all Mon 23:00–Tue 00:00 fell through 1; outside working hours ×2
}

// Which leads would move if bob left the pool?
func ExampleDiff() {
	reps := []leadroute.Rep{{ID: "ana"}, {ID: "bob"}}
	build := func(pool ...string) sim.BuildFunc {
		return func(opts ...leadroute.Option) (*leadroute.Router, error) {
			return leadroute.New(append([]leadroute.Option{leadroute.WithReps(reps...),
				leadroute.WithRules(leadroute.Rule{Name: "all", Pool: pool, Strategy: roundRobin})}, opts...)...)
		}
	}
	leads := sim.Generate(1, 4, sim.GenOptions{})
	d, err := sim.Diff(context.Background(), build("ana", "bob"), build("ana"), sim.Leads(leads), sim.Options{})
	if err != nil {
		panic(err)
	}
	d.WriteText(os.Stdout, 0)
	// Output:
	// 2 of 4 leads would move (50.0%); 0 decided by a different rule.
	//   assigned 4 → 4   queued 0 → 0   fallback 0.0% → 0.0%
	//
	// From (rows, old rules) → to (columns, new rules); unchanged on the diagonal in [brackets]
	//        ana
	//   ana  [2]
	//   bob  2
}
