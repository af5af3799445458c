package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/config"
	"github.com/leadroute/leadroute/config/cases"
	"github.com/leadroute/leadroute/leadroutetest"
)

// runIn runs the command in process.
func runIn(args ...string) result {
	var out, errb bytes.Buffer
	code := run(&env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb}, args)
	return result{code, out.String(), errb.String()}
}

func TestTestDemo(t *testing.T) {
	r := runIn("test", "--demo")
	r.expect(t, 0, []string{"ok  \tdemo_cases.yaml\t15 cases passed\n"}, nil)
	assert.NotContains(t, r.stdout, "--- PASS")

	r = runIn("test", "--demo", "-v", "--run", "acme")
	r.expect(t, 0, []string{
		"--- PASS: acme lead goes to its owner\n",
		"--- PASS: acme lead goes to the backup when the owner is away\n",
		"ok  \tdemo_cases.yaml\t3 cases passed\n"}, nil)

	r = runIn("test", "--demo", "--print")
	r.expect(t, 0, nil, nil)
	assert.Equal(t, string(demoCasesYAML), r.stdout)
}

// TestDemoCasesWithTheGoHelper runs the demo's cases as Go subtests, as a
// team would run its own next to its rules.
func TestDemoCasesWithTheGoHelper(t *testing.T) {
	leadroutetest.RunCases(t, "demo.yaml", "demo_cases.yaml")
}

func TestTestFailure(t *testing.T) {
	r := runIn("test", "testdata/old.yaml", "testdata/old_cases.yaml")
	r.expect(t, 1, []string{
		"--- FAIL: Austria goes to EMEA (testdata/old_cases.yaml:11:5)\n" +
			"    rule:\n" +
			"        want: rule \"emea\"\n" +
			"        got:  rule \"dach-spare\"\n" +
			"    decision: rep dora by rule \"dach-spare\" (round-robin)\n" +
			"    at: Wed 2026-11-25 15:00 UTC\n" +
			"    trace:\n" +
			"        rule \"emea\": no match\n" +
			"        rule \"na\": no match\n" +
			"        rule \"dach-spare\": matched\n" +
			"        rule \"dach-spare\": picked dora (round-robin)\n",
		"FAIL\ttestdata/old_cases.yaml\t1 failed, 3 passed\n",
	}, nil)
	assert.Equal(t, 1, strings.Count(r.stdout, "--- FAIL"), r.stdout)

	// --run leaves the failing case out.
	runIn("test", "testdata/old.yaml", "testdata/old_cases.yaml", "--run", "UK|Brazil").
		expect(t, 0, []string{"ok  \ttestdata/old_cases.yaml\t3 cases passed\n"}, nil)
	runIn("test", "testdata/old.yaml", "testdata/old_cases.yaml", "--run", "nothing like it").
		expect(t, 0, []string{"0 cases passed"}, []string{`no case matches --run "nothing like it"`})
}

func TestTestJSON(t *testing.T) {
	r := runIn("test", "--json", "testdata/old.yaml", "testdata/old_cases.yaml")
	require.Equal(t, 1, r.code, r.stderr)
	var rep testReportJSON
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &rep), r.stdout)
	assert.Equal(t, "testdata/old.yaml", rep.Rules)
	assert.Equal(t, "testdata/old_cases.yaml", rep.Cases)
	assert.Equal(t, 3, rep.Passed)
	assert.Equal(t, 1, rep.Failed)
	require.Len(t, rep.Results, 4)
	first := rep.Results[0]
	assert.Equal(t, "UK leads start the EMEA rotation with alice", first.Name)
	assert.Equal(t, "testdata/old_cases.yaml:4:5", first.Where)
	assert.True(t, first.Pass)
	assert.Equal(t, `rep alice; rule "emea"`, first.Want)
	assert.Equal(t, "alice", first.Rep)
	assert.Equal(t, "emea", first.Rule)
	fail := rep.Results[2]
	assert.False(t, fail.Pass)
	assert.Equal(t, "dach-spare", fail.Rule)
	require.Len(t, fail.Mismatches, 1)
	assert.Equal(t, "rule", fail.Mismatches[0].Field)
	assert.Contains(t, fail.Trace, leadroute.Step{Event: leadroute.EventPicked, Rule: "dach-spare", Rep: "dora", Reason: "round-robin"}, "step objects, as route prints them")
	assert.Equal(t, "triage", rep.Results[3].Queue)
}

func TestTestErrors(t *testing.T) {
	// Usage errors: exit 2.
	runIn("test").expect(t, 2, nil, []string{"missing 2 file arguments", "usage: leadroute test RULES CASES"})
	runIn("test", "testdata/old.yaml").expect(t, 2, nil, []string{"missing 1 file argument"})
	runIn("test", "a", "b", "c").expect(t, 2, nil, []string{`unexpected argument "c"`})
	runIn("test", "--demo", "a").expect(t, 2, nil, []string{`--demo takes no file arguments, got "a"`})
	runIn("test", "--print", "a", "b").expect(t, 2, nil, []string{"--print goes with --demo"})
	runIn("test", "--demo", "--run", "(").expect(t, 2, nil, []string{"--run: error parsing regexp"})
	runIn("test", "--bogus").expect(t, 2, nil, []string{"flag provided but not defined: -bogus"})
	runIn("test", "-h").expect(t, 0, []string{"usage: leadroute test", "-run"}, nil)

	// Invalid files: exit 1, naming the place.
	runIn("test", "testdata/old.yaml", "testdata/bad_cases.yaml").expect(t, 1, nil,
		[]string{`testdata/bad_cases.yaml:6:12: cases[1].lead.contry: unknown field (did you mean "country"?)`})
	runIn("test", "testdata/old.yaml", "testdata/missing.yaml").expect(t, 1, nil, []string{"testdata/missing.yaml"})
	runIn("test", "testdata/bad.yaml", "testdata/old_cases.yaml").expect(t, 1, nil, []string{"testdata/bad.yaml:3:28: reps[0].time_zone"})
	// A case naming a rep the rules do not have.
	r := runIn("test", "testdata/old.yaml", "testdata/typo_cases.yaml")
	r.expect(t, 1, nil, []string{`testdata/typo_cases.yaml:4:19: cases[0].expect.rep: no rep "alise" in testdata/old.yaml (did you mean "alice"?)`})
	assert.Empty(t, r.stdout)
}

func TestTestBinary(t *testing.T) {
	// The built command exits as documented.
	cli(t, "", "test", "--demo").expect(t, 0, []string{"15 cases passed"}, nil)
	cli(t, "", "test", "testdata/old.yaml", "testdata/old_cases.yaml").expect(t, 1, []string{"--- FAIL: Austria goes to EMEA"}, nil)
}

// TestDocumentedCases runs the cases shown in README.md and
// config/FORMAT.md against the demo rules, so that the documentation
// keeps showing cases that pass.
func TestDocumentedCases(t *testing.T) {
	cfg, err := config.Parse(demoYAML, config.YAML)
	require.NoError(t, err)
	for _, doc := range []struct{ path, heading string }{
		{"../../README.md", "## Test your rules"},
		{"../../config/FORMAT.md", "## Test cases"},
	} {
		t.Run(doc.path, func(t *testing.T) {
			data, err := os.ReadFile(doc.path)
			require.NoError(t, err)
			text := string(data)
			i := strings.Index(text, doc.heading)
			require.GreaterOrEqual(t, i, 0, "no heading %q", doc.heading)
			section := text[i+len(doc.heading):]
			if j := strings.Index(section, "\n## "); j >= 0 {
				section = section[:j]
			}
			// Every yaml block of the section is a cases file.
			blocks := 0
			for {
				_, rest, ok := strings.Cut(section, "```yaml\n")
				if !ok {
					break
				}
				block, after, _ := strings.Cut(rest, "```")
				section = after
				blocks++
				f, err := cases.Parse([]byte(block), doc.path)
				require.NoError(t, err)
				results, err := cases.Run(context.Background(), cfg, f, cases.Options{Seed: 1})
				require.NoError(t, err)
				require.NotEmpty(t, results)
				for _, r := range results {
					assert.True(t, r.Passed(), "%s:\n%s", r.Case.Name, r.Report())
				}
			}
			require.Positive(t, blocks, "no yaml block under %q", doc.heading)
		})
	}
}

// TestTestAccounts: a cases file adds accounts for all its cases or for
// one, without touching the rules; their problems name the cases file's
// line and column.
func TestTestAccounts(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout []string
		lines  []string // stderr lines starting so
	}{
		{"accounts of the file and of a case", []string{"test", "testdata/accounts.yaml", "testdata/accounts_cases.yaml", "-v"}, exitFail,
			[]string{
				"--- PASS: the CSV's account goes to its owner\n",
				"--- PASS: the file's account goes to its owner\n",
				"--- PASS: a case moves acme to alice\n",
				"--- FAIL: initech's owner is carol (testdata/accounts_cases.yaml:16:5)\n" +
					"    rep:\n" +
					"        want: rep alice\n" +
					"        got:  rep carol\n",
				"rule \"named-accounts\": account owner: account initech by email domain initech.com\n",
				"FAIL\ttestdata/accounts_cases.yaml\t1 failed, 3 passed\n"}, nil},
		{"the passing cases", []string{"test", "testdata/accounts.yaml", "testdata/accounts_cases.yaml", "--run", "owner$|acme"}, exitOK,
			[]string{"ok  \ttestdata/accounts_cases.yaml\t3 cases passed\n"}, nil},
		{"an unknown owner", []string{"test", "testdata/accounts.yaml", "testdata/accounts_bad_cases.yaml"}, exitFail, nil,
			[]string{`testdata/accounts_bad_cases.yaml:5:52: cases[0].accounts[0].owner: no rep "carrol" in testdata/accounts.yaml (did you mean "carol"?)`}},
		{"rules without accounts", []string{"test", "testdata/old.yaml", "testdata/accounts_cases.yaml", "--run", "acme"}, exitFail, nil,
			[]string{"testdata/accounts_cases.yaml:3:3: accounts: testdata/old.yaml has no accounts section, so no rule reads accounts: these would change nothing",
				"testdata/accounts_cases.yaml:14:7: cases[2].accounts: testdata/old.yaml has no accounts section"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runIn(tc.args...)
			r.expect(t, tc.code, tc.stdout, nil)
			for _, l := range tc.lines {
				assert.True(t, hasLine(r.stderr, l), "stderr lacks a line starting %q:\n%s", l, r.stderr)
			}
			if tc.code == exitOK {
				assert.Empty(t, r.stderr)
			}
		})
	}
}
