package strategies

import (
	"context"
	"fmt"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/store"
)

// BalancedOptions configures Balanced. The zero value means the defaults.
type BalancedOptions struct {
	// Window is the counting window: counts start again from zero at each
	// multiple of Window since the Unix epoch (UTC). 0 means 24h, that is
	// per UTC day.
	Window time.Duration
	// Threshold is how long an absence may last before calibration: a rep
	// who is new to the pool, or who was not eligible while the pool kept
	// routing for longer than Threshold, has their count raised to the
	// average of the other eligible reps when they come back, so that they
	// do not receive every lead until level. Shorter absences are caught up
	// in full. 0 means 2h; a negative Threshold turns calibration off.
	//
	// Absence is observed through the pool's own picks, in
	// quarter-Threshold buckets: it runs from the last pick that saw the
	// rep eligible to the last pick before their return. An absence is
	// calibrated when it is longer than 1.25×Threshold, and never when it
	// is shorter than Threshold; time in which the pool routed nothing
	// (nights, weekends) does not count, so after a quiet spell nobody is
	// calibrated.
	Threshold time.Duration
}

// Balanced returns a strategy that picks the eligible rep with the fewest
// leads assigned by this pool in the current window, so that a rep who got
// fewer (they joined late, or were briefly unavailable) catches up; ties go
// round-robin among the tied reps, in pool order (State.Rotate), so they
// are deterministic. See [BalancedOptions] for the window and for the
// calibration of new and returning reps.
//
// State: the count store.Counter{Kind: "assigned", Scope: pool key,
// Member: repID, Window: window number}, raised when a Route picks the
// rep; presence marks ("balanced-seen" per rep and "balanced-active" per
// pool, one write each per quarter-Threshold) and a once-per-absence claim
// ("balanced-calib", store.Op.Once) so that two replicas never both
// calibrate the same rep. All of them are staged and committed in the
// pick's one atomic State step.
// Explain computes the same answer and writes nothing.
//
// Cost: on a State that keeps counters in order (a store.Ranker, such as
// store.Memory), a pick walks the reps from the fewest assigned and stops
// at the first eligible one, O(log n + k), k being the ineligible reps
// it passes; the reps not yet seen in the current quarter-Threshold
// bucket are found the same way (all of them at a bucket's first pick,
// which marks the eligible ones: O(n) once per bucket; a rep not eligible
// stays unmarked, and every pick of the bucket passes it again), and the
// average a returning rep is raised to reads every rep, once per absence.
// On other States (redisstore), or run by SkillBased or Chain on part of
// a pool, a pick reads two counters per rep: O(n).
//
// Accuracy: the count is raised through Pick.Count, in the same atomic
// step that commits the rep's caps, so it never drifts. Under
// concurrent routes two picks may read the same counts and choose the same
// rep; the counts then correct the next picks.
//
// Balanced is safe for concurrent use and allocates nothing per pick.
func Balanced(opts BalancedOptions) leadroute.Strategy {
	b := &balanced{opts: opts}
	if b.opts.Window <= 0 {
		b.opts.Window = 24 * time.Hour
	}
	if b.opts.Threshold == 0 {
		b.opts.Threshold = 2 * time.Hour
	}
	b.window = int64(b.opts.Window / time.Second)
	if b.window < 1 {
		b.window = 1
	}
	if b.opts.Threshold > 0 {
		b.bucket = int64(b.opts.Threshold / 4 / time.Second)
		if b.bucket < 1 {
			b.bucket = 1
		}
	}
	return b
}

type balanced struct {
	opts   BalancedOptions
	window int64 // seconds
	bucket int64 // seconds; 0: no calibration
	key    string

	// Bound: the pool, for the State's ordered views, and one-rep
	// schedules (slots[i:i+1] is rep i's).
	all   *store.RankSet
	slots []int32
}

var (
	_ leadroute.Binder = (*balanced)(nil)
	_ maskPicker       = (*balanced)(nil)
)

// Per-rep flags in scratch.flags.
const (
	flagFirstSight uint8 = 1 << iota // not yet marked seen in this bucket
	flagReturning                    // absent long enough to calibrate
)

// absenceBuckets is Threshold in buckets; lookbackBuckets bounds the search
// for the pool's last active bucket (24 Thresholds): after a longer quiet
// spell nobody is calibrated.
const (
	absenceBuckets  = 4
	lookbackBuckets = 24 * absenceBuckets
)

func seenCounter(scope, id string, bk int64) store.Counter {
	return store.Counter{Kind: "balanced-seen", Scope: scope, Member: id, Window: bk}
}

func poolCounter(scope string, bk int64) store.Counter {
	return store.Counter{Kind: "balanced-active", Scope: scope, Window: bk}
}

// lastActive returns the latest bucket, at most bk and within the
// lookback, in which the pool made a pick; -1 if none.
func (b *balanced) lastActive(c leadroute.Candidates, sc *scratch, scope string, bk int64) (int64, error) {
	if c.Batching() {
		// One read of the whole lookback.
		sc.ctrs = sc.ctrs[:0]
		for j := bk; j > bk-lookbackBuckets; j-- {
			sc.ctrs = append(sc.ctrs, poolCounter(scope, j))
		}
		got := sc.gotFor(len(sc.ctrs))
		if err := c.GetMany(sc.ctrs, got); err != nil {
			return -1, err
		}
		for k, v := range got {
			if v > 0 {
				return bk - int64(k), nil
			}
		}
		return -1, nil
	}
	for j := bk; j > bk-lookbackBuckets; j-- {
		v, err := c.Get(poolCounter(scope, j))
		if err != nil {
			return -1, err
		}
		if v > 0 {
			return j, nil
		}
	}
	return -1, nil
}

// Bind implements leadroute.Binder: it gives the tie-break rotation its own
// state key.
func (b *balanced) Bind(p leadroute.PoolInfo) (leadroute.Strategy, error) {
	out := *b
	out.key = p.Key + "#balanced"
	ids := make([]string, len(p.Reps))
	out.slots = make([]int32, len(p.Reps))
	for i, r := range p.Reps {
		ids[i], out.slots[i] = r.ID, int32(i)
	}
	out.all = store.NewRankSet(ids, nil)
	return &out, nil
}

func (b *balanced) Pick(ctx context.Context, l *leadroute.Lead, c leadroute.Candidates) (leadroute.Pick, error) {
	if b.all != nil && b.all.Len() == c.Len() {
		if pk, ok, err := b.pickRanked(c); ok || err != nil {
			return pk, err
		}
	}
	return b.pickMasked(ctx, l, c, nil)
}

func (b *balanced) pickMasked(ctx context.Context, _ *leadroute.Lead, c leadroute.Candidates, mask []bool) (leadroute.Pick, error) {
	n := c.Len()
	sc := getScratch(n)
	defer sc.release()
	now := c.Now().Unix()
	win := floorDiv(now, b.window)
	var bk int64
	if b.bucket > 0 {
		bk = floorDiv(now, b.bucket)
	}
	scope := c.Key()

	// Pass 1: counts, and who is back from a long absence. On a store that
	// reads in batches, every rep's counts are read in one call, before
	// any eligibility check, so that the pool's caps come with them: the
	// common pick is one read and one commit.
	per := 1
	if b.bucket > 0 {
		per = 2
	}
	assigned := func(i int) store.Counter {
		return store.Counter{Kind: "assigned", Scope: scope, Member: c.ID(i), Window: win}
	}
	ahead, err := batchRead(c, sc, per, func(i int, dst []store.Counter) []store.Counter {
		dst = append(dst, assigned(i))
		if b.bucket > 0 {
			dst = append(dst, seenCounter(scope, c.ID(i), bk))
		}
		return dst
	})
	if err != nil {
		return leadroute.Pick{}, err
	}
	read := func(i, off int, ctr store.Counter) (int64, error) {
		if ahead != nil {
			return ahead[i*per+off], nil
		}
		return c.Get(ctr)
	}
	var sum, present int64
	lastActive, searched := int64(0), false
	for i := range n {
		if !ok(c, mask, i) {
			continue
		}
		sc.mask[i] = true
		id := c.ID(i)
		v, err := read(i, 0, assigned(i))
		if err != nil {
			return leadroute.Pick{}, err
		}
		sc.vals[i] = v
		if b.bucket > 0 {
			seen, err := read(i, 1, seenCounter(scope, id, bk))
			if err != nil {
				return leadroute.Pick{}, err
			}
			if seen == 0 {
				sc.flags[i] = flagFirstSight
				if !searched {
					searched = true
					if lastActive, err = b.lastActive(c, sc, scope, bk); err != nil {
						return leadroute.Pick{}, err
					}
				}
				back, err := b.returning(c, sc, scope, id, lastActive)
				if err != nil {
					return leadroute.Pick{}, err
				}
				if back {
					sc.flags[i] |= flagReturning
				}
			}
		}
		if sc.flags[i]&flagReturning == 0 {
			sum += v
			present++
		}
	}

	// Pass 2: calibrate the returning reps to the others' average, and mark
	// everyone seen in this bucket.
	if b.bucket > 0 {
		avg := int64(-1)
		if present > 0 {
			avg = sum / present
		}
		seenExp := time.Unix((bk+lookbackBuckets+1)*b.bucket, 0)
		for i := range n {
			f := sc.flags[i]
			if f&flagFirstSight == 0 {
				continue
			}
			id := c.ID(i)
			if f&flagReturning != 0 && sc.vals[i] < avg {
				delta := avg - sc.vals[i]
				sc.vals[i] = avg
				b.calibrate(c, scope, id, win, bk, delta)
			}
			c.Stage(store.Op{Counter: seenCounter(scope, id, bk), Delta: 1, Expire: seenExp})
		}
		if searched && lastActive != bk {
			// Mark the pool active in this bucket (at most a few times per
			// bucket: whenever a rep is first seen in it).
			c.Stage(store.Op{Counter: poolCounter(scope, bk), Delta: 1, Expire: time.Unix((bk+lookbackBuckets+1)*b.bucket, 0)})
		}
	}

	best, minV := -1, int64(0)
	for i, in := range sc.mask {
		if in && (best < 0 || sc.vals[i] < minV) {
			best, minV = i, sc.vals[i]
		}
	}
	pk := pickMin(c, sc, best, minV, keyOr(b.key, c), "balanced")
	if !chose(pk) || c.DryRun() {
		return pk, nil
	}
	// The router raises the count in the same atomic step that commits the
	// rep's caps, so a failed commit leaves no trace.
	pk.Count = store.Limit{
		Counter: store.Counter{Kind: "assigned", Scope: scope, Window: win}, // Member: the chosen rep
		Expire:  time.Unix((win+2)*b.window, 0),
	}
	return pk, nil
}

// returning reports whether rep id, first seen in this bucket, was
// absent long enough to be calibrated: the pool was active in bucket
// lastActive (-1: not within the lookback) and the rep was not seen in
// it or in the absenceBuckets before it.
func (b *balanced) returning(c leadroute.Candidates, sc *scratch, scope, id string, lastActive int64) (bool, error) {
	if lastActive < 0 {
		return false, nil
	}
	sc.ctrs = sc.ctrs[:0]
	for j := lastActive - absenceBuckets; j <= lastActive; j++ {
		sc.ctrs = append(sc.ctrs, seenCounter(scope, id, j))
	}
	prev := sc.gotFor(len(sc.ctrs))
	if err := c.GetMany(sc.ctrs, prev); err != nil {
		return false, err
	}
	for _, p := range prev {
		if p > 0 {
			return false, nil
		}
	}
	return true, nil
}

// calibrate stages raising a returning rep's count by delta, once per
// absence even across replicas: the op is conditional on a claim counter
// that the first commit to apply it sets.
func (b *balanced) calibrate(c leadroute.Candidates, scope, id string, win, bk, delta int64) {
	c.Stage(store.Op{
		Counter: store.Counter{Kind: "assigned", Scope: scope, Member: id, Window: win},
		Delta:   delta,
		Expire:  time.Unix((win+2)*b.window, 0),
		Once:    store.Counter{Kind: "balanced-calib", Scope: scope, Member: id, Window: bk},
	})
}

func (b *balanced) String() string {
	if b.bucket == 0 {
		return fmt.Sprintf("balanced(window %s, no calibration)", b.opts.Window)
	}
	return fmt.Sprintf("balanced(window %s, calibrate after %s)", b.opts.Window, b.opts.Threshold)
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

// sighting is a rep a ranked pick sees eligible for the first time in a
// bucket: pool position, assigned count, and whether it is back from an
// absence long enough to be calibrated (then calibrated, if raised).
type sighting struct {
	i                     int
	v                     int64
	returning, calibrated bool
}

// pickRanked picks through the State's ordered views: the reps not yet
// seen in this bucket (to mark them, and to calibrate those back from a
// long absence), then the first eligible rep by assigned count. ok is
// false when the State keeps no ordered views: the caller reads every
// rep instead.
func (b *balanced) pickRanked(c leadroute.Candidates) (leadroute.Pick, bool, error) {
	buf := rankBufs.Get().(*rankBuf)
	sc := getScratch(0)
	defer func() {
		buf.q = store.RankQuery{}
		buf.sights = buf.sights[:0]
		rankBufs.Put(buf)
		sc.release()
	}()
	now := c.Now().Unix()
	win := floorDiv(now, b.window)
	scope := c.Key()
	assigned := func(i int) store.Counter {
		return store.Counter{Kind: "assigned", Scope: scope, Member: c.ID(i), Window: win}
	}
	q := &buf.q
	sights := buf.sights[:0]
	nCalibrated := 0
	var avg int64
	if b.bucket > 0 {
		bk := floorDiv(now, b.bucket)
		*q = store.RankQuery{Set: b.all, Counter: seenCounter(scope, "", bk)}
		lastActive, searched := int64(0), false
		ok, err := walkRanked(c, q, buf.walk[:], func(r store.Ranked) (bool, error) {
			if r.Value > 0 {
				return true, nil // the rest were seen in this bucket
			}
			if !c.Eligible(r.Index) {
				return false, nil
			}
			v, err := c.Get(assigned(r.Index))
			if err != nil {
				return true, err
			}
			if !searched {
				searched = true
				if lastActive, err = b.lastActive(c, sc, scope, bk); err != nil {
					return true, err
				}
			}
			back, err := b.returning(c, sc, scope, c.ID(r.Index), lastActive)
			if err != nil {
				return true, err
			}
			sights = append(sights, sighting{i: r.Index, v: v, returning: back})
			return false, nil
		})
		if !ok || err != nil {
			return leadroute.Pick{}, ok, err
		}
		if avg, nCalibrated, err = b.calibrateRanked(c, sights, assigned, scope, win, bk); err != nil {
			return leadroute.Pick{}, true, err
		}
		seenExp := time.Unix((bk+lookbackBuckets+1)*b.bucket, 0)
		for _, s := range sights {
			c.Stage(store.Op{Counter: seenCounter(scope, c.ID(s.i), bk), Delta: 1, Expire: seenExp})
		}
		if searched && lastActive != bk {
			c.Stage(store.Op{Counter: poolCounter(scope, bk), Delta: 1, Expire: seenExp})
		}
	}
	buf.sights = sights

	// The first eligible rep by assigned count (ties in rotation order),
	// against the reps just calibrated, whose raised count is staged.
	best, bestV := -1, int64(0)
	start := -1
	consider := func(i int, v int64) {
		if best < 0 || v < bestV || (v == bestV && rotated(i, start, c.Len()) < rotated(best, start, c.Len())) {
			best, bestV = i, v
		}
	}
	calibrated := func(i int) bool {
		if nCalibrated == 0 {
			return false
		}
		for _, s := range sights {
			if s.i == i {
				return s.calibrated
			}
		}
		return false
	}
	*q = store.RankQuery{Set: b.all, Counter: store.Counter{Kind: "assigned", Scope: scope, Window: win}, Rotation: keyOr(b.key, c)}
	ok, err := walkRanked(c, q, buf.walk[:], func(r store.Ranked) (bool, error) {
		if start < 0 {
			start = q.Start // resolved from the rotation by the first page
		}
		if calibrated(r.Index) || !c.Eligible(r.Index) {
			return false, nil
		}
		consider(r.Index, r.Value)
		return true, nil
	})
	if !ok || err != nil {
		return leadroute.Pick{}, ok, err
	}
	if nCalibrated > 0 {
		for _, s := range sights {
			if s.calibrated {
				consider(s.i, avg)
			}
		}
	}
	if best < 0 {
		return leadroute.Pick{}, true, nil
	}
	pk := leadroute.Pick{Rotate: leadroute.Rotation{Key: keyOr(b.key, c), Slots: b.slots[best : best+1]}, Reason: "balanced"}
	if c.DryRun() {
		return pk, true, nil
	}
	pk.Count = store.Limit{
		Counter: store.Counter{Kind: "assigned", Scope: scope, Window: win}, // Member: the chosen rep
		Expire:  time.Unix((win+2)*b.window, 0),
	}
	return pk, true, nil
}

// calibrateRanked raises the returning reps among sights whose count is
// below the average of the other eligible reps to that average (staged,
// once per absence), and marks them calibrated. The average reads every
// rep: O(n), only when a rep is back from a long absence.
func (b *balanced) calibrateRanked(c leadroute.Candidates, sights []sighting, assigned func(int) store.Counter, scope string, win, bk int64) (avg int64, n int, err error) {
	back := 0
	for _, s := range sights {
		if s.returning {
			back++
		}
	}
	if back == 0 {
		return 0, 0, nil
	}
	sc := getScratch(c.Len())
	defer sc.release()
	for _, s := range sights {
		if s.returning {
			sc.mask[s.i] = true
		}
	}
	var sum, present int64
	for i := range c.Len() {
		if sc.mask[i] || !c.Eligible(i) {
			continue
		}
		v, err := c.Get(assigned(i))
		if err != nil {
			return 0, 0, err
		}
		sum += v
		present++
	}
	if present == 0 {
		return 0, 0, nil
	}
	avg = sum / present
	for k := range sights {
		s := &sights[k]
		if s.returning && s.v < avg {
			b.calibrate(c, scope, c.ID(s.i), win, bk, avg-s.v)
			s.calibrated = true
			n++
		}
	}
	return avg, n, nil
}
