package leadroute_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	lr "github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/strategies"
)

// conj is a test Conjunction: Match evaluates the conditions directly, so a
// router that indexes them must agree with one that calls Match.
type conj []lr.Cond

func (c conj) Conds() ([]lr.Cond, bool) { return c, true }

func (c conj) Match(l *lr.Lead) bool {
	for _, cond := range c {
		switch cond.Field {
		case lr.FieldEmployees, lr.FieldRevenue, lr.FieldScore:
			v := map[lr.Field]float64{lr.FieldEmployees: float64(l.Employees), lr.FieldRevenue: l.Revenue, lr.FieldScore: float64(l.Score)}[cond.Field]
			if v < cond.Min || v >= cond.Max {
				return false
			}
		default:
			v := map[lr.Field]string{lr.FieldCountry: l.Country, lr.FieldState: l.State, lr.FieldIndustry: l.Industry,
				lr.FieldSource: l.Source, lr.FieldLanguage: l.Language, lr.FieldDomain: l.Domain}[cond.Field]
			if !slices.ContainsFunc(cond.Values, func(s string) bool { return strings.EqualFold(s, strings.TrimSpace(v)) }) {
				return false
			}
		}
	}
	return true
}

// randomRules makes n rules mixing indexed conjunctions, plain matchers and
// catch-alls, over a pool of reps with caps, so that overflow happens.
func randomRules(rng *rand.Rand, n int, hide bool) []lr.Rule {
	countries := []string{"US", "CA", "GB", "DE", "FR"}
	industries := []string{"saas", "Retail", "health"}
	var rules []lr.Rule
	for i := range n {
		var cs conj
		if rng.IntN(3) > 0 {
			cs = append(cs, lr.Cond{Field: lr.FieldCountry, Values: []string{countries[rng.IntN(5)], countries[rng.IntN(5)]}})
		}
		if rng.IntN(3) == 0 {
			cs = append(cs, lr.Cond{Field: lr.FieldIndustry, Values: []string{industries[rng.IntN(3)]}})
		}
		if rng.IntN(2) == 0 {
			lo := float64(rng.IntN(1000))
			cs = append(cs, lr.Cond{Field: lr.FieldEmployees, Min: lo, Max: math.Inf(1)})
		}
		if rng.IntN(4) == 0 {
			cs = append(cs, lr.Cond{Field: lr.FieldScore, Min: math.Inf(-1), Max: float64(rng.IntN(100))})
		}
		var m lr.Matcher = cs
		catchAll, opaque := rng.IntN(10) == 0, rng.IntN(8) == 0
		switch {
		case catchAll:
			m = nil
		case hide || opaque:
			m = lr.MatcherFunc(cs.Match) // not indexable
		}
		rules = append(rules, lr.Rule{
			Name: fmt.Sprintf("r%d", i), Match: m,
			Pool:     []string{fmt.Sprintf("rep%d", rng.IntN(6)), fmt.Sprintf("rep%d", 6+rng.IntN(6))},
			Strategy: strategies.RoundRobin(),
		})
	}
	return rules
}

func TestIndexAgreesWithLinearScan(t *testing.T) {
	for _, n := range []int{5, 20, 70, 300} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			var rs []lr.Rep
			for i := range 12 {
				rs = append(rs, lr.Rep{ID: fmt.Sprintf("rep%d", i), DailyCap: 40 + i*7})
			}
			indexed := newRouter(t, lr.WithReps(rs...), lr.WithRules(randomRules(rand.New(rand.NewPCG(1, uint64(n))), n, false)...))
			linear := newRouter(t, lr.WithReps(rs...), lr.WithRules(randomRules(rand.New(rand.NewPCG(1, uint64(n))), n, true)...))
			rng := rand.New(rand.NewPCG(2, 2))
			countries := []string{"US", "ca", "GB", "de", "FR", "JP", ""}
			industries := []string{"SaaS", "retail", " Health ", "", "mining"}
			for i := range 1000 {
				l := lr.Lead{ID: fmt.Sprint(i), Country: countries[rng.IntN(7)], Industry: industries[rng.IntN(5)],
					Employees: rng.IntN(1200), Score: rng.IntN(100)}
				var e lr.Decision
				if i%10 == 0 {
					var err error
					e, err = indexed.Explain(ctx, l) // linear scan, dry run
					require.NoError(t, err)
				}
				a, err := indexed.Route(ctx, l)
				require.NoError(t, err)
				if i%10 == 0 {
					assert.Equal(t, target(e)+" "+e.Rule, target(a)+" "+a.Rule, "Explain predicts Route")
				}
				b, err := linear.Route(ctx, l)
				require.NoError(t, err)
				require.Equal(t, target(b)+" "+b.Rule, target(a)+" "+a.Rule, "lead %+v", l)
			}
		})
	}
}

func TestConjunctionConditionsAreValidated(t *testing.T) {
	_, err := lr.New(lr.WithReps(lr.Rep{ID: "a"}),
		lr.WithRules(lr.Rule{Name: "bad", Match: conj{{Field: 99}}, Pool: []string{"a"}, Strategy: strategies.RoundRobin()}))
	assert.EqualError(t, err, `rules[0] "bad".Match.Conds[0]: unknown field 99`)
}
