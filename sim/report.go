package sim

import (
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/leadroute/leadroute"
)

// Report is the outcome of a simulation. It is plain data with JSON tags
// (the CLI's --json output). Its methods only read it, so a Report may be
// read and rendered from many goroutines at once; it is not safe to modify
// concurrently.
type Report struct {
	// Leads is how many leads were routed.
	Leads int `json:"leads"`
	// Start and End are the virtual times of the first and last lead.
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
	// TimeZone names the zone of Days and of the hours in Gaps.
	TimeZone string `json:"time_zone"`

	// Assigned leads went to a rep; Queued leads to a queue (including the
	// fallback queue). Assigned + Queued == Leads.
	Assigned int `json:"assigned"`
	Queued   int `json:"queued"`
	// Fallback leads went to the fallback queue because no rule decided;
	// FallbackRate is Fallback / Leads.
	Fallback     int     `json:"fallback"`
	FallbackRate float64 `json:"fallback_rate"`
	// Errors counts Route calls that returned an error (the lead still
	// went to the fallback queue); ErrorSamples keeps the first few.
	Errors       int      `json:"errors"`
	ErrorSamples []string `json:"error_samples,omitempty"`

	// WorkTime is how long each assigned lead stayed open before the
	// simulation released it (Options.WorkTime); negative when leads were
	// never released. In JSON, nanoseconds.
	WorkTime time.Duration `json:"work_time"`

	// Reps has one entry per rep that was assigned, skipped or listed in
	// Options.Reps, by ID.
	Reps []RepStats `json:"reps"`
	// Measured counts the assigned leads that fairness is measured on:
	// those assigned by pools whose strategy states an expected split
	// (see PoolStats.Expectation). The others are not compared with
	// anything.
	Measured int `json:"measured"`
	// Fairness compares the reps' leads with what their pools' strategies
	// would give them (see RepStats.Expected).
	Fairness Fairness `json:"fairness"`
	// Pools has one entry per rotation (a rule's pool, or a sub-pool
	// "rule/key") that leads reached, in rule order.
	Pools []PoolStats `json:"pools"`
	// Rules has one entry per rule, in rule order.
	Rules []RuleStats `json:"rules"`
	// Queues has one entry per queue that got leads, biggest first.
	Queues []QueueStats `json:"queues"`
	// Gaps lists the hours of the week in which a rule matched leads but
	// nobody in its pool was eligible, by rule, pool and hour.
	Gaps []Gap `json:"coverage_gaps"`
	// Problems aggregates what was wrong with the leads; LeadsWithProblems
	// counts the leads that had at least one.
	Problems          []ProblemStats `json:"problems"`
	LeadsWithProblems int            `json:"leads_with_problems"`
	// Days counts leads per day (in TimeZone), per rep and queued.
	Days []DayStats `json:"days"`

	// StatusChanges counts the live status events applied
	// (Options.Events); a rejected one is counted in Errors.
	StatusChanges int `json:"status_changes,omitempty"`
	// SLA is how the accept deadlines went (rules with AcceptWithin);
	// nil when no lead was assigned under one.
	SLA *SLA `json:"sla,omitempty"`

	// MissingTime counts leads without a CreatedAt; OutOfOrder leads whose
	// CreatedAt was before the previous lead's; DuplicateIDs leads whose ID
	// was seen before (the router treats a repeated ID as the same lead for
	// its counters).
	MissingTime  int `json:"missing_time,omitempty"`
	OutOfOrder   int `json:"out_of_order,omitempty"`
	DuplicateIDs int `json:"duplicate_ids,omitempty"`
}

// RepStats is one rep's share of the leads.
type RepStats struct {
	ID string `json:"id"`
	// Leads is how many leads the rep got; Share is Leads / Report.Assigned.
	Leads int     `json:"leads"`
	Share float64 `json:"share"`
	// Measured counts the rep's leads from pools whose strategy states an
	// expected split (leadroute.Expecter). Expected is how many leads of
	// those pools the rep would have got had each pool split its leads
	// exactly as its strategy expects (evenly, by Rep.Weight, by
	// capacity). ExpectedShare is Expected / Report.Assigned, and Ratio is
	// Measured / Expected (1 = exactly the expected share; 0 when nothing
	// was expected). Hours, time off, live status and caps are what
	// usually move Ratio away from 1.
	Measured      int     `json:"measured"`
	Expected      float64 `json:"expected"`
	ExpectedShare float64 `json:"expected_share"`
	Ratio         float64 `json:"ratio"`
	// Weight is the rep's weight as known to the simulation (1 if unknown).
	Weight int `json:"weight"`
	// ByRule counts the rep's leads per rule.
	ByRule map[string]int `json:"by_rule,omitempty"`
	// StatusChanges counts the live status events applied to the rep.
	StatusChanges int `json:"status_changes,omitempty"`
	// Skipped counts how often the rep was passed over, by reason
	// ("outside working hours", "out of office", "daily cap reached", ...).
	Skipped map[string]int `json:"skipped,omitempty"`
}

// Ratio is a ratio that may be infinite (a max/min ratio whose minimum is
// zero). It encodes to JSON as a number, or null when infinite.
type Ratio float64

// MarshalJSON encodes an infinite or NaN ratio as null.
func (r Ratio) MarshalJSON() ([]byte, error) {
	f := float64(r)
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return []byte("null"), nil
	}
	return json.Marshal(f)
}

// UnmarshalJSON decodes null as +Inf.
func (r *Ratio) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*r = Ratio(math.Inf(1))
		return nil
	}
	var f float64
	if err := json.Unmarshal(b, &f); err != nil {
		return err
	}
	*r = Ratio(f)
	return nil
}

// String formats the ratio with two decimals, or "∞".
func (r Ratio) String() string {
	if math.IsInf(float64(r), 0) {
		return "∞"
	}
	return strconv.FormatFloat(float64(r), 'f', 2, 64)
}

// Fairness measures how evenly leads were spread, relative to what each
// rep was expected to get (RepStats.Ratio), over the reps that were
// expected to get any.
type Fairness struct {
	// MaxMin is the highest Ratio over the lowest (1 = perfectly fair;
	// infinite when an expected rep got nothing). MaxRep and MinRep name
	// the reps.
	MaxMin Ratio  `json:"max_min"`
	MaxRep string `json:"max_rep,omitempty"`
	MinRep string `json:"min_rep,omitempty"`
	// Gini is the Gini coefficient of the Ratios: 0 when every rep got
	// exactly their expected share, towards 1 as leads concentrate.
	Gini float64 `json:"gini"`
}

// PoolStats is one rotation's distribution.
type PoolStats struct {
	// Key is the pool's state key: the rule name, or "rule/key".
	Key  string `json:"key"`
	Rule string `json:"rule"`
	// Strategy names the pool's strategy (its String method; "custom"
	// without one, "unknown" when the simulation does not know it).
	Strategy string `json:"strategy"`
	// Expectation says how the strategy expects to split the pool's leads
	// ("even", "by weight", "by capacity"), or, when HasExpectation is
	// false, why it has no fixed expectation: see leadroute.Expectation.
	Expectation    string `json:"expectation"`
	HasExpectation bool   `json:"has_expectation"`
	// Weighted reports whether the expected split is by weight.
	Weighted bool `json:"weighted"`
	// Leads is how many leads the pool assigned.
	Leads int `json:"leads"`
	// Reps are the pool's members (as the router reports them, or as seen
	// in its traces) and their leads from this pool.
	Reps []PoolRep `json:"reps"`
	// Fairness compares each member's leads with their expected share of
	// the pool's leads; zero when the pool has no fixed expectation.
	Fairness Fairness `json:"fairness"`
	// MatchedByHour counts the leads that reached this pool (its rule
	// matched them) per hour of the week, Monday 00:00-01:00 first.
	MatchedByHour [168]int `json:"matched_by_hour"`
}

// PoolRep is one member of a pool.
type PoolRep struct {
	ID     string  `json:"id"`
	Weight int     `json:"weight"`
	Leads  int     `json:"leads"`
	Share  float64 `json:"share"`
	// ExpectedShare is the share of the pool's leads the strategy expects
	// the rep to get (0 when the pool has no fixed expectation).
	ExpectedShare float64 `json:"expected_share"`
}

// RuleStats counts what one rule did.
type RuleStats struct {
	Name string `json:"name"`
	// Matched counts leads the rule was tried on and matched.
	Matched int `json:"matched"`
	// Assigned counts leads it gave to a rep; Queued leads it sent to a
	// queue (its strategy's queue or its overflow queue); Overflow, among
	// Queued, leads that overflowed because nobody was eligible.
	Assigned int `json:"assigned"`
	Queued   int `json:"queued"`
	Overflow int `json:"overflow"`
	// FellThrough counts leads it matched with nobody eligible and passed
	// on to the next rule.
	FellThrough int `json:"fell_through"`
	// MatchErrors counts leads on which its matcher failed.
	MatchErrors int `json:"match_errors,omitempty"`
	// MatchedByHour counts matched leads per hour of the week in
	// Report.TimeZone, Monday 00:00-01:00 first.
	MatchedByHour [168]int `json:"matched_by_hour"`
}

// QueueStats counts the leads one queue got and why.
type QueueStats struct {
	Queue   string        `json:"queue"`
	Leads   int           `json:"leads"`
	Reasons []ReasonCount `json:"reasons"`
}

// ReasonCount is how many leads went to a queue by one rule for one reason
// (Rule is empty for the fallback: no rule decided).
type ReasonCount struct {
	Rule   string `json:"rule,omitempty"`
	Reason string `json:"reason"`
	Leads  int    `json:"leads"`
}

// Gap is one hour of the week (in Report.TimeZone) in which a rule matched
// leads but had nobody eligible.
type Gap struct {
	Rule string `json:"rule"`
	// Pool is the pool that had nobody: the rule name, or "rule/key" for a
	// sub-pool.
	Pool string `json:"pool"`
	// Day is the weekday ("Mon") and Hour the hour (0-23) of the bucket;
	// Weekday is Day as a number (Sunday = 0).
	Day     string       `json:"day"`
	Weekday time.Weekday `json:"weekday"`
	Hour    int          `json:"hour"`
	// Leads is how many leads met the gap; Overflowed of them went to the
	// rule's overflow queue, the others fell through to later rules.
	Leads      int `json:"leads"`
	Overflowed int `json:"overflowed"`
	// Why counts the pool's reps skipped in the gap, by reason.
	Why map[string]int `json:"why,omitempty"`
}

// ProblemStats is one kind of lead problem (a field and what was wrong).
type ProblemStats struct {
	// Field is the Lead field ("Email", "Country"), empty for problems not
	// about one field (matcher errors).
	Field   string `json:"field,omitempty"`
	Problem string `json:"problem"`
	Leads   int    `json:"leads"`
	// Examples are up to three distinct offending values.
	Examples []string `json:"examples,omitempty"`
}

// DayStats counts one day's leads.
type DayStats struct {
	Date   string         `json:"date"` // 2006-01-02
	Leads  int            `json:"leads"`
	Queued int            `json:"queued"`
	ByRep  map[string]int `json:"by_rep,omitempty"`
}

// Rep returns the stats of the rep with the given ID, and whether it is in
// the report.
func (r *Report) Rep(id string) (RepStats, bool) {
	for _, s := range r.Reps {
		if s.ID == id {
			return s, true
		}
	}
	return RepStats{}, false
}

// Rule returns the stats of the named rule, and whether it is in the
// report.
func (r *Report) Rule(name string) (RuleStats, bool) {
	for _, s := range r.Rules {
		if s.Name == name {
			return s, true
		}
	}
	return RuleStats{}, false
}

// Queue returns how many leads the named queue got.
func (r *Report) Queue(name string) int {
	for _, q := range r.Queues {
		if q.Queue == name {
			return q.Leads
		}
	}
	return 0
}

// Counts returns leads per rep ID, for asserting a distribution.
func (r *Report) Counts() map[string]int {
	m := make(map[string]int, len(r.Reps))
	for _, s := range r.Reps {
		m[s.ID] = s.Leads
	}
	return m
}

// accum gathers a report while leads are routed.
type accum struct {
	rep      Report
	loc      *time.Location
	maxErr   int
	ruleIdx  map[string]int
	reps     map[string]*RepStats
	weights  map[string]int
	repDefs  map[string]leadroute.Rep
	pools    map[string]*poolAcc
	poolKeys []string
	queues   map[string]map[ReasonCount]int
	gaps     map[gapKey]*Gap
	probs    map[[2]string]*ProblemStats
	days     map[string]*DayStats
	dayOrder []string
	ids      map[string]struct{}
}

type poolAcc struct {
	key, rule string
	strategy  leadroute.Strategy // nil: unknown
	known     bool               // members from Router.Pools, not traces
	members   []string
	member    map[string]bool
	leads     map[string]int
	total     int
	matched   [168]int
}

type gapKey struct {
	pool string
	how  int // weekday*24 + hour
}

// poolLister is the optional Router method the report uses to learn pools
// and weights; without it, pools are learnt from traces.
type poolLister interface {
	Pools() []leadroute.PoolInfo
}

func newAccum(opts Options, r *leadroute.Router) *accum {
	a := &accum{
		loc:     opts.Location,
		maxErr:  opts.MaxErrors,
		ruleIdx: map[string]int{},
		reps:    map[string]*RepStats{},
		weights: map[string]int{},
		repDefs: map[string]leadroute.Rep{},
		pools:   map[string]*poolAcc{},
		queues:  map[string]map[ReasonCount]int{},
		gaps:    map[gapKey]*Gap{},
		probs:   map[[2]string]*ProblemStats{},
		days:    map[string]*DayStats{},
		ids:     map[string]struct{}{},
	}
	a.rep.TimeZone = opts.Location.String()
	a.rep.WorkTime = opts.WorkTime
	for i, name := range r.Rules() {
		a.ruleIdx[name] = i
		a.rep.Rules = append(a.rep.Rules, RuleStats{Name: name})
	}
	for _, rp := range opts.Reps {
		a.repStats(rp.ID)
		a.weights[rp.ID] = max(rp.Weight, 1)
		a.repDefs[rp.ID] = rp
	}
	for _, rule := range opts.Rules {
		add := func(key string, ids []string) {
			p := a.pool(key, rule.Name)
			p.known, p.strategy = true, rule.Strategy
			for _, id := range ids {
				p.addMember(id)
			}
		}
		if len(rule.Pool) > 0 {
			add(rule.Name, rule.Pool)
		}
		for _, k := range slices.Sorted(maps.Keys(rule.Pools)) {
			add(rule.Name+"/"+k, rule.Pools[k])
		}
	}
	if pl, ok := any(r).(poolLister); ok {
		for _, pi := range pl.Pools() {
			p := a.pool(pi.Key, pi.Rule)
			p.known, p.strategy = true, pi.Strategy
			for _, rp := range pi.Reps {
				a.weights[rp.ID] = max(rp.Weight, 1)
				a.repDefs[rp.ID] = *rp
				p.addMember(rp.ID)
			}
		}
	}
	return a
}

func (a *accum) repStats(id string) *RepStats {
	s := a.reps[id]
	if s == nil {
		s = &RepStats{ID: id}
		a.reps[id] = s
	}
	return s
}

func (a *accum) pool(key, rule string) *poolAcc {
	p := a.pools[key]
	if p == nil {
		p = &poolAcc{key: key, rule: rule, member: map[string]bool{}, leads: map[string]int{}}
		a.pools[key] = p
		a.poolKeys = append(a.poolKeys, key)
	}
	return p
}

func (p *poolAcc) addMember(id string) {
	if !p.member[id] {
		p.member[id] = true
		p.members = append(p.members, id)
	}
}

func (a *accum) rule(name string) *RuleStats {
	i, ok := a.ruleIdx[name]
	if !ok {
		i = len(a.rep.Rules)
		a.ruleIdx[name] = i
		a.rep.Rules = append(a.rep.Rules, RuleStats{Name: name})
	}
	return &a.rep.Rules[i]
}

// add records one decision made at virtual time t.
func (a *accum) add(l leadroute.Lead, t time.Time, d leadroute.Decision, err error) {
	r := &a.rep
	if r.Leads == 0 || t.Before(r.Start) {
		r.Start = t
	}
	if t.After(r.End) {
		r.End = t
	}
	r.Leads++
	if l.ID != "" {
		if _, dup := a.ids[l.ID]; dup {
			r.DuplicateIDs++
		} else {
			a.ids[l.ID] = struct{}{}
		}
	}
	if err != nil {
		r.Errors++
		if len(r.ErrorSamples) < a.maxErr {
			r.ErrorSamples = append(r.ErrorSamples, l.ID+": "+err.Error())
		}
	}
	lt := t.In(a.loc)
	date := lt.Format(time.DateOnly)
	day := a.days[date]
	if day == nil {
		day = &DayStats{Date: date, ByRep: map[string]int{}}
		a.days[date] = day
		a.dayOrder = append(a.dayOrder, date)
	}
	day.Leads++
	how := (int(lt.Weekday())+6)%7*24 + lt.Hour() // Monday 00h = 0

	// Walk the trace: matches, skips, gaps, pools.
	var (
		poolKey  = map[string]string{} // rule → pool key matched
		skips    map[string]int        // skip reasons in the current rule
		curRule  string
		gapRules []string
		gapWhy   = map[string]map[string]int{}
	)
	for _, st := range d.Trace {
		switch st.Event {
		case leadroute.EventMatched:
			rs := a.rule(st.Rule)
			rs.Matched++
			rs.MatchedByHour[how]++
			key := st.Rule
			if k, ok := strings.CutPrefix(st.Reason, "pool "); ok {
				key = k
			}
			poolKey[st.Rule] = key
			a.pool(key, st.Rule).matched[how]++
			curRule, skips = st.Rule, map[string]int{}
		case leadroute.EventMatchError:
			a.rule(st.Rule).MatchErrors++
		case leadroute.EventRepSkipped:
			rs := a.repStats(st.Rep)
			if rs.Skipped == nil {
				rs.Skipped = map[string]int{}
			}
			rs.Skipped[st.Skip.String()]++
			if st.Rule == curRule && skips != nil {
				skips[st.Skip.String()]++
			}
			if key, ok := poolKey[st.Rule]; ok && st.Skip != leadroute.SkipUnknown {
				p := a.pool(key, st.Rule)
				if !p.known {
					p.addMember(st.Rep)
				}
			}
		case leadroute.EventNoEligible:
			gapRules = append(gapRules, st.Rule)
			if st.Rule == curRule {
				gapWhy[st.Rule] = skips
			}
			if st.Rule != d.Rule {
				a.rule(st.Rule).FellThrough++
			}
		}
	}
	for _, rule := range gapRules {
		pk := rule
		if k, ok := poolKey[rule]; ok {
			pk = k
		}
		k := gapKey{pk, how}
		g := a.gaps[k]
		if g == nil {
			g = &Gap{Rule: rule, Pool: pk, Day: lt.Weekday().String()[:3], Weekday: lt.Weekday(), Hour: lt.Hour(), Why: map[string]int{}}
			a.gaps[k] = g
		}
		g.Leads++
		if rule == d.Rule && d.Queue != "" {
			g.Overflowed++
		}
		for why, n := range gapWhy[rule] {
			g.Why[why] += n
		}
	}

	if d.RepID != "" {
		r.Assigned++
		rs := a.repStats(d.RepID)
		rs.Leads++
		if rs.ByRule == nil {
			rs.ByRule = map[string]int{}
		}
		rs.ByRule[d.Rule]++
		day.ByRep[d.RepID]++
		rule := a.rule(d.Rule)
		rule.Assigned++
		key := d.Rule
		if k, ok := poolKey[d.Rule]; ok {
			key = k
		}
		p := a.pool(key, d.Rule)
		if !p.known {
			p.addMember(d.RepID)
		}
		if p.member[d.RepID] {
			// Picks outside a known pool (an account owner, say) are not
			// part of the pool's fair share.
			p.leads[d.RepID]++
			p.total++
		}
	} else {
		r.Queued++
		day.Queued++
		if d.Rule == "" {
			r.Fallback++
		} else {
			rule := a.rule(d.Rule)
			rule.Queued++
			if strings.HasPrefix(d.Reason, "overflow") {
				rule.Overflow++
			}
		}
		q := a.queues[d.Queue]
		if q == nil {
			q = map[ReasonCount]int{}
			a.queues[d.Queue] = q
		}
		q[ReasonCount{Rule: d.Rule, Reason: d.Reason}]++
	}

	if len(d.Problems) > 0 {
		r.LeadsWithProblems++
		for _, p := range d.Problems {
			fieldName, value, msg := splitProblem(p)
			k := [2]string{fieldName, msg}
			ps := a.probs[k]
			if ps == nil {
				ps = &ProblemStats{Field: fieldName, Problem: msg}
				a.probs[k] = ps
			}
			ps.Leads++
			if value != "" && len(ps.Examples) < 3 && !slices.Contains(ps.Examples, value) {
				ps.Examples = append(ps.Examples, value)
			}
		}
	}
}

// splitProblem splits `Country "Narnia": not a known country` into field,
// value and message; other problems are returned whole as the message.
func splitProblem(p string) (fieldName, value, msg string) {
	sp := strings.IndexByte(p, ' ')
	if sp <= 0 || sp+1 >= len(p) || p[sp+1] != '"' {
		return "", "", p
	}
	fieldName = p[:sp]
	for _, r := range fieldName {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
			return "", "", p
		}
	}
	rest := p[sp+1:]
	q, err := strconv.QuotedPrefix(rest)
	if err != nil || !strings.HasPrefix(rest[len(q):], ": ") {
		return "", "", p
	}
	value, _ = strconv.Unquote(q)
	return fieldName, value, rest[len(q)+2:]
}

// finish computes shares, expectations and fairness, and sorts.
func (a *accum) finish() *Report {
	r := &a.rep
	if r.Leads > 0 {
		r.FallbackRate = float64(r.Fallback) / float64(r.Leads)
	}
	weight := func(id string) int {
		if w, ok := a.weights[id]; ok {
			return w
		}
		return 1
	}
	// Pools and expectations.
	expected := map[string]float64{}
	measured := map[string]int{}
	slices.SortStableFunc(a.poolKeys, func(x, y string) int {
		return a.ruleIdx[a.pools[x].rule] - a.ruleIdx[a.pools[y].rule]
	})
	for _, key := range a.poolKeys {
		p := a.pools[key]
		if len(p.members) == 0 || (p.total == 0 && p.matched == [168]int{}) {
			continue
		}
		ps := PoolStats{Key: p.key, Rule: p.rule, Leads: p.total, MatchedByHour: p.matched}
		e := a.expectation(p)
		ps.Strategy, ps.Expectation = strategyName(p.strategy), e.Basis
		ps.HasExpectation = e.Shares != nil
		ps.Weighted = e.Shares != nil && e.Basis == "by weight"
		var ids []string
		var xs []float64
		for i, id := range p.members {
			n := p.leads[id]
			share := 0.0
			if p.total > 0 {
				share = float64(n) / float64(p.total)
			}
			pr := PoolRep{ID: id, Weight: weight(id), Leads: n, Share: share}
			if e.Shares != nil {
				pr.ExpectedShare = e.Shares[i]
				measured[id] += n
				r.Measured += n
				if x := float64(p.total) * e.Shares[i]; x > 0 {
					expected[id] += x
					ids = append(ids, id)
					xs = append(xs, float64(n)/x)
				}
			}
			ps.Reps = append(ps.Reps, pr)
		}
		if p.total > 0 && len(xs) > 0 {
			ps.Fairness = fairness(ids, xs)
		}
		r.Pools = append(r.Pools, ps)
	}
	// Reps.
	var ids []string
	var ratios []float64
	for _, id := range slices.Sorted(maps.Keys(a.reps)) {
		s := a.reps[id]
		s.Weight = weight(id)
		if r.Assigned > 0 {
			s.Share = float64(s.Leads) / float64(r.Assigned)
		}
		s.Expected = expected[id]
		s.Measured = measured[id]
		if s.Expected > 0 {
			s.ExpectedShare = s.Expected / float64(r.Assigned)
			s.Ratio = float64(s.Measured) / s.Expected
			ids = append(ids, id)
			ratios = append(ratios, s.Ratio)
		}
		r.Reps = append(r.Reps, *s)
	}
	r.Fairness = fairness(ids, ratios)
	// Queues, biggest first.
	for name, reasons := range a.queues {
		q := QueueStats{Queue: name}
		for rc, n := range reasons {
			rc.Leads = n
			q.Leads += n
			q.Reasons = append(q.Reasons, rc)
		}
		slices.SortFunc(q.Reasons, func(x, y ReasonCount) int {
			if x.Leads != y.Leads {
				return y.Leads - x.Leads
			}
			if c := strings.Compare(x.Rule, y.Rule); c != 0 {
				return c
			}
			return strings.Compare(x.Reason, y.Reason)
		})
		r.Queues = append(r.Queues, q)
	}
	slices.SortFunc(r.Queues, func(x, y QueueStats) int {
		if x.Leads != y.Leads {
			return y.Leads - x.Leads
		}
		return strings.Compare(x.Queue, y.Queue)
	})
	// Gaps by rule order, then hour of the week (Monday first).
	for _, g := range a.gaps {
		if len(g.Why) == 0 {
			g.Why = nil
		}
		r.Gaps = append(r.Gaps, *g)
	}
	slices.SortFunc(r.Gaps, func(x, y Gap) int {
		if c := a.ruleIdx[x.Rule] - a.ruleIdx[y.Rule]; c != 0 {
			return c
		}
		if c := strings.Compare(x.Pool, y.Pool); c != 0 {
			return c
		}
		return weekHour(x) - weekHour(y)
	})
	// Problems, most frequent first.
	for _, p := range a.probs {
		r.Problems = append(r.Problems, *p)
	}
	slices.SortFunc(r.Problems, func(x, y ProblemStats) int {
		if x.Leads != y.Leads {
			return y.Leads - x.Leads
		}
		if c := strings.Compare(x.Field, y.Field); c != 0 {
			return c
		}
		return strings.Compare(x.Problem, y.Problem)
	})
	slices.Sort(a.dayOrder)
	for _, date := range a.dayOrder {
		d := a.days[date]
		if len(d.ByRep) == 0 {
			d.ByRep = nil
		}
		r.Days = append(r.Days, *d)
	}
	if r.Reps == nil {
		r.Reps = []RepStats{}
	}
	return r
}

// expectation asks the pool's strategy for its expected split over the
// pool's members (leadroute.Expecter). The shares follow p.members.
func (a *accum) expectation(p *poolAcc) leadroute.Expectation {
	if p.strategy == nil {
		return leadroute.Expectation{Basis: "the simulation does not know the strategy"}
	}
	pi := leadroute.PoolInfo{Key: p.key, Rule: p.rule, Strategy: p.strategy, Reps: make([]*leadroute.Rep, len(p.members))}
	for i, id := range p.members {
		rp, ok := a.repDefs[id]
		if !ok {
			rp = leadroute.Rep{ID: id, Weight: a.weights[id]}
		}
		pi.Reps[i] = &rp
	}
	e := leadroute.ExpectationOf(p.strategy, pi)
	if e.Shares != nil && len(e.Shares) != len(p.members) {
		return leadroute.Expectation{Basis: fmt.Sprintf("the strategy gave %d shares for %d reps", len(e.Shares), len(p.members))}
	}
	return e
}

// strategyName names a strategy by its String method.
func strategyName(s leadroute.Strategy) string {
	if s == nil {
		return "unknown"
	}
	if st, ok := s.(fmt.Stringer); ok {
		return st.String()
	}
	return "custom"
}

// weekHour orders gap buckets Monday 00h first.
func weekHour(g Gap) int { return (int(g.Weekday)+6)%7*24 + g.Hour }

// fairness computes max/min and Gini over xs (one value per id).
func fairness(ids []string, xs []float64) Fairness {
	var f Fairness
	if len(xs) == 0 {
		return f
	}
	hi, lo := 0, 0
	for i, x := range xs {
		if x > xs[hi] {
			hi = i
		}
		if x < xs[lo] {
			lo = i
		}
	}
	f.MaxRep, f.MinRep = ids[hi], ids[lo]
	switch {
	case xs[hi] == 0:
		f.MaxMin = 1
	case xs[lo] == 0:
		f.MaxMin = Ratio(math.Inf(1))
	default:
		f.MaxMin = Ratio(xs[hi] / xs[lo])
	}
	f.Gini = Gini(xs)
	return f
}

// Gini returns the Gini coefficient of non-negative values: 0 when all are
// equal, (n-1)/n when one holds everything. It is safe for concurrent use
// and does not modify xs.
func Gini(xs []float64) float64 {
	n := len(xs)
	if n == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	var sum, weighted float64
	for i, x := range s {
		sum += x
		weighted += float64(i+1) * x
	}
	if sum == 0 {
		return 0
	}
	return 2*weighted/(float64(n)*sum) - float64(n+1)/float64(n)
}
