package strategies

import (
	"context"
	"math"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/store"
)

// LeastLoaded returns a strategy that picks the eligible rep with the most
// remaining capacity: their open-lead capacity (Rep.MaxOpen, or a live
// capacity set with Router.SetStatus) minus their open leads, as
// Dynamics 365's "highest capacity" assignment does. The open count is
// the per-rep counter store.Counter{Kind: "open", Member: repID} that the
// router raises when it assigns a lead (by the lead's weight) and lowers
// on Router.Release. A rep without a capacity has unlimited room and
// ranks above every rep with one; among such reps, fewer open leads rank
// first (so a pool without capacities is "fewest open leads").
//
// Ties go to the rep with fewer open leads, then round-robin among the
// still tied reps in pool order (a rotation the store runs, so ties are
// deterministic and fair). With capacities 10, 12 and 15 and nothing
// open, four leads go to the rep with 15 three times, then (tied at 12
// remaining, with fewer open) to the rep with 12.
//
// Reps at their MaxOpen or caps are never candidates (the router makes
// them ineligible). It reads two counters per eligible rep per pick (open
// count and live status; one batched read on a network store), O(n); it
// is safe for concurrent use and allocates nothing per pick. Under
// concurrent routes two picks may read the same counts and choose the same
// rep; the counts then correct the next picks.
func LeastLoaded() leadroute.Strategy { return &leastLoaded{} }

// LeastLoadedShare returns a strategy like [LeastLoaded] that ranks reps
// by the share of their capacity in use (open ÷ capacity, lowest first)
// instead of the capacity left: with capacities 10 and 20, the rep with 20
// takes two leads for each of the other's. A rep without a capacity has
// used none of it; ties go as in LeastLoaded.
func LeastLoadedShare() leadroute.Strategy { return &leastLoaded{share: true} }

// leastLoaded breaks ties on the pool's own rotation (Candidates.Key,
// a team's for a team), so it keeps no key of its own and needs no Bind.
type leastLoaded struct {
	share bool
}

var _ maskPicker = (*leastLoaded)(nil)

func (s *leastLoaded) Pick(ctx context.Context, l *leadroute.Lead, c leadroute.Candidates) (leadroute.Pick, error) {
	return s.pickMasked(ctx, l, c, nil)
}

// load is one rep's standing: open leads and capacity (0: none).
type load struct{ open, capacity int64 }

// better reports whether a ranks before b.
func (s *leastLoaded) better(a, b load) bool {
	if s.share {
		// a.open/a.cap < b.open/b.cap; no capacity
		// means a share of zero.
		var x, y float64
		if a.capacity > 0 {
			x = float64(a.open) / float64(a.capacity)
		}
		if b.capacity > 0 {
			y = float64(b.open) / float64(b.capacity)
		}
		if x != y {
			return x < y
		}
		return a.open < b.open
	}
	ra, rb := a.remaining(), b.remaining()
	if ra != rb {
		return ra > rb
	}
	return a.open < b.open
}

// remaining is the capacity left; unlimited ranks above any capacity,
// and fewer open leads above more.
func (l load) remaining() int64 {
	if l.capacity <= 0 {
		return math.MaxInt64/2 - l.open
	}
	return l.capacity - l.open
}

func (s *leastLoaded) pickMasked(_ context.Context, _ *leadroute.Lead, c leadroute.Candidates, mask []bool) (leadroute.Pick, error) {
	n := c.Len()
	sc := getScratch(n)
	defer sc.release()
	open := func(i int) store.Counter { return store.Counter{Kind: "open", Member: c.ID(i)} }
	ahead, err := batchRead(c, sc, 1, func(i int, dst []store.Counter) []store.Counter { return append(dst, open(i)) })
	if err != nil {
		return leadroute.Pick{}, err
	}
	best := -1
	var bestLoad load
	for i := range n {
		if !ok(c, mask, i) {
			continue
		}
		var v int64
		if ahead != nil {
			v = ahead[i]
		} else if v, err = c.Get(open(i)); err != nil {
			return leadroute.Pick{}, err
		}
		ld := load{open: v, capacity: c.Capacity(i)}
		sc.vals[i] = v
		sc.mask[i] = true
		if best < 0 || s.better(ld, bestLoad) {
			best, bestLoad = i, ld
		}
	}
	if best < 0 {
		return leadroute.Pick{}, nil
	}
	// The rotation runs among the reps tied with the best.
	for i, in := range sc.mask {
		if in {
			ld := load{open: sc.vals[i], capacity: c.Capacity(i)}
			sc.mask[i] = !s.better(bestLoad, ld) && !s.better(ld, bestLoad)
		}
	}
	return rotation(c, c.Key(), sc.mask, nil, "least loaded"), nil
}

func (s *leastLoaded) String() string {
	if s.share {
		return "least loaded (share of capacity)"
	}
	return "least loaded"
}
