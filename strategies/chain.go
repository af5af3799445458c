package strategies

import (
	"context"
	"errors"
	"strings"

	"github.com/leadroute/leadroute"
)

// Chain returns a strategy that tries ss in order and returns the first
// rep or queue one of them yields; a strategy that yields nothing (or
// returns leadroute.ErrNoEligibleRep) passes the lead to the next. Any
// other error stops the chain. When none yields, neither does the chain,
// and the rule overflows.
//
// Chain binds its members to the pool (see leadroute.Binder), so members
// that precompute (Weighted, SkillBased, Sticky) work inside it, and a
// Queue("") inside it is rejected when the router is built. A nil member is
// rejected the same way. Chain is safe for concurrent use if its members
// are; it allocates nothing itself.
func Chain(ss ...leadroute.Strategy) leadroute.Strategy {
	return chain{ss: append([]leadroute.Strategy(nil), ss...)}
}

type chain struct{ ss []leadroute.Strategy }

var (
	_ leadroute.Binder = chain{}
	_ maskPicker       = chain{}
)

func (ch chain) Pick(ctx context.Context, l *leadroute.Lead, c leadroute.Candidates) (leadroute.Pick, error) {
	return ch.pickMasked(ctx, l, c, nil)
}

func (ch chain) pickMasked(ctx context.Context, l *leadroute.Lead, c leadroute.Candidates, mask []bool) (leadroute.Pick, error) {
	for _, s := range ch.ss {
		if s == nil {
			continue
		}
		staged := c.Staged()
		pk, err := pickWith(ctx, s, l, c, mask, "")
		if err != nil {
			if errors.Is(err, leadroute.ErrNoEligibleRep) {
				c.Unstage(staged)
				continue
			}
			return leadroute.Pick{}, err
		}
		if chose(pk) {
			return pk, nil
		}
		c.Unstage(staged) // what a member that chose nothing staged goes with it
	}
	return leadroute.Pick{}, nil
}

// Bind implements leadroute.Binder: it binds every member to the pool.
func (ch chain) Bind(p leadroute.PoolInfo) (leadroute.Strategy, error) {
	out := chain{ss: make([]leadroute.Strategy, len(ch.ss))}
	var errs []error
	for i, s := range ch.ss {
		if s == nil {
			errs = append(errs, errors.New("strategies: Chain: nil strategy"))
			continue
		}
		b, err := bind(s, p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out.ss[i] = b
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return out, nil
}

func (ch chain) String() string {
	var b strings.Builder
	b.WriteString("chain(")
	for i, s := range ch.ss {
		if i > 0 {
			b.WriteString(", ")
		}
		if s == nil {
			b.WriteString("nil")
		} else {
			b.WriteString(name(s))
		}
	}
	b.WriteString(")")
	return b.String()
}
