package sim_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/sim"
	"github.com/leadroute/leadroute/strategies"
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

// Replay a break and an accept deadline: ana steps away for lunch (a live
// status event), ben takes 20 minutes to accept against a 15-minute
// deadline, and the simulation's overdue check reroutes his leads to ana,
// or, while she is away, to the rule's overflow queue.
func ExampleRun_acceptDeadlines() {
	reps := []leadroute.Rep{{ID: "ana"}, {ID: "ben"}}
	rule := leadroute.Rule{Name: "inbound", Pool: []string{"ana", "ben"}, Strategy: strategies.RoundRobin(),
		AcceptWithin: 15 * time.Minute, Overflow: "unworked"}
	build := func(opts ...leadroute.Option) (*leadroute.Router, error) {
		return leadroute.New(append([]leadroute.Option{leadroute.WithReps(reps...), leadroute.WithRules(rule)}, opts...)...)
	}
	monday := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	var leads []leadroute.Lead
	for i := range 6 {
		leads = append(leads, leadroute.Lead{ID: fmt.Sprint("L", i), CreatedAt: monday.Add(11*time.Hour + time.Duration(i)*30*time.Minute)})
	}
	events, err := sim.ReadEvents(strings.NewReader(`{"at": "2026-03-02T12:00:00Z", "rep": "ana", "away": true, "until": "2026-03-02T13:00:00Z"}`))
	if err != nil {
		panic(err)
	}
	rep, err := sim.Run(context.Background(), build, sim.Leads(leads), sim.Options{
		Reps: reps, Events: events,
		Accept: sim.AcceptModel{Delay: func(_ *rand.Rand, rep string, _ *leadroute.Lead) (time.Duration, bool) {
			if rep == "ben" {
				return 20 * time.Minute, true
			}
			return 5 * time.Minute, true
		}},
	})
	if err != nil {
		panic(err)
	}
	s := rep.SLA
	fmt.Println("first assignments:", rep.Counts())
	fmt.Printf("deadlines: %d assignments, %d in time, %d overdue (%d reassigned, %d to a queue)\n", s.Assignments, s.InTime, s.Overdue, s.Reassigned, s.Queued)
	for _, r := range s.Reps {
		fmt.Printf("  %s: %d in time, %d overdue, received %d\n", r.Rep, r.InTime, r.Overdue, r.Received)
	}
	// Output:
	// first assignments: map[ana:2 ben:4]
	// deadlines: 8 assignments, 4 in time, 4 overdue (2 reassigned, 2 to a queue)
	//   ana: 4 in time, 0 overdue, received 2
	//   ben: 0 in time, 4 overdue, received 0
}
