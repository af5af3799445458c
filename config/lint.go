package config

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/leadroute/leadroute"
)

// Severity ranks a lint finding. The zero value is no severity; higher is
// worse.
type Severity int8

// Severities, from the mildest.
const (
	// SeverityInfo: worth knowing, often intended (rules overlapping where
	// rule order decides).
	SeverityInfo Severity = iota + 1
	// SeverityWarning: probably a mistake, or a gap the file should
	// acknowledge with a suppression.
	SeverityWarning
	// SeverityError: certainly a mistake: a rule that can never fire, a pool
	// nobody in it can ever serve.
	SeverityError
)

// String returns "info", "warning" or "error".
func (s Severity) String() string {
	switch s {
	case SeverityInfo:
		return "info"
	case SeverityWarning:
		return "warning"
	case SeverityError:
		return "error"
	}
	return fmt.Sprintf("severity(%d)", int8(s))
}

// ParseSeverity parses "info", "warning" or "error".
func ParseSeverity(s string) (Severity, error) {
	for _, v := range []Severity{SeverityInfo, SeverityWarning, SeverityError} {
		if strings.EqualFold(s, v.String()) {
			return v, nil
		}
	}
	return 0, fmt.Errorf("unknown severity %q (want info, warning or error)", s)
}

// Lint check codes. A code never changes meaning once released; each
// check also has a name (see Check), and both are accepted wherever a
// check is named (suppressions, LintOptions.Disable).
const (
	// LintIncomplete (LR001 incomplete, warning): a check reached its
	// bound on a very large file and stopped; the finding says which
	// check and how far it got. The findings it made stand.
	LintIncomplete = "LR001"
	// LintSuppressionReason (LR002 suppression-reason, warning): a
	// suppression in the file gives no reason.
	LintSuppressionReason = "LR002"
	// LintUnusedSuppression (LR003 unused-suppression, warning): a
	// suppression in the file silences nothing.
	LintUnusedSuppression = "LR003"
	// LintPartialOverlap (LR101 partial-overlap, info): two rules match
	// some leads in common and neither covers the other; the earlier one
	// wins those leads. The finding carries an example lead that both
	// rules match, checked by routing it.
	LintPartialOverlap = "LR101"
	// LintShadowed (LR102 shadowed, error): an earlier rule matches every
	// lead a later rule matches and always decides (it has an overflow
	// queue or a queue strategy), so the later rule can never fire.
	LintShadowed = "LR102"
	// LintCovered (LR103 covered, warning): an earlier rule matches every
	// lead a later rule matches but may fall through, so the later rule
	// fires only when the earlier one has nobody eligible.
	LintCovered = "LR103"
	// LintRepNeverEligible (LR104 rep-never-eligible, warning): a rep in a
	// rule's pool lacks a skill level the rule requires (the rule's skills
	// or its skill strategy's required levels), so the rule never picks
	// them; or the rule matches languages that reps of the file have as
	// skills, and this rep speaks none of them.
	LintRepNeverEligible = "LR104"
	// LintPoolNeverEligible (LR105 pool-never-eligible, error): nobody in
	// a rule's pool (or sub-pool) can be eligible at any hour of the week:
	// all are away, lack the required skills, or (with working_hours) have
	// no working hours.
	LintPoolNeverEligible = "LR105"
	// LintUnreachableTerritory (LR106 unreachable-territory, warning): a
	// territory no lead can reach: no rule uses it; or in a rule's
	// territories table each of its claims is made by an earlier territory
	// of the table, the rule's other place conditions exclude it, or an
	// earlier rule that always decides takes every lead in it.
	LintUnreachableTerritory = "LR106"
	// LintHoursGap (LR107 hours-gap, warning): a rule requires working
	// hours, and its pool has nobody in working hours at some time of the
	// week (checked every 15 minutes over the week of Monday 5 January
	// 2026, UTC, each rep in their own time zone). Leads matching then
	// overflow or fall through.
	LintHoursGap = "LR107"
	// LintUnusedRep (LR108 unused-rep, warning): a rep is in no pool of
	// any rule, nor an account owner or backup, nor anyone's backup: no
	// lead can reach them.
	LintUnusedRep = "LR108"
	// LintUnusedPool (LR109 unused-pool, warning): a named pool that no
	// rule uses.
	LintUnusedPool = "LR109"
	// LintCapUnreachable (LR110 cap-unreachable, warning): a cap that can
	// never bind: a daily cap at or above the weekly cap (the weekly cap
	// binds first), or a weekly cap above the daily cap times the number of
	// days the rep works.
	LintCapUnreachable = "LR110"
)

// Check describes one lint check.
type Check struct {
	// Code is the stable code ("LR101").
	Code string
	// Name is the check's short name ("partial-overlap").
	Name string
	// Severity is the severity of its findings.
	Severity Severity
	// Summary says in a line what it finds.
	Summary string
}

var checks = []Check{
	{LintIncomplete, "incomplete", SeverityWarning, "a check reached its bound and stopped early"},
	{LintSuppressionReason, "suppression-reason", SeverityWarning, "a suppression gives no reason"},
	{LintUnusedSuppression, "unused-suppression", SeverityWarning, "a suppression silences nothing"},
	{LintPartialOverlap, "partial-overlap", SeverityInfo, "two rules match some leads in common; the earlier wins them"},
	{LintShadowed, "shadowed", SeverityError, "a rule can never fire: an earlier rule takes all its leads"},
	{LintCovered, "covered", SeverityWarning, "a rule fires only when an earlier rule covering it has nobody eligible"},
	{LintRepNeverEligible, "rep-never-eligible", SeverityWarning, "a rep lacks the skills or languages of a rule that names them"},
	{LintPoolNeverEligible, "pool-never-eligible", SeverityError, "nobody in a rule's pool can be eligible at any hour"},
	{LintUnreachableTerritory, "unreachable-territory", SeverityWarning, "no lead can reach a territory"},
	{LintHoursGap, "hours-gap", SeverityWarning, "a working-hours rule's pool has nobody at work at some hours"},
	{LintUnusedRep, "unused-rep", SeverityWarning, "no lead can reach a rep"},
	{LintUnusedPool, "unused-pool", SeverityWarning, "no rule uses a named pool"},
	{LintCapUnreachable, "cap-unreachable", SeverityWarning, "a cap can never bind"},
	{LintUnknownSubdivision, "unknown-subdivision", SeverityWarning, "a state code is not in leadroute's ISO 3166-2 data"},
}

// Checks lists every lint check, by code.
func Checks() []Check { return slices.Clone(checks) }

// lookupCheck finds a check by code or name, ignoring case.
func lookupCheck(s string) (Check, bool) {
	s = strings.TrimSpace(s)
	for _, c := range checks {
		if strings.EqualFold(s, c.Code) || strings.EqualFold(s, c.Name) {
			return c, true
		}
	}
	return Check{}, false
}

func checkOf(code string) Check {
	c, ok := lookupCheck(code)
	if !ok {
		panic("config: unknown lint code " + code)
	}
	return c
}

// checkNames lists the codes and names, for suggestions.
func checkNames() []string {
	var out []string
	for _, c := range checks {
		out = append(out, c.Code, c.Name)
	}
	return out
}

// Finding is a lint finding: something legal that is probably not what the
// author meant. Findings never stop a file from loading. A Finding is a
// plain value, safe to copy and share.
type Finding struct {
	// File, Path, Line and Column locate the finding as for Error.
	File         string
	Path         string
	Line, Column int
	// Code is the check's stable code ("LR101"), Name its name
	// ("partial-overlap"); see Checks.
	Code, Name string
	// Severity is the check's severity.
	Severity Severity
	// Msg explains the finding.
	Msg string
	// Rules names the rules concerned, the one reported on first (for an
	// overlap: the later rule, then the earlier one).
	Rules []string
	// Rep names the rep concerned, if any.
	Rep string
	// Example, for overlaps and shadowing, is a lead that both rules match,
	// verified by routing it through a router holding each rule. Nil when
	// none was found.
	Example *leadroute.Lead
}

// String formats the finding as "file:line:col: severity: path: msg
// [code name]" (without a file name: "line L, column C: ...").
func (f Finding) String() string {
	var b strings.Builder
	switch {
	case f.File != "" && f.Line > 0:
		fmt.Fprintf(&b, "%s:%d:%d: ", f.File, f.Line, f.Column)
	case f.File != "":
		fmt.Fprintf(&b, "%s: ", f.File)
	case f.Line > 0:
		fmt.Fprintf(&b, "line %d, column %d: ", f.Line, f.Column)
	}
	b.WriteString(f.Severity.String())
	b.WriteString(": ")
	if f.Path != "" {
		b.WriteString(f.Path)
		b.WriteString(": ")
	}
	fmt.Fprintf(&b, "%s [%s %s]", f.Msg, f.Code, f.Name)
	return b.String()
}

// LintOptions tunes Lint. The zero value runs every check.
type LintOptions struct {
	// Disable names checks (by code or name) whose findings are dropped.
	// Suppressions in the file for a disabled check are not reported as
	// unused.
	Disable []string
}

// Lint checks a valid configuration for likely mistakes with every check
// enabled and returns its findings in file order; see LintWith.
func Lint(c *Config) []Finding {
	fs, _ := LintWith(c, LintOptions{})
	return fs
}

// LintWith checks a valid configuration for likely mistakes and returns
// its findings in file order (by line, then column, then code). See the
// Lint* constants for the checks.
//
// Suppressions in the file (lint.ignore, at the top level, on a rule or on
// a rep) drop the findings they name; a suppression without a reason and
// one that silences nothing are findings themselves. The error reports an
// unknown check in opts.Disable.
//
// Lint bounds its own work, counted in units of about 10ns: the rule-pair
// checks (LR101-LR103) at 200 million units, the territory check and the
// pool checks (LR104, LR105, LR107) at 50 million each, and partial
// overlaps at 1,000 findings; a check cut at its bound says so in an LR001
// finding. On 10,000 territories and 1,000 rules Lint takes 0.1 to 0.4
// seconds (BenchmarkLint10kTerritories1kRules). LintWith is safe for
// concurrent use.
//
// To add a check: give it a code and an entry in the checks table, write
// a linter method that calls l.add with the code, the position and the
// rules or rep concerned (so that suppressions on them apply), call it
// from LintWith, and list it in FORMAT.md and schema.json's lintCode.
func LintWith(c *Config, opts LintOptions) ([]Finding, error) {
	disabled := map[string]bool{}
	var errs []error
	for _, d := range opts.Disable {
		for s := range strings.SplitSeq(d, ",") {
			if strings.TrimSpace(s) == "" {
				continue
			}
			ch, ok := lookupCheck(s)
			if !ok {
				errs = append(errs, fmt.Errorf("unknown lint check %q%s", strings.TrimSpace(s), didYouMean(strings.TrimSpace(s), checkNames())))
				continue
			}
			disabled[ch.Code] = true
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	l := newLinter(c)
	l.rulePairs()
	l.territories()
	l.pools()
	l.unused()
	l.caps()
	l.isoCodes()
	out := l.suppress(disabled)
	slices.SortStableFunc(out, func(a, b Finding) int {
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		if a.Column != b.Column {
			return a.Column - b.Column
		}
		return strings.Compare(a.Code, b.Code)
	})
	return out, nil
}

// Work bounds, in units of about 10ns of work each (see the cost*
// constants). A check past its bound stops and reports LR001.
const (
	// lintPairBudget bounds the rule-pair checks (shadowing, overlaps).
	lintPairBudget = 200_000_000
	// lintBudget bounds each other budgeted check (territories, pools and
	// working hours).
	lintBudget = 50_000_000
	// maxOverlapFindings bounds the partial-overlap findings of one file;
	// the rest are counted in an LR001 finding.
	maxOverlapFindings = 1000
)

type linter struct {
	c    *Config
	f    *fileSpec
	comp *compiled
	out  []found
	// pairBudget and checkBudget are the work bounds (lintPairBudget,
	// lintBudget), fields so that tests can lower them.
	pairBudget, checkBudget int
	// cut lists the codes of checks that stopped at their bound.
	cut       map[string]bool
	conds     [][]cond             // per rule, lazily by ruleConds
	terrAtoms map[string][]geoAtom // by territory name, lazily
	terrIdx   map[string]int       // territory name -> index in f.territories
	bits      countryBits
	probe     map[int]*leadroute.Router
	// dead marks the rules that never fire, once rulePairs has run.
	dead []bool
	sigs []*geoSet // per rule, by placeSig
	// deciders lists the rules that always decide, in order (by
	// deciderBefore).
	deciders []int
}

// found is a finding with what a suppression needs to know.
type found struct {
	Finding
	rules []int // rule indices concerned
	rep   int   // rep index, or -1
}

func newLinter(c *Config) *linter {
	return &linter{c: c, f: c.spec, comp: c.compiled, pairBudget: lintPairBudget, checkBudget: lintBudget, cut: map[string]bool{}, probe: map[int]*leadroute.Router{}, bits: countryBits{}, terrAtoms: map[string][]geoAtom{}}
}

// budget is a work allowance for one or more checks.
type budget struct {
	left  int
	l     *linter
	codes []string // the checks it bounds
	what  string   // what was being done, for the LR001 message
	done  bool
}

func (l *linter) budget(n int, what string, codes ...string) *budget {
	return &budget{left: n, l: l, codes: codes, what: what}
}

// spend charges n units and reports whether the budget allows them. The
// first refusal marks the checks cut and records an LR001 finding.
func (b *budget) spend(n int) bool {
	b.left -= n + 1
	if b.left >= 0 {
		return true
	}
	if !b.done {
		b.done = true
		var names []string
		for _, c := range b.codes {
			b.l.cut[c] = true
			ch := checkOf(c)
			names = append(names, ch.Code+" "+ch.Name)
		}
		b.l.add(pos{}, LintIncomplete, nil, -1, "%s stopped at the work bound for this large file (%s); the findings so far stand", strings.Join(names, ", "), b.what)
	}
	return false
}

// add records a finding on rules (indices) or a rep (index, or -1).
func (l *linter) add(p pos, code string, rules []int, rep int, format string, args ...any) *found {
	ch := checkOf(code)
	f := found{Finding: Finding{File: l.c.file, Path: p.path, Line: p.line, Column: p.col, Code: ch.Code, Name: ch.Name, Severity: ch.Severity, Msg: fmt.Sprintf(format, args...)}, rules: rules, rep: rep}
	for _, i := range rules {
		f.Rules = append(f.Rules, l.f.rules[i].name)
	}
	if rep >= 0 {
		f.Rep = l.f.reps[rep].rep.ID
	}
	l.out = append(l.out, f)
	return &l.out[len(l.out)-1]
}

// suppress drops disabled and suppressed findings, and adds the findings
// about suppressions themselves.
func (l *linter) suppress(disabled map[string]bool) []Finding {
	var sups []suppression
	for _, s := range l.f.ignores {
		s.scope = 'f'
		sups = append(sups, s)
	}
	for i := range l.f.rules {
		for _, s := range l.f.rules[i].ignores {
			s.scope, s.idx = 'r', i
			sups = append(sups, s)
		}
	}
	for i := range l.f.reps {
		for _, s := range l.f.reps[i].ignores {
			s.scope, s.idx = 'p', i
			sups = append(sups, s)
		}
	}
	used := make([]bool, len(sups))
	var out []Finding
	for _, f := range l.out {
		if disabled[f.Code] {
			continue
		}
		silenced := false
		for k, s := range sups {
			if s.code != f.Code {
				continue
			}
			if s.scope == 'f' || (s.scope == 'r' && slices.Contains(f.rules, s.idx)) || (s.scope == 'p' && f.rep == s.idx) {
				used[k], silenced = true, true
			}
		}
		if !silenced {
			out = append(out, f.Finding)
		}
	}
	meta := func(s suppression, code, format string, args ...any) {
		if disabled[code] {
			return
		}
		ch := checkOf(code)
		out = append(out, Finding{File: l.c.file, Path: s.path, Line: s.line, Column: s.col, Code: ch.Code, Name: ch.Name, Severity: ch.Severity, Msg: fmt.Sprintf(format, args...)})
	}
	for k, s := range sups {
		ch := checkOf(s.code)
		if s.reason == "" {
			meta(s, LintSuppressionReason, "suppression of %s %s gives no reason: say why the finding is intended (reason: ...)", ch.Code, ch.Name)
		}
		if !used[k] && !disabled[s.code] && !l.cut[s.code] {
			meta(s, LintUnusedSuppression, "suppression of %s %s silences nothing%s; remove it", ch.Code, ch.Name, l.scopeName(s))
		}
	}
	return out
}

func (l *linter) scopeName(s suppression) string {
	switch s.scope {
	case 'r':
		return fmt.Sprintf(" on rule %q", l.f.rules[s.idx].name)
	case 'p':
		return fmt.Sprintf(" on rep %q", l.f.reps[s.idx].rep.ID)
	}
	return " in this file"
}
