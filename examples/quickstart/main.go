// Command quickstart routes a handful of sample leads with leadroute and
// prints each decision with its reasons. Run it with:
//
//	go run ./examples/quickstart
package main

import (
	"context"
	"fmt"
	"io"
	"log"
	"os"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/matchers"
	"github.com/leadroute/leadroute/strategies"
)

func main() {
	if err := run(os.Stdout); err != nil {
		log.Fatal(err)
	}
}

func run(w io.Writer) error {
	weekdays, err := leadroute.ParseHours("Mon-Fri 09:00-18:00")
	if err != nil {
		return err
	}
	reps := []leadroute.Rep{
		{ID: "ana", Name: "Ana García", TimeZone: "Europe/Madrid", Hours: weekdays, Skills: map[string]int{"es": 3}},
		{ID: "ben", Name: "Ben Okafor", TimeZone: "Europe/London", Hours: weekdays},
		{ID: "chloe", Name: "Chloé Martin", TimeZone: "Europe/Paris", Hours: weekdays, Away: true},
		{ID: "dan", Name: "Dan Smith", TimeZone: "America/New_York", Hours: weekdays, Weight: 2},
		{ID: "eve", Name: "Eve Chen", TimeZone: "America/Los_Angeles", Hours: weekdays},
		{ID: "fay", Name: "Fay Kim", TimeZone: "America/Chicago", DailyCap: 1},
		{ID: "gus", Name: "Gus Patel", TimeZone: "Asia/Kolkata"},
	}
	rules := []leadroute.Rule{
		{
			Name:     "enterprise",
			Match:    matchers.Must(matchers.EmployeesAtLeast(1000)),
			Pool:     []string{"fay"},
			Strategy: strategies.RoundRobin(),
		},
		{
			Name:         "spanish",
			Match:        matchers.Must(matchers.Language("es")),
			Pool:         []string{"ana"},
			Strategy:     strategies.RoundRobin(),
			WorkingHours: true,
			Skills:       map[string]int{"es": 2},
		},
		{
			Name:         "emea",
			Match:        matchers.Must(matchers.Country("GB", "FR", "DE", "ES", "IE")),
			Pool:         []string{"ben", "chloe", "ana"},
			Strategy:     strategies.RoundRobin(),
			WorkingHours: true,
			Overflow:     "emea-queue",
		},
		{
			Name:     "north-america",
			Match:    matchers.Must(matchers.Country("US", "CA")),
			Pool:     []string{"dan", "eve"},
			Strategy: strategies.Weighted(), // dan has weight 2: two leads for each of eve's
		},
		{
			Name:     "students",
			Match:    matchers.Must(matchers.Industry("education")),
			Strategy: strategies.Queue("nurture"),
		},
	}
	// A fixed clock and seed make the output reproducible: Monday 2026-11-23,
	// 15:00 UTC (16:00 in Madrid, 10:00 in New York).
	now := time.Date(2026, 11, 23, 15, 0, 0, 0, time.UTC)
	router, err := leadroute.New(
		leadroute.WithReps(reps...),
		leadroute.WithRules(rules...),
		leadroute.WithFallbackQueue("triage"),
		leadroute.WithClock(leadroute.ClockFunc(func() time.Time { return now })),
		leadroute.WithSeed(1),
	)
	if err != nil {
		return err
	}

	leads := []leadroute.Lead{
		{ID: "L1", Email: "cto@globex.com", Country: "United States", Employees: 5000},
		{ID: "L2", Email: "maria@tienda.es", Country: "Spain", Language: "es", Employees: 40},
		{ID: "L3", Email: "tom@acme.co.uk", Country: "UK", Employees: 200},
		{ID: "L4", Email: "li@initech.com", Country: "USA", State: "California", Employees: 80},
		{ID: "L5", Email: "sam@hooli.com", Country: "us", Employees: 120},
		{ID: "L6", Email: "kim@umbrella.ca", Country: "Canada", Employees: 60},
		{ID: "L7", Email: "joe@state.edu", Country: "Brazil", Industry: "Education"},
		{ID: "L8", Email: "ola@example.no", Country: "Norway", Employees: 30},
		{ID: "L9", Email: "ceo@bigcorp.com", Country: "Germany", Employees: 20000},
		{ID: "L10", Email: "not-an-email", Country: "Narnia"},
	}
	ctx := context.Background()
	for _, l := range leads {
		d, err := router.Route(ctx, l)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%-4s %-18s → %s\n", l.ID, l.Email, d)
		for _, p := range d.Problems {
			fmt.Fprintf(w, "       problem: %s\n", p)
		}
	}

	// Explain is a dry run with the full story: why each rule did or did not
	// take the lead, and which reps were skipped.
	fmt.Fprintln(w, "\nWhy would the next large German lead go where it goes?")
	d, err := router.Explain(ctx, leadroute.Lead{ID: "L11", Email: "amy@megacorp.de", Country: "Deutschland", Employees: 8000})
	if err != nil {
		return err
	}
	for _, s := range d.Trace {
		fmt.Fprintln(w, "  ", s)
	}
	fmt.Fprintln(w, "   =>", d)
	return nil
}

func init() { log.SetOutput(os.Stderr); log.SetFlags(0) }
