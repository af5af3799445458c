package otelmetrics

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"

	"github.com/leadroute/leadroute"
)

// ScopeName is the instrumentation scope of the meter: the package path.
const ScopeName = "github.com/leadroute/leadroute/otelmetrics"

// MaxAttributeSets bounds the distinct attribute sets kept per instrument
// (see the package doc).
const MaxAttributeSets = 1000

// Other replaces a rule or reason once MaxAttributeSets is reached.
const Other = "other"

// DurationBuckets are the histograms' bucket boundaries, in seconds: 1µs
// to 1s.
var DurationBuckets = []float64{
	1e-6, 2.5e-6, 5e-6, 1e-5, 2.5e-5, 5e-5, 1e-4, 2.5e-4, 5e-4,
	1e-3, 2.5e-3, 5e-3, 1e-2, 2.5e-2, 5e-2, 0.1, 0.25, 0.5, 1,
}

// Outcomes of a decision, the "outcome" attribute.
const (
	OutcomeRep      = "rep"
	OutcomeQueue    = "queue"
	OutcomeFallback = "fallback"
	OutcomeReplay   = "replay"
	OutcomeError    = "error"
)

// Outcome classifies a decision as the "outcome" attribute does: error
// (d.Err set), replay, rep, fallback (queued with no rule) or queue.
func Outcome(d leadroute.Decision) string {
	switch {
	case d.Err != nil:
		return OutcomeError
	case d.Replay:
		return OutcomeReplay
	case d.RepID != "":
		return OutcomeRep
	case d.Rule == "":
		return OutcomeFallback
	}
	return OutcomeQueue
}

// Options configure New, which reads them once.
type Options struct {
	// MeterProvider provides the meter. Required.
	MeterProvider metric.MeterProvider
}

// Metrics records a Router's metrics (see the package doc). Attach it
// with leadroute.WithObservers, and wrap the router's store with State.
//
// A Metrics is safe for concurrent use; one may serve several routers,
// whose measurements then add up.
type Metrics struct {
	decisions    metric.Int64Counter
	queued       metric.Int64Counter
	routeTime    metric.Float64Histogram
	storeTime    metric.Float64Histogram
	storeErrors  metric.Int64Counter
	decisionSets attrCache // rule, outcome
	queueSets    attrCache // queue, reason
	outcomeSets  map[string][]metric.RecordOption
	opSets       map[string]opAttrs
}

type opAttrs struct {
	record []metric.RecordOption
	add    []metric.AddOption
}

// New creates the instruments on a meter of opts.MeterProvider.
func New(opts Options) (*Metrics, error) {
	if opts.MeterProvider == nil {
		return nil, errors.New("otelmetrics: nil MeterProvider")
	}
	meter := opts.MeterProvider.Meter(ScopeName)
	m := &Metrics{}
	var err, e error
	m.decisions, e = meter.Int64Counter("leadroute.decisions", metric.WithUnit("{decision}"),
		metric.WithDescription("Decisions returned by Route and Reroute, by rule and outcome (rep, queue, fallback, replay, error)."))
	err = errors.Join(err, e)
	m.queued, e = meter.Int64Counter("leadroute.queued", metric.WithUnit("{lead}"),
		metric.WithDescription("Leads queued, by queue and reason (replays and errors excepted)."))
	err = errors.Join(err, e)
	m.routeTime, e = meter.Float64Histogram("leadroute.route.duration", metric.WithUnit("s"),
		metric.WithDescription("Time taken by Route and Reroute, by outcome."), metric.WithExplicitBucketBoundaries(DurationBuckets...))
	err = errors.Join(err, e)
	m.storeTime, e = meter.Float64Histogram("leadroute.store.duration", metric.WithUnit("s"),
		metric.WithDescription("Time taken by fairness store calls, by operation."), metric.WithExplicitBucketBoundaries(DurationBuckets...))
	err = errors.Join(err, e)
	m.storeErrors, e = meter.Int64Counter("leadroute.store.errors", metric.WithUnit("{error}"),
		metric.WithDescription("Fairness store calls that returned an error, by operation."))
	err = errors.Join(err, e)
	if err != nil {
		return nil, err
	}
	m.decisionSets.keys = [2]string{"rule", "outcome"}
	m.queueSets.keys = [2]string{"queue", "reason"}
	m.outcomeSets = map[string][]metric.RecordOption{}
	for _, o := range []string{OutcomeRep, OutcomeQueue, OutcomeFallback, OutcomeReplay, OutcomeError} {
		m.outcomeSets[o] = []metric.RecordOption{metric.WithAttributeSet(attribute.NewSet(attribute.String("outcome", o)))}
	}
	m.opSets = map[string]opAttrs{}
	for _, op := range []string{opCommit, opRecall, opGet, opAdd, opGetMany, opAccept, opDue, opRank} {
		set := attribute.NewSet(attribute.String("operation", op))
		m.opSets[op] = opAttrs{record: []metric.RecordOption{metric.WithAttributeSet(set)}, add: []metric.AddOption{metric.WithAttributeSet(set)}}
	}
	return m, nil
}

var _ leadroute.Observer = (*Metrics)(nil)

// Observe records one decision and how long it took; it makes Metrics a
// leadroute.Observer.
func (m *Metrics) Observe(o leadroute.Observation) {
	ctx := context.Background()
	d := &o.Decision
	outcome := Outcome(*d)
	m.decisions.Add(ctx, 1, m.decisionSets.get(d.Rule, outcome, 0)...)
	m.routeTime.Record(ctx, o.Elapsed.Seconds(), m.outcomeSets[outcome]...)
	if outcome == OutcomeQueue || outcome == OutcomeFallback {
		m.queued.Add(ctx, 1, m.queueSets.get(d.Queue, d.Reason, 1)...)
	}
}

// attrCache holds the attribute sets of a two-attribute instrument as
// ready options, copied on write, so that lookups take no lock and
// allocate nothing.
type attrCache struct {
	keys [2]string
	m    atomic.Pointer[map[[2]string][]metric.AddOption]
	mu   sync.Mutex
}

// get returns the options for the values a and b. Past MaxAttributeSets
// sets, a new pair has its value at index other (0 or 1) replaced by
// Other.
func (c *attrCache) get(a, b string, other int) []metric.AddOption {
	k := [2]string{a, b}
	if p := c.m.Load(); p != nil {
		if o, ok := (*p)[k]; ok {
			return o
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	var cur map[[2]string][]metric.AddOption
	if p := c.m.Load(); p != nil {
		cur = *p
		if o, ok := cur[k]; ok {
			return o
		}
	}
	if len(cur) >= MaxAttributeSets {
		// Sets with Other are few: one per value of the other attribute
		// (an outcome, or a queue of the rules).
		k[other] = Other
		if o, ok := cur[k]; ok {
			return o
		}
	}
	next := make(map[[2]string][]metric.AddOption, len(cur)+1)
	for key, o := range cur {
		next[key] = o
	}
	o := []metric.AddOption{metric.WithAttributeSet(attribute.NewSet(attribute.String(c.keys[0], k[0]), attribute.String(c.keys[1], k[1])))}
	next[k] = o
	c.m.Store(&next)
	return o
}
