package cases

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/accounts"
	"github.com/leadroute/leadroute/config"
	"github.com/leadroute/leadroute/store"
)

// Check checks the cases against a compiled rules file: every rep (in
// expect, away, used and the accounts' owner and backup) and every rule
// (in expect) they name must exist, a count for today or this week is
// only given for a rep with a daily_cap or weekly_cap (else it would
// change nothing), and accounts are only given for rules that have an
// accounts section and must make a valid account book with the rules'
// own (see config.Config.WithAccounts). It returns an *Errors placing
// each problem in the cases file, or nil.
//
// Queue names are not checked: a queue is any name a rule or strategy
// gives.
func (f *File) Check(cfg *config.Config) error {
	_, err := f.check(cfg)
	return err
}

// check is Check, returning also the rules each case runs on: cfg, or cfg
// with the case's accounts, shared by the cases that only have the file's.
func (f *File) check(cfg *config.Config) (map[*Case]*config.Config, error) {
	reps := map[string]leadroute.Rep{}
	var repIDs, ruleNames []string
	for _, r := range cfg.Reps() {
		reps[r.ID] = r
		repIDs = append(repIDs, r.ID)
	}
	for _, r := range cfg.Rules() {
		ruleNames = append(ruleNames, r.Name)
	}
	var errs []*Error
	seen := map[string]bool{} // the file's accounts are checked with each case: report a problem once
	add := func(p pos, format string, args ...any) {
		e := &Error{File: f.Name, Line: p.line, Column: p.col, Path: p.path, Msg: fmt.Sprintf(format, args...)}
		if k := e.Error(); len(errs) < maxErrors && !seen[k] {
			seen[k] = true
			errs = append(errs, e)
		}
	}
	for _, c := range f.Cases {
		for _, rf := range c.refs {
			if rf.rule {
				if !slices.Contains(ruleNames, rf.id) {
					add(rf.pos, "no rule %q in %s%s", rf.id, rulesName(cfg), didYouMean(rf.id, ruleNames))
				}
				continue
			}
			rep, ok := reps[rf.id]
			if !ok {
				add(rf.pos, "no rep %q in %s%s", rf.id, rulesName(cfg), didYouMean(rf.id, repIDs))
				continue
			}
			if rf.today && rep.DailyCap == 0 {
				add(rf.pos, "rep %q has no daily_cap: a count for today would change nothing", rf.id)
			}
			if rf.week && rep.WeeklyCap == 0 {
				add(rf.pos, "rep %q has no weekly_cap: a count for the week would change nothing", rf.id)
			}
		}
	}
	cfgs := map[*Case]*config.Config{}
	var fileCfg *config.Config // with the file's accounts only
	for i := range f.Cases {
		c := &f.Cases[i]
		cfgs[c] = cfg
		if c.Accounts == nil {
			continue
		}
		if cfg.Accounts() == nil {
			add(c.acctsPos, "%s has no accounts section, so no rule reads accounts: these would change nothing (to test account routing, give the rules accounts: [] or a CSV)", rulesName(cfg))
			continue
		}
		if !c.ownAccounts && fileCfg != nil {
			cfgs[c] = fileCfg
			continue
		}
		withAccts, err := cfg.WithAccounts(c.Accounts)
		if err != nil {
			c.accountErrors(err, add)
			continue
		}
		cfgs[c] = withAccts
		if !c.ownAccounts {
			fileCfg = withAccts
		}
	}
	if len(errs) > 0 {
		sortErrors(errs)
		return nil, &Errors{List: errs}
	}
	return cfgs, nil
}

// accountErrors places the errors of config.Config.WithAccounts for the
// case's accounts: at the account and field they name, else at the
// accounts key. Unknown owners and backups are left out: File.Check
// reports them as rep references.
func (c *Case) accountErrors(err error, add func(p pos, format string, args ...any)) {
	list := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		list = j.Unwrap()
	}
	for _, e := range list {
		var ae *accounts.Error
		if !errors.As(e, &ae) {
			add(c.acctsPos, "%v", e)
			continue
		}
		if ae.Row < 0 || ae.Row >= len(c.acctSpecs) {
			msg := ae.Err.Error()
			if ae.ID != "" {
				msg = fmt.Sprintf("account %q: %s", ae.ID, msg)
			}
			add(c.acctsPos, "with these accounts, the rules' accounts are invalid: %s", msg)
			continue
		}
		if ae.Field == "owner" || ae.Field == "backup" {
			continue
		}
		as := c.acctSpecs[ae.Row]
		p, ok := as.fields[ae.Field]
		if !ok {
			p = as.pos
			if ae.Field != "" {
				p.path = joinPath(p.path, ae.Field)
			}
		}
		add(p, "%v", ae.Err)
	}
}

func rulesName(cfg *config.Config) string {
	if cfg.File() != "" {
		return cfg.File()
	}
	return "the rules"
}

// Options adjusts Run.
type Options struct {
	// Run, when set, selects the cases whose name it matches.
	Run *regexp.Regexp
	// Seed seeds the routers' randomness (weighted-random picks); the
	// same seed gives the same decisions. 0 is a seed like any other.
	Seed uint64
}

// Result is the outcome of one case.
type Result struct {
	// Case is the case run.
	Case *Case
	// Decision is what the router decided, with its trace.
	Decision leadroute.Decision
	// Err is the error Route returned, if any (the case then fails).
	Err error
	// Mismatches lists each part of the expectation that did not hold;
	// empty when the case passed.
	Mismatches []Mismatch
}

// Mismatch is one part of an expectation that did not hold.
type Mismatch struct {
	// Field is the expectation's key: "rep", "not_rep", "queue", "rule",
	// or "error" when Route failed.
	Field string
	// Want and Got say, for people, what was expected and what happened.
	Want, Got string
}

// Passed reports whether every part of the expectation held.
func (r *Result) Passed() bool { return len(r.Mismatches) == 0 }

// Run checks f against cfg (see File.Check) and runs its cases (those
// opts.Run selects) in file order, each on a router of its own: cfg's
// rules and reps (those away marked so), a new store.Memory holding the
// case's used counts, a clock fixed at the case's time, opts.Seed, and
// the trace on. A failing case is a Result that did not pass, not an
// error; the error is for a File that does not fit cfg, a router that
// cannot be built, a store that fails or a cancelled ctx.
func Run(ctx context.Context, cfg *config.Config, f *File, opts Options) ([]Result, error) {
	cfgs, err := f.check(cfg)
	if err != nil {
		return nil, err
	}
	var out []Result
	for i := range f.Cases {
		c := &f.Cases[i]
		if opts.Run != nil && !opts.Run.MatchString(c.Name) {
			continue
		}
		if err := ctx.Err(); err != nil {
			return out, err
		}
		r, err := runCase(ctx, cfgs[c], c, opts.Seed)
		if err != nil {
			return out, err
		}
		out = append(out, r)
	}
	return out, nil
}

// RunCase runs one case on a router of its own, as Run does, without
// checking it against cfg first (an unknown rep in away or used, or
// accounts that cfg.WithAccounts refuses, are then an error, an unknown
// name in expect a mismatch).
func RunCase(ctx context.Context, cfg *config.Config, c *Case, seed uint64) (Result, error) {
	if c.Accounts != nil {
		withAccts, err := cfg.WithAccounts(c.Accounts)
		if err != nil {
			return Result{Case: c}, fmt.Errorf("case %q: accounts: %w", c.Name, err)
		}
		cfg = withAccts
	}
	return runCase(ctx, cfg, c, seed)
}

// runCase runs one case on cfg, which has the case's accounts.
func runCase(ctx context.Context, cfg *config.Config, c *Case, seed uint64) (Result, error) {
	res := Result{Case: c}
	clock := leadroute.ClockFunc(func() time.Time { return c.At })
	reps := cfg.Reps()
	byID := map[string]*leadroute.Rep{}
	for i := range reps {
		byID[reps[i].ID] = &reps[i]
	}
	for _, id := range c.Away {
		rep, ok := byID[id]
		if !ok {
			return res, fmt.Errorf("case %q: away: no rep %q", c.Name, id)
		}
		rep.Away = true
	}
	st := store.NewMemory(store.MemoryOptions{Clock: clock})
	for _, u := range c.Used {
		rep, ok := byID[u.Rep]
		if !ok {
			return res, fmt.Errorf("case %q: used: no rep %q", c.Name, u.Rep)
		}
		if err := setUsed(ctx, st, *rep, u, c.At); err != nil {
			return res, fmt.Errorf("case %q: used: %w", c.Name, err)
		}
	}
	r, err := cfg.Build(leadroute.WithReps(reps...), leadroute.WithClock(clock), leadroute.WithState(st),
		leadroute.WithSeed(seed), leadroute.WithTrace(true))
	if err != nil {
		return res, fmt.Errorf("case %q: %w", c.Name, err)
	}
	res.Decision, res.Err = r.Route(ctx, c.Lead)
	res.Mismatches = compare(c.Expect, res.Decision, res.Err)
	return res, nil
}

// setUsed adds u's counts to st on the counters the router checks a
// rep's caps against: "daily" and "weekly" (windows of the rep's local
// day and ISO week at t) and "open".
func setUsed(ctx context.Context, st store.State, rep leadroute.Rep, u Used, t time.Time) error {
	loc := time.UTC
	if rep.TimeZone != "" {
		l, err := time.LoadLocation(rep.TimeZone)
		if err != nil {
			return err
		}
		loc = l
	}
	if u.Today > 0 {
		day, exp := dayWindow(t, loc)
		if _, err := st.Add(ctx, "", store.Counter{Kind: "daily", Member: rep.ID, Window: day}, int64(u.Today), exp); err != nil {
			return err
		}
	}
	if u.Week > 0 {
		week, exp := weekWindow(t, loc)
		if _, err := st.Add(ctx, "", store.Counter{Kind: "weekly", Member: rep.ID, Window: week}, int64(u.Week), exp); err != nil {
			return err
		}
	}
	if u.Open > 0 {
		if _, err := st.Add(ctx, "", store.Counter{Kind: "open", Member: rep.ID}, int64(u.Open), time.Time{}); err != nil {
			return err
		}
	}
	return nil
}

// dayWindow is the router's daily cap window: the rep-local day number
// of t (days since 1970-01-01 in loc), and when the counter may be
// dropped. It must agree with the router's; TestUsedCountsReachTheCaps
// pins that it does.
func dayWindow(t time.Time, loc *time.Location) (int64, time.Time) {
	_, off := t.In(loc).Zone()
	local := t.Unix() + int64(off)
	day := local / 86400
	if local%86400 < 0 {
		day--
	}
	return day, time.Unix((day+2)*86400-int64(off)+3600, 0)
}

// weekWindow is the router's weekly cap window: the rep-local ISO week of
// t (year×100 + week), and when the counter may be dropped.
func weekWindow(t time.Time, loc *time.Location) (int64, time.Time) {
	lt := t.In(loc)
	y, m, d := lt.Date()
	wy, wn := lt.ISOWeek()
	wd := (int(lt.Weekday()) + 6) % 7 // Monday = 0
	return int64(wy)*100 + int64(wn), time.Date(y, m, d-wd+8, 0, 0, 0, 0, loc)
}

// compare lists what of e the decision does not satisfy.
func compare(e Expect, d leadroute.Decision, err error) []Mismatch {
	var out []Mismatch
	if err != nil {
		out = append(out, Mismatch{Field: "error", Want: "no error", Got: err.Error()})
	}
	got := outcome(d)
	if len(e.Reps) > 0 && !slices.Contains(e.Reps, d.RepID) {
		out = append(out, Mismatch{Field: "rep", Want: oneOf(e.Reps), Got: got})
	}
	if d.RepID != "" && slices.Contains(e.NotReps, d.RepID) {
		out = append(out, Mismatch{Field: "not_rep", Want: "not " + strings.Join(e.NotReps, ", not "), Got: got})
	}
	if e.Queue != "" && d.Queue != e.Queue {
		out = append(out, Mismatch{Field: "queue", Want: "queue " + e.Queue, Got: got})
	}
	if e.Rule != "" && d.Rule != e.Rule {
		g := "no rule decided (fallback)"
		if d.Rule != "" {
			g = fmt.Sprintf("rule %q", d.Rule)
		}
		out = append(out, Mismatch{Field: "rule", Want: fmt.Sprintf("rule %q", e.Rule), Got: g})
	}
	return out
}

func outcome(d leadroute.Decision) string {
	if d.RepID != "" {
		return "rep " + d.RepID
	}
	return "queue " + d.Queue
}

func oneOf(reps []string) string {
	if len(reps) == 1 {
		return "rep " + reps[0]
	}
	return "rep one of " + strings.Join(reps, ", ")
}

// String describes the expectation: `rep one of a, b; rule "emea"`.
func (e Expect) String() string {
	var parts []string
	if len(e.Reps) > 0 {
		parts = append(parts, oneOf(e.Reps))
	}
	for _, r := range e.NotReps {
		parts = append(parts, "not rep "+r)
	}
	if e.Queue != "" {
		parts = append(parts, "queue "+e.Queue)
	}
	if e.Rule != "" {
		parts = append(parts, fmt.Sprintf("rule %q", e.Rule))
	}
	return strings.Join(parts, "; ")
}

// Where returns the case's place in its file, "file:line:col".
func (c *Case) Where(file string) string {
	if file == "" {
		return fmt.Sprintf("%d:%d", c.Line, c.Column)
	}
	return fmt.Sprintf("%s:%d:%d", file, c.Line, c.Column)
}

// Report describes a failed case for people, as `leadroute test` prints
// it: each part of the expectation that did not hold (want and got), the
// decision, the time it was made at, and its trace. Every line ends in a
// line break; the caller indents.
func (r *Result) Report() string {
	var b strings.Builder
	for _, m := range r.Mismatches {
		fmt.Fprintf(&b, "%s:\n", m.Field)
		fmt.Fprintf(&b, "    want: %s\n", m.Want)
		fmt.Fprintf(&b, "    got:  %s\n", m.Got)
	}
	fmt.Fprintf(&b, "decision: %s\n", r.Decision)
	fmt.Fprintf(&b, "at: %s\n", r.Case.At.Format("Mon 2006-01-02 15:04 MST"))
	for _, p := range r.Decision.Problems {
		fmt.Fprintf(&b, "lead problem: %s\n", p)
	}
	if len(r.Decision.Trace) > 0 {
		b.WriteString("trace:\n")
		for _, st := range r.Decision.Trace {
			fmt.Fprintf(&b, "    %s\n", st)
		}
	}
	return b.String()
}

// sortErrors puts errors in file order (those without a line stay where
// they are).
func sortErrors(errs []*Error) {
	slices.SortStableFunc(errs, func(a, b *Error) int {
		if a.Line == 0 || b.Line == 0 {
			return 0
		}
		return cmp.Or(a.Line-b.Line, a.Column-b.Column)
	})
}
