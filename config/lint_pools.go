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

// territories finds territories no lead can reach (LR106): unused ones,
// and, in a rule's territories table, those whose every claim an earlier
// territory of the table makes, or that the rule's other conditions
// exclude.
func (l *linter) territories() {
	bg := l.budget(l.checkBudget, fmt.Sprintf("checking %d territories", len(l.f.territories)), LintUnreachableTerritory)
	used := map[string]bool{}
	for i := range l.f.rules {
		r := &l.f.rules[i]
		for _, t := range r.territories {
			used[t.key] = true
		}
		if r.match != nil {
			for _, t := range r.match.territories {
				used[t.id] = true
			}
		}
	}
	for k := range l.f.territories {
		if t := &l.f.territories[k]; !used[t.name] {
			l.add(t.pos, LintUnreachableTerritory, nil, -1, "territory %q is used by no rule: no lead reaches it", t.name)
		}
	}
	for i := range l.f.rules {
		r := &l.f.rules[i]
		if len(r.territories) == 0 {
			continue
		}
		var others []*geoSet
		for _, c := range l.ruleConds(i) {
			if c.kind == dGeo && !c.table {
				others = append(others, c.geo)
			}
		}
		claimed := map[geoAtom]string{}
		for _, tr := range r.territories {
			as := l.territoryAtoms(tr.key)
			if !bg.spend(len(as)) {
				return
			}
			var by []string
			fresh := false
			for _, a := range as {
				if prev, ok := claimed[a]; ok {
					if prev != tr.key && !slices.Contains(by, prev) {
						by = append(by, prev)
					}
					continue
				}
				claimed[a] = tr.key
				fresh = true
			}
			if !fresh && len(by) > 0 {
				l.add(tr.pos, LintUnreachableTerritory, []int{i}, -1, "territory %q of rule %q: every place it claims is claimed first by %s in the same table; its sub-pool never gets a lead", tr.key, r.name, quoteAll(by))
				continue
			}
			if len(others) == 0 && !l.deciderBefore(i) {
				continue
			}
			tg := newGeoSet(as, l.bits)
			if l.territoryTaken(i, tr, tg, bg) {
				continue
			}
			if bg.done {
				return
			}
			if len(others) == 0 {
				continue
			}
			sets := append([]*geoSet{tg}, others...)
			if _, found, sure := geoWitness(sets, bg); !found {
				if bg.done {
					return
				}
				if !sure {
					continue
				}
				l.add(tr.pos, LintUnreachableTerritory, []int{i}, -1, "territory %q of rule %q lies outside the rule's other place conditions (match or when): its sub-pool never gets a lead", tr.key, r.name)
			}
		}
	}
}

// territoryTaken reports (LR106) a territory of rule j's table whose leads
// an earlier rule that always decides takes, all of them, and reports
// whether it did. A rule that never fires as a whole is reported by the
// pair checks instead.
func (l *linter) territoryTaken(j int, tr territoryRoute, tg *geoSet, bg *budget) bool {
	if l.dead != nil && l.dead[j] {
		return false
	}
	if !l.deciderBefore(j) {
		return false
	}
	var tconds []cond
	for _, c := range l.ruleConds(j) {
		if !c.table {
			tconds = append(tconds, c)
		}
	}
	tconds = append(tconds, cond{kind: dGeo, geo: tg, table: true})
	for _, i := range l.deciders {
		if i >= j {
			break
		}
		ri := &l.f.rules[i]
		if l.dead != nil && l.dead[i] {
			continue
		}
		if !bg.spend(costPair) {
			return false
		}
		if sig := l.placeSig(i); sig != nil && !sig.meets(tg) {
			continue
		}
		if !coveredBy(l.ruleConds(i), tconds, bg) {
			continue
		}
		rj, why := &l.f.rules[j], ri.alwaysDecides()
		f := l.add(tr.pos, LintUnreachableTerritory, []int{j, i}, -1, "territory %q of rule %q: earlier rule %q (line %d) takes every lead in it and always decides (%s); its sub-pool never gets a lead", tr.key, rj.name, ri.name, ri.line, why)
		if ex, ok := l.example(tconds, bg); ok && bg.spend(2*costVerify) && l.matches(i, ex) && l.matches(j, ex) {
			f.Example = ex
			f.Msg += fmt.Sprintf("; e.g. %s", leadString(ex))
		}
		return true
	}
	return false
}

// deciderBefore reports whether a rule before rule j always decides.
func (l *linter) deciderBefore(j int) bool {
	if l.deciders == nil {
		l.deciders = []int{}
		for i := range l.f.rules {
			if l.f.rules[i].alwaysDecides() != "" {
				l.deciders = append(l.deciders, i)
			}
		}
	}
	return len(l.deciders) > 0 && l.deciders[0] < j
}

func quoteAll(xs []string) string {
	q := make([]string, len(xs))
	for i, x := range xs {
		q[i] = fmt.Sprintf("%q", x)
	}
	return strings.Join(q, ", ")
}

// pools checks each rule's pools for reps that never qualify (LR104),
// pools nobody in can ever be eligible (LR105) and working-hours gaps
// (LR107).
func (l *linter) pools() {
	bg := l.budget(l.checkBudget, fmt.Sprintf("checking the pools of %d rules", len(l.f.rules)), LintRepNeverEligible, LintPoolNeverEligible, LintHoursGap)
	repIdx := map[string]int{}
	skillNames := map[string]bool{}
	for k := range l.f.reps {
		repIdx[l.f.reps[k].rep.ID] = k
		for s := range l.f.reps[k].rep.Skills {
			skillNames[strings.ToLower(s)] = true
		}
	}
	cover := l.weekCover()
	for i, pools := range l.comp.rulePools {
		r := &l.f.rules[i]
		if r.strategy != nil && r.strategy.typ == "queue" {
			continue
		}
		required := maps.Clone(r.skills)
		if r.strategy != nil && r.strategy.typ == "skill" {
			if required == nil {
				required = map[string]int{}
			}
			for s, lv := range r.strategy.required {
				required[s] = max(required[s], lv)
			}
		}
		var langs []string
		for _, c := range l.ruleConds(i) {
			if c.kind == dLanguage {
				langs = c.vals
				break
			}
		}
		if !slices.ContainsFunc(langs, func(s string) bool { return skillNames[s] }) {
			langs = nil // the file does not model these languages as skills
		}
		reqNames := slices.Sorted(maps.Keys(required))
		told := map[string]bool{}
		for _, key := range slices.Sorted(maps.Keys(pools)) {
			ids := pools[key]
			if !bg.spend(len(ids) * (1 + len(required) + len(langs))) {
				return
			}
			var eligible, why []string
			for _, id := range ids {
				rep := &l.f.reps[repIdx[id]].rep
				lack := lacking(rep, reqNames, required)
				if lack != "" && !told[id] {
					told[id] = true
					l.add(r.pos, LintRepNeverEligible, []int{i}, repIdx[id], "rep %q in rule %q's pool never qualifies: %s", id, r.name, lack)
				}
				if len(langs) > 0 && !speaks(rep, langs) && !told[id] {
					told[id] = true
					l.add(r.pos, LintRepNeverEligible, []int{i}, repIdx[id], "rep %q in rule %q's pool has none of the rule's languages (%s) as a skill, yet gets its leads", id, r.name, strings.Join(langs, ", "))
				}
				switch {
				case rep.Away:
					why = append(why, fmt.Sprintf("%s is away", id))
				case lack != "":
					why = append(why, fmt.Sprintf("%s %s", id, lack))
				default:
					eligible = append(eligible, id)
				}
			}
			if len(eligible) == 0 {
				if len(why) > 4 {
					why = append(why[:4:4], fmt.Sprintf("and %d more", len(why)-4))
				}
				l.add(r.pos, LintPoolNeverEligible, []int{i}, -1, "nobody in rule %q's pool%s can ever be eligible (%s); %s %s", r.name, subKey(key), strings.Join(why, "; "), r.whose(), r.then())
				continue
			}
			if r.workingHours {
				if !bg.spend(len(eligible) * slots) {
					return
				}
				l.hoursGaps(i, key, eligible, cover)
			}
		}
	}
}

// whose names the leads a rule's pool serves: all its leads, or with an
// account_owner strategy those without an available owner.
func (r *ruleSpec) whose() string {
	if r.strategy != nil && r.strategy.typ == "account_owner" {
		return "its leads without an available account owner"
	}
	return "its leads"
}

// then says where a rule's matching leads go when nobody is eligible.
func (r *ruleSpec) then() string {
	if r.overflow != "" {
		return fmt.Sprintf("overflow to queue %q", r.overflow)
	}
	return "fall through to the next rule"
}

// lacking describes the required skill levels (names sorted) the rep
// lacks, or "".
func lacking(rep *leadroute.Rep, names []string, required map[string]int) string {
	var out []string
	for _, s := range names {
		need := required[s]
		has, ok := rep.Skills[s]
		switch {
		case !ok && need > 0:
			out = append(out, fmt.Sprintf("lacks skill %s (level %d required)", s, need))
		case has < need:
			out = append(out, fmt.Sprintf("has %s level %d, below the %d required", s, has, need))
		}
	}
	return strings.Join(out, ", ")
}

// speaks reports whether the rep has one of the languages as a skill.
func speaks(rep *leadroute.Rep, langs []string) bool {
	for s, lv := range rep.Skills {
		if lv > 0 && slices.Contains(langs, strings.ToLower(s)) {
			return true
		}
	}
	return false
}

func subKey(k string) string {
	if k == "" {
		return ""
	}
	return fmt.Sprintf(" for territory %q", k)
}

// lintWeek is the reference week for working-hours checks.
var lintWeek = time.Date(2026, time.January, 5, 0, 0, 0, 0, time.UTC)

const (
	slotStep = 15 * time.Minute
	slots    = int(7 * 24 * time.Hour / slotStep)
)

// weekCover returns a function giving each rep's working slots of the
// reference week, computed once per rep.
func (l *linter) weekCover() func(id string) []bool {
	reps := map[string]*leadroute.Rep{}
	for i := range l.comp.reps {
		reps[l.comp.reps[i].ID] = &l.comp.reps[i]
	}
	locs := map[string]*time.Location{}
	cover := map[string][]bool{}
	return func(id string) []bool {
		if c, ok := cover[id]; ok {
			return c
		}
		c := make([]bool, slots)
		if rep := reps[id]; rep != nil {
			z, ok := locs[rep.TimeZone]
			if !ok {
				var err error
				if z, err = time.LoadLocation(rep.TimeZone); err != nil {
					z = time.UTC // validated at load: not reached
				}
				locs[rep.TimeZone] = z
			}
			for i := range c {
				c[i] = rep.Hours.Contains(lintWeek.Add(time.Duration(i) * slotStep).In(z))
			}
		}
		cover[id] = c
		return c
	}
}

func (l *linter) hoursGaps(i int, key string, ids []string, repCover func(string) []bool) {
	r := &l.f.rules[i]
	covered := make([]bool, slots)
	for _, id := range ids {
		for s, ok := range repCover(id) {
			covered[s] = covered[s] || ok
		}
	}
	first := slices.Index(covered, true)
	if first < 0 {
		l.add(r.pos, LintPoolNeverEligible, []int{i}, -1, "nobody in rule %q's pool%s is ever inside working hours; %s %s", r.name, subKey(key), r.whose(), r.then())
		return
	}
	var gaps []string
	// Scan the week cyclically from a covered slot, so that a gap across
	// the week's end (the weekend) is reported whole.
	for k := 0; k < slots; k++ {
		s := (first + k) % slots
		if covered[s] {
			continue
		}
		j := k
		for j < slots && !covered[(first+j)%slots] {
			j++
		}
		from := lintWeek.Add(time.Duration(s) * slotStep)
		to := lintWeek.Add(time.Duration((first+j)%slots) * slotStep)
		gaps = append(gaps, from.Format("Mon 15:04")+"-"+endClock(from, to))
		k = j
	}
	if len(gaps) == 0 {
		return
	}
	shown := gaps
	if len(shown) > 4 {
		shown = append(shown[:4:4], fmt.Sprintf("and %d more", len(gaps)-4))
	}
	l.add(r.pos, LintHoursGap, []int{i}, -1, "rule %q requires working hours, but its pool%s has nobody working %s (UTC); leads then %s", r.name, subKey(key), strings.Join(shown, ", "), r.then())
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

// unused finds reps (LR108) and named pools (LR109) nothing uses.
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
	for k, rs := range l.f.reps {
		if rs.rep.ID != "" && !used[rs.rep.ID] {
			l.add(rs.fields["id"], LintUnusedRep, nil, k, "rep %q is in no rule's pool, owns no account and backs up nobody: no lead can reach them", rs.rep.ID)
		}
	}
	for _, p := range l.f.pools {
		if !usedPool[p.name] {
			l.add(p.pos, LintUnusedPool, nil, -1, "pool %q is used by no rule", p.name)
		}
	}
}

// caps finds caps that can never bind (LR110).
func (l *linter) caps() {
	for k, rs := range l.f.reps {
		r := rs.rep
		if r.DailyCap <= 0 || r.WeeklyCap <= 0 {
			continue
		}
		if r.DailyCap >= r.WeeklyCap {
			l.add(rs.fields["daily_cap"], LintCapUnreachable, nil, k, "rep %q: daily_cap %d can never be reached: weekly_cap %d binds first", r.ID, r.DailyCap, r.WeeklyCap)
		}
		days := 7
		if len(r.Hours) > 0 {
			seen := map[time.Weekday]bool{}
			for _, s := range r.Hours {
				seen[s.Day] = true
			}
			days = len(seen)
		}
		if r.WeeklyCap > r.DailyCap*days {
			l.add(rs.fields["weekly_cap"], LintCapUnreachable, nil, k, "rep %q: weekly_cap %d can never be reached: daily_cap %d × %d working days is %d", r.ID, r.WeeklyCap, r.DailyCap, days, r.DailyCap*days)
		}
	}
}
