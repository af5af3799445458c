package strategies

import (
	"context"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/accounts"
)

// AccountOwner returns a strategy that routes a lead belonging to a known
// account (see [accounts.Book.Match]) to the account's owner:
//
//  1. the account's Owner, if eligible (Pick.Reason "account owner");
//  2. else the backup, if eligible (Pick.Reason "account backup"): the
//     account's Backup, or, when that is empty, the owner's Rep.Backup;
//  3. else the rule's pool, through pool (its own Reason).
//
// A lead with no account, or whose account has no owner, goes to pool
// directly. The owner and the backup need not be in the rule's pool; they
// must be reps known to the router, and the router's eligibility applies to
// them as to anyone (away, out of office, caps, and the rule's working hours
// and skills). Only one backup is tried: the backup's own backup is not.
// A nil pool means nobody else: the rule overflows.
//
// When tracing (Explain, or WithTrace), each step is noted in the trace:
// the account and how it matched (with the tie-break between accounts
// sharing a domain or name), and why the owner or the backup was passed
// over.
//
// src is read on every Pick, so an [*accounts.Holder] lets the book be
// swapped while the router runs; a nil src, or a nil Book, sends every lead
// to pool. The strategy keeps no state of its own; it is safe for concurrent
// use and allocates nothing when not tracing (beyond what pool allocates).
func AccountOwner(src accounts.Source, pool leadroute.Strategy) leadroute.Strategy {
	return accountOwner{src: src, pool: pool}
}

type accountOwner struct {
	src  accounts.Source
	pool leadroute.Strategy
}

var _ leadroute.Binder = accountOwner{}

// Bind binds the pool strategy to the rule's pool, if it is a
// leadroute.Binder, so that wrapping a weighted strategy keeps its
// precomputed schedule.
func (s accountOwner) Bind(p leadroute.PoolInfo) (leadroute.Strategy, error) {
	if b, ok := s.pool.(leadroute.Binder); ok {
		bound, err := b.Bind(p)
		if err != nil {
			return nil, err
		}
		s.pool = bound
	}
	return s, nil
}

func (s accountOwner) Pick(ctx context.Context, l *leadroute.Lead, c leadroute.Candidates) (leadroute.Pick, error) {
	var book *accounts.Book
	if s.src != nil {
		book = s.src.Book()
	}
	m, ok := book.Match(l)
	if !ok {
		if c.Tracing() {
			c.Note("account owner: " + m.String() + "; using the pool")
		}
		return s.fromPool(ctx, l, c)
	}
	a := m.Account
	tracing := c.Tracing()
	if tracing {
		c.Note("account owner: " + m.String())
	}
	if a.Owner == "" {
		if tracing {
			c.Note("account owner: account " + a.ID + " has no owner; using the pool")
		}
		return s.fromPool(ctx, l, c)
	}
	owner := c.LookupRep(a.Owner)
	if owner == nil {
		if tracing {
			c.Note("account owner: owner " + a.Owner + " is not a known rep")
		}
	} else if why := c.EligibleRep(a.Owner); why == leadroute.SkipNone {
		return leadroute.Pick{Rep: owner, Reason: "account owner"}, nil
	} else if tracing {
		c.Note("account owner: owner " + a.Owner + " not eligible (" + why.String() + ")")
	}

	backup, from := a.Backup, "account's backup"
	if backup == "" && owner != nil {
		backup, from = owner.Backup, "owner's backup"
	}
	switch {
	case backup == "":
		if tracing {
			c.Note("account owner: no backup for account " + a.ID + "; using the pool")
		}
	case backup == a.Owner:
		if tracing {
			c.Note("account owner: the backup is the owner; using the pool")
		}
	default:
		rep := c.LookupRep(backup)
		if rep == nil {
			if tracing {
				c.Note("account owner: " + from + " " + backup + " is not a known rep; using the pool")
			}
			break
		}
		why := c.EligibleRep(backup)
		if why == leadroute.SkipNone {
			if tracing {
				c.Note("account owner: " + from + " " + backup + " covers")
			}
			return leadroute.Pick{Rep: rep, Reason: "account backup"}, nil
		}
		if tracing {
			c.Note("account owner: " + from + " " + backup + " not eligible (" + why.String() + "); using the pool")
		}
	}
	return s.fromPool(ctx, l, c)
}

func (s accountOwner) fromPool(ctx context.Context, l *leadroute.Lead, c leadroute.Candidates) (leadroute.Pick, error) {
	if s.pool == nil {
		return leadroute.Pick{}, nil
	}
	return s.pool.Pick(ctx, l, c)
}

// String returns "account owner, then <pool>".
func (s accountOwner) String() string {
	if s.pool == nil {
		return "account owner"
	}
	if st, ok := s.pool.(interface{ String() string }); ok {
		return "account owner, then " + st.String()
	}
	return "account owner, then pool"
}
