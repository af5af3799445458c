package cases_test

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/config"
	"github.com/leadroute/leadroute/config/cases"
)

// rules has reps whose days and weeks are not UTC's: Auckland is 13
// hours ahead in November, Los Angeles 8 behind.
const rules = `
fallback: triage
reps:
  - {id: ann, time_zone: Pacific/Auckland, daily_cap: 2}
  - {id: bob, time_zone: America/Los_Angeles, weekly_cap: 5, max_open: 3}
  - {id: cy}
rules:
  - name: nz
    match: {country: NZ}
    pool: [ann, cy]
  - name: us
    match: {country: US}
    pool: [bob]
    overflow: us-queue
  - name: random
    match: {country: DE}
    pool: [ann, bob, cy]
    strategy: weighted_random
`

func mustRules(t testing.TB) *config.Config {
	t.Helper()
	cfg, err := config.Parse([]byte(rules), config.YAML)
	require.NoError(t, err)
	return cfg
}

func run(t *testing.T, doc string, opts cases.Options) []cases.Result {
	t.Helper()
	f, err := cases.Parse([]byte(doc), "c.yaml")
	require.NoError(t, err)
	res, err := cases.Run(context.Background(), mustRules(t), f, opts)
	require.NoError(t, err)
	return res
}

// TestUsedCountsReachTheCaps pins that counts given under used land on
// the counters the router checks, in the rep's own day and week: at each
// time below the rep's local day or ISO week differs from UTC's, so a
// window computed differently from the router's would leave the rep
// eligible.
func TestUsedCountsReachTheCaps(t *testing.T) {
	tests := []struct {
		name, at, lead, used string
		want                 string // rep or queue
		skip                 leadroute.SkipReason
	}{
		{"daily cap, Auckland's next day", "2026-11-25T11:30:00Z", "{country: NZ}", "{ann: {today: 2}}", "rep cy", leadroute.SkipDailyCap},
		{"daily cap, Auckland's same day", "2026-11-25T10:30:00Z", "{country: NZ}", "{ann: {today: 2}}", "rep cy", leadroute.SkipDailyCap},
		{"under the daily cap", "2026-11-25T11:30:00Z", "{country: NZ}", "{ann: {today: 1}}", "rep ann", leadroute.SkipNone},
		{"weekly cap, Los Angeles' Sunday", "2026-11-30T05:00:00Z", "{country: US}", "{bob: {week: 5}}", "queue us-queue", leadroute.SkipWeeklyCap},
		{"weekly cap, Los Angeles' Monday", "2026-11-30T09:00:00Z", "{country: US}", "{bob: {week: 5}}", "queue us-queue", leadroute.SkipWeeklyCap},
		{"max open", "2026-11-25T10:00:00Z", "{country: US}", "{bob: {open: 3}}", "queue us-queue", leadroute.SkipMaxOpen},
		{"under max open", "2026-11-25T10:00:00Z", "{country: US}", "{bob: {open: 2}}", "rep bob", leadroute.SkipNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := run(t, `
cases:
  - name: c
    at: `+tt.at+`
    lead: `+tt.lead+`
    used: `+tt.used+`
    expect: {queue: only-the-decision-is-checked-here}
`, cases.Options{})
			require.Len(t, res, 1)
			d := res[0].Decision
			got := "rep " + d.RepID
			if d.RepID == "" {
				got = "queue " + d.Queue
			}
			assert.Equal(t, tt.want, got)
			var skips []leadroute.SkipReason
			for _, st := range d.Trace {
				if st.Event == leadroute.EventRepSkipped {
					skips = append(skips, st.Skip)
				}
			}
			if tt.skip == leadroute.SkipNone {
				assert.Empty(t, skips)
			} else {
				assert.Equal(t, []leadroute.SkipReason{tt.skip}, skips)
			}
		})
	}
}

func TestAwayAndIndependence(t *testing.T) {
	// nz rotates ann, cy: were the cases to share a router, the second
	// and third would see the rotation move on.
	res := run(t, `
lead: {country: NZ}
cases:
  - {name: first, expect: {rep: ann}}
  - {name: again, expect: {rep: ann}}
  - {name: ann away, away: [ann], expect: {rep: cy}}
  - {name: and back, expect: {rep: ann}}
  - {name: everyone away, away: [ann, cy], expect: {queue: triage}}
`, cases.Options{})
	require.Len(t, res, 5)
	for _, r := range res {
		assert.True(t, r.Passed(), "%s: %+v", r.Case.Name, r.Mismatches)
	}
	assert.Equal(t, "", res[4].Decision.Rule, "nobody eligible and no overflow: the fallback decides")
}

func TestMismatches(t *testing.T) {
	tests := []struct {
		expect string
		want   []cases.Mismatch
	}{
		{"{rep: cy}", []cases.Mismatch{{Field: "rep", Want: "rep cy", Got: "rep ann"}}},
		{"{rep: [bob, cy]}", []cases.Mismatch{{Field: "rep", Want: "rep one of bob, cy", Got: "rep ann"}}},
		{"{not_rep: [cy, ann]}", []cases.Mismatch{{Field: "not_rep", Want: "not cy, not ann", Got: "rep ann"}}},
		{"{queue: triage}", []cases.Mismatch{{Field: "queue", Want: "queue triage", Got: "rep ann"}}},
		{"{rule: us}", []cases.Mismatch{{Field: "rule", Want: `rule "us"`, Got: `rule "nz"`}}},
		{"{rep: cy, rule: us}", []cases.Mismatch{
			{Field: "rep", Want: "rep cy", Got: "rep ann"},
			{Field: "rule", Want: `rule "us"`, Got: `rule "nz"`}}},
		{"{rep: ann, rule: nz, not_rep: cy}", nil},
	}
	for _, tt := range tests {
		t.Run(tt.expect, func(t *testing.T) {
			res := run(t, "cases:\n  - {name: c, lead: {country: NZ}, expect: "+tt.expect+"}\n", cases.Options{})
			require.Len(t, res, 1)
			assert.Equal(t, tt.want, res[0].Mismatches)
			assert.Equal(t, tt.want == nil, res[0].Passed())
		})
	}

	t.Run("fallback", func(t *testing.T) {
		res := run(t, "cases:\n  - {name: c, lead: {country: FR}, expect: {rule: nz, rep: ann}}\n", cases.Options{})
		assert.Equal(t, []cases.Mismatch{
			{Field: "rep", Want: "rep ann", Got: "queue triage"},
			{Field: "rule", Want: `rule "nz"`, Got: "no rule decided (fallback)"}}, res[0].Mismatches)
	})
}

func TestReport(t *testing.T) {
	res := run(t, `
cases:
  - name: c
    at: 2026-11-25T10:00:00Z
    lead: {country: NZ}
    used: {ann: {today: 2}}
    expect: {rep: ann}
`, cases.Options{})
	require.Len(t, res, 1)
	r := res[0]
	require.False(t, r.Passed())
	assert.Equal(t, `rep:
    want: rep ann
    got:  rep cy
decision: rep cy by rule "nz" (round-robin)
at: Wed 2026-11-25 10:00 UTC
trace:
    rule "nz": matched
    rule "nz": rep ann skipped: daily cap reached
    rule "nz": picked cy (round-robin)
`, r.Report())
	assert.Equal(t, "rep ann", r.Case.Expect.String())
}

func TestRunSelectsAndSeeds(t *testing.T) {
	doc := `
lead: {country: DE}
cases:
  - {name: random one, expect: {rule: random}}
  - {name: random two, expect: {rule: random}}
  - {name: other, lead: {country: NZ}, expect: {rule: nz}}
`
	res := run(t, doc, cases.Options{Run: regexp.MustCompile("^random")})
	require.Len(t, res, 2)
	assert.Equal(t, "random one", res[0].Case.Name)
	assert.Equal(t, "random two", res[1].Case.Name)

	// The same seed picks the same reps; some seed picks another.
	picks := func(seed uint64) string {
		var b strings.Builder
		for _, r := range run(t, doc, cases.Options{Seed: seed}) {
			b.WriteString(r.Decision.RepID + " ")
		}
		return b.String()
	}
	first := picks(1)
	assert.Equal(t, first, picks(1))
	differs := false
	for seed := uint64(2); seed < 40 && !differs; seed++ {
		differs = picks(seed) != first
	}
	assert.True(t, differs, "every seed picks %s", first)
}

func TestCheck(t *testing.T) {
	f, err := cases.Parse([]byte(`
cases:
  - name: a
    away: [anne]
    used: {ann: {week: 1, open: 1}, bob: {today: 1}, cy: {open: 2}}
    expect: {rep: [ann, bbo], rule: nzz, not_rep: zed}
`), "c.yaml")
	require.NoError(t, err)
	err = f.Check(mustRules(t))
	require.Error(t, err)
	assert.ErrorIs(t, err, leadroute.ErrInvalidConfig)
	assert.Equal(t, strings.Join([]string{
		`c.yaml:4:12: cases[0].away[0]: no rep "anne" in the rules (did you mean "ann"?)`,
		`c.yaml:5:12: cases[0].used.ann: rep "ann" has no weekly_cap: a count for the week would change nothing`,
		`c.yaml:5:37: cases[0].used.bob: rep "bob" has no daily_cap: a count for today would change nothing`,
		`c.yaml:6:25: cases[0].expect.rep[1]: no rep "bbo" in the rules (did you mean "bob"?)`,
		`c.yaml:6:37: cases[0].expect.rule: no rule "nzz" in the rules (did you mean "nz"?)`,
		`c.yaml:6:51: cases[0].expect.not_rep: no rep "zed" in the rules`,
	}, "\n"), err.Error())

	_, err = cases.Run(context.Background(), mustRules(t), f, cases.Options{})
	assert.ErrorContains(t, err, `no rep "anne"`, "Run checks first")

	// RunCase does not check; an unknown rep in the setup is an error.
	_, err = cases.RunCase(context.Background(), mustRules(t), &f.Cases[0], 1)
	assert.ErrorContains(t, err, `case "a": away: no rep "anne"`)
}

func TestRunHonoursCtx(t *testing.T) {
	f, err := cases.Parse([]byte("cases:\n  - {name: a, expect: {rule: nz}}\n"), "c.yaml")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res, err := cases.Run(ctx, mustRules(t), f, cases.Options{})
	assert.ErrorIs(t, err, context.Canceled)
	assert.Empty(t, res)
}
