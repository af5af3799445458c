package strategies

import (
	"context"
	"fmt"
	"maps"
	"slices"
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
// concurrent use and allocates nothing per pick. Bound to a pool it
// precomputes the scores, so a pick is O(n) comparisons.
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
	score []int64 // per pool position, -1 = lacks a skill; nil when unbound
	key   string  // rotation key for foreign tie strategies
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

// Bind implements leadroute.Binder: it precomputes the reps' scores and
// binds tie.
func (s *skillBased) Bind(p leadroute.PoolInfo) (leadroute.Strategy, error) {
	out := &skillBased{req: s.req, score: make([]int64, len(p.Reps)), key: p.Key + "#skill"}
	for i, r := range p.Reps {
		out.score[i] = s.scoreOf(r)
	}
	t, err := bind(s.tie, p)
	if err != nil {
		return nil, err
	}
	out.tie = t
	return out, nil
}

func (s *skillBased) Pick(ctx context.Context, l *leadroute.Lead, c leadroute.Candidates) (leadroute.Pick, error) {
	return s.pickMasked(ctx, l, c, nil)
}

func (s *skillBased) pickMasked(ctx context.Context, l *leadroute.Lead, c leadroute.Candidates, mask []bool) (leadroute.Pick, error) {
	n := c.Len()
	sc := getScratch(n)
	defer sc.release()
	best, bestScore := -1, int64(0)
	for i := range n {
		if mask != nil && !mask[i] {
			continue
		}
		var v int64
		if s.score != nil {
			v = s.score[i]
		} else {
			v = s.scoreOf(c.Rep(i))
		}
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
	// The best reps, even a single one, go to tie, so that tie sees every
	// assignment (Balanced counts it, RoundRobin moves its cursor).
	for i, in := range sc.mask {
		sc.mask[i] = in && sc.vals[i] == bestScore
	}
	pk, err := pickWith(ctx, s.tie, l, c, sc.mask, keyOr(s.key, c))
	if err != nil || (pk.Rep == nil && pk.Rotate.Key == "") {
		return pk, err
	}
	pk.Reason = "skill match"
	return pk, nil
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
