package cases_test

import (
	"context"
	"fmt"

	"github.com/leadroute/leadroute/config"
	"github.com/leadroute/leadroute/config/cases"
)

func ExampleRun() {
	cfg, err := config.Parse([]byte(`
reps:
  - {id: lucia, skills: {es: 3}, daily_cap: 20}
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
	file, err := cases.Parse([]byte(`
lead: {country: MX, language: es}
cases:
  - name: spanish speakers start with lucia
    expect: {rep: lucia, rule: spanish}
  - name: diego covers when lucia is full
    used: {lucia: {today: 20}}
    expect: {rep: diego}
  - name: US leads go to hannah
    lead: {country: US, language: en}
    expect: {rep: hannah}
  - name: US leads in Spanish go to hannah too # they do not: spanish comes first
    lead: {country: US}
    expect: {rule: us}
`), "cases.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	results, err := cases.Run(context.Background(), cfg, file, cases.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range results {
		if r.Passed() {
			fmt.Printf("ok   %s\n", r.Case.Name)
			continue
		}
		fmt.Printf("FAIL %s (%s)\n%s", r.Case.Name, r.Case.Where(file.Name), r.Report())
	}
	// Output:
	// ok   spanish speakers start with lucia
	// ok   diego covers when lucia is full
	// ok   US leads go to hannah
	// FAIL US leads in Spanish go to hannah too (cases.yaml:12:5)
	// rule:
	//     want: rule "us"
	//     got:  rule "spanish"
	// decision: rep lucia by rule "spanish" (round-robin)
	// at: Wed 2026-11-25 15:00 UTC
	// trace:
	//     rule "spanish": matched
	//     rule "spanish": picked lucia (round-robin)
}

func ExampleParse_errors() {
	_, err := cases.Parse([]byte(`
cases:
  - name: typo
    lead: {contry: US}
    expect: {rep: hannah, queue: triage}
`), "cases.yaml")
	fmt.Println(err)
	// Output:
	// cases.yaml:4:12: cases[0].lead.contry: unknown field (did you mean "country"?)
	// cases.yaml:5:14: cases[0].expect.rep: a lead goes to a rep or to a queue: give rep or queue, not both
}
