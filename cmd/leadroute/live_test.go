package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute/sim"
)

// simJSON runs simulate --json in process and decodes the report.
func simJSON(t *testing.T, stdin string, args ...string) (*sim.Report, result) {
	t.Helper()
	res := runWith(stdin, append([]string{"simulate", "--json", "--quiet"}, args...)...)
	if res.code != exitOK {
		t.Fatalf("exit %d\nstderr:\n%s", res.code, res.stderr)
	}
	var rep sim.Report
	require.NoError(t, json.Unmarshal([]byte(res.stdout), &rep))
	return &rep, res
}

// TestWorkTime: --work-time shows its default, takes "never" (sim.KeepOpen)
// and refuses 0, which no longer keeps leads open; in simulate, diff and
// demo alike.
func TestWorkTime(t *testing.T) {
	old, sla := filepath.Join("testdata", "old.yaml"), filepath.Join("testdata", "sla.yaml")
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout []string
		stderr []string
	}{
		{"simulate help shows the default", []string{"simulate", "-h"}, exitOK,
			[]string{"-work-time duration", `"never" keeps every assigned lead open (default 4h)`}, nil},
		{"diff help shows the default", []string{"diff", "-h"}, exitOK, []string{"(default 4h)"}, nil},
		{"demo help shows the default", []string{"demo", "-h"}, exitOK, []string{"-work-time duration", "(default 4h)"}, nil},
		{"simulate default", []string{"simulate", old, "--generate", "50", "--quiet"}, exitOK,
			[]string{"released after a work time of 4h"}, nil},
		{"simulate never", []string{"simulate", old, "--generate", "50", "--quiet", "--work-time", "never"}, exitOK,
			[]string{"assigned leads were never released (work time: never)"}, nil},
		{"simulate NEVER", []string{"simulate", old, "--generate", "50", "--quiet", "--work-time=NEVER"}, exitOK,
			[]string{"(work time: never)"}, nil},
		{"simulate 90m", []string{"simulate", old, "--generate", "50", "--quiet", "--work-time", "90m"}, exitOK,
			[]string{"released after a work time of 1h30m"}, nil},
		{"demo never", []string{"demo", "--generate", "50", "--work-time", "never"}, exitOK,
			[]string{"(work time: never)"}, nil},
		{"simulate 0", []string{"simulate", old, "--work-time", "0"}, exitUsage,
			nil, []string{`invalid value "0" for flag -work-time: 0 is not a work time`, "or never to keep assigned leads open"}},
		{"diff negative", []string{"diff", old, old, "--work-time", "-1h"}, exitUsage, nil, []string{"-1h is not a work time"}},
		{"demo garbage", []string{"demo", "--work-time", "forever"}, exitUsage, nil, []string{"want a duration such as 4h or 90m, or never"}},
		{"diff never", []string{"diff", sla, sla, "--generate", "50", "--quiet", "--work-time", "never"}, exitOK,
			[]string{"0 of 50 leads"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := runWith("", tc.args...)
			assert.Equal(t, tc.code, res.code, "stderr:\n%s", res.stderr)
			for _, s := range tc.stdout {
				assert.Contains(t, res.stdout, s)
			}
			for _, s := range tc.stderr {
				assert.Contains(t, res.stderr, s)
			}
		})
	}

	// The work time reaches both of diff's simulations.
	for _, tc := range []struct {
		arg  string
		want time.Duration
	}{{"never", sim.KeepOpen}, {"2h", 2 * time.Hour}, {"", sim.DefaultWorkTime}} {
		args := []string{"diff", old, old, "--generate", "50", "--quiet", "--json"}
		if tc.arg != "" {
			args = append(args, "--work-time", tc.arg)
		}
		res := runWith("", args...)
		require.Equal(t, exitOK, res.code, res.stderr)
		var d sim.DiffReport
		require.NoError(t, json.Unmarshal([]byte(res.stdout), &d))
		assert.Equal(t, tc.want, d.Old.WorkTime, "--work-time %q: old", tc.arg)
		assert.Equal(t, tc.want, d.New.WorkTime, "--work-time %q: new", tc.arg)
	}
}

// TestAcceptFlags: the acceptance flags map onto sim's AcceptModel and
// CheckEvery, as the SLA figures show.
func TestAcceptFlags(t *testing.T) {
	sla := filepath.Join("testdata", "sla.yaml")
	base := []string{sla, "--generate", "200", "--days", "2"}
	tests := []struct {
		name  string
		args  []string
		check func(t *testing.T, s *sim.SLA)
	}{
		{"default: accepted at once, checked every 5m", nil, func(t *testing.T, s *sim.SLA) {
			assert.Equal(t, 200, s.Assignments)
			assert.Equal(t, 200, s.InTime)
			assert.Equal(t, 5*time.Minute, s.CheckEvery)
		}},
		{"within the deadline", []string{"--accept-mean", "10m", "--accept-spread", "4m"}, func(t *testing.T, s *sim.SLA) {
			assert.Equal(t, s.Assignments, s.InTime)
			assert.Zero(t, s.Misses)
		}},
		{"past the deadline, found by the next check", []string{"--accept-mean", "40m", "--check-every", "5m"}, func(t *testing.T, s *sim.SLA) {
			assert.Zero(t, s.InTime)
			assert.Zero(t, s.Late)
			assert.Positive(t, s.Overdue)
			assert.Equal(t, s.Assignments, s.Misses+s.Unsettled)
		}},
		{"past the deadline, accepted before a check", []string{"--accept-mean", "25m", "--check-every", "3h"}, func(t *testing.T, s *sim.SLA) {
			assert.Equal(t, 3*time.Hour, s.CheckEvery)
			assert.Zero(t, s.InTime)
			assert.Positive(t, s.Late)
			assert.Greater(t, s.Late, s.Overdue)
		}},
		{"some never accepted", []string{"--never-accept", "0.2"}, func(t *testing.T, s *sim.SLA) {
			assert.Positive(t, s.Overdue)
			assert.Positive(t, s.InTime)
			assert.InDelta(t, 0.2, float64(s.Overdue)/float64(s.Assignments), 0.08)
		}},
		{"none accepted", []string{"--never-accept", "1", "--check-every", "1m"}, func(t *testing.T, s *sim.SLA) {
			assert.Zero(t, s.InTime)
			assert.Equal(t, s.Assignments, s.Overdue+s.Unsettled)
			assert.Equal(t, time.Minute, s.CheckEvery)
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep, res := simJSON(t, "", append(base, tc.args...)...)
			require.NotNil(t, rep.SLA, "no SLA section")
			tc.check(t, rep.SLA)
			assert.NotContains(t, res.stderr, "warning")
		})
	}

	// The text report shows the SLA section with the check interval.
	res := runWith("", append([]string{"simulate", "--quiet", "--accept-mean", "20m", "--never-accept", "0.1", "--check-every", "10m"}, base...)...)
	require.Equal(t, exitOK, res.code, res.stderr)
	assert.Contains(t, res.stdout, "Accept deadlines (SLA; overdue leads checked every 10m)")
	assert.True(t, hasLine(res.stdout, "  rule all (15m)"), res.stdout)
	assert.True(t, hasLine(res.stdout, "  rep alice"), res.stdout)

	// diff compares the deadlines of its two simulations.
	old := filepath.Join("testdata", "old.yaml")
	res = runWith("", "diff", old, sla, "--generate", "100", "--quiet", "--never-accept", "1")
	require.Equal(t, exitOK, res.code, res.stderr)
	assert.Contains(t, res.stdout, "\nLive operations\n")
	assert.NotContains(t, res.stdout, "live status changes")
	assert.True(t, hasLine(res.stdout, "  accept deadlines  assigned  in time  late  overdue  miss rate"), res.stdout)
	assert.True(t, hasLine(res.stdout, "  old rules         no lead assigned under a deadline"), res.stdout)
	assert.True(t, hasLine(res.stdout, "  new rules "), res.stdout)
	assert.Contains(t, res.stdout, "100.0%")
	res = runWith("", "diff", old, old, "--generate", "100", "--quiet")
	require.Equal(t, exitOK, res.code, res.stderr)
	assert.NotContains(t, res.stdout, "Live operations")
}

// TestEventsFlag: --events replays status events from a file or stdin,
// and its problems name the file and line.
func TestEventsFlag(t *testing.T) {
	sla, old := filepath.Join("testdata", "sla.yaml"), filepath.Join("testdata", "old.yaml")
	events := filepath.Join("testdata", "events.jsonl")
	eventsText := readTestdata(t, "events.jsonl")

	rep, _ := simJSON(t, "", sla, "--generate", "200", "--days", "2", "--events", events)
	assert.Equal(t, 2, rep.StatusChanges)
	away := 0
	for _, r := range rep.Reps {
		if r.ID == "alice" {
			away = r.Skipped["away (live status)"]
			assert.Equal(t, 2, r.StatusChanges)
		}
	}
	assert.Positive(t, away, "alice was away for a day: passed over")

	// The same from stdin, and without events for comparison.
	fromStdin, _ := simJSON(t, eventsText, sla, "--generate", "200", "--days", "2", "--events", "-")
	assert.Equal(t, rep.Reps, fromStdin.Reps)
	without, _ := simJSON(t, "", sla, "--generate", "200", "--days", "2")
	res := runWith("", "diff", sla, sla, "--generate", "200", "--days", "2", "--quiet", "--json", "--events", events)
	require.Equal(t, exitOK, res.code, res.stderr)
	var d sim.DiffReport
	require.NoError(t, json.Unmarshal([]byte(res.stdout), &d))
	assert.Equal(t, 2, d.Old.StatusChanges)
	assert.Equal(t, 2, d.New.StatusChanges)
	assert.NotEqual(t, rep.Reps, without.Reps)
	assert.Zero(t, without.StatusChanges)

	tests := []struct {
		name   string
		stdin  string
		args   []string
		code   int
		stdout []string
		stderr []string
	}{
		{"text report counts them", "", []string{"simulate", sla, "--generate", "200", "--days", "2", "--quiet", "--events", events}, exitOK,
			[]string{"; 2 live status changes applied", "away (live status)"}, nil},
		{"events after the last lead", "", []string{"simulate", sla, "--generate", "20", "--days", "1", "--quiet", "--events", events}, exitOK,
			[]string{"; 1 live status change applied"}, []string{"leadroute simulate: warning: 1 of 2 status events applied"}},
		{"diff applies them to both", "", []string{"diff", sla, sla, "--generate", "200", "--days", "2", "--quiet", "--events", events}, exitOK,
			[]string{"0 of 200 leads", "\nLive operations\n  live status changes applied: 2 → 2\n"}, nil},
		{"bad line", "", []string{"simulate", sla, "--events", filepath.Join("testdata", "bad_events.jsonl")}, exitFail,
			nil, []string{filepath.Join("testdata", "bad_events.jsonl") + `:2: json: unknown field "sleepy"`}},
		{"unknown rep", "", []string{"simulate", sla, "--events", filepath.Join("testdata", "typo_events.jsonl")}, exitFail,
			nil, []string{filepath.Join("testdata", "typo_events.jsonl") + `:3: rep: no rep "alise" in the rules (did you mean "alice"?)`}},
		{"unknown rep from stdin", `{"at": "2026-03-02T00:00:00Z", "rep": "zed"}`, []string{"simulate", sla, "--events", "-"}, exitFail,
			nil, []string{`stdin:1: rep: no rep "zed" in the rules`}},
		{"diff knows the old rules' reps", `{"at": "2026-03-02T00:00:00Z", "rep": "dora", "away": true}`, []string{"diff", old, sla, "--generate", "20", "--quiet", "--events", "-"}, exitOK,
			[]string{"20 leads"}, nil},
		{"missing file", "", []string{"simulate", sla, "--events", filepath.Join("testdata", "nothing.jsonl")}, exitFail,
			nil, []string{"nothing.jsonl: no such file or directory"}},
		{"stdin once", "", []string{"simulate", "-", "--events", "-"}, exitUsage, nil, []string{"stdin can be read only once"}},
		{"stdin once in diff", "", []string{"diff", sla, sla, "--leads", "-", "--events", "-"}, exitUsage, nil, []string{"stdin can be read only once"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := runWith(tc.stdin, tc.args...)
			assert.Equal(t, tc.code, res.code, "stdout:\n%s\nstderr:\n%s", res.stdout, res.stderr)
			for _, s := range tc.stdout {
				assert.Contains(t, res.stdout, s)
			}
			for _, s := range tc.stderr {
				assert.Contains(t, res.stderr, s)
			}
			if tc.code == exitOK {
				assert.NotContains(t, res.stderr, "leadroute: ")
			}
		})
	}
}

// TestLiveFlagErrors: bad values of the live flags are usage errors, and
// flags that change nothing are warned about.
func TestLiveFlagErrors(t *testing.T) {
	sla, old := filepath.Join("testdata", "sla.yaml"), filepath.Join("testdata", "old.yaml")
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"never-accept above 1", []string{"simulate", sla, "--never-accept", "1.5"}, exitUsage, "1.5 is not between 0 and 1"},
		{"never-accept negative", []string{"diff", sla, sla, "--never-accept", "-0.1"}, exitUsage, "-0.1 is not between 0 and 1"},
		{"never-accept not a number", []string{"simulate", sla, "--never-accept", "5%"}, exitUsage, "want a number from 0 to 1"},
		{"negative mean", []string{"simulate", sla, "--accept-mean", "-1m"}, exitUsage, "--accept-mean and --accept-spread must not be negative"},
		{"negative spread", []string{"diff", sla, sla, "--accept-spread", "-1m"}, exitUsage, "must not be negative"},
		{"zero check interval", []string{"simulate", sla, "--check-every", "0s"}, exitUsage, "--check-every must be positive"},
		{"no deadlines", []string{"simulate", old, "--generate", "20", "--quiet", "--accept-mean", "10m"}, exitOK,
			"leadroute simulate: warning: no rule has accept_within"},
		{"no deadlines in diff", []string{"diff", old, old, "--generate", "20", "--quiet", "--check-every", "1m"}, exitOK,
			"leadroute diff: warning: no rule has accept_within"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := runWith("", tc.args...)
			assert.Equal(t, tc.code, res.code, "stderr:\n%s", res.stderr)
			assert.Contains(t, res.stderr, tc.stderr)
		})
	}
	// Deadlines in either rules file of diff: no warning.
	res := runWith("", "diff", old, sla, "--generate", "20", "--quiet", "--accept-mean", "1m")
	assert.Equal(t, exitOK, res.code, res.stderr)
	assert.False(t, strings.Contains(res.stderr, "warning"), res.stderr)
}
