package config_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/config"
)

// liveOps exercises issue 13's keys: a team shared by two rules, a rule
// with its own rotation, lead weights, holidays per rep and per team,
// least_loaded by share, an ownership memory and an accept deadline.
const liveOps = `
reps:
  - {id: a, team: emea, daily_cap: 4, holidays: ["2026-12-24"]}
  - {id: b, team: emea, daily_cap: 4}
  - {id: c, team: emea, daily_cap: 4}
  - {id: x, team: vip, max_open: 10}
  - {id: y, team: vip, max_open: 20}
teams:
  emea: {holidays: ["2026-12-25"]}
rules:
  - name: de
    match: {country: DE}
    pool: emea
    lead_weight:
      - {when: "Employees >= 1000", weight: 3}
  - name: fr
    match: {country: FR}
    pool: emea
  - name: it
    match: {country: IT}
    pool: emea
    own_rotation: true
  - name: vip
    match: {country: US}
    pool: vip
    strategy: {type: least_loaded, by: share}
  - name: known
    match: {country: GB}
    pool: [x, y]
    strategy: {type: remember, key: company, for: 90d}
    accept_within: 15m
`

type fixedClock struct{ t time.Time }

func (c *fixedClock) Now() time.Time { return c.t }

func TestLiveOpsKeys(t *testing.T) {
	cfg, err := config.Parse([]byte(liveOps), config.YAML)
	require.NoError(t, err)
	clk := &fixedClock{t: time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)}
	r, err := cfg.Build(leadroute.WithClock(clk), leadroute.WithSeed(1))
	require.NoError(t, err)
	ctx := context.Background()
	to := func(l leadroute.Lead) leadroute.Decision {
		t.Helper()
		d, err := r.Route(ctx, l)
		require.NoError(t, err)
		return d
	}
	var got []string
	for _, c := range []string{"DE", "FR", "DE", "FR"} {
		got = append(got, to(leadroute.Lead{Country: c}).RepID)
	}
	assert.Equal(t, []string{"a", "b", "c", "a"}, got, "one rotation for the team across de and fr")
	assert.Equal(t, "a", to(leadroute.Lead{Country: "IT"}).RepID, "it keeps its own rotation")

	// A big lead counts 3 against a daily cap of 4: b (1 so far) and c
	// (1) take one each; then a (3: two from de and fr, one from it) has
	// no room, and neither have b and c.
	assert.Equal(t, "b", to(leadroute.Lead{Country: "DE", Employees: 5000}).RepID)
	assert.Equal(t, "c", to(leadroute.Lead{Country: "DE", Employees: 5000}).RepID)
	d := to(leadroute.Lead{Country: "DE", Employees: 5000})
	assert.Equal(t, `no rule decided: rule "de": all 3 reps at daily cap`, d.Reason)
	assert.Equal(t, "a", to(leadroute.Lead{Country: "DE"}).RepID, "a small lead still fits a")

	// least_loaded by share: y (20) takes two for each of x's (10).
	count := map[string]int{}
	for range 6 {
		count[to(leadroute.Lead{Country: "US"}).RepID]++
	}
	assert.Equal(t, map[string]int{"x": 2, "y": 4}, count)

	first := to(leadroute.Lead{ID: "g1", Country: "GB", Email: "jo@acme.co.uk"})
	assert.Equal(t, clk.t.Add(15*time.Minute), first.Deadline)
	again := to(leadroute.Lead{ID: "g2", Country: "GB", Email: "al@acme.co.uk"})
	assert.Equal(t, first.RepID, again.RepID)
	assert.Equal(t, first.RepID, again.Owner)

	// Holidays: a's own on the 24th, the team's on the 25th.
	for day, away := range map[int][]string{24: {"a"}, 25: {"a", "b", "c"}} {
		clk.t = time.Date(2026, 12, day, 10, 0, 0, 0, time.UTC)
		d, err := r.Explain(ctx, leadroute.Lead{Country: "IT"})
		require.NoError(t, err)
		var skipped []string
		for _, st := range d.Trace {
			if st.Skip == leadroute.SkipHoliday {
				skipped = append(skipped, st.Rep)
			}
		}
		assert.Equal(t, away, skipped, "day %d", day)
	}
}

func TestLiveOpsKeyErrors(t *testing.T) {
	cases := []struct{ name, yaml, want string }{
		{"bad holiday", "reps: [{id: a, holidays: [24/12/2026]}]\nrules: [{name: r, pool: [a]}]", `reps[0].holidays[0]: want a date like 2026-12-25, got "24/12/2026"`},
		{"unknown team", "reps: [{id: a, team: emea}]\nteams: {emae: {holidays: [2026-12-25]}}\nrules: [{name: r, pool: [a]}]", `teams.emae: no rep is in team "emae" (did you mean "emea"?)`},
		{"remember needs for", "reps: [{id: a}]\nrules: [{name: r, pool: [a], strategy: {type: remember, key: email}}]", `rules[0].strategy.for: required`},
		{"remember key", "reps: [{id: a}]\nrules: [{name: r, pool: [a], strategy: {type: remember, key: domain, for: 1d}}]", `unknown ownership key "domain"`},
		{"accept_within", "reps: [{id: a}]\nrules: [{name: r, pool: [a], accept_within: soon}]", `rules[0].accept_within: want a positive duration`},
		{"lead weight", "reps: [{id: a}]\nrules: [{name: r, pool: [a], lead_weight: 0}]", `rules[0].lead_weight: lead weight must be between 1 and 1000, got 0`},
		{"least_loaded by", "reps: [{id: a}]\nrules: [{name: r, pool: [a], strategy: {type: least_loaded, by: most}}]", `unknown least_loaded ranking "most"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := config.Parse([]byte(tc.yaml), config.YAML)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}
