package config

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// rules500 returns a rules file of 40 reps, 8 territories and 500 rules
// that mix every kind of match: countries by code and by name, states,
// territories, bands, sets, languages and an expression every fifth rule.
func rules500() string {
	var b strings.Builder
	zones := []string{"Europe/Paris", "Europe/Berlin", "America/New_York", "America/Los_Angeles", "Asia/Tokyo", "Australia/Sydney", "Asia/Kolkata", "Europe/London"}
	b.WriteString("version: 1\nfallback: triage\nreps:\n")
	for i := range 40 {
		fmt.Fprintf(&b, "  - {id: r%02d, team: t%d, time_zone: %s, hours: \"Mon-Fri 09:00-17:30\", daily_cap: 50, skills: {en: 3, fr: %d}}\n", i, i%5, zones[i%len(zones)], i%4)
	}
	b.WriteString("territories:\n")
	terr := []string{
		"countries: [GB, IE, FR, DE]", "countries: [United States, Canada]", "states: [US-CA, US-OR, US-WA]",
		"states: [FR-75C, FR-6AE, IN-DH, IN-LA]", "countries: [JP, KR, SG]", "countries: [Deutschland, Österreich, Schweiz]",
		"countries: [BR, AR, CL, MX]", "postal: {US: [\"94\", \"95\"]}",
	}
	for i, t := range terr {
		fmt.Fprintf(&b, "  z%d: {%s}\n", i, t)
	}
	b.WriteString("rules:\n")
	industries := []string{"saas", "retail", "healthcare", "finance", "manufacturing"}
	for i := range 500 {
		fmt.Fprintf(&b, "  - name: rule%03d\n    match:\n", i)
		switch i % 6 {
		case 0:
			fmt.Fprintf(&b, "      country: [US, CA, Germany]\n      employees: {min: %d, max: %d}\n", i, i+100)
		case 1:
			fmt.Fprintf(&b, "      state: [US-CA, US-NY, CA-QC]\n      industry: [%s]\n", industries[i%5])
		case 2:
			fmt.Fprintf(&b, "      territories: [z%d]\n      score: {min: %d}\n", i%len(terr), i%100)
		case 3:
			fmt.Fprintf(&b, "      language: [en, fr]\n      source: [web, event]\n      revenue: {min: %d}\n", i*1000)
		case 4:
			fmt.Fprintf(&b, "      postal: {US: [\"%02d\"]}\n      products: [billing]\n", i%100)
		case 5:
			fmt.Fprintf(&b, "      country: [FR, BE]\n")
		}
		if i%5 == 0 {
			fmt.Fprintf(&b, "    when: 'Employees > %d && Industry in [\"saas\", \"retail\"]'\n", i)
		}
		fmt.Fprintf(&b, "    pool: [r%02d, r%02d, r%02d]\n", i%40, (i+7)%40, (i+13)%40)
		if i%3 == 0 {
			b.WriteString("    strategy: weighted\n")
		}
	}
	return b.String()
}

// BenchmarkLoad500 measures config.Load of a 500-rule file: read, decode,
// validate, compile matchers and expressions, build the router's tables.
//
//	go test -run '^$' -bench Load500 ./config
func BenchmarkLoad500(b *testing.B) {
	path := filepath.Join(b.TempDir(), "rules.yaml")
	if err := os.WriteFile(path, []byte(rules500()), 0o644); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		cfg, err := Load(path)
		if err != nil {
			b.Fatal(err)
		}
		if len(cfg.Rules()) != 500 {
			b.Fatalf("%d rules", len(cfg.Rules()))
		}
	}
	if cpu := cpuTime() - cpu0; cpu > 0 {
		// On a shared machine wall time (ns/op) includes waiting for a
		// core; the process's CPU time (user + system, GC included) does
		// not.
		b.ReportMetric(float64(cpu)/1e6/float64(b.N), "cpu-ms/op")
	}
}
