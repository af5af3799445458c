package strategies

import (
	"context"

	"github.com/leadroute/leadroute"
)

// Sticky returns a strategy that sends leads with the same key to the same
// rep for as long as that rep is eligible, by rendezvous
// (highest-random-weight) hashing over the eligible reps: each eligible
// rep scores hash(key, rep ID) and the highest score wins. When the rep is
// not eligible the key goes to the next-highest rep, and comes back when
// the rep does; adding or removing a rep moves only the keys that rep wins
// or loses.
//
// key extracts the key from a lead; nil means the lead's e-mail address,
// ASCII case-insensitively (a custom key is used as it is). A lead with an
// empty key goes to next (nil next: nobody, and the rule overflows).
//
// The hash is FNV-1a with a SplitMix64 finaliser, fixed across processes
// and versions, so replicas agree without sharing any state: Sticky keeps
// no state of its own. It is safe for concurrent use (if next is) and
// allocates nothing per pick (beyond what key allocates); a pick costs O(n)
// in the pool size, with rep hashes precomputed when the router binds it.
func Sticky(key func(*leadroute.Lead) string, next leadroute.Strategy) leadroute.Strategy {
	return &sticky{key: key, next: next}
}

type sticky struct {
	key     func(*leadroute.Lead) string
	next    leadroute.Strategy
	repHash []uint64 // per pool position; nil when unbound
}

var (
	_ leadroute.Binder = (*sticky)(nil)
	_ maskPicker       = (*sticky)(nil)
)

const (
	fnvOffset64 = 14695981039346656037
	fnvPrime64  = 1099511628211
)

// fnv1a hashes s, folding ASCII upper case to lower case when fold is set.
func fnv1a(h uint64, s string, fold bool) uint64 {
	for i := 0; i < len(s); i++ {
		b := s[i]
		if fold && 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		h ^= uint64(b)
		h *= fnvPrime64
	}
	return h
}

// mix64 is the SplitMix64 finaliser: a bijection that spreads every input
// bit over the output.
func mix64(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// repSeed separates rep hashes from key hashes, so that a key equal to a
// rep ID is not special.
const repSeed = fnvOffset64 ^ 0x9e3779b97f4a7c15

// repHash is the per-rep half of the rendezvous score.
func repHash(id string) uint64 { return mix64(fnv1a(repSeed, id, false)) }

// StickyScore is the rendezvous score of a key for a rep: among the eligible
// reps, Sticky gives the key to the one with the highest score (the lowest
// pool position on a tie). For Sticky's default key, pass the e-mail
// address in ASCII lower case. It is exported so that other systems (a
// script, another language) can reproduce Sticky's choice; the function is
// fixed and will not change:
//
//	h(s, seed)  = SplitMix64 finaliser of 64-bit FNV-1a of s from seed
//	StickyScore = SplitMix64 finaliser of h(key, 14695981039346656037) XOR
//	              h(repID, 14695981039346656037 XOR 0x9e3779b97f4a7c15)
func StickyScore(key, repID string) uint64 {
	return stickyScore(mix64(fnv1a(fnvOffset64, key, false)), repHash(repID))
}

func stickyScore(keyHash, repHash uint64) uint64 { return mix64(keyHash ^ repHash) }

func (s *sticky) Pick(ctx context.Context, l *leadroute.Lead, c leadroute.Candidates) (leadroute.Pick, error) {
	return s.pickMasked(ctx, l, c, nil)
}

func (s *sticky) pickMasked(ctx context.Context, l *leadroute.Lead, c leadroute.Candidates, mask []bool) (leadroute.Pick, error) {
	var kh uint64
	if s.key == nil {
		if l.Email == "" {
			return s.fallThrough(ctx, l, c, mask)
		}
		kh = mix64(fnv1a(fnvOffset64, l.Email, true))
	} else {
		k := s.key(l)
		if k == "" {
			return s.fallThrough(ctx, l, c, mask)
		}
		kh = mix64(fnv1a(fnvOffset64, k, false))
	}
	best, bestScore := -1, uint64(0)
	for i := range c.Len() {
		if !ok(c, mask, i) {
			continue
		}
		var rh uint64
		if s.repHash != nil {
			rh = s.repHash[i]
		} else {
			rh = repHash(c.ID(i))
		}
		if sc := stickyScore(kh, rh); best < 0 || sc > bestScore {
			best, bestScore = i, sc
		}
	}
	if best < 0 {
		return leadroute.Pick{}, nil
	}
	return leadroute.Pick{Rep: c.Rep(best), Reason: "sticky"}, nil
}

func (s *sticky) fallThrough(ctx context.Context, l *leadroute.Lead, c leadroute.Candidates, mask []bool) (leadroute.Pick, error) {
	if s.next == nil {
		return leadroute.Pick{}, nil
	}
	return pickWith(ctx, s.next, l, c, mask, "")
}

// Bind implements leadroute.Binder: it precomputes the reps' hashes and
// binds next.
func (s *sticky) Bind(p leadroute.PoolInfo) (leadroute.Strategy, error) {
	out := &sticky{key: s.key, repHash: make([]uint64, len(p.Reps))}
	for i, r := range p.Reps {
		out.repHash[i] = repHash(r.ID)
	}
	if s.next != nil {
		n, err := bind(s.next, p)
		if err != nil {
			return nil, err
		}
		out.next = n
	}
	return out, nil
}

func (s *sticky) String() string {
	k := "email"
	if s.key != nil {
		k = "key"
	}
	if s.next == nil {
		return "sticky(" + k + ")"
	}
	return "sticky(" + k + ", then " + name(s.next) + ")"
}
