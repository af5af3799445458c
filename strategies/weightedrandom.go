package strategies

import (
	"context"
	"math/bits"

	"github.com/leadroute/leadroute"
)

// WeightedRandom returns a strategy that picks an eligible rep at random
// with probability proportional to Rep.Weight (0 counts as 1). The numbers
// come from the router's seeded source (leadroute.WithSeed or
// WithRandSource), so a sequence of routes is reproducible; it is fair on
// average, not per cycle (see Weighted for that).
//
// It keeps no state, is safe for concurrent use and allocates nothing per
// pick. Bound to a pool it draws over precomputed cumulative weights,
// finding the rep with a guide table in O(1) expected, re-drawing when
// the draw lands on an ineligible rep; after 16 misses (a mostly
// unavailable pool) it draws once over the eligible reps in O(n). Either
// way the choice is exactly proportional among the eligible reps.
func WeightedRandom() leadroute.Strategy { return &weightedRandom{} }

type weightedRandom struct {
	prefix []int64 // cumulative weights; nil when unbound
	// guide[b] is where the search for a draw in the b'th of len(guide)
	// equal ranges of [0, total) starts (a guide table: Chen and Asau),
	// so that finding the rep is O(1) expected.
	guide []int32
}

var (
	_ leadroute.Binder = (*weightedRandom)(nil)
	_ maskPicker       = (*weightedRandom)(nil)
)

// Bind implements leadroute.Binder: it precomputes cumulative weights.
func (w *weightedRandom) Bind(p leadroute.PoolInfo) (leadroute.Strategy, error) {
	n := len(p.Reps)
	out := &weightedRandom{prefix: make([]int64, n)}
	var acc int64
	for i, r := range p.Reps {
		acc += weightOf(r)
		out.prefix[i] = acc
	}
	if n > 0 {
		out.guide = make([]int32, n)
		i := 0
		for b := range out.guide {
			lo := out.low(b)
			for out.prefix[i] <= lo {
				i++
			}
			out.guide[b] = int32(i)
		}
	}
	return out, nil
}

// low is the least draw whose guide range is b, or less.
func (w *weightedRandom) low(b int) int64 {
	hi, lo := bits.Mul64(uint64(b), uint64(w.prefix[len(w.prefix)-1]))
	q, _ := bits.Div64(hi, lo, uint64(len(w.guide)))
	return int64(q)
}

// owner returns the rep whose cumulative-weight interval holds the draw
// r (0 <= r < total): the first i with prefix[i] > r.
func (w *weightedRandom) owner(r int64) int {
	hi, lo := bits.Mul64(uint64(r), uint64(len(w.guide)))
	b, _ := bits.Div64(hi, lo, uint64(w.prefix[len(w.prefix)-1]))
	i := int(w.guide[b])
	for w.prefix[i] <= r {
		i++
	}
	return i
}

func (w *weightedRandom) Pick(ctx context.Context, l *leadroute.Lead, c leadroute.Candidates) (leadroute.Pick, error) {
	return w.pickMasked(ctx, l, c, nil)
}

func (w *weightedRandom) pickMasked(_ context.Context, _ *leadroute.Lead, c leadroute.Candidates, mask []bool) (leadroute.Pick, error) {
	n := c.Len()
	if n == 0 {
		return leadroute.Pick{}, nil
	}
	if len(w.prefix) == n {
		total := uint64(w.prefix[n-1])
		for range 16 {
			i := w.owner(int64(c.Uint64() % total))
			if ok(c, mask, i) {
				return leadroute.Pick{Rep: c.Rep(i), Reason: "weighted random"}, nil
			}
		}
	}
	var total int64
	for i := range n {
		if ok(c, mask, i) {
			total += weightOf(c.Rep(i))
		}
	}
	if total == 0 {
		return leadroute.Pick{}, nil
	}
	r := int64(c.Uint64() % uint64(total))
	for i := range n {
		if !ok(c, mask, i) {
			continue
		}
		r -= weightOf(c.Rep(i))
		if r < 0 {
			return leadroute.Pick{Rep: c.Rep(i), Reason: "weighted random"}, nil
		}
	}
	return leadroute.Pick{}, nil // unreachable
}

func (w *weightedRandom) String() string { return "weighted random" }
