package config

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/accounts"
)

// Finding is a lint warning: something legal that is probably not what the
// author meant. Findings never stop a file from loading. A Finding is a
// plain value, safe to copy and share.
type Finding struct {
	// File, Path, Line and Column locate the finding as for Error.
	File         string
	Path         string
	Line, Column int
	// Code names the check: see Lint.
	Code string
	// Msg explains the finding.
	Msg string
}

// String formats the finding as "file:line: path: msg [code]".
func (f Finding) String() string {
	e := Error{File: f.File, Path: f.Path, Line: f.Line, Msg: f.Msg}
	return e.Error() + " [" + f.Code + "]"
}

// Lint codes.
const (
	// LintShadowed: a rule is covered by an earlier rule, so it only
	// fires when the earlier rule's pool has nobody eligible, or never (when
	// the earlier rule always decides: an overflow queue or a queue
	// strategy). Exact for structured matchers (country, state, postal,
	// territories, bands, sets, attrs, account): an earlier rule covers a
	// later one when every condition of the earlier rule is implied by a
	// condition of the later one (a state implies its country, a postal
	// prefix its shorter prefixes, a band the bands containing it).
	// Best-effort for expressions: a `when:` is only known to imply an
	// identical `when:` (same text once white space is removed).
	LintShadowed = "shadowed"
	// LintTerritoryOverlap: two rules' territories claim the same country,
	// state or postal prefix (or one nests in the other); the earlier rule
	// gets those leads.
	LintTerritoryOverlap = "territory-overlap"
	// LintUnusedRep: a rep is in no pool of any rule, nor an account owner
	// or backup, nor anyone's backup: no lead can reach them.
	LintUnusedRep = "unused-rep"
	// LintUnusedPool: a named pool that no rule uses.
	LintUnusedPool = "unused-pool"
	// LintHoursGap: a rule requires working hours, and its pool has nobody
	// in working hours at some time of the week (checked every 15 minutes
	// over the week of Monday 5 January 2026, UTC, each rep in their own
	// time zone). Leads matching then overflow or fall through.
	LintHoursGap = "hours-gap"
	// LintCapUnreachable: a cap that can never bind: a daily cap at or
	// above the weekly cap (the weekly cap binds first), or a weekly cap
	// above the daily cap times the number of days the rep works.
	LintCapUnreachable = "cap-unreachable"
	// LintAwayPool: every rep of a rule's pool is marked away.
	LintAwayPool = "pool-all-away"
	// LintIncomplete: the file is so large that Lint stopped early (it
	// bounds its own work); the findings before it stand.
	LintIncomplete = "incomplete"
)

// Lint checks a valid configuration for likely mistakes and returns its
// findings in file order. See the Lint* constants for what is checked.
// Lint is safe for concurrent use.
func Lint(c *Config) []Finding {
	l := &linter{c: c, f: c.spec, comp: c.compiled, budget: lintBudget}
	l.shadowing()
	l.territoryOverlap()
	l.unused()
	l.hours()
	l.caps()
	l.isoCodes()
	slices.SortStableFunc(l.out, func(a, b Finding) int { return a.Line - b.Line })
	return l.out
}

type linter struct {
	c      *Config
	f      *fileSpec
	comp   *compiled
	out    []Finding
	budget int
	cutOff bool
}

// lintBudget bounds the work of one Lint call (comparisons between rules,
// territory claims, pool members), so that a huge file cannot make it run
// for hours. Past it, the remaining checks are skipped and a finding says
// so.
const lintBudget = 100_000_000

// spend charges n units of work and reports whether the budget allows it.
func (l *linter) spend(n int) bool {
	l.budget -= n + 1
	if l.budget >= 0 {
		return true
	}
	if !l.cutOff {
		l.cutOff = true
		l.add(pos{}, LintIncomplete, "the file is too large to lint completely; some checks were skipped")
	}
	return false
}

func (l *linter) add(p pos, code, format string, args ...any) {
	l.out = append(l.out, Finding{File: l.c.file, Path: p.path, Line: p.line, Column: p.col, Code: code, Msg: fmt.Sprintf(format, args...)})
}

// A condition is one conjunct of a rule's structured match.
type condition struct {
	kind string // "geo", "employees", "revenue", "score", "industry", ...
	geo  []geoAtom
	lo   float64
	hi   float64 // exclusive
	set  []string
	key  string // attrs
	expr string
}

type geoAtom struct {
	kind  byte // 'c' country, 's' state, 'p' postal prefix
	code  string
	extra string // postal prefix
}

func (a geoAtom) String() string {
	switch a.kind {
	case 'p':
		return a.code + ":" + a.extra
	}
	return a.code
}

// covers reports whether every lead in b is in a.
func (a geoAtom) covers(b geoAtom) bool {
	switch a.kind {
	case 'c':
		switch b.kind {
		case 'c', 'p':
			return a.code == b.code
		case 's':
			return strings.HasPrefix(b.code, a.code+"-")
		}
	case 's':
		return b.kind == 's' && a.code == b.code
	case 'p':
		return b.kind == 'p' && a.code == b.code && strings.HasPrefix(b.extra, a.extra)
	}
	return false
}

func (l *linter) terrAtoms(name string) []geoAtom {
	for _, t := range l.f.territories {
		if t.name == name {
			return atoms(t.countries, t.states, t.postal)
		}
	}
	return nil
}

func atoms(countries, states []string, postals []postal) []geoAtom {
	var out []geoAtom
	for _, c := range countries {
		out = append(out, geoAtom{kind: 'c', code: strings.ToUpper(c)})
	}
	for _, s := range states {
		out = append(out, geoAtom{kind: 's', code: strings.ToUpper(s)})
	}
	for _, p := range postals {
		out = append(out, geoAtom{kind: 'p', code: strings.ToUpper(p.country), extra: strings.ToUpper(p.prefix)})
	}
	return out
}

func lower(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = strings.ToLower(x)
	}
	return out
}

// conditions lists the conjuncts of a rule.
func (l *linter) conditions(r *ruleSpec) []condition {
	var cs []condition
	if m := r.match; m != nil {
		if m.country != nil {
			cs = append(cs, condition{kind: "geo", geo: atoms(m.country.vals, nil, nil)})
		}
		if m.state != nil {
			cs = append(cs, condition{kind: "geo", geo: atoms(nil, m.state.vals, nil)})
		}
		if len(m.postal) > 0 {
			cs = append(cs, condition{kind: "geo", geo: atoms(nil, nil, m.postal)})
		}
		if len(m.territories) > 0 {
			var g []geoAtom
			for _, t := range m.territories {
				g = append(g, l.terrAtoms(t.id)...)
			}
			cs = append(cs, condition{kind: "geo", geo: g})
		}
		if b := m.employees; b != nil {
			cs = append(cs, band("employees", b.hasMin, b.hasMax, float64(b.min), float64(b.max)))
		}
		if b := m.revenue; b != nil {
			cs = append(cs, band("revenue", b.hasMin, b.hasMax, b.min, b.max))
		}
		if b := m.score; b != nil {
			cs = append(cs, band("score", b.hasMin, b.hasMax, float64(b.min), float64(b.max)))
		}
		for kind, s := range map[string]*strList{"industry": m.industry, "source": m.source, "language": m.language, "products": m.products} {
			if s != nil {
				cs = append(cs, condition{kind: kind, set: lower(s.vals)})
			}
		}
		for _, a := range m.attrs {
			var vs []string
			for _, v := range a.values {
				vs = append(vs, fmt.Sprintf("%T:%v", v, v))
			}
			cs = append(cs, condition{kind: "attr", key: a.key, set: vs})
		}
		if m.account != nil {
			cs = append(cs, condition{kind: "account", set: []string{fmt.Sprint(*m.account)}})
		}
	}
	if len(r.territories) > 0 {
		var g []geoAtom
		for _, t := range r.territories {
			g = append(g, l.terrAtoms(t.key)...)
		}
		cs = append(cs, condition{kind: "geo", geo: g})
	}
	if r.when != "" {
		cs = append(cs, condition{kind: "expr", expr: strings.Join(strings.Fields(r.when), "")})
	}
	return cs
}

func band(kind string, hasMin, hasMax bool, lo, hi float64) condition {
	c := condition{kind: kind, lo: -1e308, hi: 1e308}
	if hasMin {
		c.lo = lo
	}
	if hasMax {
		c.hi = hi
	}
	return c
}

// implies reports whether every lead satisfying b satisfies a.
func implies(b, a condition) bool {
	if a.kind != b.kind {
		return false
	}
	switch a.kind {
	case "geo":
		for _, y := range b.geo {
			if !slices.ContainsFunc(a.geo, func(x geoAtom) bool { return x.covers(y) }) {
				return false
			}
		}
		return true
	case "employees", "revenue", "score":
		return a.lo <= b.lo && b.hi <= a.hi
	case "expr":
		return a.expr == b.expr
	case "attr":
		if a.key != b.key {
			return false
		}
	}
	for _, v := range b.set {
		if !slices.Contains(a.set, v) {
			return false
		}
	}
	return true
}

// coveredBy reports whether every lead rule j matches, rule i matches.
func coveredBy(ci, cj []condition) bool {
	for _, a := range ci {
		if !slices.ContainsFunc(cj, func(b condition) bool { return implies(b, a) }) {
			return false
		}
	}
	return true
}

// alwaysDecides reports whether a matching rule always decides (never
// falls through to the next rule).
func (r *ruleSpec) alwaysDecides() bool {
	if r.overflow != "" {
		return true
	}
	return r.strategy != nil && r.strategy.typ == "queue"
}

func (l *linter) shadowing() {
	conds := make([][]condition, len(l.f.rules))
	size := make([]int, len(l.f.rules))
	for i := range l.f.rules {
		conds[i] = l.conditions(&l.f.rules[i])
		for _, c := range conds[i] {
			size[i] += 1 + len(c.geo) + len(c.set)
		}
	}
	for j := range l.f.rules {
		rj := &l.f.rules[j]
		for i := 0; i < j; i++ {
			ri := &l.f.rules[i]
			if !l.spend(size[i] * size[j]) {
				return
			}
			if !coveredBy(conds[i], conds[j]) {
				continue
			}
			what := "matches every lead"
			if len(conds[i]) > 0 {
				what = "matches every lead it matches"
			}
			if ri.alwaysDecides() {
				l.add(rj.pos, LintShadowed, "rule %q can never fire: earlier rule %q (line %d) %s and always decides", rj.name, ri.name, ri.line, what)
			} else {
				l.add(rj.pos, LintShadowed, "rule %q is shadowed by earlier rule %q (line %d), which %s; it only fires when %q has nobody eligible", rj.name, ri.name, ri.line, what, ri.name)
			}
			break
		}
	}
}

func (l *linter) territoryOverlap() {
	type claim struct {
		rule int
		terr string
		atom geoAtom
	}
	var claims []claim
	for i := range l.f.rules {
		r := &l.f.rules[i]
		var names []string
		for _, t := range r.territories {
			names = append(names, t.key)
		}
		if r.match != nil {
			for _, t := range r.match.territories {
				names = append(names, t.id)
			}
		}
		seen := map[string]bool{}
		for _, n := range names {
			// Reusing a named territory in several rules is deliberate;
			// only different territories claiming the same place are
			// reported.
			if seen[n] {
				continue
			}
			seen[n] = true
			for _, a := range l.terrAtoms(n) {
				claims = append(claims, claim{rule: i, terr: n, atom: a})
			}
		}
	}
	reported := map[[2]int]bool{}
	for _, b := range claims {
		if !l.spend(len(claims)) {
			return
		}
		for _, a := range claims {
			if a.rule >= b.rule || reported[[2]int{a.rule, b.rule}] {
				continue
			}
			if a.terr != b.terr && (a.atom.covers(b.atom) || b.atom.covers(a.atom)) {
				reported[[2]int{a.rule, b.rule}] = true
				rb, ra := &l.f.rules[b.rule], &l.f.rules[a.rule]
				l.add(rb.pos, LintTerritoryOverlap, "territory %q of rule %q overlaps territory %q of earlier rule %q (line %d) on %s; the earlier rule gets those leads first", b.terr, rb.name, a.terr, ra.name, ra.line, overlapOf(a.atom, b.atom))
			}
		}
	}
}

func overlapOf(a, b geoAtom) string {
	if a.covers(b) {
		return b.String()
	}
	return a.String()
}

func (l *linter) unused() {
	used := map[string]bool{}
	usedPool := map[string]bool{}
	for i, pools := range l.comp.rulePools {
		for _, ids := range pools {
			for _, id := range ids {
				used[id] = true
			}
		}
		r := &l.f.rules[i]
		if r.pool.name != "" {
			usedPool[r.pool.name] = true
		}
		for _, t := range r.territories {
			if t.pool.name != "" {
				usedPool[t.pool.name] = true
			}
		}
	}
	for _, rs := range l.f.reps {
		if rs.rep.Backup != "" {
			used[rs.rep.Backup] = true
		}
	}
	if b := l.comp.book; b != nil {
		b.All(func(a *accounts.Account) bool {
			used[a.Owner], used[a.Backup] = true, true
			return true
		})
	}
	for _, rs := range l.f.reps {
		if rs.rep.ID != "" && !used[rs.rep.ID] {
			l.add(rs.fields["id"], LintUnusedRep, "rep %q is in no rule's pool, owns no account and backs up nobody: no lead can reach them", rs.rep.ID)
		}
	}
	for _, p := range l.f.pools {
		if !usedPool[p.name] {
			l.add(p.pos, LintUnusedPool, "pool %q is used by no rule", p.name)
		}
	}
	// Pools whose reps are all away.
	reps := map[string]*leadroute.Rep{}
	for i := range l.comp.reps {
		reps[l.comp.reps[i].ID] = &l.comp.reps[i]
	}
	for i, pools := range l.comp.rulePools {
		for _, k := range slices.Sorted(maps.Keys(pools)) {
			ids := pools[k]
			if len(ids) > 0 && !slices.ContainsFunc(ids, func(id string) bool { return !reps[id].Away }) {
				l.add(l.f.rules[i].pos, LintAwayPool, "every rep of rule %q's pool%s is away", l.f.rules[i].name, subKey(k))
			}
		}
	}
}

func subKey(k string) string {
	if k == "" {
		return ""
	}
	return fmt.Sprintf(" for territory %q", k)
}

// lintWeek is the reference week for working-hours checks.
var lintWeek = time.Date(2026, time.January, 5, 0, 0, 0, 0, time.UTC)

func (l *linter) hours() {
	reps := map[string]*leadroute.Rep{}
	for i := range l.comp.reps {
		reps[l.comp.reps[i].ID] = &l.comp.reps[i]
	}
	locs := map[string]*time.Location{}
	loc := func(name string) *time.Location {
		if name == "" {
			return time.UTC
		}
		if x, ok := locs[name]; ok {
			return x
		}
		x, err := time.LoadLocation(name)
		if err != nil {
			x = time.UTC
		}
		locs[name] = x
		return x
	}
	const step = 15 * time.Minute
	const slots = int(7 * 24 * time.Hour / step)
	// Each rep's coverage of the week, computed once.
	cover := map[string][]bool{}
	repCover := func(id string) []bool {
		if c, ok := cover[id]; ok {
			return c
		}
		c := make([]bool, slots)
		if rep := reps[id]; rep != nil && !rep.Away {
			z := loc(rep.TimeZone)
			for i := range c {
				c[i] = rep.Hours.Contains(lintWeek.Add(time.Duration(i) * step).In(z))
			}
		}
		cover[id] = c
		return c
	}
	for i, pools := range l.comp.rulePools {
		r := &l.f.rules[i]
		if !r.workingHours {
			continue
		}
		for _, k := range slices.Sorted(maps.Keys(pools)) {
			ids := pools[k]
			if !l.spend(len(ids) * slots) {
				return
			}
			covered := make([]bool, slots)
			for _, id := range ids {
				for s, ok := range repCover(id) {
					covered[s] = covered[s] || ok
				}
			}
			first := slices.Index(covered, true)
			var gaps []string
			if first < 0 {
				gaps = append(gaps, "at any time")
			}
			// Scan the week cyclically from a covered slot, so that a gap
			// across the week's end (the weekend) is reported whole.
			for k := 0; first >= 0 && k < slots; k++ {
				i := (first + k) % slots
				if covered[i] {
					continue
				}
				j := k
				for j < slots && !covered[(first+j)%slots] {
					j++
				}
				from := lintWeek.Add(time.Duration(i) * step)
				to := lintWeek.Add(time.Duration((first+j)%slots) * step)
				gaps = append(gaps, from.Format("Mon 15:04")+"-"+endClock(from, to))
				k = j
			}
			if len(gaps) > 0 {
				then := "fall through to the next rule"
				if r.overflow != "" {
					then = fmt.Sprintf("overflow to queue %q", r.overflow)
				}
				shown := gaps
				if len(shown) > 4 {
					shown = append(shown[:4:4], fmt.Sprintf("and %d more", len(gaps)-4))
				}
				l.add(r.pos, LintHoursGap, "rule %q requires working hours, but its pool%s has nobody working %s (UTC); leads then %s", r.name, subKey(k), strings.Join(shown, ", "), then)
			}
		}
	}
}

func endClock(start, end time.Time) string {
	if end.Weekday() == start.Weekday() && end.After(start) {
		return end.Format("15:04")
	}
	if end.Hour() == 0 && end.Minute() == 0 && (end.Weekday()-start.Weekday()+7)%7 == 1 {
		return "24:00"
	}
	return end.Format("Mon 15:04")
}

func (l *linter) caps() {
	for _, rs := range l.f.reps {
		r := rs.rep
		if r.DailyCap > 0 && r.WeeklyCap > 0 && r.DailyCap >= r.WeeklyCap {
			l.add(rs.fields["daily_cap"], LintCapUnreachable, "rep %q: daily_cap %d can never be reached: weekly_cap %d binds first", r.ID, r.DailyCap, r.WeeklyCap)
		}
		if r.DailyCap > 0 && r.WeeklyCap > 0 {
			days := 7
			if len(r.Hours) > 0 {
				seen := map[time.Weekday]bool{}
				for _, s := range r.Hours {
					seen[s.Day] = true
				}
				days = len(seen)
			}
			if r.WeeklyCap > r.DailyCap*days {
				l.add(rs.fields["weekly_cap"], LintCapUnreachable, "rep %q: weekly_cap %d can never be reached: daily_cap %d × %d working days is %d", r.ID, r.WeeklyCap, r.DailyCap, days, r.DailyCap*days)
			}
		}
	}
}
