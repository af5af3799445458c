package sim_test

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/sim"
	"github.com/leadroute/leadroute/strategies"
)

// roundRobin and weighted are the built-in strategies, which state their
// expected split (leadroute.Expecter).
var (
	roundRobin = strategies.RoundRobin()
	weighted   = strategies.Weighted()
)

// custom is a rotation built on the root package only: it states no
// expected split.
var custom = leadroute.StrategyFunc(func(ctx context.Context, l *leadroute.Lead, c leadroute.Candidates) (leadroute.Pick, error) {
	return leadroute.Pick{Rotate: leadroute.Rotation{Key: c.Key()}, Reason: "custom rotation"}, nil
})

func in(countries ...string) leadroute.Matcher {
	return leadroute.MatcherFunc(func(l *leadroute.Lead) bool {
		for _, c := range countries {
			if l.Country == c {
				return true
			}
		}
		return false
	})
}

func mustHours(t testing.TB, s string) leadroute.Hours {
	t.Helper()
	h, err := leadroute.ParseHours(s)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func at(day int, hhmm string) time.Time {
	t, err := time.Parse("2006-01-02 15:04", "2026-03-0"+string(rune('0'+day))+" "+hhmm)
	if err != nil {
		panic(err)
	}
	return t
}

// scenario: alice and bob work Mon-Fri 9-17 UTC, bob has a daily cap of
// 2, carol is out of office on Tuesday 3 March.
func scenario(t testing.TB) ([]leadroute.Rep, sim.BuildFunc) {
	hours := mustHours(t, "Mon-Fri 09:00-17:00")
	reps := []leadroute.Rep{
		{ID: "alice", Hours: hours},
		{ID: "bob", Hours: hours, DailyCap: 2},
		{ID: "carol", OutOfOffice: []leadroute.Period{{Start: at(3, "00:00"), End: at(4, "00:00")}}},
	}
	rules := []leadroute.Rule{
		{Name: "vip", Match: leadroute.MatcherFunc(func(l *leadroute.Lead) bool { return l.Score >= 90 }), Pool: []string{"carol"}, Strategy: roundRobin, Overflow: "vip-queue"},
		{Name: "emea", Match: in("GB", "DE"), Pool: []string{"alice", "bob"}, Strategy: roundRobin, WorkingHours: true},
		{Name: "rest", Match: in("US"), Pool: []string{"alice", "bob", "carol"}, Strategy: roundRobin},
	}
	build := func(opts ...leadroute.Option) (*leadroute.Router, error) {
		return leadroute.New(append([]leadroute.Option{leadroute.WithReps(reps...), leadroute.WithRules(rules...)}, opts...)...)
	}
	return reps, build
}

func scenarioLeads() []leadroute.Lead {
	return []leadroute.Lead{
		{ID: "L1", Country: "GB", CreatedAt: at(2, "10:00")},
		{ID: "L2", Country: "DE", CreatedAt: at(2, "10:05")},
		{ID: "L3", Country: "GB", CreatedAt: at(2, "10:10")},
		{ID: "L4", Country: "GB", CreatedAt: at(2, "10:15")},
		{ID: "L5", Country: "GB", CreatedAt: at(2, "10:20")},            // bob capped
		{ID: "L6", Country: "GB", CreatedAt: at(2, "20:00")},            // nobody at work
		{ID: "L7", Country: "US", Score: 95, CreatedAt: at(3, "10:00")}, // carol away
		{ID: "L8", Country: "US", CreatedAt: at(3, "11:00")},
		{ID: "L9", Country: "US", CreatedAt: at(3, "11:30")}, // bob's cap reset
		{ID: "L10", Country: "US", CreatedAt: at(3, "12:00")},
		{ID: "L11", Country: "US", Score: 95, CreatedAt: at(4, "10:00")},
		{ID: "L12", Country: "JP", CreatedAt: at(4, "10:00")},
		{ID: "L13", Country: "Narnia", Email: "n/a", CreatedAt: at(4, "10:30")},
	}
}

func TestRunScenario(t *testing.T) {
	reps, build := scenario(t)
	var got []string
	rep, err := sim.Run(context.Background(), build, sim.Leads(scenarioLeads()), sim.Options{
		Reps: reps,
		OnDecision: func(l leadroute.Lead, d leadroute.Decision) {
			got = append(got, l.ID+"→"+d.RepID+d.Queue)
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"L1→alice", "L2→bob", "L3→alice", "L4→bob", "L5→alice", "L6→unassigned", "L7→vip-queue",
		"L8→alice", "L9→bob", "L10→alice", "L11→carol", "L12→unassigned", "L13→unassigned"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("decisions:\n got %v\nwant %v", got, want)
	}
	if rep.Leads != 13 || rep.Assigned != 9 || rep.Queued != 4 || rep.Fallback != 3 {
		t.Errorf("leads %d assigned %d queued %d fallback %d, want 13 9 4 3", rep.Leads, rep.Assigned, rep.Queued, rep.Fallback)
	}
	if math.Abs(rep.FallbackRate-3.0/13) > 1e-12 {
		t.Errorf("fallback rate %v", rep.FallbackRate)
	}
	if c := rep.Counts(); !reflect.DeepEqual(c, map[string]int{"alice": 5, "bob": 3, "carol": 1}) {
		t.Errorf("counts %v", c)
	}
	// Expected: vip gives carol 1; emea splits 5 between alice and bob;
	// rest splits 3 between all three.
	for id, wantExp := range map[string]float64{"alice": 3.5, "bob": 3.5, "carol": 2} {
		s, _ := rep.Rep(id)
		if math.Abs(s.Expected-wantExp) > 1e-9 {
			t.Errorf("%s expected %v, want %v", id, s.Expected, wantExp)
		}
	}
	if f := rep.Fairness; f.MaxRep != "alice" || f.MinRep != "carol" || math.Abs(float64(f.MaxMin)-(5/3.5)/0.5) > 1e-9 {
		t.Errorf("fairness %+v", f)
	}
	if g := sim.Gini([]float64{5 / 3.5, 3 / 3.5, 0.5}); math.Abs(rep.Fairness.Gini-g) > 1e-12 || g <= 0 {
		t.Errorf("gini %v, want %v", rep.Fairness.Gini, g)
	}
	bob, _ := rep.Rep("bob")
	if bob.Skipped["daily cap reached"] != 1 || bob.Skipped["outside working hours"] != 1 {
		t.Errorf("bob skipped %v", bob.Skipped)
	}
	wantRules := []sim.RuleStats{
		{Name: "vip", Matched: 2, Assigned: 1, Queued: 1, Overflow: 1},
		{Name: "emea", Matched: 6, Assigned: 5, FellThrough: 1},
		{Name: "rest", Matched: 3, Assigned: 3},
	}
	// Monday 10:00 is hour 10 of the week, Monday 20:00 hour 20.
	if h := rep.Rules[1].MatchedByHour; h[10] != 5 || h[20] != 1 {
		t.Errorf("emea by hour: %v", h)
	}
	rules := slices.Clone(rep.Rules)
	for i := range rules {
		rules[i].MatchedByHour = [168]int{}
	}
	if !reflect.DeepEqual(rules, wantRules) {
		t.Errorf("rules\n got %+v\nwant %+v", rep.Rules, wantRules)
	}
	wantQueues := []sim.QueueStats{
		{Queue: "unassigned", Leads: 3, Reasons: []sim.ReasonCount{{Reason: "no rule decided", Leads: 2}, {Reason: `no rule decided: rule "emea": all 2 reps outside working hours`, Leads: 1}}},
		{Queue: "vip-queue", Leads: 1, Reasons: []sim.ReasonCount{{Rule: "vip", Reason: "overflow: its one rep out of office", Leads: 1}}},
	}
	if !reflect.DeepEqual(rep.Queues, wantQueues) {
		t.Errorf("queues\n got %+v\nwant %+v", rep.Queues, wantQueues)
	}
	wantGaps := []sim.Gap{
		{Rule: "vip", Pool: "vip", Day: "Tue", Weekday: time.Tuesday, Hour: 10, Leads: 1, Overflowed: 1, Why: map[string]int{"out of office": 1}},
		{Rule: "emea", Pool: "emea", Day: "Mon", Weekday: time.Monday, Hour: 20, Leads: 1, Why: map[string]int{"outside working hours": 2}},
	}
	if !reflect.DeepEqual(rep.Gaps, wantGaps) {
		t.Errorf("gaps\n got %+v\nwant %+v", rep.Gaps, wantGaps)
	}
	wantProblems := []sim.ProblemStats{
		{Field: "Country", Problem: "not a known country", Leads: 1, Examples: []string{"Narnia"}},
		{Field: "Email", Problem: "not an email address", Leads: 1, Examples: []string{"n/a"}},
	}
	if !reflect.DeepEqual(rep.Problems, wantProblems) || rep.LeadsWithProblems != 1 {
		t.Errorf("problems %d\n got %+v\nwant %+v", rep.LeadsWithProblems, rep.Problems, wantProblems)
	}
	wantDays := []sim.DayStats{
		{Date: "2026-03-02", Leads: 6, Queued: 1, ByRep: map[string]int{"alice": 3, "bob": 2}},
		{Date: "2026-03-03", Leads: 4, Queued: 1, ByRep: map[string]int{"alice": 2, "bob": 1}},
		{Date: "2026-03-04", Leads: 3, Queued: 2, ByRep: map[string]int{"carol": 1}},
	}
	if !reflect.DeepEqual(rep.Days, wantDays) {
		t.Errorf("days\n got %+v\nwant %+v", rep.Days, wantDays)
	}
	var text strings.Builder
	if err := rep.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Simulated 13 leads", "fallback 3 (23.1%)", "alice", "vip-queue", "Tue 10:00–Tue 11:00", "Country: not a known country"} {
		if !strings.Contains(text.String(), s) {
			t.Errorf("text report lacks %q:\n%s", s, text.String())
		}
	}
	b, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	var back sim.Report
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Assigned != 9 || len(back.Reps) != 3 {
		t.Errorf("JSON round trip lost data: %s", b)
	}
}

func TestRunWeightedExpectations(t *testing.T) {
	reps := []leadroute.Rep{{ID: "ann", Weight: 3}, {ID: "ben", Weight: 1}}
	build := func(opts ...leadroute.Option) (*leadroute.Router, error) {
		return leadroute.New(append([]leadroute.Option{leadroute.WithReps(reps...),
			leadroute.WithRules(leadroute.Rule{Name: "all", Pool: []string{"ann", "ben"}, Strategy: weighted})}, opts...)...)
	}
	leads := sim.Generate(7, 400, sim.GenOptions{})
	rep, err := sim.Run(context.Background(), build, sim.Leads(leads), sim.Options{Reps: reps})
	if err != nil {
		t.Fatal(err)
	}
	if c := rep.Counts(); c["ann"] != 300 || c["ben"] != 100 {
		t.Fatalf("counts %v", c)
	}
	ann, _ := rep.Rep("ann")
	if ann.Expected != 300 || ann.Ratio != 1 || ann.ExpectedShare != 0.75 {
		t.Errorf("ann %+v", ann)
	}
	if rep.Fairness.MaxMin != 1 || rep.Fairness.Gini != 0 {
		t.Errorf("fairness %+v", rep.Fairness)
	}
	if len(rep.Pools) != 1 || !rep.Pools[0].Weighted || rep.Pools[0].Fairness.MaxMin != 1 {
		t.Errorf("pools %+v", rep.Pools)
	}
}

func TestRunIsReproducible(t *testing.T) {
	_, build := scenario(t)
	leads := sim.Generate(42, 2000, sim.GenOptions{})
	a, err := sim.Run(context.Background(), build, sim.Leads(leads), sim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := sim.Run(context.Background(), build, sim.Leads(sim.Generate(42, 2000, sim.GenOptions{})), sim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two runs of the same seed differ")
	}
	if a.Leads != 2000 || a.Assigned+a.Queued != 2000 {
		t.Fatalf("lost leads: %+v", a)
	}
}

func TestRunWorkTimeReleasesMaxOpen(t *testing.T) {
	reps := []leadroute.Rep{{ID: "solo", MaxOpen: 1}}
	build := func(opts ...leadroute.Option) (*leadroute.Router, error) {
		return leadroute.New(append([]leadroute.Option{leadroute.WithReps(reps...),
			leadroute.WithRules(leadroute.Rule{Name: "all", Pool: []string{"solo"}, Strategy: roundRobin, Overflow: "busy"})}, opts...)...)
	}
	var leads []leadroute.Lead
	for i := range 6 {
		leads = append(leads, leadroute.Lead{ID: string(rune('a' + i)), CreatedAt: at(2, "10:00").Add(time.Duration(i) * 20 * time.Minute)})
	}
	// Without releases solo takes one lead; released after 30 minutes,
	// every other lead (40-minute gaps between her leads); by default,
	// after 4 hours, one lead in these 100 minutes.
	for _, tc := range []struct {
		work time.Duration
		want int
	}{{sim.KeepOpen, 1}, {0, 1}, {30 * time.Minute, 3}, {20 * time.Minute, 6}} {
		rep, err := sim.Run(context.Background(), build, sim.Leads(leads), sim.Options{WorkTime: tc.work})
		if err != nil {
			t.Fatal(err)
		}
		if got := rep.Counts()["solo"]; got != tc.want || rep.Queue("busy") != 6-tc.want {
			t.Errorf("work time %v: solo got %d, busy %d; want %d", tc.work, got, rep.Queue("busy"), tc.want)
		}
		wantWork := tc.work
		if wantWork == 0 {
			wantWork = sim.DefaultWorkTime
		}
		if rep.WorkTime != wantWork {
			t.Errorf("report work time %v, want %v", rep.WorkTime, wantWork)
		}
	}
}

func TestRunChecksClock(t *testing.T) {
	_, build := scenario(t)
	bad := func(...leadroute.Option) (*leadroute.Router, error) { return build() }
	_, err := sim.Run(context.Background(), bad, sim.Leads(scenarioLeads()), sim.Options{})
	if !errors.Is(err, sim.ErrClockNotUsed) {
		t.Fatalf("err = %v, want ErrClockNotUsed", err)
	}
}

func TestRunStopsOnSourceErrorAndCancel(t *testing.T) {
	_, build := scenario(t)
	src := sim.ReadCSV(strings.NewReader("id,country,employees\nA,GB,10\nB,GB,many\n"), "leads.csv")
	_, err := sim.Run(context.Background(), build, src, sim.Options{})
	if err == nil || err.Error() != `leads.csv:3: employees: "many": not a whole number` {
		t.Fatalf("err = %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := sim.Run(ctx, build, sim.Leads(scenarioLeads()), sim.Options{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestRunMissingAndDisorderedTimes(t *testing.T) {
	_, build := scenario(t)
	leads := []leadroute.Lead{
		{ID: "a", Country: "GB", CreatedAt: at(2, "10:00")},
		{ID: "b", Country: "GB"}, // routed at 10:00 too
		{ID: "c", Country: "GB", CreatedAt: at(2, "08:00")},
		{ID: "a", Country: "GB", CreatedAt: at(2, "11:00")},
	}
	rep, err := sim.Run(context.Background(), build, sim.Leads(leads), sim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.MissingTime != 1 || rep.OutOfOrder != 1 || rep.DuplicateIDs != 1 {
		t.Errorf("missing %d, out of order %d, duplicates %d", rep.MissingTime, rep.OutOfOrder, rep.DuplicateIDs)
	}
	if !rep.Start.Equal(at(2, "08:00")) || !rep.End.Equal(at(2, "11:00")) {
		t.Errorf("span %v – %v", rep.Start, rep.End)
	}
}

// Each pool is measured against its strategy's stated split, or not at
// all.
func TestRunExpectationsPerStrategy(t *testing.T) {
	reps := []leadroute.Rep{{ID: "ann", Weight: 3, MaxOpen: 2}, {ID: "ben", Weight: 1, MaxOpen: 6}}
	leads := sim.Generate(11, 400, sim.GenOptions{})
	tests := []struct {
		name        string
		s           leadroute.Strategy
		expectation string
		has         bool
		shares      []float64
	}{
		{"round-robin", roundRobin, "even", true, []float64{0.5, 0.5}},
		{"weighted", weighted, "by weight", true, []float64{0.75, 0.25}},
		{"least loaded share", strategies.LeastLoadedShare(), "by capacity", true, []float64{0.25, 0.75}},
		{"least loaded, different capacities", strategies.LeastLoaded(), "with different capacities the split depends on how long leads stay open", false, nil},
		{"skill", strategies.SkillBased(nil, nil), "the best skill match takes each lead", false, nil},
		{"custom", custom, "the strategy states no expected split", false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			build := func(opts ...leadroute.Option) (*leadroute.Router, error) {
				return leadroute.New(append([]leadroute.Option{leadroute.WithReps(reps...),
					leadroute.WithRules(leadroute.Rule{Name: "all", Pool: []string{"ann", "ben"}, Strategy: tt.s, Overflow: "busy"})}, opts...)...)
			}
			rep, err := sim.Run(context.Background(), build, sim.Leads(leads), sim.Options{Reps: reps, WorkTime: 2 * time.Hour})
			if err != nil {
				t.Fatal(err)
			}
			if len(rep.Pools) != 1 {
				t.Fatalf("pools %+v", rep.Pools)
			}
			p := rep.Pools[0]
			if p.Expectation != tt.expectation || p.HasExpectation != tt.has {
				t.Errorf("expectation %q (%v), want %q (%v)", p.Expectation, p.HasExpectation, tt.expectation, tt.has)
			}
			var measured float64
			for i, pr := range p.Reps {
				want := 0.0
				if tt.shares != nil {
					want = tt.shares[i]
				}
				if math.Abs(pr.ExpectedShare-want) > 1e-12 {
					t.Errorf("%s expected share %v, want %v", pr.ID, pr.ExpectedShare, want)
				}
				s, _ := rep.Rep(pr.ID)
				if wantExp := want * float64(p.Leads); math.Abs(s.Expected-wantExp) > 1e-9 {
					t.Errorf("%s expected %v leads, want %v", pr.ID, s.Expected, wantExp)
				}
				if tt.has && s.Expected > 0 && math.Abs(s.Ratio-float64(s.Leads)/s.Expected) > 1e-12 {
					t.Errorf("%s ratio %v, leads %d, expected %v", pr.ID, s.Ratio, s.Leads, s.Expected)
				}
				measured += float64(s.Measured)
			}
			if tt.has {
				if rep.Measured != rep.Assigned || int(measured) != rep.Assigned || p.Fairness.MaxRep == "" {
					t.Errorf("measured %d of %d; pool fairness %+v", rep.Measured, rep.Assigned, p.Fairness)
				}
			} else if rep.Measured != 0 || measured != 0 || p.Fairness != (sim.Fairness{}) || rep.Fairness != (sim.Fairness{}) {
				t.Errorf("no expectation, yet measured %d, pool fairness %+v, fairness %+v", rep.Measured, p.Fairness, rep.Fairness)
			}
			if tt.has && rep.Assigned == 0 {
				t.Error("nothing assigned")
			}
		})
	}
}
