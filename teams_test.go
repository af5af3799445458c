package leadroute_test

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	lr "github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
)

// teamReps are three reps of team "emea".
func teamReps() []lr.Rep {
	return []lr.Rep{{ID: "a", Team: "emea"}, {ID: "b", Team: "emea"}, {ID: "c", Team: "emea"}}
}

// routeSeq routes leads of the given countries in turn and returns where
// each went.
func routeSeq(t *testing.T, r *lr.Router, countries ...string) []string {
	t.Helper()
	var out []string
	for _, c := range countries {
		out = append(out, route(t, r, lr.Lead{Country: c}).RepID)
	}
	return out
}

func TestTeamRotationIsSharedAcrossRules(t *testing.T) {
	two := func(team string, pool []string) []lr.Rule {
		return []lr.Rule{
			{Name: "de", Match: country("DE"), Team: team, Pool: pool, Strategy: strategies.RoundRobin()},
			{Name: "fr", Match: country("FR"), Team: team, Pool: pool, Strategy: strategies.RoundRobin()},
		}
	}
	cases := []struct {
		name  string
		rules []lr.Rule
		want  []string
	}{
		{"team", two("emea", nil), []string{"a", "b", "c", "a", "b", "c"}},
		{"team with its pool listed", two("emea", []string{"a", "b", "c"}), []string{"a", "b", "c", "a", "b", "c"}},
		{"own rotations", two("", []string{"a", "b", "c"}), []string{"a", "a", "b", "b", "c", "c"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := newRouter(t, lr.WithReps(teamReps()...), lr.WithRules(tc.rules...))
			assert.Equal(t, tc.want, routeSeq(t, r, "DE", "FR", "DE", "FR", "DE", "FR"))
		})
	}
}

func TestTeamStateSurvivesReloadByTeamName(t *testing.T) {
	r := newRouter(t, lr.WithReps(teamReps()...), lr.WithRules(
		lr.Rule{Name: "de", Match: country("DE"), Team: "emea", Strategy: strategies.RoundRobin()}))
	assert.Equal(t, []string{"a", "b"}, routeSeq(t, r, "DE", "DE"))
	// New rule names, same team: the rotation resumes after b.
	require.NoError(t, r.Reload(lr.WithRules(
		lr.Rule{Name: "germany", Match: country("DE"), Team: "emea", Strategy: strategies.RoundRobin()},
		lr.Rule{Name: "france", Match: country("FR"), Team: "emea", Strategy: strategies.RoundRobin()})))
	assert.Equal(t, []string{"c", "a"}, routeSeq(t, r, "FR", "DE"))
}

func TestTeamErrors(t *testing.T) {
	cases := []struct {
		name  string
		rules []lr.Rule
		want  string
	}{
		{"pools differ", []lr.Rule{
			{Name: "x", Team: "emea", Pool: []string{"a", "b"}, Strategy: strategies.RoundRobin()},
			{Name: "y", Team: "emea", Pool: []string{"b", "a"}, Strategy: strategies.RoundRobin()},
		}, `rules[1] "y".Pool: team "emea" has another pool in rule "x"`},
		{"no members", []lr.Rule{{Name: "x", Team: "apac", Strategy: strategies.RoundRobin()}}, `rules[0] "x".Team: no rep is in team "apac"`},
		{"hash in name", []lr.Rule{{Name: "x", Team: "a#b", Pool: []string{"a"}, Strategy: strategies.RoundRobin()}}, `rules[0] "x".Team: must not contain '#'`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := lr.New(lr.WithReps(teamReps()...), lr.WithRules(tc.rules...))
			require.ErrorIs(t, err, lr.ErrInvalidConfig)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestLeastLoadedByRemainingCapacity(t *testing.T) {
	// Dynamics 365's "highest capacity" example: capacities 10, 12, 15.
	rs := []lr.Rep{{ID: "miriam", MaxOpen: 10}, {ID: "sanjay", MaxOpen: 12}, {ID: "susana", MaxOpen: 15}}
	pool := []string{"miriam", "sanjay", "susana"}
	r := newRouter(t, lr.WithReps(rs...), lr.WithRules(lr.Rule{Name: "r", Pool: pool, Strategy: strategies.LeastLoaded()}))
	var got []string
	for range 4 {
		got = append(got, route(t, r, lr.Lead{}).RepID)
	}
	assert.Equal(t, []string{"susana", "susana", "susana", "sanjay"}, got)

	share := newRouter(t, lr.WithReps(lr.Rep{ID: "small", MaxOpen: 10}, lr.Rep{ID: "big", MaxOpen: 20}),
		lr.WithRules(lr.Rule{Name: "r", Pool: []string{"small", "big"}, Strategy: strategies.LeastLoadedShare()}))
	count := map[string]int{}
	for range 9 {
		count[route(t, share, lr.Lead{}).RepID]++
	}
	assert.Equal(t, map[string]int{"small": 3, "big": 6}, count, "by share: twice the capacity, twice the leads")
}

func TestQueuedReasonNamesTheCause(t *testing.T) {
	nine := mustHours(t, "Mon-Fri 09:00-17:00")
	cases := []struct {
		name   string
		reps   []lr.Rep
		rule   lr.Rule
		before int // leads routed first
		want   string
	}{
		{"all at daily cap", []lr.Rep{{ID: "a", DailyCap: 1}, {ID: "b", DailyCap: 1}, {ID: "c", DailyCap: 1}},
			lr.Rule{Overflow: "later"}, 3, "overflow: all 3 reps at daily cap"},
		{"mixed", []lr.Rep{{ID: "a", Hours: nine, TimeZone: "Asia/Tokyo"}, {ID: "b", Away: true}, {ID: "c", Hours: nine, TimeZone: "Asia/Tokyo"}},
			lr.Rule{Overflow: "later", WorkingHours: true}, 0, "overflow: outside working hours (2), away (1)"},
		{"one rep", []lr.Rep{{ID: "a", Holidays: []string{"2026-11-23"}}},
			lr.Rule{Overflow: "later"}, 0, "overflow: its one rep on holiday"},
		{"fell through", []lr.Rep{{ID: "a", MaxOpen: 1}, {ID: "b", MaxOpen: 1}},
			lr.Rule{}, 2, `no rule decided: rule "r": all 2 reps at max open`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rule := tc.rule
			rule.Name, rule.Strategy = "r", strategies.RoundRobin()
			for _, rp := range tc.reps {
				rule.Pool = append(rule.Pool, rp.ID)
			}
			r := newRouter(t, lr.WithReps(tc.reps...), lr.WithRules(rule))
			for range tc.before {
				require.True(t, route(t, r, lr.Lead{}).Assigned())
			}
			d := route(t, r, lr.Lead{})
			assert.False(t, d.Assigned())
			assert.Equal(t, tc.want, d.Reason)
		})
	}
}

func TestQueuedReasonAllocs(t *testing.T) {
	r := newRouter(t, lr.WithReps(lr.Rep{ID: "a", Away: true}, lr.Rep{ID: "b", DailyCap: 1}),
		lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a", "b"}, Strategy: strategies.RoundRobin(), Overflow: "later"}))
	route(t, r, lr.Lead{}) // b's one lead
	d := route(t, r, lr.Lead{})
	require.Equal(t, "overflow: away (1), at daily cap (1)", d.Reason, "ties in the order of SkipReason")
	if testing.Short() || attackRace {
		return
	}
	allocs := testing.AllocsPerRun(200, func() { _, _ = r.Route(ctx, lr.Lead{}) })
	assert.Zero(t, allocs, "a queued lead's reason is cached after the first")
}

func TestSetStatus(t *testing.T) {
	clk := newClock(monday10)
	st := store.NewMemory(store.MemoryOptions{Clock: clk})
	mk := func() *lr.Router {
		return newRouter(t, lr.WithClock(clk), lr.WithState(st), lr.WithReps(reps("a", "b")...),
			lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a", "b"}, Strategy: strategies.RoundRobin(), Overflow: "later"}))
	}
	r1, r2 := mk(), mk() // two replicas sharing one State

	require.NoError(t, r1.SetStatus(ctx, "a", lr.Status{Away: true, Until: monday10.Add(time.Hour)}))
	assert.Equal(t, []string{"b", "b"}, routeSeq(t, r2, "", ""), "the other replica sees a away")
	d, err := r2.Explain(ctx, lr.Lead{})
	require.NoError(t, err)
	assert.Contains(t, stepsString(d), "away (live status)")

	require.NoError(t, r2.SetStatus(ctx, "b", lr.Status{Away: true}))
	assert.Equal(t, "overflow: all 2 reps away (live status)", route(t, r1, lr.Lead{}).Reason)

	clk.Advance(time.Hour) // a's away lapses by itself
	assert.Equal(t, []string{"a", "a"}, routeSeq(t, r1, "", ""))
	require.NoError(t, r1.SetStatus(ctx, "b", lr.Status{}))
	assert.Equal(t, "b", route(t, r1, lr.Lead{}).RepID, "back")

	// A live capacity replaces MaxOpen: a has 2 open now.
	require.NoError(t, r1.SetStatus(ctx, "a", lr.Status{MaxOpen: 2}))
	require.NoError(t, r1.SetStatus(ctx, "b", lr.Status{Away: true}))
	d = route(t, r1, lr.Lead{})
	assert.Equal(t, "overflow: at max open (1), away (live status) (1)", d.Reason)
	require.NoError(t, r1.SetStatus(ctx, "a", lr.Status{MaxOpen: 3}))
	assert.Equal(t, "a", route(t, r1, lr.Lead{}).RepID)

	err = r1.SetStatus(ctx, "zed", lr.Status{Away: true})
	assert.ErrorIs(t, err, lr.ErrUnknownRep)
	assert.Error(t, r1.SetStatus(ctx, "a", lr.Status{MaxOpen: -1}))
}

func TestSetStatusConcurrentCallsNeverAddUp(t *testing.T) {
	r := newRouter(t, lr.WithReps(reps("a")...), lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a"}, Strategy: strategies.RoundRobin(), Overflow: "later"}))
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			for j := range 50 {
				s := lr.Status{MaxOpen: 1 + (i+j)%5}
				if (i+j)%3 == 0 {
					s = lr.Status{Away: true}
				}
				assert.NoError(t, r.SetStatus(ctx, "a", s))
			}
		})
	}
	wg.Wait()
	v, err := r.State().Get(ctx, store.Counter{Kind: "status", Member: "a"})
	require.NoError(t, err)
	assert.True(t, v >= 1 && v <= 6, "status %d is one of the values set, never a sum", v)
}

func TestLeadWeightCountsAgainstCaps(t *testing.T) {
	heavy := func(l *lr.Lead) int {
		if l.Employees >= 1000 {
			return 3
		}
		return 1
	}
	r := newRouter(t, lr.WithReps(lr.Rep{ID: "a", DailyCap: 4, MaxOpen: 4}, lr.Rep{ID: "b"}),
		lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a", "b"}, Strategy: strategies.LeastLoaded(), Weight: heavy}))
	// LeastLoaded sends to a (capacity 4) while a has the most room.
	d := route(t, r, lr.Lead{ID: "big", Employees: 5000})
	require.Equal(t, "b", d.RepID, "b has no MaxOpen: unlimited room ranks first")
	r = newRouter(t, lr.WithReps(lr.Rep{ID: "a", DailyCap: 4, MaxOpen: 4}),
		lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a"}, Strategy: strategies.RoundRobin(), Weight: heavy, Overflow: "later"}))
	assert.Equal(t, "a", route(t, r, lr.Lead{ID: "big", Employees: 5000}).RepID)
	open := func() int64 {
		v, err := r.State().Get(ctx, store.Counter{Kind: "open", Member: "a"})
		require.NoError(t, err)
		return v
	}
	assert.EqualValues(t, 3, open(), "a big lead counts 3")
	assert.Equal(t, "a", route(t, r, lr.Lead{ID: "small"}).RepID, "3+1 fits the cap of 4")
	d = route(t, r, lr.Lead{ID: "big2", Employees: 5000})
	assert.Equal(t, "overflow: its one rep at daily cap", d.Reason)
	require.NoError(t, r.Release(ctx, "a", "big"))
	require.NoError(t, r.Release(ctx, "a", "big"), "idempotent")
	assert.EqualValues(t, 1, open(), "released by the weight it was decided with")
}

func TestRerouteReleasesByWeight(t *testing.T) {
	r := newRouter(t, lr.WithReps(reps("a", "b")...),
		lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a", "b"}, Strategy: strategies.RoundRobin(), Weight: func(*lr.Lead) int { return 5 }}))
	require.Equal(t, "a", route(t, r, lr.Lead{ID: "x"}).RepID)
	d, err := r.Reroute(ctx, lr.Lead{ID: "x"}, "a")
	require.NoError(t, err)
	assert.Equal(t, "b", d.RepID)
	for rep, want := range map[string]int64{"a": 0, "b": 5} {
		v, err := r.State().Get(ctx, store.Counter{Kind: "open", Member: rep})
		require.NoError(t, err)
		assert.Equal(t, want, v, rep)
	}
}

func TestHolidaysInTheRepsZone(t *testing.T) {
	// Monday 2026-11-23 10:00 UTC is already Monday 19:00 in Tokyo, and
	// 2026-11-24 has begun there by 15:00 UTC.
	rs := []lr.Rep{{ID: "tokyo", TimeZone: "Asia/Tokyo", Holidays: []string{"2026-11-24"}}, {ID: "other"}}
	clk := newClock(monday10)
	r := newRouter(t, lr.WithClock(clk), lr.WithReps(rs...), lr.WithRules(lr.Rule{Name: "r", Pool: []string{"tokyo", "other"}, Strategy: strategies.RoundRobin()}))
	assert.Equal(t, "tokyo", route(t, r, lr.Lead{}).RepID)
	clk.Set(time.Date(2026, 11, 23, 15, 30, 0, 0, time.UTC))
	for range 3 {
		assert.Equal(t, "other", route(t, r, lr.Lead{}).RepID)
	}
	clk.Set(time.Date(2026, 11, 24, 15, 30, 0, 0, time.UTC)) // the 25th in Tokyo
	assert.Equal(t, "tokyo", route(t, r, lr.Lead{}).RepID)

	_, err := lr.New(lr.WithReps(lr.Rep{ID: "x", Holidays: []string{"24/12/2026"}}), lr.WithRules(lr.Rule{Name: "r", Pool: []string{"x"}, Strategy: strategies.RoundRobin()}))
	require.ErrorIs(t, err, lr.ErrInvalidConfig)
	assert.Contains(t, err.Error(), `reps[0] "x".Holidays[0]: want a date like 2026-12-25`)
}

func ExampleRouter_SetStatus() {
	r, _ := lr.New(lr.WithClock(fixedClock()), lr.WithReps(lr.Rep{ID: "ana"}, lr.Rep{ID: "ben"}),
		lr.WithRules(lr.Rule{Name: "support", Pool: []string{"ana", "ben"}, Strategy: strategies.RoundRobin(), Overflow: "backlog"}))
	// Ana takes a break for 15 minutes; every replica sharing the
	// router's State sees it at once.
	_ = r.SetStatus(ctx, "ana", lr.Status{Away: true, Until: fixedClock().Now().Add(15 * time.Minute)})
	d, _ := r.Route(ctx, lr.Lead{})
	fmt.Println(d)
	_ = r.SetStatus(ctx, "ben", lr.Status{Away: true})
	d, _ = r.Route(ctx, lr.Lead{})
	fmt.Println(d)
	// Output:
	// rep ben by rule "support" (round-robin)
	// queue backlog by rule "support" (overflow: all 2 reps away (live status))
}

func fixedClock() lr.Clock { return newClock(monday10) }

// A team named by two rules takes turns once across both.
func ExampleRule_team() {
	r, _ := lr.New(
		lr.WithReps(lr.Rep{ID: "ana", Team: "emea"}, lr.Rep{ID: "ben", Team: "emea"}, lr.Rep{ID: "cy", Team: "emea"}),
		lr.WithRules(
			lr.Rule{Name: "germany", Match: country("DE"), Team: "emea", Strategy: strategies.RoundRobin()},
			lr.Rule{Name: "france", Match: country("FR"), Team: "emea", Strategy: strategies.RoundRobin()},
		))
	for _, c := range []string{"DE", "FR", "DE", "FR"} {
		d, _ := r.Route(ctx, lr.Lead{Country: c})
		fmt.Println(c, d.RepID)
	}
	// Output:
	// DE ana
	// FR ben
	// DE cy
	// FR ana
}

// A host checks for late assignments on its own schedule and reroutes
// them.
func ExampleRouter_Overdue() {
	clk := newClock(monday10)
	r, _ := lr.New(lr.WithClock(clk), lr.WithReps(lr.Rep{ID: "ana"}, lr.Rep{ID: "ben"}),
		lr.WithRules(lr.Rule{Name: "inbound", Pool: []string{"ana", "ben"}, Strategy: strategies.RoundRobin(), AcceptWithin: 10 * time.Minute}))
	leads := map[string]lr.Lead{"L1": {ID: "L1"}, "L2": {ID: "L2"}}
	d1, _ := r.Route(ctx, leads["L1"])
	d2, _ := r.Route(ctx, leads["L2"])
	fmt.Println(d1.RepID, d2.RepID, d1.Deadline.Format(time.Kitchen))
	_, _ = r.Accept(ctx, "L2", d2.RepID) // ben accepted in time

	clk.Advance(11 * time.Minute) // the host's ticker fires
	late, _ := r.Overdue(ctx, 100)
	for _, a := range late {
		d, _ := r.RerouteOverdue(ctx, leads[a.LeadID], a) // unless accepted since
		fmt.Printf("%s: %s missed it; now %s\n", a.LeadID, a.RepID, d.RepID)
	}
	// Output:
	// ana ben 10:10AM
	// L1: ana missed it; now ben
}

func TestTeamHolidays(t *testing.T) {
	clk := newClock(time.Date(2026, 12, 25, 10, 0, 0, 0, time.UTC))
	rs := []lr.Rep{{ID: "a", Team: "emea"}, {ID: "b", Team: "emea"}, {ID: "c", Team: "na"}}
	rule := lr.Rule{Name: "r", Pool: []string{"a", "b", "c"}, Strategy: strategies.RoundRobin()}
	r := newRouter(t, lr.WithClock(clk), lr.WithReps(rs...), lr.WithRules(rule), lr.WithTeams(lr.Team{Name: "emea", Holidays: []string{"2026-12-25"}}))
	assert.Equal(t, []string{"c", "c"}, routeSeq(t, r, "", ""), "emea is off on the 25th")
	require.NoError(t, r.Reload(lr.WithTeams()))
	assert.Equal(t, "a", route(t, r, lr.Lead{}).RepID, "a reload without team holidays")

	for _, tc := range []struct {
		team lr.Team
		want string
	}{
		{lr.Team{Name: "apac"}, `teams[0] "apac": no rep is in team "apac"`},
		{lr.Team{Name: "emea", Holidays: []string{"25.12.2026"}}, `teams[0] "emea".Holidays[0]: want a date like 2026-12-25`},
		{lr.Team{}, `teams[0].Name: required`},
	} {
		_, err := lr.New(lr.WithReps(rs...), lr.WithRules(rule), lr.WithTeams(tc.team))
		require.ErrorIs(t, err, lr.ErrInvalidConfig)
		assert.Contains(t, err.Error(), tc.want)
	}
}
