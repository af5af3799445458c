package config

import (
	"encoding/json"
	"fmt"
	"testing"
)

// bigLintFile builds a rules file (JSON) with the given numbers of
// territories and rules: territories by postal prefix, state and country;
// each rule matches a block of territories and a size band, every tenth
// rule routes by a territories table of 100 territories, and the last
// rule takes what is left.
func bigLintFile(tb testing.TB, territories, rules int) *Config {
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
		switch i % 10 {
		case 0:
			t = map[string]any{"countries": []string{countries[(i/10)%len(countries)]}}
		case 1:
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

// BenchmarkLint10kTerritories1kRules lints a file of 10,000 territories
// and 1,000 rules (see bigLintFile).
func BenchmarkLint10kTerritories1kRules(b *testing.B) {
	cfg := bigLintFile(b, 10_000, 1_000)
	b.ReportAllocs()
	var n int
	for b.Loop() {
		n = len(Lint(cfg))
	}
	b.ReportMetric(float64(n), "findings")
}
