package sim

import (
	"container/heap"
	"context"
	"errors"
	"fmt"
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
	// WorkTime, if positive, releases every assigned lead (Router.Release)
	// once the virtual clock has passed its assignment by WorkTime, so that
	// reps' MaxOpen limits free up as they would in real life. Zero means
	// assigned leads stay open for the whole run.
	WorkTime time.Duration
	// Reps lists the reps, so that reps who got no lead at all still appear
	// in the report and weighted pools use their weights. Optional.
	Reps []leadroute.Rep
	// Rules lists the router's rules, so that the report knows each pool's
	// members (Rule.Pool and Rule.Pools) rather than learning them from
	// traces, and which pools are weighted (a Strategy whose String
	// mentions "weight"). Optional; config's (*Config).Rules returns them.
	Rules []leadroute.Rule
	// Seed, if not zero, is passed to the router as WithSeed, so weighted
	// random picks are reproducible. (Builders may set their own.)
	Seed uint64
	// OnDecision, if not nil, is called with every lead (as given, before
	// normalisation) and its decision, in order, from the goroutine that
	// called Run or Diff (for Diff: with the new rules' decision).
	OnDecision func(l leadroute.Lead, d leadroute.Decision)
	// Progress, if not nil, is called with the number of leads routed so
	// far every 1,024 leads and once at the end, from the goroutine that
	// called Run or Diff.
	Progress func(done int)
	// MaxErrors is how many route error messages the report keeps (they
	// are all counted). Default 10.
	MaxErrors int
}

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
// CreatedAt order; the report counts leads that go back in time). Run stops
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
	open    openHeap
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
	rn.clk.Set(t)
	if rn.opts.WorkTime > 0 {
		for len(rn.open) > 0 && !rn.open[0].due.After(t) {
			o := heap.Pop(&rn.open).(openLead)
			_ = rn.r.Release(rn.ctx, o.rep, o.lead)
		}
	}
	d, err := rn.r.Route(rn.ctx, l)
	rn.acc.add(l, t, d, err)
	if rn.opts.WorkTime > 0 && d.RepID != "" {
		heap.Push(&rn.open, openLead{due: t.Add(rn.opts.WorkTime), rep: d.RepID, lead: l.ID})
	}
	return d
}

func (rn *runner) report() *Report { return rn.acc.finish() }

type openLead struct {
	due       time.Time
	rep, lead string
}

// openHeap orders open leads by when they are released.
type openHeap []openLead

func (h openHeap) Len() int           { return len(h) }
func (h openHeap) Less(i, j int) bool { return h[i].due.Before(h[j].due) }
func (h openHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *openHeap) Push(x any)        { *h = append(*h, x.(openLead)) }
func (h *openHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func errorf(format string, args ...any) error { return fmt.Errorf("sim: "+format, args...) }
