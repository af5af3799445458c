package strategies_test

import (
	"fmt"
	"testing"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/strategies"
)

func TestLeastLoaded(t *testing.T) {
	f := newFixture(t, strategies.LeastLoaded(), reps("a", "b", "c"))
	want(t, "ties rotate", f.seq(4), "a b c a")
	// lead-2 went to b; releasing it makes b the least loaded.
	if err := f.r.Release(ctx, "b", "lead-2"); err != nil {
		t.Fatal(err)
	}
	want(t, "after b released one", f.seq(3), "b c b")
	f.r.Release(ctx, "c", "lead-3")
	f.r.Release(ctx, "c", "lead-3") // idempotent
	want(t, "after c released one", f.seq(2), "c a")
}

// TestCapsFillThenQueue: reps fill their caps exactly, and the rest go to
// the rule's overflow queue.
func TestCapsFillThenQueue(t *testing.T) {
	rs := []leadroute.Rep{{ID: "a", DailyCap: 2}, {ID: "b", DailyCap: 3}, {ID: "c", MaxOpen: 1}}
	overflow := func(r *rule) { r.Overflow = "overflow" }
	for _, s := range []leadroute.Strategy{
		strategies.RoundRobin(), strategies.LeastLoaded(), strategies.Weighted(),
		strategies.Balanced(strategies.BalancedOptions{}), strategies.SkillBased(nil, nil),
	} {
		t.Run(fmt.Sprint(s), func(t *testing.T) {
			f := newFixture(t, s, rs, overflow)
			got := f.counts(10)
			if got["a"] != 2 || got["b"] != 3 || got["c"] != 1 || got["q:overflow"] != 4 {
				t.Fatalf("got %v, want a 2, b 3, c 1 and 4 queued", got)
			}
		})
	}
	f := newFixture(t, strategies.RoundRobin(), rs, overflow)
	want(t, "round-robin", f.seq(8), "a b c a b b q:overflow q:overflow")
}

func ExampleLeastLoaded() {
	r, _ := leadroute.New(
		leadroute.WithReps(leadroute.Rep{ID: "ana", MaxOpen: 2}, leadroute.Rep{ID: "ben", MaxOpen: 2}),
		leadroute.WithRules(leadroute.Rule{Name: "support", Pool: []string{"ana", "ben"}, Strategy: strategies.LeastLoaded(), Overflow: "backlog"}),
	)
	route := func(id string) {
		d, _ := r.Route(ctx, leadroute.Lead{ID: id})
		fmt.Println(id, "→", d)
	}
	route("t1")
	route("t2")
	route("t3")
	r.Release(ctx, "ben", "t2") // ben closed t2
	route("t4")
	route("t5")
	route("t6")
	// Output:
	// t1 → rep ana by rule "support" (least loaded)
	// t2 → rep ben by rule "support" (least loaded)
	// t3 → rep ana by rule "support" (least loaded)
	// t4 → rep ben by rule "support" (least loaded)
	// t5 → rep ben by rule "support" (least loaded)
	// t6 → queue backlog by rule "support" (overflow: all 2 reps at max open)
}
