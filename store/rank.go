package store

import (
	"context"
	"encoding/binary"
	"math"
	"slices"
	"sync"
	"sync/atomic"
	"time"
	"unique"

	"github.com/google/btree"
)

// Ranker is an optional State capability for the strategies that rank
// reps by a count (least loaded, fewest assigned): the store keeps the
// members of a set ordered by one counter each, so that a pick finds the
// first eligible rep in O(log n) per distinct counter value it passes
// (O(log n + k) when the k reps it passes over share a few values, as
// small counts do; O((k+1) log n) at worst), instead of reading every
// member's counter. store.Memory implements it; a State without it
// (redisstore) serves those strategies by reading the counters, O(n).
//
// The order is a read, like Get: a Commit that follows is not bound to
// it, and two picks that rank at the same time may see the same order.
// An implementation must be safe for concurrent use, as a State is.
type Ranker interface {
	// Rank writes to out, in q's order, the members of q.Set that come
	// first (or, with q.Continue, those after q.After), and returns how
	// many it wrote: fewer than len(out) only when the set is exhausted.
	Rank(ctx context.Context, q *RankQuery, out []Ranked) (int, error)
}

// RankSet is a set of a pool's members that a Ranker orders: the pool's
// member IDs in pool order and which positions belong to the set. It is
// built once per pool (a strategy builds its sets when it is bound) and
// is immutable: a store keeps one ordered view per set and counter, sets
// of the same members of the same pool (a pool bound again by a reload)
// sharing it. It is safe for concurrent use.
type RankSet struct {
	ids []string
	pos map[string]int32 // pool position by ID
	in  []bool           // nil: every position
	n   int              // members in the set

	// The set's content, interned, so that equal sets name one view:
	// the pool's IDs and which positions are in the set.
	poolKey, inKey unique.Handle[string]
}

// NewRankSet returns the set of the pool's members at positions (nil:
// every member). pool lists the member IDs in pool order; it must not
// change afterwards, and positions out of range are ignored.
func NewRankSet(pool []string, positions []int) *RankSet {
	s := &RankSet{ids: pool, pos: make(map[string]int32, len(pool))}
	var b []byte
	for i, id := range pool {
		s.pos[id] = int32(i)
		b = binary.AppendUvarint(b, uint64(len(id)))
		b = append(b, id...)
	}
	s.poolKey = unique.Make(string(b))
	return s.with(positions)
}

// Subset returns the set of the same pool's members at positions (nil:
// every member), sharing s's index of the pool.
func (s *RankSet) Subset(positions []int) *RankSet {
	return (&RankSet{ids: s.ids, pos: s.pos, poolKey: s.poolKey}).with(positions)
}

func (s *RankSet) with(positions []int) *RankSet {
	if positions == nil {
		s.n = len(s.ids)
		return s
	}
	s.in = make([]bool, len(s.ids))
	bits := make([]byte, (len(s.ids)+7)/8+1) // +1: no set of positions is ""
	for _, p := range positions {
		if p >= 0 && p < len(s.ids) && !s.in[p] {
			s.in[p] = true
			s.n++
			bits[p/8] |= 1 << (p % 8)
		}
	}
	s.inKey = unique.Make(string(bits))
	return s
}

// Len returns the number of members in the set.
func (s *RankSet) Len() int { return s.n }

// Has reports whether pool position i is in the set.
func (s *RankSet) Has(i int) bool {
	return i >= 0 && i < len(s.ids) && (s.in == nil || s.in[i])
}

// RankQuery asks a Ranker for the members of Set in order of their
// Counter.
//
// The order is by the counter's value, ascending (descending with Desc),
// and among equal values by pool position starting at Start and wrapping
// around (Start 0: pool order). With Rotation set, the first call (without
// Continue) sets Start to the position after the member that rotation's
// cursor names (the rep last chosen by a Commit with that Rotation), so
// that ties are broken in round-robin as a Commit over the whole pool
// resumes: at 0 before the first pick or when the pool shrank to the
// position the rep was chosen at or below, and at that position when the
// rep has left the pool. Later calls with Continue keep Start as it is.
//
// Rank writes to the query (Start, with Rotation), and a caller paging
// through the order sets Continue and After: a RankQuery is not safe for
// concurrent use; give each goroutine its own. The RankSet it points to
// may be shared.
type RankQuery struct {
	// Set is the members ranked.
	Set *RankSet
	// Counter is the counter each member is ranked by, with Member
	// ignored (each member's own).
	Counter Counter
	// Desc ranks the highest value first.
	Desc bool
	// Start is the pool position ties begin at (see above).
	Start int
	// Rotation, when set, places Start after its cursor (see above).
	Rotation string
	// Continue resumes the order after After, the last entry of the
	// previous call.
	Continue bool
	// After is the entry the order resumes after, with Continue.
	After Ranked
}

// Ranked is one member in a Ranker's order. It is a plain value, with
// nothing shared.
type Ranked struct {
	// Index is the member's pool position.
	Index int
	// Value is the member's counter value when it was ranked.
	Value int64
}

// rankItem is one member in a view's tree: ordered by value, then pool
// position.
type rankItem struct {
	v   int64
	pos int32
}

func rankLess(a, b rankItem) bool {
	if a.v != b.v {
		return a.v < b.v
	}
	return a.pos < b.pos
}

// rankKey is the counter a view ranks by, without the member.
type rankKey struct {
	kind, scope string
	window      int64
}

// viewKey names one view: a set (by content) and a counter.
type viewKey struct {
	pool, in unique.Handle[string]
	rankKey
}

// rankView is Memory's ordered view of one counter across one set. Its
// tree follows every change of those counters (Memory.noteRank), so it
// is exact; mu guards it and is taken after any counter shard lock (and
// rankTable.fmu).
type rankView struct {
	key    viewKey
	set    *RankSet  // the first of the equal sets that rank through it
	once   sync.Once // fills the view from the counters
	filled atomic.Bool

	mu    sync.Mutex
	tree  *btree.BTreeG[rankItem]
	vals  []int64 // by pool position
	known []bool  // vals[i] is known (filled or changed since the view began)
	// exps[i] is when vals[i] expires (Unix nanoseconds; 0: never, or
	// vals[i] is 0), and lapses a min-heap of the expiries to come, some
	// of them stale (exps moved on), so that Rank zeroes the members
	// whose counter expired, as the store reads them.
	exps   []int64
	lapses []lapse

	used atomic.Int64 // when it was last ranked (store clock, Unix seconds)

	// The walk's state, for visit (a func value made once, so that
	// walking allocates nothing); guarded by mu.
	visit func(rankItem) bool
	out   []Ranked
	nOut  int
	limit int32 // positions at or above it end the visit
	group int64 // the value the visit keeps to
	first rankItem
	found bool
	grab  func(rankItem) bool
}

// maxRankViews bounds the views a Memory keeps: past it, the least
// recently ranked are dropped (a dropped view is rebuilt when asked).
// rankIdle is how long an unused view is kept at all; Rank looks for
// such views every sweepEvery seconds.
const (
	maxRankViews = 1 << 14
	rankIdle     = time.Hour
	sweepEvery   = 60
)

// rankTable is Memory's ordered views.
type rankTable struct {
	active atomic.Bool  // any view exists
	mu     sync.RWMutex // guards views; held, it takes only fmu
	views  map[viewKey]*rankView
	swept  int64 // when sweep last ran (Unix seconds); guarded by mu
	max    int   // bound on views (0: maxRankViews); tests lower it
	free   *btree.FreeListG[rankItem]

	// follow is, by counter, the views that have its member and the
	// member's position in each, so that a change of a counter costs the
	// views it moves in, not every view of the counter. fmu guards it:
	// noteRank reads it under counter shard locks (and then takes view
	// locks); a writer holds mu and takes no other lock.
	fmu    sync.RWMutex
	follow map[followKey][]follower
}

// followKey is a counter, member included.
type followKey struct {
	rankKey
	member string
}

// maxViews is the bound on views: maxRankViews, or the test's own.
func (t *rankTable) maxViews() int {
	if t.max > 0 {
		return t.max
	}
	return maxRankViews
}

// follower is a view that has a member, at pos.
type follower struct {
	v   *rankView
	pos int32
}

var _ Ranker = (*Memory)(nil)

// Rank implements Ranker. The first Rank of a set and counter builds its
// view from the counters (O(n) once); from then on every change of those
// counters moves the member in the view (O(log n)), and Rank costs
// O(log n) per distinct value it lists plus O(1) per entry: O(log n +
// len(out)) when the entries share a few values, O(len(out) · log n) at
// worst. A view not ranked for an hour is dropped, and past 16,384 views
// the least recently ranked are (a dropped view is built again when
// ranked).
func (m *Memory) Rank(ctx context.Context, q *RankQuery, out []Ranked) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	if q.Set == nil || q.Set.n == 0 || len(out) == 0 {
		return 0, nil
	}
	now := m.now()
	v := m.rankView(q, now)
	v.used.Store(now.Unix())
	if !v.filled.Load() {
		v.once.Do(func() { m.fillView(v, now); v.filled.Store(true) })
	}
	if q.Rotation != "" && !q.Continue {
		q.Start = 0
		r := m.lockRotation(q.Rotation)
		member, pos := r.member, r.pos
		r.mu.Unlock()
		// As a Commit over the whole pool resumes (see resume): start
		// over when the pool shrank below the cursor's position, else
		// after the member, else (the member is gone) at its position.
		if pos >= 0 && pos < len(q.Set.ids) {
			if i, ok := q.Set.pos[member]; ok {
				q.Start = int(i) + 1
			} else {
				q.Start = pos
			}
		}
	}
	start := int32(min(max(q.Start, 0), len(q.Set.ids)))
	v.mu.Lock()
	defer v.mu.Unlock()
	v.lapse(lapseAt(now))
	return v.walk(q, start, out), nil
}

// rankView returns the view of q's set and counter, creating it (empty,
// not yet filled) if needed.
func (m *Memory) rankView(q *RankQuery, now time.Time) *rankView {
	k := viewKey{pool: q.Set.poolKey, in: q.Set.inKey, rankKey: rankKey{q.Counter.Kind, q.Counter.Scope, q.Counter.Window}}
	t := &m.rank
	t.mu.RLock() // the common case: the view exists and no sweep is due
	v, due := t.views[k], now.Unix()-t.swept >= sweepEvery
	t.mu.RUnlock()
	if v != nil && !due {
		return v
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if now.Unix()-t.swept >= sweepEvery {
		t.sweep(now) // not only when a view is made: a retired one still follows its counter
	}
	if v := t.views[k]; v != nil {
		return v
	}
	if t.views == nil {
		t.views = make(map[viewKey]*rankView)
		t.follow = make(map[followKey][]follower)
		t.free = btree.NewFreeListG[rankItem](btree.DefaultFreeListSize)
	}
	if len(t.views) >= t.maxViews() {
		t.sweep(now)
	}
	n := len(q.Set.ids)
	v = &rankView{key: k, set: q.Set, vals: make([]int64, n), known: make([]bool, n), exps: make([]int64, n)}
	v.tree = btree.NewWithFreeListG(16, rankLess, t.free)
	v.visit = v.visitItem
	v.grab = v.grabItem
	v.used.Store(now.Unix())
	t.views[k] = v
	t.fmu.Lock()
	for i, id := range v.set.ids {
		if v.set.Has(i) {
			fk := followKey{k.rankKey, id}
			t.follow[fk] = append(t.follow[fk], follower{v, int32(i)})
		}
	}
	t.fmu.Unlock()
	t.active.Store(true)
	return v
}

// sweep drops views unused for rankIdle and, past maxRankViews, the least
// recently used. Caller holds t.mu.
func (t *rankTable) sweep(now time.Time) {
	t.swept = now.Unix()
	idle := now.Add(-rankIdle).Unix()
	for _, v := range t.views {
		if v.used.Load() < idle {
			t.drop(v)
		}
	}
	if len(t.views) < t.maxViews() {
		return
	}
	all := make([]*rankView, 0, len(t.views))
	for _, v := range t.views {
		all = append(all, v)
	}
	slices.SortFunc(all, func(a, b *rankView) int { return int(a.used.Load() - b.used.Load()) })
	for _, v := range all[:len(all)-t.maxViews()+1] {
		t.drop(v)
	}
}

// drop forgets view v: it no longer follows its counter. Caller holds
// t.mu.
func (t *rankTable) drop(v *rankView) {
	delete(t.views, v.key)
	t.fmu.Lock()
	defer t.fmu.Unlock()
	for i, id := range v.set.ids {
		if !v.set.Has(i) {
			continue
		}
		fk := followKey{v.key.rankKey, id}
		fs := slices.DeleteFunc(t.follow[fk], func(f follower) bool { return f.v == v })
		if len(fs) == 0 {
			delete(t.follow, fk)
		} else {
			t.follow[fk] = fs
		}
	}
}

// fillView reads the current value of every member's counter into v.
// Each member is read under its shard's lock and set only if no change
// reached the view first (a change comes under the same lock), so the
// view misses nothing that happens while it fills.
func (m *Memory) fillView(v *rankView, now time.Time) {
	s := v.set
	clk := lazyNow{f: func() time.Time { return now }}
	c := Counter{Kind: v.key.kind, Scope: v.key.scope, Window: v.key.window}
	for i, id := range s.ids {
		if !s.Has(i) {
			continue
		}
		c.Member = id
		sh := &m.shards[m.shardOf(id)]
		sh.mu.Lock()
		var n int64
		var exp time.Time
		if mc := sh.members[id]; mc != nil {
			if e := mc.find(c, &clk); e != nil {
				n, exp = e.n, e.expire
			}
		}
		v.mu.Lock()
		if !v.known[i] {
			v.put(int32(i), n, exp)
		}
		v.mu.Unlock()
		sh.mu.Unlock()
	}
}

// noteRank moves c's member in the views that follow c, now that c's
// value is n until exp (zero: no expiry). Caller holds the member's
// counter shard.
func (m *Memory) noteRank(c *Counter, n int64, exp time.Time) {
	if m.rank.active.Load() { // inlined: a store without views pays one load
		m.noteRankViews(c, n, exp)
	}
}

// noteRankViews is noteRank for a store with views.
func (m *Memory) noteRankViews(c *Counter, n int64, exp time.Time) {
	t := &m.rank
	t.fmu.RLock()
	for _, f := range t.follow[followKey{rankKey{c.Kind, c.Scope, c.Window}, c.Member}] {
		f.v.mu.Lock()
		f.v.put(f.pos, n, exp)
		f.v.mu.Unlock()
	}
	t.fmu.RUnlock()
}

// put sets position i's value, which expires at exp. Caller holds v.mu.
func (v *rankView) put(i int32, n int64, exp time.Time) {
	var at int64
	if n != 0 && !exp.IsZero() {
		at = lapseAt(exp)
		if at != v.exps[i] {
			v.pushLapse(lapse{at, i})
		}
	}
	v.exps[i] = at
	v.move(i, n)
}

// move sets position i's value in the tree. Caller holds v.mu.
func (v *rankView) move(i int32, n int64) {
	if v.known[i] {
		if v.vals[i] == n {
			return
		}
		v.tree.Delete(rankItem{v.vals[i], i})
	}
	v.vals[i], v.known[i] = n, true
	v.tree.ReplaceOrInsert(rankItem{n, i})
}

// lapseAt is t in Unix nanoseconds, clamped to what an int64 holds (the
// years 1678 to 2262: an expiry past that is as good as never, one before
// it is long past) and never 0, which means no expiry.
func lapseAt(t time.Time) int64 {
	switch {
	case t.Before(minLapse):
		return math.MinInt64 + 1
	case t.After(maxLapse):
		return math.MaxInt64
	case t.Equal(unixZero):
		return -1
	}
	return t.UnixNano()
}

var (
	minLapse = time.Unix(0, math.MinInt64+1)
	maxLapse = time.Unix(0, math.MaxInt64)
	unixZero = time.Unix(0, 0)
)

// lapse is when a position's value expires.
type lapse struct {
	at  int64
	pos int32
}

// lapse zeroes the values that expired by now (Unix nanoseconds), as the
// store reads an expired counter. Caller holds v.mu.
func (v *rankView) lapse(now int64) {
	for len(v.lapses) > 0 && v.lapses[0].at <= now {
		l := v.popLapse()
		if v.exps[l.pos] == l.at {
			v.exps[l.pos] = 0
			v.move(l.pos, 0)
		}
	}
}

// pushLapse adds l to the heap; when stale entries make it large, it
// rebuilds it from exps first, so it stays O(set). Caller holds v.mu.
func (v *rankView) pushLapse(l lapse) {
	if len(v.lapses) >= 2*len(v.exps)+16 {
		h := v.lapses[:0]
		for i, at := range v.exps {
			if at != 0 && int32(i) != l.pos {
				h = append(h, lapse{at, int32(i)})
			}
		}
		v.lapses = h
		for j := len(h)/2 - 1; j >= 0; j-- {
			v.down(j)
		}
	}
	v.lapses = append(v.lapses, l)
	for j := len(v.lapses) - 1; j > 0; {
		p := (j - 1) / 2
		if v.lapses[p].at <= v.lapses[j].at {
			break
		}
		v.lapses[p], v.lapses[j] = v.lapses[j], v.lapses[p]
		j = p
	}
}

// popLapse removes and returns the earliest lapse. Caller holds v.mu.
func (v *rankView) popLapse() lapse {
	h := v.lapses
	l := h[0]
	h[0] = h[len(h)-1]
	v.lapses = h[:len(h)-1]
	v.down(0)
	return l
}

func (v *rankView) down(j int) {
	h := v.lapses
	for {
		c := 2*j + 1
		if c >= len(h) {
			return
		}
		if c+1 < len(h) && h[c+1].at < h[c].at {
			c++
		}
		if h[j].at <= h[c].at {
			return
		}
		h[j], h[c] = h[c], h[j]
		j = c
	}
}

// walk writes the entries of q's order into out. Caller holds v.mu.
func (v *rankView) walk(q *RankQuery, start int32, out []Ranked) int {
	v.out, v.nOut = out, 0
	defer func() { v.out = nil }()
	var g int64
	pos, wrapped := start, false // the next position of group g; past its end
	if q.Continue {
		g, pos = q.After.Value, int32(q.After.Index)+1
		wrapped = int32(q.After.Index) < start
	} else {
		first, ok := v.extreme(q.Desc)
		if !ok {
			return 0
		}
		g = first.v
	}
	for v.nOut < len(out) {
		// Group g in rotated order: [start, end), then [0, start).
		if !wrapped {
			v.visitGroup(g, pos, int32(len(v.vals)))
			pos = 0
		}
		if v.nOut < len(out) {
			v.visitGroup(g, pos, start)
		}
		if v.nOut >= len(out) {
			break
		}
		next, ok := v.after(g, q.Desc)
		if !ok {
			break
		}
		g, pos, wrapped = next, start, false
	}
	return v.nOut
}

// visitGroup appends group g's entries at positions [from, to).
func (v *rankView) visitGroup(g int64, from, to int32) {
	if from >= to {
		return
	}
	v.group, v.limit = g, to
	v.tree.AscendGreaterOrEqual(rankItem{g, from}, v.visit)
}

func (v *rankView) visitItem(it rankItem) bool {
	if it.v != v.group || it.pos >= v.limit {
		return false
	}
	v.out[v.nOut] = Ranked{Index: int(it.pos), Value: it.v}
	v.nOut++
	return v.nOut < len(v.out)
}

func (v *rankView) grabItem(it rankItem) bool {
	v.first, v.found = it, true
	return false
}

// extreme returns the lowest (highest with desc) entry.
func (v *rankView) extreme(desc bool) (rankItem, bool) {
	if desc {
		return v.tree.Max()
	}
	return v.tree.Min()
}

// after returns the value of the group after g in the order.
func (v *rankView) after(g int64, desc bool) (int64, bool) {
	v.found = false
	if desc {
		if g == minInt64 {
			return 0, false
		}
		v.tree.DescendLessOrEqual(rankItem{g - 1, maxInt32}, v.grab)
	} else {
		if g == maxInt64 {
			return 0, false
		}
		v.tree.AscendGreaterOrEqual(rankItem{g + 1, minInt32}, v.grab)
	}
	return v.first.v, v.found
}

const (
	maxInt64 = 1<<63 - 1
	minInt64 = -1 << 63
	maxInt32 = 1<<31 - 1
	minInt32 = -1 << 31
)
