package otelmetrics_test

import (
	"context"
	"errors"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/otel/attribute"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	"go.opentelemetry.io/otel/sdk/metric/metricdata"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/otelmetrics"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
)

var monday = time.Date(2026, 11, 23, 15, 0, 0, 0, time.UTC)

func newMetrics(t *testing.T) (*otelmetrics.Metrics, *sdkmetric.ManualReader) {
	t.Helper()
	reader := sdkmetric.NewManualReader()
	m, err := otelmetrics.New(otelmetrics.Options{MeterProvider: sdkmetric.NewMeterProvider(sdkmetric.WithReader(reader))})
	require.NoError(t, err)
	return m, reader
}

// collected is what a reader collected, by metric name.
type collected map[string]metricdata.Aggregation

func collect(t *testing.T, r *sdkmetric.ManualReader) collected {
	t.Helper()
	var rm metricdata.ResourceMetrics
	require.NoError(t, r.Collect(context.Background(), &rm))
	out := collected{}
	for _, sm := range rm.ScopeMetrics {
		assert.Equal(t, otelmetrics.ScopeName, sm.Scope.Name)
		for _, m := range sm.Metrics {
			out[m.Name] = m.Data
		}
	}
	return out
}

// key renders an attribute set as "k=v,k=v".
func key(s attribute.Set) string {
	var b []byte
	for i, kv := range s.ToSlice() {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, string(kv.Key)+"="+kv.Value.AsString()...)
	}
	return string(b)
}

// sums returns a counter's values by attribute set.
func (c collected) sums(t *testing.T, name string) map[string]int64 {
	t.Helper()
	out := map[string]int64{}
	data, ok := c[name]
	if !ok {
		return out
	}
	sum, ok := data.(metricdata.Sum[int64])
	require.True(t, ok, "%s is %T", name, data)
	assert.True(t, sum.IsMonotonic, name)
	for _, dp := range sum.DataPoints {
		out[key(dp.Attributes)] = dp.Value
	}
	return out
}

// hist returns a histogram's data points by attribute set.
func (c collected) hist(t *testing.T, name string) map[string]metricdata.HistogramDataPoint[float64] {
	t.Helper()
	out := map[string]metricdata.HistogramDataPoint[float64]{}
	data, ok := c[name]
	if !ok {
		return out
	}
	h, ok := data.(metricdata.Histogram[float64])
	require.True(t, ok, "%s is %T", name, data)
	for _, dp := range h.DataPoints {
		assert.Equal(t, otelmetrics.DurationBuckets, dp.Bounds, name)
		out[key(dp.Attributes)] = dp
	}
	return out
}

func TestDecisionsQueuesAndLatency(t *testing.T) {
	m, reader := newMetrics(t)
	r, err := leadroute.New(
		leadroute.WithClock(leadroute.ClockFunc(func() time.Time { return monday })),
		leadroute.WithState(m.State(store.NewMemory(store.MemoryOptions{Clock: leadroute.ClockFunc(func() time.Time { return monday })}))),
		leadroute.WithObservers(m),
		leadroute.WithReps(leadroute.Rep{ID: "dan", DailyCap: 1}),
		leadroute.WithRules(
			leadroute.Rule{Name: "vip", Match: leadroute.MatcherFunc(func(l *leadroute.Lead) bool { return l.Score >= 90 }), Strategy: strategies.Queue("vip-desk")},
			leadroute.Rule{Name: "us", Match: leadroute.MatcherFunc(func(l *leadroute.Lead) bool { return l.Country == "US" }),
				Pool: []string{"dan"}, Strategy: strategies.RoundRobin(), Overflow: "us-overflow"},
		),
		leadroute.WithFallbackQueue("triage"),
	)
	require.NoError(t, err)
	ctx := context.Background()
	for _, l := range []leadroute.Lead{
		{ID: "L1", Country: "US"},  // dan
		{ID: "L2", Country: "US"},  // dan is at his cap: overflow
		{ID: "L3", Score: 95},      // the vip desk
		{ID: "L4", Country: "DE"},  // no rule: fallback
		{ID: "L1", Country: "US"},  // a retry: replay
		{ID: "L5", Country: "US"},  // overflow again
		{ID: "L6", Country: "DE"},  // fallback again
		{ID: "L7", Country: "XX"},  // and again
		{ID: "L3", Score: 95},      // replay of a queue
		{ID: "L8", Country: "USA"}, // normalised to US: overflow
	} {
		_, err := r.Route(ctx, l)
		require.NoError(t, err)
	}
	_, err = r.Explain(ctx, leadroute.Lead{ID: "L9", Country: "US"})
	require.NoError(t, err)

	c := collect(t, reader)
	assert.Equal(t, map[string]int64{
		"outcome=rep,rule=us":     1,
		"outcome=queue,rule=us":   3,
		"outcome=queue,rule=vip":  1,
		"outcome=fallback,rule=":  3,
		"outcome=replay,rule=us":  1,
		"outcome=replay,rule=vip": 1,
	}, c.sums(t, "leadroute.decisions"), "Explain is not counted")
	assert.Equal(t, map[string]int64{
		"queue=us-overflow,reason=overflow: its one rep at daily cap": 3,
		"queue=vip-desk,reason=queue":                                 1,
		"queue=triage,reason=no rule decided":                         3,
	}, c.sums(t, "leadroute.queued"))

	lat := c.hist(t, "leadroute.route.duration")
	counts := map[string]uint64{}
	for k, dp := range lat {
		counts[k] = dp.Count
		assert.Positive(t, dp.Sum, k)
		assert.Less(t, dp.Sum, 10.0, k)
	}
	assert.Equal(t, map[string]uint64{"outcome=rep": 1, "outcome=queue": 4, "outcome=fallback": 3, "outcome=replay": 2}, counts)

	st := c.hist(t, "leadroute.store.duration")
	require.Contains(t, st, "operation=commit")
	assert.GreaterOrEqual(t, st["operation=commit"].Count, uint64(8), "a commit per new decision")
	assert.Empty(t, c.sums(t, "leadroute.store.errors"))
}

// fakeState answers every call with its fields, and counts calls.
type fakeState struct {
	err   error
	calls map[string]int
}

func (f *fakeState) Commit(context.Context, *store.Step) (store.Outcome, error) {
	f.calls["commit"]++
	return store.Outcome{Index: 3}, f.err
}
func (f *fakeState) Recall(_ context.Context, id string) (store.Record, bool, error) {
	f.calls["recall"]++
	return store.Record{Member: "rep-" + id}, true, f.err
}
func (f *fakeState) Get(context.Context, store.Counter) (int64, error) {
	f.calls["get"]++
	return 7, f.err
}
func (f *fakeState) Add(_ context.Context, _ string, _ store.Counter, delta int64, _ time.Time) (int64, error) {
	f.calls["add"]++
	return delta, f.err
}

// fakeBatchState is a fakeState that is also a store.BatchGetter.
type fakeBatchState struct{ *fakeState }

func (f fakeBatchState) GetMany(_ context.Context, cs []store.Counter, out []int64) error {
	f.calls["get_many"]++
	for i := range cs {
		out[i] = int64(i + 1)
	}
	return f.err
}

func TestStateDecoratorPassesThroughTimesAndCounts(t *testing.T) {
	errDown := errors.New("store down")
	for _, tt := range []struct {
		name  string
		err   error
		batch bool
	}{
		{"ok", nil, false},
		{"failing", errDown, false},
		{"batching ok", nil, true},
		{"batching failing", errDown, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, reader := newMetrics(t)
			fake := &fakeState{err: tt.err, calls: map[string]int{}}
			var inner store.State = fake
			if tt.batch {
				inner = fakeBatchState{fake}
			}
			st := m.State(inner)
			_, isBatch := st.(store.BatchGetter)
			require.Equal(t, tt.batch, isBatch, "BatchGetter is kept exactly when the store has it")

			ctx := context.Background()
			for range 2 {
				o, err := st.Commit(ctx, &store.Step{})
				assert.Equal(t, store.Outcome{Index: 3}, o)
				assert.Equal(t, tt.err, err)
			}
			rec, found, err := st.Recall(ctx, "L1")
			assert.Equal(t, store.Record{Member: "rep-L1"}, rec)
			assert.True(t, found)
			assert.Equal(t, tt.err, err)
			n, err := st.Get(ctx, store.Counter{})
			assert.Equal(t, int64(7), n)
			assert.Equal(t, tt.err, err)
			n, err = st.Add(ctx, "op", store.Counter{}, 5, time.Time{})
			assert.Equal(t, int64(5), n)
			assert.Equal(t, tt.err, err)
			if tt.batch {
				out := make([]int64, 2)
				err := st.(store.BatchGetter).GetMany(ctx, make([]store.Counter, 2), out)
				assert.Equal(t, []int64{1, 2}, out)
				assert.Equal(t, tt.err, err)
			}

			c := collect(t, reader)
			durations := map[string]int{}
			for k, dp := range c.hist(t, "leadroute.store.duration") {
				durations[k] = int(dp.Count)
			}
			want := map[string]int{}
			for op, n := range fake.calls {
				want["operation="+op] = n
			}
			assert.Equal(t, want, durations, "every call timed")
			wantErrs := map[string]int64{}
			if tt.err != nil {
				for op, n := range fake.calls {
					wantErrs["operation="+op] = int64(n)
				}
			}
			assert.Equal(t, wantErrs, c.sums(t, "leadroute.store.errors"))
		})
	}
}

func TestRouteErrorsAreCounted(t *testing.T) {
	m, reader := newMetrics(t)
	fake := &fakeState{err: errors.New("store down"), calls: map[string]int{}}
	r, err := leadroute.New(
		leadroute.WithState(m.State(fake)),
		leadroute.WithObservers(m),
		leadroute.WithReps(leadroute.Rep{ID: "dan"}),
		leadroute.WithRules(leadroute.Rule{Name: "all", Match: leadroute.MatcherFunc(func(*leadroute.Lead) bool { return true }),
			Pool: []string{"dan"}, Strategy: strategies.RoundRobin()}),
	)
	require.NoError(t, err)
	for i := range 3 {
		d, err := r.Route(context.Background(), leadroute.Lead{ID: "L" + strconv.Itoa(i)})
		require.Error(t, err)
		require.Equal(t, otelmetrics.OutcomeError, otelmetrics.Outcome(d))
	}
	c := collect(t, reader)
	assert.Equal(t, map[string]int64{"outcome=error,rule=all": 3}, c.sums(t, "leadroute.decisions"))
	assert.Empty(t, c.sums(t, "leadroute.queued"), "an error is not a queue reason")
	errs := c.sums(t, "leadroute.store.errors")
	assert.Equal(t, int64(fake.calls["commit"]), errs["operation=commit"])
	assert.Positive(t, errs["operation=commit"])
}

func TestOutcome(t *testing.T) {
	for _, tt := range []struct {
		d    leadroute.Decision
		want string
	}{
		{leadroute.Decision{RepID: "dan", Rule: "r"}, otelmetrics.OutcomeRep},
		{leadroute.Decision{Queue: "q", Rule: "r"}, otelmetrics.OutcomeQueue},
		{leadroute.Decision{Queue: "triage"}, otelmetrics.OutcomeFallback},
		{leadroute.Decision{RepID: "dan", Rule: "r", Replay: true}, otelmetrics.OutcomeReplay},
		{leadroute.Decision{Queue: "triage", Replay: true}, otelmetrics.OutcomeReplay},
		{leadroute.Decision{Queue: "triage", Rule: "r", Err: errors.New("x")}, otelmetrics.OutcomeError},
	} {
		assert.Equal(t, tt.want, otelmetrics.Outcome(tt.d), "%+v", tt.d)
	}
}

func TestAttributeSetsAreBounded(t *testing.T) {
	m, reader := newMetrics(t)
	const extra = 50
	for i := range otelmetrics.MaxAttributeSets + extra {
		m.Observe(leadroute.Observation{Decision: leadroute.Decision{RepID: "dan", Rule: "rule-" + strconv.Itoa(i)}, Elapsed: time.Microsecond})
	}
	m.Observe(leadroute.Observation{Decision: leadroute.Decision{Queue: "q", Rule: "rule-0"}})   // a new pair of a known rule
	m.Observe(leadroute.Observation{Decision: leadroute.Decision{RepID: "dan", Rule: "rule-1"}}) // a known pair
	sums := collect(t, reader).sums(t, "leadroute.decisions")
	assert.Len(t, sums, otelmetrics.MaxAttributeSets+2)
	assert.Equal(t, int64(extra), sums["outcome=rep,rule=other"])
	assert.Equal(t, int64(1), sums["outcome=queue,rule=other"])
	assert.Equal(t, int64(2), sums["outcome=rep,rule=rule-1"])
}

func TestNewNeedsAMeterProvider(t *testing.T) {
	_, err := otelmetrics.New(otelmetrics.Options{})
	assert.ErrorContains(t, err, "nil MeterProvider")
}

func TestObserveAllocatesNothingOnceSeen(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts are not meaningful under -race")
	}
	m, _ := newMetrics(t)
	st := m.State(store.NewMemory(store.MemoryOptions{}))
	ctx := context.Background()
	obs := []leadroute.Observation{
		{Decision: leadroute.Decision{RepID: "dan", Rule: "us"}, Elapsed: 3 * time.Microsecond},
		{Decision: leadroute.Decision{Queue: "q", Rule: "us", Reason: "overflow: nobody eligible"}, Elapsed: time.Microsecond},
		{Decision: leadroute.Decision{Queue: "triage", Reason: "no rule decided"}, Elapsed: time.Microsecond},
	}
	for _, o := range obs {
		m.Observe(o)
	}
	allocs := testing.AllocsPerRun(100, func() {
		for _, o := range obs {
			m.Observe(o)
		}
		_, _ = st.Get(ctx, store.Counter{Kind: "k"})
	})
	assert.Zero(t, allocs)
}

func TestObserveConcurrently(t *testing.T) {
	m, reader := newMetrics(t)
	const goroutines, each = 8, 200
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for i := range each {
				m.Observe(leadroute.Observation{Decision: leadroute.Decision{RepID: "dan", Rule: "rule-" + strconv.Itoa((g*each+i)%40)}, Elapsed: time.Microsecond})
			}
		})
	}
	wg.Wait()
	sums := collect(t, reader).sums(t, "leadroute.decisions")
	require.Len(t, sums, 40)
	for k, v := range sums {
		assert.Equal(t, int64(goroutines*each/40), v, k)
	}
}

func TestStatePanicsOnNil(t *testing.T) {
	m, _ := newMetrics(t)
	assert.PanicsWithValue(t, "otelmetrics: State: nil store.State", func() { m.State(nil) })
}

// The decorator keeps store.Pending (accept deadlines) when the store has
// it, and times its calls.
func TestStateKeepsPending(t *testing.T) {
	m, reader := newMetrics(t)
	st := m.State(store.NewMemory(store.MemoryOptions{}))
	p, ok := st.(store.Pending)
	require.True(t, ok, "store.Memory keeps pending assignments; so must its decorator")
	_, isBatch := st.(store.BatchGetter)
	assert.False(t, isBatch)
	ctx := context.Background()
	accepted, err := p.Accept(ctx, "L1", "ana")
	require.NoError(t, err)
	assert.False(t, accepted)
	due, err := p.Due(ctx, time.Now(), 10)
	require.NoError(t, err)
	assert.Empty(t, due)
	durations := map[string]int{}
	for k, dp := range collect(t, reader).hist(t, "leadroute.store.duration") {
		durations[k] = int(dp.Count)
	}
	assert.Equal(t, map[string]int{"operation=accept": 1, "operation=due": 1}, durations)

	_, isPending := m.State(fakeBatchState{&fakeState{calls: map[string]int{}}}).(store.Pending)
	assert.False(t, isPending, "a store without Pending does not gain it")
}

// fakeRanker adds the optional capabilities to a fakeState.
type fakeRanker struct{ *fakeState }

func (fakeRanker) Rank(context.Context, *store.RankQuery, []store.Ranked) (int, error) {
	return 0, nil
}

type fakeBatchRanker struct{ fakeBatchState }

func (fakeBatchRanker) Rank(context.Context, *store.RankQuery, []store.Ranked) (int, error) {
	return 0, nil
}

// Every combination of the optional capabilities is kept exactly, and a
// Rank is timed.
func TestStateKeepsCapabilities(t *testing.T) {
	fresh := func() *fakeState { return &fakeState{calls: map[string]int{}} }
	for _, tt := range []struct {
		name                   string
		st                     store.State
		batch, pending, ranker bool
	}{
		{"plain", fresh(), false, false, false},
		{"batch", fakeBatchState{fresh()}, true, false, false},
		{"ranker", fakeRanker{fresh()}, false, false, true},
		{"batch+ranker", fakeBatchRanker{fakeBatchState{fresh()}}, true, false, true},
		{"memory: pending+ranker", store.NewMemory(store.MemoryOptions{}), false, true, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, reader := newMetrics(t)
			st := m.State(tt.st)
			_, isBatch := st.(store.BatchGetter)
			_, isPending := st.(store.Pending)
			r, isRanker := st.(store.Ranker)
			assert.Equal(t, []bool{tt.batch, tt.pending, tt.ranker}, []bool{isBatch, isPending, isRanker})
			if !isRanker {
				return
			}
			_, err := r.Rank(context.Background(), &store.RankQuery{}, nil)
			require.NoError(t, err)
			_, timed := collect(t, reader).hist(t, "leadroute.store.duration")["operation=rank"]
			assert.True(t, timed, "Rank is timed")
		})
	}
}
