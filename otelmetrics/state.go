package otelmetrics

import (
	"context"
	"time"

	"github.com/leadroute/leadroute/store"
)

// Operations of a store.State, the "operation" attribute.
const (
	opCommit  = "commit"
	opRecall  = "recall"
	opGet     = "get"
	opAdd     = "add"
	opGetMany = "get_many"
	opAccept  = "accept"
	opDue     = "due"
	opRank    = "rank"
)

// State returns st decorated so that every call is timed
// (leadroute.store.duration) and every error counted
// (leadroute.store.errors), by operation. The result implements
// store.BatchGetter, store.Pending and store.Ranker exactly when st does,
// so the router still batches its reads, keeps accept deadlines and ranks
// through the store's ordered views; calls and results pass through
// unchanged.
//
// The decorated State is safe for concurrent use as st is. State panics
// if st is nil: a mistake found at setup rather than at the first Route.
func (m *Metrics) State(st store.State) store.State {
	if st == nil {
		panic("otelmetrics: State: nil store.State")
	}
	t := &timedState{st: st, m: m}
	b, isBatch := st.(store.BatchGetter)
	p, isPending := st.(store.Pending)
	r, isRanker := st.(store.Ranker)
	tb := &timedBatchState{timedState: t, batch: b}
	tp := timedPending{t, p}
	tr := timedRanker{t, r}
	switch {
	case isBatch && isPending && isRanker:
		return &struct {
			*timedBatchState
			timedPending
			timedRanker
		}{tb, tp, tr}
	case isBatch && isPending:
		return &struct {
			*timedBatchState
			timedPending
		}{tb, tp}
	case isBatch && isRanker:
		return &struct {
			*timedBatchState
			timedRanker
		}{tb, tr}
	case isPending && isRanker:
		return &struct {
			*timedState
			timedPending
			timedRanker
		}{t, tp, tr}
	case isBatch:
		return tb
	case isPending:
		return &struct {
			*timedState
			timedPending
		}{t, tp}
	case isRanker:
		return &struct {
			*timedState
			timedRanker
		}{t, tr}
	}
	return t
}

// timedRanker times a store.Ranker's calls.
type timedRanker struct {
	t *timedState
	r store.Ranker
}

// Rank implements store.Ranker.
func (tr timedRanker) Rank(ctx context.Context, q *store.RankQuery, out []store.Ranked) (int, error) {
	start := time.Now()
	n, err := tr.r.Rank(ctx, q, out)
	tr.t.done(ctx, opRank, start, err)
	return n, err
}

// timedPending times a store.Pending's calls.
type timedPending struct {
	t *timedState
	p store.Pending
}

// Accept implements store.Pending.
func (tp timedPending) Accept(ctx context.Context, decision, member string) (bool, error) {
	start := time.Now()
	ok, err := tp.p.Accept(ctx, decision, member)
	tp.t.done(ctx, opAccept, start, err)
	return ok, err
}

// Due implements store.Pending.
func (tp timedPending) Due(ctx context.Context, now time.Time, limit int) ([]store.Due, error) {
	start := time.Now()
	d, err := tp.p.Due(ctx, now, limit)
	tp.t.done(ctx, opDue, start, err)
	return d, err
}

// timedState times a store.State's calls.
type timedState struct {
	st store.State
	m  *Metrics
}

var _ store.State = (*timedState)(nil)

func (t *timedState) done(ctx context.Context, op string, start time.Time, err error) {
	a := t.m.opSets[op]
	t.m.storeTime.Record(ctx, time.Since(start).Seconds(), a.record...)
	if err != nil {
		t.m.storeErrors.Add(ctx, 1, a.add...)
	}
}

// Commit implements store.State.
func (t *timedState) Commit(ctx context.Context, s *store.Step) (store.Outcome, error) {
	start := time.Now()
	o, err := t.st.Commit(ctx, s)
	t.done(ctx, opCommit, start, err)
	return o, err
}

// Recall implements store.State.
func (t *timedState) Recall(ctx context.Context, decision string) (store.Record, bool, error) {
	start := time.Now()
	r, ok, err := t.st.Recall(ctx, decision)
	t.done(ctx, opRecall, start, err)
	return r, ok, err
}

// Get implements store.State.
func (t *timedState) Get(ctx context.Context, c store.Counter) (int64, error) {
	start := time.Now()
	n, err := t.st.Get(ctx, c)
	t.done(ctx, opGet, start, err)
	return n, err
}

// Add implements store.State.
func (t *timedState) Add(ctx context.Context, op string, c store.Counter, delta int64, expire time.Time) (int64, error) {
	start := time.Now()
	n, err := t.st.Add(ctx, op, c, delta, expire)
	t.done(ctx, opAdd, start, err)
	return n, err
}

// timedBatchState is a timedState for a store.BatchGetter.
type timedBatchState struct {
	*timedState
	batch store.BatchGetter
}

var _ store.BatchGetter = (*timedBatchState)(nil)

// GetMany implements store.BatchGetter.
func (t *timedBatchState) GetMany(ctx context.Context, cs []store.Counter, out []int64) error {
	start := time.Now()
	err := t.batch.GetMany(ctx, cs, out)
	t.done(ctx, opGetMany, start, err)
	return err
}
