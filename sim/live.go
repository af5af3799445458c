package sim

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/leadroute/leadroute"
)

// StatusEvent is a live status change replayed by the simulation: at At
// on the virtual clock it calls Router.SetStatus(Rep, Status). A zero
// Status puts the rep back as configured.
type StatusEvent struct {
	At     time.Time
	Rep    string
	Status leadroute.Status
}

// statusEventJSON is a StatusEvent's JSON Lines form.
type statusEventJSON struct {
	At      *time.Time `json:"at"`
	Rep     string     `json:"rep"`
	Away    bool       `json:"away,omitempty"`
	MaxOpen int        `json:"max_open,omitempty"`
	Until   *time.Time `json:"until,omitempty"`
}

// ReadEvents reads status events from JSON Lines, one object per line
// (blank lines are skipped):
//
//	{"at": "2026-03-02T12:00:00Z", "rep": "ana", "away": true, "until": "2026-03-02T13:00:00Z"}
//	{"at": "2026-03-03T09:00:00Z", "rep": "ben", "max_open": 2}
//	{"at": "2026-03-03T17:00:00Z", "rep": "ben"}
//
// "at" (RFC 3339) and "rep" are required; "away", "max_open" and "until"
// are the fields of leadroute.Status, and a line with none of them puts
// the rep back as configured. Unknown keys are errors. An error is an
// [*InputError] naming the line. The events are returned in file order.
func ReadEvents(r io.Reader) ([]StatusEvent, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxLine)
	var out []StatusEvent
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var j statusEventJSON
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		err := dec.Decode(&j)
		switch {
		case err != nil:
		case dec.More():
			err = errors.New("more than one JSON value on the line")
		case j.At == nil:
			err = errors.New(`"at" is required`)
		case j.Rep == "":
			err = errors.New(`"rep" is required`)
		case j.MaxOpen < 0:
			err = fmt.Errorf(`"max_open" %d is negative`, j.MaxOpen)
		}
		if err != nil {
			return out, &InputError{Line: line, Err: err}
		}
		ev := StatusEvent{At: *j.At, Rep: j.Rep, Status: leadroute.Status{Away: j.Away, MaxOpen: j.MaxOpen}}
		if j.Until != nil {
			ev.Status.Until = *j.Until
		}
		out = append(out, ev)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			err = fmt.Errorf("line longer than %d bytes", maxLine)
		}
		return out, &InputError{Line: line + 1, Err: err}
	}
	return out, nil
}

// AcceptModel describes how long reps take to accept the leads that rules
// with an accept deadline (Rule.AcceptWithin) assign them. Each delay is
// drawn from a random source seeded by Options.Seed, so runs are
// reproducible. The zero value means every lead is accepted at once.
type AcceptModel struct {
	// Mean and Spread give the delay: uniform between Mean-Spread and
	// Mean+Spread (never below zero).
	Mean, Spread time.Duration
	// Ignore is the fraction of assignments (0 to 1) that the rep never
	// accepts: those are always overdue.
	Ignore float64
	// Delay, if not nil, replaces Mean, Spread and Ignore: it returns how
	// long rep takes to accept the lead, and false if they never do. rnd
	// is the simulation's seeded source.
	Delay func(rnd *rand.Rand, rep string, l *leadroute.Lead) (time.Duration, bool)
}

func (m AcceptModel) check() error {
	if m.Mean < 0 || m.Spread < 0 {
		return errorf("Accept: Mean and Spread must not be negative")
	}
	if !(m.Ignore >= 0 && m.Ignore <= 1) {
		return errorf("Accept: Ignore %v is not between 0 and 1", m.Ignore)
	}
	return nil
}

// draw returns the rep's delay for a lead, and whether they accept it.
func (m AcceptModel) draw(rnd *rand.Rand, rep string, l *leadroute.Lead) (time.Duration, bool) {
	if m.Delay != nil {
		return m.Delay(rnd, rep, l)
	}
	if m.Ignore > 0 && rnd.Float64() < m.Ignore {
		return 0, false
	}
	d := m.Mean
	if m.Spread > 0 {
		d += time.Duration(rnd.Int64N(int64(2*m.Spread)+1)) - m.Spread
	}
	return max(d, 0), true
}

// SLA is how the accept deadlines (Rule.AcceptWithin) went: overall, per
// rule and per rep.
type SLA struct {
	SLAStats
	// CheckEvery is how often the simulation looked for overdue leads
	// (Options.CheckEvery). In JSON, nanoseconds.
	CheckEvery time.Duration `json:"check_every"`
	// Rules has one entry per rule whose assignments had a deadline, in
	// rule order; a miss counts against the rule that set the deadline.
	Rules []RuleSLA `json:"rules"`
	// Reps has one entry per rep who was given a lead under a deadline or
	// received a rerouted one, by ID.
	Reps []RepSLA `json:"reps"`
}

// SLAStats counts assignments made under an accept deadline.
type SLAStats struct {
	// Assignments counts leads given to a rep under a deadline: first
	// assignments and reassignments.
	Assignments int `json:"assignments"`
	// InTime were accepted by their deadline; Late were accepted after
	// it, before a check found them overdue; Overdue were found overdue
	// (Router.Overdue) and rerouted. Misses is Late + Overdue.
	InTime  int `json:"in_time"`
	Late    int `json:"late"`
	Overdue int `json:"overdue"`
	Misses  int `json:"misses"`
	// Reassigned counts the overdue leads that the reroute gave to
	// another rep, Queued those it sent to a queue.
	Reassigned int `json:"reassigned"`
	Queued     int `json:"queued"`
	// Unsettled counts assignments whose reroute could not move them (a
	// router error, or the reroute limit) and were given up on.
	Unsettled int `json:"unsettled,omitempty"`
}

// MissRate is Misses / Assignments (0 without assignments).
func (s SLAStats) MissRate() float64 {
	if s.Assignments == 0 {
		return 0
	}
	return float64(s.Misses) / float64(s.Assignments)
}

// RuleSLA is one rule's deadlines.
type RuleSLA struct {
	Rule string `json:"rule"`
	// AcceptWithin is the rule's deadline, as seen on its decisions. In
	// JSON, nanoseconds.
	AcceptWithin time.Duration `json:"accept_within"`
	SLAStats
}

// RepSLA is one rep's deadlines: the assignments they were given, and
// Received, the overdue leads rerouted to them (counted in Assignments
// too).
type RepSLA struct {
	Rep string `json:"rep"`
	SLAStats
	Received int `json:"received"`
}

// pendingLead is an assignment under a deadline the simulation follows.
type pendingLead struct {
	lead     leadroute.Lead
	rep      string
	rule     string
	deadline time.Time
	gen      int
}

// live follows the assignments made under accept deadlines.
type live struct {
	model   AcceptModel
	rnd     *rand.Rand
	pending map[string]*pendingLead
	checkAt time.Time // the next scheduled check, if any
	gen     int
	every   time.Duration
	total   SLAStats
	rules   map[string]*RuleSLA
	order   []string
	reps    map[string]*RepSLA
}

func newLive(opts Options) *live {
	return &live{
		model:   opts.Accept,
		rnd:     rand.New(rand.NewPCG(opts.Seed, 0x5eed_acce_97)),
		pending: map[string]*pendingLead{},
		every:   opts.CheckEvery,
		rules:   map[string]*RuleSLA{},
		reps:    map[string]*RepSLA{},
	}
}

// stats calls f on the overall, the rule's and the rep's counts.
func (lv *live) stats(rule, rep string, f func(*SLAStats)) {
	f(&lv.total)
	rs := lv.rules[rule]
	if rs == nil {
		rs = &RuleSLA{Rule: rule}
		lv.rules[rule] = rs
		lv.order = append(lv.order, rule)
	}
	f(&rs.SLAStats)
	f(&lv.repSLA(rep).SLAStats)
}

func (lv *live) repSLA(id string) *RepSLA {
	s := lv.reps[id]
	if s == nil {
		s = &RepSLA{Rep: id}
		lv.reps[id] = s
	}
	return s
}

// assign follows a new assignment made at t under d.Deadline, and returns
// when the rep accepts it, if they do.
func (lv *live) assign(l leadroute.Lead, d leadroute.Decision, t time.Time) (time.Time, bool) {
	lv.gen++
	p := &pendingLead{lead: l, rep: d.RepID, rule: d.Rule, deadline: d.Deadline, gen: lv.gen}
	lv.pending[l.ID] = p
	lv.stats(d.Rule, d.RepID, func(s *SLAStats) { s.Assignments++ })
	if rs := lv.rules[d.Rule]; rs.AcceptWithin == 0 {
		rs.AcceptWithin = d.Deadline.Sub(t)
	}
	delay, ok := lv.model.draw(lv.rnd, d.RepID, &l)
	return t.Add(delay), ok
}

// accept is the rep accepting a lead (ev.at).
func (lv *live) accept(ctx context.Context, r *leadroute.Router, ev event) {
	p := lv.pending[ev.lead]
	if p == nil || p.gen != ev.gen {
		return // rerouted meanwhile
	}
	delete(lv.pending, ev.lead)
	ok, err := r.Accept(ctx, ev.lead, p.rep)
	switch {
	case err != nil || !ok:
		lv.stats(p.rule, p.rep, func(s *SLAStats) { s.Unsettled++ })
	case ev.at.After(p.deadline):
		lv.stats(p.rule, p.rep, func(s *SLAStats) { s.Late++; s.Misses++ })
	default:
		lv.stats(p.rule, p.rep, func(s *SLAStats) { s.InTime++ })
	}
}

// overdue records that p was found overdue and rerouted to d.
func (lv *live) overdue(p *pendingLead, a leadroute.Assignment, d leadroute.Decision) {
	delete(lv.pending, p.lead.ID)
	switch {
	case d.Replay && d.RepID == a.RepID, d.Err != nil && d.RepID == "" && d.Queue == "":
		lv.stats(p.rule, p.rep, func(s *SLAStats) { s.Unsettled++ })
	case d.RepID != "":
		lv.stats(p.rule, p.rep, func(s *SLAStats) { s.Overdue++; s.Misses++; s.Reassigned++ })
		lv.repSLA(d.RepID).Received++
	default:
		lv.stats(p.rule, p.rep, func(s *SLAStats) { s.Overdue++; s.Misses++; s.Queued++ })
	}
}

// report returns the SLA section, or nil when no assignment had a
// deadline.
func (lv *live) report(a *accum) *SLA {
	if lv.total.Assignments == 0 {
		return nil
	}
	// The run drains pending assignments; any left (a run stopped early)
	// are unsettled.
	for _, p := range lv.pending {
		lv.stats(p.rule, p.rep, func(s *SLAStats) { s.Unsettled++ })
	}
	clear(lv.pending)
	out := &SLA{SLAStats: lv.total, CheckEvery: lv.every}
	rules := slices.Clone(lv.order)
	slices.SortStableFunc(rules, func(x, y string) int { return a.ruleIdx[x] - a.ruleIdx[y] })
	for _, name := range rules {
		out.Rules = append(out.Rules, *lv.rules[name])
	}
	for _, id := range slices.Sorted(maps.Keys(lv.reps)) {
		out.Reps = append(out.Reps, *lv.reps[id])
	}
	return out
}

// status records a status event applied at ev.at (err from SetStatus).
func (a *accum) status(ev event, err error) {
	if err != nil {
		a.routeErr("status "+ev.rep, err)
		return
	}
	a.rep.StatusChanges++
	a.repStats(ev.rep).StatusChanges++
}

// routeErr counts an error that no lead's Route returned (a status
// change, an overdue check or a reroute).
func (a *accum) routeErr(what string, err error) {
	a.rep.Errors++
	if len(a.rep.ErrorSamples) < a.maxErr {
		a.rep.ErrorSamples = append(a.rep.ErrorSamples, what+": "+err.Error())
	}
}

// writeLiveText writes the work time, status and measured-fairness lines
// of the text report's summary.
func (r *Report) writeLiveText(w io.Writer) {
	fmt.Fprintf(w, "  %s", workTimeText(r.WorkTime))
	if r.StatusChanges > 0 {
		fmt.Fprintf(w, "; %s applied", plural(r.StatusChanges, "live status change"))
	}
	fmt.Fprintln(w)
	if r.Measured < r.Assigned && r.Assigned > 0 {
		fmt.Fprintf(w, "  fairness is measured on %s of %s assigned leads; the others came from pools with no fixed expected split\n", num(r.Measured), num(r.Assigned))
	}
}

// writeSLAText writes the accept-deadline section of the text report.
func (r *Report) writeSLAText(w io.Writer) {
	s := r.SLA
	if s == nil {
		return
	}
	fmt.Fprintf(w, "\nAccept deadlines (SLA; overdue leads checked every %s)\n", shortDuration(s.CheckEvery))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  \tassigned\tin time\tlate\toverdue\tmiss rate\treassigned\tto queue\treceived")
	row := func(name string, st SLAStats, received string) {
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", name, num(st.Assignments), num(st.InTime), num(st.Late), num(st.Overdue), pctf(st.MissRate()), num(st.Reassigned), num(st.Queued), received)
	}
	row("all", s.SLAStats, "")
	for _, rs := range s.Rules {
		row(fmt.Sprintf("rule %s (%s)", rs.Rule, shortDuration(rs.AcceptWithin)), rs.SLAStats, "")
	}
	for _, rs := range s.Reps {
		row("rep "+rs.Rep, rs.SLAStats, num(rs.Received))
	}
	tw.Flush()
	if s.Unsettled > 0 {
		fmt.Fprintf(w, "  %s could not be rerouted and were given up on\n", plural(s.Unsettled, "assignment"))
	}
}

// workTimeText says how long assigned leads stayed open.
func workTimeText(d time.Duration) string {
	if d < 0 {
		return "assigned leads were never released (work time: never)"
	}
	return "assigned leads were released after a work time of " + shortDuration(d)
}

// shortDuration formats d without zero units: "4h", "1h30m", "90s".
func shortDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// poolFairnessText is a pool's max/min and Gini, or why it has none.
func poolFairnessText(ps PoolStats) string {
	if !ps.HasExpectation {
		return "no fixed expected split: " + ps.Expectation
	}
	return fmt.Sprintf("%s\t%.3f", ps.Fairness.MaxMin, ps.Fairness.Gini)
}
