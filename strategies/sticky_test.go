package strategies_test

import (
	"fmt"
	"testing"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/strategies"
)

func TestStickySameKeySameRep(t *testing.T) {
	rs := reps("a", "b", "c", "d", "e")
	f := newFixture(t, strategies.Sticky(nil, strategies.RoundRobin()), rs)
	first := f.route(leadroute.Lead{Email: "Jane@Example.com"})
	for _, e := range []string{"jane@example.com", "JANE@EXAMPLE.COM", " jane@example.com "} {
		if got := f.route(leadroute.Lead{Email: e}); got != first {
			t.Fatalf("%q went to %s, %q to %s", "Jane@Example.com", first, e, got)
		}
	}
	// Empty key: the next strategy.
	want(t, "no email: round-robin", f.seq(3), "a b c")
}

func TestStickyFailover(t *testing.T) {
	rs := reps("a", "b", "c", "d", "e")
	s := strategies.Sticky(nil, nil)
	f := newFixture(t, s, rs)
	l := leadroute.Lead{Email: "jane@example.com"}
	owner := f.route(l)
	i := int(owner[0] - 'a')
	rs[i].Away = true
	f.reload(s, rs)
	second := f.route(l)
	if second == owner {
		t.Fatalf("owner %s away, still got the lead", owner)
	}
	for range 3 {
		if got := f.route(l); got != second {
			t.Fatalf("while %s is away the key moved from %s to %s", owner, second, got)
		}
	}
	rs[i].Away = false
	f.reload(s, rs)
	if got := f.route(l); got != owner {
		t.Fatalf("owner %s back, lead went to %s", owner, got)
	}
	// No next strategy and no key: the rule overflows.
	want(t, "no key, no next", f.route(leadroute.Lead{}), "q:unassigned")
}

// TestStickyMinimalMovement: removing one rep moves only that rep's keys.
func TestStickyMinimalMovement(t *testing.T) {
	key := func(l *leadroute.Lead) string { return l.Company }
	s := strategies.Sticky(key, nil)
	rs := reps("a", "b", "c", "d", "e", "f", "g", "h")
	f := newFixture(t, s, rs)
	before := map[string]string{}
	count := map[string]int{}
	for i := range 800 {
		k := fmt.Sprint("acct-", i)
		before[k] = f.route(leadroute.Lead{Company: k})
		count[before[k]]++
	}
	for _, r := range rs {
		if count[r.ID] < 60 || count[r.ID] > 140 {
			t.Fatalf("800 keys over 8 reps: uneven %v", count)
		}
	}
	f.reload(s, reps("a", "b", "c", "e", "f", "g", "h")) // d leaves
	for k, was := range before {
		got := f.route(leadroute.Lead{Company: k})
		if was != "d" && got != was {
			t.Fatalf("key %s moved from %s to %s though %s stayed", k, was, got, was)
		}
	}
}

// TestStickyScoreStable pins the hash so that replicas and future versions
// agree.
func TestStickyScoreStable(t *testing.T) {
	for _, c := range []struct {
		key, rep string
		want     uint64
	}{
		{"jane@example.com", "alice", 0x6839c9c8ec4d4da1},
		{"jane@example.com", "bob", 0x1f307700ed5dc66f},
		{"", "", 0x999798342b5726b0},
	} {
		got := strategies.StickyScore(c.key, c.rep)
		if got != c.want {
			t.Errorf("StickyScore(%q, %q) = %#x, want %#x", c.key, c.rep, got, c.want)
		}
	}
}

func ExampleSticky() {
	r, _ := leadroute.New(
		leadroute.WithReps(leadroute.Rep{ID: "ana"}, leadroute.Rep{ID: "ben"}, leadroute.Rep{ID: "cy"}),
		leadroute.WithRules(leadroute.Rule{
			Name: "inbound", Pool: []string{"ana", "ben", "cy"},
			// Same person, same rep; leads without an e-mail go round-robin.
			Strategy: strategies.Sticky(nil, strategies.RoundRobin()),
		}),
	)
	a, _ := r.Route(ctx, leadroute.Lead{Email: "jane@acme.com"})
	b, _ := r.Route(ctx, leadroute.Lead{Email: "JANE@acme.com"})
	fmt.Println(a.RepID == b.RepID, a.Reason)
	// Output:
	// true sticky
}
