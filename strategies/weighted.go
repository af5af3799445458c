package strategies

import (
	"context"
	"math/bits"
	"sort"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/store"
)

// Weighted returns a smooth weighted round-robin strategy (nginx's
// algorithm): over every cycle of W leads, where W is the sum of the
// weights divided by their greatest common divisor, each rep gets exactly
// its share, spread out as evenly as possible. Weights 5, 1, 1 give
// a a b a c a a; weights 200, 100, 100 give a b c a, so exactly 30/15/15
// over 60 leads. Rep.Weight 0 counts as 1.
//
// When the router binds it to a pool (leadroute.Binder) it precomputes the
// cycle as a schedule of slots, and each pick is one State.Rotate over that
// schedule: the only state is one atomic cursor per pool, so it is exact
// across replicas sharing a store, O(1) amortised per pick, and skips
// ineligible reps' slots without giving anyone a double share. Building
// the schedule takes O(W × distinct weights), so pools of thousands of
// reps with a few distinct weights get it too. A cycle longer than
// [MaxWeightedSchedule] slots (huge or coprime weights) is not
// materialised: instead a counter (State.Add) numbers
// the leads, a fixed golden-ratio permutation of the cycle spreads the
// slots, and a binary search over the cumulative weights finds the rep, in
// O(log n) per pick; that too is exact over each cycle, and smooth though
// not in nginx's exact order. If a wrapper calls it without binding it,
// it uses the same method with a linear search.
//
// Weighted is safe for concurrent use and allocates nothing per pick.
func Weighted() leadroute.Strategy { return &weighted{} }

// MaxWeightedSchedule is the longest smooth weighted round-robin cycle that
// Weighted precomputes per pool (also bounded by cycle × the number of
// distinct weights ≤ 1<<24 so that building it stays within
// milliseconds).
const MaxWeightedSchedule = 1 << 16

type weighted struct {
	key    string  // rotation key; "" when unbound
	bound  bool    // Bind was called
	slots  []int32 // smooth WRR cycle, or nil: identity (equal weights) or too long
	equal  bool    // all weights equal: plain rotation
	prefix []int64 // cumulative reduced weights, for the long-cycle method
	total  int64   // cycle length W
	stride uint64  // permutation step, coprime to total
}

var (
	_ leadroute.Binder = (*weighted)(nil)
	_ maskPicker       = (*weighted)(nil)
)

func weightOf(r *leadroute.Rep) int64 {
	if r.Weight <= 0 {
		return 1
	}
	return int64(r.Weight)
}

func gcd(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// Bind implements leadroute.Binder: it precomputes the pool's cycle.
func (w *weighted) Bind(p leadroute.PoolInfo) (leadroute.Strategy, error) {
	out := &weighted{key: p.Key + "#weighted", bound: true}
	n := len(p.Reps)
	if n == 0 {
		return out, nil
	}
	var g int64
	for _, r := range p.Reps {
		g = gcd(weightOf(r), g)
	}
	ws := make([]int64, n)
	out.prefix = make([]int64, n)
	out.equal = true
	for i, r := range p.Reps {
		ws[i] = weightOf(r) / g
		out.total += ws[i]
		out.prefix[i] = out.total
		if ws[i] != 1 {
			out.equal = false
		}
	}
	out.stride = strideFor(out.total)
	if out.equal {
		out.prefix = nil
		return out, nil
	}
	if out.total <= MaxWeightedSchedule && out.total*int64(len(weightClasses(ws))) <= 1<<24 {
		out.slots = smoothSchedule(ws, out.total)
		out.prefix = nil
	}
	return out, nil
}

// smoothSchedule runs nginx's smooth weighted round-robin for one cycle:
// every rep's current weight grows by its weight, the largest (first on a
// tie) is picked and loses the total.
//
// Reps of equal weight have equal current weights but for the times each
// was picked, so among them the one picked least, and of those the first,
// is ahead: they take turns in pool order. It is enough, then, to run the
// algorithm over the distinct weights, each with its next rep: O(cycle ×
// distinct weights) instead of O(cycle × reps), the same schedule.
func smoothSchedule(ws []int64, total int64) []int32 {
	classes := weightClasses(ws)
	slots := make([]int32, total)
	for t := range slots {
		best := -1
		var bestCur int64
		for ci := range classes {
			c := &classes[ci]
			// The current weight of the class's next rep after t+1
			// steps: grown t+1 times, picked k/size times.
			cur := int64(t+1)*c.w - total*int64(c.k/len(c.reps))
			if best < 0 || cur > bestCur || (cur == bestCur && c.next() < classes[best].next()) {
				best, bestCur = ci, cur
			}
		}
		c := &classes[best]
		slots[t] = c.next()
		c.k++
	}
	return slots
}

// weightClass is the reps of one weight, in pool order, and how many
// picks they have had between them.
type weightClass struct {
	w    int64
	reps []int32
	k    int
}

func (c *weightClass) next() int32 { return c.reps[c.k%len(c.reps)] }

// weightClasses groups the reps by weight, in order of first appearance.
func weightClasses(ws []int64) []weightClass {
	var classes []weightClass
	at := map[int64]int{}
	for i, w := range ws {
		ci, seen := at[w]
		if !seen {
			ci = len(classes)
			at[w] = ci
			classes = append(classes, weightClass{w: w})
		}
		classes[ci].reps = append(classes[ci].reps, int32(i))
	}
	return classes
}

// strideFor returns the integer nearest total/φ that is coprime to total.
func strideFor(total int64) uint64 {
	if total <= 1 {
		return 0
	}
	s := int64(float64(total)*0.6180339887498949 + 0.5)
	for gcd(s, total) != 1 {
		s++
	}
	return uint64(s)
}

func (w *weighted) Pick(ctx context.Context, l *leadroute.Lead, c leadroute.Candidates) (leadroute.Pick, error) {
	return w.pickMasked(ctx, l, c, nil)
}

func (w *weighted) pickMasked(ctx context.Context, _ *leadroute.Lead, c leadroute.Candidates, mask []bool) (leadroute.Pick, error) {
	if w.bound && (w.equal || w.slots != nil) {
		return rotation(c, w.key, mask, w.slots, "weighted"), nil
	}
	return w.pickLong(ctx, c, mask)
}

// pickLong is the method for cycles too long to precompute (or when
// unbound): lead number k of the pool takes cycle position (k·stride) mod W,
// owned by the rep whose cumulative-weight interval contains it.
func (w *weighted) pickLong(ctx context.Context, c leadroute.Candidates, mask []bool) (leadroute.Pick, error) {
	n := c.Len()
	total, stride := w.total, w.stride
	if !w.bound {
		// Unbound: weights are not reduced by their gcd, which changes the
		// order but not the shares.
		total = 0
		for i := range n {
			total += weightOf(c.Rep(i))
		}
		stride = strideFor(total)
	}
	if total == 0 {
		return leadroute.Pick{}, nil
	}
	ctr := store.Counter{Kind: "weighted", Scope: c.Key()}
	// Lead number k takes the next position; the commit raises the
	// sequence only if no concurrent pick took k first (Expect), else the
	// router picks again.
	k, err := c.Get(ctr)
	if err != nil {
		return leadroute.Pick{}, err
	}
	// Walk forward from lead k's position until an eligible rep; the walk
	// does not consume slots, so skipped reps' slots spread pseudo-randomly
	// over the others.
	tries := min(total, 64)
	for j := range tries {
		pos := uint64((k + j) % total)
		hi, lo := bits.Mul64(pos, stride)
		pos = bits.Rem64(hi, lo, uint64(total))
		i := w.owner(c, int64(pos))
		if ok(c, mask, i) {
			return w.took(c, ctr, k, i), nil
		}
	}
	// Mostly ineligible: the first eligible rep after lead k's owner.
	start := w.owner(c, k%total)
	for j := range n {
		if i := (start + j) % n; ok(c, mask, i) {
			return w.took(c, ctr, k, i), nil
		}
	}
	return leadroute.Pick{}, nil // nothing staged: no position used
}

// took stages the sequence's advance past k (only if it is still k at the
// commit: a concurrent pick that took k first makes the router pick
// again) and picks rep i.
func (w *weighted) took(c leadroute.Candidates, ctr store.Counter, k int64, i int) leadroute.Pick {
	c.Stage(store.Op{Counter: ctr, Delta: 1, Expect: k, HasExpect: true})
	return leadroute.Pick{Rep: c.Rep(i), Reason: "weighted"}
}

// owner returns the rep whose cumulative-weight interval holds pos.
func (w *weighted) owner(c leadroute.Candidates, pos int64) int {
	if w.prefix != nil {
		return sort.Search(len(w.prefix), func(i int) bool { return w.prefix[i] > pos })
	}
	var acc int64
	for i := range c.Len() {
		acc += weightOf(c.Rep(i))
		if acc > pos {
			return i
		}
	}
	return c.Len() - 1
}

func (w *weighted) String() string { return "weighted" }
