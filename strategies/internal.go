package strategies

import (
	"context"
	"sync"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/store"
)

// maskPicker is implemented by the built-in strategies so that a wrapper
// (SkillBased's tie-break, Sticky's and Chain's next strategy) can run them
// on a subset of the pool: mask[i] false means rep i is not a candidate.
// A nil mask means every rep. Candidates is a struct and cannot be wrapped,
// so the restriction travels beside it.
type maskPicker interface {
	pickMasked(ctx context.Context, l *leadroute.Lead, c leadroute.Candidates, mask []bool) (leadroute.Pick, error)
}

// ok reports whether rep i is a candidate: in the mask and eligible.
func ok(c leadroute.Candidates, mask []bool, i int) bool {
	return (mask == nil || mask[i]) && c.Eligible(i)
}

// scratch is per-Pick working memory, pooled so that picks allocate
// nothing in the steady state. It holds no state between picks.
type scratch struct {
	ctrs  []store.Counter // counters for one GetMany
	got   []int64
	ahead []int64 // batchRead's results
	mask  []bool
	vals  []int64
	flags []uint8
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// getScratch returns a scratch whose buffers have length n, zeroed.
func getScratch(n int) *scratch {
	s := scratchPool.Get().(*scratch)
	if cap(s.mask) < n {
		s.mask = make([]bool, n)
		s.vals = make([]int64, n)
		s.flags = make([]uint8, n)
	}
	s.mask, s.vals, s.flags = s.mask[:n], s.vals[:n], s.flags[:n]
	clear(s.mask)
	clear(s.vals)
	clear(s.flags)
	return s
}

func (s *scratch) release() { scratchPool.Put(s) }

// batchRead reads, on a store that reads in batches (Candidates.Batching),
// the counters per(i) of every rep i of the pool in one GetMany, which
// also reads the pool's caps: a strategy calls it before asking Eligible,
// so that the pick costs one read. Rep i's counters are at
// [i*per, (i+1)*per) of the result. On other stores it reads nothing and
// returns nil: the strategy then reads lazily, only the reps it considers.
func batchRead(c leadroute.Candidates, s *scratch, per int, counters func(i int, dst []store.Counter) []store.Counter) ([]int64, error) {
	if !c.Batching() {
		return nil, nil
	}
	s.ctrs = s.ctrs[:0]
	for i := range c.Len() {
		s.ctrs = counters(i, s.ctrs)
	}
	if len(s.ctrs) != c.Len()*per {
		panic("strategies: batchRead: counters gave the wrong number of counters")
	}
	if cap(s.ahead) < len(s.ctrs) {
		s.ahead = make([]int64, len(s.ctrs))
	}
	s.ahead = s.ahead[:len(s.ctrs)]
	return s.ahead, c.GetMany(s.ctrs, s.ahead)
}

// gotFor returns s.got with length n, for GetMany's results.
func (s *scratch) gotFor(n int) []int64 {
	if cap(s.got) < n {
		s.got = make([]int64, n)
	}
	s.got = s.got[:n]
	return s.got
}

// rotation returns a Pick that leaves the choice to the commit: the first
// rep after key's cursor in the schedule slots (nil: pool order) among the
// reps of mask (nil: all), that is available and within its caps. mask is
// copied into the Candidates' own mask, which lives until the commit.
func rotation(c leadroute.Candidates, key string, mask []bool, slots []int32, reason string) leadroute.Pick {
	var m []bool
	if mask != nil {
		m = c.Mask()
		copy(m, mask)
	}
	return leadroute.Pick{Rotate: leadroute.Rotation{Key: key, Slots: slots, Mask: m}, Reason: reason}
}

// chose reports whether pk chose a rep, a rotation or a queue.
func chose(pk leadroute.Pick) bool {
	return pk.Rep != nil || pk.Rotate.Key != "" || pk.Queue != ""
}

// pickWith runs s on the candidates restricted to mask. Built-in strategies
// honour the mask directly. A foreign strategy runs on the whole pool; if
// it picks a rep outside the mask, the lead goes round-robin among the
// mask instead (under rrKey); if it returns a rotation, the rotation is
// restricted to the mask.
func pickWith(ctx context.Context, s leadroute.Strategy, l *leadroute.Lead, c leadroute.Candidates, mask []bool, rrKey string) (leadroute.Pick, error) {
	if mask == nil {
		return s.Pick(ctx, l, c)
	}
	if mp, isMP := s.(maskPicker); isMP {
		return mp.pickMasked(ctx, l, c, mask)
	}
	pk, err := s.Pick(ctx, l, c)
	if err != nil {
		return pk, err
	}
	if pk.Rotate.Key != "" && pk.Rep == nil {
		if pk.Rotate.Mask == nil {
			pk.Rotate.Mask = c.Mask()
			copy(pk.Rotate.Mask, mask)
		} else {
			for i := range pk.Rotate.Mask {
				pk.Rotate.Mask[i] = pk.Rotate.Mask[i] && mask[i]
			}
		}
		return pk, nil
	}
	if pk.Rep == nil {
		return pk, nil
	}
	if i := c.Index(pk.Rep.ID); i >= 0 && mask[i] {
		return pk, nil
	}
	if rrKey == "" {
		rrKey = c.Key()
	}
	return rotation(c, rrKey, mask, nil, pk.Reason), nil
}

// bind binds s to the pool if it is a Binder.
func bind(s leadroute.Strategy, p leadroute.PoolInfo) (leadroute.Strategy, error) {
	if b, isB := s.(leadroute.Binder); isB {
		return b.Bind(p)
	}
	return s, nil
}

// keyOr returns the bound key, or the pool key when unbound.
func keyOr(bound string, c leadroute.Candidates) string {
	if bound != "" {
		return bound
	}
	return c.Key()
}

// floorDiv is a / b rounded towards minus infinity (b > 0).
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// name returns s's String if it has one.
func name(s leadroute.Strategy) string {
	if st, isS := s.(interface{ String() string }); isS {
		return st.String()
	}
	return "custom"
}
