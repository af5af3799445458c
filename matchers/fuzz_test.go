package matchers_test

import (
	"strings"
	"testing"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/matchers"
)

// FuzzExpr compiles arbitrary source and, when it compiles, evaluates it on
// a lead. Neither step may panic (Expr and MatchErr recover, so a recovered
// panic, reported as an "internal error" or "expression failed", fails the
// fuzz too) or take long.
func FuzzExpr(f *testing.F) {
	seeds := []string{
		`Score > 50`,
		`Country == "US" && Employees >= 200 && "crm" in Products`,
		`Attrs["tier"] == "gold" || Attrs.n > 4`,
		`any(Products, # startsWith "c") and not (State in ["US-CA", "US-WA"])`,
		`Email endsWith "@acme.com" ? Score > 10 : Score > 90`,
		`len(filter(Products, len(#) > 2)) > 1`,
		`lower(Industry) matches "^(saas|fintech)$"`,
		`Revenue / Employees > 1e5`,
		`Score % (Score - 60) == 0`,
		`any(1..Employees, # == 0)`,
		strings.Repeat("(", 40) + "true" + strings.Repeat(")", 40),
		strings.Repeat("!", 20) + "true",
		strings.Repeat("-", 20) + "Score > 0",
		`repeat("a", 1e9) == ""`,
		`let a = Email + Email; let b = a + a; b == ""`,
		`Email.Foo()`,
		`[` + strings.Repeat("1,", 1500) + `1][0] == 1`,
		`all(Products, all(Products, all(Products, true)))`,
		"Score > // comment\n 1",
		`"(((((" == Email`,
	}
	for _, s := range seeds {
		f.Add(s)
	}
	lead := &leadroute.Lead{
		ID: "l1", Email: "ana@acme.com", Domain: "acme.com", Company: "Acme",
		Country: "US", State: "US-CA", PostalCode: "94107", Industry: "SaaS",
		Source: "webinar", Language: "en", Employees: 250, Revenue: 2.5e6, Score: 60,
		Products: []string{"crm", "billing"},
		Attrs:    map[string]any{"tier": "gold", "n": 5.0, "list": []any{1.0, "x", true}},
	}
	f.Fuzz(func(t *testing.T, src string) {
		start := time.Now()
		m, err := matchers.Expr(src)
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatalf("Expr(%q) panicked: %v", src, err)
			}
			if d := time.Since(start); d > time.Second {
				t.Fatalf("Expr(%q) took %v", src, d)
			}
			return
		}
		_, err = m.MatchErr(lead)
		if err != nil && strings.Contains(err.Error(), "expression failed") {
			t.Fatalf("MatchErr for %q panicked: %v", src, err)
		}
		if d := time.Since(start); d > time.Second {
			t.Fatalf("Expr+MatchErr(%q) took %v", src, d)
		}
	})
}
