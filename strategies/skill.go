package strategies

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/leadroute/leadroute"
)

// SkillBased returns a strategy for leads that need particular skills: it
// considers only the eligible reps having every skill in required at least
// at its level (Rep.Skills), scores each by the sum of its levels in the
// required skills, and gives the lead to the best score. Reps with the best
// score tie, and tie picks among them: any built-in strategy (RoundRobin,
// Balanced, LeastLoaded, Weighted, WeightedRandom, Sticky, Chain) runs
// restricted to the tied reps. A strategy from elsewhere runs on the whole
// pool; if it picks a rep outside the tie, the lead goes round-robin among
// the tied reps instead. A nil tie means RoundRobin.
//
// With an empty required map every eligible rep scores 0 and tie decides.
// (Rule.Skills filters the same way at the router; SkillBased adds the
// best-match ranking.)
//
// SkillBased keeps no state of its own (tie does); it is safe for
// concurrent use and allocates nothing per pick. Bound to a pool (the
// router binds it) it groups the qualifying reps into tiers of equal
// score, best first, and a pick walks them, checking reps only until it
// finds an eligible one: O(1) plus the reps it passes over, whatever the
// pool's size. With RoundRobin as tie each tier is a rotation of its own
// (its reps in pool order, with a cursor under the state key
// Candidates.Key + "#skill:es>=2,fr>=1=5" for the requirements and the
// tier's score; a tier of the whole pool takes turns on the pool's own
// rotation, as RoundRobin does), so the pick builds nothing of the pool's
// size; another tie strategy gets the tied reps as a mask of the pool,
// O(n). Used without binding, a pick scores the whole pool, O(n), and a
// RoundRobin tie uses the pool's cursor.
func SkillBased(required map[string]int, tie leadroute.Strategy) leadroute.Strategy {
	s := &skillBased{tie: tie}
	if s.tie == nil {
		s.tie = RoundRobin()
	}
	for _, k := range slices.Sorted(maps.Keys(required)) {
		s.req = append(s.req, skillLevel{name: k, level: required[k]})
	}
	return s
}

type skillLevel struct {
	name  string
	level int
}

type skillBased struct {
	req   []skillLevel
	tie   leadroute.Strategy
	bound bool
	reps  int         // pool size when bound
	tiers []skillTier // when bound: the qualifying reps by score, best first
	rr    bool        // tie is RoundRobin: each tier rotates on its own
	key   string      // rotation key for foreign tie strategies
}

// skillTier is the reps of one score, in pool order, and its rotation.
type skillTier struct {
	score int64
	slots []int32 // pool positions
	key   string  // the tier's rotation key (with a RoundRobin tie)
}

var (
	_ leadroute.Binder = (*skillBased)(nil)
	_ maskPicker       = (*skillBased)(nil)
)

func (s *skillBased) scoreOf(r *leadroute.Rep) int64 {
	var sum int64
	for _, q := range s.req {
		lv := r.Skills[q.name]
		if lv < q.level {
			return -1
		}
		sum += int64(lv)
	}
	return sum
}

// requirement is the required skills as the state keys spell them:
// "es>=2,fr>=1".
func (s *skillBased) requirement() string {
	var b strings.Builder
	for i, q := range s.req {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(q.name + ">=" + strconv.Itoa(q.level))
	}
	return b.String()
}

// Bind implements leadroute.Binder: it groups the reps into score tiers
// and binds tie.
func (s *skillBased) Bind(p leadroute.PoolInfo) (leadroute.Strategy, error) {
	out := &skillBased{req: s.req, bound: true, reps: len(p.Reps), key: p.Key + "#skill"}
	byScore := map[int64][]int32{}
	for i, r := range p.Reps {
		if v := s.scoreOf(r); v >= 0 {
			byScore[v] = append(byScore[v], int32(i))
		}
	}
	req := s.requirement()
	for _, v := range slices.Backward(slices.Sorted(maps.Keys(byScore))) {
		out.tiers = append(out.tiers, skillTier{
			score: v,
			slots: byScore[v],
			key:   p.Key + "#skill:" + req + "=" + strconv.FormatInt(v, 10),
		})
	}
	t, err := bind(s.tie, p)
	if err != nil {
		return nil, err
	}
	out.tie = t
	_, out.rr = t.(*roundRobin)
	return out, nil
}

func (s *skillBased) Pick(ctx context.Context, l *leadroute.Lead, c leadroute.Candidates) (leadroute.Pick, error) {
	return s.pickMasked(ctx, l, c, nil)
}

func (s *skillBased) pickMasked(ctx context.Context, l *leadroute.Lead, c leadroute.Candidates, mask []bool) (leadroute.Pick, error) {
	if !s.bound || s.reps != c.Len() {
		return s.pickScan(ctx, l, c, mask)
	}
	for t := range s.tiers {
		tier := &s.tiers[t]
		if !anyOK(c, mask, tier.slots) {
			continue
		}
		// The best eligible reps are this tier's. Even a single one goes
		// to tie, so that tie sees every assignment (Balanced counts
		// it, a rotation moves its cursor).
		if s.rr {
			if len(tier.slots) == s.reps {
				// Everyone ties: the pool's own rotation, shared with
				// every rule of the pool's team, as RoundRobin.
				return rotation(c, c.Key(), mask, nil, "skill match"), nil
			}
			// The commit takes the first rep after the tier's cursor
			// that is eligible and within its caps; if a concurrent
			// route took the last room meanwhile, the router marks the
			// tier's reps full and picks again (the next tier).
			return rotation(c, tier.key, mask, tier.slots, "skill match"), nil
		}
		sc := getScratch(c.Len())
		for _, i := range tier.slots {
			sc.mask[i] = mask == nil || mask[i]
		}
		pk, err := s.tied(ctx, l, c, sc.mask)
		sc.release()
		return pk, err
	}
	return leadroute.Pick{}, nil
}

// anyOK reports whether a rep of slots is a candidate, asking in order
// until one is.
func anyOK(c leadroute.Candidates, mask []bool, slots []int32) bool {
	for _, i := range slots {
		if ok(c, mask, int(i)) {
			return true
		}
	}
	return false
}

// tied runs tie on the tied reps (mask).
func (s *skillBased) tied(ctx context.Context, l *leadroute.Lead, c leadroute.Candidates, mask []bool) (leadroute.Pick, error) {
	pk, err := pickWith(ctx, s.tie, l, c, mask, keyOr(s.key, c))
	if err != nil || (pk.Rep == nil && pk.Rotate.Key == "") {
		return pk, err
	}
	pk.Reason = "skill match"
	return pk, nil
}

// pickScan is the pick of an unbound SkillBased: it scores the pool.
func (s *skillBased) pickScan(ctx context.Context, l *leadroute.Lead, c leadroute.Candidates, mask []bool) (leadroute.Pick, error) {
	n := c.Len()
	sc := getScratch(n)
	defer sc.release()
	best, bestScore := -1, int64(0)
	for i := range n {
		if mask != nil && !mask[i] {
			continue
		}
		v := s.scoreOf(c.Rep(i))
		if v < 0 || !c.Eligible(i) {
			continue
		}
		sc.vals[i], sc.mask[i] = v, true
		if best < 0 || v > bestScore {
			best, bestScore = i, v
		}
	}
	if best < 0 {
		return leadroute.Pick{}, nil
	}
	for i, in := range sc.mask {
		sc.mask[i] = in && sc.vals[i] == bestScore
	}
	return s.tied(ctx, l, c, sc.mask)
}

func (s *skillBased) String() string {
	var b strings.Builder
	b.WriteString("skill-based(")
	for i, q := range s.req {
		if i > 0 {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%s>=%d", q.name, q.level)
	}
	b.WriteString(", then " + name(s.tie) + ")")
	return b.String()
}
