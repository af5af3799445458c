package strategies

import (
	"context"
	"sync"
	"time"

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

// subset is a store.Members view of the pool restricted to a mask.
type subset struct {
	c    leadroute.Candidates
	mask []bool
}

func (s *subset) Len() int            { return s.c.Len() }
func (s *subset) ID(i int) string     { return s.c.ID(i) }
func (s *subset) Eligible(i int) bool { return ok(s.c, s.mask, i) }

// scratch is per-Pick working memory, pooled so that picks allocate
// nothing in the steady state. It holds no state between picks.
type scratch struct {
	sub    subset
	mask   []bool
	vals   []int64
	flags  []uint8
	offset int
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

func (s *scratch) release() {
	s.sub = subset{}
	scratchPool.Put(s)
}

// rotate runs State.Rotate over the candidates restricted to mask (nil:
// all), with the given schedule (nil: pool order).
func rotate(ctx context.Context, c leadroute.Candidates, key string, mask []bool, slots []int32) (int, error) {
	if mask == nil {
		return c.State().Rotate(ctx, key, c, slots, c.Commit())
	}
	s := scratchPool.Get().(*scratch)
	s.sub = subset{c: c, mask: mask}
	i, err := c.State().Rotate(ctx, key, &s.sub, slots, c.Commit())
	s.release()
	return i, err
}

// pickWith runs s on the candidates restricted to mask. Built-in strategies
// honour the mask directly. A foreign strategy runs on the whole pool; if
// it picks a rep outside the mask, the lead goes round-robin among the
// mask instead (under rrKey).
func pickWith(ctx context.Context, s leadroute.Strategy, l *leadroute.Lead, c leadroute.Candidates, mask []bool, rrKey string) (leadroute.Pick, error) {
	if mask == nil {
		return s.Pick(ctx, l, c)
	}
	if mp, isMP := s.(maskPicker); isMP {
		return mp.pickMasked(ctx, l, c, mask)
	}
	pk, err := s.Pick(ctx, l, c)
	if err != nil || pk.Rep == nil {
		return pk, err
	}
	if i := c.Index(pk.Rep.ID); i >= 0 && mask[i] {
		return pk, nil
	}
	if rrKey == "" {
		rrKey = c.Key()
	}
	i, err := rotate(ctx, c, rrKey, mask, nil)
	if err != nil || i < 0 {
		return leadroute.Pick{}, err
	}
	return leadroute.Pick{Rep: c.Rep(i), Reason: pk.Reason}, nil
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

var _ store.Members = (*subset)(nil)

var zeroTime time.Time
