package strategies

import "github.com/leadroute/leadroute"

// The built-in strategies state their expected split (leadroute.Expecter):
//
//   - RoundRobin, Balanced: even among the reps who can take leads (not
//     configured Away);
//   - Weighted, WeightedRandom: by Rep.Weight (0 counts as 1) among them;
//   - LeastLoaded: even when every such rep has the same capacity
//     (MaxOpen, or none); with different capacities the split depends on
//     how long leads stay open, so there is no fixed expectation;
//   - LeastLoadedShare: by capacity when every such rep has one, even when
//     none has; mixed, no fixed expectation;
//   - Chain: its first member's;
//   - SkillBased, Sticky, Remember, AccountOwner, Queue: no fixed
//     expectation (the lead decides who gets it).
var (
	_ leadroute.Expecter = (*roundRobin)(nil)
	_ leadroute.Expecter = (*balanced)(nil)
	_ leadroute.Expecter = (*weighted)(nil)
	_ leadroute.Expecter = (*weightedRandom)(nil)
	_ leadroute.Expecter = (*leastLoaded)(nil)
	_ leadroute.Expecter = chain{}
	_ leadroute.Expecter = (*skillBased)(nil)
	_ leadroute.Expecter = (*sticky)(nil)
	_ leadroute.Expecter = (*remember)(nil)
	_ leadroute.Expecter = accountOwner{}
	_ leadroute.Expecter = (*queue)(nil)
)

// shares splits 1 among the pool's reps who can take leads (not Away) in
// proportion to w(rep); reps who cannot get 0.
func shares(p leadroute.PoolInfo, w func(r *leadroute.Rep) float64) []float64 {
	out := make([]float64, len(p.Reps))
	var total float64
	for i, r := range p.Reps {
		if r == nil || r.Away {
			continue
		}
		out[i] = w(r)
		total += out[i]
	}
	if total > 0 {
		for i := range out {
			out[i] /= total
		}
	}
	return out
}

func even(*leadroute.Rep) float64 { return 1 }

func byWeight(r *leadroute.Rep) float64 { return float64(weightOf(r)) }

// Expect implements leadroute.Expecter: an even split.
func (*roundRobin) Expect(p leadroute.PoolInfo) leadroute.Expectation {
	return leadroute.Expectation{Shares: shares(p, even), Basis: "even"}
}

// Expect implements leadroute.Expecter: an even split (Balanced catches
// up, so over its windows every rep gets the same).
func (b *balanced) Expect(p leadroute.PoolInfo) leadroute.Expectation {
	return leadroute.Expectation{Shares: shares(p, even), Basis: "even"}
}

// Expect implements leadroute.Expecter: by Rep.Weight.
func (w *weighted) Expect(p leadroute.PoolInfo) leadroute.Expectation {
	return leadroute.Expectation{Shares: shares(p, byWeight), Basis: "by weight"}
}

// Expect implements leadroute.Expecter: by Rep.Weight, on average.
func (w *weightedRandom) Expect(p leadroute.PoolInfo) leadroute.Expectation {
	return leadroute.Expectation{Shares: shares(p, byWeight), Basis: "by weight"}
}

// Expect implements leadroute.Expecter: see the list above.
func (s *leastLoaded) Expect(p leadroute.PoolInfo) leadroute.Expectation {
	with, without := 0, 0
	caps := map[int]bool{}
	for _, r := range p.Reps {
		if r == nil || r.Away {
			continue
		}
		if r.MaxOpen > 0 {
			with++
			caps[r.MaxOpen] = true
		} else {
			without++
		}
	}
	switch {
	case with == 0 || (!s.share && without == 0 && len(caps) == 1):
		return leadroute.Expectation{Shares: shares(p, even), Basis: "even"}
	case s.share && without == 0:
		return leadroute.Expectation{Shares: shares(p, func(r *leadroute.Rep) float64 { return float64(r.MaxOpen) }), Basis: "by capacity"}
	case s.share:
		return leadroute.Expectation{Basis: "reps without a capacity take leads before reps with one"}
	default:
		return leadroute.Expectation{Basis: "with different capacities the split depends on how long leads stay open"}
	}
}

// Expect implements leadroute.Expecter: the first member's expectation.
func (ch chain) Expect(p leadroute.PoolInfo) leadroute.Expectation {
	for _, s := range ch.ss {
		if s != nil {
			return leadroute.ExpectationOf(s, p)
		}
	}
	return leadroute.Expectation{Basis: "an empty chain assigns nobody"}
}

// Expect implements leadroute.Expecter: no fixed expectation.
func (s *skillBased) Expect(leadroute.PoolInfo) leadroute.Expectation {
	return leadroute.Expectation{Basis: "the best skill match takes each lead"}
}

// Expect implements leadroute.Expecter: no fixed expectation.
func (s *sticky) Expect(leadroute.PoolInfo) leadroute.Expectation {
	return leadroute.Expectation{Basis: "each lead's key decides its rep"}
}

// Expect implements leadroute.Expecter: no fixed expectation.
func (s *remember) Expect(leadroute.PoolInfo) leadroute.Expectation {
	return leadroute.Expectation{Basis: "repeat leads go to the rep who owns them"}
}

// Expect implements leadroute.Expecter: no fixed expectation.
func (s accountOwner) Expect(leadroute.PoolInfo) leadroute.Expectation {
	return leadroute.Expectation{Basis: "account leads go to their owners"}
}

// Expect implements leadroute.Expecter: a queue assigns no rep.
func (q *queue) Expect(leadroute.PoolInfo) leadroute.Expectation {
	return leadroute.Expectation{Basis: "leads go to a queue, not to reps"}
}
