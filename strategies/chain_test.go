package strategies_test

import (
	"errors"
	"testing"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/strategies"
)

func TestChain(t *testing.T) {
	nobody := strategies.SkillBased(map[string]int{"klingon": 1}, nil)
	tests := []struct {
		name string
		s    leadroute.Strategy
		want string
	}{
		{"first that yields", strategies.Chain(nobody, strategies.RoundRobin()), "a b c a"},
		{"queue at the end", strategies.Chain(nobody, strategies.Queue("later")), "q:later q:later q:later q:later"},
		{"nothing yields: the rule falls through", strategies.Chain(nobody), "q:unassigned q:unassigned q:unassigned q:unassigned"},
		{"empty chain", strategies.Chain(), "q:unassigned q:unassigned q:unassigned q:unassigned"},
		{"binds its members", strategies.Chain(nobody, strategies.Weighted()), "a b a c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := reps("a", "b", "c")
			rs[0].Weight = 3
			f := newFixture(t, tt.s, rs)
			want(t, tt.name, f.seq(4), tt.want)
		})
	}
}

func TestChainStopsOnError(t *testing.T) {
	boom := errors.New("boom")
	fail := leadroute.StrategyFunc(func(_ ctxT, _ *leadroute.Lead, _ leadroute.Candidates) (leadroute.Pick, error) {
		return leadroute.Pick{}, boom
	})
	noEligible := leadroute.StrategyFunc(func(_ ctxT, _ *leadroute.Lead, _ leadroute.Candidates) (leadroute.Pick, error) {
		return leadroute.Pick{}, leadroute.ErrNoEligibleRep
	})
	f := newFixture(t, strategies.Chain(noEligible, strategies.RoundRobin()), reps("a", "b"))
	want(t, "ErrNoEligibleRep passes on", f.seq(2), "a b")
	f = newFixture(t, strategies.Chain(fail, strategies.RoundRobin()), reps("a", "b"))
	d, err := f.r.Route(ctx, leadroute.Lead{})
	if !errors.Is(err, boom) || d.Queue == "" {
		t.Fatalf("got %v, %v; want the error and the fallback queue", d, err)
	}
}

func TestQueueEmptyNameRejected(t *testing.T) {
	for _, s := range []leadroute.Strategy{
		strategies.Queue(""),
		strategies.Chain(strategies.RoundRobin(), strategies.Queue("")),
		strategies.Sticky(nil, strategies.Queue("")),
		strategies.SkillBased(nil, strategies.Chain(strategies.Queue(""))),
		strategies.Chain(nil),
	} {
		_, err := leadroute.New(
			leadroute.WithReps(reps("a")...),
			leadroute.WithRules(leadroute.Rule{Name: "r", Pool: []string{"a"}, Strategy: s}),
		)
		if !errors.Is(err, leadroute.ErrInvalidConfig) {
			t.Errorf("%v: New returned %v, want ErrInvalidConfig", s, err)
		}
	}
}

func ExampleChain() {
	r, _ := leadroute.New(
		leadroute.WithReps(leadroute.Rep{ID: "ana", Skills: map[string]int{"de": 1}}, leadroute.Rep{ID: "ben"}),
		leadroute.WithRules(leadroute.Rule{
			Name: "german", Pool: []string{"ana", "ben"},
			// A German speaker if one is available, else the German queue.
			Strategy: strategies.Chain(
				strategies.SkillBased(map[string]int{"de": 1}, nil),
				strategies.Queue("german-backlog"),
			),
		}),
	)
	d, _ := r.Route(ctx, leadroute.Lead{})
	println := func(d leadroute.Decision) { _, _ = ctxPrint(d) }
	println(d)
	r.Reload(leadroute.WithReps(leadroute.Rep{ID: "ana", Skills: map[string]int{"de": 1}, Away: true}, leadroute.Rep{ID: "ben"}))
	d, _ = r.Route(ctx, leadroute.Lead{})
	println(d)
	// Output:
	// rep ana by rule "german" (skill match)
	// queue german-backlog by rule "german" (queue)
}

func ExampleQueue() {
	r, _ := leadroute.New(
		leadroute.WithRules(leadroute.Rule{Name: "students", Strategy: strategies.Queue("nurture")}),
	)
	d, _ := r.Route(ctx, leadroute.Lead{})
	_, _ = ctxPrint(d)
	// Output:
	// queue nurture by rule "students" (queue)
}
