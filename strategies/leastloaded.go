package strategies

import (
	"context"
	"math"
	"sync"

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
// them ineligible).
//
// Cost: on a State that keeps counters in order (a store.Ranker, such as
// store.Memory), a pick walks the reps from the least loaded and stops at
// the first eligible one: O(log n + k), k being the ineligible reps it
// passes, for each distinct MaxOpen in the pool (the reps are ranked by
// open count within each distinct MaxOpen, so a pool with m distinct
// MaxOpen values costs m walks), and reps with a live capacity set with
// SetStatus are taken one by one; past 32 of those in one pool, or run by
// SkillBased or Chain on part of a pool, a pick reads every rep. On other
// States (redisstore) it reads two counters per rep (open count and live
// status) in one batched read, O(n), and commits in a second round trip.
// It is safe for concurrent use and allocates nothing per pick. Under
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
// a team's for a team), so it keeps no key of its own. Bound to a pool,
// it ranks through the State's ordered views when it has them.
type leastLoaded struct {
	share bool

	// Bound: the whole pool (for live statuses), the reps by MaxOpen,
	// and one-rep schedules (slots[i:i+1] is rep i's).
	all     *store.RankSet
	classes []capClass
	slots   []int32
}

// capClass is the reps of one MaxOpen (0: none), ranked by open count.
type capClass struct {
	capacity int64
	set      *store.RankSet
}

var (
	_ maskPicker       = (*leastLoaded)(nil)
	_ leadroute.Binder = (*leastLoaded)(nil)
)

// Bind implements leadroute.Binder: it groups the pool's reps by MaxOpen
// for the ordered views.
func (s *leastLoaded) Bind(p leadroute.PoolInfo) (leadroute.Strategy, error) {
	ids := make([]string, len(p.Reps))
	byCap := map[int64][]int{}
	var caps []int64
	for i, r := range p.Reps {
		ids[i] = r.ID
		c := int64(max(r.MaxOpen, 0))
		if _, seen := byCap[c]; !seen {
			caps = append(caps, c)
		}
		byCap[c] = append(byCap[c], i)
	}
	out := &leastLoaded{share: s.share, all: store.NewRankSet(ids, nil), slots: make([]int32, len(ids))}
	for i := range out.slots {
		out.slots[i] = int32(i)
	}
	for _, c := range caps {
		out.classes = append(out.classes, capClass{capacity: c, set: out.all.Subset(byCap[c])})
	}
	return out, nil
}

func (s *leastLoaded) Pick(ctx context.Context, l *leadroute.Lead, c leadroute.Candidates) (leadroute.Pick, error) {
	if s.all != nil && s.all.Len() == c.Len() {
		if pk, ok, err := s.pickRanked(c); ok || err != nil {
			return pk, err
		}
	}
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

// maxLive is how many reps of a pool with a live capacity (set with
// SetStatus) a ranked pick takes one by one.
const maxLive = 32

// rankBuf is a ranked pick's working memory, pooled.
type rankBuf struct {
	live [maxLive + 1]store.Ranked
	walk [16]store.Ranked
	q    store.RankQuery // a query passed to a Ranker escapes: it lives here
	// sights are Balanced's reps seen for the first time in a bucket.
	sights []sighting
}

var rankBufs = sync.Pool{New: func() any { return new(rankBuf) }}

// candidate is a rep a ranked pick considers: pool position and load.
type candidate struct {
	i  int
	ld load
}

// pickRanked picks through the State's ordered views: the reps with a
// live capacity one by one, and in each MaxOpen class the first eligible
// rep by open count. ok is false when the State keeps no ordered views or
// too many reps have a live capacity: the caller reads every rep instead.
func (s *leastLoaded) pickRanked(c leadroute.Candidates) (leadroute.Pick, bool, error) {
	buf := rankBufs.Get().(*rankBuf)
	defer rankBufs.Put(buf)
	defer func() { buf.q = store.RankQuery{} }()
	q := &buf.q
	*q = store.RankQuery{Set: s.all, Counter: store.Counter{Kind: "status"}, Desc: true}
	nLive, ok, err := c.Rank(q, buf.live[:])
	if !ok || err != nil {
		return leadroute.Pick{}, ok, err
	}
	// Only a live capacity (a status of 2 or more) changes how a rep
	// ranks; a rep away (1) is not eligible, and the class walks pass
	// it like any other rep that is not.
	live := buf.live[:0]
	for _, r := range buf.live[:nLive] {
		if r.Value > 1 {
			live = append(live, r)
		}
	}
	if len(live) > maxLive {
		return leadroute.Pick{}, false, nil
	}
	isLive := func(i int) bool {
		for _, r := range live {
			if r.Index == i {
				return true
			}
		}
		return false
	}
	best := candidate{i: -1}
	start := -1 // where ties begin: after the rotation's cursor
	consider := func(i int, ld load) {
		switch {
		case best.i < 0 || s.better(ld, best.ld):
			best = candidate{i, ld}
		case !s.better(best.ld, ld) && rotated(i, start, c.Len()) < rotated(best.i, start, c.Len()):
			best = candidate{i, ld}
		}
	}
	for _, cl := range s.classes {
		*q = store.RankQuery{Set: cl.set, Counter: store.Counter{Kind: "open"}}
		if start < 0 {
			q.Rotation = c.Key()
		} else {
			q.Start = start
		}
		// The class's first eligible rep (by open count, ties in
		// rotation order) is its best.
		if _, err := walkRanked(c, q, buf.walk[:], func(r store.Ranked) (bool, error) {
			if start < 0 {
				start = q.Start // resolved from the rotation by the first page
			}
			if isLive(r.Index) || !c.Eligible(r.Index) {
				return false, nil
			}
			consider(r.Index, load{open: r.Value, capacity: cl.capacity})
			return true, nil
		}); err != nil {
			return leadroute.Pick{}, true, err
		}
	}
	for _, r := range live {
		if !c.Eligible(r.Index) {
			continue
		}
		open, err := c.Get(store.Counter{Kind: "open", Member: c.ID(r.Index)})
		if err != nil {
			return leadroute.Pick{}, true, err
		}
		if start < 0 {
			start = 0
		}
		consider(r.Index, load{open: open, capacity: c.Capacity(r.Index)})
	}
	if best.i < 0 {
		return leadroute.Pick{}, true, nil
	}
	// Should its commit find no room (a route elsewhere took the rep's
	// last slot), the router refuses only the reps the schedule names
	// (this one) and asks again.
	return leadroute.Pick{Rotate: leadroute.Rotation{Key: c.Key(), Slots: s.slots[best.i : best.i+1]}, Reason: "least loaded"}, true, nil
}

// walkRanked pages through q's order into page and calls visit with each
// entry until visit stops it (or fails) or the set ends. ok is false when
// the State keeps no ordered views; visit is then not called. The first
// page resolves q.Start (see store.RankQuery).
func walkRanked(c leadroute.Candidates, q *store.RankQuery, page []store.Ranked, visit func(store.Ranked) (stop bool, err error)) (ok bool, err error) {
	for {
		n, ok, err := c.Rank(q, page)
		if !ok || err != nil {
			return ok, err
		}
		for _, r := range page[:n] {
			if stop, err := visit(r); stop || err != nil {
				return true, err
			}
		}
		if n < len(page) {
			return true, nil
		}
		q.Continue, q.After = true, page[n-1]
	}
}

// rotated is pool position i's place in an order that starts at start
// and wraps.
func rotated(i, start, n int) int {
	if start < 0 {
		start = 0
	}
	return ((i-start)%n + n) % n
}
