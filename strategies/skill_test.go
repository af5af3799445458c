package strategies_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
)

func skilled() []leadroute.Rep {
	return []leadroute.Rep{
		{ID: "a", Skills: map[string]int{"es": 1}},
		{ID: "b", Skills: map[string]int{"es": 3, "fr": 1}},
		{ID: "c", Skills: map[string]int{"es": 3, "fr": 2}},
		{ID: "d", Skills: map[string]int{"es": 3, "fr": 1}},
		{ID: "e"},
	}
}

func TestSkillBased(t *testing.T) {
	tests := []struct {
		name string
		req  map[string]int
		tie  leadroute.Strategy
		edit func([]leadroute.Rep)
		want string
	}{
		{"filter then round-robin among the best", map[string]int{"es": 2}, nil, nil, "b c d b c d"},
		{"best total wins", map[string]int{"es": 2, "fr": 1}, nil, nil, "c c c c c c"},
		{"best away: next best tie", map[string]int{"es": 2, "fr": 1}, nil, func(r []leadroute.Rep) { r[2].Away = true }, "b d b d b d"},
		{"nobody qualifies", map[string]int{"de": 1}, nil, nil, "q:unassigned q:unassigned q:unassigned q:unassigned q:unassigned q:unassigned"},
		{"no requirement: everyone ties", nil, nil, nil, "a b c d e a"},
		{"tie to weighted", map[string]int{"es": 3}, strategies.Weighted(), func(r []leadroute.Rep) { r[1].Weight = 2 }, "b c d b b c"},
		{"tie to sticky", map[string]int{"es": 3}, strategies.Sticky(func(*leadroute.Lead) string { return "k" }, nil), nil, "b b b b b b"}, // StickyChoice("k", [b c d]) = 0,
		{"foreign tie strategy kept inside the tie", map[string]int{"es": 3}, leadroute.StrategyFunc(
			func(_ context.Context, _ *leadroute.Lead, c leadroute.Candidates) (leadroute.Pick, error) {
				return leadroute.Pick{Rep: c.Rep(0), Reason: "always a"}, nil // a is never in the tie
			}), nil, "b c d b c d"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := skilled()
			if tt.edit != nil {
				tt.edit(rs)
			}
			f := newFixture(t, strategies.SkillBased(tt.req, tt.tie), rs)
			want(t, tt.name, f.seq(6), tt.want)
		})
	}
}

func TestSkillBasedTieBalanced(t *testing.T) {
	// Balanced as the tie-break counts every assignment, including those
	// where one rep was best alone.
	rs := skilled()
	f := newFixture(t, strategies.SkillBased(map[string]int{"es": 3}, strategies.Balanced(strategies.BalancedOptions{})), rs)
	want(t, "balanced tie", f.seq(6), "b c d b c d")
}

func ExampleSkillBased() {
	r, _ := leadroute.New(
		leadroute.WithReps(
			leadroute.Rep{ID: "ana", Skills: map[string]int{"es": 1}},
			leadroute.Rep{ID: "ben", Skills: map[string]int{"es": 3, "enterprise": 2}},
			leadroute.Rep{ID: "cy", Skills: map[string]int{"es": 2, "enterprise": 3}},
			leadroute.Rep{ID: "dee", Skills: map[string]int{"es": 3, "enterprise": 1}},
		),
		leadroute.WithRules(leadroute.Rule{
			Name:     "spanish enterprise",
			Pool:     []string{"ana", "ben", "cy", "dee"},
			Strategy: strategies.SkillBased(map[string]int{"es": 2, "enterprise": 1}, strategies.RoundRobin()),
		}),
	)
	// ben and cy both score 5 (es + enterprise); dee scores 4; ana lacks es 2.
	for range 4 {
		d, _ := r.Route(ctx, leadroute.Lead{})
		fmt.Print(d.RepID, " ")
	}
	fmt.Println()
	// Output:
	// ben cy ben cy
}

// skillRacer takes rep's last open slot between the strategy's read and
// the commit, once: a concurrent route that won the race.
type skillRacer struct {
	store.State
	rep  string
	done bool
}

func (r *skillRacer) Commit(ctx context.Context, s *store.Step) (store.Outcome, error) {
	if s.Members != nil && !s.DryRun && !r.done {
		r.done = true
		if _, err := r.State.Add(ctx, "", store.Counter{Kind: "open", Member: r.rep}, 1, time.Time{}); err != nil {
			return store.Outcome{}, err
		}
	}
	return r.State.Commit(ctx, s)
}

// TestSkillBasedCapRace: the best tier's only rep fills up between the
// pick and the commit; the lead goes to the next tier (round-robin there),
// not to the overflow, and the tier's rotation names only its own reps.
func TestSkillBasedCapRace(t *testing.T) {
	for _, tie := range []struct {
		name string
		s    leadroute.Strategy
	}{{"round-robin", nil}, {"balanced", strategies.Balanced(strategies.BalancedOptions{})}} {
		t.Run(tie.name, func(t *testing.T) {
			rs := skilled()
			rs[2].MaxOpen = 1 // c: the only rep scoring 5
			ids := []string{"a", "b", "c", "d", "e"}
			st := &skillRacer{State: store.NewMemory(store.MemoryOptions{}), rep: "c"}
			r, err := leadroute.New(leadroute.WithState(st), leadroute.WithReps(rs...),
				leadroute.WithRules(leadroute.Rule{Name: "r", Pool: ids, Overflow: "over",
					Strategy: strategies.SkillBased(map[string]int{"es": 2, "fr": 1}, tie.s)}))
			require.NoError(t, err)
			var got []string
			for i := range 3 {
				d, err := r.Route(ctx, leadroute.Lead{ID: fmt.Sprint("L", i)})
				require.NoError(t, err)
				got = append(got, d.RepID+d.Queue)
			}
			assert.Equal(t, []string{"b", "d", "b"}, got, "c full: b and d (score 4) take turns")
		})
	}
}

// TestSkillBasedTeamRotation: a skill rule and a round-robin rule of one
// team take turns on the team's rotation when every rep ties (the tier is
// the whole pool), and the skill rule's tie of a strict subset rotates on
// its own, leaving the team's cursor where it was.
func TestSkillBasedTeamRotation(t *testing.T) {
	es := func(l *leadroute.Lead) bool { return l.Language == "es" }
	for _, c := range []struct {
		name string
		req  map[string]int
		want string
	}{
		{"everyone ties", map[string]int{"es": 1}, "rr:a es:b rr:c es:a rr:b es:c"},
		{"a subset ties", map[string]int{"es": 2}, "rr:a es:b rr:b es:c rr:c es:b"},
	} {
		t.Run(c.name, func(t *testing.T) {
			rs := []leadroute.Rep{
				{ID: "a", Team: "t", Skills: map[string]int{"es": 1}},
				{ID: "b", Team: "t", Skills: map[string]int{"es": 2}},
				{ID: "c", Team: "t", Skills: map[string]int{"es": 2}},
			}
			if c.name == "everyone ties" {
				rs[0].Skills["es"], rs[1].Skills["es"], rs[2].Skills["es"] = 1, 1, 1
			}
			r, err := leadroute.New(leadroute.WithReps(rs...), leadroute.WithRules(
				leadroute.Rule{Name: "es", Team: "t", Match: leadroute.MatcherFunc(es), Strategy: strategies.SkillBased(c.req, nil)},
				leadroute.Rule{Name: "rr", Team: "t", Strategy: strategies.RoundRobin()},
			))
			require.NoError(t, err)
			var got []string
			for i := range 6 {
				l := leadroute.Lead{}
				if i%2 == 1 {
					l.Language = "es"
				}
				d, err := r.Route(ctx, l)
				require.NoError(t, err)
				got = append(got, d.Rule+":"+d.RepID)
			}
			assert.Equal(t, c.want, strings.Join(got, " "))
		})
	}
}

// TestSkillBasedUnbound runs SkillBased under a wrapper that does not
// forward Bind: the same choices, from a scan of the pool.
func TestSkillBasedUnbound(t *testing.T) {
	for _, c := range []struct {
		req  map[string]int
		edit func([]leadroute.Rep)
		want string
	}{
		{map[string]int{"es": 2}, nil, "b c d b c d"},
		{map[string]int{"es": 2, "fr": 1}, func(r []leadroute.Rep) { r[2].Away = true }, "b d b d b d"},
		{map[string]int{"de": 1}, nil, "q:unassigned q:unassigned q:unassigned q:unassigned q:unassigned q:unassigned"},
	} {
		s := strategies.SkillBased(c.req, nil)
		wrapper := leadroute.StrategyFunc(func(ctx context.Context, l *leadroute.Lead, cs leadroute.Candidates) (leadroute.Pick, error) {
			return s.Pick(ctx, l, cs)
		})
		rs := skilled()
		if c.edit != nil {
			c.edit(rs)
		}
		want(t, fmt.Sprint(c.req), newFixture(t, wrapper, rs).seq(6), c.want)
	}
}
