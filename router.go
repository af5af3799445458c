package leadroute

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
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
	logger   *slog.Logger
	observer func(Decision)
	trace    bool

	seed    uint64
	seq     atomic.Uint64
	srcMu   sync.Mutex
	src     rand.Source // nil: counter-based from seed
	scratch sync.Pool

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
	if s.state == nil {
		clk := s.clock
		s.state = store.NewMemory(store.MemoryOptions{Now: clk.Now})
	}
	t, err := buildTable(&s)
	if err != nil {
		return nil, err
	}
	r := &Router{
		clock:    s.clock,
		state:    s.state,
		logger:   s.logger,
		observer: s.observer,
		trace:    s.trace,
		src:      s.src,
		settings: s,
	}
	if s.seeded {
		r.seed = s.seed
	} else if s.src == nil {
		r.seed = rand.Uint64()
	}
	r.table.Store(t)
	r.scratch.New = func() any { return new(pickState) }
	return r, nil
}

// Reload replaces the rules, reps and/or fallback queue (only WithRules,
// WithReps and WithFallbackQueue are accepted; what is not given is kept).
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
		if probe.clock != nil || probe.state != nil || probe.logger != nil || probe.observer != nil || probe.seeded || probe.src != nil || probe.trace {
			return &ConfigError{Path: fmt.Sprintf("reload option %d", i), Err: errors.New("only WithRules, WithReps and WithFallbackQueue can change on reload")}
		}
		_ = o(&s)
	}
	t, err := buildTable(&s)
	if err != nil {
		return err
	}
	r.settings = s
	r.table.Store(t)
	return nil
}

// Route decides who gets the lead and commits the decision to the fairness
// state (rotations advance, counters count). Every call returns a Decision
// naming exactly one rep or queue, or an error; even with an error (the state
// store failed, say) the returned Decision names the fallback queue, so the
// lead is never lost.
//
// A lead whose ID was routed before (within store.IdempotencyWindow) gets
// the same rep again, with no new state change: retries are safe.
//
// Route allocates nothing when the router has no trace enabled, the lead is
// already normal, and the rules' matchers and strategies allocate nothing.
func (r *Router) Route(ctx context.Context, l Lead) (Decision, error) {
	d, err := r.route(ctx, &l, false, r.trace, nil, l.ID)
	if r.observer != nil {
		r.observer(d)
	}
	return d, err
}

// Explain is a dry run of Route: the same decision Route would make now,
// with the full trace, and no change to any state. (Two Explain calls in a
// row give the same answer; a Route in between may change it.)
func (r *Router) Explain(ctx context.Context, l Lead) (Decision, error) {
	return r.route(ctx, &l, true, true, nil, l.ID)
}

// Reroute routes a lead again, excluding the reps who already had it (an SLA
// was missed, say). If nobody else is eligible anywhere, it routes again
// allowing them, so that the lead still lands with someone.
func (r *Router) Reroute(ctx context.Context, l Lead, exclude ...string) (Decision, error) {
	// A reroute is a decision of its own: retrying the same reroute
	// replays it, a reroute with other exclusions is new.
	id := ""
	if l.ID != "" {
		ex := slices.Clone(exclude)
		slices.Sort(ex)
		id = l.ID + "\x00reroute\x00" + strings.Join(ex, "\x00")
	}
	d, err := r.route(ctx, &l, false, r.trace, exclude, id)
	if err == nil && d.RepID == "" && len(exclude) > 0 {
		if id != "" {
			id += "\x00any"
		}
		d2, err2 := r.route(ctx, &l, false, r.trace, nil, id)
		if err2 == nil && d2.RepID != "" {
			d2.Reason = "reroute: only previous assignees eligible; " + d2.Reason
			d, err = d2, nil
		}
	}
	if r.observer != nil {
		r.observer(d)
	}
	return d, err
}

// Release tells the router that a lead assigned to repID is no longer open
// (worked, closed or reassigned), lowering the rep's open count for
// MaxOpen. It is idempotent per rep and lead when leadID is not empty.
func (r *Router) Release(ctx context.Context, repID, leadID string) error {
	t := r.table.Load()
	if _, ok := t.repIdx[repID]; !ok {
		return fmt.Errorf("release %q: %w", repID, ErrUnknownRep)
	}
	op := ""
	if leadID != "" {
		op = "release\x00" + repID + "\x00" + leadID
	}
	_, err := r.state.Add(ctx, op, openCounter(repID), -1, time.Time{})
	return err
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

func (r *Router) route(ctx context.Context, lp *Lead, dry, trace bool, exclude []string, decision string) (Decision, error) {
	ps := r.scratch.Get().(*pickState)
	ps.reset(r, r.table.Load(), ctx, dry, trace, exclude, decision)
	ps.lead = *lp
	d, err := ps.run()
	ps.release()
	r.scratch.Put(ps)
	if r.logger != nil {
		r.log(ctx, d, err)
	}
	return d, err
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
