package config

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute"
)

// A well-formed subdivision code that the ISO data does not know loads and
// routes, and lint flags it; current codes raise nothing.
func TestLintUnknownSubdivision(t *testing.T) {
	cfg := mustParse(t, `reps:
  - {id: a}
territories:
  paris: {states: [FR-75C, fr-99z]}
rules:
  - name: paris
    match: {territories: [paris]}
    pool: [a]
  - name: old-paris
    match: {state: [FR-75, IN-LA, IN-DH, FR-6AE]}
    pool: [a]
`)
	type finding struct {
		Path  string
		Line  int
		Rules []string
		Msg   string
	}
	var got []finding
	for _, f := range Lint(cfg) {
		if f.Code == LintUnknownSubdivision {
			assert.Equal(t, "unknown-subdivision", f.Name)
			assert.Equal(t, SeverityWarning, f.Severity)
			got = append(got, finding{f.Path, f.Line, f.Rules, f.Msg})
		}
	}
	const tail = ` is not in leadroute's ISO 3166-2 data (iso-3166@4.4.0 (npm; github.com/wooorm/iso-3166)): a typo, a withdrawn code, or one added since; the rule matches leads with exactly this state`
	assert.Equal(t, []finding{
		{"territories.paris.states", 4, nil, `state "FR-99Z"` + tail},
		{"rules[1].match.state", 10, []string{"old-paris"}, `state "FR-75"` + tail},
	}, got)

	// A rule's suppression silences it.
	quiet := mustParse(t, `reps: [{id: a}]
rules:
  - name: new-code
    match: {state: [FR-99Z]}
    pool: [a]
    lint: {ignore: [{code: unknown-subdivision, reason: "added by ISO in 2027"}]}
`)
	for _, f := range Lint(quiet) {
		assert.NotEqual(t, LintUnknownSubdivision, f.Code, f.String())
	}

	r, err := cfg.Build()
	require.NoError(t, err)
	d, err := r.Explain(t.Context(), leadroute.Lead{Country: "FR", State: "fr-99z"})
	require.NoError(t, err)
	assert.Equal(t, "paris", d.Rule, "a new code routes like a known one")
}

// Malformed codes and unknown countries stay load errors.
func TestStateCodeErrors(t *testing.T) {
	for _, tt := range []struct{ state, want string }{
		{"FR-ABCD", `1 to 3 letters or digits`},
		{"ZZ-CA", `"ZZ" is not a known country code`},
		{"FR75C", `not an ISO 3166-2 code`},
	} {
		_, err := Parse([]byte("reps: [{id: a}]\nrules:\n  - {name: r, pool: [a], match: {state: ["+tt.state+"]}}\n"), YAML)
		assert.ErrorContains(t, err, tt.want, tt.state)
		_, err = Parse([]byte("reps: [{id: a}]\nterritories:\n  t: {states: ["+tt.state+"]}\nrules:\n  - {name: r, pool: [a], match: {territories: [t]}}\n"), YAML)
		assert.ErrorContains(t, err, tt.want, tt.state)
	}
}
