package leadroutetest

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/leadroute/leadroute/store"
)

// members is a simple store.Members: IDs, who is away, and per-member
// limits.
type members struct {
	ids    []string
	away   map[string]bool
	limits map[string][]store.Limit
}

func (m *members) Len() int            { return len(m.ids) }
func (m *members) ID(i int) string     { return m.ids[i] }
func (m *members) Eligible(i int) bool { return !m.away[m.ids[i]] }
func (m *members) Limits(i int) []store.Limit {
	return m.limits[m.ids[i]]
}

func mem(ids ...string) *members {
	return &members{ids: ids, away: map[string]bool{}, limits: map[string][]store.Limit{}}
}

// past and future are expiry times that any real or fake clock in use is
// after and before.
var (
	past   = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	future = time.Date(2999, 1, 1, 0, 0, 0, 0, time.UTC)
)

// TestState runs the store.State contract against the states newState
// returns (a fresh, empty one per subtest). The State's clock must be after
// the year 2000 and before 2999. Run it with -race.
func TestState(t *testing.T, newState func() store.State) {
	ctx := context.Background()
	var seq atomic.Uint32
	uniq := func(prefix string) string { return fmt.Sprintf("leadroutetest-%s-%d", prefix, seq.Add(1)) }

	commit := func(t *testing.T, s store.State, st store.Step) store.Outcome {
		t.Helper()
		out, err := s.Commit(ctx, &st)
		if err != nil {
			t.Fatalf("Commit: %v", err)
		}
		return out
	}
	// rot commits one rotation step under key "k" and returns the chosen ID.
	rot := func(t *testing.T, s store.State, m store.Members, slots []int32, dry bool) string {
		t.Helper()
		out := commit(t, s, store.Step{Rotation: "k", Members: m, Slots: slots, DryRun: dry})
		if out.Index < 0 {
			return "-"
		}
		if got := m.ID(out.Index); out.Record.Member != got {
			t.Fatalf("Outcome.Record.Member %q, but Index %d is %q", out.Record.Member, out.Index, got)
		}
		return m.ID(out.Index)
	}
	rots := func(t *testing.T, s store.State, m store.Members, slots []int32, n int) string {
		t.Helper()
		out := ""
		for range n {
			out += rot(t, s, m, slots, false)
		}
		return out
	}
	want := func(t *testing.T, what, got, want string) {
		t.Helper()
		if got != want {
			t.Fatalf("%s: got %s, want %s", what, got, want)
		}
	}
	get := func(t *testing.T, s store.State, c store.Counter) int64 {
		t.Helper()
		v, err := s.Get(ctx, c)
		if err != nil {
			t.Fatalf("Get: %v", err)
		}
		return v
	}
	wantN := func(t *testing.T, what string, got, want int64) {
		t.Helper()
		if got != want {
			t.Fatalf("%s: got %d, want %d", what, got, want)
		}
	}
	add := func(t *testing.T, s store.State, o string, c store.Counter, d int64, exp time.Time) int64 {
		t.Helper()
		v, err := s.Add(ctx, o, c, d, exp)
		if err != nil {
			t.Fatalf("Add: %v", err)
		}
		return v
	}

	// Rotations.
	t.Run("RotateRoundRobin", func(t *testing.T) {
		s := newState()
		want(t, "rotation", rots(t, s, mem("a", "b", "c"), nil, 7), "abcabca")
	})
	t.Run("RotateSkipsIneligible", func(t *testing.T) {
		s := newState()
		m := mem("a", "b", "c", "d")
		want(t, "start", rots(t, s, m, nil, 1), "a")
		m.away["b"] = true
		want(t, "b away", rots(t, s, m, nil, 4), "cdac")
		m.away["b"] = false
		// b rejoins at their place: after c (the last assigned) comes d.
		want(t, "b back", rots(t, s, m, nil, 5), "dabcd")
	})
	t.Run("RotateNobodyEligible", func(t *testing.T) {
		s := newState()
		m := mem("a", "b")
		m.away["a"], m.away["b"] = true, true
		want(t, "all away", rot(t, s, m, nil, false), "-")
		want(t, "empty", rot(t, s, mem(), nil, false), "-")
		want(t, "empty schedule", rot(t, s, mem("a"), []int32{}, false), "-")
		want(t, "after nobody, the rotation starts at the beginning", rots(t, s, mem("a", "b"), nil, 1), "a")
	})
	t.Run("RotateDryRun", func(t *testing.T) {
		s := newState()
		m := mem("a", "b", "c")
		c := store.Counter{Kind: "daily", Member: "b", Window: 1}
		m.limits["b"] = []store.Limit{{Counter: c, Max: 5}}
		want(t, "first", rots(t, s, m, nil, 1), "a")
		for range 3 {
			want(t, "dry run", rot(t, s, m, nil, true), "b")
		}
		wantN(t, "a dry run counts nothing", get(t, s, c), 0)
		want(t, "commit after dry runs", rot(t, s, m, nil, false), "b")
		wantN(t, "the commit counts", get(t, s, c), 1)
	})
	t.Run("RotateSchedule", func(t *testing.T) {
		s := newState()
		m := mem("a", "b", "c")
		slots := []int32{0, 0, 1, 0, 2, 0, 0} // smooth WRR 5,1,1
		want(t, "schedule", rots(t, s, m, slots, 14), "aabacaaaabacaa")
		m.away["a"] = true
		want(t, "a away", rots(t, s, m, slots, 4), "bcbc")
	})
	t.Run("RotateMemberAdded", func(t *testing.T) {
		s := newState()
		want(t, "start", rots(t, s, mem("a", "b", "c"), nil, 2), "ab")
		// x joins before b's position: the rotation resumes after b.
		want(t, "x added", rots(t, s, mem("x", "a", "b", "c"), nil, 4), "cxab")
	})
	t.Run("RotateMemberRemoved", func(t *testing.T) {
		s := newState()
		want(t, "start", rots(t, s, mem("a", "b", "c", "d"), nil, 2), "ab")
		// b (the last assigned) leaves: c, who came after b, is next.
		want(t, "b removed", rots(t, s, mem("a", "c", "d"), nil, 4), "cdac")
	})
	t.Run("RotateScheduleChanged", func(t *testing.T) {
		s := newState()
		m := mem("a", "b", "c")
		want(t, "start", rots(t, s, m, []int32{0, 1, 2}, 2), "ab")
		want(t, "new schedule", rots(t, s, m, []int32{0, 0, 1, 2}, 4), "caab")
	})
	t.Run("RotateAfterShrink", func(t *testing.T) {
		s := newState()
		want(t, "start", rots(t, s, mem("a", "b", "c", "d", "e", "f"), nil, 6), "abcdef")
		// The cursor was on f, beyond the new pool's end: start over.
		want(t, "shrunk", rots(t, s, mem("a", "b", "c"), nil, 2), "ab")
	})
	t.Run("RotateKeysIndependent", func(t *testing.T) {
		s := newState()
		m := mem("a", "b", "c")
		for _, k := range []string{"k1", "k2", "k1"} {
			commit(t, s, store.Step{Rotation: k, Members: m})
		}
		out := commit(t, s, store.Step{Rotation: "k2", Members: m})
		want(t, "k2", m.ID(out.Index), "b")
	})
	t.Run("RotateConcurrent", func(t *testing.T) {
		s := newState()
		m := mem("a", "b", "c", "d", "e", "f", "g")
		const workers, per = 8, 70
		var mu sync.Mutex
		got := map[int]int{}
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for range per {
					out, err := s.Commit(ctx, &store.Step{Rotation: "k", Members: m})
					if err != nil {
						t.Error(err)
						return
					}
					mu.Lock()
					got[out.Index]++
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		for i := range m.Len() {
			if got[i] != workers*per/m.Len() {
				t.Fatalf("concurrent rotation is unfair: %v", got)
			}
		}
	})

	// Limits.
	daily := func(member string) store.Counter { return store.Counter{Kind: "daily", Member: member, Window: 1} }
	open := func(member string) store.Counter { return store.Counter{Kind: "open", Member: member} }
	t.Run("RotateSkipsFullMembers", func(t *testing.T) {
		s := newState()
		m := mem("a", "b", "c")
		for _, id := range m.ids {
			m.limits[id] = []store.Limit{{Counter: daily(id), Max: 2}, {Counter: open(id)}}
		}
		m.limits["b"][0].Max = 1
		want(t, "b takes one lead, then is skipped", rots(t, s, m, nil, 5), "abcac")
		want(t, "everyone full", rot(t, s, m, nil, false), "-")
		for id, n := range map[string]int64{"a": 2, "b": 1, "c": 2} {
			wantN(t, "daily "+id, get(t, s, daily(id)), n)
			wantN(t, "open "+id, get(t, s, open(id)), n)
		}
	})
	t.Run("AllOrNothing", func(t *testing.T) {
		s := newState()
		m := mem("a", "b")
		m.limits["a"] = []store.Limit{{Counter: daily("a"), Max: 5}, {Counter: open("a"), Max: 1}}
		m.limits["b"] = []store.Limit{{Counter: daily("b"), Max: 5}}
		add(t, s, "", open("a"), 1, time.Time{}) // a is at max-open
		out := commit(t, s, store.Step{Members: m})
		want(t, "the first member that fits, in order", m.ID(out.Index), "b")
		wantN(t, "a's daily count is not raised when its open count refuses", get(t, s, daily("a")), 0)
	})
	t.Run("NobodyFits", func(t *testing.T) {
		s := newState()
		m := mem("a")
		m.limits["a"] = []store.Limit{{Counter: daily("a"), Max: 1}}
		o := uniq("op")
		ops := []store.Op{{ID: o, Counter: store.Counter{Kind: "tally"}, Delta: 1}}
		commit(t, s, store.Step{Members: m})
		out := commit(t, s, store.Step{Decision: "lead-full", Members: m, Rotation: "k", Ops: ops})
		if out.Index != -1 || out.Chosen() || out.Replay {
			t.Fatalf("full member chosen: %+v", out)
		}
		wantN(t, "ops not applied", get(t, s, store.Counter{Kind: "tally"}), 0)
		if _, found, _ := s.Recall(ctx, "lead-full"); found {
			t.Fatal("a step that chose nobody was recorded")
		}
		wantN(t, "op ID not spent", add(t, s, o, store.Counter{Kind: "tally"}, 1, time.Time{}), 1)
	})
	t.Run("LimitAmount", func(t *testing.T) {
		s := newState()
		m := mem("a")
		m.limits["a"] = []store.Limit{{Counter: daily("a"), Max: 5, N: 3}}
		if out := commit(t, s, store.Step{Members: m}); out.Index != 0 {
			t.Fatal("3 of 5 did not fit")
		}
		wantN(t, "raised by N", get(t, s, daily("a")), 3)
		if out := commit(t, s, store.Step{Members: m}); out.Index != -1 {
			t.Fatal("3+3 fitted a max of 5")
		}
		m.limits["a"][0].N = 2
		if out := commit(t, s, store.Step{Members: m}); out.Index != 0 {
			t.Fatal("3+2 did not fit a max of 5")
		}
		wantN(t, "raised by N", get(t, s, daily("a")), 5)
	})
	t.Run("LimitGate", func(t *testing.T) {
		s := newState()
		gate := store.Counter{Kind: "status", Member: "a"}
		m := mem("a", "b")
		m.limits["a"] = []store.Limit{{Counter: open("a"), Gate: gate.Kind}}
		m.limits["b"] = []store.Limit{{Counter: open("b")}}
		want(t, "no gate: no limit", rots(t, s, m, nil, 2), "ab")
		add(t, s, "", gate, 1, time.Time{}) // closed
		want(t, "gate 1 closes the limit", rots(t, s, m, nil, 2), "bb")
		add(t, s, "", gate, 2, time.Time{}) // 3: max 2 open
		want(t, "gate 3 is a max of 2", rots(t, s, m, nil, 3), "abb")
		wantN(t, "a's open count", get(t, s, open("a")), 2)
		add(t, s, "", gate, -3, time.Time{})
		m.limits["a"][0].Max = 2
		want(t, "gate cleared: Max again", rots(t, s, m, nil, 2), "bb")
		add(t, s, "", gate, 5, past)
		want(t, "an expired gate reads as zero", rot(t, s, m, nil, false), "b")
	})
	t.Run("LimitClaim", func(t *testing.T) {
		s := newState()
		owner := store.Counter{Kind: "owner", Scope: "email", Member: "jo@x.com"}
		m := mem("a", "b")
		for i, id := range m.ids {
			m.limits[id] = []store.Limit{{Counter: daily(id), Max: 1}, {Counter: owner, N: int64(10 + i), Claim: true, Max: 1}}
		}
		want(t, "a claim never stops a member fitting", rots(t, s, m, nil, 2), "ab")
		wantN(t, "the first chosen claims it", get(t, s, owner), 10)
		wantN(t, "b's own limits applied", get(t, s, daily("b")), 1)
		want(t, "nobody fits: nothing claimed", rot(t, s, m, nil, false), "-")
		other := store.Counter{Kind: "owner", Scope: "email", Member: "al@x.com"}
		m.limits["a"] = []store.Limit{{Counter: other, N: 7, Claim: true, Expire: past}}
		rot(t, s, m, nil, false)
		wantN(t, "a claim with a past expiry reads as zero", get(t, s, other), 0)
	})
	t.Run("Rank", func(t *testing.T) {
		s := newState()
		rk, ok := s.(store.Ranker)
		if !ok {
			t.Skip("the State does not implement store.Ranker")
		}
		kind := uniq("load")
		ids := []string{"a", "b", "c", "d", "e"}
		set := store.NewRankSet(ids, nil)
		ctr := func(id string) store.Counter { return store.Counter{Kind: kind, Member: id} }
		order := func(t *testing.T, q store.RankQuery, page int) string {
			t.Helper()
			got := ""
			buf := make([]store.Ranked, page)
			for {
				n, err := rk.Rank(ctx, &q, buf)
				if err != nil {
					t.Fatalf("Rank: %v", err)
				}
				for _, r := range buf[:n] {
					if v := get(t, s, ctr(ids[r.Index])); r.Value != v {
						t.Fatalf("Rank gave %s the value %d; Get reads %d", ids[r.Index], r.Value, v)
					}
					got += ids[r.Index]
				}
				if n < page {
					return got
				}
				q.Continue, q.After = true, buf[n-1]
			}
		}
		q := store.RankQuery{Set: set, Counter: store.Counter{Kind: kind}}
		want(t, "all zero: pool order", order(t, q, 5), "abcde")
		add(t, s, "", ctr("a"), 2, time.Time{})
		add(t, s, "", ctr("c"), 1, time.Time{})
		want(t, "after Add", order(t, q, 2), "bdeca")
		m := &members{ids: []string{"b"}, limits: map[string][]store.Limit{"b": {{Counter: ctr("b"), N: 3}}}}
		commit(t, s, store.Step{Rotation: "rank", Members: m})
		want(t, "after a Commit's limit", order(t, q, 3), "decab")
		commit(t, s, store.Step{Queue: "q", Ops: []store.Op{{Counter: ctr("a"), Delta: -2}}})
		want(t, "after a Commit's op", order(t, q, 1), "adecb")
		q.Desc = true
		want(t, "descending", order(t, q, 2), "bcade")
		q.Desc, q.Start = false, 3
		want(t, "ties from Start, wrapping", order(t, q, 2), "deacb")
		commit(t, s, store.Step{Rotation: "rank", Members: &members{ids: []string{"d"}}})
		q.Start, q.Rotation = 0, "rank"
		want(t, "ties after the rotation's cursor (d)", order(t, q, 4), "eadcb")
		want(t, "a subset", order(t, store.RankQuery{Set: set.Subset([]int{4, 1, 0}), Counter: store.Counter{Kind: kind}}, 2), "aeb")
	})
	t.Run("Pending", func(t *testing.T) {
		s := newState()
		p, ok := s.(store.Pending)
		if !ok {
			t.Skip("the State does not implement store.Pending")
		}
		m := mem("a", "b")
		at := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
		d1, d2 := uniq("lead"), uniq("lead")
		commit(t, s, store.Step{Decision: d1, Members: m, Rotation: "k", Deadline: at.Add(time.Minute)})
		commit(t, s, store.Step{Decision: d2, Members: m, Rotation: "k", Deadline: at.Add(2 * time.Minute)})
		commit(t, s, store.Step{Decision: uniq("dry"), Members: m, Deadline: at, DryRun: true})
		due := func(now time.Time) string {
			t.Helper()
			ds, err := p.Due(ctx, now, 10)
			if err != nil {
				t.Fatalf("Due: %v", err)
			}
			out := ""
			for _, d := range ds {
				if !d.Deadline.Equal(at.Add(time.Minute)) && !d.Deadline.Equal(at.Add(2*time.Minute)) {
					t.Fatalf("deadline %v", d.Deadline)
				}
				out += d.Decision[len(d.Decision)-1:] + d.Member + " "
			}
			return out
		}
		n1, n2 := d1[len(d1)-1:], d2[len(d2)-1:]
		want(t, "none due", due(at), "")
		want(t, "one due", due(at.Add(time.Minute)), n1+"a ")
		want(t, "both, earliest first", due(at.Add(time.Hour)), n1+"a "+n2+"b ")
		if ok, _ := p.Accept(ctx, d1, "b"); ok {
			t.Fatal("accepted by a member it is not pending for")
		}
		if ok, err := p.Accept(ctx, d1, "a"); err != nil || !ok {
			t.Fatalf("Accept: %v, %v", ok, err)
		}
		if ok, _ := p.Accept(ctx, d1, "a"); ok {
			t.Fatal("accepted twice")
		}
		want(t, "accepted", due(at.Add(time.Hour)), n2+"b ")
		// A step conditional on the decision being pending for a member.
		out := commit(t, s, store.Step{Decision: d2, Round: 1, Seen: true, Members: m, IfPending: "a"})
		if !out.NotPending || out.Index != -1 {
			t.Fatalf("IfPending for the wrong member applied: %+v", out)
		}
		if out := commit(t, s, store.Step{Decision: d1, Round: 1, Seen: true, Members: m, IfPending: "a"}); !out.NotPending {
			t.Fatalf("IfPending after an Accept applied: %+v", out)
		}
		want(t, "nothing changed", due(at.Add(time.Hour)), n2+"b ")
		// A later round that records a queue clears it.
		commit(t, s, store.Step{Decision: d2, Round: 1, Seen: true, Queue: "q", IfPending: "b"})
		want(t, "superseded by a queue", due(at.Add(time.Hour)), "")
	})
	t.Run("RecordWeight", func(t *testing.T) {
		s := newState()
		m := mem("a")
		out := commit(t, s, store.Step{Decision: "lead-w", Members: m, Weight: 7})
		wantN(t, "outcome weight", out.Record.Weight, 7)
		rec, found, err := s.Recall(ctx, "lead-w")
		if err != nil || !found {
			t.Fatalf("Recall: %v, %v", found, err)
		}
		wantN(t, "recalled weight", rec.Weight, 7)
		commit(t, s, store.Step{Decision: "lead-1", Members: m, Weight: 1})
		rec, _, _ = s.Recall(ctx, "lead-1")
		wantN(t, "weight 1 is recorded as 0", rec.Weight, 0)
		commit(t, s, store.Step{Decision: "lead-big", Members: m, Weight: 1 << 20})
		rec, _, _ = s.Recall(ctx, "lead-big")
		wantN(t, "weight capped", rec.Weight, store.MaxRecordedWeight)
	})
	t.Run("LimitExpiry", func(t *testing.T) {
		s := newState()
		m := mem("a")
		m.limits["a"] = []store.Limit{{Counter: daily("a"), Max: 1, Expire: past}}
		for i := range 3 {
			if out := commit(t, s, store.Step{Members: m}); out.Index != 0 {
				t.Fatalf("commit %d on an expired counter chose nobody", i)
			}
		}
	})
	t.Run("LastSlotRace", func(t *testing.T) {
		s := newState()
		m := mem("a", "b")
		m.limits["a"] = []store.Limit{{Counter: daily("a"), Max: 7}}
		m.limits["b"] = []store.Limit{{Counter: daily("b"), Max: 3}}
		var won atomic.Int64
		var wg sync.WaitGroup
		for range 16 {
			wg.Go(func() {
				for range 5 {
					out, err := s.Commit(ctx, &store.Step{Decision: uniq("d"), Rotation: "k", Members: m})
					if err != nil {
						t.Error(err)
					}
					if out.Index >= 0 {
						won.Add(1)
					}
				}
			})
		}
		wg.Wait()
		wantN(t, "reservations won", won.Load(), 10)
		wantN(t, "a", get(t, s, daily("a")), 7)
		wantN(t, "b", get(t, s, daily("b")), 3)
	})

	// Decisions.
	t.Run("OneDecisionPerID", func(t *testing.T) {
		s := newState()
		m := mem("a", "b")
		m.limits["a"] = []store.Limit{{Counter: daily("a"), Max: 5}}
		first := commit(t, s, store.Step{Decision: "lead-1", Rule: "r1", Rotation: "k", Members: m})
		if first.Replay || first.Record.Member != "a" || first.Record.Rule != "r1" {
			t.Fatalf("first commit: %+v", first)
		}
		again := commit(t, s, store.Step{Decision: "lead-1", Rule: "r2", Rotation: "k", Members: m})
		if !again.Replay || again.Record.Member != "a" || again.Record.Rule != "r1" || again.Index != -1 {
			t.Fatalf("replayed decision: got %+v; want a replay of a by r1", again)
		}
		wantN(t, "counted once", get(t, s, daily("a")), 1)
		want(t, "the replay did not move the rotation", rots(t, s, m, nil, 1), "b")
		q := commit(t, s, store.Step{Decision: "lead-1", Queue: "triage"})
		if !q.Replay || q.Record.Member != "a" {
			t.Fatalf("a queue step for a decided ID: %+v; want the replay", q)
		}
		rec, found, err := s.Recall(ctx, "lead-1")
		if err != nil || !found || rec.Member != "a" || rec.Rule != "r1" || rec.Queue != "" {
			t.Fatalf("Recall: %+v, %v, %v", rec, found, err)
		}
		if _, found, _ := s.Recall(ctx, "lead-2"); found {
			t.Fatal("Recall of an unknown decision found something")
		}
	})
	t.Run("QueueDecision", func(t *testing.T) {
		s := newState()
		tally := store.Counter{Kind: "queued", Scope: "triage"}
		out := commit(t, s, store.Step{Decision: "lead-q", Rule: "r", Queue: "triage", Ops: []store.Op{{Counter: tally, Delta: 1}}})
		if out.Replay || out.Record.Queue != "triage" || out.Index != -1 || !out.Chosen() {
			t.Fatalf("queue commit: %+v", out)
		}
		wantN(t, "the queue step's ops", get(t, s, tally), 1)
		m := mem("a")
		again := commit(t, s, store.Step{Decision: "lead-q", Rotation: "k", Members: m})
		if !again.Replay || again.Record.Queue != "triage" || again.Record.Member != "" {
			t.Fatalf("a queued lead's retry: %+v; want the queue replayed", again)
		}
		wantN(t, "nothing applied twice", get(t, s, tally), 1)
		rec, found, _ := s.Recall(ctx, "lead-q")
		if !found || rec.Queue != "triage" || rec.Rule != "r" {
			t.Fatalf("Recall of a queue decision: %+v, %v", rec, found)
		}
	})
	t.Run("Rounds", func(t *testing.T) {
		s := newState()
		m := mem("a", "b", "c")
		commit(t, s, store.Step{Decision: "lead-r", Rotation: "k", Members: m}) // a
		m.away["a"] = true
		unseen := commit(t, s, store.Step{Decision: "lead-r", Round: 1, Rotation: "k", Members: m})
		if !unseen.Replay || unseen.Record.Member != "a" {
			t.Fatalf("round 1 by a caller that did not see round 0: %+v; want the replay of a", unseen)
		}
		re := commit(t, s, store.Step{Decision: "lead-r", Round: 1, Seen: true, Rotation: "k", Members: m, Past: []string{"a"}})
		if re.Replay || re.Record.Member != "b" || re.Record.Round != 1 {
			t.Fatalf("round 1: %+v; want b", re)
		}
		again := commit(t, s, store.Step{Decision: "lead-r", Round: 1, Seen: true, Rotation: "k", Members: m})
		if !again.Replay || again.Record.Member != "b" {
			t.Fatalf("round 1 retried: %+v; want the replay of b", again)
		}
		old := commit(t, s, store.Step{Decision: "lead-r", Rotation: "k", Members: m})
		if !old.Replay || old.Record.Member != "b" {
			t.Fatalf("round 0 after round 1: %+v; want the replay of b", old)
		}
		rec, _, _ := s.Recall(ctx, "lead-r")
		if rec.Round != 1 || !slices.Equal(rec.Past, []string{"a"}) {
			t.Fatalf("Recall: %+v; want round 1, past [a]", rec)
		}
	})
	t.Run("SameDecisionRacing", func(t *testing.T) {
		s := newState()
		var wg sync.WaitGroup
		outs := make([]store.Outcome, 16)
		for i := range outs {
			wg.Go(func() {
				// Each racer offers a different member, on its own counter.
				id := fmt.Sprintf("m%d", i)
				m := mem(id)
				m.limits[id] = []store.Limit{{Counter: store.Counter{Kind: "race", Member: id}}}
				out, err := s.Commit(ctx, &store.Step{Decision: "lead-x", Members: m})
				if err != nil {
					t.Error(err)
				}
				outs[i] = out
			})
		}
		wg.Wait()
		applied, replays := int64(0), 0
		for i := range outs {
			if outs[i].Record.Member != outs[0].Record.Member {
				t.Fatalf("racers saw different decisions: %+v and %+v", outs[0], outs[i])
			}
			if outs[i].Replay {
				replays++
			}
			applied += get(t, s, store.Counter{Kind: "race", Member: fmt.Sprintf("m%d", i)})
		}
		wantN(t, "applied", applied, 1)
		wantN(t, "replays", int64(replays), int64(len(outs)-1))
	})

	// Ops.
	t.Run("OpsOnce", func(t *testing.T) {
		s := newState()
		c := store.Counter{Kind: "assigned", Member: "a"}
		claim := store.Counter{Kind: "claim", Member: "a"}
		for range 3 {
			commit(t, s, store.Step{Queue: "q", Ops: []store.Op{{Counter: c, Delta: 5, Once: claim, Expire: future}}})
		}
		wantN(t, "applied once", get(t, s, c), 5)
		wantN(t, "claim", get(t, s, claim), 1)
	})
	t.Run("OpsExpectConflict", func(t *testing.T) {
		s := newState()
		sq := store.Counter{Kind: "seq"}
		m := mem("a")
		m.limits["a"] = []store.Limit{{Counter: daily("a")}}
		ok := commit(t, s, store.Step{Members: m, Ops: []store.Op{{Counter: sq, Delta: 1, HasExpect: true, Expect: 0}}})
		if ok.Conflict || ok.Index != 0 {
			t.Fatalf("expected value held: %+v", ok)
		}
		stale := commit(t, s, store.Step{Decision: "lead-c", Members: m, Ops: []store.Op{{Counter: sq, Delta: 1, HasExpect: true, Expect: 0}}})
		if !stale.Conflict || stale.Index != -1 || stale.Chosen() {
			t.Fatalf("stale expected value: %+v; want a conflict", stale)
		}
		wantN(t, "seq", get(t, s, sq), 1)
		wantN(t, "the conflicting step counted nothing", get(t, s, daily("a")), 1)
		if _, found, _ := s.Recall(ctx, "lead-c"); found {
			t.Fatal("a conflicting step was recorded")
		}
	})
	t.Run("OpIDsShareAddsNamespace", func(t *testing.T) {
		s := newState()
		c := open("a")
		add(t, s, "", c, 3, time.Time{})
		o := uniq("release")
		commit(t, s, store.Step{Queue: "q", Ops: []store.Op{{ID: o, Counter: c, Delta: -1}}})
		wantN(t, "released by the commit", get(t, s, c), 2)
		add(t, s, o, c, -1, time.Time{})
		wantN(t, "the same release by Add is a replay", get(t, s, c), 2)
		commit(t, s, store.Step{Queue: "q", Ops: []store.Op{{ID: o, Counter: c, Delta: -1}}})
		wantN(t, "and by a second commit too", get(t, s, c), 2)
	})

	// Counters.
	cnt := store.Counter{Kind: "test", Scope: "pool", Member: "a", Window: 7}
	t.Run("AddGet", func(t *testing.T) {
		s := newState()
		wantN(t, "absent", get(t, s, cnt), 0)
		wantN(t, "add 5", add(t, s, uniq("op"), cnt, 5, time.Time{}), 5)
		wantN(t, "get", get(t, s, cnt), 5)
		other := cnt
		other.Window = 8
		wantN(t, "other window", get(t, s, other), 0)
		wantN(t, "add -2", add(t, s, "", cnt, -2, time.Time{}), 3)
	})
	t.Run("AddClampsAtZero", func(t *testing.T) {
		s := newState()
		add(t, s, uniq("op"), cnt, 2, time.Time{})
		wantN(t, "add -5", add(t, s, uniq("op"), cnt, -5, time.Time{}), 0)
		wantN(t, "get", get(t, s, cnt), 0)
		wantN(t, "add 1 after clamp", add(t, s, uniq("op"), cnt, 1, time.Time{}), 1)
		wantN(t, "decrement absent", add(t, s, uniq("op"), store.Counter{Kind: "none"}, -1, time.Time{}), 0)
	})
	t.Run("AddIdempotent", func(t *testing.T) {
		s := newState()
		o := uniq("op")
		wantN(t, "first", add(t, s, o, cnt, 1, time.Time{}), 1)
		wantN(t, "replayed", add(t, s, o, cnt, 1, time.Time{}), 1)
		wantN(t, "get", get(t, s, cnt), 1)
		wantN(t, "no op ID: not deduplicated", add(t, s, "", cnt, 1, time.Time{}), 2)
		wantN(t, "no op ID again", add(t, s, "", cnt, 1, time.Time{}), 3)
	})
	t.Run("Expiry", func(t *testing.T) {
		s := newState()
		add(t, s, uniq("op"), cnt, 3, past)
		wantN(t, "expired", get(t, s, cnt), 0)
		add(t, s, uniq("op"), cnt, 3, future)
		wantN(t, "live", get(t, s, cnt), 3)
	})
	t.Run("AddConcurrent", func(t *testing.T) {
		s := newState()
		var wg sync.WaitGroup
		for range 8 {
			wg.Go(func() {
				for range 100 {
					if _, err := s.Add(ctx, uniq("op"), cnt, 1, time.Time{}); err != nil {
						t.Error(err)
					}
				}
			})
		}
		wg.Wait()
		wantN(t, "sum", get(t, s, cnt), 800)
	})
	t.Run("CanceledContext", func(t *testing.T) {
		s := newState()
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		m := mem("a")
		m.limits["a"] = []store.Limit{{Counter: cnt}}
		if out, err := s.Commit(cctx, &store.Step{Decision: "lead-cancel", Rotation: "k", Members: m}); err == nil {
			t.Fatalf("Commit with a canceled context: %+v, no error", out)
		}
		wantN(t, "a canceled Commit changes nothing", get(t, s, cnt), 0)
		if _, found, _ := s.Recall(ctx, "lead-cancel"); found {
			t.Fatal("a canceled Commit was recorded")
		}
		if _, err := s.Add(cctx, uniq("op"), cnt, 1, time.Time{}); err == nil {
			if v := get(t, s, cnt); v != 1 {
				t.Fatalf("Add with a canceled context returned no error but the counter is %d", v)
			}
		}
	})
}
