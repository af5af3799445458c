package strategies

import (
	"cmp"
	"context"
	"math/bits"
	"slices"

	"github.com/leadroute/leadroute"
)

// Sticky returns a strategy that sends leads with the same key to the same
// rep for as long as that rep is eligible, by multi-probe consistent
// hashing (Appleton and O'Reilly, 2015) with virtual nodes: every rep has
// [StickyPoints] points on a 64-bit hash ring, a key is hashed to
// [StickyProbes] probe points, and the key goes to the eligible rep with a
// point the shortest distance clockwise from one of the key's probes.
// [StickyChoice] is the exact function.
//
// The choice depends only on the key and the set of eligible reps, so:
//
//   - replicas agree without sharing any state (Sticky keeps none);
//   - removing a rep (or its becoming ineligible) moves only the keys it
//     had, and adding one moves only the keys it takes, about 1/n of them;
//   - each key has a fixed order of reps: while its rep is not eligible it
//     goes to the next one in that order, and it comes back when the rep
//     does;
//   - keys spread evenly: the busiest rep of a pool gets about 1.1 times
//     the mean share and the least busy about 0.8 times (measured over
//     1,000 reps; a plain consistent-hash ring needs hundreds of points
//     per rep for that).
//
// Why this scheme: rendezvous hashing (which Sticky used before) balances
// as well but scores every rep, O(n) per pick; a consistent-hash ring with
// virtual nodes is O(log n) but needs about 1/ε² points per rep for an
// imbalance of ε (megabytes per pool at 10,000 reps); a Maglev table is
// O(1) and even but moves some keys between reps that stay, and has no
// per-key failover order. Multi-probe keeps rendezvous' guarantees and
// most of its balance with few points per rep: about 300 bytes per rep
// once bound (3 MB for a pool of 10,000).
//
// key extracts the key from a lead; nil means the lead's e-mail address,
// ASCII case-insensitively (a custom key is used as it is). A lead with an
// empty key goes to next (nil next: nobody, and the rule overflows).
//
// Sticky is safe for concurrent use (if next is) and allocates nothing
// per pick (beyond what key allocates). Bound to a pool (the router binds
// it) it keeps the ring sorted with a bucket index, so a pick costs
// O(StickyProbes) expected plus one eligibility check per rep it passes
// over (the key's rep, and those before it in the key's order that are not
// eligible); when more than a few dozen are passed over it scans the pool
// once instead, O(n). Used without binding, a pick scores every candidate
// rep, O(n · StickyPoints · StickyProbes), with the same answers.
func Sticky(key func(*leadroute.Lead) string, next leadroute.Strategy) leadroute.Strategy {
	return &sticky{key: key, next: next}
}

// StickyProbes is how many probe points Sticky hashes each key to.
const StickyProbes = 21

// StickyPoints is how many points each rep has on Sticky's hash ring.
const StickyPoints = 16

type sticky struct {
	key  func(*leadroute.Lead) string
	next leadroute.Strategy
	ring *stickyRing // nil when unbound
}

// stickyRing is the pool's reps on the hash ring, sorted by (point, ID).
type stickyRing struct {
	reps   int      // pool size
	points []uint64 // the reps' points, ascending
	pos    []int32  // pool position of the rep at points[j]
	// bucket[b] is the first j whose point's top bits are >= b, so the
	// successor of h is found from bucket[h>>shift] in O(1) expected.
	bucket []int32
	shift  uint
}

var (
	_ leadroute.Binder = (*sticky)(nil)
	_ maskPicker       = (*sticky)(nil)
)

const (
	fnvOffset64 = 14695981039346656037
	fnvPrime64  = 1099511628211
	golden64    = 0x9e3779b97f4a7c15
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
const repSeed = fnvOffset64 ^ golden64

// repBase is the hash that seeds a rep's points.
func repBase(id string) uint64 { return mix64(fnv1a(repSeed, id, false)) }

// point is the v'th point of a rep whose base is base: the outputs of
// SplitMix64 seeded with it.
func point(base uint64, v int) uint64 { return mix64(base + uint64(v+1)*golden64) }

// probes fills ps with the key hash's probe points: the first outputs of
// SplitMix64 seeded with it.
func probes(kh uint64, ps *[StickyProbes]uint64) {
	for p := range ps {
		ps[p] = point(kh, p)
	}
}

// repNearest is the least (distance, probe) from the probes ps to a point
// of the rep whose base is base.
func repNearest(base uint64, ps *[StickyProbes]uint64) (uint64, int) {
	d, q := nearest(point(base, 0), ps)
	for v := 1; v < StickyPoints; v++ {
		if e, p := nearest(point(base, v), ps); e < d || (e == d && p < q) {
			d, q = e, p
		}
	}
	return d, q
}

// StickyChoice returns the index in repIDs of the rep that Sticky gives
// key to when exactly the reps repIDs are eligible, or -1 when repIDs is
// empty. For Sticky's default key, pass the e-mail address in ASCII lower
// case. It is exported so that other systems (a script, another language)
// can reproduce Sticky's choice; the function is fixed and will not
// change:
//
//	h(s, seed)   = SplitMix64 finaliser of 64-bit FNV-1a of s from seed
//	s(x, i)      = SplitMix64 finaliser of (x + (i+1)·0x9e3779b97f4a7c15) mod 2⁶⁴
//	probe[p]     = s(h(key, 14695981039346656037), p), p = 0 … StickyProbes-1
//	point[v]     = s(h(repID, 14695981039346656037 XOR 0x9e3779b97f4a7c15), v),
//	               v = 0 … StickyPoints-1
//	dist(rep, p) = min over v of (point[v] − probe[p]) mod 2⁶⁴
//
// The key goes to the rep with the least (dist, p, repID) over every rep
// and probe, compared in that order (IDs bytewise). It replaces
// StickyScore, the rendezvous score of earlier versions.
func StickyChoice(key string, repIDs []string) int {
	var ps [StickyProbes]uint64
	probes(mix64(fnv1a(fnvOffset64, key, false)), &ps)
	best, bestD, bestP := -1, uint64(0), 0
	for i, id := range repIDs {
		if d, p := repNearest(repBase(id), &ps); best < 0 || closer(d, p, id, bestD, bestP, repIDs[best]) {
			best, bestD, bestP = i, d, p
		}
	}
	return best
}

// nearest returns the least distance from a probe to point, and the
// probe's number (the lowest on a tie).
func nearest(point uint64, ps *[StickyProbes]uint64) (uint64, int) {
	d, q := point-ps[0], 0
	for p := 1; p < len(ps); p++ {
		if e := point - ps[p]; e < d {
			d, q = e, p
		}
	}
	return d, q
}

// closer reports whether (d, p, id) orders before (bd, bp, bid).
func closer(d uint64, p int, id string, bd uint64, bp int, bid string) bool {
	if d != bd {
		return d < bd
	}
	if p != bp {
		return p < bp
	}
	return id < bid
}

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
	var ps [StickyProbes]uint64
	probes(kh, &ps)
	var best int
	if s.ring != nil && s.ring.reps == c.Len() {
		best = s.ring.pick(c, mask, &ps)
	} else {
		best = scanNearest(c, mask, &ps)
	}
	if best < 0 {
		return leadroute.Pick{}, nil
	}
	return leadroute.Pick{Rep: c.Rep(best), Reason: "sticky"}, nil
}

// scanNearest returns the candidate rep nearest to a probe (StickyChoice
// over the candidates), or -1: O(n · StickyPoints · StickyProbes).
func scanNearest(c leadroute.Candidates, mask []bool, ps *[StickyProbes]uint64) int {
	best, bestD, bestP := -1, uint64(0), 0
	for i := range c.Len() {
		if !ok(c, mask, i) {
			continue
		}
		if d, p := repNearest(repBase(c.ID(i)), ps); best < 0 || closer(d, p, c.ID(i), bestD, bestP, c.ID(best)) {
			best, bestD, bestP = i, d, p
		}
	}
	return best
}

// maxPassed is how many ineligible reps a bound pick passes over on the
// ring before it scans the pool instead.
const maxPassed = 48

// pick returns the pool position of the candidate rep nearest to a probe,
// or -1. Each probe walks clockwise from its point; the probe whose
// current rep is nearest is asked first, and walks on if that rep is not
// a candidate. The first candidate so found is the nearest, since every
// other probe's candidate, if it has to walk on, only gets farther.
func (r *stickyRing) pick(c leadroute.Candidates, mask []bool, ps *[StickyProbes]uint64) int {
	n := len(r.points)
	if n == 0 {
		return -1
	}
	var at [StickyProbes]int32
	var dist [StickyProbes]uint64
	for p, h := range ps {
		j := r.successor(h)
		at[p], dist[p] = int32(j), r.points[j]-h
	}
	for passed := 0; passed < maxPassed && passed < r.reps; passed++ {
		q := 0
		for p := 1; p < len(dist); p++ {
			if dist[p] < dist[q] {
				q = p
			}
		}
		i := int(r.pos[at[q]])
		if ok(c, mask, i) {
			return i
		}
		j := int(at[q]) + 1
		if j == n {
			j = 0
		}
		at[q], dist[q] = int32(j), r.points[j]-ps[q]
	}
	// Many reps passed over (or a small pool all passed over): one scan
	// decides, each rep's eligibility checked once.
	return scanRing(c, mask, ps, r)
}

// scanRing is scanNearest over the ring's points.
func scanRing(c leadroute.Candidates, mask []bool, ps *[StickyProbes]uint64, r *stickyRing) int {
	best, bestD, bestP := -1, uint64(0), 0
	for j, pt := range r.points {
		i := int(r.pos[j])
		if !ok(c, mask, i) {
			continue
		}
		// Points ascend with IDs breaking ties, and a later point is
		// only chosen when strictly closer, so the ID order holds.
		if d, p := nearest(pt, ps); best < 0 || d < bestD || (d == bestD && p < bestP) {
			best, bestD, bestP = i, d, p
		}
	}
	return best
}

// successor returns the index of the first point at or after h, wrapping.
func (r *stickyRing) successor(h uint64) int {
	b := h >> r.shift
	j, end := int(r.bucket[b]), int(r.bucket[b+1])
	for j < end && r.points[j] < h {
		j++
	}
	if j == len(r.points) {
		return 0
	}
	return j
}

func (s *sticky) fallThrough(ctx context.Context, l *leadroute.Lead, c leadroute.Candidates, mask []bool) (leadroute.Pick, error) {
	if s.next == nil {
		return leadroute.Pick{}, nil
	}
	return pickWith(ctx, s.next, l, c, mask, "")
}

// Bind implements leadroute.Binder: it puts the pool's reps on the ring
// and binds next.
func (s *sticky) Bind(p leadroute.PoolInfo) (leadroute.Strategy, error) {
	out := &sticky{key: s.key, ring: newStickyRing(p.Reps)}
	if s.next != nil {
		n, err := bind(s.next, p)
		if err != nil {
			return nil, err
		}
		out.next = n
	}
	return out, nil
}

func newStickyRing(reps []*leadroute.Rep) *stickyRing {
	n := len(reps) * StickyPoints
	type ringPoint struct {
		pt  uint64
		pos int32
	}
	pts := make([]ringPoint, 0, n)
	for i, r := range reps {
		base := repBase(r.ID)
		for v := range StickyPoints {
			pts = append(pts, ringPoint{point(base, v), int32(i)})
		}
	}
	slices.SortFunc(pts, func(a, b ringPoint) int {
		if c := cmp.Compare(a.pt, b.pt); c != 0 {
			return c
		}
		return cmp.Compare(reps[a.pos].ID, reps[b.pos].ID)
	})
	r := &stickyRing{reps: len(reps), points: make([]uint64, n), pos: make([]int32, n)}
	for j, p := range pts {
		r.points[j], r.pos[j] = p.pt, p.pos
	}
	// About one point per bucket.
	nb := 1
	if n > 1 {
		nb = bits.Len(uint(n - 1))
	}
	r.shift = uint(64 - nb)
	r.bucket = make([]int32, 1<<nb+1)
	j := 0
	for b := range r.bucket {
		for j < n && r.points[j]>>r.shift < uint64(b) {
			j++
		}
		r.bucket[b] = int32(j)
	}
	return r
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
