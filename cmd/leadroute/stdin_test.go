package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runWith runs a command in process with stdin.
func runWith(stdin string, args ...string) result {
	var out, errb bytes.Buffer
	code := run(&env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb}, args)
	return result{code, out.String(), errb.String()}
}

func readTestdata(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return string(b)
}

// hasLine reports whether out has a line starting with prefix.
func hasLine(out, prefix string) bool {
	for line := range strings.Lines(out) {
		if strings.HasPrefix(line, prefix) {
			return true
		}
	}
	return false
}

// TestStdin: "-" reads stdin wherever a file is read, and diagnostics name
// it "stdin".
func TestStdin(t *testing.T) {
	old, bad, lint, leads := readTestdata(t, "old.yaml"), readTestdata(t, "bad.yaml"), readTestdata(t, "lint.yaml"), readTestdata(t, "leads.csv")
	oldCases := readTestdata(t, "old_cases.yaml")
	oldJSON := `{"version": 1, "fallback": "triage", "reps": [{"id": "alice", "time_zone": "Europe/London"}],
 "rules": [{"name": "all", "match": {}, "pool": ["alice"]}]}`
	tests := []struct {
		name   string
		stdin  string
		args   []string
		code   int
		stdout []string
		lines  []string // stderr lines starting so
		stderr []string
	}{
		{"validate", old, []string{"validate", "-"}, exitOK, []string{`stdin: ok: 4 reps, 3 rules, fallback queue "triage"`}, nil, nil},
		{"validate JSON rules", oldJSON, []string{"validate", "-"}, exitOK, []string{"stdin: ok: 1 rep, 1 rule"}, nil, nil},
		{"validate invalid", bad, []string{"validate", "-"}, exitFail, nil, []string{`stdin:3:28: reps[0].time_zone: unknown time zone "Europe/Londn"`, "stdin:6:13: rules[0].match.countri: unknown field"}, nil},
		{"lint", lint, []string{"lint", "-"}, exitFail, []string{"stdin:4:10: warning: reps[1].id: "}, []string{"stdin: 2 findings"}, nil},
		{"lint invalid", bad, []string{"lint", "-"}, exitFail, nil, []string{"stdin:6:13: rules[0].match.countri"}, nil},
		{"route rules from stdin", old, []string{"route", "-", "--lead", `{"id":"x1","country":"DE"}`}, exitOK, []string{`"lead_id":"x1","rep":"alice","rule":"emea"`}, nil, nil},
		{"route leads from stdin", `{"id":"a","country":"GB"}` + "\n", []string{"route", "testdata/old.yaml", "--leads", "-"}, exitOK, []string{`"lead_id":"a"`}, nil, nil},
		{"route leads and rules both stdin", old, []string{"route", "-"}, exitUsage, nil, nil, []string{`stdin can be read only once`}},
		{"route --lead and --leads", "", []string{"route", "testdata/old.yaml", "--lead", "{}", "--leads", "x.jsonl"}, exitUsage, nil, nil, []string{"give --lead or --leads, not both"}},
		{"simulate leads CSV from stdin", leads, []string{"simulate", "testdata/old.yaml", "--leads", "-"}, exitOK, []string{"Simulated 6 leads", "fallback 1 (16.7%)"}, nil, nil},
		{"simulate leads JSONL from stdin", `{"id":"a","country":"GB","created_at":"2026-03-02T10:00:00Z"}` + "\n", []string{"simulate", "testdata/old.yaml", "--leads", "-"}, exitOK, []string{"Simulated 1 lead from Mon 2026-03-02 10:00"}, nil, nil},
		{"simulate bad lead from stdin", "id,score\nA,1\nB,high\n", []string{"simulate", "testdata/old.yaml", "--leads", "-"}, exitFail, nil, []string{`stdin:3: score: "high": not a whole number`}, nil},
		{"simulate rules from stdin", old, []string{"simulate", "-", "--leads", "testdata/leads.csv", "--json"}, exitOK, []string{`"leads": 6`}, nil, nil},
		{"simulate both stdin", old, []string{"simulate", "-", "--leads", "-"}, exitUsage, nil, nil, []string{"stdin can be read only once"}},
		{"diff new from stdin", readTestdata(t, "new.yaml"), []string{"diff", "testdata/old.yaml", "-", "--leads", "testdata/leads.csv"}, exitOK, []string{"3 of 6 leads would move"}, nil, nil},
		{"diff leads from stdin", leads, []string{"diff", "testdata/old.yaml", "testdata/new.yaml", "--leads", "-"}, exitOK, []string{"3 of 6 leads would move"}, nil, nil},
		{"diff invalid from stdin", bad, []string{"diff", "testdata/old.yaml", "-"}, exitFail, nil, []string{"stdin:3:28: reps[0].time_zone"}, nil},
		{"diff both stdin", old, []string{"diff", "-", "-"}, exitUsage, nil, nil, []string{"stdin can be read only once"}},
		{"test cases from stdin", oldCases, []string{"test", "testdata/old.yaml", "-"}, exitFail, []string{"--- FAIL: Austria goes to EMEA (stdin:11:5)", "FAIL\tstdin\t"}, nil, nil},
		{"test rules from stdin", old, []string{"test", "-", "testdata/old_cases.yaml"}, exitFail, []string{"--- FAIL: Austria goes to EMEA (testdata/old_cases.yaml:11:5)"}, nil, nil},
		{"test bad cases from stdin", "cases:\n  - name: x\n    lead: {contry: DE}\n    expect: {rep: alice}\n", []string{"test", "testdata/old.yaml", "-"}, exitFail, nil, []string{"stdin:3:12: cases[0].lead.contry: unknown field"}, nil},
		{"test both stdin", old, []string{"test", "-", "-"}, exitUsage, nil, nil, []string{"stdin can be read only once"}},
		{"missing file", "", []string{"validate", "testdata/missing.yaml"}, exitFail, nil, []string{"testdata/missing.yaml: no such file or directory"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runWith(tt.stdin, tt.args...)
			r.expect(t, tt.code, tt.stdout, tt.stderr)
			for _, l := range tt.lines {
				assert.True(t, hasLine(r.stderr, l), "no stderr line starts with %q:\n%s", l, r.stderr)
			}
		})
	}
}

// TestStdinAccounts: an accounts CSV named by rules read from stdin is read
// relative to the working directory, not the rules file's.
func TestStdinAccounts(t *testing.T) {
	rules := readTestdata(t, "accounts.yaml")
	lead := `{"id":"x","email":"jo@acme.com","country":"GB"}`
	// Named, the CSV is found next to the rules file.
	r := runWith("", "route", "testdata/accounts.yaml", "--lead", lead)
	r.expect(t, exitOK, []string{`"rep":"carol","rule":"named-accounts"`}, nil)
	// From stdin in this directory, accounts.csv is not here.
	r = runWith(rules, "validate", "-")
	r.expect(t, exitFail, nil, nil)
	assert.True(t, hasLine(r.stderr, "stdin:9:17: accounts.csv: "), r.stderr)
	// From stdin in testdata, it is.
	t.Chdir("testdata")
	r = runWith(rules, "route", "-", "--lead", lead)
	r.expect(t, exitOK, []string{`"rep":"carol","rule":"named-accounts"`}, nil)
	for _, cmd := range []string{"validate", "lint", "route", "simulate", "diff", "test"} {
		assert.Contains(t, runIn(cmd, "-h").stdout, "working directory", cmd)
	}
}

// TestValidateJSON: validate --json reports on stdout, valid or not.
func TestValidateJSON(t *testing.T) {
	type out struct {
		File     string `json:"file"`
		Valid    bool   `json:"valid"`
		Reps     int    `json:"reps"`
		Rules    int    `json:"rules"`
		Fallback string `json:"fallback"`
		Errors   []diag `json:"errors"`
	}
	tests := []struct {
		name  string
		stdin string
		args  []string
		code  int
		want  out
	}{
		{"valid", "", []string{"testdata/old.yaml"}, exitOK, out{File: "testdata/old.yaml", Valid: true, Reps: 4, Rules: 3, Fallback: "triage", Errors: []diag{}}},
		{"invalid", "", []string{"testdata/bad.yaml"}, exitFail, out{File: "testdata/bad.yaml", Errors: []diag{
			{File: "testdata/bad.yaml", Line: 3, Column: 28, Path: "reps[0].time_zone", Message: `unknown time zone "Europe/Londn" (want an IANA name such as "Europe/Madrid")`},
			{File: "testdata/bad.yaml", Line: 6, Column: 13, Path: "rules[0].match.countri", Message: `unknown field (did you mean "country"?)`},
		}}},
		{"stdin", readTestdata(t, "new.yaml"), []string{"-"}, exitOK, out{File: "stdin", Valid: true, Reps: 4, Rules: 3, Fallback: "triage", Errors: []diag{}}},
		{"missing", "", []string{"testdata/missing.yaml"}, exitFail, out{File: "testdata/missing.yaml", Errors: []diag{{File: "testdata/missing.yaml", Message: "no such file or directory"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runWith(tt.stdin, append([]string{"validate", "--json"}, tt.args...)...)
			assert.Equal(t, tt.code, r.code)
			assert.Empty(t, r.stderr)
			var got out
			require.NoError(t, json.Unmarshal([]byte(r.stdout), &got), r.stdout)
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestRouteLeadsFile: route --leads F names the file in its diagnostics.
func TestRouteLeadsFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "leads.jsonl")
	require.NoError(t, os.WriteFile(path, []byte("{\"id\":\"a\",\"country\":\"GB\"}\n{\"id\":\"b\",\"employees\":\"lots\"}\n"), 0o644))
	r := runWith("", "route", "testdata/old.yaml", "--leads", path)
	r.expect(t, exitFail, []string{`"lead_id":"a"`}, []string{"1 lead routed, 1 invalid lead not routed"})
	assert.True(t, hasLine(r.stderr, path+`:2: employees: "lots": not a whole number`), r.stderr)
	runWith("", "route", "testdata/old.yaml", "--leads", "testdata/none.jsonl").expect(t, exitFail, nil, []string{"testdata/none.jsonl: no such file or directory"})
}

// TestLeadFileWarnings: unknown CSV columns are warned about with a
// suggestion, and leads without created_at are not routed at 1970 without
// a word.
func TestLeadFileWarnings(t *testing.T) {
	tests := []struct {
		name   string
		file   string // written to leads.csv or leads.jsonl
		ext    string
		stdout []string
		lines  []string // stderr lines starting so
		notErr []string
		notOut []string
	}{
		{
			name:   "typo columns",
			file:   "id,created_at,country,postl_code,emial,attrs.region,Territory\nA,2026-03-02T10:00:00Z,GB,SW1,a@b.co,north,x\n",
			ext:    ".csv",
			stdout: []string{"Simulated 1 lead from Mon 2026-03-02 10:00"},
			lines: []string{
				`LEADS:1:4: warning: column "postl_code" names no lead field (did you mean "postal_code"?); its values become attribute "postl_code"`,
				`LEADS:1:5: warning: column "emial" names no lead field (did you mean "email"?); its values become attribute "emial"`,
				`LEADS:1:7: warning: column "Territory" names no lead field; its values become attribute "Territory"`,
			},
			notErr: []string{"region", "created_at"},
		},
		{
			name:   "no created_at column",
			file:   "id,country\nA,GB\nB,DE\n",
			ext:    ".csv",
			stdout: []string{"Simulated 2 leads from Mon 2026-03-02 15:00 to Mon 2026-03-02 15:00"},
			lines:  []string{"LEADS:1: warning: no created_at column: leads are routed at --start 2026-03-02T15:00:00Z"},
			notErr: []string{"names no lead field", "had no created_at"},
			notOut: []string{"1970"},
		},
		{
			name:   "JSON Lines, some without created_at",
			file:   `{"id":"a","country":"GB"}` + "\n" + `{"id":"b","country":"GB","created_at":"2026-03-03T10:00:00Z"}` + "\n" + `{"id":"c","country":"GB"}` + "\n",
			ext:    ".jsonl",
			stdout: []string{"Simulated 3 leads from Mon 2026-03-02 15:00 to Tue 2026-03-03 10:00", "2 leads had no created_at"},
			lines:  []string{"leadroute simulate: warning: 2 leads had no created_at: routed at the time of the lead before, or at --start 2026-03-02T15:00:00Z"},
			notOut: []string{"1970"},
		},
		{
			name:   "every lead has a time",
			file:   readTestdata(t, "leads.csv"),
			ext:    ".csv",
			stdout: []string{"Simulated 6 leads"},
			notErr: []string{"warning"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "leads"+tt.ext)
			require.NoError(t, os.WriteFile(path, []byte(tt.file), 0o644))
			r := runWith("", "simulate", "testdata/old.yaml", "--leads", path)
			r.expect(t, exitOK, tt.stdout, nil)
			for _, l := range tt.lines {
				l = strings.ReplaceAll(l, "LEADS", path)
				assert.True(t, hasLine(r.stderr, l), "no stderr line starts with %q:\n%s", l, r.stderr)
			}
			for _, s := range tt.notErr {
				assert.NotContains(t, r.stderr, s)
			}
			for _, s := range tt.notOut {
				assert.NotContains(t, r.stdout, s)
			}
		})
	}
	// --start moves them; a bad --start is a usage error.
	r := runWith("id,country\nA,GB\n", "simulate", "testdata/old.yaml", "--leads", "-", "--start", "2026-05-04T09:00:00Z")
	r.expect(t, exitOK, []string{"Simulated 1 lead from Mon 2026-05-04 09:00"}, []string{"stdin:1: warning: no created_at column: leads are routed at --start 2026-05-04T09:00:00Z"})
	runWith("", "simulate", "testdata/old.yaml", "--start", "soon").expect(t, exitUsage, nil, []string{"--start"})
}

func TestSuggestColumn(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"postl_code", ` (did you mean "postal_code"?)`},
		{"Emial", ` (did you mean "email"?)`},
		{"creatd_at", ` (did you mean "created_at"?)`},
		{"idd", ` (did you mean "id"?)`},
		{"region_of_sale", ""},
		{"", ""},
		{strings.Repeat("x", 100), ""},
	} {
		assert.Equal(t, tt.want, suggestColumn(tt.in), tt.in)
	}
}
