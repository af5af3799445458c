package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute/config"
)

const sfData = "../../config/salesforce/testdata/"

func TestImportSalesforce(t *testing.T) {
	out := filepath.Join(t.TempDir(), "rules.yaml")
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stderr []string // substrings
	}{
		{"complete", []string{"import", "salesforce", sfData + "territory.assignmentRules-meta.xml", "--users", sfData + "users.csv", "--default-owner", "queue:Triage", "-o", out}, 0,
			[]string{"territory.assignmentRules-meta.xml:32:13: note: assignmentRule[1].ruleEntry[0].template", "complete: 10 rule entries imported"}},
		{"partial", []string{"import", "salesforce", sfData + "partial.assignmentRules-meta.xml", "--users", sfData + "users.csv"}, 1,
			[]string{"partial.assignmentRules-meta.xml:18:13: assignmentRule[0].ruleEntry[1].criteriaItems[0]: operation within", "incomplete: 1 rule entry imported of 9, 9 problems; left out: Partial entry 2, Partial entry 3"}},
		{"not metadata", []string{"import", "salesforce", sfData + "users.csv"}, 1, []string{"leadroute import: ", "users.csv: salesforce: invalid assignment rules metadata"}},
		{"bad users file", []string{"import", "salesforce", sfData + "territory.assignmentRules-meta.xml", "--users", sfData + "fields.csv"}, 1, []string{"fields.csv: users: line 1: want 2 columns (user,rep), found 3"}},
		{"missing file", []string{"import", "salesforce", "nope.xml"}, 1, []string{"nope.xml"}},
		{"unknown source", []string{"import", "hubspot", "x.xml"}, 2, []string{`unknown source "hubspot" (want salesforce)`}},
		{"bad default owner", []string{"import", "salesforce", "x.xml", "--default-owner", "jane"}, 2, []string{"want user:NAME or queue:NAME"}},
		{"missing argument", []string{"import", "salesforce"}, 2, []string{"missing 1 file argument"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := cli(t, "", tc.args...)
			assert.Equal(t, tc.code, r.code, "stderr:\n%s", r.stderr)
			for _, s := range tc.stderr {
				assert.Contains(t, r.stderr, s)
			}
		})
	}
	cfg, err := config.Load(out)
	require.NoError(t, err)
	assert.Equal(t, "Triage", cfg.Fallback())
	assert.Len(t, cfg.Rules(), 10)

	// stdin, and the YAML on stdout loads.
	data, err := os.ReadFile(sfData + "filters.assignmentRules-meta.xml")
	require.NoError(t, err)
	r := cli(t, string(data), "import", "salesforce", "-", "--users", sfData+"users.csv", "--fields", sfData+"fields.csv", "--default-owner", "user:0055e000002XyZwAAK")
	require.Equal(t, 0, r.code, r.stderr)
	assert.True(t, strings.HasPrefix(r.stdout, "# Imported from Salesforce"))
	assert.Contains(t, r.stderr, "stdin: complete: 9 rule entries imported")
	_, err = config.Parse([]byte(r.stdout), config.YAML)
	require.NoError(t, err)
}

// TestImportJSON: import --json reports on stdout, with the rules file in
// the report unless -o is given.
func TestImportJSON(t *testing.T) {
	out := filepath.Join(t.TempDir(), "rules.yaml")
	for _, tc := range []struct {
		name     string
		args     []string
		code     int
		complete bool
		imported int
		leftOut  []string
		problem  string // the first problem, as FILE:LINE:COL: path: message
		yaml     bool
	}{
		{"complete, to a file", []string{sfData + "territory.assignmentRules-meta.xml", "--users", sfData + "users.csv", "--default-owner", "queue:Triage", "-o", out},
			exitOK, true, 10, []string{}, "", false},
		{"partial, inline", []string{sfData + "partial.assignmentRules-meta.xml", "--users", sfData + "users.csv"},
			exitFail, false, 1, []string{"Partial entry 2", "Partial entry 3", "Partial entry 4", "Partial entry 5", "Partial entry 6", "Partial entry 7", "Partial entry 8", "Partial entry 9"}, sfData + "partial.assignmentRules-meta.xml:18:13: assignmentRule[0].ruleEntry[1].criteriaItems[0]: operation within", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runIn(append([]string{"import", "salesforce", "--json"}, tc.args...)...)
			require.Equal(t, tc.code, r.code, r.stderr)
			assert.Empty(t, r.stderr)
			var rep importReport
			require.NoError(t, json.Unmarshal([]byte(r.stdout), &rep), r.stdout)
			assert.Equal(t, tc.complete, rep.Complete)
			assert.Equal(t, tc.imported, rep.Imported)
			assert.Equal(t, tc.leftOut, rep.LeftOut)
			if tc.problem != "" {
				require.NotEmpty(t, rep.Problems)
				assert.True(t, strings.HasPrefix(rep.Problems[0].String(), tc.problem), rep.Problems[0].String())
			} else {
				assert.Empty(t, rep.Problems)
			}
			if tc.yaml {
				assert.True(t, strings.HasPrefix(rep.YAML, "# Imported from Salesforce"))
			} else {
				assert.Empty(t, rep.YAML)
				assert.Equal(t, out, rep.Output)
				_, err := config.Load(out)
				assert.NoError(t, err)
			}
		})
	}
}
