package leadroute

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/bits"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/leadroute/leadroute/store"
)

// Candidates is a Strategy's view of one rule's pool for one lead: the reps
// in rotation order, which of them are eligible now, the state store, the
// time and a source of randomness.
//
// A Candidates is valid only during the Pick call it was passed to, and only
// on that goroutine.
type Candidates struct {
	p *pickState
}

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

// Get reads a counter from the router's state (0 when absent or
// expired), honouring the Route's ctx. Strategies read; they never write:
// see [Pick.Count], [Pick.Rotate] and [Candidates.Stage].
func (c Candidates) Get(counter store.Counter) (int64, error) {
	return c.p.r.state.Get(c.p.ctx, counter)
}

// GetMany reads counters into out (len(out) >= len(cs)). On a store that
// reads many counters in one round trip (a store.BatchGetter: Redis), it
// is one call, which also reads the pool's caps if they were not read yet;
// otherwise the counters are read one by one. A strategy that needs
// several counters per rep reads them with GetMany before asking Eligible,
// so that a network store serves the pick in one read.
func (c Candidates) GetMany(cs []store.Counter, out []int64) error {
	ps := c.p
	if ps.batch != nil {
		return ps.prefetch(cs, out)
	}
	for i := range cs {
		v, err := ps.r.state.Get(ps.ctx, cs[i])
		if err != nil {
			return err
		}
		out[i] = v
	}
	return nil
}

// Rank reads the first members of q.Set in q's order into out, when
// the State keeps counters in order (a store.Ranker: store.Memory), so
// that a strategy ranking reps by a count finds the first eligible one
// without reading every rep's counter; n is how many it wrote (fewer than
// len(out) only at the end of the set). ok is false when the State does
// not keep them: the strategy then reads the counters (GetMany). Like
// Get, it is a read that honours the Route's ctx.
func (c Candidates) Rank(q *store.RankQuery, out []store.Ranked) (n int, ok bool, err error) {
	rk := c.p.r.ranker
	if rk == nil {
		return 0, false, nil
	}
	n, err = rk.Rank(c.p.ctx, q, out)
	return n, true, err
}

// Batching reports whether GetMany is one round trip (the store is a
// store.BatchGetter): a strategy may then read more counters up front
// than it would one by one.
func (c Candidates) Batching() bool { return c.p.batch != nil }

// Stage adds a counter change to the commit of this pick: it is applied
// in the same atomic State step as the assignment (or the queue decision),
// and not at all if the pick is not committed (a dry run, a refused or
// failed commit, or another pick of the same lead after a cap race, which
// starts with nothing staged). Stage is a no-op in a dry run.
func (c Candidates) Stage(op store.Op) {
	if !c.p.dry {
		c.p.ops = append(c.p.ops, op)
	}
}

// Staged returns how many ops this pick has staged so far.
func (c Candidates) Staged() int { return len(c.p.ops) }

// Unstage drops the ops staged after the first n. A composite strategy
// that asks one strategy, gets nothing, and asks another, drops what the
// first staged: ops ride only with the pick that staged them.
func (c Candidates) Unstage(n int) {
	if n >= 0 && n < len(c.p.ops) {
		clear(c.p.ops[n:])
		c.p.ops = c.p.ops[:n]
	}
}

// Mask returns a slice of Len() false values, owned by this Pick call and
// valid until the Route returns: the mask for a [Rotation].
func (c Candidates) Mask() []bool {
	ps := c.p
	n := len(ps.pool.members)
	if cap(ps.mask) < n {
		ps.mask = make([]bool, n)
	}
	ps.mask = ps.mask[:n]
	clear(ps.mask)
	return ps.mask
}

// Capacity returns the i'th rep's open-lead capacity now: Rep.MaxOpen,
// or the capacity set live with Router.SetStatus; 0 means no limit. It is
// meaningful for reps that Eligible reports true for (it reads the rep's
// status with the caps).
func (c Candidates) Capacity(i int) int64 {
	ps := c.p
	if ps.skip(i) != SkipNone {
		return int64(ps.pool.reps[i].MaxOpen)
	}
	if g := ps.gates[i]; g > 1 {
		return g - 1
	}
	return int64(ps.pool.reps[i].MaxOpen)
}

// Owner reads an ownership memory (what a Pick.Claim of scope and key
// wrote): the ID of the rep it names, and whether it names one the
// router knows (a rep removed by a reload is no owner).
func (c Candidates) Owner(scope, key string) (string, bool, error) {
	v, err := c.p.r.state.Get(c.p.ctx, ownerCounter(scope, key))
	if err != nil || v == 0 {
		return "", false, err
	}
	idx, ok := c.p.t.owners[v]
	if !ok {
		return "", false, nil
	}
	return c.p.t.reps[idx].ID, true, nil
}

// OwnerToken is the value an ownership memory holds for a rep: a fixed
// 52-bit hash of the rep ID (FNV-1a, 64 bits, folded), with bit 52 set
// so that it is never zero and fits a float64 (Lua) exactly.
func OwnerToken(repID string) int64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(repID); i++ {
		h ^= uint64(repID[i])
		h *= 1099511628211
	}
	return int64((h^h>>52)&(1<<52-1) | 1<<52)
}

// Weight is the lead's weight under this rule (Rule.Weight; 1 by
// default): what it counts against each rep's caps and open count.
func (c Candidates) Weight() int64 { return c.p.weight }

// DryRun reports whether this is an Explain call: no state may change.
func (c Candidates) DryRun() bool { return c.p.dry }

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
	r         *Router
	t         *table
	ctx       context.Context
	lead      Lead
	now       time.Time
	dry       bool
	tracing   bool
	exclude   []string
	decision  string // decision ID for idempotence ("" = none)
	leadID    bool   // the decision ID is the lead's ID after Normalize
	round     uint32 // the decision's round (reroutes count up)
	seen      bool   // the caller saw the record of round-1
	past      []string
	baseOps   []store.Op // ops every commit of this call carries (a reroute's release)
	ifPending string     // commit only while the decision is pending for this rep
	peek      uint64     // random draws read ahead in a dry run
	ruleName  string     // the rule being evaluated, for panic reports

	rule *compiledRule
	pool *pool
	// Eligibility per pool position, computed on first use: elig[i] is
	// valid when eligGen[i] == gen, so starting a pool is O(1) whatever
	// its size. stat[i] (valid when statGen[i] == gen) is the part that
	// needs no counter: the store checks caps itself when it commits.
	elig    []SkipReason
	eligGen []uint32
	stat    []SkipReason
	statGen []uint32
	gates   []int64 // live status per position, read with elig
	gen     uint32

	// weight is the lead's weight under the current rule (Rule.Weight).
	weight int64
	// summary counts why the first rule that matched found nobody.
	summary skipCounts

	refused []int // table indices of reps outside the pool whose commit found no room

	// The caps of the last rep outside the pool checked (an account's
	// owner), valid when outGen == gen: the strategy's check and the
	// commit's read them once.
	outIdx  int
	outSkip SkipReason
	outGen  uint32

	// With a store.BatchGetter: the pool's cap counters, read in one call
	// (valid when capGen == gen), and the batch's scratch.
	batch     store.BatchGetter
	capVals   [][4]int64 // by pool position, in capLimits' order, then the gate
	capGen    uint32
	batchCtrs []store.Counter
	batchVals []int64

	cand   []uint64 // candidate rules (rule index)
	limits []store.Limit
	ops    []store.Op
	mask   []bool
	steps  []Step
	err    error // first state error met while checking eligibility

	// The commit's view of the candidates.
	view  commitView
	step  store.Step
	tally store.Limit
	claim Claim
}

func (ps *pickState) reset(r *Router, t *table, ctx context.Context, dry, trace bool, exclude []string, decision string) {
	ps.r, ps.t, ps.ctx = r, t, ctx
	ps.batch = r.batch
	ps.dry, ps.tracing, ps.exclude = dry, trace, exclude
	ps.decision, ps.peek = decision, 0
	ps.round, ps.seen, ps.past, ps.baseOps, ps.leadID = 0, false, nil, nil, false
	ps.now = r.clock.Now()
	ps.steps = ps.steps[:0]
	ps.err = nil
	ps.ruleName = ""
	ps.weight = 1
	ps.summary = skipCounts{}
}

func (ps *pickState) release() {
	ps.r, ps.t, ps.ctx, ps.exclude, ps.rule, ps.pool = nil, nil, nil, nil, nil, nil
	ps.past, ps.baseOps, ps.ifPending = nil, nil, ""
	ps.lead = Lead{}
	ps.step = store.Step{}
	ps.tally = store.Limit{}
	ps.claim = Claim{}
	clear(ps.steps)
	ps.steps = ps.steps[:0]
	clear(ps.ops)
	ps.ops = ps.ops[:0]
	clear(ps.limits)
	ps.limits = ps.limits[:0]
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
		ps.stat = make([]SkipReason, n)
		ps.statGen = make([]uint32, n)
		ps.gates = make([]int64, n)
	}
	ps.gates = ps.gates[:n]
	ps.elig, ps.eligGen = ps.elig[:n], ps.eligGen[:n]
	ps.stat, ps.statGen = ps.stat[:n], ps.statGen[:n]
	ps.refused = ps.refused[:0]
	ps.gen++
	if ps.gen == 0 { // wrapped: stamps from 2^32 pools ago would look valid
		clear(ps.eligGen[:cap(ps.eligGen)])
		clear(ps.statGen[:cap(ps.statGen)])
		ps.capGen, ps.outGen = 0, 0
		ps.gen = 1
	}
}

// skip is the full eligibility of pool position i, counters included.
func (ps *pickState) skip(i int) SkipReason {
	if ps.eligGen[i] != ps.gen {
		s := ps.static(i)
		var gate int64
		if s == SkipNone {
			if ps.batch != nil {
				s, gate = ps.capsAt(i)
			} else {
				s, gate = ps.caps(ps.pool.members[i])
			}
		}
		ps.gates[i] = gate
		ps.elig[i] = s
		ps.eligGen[i] = ps.gen
	}
	return ps.elig[i]
}

// static is the eligibility of pool position i without counters.
func (ps *pickState) static(i int) SkipReason {
	if ps.statGen[i] != ps.gen {
		ps.stat[i] = ps.staticOf(ps.pool.members[i])
		ps.statGen[i] = ps.gen
	}
	return ps.stat[i]
}

// eligibility applies the router's rules of availability and capacity to
// rep idx (a table index) for the current rule and time.
func (ps *pickState) eligibility(idx int) SkipReason {
	if slices.Contains(ps.refused, idx) {
		return SkipCommitRefused
	}
	if s := ps.staticOf(idx); s != SkipNone {
		return s
	}
	if ps.outGen == ps.gen && ps.outIdx == idx {
		return ps.outSkip // the strategy asked, and now the commit's check
	}
	s, _ := ps.caps(idx)
	ps.outIdx, ps.outSkip, ps.outGen = idx, s, ps.gen
	return s
}

// staticOf is the part of eligibility that reads no counter: status,
// absence, hours, skills and exclusions.
func (ps *pickState) staticOf(idx int) SkipReason {
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
	if len(cr.holidays) > 0 {
		day, _ := cr.days.window(ps.now, cr.loc)
		if _, on := slices.BinarySearch(cr.holidays, day); on {
			return SkipHoliday
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
	return SkipNone
}

// prefetch reads, in one BatchGetter call, the cap counters of every rep
// of the pool (once per pool: open, and daily and weekly where the rep has
// such a cap) together with the counters cs (into out).
func (ps *pickState) prefetch(cs []store.Counter, out []int64) error {
	fetchCaps := ps.capGen != ps.gen
	if !fetchCaps && len(cs) == 0 {
		return nil
	}
	ps.batchCtrs = ps.batchCtrs[:0]
	if fetchCaps {
		for _, idx := range ps.pool.members {
			ps.limits = ps.capLimits(&ps.t.reps[idx], ps.limits[:0])
			for j := range ps.limits {
				ps.batchCtrs = append(ps.batchCtrs, ps.limits[j].Counter)
			}
			ps.batchCtrs = append(ps.batchCtrs, ps.limits[len(ps.limits)-1].GateCounter())
		}
	}
	nCaps := len(ps.batchCtrs)
	ps.batchCtrs = append(ps.batchCtrs, cs...)
	if cap(ps.batchVals) < len(ps.batchCtrs) {
		ps.batchVals = make([]int64, len(ps.batchCtrs))
	}
	vals := ps.batchVals[:len(ps.batchCtrs)]
	if err := ps.batch.GetMany(ps.ctx, ps.batchCtrs, vals); err != nil {
		ps.stateErr(err)
		return err
	}
	copy(out, vals[nCaps:])
	if fetchCaps {
		n := len(ps.pool.members)
		if cap(ps.capVals) < n {
			ps.capVals = make([][4]int64, n)
		}
		ps.capVals = ps.capVals[:n]
		k := 0
		for i, idx := range ps.pool.members {
			n := copy(ps.capVals[i][:], vals[k:k+ps.capCount(&ps.t.reps[idx])])
			k += n
		}
		ps.capGen = ps.gen
	}
	return nil
}

// capLimits appends rep cr's cap counters to dst, in the order their
// skip reasons are reported: the daily and weekly counts when the rep has
// such caps (a cap added by a reload mid-window starts counting then),
// then the open count, always kept (for MaxOpen, Release and LeastLoaded).
// The eligibility checks, the batched read and the commit all take the
// counters from here.
func (ps *pickState) capLimits(cr *compiledRep, dst []store.Limit) []store.Limit {
	if cr.DailyCap > 0 {
		day, exp := cr.days.window(ps.now, cr.loc)
		dst = appendLimit(dst, "daily", cr.ID, day, int64(cr.DailyCap), exp, ps.weight, "")
	}
	if cr.WeeklyCap > 0 {
		week, exp := weekWindow(ps.now, cr.loc)
		dst = appendLimit(dst, "weekly", cr.ID, week, int64(cr.WeeklyCap), exp, ps.weight, "")
	}
	return appendLimit(dst, "open", cr.ID, 0, int64(cr.MaxOpen), time.Time{}, ps.weight, statusKind)
}

// appendLimit appends a cap limit to dst: the counter of kind and
// member in window, at most max, expiring at exp, raised by n, gated by
// the gate counter (see store.Limit). It sets every field in place, one
// by one (limitFields pins that none is missed), rather than copying a
// limit built aside.
func appendLimit(dst []store.Limit, kind, member string, window, max int64, exp time.Time, n int64, gate string) []store.Limit {
	if len(dst) < cap(dst) {
		dst = dst[:len(dst)+1]
	} else {
		dst = append(dst, store.Limit{})
	}
	l := &dst[len(dst)-1]
	l.Counter.Kind, l.Counter.Scope, l.Counter.Member, l.Counter.Window = kind, "", member, window
	l.Max, l.Expire, l.N, l.Gate, l.Claim = max, exp, n, gate, false
	return dst
}

// limitFields and counterFields are the numbers of fields of store.Limit
// and store.Counter that appendLimit sets.
const limitFields, counterFields = 6, 4

// capCount is how many counters prefetch reads for cr: capLimits' and,
// last, the open limit's gate (the rep's live status).
func (ps *pickState) capCount(cr *compiledRep) int {
	n := 2
	if cr.DailyCap > 0 {
		n++
	}
	if cr.WeeklyCap > 0 {
		n++
	}
	return n
}

// capSkip is the skip reason of a full cap counter.
func capSkip(kind string) SkipReason {
	switch kind {
	case "daily":
		return SkipDailyCap
	case "weekly":
		return SkipWeeklyCap
	}
	return SkipMaxOpen
}

// capsAt checks pool position i's caps against the prefetched counters.
func (ps *pickState) capsAt(i int) (SkipReason, int64) {
	if err := ps.prefetch(nil, nil); err != nil {
		return SkipStateError, 0
	}
	ps.limits = ps.capLimits(&ps.t.reps[ps.pool.members[i]], ps.limits[:0])
	gate := ps.capVals[i][len(ps.limits)]
	if gate == 1 {
		return SkipPaused, gate
	}
	for j, l := range ps.limits {
		if !l.Fits(ps.capVals[i][j], gate) {
			return capSkip(l.Counter.Kind), gate
		}
	}
	return SkipNone, gate
}

// caps reads rep idx's live status and cap counters one by one. It
// returns why the rep cannot take the lead (SkipNone if it can) and the
// live status it read.
func (ps *pickState) caps(idx int) (SkipReason, int64) {
	cr := &ps.t.reps[idx]
	if ps.batch != nil {
		return ps.capsBatch(cr)
	}
	gate, err := ps.r.state.Get(ps.ctx, statusCounter(cr.ID))
	if err != nil {
		ps.stateErr(err)
		return SkipStateError, 0
	}
	if gate == 1 {
		return SkipPaused, gate
	}
	ps.limits = ps.capLimits(cr, ps.limits[:0])
	for _, l := range ps.limits {
		if l.Max <= 0 && (l.Gate == "" || gate == 0) {
			continue // nothing to check
		}
		n, err := ps.r.state.Get(ps.ctx, l.Counter)
		if err != nil {
			ps.stateErr(err)
			return SkipStateError, gate
		}
		if !l.Fits(n, gate) {
			return capSkip(l.Counter.Kind), gate
		}
	}
	return SkipNone, gate
}

// capsBatch is caps on a store that reads in batches: rep cr's live
// status and cap counters in one GetMany (a rep outside the pool, such
// as an account's owner, whose caps the pool's batch did not read).
func (ps *pickState) capsBatch(cr *compiledRep) (SkipReason, int64) {
	ps.limits = ps.capLimits(cr, ps.limits[:0])
	ps.batchCtrs = ps.batchCtrs[:0]
	for j := range ps.limits {
		ps.batchCtrs = append(ps.batchCtrs, ps.limits[j].Counter)
	}
	ps.batchCtrs = append(ps.batchCtrs, statusCounter(cr.ID))
	if cap(ps.batchVals) < len(ps.batchCtrs) {
		ps.batchVals = make([]int64, len(ps.batchCtrs))
	}
	vals := ps.batchVals[:len(ps.batchCtrs)]
	if err := ps.batch.GetMany(ps.ctx, ps.batchCtrs, vals); err != nil {
		ps.stateErr(err)
		return SkipStateError, 0
	}
	gate := vals[len(ps.limits)]
	if gate == 1 {
		return SkipPaused, gate
	}
	for j := range ps.limits {
		if !ps.limits[j].Fits(vals[j], gate) {
			return capSkip(ps.limits[j].Counter.Kind), gate
		}
	}
	return SkipNone, gate
}

// statusCounter holds a rep's live status (see Router.SetStatus): 0 as
// configured, 1 away, g >= 2 a capacity of g-1 open leads. It is the gate
// of the rep's open-count limit (store.Limit.Gate).
func statusCounter(repID string) store.Counter {
	return store.Counter{Kind: statusKind, Member: repID}
}

const statusKind = "status"

func (ps *pickState) stateErr(err error) {
	if ps.err == nil {
		ps.err = err
	}
}

// dayWindow returns the rep-local day number of t (days since 1970-01-01
// in loc) and when its counter may be dropped (a day after the day ends,
// plus an hour of slack for a DST change in between). The day is found
// from loc's UTC offset at t, so it is DST-correct (23- and 25-hour days)
// and costs no calendar arithmetic.
func dayWindow(t time.Time, loc *time.Location) (day int64, exp time.Time) {
	_, off := t.In(loc).Zone()
	local := t.Unix() + int64(off)
	day = local / 86400
	if local%86400 < 0 {
		day--
	}
	return day, time.Unix((day+2)*86400-int64(off)+3600, 0)
}

// dayCache remembers, for one rep's zone, a span of time [from, to)
// (Unix seconds) with one local day and one UTC offset, so that the day
// window of a time in it is a comparison: it changes about once a day.
// It is a seqlock: a reader that sees a write under way (seq odd) or
// finished meanwhile (seq changed), or a time outside the span, computes
// the window itself; one writer at a time replaces the span.
type dayCache struct {
	seq                atomic.Uint64
	from, to, day, off atomic.Int64
}

// window is dayWindow(t, loc), for the loc the cache is for.
func (c *dayCache) window(t time.Time, loc *time.Location) (day int64, exp time.Time) {
	u := t.Unix()
	if s := c.seq.Load(); s&1 == 0 {
		from, to, day, off := c.from.Load(), c.to.Load(), c.day.Load(), c.off.Load()
		if c.seq.Load() == s && from <= u && u < to {
			return day, time.Unix((day+2)*86400-off+3600, 0) // as dayWindow
		}
	}
	day, exp = dayWindow(t, loc)
	lt := t.In(loc)
	_, off := lt.Zone()
	from, to := day*86400-int64(off), (day+1)*86400-int64(off) // the local day
	start, end := lt.ZoneBounds()                              // the offset
	if !start.IsZero() {
		from = max(from, start.Unix())
	}
	if !end.IsZero() {
		to = min(to, end.Unix())
	}
	if s := c.seq.Load(); s&1 == 0 && c.seq.CompareAndSwap(s, s+1) {
		c.from.Store(from)
		c.to.Store(to)
		c.day.Store(day)
		c.off.Store(int64(off))
		c.seq.Store(s + 2)
	}
	return day, exp
}

// weekWindow returns the rep-local ISO week of t (year×100 + week) and
// when its counter may be dropped (a day after the week ends).
func weekWindow(t time.Time, loc *time.Location) (week int64, exp time.Time) {
	lt := t.In(loc)
	y, m, d := lt.Date()
	wy, wn := lt.ISOWeek()
	wd := (int(lt.Weekday()) + 6) % 7 // Monday = 0
	return int64(wy)*100 + int64(wn), time.Date(y, m, d-wd+8, 0, 0, 0, 0, loc)
}

// maxConflicts bounds how often one pick is retried after its commit
// conflicted with a concurrent one (store.Outcome.Conflict).
const maxConflicts = 64

// run evaluates the rules in order and fills d (the zero Decision) with
// the decision.
func (ps *pickState) run(d *Decision) error {
	t := ps.t
	l := &ps.lead
	// Normalize, knowing whether the lead was normal already (its codes
	// then need no folding in the rule index).
	normal := l.isNormal()
	var probs []Problem
	if !normal {
		probs = l.normalize()
	}
	if ps.leadID {
		// Normalize bounds an over-long ID; the bounded ID is the key.
		ps.decision = l.ID
	}
	d.LeadID, d.At, d.DryRun = l.ID, ps.now, ps.dry
	if len(probs) > 0 {
		d.Problems = make([]string, 0, len(probs))
		for _, p := range probs {
			d.Problems = append(d.Problems, p.String())
			if ps.tracing {
				ps.add(Step{Event: EventLeadProblem, Reason: p.String()})
			}
		}
	}
	if ix := t.index; ix != nil && !ps.tracing {
		// Indexed: only the rules the lead can match, in order.
		if cap(ps.cand) < ix.words {
			ps.cand = make([]uint64, ix.words)
		}
		ps.cand = ps.cand[:ix.words]
		ix.candidates(l, ps.cand, normal)
		for w, word := range ps.cand {
			for word != 0 {
				b := bits.TrailingZeros64(word)
				word &^= 1 << b
				if done, err := ps.try(w*64+b, d, true); done {
					return err
				}
			}
		}
	} else {
		for ri := range t.rules {
			if done, err := ps.try(ri, d, false); done {
				return err
			}
		}
	}
	ps.ruleName = ""
	d.Queue = t.fallback
	d.Reason = "no rule decided"
	if r := ps.summary.rule; r != nil {
		d.Reason = ps.r.reasons.text(r.fallbackPrefix, ps.summary)
	}
	if ps.tracing {
		ps.add(Step{Event: EventFallback, Queue: t.fallback})
	}
	if err := ps.commitQueue(d, nil); err != nil {
		if errors.Is(err, errConflict) {
			err = ErrContention // only ops without expectations ride here
		}
		return ps.fail(d, "", err)
	}
	ps.finish(d)
	return nil
}

// fail turns d into the fallback decision that goes with err.
func (ps *pickState) fail(d *Decision, rule string, err error) error {
	d.RepID, d.Queue, d.Rule, d.Replay = "", ps.t.fallback, rule, false
	d.Reason = "error: " + err.Error()
	ps.finish(d)
	return err
}

// try evaluates rule ri for the lead: match, then pick. It reports whether
// the rule decided (done) and any error (which also ends routing, with the
// decision naming the fallback queue). indexed says the rule index chose
// the rule, so the conditions it guarantees need no second test.
func (ps *pickState) try(ri int, d *Decision, indexed bool) (done bool, err error) {
	rule := &ps.t.rules[ri]
	ps.ruleName = rule.Name
	if err := ps.ctx.Err(); err != nil {
		// Checked between rules, so a cancelled or expired ctx ends the
		// routing within one rule's cost.
		err = fmt.Errorf("leadroute: rule %q: %w", rule.Name, err)
		ps.fail(d, rule.Name, err)
		return true, err
	}
	var p *pool
	var matched bool
	if rule.conj {
		// The conditions say it all, on the indexed path and the linear
		// one alike, so Route and Explain agree by construction.
		conds := rule.conds
		if indexed {
			conds = rule.rest
		}
		p, matched = rule.pool, condsHold(conds, &ps.lead)
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
		err = fmt.Errorf("leadroute: rule %q: %w", rule.Name, err)
		ps.fail(d, rule.Name, err)
		return true, err
	}
	if decided {
		ps.finish(d)
	}
	return decided, nil
}

// replay fills d with the decision committed earlier for the same
// decision ID (a retried Route, or a copy that won a race).
// notPending fills d when a conditional reroute found the lead no longer
// pending for the rep (accepted, or moved): the current assignment,
// replayed; nothing was committed.
func (ps *pickState) notPending(d *Decision) {
	rec, found, err := ps.r.state.Recall(ps.ctx, ps.decision)
	if err != nil || !found {
		rec = store.Record{Member: ps.ifPending}
	}
	ps.replay(d, rec)
	d.Reason, d.Deadline, d.Owner = "replay: no longer pending", time.Time{}, ""
}

func (ps *pickState) replay(d *Decision, rec store.Record) {
	d.RepID, d.Queue, d.Rule, d.Replay = rec.Member, rec.Queue, rec.Rule, true
	if rec.Member != "" {
		d.Reason = "replay: assigned earlier"
	} else {
		d.Reason = "replay: queued earlier"
	}
	if ps.tracing {
		ps.add(Step{Event: EventReplayed, Rule: rec.Rule, Rep: rec.Member, Queue: rec.Queue})
	}
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

// pick runs the rule's strategy on pool p and commits its choice. It
// reports whether the rule decided (rep, queue or replay) and fills d.
func (ps *pickState) pick(rule *compiledRule, p *pool, d *Decision) (bool, error) {
	ps.setPool(rule, p)
	ps.weight = 1
	if rule.Weight != nil {
		ps.weight = int64(min(max(rule.Weight(&ps.lead), 1), MaxLeadWeight))
	}
	listed := !ps.tracing
	// The trace lists every rep that is skipped, so it computes them all;
	// it does so after the strategy's first pick, so that a strategy that
	// reads its counters in one batch reads the caps with them.
	listSkipped := func() {
		if listed {
			return
		}
		listed = true
		for i := range p.members {
			if s := ps.skip(i); s != SkipNone {
				ps.add(Step{Event: EventRepSkipped, Rule: rule.Name, Rep: p.ids[i], Skip: s})
			}
		}
	}
	cand := Candidates{p: ps}
	conflicts := 0
	var serial *sync.Mutex
	defer func() {
		if serial != nil {
			serial.Unlock()
		}
	}()
	// onConflict handles a commit refused because a staged op's expected
	// value changed: after the first conflict this Route serialises with
	// the other routes of this process on the same sequence (a striped
	// lock), so every one of them makes progress; only other processes
	// can still conflict, and those are retried with a short backoff.
	onConflict := func() error {
		if conflicts++; conflicts > maxConflicts {
			return ErrContention
		}
		if serial == nil {
			serial = ps.r.serialFor(ps.step.Ops)
			serial.Lock()
			return nil
		}
		return ps.backoff(conflicts)
	}
	var pk Pick
	for attempt := 0; attempt <= len(p.members)+1; {
		ps.ops = ps.ops[:0]
		var err error
		if p.roundRobin {
			roundRobinPick(p, &pk)
		} else {
			pk, err = p.strategy.Pick(ps.ctx, &ps.lead, cand)
		}
		listSkipped()
		if err != nil && !errors.Is(err, ErrNoEligibleRep) {
			return false, fmt.Errorf("strategy: %w", err)
		}
		if ps.err != nil {
			return false, ps.err
		}
		if err == nil && pk.Queue != "" {
			d.Queue, d.Rule, d.Reason = pk.Queue, rule.Name, pk.Reason
			err := ps.commitQueue(d, ps.ops)
			if errors.Is(err, errConflict) {
				// An op the strategy staged expected a value a
				// concurrent pick changed: pick again.
				if err := onConflict(); err != nil {
					return false, err
				}
				continue
			}
			if err == nil && ps.tracing && !d.Replay {
				ps.add(Step{Event: EventQueued, Rule: rule.Name, Queue: pk.Queue, Reason: pk.Reason})
			}
			return true, err
		}
		if err != nil || (pk.Rep == nil && pk.Rotate.Key == "") {
			break
		}
		if err := ps.prepare(&pk); err != nil {
			return false, err
		}
		out, err := ps.r.state.Commit(ps.ctx, &ps.step)
		if err != nil {
			return false, err
		}
		switch {
		case out.Replay:
			ps.replay(d, out.Record)
			return true, nil
		case out.NotPending:
			ps.notPending(d)
			return true, nil
		case out.Conflict:
			if err := onConflict(); err != nil {
				return false, err
			}
			continue
		case out.Index >= 0:
			id := ps.view.ID(out.Index)
			d.RepID, d.Rule, d.Reason, d.Owner = id, rule.Name, pk.Reason, pk.Owner
			d.Deadline = ps.step.Deadline
			if ps.tracing {
				ps.add(Step{Event: EventPicked, Rule: rule.Name, Rep: id, Reason: pk.Reason})
			}
			return true, nil
		}
		// Nobody in the pick fitted within the caps (they were reached by
		// concurrent routes since the strategy looked): they are now full
		// for this lead; let the strategy choose again.
		attempt++
		refused := ps.refuse(&pk)
		if ps.tracing {
			ps.add(Step{Event: EventCapRace, Rule: rule.Name, Rep: pk.repID()})
		}
		if !refused {
			break
		}
	}
	if ps.tracing {
		ps.add(Step{Event: EventNoEligible, Rule: rule.Name})
	}
	why := ps.skipSummary(rule)
	if rule.Overflow != "" {
		d.Queue, d.Rule, d.Reason = rule.Overflow, rule.Name, ps.r.reasons.text("overflow: ", why)
		if ps.tracing {
			ps.add(Step{Event: EventOverflow, Rule: rule.Name, Queue: rule.Overflow})
		}
		err := ps.commitQueue(d, nil)
		if errors.Is(err, errConflict) {
			err = ErrContention // only ops without expectations ride here
		}
		return true, err
	}
	return false, nil
}

func (pk Pick) repID() string {
	if pk.Rep != nil {
		return pk.Rep.ID
	}
	return ""
}

// refuse marks the reps of a pick whose commit found no room as full for
// the rest of this lead. It reports whether any rep was newly marked.
func (ps *pickState) refuse(pk *Pick) bool {
	marked := false
	mark := func(i int) {
		if ps.eligGen[i] != ps.gen || ps.elig[i] == SkipNone {
			marked = true
		}
		ps.elig[i], ps.eligGen[i] = SkipCommitRefused, ps.gen
	}
	if pk.Rep != nil {
		if i, inPool := ps.pool.pos[pk.Rep.ID]; inPool {
			mark(i)
		} else if idx, known := ps.t.repIdx[pk.Rep.ID]; known && !slices.Contains(ps.refused, idx) {
			// A rep from outside the pool (an account owner): refused
			// for the rest of this lead, so the strategy moves on to the
			// backup or the pool.
			ps.refused = append(ps.refused, idx)
			marked = true
		}
		return marked
	}
	markIn := func(i int) {
		if pk.Rotate.Mask == nil || pk.Rotate.Mask[i] {
			if ps.statGen[i] == ps.gen && ps.stat[i] != SkipNone {
				return
			}
			mark(i)
		}
	}
	if pk.Rotate.Slots != nil {
		// The commit walked only the reps the schedule names.
		for _, s := range pk.Rotate.Slots {
			if i := int(s); i >= 0 && i < len(ps.pool.members) {
				markIn(i)
			}
		}
		return marked
	}
	for i := range ps.pool.members {
		markIn(i)
	}
	return marked
}

// prepare builds the commit step for pick pk.
func (ps *pickState) prepare(pk *Pick) error {
	ps.tally = pk.Count
	ps.claim = pk.Claim
	ps.setStep(ps.rule.Name, "", ps.weight, &ps.view, ps.deadline())
	ps.stepOps()
	ps.view = commitView{ps: ps}
	if pk.Rep == nil {
		n := len(ps.pool.members)
		if pk.Rotate.Mask != nil && len(pk.Rotate.Mask) != n {
			return fmt.Errorf("strategy's rotation mask has %d entries for a pool of %d", len(pk.Rotate.Mask), n)
		}
		ps.step.Rotation, ps.step.Slots = pk.Rotate.Key, pk.Rotate.Slots
		ps.view.mask = pk.Rotate.Mask
		ps.view.rotation = true
		return nil
	}
	idx, ok := ps.t.repIdx[pk.Rep.ID]
	if !ok {
		return fmt.Errorf("strategy picked unknown rep %q", pk.Rep.ID)
	}
	var skip SkipReason
	if i, inPool := ps.pool.pos[pk.Rep.ID]; inPool {
		skip = ps.skip(i)
	} else {
		skip = ps.eligibility(idx)
	}
	if skip != SkipNone {
		return fmt.Errorf("strategy picked ineligible rep %q (%s)", pk.Rep.ID, skip)
	}
	ps.view.rep = idx
	return nil
}

// setStep sets every field of the commit step, one by one (the step
// lives in the pooled scratch: a composite literal would be built aside
// and copied whole). stepFields pins that none is missed.
func (ps *pickState) setStep(rule, queue string, weight int64, members store.Members, deadline time.Time) {
	s := &ps.step
	s.Decision, s.Round, s.Seen, s.Rule, s.Weight, s.Queue = ps.decision, ps.round, ps.seen, rule, weight, queue
	s.Members, s.Rotation, s.Slots, s.Ops, s.Past = members, "", nil, nil, ps.past
	s.DryRun, s.Deadline, s.IfPending, s.Now = ps.dry, deadline, ps.ifPending, ps.stepNow()
}

// stepFields is the number of fields of store.Step that setStep sets.
const stepFields = 15

// stepNow is the time a commit step carries (store.Step.Now): the
// Route's, when the state keeps time by the router's clock, so that the
// clock is read once per Route.
func (ps *pickState) stepNow() time.Time {
	if ps.r.stepNow {
		return ps.now
	}
	return time.Time{}
}

// deadline is the accept deadline of an assignment by the current rule
// (zero when it has none, or without a decision ID to keep it under).
func (ps *pickState) deadline() time.Time {
	if w := ps.rule.AcceptWithin; w > 0 && ps.decision != "" {
		return ps.now.Add(w)
	}
	return time.Time{}
}

// stepOps sets the step's ops: the call's own (a reroute's release) and
// the strategy's staged ones.
func (ps *pickState) stepOps() {
	switch {
	case len(ps.baseOps) == 0:
		ps.step.Ops = ps.ops
	case len(ps.ops) == 0:
		ps.step.Ops = ps.baseOps
	default:
		ps.ops = append(ps.ops, ps.baseOps...)
		ps.step.Ops = ps.ops
	}
}

// commitQueue records a queue decision under the decision ID, with ops.
// When an earlier decision of the same ID is on record (a copy that
// raced this one), d becomes its replay. It returns errConflict when an
// op's expected value did not hold (nothing was changed).
func (ps *pickState) commitQueue(d *Decision, ops []store.Op) error {
	ps.ops = ops
	if ps.decision == "" && (ps.dry || (len(ops) == 0 && len(ps.baseOps) == 0)) {
		return nil
	}
	// A dry run (Explain) commits nothing but still learns of a replay.
	ps.setStep(d.Rule, d.Queue, 0, nil, time.Time{})
	ps.stepOps()
	out, err := ps.r.state.Commit(ps.ctx, &ps.step)
	switch {
	case err != nil:
		return err
	case out.Replay:
		ps.replay(d, out.Record)
	case out.NotPending:
		ps.notPending(d)
	case out.Conflict:
		return errConflict
	}
	return nil
}

// errConflict is a commit refused because an op's expected value changed.
var errConflict = errors.New("leadroute: commit conflict")

// backoff waits a little before the n'th retry of a conflicting commit, so
// that many goroutines (or replicas) contending for one sequence all make
// progress: a yield at first, then a short random sleep growing with n. It
// returns ctx's error if ctx ends meanwhile.
func (ps *pickState) backoff(n int) error {
	if n <= 2 {
		runtime.Gosched()
	} else {
		limit := time.Duration(min(n, 32)) * 20 * time.Microsecond
		time.Sleep(time.Duration(splitmix(uint64(time.Now().UnixNano()), uint64(n)) % uint64(limit)))
	}
	return ps.ctx.Err()
}

// commitView is the store.Members a Commit walks: the pool positions of a
// rotation (restricted to its mask and to the reps available now), or the
// one rep of a fixed pick. Caps are not checked here: Limits hands them to
// the store, which checks them atomically.
type commitView struct {
	ps       *pickState
	rotation bool
	mask     []bool
	rep      int // table index of a fixed pick
}

var _ store.Members = (*commitView)(nil)

func (v *commitView) Len() int {
	if v.rotation {
		return len(v.ps.pool.members)
	}
	return 1
}

func (v *commitView) tableIdx(i int) int {
	if v.rotation {
		return v.ps.pool.members[i]
	}
	return v.rep
}

func (v *commitView) ID(i int) string {
	if v.rotation {
		return v.ps.pool.ids[i]
	}
	return v.ps.t.reps[v.rep].ID
}

func (v *commitView) Eligible(i int) bool {
	if !v.rotation {
		return true // checked in prepare
	}
	ps := v.ps
	if v.mask != nil && !v.mask[i] {
		return false
	}
	if ps.eligGen[i] == ps.gen {
		return ps.elig[i] == SkipNone
	}
	return ps.static(i) == SkipNone
}

// Limits returns the counters raised when rep i is chosen: its caps
// (capLimits) and the strategy's tally.
func (v *commitView) Limits(i int) []store.Limit {
	ps := v.ps
	cr := &ps.t.reps[v.tableIdx(i)]
	ps.limits = ps.capLimits(cr, ps.limits[:0])
	if ps.tally.Counter.Kind != "" {
		t := ps.tally
		t.Counter.Member = cr.ID
		ps.limits = append(ps.limits, t)
	}
	if ps.claim.Key != "" {
		ps.limits = append(ps.limits, store.Limit{Counter: ownerCounter(ps.claim.Scope, ps.claim.Key), N: OwnerToken(cr.ID), Expire: ps.now.Add(ps.claim.For), Claim: true})
	}
	return ps.limits
}
