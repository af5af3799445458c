package config

import (
	"encoding/json"
	"fmt"
	"testing"
)

// bigLintFile builds a rules file (JSON) with the given numbers of
// territories and rules: territories by postal prefix, state and country;
// each rule matches a block of territories and a size band, every tenth
// rule routes by a territories table of 100 territories, every fifth has an
// overflow queue (so always decides), every third a when: expression, and
// the last rule takes what is left.
//
// Shapes: "mixed" as above; "postal" with every territory a US postal
// prefix, so that countries tell no rules apart; "industry" where every
// rule also matches country US and an industry of its own, so that every
// pair of rules shares places and only the industries keep them apart
// (the pair checks' worst case: an example is tried for every pair).
func bigLintFile(tb testing.TB, territories, rules int, shape string) *Config {
	tb.Helper()
	states := []string{"US-CA", "US-NY", "US-TX", "US-WA", "US-FL", "CA-ON", "CA-QC", "AU-NSW", "DE-BY", "FR-IDF"}
	countries := []string{"US", "CA", "GB", "FR", "DE", "ES", "IT", "NL", "AU", "JP", "BR", "MX", "IN", "SE", "PL"}
	doc := map[string]any{"version": 1}
	var reps []map[string]any
	for i := range 20 {
		reps = append(reps, map[string]any{"id": fmt.Sprintf("r%d", i), "team": "t", "skills": map[string]int{"en": 3}})
	}
	doc["reps"] = reps
	terrs := map[string]any{}
	for i := range territories {
		var t map[string]any
		switch k := i % 10; {
		case shape != "mixed":
			t = map[string]any{"postal": map[string][]string{"US": {fmt.Sprintf("%05d", i)}}}
		case k == 0:
			t = map[string]any{"countries": []string{countries[(i/10)%len(countries)]}}
		case k == 1:
			t = map[string]any{"states": []string{states[(i/10)%len(states)]}}
		default:
			t = map[string]any{"postal": map[string][]string{"US": {fmt.Sprintf("%05d", i)}}}
		}
		terrs[fmt.Sprintf("t%d", i)] = t
	}
	doc["territories"] = terrs
	var rs []map[string]any
	per := max(1, territories/rules)
	for k := range rules - 1 {
		r := map[string]any{"name": fmt.Sprintf("rule%d", k), "pool": "t"}
		if k%10 == 9 {
			table := map[string]any{}
			for j := range 100 {
				table[fmt.Sprintf("t%d", (k*per+j)%territories)] = "t"
			}
			r = map[string]any{"name": fmt.Sprintf("rule%d", k), "territories": table, "match": map[string]any{"employees": map[string]int{"min": 100 * (k % 7)}}}
		} else {
			var ts []string
			for j := range per {
				ts = append(ts, fmt.Sprintf("t%d", k*per+j))
			}
			r["match"] = map[string]any{"territories": ts, "employees": map[string]int{"min": 100 * (k % 7), "max": 100*(k%7) + 500}}
		}
		if shape == "industry" {
			m := r["match"].(map[string]any)
			m["country"] = "US"
			m["industry"] = fmt.Sprintf("industry-%d", k)
		}
		if k%5 == 0 {
			r["overflow"] = fmt.Sprintf("queue-%d", k) // always decides
		}
		if k%3 == 0 {
			r["when"] = fmt.Sprintf("Score >= %d", k%100)
		}
		rs = append(rs, r)
	}
	rs = append(rs, map[string]any{"name": "rest", "pool": "t"})
	doc["rules"] = rs
	data, err := json.Marshal(doc)
	if err != nil {
		tb.Fatal(err)
	}
	cfg, err := Parse(data, JSON)
	if err != nil {
		tb.Fatal(err)
	}
	return cfg
}

// BenchmarkLint10kTerritories1kRules lints files of 10,000 territories
// and 1,000 rules of the three shapes of bigLintFile.
func BenchmarkLint10kTerritories1kRules(b *testing.B) {
	for _, shape := range []string{"mixed", "postal", "industry"} {
		b.Run(shape, func(b *testing.B) {
			cfg := bigLintFile(b, 10_000, 1_000, shape)
			b.ReportAllocs()
			var fs []Finding
			for b.Loop() {
				fs = Lint(cfg)
			}
			cut := 0
			for _, f := range fs {
				if f.Code == LintIncomplete {
					cut++
				}
			}
			b.ReportMetric(float64(len(fs)), "findings")
			b.ReportMetric(float64(cut), "cut-checks")
		})
	}
}
