package leadroute

import (
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/leadroute/leadroute/internal/tz"
)

// table is an immutable, compiled rule set. Route reads it through an atomic
// pointer; Reload builds a new one off to the side and swaps it in.
type table struct {
	rules    []compiledRule
	index    *ruleIndex // nil: evaluate rules one by one
	reps     []compiledRep
	repIdx   map[string]int
	fallback string
	sla      bool // some rule has an accept deadline
	// owners maps each rep's owner token (OwnerToken) to its index.
	owners map[int64]int
}

type compiledRep struct {
	Rep
	loc      *time.Location
	holidays []int64   // local day numbers (as dayWindow counts), sorted
	days     *dayCache // the rep's current day, for dayWindow
}

type compiledRule struct {
	Rule
	selector Selector
	errSel   ErrSelector
	errM     ErrMatcher
	pool     *pool
	pools    map[string]*pool
	skills   []skillReq
	conj     bool           // Match is nil or a Conjunction: conds say it all
	conds    []compiledCond // when conj
	rest     []compiledCond // the conds the rule index does not guarantee (set by buildIndex)
	// fallbackPrefix starts the fallback's Reason when this rule was the
	// first to match and found nobody eligible.
	fallbackPrefix string
}

type skillReq struct {
	name  string
	level int
}

// pool is one rotation: the reps of a rule (or of one of its sub-pools),
// with its own state key and its own bound strategy.
type pool struct {
	key      string // state key: rule name, or "rule/subkey"
	members  []int  // indices into table.reps, in rotation order
	ids      []string
	reps     []*Rep
	pos      map[string]int // rep ID → position in members
	strategy Strategy
	// roundRobin says strategy is the built-in round-robin
	// (strategies.RoundRobin), whose pick is a rotation under the pool's
	// key: the router makes that pick itself (roundRobinPick), without the
	// interface call and the copy of the Pick it returns.
	roundRobin bool
}

// isRoundRobin reports whether s is the built-in round-robin strategy. The
// strategies package imports this one, so it is told by its type: a
// pointer to strategies.roundRobin, a struct with no fields.
func isRoundRobin(s Strategy) bool {
	t := reflect.TypeOf(s)
	return t != nil && t.Kind() == reflect.Pointer && t.Elem().Name() == "roundRobin" &&
		t.Elem().PkgPath() == "github.com/leadroute/leadroute/strategies" && t.Elem().NumField() == 0
}

// roundRobinPick is the built-in round-robin's pick for pool p (what its
// Pick returns; a test holds them equal).
func roundRobinPick(p *pool, pk *Pick) {
	*pk = Pick{Rotate: Rotation{Key: p.key}, Reason: "round-robin"}
}

// PoolInfo describes one pool to a Binder.
type PoolInfo struct {
	// Key is the pool's state key: the rule name, or "rule/subkey" for a
	// sub-pool.
	Key string
	// Rule is the rule's name.
	Rule string
	// Reps are the pool's reps in rotation order. Do not modify them.
	Reps []*Rep
	// Strategy is the rule's strategy, as given (before Bind).
	Strategy Strategy
}

// Binder is an optional Strategy capability: when the router builds a rule
// table (New, Reload) it calls Bind once per pool and uses the returned
// Strategy for that pool, so a strategy can precompute from the pool (a
// weighted schedule, say). Bind must not keep mutable state of its own:
// fairness state belongs in the router's store.State, read through
// Candidates.Get and changed through the Pick (see Strategy).
type Binder interface {
	Strategy
	Bind(p PoolInfo) (Strategy, error)
}

func buildTable(s *settings) (*table, error) {
	var errs []error
	t := &table{fallback: s.fallback, repIdx: make(map[string]int, len(s.reps)),
		reps: make([]compiledRep, 0, len(s.reps)), rules: make([]compiledRule, 0, len(s.rules))}
	if t.fallback == "" {
		t.fallback = DefaultFallbackQueue
	}
	for i, r := range s.reps {
		path := fmt.Sprintf("reps[%d]", i)
		if r.ID != "" {
			path = fmt.Sprintf("reps[%d] %q", i, r.ID)
		}
		if r.ID == "" {
			errs = append(errs, configErr(path+".ID", "required"))
			continue
		}
		if _, dup := t.repIdx[r.ID]; dup {
			errs = append(errs, configErr(path+".ID", "duplicate rep ID %q", r.ID))
			continue
		}
		cr, err := compileRep(r, path)
		if err != nil {
			errs = append(errs, err)
		}
		t.repIdx[r.ID] = len(t.reps)
		t.reps = append(t.reps, cr)
	}
	errs = append(errs, t.applyTeams(s.teams)...)
	t.owners = make(map[int64]int, len(t.reps))
	for i := range t.reps {
		tok := OwnerToken(t.reps[i].ID)
		if j, dup := t.owners[tok]; dup {
			errs = append(errs, configErr(fmt.Sprintf("reps[%d] %q.ID", i, t.reps[i].ID), "has the same owner token as rep %q (a 52-bit hash collision; rename one)", t.reps[j].ID))
		}
		t.owners[tok] = i
	}
	for i, r := range s.reps {
		if r.Backup != "" {
			if _, ok := t.repIdx[r.Backup]; !ok {
				errs = append(errs, configErr(fmt.Sprintf("reps[%d] %q.Backup", i, r.ID), "unknown rep %q", r.Backup))
			}
		}
	}
	names := make(map[string]int, len(s.rules))
	for i, r := range s.rules {
		if r.Name == "" {
			errs = append(errs, configErr(fmt.Sprintf("rules[%d].Name", i), "required"))
			continue
		}
		path := "rules[" + strconv.Itoa(i) + "] " + strconv.Quote(r.Name)
		if j, dup := names[r.Name]; dup {
			errs = append(errs, configErr(path+".Name", "duplicate rule name (also rules[%d])", j))
			continue
		}
		names[r.Name] = i
		if strings.ContainsAny(r.Name, "#/") {
			errs = append(errs, configErr(path+".Name", "must not contain '#' or '/' (they build state keys: \"rule/sub-pool\", \"rule#strategy\")"))
			continue
		}
		// compiled in place (a compiledRule is large), dropped on error
		t.rules = append(t.rules, compiledRule{})
		if err := t.compileRule(&t.rules[len(t.rules)-1], r, path); err != nil {
			t.rules = t.rules[:len(t.rules)-1]
			errs = append(errs, err)
			continue
		}
		t.sla = t.sla || r.AcceptWithin > 0
		if r.AcceptWithin < 0 {
			errs = append(errs, configErr(path+".AcceptWithin", "must not be negative, got %v", r.AcceptWithin))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if err := t.checkTeams(); err != nil {
		return nil, err
	}
	t.index = buildIndex(t.rules)
	return t, nil
}

func compileRep(r Rep, path string) (compiledRep, error) {
	var errs []error
	cr := compiledRep{Rep: r, loc: time.UTC, days: new(dayCache)}
	cr.Skills = maps.Clone(r.Skills)
	cr.Hours = slices.Clone(r.Hours)
	cr.OutOfOffice = slices.Clone(r.OutOfOffice)
	if r.TimeZone == "Local" {
		errs = append(errs, configErr(path+".TimeZone", "\"Local\" depends on the machine; name the zone (\"Europe/Paris\")"))
	} else if r.TimeZone != "" {
		loc, err := tz.Load(r.TimeZone)
		if err != nil {
			errs = append(errs, configErr(path+".TimeZone", "%w", err))
		} else {
			cr.loc = loc
		}
	}
	if r.Weight < 0 {
		errs = append(errs, configErr(path+".Weight", "must not be negative, got %d", r.Weight))
	}
	if r.DailyCap < 0 || r.WeeklyCap < 0 || r.MaxOpen < 0 {
		errs = append(errs, configErr(path, "caps must not be negative (DailyCap %d, WeeklyCap %d, MaxOpen %d)", r.DailyCap, r.WeeklyCap, r.MaxOpen))
	}
	for j, sh := range r.Hours {
		if sh.Day < time.Sunday || sh.Day > time.Saturday || sh.Start < 0 || sh.End > 24*time.Hour || sh.Start >= sh.End {
			errs = append(errs, configErr(fmt.Sprintf("%s.Hours[%d]", path, j), "invalid shift %v %v-%v", sh.Day, sh.Start, sh.End))
		}
	}
	for j, h := range r.Holidays {
		d, err := time.Parse(time.DateOnly, h)
		if err != nil {
			errs = append(errs, configErr(fmt.Sprintf("%s.Holidays[%d]", path, j), "want a date like 2026-12-25, got %q", h))
			continue
		}
		cr.holidays = append(cr.holidays, d.Unix()/86400)
	}
	slices.Sort(cr.holidays)
	cr.holidays = slices.Compact(cr.holidays)
	cr.Holidays = slices.Clone(r.Holidays)
	for j, p := range r.OutOfOffice {
		if !p.End.After(p.Start) {
			errs = append(errs, configErr(fmt.Sprintf("%s.OutOfOffice[%d]", path, j), "end %s is not after start %s", p.End.Format(time.RFC3339), p.Start.Format(time.RFC3339)))
		}
	}
	return cr, errors.Join(errs...)
}

func (t *table) compileRule(cr *compiledRule, r Rule, path string) error {
	var errs []error
	*cr = compiledRule{Rule: r, fallbackPrefix: "no rule decided: rule " + strconv.Quote(r.Name) + ": "}
	cr.Pool = slices.Clone(r.Pool)
	if r.Strategy == nil {
		errs = append(errs, configErr(path+".Strategy", "required"))
	}
	if sel, ok := r.Match.(Selector); ok {
		cr.selector = sel
	}
	if es, ok := r.Match.(ErrSelector); ok {
		cr.errSel = es
	}
	if em, ok := r.Match.(ErrMatcher); ok {
		cr.errM = em
	}
	if r.Match == nil {
		cr.conj = true
	} else if c, ok := r.Match.(Conjunction); ok && cr.selector == nil && cr.errSel == nil {
		if conds, ok := c.Conds(); ok {
			cc, err := compileConds(conds, path)
			if err != nil {
				errs = append(errs, err)
			}
			cr.conj, cr.conds = true, cc
		}
	}
	if len(r.Pools) > 0 && cr.selector == nil && cr.errSel == nil {
		errs = append(errs, configErr(path+".Pools", "sub-pools need a Selector matcher (such as a territory table)"))
	}
	for _, k := range slices.Sorted(maps.Keys(r.Skills)) {
		cr.skills = append(cr.skills, skillReq{name: k, level: r.Skills[k]})
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	key := r.Name
	if r.Team != "" {
		if strings.Contains(r.Team, "#") {
			return configErr(path+".Team", "must not contain '#' (it builds state keys)")
		}
		key = teamKeyPrefix + r.Team
		if len(cr.Pool) == 0 {
			for i := range t.reps {
				if t.reps[i].Team == r.Team {
					cr.Pool = append(cr.Pool, t.reps[i].ID)
				}
			}
			if len(cr.Pool) == 0 {
				return configErr(path+".Team", "no rep is in team %q (set Rep.Team, or list the team in Pool)", r.Team)
			}
		}
	}
	var err error
	cr.pool, err = t.buildPool(r, key, cr.Pool, path, "")
	if err != nil {
		errs = append(errs, err)
	}
	if len(r.Pools) > 0 {
		cr.pools = make(map[string]*pool, len(r.Pools))
		for _, k := range slices.Sorted(maps.Keys(r.Pools)) {
			if strings.Contains(k, "#") {
				errs = append(errs, configErr(fmt.Sprintf("%s.Pools[%q]", path, k), "sub-pool key must not contain '#' (reserved for strategies' state keys)"))
				continue
			}
			p, err := t.buildPool(r, r.Name+"/"+k, r.Pools[k], path, k)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			cr.pools[k] = p
		}
	}
	return errors.Join(errs...)
}

// applyTeams adds each team's holidays to its members' (in each member's
// own zone).
func (t *table) applyTeams(teams []Team) []error {
	var errs []error
	seen := map[string]bool{}
	for i, tm := range teams {
		path := fmt.Sprintf("teams[%d] %q", i, tm.Name)
		if tm.Name == "" {
			errs = append(errs, configErr(fmt.Sprintf("teams[%d].Name", i), "required"))
			continue
		}
		if seen[tm.Name] {
			errs = append(errs, configErr(path+".Name", "duplicate team"))
			continue
		}
		seen[tm.Name] = true
		days := make([]int64, 0, len(tm.Holidays))
		for j, h := range tm.Holidays {
			d, err := time.Parse(time.DateOnly, h)
			if err != nil {
				errs = append(errs, configErr(fmt.Sprintf("%s.Holidays[%d]", path, j), "want a date like 2026-12-25, got %q", h))
				continue
			}
			days = append(days, d.Unix()/86400)
		}
		members := 0
		for k := range t.reps {
			if cr := &t.reps[k]; cr.Team == tm.Name {
				members++
				cr.holidays = append(slices.Clip(cr.holidays), days...)
				slices.Sort(cr.holidays)
				cr.holidays = slices.Compact(cr.holidays)
			}
		}
		if members == 0 {
			errs = append(errs, configErr(path, "no rep is in team %q", tm.Name))
		}
	}
	return errs
}

// checkTeams requires the rules sharing a team to share its pool: a
// rotation is one list of people.
func (t *table) checkTeams() error {
	first := map[string]int{}
	var errs []error
	for i := range t.rules {
		r := &t.rules[i]
		if r.Team == "" {
			continue
		}
		j, seen := first[r.Team]
		if !seen {
			first[r.Team] = i
			continue
		}
		if !slices.Equal(r.pool.ids, t.rules[j].pool.ids) {
			errs = append(errs, configErr(fmt.Sprintf("rules[%d] %q.Pool", i, r.Name), "team %q has another pool in rule %q (%v, here %v): rules sharing a team share its rotation, so they list the same reps in the same order", r.Team, t.rules[j].Name, t.rules[j].pool.ids, r.pool.ids))
		}
	}
	return errors.Join(errs...)
}

// buildPool compiles one pool: the rule's at rulePath (`rules[0] "x"`)
// when sub is "", else its sub-pool sub.
func (t *table) buildPool(r Rule, key string, ids []string, rulePath, sub string) (*pool, error) {
	// path names the pool in errors (`rules[0] "x".Pool`), built when one
	// is reported.
	path := func() string {
		if sub == "" {
			return rulePath + ".Pool"
		}
		return fmt.Sprintf("%s.Pools[%q]", rulePath, sub)
	}
	var errs []error
	p := &pool{key: key, pos: make(map[string]int, len(ids)), strategy: r.Strategy,
		members: make([]int, 0, len(ids)), ids: make([]string, 0, len(ids)), reps: make([]*Rep, 0, len(ids))}
	for j, id := range ids {
		idx, ok := t.repIdx[id]
		if !ok {
			errs = append(errs, configErr(fmt.Sprintf("%s[%d]", path(), j), "unknown rep %q", id))
			continue
		}
		if _, dup := p.pos[id]; dup {
			errs = append(errs, configErr(fmt.Sprintf("%s[%d]", path(), j), "rep %q listed twice", id))
			continue
		}
		p.pos[id] = len(p.members)
		p.members = append(p.members, idx)
		p.ids = append(p.ids, id)
		p.reps = append(p.reps, &t.reps[idx].Rep)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if b, ok := r.Strategy.(Binder); ok {
		s, err := b.Bind(PoolInfo{Key: key, Rule: r.Name, Reps: p.reps, Strategy: r.Strategy})
		if err != nil {
			return nil, &ConfigError{Path: strings.TrimSuffix(path(), ".Pool") + ".Strategy", Err: err}
		}
		if s == nil {
			return nil, configErr(strings.TrimSuffix(path(), ".Pool")+".Strategy", "Bind returned nil")
		}
		p.strategy = s
	}
	p.roundRobin = isRoundRobin(p.strategy)
	return p, nil
}
