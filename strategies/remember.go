package strategies

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/accounts"
)

// OwnerKey says whom an ownership memory ([Remember]) remembers an owner
// for: it names the kind of key and extracts it from a lead ("" when the
// lead has none).
type OwnerKey struct {
	// Name is the kind of key ("email", "company"); it separates the
	// memories of different kinds in the State.
	Name string
	// Of returns the lead's key, or "".
	Of func(l *leadroute.Lead) string
}

// Ownership keys for [Remember].
var (
	// ByEmail remembers the owner of a person: the e-mail address,
	// lower-cased.
	ByEmail = OwnerKey{Name: "email", Of: func(l *leadroute.Lead) string { return strings.ToLower(l.Email) }}
	// ByCompany remembers the owner of a company: the registrable domain
	// of the lead's Domain (filled from the e-mail: "eu.acme.co.uk" →
	// "acme.co.uk"), never a free-mail domain (gmail.com people are not
	// one company); without one, the company name normalised as
	// accounts.NormalizeName does ("ACME, Inc.", "Acme Inc" and "Acme" are
	// one company). Names and domains are kept apart ("d:", "n:").
	ByCompany = OwnerKey{Name: "company", Of: companyKey}
)

// ByAttr remembers the owner of the value of a custom field (an account
// ID from the CRM, say).
func ByAttr(name string) OwnerKey {
	return OwnerKey{Name: "attr:" + name, Of: func(l *leadroute.Lead) string {
		if s, ok := l.Attrs[name].(string); ok {
			return s
		}
		return ""
	}}
}

func companyKey(l *leadroute.Lead) string {
	if d := accounts.Registrable(l.Domain); d != "" && !accounts.IsFreeMail(d) {
		return "d:" + d
	}
	if n := accounts.NormalizeName(l.Company); n != "" {
		return "n:" + n
	}
	return ""
}

// Remember returns an ownership memory: it remembers, in the router's
// State, who took the first lead of each person or company (by key) and
// sends their later leads to that owner while the owner is eligible, for
// ttl after that first lead. Leads without a key, leads whose key has no
// owner yet, and leads whose owner is not eligible now (away, at a cap,
// removed) go to next (nil: round-robin), and the owner, when there is
// one, is kept. A Decision sent by a memory names the remembered owner in
// Decision.Owner, whoever took the lead.
//
// The owner is written in the same atomic State step as the first
// assignment (Pick.Claim), so a shared State (Redis) gives every replica
// the same memory, and two racing first leads cannot both become the
// owner. It is read with one counter read per lead. Unlike [Sticky]'s
// hashing, adding a rep moves nobody, and fifty gmail.com people are
// fifty people.
//
// The owner may be any rep the router knows, in the rule's pool or not
// (a team change keeps the relationship). Remember is safe for concurrent
// use; it allocates only when a key must be built (a company name or a
// prefix).
func Remember(key OwnerKey, ttl time.Duration, next leadroute.Strategy) (leadroute.Strategy, error) {
	if key.Of == nil || key.Name == "" {
		return nil, errors.New("strategies: Remember: the key needs a Name and an Of function")
	}
	if ttl <= 0 {
		return nil, errors.New("strategies: Remember: ttl must be positive")
	}
	if next == nil {
		next = RoundRobin()
	}
	return &remember{key: key, ttl: ttl, next: next}, nil
}

type remember struct {
	key  OwnerKey
	ttl  time.Duration
	next leadroute.Strategy
}

var (
	_ leadroute.Binder = (*remember)(nil)
	_ maskPicker       = (*remember)(nil)
)

// Bind implements leadroute.Binder: it binds next.
func (s *remember) Bind(p leadroute.PoolInfo) (leadroute.Strategy, error) {
	n, err := bind(s.next, p)
	if err != nil {
		return nil, err
	}
	return &remember{key: s.key, ttl: s.ttl, next: n}, nil
}

func (s *remember) Pick(ctx context.Context, l *leadroute.Lead, c leadroute.Candidates) (leadroute.Pick, error) {
	return s.pickMasked(ctx, l, c, nil)
}

func (s *remember) pickMasked(ctx context.Context, l *leadroute.Lead, c leadroute.Candidates, mask []bool) (leadroute.Pick, error) {
	k := s.key.Of(l)
	if k == "" {
		return pickWith(ctx, s.next, l, c, mask, "")
	}
	owner, found, err := c.Owner(s.key.Name, k)
	if err != nil {
		return leadroute.Pick{}, err
	}
	if found {
		if i := c.Index(owner); i >= 0 {
			if ok(c, mask, i) {
				return leadroute.Pick{Rep: c.Rep(i), Reason: "remembered owner", Owner: owner}, nil
			}
		} else if mask == nil && c.EligibleRep(owner) == leadroute.SkipNone {
			return leadroute.Pick{Rep: c.LookupRep(owner), Reason: "remembered owner", Owner: owner}, nil
		}
		if c.Tracing() {
			c.Note("remembered owner " + owner + " is not eligible")
		}
		pk, err := pickWith(ctx, s.next, l, c, mask, "")
		pk.Owner = owner
		return pk, err
	}
	pk, err := pickWith(ctx, s.next, l, c, mask, "")
	if err == nil && (pk.Rep != nil || pk.Rotate.Key != "") && !c.DryRun() {
		pk.Claim = leadroute.Claim{Scope: s.key.Name, Key: k, For: s.ttl}
	}
	return pk, err
}

func (s *remember) String() string {
	return "remember(" + s.key.Name + ", then " + name(s.next) + ")"
}
