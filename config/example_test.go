package config_test

import (
	"context"
	"fmt"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/config"
)

func ExampleParse() {
	cfg, err := config.Parse([]byte(`
fallback: triage
reps:
  - {id: lucia, skills: {es: 3}}
  - {id: diego, skills: {es: 2}}
  - {id: hannah}
rules:
  - name: spanish
    match: {language: es}
    pool: [lucia, diego]
  - name: us
    match: {country: US}
    pool: [hannah]
`), config.YAML)
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := cfg.Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	ctx := context.Background()
	for _, l := range []leadroute.Lead{
		{ID: "1", Language: "es", Country: "MX"},
		{ID: "2", Language: "es", Country: "ES"},
		{ID: "3", Country: "United States"},
		{ID: "4", Country: "BR"},
	} {
		d, _ := r.Route(ctx, l)
		fmt.Println(l.ID, d)
	}
	// Output:
	// 1 rep lucia by rule "spanish" (round-robin)
	// 2 rep diego by rule "spanish" (round-robin)
	// 3 rep hannah by rule "us" (round-robin)
	// 4 queue triage (no rule decided)
}

func ExampleErrors() {
	_, err := config.Parse([]byte(`
reps:
  - {id: alice, time_zone: Europe/Pariss}
rules:
  - name: emea
    match:
      countri: [FR, DE]
    pool: [alice, bob]
  - name: hot
    when: Scroe >= 80
    pool: [alice]
`), config.YAML)
	fmt.Println(err)
	// Output:
	// line 3: reps[0].time_zone: unknown time zone "Europe/Pariss" (want an IANA name such as "Europe/Madrid")
	// line 7: rules[0].match.countri: unknown field (did you mean "country"?)
	// line 8: rules[0].pool[1]: unknown rep "bob"
	// line 10: rules[1].when: line 1, column 1: unknown name Scroe
	//  | Scroe >= 80
	//  | ^
}

// LintWith reports likely mistakes with a code and a severity: here a rule
// that can never fire, a partial overlap with an example lead that both
// rules match, and a suppression that gives no reason. The working-hours
// gap of "emea" is suppressed with a reason, so it is not reported.
func ExampleLintWith() {
	cfg, err := config.Parse([]byte(`
reps:
  - {id: ana, time_zone: Europe/Madrid, hours: "Mon-Fri 09:00-18:00", skills: {es: 3}}
  - {id: bob, skills: {en: 3}}
rules:
  - name: emea
    match: {country: [ES, FR], employees: {min: 100}}
    pool: [ana]
    working_hours: true
    overflow: emea-queue
    lint: {ignore: [{code: hours-gap, reason: "out of hours the queue waits for Ana"}]}
  - name: spain-big
    match: {country: ES, employees: {min: 1000}}
    pool: [ana]
  - name: saas
    match: {industry: [saas]}
    pool: [bob]
    lint: {ignore: [unused-pool]}
`), config.YAML)
	if err != nil {
		fmt.Println(err)
		return
	}
	findings, err := config.LintWith(cfg, config.LintOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range findings {
		fmt.Printf("%d %s %s %s\n", f.Line, f.Severity, f.Code, f.Name)
		if f.Example != nil {
			fmt.Printf("  e.g. country %s, %d employees, industry %q\n", f.Example.Country, f.Example.Employees, f.Example.Industry)
		}
	}
	// Output:
	// 12 error LR102 shadowed
	//   e.g. country ES, 1000 employees, industry ""
	// 15 info LR101 partial-overlap
	//   e.g. country ES, 100 employees, industry "saas"
	// 18 warning LR002 suppression-reason
	// 18 warning LR003 unused-suppression
}
