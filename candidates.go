package leadroute

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/bits"
	"slices"
	"time"

	"github.com/leadroute/leadroute/store"
)

// Candidates is a Strategy's view of one rule's pool for one lead: the reps
// in rotation order, which of them are eligible now, the state store, the
// time and a source of randomness.
//
// A Candidates is valid only during the Pick call it was passed to, and only
// on that goroutine. It implements store.Members, so it can be handed to
// State.Rotate directly.
type Candidates struct {
	p *pickState
}

var _ store.Members = Candidates{}

// Len returns the number of reps in the pool.
func (c Candidates) Len() int { return len(c.p.pool.members) }

// Rep returns the i'th rep of the pool. Do not modify it.
func (c Candidates) Rep(i int) *Rep { return c.p.pool.reps[i] }

// ID returns the i'th rep's ID.
func (c Candidates) ID(i int) string { return c.p.pool.ids[i] }

// Index returns the position of the rep with the given ID in the pool, or -1.
func (c Candidates) Index(repID string) int {
	if i, ok := c.p.pool.pos[repID]; ok {
		return i
	}
	return -1
}

// Eligible reports whether the i'th rep may take the lead now: active, not
// out of office, inside working hours if the rule asks, having the rule's
// skills, under the daily and weekly caps and max-open, and not excluded.
// It is computed on first use and remembered for this Pick.
func (c Candidates) Eligible(i int) bool { return c.p.skip(i) == SkipNone }

// SkipReason returns why the i'th rep is not eligible (SkipNone if it is).
func (c Candidates) SkipReason(i int) SkipReason { return c.p.skip(i) }

// Key is the pool's state key: the rule name, or "rule/subkey" for a
// sub-pool. Strategies key their state with it so that it survives reloads.
func (c Candidates) Key() string { return c.p.pool.key }

// Rule is the name of the rule being tried.
func (c Candidates) Rule() string { return c.p.rule.Name }

// Now is the router clock's time for this decision.
func (c Candidates) Now() time.Time { return c.p.now }

// State is the router's fairness state store.
func (c Candidates) State() store.State { return c.p.r.state }

// DryRun reports whether this is an Explain call: no state may change.
func (c Candidates) DryRun() bool { return c.p.dry }

// Commit is !DryRun(), for State.Rotate's commit argument.
func (c Candidates) Commit() bool { return !c.p.dry }

// Uint64 returns a random number from the router's seeded source. In a dry
// run (Explain) it reads ahead without consuming, so Explain shows the draw
// the next Route will make (with WithRandSource, whose sources cannot be
// read ahead, Explain does consume).
func (c Candidates) Uint64() uint64 { return c.p.uint64() }

// IntN returns a random int in [0, n). It panics if n <= 0.
func (c Candidates) IntN(n int) int {
	if n <= 0 {
		panic("leadroute: Candidates.IntN: n <= 0")
	}
	return int(c.p.uint64() % uint64(n))
}

// Tracing reports whether trace notes are being recorded; check it before
// building an expensive note.
func (c Candidates) Tracing() bool { return c.p.tracing }

// Note adds a strategy remark to the trace (no-op when not tracing).
func (c Candidates) Note(reason string) {
	if c.p.tracing {
		c.p.add(Step{Event: EventNote, Rule: c.p.rule.Name, Reason: reason})
	}
}

// LookupRep finds any rep known to the router by ID, in the pool or not, for
// strategies (account owner) that may go outside the pool; nil if unknown.
// Check such a rep with EligibleRep.
func (c Candidates) LookupRep(repID string) *Rep {
	if i, ok := c.p.t.repIdx[repID]; ok {
		return &c.p.t.reps[i].Rep
	}
	return nil
}

// EligibleRep reports whether a rep known to the router, in the pool or
// not, may take the lead now, and why not.
func (c Candidates) EligibleRep(repID string) SkipReason {
	if i, ok := c.p.pool.pos[repID]; ok {
		return c.p.skip(i)
	}
	idx, ok := c.p.t.repIdx[repID]
	if !ok {
		return SkipUnknown
	}
	return c.p.eligibility(idx)
}

// pickState is the per-call scratch space, pooled so Route allocates
// nothing in the steady state.
type pickState struct {
	r        *Router
	t        *table
	ctx      context.Context
	lead     Lead
	now      time.Time
	dry      bool
	tracing  bool
	exclude  []string
	decision string // decision ID for idempotence ("" = none)
	peek     uint64 // random draws read ahead in a dry run

	rule *compiledRule
	pool *pool
	// Eligibility per pool position, computed on first use: elig[i] is
	// valid when eligGen[i] == gen, so starting a pool is O(1) whatever
	// its size.
	elig    []SkipReason
	eligGen []uint32
	gen     uint32

	cand   []uint64 // candidate rules (rule index)
	limits []store.Limit
	steps  []Step
	err    error // first state error met while checking eligibility
}

func (ps *pickState) reset(r *Router, t *table, ctx context.Context, dry, trace bool, exclude []string, decision string) {
	ps.r, ps.t, ps.ctx = r, t, ctx
	ps.dry, ps.tracing, ps.exclude = dry, trace, exclude
	ps.decision, ps.peek = decision, 0
	ps.now = r.clock.Now()
	ps.steps = ps.steps[:0]
	ps.err = nil
}

func (ps *pickState) release() {
	ps.r, ps.t, ps.ctx, ps.exclude, ps.rule, ps.pool = nil, nil, nil, nil, nil, nil
	ps.lead = Lead{}
	clear(ps.steps)
	ps.steps = ps.steps[:0]
}

func (ps *pickState) add(s Step) { ps.steps = append(ps.steps, s) }

func (ps *pickState) uint64() uint64 {
	if ps.dry && ps.r.src == nil {
		ps.peek++
		return splitmix(ps.r.seed, ps.r.seq.Load()+ps.peek)
	}
	return ps.r.uint64()
}

func (ps *pickState) setPool(rule *compiledRule, p *pool) {
	ps.rule, ps.pool = rule, p
	n := len(p.members)
	if cap(ps.elig) < n {
		ps.elig = make([]SkipReason, n)
		ps.eligGen = make([]uint32, n)
	}
	ps.elig, ps.eligGen = ps.elig[:n], ps.eligGen[:n]
	ps.gen++
	if ps.gen == 0 { // wrapped: stamps from 2^32 pools ago would look valid
		clear(ps.eligGen[:cap(ps.eligGen)])
		ps.gen = 1
	}
}

func (ps *pickState) skip(i int) SkipReason {
	if ps.eligGen[i] != ps.gen {
		ps.elig[i] = ps.eligibility(ps.pool.members[i])
		ps.eligGen[i] = ps.gen
	}
	return ps.elig[i]
}

// eligibility applies the router's rules of availability and capacity to
// rep idx for the current rule and time.
func (ps *pickState) eligibility(idx int) SkipReason {
	cr := &ps.t.reps[idx]
	rep := &cr.Rep
	if slices.Contains(ps.exclude, rep.ID) {
		return SkipExcluded
	}
	if rep.Away {
		return SkipAway
	}
	for _, p := range rep.OutOfOffice {
		if p.Contains(ps.now) {
			return SkipOutOfOffice
		}
	}
	if ps.rule.WorkingHours && len(rep.Hours) > 0 && !rep.Hours.Contains(ps.now.In(cr.loc)) {
		return SkipOutsideHours
	}
	for _, sk := range ps.rule.skills {
		if rep.Skills[sk.name] < sk.level {
			return SkipMissingSkill
		}
	}
	if rep.DailyCap > 0 || rep.WeeklyCap > 0 {
		day, week, _, _ := windows(ps.now, cr.loc)
		if rep.DailyCap > 0 {
			n, err := ps.r.state.Get(ps.ctx, store.Counter{Kind: "daily", Member: rep.ID, Window: day})
			if err != nil {
				ps.stateErr(err)
				return SkipStateError
			}
			if n >= int64(rep.DailyCap) {
				return SkipDailyCap
			}
		}
		if rep.WeeklyCap > 0 {
			n, err := ps.r.state.Get(ps.ctx, store.Counter{Kind: "weekly", Member: rep.ID, Window: week})
			if err != nil {
				ps.stateErr(err)
				return SkipStateError
			}
			if n >= int64(rep.WeeklyCap) {
				return SkipWeeklyCap
			}
		}
	}
	if rep.MaxOpen > 0 {
		n, err := ps.r.state.Get(ps.ctx, openCounter(rep.ID))
		if err != nil {
			ps.stateErr(err)
			return SkipStateError
		}
		if n >= int64(rep.MaxOpen) {
			return SkipMaxOpen
		}
	}
	return SkipNone
}

func (ps *pickState) stateErr(err error) {
	if ps.err == nil {
		ps.err = err
	}
}

// windows returns the rep-local day number and ISO week number of t, and
// when each window's counter may be dropped (a day after the window ends).
// Local midnight is found with time.Date in the rep's zone, so windows are
// DST-correct (23- and 25-hour days).
func windows(t time.Time, loc *time.Location) (day, week int64, dayExp, weekExp time.Time) {
	lt := t.In(loc)
	y, m, d := lt.Date()
	day = time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
	wy, wn := lt.ISOWeek()
	week = int64(wy)*100 + int64(wn)
	dayExp = time.Date(y, m, d+2, 0, 0, 0, 0, loc)
	wd := (int(lt.Weekday()) + 6) % 7 // Monday = 0
	weekExp = time.Date(y, m, d-wd+8, 0, 0, 0, 0, loc)
	return day, week, dayExp, weekExp
}

// run evaluates the rules in order and returns the decision.
func (ps *pickState) run() (Decision, error) {
	t := ps.t
	l := &ps.lead
	d := Decision{LeadID: l.ID, At: ps.now, DryRun: ps.dry}
	if probs := l.Normalize(); len(probs) > 0 {
		d.Problems = make([]string, 0, len(probs))
		for _, p := range probs {
			d.Problems = append(d.Problems, p.String())
			if ps.tracing {
				ps.add(Step{Event: EventLeadProblem, Reason: p.String()})
			}
		}
	}
	if ps.decision != "" {
		a, found, err := ps.r.state.Recall(ps.ctx, ps.decision)
		if err != nil {
			d.Queue, d.Reason = t.fallback, "error: "+err.Error()
			ps.finish(&d)
			return d, fmt.Errorf("leadroute: recall decision %q: %w", ps.decision, err)
		}
		if found {
			if _, known := t.repIdx[a.Member]; known {
				ps.replay(&d, a)
				return d, nil
			}
			// The rep it went to is gone (a reload removed them): route
			// afresh, without idempotence for this lead.
			ps.decision = ""
		}
	}
	if ix := t.index; ix != nil && !ps.tracing {
		// Indexed: only the rules the lead can match, in order.
		if cap(ps.cand) < ix.words {
			ps.cand = make([]uint64, ix.words)
		}
		ps.cand = ps.cand[:ix.words]
		ix.candidates(l, ps.cand)
		for w, word := range ps.cand {
			for word != 0 {
				b := bits.TrailingZeros64(word)
				word &^= 1 << b
				if done, err := ps.try(w*64+b, &d, true); done {
					return d, err
				}
			}
		}
	} else {
		for ri := range t.rules {
			if done, err := ps.try(ri, &d, false); done {
				return d, err
			}
		}
	}
	d.Queue = t.fallback
	d.Reason = "no rule decided"
	if ps.tracing {
		ps.add(Step{Event: EventFallback, Queue: t.fallback})
	}
	ps.finish(&d)
	return d, nil
}

// try evaluates rule ri for the lead: match, then pick. It reports whether
// the rule decided (done) and any error (which also ends routing, with the
// decision naming the fallback queue). indexed says the rule index chose
// the rule, so the conditions it guarantees need no second test.
func (ps *pickState) try(ri int, d *Decision, indexed bool) (done bool, err error) {
	rule := &ps.t.rules[ri]
	var p *pool
	var matched bool
	if rule.conj {
		// The conditions say it all, on the indexed path and the linear
		// one alike, so Route and Explain agree by construction.
		p, matched = rule.pool, condsHold(rule.conds, &ps.lead, indexed)
	} else {
		p, matched, err = ps.match(rule)
	}
	if err != nil {
		msg := fmt.Sprintf("rule %q: %v", rule.Name, err)
		d.Problems = append(d.Problems, msg)
		if ps.tracing {
			ps.add(Step{Event: EventMatchError, Rule: rule.Name, Reason: err.Error()})
		}
		if ps.r.logger != nil {
			ps.r.logger.LogAttrs(ps.ctx, slog.LevelWarn, "leadroute: matcher error", slog.String("rule", rule.Name), slog.String("lead", ps.lead.ID), slog.String("err", err.Error()))
		}
		return false, nil
	}
	if !matched {
		if ps.tracing {
			ps.add(Step{Event: EventNoMatch, Rule: rule.Name})
		}
		return false, nil
	}
	if ps.tracing {
		reason := ""
		if p != rule.pool {
			reason = "pool " + p.key
		}
		ps.add(Step{Event: EventMatched, Rule: rule.Name, Reason: reason})
	}
	decided, err := ps.pick(rule, p, d)
	if err != nil {
		d.RepID, d.Queue, d.Rule = "", ps.t.fallback, rule.Name
		d.Reason = "error: " + err.Error()
		ps.finish(d)
		return true, fmt.Errorf("leadroute: rule %q: %w", rule.Name, err)
	}
	if decided {
		ps.finish(d)
	}
	return decided, nil
}

// replay fills d with an assignment committed earlier for the same
// decision ID (a retried Route): same rep, no new state change.
func (ps *pickState) replay(d *Decision, a store.Assignment) {
	d.RepID, d.Queue, d.Rule, d.Reason = a.Member, "", a.Rule, "replay: assigned earlier"
	if ps.tracing {
		ps.add(Step{Event: EventReplayed, Rule: a.Rule, Rep: a.Member})
	}
	ps.finish(d)
}

func (ps *pickState) finish(d *Decision) {
	if ps.tracing && len(ps.steps) > 0 {
		d.Trace = slices.Clone(ps.steps)
	}
}

func (ps *pickState) match(rule *compiledRule) (*pool, bool, error) {
	l := &ps.lead
	if rule.Match == nil {
		return rule.pool, true, nil
	}
	if rule.selector != nil || rule.errSel != nil {
		var key string
		var ok bool
		if rule.errSel != nil {
			var err error
			if key, ok, err = rule.errSel.SelectErr(l); err != nil {
				return nil, false, err
			}
		} else {
			key, ok = rule.selector.Select(l)
		}
		if !ok {
			return nil, false, nil
		}
		if p, found := rule.pools[key]; found {
			return p, true, nil
		}
		return rule.pool, true, nil
	}
	if rule.errM != nil {
		ok, err := rule.errM.MatchErr(l)
		return rule.pool, ok, err
	}
	return rule.pool, rule.Match.Match(l), nil
}

// pick runs the rule's strategy on pool p. It reports whether the rule
// decided (rep or queue) and fills d.
func (ps *pickState) pick(rule *compiledRule, p *pool, d *Decision) (bool, error) {
	ps.setPool(rule, p)
	if ps.tracing {
		// The trace lists every rep that is skipped, so compute them all.
		for i := range p.members {
			if s := ps.skip(i); s != SkipNone {
				ps.add(Step{Event: EventRepSkipped, Rule: rule.Name, Rep: p.ids[i], Skip: s})
			}
		}
	}
	cand := Candidates{p: ps}
	for attempt := 0; attempt <= len(p.members); attempt++ {
		pk, err := p.strategy.Pick(ps.ctx, &ps.lead, cand)
		if err != nil && !errors.Is(err, ErrNoEligibleRep) {
			return false, fmt.Errorf("strategy: %w", err)
		}
		if err == nil && pk.Queue != "" {
			d.Queue, d.Rule, d.Reason = pk.Queue, rule.Name, pk.Reason
			if ps.tracing {
				ps.add(Step{Event: EventQueued, Rule: rule.Name, Queue: pk.Queue, Reason: pk.Reason})
			}
			return true, nil
		}
		if err != nil || pk.Rep == nil {
			break
		}
		idx, ok := ps.t.repIdx[pk.Rep.ID]
		if !ok {
			return false, fmt.Errorf("strategy picked unknown rep %q", pk.Rep.ID)
		}
		var skip SkipReason
		if i, inPool := p.pos[pk.Rep.ID]; inPool {
			skip = ps.skip(i)
		} else {
			skip = ps.eligibility(idx)
		}
		if skip != SkipNone {
			return false, fmt.Errorf("strategy picked ineligible rep %q (%s)", pk.Rep.ID, skip)
		}
		if ps.dry {
			ps.decide(d, rule, pk)
			return true, nil
		}
		won, ok, err := ps.commit(idx, rule, pk.Count)
		if err != nil {
			return false, err
		}
		if ok && won.Member != pk.Rep.ID {
			// A concurrent Route of the same decision committed first.
			ps.replay(d, won)
			return true, nil
		}
		if ok {
			ps.decide(d, rule, pk)
			return true, nil
		}
		// Lost a race for the last slot under a cap: that rep is now full.
		if i, inPool := p.pos[pk.Rep.ID]; inPool {
			ps.elig[i], ps.eligGen[i] = SkipCommitRefused, ps.gen
		}
		if ps.tracing {
			ps.add(Step{Event: EventCapRace, Rule: rule.Name, Rep: pk.Rep.ID})
		}
	}
	if ps.err != nil {
		return false, ps.err
	}
	if ps.tracing {
		ps.add(Step{Event: EventNoEligible, Rule: rule.Name})
	}
	if rule.Overflow != "" {
		d.Queue, d.Rule, d.Reason = rule.Overflow, rule.Name, "overflow: nobody eligible"
		if ps.tracing {
			ps.add(Step{Event: EventOverflow, Rule: rule.Name, Queue: rule.Overflow})
		}
		return true, nil
	}
	return false, nil
}

func (ps *pickState) decide(d *Decision, rule *compiledRule, pk Pick) {
	d.RepID, d.Rule, d.Reason = pk.Rep.ID, rule.Name, pk.Reason
	if ps.tracing {
		ps.add(Step{Event: EventPicked, Rule: rule.Name, Rep: pk.Rep.ID, Reason: pk.Reason})
	}
}

// commit counts the assignment against the rep's caps, atomically. Daily
// and weekly windows are counted only for reps that have such a cap (a cap
// added by a reload mid-window starts counting then); the open count is
// always kept, for MaxOpen, Release and least-loaded picks. extra is the
// strategy's own counter (Pick.Count), committed in the same step.
func (ps *pickState) commit(idx int, rule *compiledRule, extra store.Limit) (store.Assignment, bool, error) {
	cr := &ps.t.reps[idx]
	ps.limits = append(ps.limits[:0], store.Limit{Counter: openCounter(cr.ID), Max: int64(cr.MaxOpen)})
	if cr.DailyCap > 0 || cr.WeeklyCap > 0 {
		day, week, dayExp, weekExp := windows(ps.now, cr.loc)
		if cr.DailyCap > 0 {
			ps.limits = append(ps.limits, store.Limit{Counter: store.Counter{Kind: "daily", Member: cr.ID, Window: day}, Max: int64(cr.DailyCap), Expire: dayExp})
		}
		if cr.WeeklyCap > 0 {
			ps.limits = append(ps.limits, store.Limit{Counter: store.Counter{Kind: "weekly", Member: cr.ID, Window: week}, Max: int64(cr.WeeklyCap), Expire: weekExp})
		}
	}
	if extra.Counter.Kind != "" {
		ps.limits = append(ps.limits, extra)
	}
	return ps.r.state.Reserve(ps.ctx, store.Assignment{Decision: ps.decision, Rule: rule.Name, Member: cr.ID}, ps.limits)
}
