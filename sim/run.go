package sim

import (
	"container/heap"
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/leadroute/leadroute"
)

// BuildFunc builds the router to simulate. It must pass the options it is
// given to [leadroute.New] (last, so that they win), or to a loader that
// does, such as config's (*Config).Build, which has this very signature:
//
//	sim.Run(ctx, cfg.Build, leads, sim.Options{})
//
// The simulation passes WithClock (a [leadroute.ManualClock] it sets) and WithTrace(true);
// Run checks that the router really uses the clock. BuildFunc is called
// once per Run (twice per Diff), from the calling goroutine.
type BuildFunc func(opts ...leadroute.Option) (*leadroute.Router, error)

// Options tunes a simulation. The zero value means the defaults documented
// on each field.
type Options struct {
	// Location is the time zone of the report's days and of the hours of the
	// week in coverage gaps. Default: UTC.
	Location *time.Location
	// Start is the virtual time used for leads without a CreatedAt before
	// the first lead that has one. Later leads without a CreatedAt are
	// routed at the previous lead's time. Default: the Unix epoch.
	Start time.Time
	// WorkTime is how long a rep works an assigned lead: the simulation
	// releases it (Router.Release) once the virtual clock has passed its
	// assignment by WorkTime, so that reps' MaxOpen limits and
	// LeastLoaded's open counts free up as they would in real life. Zero
	// means DefaultWorkTime; a negative WorkTime (such as [KeepOpen])
	// keeps every assigned lead open for the whole run. The report states
	// the work time used (Report.WorkTime).
	WorkTime time.Duration
	// Events are live status changes (a rep goes on a break, comes back,
	// takes fewer leads), applied with Router.SetStatus when the virtual
	// clock reaches their At, before the leads created at or after it are
	// routed. They need not be sorted: Run applies them in At order (ties
	// in the order given). [ReadEvents] reads them from JSON Lines.
	Events []StatusEvent
	// Accept models how long reps take to accept the leads that rules
	// with an accept deadline (Rule.AcceptWithin) assign them. The zero
	// value means reps accept at once. See [AcceptModel].
	Accept AcceptModel
	// CheckEvery is how often, on the virtual clock, the simulation calls
	// Router.Overdue and reroutes the overdue leads (Router.Reroute), as a
	// host's ticker would. Zero means DefaultCheckEvery. Checks run only
	// while some assignment with a deadline is pending.
	CheckEvery time.Duration
	// Reps lists the reps, so that reps who got no lead at all still appear
	// in the report and weighted pools use their weights. Optional.
	Reps []leadroute.Rep
	// Rules lists the router's rules, so that the report knows each pool's
	// members (Rule.Pool and Rule.Pools) and strategy even when the router
	// does not list them (Router.Pools does, and wins). Optional; config's
	// (*Config).Rules returns them.
	Rules []leadroute.Rule
	// Seed, if not zero, is passed to the router as WithSeed, so weighted
	// random picks are reproducible (builders may set their own), and
	// seeds the acceptance delays (Accept).
	Seed uint64
	// OnDecision, if not nil, is called with every lead (as given, before
	// normalisation) and its decision, in order, from the goroutine that
	// called Run or Diff (for Diff: with the new rules' decision). It is
	// not called for the reroutes of overdue leads (see Report.SLA).
	OnDecision func(l leadroute.Lead, d leadroute.Decision)
	// Progress, if not nil, is called with the number of leads routed so
	// far every 1,024 leads and once at the end, from the goroutine that
	// called Run or Diff.
	Progress func(done int)
	// MaxErrors is how many route error messages the report keeps (they
	// are all counted). Default 10.
	MaxErrors int
}

// DefaultWorkTime is the work time used when Options.WorkTime is zero:
// half a working day.
const DefaultWorkTime = 4 * time.Hour

// KeepOpen, as Options.WorkTime, keeps every assigned lead open for the
// whole run (no lead is ever released).
const KeepOpen time.Duration = -1

// DefaultCheckEvery is how often the simulation looks for overdue leads
// when Options.CheckEvery is zero.
const DefaultCheckEvery = 5 * time.Minute

// ErrClockNotUsed is returned by Run and Diff when the router the
// BuildFunc returned does not use the simulation's clock (the BuildFunc
// dropped its options). Check with errors.Is.
var ErrClockNotUsed = errors.New("sim: the router does not use the simulation clock: the BuildFunc must pass its options to leadroute.New")

// probeTime is an unlikely instant used to check that a router uses the
// simulation's clock.
var probeTime = time.Date(2001, time.February, 3, 4, 5, 6, 7, time.UTC)

// Run replays leads through the router that build returns, on a virtual
// clock set to each lead's CreatedAt before it is routed, and reports what
// happened: per rep, per rule, per queue, fairness, coverage gaps and lead
// problems. Reps' working hours, out-of-office periods and caps are in
// force, because the router applies them at the virtual time.
//
// Leads are routed one at a time, in the order given (which should be
// CreatedAt order; the report counts leads that go back in time). Between
// leads, the virtual clock visits the times at which something else
// happens, in time order: status events (Options.Events) are applied,
// reps accept leads (Options.Accept), overdue leads are rerouted
// (Options.CheckEvery) and worked leads are released (Options.WorkTime).
// After the last lead, pending acceptances, checks and reroutes run to
// their end, so that every deadline is settled; releases and status
// events after the last lead are not applied. Run stops
// at the first error from the Source or when ctx is done, and returns
// that error with no report. Route errors do not stop the run: the lead is
// counted in the fallback queue (as the router decided) and in Errors.
//
// Run is safe for concurrent use (each call builds its own router and
// clock), provided build is.
func Run(ctx context.Context, build BuildFunc, leads Source, opts Options) (*Report, error) {
	rn, err := newRunner(ctx, build, opts)
	if err != nil {
		return nil, err
	}
	done := 0
	for l, err := range leads {
		if err != nil {
			return nil, err
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		d := rn.step(l)
		if rn.err != nil {
			return nil, rn.err
		}
		if opts.OnDecision != nil {
			opts.OnDecision(l, d)
		}
		done++
		if opts.Progress != nil && done%1024 == 0 {
			opts.Progress(done)
		}
	}
	if opts.Progress != nil {
		opts.Progress(done)
	}
	rn.drain()
	if rn.err != nil {
		return nil, rn.err
	}
	return rn.report(), nil
}

// runner routes one simulation's leads and accumulates its report.
type runner struct {
	ctx     context.Context
	r       *leadroute.Router
	clk     *leadroute.ManualClock
	opts    Options
	acc     *accum
	last    time.Time
	started bool
	events  eventHeap
	seq     int
	live    *live // acceptances and deadlines
	err     error // ctx's error, when it ended the run between leads
}

func newRunner(ctx context.Context, build BuildFunc, opts Options) (*runner, error) {
	if build == nil {
		return nil, errors.New("sim: nil BuildFunc")
	}
	if opts.Location == nil {
		opts.Location = time.UTC
	}
	if opts.MaxErrors == 0 {
		opts.MaxErrors = 10
	}
	if opts.Start.IsZero() {
		opts.Start = time.Unix(0, 0).UTC()
	}
	if opts.WorkTime == 0 {
		opts.WorkTime = DefaultWorkTime
	}
	if opts.CheckEvery <= 0 {
		opts.CheckEvery = DefaultCheckEvery
	}
	if err := opts.Accept.check(); err != nil {
		return nil, err
	}
	clk := leadroute.NewManualClock(probeTime)
	bo := []leadroute.Option{leadroute.WithClock(clk), leadroute.WithTrace(true)}
	if opts.Seed != 0 {
		bo = append(bo, leadroute.WithSeed(opts.Seed))
	}
	r, err := build(bo...)
	if err != nil {
		return nil, err
	}
	if r == nil {
		return nil, errors.New("sim: BuildFunc returned a nil router")
	}
	d, _ := r.Explain(ctx, leadroute.Lead{ID: "sim-clock-probe"})
	if !d.At.Equal(probeTime) {
		return nil, ErrClockNotUsed
	}
	rn := &runner{ctx: ctx, r: r, clk: clk, opts: opts, acc: newAccum(opts, r)}
	rn.live = newLive(opts)
	evs := slices.Clone(opts.Events)
	slices.SortStableFunc(evs, func(a, b StatusEvent) int { return a.At.Compare(b.At) })
	for _, ev := range evs {
		rn.push(event{at: ev.At, kind: evStatus, rep: ev.Rep, status: ev.Status})
	}
	return rn, nil
}

// step routes one lead at its virtual time.
func (rn *runner) step(l leadroute.Lead) leadroute.Decision {
	t := l.CreatedAt
	switch {
	case t.IsZero() && rn.started:
		t = rn.last
		rn.acc.rep.MissingTime++
	case t.IsZero():
		t = rn.opts.Start
		rn.acc.rep.MissingTime++
	case rn.started && t.Before(rn.last):
		rn.acc.rep.OutOfOrder++
	}
	rn.started = true
	rn.last = t
	rn.until(t, true)
	rn.clk.Set(t)
	d, err := rn.r.Route(rn.ctx, l)
	rn.acc.add(l, t, d, err)
	rn.assigned(l, d, t)
	return d
}

// assigned schedules what follows an assignment made at t: its release
// after the work time and, under an accept deadline, its acceptance.
func (rn *runner) assigned(l leadroute.Lead, d leadroute.Decision, t time.Time) {
	if d.RepID == "" {
		return
	}
	if rn.opts.WorkTime > 0 {
		rn.push(event{at: t.Add(rn.opts.WorkTime), kind: evRelease, rep: d.RepID, lead: l.ID})
	}
	// A replayed decision (a repeated lead ID) is not a new assignment.
	if !d.Deadline.IsZero() && l.ID != "" && !d.Replay {
		if at, ok := rn.live.assign(l, d, t); ok {
			rn.push(event{at: at, kind: evAccept, rep: d.RepID, lead: l.ID, gen: rn.live.pending[l.ID].gen})
		}
		rn.scheduleCheck(t)
	}
}

// scheduleCheck makes sure an overdue check is scheduled after t, at the
// next multiple of CheckEvery since the Unix epoch.
func (rn *runner) scheduleCheck(t time.Time) {
	next := t.Truncate(rn.opts.CheckEvery).Add(rn.opts.CheckEvery)
	if !rn.live.checkAt.IsZero() && !rn.live.checkAt.After(next) && rn.live.checkAt.After(t) {
		return
	}
	rn.live.checkAt = next
	rn.push(event{at: next, kind: evCheck})
}

// until runs the scheduled events up to t (inclusive), in time order.
// With all false (after the last lead) it runs only acceptances and
// checks, while some deadline is pending.
func (rn *runner) until(t time.Time, all bool) {
	for len(rn.events) > 0 && (!all || !rn.events[0].at.After(t)) {
		if err := rn.ctx.Err(); err != nil {
			rn.err = err
			return
		}
		ev := heap.Pop(&rn.events).(event)
		if !all && (ev.kind == evStatus || ev.kind == evRelease) {
			continue
		}
		rn.clk.Set(ev.at)
		switch ev.kind {
		case evStatus:
			err := rn.r.SetStatus(rn.ctx, ev.rep, ev.status)
			rn.acc.status(ev, err)
		case evRelease:
			_ = rn.r.Release(rn.ctx, ev.rep, ev.lead)
		case evAccept:
			rn.live.accept(rn.ctx, rn.r, ev)
		case evCheck:
			if ev.at.Equal(rn.live.checkAt) {
				rn.live.checkAt = time.Time{}
			}
			rn.check(ev.at)
		}
	}
}

// drain settles the deadlines still pending after the last lead.
func (rn *runner) drain() {
	if rn.err == nil {
		rn.until(time.Time{}, false)
	}
}

// check reroutes the overdue leads at t.
func (rn *runner) check(t time.Time) {
	due, err := rn.r.Overdue(rn.ctx, -1)
	if err != nil {
		rn.acc.routeErr("overdue", err)
		return
	}
	for _, a := range due {
		p := rn.live.pending[a.LeadID]
		if p == nil || p.rep != a.RepID {
			continue // not ours, or already moved
		}
		d, err := rn.r.RerouteOverdue(rn.ctx, p.lead, a)
		if err != nil {
			rn.acc.routeErr(a.LeadID, err)
		}
		rn.live.overdue(p, a, d)
		rn.assigned(p.lead, d, t)
	}
	// An assignment whose deadline passed before the previous check and
	// that Overdue did not list is no longer pending in the router (a
	// repeated lead ID replaced it, say): stop following it.
	stale := t.Add(-rn.opts.CheckEvery)
	for id, p := range rn.live.pending {
		if p.deadline.Before(stale) {
			delete(rn.live.pending, id)
			rn.live.stats(p.rule, p.rep, func(s *SLAStats) { s.Unsettled++ })
		}
	}
	if len(rn.live.pending) > 0 {
		rn.scheduleCheck(t)
	}
}

func (rn *runner) push(ev event) {
	ev.seq = rn.seq
	rn.seq++
	heap.Push(&rn.events, ev)
}

func (rn *runner) report() *Report {
	rep := rn.acc.finish()
	rep.SLA = rn.live.report(rn.acc)
	return rep
}

// eventKind orders events that fall on the same instant: status changes
// first, then acceptances, then overdue checks, then releases.
type eventKind int

const (
	evStatus eventKind = iota
	evAccept
	evCheck
	evRelease
)

// event is something that happens on the virtual clock between leads.
type event struct {
	at        time.Time
	kind      eventKind
	seq       int
	rep, lead string
	status    leadroute.Status
	gen       int // evAccept: the assignment it accepts
}

// eventHeap orders events by time, kind and scheduling order.
type eventHeap []event

func (h eventHeap) Len() int { return len(h) }
func (h eventHeap) Less(i, j int) bool {
	if c := h[i].at.Compare(h[j].at); c != 0 {
		return c < 0
	}
	if h[i].kind != h[j].kind {
		return h[i].kind < h[j].kind
	}
	return h[i].seq < h[j].seq
}
func (h eventHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *eventHeap) Push(x any)   { *h = append(*h, x.(event)) }
func (h *eventHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func errorf(format string, args ...any) error { return fmt.Errorf("sim: "+format, args...) }
