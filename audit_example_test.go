package leadroute_test

import (
	"context"
	"fmt"
	"os"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/strategies"
)

// An AuditLog records every decision as a line of JSON. Here it writes to
// stdout; in a service, to a file or a log shipper's pipe.
func ExampleAuditLog() {
	audit := leadroute.NewAuditLog(os.Stdout, leadroute.AuditOptions{
		OnError: func(err error) { fmt.Fprintln(os.Stderr, "audit:", err) },
	})
	router, err := leadroute.New(
		leadroute.WithClock(fixed),
		leadroute.WithReps(leadroute.Rep{ID: "dan"}, leadroute.Rep{ID: "eve"}),
		leadroute.WithRules(leadroute.Rule{
			Name:     "us",
			Match:    leadroute.MatcherFunc(func(l *leadroute.Lead) bool { return l.Country == "US" }),
			Pool:     []string{"dan", "eve"},
			Strategy: strategies.RoundRobin(),
		}),
		leadroute.WithFallbackQueue("triage"),
		leadroute.WithObservers(audit),
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	ctx := context.Background()
	router.Route(ctx, leadroute.Lead{ID: "L1", Country: "USA"})
	router.Route(ctx, leadroute.Lead{ID: "L2", Country: "Narnia"})
	router.Route(ctx, leadroute.Lead{ID: "L1", Country: "USA"}) // a retry
	fmt.Printf("%+v\n", audit.Stats())
	// Output:
	// {"lead_id":"L1","rep":"dan","rule":"us","reason":"round-robin","at":"2026-11-23T15:00:00Z"}
	// {"lead_id":"L2","queue":"triage","rule":"","reason":"no rule decided","at":"2026-11-23T15:00:00Z","problems":["Country \"Narnia\": not a known country"]}
	// {"lead_id":"L1","rep":"dan","rule":"us","reason":"replay: assigned earlier","replay":true,"at":"2026-11-23T15:00:00Z"}
	// {Written:3 Failed:0 Dropped:0 LastErr:<nil>}
}
