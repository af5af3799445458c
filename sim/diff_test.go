package sim_test

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/sim"
)

// Two crafted rule sets: the new one sends DE to a new "dach" rule owned by
// dora and drops bob from emea.
func diffBuilds(t *testing.T) (oldB, newB sim.BuildFunc) {
	reps := []leadroute.Rep{{ID: "alice"}, {ID: "bob"}, {ID: "dora"}}
	oldRules := []leadroute.Rule{
		{Name: "emea", Match: in("GB", "DE", "FR"), Pool: []string{"alice", "bob"}, Strategy: roundRobin},
	}
	newRules := []leadroute.Rule{
		{Name: "dach", Match: in("DE"), Pool: []string{"dora"}, Strategy: roundRobin},
		{Name: "emea", Match: in("GB", "FR"), Pool: []string{"alice"}, Strategy: roundRobin},
	}
	mk := func(rules []leadroute.Rule) sim.BuildFunc {
		return func(opts ...leadroute.Option) (*leadroute.Router, error) {
			return leadroute.New(append([]leadroute.Option{leadroute.WithReps(reps...), leadroute.WithRules(rules...)}, opts...)...)
		}
	}
	return mk(oldRules), mk(newRules)
}

func TestDiff(t *testing.T) {
	oldB, newB := diffBuilds(t)
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	var leads []leadroute.Lead
	for i, c := range []string{"GB", "DE", "GB", "FR", "DE", "US"} {
		leads = append(leads, leadroute.Lead{ID: "L" + string(rune('1'+i)), Country: c, CreatedAt: t0.Add(time.Duration(i) * time.Minute)})
	}
	// old: L1 GB alice, L2 DE bob, L3 GB alice, L4 FR bob, L5 DE alice, L6 US fallback
	// new: L1 alice, L2 dora, L3 alice, L4 alice, L5 dora, L6 fallback
	d, err := sim.Diff(context.Background(), oldB, newB, sim.Leads(leads), sim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Leads != 6 || d.Moved != 3 || d.RuleChanged != 2 {
		t.Errorf("leads %d moved %d rule changed %d, want 6 3 2", d.Leads, d.Moved, d.RuleChanged)
	}
	wantMatrix := []sim.Move{
		{From: "alice", To: "alice", Leads: 2},
		{From: "alice", To: "dora", Leads: 1},
		{From: "bob", To: "alice", Leads: 1},
		{From: "bob", To: "dora", Leads: 1},
		{From: "queue:unassigned", To: "queue:unassigned", Leads: 1},
	}
	if !reflect.DeepEqual(d.Matrix, wantMatrix) {
		t.Errorf("matrix\n got %+v\nwant %+v", d.Matrix, wantMatrix)
	}
	wantChanges := []sim.Change{
		{LeadID: "L2", CreatedAt: t0.Add(time.Minute), From: "bob", To: "dora", OldRule: "emea", NewRule: "dach", OldReason: "round-robin", NewReason: "round-robin"},
		{LeadID: "L4", CreatedAt: t0.Add(3 * time.Minute), From: "bob", To: "alice", OldRule: "emea", NewRule: "emea", OldReason: "round-robin", NewReason: "round-robin"},
		{LeadID: "L5", CreatedAt: t0.Add(4 * time.Minute), From: "alice", To: "dora", OldRule: "emea", NewRule: "dach", OldReason: "round-robin", NewReason: "round-robin"},
	}
	if !reflect.DeepEqual(d.Changes, wantChanges) {
		t.Errorf("changes\n got %+v\nwant %+v", d.Changes, wantChanges)
	}
	if d.Moves("bob", "dora") != 1 || d.Moves("bob", "bob") != 0 {
		t.Error("Moves")
	}
	if d.Old.Counts()["bob"] != 2 || d.New.Counts()["dora"] != 2 {
		t.Errorf("old %v new %v", d.Old.Counts(), d.New.Counts())
	}
	var b strings.Builder
	if err := d.WriteText(&b, 2); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"3 of 6 leads would move (50.0%); 2 decided by a different rule.", "[2]", "queue:unassigned", "first 2 of 3", "L4"} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("diff text lacks %q:\n%s", s, b.String())
		}
	}
}

func TestDiffIdenticalRules(t *testing.T) {
	oldB, _ := diffBuilds(t)
	leads := sim.Generate(9, 500, sim.GenOptions{})
	d, err := sim.Diff(context.Background(), oldB, oldB, sim.Leads(leads), sim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Moved != 0 || len(d.Changes) != 0 || d.Leads != 500 {
		t.Fatalf("identical rules moved %d leads", d.Moved)
	}
}
