package store

import (
	"context"
	"hash/maphash"
	"math/bits"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// MemoryOptions configures a Memory store. The zero value is ready to use.
type MemoryOptions struct {
	// Clock tells the time, used only to drop expired counters and forget
	// old decisions. Give it the router's clock (a leadroute.Clock, such as
	// a leadroute.ManualClock in tests): the interface is spelled out here
	// because the root package imports store, not the other way round. It
	// is called from many goroutines. Nil means the system clock.
	Clock interface{ Now() time.Time }
	// MaxRecords bounds how many committed decisions (and, separately, how
	// many idempotent ops) are remembered: at least the MaxRecords/2 most
	// recent and at most MaxRecords, and none past IdempotencyWindow. Size
	// it for a day of leads. 0 means 1<<20. A remembered decision takes
	// about 72 bytes (BENCHMARKS.md has the measured figure). It also
	// bounds the assignments pending acceptance (Pending): past it, the
	// entries longest overdue are dropped, a sixteenth of it at once.
	MaxRecords int
}

// Memory is the in-process State: exact and atomic within one process.
//
// It is safe for concurrent use. Counters are sharded by member, decisions
// by the hash of their ID, and each rotation has its own lock, so routers on
// many goroutines rarely contend. Use a shared store (redisstore) when
// several processes route for the same pools.
//
// Memory holds one rotation cursor per key for the life of the store (a few
// dozen bytes per rule or pool ever used), counters until their window
// expires or they fall to zero, and decisions and op IDs for
// IdempotencyWindow or MaxRecords, and, for each set and counter it has
// ranked (Ranker), an ordered view of the set, until it is not ranked for
// an hour (at most 16,384 views; about 250 bytes per member of a view,
// measured by TestAllocBytesPerRankedMember: a LeastLoaded pool with one
// MaxOpen keeps two views, a Balanced pool two or three plus one per
// presence bucket of the last hour). Decision IDs are remembered by a 64-bit
// hash (two distinct IDs collide with probability about n²/2⁶⁵), and rule,
// rep and queue names are interned, so a record is 16 bytes plus map
// overhead.
type Memory struct {
	now  func() time.Time
	seed maphash.Seed

	rots     sync.Map // key → *rotation
	rotCache [rotCacheSize]atomic.Pointer[rotation]
	nrots    atomic.Int64
	sweeping atomic.Bool

	shards    [numShards]counterShard
	decisions [numShards]recordShard[decRec] // by hash of the decision ID
	ops       [numShards]recordShard[opRec]  // by hash of the op ID

	names interner

	pending pendingSet

	rank rankTable
}

const numShards = 32

var _ State = (*Memory)(nil)

type rotation struct {
	mu     sync.Mutex
	key    string
	slot   int    // last slot chosen; -1 before the first
	member string // member ID at that slot
	// pos is that member's position among the step's members (with no
	// Slots, the same as slot): where a Ranker's tie order resumes when
	// the member is gone (a one-slot pick leaves slot 0).
	pos  int
	used bool // since the last sweep
	// dead is set (under mu) when a sweep drops the cursor: a commit
	// that finds it set looks the key up again.
	dead atomic.Bool
}

// maxRotations is how many rotation cursors a Memory keeps before it
// sweeps away those unused since the previous sweep (second chance). A
// configuration has one per pool, so only rotation keys made from lead
// data (a custom strategy's) ever reach it; a swept cursor starts over.
const maxRotations = 1 << 16

// rotCacheSize is the number of slots of Memory's rotation cache.
const rotCacheSize = 256

// rotSlot is key's slot in the rotation cache.
func rotSlot(key string) int { return int(cheapHash(key) % rotCacheSize) }

// cheapHash mixes s's length and its first and last 8 bytes (where keys
// and names differ: "r012-territory", "emea/DE", "rep007"): a few
// instructions, for the caches that spare a full string hash. It is not
// a map hash: equal strings must still be compared.
func cheapHash(s string) uint32 {
	n := len(s)
	x := uint64(n)
	if n >= 8 {
		x ^= load64(s, 0) ^ bits.RotateLeft64(load64(s, n-8), 29)
	} else {
		for i := 0; i < n; i++ {
			x = x<<8 | uint64(s[i])
		}
	}
	x *= 0x9e3779b97f4a7c15
	return uint32(x >> 32)
}

// load64 returns the 8 bytes of s from i, little-endian (the compiler
// makes it one load).
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// rotation returns key's rotation, creating it if needed. A small cache
// by rotSlot answers for the pools in use without hashing the key (the
// comparison of an equal key is a pointer comparison when the router
// passes the same string each time); a miss, or a cursor the sweep
// dropped, goes to the map.
func (m *Memory) rotation(key string) *rotation {
	c := &m.rotCache[rotSlot(key)]
	if r := c.Load(); r != nil && r.key == key && !r.dead.Load() {
		return r
	}
	var r *rotation
	if v, ok := m.rots.Load(key); ok {
		r = v.(*rotation)
	} else {
		v, loaded := m.rots.LoadOrStore(key, &rotation{key: key, slot: -1, pos: -1})
		if !loaded && m.nrots.Add(1) > maxRotations {
			m.sweepRotations()
		}
		r = v.(*rotation)
	}
	c.Store(r)
	return r
}

// lockRotation returns key's rotation, locked, and never one a sweep has
// dropped.
func (m *Memory) lockRotation(key string) *rotation {
	for {
		r := m.rotation(key)
		r.mu.Lock()
		if !r.dead.Load() {
			return r
		}
		r.mu.Unlock()
	}
}

func (m *Memory) sweepRotations() {
	if !m.sweeping.CompareAndSwap(false, true) {
		return
	}
	defer m.sweeping.Store(false)
	m.rots.Range(func(k, v any) bool {
		r := v.(*rotation)
		r.mu.Lock()
		if !r.used {
			r.dead.Store(true)
			m.rots.Delete(k)
			m.nrots.Add(-1)
			m.rotCache[rotSlot(r.key)].CompareAndSwap(r, nil)
		}
		r.used = false
		r.mu.Unlock()
		return true
	})
}

// counterShard holds the counters of the members that hash to it. Each
// member's counters are a short slice (a few kinds × live windows), so a
// lookup is one string hash and a short scan.
type counterShard struct {
	mu      sync.Mutex
	members map[string]*memberCounters
	writes  int
	_       [40]byte // keep shards on separate cache lines
}

// pruneEvery is how many writes a shard takes between prunes.
const pruneEvery = 1024

type memberCounters struct {
	entries []entry
}

type entry struct {
	kind, scope string
	window      int64
	n           int64
	expire      time.Time
}

// epoch is the origin of record times: seconds since 2000 fit a uint32
// until 2136.
var epoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).Unix()

func stamp(t time.Time) uint32 {
	s := t.Unix() - epoch
	if s < 0 {
		return 0
	}
	if s > 1<<32-1 {
		return 1<<32 - 1
	}
	return uint32(s)
}

// decRec is a remembered decision: interned rule and target names.
type decRec struct {
	rule, target uint32 // interned; target is a member or, with isQueue, a queue
	at           uint32 // stamp
	round        uint16
	flags        uint16
}

const (
	isQueue uint16 = 1 << iota
	hasSide        // names and history kept in the shard's side map

	weightShift = 2 // the upper bits of flags keep the recorded weight
)

// sideRec holds what a decRec cannot: names the interner had no room for,
// and a reroute's history. Rare, so kept apart.
type sideRec struct {
	rule, target string
	past         []string
}

type opRec struct {
	n  int64
	at uint32
}

func (r decRec) stamp() uint32 { return r.at }
func (r opRec) stamp() uint32  { return r.at }

// recordShard remembers records by a 64-bit hash of their ID in two
// generations: new records go to cur; when cur holds half the shard's
// budget, or is older than the window, it becomes prev and the old prev is
// cleared and reused. So memory is bounded by the budget, forgetting is
// O(1) per record with no per-insert deletes, and a record lives at least
// half the budget's inserts (or the window).
type recordShard[V interface{ stamp() uint32 }] struct {
	mu        sync.Mutex
	cur, prev map[uint64]V
	curStart  uint32
	half      int
	side      [2]map[uint64]*sideRec // by generation (0: cur)
}

func (rs *recordShard[V]) init(half int) {
	rs.cur, rs.prev, rs.half = make(map[uint64]V), make(map[uint64]V), half
}

const windowSecs = uint32(IdempotencyWindow / time.Second)

func live(at, now uint32) bool { return now < at || now-at <= windowSecs }

// lookup returns a live record. Caller holds rs.mu.
func (rs *recordShard[V]) lookup(h uint64, now uint32) (V, bool) {
	if r, ok := rs.cur[h]; ok && live(r.stamp(), now) {
		return r, true
	}
	if r, ok := rs.prev[h]; ok && live(r.stamp(), now) {
		return r, true
	}
	var zero V
	return zero, false
}

// sideOf returns h's side record. Caller holds rs.mu.
func (rs *recordShard[V]) sideOf(h uint64) *sideRec {
	if p, ok := rs.side[0][h]; ok {
		return p
	}
	return rs.side[1][h]
}

// remember stores r under h. Caller holds rs.mu.
func (rs *recordShard[V]) remember(h uint64, r V, side *sideRec) {
	now := r.stamp()
	if len(rs.cur) >= rs.half || (len(rs.cur) > 0 && now > rs.curStart && now-rs.curStart > windowSecs) {
		rs.cur, rs.prev = rs.prev, rs.cur
		clear(rs.cur)
		rs.side[0], rs.side[1] = nil, rs.side[0]
	}
	if len(rs.cur) == 0 {
		rs.curStart = now
	}
	// An older record of h in prev needs no delete: lookups try cur
	// first, and prev is cleared whole when it is recycled.
	rs.cur[h] = r
	if side != nil {
		if rs.side[0] == nil {
			rs.side[0] = make(map[uint64]*sideRec)
		}
		rs.side[0][h] = side
	} else if rs.side[0] != nil {
		delete(rs.side[0], h)
	}
}

// interner maps names (rules, reps, queues) to small integers, so that a
// remembered decision holds no strings. Names come from the router's
// configuration, so the table stays small; it holds at most maxInterned
// names, and a decision naming others (queue names a custom strategy made
// from lead data, say) keeps its names in a side record that is forgotten
// with it.
type interner struct {
	mu    sync.RWMutex
	ids   map[string]*interned
	names []string
	// cache holds interned names by cheapHash, so that the names a
	// router repeats (its rules and reps) are found with no lock and no
	// full hash. Interned names are never removed, so an entry is never
	// stale; a collision only costs a lookup in ids.
	cache [internCacheSize]atomic.Pointer[interned]
}

type interned struct {
	name string
	id   uint32
}

const (
	maxInterned     = 1 << 16
	internCacheSize = 1024
)

// id returns s's number, adding s if there is room.
func (in *interner) id(s string) (uint32, bool) {
	c := &in.cache[cheapHash(s)%internCacheSize]
	if e := c.Load(); e != nil && e.name == s {
		return e.id, true
	}
	in.mu.RLock()
	e, ok := in.ids[s]
	in.mu.RUnlock()
	if !ok {
		if e, ok = in.add(s); !ok {
			return 0, false
		}
	}
	c.Store(e)
	return e.id, true
}

// add interns s if there is room.
func (in *interner) add(s string) (*interned, bool) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if e, ok := in.ids[s]; ok {
		return e, true
	}
	if len(in.names) >= maxInterned {
		return nil, false
	}
	if in.ids == nil {
		in.ids = make(map[string]*interned)
	}
	e := &interned{name: s, id: uint32(len(in.names))}
	in.ids[s] = e
	in.names = append(in.names, s)
	return e, true
}

func (in *interner) name(id uint32) string {
	in.mu.RLock()
	defer in.mu.RUnlock()
	return in.names[id]
}

// lazyNow reads the clock at most once per call, and only if an expiry
// has to be checked or set.
type lazyNow struct {
	f  func() time.Time
	t  time.Time
	ok bool
}

func (c *lazyNow) now() time.Time {
	if !c.ok {
		c.t, c.ok = c.f(), true
	}
	return c.t
}

// NewMemory returns an empty in-memory State.
func NewMemory(opts MemoryOptions) *Memory {
	now := time.Now
	if opts.Clock != nil {
		now = opts.Clock.Now
	}
	if opts.MaxRecords <= 0 {
		opts.MaxRecords = 1 << 20
	}
	m := &Memory{now: now, seed: maphash.MakeSeed()}
	half := max(opts.MaxRecords/numShards/2, 1)
	for i := range m.shards {
		m.shards[i].members = make(map[string]*memberCounters)
		m.decisions[i].init(half)
		m.ops[i].init(half)
	}
	m.names.id("") // number 0 is the empty name
	m.pending.max = opts.MaxRecords
	return m
}

func (m *Memory) hash(s string) uint64 { return maphash.String(m.seed, s) }

func (m *Memory) shardOf(member string) int { return int(m.hash(member) % numShards) }

// find returns the live entry for c in mc, or nil. Expired entries read as
// zero.
func (mc *memberCounters) find(c Counter, clk *lazyNow) *entry {
	for i := range mc.entries {
		e := &mc.entries[i]
		if e.window == c.Window && e.kind == c.Kind && e.scope == c.Scope {
			if !e.expire.IsZero() && !clk.now().Before(e.expire) {
				e.n = 0
			}
			return e
		}
	}
	return nil
}

func (sh *counterShard) get(c Counter, clk *lazyNow) int64 {
	mc := sh.members[c.Member]
	if mc == nil {
		return 0
	}
	if e := mc.find(c, clk); e != nil {
		return e.n
	}
	return 0
}

// add adds delta to c's value, clamped at zero, sets its expiry, and
// returns the new value.
func (sh *counterShard) add(c Counter, delta int64, expire time.Time, clk *lazyNow) int64 {
	mc := sh.members[c.Member]
	var e *entry
	if mc != nil {
		e = mc.find(c, clk)
	}
	var n int64
	switch {
	case e != nil:
		n = max(e.n+delta, 0)
		e.n, e.expire = n, expire
	case delta <= 0:
		return 0
	default:
		n = delta
		if mc == nil {
			mc = &memberCounters{}
			sh.members[c.Member] = mc
		}
		mc.entries = append(mc.entries, entry{kind: c.Kind, scope: c.Scope, window: c.Window, n: n, expire: expire})
	}
	sh.writes++
	if sh.writes >= pruneEvery {
		sh.writes = 0
		sh.prune(clk.now())
	}
	return n
}

// prune drops expired and zero entries, so memory stays bounded by the live
// windows and the non-zero counters.
func (sh *counterShard) prune(now time.Time) {
	for member, mc := range sh.members {
		live := mc.entries[:0]
		for _, e := range mc.entries {
			if e.n != 0 && (e.expire.IsZero() || now.Before(e.expire)) {
				live = append(live, e)
			}
		}
		clear(mc.entries[len(live):])
		mc.entries = live
		if len(live) == 0 {
			delete(sh.members, member)
		}
	}
}

// Get implements State.
func (m *Memory) Get(ctx context.Context, c Counter) (int64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	clk := lazyNow{f: m.now}
	sh := &m.shards[m.shardOf(c.Member)]
	sh.mu.Lock()
	n := sh.get(c, &clk)
	sh.mu.Unlock()
	return n, nil
}

// lockSet locks the mutexes of the shards in set, in ascending order, and
// unlockSet unlocks them.
func lockSet(set uint32, mu func(i int) *sync.Mutex) {
	for rest := set; rest != 0; rest &= rest - 1 {
		mu(bits.TrailingZeros32(rest)).Lock()
	}
}

func unlockSet(set uint32, mu func(i int) *sync.Mutex) {
	for rest := set; rest != 0; rest &= rest - 1 {
		mu(bits.TrailingZeros32(rest)).Unlock()
	}
}

func (m *Memory) counterMu(i int) *sync.Mutex { return &m.shards[i].mu }
func (m *Memory) opMu(i int) *sync.Mutex      { return &m.ops[i].mu }

func (m *Memory) lockCounters(set uint32)   { lockSet(set, m.counterMu) }
func (m *Memory) unlockCounters(set uint32) { unlockSet(set, m.counterMu) }
func (m *Memory) lockOps(set uint32)        { lockSet(set, m.opMu) }
func (m *Memory) unlockOps(set uint32)      { unlockSet(set, m.opMu) }

// Locks are always taken in this order, so no two calls can deadlock: a
// decision shard, a rotation, op shards (ascending), counter shards
// (ascending), then the ordered views' (rank.go): the table's follow
// index (read), a view. Rank takes a rotation, or the table and then its
// follow index, or a counter shard and then a view, never two of these
// at once.

// Commit implements State.
//
// Each lock is released by a defer in a function with few returns, so
// that the defers are open-coded (no defer records on the hot path).
func (m *Memory) Commit(ctx context.Context, s *Step) (out Outcome, err error) {
	out.Index = -1
	if err := ctx.Err(); err != nil {
		return out, err
	}
	clk := lazyNow{f: m.now, t: s.Now, ok: !s.Now.IsZero()} // the caller's time, if it gave one
	if s.Decision == "" {
		if s.IfPending != "" {
			out.NotPending = true // nothing is pending without a decision
			return out, nil
		}
		m.commit(s, nil, 0, &clk, &out)
		return out, nil
	}
	h := m.hash(s.Decision)
	ds := &m.decisions[h%numShards]
	ds.mu.Lock()
	defer ds.mu.Unlock()
	if r, ok := ds.lookup(h, stamp(clk.now())); ok && (uint32(r.round) >= s.Round || !s.Seen) {
		out.Record, out.Replay = m.record(ds, h, r), true
		return out, nil
	}
	// The decision shard's lock is held, so no other commit of this
	// decision can change its pending entry meanwhile; an Accept takes
	// the same lock, so it comes before or after this step as a whole.
	if s.IfPending != "" && !m.pending.pendingFor(s.Decision, s.IfPending) {
		out.NotPending = true
		return out, nil
	}
	m.commit(s, ds, h, &clk, &out)
	return out, nil
}

// commit is Commit after the decision check, into out (whose Index is
// -1 and the rest zero). Caller holds ds.mu (when ds is not nil).
func (m *Memory) commit(s *Step, ds *recordShard[decRec], h uint64, clk *lazyNow, out *Outcome) {
	// The ops' shards: op records by ID, counters by member.
	var opSet, opCounterSet uint32
	for i := range s.Ops {
		op := &s.Ops[i]
		if op.ID != "" {
			opSet |= 1 << (m.hash(op.ID) % numShards)
		}
		opCounterSet |= 1 << m.shardOf(op.Counter.Member)
		if op.Once.Kind != "" {
			opCounterSet |= 1 << m.shardOf(op.Once.Member)
		}
	}
	if opSet != 0 {
		m.lockOps(opSet)
		defer m.unlockOps(opSet)
	}
	if s.Queue != "" || s.Members == nil {
		if s.Queue != "" {
			m.commitQueue(s, ds, h, opCounterSet, clk, out)
		}
		return
	}
	m.commitMembers(s, ds, h, opCounterSet, clk, out)
}

// commitQueue records a queue decision. Caller holds ds.mu and the ops'
// op shards.
func (m *Memory) commitQueue(s *Step, ds *recordShard[decRec], h uint64, opCounterSet uint32, clk *lazyNow, out *Outcome) {
	m.lockCounters(opCounterSet)
	defer m.unlockCounters(opCounterSet)
	if !m.expectsHold(s.Ops, clk) {
		out.Conflict = true
		return
	}
	out.Record = Record{Rule: s.Rule, Queue: s.Queue, Round: s.Round, Past: s.Past}
	if !s.DryRun {
		m.applyOps(s.Ops, clk)
		if ds != nil {
			m.remember(ds, h, s, s.Queue, true, clk)
			if s.Round > 0 {
				m.pending.set(s.Decision, "", time.Time{}, true)
			}
		}
	}
}

// maxCached is how many of a member's limits commitMembers keeps the
// counter entries of between checking and applying them.
const maxCached = 16

// commitMembers chooses a member and applies its limits. Caller holds
// ds.mu and the ops' op shards.
func (m *Memory) commitMembers(s *Step, ds *recordShard[decRec], h uint64, opCounterSet uint32, clk *lazyNow, out *Outcome) {
	mem := s.Members
	n := mem.Len()
	if s.Slots != nil {
		n = len(s.Slots)
	}
	memberAt := func(slot int) int {
		if s.Slots == nil {
			return slot
		}
		return int(s.Slots[slot])
	}
	var rot *rotation
	start := -1
	if s.Rotation != "" {
		rot = m.lockRotation(s.Rotation)
		defer rot.mu.Unlock()
		rot.used = true
		// The slot, as redisstore keeps it (TestSameAsMemory): a commit
		// after a Ranker's one-slot pick finds its member by ID.
		start = resume(rot.slot, rot.member, n, mem, memberAt)
	}
	for k := 1; k <= n; k++ {
		slot := k - 1
		if rot != nil {
			slot = (start + k) % n // start is -1 before the first pick
		}
		i := memberAt(slot)
		if i < 0 || i >= mem.Len() || !mem.Eligible(i) {
			continue
		}
		limits := mem.Limits(i)
		set := opCounterSet
		var idx [maxCached]uint8
		for j := range limits {
			var sh int
			if j > 0 && j <= len(idx) && limits[j].Counter.Member == limits[j-1].Counter.Member {
				sh = int(idx[j-1]) // a member's caps share its shard: hash it once
			} else {
				sh = m.shardOf(limits[j].Counter.Member)
			}
			if j < len(idx) {
				idx[j] = uint8(sh)
			}
			set |= 1 << sh
		}
		shardAt := func(j int) *counterShard {
			if j < len(idx) {
				return &m.shards[idx[j]]
			}
			return &m.shards[m.shardOf(limits[j].Counter.Member)]
		}
		m.lockCounters(set)
		if !m.expectsHold(s.Ops, clk) {
			m.unlockCounters(set)
			out.Conflict = true
			return
		}
		// The entries found while checking are raised in place below,
		// so each counter is looked up once, and a run of limits of one
		// member (a rep's caps and open count) looks the member up once.
		var ents [maxCached]*entry
		var mc *memberCounters
		mcOf := ""
		mcOK := false
		fits := true
		for j := range limits {
			l := &limits[j]
			if l.Claim {
				continue
			}
			if !mcOK || l.Counter.Member != mcOf {
				mc, mcOf, mcOK = shardAt(j).members[l.Counter.Member], l.Counter.Member, true
			}
			var cur, gate int64
			if mc != nil {
				if e := mc.find(l.Counter, clk); e != nil {
					cur = e.n
					if j < len(ents) {
						ents[j] = e
					}
				}
				if l.Gate != "" {
					if e := mc.find(l.GateCounter(), clk); e != nil {
						gate = e.n
					}
				}
			}
			if (l.Max > 0 || l.Gate != "") && !l.Fits(cur, gate) {
				fits = false
				break
			}
		}
		if !fits {
			m.unlockCounters(set)
			continue
		}
		id := mem.ID(i)
		out.Index = i
		out.Record = Record{Rule: s.Rule, Member: id, Round: s.Round, Past: s.Past, Weight: RecordedWeight(s.Weight)}
		if s.DryRun {
			m.unlockCounters(set)
			return
		}
		// An entry pointer stays valid until a counter is added to a
		// member's entries (an append may move them) or a shard is
		// pruned: after the first such add, the rest look up again.
		inPlace := true
		for j := range limits {
			l := &limits[j]
			sh := shardAt(j)
			if l.Claim {
				if sh.get(l.Counter, clk) == 0 {
					m.noteRank(&l.Counter, sh.add(l.Counter, l.Amount(), l.Expire, clk), l.Expire)
					inPlace = false
				}
				continue
			}
			if inPlace && j < len(ents) && ents[j] != nil {
				e := ents[j]
				e.n, e.expire = max(e.n+l.Amount(), 0), l.Expire
				sh.writes++
				m.noteRank(&l.Counter, e.n, e.expire)
				continue
			}
			m.noteRank(&l.Counter, sh.add(l.Counter, l.Amount(), l.Expire, clk), l.Expire)
			inPlace = false
		}
		m.applyOps(s.Ops, clk)
		m.pruneDue(set, clk)
		m.unlockCounters(set)
		if rot != nil {
			rot.slot, rot.member, rot.pos = slot, id, i
		}
		if ds != nil {
			m.remember(ds, h, s, id, false, clk)
			if !s.Deadline.IsZero() || s.Round > 0 {
				m.pending.set(s.Decision, id, s.Deadline, s.Deadline.IsZero())
			}
		}
		return
	}
}

// pruneDue prunes the shards of set that are due. Caller holds them.
func (m *Memory) pruneDue(set uint32, clk *lazyNow) {
	for rest := set; rest != 0; rest &= rest - 1 {
		if sh := &m.shards[bits.TrailingZeros32(rest)]; sh.writes >= pruneEvery {
			sh.writes = 0
			sh.prune(clk.now())
		}
	}
}

// resume returns the slot after which a rotation continues. Caller holds
// rot.mu.
func resume(start int, member string, n int, mem Members, memberAt func(int) int) int {
	if start >= n {
		return -1 // the schedule shrank below the cursor: start over
	}
	if start < 0 {
		return -1
	}
	if i := memberAt(start); i >= 0 && i < mem.Len() && mem.ID(i) == member {
		return start
	}
	// The schedule changed: resume after the same member if it is still
	// there, else at the same position.
	for s := range n {
		if i := memberAt(s); i >= 0 && i < mem.Len() && mem.ID(i) == member {
			return s
		}
	}
	// The member is gone: the one that moved into its slot is next.
	return (start - 1 + n) % n
}

// expectsHold checks the ops' expected values. Caller holds the counter
// shards.
func (m *Memory) expectsHold(ops []Op, clk *lazyNow) bool {
	for i := range ops {
		if op := &ops[i]; op.HasExpect && m.shards[m.shardOf(op.Counter.Member)].get(op.Counter, clk) != op.Expect {
			return false
		}
	}
	return true
}

// applyOps applies staged ops. Caller holds their op and counter shards.
func (m *Memory) applyOps(ops []Op, clk *lazyNow) {
	for i := range ops {
		op := &ops[i]
		var rs *recordShard[opRec]
		var h uint64
		if op.ID != "" {
			h = m.hash(op.ID)
			rs = &m.ops[h%numShards]
			if _, done := rs.lookup(h, stamp(clk.now())); done {
				continue
			}
		}
		if op.Once.Kind != "" {
			sh := &m.shards[m.shardOf(op.Once.Member)]
			if sh.get(op.Once, clk) != 0 {
				continue
			}
			m.noteRank(&op.Once, sh.add(op.Once, 1, op.Expire, clk), op.Expire)
		}
		n := m.shards[m.shardOf(op.Counter.Member)].add(op.Counter, op.Delta, op.Expire, clk)
		m.noteRank(&op.Counter, n, op.Expire)
		if rs != nil {
			rs.remember(h, opRec{n: n, at: stamp(clk.now())}, nil)
		}
	}
}

// remember records s's decision. Caller holds ds.mu.
func (m *Memory) remember(ds *recordShard[decRec], h uint64, s *Step, target string, queue bool, clk *lazyNow) {
	rule, okRule := m.names.id(s.Rule)
	tgt, okTarget := m.names.id(target)
	r := decRec{rule: rule, target: tgt, at: stamp(clk.now()), round: uint16(min(s.Round, 1<<16-1))}
	if queue {
		r.flags |= isQueue
	}
	r.flags |= uint16(RecordedWeight(s.Weight)) << weightShift
	var side *sideRec
	if !okRule || !okTarget || len(s.Past) > 0 {
		r.flags |= hasSide
		side = &sideRec{rule: s.Rule, target: target, past: slices.Clone(s.Past)}
	}
	ds.remember(h, r, side)
}

// record expands a remembered decision. Caller holds ds.mu.
func (m *Memory) record(ds *recordShard[decRec], h uint64, r decRec) Record {
	out := Record{Round: uint32(r.round), Weight: int64(r.flags >> weightShift)}
	var rule, target string
	if side := ds.sideOf(h); r.flags&hasSide != 0 && side != nil {
		rule, target, out.Past = side.rule, side.target, slices.Clone(side.past)
	} else {
		rule, target = m.names.name(r.rule), m.names.name(r.target)
	}
	out.Rule = rule
	if r.flags&isQueue != 0 {
		out.Queue = target
	} else {
		out.Member = target
	}
	return out
}

// Recall implements State.
func (m *Memory) Recall(ctx context.Context, decision string) (Record, bool, error) {
	if err := ctx.Err(); err != nil || decision == "" {
		return Record{}, false, err
	}
	h := m.hash(decision)
	ds := &m.decisions[h%numShards]
	now := stamp(m.now())
	ds.mu.Lock()
	defer ds.mu.Unlock()
	r, ok := ds.lookup(h, now)
	if !ok {
		return Record{}, false, nil
	}
	return m.record(ds, h, r), true, nil
}

// Add implements State.
func (m *Memory) Add(ctx context.Context, op string, c Counter, delta int64, expire time.Time) (int64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	clk := lazyNow{f: m.now}
	var rs *recordShard[opRec]
	var h uint64
	if op != "" {
		h = m.hash(op)
		rs = &m.ops[h%numShards]
		rs.mu.Lock()
		defer rs.mu.Unlock()
		if r, ok := rs.lookup(h, stamp(clk.now())); ok {
			return r.n, nil
		}
	}
	sh := &m.shards[m.shardOf(c.Member)]
	sh.mu.Lock()
	n := sh.add(c, delta, expire, &clk)
	m.noteRank(&c, n, expire)
	sh.mu.Unlock()
	if rs != nil {
		rs.remember(h, opRec{n: n, at: stamp(clk.now())}, nil)
	}
	return n, nil
}
