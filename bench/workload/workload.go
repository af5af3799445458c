// Package workload generates the leadroute benchmark workload from a fixed
// seed: rule specifications, reps and leads. The same specifications are
// rendered as typed matchers, as expressions, and (by the generator in
// bench/internal/genbaseline) as a hand-written Go if-chain, so that every
// engine decides the same leads by the same rules.
package workload

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/matchers"
	"github.com/leadroute/leadroute/strategies"
)

// Seed is the fixed seed of every generated set.
const Seed = 20240607

// Kind is the shape of a generated rule.
type Kind int

// Rule kinds.
const (
	Territory Kind = iota // Country in [...] or State in [...]
	SizeBand              // Country in [...] && lo <= Employees < hi
	Industry              // Industry in [...] && Employees >= n
	Language              // Language is one of (bare codes, regions included)
	ScoreKind             // Country in [...] && Score >= n
	Revenue               // Country in [...] && Revenue >= x
	Domain                // Domain in [...] (account domains)
	Free                  // a free-form expression
	CatchAll              // matches every lead
)

// Spec is one rule: a conjunction of the tests whose fields are set, or a
// free-form expression.
type Spec struct {
	Name       string
	Kind       Kind
	Countries  []string
	States     []string
	Industries []string
	Languages  []string // bare codes: "es" matches "es" and "es-mx"
	Domains    []string
	EmpMin     int // with HasEmp
	EmpMax     int // 0: unbounded
	HasEmp     bool
	ScoreMin   int // with HasScore
	HasScore   bool
	RevMin     float64 // with HasRev
	HasRev     bool
	Free       int // template index, Kind Free
	FreeArgs   []string
	Pool       []string
}

// Set names a generated rule set.
type Set struct {
	Name  string
	Rules int
	Mix   map[Kind]int // relative weights
}

// The rule sets of the benchmarks. Typed, Lowered and Mixed differ in the
// kinds they draw.
var (
	// Typed is territory, size band, industry, language, score, revenue
	// and account-domain rules, all typed matchers.
	Typed = map[Kind]int{Territory: 25, SizeBand: 20, Industry: 12, Language: 6, ScoreKind: 15, Revenue: 8, Domain: 10}
	// LoweredMix is the kinds an expression can say as a conjunction that
	// lowers into the rule index.
	LoweredMix = map[Kind]int{Territory: 30, SizeBand: 30, ScoreKind: 25, Revenue: 15}
	// FreeMix is free-form expressions only.
	FreeMix = map[Kind]int{Free: 1}
	// Mixed is Typed with about 10% free-form expressions: the realistic
	// configuration.
	Mixed = map[Kind]int{Territory: 25, SizeBand: 20, Industry: 12, Language: 6, ScoreKind: 15, Revenue: 8, Domain: 10, Free: 11}
)

// Sets are the rule sets the generator and the benchmarks use.
var Sets = []Set{
	{"Typed50", 50, Typed},
	{"Typed500", 500, Typed},
	{"Lowered50", 50, LoweredMix},
	{"Free50", 50, FreeMix},
	{"Mixed50", 50, Mixed},
}

// SetByName returns the named set.
func SetByName(name string) Set {
	for _, s := range Sets {
		if s.Name == name {
			return s
		}
	}
	panic("workload: unknown set " + name)
}

var (
	countries  = []string{"US", "CA", "GB", "DE", "FR", "ES", "IT", "NL", "SE", "JP", "AU", "BR", "MX", "IN", "SG", "IE", "PL", "CH"}
	states     = []string{"US-CA", "US-NY", "US-TX", "US-WA", "US-FL", "US-IL", "US-MA", "CA-ON", "CA-QC", "CA-BC", "DE-BE", "DE-BY", "GB-ENG", "GB-SCT"}
	industries = []string{"saas", "fintech", "retail", "healthcare", "education", "manufacturing", "media", "logistics", "energy", "government"}
	languages  = []string{"en", "es", "pt", "fr", "de", "ja", "it", "nl"}
	sources    = []string{"webinar", "referral", "ads", "organic", "event", "partner"}
	products   = []string{"crm", "billing", "analytics", "support", "marketing"}
)

// NumReps is the number of reps of every set.
const NumReps = 200

// Reps returns NumReps reps without caps or hours, so that every rep is
// always eligible and round-robin is comparable with the baseline's.
func Reps() []leadroute.Rep {
	rs := make([]leadroute.Rep, NumReps)
	for i := range rs {
		rs[i] = leadroute.Rep{ID: fmt.Sprintf("rep%03d", i)}
	}
	return rs
}

// Domains returns the account domain of index i.
func domainName(i int) string { return fmt.Sprintf("acct%03d.example.com", i) }

// Specs generates the rule set s.
func Specs(s Set) []Spec {
	r := rand.New(rand.NewPCG(Seed, uint64(s.Rules)*31+uint64(len(s.Mix))))
	var kinds []Kind
	var weights []int
	total := 0
	for k := Territory; k <= Free; k++ {
		if w := s.Mix[k]; w > 0 {
			kinds = append(kinds, k)
			weights = append(weights, w)
			total += w
		}
	}
	specs := make([]Spec, 0, s.Rules)
	for i := range s.Rules - 1 {
		x := r.IntN(total)
		k := kinds[0]
		for j, w := range weights {
			if x < w {
				k = kinds[j]
				break
			}
			x -= w
		}
		sp := Spec{Name: fmt.Sprintf("r%03d-%s", i, kindName[k]), Kind: k}
		switch k {
		case Territory:
			if r.IntN(3) == 0 {
				sp.States = sample(r, states, 1+r.IntN(3))
			} else {
				sp.Countries = sample(r, countries, 1+r.IntN(3))
			}
		case SizeBand:
			sp.Countries = sample(r, countries, 1+r.IntN(4))
			bands := [][2]int{{1, 50}, {50, 200}, {200, 1000}, {1000, 5000}, {5000, 0}}
			b := bands[r.IntN(len(bands))]
			sp.HasEmp, sp.EmpMin, sp.EmpMax = true, b[0], b[1]
		case Industry:
			sp.Industries = sample(r, industries, 1+r.IntN(2))
			sp.HasEmp, sp.EmpMin = true, []int{1, 100, 500, 1000}[r.IntN(4)]
		case Language:
			sp.Languages = sample(r, languages[1:], 1+r.IntN(2))
		case ScoreKind:
			sp.Countries = sample(r, countries, 1+r.IntN(5))
			sp.HasScore, sp.ScoreMin = true, 40+10*r.IntN(6)
		case Revenue:
			sp.Countries = sample(r, countries, 1+r.IntN(4))
			sp.HasRev, sp.RevMin = true, []float64{1e6, 5e6, 2e7, 1e8}[r.IntN(4)]
		case Domain:
			n := 3 + r.IntN(8)
			for range n {
				sp.Domains = append(sp.Domains, domainName(r.IntN(300)))
			}
			slices.Sort(sp.Domains)
			sp.Domains = slices.Compact(sp.Domains)
		case Free:
			sp.Free = r.IntN(len(FreeTemplates))
			t := FreeTemplates[sp.Free]
			for _, a := range t.Args {
				switch a {
				case "country":
					sp.FreeArgs = append(sp.FreeArgs, countries[r.IntN(len(countries))])
				case "industry":
					v := industries[r.IntN(len(industries))]
					if slices.Contains(sp.FreeArgs, v) {
						v = industries[(slices.Index(industries, v)+1)%len(industries)]
					}
					sp.FreeArgs = append(sp.FreeArgs, v)
				case "source":
					sp.FreeArgs = append(sp.FreeArgs, sources[r.IntN(len(sources))])
				case "product":
					sp.FreeArgs = append(sp.FreeArgs, products[r.IntN(len(products))])
				case "score":
					sp.FreeArgs = append(sp.FreeArgs, strconv.Itoa(50+5*r.IntN(9)))
				case "employees":
					sp.FreeArgs = append(sp.FreeArgs, strconv.Itoa([]int{50, 200, 1000}[r.IntN(3)]))
				}
			}
		}
		if narrow := s.Rules > 100; narrow && k != Domain && k != Free {
			// Large sets are many narrow rules (one territory × one
			// industry), so that leads are decided deep in the list, not
			// by the first few broad rules.
			if len(sp.Industries) == 0 || len(sp.Industries) > 1 {
				sp.Industries = sample(r, industries, 1)
			}
			switch {
			case len(sp.States) > 0:
				sp.States = sp.States[:1]
			case len(sp.Countries) > 0:
				sp.Countries = sp.Countries[:1]
			default:
				sp.Countries = sample(r, countries, 1)
			}
		}
		sp.Pool = pool(r)
		specs = append(specs, sp)
	}
	specs = append(specs, Spec{Name: "catch-all", Kind: CatchAll, Pool: pool(r)})
	return specs
}

var kindName = map[Kind]string{Territory: "territory", SizeBand: "size", Industry: "industry", Language: "language",
	ScoreKind: "score", Revenue: "revenue", Domain: "domain", Free: "free"}

func pool(r *rand.Rand) []string {
	n := 3 + r.IntN(18)
	lo := r.IntN(NumReps - n)
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("rep%03d", lo+i)
	}
	return ids
}

func sample(r *rand.Rand, from []string, n int) []string {
	idx := r.Perm(len(from))[:n]
	out := make([]string, n)
	for i, j := range idx {
		out[i] = from[j]
	}
	return out
}

// FreeTemplate is a free-form expression with its Go twin. %[1]s... are
// the arguments; in Go, strings are quoted and numbers bare.
type FreeTemplate struct {
	Expr string
	Go   string
	Args []string
}

// FreeTemplates are the free-form expressions: disjunctions, negations,
// string functions and list membership, which the rule index cannot use.
var FreeTemplates = []FreeTemplate{
	{`Country == "%[1]s" && (Source == "%[2]s" || Score >= %[3]s)`, `l.Country == %[1]q && (l.Source == %[2]q || l.Score >= %[3]s)`, []string{"country", "source", "score"}},
	{`"%[1]s" in Products && Employees >= %[2]s`, `slices.Contains(l.Products, %[1]q) && l.Employees >= %[2]s`, []string{"product", "employees"}},
	{`Industry == "%[1]s" || Score > %[2]s`, `l.Industry == %[1]q || l.Score > %[2]s`, []string{"industry", "score"}},
	{`Country != "%[1]s" && Score >= %[2]s && Source != "ads"`, `l.Country != %[1]q && l.Score >= %[2]s && l.Source != "ads"`, []string{"country", "score"}},
	{`State startsWith "US-" && Employees < %[1]s`, `strings.HasPrefix(l.State, "US-") && l.Employees < %[1]s`, []string{"employees"}},
	{`(Industry in ["%[1]s", "%[2]s"]) && not (Country in ["US", "CA"])`, `(l.Industry == %[1]q || l.Industry == %[2]q) && !(l.Country == "US" || l.Country == "CA")`, []string{"industry", "industry"}},
	{`Domain endsWith ".io" && Score >= %[1]s`, `strings.HasSuffix(l.Domain, ".io") && l.Score >= %[1]s`, []string{"score"}},
}

// FreeArgs returns the template's arguments for fmt: strings for the
// expression, the same for Go (quoting is in the template).
func (sp *Spec) freeArgs() []any {
	out := make([]any, len(sp.FreeArgs))
	for i, a := range sp.FreeArgs {
		out[i] = a
	}
	return out
}

// Expr renders the spec as an expression (empty for CatchAll).
func (sp *Spec) Expr() string {
	var parts []string
	strs := func(field string, vs []string) {
		if len(vs) == 0 {
			return
		}
		q := make([]string, len(vs))
		for i, v := range vs {
			q[i] = strconv.Quote(v)
		}
		parts = append(parts, field+" in ["+strings.Join(q, ", ")+"]")
	}
	strs("Country", sp.Countries)
	strs("State", sp.States)
	strs("Industry", sp.Industries)
	strs("Domain", sp.Domains)
	if len(sp.Languages) > 0 {
		var or []string
		for _, c := range sp.Languages {
			or = append(or, fmt.Sprintf("Language == %q || Language startsWith %q", c, c+"-"))
		}
		parts = append(parts, "("+strings.Join(or, " || ")+")")
	}
	if sp.HasEmp {
		parts = append(parts, fmt.Sprintf("Employees >= %d", sp.EmpMin))
		if sp.EmpMax > 0 {
			parts = append(parts, fmt.Sprintf("Employees < %d", sp.EmpMax))
		}
	}
	if sp.HasScore {
		parts = append(parts, fmt.Sprintf("Score >= %d", sp.ScoreMin))
	}
	if sp.HasRev {
		parts = append(parts, "Revenue >= "+strconv.FormatFloat(sp.RevMin, 'g', -1, 64))
	}
	if sp.Kind == Free {
		parts = append(parts, fmt.Sprintf(FreeTemplates[sp.Free].Expr, sp.freeArgs()...))
	}
	return strings.Join(parts, " && ")
}

// GoCond renders the spec as a Go boolean expression over l (*Lead) for
// the baseline; helpers names the generated set-membership functions
// (sets with more than four values become a switch in a helper).
func (sp *Spec) GoCond(helper func(field string, vs []string) string) string {
	var parts []string
	strs := func(field string, vs []string) {
		switch {
		case len(vs) == 0:
		case len(vs) > 4:
			parts = append(parts, helper(field, vs))
		default:
			var or []string
			for _, v := range vs {
				or = append(or, fmt.Sprintf("l.%s == %q", field, v))
			}
			parts = append(parts, "("+strings.Join(or, " || ")+")")
		}
	}
	strs("Country", sp.Countries)
	strs("State", sp.States)
	strs("Industry", sp.Industries)
	strs("Domain", sp.Domains)
	if len(sp.Languages) > 0 {
		var or []string
		for _, c := range sp.Languages {
			or = append(or, fmt.Sprintf("langIs(l.Language, %q)", c))
		}
		parts = append(parts, "("+strings.Join(or, " || ")+")")
	}
	if sp.HasEmp {
		parts = append(parts, fmt.Sprintf("l.Employees >= %d", sp.EmpMin))
		if sp.EmpMax > 0 {
			parts = append(parts, fmt.Sprintf("l.Employees < %d", sp.EmpMax))
		}
	}
	if sp.HasScore {
		parts = append(parts, fmt.Sprintf("l.Score >= %d", sp.ScoreMin))
	}
	if sp.HasRev {
		parts = append(parts, "l.Revenue >= "+strconv.FormatFloat(sp.RevMin, 'g', -1, 64))
	}
	if sp.Kind == Free {
		parts = append(parts, "("+fmt.Sprintf(FreeTemplates[sp.Free].Go, sp.freeArgs()...)+")")
	}
	if len(parts) == 0 {
		return "true"
	}
	return strings.Join(parts, " && ")
}

// Typed renders the spec as typed matchers (nil for CatchAll); a free-form
// spec becomes an expression.
func (sp *Spec) Typed() (leadroute.Matcher, error) {
	if sp.Kind == Free {
		return matchers.Expr(sp.Expr())
	}
	var ms []leadroute.Matcher
	add := func(m leadroute.Matcher, err error) error {
		if err != nil {
			return err
		}
		ms = append(ms, m)
		return nil
	}
	var err error
	if len(sp.Countries) > 0 {
		err = add(matchers.Country(sp.Countries...))
	}
	if err == nil && len(sp.States) > 0 {
		err = add(matchers.State(sp.States...))
	}
	if err == nil && len(sp.Industries) > 0 {
		err = add(matchers.Industry(sp.Industries...))
	}
	if err == nil && len(sp.Domains) > 0 {
		err = add(matchers.Domain(sp.Domains...))
	}
	if err == nil && len(sp.Languages) > 0 {
		err = add(matchers.Language(sp.Languages...))
	}
	if err == nil && sp.HasEmp {
		if sp.EmpMax > 0 {
			err = add(matchers.Employees(sp.EmpMin, sp.EmpMax))
		} else {
			err = add(matchers.EmployeesAtLeast(sp.EmpMin))
		}
	}
	if err == nil && sp.HasScore {
		err = add(matchers.ScoreAtLeast(sp.ScoreMin))
	}
	if err == nil && sp.HasRev {
		err = add(matchers.RevenueAtLeast(sp.RevMin))
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", sp.Name, err)
	}
	switch len(ms) {
	case 0:
		return nil, nil
	case 1:
		return ms[0], nil
	}
	return matchers.All(ms...), nil
}

// Render selects how Rules renders specs.
type Render int

// Renderings.
const (
	AsTyped Render = iota // typed matchers (free-form specs as expressions)
	AsExpr                // every spec as one expression
)

// Rules renders specs as router rules, round-robin over their pools.
func Rules(specs []Spec, how Render) ([]leadroute.Rule, error) {
	rules := make([]leadroute.Rule, len(specs))
	for i := range specs {
		sp := &specs[i]
		var m leadroute.Matcher
		var err error
		if sp.Kind != CatchAll {
			if how == AsExpr {
				m, err = matchers.Expr(sp.Expr())
			} else {
				m, err = sp.Typed()
			}
			if err != nil {
				return nil, fmt.Errorf("%s: %w", sp.Name, err)
			}
		}
		rules[i] = leadroute.Rule{Name: sp.Name, Match: m, Pool: sp.Pool, Strategy: strategies.RoundRobin()}
	}
	return rules, nil
}

// NumLeads is the number of distinct leads cycled by the benchmarks.
const NumLeads = 1000

// Leads returns NumLeads varied leads, already in normal form (upper-case
// ISO codes, lower-case domain and language) as a host that validated its
// input would send them; IDs are empty so that repeated leads are routed
// afresh (an ID makes State calls idempotent per lead).
func Leads() []leadroute.Lead {
	r := rand.New(rand.NewPCG(Seed, 1))
	leads := make([]leadroute.Lead, NumLeads)
	for i := range leads {
		l := &leads[i]
		if r.IntN(10) < 3 {
			l.Country = "US"
		} else {
			l.Country = countries[r.IntN(len(countries))]
		}
		var st []string
		for _, s := range states {
			if strings.HasPrefix(s, l.Country+"-") {
				st = append(st, s)
			}
		}
		if len(st) > 0 && r.IntN(5) > 0 {
			l.State = st[r.IntN(len(st))]
		}
		l.Industry = industries[r.IntN(len(industries))]
		l.Source = sources[r.IntN(len(sources))]
		switch x := r.IntN(10); {
		case x < 5:
			l.Language = "en"
		case x < 7:
			l.Language = languages[r.IntN(len(languages))]
		default:
			l.Language = languages[1+r.IntN(len(languages)-1)] + "-" + strings.ToLower(countries[r.IntN(len(countries))])
		}
		if r.IntN(4) == 0 {
			l.Domain = domainName(r.IntN(300))
		} else {
			l.Domain = fmt.Sprintf("company%04d.%s", r.IntN(5000), []string{"com", "io", "de", "co.uk"}[r.IntN(4)])
		}
		l.Email = "jane@" + l.Domain
		l.Employees = int(math.Exp(r.Float64() * math.Log(50000)))
		l.Revenue = math.Round(math.Exp(r.Float64()*math.Log(5e8))*100) / 100
		l.Score = r.IntN(101)
		for _, p := range products {
			if r.IntN(4) == 0 {
				l.Products = append(l.Products, p)
			}
		}
	}
	return leads
}
