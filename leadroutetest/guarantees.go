package leadroutetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
)

// GuaranteeSteps is how many steps each rapid check of TestGuarantees
// runs; with rapid's default of 100 checks (-rapid.checks) that is 10,000
// steps.
const GuaranteeSteps = 100

// errInjected is the store failure TestGuarantees injects.
var errInjected = errors.New("leadroutetest: injected store failure")

// faultyState wraps a State and fails the next Commit on request: before
// applying it (the store was unreachable) or after (the reply was lost).
type faultyState struct {
	store.State
	mode atomic.Int32 // 0 none, 1 fail before, 2 fail after
}

func (f *faultyState) Commit(ctx context.Context, s *store.Step) (store.Outcome, error) {
	switch f.mode.Swap(0) {
	case 1:
		return store.Outcome{Index: -1}, errInjected
	case 2:
		if _, err := f.State.Commit(ctx, s); err != nil {
			return store.Outcome{Index: -1}, err
		}
		return store.Outcome{Index: -1}, errInjected
	}
	return f.State.Commit(ctx, s)
}

// faultyRanker is a faultyState over a State that is also a
// store.Ranker: it keeps the capability, so that the strategies that
// rank (LeastLoaded) take their ranked path under the test.
type faultyRanker struct {
	*faultyState
	rk store.Ranker
}

func (f faultyRanker) Rank(ctx context.Context, q *store.RankQuery, out []store.Ranked) (int, error) {
	return f.rk.Rank(ctx, q, out)
}

// withFaults wraps st in a faultyState, keeping store.Ranker if st has it.
func withFaults(st store.State) (*faultyState, store.State) {
	fs := &faultyState{State: st}
	if rk, ok := st.(store.Ranker); ok {
		return fs, faultyRanker{fs, rk}
	}
	return fs, fs
}

// model is what TestGuarantees expects the router's state to be.
type model struct {
	records map[string]modelRecord // lead ID → decision
	open    map[string]int64       // rep → open leads
	daily   map[string]map[int64]int64
	release map[string]bool // rep+lead released (idempotent)
	status  map[string]modelStatus
}

type modelRecord struct {
	rep, queue string
	at         time.Time
	weight     int64 // what the decision counted against the rep's caps
}

// modelStatus is a rep's live status (Router.SetStatus) as the model
// knows it: the store's gate value (0 as configured, 1 away, g a
// capacity of g-1) and until when it holds for sure (zero: until the
// next SetStatus). Past until the store, keeping its own clock, may
// still hold it: the model then checks nothing that depends on it.
type modelStatus struct {
	gate  int64
	until time.Time
}

// gWeight is what the fixture's rules count a lead as: US leads their
// score (1 to 3; 0 means 1), FR leads 2.
func gWeight(l *leadroute.Lead) int {
	if l.Country == "FR" {
		return 2
	}
	return l.Score
}

// The fixture's reps and caps.
var (
	gReps = []leadroute.Rep{
		{ID: "a", DailyCap: 3},
		{ID: "b", MaxOpen: 2},
		{ID: "c", DailyCap: 2, MaxOpen: 3},
		{ID: "d"},
	}
	gDaily   = map[string]int64{"a": 3, "c": 2}
	gMaxOpen = map[string]int64{"b": 2, "c": 3}
)

const (
	gFallback = "leadroutetest-fallback"
	gOverflow = "leadroutetest-overflow"
)

// gRules builds the fixture's rules: US leads round-robin over a, b, c
// with an overflow queue; FR leads least-loaded over c, d (no overflow:
// the fallback queue takes what they cannot); XX leads meet a panicking
// strategy; XM leads a panicking matcher; anything else falls back.
// flip swaps the order of the first two rules (a reload that changes
// the rules but keeps their names).
func gRules(flip bool) []leadroute.Rule {
	country := func(c string) leadroute.Matcher {
		return leadroute.MatcherFunc(func(l *leadroute.Lead) bool { return l.Country == c })
	}
	rules := []leadroute.Rule{
		{Name: "us", Match: country("US"), Pool: []string{"a", "b", "c"}, Strategy: strategies.RoundRobin(), Overflow: gOverflow, Weight: gWeight},
		{Name: "fr", Match: country("FR"), Pool: []string{"c", "d"}, Strategy: strategies.LeastLoaded(), Weight: gWeight},
	}
	if flip {
		rules[0], rules[1] = rules[1], rules[0]
	}
	return append(rules,
		leadroute.Rule{Name: "boom", Match: country("XX"), Pool: []string{"a", "d"}, Strategy: leadroute.StrategyFunc(
			func(context.Context, *leadroute.Lead, leadroute.Candidates) (leadroute.Pick, error) {
				panic("leadroutetest: a strategy panicked")
			})},
		leadroute.Rule{Name: "boom-matcher", Match: leadroute.MatcherFunc(func(l *leadroute.Lead) bool {
			if l.Country == "XM" {
				panic("leadroutetest: a matcher panicked")
			}
			return false
		}), Pool: []string{"a"}, Strategy: strategies.RoundRobin()},
	)
}

// TestGuarantees is a model-based test of the router's guarantees (the
// README's "Nothing is lost", "One decision per lead ID", "All or
// nothing" and "Exact") over the State newState returns (a fresh, empty one per
// check). It drives Route (of weighted leads: Rule.Weight), Explain,
// Reroute, Release, SetStatus (away, back, a live capacity, until a time
// past or future), Reload, clock jumps,
// copies of one lead racing for the last slot, store failures (before a
// commit and after it, a lost reply) and panicking user code, and checks
// after every step: every call names exactly one rep or queue, or returns
// an error naming the fallback queue; one decision per lead ID (a replay
// says so); no daily cap or max-open (live or configured) is ever
// exceeded and no lead reaches a rep set away; the State's open
// and daily counts equal the model's; Explain changes nothing.
//
// The router runs on a fake clock that starts at the next whole hour of
// the real clock and jumps forward by hours, so that daily windows change
// while a network State expiring keys by real time keeps every counter of
// the run. The States newState returns should keep their own (real) clock:
// the model expects the decisions and op IDs of the run to be remembered
// throughout it. The number of steps is GuaranteeSteps × rapid's
// -rapid.checks.
func TestGuarantees(t *testing.T, newState func() store.State) {
	rapid.Check(t, func(rt *rapid.T) {
		ctx := context.Background()
		clock := leadroute.NewManualClock(time.Now().UTC().Truncate(time.Hour).Add(time.Hour))
		fs, st := withFaults(newState())
		r, err := leadroute.New(leadroute.WithClock(clock), leadroute.WithState(st), leadroute.WithSeed(1),
			leadroute.WithReps(gReps...), leadroute.WithRules(gRules(false)...), leadroute.WithFallbackQueue(gFallback))
		if err != nil {
			rt.Fatalf("New: %v", err)
		}
		m := &model{records: map[string]modelRecord{}, open: map[string]int64{}, daily: map[string]map[int64]int64{}, release: map[string]bool{}, status: map[string]modelStatus{}}
		day := func() int64 { return clock.Now().Unix() / 86400 }
		fresh := 0
		leadID := func(what string) string {
			if rapid.Bool().Draw(rt, what+" fresh") {
				fresh++
				return fmt.Sprintf("fresh-%d", fresh)
			}
			return fmt.Sprintf("L%d", rapid.IntRange(0, 9).Draw(rt, what+" id"))
		}
		countries := []string{"US", "US", "US", "FR", "FR", "XX", "XM", "DE"}

		// known returns the model's live record for id.
		known := func(id string) (modelRecord, bool, bool) {
			rec, ok := m.records[id]
			if !ok {
				return rec, false, false
			}
			// Past the window a State may have forgotten the decision.
			return rec, true, clock.Now().Sub(rec.at) > store.IdempotencyWindow
		}
		// assign counts an assignment of weight w to rep, and checks it
		// against the rep's live status and capacity.
		assign := func(rep string, w int64) {
			m.open[rep] += w
			if m.daily[rep] == nil {
				m.daily[rep] = map[int64]int64{}
			}
			m.daily[rep][day()] += w
			st := m.status[rep]
			if !st.until.IsZero() && !clock.Now().Before(st.until) {
				return // lapsed by the router's clock; the store may still hold it
			}
			mx := gMaxOpen[rep]
			switch {
			case st.gate == 1:
				rt.Fatalf("a lead of weight %d reached %s, who is away (live status)", w, rep)
			case st.gate > 1:
				mx = st.gate - 1
			}
			if mx > 0 && m.open[rep] > mx {
				rt.Fatalf("a lead of weight %d took %s to %d open leads, max %d now", w, rep, m.open[rep], mx)
			}
		}
		// weightOf is what a decision by rule counts for lead l.
		weightOf := func(rule string, l leadroute.Lead) int64 {
			if rule != "us" && rule != "fr" {
				return 1
			}
			return int64(min(max(gWeight(&l), 1), leadroute.MaxLeadWeight))
		}
		// releaseOf lowers rep's open count as Release(rep, id) does:
		// by the lead's weight while it is rep's, else by one; once.
		releaseOf := func(rep, id string) {
			key := rep + "\x00" + id
			if m.release[key] {
				return
			}
			m.release[key] = true
			w := int64(1)
			if rec, ok := m.records[id]; ok && rec.rep == rep {
				w = rec.weight
			}
			m.open[rep] = max(m.open[rep]-w, 0)
		}
		// learn adopts what the State recorded for id after a lost reply.
		learn := func(id string) {
			rec, found, err := fs.State.Recall(ctx, id)
			if err != nil {
				rt.Fatalf("Recall: %v", err)
			}
			if !found {
				return
			}
			old, had := m.records[id]
			if had && old.rep == rec.Member && old.queue == rec.Queue {
				return
			}
			w := max(rec.Weight, 1)
			if rec.Member != "" {
				assign(rec.Member, w)
				if had && old.rep != "" {
					releaseOf(old.rep, id)
				}
			}
			m.records[id] = modelRecord{rep: rec.Member, queue: rec.Queue, at: clock.Now(), weight: w}
		}
		// check verifies one call's result against the model and updates
		// it. prev is the lead's decision before the call, if any.
		check := func(what string, l leadroute.Lead, d leadroute.Decision, err error, rerouteFrom string) {
			id := l.ID
			w := weightOf(d.Rule, l)
			if (d.RepID == "") == (d.Queue == "") {
				rt.Fatalf("%s %s: decision names %q and %q: want exactly one rep or queue", what, id, d.RepID, d.Queue)
			}
			if err != nil {
				if d.Queue != gFallback || d.RepID != "" {
					rt.Fatalf("%s %s: error %v with decision %v: want the fallback queue", what, id, err, d)
				}
				return
			}
			if id == "" {
				if d.RepID != "" {
					assign(d.RepID, w)
				}
				return
			}
			prev, had, stale := known(id)
			if d.Replay {
				if !had {
					rt.Fatalf("%s %s: replay of %v, but the lead was never decided", what, id, d)
				}
				if d.RepID != prev.rep || d.Queue != prev.queue {
					rt.Fatalf("%s %s: replay of %s%s, but the decision was %s%s", what, id, d.RepID, d.Queue, prev.rep, prev.queue)
				}
				return
			}
			if had && !stale && rerouteFrom == "" {
				rt.Fatalf("%s %s: decided again (%v) within the window; the first decision was %s%s", what, id, d, prev.rep, prev.queue)
			}
			if d.RepID != "" {
				assign(d.RepID, w)
			}
			if rerouteFrom != "" && had && prev.rep != "" {
				releaseOf(prev.rep, id)
			}
			m.records[id] = modelRecord{rep: d.RepID, queue: d.Queue, at: clock.Now(), weight: w}
		}
		// verify compares the State's counters with the model's and the caps.
		verify := func(after string) {
			for _, rep := range gReps {
				open, err := fs.State.Get(ctx, store.Counter{Kind: "open", Member: rep.ID})
				if err != nil {
					rt.Fatalf("Get: %v", err)
				}
				if open != m.open[rep.ID] {
					rt.Fatalf("after %s: open count of %s is %d, model says %d", after, rep.ID, open, m.open[rep.ID])
				}
				// (MaxOpen, live or configured, is checked at each
				// assignment: a capacity lowered live leaves open leads
				// above it.)
				if capN := gDaily[rep.ID]; capN > 0 {
					n, err := fs.State.Get(ctx, store.Counter{Kind: "daily", Member: rep.ID, Window: day()})
					if err != nil {
						rt.Fatalf("Get: %v", err)
					}
					if n != m.daily[rep.ID][day()] {
						rt.Fatalf("after %s: daily count of %s is %d, model says %d", after, rep.ID, n, m.daily[rep.ID][day()])
					}
					if n > capN {
						rt.Fatalf("after %s: %s has %d leads today, cap %d", after, rep.ID, n, capN)
					}
				}
			}
		}

		for step := range GuaranteeSteps {
			var what string
			switch action := rapid.IntRange(0, 12).Draw(rt, "action"); action {
			case 0, 1, 2, 3: // Route
				what = "Route"
				id := leadID("route")
				if rapid.IntRange(0, 9).Draw(rt, "no id") == 0 {
					id = ""
				}
				l := leadroute.Lead{ID: id, Country: rapid.SampledFrom(countries).Draw(rt, "country"), Score: rapid.IntRange(0, 3).Draw(rt, "score")}
				d, err := r.Route(ctx, l)
				if err != nil && !errors.Is(err, leadroute.ErrPanic) {
					rt.Fatalf("Route(%v): unexpected error %v", l, err)
				}
				if (l.Country == "XX" || l.Country == "XM") && err == nil && !d.Replay {
					rt.Fatalf("Route(%v): user code panicked, but Route returned %v and no error", l, d)
				}
				check(what, l, d, err, "")
			case 4: // Explain changes nothing
				what = "Explain"
				l := leadroute.Lead{ID: leadID("explain"), Country: rapid.SampledFrom(countries).Draw(rt, "country")}
				before := snapshot(ctx, rt, fs.State, day())
				d, err := r.Explain(ctx, l)
				if (d.RepID == "") == (d.Queue == "") {
					rt.Fatalf("Explain(%v): %v names no single rep or queue (err %v)", l, d, err)
				}
				if after := snapshot(ctx, rt, fs.State, day()); after != before {
					rt.Fatalf("Explain(%v) changed the state: %v → %v", l, before, after)
				}
			case 5: // Reroute away from the current assignee
				what = "Reroute"
				id := fmt.Sprintf("L%d", rapid.IntRange(0, 9).Draw(rt, "reroute id"))
				prev, had, stale := known(id)
				if !had || stale || prev.rep == "" {
					continue
				}
				l := leadroute.Lead{ID: id, Country: "US", Score: rapid.IntRange(0, 3).Draw(rt, "reroute score")}
				d, err := r.Reroute(ctx, l, prev.rep)
				if err != nil {
					rt.Fatalf("Reroute(%s from %s): %v", id, prev.rep, err)
				}
				if d.RepID == prev.rep {
					rt.Fatalf("Reroute(%s from %s) gave it back to %s", id, prev.rep, d.RepID)
				}
				check(what, l, d, err, prev.rep)
			case 6: // Release
				what = "Release"
				id := fmt.Sprintf("L%d", rapid.IntRange(0, 9).Draw(rt, "release id"))
				rep := rapid.SampledFrom([]string{"a", "b", "c", "d"}).Draw(rt, "release rep")
				if err := r.Release(ctx, rep, id); err != nil {
					rt.Fatalf("Release: %v", err)
				}
				releaseOf(rep, id)
			case 7: // the clock jumps
				what = "clock"
				clock.Advance(time.Duration(rapid.IntRange(1, 30).Draw(rt, "hours")) * time.Hour)
			case 8: // copies of one fresh lead race (for the last slots)
				what = "race"
				fresh++
				id := fmt.Sprintf("fresh-%d", fresh)
				rl := leadroute.Lead{ID: id, Country: rapid.SampledFrom([]string{"US", "FR"}).Draw(rt, "race country"), Score: rapid.IntRange(0, 3).Draw(rt, "race score")}
				n := rapid.IntRange(2, 8).Draw(rt, "copies")
				ds := make([]leadroute.Decision, n)
				errs := make([]error, n)
				var wg sync.WaitGroup
				for i := range n {
					wg.Go(func() { ds[i], errs[i] = r.Route(ctx, rl) })
				}
				wg.Wait()
				first := -1
				for i := range n {
					if errs[i] != nil {
						rt.Fatalf("racing Route %s: %v", id, errs[i])
					}
					if !ds[i].Replay {
						if first >= 0 {
							rt.Fatalf("racing copies of %s were both decided afresh: %v and %v", id, ds[first], ds[i])
						}
						first = i
					}
				}
				if first < 0 {
					rt.Fatalf("racing copies of %s: all replays, none decided", id)
				}
				check(what, rl, ds[first], nil, "")
				for i := range n {
					if ds[i].RepID != ds[first].RepID || ds[i].Queue != ds[first].Queue {
						rt.Fatalf("racing copies of %s disagree: %v and %v", id, ds[first], ds[i])
					}
				}
			case 9: // the store fails the next commit, before or after applying it
				what = "fault"
				after := rapid.Bool().Draw(rt, "lost reply")
				id := leadID("fault")
				l := leadroute.Lead{ID: id, Country: rapid.SampledFrom([]string{"US", "FR", "DE"}).Draw(rt, "country")}
				if after {
					fs.mode.Store(2)
				} else {
					fs.mode.Store(1)
				}
				d, err := r.Route(ctx, l)
				fs.mode.Store(0)
				if err == nil {
					// A replay answered without a commit, or a decision
					// that needed none (fallback without an ID).
					check(what, l, d, err, "")
					break
				}
				if !errors.Is(err, errInjected) || d.Queue != gFallback || d.RepID != "" {
					rt.Fatalf("Route with a failing store: %v, %v; want the fallback queue and the store's error", d, err)
				}
				if after {
					learn(id)
				}
				// A retry once the store is back replays what was committed.
				d2, err2 := r.Route(ctx, l)
				check(what+" retry", l, d2, err2, "")
			case 10: // Reload: the rules change order, the names and the state stay
				what = "Reload"
				if err := r.Reload(leadroute.WithRules(gRules(rapid.Bool().Draw(rt, "flip"))...)); err != nil {
					rt.Fatalf("Reload: %v", err)
				}
			case 11: // ctx already done: nothing is committed
				what = "cancelled"
				cctx, cancel := context.WithCancel(ctx)
				cancel()
				l := leadroute.Lead{ID: leadID("cancel"), Country: "US"}
				d, err := r.Route(cctx, l)
				if err == nil {
					if !d.Replay {
						rt.Fatalf("Route with a cancelled ctx decided %v", d)
					}
				} else if d.Queue != gFallback || !errors.Is(err, context.Canceled) {
					rt.Fatalf("Route with a cancelled ctx: %v, %v; want the fallback queue and context.Canceled", d, err)
				}
			case 12: // a rep's live status changes: away, back, a capacity, until a time
				what = "SetStatus"
				rep := rapid.SampledFrom([]string{"a", "b", "c", "d"}).Draw(rt, "status rep")
				var s leadroute.Status
				switch rapid.IntRange(0, 2).Draw(rt, "status") {
				case 1:
					s.Away = true
				case 2:
					s.MaxOpen = rapid.IntRange(1, 4).Draw(rt, "live max open")
				}
				switch rapid.IntRange(0, 2).Draw(rt, "until") {
				case 1:
					s.Until = clock.Now().Add(-time.Duration(rapid.IntRange(0, 2).Draw(rt, "hours ago")) * time.Hour)
				case 2:
					s.Until = clock.Now().Add(time.Duration(rapid.IntRange(1, 40).Draw(rt, "hours on")) * time.Hour)
				}
				if err := r.SetStatus(ctx, rep, s); err != nil {
					rt.Fatalf("SetStatus(%s, %+v): %v", rep, s, err)
				}
				ms := modelStatus{until: s.Until}
				switch {
				case !s.Until.IsZero() && !s.Until.After(clock.Now()):
				case s.Away:
					ms.gate = 1
				case s.MaxOpen > 0:
					ms.gate = int64(s.MaxOpen) + 1
				}
				m.status[rep] = ms
				got, err := fs.State.Get(ctx, store.Counter{Kind: "status", Member: rep})
				if err != nil || got != ms.gate {
					rt.Fatalf("SetStatus(%s, %+v): the store holds %d (%v), want %d", rep, s, got, err, ms.gate)
				}
			}
			verify(fmt.Sprintf("step %d (%s)", step, what))
		}
	})
}

// snapshot is a State's counters for the fixture's reps today.
func snapshot(ctx context.Context, rt *rapid.T, s store.State, day int64) string {
	out := ""
	for _, rep := range gReps {
		open, err := s.Get(ctx, store.Counter{Kind: "open", Member: rep.ID})
		if err != nil {
			rt.Fatalf("Get: %v", err)
		}
		daily, err := s.Get(ctx, store.Counter{Kind: "daily", Member: rep.ID, Window: day})
		if err != nil {
			rt.Fatalf("Get: %v", err)
		}
		out += fmt.Sprintf("%s:%d/%d ", rep.ID, open, daily)
	}
	return out
}
