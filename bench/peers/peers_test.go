package peers

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/hyperjumptech/grule-rule-engine/ast"
	"github.com/hyperjumptech/grule-rule-engine/builder"
	"github.com/hyperjumptech/grule-rule-engine/engine"
	"github.com/hyperjumptech/grule-rule-engine/pkg"
	opaast "github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/bench"
	"github.com/leadroute/leadroute/bench/workload"
	"github.com/leadroute/leadroute/strategies"
)

var ctx = context.Background()

// sets are the rule sets compared with the peers.
var sets = []string{"Typed50", "Mixed50"}

// ---- OPA Rego ----

// regoFree are the free-form templates in Rego: each entry is one or more
// bodies (a disjunction is one body per disjunct).
var regoFree = [][]string{
	{`input.Country == %[1]q; input.Source == %[2]q`, `input.Country == %[1]q; input.Score >= %[3]s`},
	{`%[1]q in input.Products; input.Employees >= %[2]s`},
	{`input.Industry == %[1]q`, `input.Score > %[2]s`},
	{`input.Country != %[1]q; input.Score >= %[2]s; input.Source != "ads"`},
	{`startswith(input.State, "US-"); input.Employees < %[1]s`},
	{`input.Industry in {%[1]q, %[2]q}; not input.Country in {"US", "CA"}`},
	{`endswith(input.Domain, ".io"); input.Score >= %[1]s`},
}

func regoSet(vs []string) string {
	q := make([]string, len(vs))
	for i, v := range vs {
		q[i] = strconv.Quote(v)
	}
	return "{" + strings.Join(q, ", ") + "}"
}

// regoPolicy renders specs as a policy whose `first` is the index of the
// first matching rule.
func regoPolicy(specs []workload.Spec) string {
	var b strings.Builder
	b.WriteString("package leadroute\n\nimport rego.v1\n\n")
	b.WriteString("lang_is(l, c) if l == c\n\nlang_is(l, c) if startswith(l, concat(\"\", [c, \"-\"]))\n\n")
	for i := range specs {
		sp := &specs[i]
		var conds []string
		if len(sp.Countries) > 0 {
			conds = append(conds, "input.Country in "+regoSet(sp.Countries))
		}
		if len(sp.States) > 0 {
			conds = append(conds, "input.State in "+regoSet(sp.States))
		}
		if len(sp.Industries) > 0 {
			conds = append(conds, "input.Industry in "+regoSet(sp.Industries))
		}
		if len(sp.Domains) > 0 {
			conds = append(conds, "input.Domain in "+regoSet(sp.Domains))
		}
		if sp.HasEmp {
			conds = append(conds, fmt.Sprintf("input.Employees >= %d", sp.EmpMin))
			if sp.EmpMax > 0 {
				conds = append(conds, fmt.Sprintf("input.Employees < %d", sp.EmpMax))
			}
		}
		if sp.HasScore {
			conds = append(conds, fmt.Sprintf("input.Score >= %d", sp.ScoreMin))
		}
		if sp.HasRev {
			conds = append(conds, "input.Revenue >= "+strconv.FormatFloat(sp.RevMin, 'f', -1, 64))
		}
		bodies := []string{strings.Join(conds, "; ")}
		switch {
		case len(sp.Languages) > 0:
			bodies = nil
			for _, c := range sp.Languages {
				bodies = append(bodies, strings.Join(append(conds, fmt.Sprintf("lang_is(input.Language, %q)", c)), "; "))
			}
		case sp.Kind == workload.Free:
			args := make([]any, len(sp.FreeArgs))
			for j, a := range sp.FreeArgs {
				args[j] = a
			}
			bodies = nil
			for _, f := range regoFree[sp.Free] {
				bodies = append(bodies, strings.Join(append(conds, fmt.Sprintf(f, args...)), "; "))
			}
		case sp.Kind == workload.CatchAll:
			bodies = []string{"true"}
		}
		for _, body := range bodies {
			fmt.Fprintf(&b, "match contains %d if {\n\t%s\n}\n\n", i, body)
		}
	}
	b.WriteString("first := min(match)\n")
	return b.String()
}

func regoInput(l *leadroute.Lead) opaast.Value {
	products := make([]any, len(l.Products))
	for i, p := range l.Products {
		products[i] = p
	}
	v, err := opaast.InterfaceToValue(map[string]any{
		"Country": l.Country, "State": l.State, "Industry": l.Industry, "Source": l.Source,
		"Language": l.Language, "Domain": l.Domain, "Employees": l.Employees, "Revenue": l.Revenue,
		"Score": l.Score, "Products": products,
	})
	if err != nil {
		panic(err)
	}
	return v
}

type opaEngine struct {
	pq     rego.PreparedEvalQuery
	inputs []opaast.Value
}

func newOPA(tb testing.TB, set string, leads []leadroute.Lead) *opaEngine {
	tb.Helper()
	specs := workload.Specs(workload.SetByName(set))
	pq, err := rego.New(rego.Query("data.leadroute.first"), rego.Module("leadroute.rego", regoPolicy(specs))).PrepareForEval(ctx)
	if err != nil {
		tb.Fatalf("rego: %v\n%s", err, regoPolicy(specs))
	}
	e := &opaEngine{pq: pq}
	for i := range leads {
		e.inputs = append(e.inputs, regoInput(&leads[i]))
	}
	return e
}

// first returns the index of the first matching rule for lead i.
func (e *opaEngine) first(tb testing.TB, i int) int {
	rs, err := e.pq.Eval(ctx, rego.EvalParsedInput(e.inputs[i]))
	if err != nil || len(rs) != 1 {
		tb.Fatalf("rego eval: %v %v", rs, err)
	}
	n, err := strconv.Atoi(fmt.Sprint(rs[0].Expressions[0].Value))
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

// ---- grule ----

// Fact is the lead as a grule fact.
type Fact struct {
	Country, State, Industry, Source, Language, Domain string
	Employees, Score                                   int64
	Revenue                                            float64
	Products                                           []string
	Hit                                                int64
	Done                                               bool
}

// HasProduct reports whether p is among the lead's products.
func (f *Fact) HasProduct(p string) bool {
	for _, x := range f.Products {
		if x == p {
			return true
		}
	}
	return false
}

var gruleFree = []string{
	`L.Country == %[1]q && (L.Source == %[2]q || L.Score >= %[3]s)`,
	`L.HasProduct(%[1]q) && L.Employees >= %[2]s`,
	`L.Industry == %[1]q || L.Score > %[2]s`,
	`L.Country != %[1]q && L.Score >= %[2]s && L.Source != "ads"`,
	`L.State.HasPrefix("US-") && L.Employees < %[1]s`,
	`(L.Industry == %[1]q || L.Industry == %[2]q) && !(L.Country == "US" || L.Country == "CA")`,
	`L.Domain.HasSuffix(".io") && L.Score >= %[1]s`,
}

func gruleOr(field string, vs []string) string {
	or := make([]string, len(vs))
	for i, v := range vs {
		or[i] = fmt.Sprintf("L.%s == %q", field, v)
	}
	return "(" + strings.Join(or, " || ") + ")"
}

// grl renders specs as GRL: salience keeps the rule order, and each rule
// fires only while no rule has (Done is false), so the first match wins and the
// engine stops.
func grl(specs []workload.Spec) string {
	var b strings.Builder
	for i := range specs {
		sp := &specs[i]
		conds := []string{"L.Done == false"}
		if len(sp.Countries) > 0 {
			conds = append(conds, gruleOr("Country", sp.Countries))
		}
		if len(sp.States) > 0 {
			conds = append(conds, gruleOr("State", sp.States))
		}
		if len(sp.Industries) > 0 {
			conds = append(conds, gruleOr("Industry", sp.Industries))
		}
		if len(sp.Domains) > 0 {
			conds = append(conds, gruleOr("Domain", sp.Domains))
		}
		if len(sp.Languages) > 0 {
			var or []string
			for _, c := range sp.Languages {
				or = append(or, fmt.Sprintf("L.Language == %q || L.Language.HasPrefix(%q)", c, c+"-"))
			}
			conds = append(conds, "("+strings.Join(or, " || ")+")")
		}
		if sp.HasEmp {
			conds = append(conds, fmt.Sprintf("L.Employees >= %d", sp.EmpMin))
			if sp.EmpMax > 0 {
				conds = append(conds, fmt.Sprintf("L.Employees < %d", sp.EmpMax))
			}
		}
		if sp.HasScore {
			conds = append(conds, fmt.Sprintf("L.Score >= %d", sp.ScoreMin))
		}
		if sp.HasRev {
			conds = append(conds, "L.Revenue >= "+strconv.FormatFloat(sp.RevMin, 'f', 1, 64))
		}
		if sp.Kind == workload.Free {
			args := make([]any, len(sp.FreeArgs))
			for j, a := range sp.FreeArgs {
				args[j] = a
			}
			conds = append(conds, "("+fmt.Sprintf(gruleFree[sp.Free], args...)+")")
		}
		fmt.Fprintf(&b, "rule R%d \"rule %d\" salience %d {\n\twhen\n\t\t%s\n\tthen\n\t\tL.Hit = %d;\n\t\tL.Done = true;\n\t\tRetract(\"R%d\");\n}\n\n",
			i, i, len(specs)-i, strings.Join(conds, " && "), i, i)
	}
	return b.String()
}

type gruleEngine struct {
	kb    *ast.KnowledgeBase
	eng   *engine.GruleEngine
	facts []Fact
}

func newGrule(tb testing.TB, set string, leads []leadroute.Lead) *gruleEngine {
	tb.Helper()
	specs := workload.Specs(workload.SetByName(set))
	lib := ast.NewKnowledgeLibrary()
	if err := builder.NewRuleBuilder(lib).BuildRuleFromResource(set, "1", pkg.NewBytesResource([]byte(grl(specs)))); err != nil {
		tb.Fatalf("grule: %v\n%s", err, grl(specs)[:600])
	}
	kb, err := lib.NewKnowledgeBaseInstance(set, "1")
	if err != nil {
		tb.Fatal(err)
	}
	g := &gruleEngine{kb: kb, eng: engine.NewGruleEngine()}
	for _, l := range leads {
		g.facts = append(g.facts, Fact{Country: l.Country, State: l.State, Industry: l.Industry, Source: l.Source,
			Language: l.Language, Domain: l.Domain, Employees: int64(l.Employees), Score: int64(l.Score),
			Revenue: l.Revenue, Products: l.Products})
	}
	return g
}

func (g *gruleEngine) first(tb testing.TB, i int) int {
	f := g.facts[i]
	dc := ast.NewDataContext()
	if err := dc.Add("L", &f); err != nil {
		tb.Fatal(err)
	}
	if err := g.eng.Execute(dc, g.kb); err != nil {
		tb.Fatal(err)
	}
	return int(f.Hit)
}

// ---- leadroute ----

func newRouter(tb testing.TB, set string, matchOnly bool) *leadroute.Router {
	tb.Helper()
	rules, err := workload.Rules(workload.Specs(workload.SetByName(set)), workload.AsTyped)
	if err != nil {
		tb.Fatal(err)
	}
	if matchOnly {
		for i := range rules {
			rules[i].Strategy = strategies.Queue("q")
		}
	}
	r, err := leadroute.New(leadroute.WithReps(workload.Reps()...), leadroute.WithRules(rules...), leadroute.WithSeed(1))
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

// TestPeersAgree checks that OPA, grule, leadroute and the baseline find
// the same first matching rule for the workload's leads.
func TestPeersAgree(t *testing.T) {
	leads := workload.Leads()
	for _, set := range sets {
		specs := workload.Specs(workload.SetByName(set))
		o, g, r, base := newOPA(t, set, leads), newGrule(t, set, leads), newRouter(t, set, true), bench.NewBaseline(set)
		for i := range leads {
			d, err := r.Route(ctx, leads[i])
			if err != nil {
				t.Fatal(err)
			}
			bi, _ := base.Route(&leads[i])
			oi, gi := o.first(t, i), g.first(t, i)
			if d.Rule != specs[bi].Name || oi != bi || gi != bi {
				t.Fatalf("%s lead %d %+v: leadroute %s, baseline %d, opa %d, grule %d", set, i, leads[i], d.Rule, bi, oi, gi)
			}
		}
	}
}

// BenchmarkPeers compares, per lead, finding the first matching rule with
// OPA (prepared query, input converted ahead), grule (one knowledge base
// instance reused), leadroute matching only (rules send to a queue) and a
// full leadroute Route with round-robin, and the generated baseline.
func BenchmarkPeers(b *testing.B) {
	leads := workload.Leads()
	for _, set := range sets {
		run := func(name string, f func(i int)) {
			b.Run(set+"/"+name, func(b *testing.B) {
				b.ReportAllocs()
				i := 0
				for b.Loop() {
					f(i % len(leads))
					i++
				}
			})
		}
		base := bench.NewBaseline(set)
		run("baseline", func(i int) { base.Route(&leads[i]) })
		m := newRouter(b, set, true)
		run("leadroute-match", func(i int) { m.Route(ctx, leads[i]) })
		r := newRouter(b, set, false)
		run("leadroute-route", func(i int) { r.Route(ctx, leads[i]) })
		o := newOPA(b, set, leads)
		run("opa", func(i int) { o.first(b, i) })
		g := newGrule(b, set, leads)
		run("grule", func(i int) { g.first(b, i) })
	}
}
