package store

import (
	"context"
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
// It is safe for concurrent use. Use a shared store (redisstore) when
// several processes route for the same pools.
type Memory struct {
	now    func() time.Time
	maxOps int

	rotMu sync.Mutex
	rots  map[string]*rotation

	mu       sync.Mutex
	counters map[Counter]counterValue
	writes   int
	ops      map[OpID]opResult
	opOrder  []OpID // ring buffer of remembered ops
	opNext   int
}

type rotation struct {
	mu     sync.Mutex
	slot   int    // last slot assigned; -1 before the first
	member string // member ID at that slot
}

type counterValue struct {
	n      int64
	expire time.Time
}

type opResult struct {
	n  int64
	ok bool
	at time.Time
}

var _ State = (*Memory)(nil)

// NewMemory returns an empty in-memory State.
func NewMemory(opts MemoryOptions) *Memory {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.MaxOps <= 0 {
		opts.MaxOps = 1 << 16
	}
	return &Memory{
		now:      opts.Now,
		maxOps:   opts.MaxOps,
		rots:     make(map[string]*rotation),
		counters: make(map[Counter]counterValue),
		ops:      make(map[OpID]opResult),
	}
}

// lookupOp returns a remembered result. Caller holds m.mu.
func (m *Memory) lookupOp(op OpID) (opResult, bool) {
	if op.Decision == "" {
		return opResult{}, false
	}
	r, ok := m.ops[op]
	if ok && m.now().Sub(r.at) > IdempotencyWindow {
		return opResult{}, false
	}
	return r, ok
}

// rememberOp records a result. Caller holds m.mu.
func (m *Memory) rememberOp(op OpID, r opResult) {
	if op.Decision == "" {
		return
	}
	r.at = m.now()
	if _, exists := m.ops[op]; !exists {
		if len(m.opOrder) < m.maxOps {
			m.opOrder = append(m.opOrder, op)
		} else {
			delete(m.ops, m.opOrder[m.opNext])
			m.opOrder[m.opNext] = op
			m.opNext = (m.opNext + 1) % m.maxOps
		}
	}
	m.ops[op] = r
}

// Rotate implements State.
func (m *Memory) Rotate(ctx context.Context, op OpID, key string, mem Members, slots []int32, commit bool) (int, error) {
	if err := ctx.Err(); err != nil {
		return -1, err
	}
	if commit {
		m.mu.Lock()
		r, ok := m.lookupOp(op)
		m.mu.Unlock()
		if ok {
			return int(r.n), nil
		}
	}
	m.rotMu.Lock()
	rot := m.rots[key]
	if rot == nil {
		rot = &rotation{slot: -1}
		m.rots[key] = rot
	}
	m.rotMu.Unlock()

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
	if start >= 0 && (start >= n || mem.ID(memberAt(start)) != rot.member) {
		// The schedule changed: resume after the same member if it is
		// still there, else at the same position.
		found := -1
		for s := 0; s < n; s++ {
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
			m.mu.Lock()
			m.rememberOp(op, opResult{n: int64(i), ok: true})
			m.mu.Unlock()
		}
		return i, nil
	}
	return -1, nil
}

// get reads a counter. Caller holds m.mu.
func (m *Memory) get(c Counter, now time.Time) int64 {
	v, ok := m.counters[c]
	if !ok || (!v.expire.IsZero() && !now.Before(v.expire)) {
		return 0
	}
	return v.n
}

// Get implements State.
func (m *Memory) Get(ctx context.Context, c Counter) (int64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	now := m.now()
	m.mu.Lock()
	n := m.get(c, now)
	m.mu.Unlock()
	return n, nil
}

// Reserve implements State.
func (m *Memory) Reserve(ctx context.Context, op OpID, limits []Limit) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	now := m.now()
	m.mu.Lock()
	defer m.mu.Unlock()
	if r, ok := m.lookupOp(op); ok {
		return r.ok, nil
	}
	for _, l := range limits {
		if l.Max > 0 && m.get(l.Counter, now)+1 > l.Max {
			m.rememberOp(op, opResult{ok: false})
			return false, nil
		}
	}
	for _, l := range limits {
		v := counterValue{n: m.get(l.Counter, now) + 1, expire: l.Expire}
		m.counters[l.Counter] = v
	}
	m.rememberOp(op, opResult{ok: true})
	m.afterWrite(now)
	return true, nil
}

// Add implements State.
func (m *Memory) Add(ctx context.Context, op OpID, c Counter, delta int64, expire time.Time) (int64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	now := m.now()
	m.mu.Lock()
	defer m.mu.Unlock()
	if r, ok := m.lookupOp(op); ok {
		return r.n, nil
	}
	n := max(m.get(c, now)+delta, 0)
	if n == 0 {
		delete(m.counters, c)
	} else {
		m.counters[c] = counterValue{n: n, expire: expire}
	}
	m.rememberOp(op, opResult{n: n, ok: true})
	m.afterWrite(now)
	return n, nil
}

// afterWrite drops expired counters every few thousand writes, so memory
// stays bounded by the live windows. Caller holds m.mu.
func (m *Memory) afterWrite(now time.Time) {
	m.writes++
	if m.writes%4096 != 0 {
		return
	}
	for c, v := range m.counters {
		if !v.expire.IsZero() && !now.Before(v.expire) {
			delete(m.counters, c)
		}
	}
}
