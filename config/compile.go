package config

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/accounts"
	"github.com/leadroute/leadroute/matchers"
	"github.com/leadroute/leadroute/strategies"
)

// compiled is the result of compiling a fileSpec: what the router needs.
type compiled struct {
	reps     []leadroute.Rep
	rules    []leadroute.Rule
	fallback string
	book     *accounts.Book
	// resolved pools per rule, for lint: rule index -> pool key ("" for
	// the main pool, else the territory key) -> rep IDs.
	rulePools []map[string][]string
	poolNames map[string][]string // named pools and teams, as resolved
	// exprs holds each rule's compiled when: expression (nil without
	// one), for lint to read its lowered conditions.
	exprs []leadroute.Matcher
}

type compiler struct {
	*decoder
	f       *fileSpec
	dir     source
	repIdx  map[string]int
	repIDs  []string
	pools   map[string][]string
	poolPos map[string]pos
	teams   map[string][]string
	terrs   map[string]*territorySpec
	out     *compiled
	// refs counts rep places in rule pools, bounded by maxPoolRefs.
	refs int
	// expr is the expression matcher of the rule being compiled.
	curExpr leadroute.Matcher
	// exprCache holds the matchers compiled so far, by source.
	exprCache map[string]leadroute.Matcher
	// setCache holds the set matchers built so far (see match).
	setCache map[setKey]leadroute.Matcher
}

// setKey names a set matcher: its kind and its values (see joinLengths).
type setKey struct{ kind, vals string }

// joinLengths joins strings, each after its length ("2:US7:Germany"), so
// that different lists never join the same.
func joinLengths(vals []string) string {
	n := 0
	for _, v := range vals {
		n += len(v) + 4
	}
	b := make([]byte, 0, n)
	for _, v := range vals {
		b = strconv.AppendInt(b, int64(len(v)), 10)
		b = append(b, ':')
		b = append(b, v...)
	}
	return string(b)
}

// maxPoolRefs bounds the total size of the rules' pools (a pool or team
// named by many rules counts each time), since each costs memory in the
// router: a small file must not expand into a huge rule table.
const maxPoolRefs = 1 << 20

func (d *decoder) compile(f *fileSpec, dir source) *compiled {
	return d.compileWith(f, dir, nil)
}

// compileWith compiles f; book, when not nil, is the account book in
// place of the one the file gives (which is then not read).
func (d *decoder) compileWith(f *fileSpec, dir source, book *accounts.Book) *compiled {
	c := &compiler{decoder: d, f: f, dir: dir, repIdx: map[string]int{}, pools: map[string][]string{}, poolPos: map[string]pos{}, teams: map[string][]string{}, terrs: map[string]*territorySpec{}}
	c.out = &compiled{fallback: f.fallback, poolNames: map[string][]string{},
		reps: make([]leadroute.Rep, 0, len(f.reps)), rules: make([]leadroute.Rule, 0, len(f.rules)),
		rulePools: make([]map[string][]string, 0, len(f.rules)), exprs: make([]leadroute.Matcher, 0, len(f.rules))}
	c.reps()
	c.teamSettings()
	c.territories()
	c.namedPools()
	if book != nil {
		c.out.book = book
	} else {
		c.accounts()
	}
	names := map[string]int{}
	for i := range f.rules {
		rs := &f.rules[i]
		if rs.name != "" {
			if j, dup := names[rs.name]; dup {
				c.errAt(rs.namePos, "duplicate rule name %q (also rules[%d])", rs.name, j)
			} else {
				names[rs.name] = i
			}
		}
		c.curExpr = nil
		r, pools := c.rule(rs)
		c.out.rules = append(c.out.rules, r)
		c.out.rulePools = append(c.out.rulePools, pools)
		c.out.exprs = append(c.out.exprs, c.curExpr)
	}
	return c.out
}

func (c *compiler) reps() {
	for i := range c.f.reps {
		rs := &c.f.reps[i]
		id := rs.rep.ID
		if id == "" {
			continue
		}
		if j, dup := c.repIdx[id]; dup {
			c.errAt(rs.fields["id"], "duplicate rep ID %q (also reps[%d])", id, j)
			continue
		}
		c.repIdx[id] = i
		c.repIDs = append(c.repIDs, id)
		if t := rs.rep.Team; t != "" {
			c.teams[t] = append(c.teams[t], id)
		}
	}
	for i := range c.f.reps {
		rs := &c.f.reps[i]
		if b := rs.rep.Backup; b != "" {
			if b == rs.rep.ID {
				c.errAt(rs.backupPos, "a rep cannot be their own backup")
			} else {
				c.knownRep(b, rs.backupPos)
			}
		}
		c.out.reps = append(c.out.reps, rs.rep)
	}
}

// maxRepHolidays bounds the holidays of all reps together once each
// team's are given to every member (copied per rep: a short file could
// otherwise name gigabytes of them).
const maxRepHolidays = 1 << 18

// teamSettings applies the teams' settings to their reps: team holidays
// join each member's own.
func (c *compiler) teamSettings() {
	total := 0
	for i := range c.out.reps {
		total += len(c.out.reps[i].Holidays)
	}
	for _, ts := range c.f.teams {
		ids, ok := c.teams[ts.name]
		if !ok {
			names := slices.Sorted(maps.Keys(c.teams))
			c.errAt(ts.pos, "no rep is in team %q%s", ts.name, didYouMean(ts.name, names))
			continue
		}
		if total += len(ids) * len(ts.holidays); total > maxRepHolidays {
			c.errAt(ts.pos, "team %q: %d holidays for each of %d reps make %d rep holidays in all; the limit is %d", ts.name, len(ts.holidays), len(ids), total, maxRepHolidays)
			continue
		}
		for _, id := range ids {
			r := &c.out.reps[c.repIdx[id]]
			r.Holidays = append(slices.Clip(r.Holidays), ts.holidays...)
		}
	}
}

// leadWeight builds a rule's Weight from its lead_weight entries.
func (c *compiler) leadWeight(rs *ruleSpec) func(*leadroute.Lead) int {
	if len(rs.weights) == 0 {
		return nil
	}
	if len(rs.weights) == 1 && rs.weights[0].when == "" {
		w := rs.weights[0].weight
		return func(*leadroute.Lead) int { return w }
	}
	type entry struct {
		m leadroute.Matcher
		w int
	}
	entries := make([]entry, 0, len(rs.weights))
	for _, ws := range rs.weights {
		e := entry{w: ws.weight}
		if ws.when != "" {
			m := c.expr(&ruleSpec{when: ws.when, whenPos: ws.whenPos})
			if m == nil {
				continue
			}
			e.m = m
		}
		entries = append(entries, e)
	}
	return func(l *leadroute.Lead) int {
		for _, e := range entries {
			if e.m == nil || e.m.Match(l) {
				return e.w
			}
		}
		return 1
	}
}

// knownRep reports whether id names a rep, and records an error if not.
func (c *compiler) knownRep(id string, p pos) bool {
	if _, ok := c.repIdx[id]; ok {
		return true
	}
	c.errAt(p, "unknown rep %q%s", id, didYouMean(id, c.repIDs))
	return false
}

func (c *compiler) territories() {
	for i := range c.f.territories {
		ts := &c.f.territories[i]
		c.terrs[ts.name] = ts
		if _, err := matchers.NewTerritories(ts.matcherTerritory()); err != nil {
			c.errAt(ts.pos, "%v", err)
		}
	}
}

func (ts *territorySpec) matcherTerritory() matchers.Territory {
	t := matchers.Territory{Key: ts.name, Countries: ts.countries, States: ts.states}
	for _, p := range ts.postal {
		t.PostalPrefixes = append(t.PostalPrefixes, p.country+":"+p.prefix)
	}
	return t
}

func (c *compiler) namedPools() {
	for _, ps := range c.f.pools {
		ids := c.members(ps.members)
		c.pools[ps.name] = ids
		c.poolPos[ps.name] = ps.pos
		c.out.poolNames[ps.name] = ids
	}
	for t, ids := range c.teams {
		if _, ok := c.pools[t]; !ok {
			c.out.poolNames[t] = ids
		}
	}
}

// members resolves a list of rep references, reporting unknown and
// repeated reps.
func (c *compiler) members(refs []ref) []string {
	var ids []string
	seen := map[string]bool{}
	for _, r := range refs {
		if !c.knownRep(r.id, r.pos) {
			continue
		}
		if seen[r.id] {
			c.errAt(r.pos, "rep %q listed twice", r.id)
			continue
		}
		seen[r.id] = true
		ids = append(ids, r.id)
	}
	return ids
}

// resolvePool resolves a rule's pool reference: a named pool, a team, or
// an inline list of reps.
func (c *compiler) resolvePool(pr poolRef) ([]string, bool) {
	ids, ok := c.resolvePool1(pr)
	c.refs += len(ids)
	if c.refs > maxPoolRefs {
		c.errAt(pr.pos, "the rules' pools hold more than %d reps in all", maxPoolRefs)
		panic(bailout{})
	}
	return ids, ok
}

// isTeam reports whether a pool reference names a pool or a team (rather
// than one rep or an inline list).
func (c *compiler) isTeam(pr poolRef) bool {
	if pr.name == "" {
		return false
	}
	_, pool := c.pools[pr.name]
	_, team := c.teams[pr.name]
	return pool || team
}

func (c *compiler) resolvePool1(pr poolRef) ([]string, bool) {
	if !pr.set {
		return nil, false
	}
	if pr.name == "" {
		ids := c.members(pr.inline)
		return ids, len(ids) > 0
	}
	if ids, ok := c.pools[pr.name]; ok {
		return ids, len(ids) > 0
	}
	if ids, ok := c.teams[pr.name]; ok {
		return ids, true
	}
	if _, ok := c.repIdx[pr.name]; ok {
		return []string{pr.name}, true
	}
	cands := slices.Concat(slices.Collect(maps.Keys(c.pools)), slices.Collect(maps.Keys(c.teams)), c.repIDs)
	slices.Sort(cands)
	c.errAt(pr.pos, "unknown pool %q%s", pr.name, didYouMean(pr.name, cands))
	return nil, false
}

func (c *compiler) accounts() {
	as := c.f.accounts
	if !as.set {
		return
	}
	if as.csv != "" {
		c.accountsCSV(as)
		return
	}
	list := make([]accounts.Account, len(as.inline))
	for i, a := range as.inline {
		list[i] = accounts.Account{ID: a.id, Name: a.name, Domains: a.domains, Owner: a.owner, Backup: a.backup, Parent: a.parent}
		if a.owner != "" {
			c.knownRep(a.owner, a.ownerPos)
		}
		if a.backup != "" {
			c.knownRep(a.backup, a.backupPos)
		}
	}
	book, err := accounts.NewBook(list)
	if err != nil {
		c.accountErrors(err, func(e *accounts.Error) pos {
			if e.Row >= 0 && e.Row < len(as.inline) {
				a := as.inline[e.Row]
				p := a.pos
				p.path = joinPath(p.path, e.Field)
				return p
			}
			return as.pos
		})
		return
	}
	c.out.book = book
}

func (c *compiler) accountsCSV(as accountsSpec) {
	data, err := c.dir.read(as.csv)
	if err != nil {
		c.errAt(as.pos, "%v", err)
		return
	}
	book, err := loadCSV(bytes.NewReader(data))
	if err != nil {
		c.accountErrors(err, func(e *accounts.Error) pos {
			p := as.pos
			if e.Line > 0 {
				p.path = fmt.Sprintf("%s:%d", as.csv, e.Line)
			}
			return p
		})
		return
	}
	book.All(func(a *accounts.Account) bool {
		for _, id := range []string{a.Owner, a.Backup} {
			if id != "" {
				if _, ok := c.repIdx[id]; !ok {
					c.errAt(as.pos, "account %q: unknown rep %q%s", a.ID, id, didYouMean(id, c.repIDs))
				}
			}
		}
		return true
	})
	c.out.book = book
}

// accountErrors spreads the errors of the accounts package over the file.
func (c *compiler) accountErrors(err error, where func(*accounts.Error) pos) {
	list := []error{err} // one *accounts.Error (its Unwrap is not a join)
	if _, ok := err.(*accounts.Error); !ok {
		list = splitJoined(err)
	}
	for _, e := range list {
		var ae *accounts.Error
		if errors.As(e, &ae) {
			msg := ae.Err.Error()
			if ae.ID != "" {
				msg = fmt.Sprintf("account %q: %s", ae.ID, msg)
			}
			c.errAt(where(ae), "%s", msg)
			continue
		}
		if !errors.Is(e, accounts.ErrInvalid) || len(list) == 1 {
			c.errAt(c.f.accounts.pos, "%v", e)
		}
	}
}

func (c *compiler) rule(rs *ruleSpec) (leadroute.Rule, map[string][]string) {
	r := leadroute.Rule{Name: rs.name, Overflow: rs.overflow, WorkingHours: rs.workingHours, Skills: rs.skills}
	pools := map[string][]string{}
	var parts []leadroute.Matcher
	if rs.match != nil {
		parts = append(parts, c.match(rs.match)...)
	}
	if rs.when != "" {
		if m := c.expr(rs); m != nil {
			parts = append(parts, m)
			c.curExpr = m
		}
	}
	// Sub-pool routing by territory.
	if len(rs.territories) > 0 {
		var ts []matchers.Territory
		r.Pools = map[string][]string{}
		for _, tr := range rs.territories {
			t, ok := c.terrs[tr.key]
			if !ok {
				c.errAt(tr.pos, "unknown territory %q%s", tr.key, didYouMean(tr.key, slices.Collect(maps.Keys(c.terrs))))
				continue
			}
			ts = append(ts, t.matcherTerritory())
			if ids, ok := c.resolvePool(tr.pool); ok {
				r.Pools[tr.key] = ids
				pools[tr.key] = ids
			}
		}
		if len(ts) == len(rs.territories) {
			sel, err := matchers.NewTerritories(ts...)
			if err != nil {
				c.errAt(rs.terrPos, "%v", err)
			} else {
				parts = append([]leadroute.Matcher{sel}, parts...)
			}
		}
	}
	if rs.pool.set {
		if ids, ok := c.resolvePool(rs.pool); ok {
			r.Pool = ids
			pools[""] = ids
			if c.isTeam(rs.pool) && !rs.ownRotation {
				// A named pool or team is one rotation, shared by the
				// rules that route to it.
				r.Team = rs.pool.name
			}
		} else if rs.pool.name != "" {
			if _, named := c.pools[rs.pool.name]; named && len(c.pools[rs.pool.name]) == 0 {
				c.errAt(rs.pool.pos, "pool %q is empty", rs.pool.name)
			}
		}
	}
	switch len(parts) {
	case 0:
	case 1:
		r.Match = parts[0]
	default:
		r.Match = matchers.All(parts...)
	}
	st := rs.strategy
	if st == nil {
		st = &strategySpec{typ: "round_robin", pos: pos{path: joinPath(rs.path, "strategy"), line: rs.line, col: rs.col}}
	}
	r.Strategy = c.strategy(st)
	r.Weight = c.leadWeight(rs)
	r.AcceptWithin = rs.acceptWithin
	if !rs.pool.set && len(rs.territories) == 0 && !st.needsNoPool() {
		c.errAt(pos{path: joinPath(rs.path, "pool"), line: rs.line, col: rs.col}, "required: a pool name, a list of reps, or territories (only a queue or account_owner strategy can do without)")
	}
	return r, pools
}

// needsNoPool reports whether a strategy can decide without a pool.
func (s *strategySpec) needsNoPool() bool {
	switch s.typ {
	case "queue", "account_owner":
		return true
	case "chain":
		for _, st := range s.steps {
			if st.needsNoPool() {
				return true
			}
		}
	}
	return false
}

func (c *compiler) match(m *matchSpec) []leadroute.Matcher {
	var out []leadroute.Matcher
	add := func(p pos, mm leadroute.Matcher, err error) {
		if err != nil {
			c.errAt(p, "%v", err)
			return
		}
		out = append(out, mm)
	}
	// A list of values repeated across rules gives the same matcher (the
	// set matchers are immutable): files repeat them, and building one
	// (resolving country names, folding case) costs more than the look-up.
	set := func(kind string, l *strList, ctor func(...string) (leadroute.Matcher, error)) {
		if l == nil || len(l.vals) == 0 {
			return
		}
		key := setKey{kind, joinLengths(l.vals)}
		if mm, ok := c.setCache[key]; ok {
			out = append(out, mm)
			return
		}
		mm, err := ctor(l.vals...)
		if err == nil {
			if c.setCache == nil {
				c.setCache = map[setKey]leadroute.Matcher{}
			}
			c.setCache[key] = mm
		}
		add(l.pos, mm, err)
	}
	set("country", m.country, matchers.Country)
	set("state", m.state, matchers.State)
	if len(m.postal) > 0 {
		var any []leadroute.Matcher
		byCountry := map[string][]string{}
		var order []string
		for _, p := range m.postal {
			if _, ok := byCountry[p.country]; !ok {
				order = append(order, p.country)
			}
			byCountry[p.country] = append(byCountry[p.country], p.prefix)
		}
		ok := true
		for _, cc := range order {
			mm, err := matchers.PostalPrefix(cc, byCountry[cc]...)
			if err != nil {
				c.errAt(m.postalPos, "%v", err)
				ok = false
				continue
			}
			any = append(any, mm)
		}
		if ok {
			if len(any) == 1 {
				out = append(out, any[0])
			} else {
				out = append(out, matchers.Any(any...))
			}
		}
	}
	if len(m.territories) > 0 {
		var ts []matchers.Territory
		ok := true
		for _, r := range m.territories {
			t, found := c.terrs[r.id]
			if !found {
				c.errAt(r.pos, "unknown territory %q%s", r.id, didYouMean(r.id, slices.Collect(maps.Keys(c.terrs))))
				ok = false
				continue
			}
			ts = append(ts, t.matcherTerritory())
		}
		if ok {
			sel, err := matchers.NewTerritories(ts...)
			add(m.territoriesPos, sel, err)
		}
	}
	if r := m.employees; r != nil {
		if !r.hasMax {
			mm, err := matchers.EmployeesAtLeast(r.min)
			add(r.pos, mm, err)
		} else {
			lo := r.min
			if !r.hasMin {
				lo = math.MinInt32
			}
			mm, err := matchers.Employees(lo, r.max)
			add(r.pos, mm, err)
		}
	}
	if r := m.revenue; r != nil {
		lo, hi := r.min, r.max
		if !r.hasMin {
			lo = math.Inf(-1)
		}
		if !r.hasMax {
			mm, err := matchers.RevenueAtLeast(lo)
			add(r.pos, mm, err)
		} else {
			mm, err := matchers.Revenue(lo, hi)
			add(r.pos, mm, err)
		}
	}
	if r := m.score; r != nil {
		switch {
		case !r.hasMax:
			mm, err := matchers.ScoreAtLeast(r.min)
			add(r.pos, mm, err)
		default:
			lo := r.min
			if !r.hasMin {
				lo = math.MinInt32
			}
			mm, err := matchers.ScoreBetween(lo, r.max-1)
			add(r.pos, mm, err)
		}
	}
	set("industry", m.industry, matchers.Industry)
	set("source", m.source, matchers.Source)
	set("language", m.language, matchers.Language)
	set("products", m.products, matchers.Product)
	for _, a := range m.attrs {
		if len(a.values) == 0 {
			continue
		}
		var mm leadroute.Matcher
		var err error
		if len(a.values) == 1 {
			mm, err = matchers.AttrEquals(a.key, a.values[0])
		} else {
			mm, err = matchers.AttrIn(a.key, a.values...)
		}
		add(a.pos, mm, err)
	}
	if m.account != nil {
		if c.out.book == nil && !c.f.accounts.set {
			c.errAt(m.accountPos, "needs accounts: add an accounts: section")
		} else if mm := newAccountMatcher(c.out.book); mm != nil {
			if *m.account {
				out = append(out, mm)
			} else {
				out = append(out, matchers.Not(mm))
			}
		}
	}
	return out
}

func (c *compiler) strategy(s *strategySpec) leadroute.Strategy {
	sub := func(x *strategySpec) leadroute.Strategy {
		if x == nil {
			return strategies.RoundRobin()
		}
		return c.strategy(x)
	}
	var st leadroute.Strategy
	var err error
	switch s.typ {
	case "round_robin":
		st = strategies.RoundRobin()
	case "balanced":
		st, err = newBalanced(s.window)
	case "weighted":
		st = strategies.Weighted()
	case "weighted_random":
		st = strategies.WeightedRandom()
	case "least_loaded":
		st, err = newLeastLoaded(s.byShare)
	case "skill":
		st, err = newSkillBased(s.required, sub(s.tie))
	case "sticky":
		key := stickyKey(s.key)
		if s.key == "account" {
			if !c.f.accounts.set {
				c.errAt(s.keyPos, "the account key needs accounts: add an accounts: section")
				return nil
			}
			book := c.out.book
			key = func(l *leadroute.Lead) string {
				if m, ok := book.Match(l); ok {
					return m.Account.ID
				}
				return ""
			}
		}
		st = strategies.Sticky(key, sub(s.next))
	case "remember":
		st, err = strategies.Remember(ownerKey(s.key), s.ttl, sub(s.next))
	case "account_owner":
		if !c.f.accounts.set {
			c.errAt(s.typPos, "account_owner needs accounts: add an accounts: section")
			return nil
		}
		st, err = newAccountOwner(c.out.book, sub(s.pool))
	case "queue":
		st = strategies.Queue(s.queue)
	case "chain":
		steps := make([]leadroute.Strategy, 0, len(s.steps))
		for _, x := range s.steps {
			steps = append(steps, sub(x))
		}
		st = strategies.Chain(steps...)
	}
	if err != nil {
		c.errAt(s.pos, "%v", err)
		return nil
	}
	return st
}

// stickyKey returns the function that extracts a sticky key from a lead.
// ownerKey maps a remember strategy's key to an ownership key.
func ownerKey(key string) strategies.OwnerKey {
	switch key {
	case "email":
		return strategies.ByEmail
	case "company":
		return strategies.ByCompany
	}
	name, _ := strings.CutPrefix(key, "attr:")
	return strategies.ByAttr(name)
}

func stickyKey(key string) func(*leadroute.Lead) string {
	switch key {
	case "email":
		return nil // Sticky's default: the e-mail address, case-insensitively
	case "domain":
		return func(l *leadroute.Lead) string { return l.Domain }
	case "company":
		return func(l *leadroute.Lead) string { return strings.ToLower(strings.TrimSpace(l.Company)) }
	case "lead_id":
		return func(l *leadroute.Lead) string { return l.ID }
	}
	name, _ := strings.CutPrefix(key, "attr:")
	return func(l *leadroute.Lead) string {
		switch v := l.Attrs[name].(type) {
		case nil:
			return ""
		case string:
			return v
		default:
			return fmt.Sprint(v)
		}
	}
}
