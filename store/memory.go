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
	// remembered OpIDs. Nil means time.Now.
	Now func() time.Time
	// MaxOps bounds how many applied OpIDs are remembered for idempotence
	// (oldest forgotten first). 0 means 1<<16.
	MaxOps int
}

// Memory is the in-process State: exact and atomic within one process.
// It is safe for concurrent use; counters are sharded by member and
// rotations locked per key, so routers on many goroutines rarely contend.
// Use a shared store (redisstore) when several processes route for the same
// pools.
type Memory struct {
	now  func() time.Time
	seed maphash.Seed

	rots sync.Map // key → *rotation

	shards [numShards]counterShard
	ops    [numShards]opShard
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

type opShard struct {
	mu    sync.Mutex
	ops   map[OpID]opResult
	order []OpID // ring buffer of remembered ops
	next  int
	max   int
}

type opResult struct {
	n  int64
	ok bool
	at time.Time
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
	if opts.MaxOps <= 0 {
		opts.MaxOps = 1 << 16
	}
	m := &Memory{now: opts.Now, seed: maphash.MakeSeed()}
	for i := range m.shards {
		m.shards[i].members = make(map[string]*memberCounters)
		m.ops[i].ops = make(map[OpID]opResult)
		m.ops[i].max = max(opts.MaxOps/numShards, 1)
	}
	return m
}

func (m *Memory) shardOf(s string) uint64 {
	return maphash.String(m.seed, s) % numShards
}

// lookupOp returns a remembered result for op.
func (m *Memory) lookupOp(op OpID) (opResult, bool) {
	if op.Decision == "" {
		return opResult{}, false
	}
	sh := &m.ops[m.shardOf(op.Decision)]
	sh.mu.Lock()
	r, ok := sh.ops[op]
	sh.mu.Unlock()
	if ok && m.now().Sub(r.at) > IdempotencyWindow {
		return opResult{}, false
	}
	return r, ok
}

// rememberOp records a result for op.
func (m *Memory) rememberOp(op OpID, r opResult) {
	if op.Decision == "" {
		return
	}
	r.at = m.now()
	sh := &m.ops[m.shardOf(op.Decision)]
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if _, exists := sh.ops[op]; !exists {
		if len(sh.order) < sh.max {
			sh.order = append(sh.order, op)
		} else {
			delete(sh.ops, sh.order[sh.next])
			sh.order[sh.next] = op
			sh.next = (sh.next + 1) % sh.max
		}
	}
	sh.ops[op] = r
}

// Rotate implements State.
func (m *Memory) Rotate(ctx context.Context, op OpID, key string, mem Members, slots []int32, commit bool) (int, error) {
	if err := ctx.Err(); err != nil {
		return -1, err
	}
	if commit {
		if r, ok := m.lookupOp(op); ok {
			return int(r.n), nil
		}
	}
	v, ok := m.rots.Load(key)
	if !ok {
		v, _ = m.rots.LoadOrStore(key, &rotation{slot: -1})
	}
	rot := v.(*rotation)

	rot.mu.Lock()
	defer rot.mu.Unlock()
	if commit {
		// Re-check under the lock: a concurrent replay of op may have won.
		if r, ok := m.lookupOp(op); ok {
			return int(r.n), nil
		}
	}
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
	if start >= 0 && (start >= n || mem.ID(memberAt(start)) != rot.member) {
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
			m.rememberOp(op, opResult{n: int64(i), ok: true})
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
func (m *Memory) Reserve(ctx context.Context, op OpID, limits []Limit) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	if r, ok := m.lookupOp(op); ok {
		return r.ok, nil
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
	if op.Decision != "" {
		if r, ok := m.lookupOp(op); ok { // a concurrent replay won
			m.unlockShards(set)
			return r.ok, nil
		}
	}
	clk := lazyNow{f: m.now}
	ok := true
	for i, l := range limits {
		if l.Max > 0 && shards[i].get(l.Counter, &clk)+1 > l.Max {
			ok = false
			break
		}
	}
	if ok {
		for i, l := range limits {
			shards[i].add(l.Counter, 1, l.Expire, &clk)
		}
	}
	// Remember the op before releasing the shards, so a concurrent replay
	// of the same op cannot apply it twice.
	m.rememberOp(op, opResult{ok: ok})
	m.unlockShards(set)
	return ok, nil
}

// Add implements State.
func (m *Memory) Add(ctx context.Context, op OpID, c Counter, delta int64, expire time.Time) (int64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	if r, ok := m.lookupOp(op); ok {
		return r.n, nil
	}
	clk := lazyNow{f: m.now}
	sh := &m.shards[m.shardOf(c.Member)]
	sh.mu.Lock()
	if r, ok := m.lookupOp(op); ok { // a concurrent replay won
		sh.mu.Unlock()
		return r.n, nil
	}
	n := sh.add(c, delta, expire, &clk)
	m.rememberOp(op, opResult{n: n, ok: true})
	sh.mu.Unlock()
	return n, nil
}
