package matchers_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/matchers"
)

// maxLead is a lead at every size limit, shaped to make expressions work
// hardest: long strings that differ only at the end, the most products and
// attributes, attributes that are the longest strings, the longest lists
// and the largest maps.
func maxLead() *leadroute.Lead {
	long := func(n int, c string) string { return strings.Repeat(c, n-1) + "z" }
	l := &leadroute.Lead{
		ID:      long(leadroute.MaxLeadIDLen, "i"),
		Email:   long(leadroute.MaxLeadEmailLen-9, "e") + "@acme.com",
		Domain:  long(leadroute.MaxLeadDomainLen-4, "d") + ".com",
		Website: long(leadroute.MaxLeadStringLen, "a")[1:] + "y", Company: long(leadroute.MaxLeadStringLen, "a"),
		Country: long(leadroute.MaxLeadStringLen, "a"), State: long(leadroute.MaxLeadStringLen, "a"),
		PostalCode: strings.Repeat("A", leadroute.MaxLeadStringLen-1) + "Z", City: long(leadroute.MaxLeadStringLen, "a"),
		Industry: long(leadroute.MaxLeadStringLen, "a"), Source: long(leadroute.MaxLeadStringLen, "a"),
		Language:  long(leadroute.MaxLeadStringLen, "a"),
		Employees: 1 << 40, Revenue: 1e12, Score: 1 << 40,
		Attrs: map[string]any{},
	}
	for i := range leadroute.MaxLeadProducts {
		l.Products = append(l.Products, fmt.Sprintf("%0*d", leadroute.MaxLeadProductLen, i))
	}
	list := make([]any, leadroute.MaxLeadAttrSize-1)
	for i := range list {
		list[i] = 1.0
	}
	m := map[string]any{}
	for i := 0; len(m)*6 < leadroute.MaxLeadAttrSize-6; i++ {
		m[fmt.Sprintf("%04d", i)] = 1.0
	}
	l.Attrs["s"], l.Attrs["t"], l.Attrs["l"], l.Attrs["m"] = long(leadroute.MaxLeadAttrSize, "a"), long(leadroute.MaxLeadAttrSize, "a"), list, m
	for i := 0; len(l.Attrs) < leadroute.MaxLeadAttrs; i++ {
		k := fmt.Sprintf("%0*d", leadroute.MaxLeadAttrKeyLen-1, i)
		switch i % 3 {
		case 0:
			l.Attrs["s"+k] = long(leadroute.MaxLeadAttrSize, "a")
		case 1:
			l.Attrs["l"+k] = list
		default:
			l.Attrs["m"+k] = m
		}
	}
	return l
}

func TestMaxLeadIsWithinLimits(t *testing.T) {
	l := *maxLead()
	for _, p := range l.Normalize() {
		assert.NotContains(t, p.Msg, "bytes", "at the limits, not over")
		assert.NotContains(t, p.Msg, "kept", "at the limits, not over")
	}
	assert.True(t, reflect.DeepEqual(*maxLead(), l), "Normalize changed nothing")
	assert.Len(t, l.Attrs, leadroute.MaxLeadAttrs)
}

// worstCaseExprs are accepted expressions built to cost as much as the
// bound allows, one per kind of work. Each template is repeated as often
// as MaxExprCost accepts (see widest).
var worstCaseExprs = []struct {
	name string
	unit string // one unit of work; joined by sep as often as accepted
	sep  string
	wrap string // %s is the joined units
}{
	{"nested-predicates", `# != "x"`, " && ", `all(Products, all(Products, %s))`},
	{"nested-keys", `# != "x"`, " && ", `all(keys(Attrs), all(keys(Attrs), %s))`},
	{"concat-chain", "Company", " + ", `%s != ""`},
	{"lower-upper", `lower(upper(Company)) != ""`, " && ", "%s"},
	{"string-compare", `Company == City`, " && ", "%s"},
	{"contains", `Company contains Website`, " || ", "%s"},
	{"regexp", `Company matches "(a|b)*c+(d|e)*f"`, " || ", "%s"},
	{"range", `# > 0`, " && ", `all(1..200, all(1..10, %s))`},
	{"map-concat", `#`, " + ", `any(map(Products, %s), # == "")`},
	{"attrs-iterate", `count(Attrs.l, # == 2.0) == 0`, " && ", "%s"},
	{"attrs-string-iterate", `count(Attrs.s, # == 1) > 0`, " || ", "%s"},
	{"attrs-deep-equal", `Attrs.l == Attrs.l`, " && ", "%s"},
	{"in-values", `Attrs.s + "x" in values(Attrs)`, " || ", "%s"},
	{"attrs-concat", `Attrs.s + Attrs.t`, " + ", `%s != ""`},
	{"in-list", `Company in [Website, Website, Website, Website]`, " || ", "%s"},
}

// widest returns the expression of a worst-case template with the most
// repetitions of its unit that still compiles, and the matcher.
func widest(t testing.TB, name, unit, sep, wrap string) (string, *matchers.ExprMatcher) {
	t.Helper()
	var (
		best   string
		bestM  *matchers.ExprMatcher
		lo, hi = 1, 4096
	)
	for lo <= hi {
		n := (lo + hi) / 2
		units := make([]string, n)
		for i := range units {
			units[i] = unit
		}
		src := fmt.Sprintf(wrap, strings.Join(units, sep))
		m, err := matchers.Expr(src)
		if err == nil {
			best, bestM, lo = src, m, n+1
		} else {
			require.ErrorIs(t, err, matchers.ErrExprLimit, "%s", name)
			hi = n - 1
		}
	}
	require.NotNil(t, bestM, "%s: even one unit is rejected", name)
	return best, bestM
}

// BenchmarkWorstCaseExpr measures the most expensive expressions the cost
// bound accepts, on a lead at the size limits. The figure in the doc of
// MaxExprCost comes from here: the slowest case's ns/op. "ns/step" relates
// the time to the static bound (Cost), to check the cost model's weights.
func BenchmarkWorstCaseExpr(b *testing.B) {
	lead := maxLead()
	for _, c := range worstCaseExprs {
		src, m := widest(b, c.name, c.unit, c.sep, c.wrap)
		if _, err := m.MatchErr(lead); err != nil {
			b.Fatalf("%s: %v\n%s", c.name, err, src)
		}
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = m.MatchErr(lead)
			}
			b.ReportMetric(float64(m.Cost()), "steps")
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(m.Cost()), "ns/step")
		})
	}
}

// TestWorstCaseExprsWithinBudget: the most expensive accepted expressions,
// on a lead at the limits, never reach the run-time memory budget: the
// static bound implies it.
func TestWorstCaseExprsWithinBudget(t *testing.T) {
	lead := maxLead()
	for _, c := range worstCaseExprs {
		src, m := widest(t, c.name, c.unit, c.sep, c.wrap)
		assert.LessOrEqual(t, m.Cost(), matchers.MaxExprCost, c.name)
		assert.Greater(t, m.Cost(), matchers.MaxExprCost/4, "%s: the template should reach near the bound", c.name)
		_, err := m.MatchErr(lead)
		assert.NoError(t, err, "%s: %.200s", c.name, src)
	}
}

// TestRealisticExprsAreCheap: the expressions people write cost a small
// part of the bound, so the bound rejects only pathological ones.
func TestRealisticExprsAreCheap(t *testing.T) {
	for _, src := range []string{
		`Country == "US" && Employees >= 200 && "billing" in Products`,
		`Attrs["tier"] == "gold" || Attrs.seats > 4`,
		`lower(Industry) matches "^(saas|fintech|e-?commerce)$"`,
		`any(Products, # startsWith "c") and not (State in ["US-CA", "US-WA"])`,
		`len(filter(Products, len(#) > 2)) > 1`,
		`Email endsWith "@acme.com" ? Score > 10 : Score > 90`,
		`lower(Company + " " + City) contains "bank"`,
		`any(keys(Attrs), # startsWith "utm_")`,
		`all(Products, # in ["crm", "billing", "support"])`,
		`count(Attrs.tags, # == "vip") > 0`,
		`all(Products, any(Products, # == "x"))`,
		`any(1..len(Products), Products[# - 1] == "crm")`,
	} {
		m, err := matchers.Expr(src)
		require.NoError(t, err, src)
		assert.Less(t, m.Cost(), matchers.MaxExprCost*3/4, src)
	}
}

// TestExprCostErrorPointsAtThePart: the error names the smallest part of
// the expression that is too costly.
func TestExprCostErrorPointsAtThePart(t *testing.T) {
	src := `Score > 10 && ` + strings.Repeat("Company + ", 100) + `Company == ""`
	_, err := matchers.Expr(src)
	var ee *matchers.ExprError
	require.ErrorAs(t, err, &ee)
	assert.ErrorIs(t, err, matchers.ErrExprLimit)
	assert.Greater(t, ee.Column, len(`Score > 10 && Company`), "inside the chain")
	assert.Equal(t, "+", string([]rune(src)[ee.Pos]), "at one of its + operators")

	_, err = matchers.Expr(`Score > 1 && any(Products, any(1..Employees, # == 0))`)
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, 33, ee.Column, "at the ..")
}
