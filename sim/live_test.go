package sim_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/sim"
)

// everyTen returns n leads, one every ten minutes from Monday 2 March
// 2026 10:00 UTC.
func everyTen(n int) []leadroute.Lead {
	out := make([]leadroute.Lead, n)
	for i := range out {
		out[i] = leadroute.Lead{ID: "L" + string(rune('A'+i)), Country: "US", CreatedAt: at(2, "10:00").Add(time.Duration(i) * 10 * time.Minute)}
	}
	return out
}

func buildRule(reps []leadroute.Rep, rule leadroute.Rule) sim.BuildFunc {
	return func(opts ...leadroute.Option) (*leadroute.Router, error) {
		return leadroute.New(append([]leadroute.Option{leadroute.WithReps(reps...), leadroute.WithRules(rule)}, opts...)...)
	}
}

func TestRunStatusEvents(t *testing.T) {
	reps := []leadroute.Rep{{ID: "ana"}, {ID: "ben"}}
	build := buildRule(reps, leadroute.Rule{Name: "all", Pool: []string{"ana", "ben"}, Strategy: roundRobin})
	events := []sim.StatusEvent{
		// Given out of order: Run sorts them.
		{At: at(2, "11:35"), Rep: "ben", Status: leadroute.Status{Away: true}},
		{At: at(2, "10:25"), Rep: "ana", Status: leadroute.Status{Away: true, Until: at(2, "11:05")}},
		{At: at(2, "10:45"), Rep: "zed", Status: leadroute.Status{Away: true}},
	}
	var got []string
	rep, err := sim.Run(context.Background(), build, sim.Leads(everyTen(12)), sim.Options{
		Reps: reps, Events: events, WorkTime: sim.KeepOpen,
		OnDecision: func(l leadroute.Lead, d leadroute.Decision) { got = append(got, d.RepID) },
	})
	require.NoError(t, err)
	// 10:00 ana, 10:10 ben, 10:20 ana; ana away 10:25-11:05: ben ×4;
	// 11:10 ana, 11:20 ben, 11:30 ana; ben away from 11:35: ana ×2.
	assert.Equal(t, []string{"ana", "ben", "ana", "ben", "ben", "ben", "ben", "ana", "ben", "ana", "ana", "ana"}, got)
	assert.Equal(t, map[string]int{"ana": 6, "ben": 6}, rep.Counts())
	assert.Equal(t, 2, rep.StatusChanges)
	ana, _ := rep.Rep("ana")
	ben, _ := rep.Rep("ben")
	assert.Equal(t, 1, ana.StatusChanges)
	assert.Equal(t, 1, ben.StatusChanges)
	assert.Equal(t, 4, ana.Skipped["away (live status)"], "ana skipped %v", ana.Skipped)
	assert.Equal(t, 2, ben.Skipped["away (live status)"], "ben skipped %v", ben.Skipped)
	require.Equal(t, 1, rep.Errors)
	assert.Contains(t, rep.ErrorSamples[0], `status zed: leadroute: set status: rep "zed"`)
}

func TestReadEvents(t *testing.T) {
	in := `{"at": "2026-03-02T12:00:00Z", "rep": "ana", "away": true, "until": "2026-03-02T13:00:00Z"}

{"at": "2026-03-03T09:00:00+01:00", "rep": "ben", "max_open": 2}
{"at": "2026-03-03T17:00:00Z", "rep": "ben"}
`
	evs, err := sim.ReadEvents(strings.NewReader(in))
	require.NoError(t, err)
	want := []sim.StatusEvent{
		{At: time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC), Rep: "ana", Status: leadroute.Status{Away: true, Until: time.Date(2026, 3, 2, 13, 0, 0, 0, time.UTC)}},
		{At: time.Date(2026, 3, 3, 8, 0, 0, 0, time.UTC), Rep: "ben", Status: leadroute.Status{MaxOpen: 2}},
		{At: time.Date(2026, 3, 3, 17, 0, 0, 0, time.UTC), Rep: "ben"},
	}
	require.Len(t, evs, len(want))
	for i := range want {
		assert.True(t, want[i].At.Equal(evs[i].At), "event %d at %v", i, evs[i].At)
		assert.True(t, want[i].Status.Until.Equal(evs[i].Status.Until), "event %d until", i)
		assert.Equal(t, want[i].Rep, evs[i].Rep)
		assert.Equal(t, want[i].Status.Away, evs[i].Status.Away)
		assert.Equal(t, want[i].Status.MaxOpen, evs[i].Status.MaxOpen)
	}

	for _, tc := range []struct{ in, want string }{
		{`{"rep": "ana"}`, `1: "at" is required`},
		{"\n" + `{"at": "2026-03-02T12:00:00Z"}`, `2: "rep" is required`},
		{`{"at": "2026-03-02T12:00:00Z", "rep": "a", "awy": true}`, `1: json: unknown field "awy"`},
		{`{"at": "yesterday", "rep": "a"}`, `1: parsing time`},
		{`{"at": "2026-03-02T12:00:00Z", "rep": "a", "max_open": -1}`, `1: "max_open" -1 is negative`},
		{`{"at": "2026-03-02T12:00:00Z", "rep": "a"} {}`, `1: more than one JSON value on the line`},
	} {
		_, err := sim.ReadEvents(strings.NewReader(tc.in))
		var ie *sim.InputError
		if assert.True(t, errors.As(err, &ie), "%q: %v", tc.in, err) {
			assert.Contains(t, err.Error(), tc.want)
		}
	}
}

// slaReps accept in fixed times: ana in 2 minutes, ben in 12, carl never.
var slaDelay = func(_ *rand.Rand, rep string, _ *leadroute.Lead) (time.Duration, bool) {
	switch rep {
	case "ana":
		return 2 * time.Minute, true
	case "ben":
		return 12 * time.Minute, true
	}
	return 0, false
}

func TestRunAcceptDeadlines(t *testing.T) {
	reps := []leadroute.Rep{{ID: "ana"}, {ID: "ben"}, {ID: "carl"}}
	rule := leadroute.Rule{Name: "sla", Pool: []string{"ana", "ben", "carl"}, Strategy: roundRobin, AcceptWithin: 10 * time.Minute, Overflow: "unworked"}
	leads := []leadroute.Lead{
		{ID: "L1", CreatedAt: at(2, "10:00")},
		{ID: "L2", CreatedAt: at(2, "10:30")},
		{ID: "L3", CreatedAt: at(2, "11:00")},
	}
	type st = sim.SLAStats
	tests := []struct {
		name       string
		checkEvery time.Duration
		total      st
		reps       []sim.RepSLA
	}{
		{
			// L1 to ana: in time. L2 to ben (deadline 10:40): overdue at
			// the 10:40 check, rerouted to carl, who never accepts:
			// overdue at 10:50, rerouted to ana: in time. L3 to ben, then
			// carl, then ana the same way.
			name: "checks every 5m", checkEvery: 5 * time.Minute,
			total: st{Assignments: 7, InTime: 3, Overdue: 4, Misses: 4, Reassigned: 4},
			reps: []sim.RepSLA{
				{Rep: "ana", SLAStats: st{Assignments: 3, InTime: 3}, Received: 2},
				{Rep: "ben", SLAStats: st{Assignments: 2, Overdue: 2, Misses: 2, Reassigned: 2}},
				{Rep: "carl", SLAStats: st{Assignments: 2, Overdue: 2, Misses: 2, Reassigned: 2}, Received: 2},
			},
		},
		{
			// L2: ben accepts at 10:42, late, before the 10:45 check. L3
			// to carl (deadline 11:10): overdue at 11:15, to ana.
			name: "checks every 15m", checkEvery: 15 * time.Minute,
			total: st{Assignments: 4, InTime: 2, Late: 1, Overdue: 1, Misses: 2, Reassigned: 1},
			reps: []sim.RepSLA{
				{Rep: "ana", SLAStats: st{Assignments: 2, InTime: 2}, Received: 1},
				{Rep: "ben", SLAStats: st{Assignments: 1, Late: 1, Misses: 1}},
				{Rep: "carl", SLAStats: st{Assignments: 1, Overdue: 1, Misses: 1, Reassigned: 1}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := sim.Run(context.Background(), buildRule(reps, rule), sim.Leads(leads), sim.Options{
				Reps: reps, WorkTime: sim.KeepOpen, CheckEvery: tt.checkEvery, Accept: sim.AcceptModel{Delay: slaDelay},
			})
			require.NoError(t, err)
			require.NotNil(t, rep.SLA)
			assert.Equal(t, tt.total, rep.SLA.SLAStats)
			assert.Equal(t, tt.checkEvery, rep.SLA.CheckEvery)
			assert.Equal(t, []sim.RuleSLA{{Rule: "sla", AcceptWithin: 10 * time.Minute, SLAStats: tt.total}}, rep.SLA.Rules)
			assert.Equal(t, tt.reps, rep.SLA.Reps)
			js, err := json.Marshal(rep)
			require.NoError(t, err)
			assert.Contains(t, string(js), fmt.Sprintf(`"sla":{"assignments":%d,"in_time":%d,"late":%d,"overdue":%d,"misses":%d,`,
				tt.total.Assignments, tt.total.InTime, tt.total.Late, tt.total.Overdue, tt.total.Misses))
			var back sim.Report
			require.NoError(t, json.Unmarshal(js, &back))
			assert.Equal(t, rep.SLA, back.SLA, "the SLA survives a JSON round trip")
			var b strings.Builder
			require.NoError(t, rep.WriteText(&b))
			assert.Contains(t, b.String(), fmt.Sprintf("Accept deadlines (SLA; overdue leads checked every %s)", strings.TrimSuffix(tt.checkEvery.String(), "0s")))
			assert.Regexp(t, fmt.Sprintf(`rule sla \(10m\) +%d +%d +%d +%d`, tt.total.Assignments, tt.total.InTime, tt.total.Late, tt.total.Overdue), b.String())
		})
	}
}

// A seeded acceptance model: reproducible, and every assignment settles.
func TestRunAcceptModelSeeded(t *testing.T) {
	reps := []leadroute.Rep{{ID: "ana"}, {ID: "ben"}, {ID: "carl"}, {ID: "dee"}}
	rule := leadroute.Rule{Name: "sla", Pool: []string{"ana", "ben", "carl", "dee"}, Strategy: roundRobin, AcceptWithin: 15 * time.Minute, Overflow: "unworked"}
	leads := sim.Generate(3, 500, sim.GenOptions{})
	opts := sim.Options{Reps: reps, Seed: 9, Accept: sim.AcceptModel{Mean: 10 * time.Minute, Spread: 8 * time.Minute, Ignore: 0.1}}
	run := func() *sim.Report {
		rep, err := sim.Run(context.Background(), buildRule(reps, rule), sim.Leads(leads), opts)
		require.NoError(t, err)
		require.NotNil(t, rep.SLA)
		return rep
	}
	a, b := run(), run()
	assert.Equal(t, a.SLA, b.SLA, "same seed, same SLA")
	s := a.SLA.SLAStats
	assert.Equal(t, s.Assignments, s.InTime+s.Late+s.Overdue+s.Unsettled, "every assignment settles")
	assert.Equal(t, s.Overdue, s.Reassigned+s.Queued)
	assert.Equal(t, s.Late+s.Overdue, s.Misses)
	assert.Equal(t, 500, a.Assigned, "round-robin over four reps without caps assigns every lead")
	assert.Equal(t, a.Assigned+s.Reassigned, s.Assignments, "reassignments are assignments too")
	// Delays are uniform in [2m, 18m] against a 15m deadline, and 10% are
	// ignored: about 0.1 + 0.9*3/16 ≈ 27% of assignments miss.
	assert.InDelta(t, 0.27, s.MissRate(), 0.04)
	// Pinned, so that a change in the model or the schedule shows.
	assert.Equal(t, sim.SLAStats{Assignments: 599, InTime: 450, Late: 48, Overdue: 101, Misses: 149, Reassigned: 99, Queued: 2}, s)
}

// A repeated lead ID replays its decision: one assignment, one deadline.
func TestRunAcceptDeadlinesRepeatedID(t *testing.T) {
	reps := []leadroute.Rep{{ID: "ana"}, {ID: "ben"}}
	rule := leadroute.Rule{Name: "sla", Pool: []string{"ana", "ben"}, Strategy: roundRobin, AcceptWithin: 10 * time.Minute}
	leads := []leadroute.Lead{{ID: "L1", CreatedAt: at(2, "10:00")}, {ID: "L1", CreatedAt: at(2, "10:01")}, {ID: "L2", CreatedAt: at(2, "10:02")}}
	rep, err := sim.Run(context.Background(), buildRule(reps, rule), sim.Leads(leads), sim.Options{Reps: reps, Accept: sim.AcceptModel{Mean: 3 * time.Minute}})
	require.NoError(t, err)
	assert.Equal(t, 1, rep.DuplicateIDs)
	assert.Equal(t, sim.SLAStats{Assignments: 2, InTime: 2}, rep.SLA.SLAStats)
}
