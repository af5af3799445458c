package config

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/strategies"
)

// lintHead is a rules file's reps, prepended to each case's text, which
// starts on line 5. They back each other up, so none is unused.
const lintHead = `reps:
  - {id: a, team: t, skills: {es: 3, en: 3, enterprise: 2}, backup: b}
  - {id: b, team: t, skills: {en: 3}, backup: c}
  - {id: c, team: t, skills: {en: 1}, backup: a}
`

// want is an expected finding: its code, its line, and a part of its
// message.
type want struct {
	code string
	line int
	msg  string
}

func (w want) String() string { return fmt.Sprintf("%s line %d %q", w.code, w.line, w.msg) }

func TestLintChecks(t *testing.T) {
	cases := []struct {
		name string
		src  string // after lintHead; line 5 is its first
		want []want
	}{
		{"partial overlap", `rules:
  - {name: us-big, match: {country: [US, CA], employees: {min: 100}}, pool: t}
  - {name: saas, match: {country: [US, FR], industry: [saas]}, pool: t}
`, []want{{LintPartialOverlap, 7, `rule "saas" overlaps earlier rule "us-big" (line 6): both match leads such as {"country":"US","industry":"saas","employees":100}, and "us-big" wins them (first match) whenever it has an eligible rep`}}},
		{"no overlap in different countries", `rules:
  - {name: us, match: {country: US, employees: {min: 100}}, pool: t}
  - {name: fr, match: {country: FR, industry: [saas]}, pool: t}
`, nil},
		{"no overlap in disjoint bands", `rules:
  - {name: small, match: {employees: {max: 200}}, pool: t}
  - {name: big, match: {employees: {min: 200}, industry: [saas]}, pool: t}
`, nil},
		{"specific first, general after: no finding", `rules:
  - {name: ca, match: {state: [US-CA]}, pool: t}
  - {name: us, match: {country: [US]}, pool: t}
`, nil},
		{"overlap through a lowered expression", `rules:
  - {name: typed, match: {country: [US, CA], employees: {min: 100}}, pool: t}
  - {name: expr, when: 'Country == "US" && Score >= 50', pool: t}
`, []want{{LintPartialOverlap, 7, `rule "expr" overlaps earlier rule "typed" (line 6) (reading the when: of "expr" as its field tests): both match leads such as {"country":"US","employees":100,"score":50}`}}},
		{"overlap on postal and state", `rules:
  - {name: bay, match: {postal: {US: ["94"]}, source: [web]}, pool: t}
  - {name: ca, match: {state: [US-CA]}, when: Score >= 10, pool: t}
`, []want{{LintPartialOverlap, 7, `{"country":"US","state":"US-CA","postal_code":"94","source":"web","score":10}`}}},
		{"overlap on attributes and products", `rules:
  - {name: gold, match: {attrs: {tier: [gold, silver]}, products: [crm]}, pool: t}
  - {name: gold-eu, match: {attrs: {tier: gold}, products: [erp], language: [de]}, pool: t}
`, []want{{LintPartialOverlap, 7, `{"language":"de","products":["crm","erp"],"tier":"gold"}`}}},
		{"overlap with accounts", `accounts:
  - {id: acme, name: ACME, domains: [acme.com], owner: a}
rules:
  - {name: owned, match: {account: true}, strategy: account_owner, pool: t}
  - {name: edu, match: {industry: [education]}, pool: t}
`, []want{{LintPartialOverlap, 9, `{"email":"lead@acme.com","industry":"education"}`}}},
		{"shadowed: earlier always decides", `rules:
  - {name: us, match: {country: [US]}, pool: t, overflow: us-queue}
  - {name: ca-big, match: {state: [US-CA], employees: {min: 500}}, pool: t}
`, []want{{LintShadowed, 7, `rule "ca-big" can never fire: earlier rule "us" (line 6) matches every lead it matches and always decides (overflow queue "us-queue"); e.g. {"country":"US","state":"US-CA","employees":500}`}}},
		{"no overlap with a rule that never fires, but with the rules after it", `rules:
  - {name: saas, match: {industry: [saas]}, pool: t, overflow: q}
  - {name: us-saas, match: {country: US, industry: [saas]}, pool: t}
  - {name: web, match: {source: [web]}, pool: t}
  - {name: us-big, match: {country: [US], employees: {min: 100}}, pool: t}
`, []want{
			{LintShadowed, 7, `rule "us-saas" can never fire`},
			{LintPartialOverlap, 8, `rule "web" overlaps earlier rule "saas" (line 6)`},
			{LintPartialOverlap, 9, `rule "us-big" overlaps earlier rule "saas" (line 6): both match leads such as {"country":"US","industry":"saas","employees":100}, and "saas" wins them (first match) always`},
			{LintPartialOverlap, 9, `rule "us-big" overlaps earlier rule "web" (line 8)`},
		}},
		{"shadowed by a queue", `rules:
  - {name: all, strategy: {type: queue, queue: inbox}}
  - {name: fr, match: {country: FR}, pool: t}
`, []want{{LintShadowed, 7, `earlier rule "all" (line 6) matches every lead and always decides (it sends to queue "inbox")`}}},
		{"expression shadows a typed rule", `rules:
  - {name: na, when: 'Country in ["US", "CA"] && Employees >= 100', strategy: {type: queue, queue: na}}
  - {name: us-big, match: {country: US, employees: {min: 1000, max: 5000}}, pool: t}
`, []want{{LintShadowed, 7, `rule "us-big" can never fire: earlier rule "na" (line 6) matches every lead it matches (reading the when: of "na" as its field tests) and always decides`}}},
		{"typed rule shadows an expression", `rules:
  - {name: us, match: {country: US}, pool: t, overflow: q}
  - {name: us-hot, when: 'Country == "US" && Score > 80', pool: t}
`, []want{{LintShadowed, 7, `e.g. {"country":"US","score":81}`}}},
		{"identical opaque expressions", `rules:
  - {name: x, when: 'Email endsWith ".edu"', pool: t, overflow: q}
  - {name: y, when: 'Email  endsWith ".edu"', match: {country: US}, pool: t}
`, []want{{LintShadowed, 7, `rule "y" can never fire`}}},
		{"opaque expressions: no claim", `rules:
  - {name: x, when: 'Email endsWith ".edu"', pool: t, overflow: q}
  - {name: y, when: 'Email endsWith ".org"', pool: t}
`, nil},
		{"covered: earlier may fall through", `rules:
  - {name: bay, match: {postal: {US: ["94"]}}, pool: t}
  - {name: sf, match: {postal: {US: ["941"]}}, pool: t}
`, []want{{LintCovered, 7, `rule "sf" fires only when earlier rule "bay" (line 6), which matches every lead it matches, has nobody eligible; e.g. {"country":"US","postal_code":"941"}`}}},
		{"covered through a territory", `territories:
  west: {states: [US-CA, US-OR]}
rules:
  - {name: west, match: {territories: [west]}, pool: t}
  - {name: or, match: {state: US-OR}, pool: t}
`, []want{{LintCovered, 9, `rule "or" fires only when earlier rule "west" (line 8)`}}},
		{"rep lacks a required skill", `rules:
  - {name: es, pool: [a, b], skills: {es: 2}}
`, []want{{LintRepNeverEligible, 6, `rep "b" in rule "es"'s pool never qualifies: lacks skill es (level 2 required)`}}},
		{"rep below a skill strategy's level", `rules:
  - {name: en, pool: [a, c], strategy: {type: skill, required: {en: 2}}}
`, []want{{LintRepNeverEligible, 6, `rep "c" in rule "en"'s pool never qualifies: has en level 1, below the 2 required`}}},
		{"rep speaks none of the rule's languages", `rules:
  - {name: spanish, match: {language: [es]}, pool: [a, b]}
`, []want{{LintRepNeverEligible, 6, `rep "b" in rule "spanish"'s pool has none of the rule's languages (es) as a skill`}}},
		{"languages not modelled as skills", `rules:
  - {name: german, match: {language: [de]}, pool: [a, b]}
`, nil},
		{"pool never eligible: skills", `rules:
  - {name: enterprise, pool: [b, c], skills: {enterprise: 1}, overflow: q}
`, []want{
			{LintRepNeverEligible, 6, `rep "b"`},
			{LintRepNeverEligible, 6, `rep "c"`},
			{LintPoolNeverEligible, 6, `nobody in rule "enterprise"'s pool can ever be eligible (b lacks skill enterprise (level 1 required); c lacks skill enterprise (level 1 required)); its leads overflow to queue "q"`},
		}},
		{"pool never eligible: away", `  - {id: gone, away: true}
rules:
  - {name: r, pool: [gone]}
`, []want{{LintPoolNeverEligible, 7, `(gone is away); its leads fall through to the next rule`}}},
		{"pool never eligible: account owners still serve", `  - {id: gone, away: true}
accounts:
  - {id: acme, name: ACME, domains: [acme.com], owner: a}
rules:
  - {name: owned, match: {account: true}, strategy: account_owner, pool: [gone]}
`, []want{{LintPoolNeverEligible, 9, `nobody in rule "owned"'s pool can ever be eligible (gone is away); its leads without an available account owner fall through to the next rule`}}},
		{"hours gap", `  - {id: paris, time_zone: Europe/Paris, hours: "Mon-Fri 09:00-17:00"}
rules:
  - {name: eu, match: {country: FR}, pool: [paris], working_hours: true}
  - {name: rest, pool: [b, c]}
`, []want{{LintHoursGap, 7, `rule "eu" requires working hours, but its pool has nobody working`}}},
		{"unused territory", `territories:
  na: {countries: [US]}
  moon: {countries: [FR]}
rules:
  - {name: na, match: {territories: [na]}, pool: t}
`, []want{{LintUnreachableTerritory, 7, `territory "moon" is used by no rule`}}},
		{"territory claimed first by another in the table", `territories:
  west: {states: [US-CA, US-OR]}
  cal: {states: [US-CA]}
rules:
  - {name: r, territories: {west: t, cal: [a]}}
`, []want{{LintUnreachableTerritory, 9, `territory "cal" of rule "r": every place it claims is claimed first by "west" in the same table`}}},
		{"territory outside the rule's conditions", `territories:
  us: {countries: [US]}
  fr: {countries: [FR]}
rules:
  - {name: r, match: {country: [FR, DE]}, territories: {us: t, fr: t}}
`, []want{{LintUnreachableTerritory, 9, `territory "us" of rule "r" lies outside the rule's other place conditions`}}},
		{"territory taken by an earlier rule", `territories:
  us: {countries: [US]}
  ca: {countries: [CA]}
rules:
  - {name: us-all, match: {country: US}, strategy: {type: queue, queue: us}}
  - {name: na, territories: {us: [a], ca: [b]}}
`, []want{{LintUnreachableTerritory, 10, `territory "us" of rule "na": earlier rule "us-all" (line 9) takes every lead in it and always decides (it sends to queue "us"); its sub-pool never gets a lead; e.g. {"country":"US"}`}}},
		{"unused rep and pool, caps", `  - {id: idle, daily_cap: 30, weekly_cap: 20}
pools:
  spare: [a]
rules:
  - {name: all, pool: t}
`, []want{
			{LintUnusedRep, 5, `rep "idle" is in no rule's pool`},
			{LintCapUnreachable, 5, `daily_cap 30 can never be reached: weekly_cap 20 binds first`},
			{LintUnusedPool, 7, `pool "spare" is used by no rule`},
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cfg := mustParse(t, lintHead+tc.src) // a case may continue the reps
			fs := Lint(cfg)
			var got []want
			for _, f := range fs {
				got = append(got, want{f.Code, f.Line, f.Msg})
			}
			lines := func(ws []want) []string {
				var out []string
				for _, w := range ws {
					out = append(out, fmt.Sprintf("%s:%d", w.code, w.line))
				}
				slices.Sort(out)
				return out
			}
			require.Equal(t, lines(tc.want), lines(got), "findings:\n%s", findingList(fs))
			for _, w := range tc.want {
				assert.True(t, slices.ContainsFunc(fs, func(f Finding) bool {
					return f.Code == w.code && f.Line == w.line && strings.Contains(f.Msg, w.msg)
				}), "no finding %v among:\n%s", w, findingList(fs))
			}
			checkExamples(t, cfg, fs)
		})
	}
}

func findingList(fs []Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.String())
		b.WriteByte('\n')
	}
	return b.String()
}

// checkExamples routes every overlap and shadowing finding's example lead
// through routers holding the rules concerned: each rule alone must match
// it, and with both rules in file order the earlier one must win it. Every
// partial overlap must carry an example.
func checkExamples(t *testing.T, cfg *Config, fs []Finding) {
	t.Helper()
	idx := map[string]int{}
	for i, r := range cfg.compiled.rules {
		idx[r.Name] = i
	}
	route := func(lead leadroute.Lead, rules ...int) string {
		var rs []leadroute.Rule
		for _, i := range rules {
			r := cfg.compiled.rules[i]
			rs = append(rs, leadroute.Rule{Name: r.Name, Match: r.Match, Strategy: strategies.Queue("q-" + r.Name)})
		}
		router, err := leadroute.New(leadroute.WithRules(rs...), leadroute.WithFallbackQueue("nobody"))
		require.NoError(t, err)
		d, err := router.Route(context.Background(), lead)
		require.NoError(t, err)
		return d.Rule
	}
	for _, f := range fs {
		switch {
		case f.Code == LintPartialOverlap, f.Code == LintShadowed, f.Code == LintCovered:
		case f.Code == LintUnreachableTerritory && f.Example != nil:
		default:
			continue
		}
		require.Len(t, f.Rules, 2, f.String())
		if f.Example == nil {
			assert.NotEqual(t, LintPartialOverlap, f.Code, "partial overlap without an example: %v", f)
			continue
		}
		later, earlier := idx[f.Rules[0]], idx[f.Rules[1]]
		require.Less(t, earlier, later, f.String())
		assert.Equal(t, f.Rules[0], route(*f.Example, later), "the later rule does not match the example of %v", f)
		assert.Equal(t, f.Rules[1], route(*f.Example, earlier), "the earlier rule does not match the example of %v", f)
		assert.Equal(t, f.Rules[1], route(*f.Example, earlier, later), "the earlier rule does not win the example of %v", f)
	}
}

func TestLintSuppressions(t *testing.T) {
	const rules = `rules:
  - name: us
    match: {country: [US]}
    pool: t
    overflow: q
  - name: ca
    match: {state: [US-CA]}
    pool: t
`
	cases := []struct {
		name    string
		src     string
		disable []string
		want    []string // code:line
	}{
		{"none", rules, nil, []string{"LR102:10"}},
		{"on the rule", rules + `    lint: {ignore: [{code: shadowed, reason: "kept for the next quarter"}]}
`, nil, nil},
		{"on the earlier rule, by code", strings.Replace(rules, "    overflow: q\n", "    overflow: q\n    lint: {ignore: [{code: LR102, reason: \"ca is dormant\"}]}\n", 1), nil, nil},
		{"file-wide", "lint: {ignore: [{code: shadowed, reason: planned}]}\n" + rules, nil, nil},
		{"without a reason", rules + `    lint: {ignore: [shadowed]}
`, nil, []string{"LR002:13"}},
		{"unused", rules + `    lint: {ignore: [{code: hours-gap, reason: "no hours here"}]}
`, nil, []string{"LR102:10", "LR003:13"}},
		{"on another rule: unused", strings.Replace(rules, "  - name: us\n", "  - name: first\n    match: {country: [FR]}\n    pool: t\n    lint: {ignore: [{code: shadowed, reason: r}]}\n  - name: us\n", 1), nil, []string{"LR003:9", "LR102:14"}},
		{"skills on a shadowed rule", strings.Replace(rules, "  - name: ca\n", "  - name: ca\n    skills: {es: 1}\n", 1) + "  - {name: rest, pool: [a]}\n", nil, []string{"LR102:10", "LR104:10", "LR104:10"}},
		{"disabled", rules, []string{"LR102"}, nil},
		{"disabled by name, with an unused suppression for it", rules + `    lint: {ignore: [{code: shadowed, reason: r}]}
`, []string{"covered,shadowed"}, nil},
		{"disabling the reason check", rules + `    lint: {ignore: [LR102]}
`, []string{"suppression-reason"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cfg := mustParse(t, lintHead+tc.src)
			fs, err := LintWith(cfg, LintOptions{Disable: tc.disable})
			require.NoError(t, err)
			var got []string
			for _, f := range fs {
				got = append(got, fmt.Sprintf("%s:%d", f.Code, f.Line))
			}
			assert.Equal(t, tc.want, got, "findings:\n%s", findingList(fs))
		})
	}

	t.Run("rep scope", func(t *testing.T) {
		src := strings.Replace(lintHead, "backup: a}", "backup: a, lint: {ignore: [{code: rep-never-eligible, reason: training}]}}", 1) +
			"rules:\n  - {name: en, pool: [b, c], skills: {en: 2}}\n"
		fs := Lint(mustParse(t, src))
		require.Len(t, fs, 0, findingList(fs))
		// Without the suppression, c is reported.
		fs = Lint(mustParse(t, lintHead+"rules:\n  - {name: en, pool: [b, c], skills: {en: 2}}\n"))
		require.Len(t, fs, 1, findingList(fs))
		assert.Equal(t, "c", fs[0].Rep)
	})

	t.Run("unknown check in --disable", func(t *testing.T) {
		_, err := LintWith(mustParse(t, lintHead+rules), LintOptions{Disable: []string{"shadowd"}})
		require.Error(t, err)
		assert.Contains(t, err.Error(), `unknown lint check "shadowd" (did you mean "shadowed"?)`)
	})

	t.Run("bad suppressions are load errors", func(t *testing.T) {
		for src, msg := range map[string]string{
			"lint: {ignore: [{code: shadowd, reason: x}]}\n":       `line 1: lint.ignore[0].code: unknown lint check "shadowd" (did you mean "shadowed"?)`,
			"lint: {ignore: [{reason: x}]}\n":                      `line 1: lint.ignore[0].code: required`,
			"lint: {ignore: [{code: LR002, reason: x}]}\n":         `LR002 suppression-reason cannot be suppressed in the file`,
			"lint: {ignor: []}\n":                                  `lint.ignor: unknown field (did you mean "ignore"?)`,
			"lint: {ignore: [{code: shadowed, why: x}]}\n":         `lint.ignore[0].why: unknown field`,
			"lint: {ignore: [{code: unused-pool, reason: [x]}]}\n": `lint.ignore[0].reason: want a string`,
		} {
			_, err := Parse([]byte(lintHead+src+"rules: [{name: r, pool: t}]\n"), YAML)
			if assert.Error(t, err, src) {
				assert.Contains(t, err.Error(), strings.Replace(msg, "line 1", "line 5", 1), src)
			}
		}
	})
}

// TestLintFindingString checks the text form and that every finding
// carries its check's name and severity.
func TestLintFindingString(t *testing.T) {
	f := Finding{File: "rules.yaml", Path: "rules[1]", Line: 7, Column: 5, Code: LintShadowed, Name: "shadowed", Severity: SeverityError, Msg: "m"}
	assert.Equal(t, "rules.yaml:7:5: error: rules[1]: m [LR102 shadowed]", f.String())
	f.File = ""
	assert.Equal(t, "line 7, column 5: error: rules[1]: m [LR102 shadowed]", f.String())
	seen := map[string]bool{}
	for _, c := range Checks() {
		assert.False(t, seen[c.Code] || seen[c.Name], "duplicate %v", c)
		seen[c.Code], seen[c.Name] = true, true
		assert.Regexp(t, `^LR\d{3}$`, c.Code)
		assert.NotZero(t, c.Severity)
		got, ok := lookupCheck(strings.ToUpper(c.Name))
		assert.True(t, ok)
		assert.Equal(t, c, got)
	}
	for _, s := range []Severity{SeverityInfo, SeverityWarning, SeverityError} {
		got, err := ParseSeverity(s.String())
		assert.NoError(t, err)
		assert.Equal(t, s, got)
	}
	_, err := ParseSeverity("fatal")
	assert.Error(t, err)
}

// TestLintSchemaCodes checks that schema.json lists exactly the checks a
// file may suppress.
func TestLintSchemaCodes(t *testing.T) {
	data, err := os.ReadFile("schema.json")
	require.NoError(t, err)
	var s struct {
		Defs struct {
			LintCode struct {
				Enum []string `json:"enum"`
			} `json:"lintCode"`
		} `json:"$defs"`
	}
	require.NoError(t, json.Unmarshal(data, &s))
	var want []string
	for _, c := range Checks() {
		if c.Code != LintSuppressionReason && c.Code != LintUnusedSuppression {
			want = append(want, c.Code, c.Name)
		}
	}
	assert.ElementsMatch(t, want, s.Defs.LintCode.Enum)
	assert.ElementsMatch(t, []string{"ignore"}, lintKeys)
}

// TestLintBounded lints a file of 10,000 territories and 1,000 rules (the
// benchmark's), in bounded time, and checks its examples; then checks
// that a check cut at its bound says so.
func TestLintBounded(t *testing.T) {
	cfg := bigLintFile(t, 10_000, 1_000, "mixed")
	start := time.Now()
	fs := Lint(cfg)
	d := time.Since(start)
	t.Logf("lint: %v, %d findings", d, len(fs))
	assert.Less(t, d, 30*time.Second)
	counts := map[string]int{}
	for _, f := range fs {
		counts[f.Code]++
	}
	assert.Equal(t, maxOverlapFindings, counts[LintPartialOverlap])
	assert.Equal(t, 1, counts[LintIncomplete], "the overlap cap is reported")
	assert.Positive(t, counts[LintCovered])
	if !testing.Short() {
		checkExamples(t, cfg, fs[:min(len(fs), 300)])
	}

	// A small budget cuts the pair checks, and says so.
	l := newLinter(cfg)
	l.pairBudget = 10_000
	l.rulePairs()
	var cut []Finding
	for _, f := range l.out {
		if f.Code == LintIncomplete {
			cut = append(cut, f.Finding)
		}
	}
	require.Len(t, cut, 1)
	assert.Equal(t, "LR101 partial-overlap, LR102 shadowed, LR103 covered stopped at the work bound for this large file (comparing 1000 rules pairwise); the findings so far stand", cut[0].Msg)
	assert.True(t, l.cut[LintPartialOverlap] && l.cut[LintShadowed] && l.cut[LintCovered])

	// So do the territory and pool checks.
	l = newLinter(cfg)
	l.checkBudget = 1000
	l.territories()
	l.pools()
	var msgs []string
	for _, f := range l.out {
		if f.Code == LintIncomplete {
			msgs = append(msgs, f.Msg)
		}
	}
	assert.Equal(t, []string{
		"LR106 unreachable-territory stopped at the work bound for this large file (checking 10000 territories); the findings so far stand",
		"LR104 rep-never-eligible, LR105 pool-never-eligible, LR107 hours-gap stopped at the work bound for this large file (checking the pools of 1000 rules); the findings so far stand",
	}, msgs)
}

// TestLintUnusedSuppressionOfCutCheck: a suppression for a check that was
// cut is not reported as unused (the check may not have reached it).
func TestLintUnusedSuppressionOfCutCheck(t *testing.T) {
	cfg := mustParse(t, lintHead+`rules:
  - {name: r, pool: t, lint: {ignore: [{code: shadowed, reason: r}]}}
`)
	l := newLinter(cfg)
	l.cut[LintShadowed] = true
	assert.Empty(t, l.suppress(nil))
	l = newLinter(cfg)
	assert.Len(t, l.suppress(nil), 1)
}

// TestLintDemoClean: the CLI's demo rules (a copy is embedded in the
// binary) lint clean, their intended gaps suppressed with reasons.
func TestLintDemoClean(t *testing.T) {
	cfg, err := Load("../cmd/leadroute/demo.yaml")
	require.NoError(t, err)
	fs, err := LintWith(cfg, LintOptions{})
	require.NoError(t, err)
	assert.Empty(t, fs, findingList(fs))
	// Without its suppressions it has hours gaps and overlaps.
	l := newLinter(cfg)
	l.rulePairs()
	l.pools()
	codes := map[string]bool{}
	for _, f := range l.out {
		codes[f.Code] = true
	}
	assert.Equal(t, []string{LintPartialOverlap, LintHoursGap}, slices.Sorted(maps.Keys(codes)))
	checkExamples(t, cfg, func() []Finding {
		var out []Finding
		for _, f := range l.out {
			out = append(out, f.Finding)
		}
		return out
	}())
}

// TestGeoWitness checks, on random sets of places, that geoWitness finds a
// place in both sets whenever one exists (by brute force over a universe of
// places), that the place is in both, and that geoSet.meets never keeps
// apart two sets that share a place.
func TestGeoWitness(t *testing.T) {
	universe := []geoAtom{
		{'c', "US", ""}, {'c', "CA", ""}, {'s', "US", "US-CA"}, {'s', "US", "US-NY"}, {'s', "CA", "CA-QC"},
		{'p', "US", "9"}, {'p', "US", "94"}, {'p', "US", "941"}, {'p', "US", "94107"}, {'p', "US", "942"},
		{'p', "US", "9421"}, {'p', "US", "94211"}, {'p', "US", "100"}, {'p', "US", "10001"}, {'p', "CA", "H2X"}, {'p', "CA", "H2"},
	}
	var places []point
	for _, c := range []string{"US", "CA"} {
		for _, st := range []string{"", "US-CA", "US-NY", "CA-QC"} {
			if st != "" && !strings.HasPrefix(st, c+"-") {
				continue
			}
			for _, pc := range []string{"", "9", "94", "941", "94107", "942", "9421", "94211", "100", "10001", "H2X", "H2", "H2X1"} {
				places = append(places, point{c, st, pc})
			}
		}
	}
	bits := countryBits{}
	l := newLinter(mustParse(t, lintHead+"rules: [{name: r, pool: t}]\n"))
	rnd := uint64(1)
	next := func() uint64 { rnd = rnd*6364136223846793005 + 1442695040888963407; return rnd >> 33 }
	random := func() *geoSet {
		var as []geoAtom
		for range 1 + next()%4 {
			as = append(as, universe[next()%uint64(len(universe))])
		}
		return newGeoSet(as, bits)
	}
	met := 0
	for range 5000 {
		sets := []*geoSet{random(), random()}
		if next()%3 == 0 {
			sets = append(sets, random())
		}
		exists := slices.ContainsFunc(places, func(p point) bool {
			return !slices.ContainsFunc(sets, func(g *geoSet) bool { return !g.holds(p) })
		})
		p, found, sure := geoWitness(sets, l.budget(1<<30, ""))
		require.True(t, sure)
		require.Equal(t, exists, found, "sets %v %v: a shared place exists: %v, found: %v", sets[0].atoms, sets[1].atoms, exists, found)
		if !found {
			continue
		}
		met++
		for _, g := range sets {
			require.True(t, g.holds(p), "%v is not in %v", p, g.atoms)
		}
		require.True(t, sets[0].meets(sets[1]), "%v and %v share %v, but meets says no", sets[0].atoms, sets[1].atoms, p)
	}
	assert.Greater(t, met, 500)
}
