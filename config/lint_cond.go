package config

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/accounts"
)

// This file models a rule's match as a conjunction of conditions, each on
// one dimension of a lead, so that lint can decide coverage (every lead of
// rule B is a lead of rule A) and build a lead that two rules both match.
// Typed conditions come from the file; a when: expression contributes the
// field tests it is lowered to for the rule index (see
// leadroute.Conjunction), or, when it cannot be lowered, one opaque
// condition that only an identical expression implies.

type dimKind uint8

const (
	dGeo dimKind = iota + 1
	dEmployees
	dRevenue
	dScore
	dIndustry
	dSource
	dLanguage
	dDomain
	dProducts
	dAttr
	dAccount
	dExpr
)

// cond is one conjunct of a rule's match.
type cond struct {
	kind dimKind
	key  string // attribute name (dAttr) or expression text (dExpr)
	geo  *geoSet
	// lo <= v < hi for bands.
	lo, hi float64
	// vals are a set's lower-cased values, sorted (dAttr: typed value
	// keys); set holds the same.
	vals     []string
	set      map[string]bool
	attrVals map[string]any // dAttr: value key -> value
	account  bool
	fromExpr bool // lowered from the rule's when: expression
	table    bool // the rule's territories: table
}

// geoAtom is one claim: a country, a state or a postal prefix.
type geoAtom struct {
	kind    byte   // 'c' country, 's' state, 'p' postal prefix
	country string // ISO 3166-1 alpha-2
	code    string // the state ("US-CA") or the prefix
}

func (a geoAtom) String() string {
	switch a.kind {
	case 's':
		return a.code
	case 'p':
		return a.country + ":" + a.code
	}
	return a.country
}

// geoSet is a union of claims: a lead is in it when its country, state or
// postal code (under its country) is claimed.
type geoSet struct {
	atoms     []geoAtom
	countries map[string]bool
	states    map[string]bool
	postal    map[string]map[string]bool // country -> prefixes
	statesOf  map[string][]string        // country -> claimed states
	postalOf  map[string][]string        // country -> claimed prefixes, sorted
	// mask holds the countries touched (by countryBits), wide those
	// claimed wholly or through a state or a postal prefix shorter than
	// bloomPrefix, and bloom the country and first bloomPrefix characters
	// of the longer postal prefixes, hashed: see meets.
	mask, wide []uint64
	bloom      [bloomWords]uint64
}

// Costs in work units (about 10ns each) of the steps the budget does not
// otherwise count by their size.
const (
	costImplies = 5
	costExample = 200
	costPair    = 2
	costVerify  = 1000 // routing an example through a router
)

const (
	bloomWords  = 16
	bloomPrefix = 3
)

// meets reports whether g and h may share a place: false only when they
// certainly do not. Two places in one country meet when one set claims
// the country wholly (or a state, or a short prefix: counted as wholly),
// or both claim postal prefixes and one prefix starts the other, so that
// they share their first bloomPrefix characters and thus a bloom bit.
func (g *geoSet) meets(h *geoSet) bool {
	if !masksMeet(g.mask, h.mask) {
		return false
	}
	if masksMeet(g.wide, h.mask) || masksMeet(h.wide, g.mask) {
		return true
	}
	for k := range g.bloom {
		if g.bloom[k]&h.bloom[k] != 0 {
			return true
		}
	}
	return false
}

// bloomBit hashes a country and a postal prefix's first characters
// (FNV-1a).
func bloomBit(country, prefix string) uint32 {
	h := uint32(2166136261)
	for _, s := range []string{country, ":", prefix[:bloomPrefix]} {
		for i := 0; i < len(s); i++ {
			h ^= uint32(s[i])
			h *= 16777619
		}
	}
	return h % (bloomWords * 64)
}

func newGeoSet(atoms []geoAtom, bits countryBits) *geoSet {
	g := &geoSet{countries: map[string]bool{}, states: map[string]bool{}, postal: map[string]map[string]bool{}, statesOf: map[string][]string{}, postalOf: map[string][]string{}}
	for _, a := range atoms {
		switch a.kind {
		case 'c':
			if g.countries[a.country] {
				continue
			}
			g.countries[a.country] = true
		case 's':
			if g.states[a.code] {
				continue
			}
			g.states[a.code] = true
			g.statesOf[a.country] = append(g.statesOf[a.country], a.code)
		case 'p':
			m := g.postal[a.country]
			if m == nil {
				m = map[string]bool{}
				g.postal[a.country] = m
			}
			if m[a.code] {
				continue
			}
			m[a.code] = true
			g.postalOf[a.country] = append(g.postalOf[a.country], a.code)
		}
		g.atoms = append(g.atoms, a)
		bits.set(&g.mask, a.country)
		if a.kind == 'p' && len(a.code) >= bloomPrefix {
			b := bloomBit(a.country, a.code)
			g.bloom[b/64] |= 1 << (b % 64)
		} else {
			bits.set(&g.wide, a.country)
		}
	}
	for _, ps := range g.postalOf {
		slices.Sort(ps)
	}
	return g
}

// countryBits numbers countries for the masks that let lint skip pairs of
// rules in disjoint countries at once.
type countryBits map[string]int

func (b countryBits) set(mask *[]uint64, country string) {
	i, ok := b[country]
	if !ok {
		i = len(b)
		b[country] = i
	}
	for len(*mask) <= i/64 {
		*mask = append(*mask, 0)
	}
	(*mask)[i/64] |= 1 << (i % 64)
}

func masksMeet(a, b []uint64) bool {
	for i := range min(len(a), len(b)) {
		if a[i]&b[i] != 0 {
			return true
		}
	}
	return false
}

// hasPrefixIn reports whether some prefix of p is in m; it costs len(p).
func hasPrefixIn(m map[string]bool, p string) bool {
	if m == nil {
		return false
	}
	for k := 1; k <= len(p); k++ {
		if m[p[:k]] {
			return true
		}
	}
	return false
}

// covers reports whether every lead in the claim a is in g.
func (g *geoSet) covers(a geoAtom) bool {
	if g.countries[a.country] {
		return true
	}
	switch a.kind {
	case 's':
		return g.states[a.code]
	case 'p':
		return hasPrefixIn(g.postal[a.country], a.code)
	}
	return false
}

// point is a lead's place.
type point struct{ country, state, postal string }

func (g *geoSet) holds(p point) bool {
	return g.countries[p.country] || (p.state != "" && g.states[p.state]) || (p.postal != "" && hasPrefixIn(g.postal[p.country], p.postal))
}

// maxStateCandidates bounds the states tried per claim in geoWitness.
const maxStateCandidates = 64

// geoWitness looks for a place in every set. found reports whether it
// found one; when it did not, sure reports whether there is certainly none
// (false when the budget ran out, or a country had more claimed states
// than geoWitness tries).
//
// The search is complete otherwise: a place in the smallest set is in it
// through one of its claims, which fixes the country (and the state, or a
// postal prefix); a state helps only if some set claims it; and the
// postal code, which must start with a prefix of each set still unmet,
// can be taken to be the longest of those prefixes, so each one is tried.
func geoWitness(sets []*geoSet, b *budget) (p point, found, sure bool) {
	if len(sets) == 0 {
		return point{}, true, true
	}
	driver := sets[0]
	for _, g := range sets[1:] {
		if len(g.atoms) < len(driver.atoms) {
			driver = g
		}
	}
	sure = true
	for _, a := range driver.atoms {
		if !b.spend(10 * len(sets)) {
			return point{}, false, false
		}
		states := []string{""}
		if a.kind == 's' {
			states = []string{a.code}
		} else {
		gather:
			for _, g := range sets {
				for _, s := range g.statesOf[a.country] {
					if slices.Contains(states, s) {
						continue
					}
					if len(states) == maxStateCandidates {
						sure = false
						break gather
					}
					states = append(states, s)
				}
			}
		}
		for _, st := range states {
			base := point{country: a.country, state: st}
			if a.kind == 'p' {
				base.postal = a.code
			}
			var need []*geoSet
			for _, g := range sets {
				if !g.holds(base) {
					need = append(need, g)
				}
			}
			if len(need) == 0 {
				return base, true, true
			}
			for _, g := range need {
				// The prefixes are sorted: those extending the base's
				// postal code are a run from its place.
				ps := g.postalOf[a.country]
				k, _ := slices.BinarySearch(ps, base.postal)
				for ; k < len(ps) && strings.HasPrefix(ps[k], base.postal); k++ {
					if !b.spend(10 * len(need)) {
						return point{}, false, false
					}
					q := base
					q.postal = ps[k]
					if !slices.ContainsFunc(need, func(h *geoSet) bool { return !h.holds(q) }) {
						return q, true, true
					}
				}
			}
		}
	}
	return point{}, false, sure
}

// ruleConds returns the conditions of rule i, computed once.
func (l *linter) ruleConds(i int) []cond {
	if l.conds == nil {
		l.conds = make([][]cond, len(l.f.rules))
	}
	if l.conds[i] == nil {
		l.conds[i] = l.buildConds(i)
	}
	return l.conds[i]
}

func (l *linter) territoryAtoms(name string) []geoAtom {
	if a, ok := l.terrAtoms[name]; ok {
		return a
	}
	if l.terrIdx == nil {
		l.terrIdx = make(map[string]int, len(l.f.territories))
		for k := range l.f.territories {
			l.terrIdx[l.f.territories[k].name] = k
		}
	}
	var out []geoAtom
	if k, ok := l.terrIdx[name]; ok {
		t := &l.f.territories[k]
		out = atoms(t.countries, t.states, t.postal)
	}
	l.terrAtoms[name] = out
	return out
}

func atoms(countries, states []string, postals []postal) []geoAtom {
	var out []geoAtom
	for _, c := range countries {
		if code, ok := leadroute.NormalizeCountry(c); ok {
			out = append(out, geoAtom{kind: 'c', country: code})
		}
	}
	for _, s := range states {
		s = strings.ToUpper(strings.TrimSpace(s))
		if cc, _, ok := strings.Cut(s, "-"); ok {
			out = append(out, geoAtom{kind: 's', country: cc, code: s})
		}
	}
	for _, p := range postals {
		if code, ok := leadroute.NormalizeCountry(p.country); ok {
			out = append(out, geoAtom{kind: 'p', country: code, code: strings.ToUpper(strings.TrimSpace(p.prefix))})
		}
	}
	return out
}

func setCond(kind dimKind, vals []string) cond {
	c := cond{kind: kind, set: map[string]bool{}}
	for _, v := range vals {
		v = strings.ToLower(strings.TrimSpace(v))
		if !c.set[v] {
			c.set[v] = true
			c.vals = append(c.vals, v)
		}
	}
	slices.Sort(c.vals)
	return c
}

func bandCond(kind dimKind, hasMin, hasMax bool, lo, hi float64) cond {
	c := cond{kind: kind, lo: math.Inf(-1), hi: math.Inf(1)}
	if hasMin {
		c.lo = lo
	}
	if hasMax {
		c.hi = hi
	}
	return c
}

func (l *linter) buildConds(i int) []cond {
	cs := l.buildConds1(i)
	// Cheap conditions first, so that coverage checks fail fast.
	slices.SortStableFunc(cs, func(a, b cond) int {
		return cmpBool(a.kind == dGeo, b.kind == dGeo)
	})
	return cs
}

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

func (l *linter) buildConds1(i int) []cond {
	r := &l.f.rules[i]
	cs := []cond{}
	geo := func(a []geoAtom) {
		cs = append(cs, cond{kind: dGeo, geo: newGeoSet(a, l.bits)})
	}
	if m := r.match; m != nil {
		if m.country != nil {
			geo(atoms(m.country.vals, nil, nil))
		}
		if m.state != nil {
			geo(atoms(nil, m.state.vals, nil))
		}
		if len(m.postal) > 0 {
			geo(atoms(nil, nil, m.postal))
		}
		if len(m.territories) > 0 {
			var g []geoAtom
			for _, t := range m.territories {
				g = append(g, l.territoryAtoms(t.id)...)
			}
			geo(g)
		}
		if b := m.employees; b != nil {
			cs = append(cs, bandCond(dEmployees, b.hasMin, b.hasMax, float64(b.min), float64(b.max)))
		}
		if b := m.revenue; b != nil {
			cs = append(cs, bandCond(dRevenue, b.hasMin, b.hasMax, b.min, b.max))
		}
		if b := m.score; b != nil {
			cs = append(cs, bandCond(dScore, b.hasMin, b.hasMax, float64(b.min), float64(b.max)))
		}
		for _, s := range []struct {
			k dimKind
			l *strList
		}{{dIndustry, m.industry}, {dSource, m.source}, {dLanguage, m.language}, {dProducts, m.products}} {
			if s.l != nil {
				cs = append(cs, setCond(s.k, s.l.vals))
			}
		}
		for _, a := range m.attrs {
			c := cond{kind: dAttr, key: a.key, set: map[string]bool{}, attrVals: map[string]any{}}
			for _, v := range a.values {
				k := fmt.Sprintf("%T:%v", v, v)
				if !c.set[k] {
					c.set[k], c.attrVals[k] = true, v
					c.vals = append(c.vals, k)
				}
			}
			slices.Sort(c.vals)
			cs = append(cs, c)
		}
		if m.account != nil {
			cs = append(cs, cond{kind: dAccount, account: *m.account})
		}
	}
	if len(r.territories) > 0 {
		var g []geoAtom
		for _, t := range r.territories {
			g = append(g, l.territoryAtoms(t.key)...)
		}
		cs = append(cs, cond{kind: dGeo, geo: newGeoSet(g, l.bits), table: true})
	}
	if r.when != "" {
		var lowered []leadroute.Cond
		ok := false
		if i < len(l.comp.exprs) {
			if cj, isConj := l.comp.exprs[i].(leadroute.Conjunction); isConj {
				lowered, ok = cj.Conds()
			}
		}
		if !ok {
			cs = append(cs, cond{kind: dExpr, key: strings.Join(strings.Fields(r.when), "")})
		}
		for _, lc := range lowered {
			c, ok := l.fromIndexCond(lc)
			if !ok {
				cs = append(cs, cond{kind: dExpr, key: strings.Join(strings.Fields(r.when), "")})
				break
			}
			c.fromExpr = true
			cs = append(cs, c)
		}
	}
	return cs
}

// fromIndexCond converts a lowered expression test.
func (l *linter) fromIndexCond(c leadroute.Cond) (cond, bool) {
	switch c.Field {
	case leadroute.FieldCountry:
		return cond{kind: dGeo, geo: newGeoSet(atoms(c.Values, nil, nil), l.bits)}, true
	case leadroute.FieldState:
		return cond{kind: dGeo, geo: newGeoSet(atoms(nil, c.Values, nil), l.bits)}, true
	case leadroute.FieldIndustry:
		return setCond(dIndustry, c.Values), true
	case leadroute.FieldSource:
		return setCond(dSource, c.Values), true
	case leadroute.FieldLanguage:
		return setCond(dLanguage, c.Values), true
	case leadroute.FieldDomain:
		return setCond(dDomain, c.Values), true
	case leadroute.FieldEmployees:
		return cond{kind: dEmployees, lo: c.Min, hi: c.Max}, true
	case leadroute.FieldRevenue:
		return cond{kind: dRevenue, lo: c.Min, hi: c.Max}, true
	case leadroute.FieldScore:
		return cond{kind: dScore, lo: c.Min, hi: c.Max}, true
	}
	return cond{}, false
}

// primary returns a language tag's primary subtag ("pt" of "pt-br").
func primary(v string) string {
	if i := strings.IndexAny(v, "-_"); i > 0 {
		return v[:i]
	}
	return v
}

// inSet reports whether a lead whose value is v satisfies c's set.
func (c *cond) inSet(v string) bool {
	return c.set[v] || (c.kind == dLanguage && c.set[primary(v)])
}

// implies reports whether every lead satisfying b satisfies a; cost is
// charged to bg.
func implies(b, a *cond, bg *budget) bool {
	if a.kind != b.kind || a.key != b.key {
		return false
	}
	if !bg.spend(costImplies) {
		return false
	}
	switch a.kind {
	case dGeo:
		if !bg.spend(5 * len(b.geo.atoms)) {
			return false
		}
		for _, y := range b.geo.atoms {
			if !a.geo.covers(y) {
				return false
			}
		}
		return true
	case dEmployees, dRevenue, dScore:
		return a.lo <= b.lo && b.hi <= a.hi
	case dExpr:
		return true // same key: the same text
	case dAccount:
		return a.account == b.account
	}
	if !bg.spend(2 * len(b.vals)) {
		return false
	}
	for _, v := range b.vals {
		if !a.inSet(v) {
			return false
		}
	}
	return true
}

// disjoint reports whether two rules' conditions certainly share no lead
// through a pair of conditions on the same field that nothing satisfies
// together (places are left to geoSet.meets). It is cheap: no lead is
// built.
func disjoint(ci, cj []cond, bg *budget) bool {
	for k := range ci {
		a := &ci[k]
		for m := range cj {
			b := &cj[m]
			if a.kind != b.kind || a.key != b.key {
				continue
			}
			switch a.kind {
			case dGeo, dExpr, dProducts:
				continue
			case dEmployees, dRevenue, dScore:
				if max(a.lo, b.lo) >= min(a.hi, b.hi) {
					return true
				}
				continue
			case dAccount:
				if a.account != b.account {
					return true
				}
				continue
			}
			if !bg.spend(2 * (len(a.vals) + len(b.vals))) {
				return false
			}
			if !slices.ContainsFunc(a.vals, b.inSet) && !slices.ContainsFunc(b.vals, a.inSet) {
				return true
			}
		}
	}
	return false
}

// coveredBy reports whether every lead matching cj matches ci.
func coveredBy(ci, cj []cond, bg *budget) bool {
	for k := range ci {
		ok := false
		for m := range cj {
			if implies(&cj[m], &ci[k], bg) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// example builds a lead satisfying every condition of cs, or reports
// false when there is none or lint cannot tell (an expression it cannot
// read, a place it cannot find).
func (l *linter) example(cs []cond, bg *budget) (*leadroute.Lead, bool) {
	if !bg.spend(costExample + len(cs)) {
		return nil, false
	}
	lead := &leadroute.Lead{ID: "lint-example"}
	var geos []*geoSet
	type band struct{ lo, hi float64 }
	bands := map[dimKind]*band{}
	sets := map[string][]*cond{}
	var setKeys []string
	account := 0 // 0 any, 1 in an account, -1 not
	for k := range cs {
		c := &cs[k]
		switch c.kind {
		case dExpr:
			return nil, false
		case dGeo:
			geos = append(geos, c.geo)
		case dEmployees, dRevenue, dScore:
			b := bands[c.kind]
			if b == nil {
				b = &band{math.Inf(-1), math.Inf(1)}
				bands[c.kind] = b
			}
			b.lo, b.hi = max(b.lo, c.lo), min(b.hi, c.hi)
		case dAccount:
			want := -1
			if c.account {
				want = 1
			}
			if account != 0 && account != want {
				return nil, false
			}
			account = want
		case dProducts:
			if !slices.ContainsFunc(lead.Products, c.inSet) && len(c.vals) > 0 {
				lead.Products = append(lead.Products, c.vals[0])
			}
		default:
			key := fmt.Sprint(c.kind, ":", c.key)
			if sets[key] == nil {
				setKeys = append(setKeys, key)
			}
			sets[key] = append(sets[key], c)
		}
	}
	for kind, b := range bands {
		v, ok := pickNumber(b.lo, b.hi, kind != dRevenue)
		if !ok {
			return nil, false
		}
		switch kind {
		case dEmployees:
			lead.Employees = int(v)
		case dRevenue:
			lead.Revenue = v
		case dScore:
			lead.Score = int(v)
		}
	}
	for _, key := range setKeys {
		group := sets[key]
		small := group[0]
		for _, c := range group[1:] {
			if len(c.vals) < len(small.vals) {
				small = c
			}
		}
		if !bg.spend(2 * len(small.vals) * len(group) * len(group)) {
			return nil, false
		}
		cands := small.vals
		if small.kind == dLanguage {
			// "pt-br" meets {pt} and {pt-br}: try every set's values.
			cands = nil
			for _, c := range group {
				cands = append(cands, c.vals...)
			}
		}
		pick := ""
		for _, v := range cands {
			if !slices.ContainsFunc(group, func(c *cond) bool { return !c.inSet(v) }) {
				pick = v
				break
			}
		}
		if pick == "" {
			return nil, false
		}
		switch c := group[0]; c.kind {
		case dIndustry:
			lead.Industry = pick
		case dSource:
			lead.Source = pick
		case dLanguage:
			lead.Language = pick
		case dDomain:
			lead.Domain = pick
		case dAttr:
			if lead.Attrs == nil {
				lead.Attrs = map[string]any{}
			}
			lead.Attrs[c.key] = small.attrVals[pick]
		}
	}
	if len(geos) > 0 {
		p, ok, _ := geoWitness(geos, bg)
		if !ok {
			return nil, false
		}
		lead.Country, lead.State, lead.PostalCode = p.country, p.state, p.postal
	}
	if account == 1 {
		domain := l.accountDomain()
		if domain == "" {
			return nil, false
		}
		lead.Email = "lead@" + domain
	}
	return lead, true
}

// pickNumber picks a value in [lo, hi), near zero; an integer when
// integer is set.
func pickNumber(lo, hi float64, integer bool) (float64, bool) {
	v := 0.0
	if v < lo {
		v = lo
		if integer {
			v = math.Ceil(lo)
		}
	}
	if v >= hi {
		v = math.Nextafter(hi, math.Inf(-1))
		if integer {
			v = math.Ceil(hi) - 1
		}
	}
	if !(v >= lo && v < hi) || math.IsInf(v, 0) || math.Abs(v) > 1<<53 || (integer && math.Abs(v) > math.MaxInt32) {
		return 0, false
	}
	return v, true
}

// accountDomain returns a domain of the first account that has one.
func (l *linter) accountDomain() string {
	if l.comp.book == nil {
		return ""
	}
	d := ""
	l.comp.book.All(func(a *accounts.Account) bool {
		if len(a.Domains) > 0 {
			d = a.Domains[0]
			return false
		}
		return true
	})
	return d
}
