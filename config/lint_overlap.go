package config

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/strategies"
)

// rulePairs compares every rule with each earlier one: full shadowing
// (LR102, LR103) when the earlier rule covers the later one, a partial
// overlap (LR101) when they share leads and neither covers the other. A
// later rule that covers an earlier one (the specific rule first, the
// general one after) is the intended pattern and not reported.
func (l *linter) rulePairs() {
	n := len(l.f.rules)
	bg := l.budget(l.pairBudget, fmt.Sprintf("comparing %d rules pairwise", n), LintPartialOverlap, LintShadowed, LintCovered)
	apart := func(i, j int) bool {
		si, sj := l.placeSig(i), l.placeSig(j)
		return si != nil && sj != nil && !si.meets(sj)
	}
	overlaps := 0
	dead := make([]bool, n) // rules that can never fire
	l.dead = dead
	for j := range n {
		cj := l.ruleConds(j)
		rj := &l.f.rules[j]
		// First, is the rule covered by an earlier one? Then its overlaps
		// are beside the point.
		covered := false
		for i := range j {
			if !bg.spend(costPair) {
				return
			}
			if apart(i, j) {
				continue // in different places
			}
			if coveredBy(l.ruleConds(i), cj, bg) {
				dead[j] = l.shadowed(i, j)
				covered = true
				break
			}
		}
		if covered || bg.done {
			continue
		}
		for i := range j {
			if overlaps >= maxOverlapFindings || !bg.spend(costPair) {
				break
			}
			if dead[i] || apart(i, j) {
				continue // i never fires, or the two are in different places
			}
			ci := l.ruleConds(i)
			ri := &l.f.rules[i]
			if disjoint(ci, cj, bg) || coveredBy(cj, ci, bg) {
				continue // no lead in common; or the specific rule first, the general one after
			}
			both := append(append(make([]cond, 0, len(ci)+len(cj)), ci...), cj...)
			ex, ok := l.example(both, bg)
			if !ok || !bg.spend(2*costVerify) || !l.matches(i, ex) || !l.matches(j, ex) {
				continue
			}
			overlaps++
			f := l.add(rj.pos, LintPartialOverlap, []int{j, i}, -1, "rule %q overlaps earlier rule %q (line %d)%s: both match leads such as %s, and %q wins them (first match) %s", rj.name, ri.name, ri.line, l.viaExpr(ci, cj, i, j), leadString(ex), ri.name, l.winsWhen(ri))
			f.Example = ex
			if overlaps == maxOverlapFindings {
				l.cut[LintPartialOverlap] = true
				l.add(pos{}, LintIncomplete, nil, -1, "LR101 partial-overlap stopped after %d findings; later rule pairs were not checked for partial overlaps", maxOverlapFindings)
			}
		}
		if bg.done {
			return
		}
	}
}

// placeSig returns rule i's smallest place condition, or nil: rules whose
// places cannot meet are told apart at once (see geoSet.meets).
func (l *linter) placeSig(i int) *geoSet {
	if l.sigs == nil {
		l.sigs = make([]*geoSet, len(l.f.rules))
		for k := range l.f.rules {
			for _, c := range l.ruleConds(k) {
				if c.kind == dGeo && (l.sigs[k] == nil || len(c.geo.atoms) < len(l.sigs[k].atoms)) {
					l.sigs[k] = c.geo
				}
			}
		}
	}
	return l.sigs[i]
}

// shadowed reports rule j, covered by the earlier rule i, and whether j
// can never fire.
func (l *linter) shadowed(i, j int) bool {
	ri, rj := &l.f.rules[i], &l.f.rules[j]
	ci, cj := l.ruleConds(i), l.ruleConds(j)
	what := "matches every lead it matches"
	if len(ci) == 0 {
		what = "matches every lead"
	}
	what += l.viaExpr(ci, cj, i, j)
	var f *found
	why := ri.alwaysDecides()
	if why != "" {
		f = l.add(rj.pos, LintShadowed, []int{j, i}, -1, "rule %q can never fire: earlier rule %q (line %d) %s and always decides (%s)", rj.name, ri.name, ri.line, what, why)
	} else {
		f = l.add(rj.pos, LintCovered, []int{j, i}, -1, "rule %q fires only when earlier rule %q (line %d), which %s, has nobody eligible", rj.name, ri.name, ri.line, what)
	}
	// An example of the leads concerned, when lint can build and verify one.
	bg := l.budget(1000, "")
	bg.done = true // an example is optional: running out is no finding
	if ex, ok := l.example(cj, bg); ok && l.matches(i, ex) && l.matches(j, ex) {
		f.Example = ex
		f.Msg += fmt.Sprintf("; e.g. %s", leadString(ex))
	}
	return why != ""
}

// viaExpr notes when a when: expression took part through its lowered
// field tests.
func (l *linter) viaExpr(ci, cj []cond, i, j int) string {
	var names []string
	for _, x := range []struct {
		cs []cond
		k  int
	}{{ci, i}, {cj, j}} {
		for _, c := range x.cs {
			if c.fromExpr {
				names = append(names, fmt.Sprintf("%q", l.f.rules[x.k].name))
				break
			}
		}
	}
	switch len(names) {
	case 1:
		return fmt.Sprintf(" (reading the when: of %s as its field tests)", names[0])
	case 2:
		return fmt.Sprintf(" (reading the when: of %s and %s as their field tests)", names[0], names[1])
	}
	return ""
}

func (l *linter) winsWhen(r *ruleSpec) string {
	if r.alwaysDecides() != "" {
		return "always"
	}
	return "whenever it has an eligible rep"
}

// alwaysDecides says why a matching rule always decides (never falls
// through to the next rule), or "" when it may fall through.
func (r *ruleSpec) alwaysDecides() string {
	if r.overflow != "" {
		return fmt.Sprintf("overflow queue %q", r.overflow)
	}
	if r.strategy != nil && r.strategy.typ == "queue" {
		return fmt.Sprintf("it sends to queue %q", r.strategy.queue)
	}
	return ""
}

// matches reports whether rule i matches the lead, by routing it through
// a router that holds only that rule (with a queue strategy), so that the
// lead is normalised and matched exactly as in production.
func (l *linter) matches(i int, lead *leadroute.Lead) bool {
	r, ok := l.probe[i]
	if !ok {
		rule := l.comp.rules[i]
		r, _ = leadroute.New(
			leadroute.WithRules(leadroute.Rule{Name: "probe", Match: rule.Match, Strategy: strategies.Queue("matched")}),
			leadroute.WithFallbackQueue("unmatched"),
		)
		l.probe[i] = r
	}
	if r == nil {
		return false
	}
	d, err := r.Explain(context.Background(), *lead)
	return err == nil && d.Rule == "probe" && d.Queue == "matched"
}

// exampleLead is a lead as the CLI reads it (JSON, snake case).
type exampleLead struct {
	ID         string   `json:"id,omitempty"`
	Email      string   `json:"email,omitempty"`
	Domain     string   `json:"domain,omitempty"`
	Country    string   `json:"country,omitempty"`
	State      string   `json:"state,omitempty"`
	PostalCode string   `json:"postal_code,omitempty"`
	Industry   string   `json:"industry,omitempty"`
	Source     string   `json:"source,omitempty"`
	Language   string   `json:"language,omitempty"`
	Employees  int      `json:"employees,omitempty"`
	Revenue    float64  `json:"revenue,omitempty"`
	Score      int      `json:"score,omitempty"`
	Products   []string `json:"products,omitempty"`
}

// leadString formats an example lead as the JSON `leadroute route --lead`
// reads (without its ID).
func leadString(l *leadroute.Lead) string {
	e := exampleLead{Email: l.Email, Domain: l.Domain, Country: l.Country, State: l.State, PostalCode: l.PostalCode,
		Industry: l.Industry, Source: l.Source, Language: l.Language, Employees: l.Employees, Revenue: l.Revenue,
		Score: l.Score, Products: l.Products}
	b, err := json.Marshal(e)
	if err != nil {
		return fmt.Sprintf("%+v", *l)
	}
	s := string(b)
	if len(l.Attrs) > 0 {
		// Attributes are top-level keys in the CLI's lead format.
		m := map[string]any{}
		_ = json.Unmarshal(b, &m)
		for k, v := range l.Attrs {
			if _, taken := m[k]; !taken {
				m[k] = v
			}
		}
		if b, err := json.Marshal(m); err == nil {
			s = string(b)
		}
	}
	if s == "{}" {
		return "any lead"
	}
	return s
}
