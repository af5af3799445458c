package strategies

import (
	"context"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/store"
)

// LeastLoaded returns a strategy that picks the eligible rep with the
// fewest open leads: the per-rep counter store.Counter{Kind: "open",
// Member: repID} that the router raises when it assigns a lead and lowers
// on Router.Release. Reps at their MaxOpen or caps are never candidates
// (the router makes them ineligible). Ties go round-robin among the tied
// reps, in pool order, through State.Rotate, so they are deterministic and
// fair.
//
// It reads one counter per eligible rep per pick, O(n); it is safe for
// concurrent use and allocates nothing per pick. Under concurrent routes
// two picks may read the same counts and choose the same rep; the counts
// then correct the next picks.
func LeastLoaded() leadroute.Strategy { return &leastLoaded{} }

type leastLoaded struct{ key string }

var (
	_ leadroute.Binder = (*leastLoaded)(nil)
	_ maskPicker       = (*leastLoaded)(nil)
)

// Bind implements leadroute.Binder: it gives the tie-break rotation its own
// state key.
func (s *leastLoaded) Bind(p leadroute.PoolInfo) (leadroute.Strategy, error) {
	return &leastLoaded{key: p.Key + "#least-loaded"}, nil
}

func (s *leastLoaded) Pick(ctx context.Context, l *leadroute.Lead, c leadroute.Candidates) (leadroute.Pick, error) {
	return s.pickMasked(ctx, l, c, nil)
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
	best, minOpen := -1, int64(0)
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
		sc.vals[i] = v
		sc.mask[i] = true
		if best < 0 || v < minOpen {
			best, minOpen = i, v
		}
	}
	return pickMin(c, sc, best, minOpen, keyOr(s.key, c), "least loaded"), nil
}

// pickMin goes round-robin among the reps whose sc.mask is set and whose
// value is minimal. It rotates even when one rep alone has the minimum, so
// that the cursor always marks the last rep assigned and ties resume after
// them.
func pickMin(c leadroute.Candidates, sc *scratch, best int, minV int64, key, reason string) leadroute.Pick {
	if best < 0 {
		return leadroute.Pick{}
	}
	for i, in := range sc.mask {
		sc.mask[i] = in && sc.vals[i] == minV
	}
	return rotation(c, key, sc.mask, nil, reason)
}

func (s *leastLoaded) String() string { return "least loaded" }
