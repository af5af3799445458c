package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/build"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/config"
	"github.com/leadroute/leadroute/sim"
)

var binary string

// TestMain builds the leadroute binary once; the tests run it end to end.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "leadroute-cli")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "leadroute")
	if runtime.GOOS == "windows" {
		binary += ".exe"
	}
	gobin := filepath.Join(build.Default.GOROOT, "bin", "go")
	if _, err := os.Stat(gobin); err != nil {
		gobin = "go"
	}
	out, err := exec.Command(gobin, "build", "-o", binary, ".").CombinedOutput()
	if err != nil {
		os.RemoveAll(dir)
		fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	code           int
	stdout, stderr string
}

func cli(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{code, out.String(), errb.String()}
}

func (r result) expect(t *testing.T, code int, stdout, stderr []string) {
	t.Helper()
	if r.code != code {
		t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, code, r.stdout, r.stderr)
	}
	for _, s := range stdout {
		if !strings.Contains(r.stdout, s) {
			t.Errorf("stdout lacks %q:\n%s", s, r.stdout)
		}
	}
	for _, s := range stderr {
		if !strings.Contains(r.stderr, s) {
			t.Errorf("stderr lacks %q:\n%s", s, r.stderr)
		}
	}
	// Not a terminal: no progress line.
	if strings.ContainsAny(r.stderr, "\r\033") {
		t.Errorf("progress written to a non-terminal stderr: %q", r.stderr)
	}
}

func TestUsage(t *testing.T) {
	cli(t, "").expect(t, 2, nil, []string{"Commands:", "leadroute demo"})
	cli(t, "", "frobnicate").expect(t, 2, nil, []string{`unknown command "frobnicate"`})
	cli(t, "", "help").expect(t, 0, []string{"validate FILE"}, nil)
	cli(t, "", "validate").expect(t, 2, nil, []string{"missing 1 file argument", "usage: leadroute validate FILE"})
	cli(t, "", "validate", "a.yaml", "b.yaml").expect(t, 2, nil, []string{`unexpected argument "b.yaml"`})
	cli(t, "", "simulate", "testdata/old.yaml", "--bogus").expect(t, 2, nil, []string{"flag provided but not defined: -bogus"})
	cli(t, "", "simulate", "-h").expect(t, 0, []string{"-leads", "-html"}, nil)
	cli(t, "", "route", "testdata/old.yaml", "--at", "teatime").expect(t, 2, nil, []string{"--at"})
}

func TestValidate(t *testing.T) {
	cli(t, "", "validate", "testdata/old.yaml").expect(t, 0, []string{`testdata/old.yaml: ok: 4 reps, 3 rules, fallback queue "triage"`}, nil)
	r := cli(t, "", "validate", "testdata/bad.yaml")
	r.expect(t, 1, nil, []string{
		`testdata/bad.yaml:3:28: reps[0].time_zone: unknown time zone "Europe/Londn"`,
		"\ntestdata/bad.yaml:6:13: rules[0].match.countri: unknown field (did you mean \"country\"?)",
	})
	if r.stdout != "" {
		t.Errorf("stdout: %q", r.stdout)
	}
	cli(t, "", "validate", "testdata/missing.yaml").expect(t, 1, nil, []string{"missing.yaml"})
	// Flags may follow the file.
	cli(t, "", "validate", "testdata/new.yaml").expect(t, 0, []string{"ok: 4 reps, 3 rules"}, nil)
}

// runInProcess runs a command in process.
func runInProcess(stdin string, args ...string) result {
	var out, errb bytes.Buffer
	code := run(&env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb}, args)
	return result{code, out.String(), errb.String()}
}

func TestLint(t *testing.T) {
	cli(t, "", "lint", "testdata/lint.yaml").expect(t, 1,
		[]string{"testdata/lint.yaml:4:10: warning: reps[1].id: ", "[LR108 unused-rep]", "testdata/lint.yaml:8:5: warning: rules[1]: ", "[LR103 covered]"},
		[]string{"testdata/lint.yaml: 2 findings (0 errors, 2 warnings, 0 info); 2 at or above warning"})
	r := cli(t, "", "lint", "testdata/lint.yaml", "--json")
	var findings []struct {
		File     string          `json:"file"`
		Line     int             `json:"line"`
		Column   int             `json:"column"`
		Code     string          `json:"code"`
		Name     string          `json:"name"`
		Severity string          `json:"severity"`
		Rules    []string        `json:"rules"`
		Rep      string          `json:"rep"`
		Example  json.RawMessage `json:"example"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &findings); err != nil || r.code != 1 || len(findings) != 2 {
		t.Fatalf("lint --json: code %d, %v, %+v\n%s", r.code, err, findings, r.stdout)
	}
	if f := findings[0]; f.Line != 4 || f.Column != 10 || f.Code != "LR108" || f.Name != "unused-rep" || f.Severity != "warning" || f.Rep != "idle" {
		t.Errorf("lint --json: first finding %+v", f)
	}
	var example map[string]any
	if f := findings[1]; f.Code != "LR103" || strings.Join(f.Rules, ",") != "gb,all" || json.Unmarshal(f.Example, &example) != nil || example["country"] != "GB" {
		t.Errorf("lint --json: second finding %+v (example %s)", f, f.Example)
	}
	cli(t, "", "lint", "testdata/bad.yaml").expect(t, 1, nil, []string{"testdata/bad.yaml:6:13: rules[0].match.countri"})
}

// TestLintExitCodes checks the exit codes that gate CI, in process.
func TestLintExitCodes(t *testing.T) {
	for _, tc := range []struct {
		args   []string
		code   int
		stdout string
		stderr string
	}{
		// lint.yaml has two warnings; new.yaml one info finding (an overlap).
		{[]string{"testdata/lint.yaml"}, exitFail, "[LR103 covered]", "2 at or above warning"},
		{[]string{"testdata/lint.yaml", "--fail-on", "error"}, exitOK, "[LR108 unused-rep]", "0 at or above error"},
		{[]string{"testdata/lint.yaml", "--fail-on=info"}, exitFail, "", "2 at or above info"},
		{[]string{"testdata/lint.yaml", "--disable", "LR108", "--disable", "covered"}, exitOK, "testdata/lint.yaml: no findings", ""},
		{[]string{"testdata/lint.yaml", "--disable", "unused-rep,LR103"}, exitOK, "no findings", ""},
		{[]string{"testdata/lint.yaml", "--disable", "LR108"}, exitFail, "[LR103 covered]", "1 finding (0 errors, 1 warning, 0 info)"},
		{[]string{"testdata/new.yaml"}, exitOK, "[LR101 partial-overlap]", "0 at or above warning"},
		{[]string{"testdata/new.yaml", "--fail-on", "info"}, exitFail, `both match leads such as {"country":"DE"}, and "dach" wins them`, "1 at or above info"},
		{[]string{"testdata/lint.yaml", "--disable", "shadowd"}, exitUsage, "", `unknown lint check "shadowd" (did you mean "shadowed"?)`},
		{[]string{"testdata/lint.yaml", "--fail-on", "fatal"}, exitUsage, "", `--fail-on: unknown severity "fatal"`},
		{[]string{"testdata/missing.yaml"}, exitFail, "", "missing.yaml"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := runInProcess("", append([]string{"lint"}, tc.args...)...)
			r.expect(t, tc.code, []string{tc.stdout}, []string{tc.stderr})
		})
	}
}

// decisions reads route's output: decisions in their JSON form.
func decisions(t *testing.T, out string) []leadroute.Decision {
	t.Helper()
	var ds []leadroute.Decision
	for line := range strings.Lines(out) {
		var d leadroute.Decision
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("not JSON Lines: %q: %v", line, err)
		}
		ds = append(ds, d)
	}
	return ds
}

func TestRoute(t *testing.T) {
	r := cli(t, "", "route", "testdata/old.yaml", "--lead", `{"id":"x1","country":"Germany","email":"eva@firma.de"}`)
	r.expect(t, 0, nil, nil)
	if ds := decisions(t, r.stdout); len(ds) != 1 || ds[0].RepID != "alice" || ds[0].Rule != "emea" || ds[0].Reason != "round-robin" || ds[0].LeadID != "x1" {
		t.Errorf("decision %+v", ds)
	}

	in := `{"id":"a","country":"GB","created_at":"2026-03-02T10:00:00Z"}
{"id":"b","country":"GB","created_at":"2026-03-02T11:00:00Z"}

{"id":"c","country":"JP","email":"n/a"}
`
	r = cli(t, in, "route", "testdata/old.yaml", "--at", "created", "--trace")
	r.expect(t, 0, nil, nil)
	ds := decisions(t, r.stdout)
	if len(ds) != 3 || ds[0].RepID != "alice" || ds[1].RepID != "bob" || ds[2].Queue != "triage" || ds[2].Rule != "" {
		t.Fatalf("decisions %+v", ds)
	}
	if !ds[0].At.Equal(time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)) {
		t.Errorf("--at created routed at %s", ds[0].At)
	}
	if len(ds[2].Problems) != 1 || !strings.Contains(ds[2].Problems[0], "not an email address") {
		t.Errorf("problems %v", ds[2].Problems)
	}
	if n := len(ds[2].Trace); n == 0 || ds[2].Trace[n-1].Event != leadroute.EventFallback || ds[2].Trace[n-1].Queue != "triage" {
		t.Errorf("trace %v", ds[2].Trace)
	}

	r = cli(t, "{\"id\":\"a\",\"country\":\"GB\"}\n{\"id\":\"b\",\"employees\":\"lots\"}\nnot json\n", "route", "testdata/old.yaml")
	r.expect(t, 1, nil, []string{`stdin:2: employees: "lots": not a whole number`, "stdin:3: not a JSON object", "2 invalid leads not routed"})
	if ds := decisions(t, r.stdout); len(ds) != 1 {
		t.Errorf("valid leads should still route: %+v", ds)
	}
	cli(t, "", "route", "testdata/old.yaml", "--lead", `{"id":`).expect(t, 1, nil, []string{"--lead: not a JSON object"})
	cli(t, "", "route", "testdata/old.yaml", "--lead", `null`).expect(t, 1, nil, []string{"--lead: not a JSON object: null"})
	cli(t, "", "route", "testdata/bad.yaml", "--lead", `{}`).expect(t, 1, nil, []string{"testdata/bad.yaml:3:"})
}

func TestSimulate(t *testing.T) {
	r := cli(t, "", "simulate", "testdata/old.yaml", "--leads", "testdata/leads.csv")
	r.expect(t, 0, []string{"Simulated 6 leads", "fallback 1 (16.7%)", "alice", "Lead problems"}, nil)

	r = cli(t, "", "simulate", "testdata/old.yaml", "--leads", "testdata/leads.csv", "--json")
	r.expect(t, 0, nil, nil)
	var rep sim.Report
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Leads != 6 || rep.Fallback != 1 || rep.Counts()["bob"] != 2 || rep.Counts()["alice"] != 2 || rep.Counts()["carol"] != 1 {
		t.Errorf("report %+v", rep.Counts())
	}

	html := filepath.Join(t.TempDir(), "report.html")
	r = cli(t, "", "simulate", "testdata/new.yaml", "--generate", "800", "--seed", "3", "--html", html)
	r.expect(t, 0, []string{"Simulated 800 leads"}, []string{"wrote " + html})
	page, err := os.ReadFile(html)
	if err != nil || !bytes.Contains(page, []byte("<svg")) || bytes.Contains(page, []byte("https://")) {
		t.Errorf("html report: %v, %d bytes", err, len(page))
	}
	// The same seed gives the same report.
	a := cli(t, "", "simulate", "testdata/new.yaml", "--generate", "300", "--json")
	b := cli(t, "", "simulate", "testdata/new.yaml", "--generate", "300", "--json")
	if a.stdout != b.stdout || a.code != 0 {
		t.Error("simulate is not reproducible")
	}
	cli(t, "", "simulate", "testdata/old.yaml").expect(t, 0, []string{"Simulated 5,000 leads"}, []string{"no --leads given: simulating 5,000 leads generated (seed 1)"})

	bad := filepath.Join(t.TempDir(), "bad.csv")
	os.WriteFile(bad, []byte("id,country,score\nA,GB,1\nB,GB,high\n"), 0o644)
	cli(t, "", "simulate", "testdata/old.yaml", "--leads", bad).expect(t, 1, nil, []string{bad + `:3: score: "high": not a whole number`})
	cli(t, "", "simulate", "testdata/old.yaml", "--leads", "x.csv", "--generate", "5").expect(t, 2, nil, []string{"not both"})
	cli(t, "", "simulate", "testdata/old.yaml", "--tz", "Mars/Olympus").expect(t, 2, nil, []string{"unknown time zone"})
	cli(t, "", "simulate", "testdata/bad.yaml").expect(t, 1, nil, []string{"testdata/bad.yaml:6:13: rules[0].match.countri"})
}

func TestDiff(t *testing.T) {
	// Crafted rule files: the new one gives DE to dora.
	r := cli(t, "", "diff", "testdata/old.yaml", "testdata/new.yaml", "--leads", "testdata/leads.csv")
	r.expect(t, 0, []string{"3 of 6 leads would move (50.0%); 2 decided by a different rule.", "bob           .      .    .      2", "L2", "L4"}, nil)

	r = cli(t, "", "diff", "testdata/old.yaml", "testdata/new.yaml", "--leads", "testdata/leads.csv", "--json", "--exit-code")
	r.expect(t, 1, nil, nil)
	var d sim.DiffReport
	if err := json.Unmarshal([]byte(r.stdout), &d); err != nil {
		t.Fatal(err)
	}
	want := []sim.Change{
		{LeadID: "L2", From: "bob", To: "dora", OldRule: "emea", NewRule: "dach"},
		{LeadID: "L3", From: "alice", To: "bob", OldRule: "emea", NewRule: "emea"},
		{LeadID: "L4", From: "bob", To: "dora", OldRule: "emea", NewRule: "dach"},
	}
	if len(d.Changes) != len(want) || d.Moves("bob", "dora") != 2 || d.Moves("alice", "alice") != 1 {
		t.Fatalf("diff %+v", d)
	}
	for i, c := range d.Changes {
		w := want[i]
		if c.LeadID != w.LeadID || c.From != w.From || c.To != w.To || c.OldRule != w.OldRule || c.NewRule != w.NewRule {
			t.Errorf("change %d: %+v, want %+v", i, c, w)
		}
	}
	cli(t, "", "diff", "testdata/old.yaml", "testdata/old.yaml", "--generate", "300", "--exit-code").expect(t, 0, []string{"0 of 300 leads would move"}, nil)
	cli(t, "", "diff", "testdata/old.yaml").expect(t, 2, nil, []string{"missing 1 file argument"})
	cli(t, "", "diff", "testdata/old.yaml", "testdata/bad.yaml").expect(t, 1, nil, []string{"testdata/bad.yaml:3:"})
}

func TestDemo(t *testing.T) {
	r := cli(t, "", "demo")
	r.expect(t, 0, []string{
		"leadroute demo: 15 reps and 7 rules",
		"20 of 5,000 leads generated (one every 250)",
		"→ routed to", "round-robin",
		"Simulated 5,000 leads",
		"fallback",
		"fairness (leads vs expected share): max/min",
		"Rules", "Queues", "Coverage gaps", "Lead problems",
	}, nil)
	if n := strings.Count(r.stdout, "  L0"); n != 20 {
		t.Errorf("%d routed leads shown, want 20", n)
	}
	r = cli(t, "", "demo", "--print-config")
	r.expect(t, 0, []string{"rules:"}, nil)
	cfg, err := config.Parse([]byte(r.stdout), config.YAML)
	if err != nil {
		t.Fatal(err)
	}
	// The demo's rules lint clean: their intended gaps and overlaps are
	// suppressed with reasons.
	for _, f := range config.Lint(cfg) {
		t.Errorf("the demo rules have a lint finding: %v", f)
	}
	if r := runInProcess("", "lint", "demo.yaml", "--fail-on", "info"); r.code != exitOK || !strings.Contains(r.stdout, "demo.yaml: no findings") {
		t.Errorf("lint demo.yaml: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

func TestProgress(t *testing.T) {
	var buf bytes.Buffer
	e := &env{stderr: &buf}
	p := newProgress(e, 10000, true)
	p.last = p.last.Add(-time.Second) // let the first update print
	p.update(2048)
	p.done()
	out := buf.String()
	if !strings.Contains(out, "2048/10000 leads (20%)") || !strings.Contains(out, "leads/s") || !strings.Contains(out, "ETA") || !strings.HasSuffix(out, "\r\033[K") {
		t.Errorf("progress %q", out)
	}
	buf.Reset()
	quiet := newProgress(e, 10000, false)
	quiet.last = quiet.last.Add(-time.Second)
	quiet.update(2048)
	quiet.done()
	if buf.Len() != 0 {
		t.Errorf("disabled progress wrote %q", buf.String())
	}
}

// TestRouteLongLines: a line over 1 MiB is reported with its number and
// skipped; the lines after it are still routed, and the summary says how
// many leads were and were not routed.
func TestRouteLongLines(t *testing.T) {
	const limit = 1 << 20
	lead := func(id string) string { return `{"id":"` + id + `","country":"GB"}` }
	// padded is a valid lead of exactly n bytes.
	padded := func(id string, n int) string {
		s := `{"id":"` + id + `","country":"GB"`
		return s + strings.Repeat(" ", n-len(s)-1) + "}"
	}
	tests := []struct {
		name   string
		in     string
		code   int
		ids    []string
		stderr []string
	}{
		{
			name:   "long line in the middle",
			in:     lead("a") + "\n" + padded("big", limit+1) + "\n" + lead("c") + "\n",
			code:   1,
			ids:    []string{"a", "c"},
			stderr: []string{"stdin:2: line of 1048577 bytes is longer than the limit of 1048576; lead not routed", "leadroute route: 2 leads routed, 1 invalid lead not routed"},
		},
		{
			name:   "several problems",
			in:     lead("a") + "\n" + strings.Repeat("x", 3*limit) + "\nnot json\n\n" + padded("big", 2*limit) + "\r\n" + lead("f"),
			code:   1,
			ids:    []string{"a", "f"},
			stderr: []string{"stdin:2: line of 3145728 bytes", "stdin:3: not a JSON object", "stdin:5: line of 2097152 bytes", "2 leads routed, 3 invalid leads not routed"},
		},
		{
			name:   "long last line without a line break",
			in:     lead("a") + "\n" + padded("big", limit+10),
			code:   1,
			ids:    []string{"a"},
			stderr: []string{"stdin:2: line of 1048586 bytes", "1 lead routed, 1 invalid lead not routed"},
		},
		{
			name: "a line of exactly 1 MiB is read",
			in:   padded("big", limit) + "\n" + padded("big2", limit) + "\r\n" + lead("c"),
			code: 0,
			ids:  []string{"big", "big2", "c"},
		},
	}
	cli(t, "", "route", "-h").expect(t, 0, []string{"longer than 1 MiB", "how\nmany leads were routed"}, nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := cli(t, tt.in, "route", "testdata/old.yaml")
			r.expect(t, tt.code, nil, tt.stderr)
			var ids []string
			for _, d := range decisions(t, r.stdout) {
				ids = append(ids, d.LeadID)
			}
			if strings.Join(ids, ",") != strings.Join(tt.ids, ",") {
				t.Errorf("routed %v, want %v", ids, tt.ids)
			}
			if tt.code == 0 && r.stderr != "" {
				t.Errorf("stderr: %q", r.stderr)
			}
		})
	}
}
