package store

import (
	"cmp"
	"context"
	"slices"
	"sync"
	"time"
)

// Pending is an optional State capability for accept deadlines (an SLA):
// a Commit whose Step has a Deadline records the chosen member's
// assignment as pending until it is accepted; Due lists the pending
// assignments past their deadline, earliest first, so that the host can
// reassign them. store.Memory and redisstore implement it.
//
// A Commit that chooses a member with a Deadline records (or replaces)
// the Decision's pending entry in the same atomic step. A Commit of a
// later round (a reroute) without a Deadline, or one that records a
// queue, clears it. A dry run changes nothing.
type Pending interface {
	// Accept clears the pending entry of decision if it names member, and
	// reports whether it did: an entry that names another member (the
	// lead was rerouted since) stays.
	Accept(ctx context.Context, decision, member string) (bool, error)
	// Due returns up to limit pending entries whose deadline is at or
	// before now, earliest first. It changes nothing: an entry stays
	// until accepted or superseded.
	Due(ctx context.Context, now time.Time, limit int) ([]Due, error)
}

// Due is one pending assignment past its deadline.
type Due struct {
	Decision string // the decision ID (the lead's ID)
	Member   string // who has it and has not accepted it
	Deadline time.Time
}

// pendingSet is Memory's pending assignments: bounded, O(1) to record or
// clear, O(n log n) in the pending count to list what is due.
type pendingSet struct {
	mu  sync.Mutex
	m   map[string]Due
	max int
}

// set records or clears decision's entry (a zero deadline clears).
func (p *pendingSet) set(decision, member string, deadline time.Time, clear bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if clear {
		delete(p.m, decision)
		return
	}
	if p.m == nil {
		p.m = make(map[string]Due)
	}
	if _, ok := p.m[decision]; !ok && len(p.m) >= p.max {
		p.evict()
	}
	p.m[decision] = Due{Decision: decision, Member: member, Deadline: deadline}
}

// evict makes room in a full set: the entries longest overdue go, a
// sixteenth of the bound at once, so that a set kept full (leads nobody
// accepts) costs O(log n) per entry amortised, not a scan of the set per
// entry. Caller holds p.mu.
func (p *pendingSet) evict() {
	n := len(p.m) - p.max + p.max/16 + 1
	ds := make([]int64, 0, len(p.m))
	for _, e := range p.m {
		ds = append(ds, e.Deadline.UnixNano())
	}
	slices.Sort(ds)
	cut := ds[min(n, len(ds))-1]
	for k, e := range p.m {
		if n > 0 && e.Deadline.UnixNano() <= cut {
			delete(p.m, k)
			n--
		}
	}
}

// pendingFor reports whether decision is pending for member.
func (p *pendingSet) pendingFor(decision, member string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	e, ok := p.m[decision]
	return ok && e.Member == member
}

// Accept implements Pending.
func (m *Memory) Accept(ctx context.Context, decision, member string) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	// The decision's shard lock first, as Commit takes it: an Accept
	// and a commit of the same decision (a conditional reroute) are one
	// after the other, never interleaved.
	ds := &m.decisions[m.hash(decision)%numShards]
	ds.mu.Lock()
	defer ds.mu.Unlock()
	p := &m.pending
	p.mu.Lock()
	defer p.mu.Unlock()
	e, ok := p.m[decision]
	if !ok || e.Member != member {
		return false, nil
	}
	delete(p.m, decision)
	return true, nil
}

// Due implements Pending.
func (m *Memory) Due(ctx context.Context, now time.Time, limit int) ([]Due, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	p := &m.pending
	p.mu.Lock()
	var out []Due
	for _, e := range p.m {
		if !e.Deadline.After(now) {
			out = append(out, e)
		}
	}
	p.mu.Unlock()
	slices.SortFunc(out, func(a, b Due) int {
		if c := a.Deadline.Compare(b.Deadline); c != 0 {
			return c
		}
		return cmp.Compare(a.Decision, b.Decision)
	})
	if limit >= 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

var _ Pending = (*Memory)(nil)
