package config

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestLint(t *testing.T) {
	cfg := mustParse(t, `reps:
  - {id: a, time_zone: Europe/Paris, hours: "Mon-Fri 09:00-17:00", daily_cap: 30, weekly_cap: 20}
  - {id: b, time_zone: America/New_York, hours: "Mon-Fri 09:00-17:00", daily_cap: 10, weekly_cap: 80}
  - {id: idle}
  - {id: gone, away: true}
pools:
  spare: [a]
territories:
  us: {countries: [US]}
  west: {states: [US-CA, US-OR]}
rules:
  - name: us
    match: {country: [US, CA], employees: {min: 100}}
    pool: [a, b]
  - name: california-big
    match: {state: US-CA, employees: {min: 500, max: 1000}}
    pool: [b]
  - name: everyone
    pool: [a]
    overflow: triage
  - name: never
    match: {industry: saas}
    pool: [b]
  - name: west
    territories: {west: [b]}
    working_hours: true
  - name: by-us
    match: {territories: [us]}
    pool: [gone]
`)
	var got []string
	for _, f := range Lint(cfg) {
		got = append(got, f.String())
	}
	want := []string{
		`line 2: reps[0].daily_cap: rep "a": daily_cap 30 can never be reached: weekly_cap 20 binds first [cap-unreachable]`,
		`line 3: reps[1].weekly_cap: rep "b": weekly_cap 80 can never be reached: daily_cap 10 × 5 working days is 50 [cap-unreachable]`,
		`line 4: reps[2].id: rep "idle" is in no rule's pool, owns no account and backs up nobody: no lead can reach them [unused-rep]`,
		`line 7: pools.spare: pool "spare" is used by no rule [unused-pool]`,
		`line 15: rules[1]: rule "california-big" is shadowed by earlier rule "us" (line 12), which matches every lead it matches; it only fires when "us" has nobody eligible [shadowed]`,
		`line 21: rules[3]: rule "never" can never fire: earlier rule "everyone" (line 18) matches every lead and always decides [shadowed]`,
		`line 24: rules[4]: rule "west" can never fire: earlier rule "everyone" (line 18) matches every lead and always decides [shadowed]`,
		`line 24: rules[4]: rule "west" requires working hours, but its pool for territory "west" has nobody working Mon 22:00-Tue 14:00, Tue 22:00-Wed 14:00, Wed 22:00-Thu 14:00, Thu 22:00-Fri 14:00, and 1 more (UTC); leads then fall through to the next rule [hours-gap]`,
		`line 27: rules[5]: rule "by-us" can never fire: earlier rule "everyone" (line 18) matches every lead and always decides [shadowed]`,
		`line 27: rules[5]: territory "us" of rule "by-us" overlaps territory "west" of earlier rule "west" (line 24) on US-CA; the earlier rule gets those leads first [territory-overlap]`,
		`line 27: rules[5]: every rep of rule "by-us"'s pool is away [pool-all-away]`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestLintBounded checks that Lint stays fast on a huge file.
func TestLintBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("reps:\n")
	for i := range 1000 {
		fmt.Fprintf(&b, "  - {id: r%d, team: t, time_zone: Asia/Tokyo, hours: \"Mon 09:00-10:00\"}\n", i)
	}
	b.WriteString("rules:\n")
	for i := range 1000 {
		fmt.Fprintf(&b, "  - {name: n%d, pool: t, working_hours: true, match: {country: [US, FR, DE]}}\n", i)
	}
	start := time.Now()
	cfg := mustParse(t, b.String())
	t.Logf("parse %v", time.Since(start))
	start = time.Now()
	fs := Lint(cfg)
	t.Logf("lint %v", time.Since(start))
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("Lint took %v", d)
	}
	if len(fs) == 0 || fs[0].Code != LintIncomplete {
		t.Errorf("want an %q finding first, got %d findings", LintIncomplete, len(fs))
	}
}
