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
