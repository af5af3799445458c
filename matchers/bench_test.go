package matchers_test

import (
	"fmt"
	"testing"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/matchers"
)

// territoryTable builds n territories: a few by country and state, the rest
// by US and German postal prefixes of lengths 2 to 5.
func territoryTable(b *testing.B, n int) *matchers.Territories {
	ts := []matchers.Territory{
		{Key: "na", Countries: []string{"US", "CA"}},
		{Key: "west", States: []string{"US-CA", "US-WA", "US-OR"}},
		{Key: "dach", Countries: []string{"DE", "AT", "CH"}},
	}
	for i := len(ts); i < n; i++ {
		var p string
		switch i % 4 {
		case 0:
			p = fmt.Sprintf("US:%05d", 10000+i*7)
		case 1:
			p = fmt.Sprintf("US:%04d", i%10000)
		case 2:
			p = fmt.Sprintf("DE:%03d", i%1000)
		default:
			p = fmt.Sprintf("DE:%02d", i%100)
		}
		ts = append(ts, matchers.Territory{Key: fmt.Sprintf("t%d", i), PostalPrefixes: []string{p}})
	}
	tt, err := matchers.NewTerritories(ts...)
	if err != nil {
		b.Fatal(err)
	}
	return tt
}

var benchLeads = []leadroute.Lead{
	{Country: "US", State: "US-CA", PostalCode: "94107"},
	{Country: "US", State: "US-NY", PostalCode: "10028"},
	{Country: "DE", State: "DE-BE", PostalCode: "10115"},
	{Country: "JP", PostalCode: "100-0001"},
	{Country: "US", State: "US-WA", PostalCode: "98101"},
	{Country: "CA", State: "CA-QC"},
	{Country: "DE", PostalCode: "80331"},
	{Country: "FR", PostalCode: "75001"},
}

func BenchmarkTerritoriesSelect(b *testing.B) {
	for _, n := range []int{100, 1_000, 10_000} {
		b.Run(fmt.Sprintf("territories=%d", n), func(b *testing.B) {
			tt := territoryTable(b, n)
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				tt.Select(&benchLeads[i%len(benchLeads)])
				i++
			}
		})
	}
}

func BenchmarkTerritoriesParallel(b *testing.B) {
	tt := territoryTable(b, 10_000)
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			tt.Select(&benchLeads[i%len(benchLeads)])
			i++
		}
	})
}

func BenchmarkMatchers(b *testing.B) {
	lead := leadroute.Lead{
		Country: "US", State: "US-CA", PostalCode: "94105", Industry: "FinTech", Source: "Webinar",
		Language: "pt-br", Employees: 120, Revenue: 5e6, Score: 70, Products: []string{"analytics", "Billing"},
		Attrs: map[string]any{"seats": 5.0, "tier": "gold"},
	}
	ind, _ := matchers.Industry("saas", "fintech", "retail", "healthcare", "education", "manufacturing")
	cases := []struct {
		name string
		m    leadroute.Matcher
	}{
		{"Country", matchers.Must(matchers.Country("US", "CA", "MX"))},
		{"State", matchers.Must(matchers.State("US-CA", "US-WA"))},
		{"PostalPrefix", matchers.Must(matchers.PostalPrefix("US", "940", "941", "9410"))},
		{"Employees", matchers.Must(matchers.Employees(50, 200))},
		{"Industry", ind},
		{"Source", matchers.Must(matchers.Source("webinar", "referral"))},
		{"Language", matchers.Must(matchers.Language("es", "pt"))},
		{"Product", matchers.Must(matchers.Product("billing", "crm"))},
		{"AttrIn", matchers.Must(matchers.AttrIn("tier", "gold", "silver"))},
		{"All", matchers.All(matchers.Must(matchers.Country("US")), ind, matchers.Not(matchers.Must(matchers.ScoreAtLeast(90))))},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c.m.Match(&lead)
			}
		})
	}
}

func BenchmarkExpr(b *testing.B) {
	lead := exprLead()
	cases := []struct{ name, src string }{
		{"int-compare", `Score > 50`},
		{"string-compare", `Country == "US"`},
		{"typical", `Country == "US" && Employees >= 200 && "crm" in Products`},
		{"predicate", `any(Products, # startsWith "bill")`},
		{"attrs", `Attrs.tier == "gold" && Attrs.seats >= 5`},
	}
	for _, c := range cases {
		m, err := matchers.Expr(c.src)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := m.MatchErr(lead); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	m, _ := matchers.Expr(`Country == "US" && Employees >= 200 && "crm" in Products`)
	b.Run("typical-parallel", func(b *testing.B) {
		b.ReportAllocs()
		b.ResetTimer()
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				m.Match(lead)
			}
		})
	})
}

func BenchmarkExprCompile(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := matchers.Expr(`Country == "US" && Employees >= 200 && any(Products, # in ["crm", "billing"])`); err != nil {
			b.Fatal(err)
		}
	}
}
