package store

import (
	"context"
	"hash/maphash"
	"math/bits"
	"sync"
	"time"
)

// MemoryOptions configures a Memory store. The zero value is ready to use.
type MemoryOptions struct {
	// Now returns the current time, used only to drop expired counters and
	// forget old decisions. It is called from many goroutines. Nil means
	// time.Now.
	Now func() time.Time
	// MaxRecords bounds how many committed decisions (and, separately, how
	// many idempotent Add ops) are remembered; the oldest are forgotten
	// first, and none is kept past IdempotencyWindow. Size it for a day of
	// leads. 0 means 1<<20 (about 50 MB at most).
	MaxRecords int
}

// Memory is the in-process State: exact and atomic within one process.
// It is safe for concurrent use; counters are sharded by member and
// rotations locked per key, so routers on many goroutines rarely contend.
// Use a shared store when several processes route for the same pools.
//
// Memory holds one rotation cursor per pool key for the life of the store
// (a rule renamed away leaves a few bytes behind), counters until their
// window expires, and decisions for IdempotencyWindow or MaxRecords.
type Memory struct {
	now  func() time.Time
	seed maphash.Seed

	rots sync.Map // key → *rotation

	shards    [numShards]counterShard
	decisions [numShards]recordShard // by hash of the decision ID
	ops       [numShards]recordShard // by hash of the Add op
}

const numShards = 32

type rotation struct {
	mu     sync.Mutex
	slot   int    // last slot assigned; -1 before the first
	member string // member ID at that slot
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

type memberCounters struct {
	entries []entry
}

type entry struct {
	kind, scope string
	window      int64
	n           int64
	expire      time.Time
}

// recordShard remembers committed decisions (or applied ops) by a 64-bit
// hash of their ID, oldest first in a queue so that they can be forgotten
// by age and by count.
type recordShard struct {
	mu    sync.Mutex
	m     map[uint64]record
	queue []queued
	head  int
	max   int
}

type record struct {
	rule, member string // decisions
	n            int64  // ops: Add's result
	at           time.Time
}

type queued struct {
	h  uint64
	at time.Time
}

// lookup returns a live record. Caller holds rs.mu.
func (rs *recordShard) lookup(h uint64, now time.Time) (record, bool) {
	r, ok := rs.m[h]
	if !ok || now.Sub(r.at) > IdempotencyWindow {
		return record{}, false
	}
	return r, true
}

// remember stores r and forgets what is too old or too many. Caller holds
// rs.mu.
func (rs *recordShard) remember(h uint64, r record) {
	if _, exists := rs.m[h]; !exists {
		rs.queue = append(rs.queue, queued{h: h, at: r.at})
	}
	rs.m[h] = r
	for rs.head < len(rs.queue) {
		q := rs.queue[rs.head]
		if len(rs.queue)-rs.head <= rs.max && r.at.Sub(q.at) <= IdempotencyWindow {
			break
		}
		if cur, ok := rs.m[q.h]; ok && cur.at.Equal(q.at) {
			delete(rs.m, q.h)
		}
		rs.head++
	}
	if rs.head > 1024 && rs.head*2 > len(rs.queue) {
		n := copy(rs.queue, rs.queue[rs.head:])
		clear(rs.queue[n:])
		rs.queue, rs.head = rs.queue[:n], 0
	}
}

var _ State = (*Memory)(nil)

// lazyNow reads the clock at most once per call, and only if an expiry
// has to be checked or set: a Reserve on counters without windows (the
// open count) never reads it.
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
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.MaxRecords <= 0 {
		opts.MaxRecords = 1 << 20
	}
	m := &Memory{now: opts.Now, seed: maphash.MakeSeed()}
	for i := range m.shards {
		m.shards[i].members = make(map[string]*memberCounters)
		per := max(opts.MaxRecords/numShards, 1)
		m.decisions[i] = recordShard{m: make(map[uint64]record), max: per}
		m.ops[i] = recordShard{m: make(map[uint64]record), max: per}
	}
	return m
}

func (m *Memory) shardOf(s string) uint64 {
	return maphash.String(m.seed, s) % numShards
}

func (m *Memory) hash(s string) uint64 { return maphash.String(m.seed, s) }

// Rotate implements State.
func (m *Memory) Rotate(ctx context.Context, key string, mem Members, slots []int32, commit bool) (int, error) {
	if err := ctx.Err(); err != nil {
		return -1, err
	}
	v, ok := m.rots.Load(key)
	if !ok {
		v, _ = m.rots.LoadOrStore(key, &rotation{slot: -1})
	}
	rot := v.(*rotation)

	rot.mu.Lock()
	defer rot.mu.Unlock()
	n := mem.Len()
	if slots != nil {
		n = len(slots)
	}
	if n == 0 {
		return -1, nil
	}
	memberAt := func(s int) int {
		if slots == nil {
			return s
		}
		return int(slots[s])
	}
	start := rot.slot
	if start >= n {
		start = -1 // the schedule shrank below the cursor: start over
	}
	if start >= 0 && mem.ID(memberAt(start)) != rot.member {
		// The schedule changed: resume after the same member if it is
		// still there, else at the same position.
		found := -1
		for s := range n {
			if mem.ID(memberAt(s)) == rot.member {
				found = s
				break
			}
		}
		if found >= 0 {
			start = found
		} else {
			// The member is gone: the one that moved into its slot is next.
			start = (start - 1 + n) % n
		}
	}
	for k := 1; k <= n; k++ {
		s := (start + k) % n // start is -1 before the first pick
		i := memberAt(s)
		if i < 0 || i >= mem.Len() || !mem.Eligible(i) {
			continue
		}
		if commit {
			rot.slot, rot.member = s, mem.ID(i)
		}
		return i, nil
	}
	return -1, nil
}

// find returns the live entry for c in mc, or nil. Expired entries read as
// absent.
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
// returns the new value. A zero result removes nothing (prune does).
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
	if sh.writes%1024 == 0 {
		sh.prune(clk.now())
	}
	return n
}

// prune drops expired and zero entries, so memory stays bounded by the live
// windows.
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

// lockShards locks the given shards in index order, so that concurrent
// multi-shard reservations cannot deadlock.
func (m *Memory) lockShards(set uint64) {
	for rest := set; rest != 0; rest &= rest - 1 {
		m.shards[bits.TrailingZeros64(rest)].mu.Lock()
	}
}

func (m *Memory) unlockShards(set uint64) {
	for rest := set; rest != 0; rest &= rest - 1 {
		m.shards[bits.TrailingZeros64(rest)].mu.Unlock()
	}
}

// Reserve implements State.
func (m *Memory) Reserve(ctx context.Context, a Assignment, limits []Limit) (Assignment, bool, error) {
	if err := ctx.Err(); err != nil {
		return Assignment{}, false, err
	}
	clk := lazyNow{f: m.now}
	var rs *recordShard
	var h uint64
	if a.Decision != "" {
		// The decision's record shard is held across the whole step, so two
		// racing commits of one decision cannot both apply.
		h = m.hash(a.Decision)
		rs = &m.decisions[h%numShards]
		rs.mu.Lock()
		defer rs.mu.Unlock()
		if r, ok := rs.lookup(h, clk.now()); ok {
			return Assignment{Decision: a.Decision, Rule: r.rule, Member: r.member}, true, nil
		}
	}
	// Hash each member once; a reservation has a handful of limits.
	var buf [8]*counterShard
	shards := buf[:0]
	if len(limits) > len(buf) {
		shards = make([]*counterShard, 0, len(limits))
	}
	var set uint64
	for _, l := range limits {
		i := m.shardOf(l.Counter.Member)
		set |= 1 << i
		shards = append(shards, &m.shards[i])
	}
	m.lockShards(set)
	defer m.unlockShards(set)
	for i, l := range limits {
		if l.Max > 0 && shards[i].get(l.Counter, &clk)+1 > l.Max {
			return Assignment{}, false, nil
		}
	}
	for i, l := range limits {
		shards[i].add(l.Counter, 1, l.Expire, &clk)
	}
	if rs != nil {
		rs.remember(h, record{rule: a.Rule, member: a.Member, at: clk.now()})
	}
	return a, true, nil
}

// Recall implements State.
func (m *Memory) Recall(ctx context.Context, decision string) (Assignment, bool, error) {
	if err := ctx.Err(); err != nil || decision == "" {
		return Assignment{}, false, err
	}
	h := m.hash(decision)
	rs := &m.decisions[h%numShards]
	now := m.now()
	rs.mu.Lock()
	r, ok := rs.lookup(h, now)
	rs.mu.Unlock()
	if !ok {
		return Assignment{}, false, nil
	}
	return Assignment{Decision: decision, Rule: r.rule, Member: r.member}, true, nil
}

// Add implements State.
func (m *Memory) Add(ctx context.Context, op string, c Counter, delta int64, expire time.Time) (int64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	clk := lazyNow{f: m.now}
	var rs *recordShard
	var h uint64
	if op != "" {
		h = m.hash(op)
		rs = &m.ops[h%numShards]
		rs.mu.Lock()
		defer rs.mu.Unlock()
		if r, ok := rs.lookup(h, clk.now()); ok {
			return r.n, nil
		}
	}
	sh := &m.shards[m.shardOf(c.Member)]
	sh.mu.Lock()
	n := sh.add(c, delta, expire, &clk)
	sh.mu.Unlock()
	if rs != nil {
		rs.remember(h, record{n: n, at: clk.now()})
	}
	return n, nil
}
