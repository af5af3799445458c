package matchers_test

import (
	"errors"
	"fmt"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/matchers"
)

func ExampleCountry() {
	// Names and aliases are normalised once, when the matcher is built.
	na, err := matchers.Country("USA", "Canada")
	if err != nil {
		panic(err)
	}
	ca, _ := matchers.State("US-CA")
	bay, _ := matchers.PostalPrefix("US", "940", "941")

	lead := leadroute.Lead{Country: "US", State: "US-CA", PostalCode: "94107"}
	for _, m := range []leadroute.Matcher{na, ca, bay} {
		fmt.Printf("%v: %v\n", m, m.Match(&lead))
	}

	_, err = matchers.Country("Atlantis")
	fmt.Println(err)
	// Output:
	// country in [CA US]: true
	// state in [US-CA]: true
	// postal code in US:[940 941]: true
	// country[0]: "Atlantis" is not a known country (want an ISO 3166-1 alpha-2 code such as "US", or a country name)
}

func ExampleNewTerritories() {
	tt, err := matchers.NewTerritories(
		matchers.Territory{Key: "na", Countries: []string{"US", "CA"}},
		matchers.Territory{Key: "west", States: []string{"US-CA", "US-WA"}},
		matchers.Territory{Key: "bay", PostalPrefixes: []string{"US:940", "US:941"}},
		matchers.Territory{Key: "dach", Countries: []string{"DE", "AT", "CH"}},
		matchers.Territory{Key: "germany", Countries: []string{"DE"}}, // shadowed by dach
	)
	if err != nil {
		panic(err)
	}
	leads := []leadroute.Lead{
		{Country: "US", State: "US-CA", PostalCode: "94107"}, // postal prefix: most specific
		{Country: "US", State: "US-CA", PostalCode: "90210"}, // state
		{Country: "US", State: "US-NY", PostalCode: "10001"}, // country
		{Country: "DE"},
		{Country: "JP"},
	}
	for _, l := range leads {
		key, ok := tt.Select(&l)
		fmt.Printf("%s %s -> %q %v\n", l.Country, l.PostalCode, key, ok)
	}
	fmt.Println(tt.Overlaps())
	// Output:
	// US 94107 -> "bay" true
	// US 90210 -> "west" true
	// US 10001 -> "na" true
	// DE  -> "dach" true
	// JP  -> "" false
	// [country DE: claimed by "dach" and "germany"; "dach" wins (listed first)]
}

func ExampleEmployees() {
	// Bands are half-open, [min, max), so adjacent bands tile.
	smb := matchers.Must(matchers.Employees(1, 200))
	mid := matchers.Must(matchers.Employees(200, 1000))
	ent := matchers.Must(matchers.EmployeesAtLeast(1000))
	big := matchers.Must(matchers.Revenue(10e6, 100e6))

	lead := leadroute.Lead{Employees: 200, Revenue: 25e6}
	for _, m := range []leadroute.Matcher{smb, mid, ent, big} {
		fmt.Printf("%v: %v\n", m, m.Match(&lead))
	}
	// Output:
	// employees in [1, 200): false
	// employees in [200, 1000): true
	// employees >= 1000: false
	// revenue in [1e+07, 1e+08): true
}

func ExampleIndustry() {
	// Set matchers ignore case and surrounding space.
	ind, _ := matchers.Industry("SaaS", "FinTech")
	lang, _ := matchers.Language("es", "pt")
	prod, _ := matchers.Product("billing")
	hot := matchers.Must(matchers.ScoreAtLeast(80))
	warm, _ := matchers.ScoreBetween(50, 79)
	tier, _ := matchers.AttrEquals("seats", 5) // JSON numbers are float64; 5 == 5.0

	lead := leadroute.Lead{
		Industry: "fintech ", Language: "pt-br", Products: []string{"CRM", "Billing"}, Score: 79,
		Attrs: map[string]any{"seats": 5.0},
	}
	for _, m := range []leadroute.Matcher{ind, lang, prod, hot, warm, tier} {
		fmt.Printf("%v: %v\n", m, m.Match(&lead))
	}
	// Output:
	// industry in [fintech saas]: true
	// language in [es pt]: true
	// products include any of [billing]: true
	// score >= 80: false
	// score in [50, 79]: true
	// attrs["seats"] == 5: true
}

func ExampleAll() {
	us := matchers.Must(matchers.Country("US"))
	saas := matchers.Must(matchers.Industry("saas"))
	m := matchers.All(us, matchers.Any(saas, matchers.Must(matchers.ScoreAtLeast(90))), matchers.Not(matchers.Must(matchers.ScoreAtLeast(100))))
	fmt.Println(m)

	fmt.Println(m.Match(&leadroute.Lead{Country: "US", Industry: "SaaS", Score: 10}))
	fmt.Println(m.Match(&leadroute.Lead{Country: "US", Industry: "Retail", Score: 95}))
	fmt.Println(m.Match(&leadroute.Lead{Country: "US", Industry: "Retail", Score: 10}))

	// A child that can fail makes the combinator an ErrMatcher.
	e, _ := matchers.Expr(`100 % Score == 0`)
	_, canFail := matchers.All(us, e).(leadroute.ErrMatcher)
	fmt.Println(canFail)
	// Output:
	// all(country in [US], any(industry in [saas], score >= 90), not(score >= 100))
	// true
	// true
	// false
	// true
}

func ExampleExpr() {
	m, err := matchers.Expr(`Country == "US" && Employees >= 200 && any(Products, # in ["crm", "billing"])`)
	if err != nil {
		panic(err)
	}
	lead := leadroute.Lead{Country: "US", Employees: 250, Products: []string{"billing"}}
	ok, err := m.MatchErr(&lead)
	fmt.Println(ok, err)

	// Run-time failures are returned, not swallowed.
	d, _ := matchers.Expr(`Employees % Score == 0`)
	_, err = d.MatchErr(&lead)
	fmt.Println(err)
	// Output:
	// true <nil>
	// runtime error: integer divide by zero (1:11)
	//  | Employees % Score == 0
	//  | ..........^
}

func ExampleExpr_compileError() {
	_, err := matchers.Expr("Score > 50 &&\n  Industy == \"SaaS\"")
	fmt.Println(err)

	var ee *matchers.ExprError
	if errors.As(err, &ee) {
		fmt.Printf("line %d, column %d: %s\n", ee.Line, ee.Column, ee.Msg)
	}

	_, err = matchers.Expr(`repeat(Email, 1000000) != ""`)
	fmt.Println(errors.Is(err, matchers.ErrExprForbidden))
	// Output:
	// unknown name Industy (2:3)
	//  |   Industy == "SaaS"
	//  | ..^
	// line 2, column 3: unknown name Industy
	// true
}

func ExampleMust() {
	// Must suits values written in the program: a typo panics at start-up.
	enterprise := matchers.All(
		matchers.Must(matchers.Country("US", "CA")),
		matchers.Must(matchers.EmployeesAtLeast(1000)),
	)
	fmt.Println(enterprise)
	fmt.Println(enterprise.Match(&leadroute.Lead{Country: "CA", Employees: 5000}))

	defer func() { fmt.Println("panic:", recover()) }()
	matchers.Must(matchers.Country("Atlantis"))
	// Output:
	// all(country in [CA US], employees >= 1000)
	// true
	// panic: matchers: country[0]: "Atlantis" is not a known country (want an ISO 3166-1 alpha-2 code such as "US", or a country name)
}
