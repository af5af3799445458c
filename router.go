package leadroute

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"math/rand/v2"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/leadroute/leadroute/store"
)

// Router routes leads to reps by ordered rules.
//
// A Router is safe for concurrent use by many goroutines. Route never takes
// a lock to read the rules: the compiled rule table is immutable and swapped
// whole by Reload. Mutable fairness state lives in the router's store.State.
// New starts no goroutines; a Router owns nothing that runs in the
// background and needs no Close.
type Router struct {
	table    atomic.Pointer[table]
	clock    Clock
	state    store.State
	batch    store.BatchGetter // state, when it reads many counters in one call
	ranker   store.Ranker      // state, when it keeps counters in order
	logger   *slog.Logger
	observer []Observer
	trace    bool
	stepNow  bool // commit steps carry the Route's time (store.Step.Now): state is the Memory New made, on the router's clock

	seed    uint64
	seq     atomic.Uint64
	serial  [16]sync.Mutex // see serialFor
	srcMu   sync.Mutex
	src     rand.Source // nil: counter-based from seed
	scratch sync.Pool
	reasons reasonCache

	reloadMu sync.Mutex
	settings settings // as of the last successful New/Reload
}

// New builds a Router. It validates everything up front and returns an error
// naming the rule or rep and the field (a *ConfigError, or several joined
// with errors.Join, all wrapping ErrInvalidConfig); a Router that was built
// does not fail at route time because of its setup.
func New(opts ...Option) (*Router, error) {
	s := settings{fallback: DefaultFallbackQueue}
	for _, o := range opts {
		if err := o(&s); err != nil {
			return nil, err
		}
	}
	if s.clock == nil {
		s.clock = systemClock{}
	}
	ownState := s.state == nil
	if ownState {
		s.state = store.NewMemory(store.MemoryOptions{Clock: s.clock})
	}
	t, err := buildTable(&s)
	if err != nil {
		return nil, err
	}
	if err := checkPending(t, s.state); err != nil {
		return nil, err
	}
	r := &Router{
		clock:    s.clock,
		state:    s.state,
		logger:   s.logger,
		observer: s.observers,
		trace:    s.trace,
		src:      s.src,
		settings: s,
		stepNow:  ownState,
	}
	if s.seeded {
		r.seed = s.seed
	} else if s.src == nil {
		r.seed = rand.Uint64()
	}
	r.batch, _ = s.state.(store.BatchGetter)
	r.ranker, _ = s.state.(store.Ranker)
	r.table.Store(t)
	r.scratch.New = func() any { return new(pickState) }
	return r, nil
}

// Reload replaces the rules, reps, teams and/or fallback queue (only
// WithRules, WithReps, WithTeams and WithFallbackQueue are accepted; what
// is not given is kept).
// The new table is built off to the side and swapped in atomically: Route
// never waits for it, and a Route in flight finishes on the table it started
// with. Fairness state is keyed by rule name, so it carries over for rules
// that keep their names. On error the old rules stay in force.
func (r *Router) Reload(opts ...Option) error {
	r.reloadMu.Lock()
	defer r.reloadMu.Unlock()
	s := r.settings
	for i, o := range opts {
		probe := settings{}
		if err := o(&probe); err != nil {
			return err
		}
		if probe.clock != nil || probe.state != nil || probe.logger != nil || probe.observers != nil || probe.seeded || probe.src != nil || probe.trace {
			return &ConfigError{Path: fmt.Sprintf("reload option %d", i), Err: errors.New("only WithRules, WithReps, WithTeams and WithFallbackQueue can change on reload")}
		}
		_ = o(&s)
	}
	t, err := buildTable(&s)
	if err != nil {
		return err
	}
	if err := checkPending(t, r.state); err != nil {
		return err
	}
	r.settings = s
	r.table.Store(t)
	return nil
}

// Route decides who gets the lead and commits the decision to the fairness
// state (rotations advance, counters count, the decision is recorded), all
// in one atomic State step. Every call returns a Decision naming exactly
// one rep or queue; when it also returns an error (the state store failed,
// ctx ended, user code panicked) the Decision names the fallback queue and
// nothing was committed, so the lead is never lost.
//
// A lead with an ID is decided once: a retry, or a copy racing this one,
// gets the first committed decision (rep or queue) again with
// Decision.Replay set and nothing counted twice, for
// store.IdempotencyWindow.
//
// A panic in a Matcher or Strategy is recovered: the error wraps ErrPanic
// and names the rule. Route checks ctx between rules.
//
// Route allocates nothing when the router has no trace enabled, the lead is
// already normal, and the rules' matchers and strategies allocate nothing.
func (r *Router) Route(ctx context.Context, l Lead) (d Decision, err error) {
	start := r.startTimer()
	c := call{trace: r.trace, leadID: true}
	err = r.route(ctx, &l, &c, &d)
	if len(r.observer) > 0 {
		r.observe(d, start)
	}
	return d, err
}

// Explain is a dry run of Route: the same decision Route would make now,
// with the full trace, and no change to any state. (Two Explain calls in a
// row give the same answer; a Route in between may change it.)
func (r *Router) Explain(ctx context.Context, l Lead) (d Decision, err error) {
	c := call{dry: true, trace: true, leadID: true}
	err = r.route(ctx, &l, &c, &d)
	return d, err
}

// maxPast bounds how many earlier assignees a rerouted decision remembers,
// and maxRounds how many times one lead can be rerouted.
const (
	maxPast   = 32
	maxRounds = 1<<16 - 1
)

// Reroute routes a lead again, away from the rep who has it (an SLA was
// missed, say) and from every rep who had it before: the router remembers
// them in the State, so callers need not. The rules apply as in Route,
// overflow queues included: if nobody else is eligible the lead goes to
// the rule's overflow queue or the fallback queue, never back to a rep who
// let it sit.
//
// from is the rep the lead is taken from. If the lead's decision no longer
// names from (it was rerouted already: this call is a retry, or raced
// another reroute), Reroute replays the current decision and changes
// nothing, so retries are safe. An empty from reroutes whatever the
// current decision is (a retry then moves the lead again).
//
// For a lead with an ID the reroute supersedes the lead's decision in one
// atomic step: the new rep's caps are reserved and the previous rep's open
// count is released (as Release(from, lead ID) would, and never twice).
// Route retries of the lead then replay the new decision. A lead without
// an ID, or never routed (or forgotten), is routed afresh away from from.
func (r *Router) Reroute(ctx context.Context, l Lead, from string) (Decision, error) {
	return r.reroute(ctx, l, from, false)
}

// RerouteOverdue reroutes a lead that Overdue listed, as
// Reroute(ctx, l, a.RepID) does, but only while the lead is still pending
// for a.RepID: checked in the same atomic State step as the reroute, so
// a lead its rep accepted (or that was rerouted) since Overdue listed it
// stays where it is, and the Decision replays its current assignment
// (Replay set, Reason "replay: no longer pending"). l.ID, when empty, is
// a.LeadID. It needs a State that keeps pending assignments
// (store.Pending).
func (r *Router) RerouteOverdue(ctx context.Context, l Lead, a Assignment) (Decision, error) {
	if l.ID == "" {
		l.ID = a.LeadID
	}
	if a.RepID == "" || l.ID != a.LeadID {
		err := fmt.Errorf("leadroute: reroute overdue: the assignment (lead %q, rep %q) does not name this lead (%q) and a rep", a.LeadID, a.RepID, l.ID)
		d := Decision{LeadID: l.ID, Queue: r.table.Load().fallback, At: r.clock.Now(), Reason: "error: " + err.Error(), Err: err}
		return d, err
	}
	return r.reroute(ctx, l, a.RepID, true)
}

func (r *Router) reroute(ctx context.Context, l Lead, from string, ifPending bool) (Decision, error) {
	start := r.startTimer()
	c := call{trace: r.trace}
	if ifPending {
		c.ifPending = from
	}
	if len(l.ID) > MaxLeadIDLen {
		l.ID = boundID(l.ID) // as Normalize will, so that the IDs agree
	}
	if from != "" {
		c.exclude = []string{from}
	}
	if l.ID != "" {
		rec, found, err := r.state.Recall(ctx, l.ID)
		if err != nil {
			d := Decision{LeadID: l.ID, Queue: r.table.Load().fallback, At: r.clock.Now()}
			err = fmt.Errorf("leadroute: reroute: recall decision %q: %w", l.ID, err)
			d.Reason, d.Err = "error: "+err.Error(), err
			r.observe(d, start)
			return d, err
		}
		c.decision, c.round = l.ID, 1
		if found {
			if (from != "" && rec.Member != from) || rec.Round >= maxRounds {
				d := Decision{LeadID: l.ID, RepID: rec.Member, Queue: rec.Queue, Rule: rec.Rule, At: r.clock.Now(), Replay: true}
				d.Reason = "replay: rerouted earlier"
				if rec.Round >= maxRounds {
					d.Reason = "replay: reroute limit reached"
				}
				r.observe(d, start)
				return d, nil
			}
			c.round, c.seen = rec.Round+1, true
			c.past = rec.Past
			if rec.Member != "" {
				c.past = append(slices.Clip(rec.Past), rec.Member)
			}
			if len(c.past) > maxPast {
				c.past = c.past[len(c.past)-maxPast:]
			}
			c.exclude = append(c.exclude, c.past...)
		}
		// The lead leaves from (or, without from, its current rep), whether
		// or not its decision is still on record: it may be older than the
		// idempotency window.
		leaving := from
		if leaving == "" && found {
			leaving = rec.Member
		}
		if leaving != "" {
			w := int64(1)
			if found && rec.Member == leaving {
				w = max(rec.Weight, 1)
			}
			c.ops = []store.Op{releaseOpOf(leaving, l.ID, w)}
		}
	}
	var d Decision
	err := r.route(ctx, &l, &c, &d)
	r.observe(d, start)
	return d, err
}

// Release tells the router that a lead assigned to repID is no longer open
// (worked, closed or reassigned), lowering the rep's open count for
// MaxOpen and LeastLoaded. It is idempotent per rep and lead when leadID
// is not empty (and a Reroute's own release of the previous rep counts as
// that release). Any rep ID is accepted, including reps that a Reload
// removed, so their open counts can be released too.
//
// A lead decided by a rule with a Weight is released by its weight:
// Release reads the lead's decision record (one more State call) for it,
// also after a reload that dropped the weight; a lead whose record is
// forgotten, or who is no longer the rep's, counts as 1.
func (r *Router) Release(ctx context.Context, repID, leadID string) error {
	if repID == "" {
		return fmt.Errorf("release: empty rep ID: %w", ErrUnknownRep)
	}
	if len(leadID) > MaxLeadIDLen {
		leadID = boundID(leadID) // the ID the decision was recorded under
	}
	op, w := "", int64(1)
	if leadID != "" {
		op = releaseOp(repID, leadID)
		// The record, whatever the rules now: a reload may have dropped the weight.
		rec, found, err := r.state.Recall(ctx, leadID)
		if err != nil {
			return fmt.Errorf("leadroute: release: recall decision %q: %w", leadID, err)
		}
		if found && rec.Member == repID {
			w = max(rec.Weight, 1)
		}
	}
	_, err := r.state.Add(ctx, op, openCounter(repID), -w, time.Time{})
	return err
}

// releaseOpOf is the op that releases leadID, of weight w, from repID's
// open count.
func releaseOpOf(repID, leadID string, w int64) store.Op {
	return store.Op{ID: releaseOp(repID, leadID), Counter: openCounter(repID), Delta: -w}
}

// checkPending refuses accept deadlines on a State that cannot keep them.
func checkPending(t *table, st store.State) error {
	if _, ok := st.(store.Pending); t.sla && !ok {
		for i := range t.rules {
			if t.rules[i].AcceptWithin > 0 {
				return configErr(fmt.Sprintf("rules[%d] %q.AcceptWithin", i, t.rules[i].Name), "the router's State (%T) does not keep pending assignments (store.Pending)", st)
			}
		}
	}
	return nil
}

// Accept records that repID has accepted the lead assigned to them: the
// lead is no longer pending under its rule's accept deadline
// (Rule.AcceptWithin). It reports whether the lead was pending for repID;
// an accept from a rep the lead was rerouted away from changes nothing,
// so a late accept cannot clear the new rep's deadline. The lead ID is
// the one Route was given.
func (r *Router) Accept(ctx context.Context, leadID, repID string) (bool, error) {
	p, ok := r.state.(store.Pending)
	if !ok {
		return false, fmt.Errorf("leadroute: accept: the router's State (%T) does not keep pending assignments", r.state)
	}
	if len(leadID) > MaxLeadIDLen {
		leadID = boundID(leadID)
	}
	return p.Accept(ctx, leadID, repID)
}

// Assignment is a lead assigned to a rep who has not accepted it.
type Assignment struct {
	LeadID   string    // the lead's ID, as routed
	RepID    string    // who has it and has not accepted it
	Deadline time.Time // when they should have accepted it by
}

// Overdue lists up to limit assignments (all when limit < 0) whose
// accept deadline (Rule.AcceptWithin) has passed by the router's clock
// and that were neither accepted nor rerouted, the longest overdue first.
// The host reroutes each with Reroute(ctx, lead, a.RepID), which moves
// the lead away from every rep who had it and releases the rep's open
// count; the router starts no goroutines, so the host calls Overdue on
// its own schedule (a ticker, a cron job). Listing changes nothing.
func (r *Router) Overdue(ctx context.Context, limit int) ([]Assignment, error) {
	p, ok := r.state.(store.Pending)
	if !ok {
		return nil, fmt.Errorf("leadroute: overdue: the router's State (%T) does not keep pending assignments", r.state)
	}
	due, err := p.Due(ctx, r.clock.Now(), limit)
	if err != nil {
		return nil, fmt.Errorf("leadroute: overdue: %w", err)
	}
	out := make([]Assignment, len(due))
	for i, d := range due {
		out[i] = Assignment{LeadID: d.Decision, RepID: d.Member, Deadline: d.Deadline}
	}
	return out, nil
}

// Status is a rep's live availability, set with [Router.SetStatus]. The
// zero Status means "as configured".
type Status struct {
	// Away stops the rep taking leads (a break, a manager's pause).
	Away bool
	// MaxOpen, when positive, replaces the rep's MaxOpen for now.
	MaxOpen int
	// Until, when set, is when the status lapses by itself and the rep is
	// back as configured. Zero: until the next SetStatus.
	Until time.Time
}

// SetStatus changes a rep's availability now, without a reload: away (a
// break, a pause), back (the zero Status), or a different open-lead
// capacity, optionally until a time. It is kept in the router's
// store.State, so every router sharing that State (every replica, with
// a shared store) sees it at its next Route; the State checks it in the
// same atomic step that assigns, so no lead reaches a rep after the call
// returns. A Route's trace shows a rep away this way as "away (live
// status)". It returns an error wrapping ErrUnknownRep for a rep the
// rules do not know.
func (r *Router) SetStatus(ctx context.Context, repID string, s Status) error {
	if _, ok := r.table.Load().repIdx[repID]; !ok {
		return fmt.Errorf("leadroute: set status: rep %q: %w", repID, ErrUnknownRep)
	}
	if s.MaxOpen < 0 {
		return fmt.Errorf("leadroute: set status: rep %q: MaxOpen %d is negative", repID, s.MaxOpen)
	}
	want := int64(0)
	switch {
	case !s.Until.IsZero() && !s.Until.After(r.clock.Now()):
		// Already lapsed: as configured.
	case s.Away:
		want = 1
	case s.MaxOpen > 0:
		want = min(int64(s.MaxOpen), 1<<52) + 1 // no wrap; exact in a Lua double
	}
	c := statusCounter(repID)
	for range maxConflicts {
		cur, err := r.state.Get(ctx, c)
		if err != nil {
			return fmt.Errorf("leadroute: set status: rep %q: %w", repID, err)
		}
		// A compare-and-set: a queue step records no decision (no
		// Decision ID) and applies its op only if the status is still
		// cur, so concurrent SetStatus calls never add up.
		step := store.Step{Queue: "#status", Ops: []store.Op{{Counter: c, Delta: want - cur, Expire: s.Until, Expect: cur, HasExpect: true}}}
		out, err := r.state.Commit(ctx, &step)
		if err != nil {
			return fmt.Errorf("leadroute: set status: rep %q: %w", repID, err)
		}
		if !out.Conflict {
			return nil
		}
	}
	return fmt.Errorf("leadroute: set status: rep %q: %w", repID, ErrContention)
}

// releaseOp is the idempotence key of releasing leadID from repID. The
// lengths make it unambiguous whatever the IDs contain.
func releaseOp(repID, leadID string) string {
	return "release:" + strconv.Itoa(len(repID)) + ":" + repID + ":" + leadID
}

// Pools describes every pool of the rules in force, in rule order (a rule's
// main pool, then its sub-pools by key). The reps are copies: changing them
// changes nothing.
func (r *Router) Pools() []PoolInfo {
	t := r.table.Load()
	var out []PoolInfo
	add := func(rule *compiledRule, p *pool) {
		reps := make([]*Rep, len(p.reps))
		for i, rp := range p.reps {
			c := *rp
			reps[i] = &c
		}
		out = append(out, PoolInfo{Key: p.key, Rule: rule.Name, Reps: reps, Strategy: rule.Strategy})
	}
	for i := range t.rules {
		rule := &t.rules[i]
		add(rule, rule.pool)
		for _, k := range slices.Sorted(maps.Keys(rule.pools)) {
			add(rule, rule.pools[k])
		}
	}
	return out
}

// State returns the router's fairness state store.
func (r *Router) State() store.State { return r.state }

// Rules returns the names of the rules in force, in order.
func (r *Router) Rules() []string {
	t := r.table.Load()
	out := make([]string, len(t.rules))
	for i := range t.rules {
		out[i] = t.rules[i].Name
	}
	return out
}

func openCounter(repID string) store.Counter {
	return store.Counter{Kind: "open", Member: repID}
}

// call is what one Route, Explain or Reroute asks of route.
type call struct {
	dry, trace bool
	leadID     bool // the decision ID is the lead's ID, as normalised
	exclude    []string
	decision   string
	round      uint32
	seen       bool
	past       []string
	ops        []store.Op
	ifPending  string // commit only while the decision is pending for this rep
}

// route routes *lp into *d, which must be the zero Decision. Route,
// Explain and Reroute pass their own results, so that the Decision is
// built in place rather than copied out.
func (r *Router) route(ctx context.Context, lp *Lead, c *call, d *Decision) (err error) {
	ps := r.scratch.Get().(*pickState)
	t := r.table.Load()
	ps.reset(r, t, ctx, c.dry, c.trace, c.exclude, c.decision)
	ps.round, ps.seen, ps.past, ps.baseOps, ps.leadID = c.round, c.seen, c.past, c.ops, c.leadID
	ps.ifPending = c.ifPending
	ps.lead = *lp
	defer func() {
		if p := recover(); p != nil {
			err = ps.panicked(p, lp.ID, d)
		}
	}()
	err = ps.run(d)
	d.Err = err
	ps.release()
	r.scratch.Put(ps)
	if r.logger != nil {
		r.log(ctx, *d, err)
	}
	return err
}

// panicked fills d with the fallback decision of a Route whose user code
// panicked mid-pick, with p, and returns its error. Nothing was committed
// (the commit is the last step and the store's own code does not panic);
// the scratch space may be inconsistent, so it is dropped rather than
// reused. leadID is the lead's ID as given.
func (ps *pickState) panicked(p any, leadID string, d *Decision) error {
	err := fmt.Errorf("leadroute: rule %q: %w: %v", ps.ruleName, ErrPanic, p)
	*d = Decision{LeadID: leadID, Queue: ps.t.fallback, Rule: ps.ruleName, At: ps.now, DryRun: ps.dry, Reason: "error: " + err.Error(), Err: err}
	if ps.r.logger != nil {
		ps.r.log(ps.ctx, *d, err)
	}
	return err
}

func (r *Router) log(ctx context.Context, d Decision, err error) {
	if err != nil {
		r.logger.LogAttrs(ctx, slog.LevelError, "leadroute: route failed", slog.String("lead", d.LeadID), slog.String("queue", d.Queue), slog.Any("err", err))
		return
	}
	if r.logger.Enabled(ctx, slog.LevelDebug) {
		r.logger.LogAttrs(ctx, slog.LevelDebug, "leadroute: decision",
			slog.String("lead", d.LeadID), slog.String("rep", d.RepID), slog.String("queue", d.Queue),
			slog.String("rule", d.Rule), slog.String("reason", d.Reason), slog.Bool("dry_run", d.DryRun))
	}
}

// serialFor returns the lock that serialises this process's routes whose
// commits conflict on the sequences that ops expect (a long-cycle
// weighted pool's counter), striped by the first such counter.
func (r *Router) serialFor(ops []store.Op) *sync.Mutex {
	for i := range ops {
		if op := &ops[i]; op.HasExpect {
			h := fnv32(op.Counter.Kind) ^ fnv32(op.Counter.Scope)*31 ^ fnv32(op.Counter.Member)*17
			return &r.serial[h%uint32(len(r.serial))]
		}
	}
	return &r.serial[0]
}

func fnv32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// uint64 returns the next random number: counter-based (SplitMix64) from the
// seed, so it is lock-free and reproducible for a sequential call stream, or
// from the injected source under a mutex.
func (r *Router) uint64() uint64 {
	if r.src != nil {
		r.srcMu.Lock()
		v := r.src.Uint64()
		r.srcMu.Unlock()
		return v
	}
	return splitmix(r.seed, r.seq.Add(1))
}

// splitmix is SplitMix64's output for the n'th step from seed.
func splitmix(seed, n uint64) uint64 {
	z := seed + n*0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}
