package matchers_test

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/matchers"
)

// leadCostRouter is a router whose rules run the most expensive expressions
// the cost bound accepts (worstCaseExprs, widened to the bound) and a few
// realistic ones over Attrs and Products, none of which match the fuzzed
// leads, so that Route evaluates every one; the first rule records the lead
// the rules see, the last takes every lead.
type leadCostRouter struct {
	r     *leadroute.Router
	exprs []*matchers.ExprMatcher
	seen  leadroute.Lead
	saw   int
	calls int
}

func newLeadCostRouter(t testing.TB) *leadCostRouter {
	lc := &leadCostRouter{}
	first := leadroute.StrategyFunc(func(_ context.Context, _ *leadroute.Lead, c leadroute.Candidates) (leadroute.Pick, error) {
		return leadroute.Pick{Rep: c.Rep(0), Reason: "first"}, nil
	})
	rules := []leadroute.Rule{{Name: "see", Pool: []string{"a"}, Strategy: first,
		Match: leadroute.MatcherFunc(func(l *leadroute.Lead) bool { lc.seen, lc.saw = *l, lc.saw+1; return false })}}
	srcs := []string{
		`any(keys(Attrs), Attrs[#] == "never" + Company)`,
		`any(Attrs.tags, # == "never")`,
		`count(Products, # contains "never") > 0`,
		`all(Products, any(Products, # == "never"))`,
		`lower(Company) matches "^never.*(a|b)+$"`,
		`len(1..len(Products)) > 1000`,
	}
	for _, c := range worstCaseExprs {
		src, _ := widest(t, c.name, c.unit, c.sep, c.wrap)
		srcs = append(srcs, "("+src+") && Score == -12345") // src runs in full first
	}
	for i, src := range srcs {
		m, err := matchers.Expr(src)
		if err != nil {
			if errors.Is(err, matchers.ErrExprLimit) { // the wrapping tipped it over
				continue
			}
			t.Fatalf("%s: %v", src, err)
		}
		lc.exprs = append(lc.exprs, m)
		rules = append(rules, leadroute.Rule{Name: fmt.Sprint("e", i), Match: m, Pool: []string{"a"}, Strategy: first})
	}
	rules = append(rules, leadroute.Rule{Name: "rest", Pool: []string{"a"}, Strategy: first})
	r, err := leadroute.New(leadroute.WithReps(leadroute.Rep{ID: "a"}), leadroute.WithRules(rules...), leadroute.WithTrace(true))
	if err != nil {
		t.Fatal(err)
	}
	lc.r = r
	return lc
}

// fuzzLead builds a lead from the fuzzer's values, as large as they ask:
// up to 1 MB strings, thousands of products and attributes, nested values.
func fuzzLead(company, email, product, key, val string, rep, nProducts, nAttrs uint16, nested uint8) leadroute.Lead {
	grow := func(s string) string {
		if s == "" {
			return s
		}
		return strings.Repeat(s, min(int(rep)+1, (1<<20)/len(s)+1))
	}
	l := leadroute.Lead{
		ID: grow(key), Email: grow(email), Company: grow(company), City: company, Industry: val,
		Country: grow(val), Language: product, PostalCode: grow(product), Score: int(rep),
	}
	for i := range int(nProducts) % 5000 {
		l.Products = append(l.Products, product+fmt.Sprint(i))
	}
	if nAttrs > 0 {
		l.Attrs = map[string]any{}
		big := grow(val)
		for i := range int(nAttrs) % 3000 {
			k := key + fmt.Sprint(i)
			switch i % 4 {
			case 0:
				l.Attrs[k] = big
			case 1:
				list := make([]any, int(nested)*int(rep)%5000)
				for j := range list {
					list[j] = val
				}
				l.Attrs[k] = list
			case 2:
				var v any = val
				for range nested {
					v = map[string]any{key: v, "x": []any{v}}
				}
				l.Attrs[k] = v
			default:
				l.Attrs[k] = float64(i)
			}
		}
		l.Attrs["tags"] = []any{val, product, 1.0}
	}
	return l
}

// checkLimits fails the test if the lead is outside any size limit of
// leadroute.Lead.
func checkLimits(t *testing.T, l *leadroute.Lead) {
	t.Helper()
	for _, f := range []struct {
		name string
		v    string
		max  int
	}{
		{"ID", l.ID, leadroute.MaxLeadIDLen}, {"Email", l.Email, leadroute.MaxLeadEmailLen},
		{"Domain", l.Domain, leadroute.MaxLeadDomainLen}, {"Website", l.Website, leadroute.MaxLeadStringLen},
		{"Company", l.Company, leadroute.MaxLeadStringLen}, {"Country", l.Country, leadroute.MaxLeadStringLen},
		{"State", l.State, leadroute.MaxLeadStringLen}, {"PostalCode", l.PostalCode, leadroute.MaxLeadStringLen},
		{"City", l.City, leadroute.MaxLeadStringLen}, {"Industry", l.Industry, leadroute.MaxLeadStringLen},
		{"Source", l.Source, leadroute.MaxLeadStringLen}, {"Language", l.Language, leadroute.MaxLeadStringLen},
	} {
		if len(f.v) > f.max {
			t.Fatalf("normalised %s is %d bytes; the limit is %d", f.name, len(f.v), f.max)
		}
	}
	if len(l.Products) > leadroute.MaxLeadProducts {
		t.Fatalf("%d products", len(l.Products))
	}
	for _, p := range l.Products {
		if len(p) > leadroute.MaxLeadProductLen {
			t.Fatalf("product of %d bytes", len(p))
		}
	}
	if len(l.Attrs) > leadroute.MaxLeadAttrs {
		t.Fatalf("%d attrs", len(l.Attrs))
	}
	for k, v := range l.Attrs {
		if len(k) > leadroute.MaxLeadAttrKeyLen {
			t.Fatalf("attr key of %d bytes", len(k))
		}
		if n := size(v); n > leadroute.MaxLeadAttrSize {
			t.Fatalf("Attrs[%.20q] has size %d", k, n)
		}
	}
}

// size measures an attribute value as MaxLeadAttrSize defines it, for the
// types fuzzLead builds.
func size(v any) int {
	switch x := v.(type) {
	case string:
		return len(x)
	case []any:
		n := 1
		for _, e := range x {
			n += size(e)
		}
		return n
	case map[string]any:
		n := 1
		for k, e := range x {
			n += len(k) + size(e)
		}
		return n
	}
	return 1
}

// FuzzLeadCost routes fuzzed leads, up to the size of the leads of issue 10
// (thousands of products and attributes, a 1 MB company), through rules
// whose expressions cost as much as MaxExprCost allows. Every Route must
// name a rep or a queue, the lead the rules see must be within every size
// limit, and no accepted expression may hit the run-time memory budget on
// it (the static bound implies the budget). Speed is measured by
// BenchmarkWorstCaseExpr, not here.
func FuzzLeadCost(f *testing.F) {
	f.Add("Acme", "jo@acme.com", "crm", "tier", "gold", uint16(0), uint16(2), uint16(1), uint8(1))
	f.Add("ACME Corp", "a@b", "p", "k", "v", uint16(60000), uint16(4999), uint16(2999), uint8(3)) // issue 10's lead
	f.Add("é", "x", "€", "ключ", "значение", uint16(500), uint16(100), uint16(100), uint8(20))
	f.Add("", "", "", "", "", uint16(0), uint16(0), uint16(0), uint8(0))
	lc := newLeadCostRouter(f)
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, company, email, product, key, val string, rep, nProducts, nAttrs uint16, nested uint8) {
		in := fuzzLead(company, email, product, key, val, rep, nProducts, nAttrs, nested)
		// A new decision every time: a lead ID routed before would be a
		// replay, which evaluates no rule.
		lc.calls++
		in.ID += "#" + strconv.Itoa(lc.calls)
		saw := lc.saw
		d, err := lc.r.Route(ctx, in)
		if err != nil {
			t.Fatalf("Route: %v", err)
		}
		if (d.RepID == "") == (d.Queue == "") {
			t.Fatalf("decision names neither or both a rep and a queue: %+v", d)
		}
		if lc.saw != saw+1 {
			t.Fatal("the first rule did not see the lead")
		}
		checkLimits(t, &lc.seen)
		for _, s := range d.Trace {
			if s.Event == leadroute.EventMatchError && strings.Contains(s.Reason, "memory budget") {
				t.Fatalf("rule %s: %s", s.Rule, s.Reason)
			}
		}
		for _, m := range lc.exprs {
			if _, err := m.MatchErr(&lc.seen); errors.Is(err, matchers.ErrExprLimit) {
				t.Fatalf("%s: %v", m, err)
			}
		}
	})
}

// FuzzExprCost compiles arbitrary expressions and runs every accepted one
// on a lead at the size limits: none may reach the run-time memory budget
// (the static cost bound implies it) or panic.
func FuzzExprCost(f *testing.F) {
	for _, c := range worstCaseExprs {
		f.Add(fmt.Sprintf(c.wrap, c.unit))
	}
	for _, s := range []string{
		`any(keys(Attrs), any(keys(Attrs), # == "x"))`,
		`count(Products, count(Products, # contains Company) > 0) > 0`,
		`len(1..len(Products)) > 0`,
		`any(1..len(Attrs.l), # > 1000)`,
		`len(map(Products, Company + #)) > 0`,
		`Attrs.m.x == Attrs.l[3]`,
		`lower(upper(lower(Attrs.s))) != ""`,
		`len(values(Attrs)) + len(keys(Attrs.m)) > 0`,
	} {
		f.Add(s)
	}
	lead := maxLead()
	f.Fuzz(func(t *testing.T, src string) {
		m, err := matchers.Expr(src)
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatalf("Expr(%q) panicked: %v", src, err)
			}
			return
		}
		if m.Cost() > matchers.MaxExprCost {
			t.Fatalf("Expr(%q) accepted at cost %d", src, m.Cost())
		}
		_, err = m.MatchErr(lead)
		if errors.Is(err, matchers.ErrExprLimit) {
			t.Fatalf("%q (cost %d) hit a run-time limit: %v", src, m.Cost(), err)
		}
		if err != nil && strings.Contains(err.Error(), "expression failed") {
			t.Fatalf("MatchErr for %q panicked: %v", src, err)
		}
	})
}
