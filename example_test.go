package leadroute_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/matchers"
	"github.com/leadroute/leadroute/strategies"
)

// fixed is a clock stopped at Monday 2026-11-23 15:00 UTC.
var fixed = leadroute.ClockFunc(func() time.Time { return time.Date(2026, 11, 23, 15, 0, 0, 0, time.UTC) })

func exampleRouter() *leadroute.Router {
	na, _ := matchers.Country("US", "CA")
	router, err := leadroute.New(
		leadroute.WithReps(
			leadroute.Rep{ID: "dan", TimeZone: "America/New_York"},
			leadroute.Rep{ID: "eve", TimeZone: "America/Los_Angeles"},
			leadroute.Rep{ID: "fay", Away: true},
		),
		leadroute.WithRules(leadroute.Rule{
			Name:     "north-america",
			Match:    na,
			Pool:     []string{"dan", "eve", "fay"},
			Strategy: strategies.RoundRobin(),
		}),
		leadroute.WithFallbackQueue("triage"),
		leadroute.WithClock(fixed),
	)
	if err != nil {
		panic(err)
	}
	return router
}

func ExampleNew() {
	us, err := matchers.Country("United States")
	if err != nil {
		panic(err)
	}
	router, err := leadroute.New(
		leadroute.WithReps(leadroute.Rep{ID: "dan"}, leadroute.Rep{ID: "eve"}),
		leadroute.WithRules(leadroute.Rule{Name: "us", Match: us, Pool: []string{"dan", "eve"}, Strategy: strategies.RoundRobin()}),
	)
	if err != nil {
		panic(err)
	}
	fmt.Println(router.Rules())
	// Output: [us]
}

func ExampleNew_configError() {
	_, err := leadroute.New(
		leadroute.WithReps(leadroute.Rep{ID: "dan", TimeZone: "America/New_Yrok"}),
		leadroute.WithRules(leadroute.Rule{Name: "us", Pool: []string{"dan", "eve"}, Strategy: strategies.RoundRobin()}),
	)
	fmt.Println(errors.Is(err, leadroute.ErrInvalidConfig))
	fmt.Println(err)
	// Output:
	// true
	// reps[0] "dan".TimeZone: unknown time zone "America/New_Yrok"
	// rules[0] "us".Pool[1]: unknown rep "eve"
}

func ExampleRouter_Route() {
	router := exampleRouter()
	ctx := context.Background()
	for _, l := range []leadroute.Lead{
		{ID: "1", Country: "USA"},
		{ID: "2", Country: "Canada"},
		{ID: "3", Country: "us"},
		{ID: "4", Country: "France"},
	} {
		d, err := router.Route(ctx, l)
		if err != nil {
			panic(err)
		}
		fmt.Printf("lead %s: %v\n", l.ID, d)
	}
	// Output:
	// lead 1: rep dan by rule "north-america" (round-robin)
	// lead 2: rep eve by rule "north-america" (round-robin)
	// lead 3: rep dan by rule "north-america" (round-robin)
	// lead 4: queue triage (no rule decided)
}

func ExampleRouter_Explain() {
	router := exampleRouter()
	d, err := router.Explain(context.Background(), leadroute.Lead{Country: "United States", Email: "jo@Acme.com"})
	if err != nil {
		panic(err)
	}
	for _, s := range d.Trace {
		fmt.Println(s)
	}
	fmt.Println(d)
	// Output:
	// rule "north-america": matched
	// rule "north-america": rep fay skipped: away
	// rule "north-america": picked dan (round-robin)
	// rep dan by rule "north-america" (round-robin)
}

func ExampleRouter_Reload() {
	router := exampleRouter()
	ctx := context.Background()
	d, _ := router.Route(ctx, leadroute.Lead{Country: "US"})
	fmt.Println(d.RepID)
	// Same rule name, a new rep: the rotation carries on after dan.
	na, _ := matchers.Country("US", "CA")
	err := router.Reload(
		leadroute.WithReps(leadroute.Rep{ID: "dan"}, leadroute.Rep{ID: "eve"}, leadroute.Rep{ID: "gus"}),
		leadroute.WithRules(leadroute.Rule{Name: "north-america", Match: na, Pool: []string{"dan", "gus", "eve"}, Strategy: strategies.RoundRobin()}),
	)
	if err != nil {
		panic(err)
	}
	for range 3 {
		d, _ := router.Route(ctx, leadroute.Lead{Country: "US"})
		fmt.Println(d.RepID)
	}
	// Output:
	// dan
	// gus
	// eve
	// dan
}

func ExampleLead_Normalize() {
	l := leadroute.Lead{Email: "Jo@EU.Acme.co.uk", Country: "United Kingdom", State: "Scotland"}
	problems := l.Normalize()
	fmt.Println(l.Domain, l.Country, l.State, len(problems))
	bad := leadroute.Lead{Country: "Atlantis"}
	fmt.Println(bad.Normalize())
	// Output:
	// eu.acme.co.uk GB GB-SCT 0
	// [Country "Atlantis": not a known country]
}

func ExampleParseHours() {
	h, err := leadroute.ParseHours("Mon-Fri 09:00-12:30 13:30-18:00; Sat 10:00-14:00")
	if err != nil {
		panic(err)
	}
	fmt.Println(h)
	nyc, _ := time.LoadLocation("America/New_York")
	fmt.Println(h.Contains(time.Date(2026, 11, 23, 12, 45, 0, 0, nyc)))
	fmt.Println(h.Contains(time.Date(2026, 11, 28, 11, 0, 0, 0, nyc)))
	// Output:
	// Mon 09:00-12:30; Tue 09:00-12:30; Wed 09:00-12:30; Thu 09:00-12:30; Fri 09:00-12:30; Mon 13:30-18:00; Tue 13:30-18:00; Wed 13:30-18:00; Thu 13:30-18:00; Fri 13:30-18:00; Sat 10:00-14:00
	// false
	// true
}

func ExampleMatcherFunc() {
	hot := leadroute.MatcherFunc(func(l *leadroute.Lead) bool { return l.Score >= 80 })
	fmt.Println(hot.Match(&leadroute.Lead{Score: 91}), hot.Match(&leadroute.Lead{Score: 12}))
	// Output: true false
}

func ExampleStrategyFunc() {
	// Always the first eligible rep of the pool.
	first := leadroute.StrategyFunc(func(_ context.Context, _ *leadroute.Lead, c leadroute.Candidates) (leadroute.Pick, error) {
		for i := range c.Len() {
			if c.Eligible(i) {
				return leadroute.Pick{Rep: c.Rep(i), Reason: "first eligible"}, nil
			}
		}
		return leadroute.Pick{}, nil // nobody: the rule overflows
	})
	router, _ := leadroute.New(
		leadroute.WithReps(leadroute.Rep{ID: "a", Away: true}, leadroute.Rep{ID: "b"}),
		leadroute.WithRules(leadroute.Rule{Name: "all", Pool: []string{"a", "b"}, Strategy: first}),
	)
	d, _ := router.Route(context.Background(), leadroute.Lead{})
	fmt.Println(d)
	// Output: rep b by rule "all" (first eligible)
}

// A retried Route replays the first decision, and says so.
func ExampleRouter_Route_retry() {
	router := exampleRouter()
	ctx := context.Background()
	for range 2 {
		d, err := router.Route(ctx, leadroute.Lead{ID: "webhook-42", Country: "US"})
		if err != nil {
			panic(err)
		}
		fmt.Println(d, "replay:", d.Replay)
	}
	// Output:
	// rep dan by rule "north-america" (round-robin) replay: false
	// rep dan by rule "north-america" (replay: assigned earlier) replay: true
}

// Reroute moves a lead away from the rep who let it sit (and from anyone
// who had it before); retrying the same reroute replays it.
func ExampleRouter_Reroute() {
	router := exampleRouter()
	ctx := context.Background()
	lead := leadroute.Lead{ID: "L7", Country: "US"}
	d, _ := router.Route(ctx, lead)
	fmt.Println(d)
	d, _ = router.Reroute(ctx, lead, d.RepID) // dan missed the SLA
	fmt.Println(d)
	d, _ = router.Reroute(ctx, lead, "dan") // a retry of that reroute
	fmt.Println(d, "replay:", d.Replay)
	d, _ = router.Reroute(ctx, lead, "eve") // eve missed it too: nobody else is available
	fmt.Println(d)
	// Output:
	// rep dan by rule "north-america" (round-robin)
	// rep eve by rule "north-america" (round-robin)
	// rep eve by rule "north-america" (replay: rerouted earlier) replay: true
	// queue triage (no rule decided: rule "north-america": already had this lead (2), away (1))
}

// A panic in user code is recovered: the lead goes to the fallback queue,
// the error names the rule, and nothing is committed.
func ExampleErrPanic() {
	buggy := leadroute.StrategyFunc(func(context.Context, *leadroute.Lead, leadroute.Candidates) (leadroute.Pick, error) {
		var m map[string]int
		//lint:ignore SA5000 the example panics on purpose
		m["boom"]++ // nil map
		return leadroute.Pick{}, nil
	})
	router, _ := leadroute.New(
		leadroute.WithReps(leadroute.Rep{ID: "a"}),
		leadroute.WithRules(leadroute.Rule{Name: "buggy", Pool: []string{"a"}, Strategy: buggy}),
	)
	d, err := router.Route(context.Background(), leadroute.Lead{ID: "L1"})
	fmt.Println(d.Queue, errors.Is(err, leadroute.ErrPanic))
	fmt.Println(err)
	// Output:
	// unassigned true
	// leadroute: rule "buggy": leadroute: panic in user code: assignment to entry in nil map
}
