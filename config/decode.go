package config

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/internal/tz"
	"github.com/leadroute/leadroute/internal/yamldoc"
)

// The decoded (but not yet compiled) model of a rules file. Every part
// keeps where it came from, for errors and lint.

type pos struct {
	path      string
	line, col int
}

type fileSpec struct {
	version     int
	fallback    string
	fallbackPos pos
	reps        []repSpec
	pools       []poolSpec
	territories []territorySpec
	accounts    accountsSpec
	teams       []teamSpec
	rules       []ruleSpec
	// ignores are the file-wide lint suppressions (lint.ignore).
	ignores []suppression
}

// teamSpec is a team's own settings (teams: {NAME: {holidays: [...]}}).
type teamSpec struct {
	pos
	name     string
	holidays []string
}

// weightSpec is one entry of a rule's lead_weight list.
type weightSpec struct {
	when    string
	whenPos pos
	weight  int
}

type repSpec struct {
	pos
	rep       leadroute.Rep
	fields    map[string]pos // key -> position of its value
	backupPos pos
	ignores   []suppression // lint.ignore
}

type ref struct {
	pos
	id string
}

type poolSpec struct {
	pos
	name    string
	members []ref
}

type postal struct {
	country, prefix string
}

type territorySpec struct {
	pos
	name      string
	countries []string
	states    []string
	postal    []postal
}

type accountSpec struct {
	pos
	id, name, owner, backup, parent string
	domains                         []string
	ownerPos, backupPos             pos
}

type accountsSpec struct {
	set    bool
	pos    pos
	csv    string // path, relative to the rules file
	inline []accountSpec
}

// numRange is a decoded band: min inclusive, max exclusive, either may be
// absent.
type numRange[T int | float64] struct {
	pos
	min, max       T
	hasMin, hasMax bool
}

type (
	intRange   = numRange[int]
	floatRange = numRange[float64]
)

type attrSpec struct {
	pos
	key    string
	values []any
}

type strList struct {
	pos
	vals []string
}

type matchSpec struct {
	pos
	country, state     *strList
	postal             []postal
	postalPos          pos
	territories        []ref
	territoriesPos     pos
	employees, score   *intRange
	revenue            *floatRange
	industry, source   *strList
	language, products *strList
	attrs              []attrSpec
	account            *bool
	accountPos         pos
}

type poolRef struct {
	pos
	set    bool
	name   string // a named pool (or team); "" when inline
	inline []ref
}

type territoryRoute struct {
	pos
	key  string
	pool poolRef
}

type strategySpec struct {
	pos
	typ      string
	typPos   pos
	pool     *strategySpec // account_owner: strategy for leads without an owner
	required map[string]int
	tie      *strategySpec // skill
	key      string        // sticky
	keyPos   pos
	next     *strategySpec // sticky
	steps    []*strategySpec
	queue    string
	queuePos pos
	window   time.Duration // balanced
	hasWin   bool
	byShare  bool          // least_loaded: by share of capacity
	ttl      time.Duration // remember: how long
}

// parseDays parses a Go duration, or a whole number of days ("90d").
func parseDays(s string) (time.Duration, error) {
	if n, ok := strings.CutSuffix(s, "d"); ok {
		days, err := strconv.Atoi(n)
		if err != nil || days <= 0 || days > 36500 {
			return 0, fmt.Errorf("bad day count %q", s)
		}
		return time.Duration(days) * 24 * time.Hour, nil
	}
	return time.ParseDuration(s)
}

type ruleSpec struct {
	pos
	name         string
	namePos      pos
	when         string
	whenStyle    yaml.Style // the when: scalar's style, to place compile errors
	whenPos      pos
	match        *matchSpec
	pool         poolRef
	territories  []territoryRoute
	terrPos      pos
	strategy     *strategySpec
	overflow     string
	workingHours bool
	ownRotation  bool
	acceptWithin time.Duration
	weights      []weightSpec
	weightPos    pos
	skills       map[string]int
	skillsPos    pos
	ignores      []suppression // lint.ignore
}

// Allowed keys, in documentation order.
var (
	topKeys       = []string{"version", "fallback", "reps", "pools", "teams", "territories", "accounts", "rules", "lint"}
	repKeys       = []string{"id", "name", "team", "weight", "skills", "time_zone", "hours", "daily_cap", "weekly_cap", "max_open", "backup", "away", "out_of_office", "holidays", "lint"}
	teamKeys      = []string{"holidays"}
	weightKeys    = []string{"when", "weight"}
	oooKeys       = []string{"start", "end"}
	territoryKeys = []string{"countries", "states", "postal"}
	accountKeys   = []string{"id", "name", "domains", "owner", "backup", "parent"}
	accountsKeys  = []string{"csv"}
	ruleKeys      = []string{"name", "match", "when", "pool", "territories", "strategy", "overflow", "working_hours", "own_rotation", "lead_weight", "accept_within", "skills", "lint"}
	matchKeys     = []string{"country", "state", "postal", "territories", "employees", "revenue", "industry", "source", "language", "score", "products", "attrs", "account"}
	rangeKeys     = []string{"min", "max"}
	strategyTypes = []string{"round_robin", "balanced", "weighted", "weighted_random", "least_loaded", "skill", "sticky", "remember", "account_owner", "queue", "chain"}
	// strategyKeys lists, per type, the keys allowed besides "type".
	strategyKeys = map[string][]string{
		"round_robin":     nil,
		"balanced":        {"window"},
		"weighted":        nil,
		"weighted_random": nil,
		"least_loaded":    {"by"},
		"skill":           {"required", "tie"},
		"sticky":          {"key", "next"},
		"remember":        {"key", "for", "next"},
		"account_owner":   {"pool"},
		"queue":           {"queue"},
		"chain":           {"steps"},
	}
	stickyKeys = []string{"email", "domain", "company", "account", "lead_id"}
	// rememberKeys are the built-in keys of an ownership memory (besides
	// attr:NAME).
	rememberKeys = []string{"email", "company"}
)

// bailout stops decoding early (too many errors, or too many nodes).
type bailout struct{}

type decoder struct {
	file string
	errs []*Error
	w    yamldoc.Walker
	locs map[string]*time.Location
}

func newDecoder(file string) *decoder {
	d := &decoder{file: file}
	d.w = yamldoc.Walker{
		Budget: maxNodes, MaxValues: maxNodes, MaxDepth: maxDepth,
		Report: func(n *yaml.Node, path, msg string) { d.errorf(n, path, "%s", msg) },
		Abort: func(n *yaml.Node, msg string) {
			e := &Error{Msg: msg}
			if n != nil {
				e.Line, e.Column = n.Line, n.Column
			}
			d.add(e)
			panic(bailout{})
		},
		DidYouMean: didYouMean,
	}
	return d
}

func (d *decoder) add(e *Error) {
	if len(d.errs) >= maxErrors {
		d.errs = append(d.errs, &Error{File: d.file, Msg: errTooMany.Error() + "; stopping"})
		panic(bailout{})
	}
	e.File = d.file
	d.errs = append(d.errs, e)
}

func (d *decoder) errorf(n *yaml.Node, path, format string, args ...any) {
	e := &Error{Path: path, Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		e.Line, e.Column = n.Line, n.Column
	}
	d.add(e)
}

func (d *decoder) errAt(p pos, format string, args ...any) {
	d.add(&Error{Path: p.path, Line: p.line, Column: p.col, Msg: fmt.Sprintf(format, args...)})
}

// resolve follows aliases and charges the value budget.
func (d *decoder) resolve(n *yaml.Node) *yaml.Node { return d.w.Resolve(n) }

func at(n *yaml.Node, path string) pos { return pos{path: path, line: n.Line, col: n.Column} }

func describe(n *yaml.Node) string { return yamldoc.Describe(n) }

// mapping checks that n is a mapping with unique keys, each in allowed
// (or, at the top level, an "x-" extension key, skipped), and returns its
// fields in document order, merge keys expanded (see yamldoc.Walker).
func (d *decoder) mapping(n *yaml.Node, path string, allowed []string) []yamldoc.Field {
	return d.w.Mapping(n, path, allowed, path == "")
}

func joinPath(path, key string) string { return yamldoc.JoinPath(path, key) }

func index(path string, i int) string { return yamldoc.Index(path, i) }

func (d *decoder) seq(n *yaml.Node, path string) []*yaml.Node { return d.w.Seq(n, path) }

func (d *decoder) str(n *yaml.Node, path string) (string, bool) {
	n = d.resolve(n)
	if n.Kind != yaml.ScalarNode || n.ShortTag() == "!!null" {
		d.errorf(n, path, "want a string, got %s", describe(n))
		return "", false
	}
	return n.Value, true
}

// name reads a non-empty string.
func (d *decoder) name(n *yaml.Node, path string) (string, bool) {
	s, ok := d.str(n, path)
	if ok && strings.TrimSpace(s) == "" {
		d.errorf(n, path, "must not be empty")
		return "", false
	}
	return s, ok
}

// nameAt is name(n, index(path, i)) that builds the item's path only for
// an error.
func (d *decoder) nameAt(n *yaml.Node, path string, i int) (string, bool) {
	r := d.resolve(n)
	if r.Kind != yaml.ScalarNode || r.ShortTag() == "!!null" {
		d.errorf(r, index(path, i), "want a string, got %s", describe(r))
		return "", false
	}
	if strings.TrimSpace(r.Value) == "" {
		d.errorf(n, index(path, i), "must not be empty")
		return "", false
	}
	return r.Value, true
}

func (d *decoder) integer(n *yaml.Node, path string) (int, bool) {
	n = d.resolve(n)
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!int" {
		v, err := strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 0, 64)
		if err == nil && v >= math.MinInt32 && v <= math.MaxInt32 {
			return int(v), true
		}
		d.errorf(n, path, "integer %s out of range", n.Value)
		return 0, false
	}
	d.errorf(n, path, "want an integer, got %s", describe(n))
	return 0, false
}

func (d *decoder) nonNegInt(n *yaml.Node, path string) (int, bool) {
	v, ok := d.integer(n, path)
	if ok && v < 0 {
		d.errorf(d.resolve(n), path, "must not be negative, got %d", v)
		return 0, false
	}
	return v, ok
}

func (d *decoder) number(n *yaml.Node, path string) (float64, bool) {
	n = d.resolve(n)
	if n.Kind == yaml.ScalarNode && (n.ShortTag() == "!!int" || n.ShortTag() == "!!float") {
		v, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64)
		if err != nil && n.ShortTag() == "!!int" {
			var i int64
			i, err = strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 0, 64)
			v = float64(i)
		}
		if err == nil && !math.IsNaN(v) && !math.IsInf(v, 0) {
			return v, true
		}
		d.errorf(n, path, "want a finite number, got %s", describe(n))
		return 0, false
	}
	d.errorf(n, path, "want a number, got %s", describe(n))
	return 0, false
}

func (d *decoder) boolean(n *yaml.Node, path string) (bool, bool) {
	n = d.resolve(n)
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!bool" {
		switch strings.ToLower(n.Value) {
		case "true":
			return true, true
		case "false":
			return false, true
		}
	}
	d.errorf(n, path, "want true or false, got %s", describe(n))
	return false, false
}

// strings reads a list of non-empty strings; a single string counts as a
// list of one.
func (d *decoder) strings(n *yaml.Node, path string) *strList {
	r := d.resolve(n)
	out := &strList{pos: at(r, path)}
	if r.Kind == yaml.ScalarNode && r.ShortTag() != "!!null" {
		if s, ok := d.name(r, path); ok {
			out.vals = []string{s}
		}
		return out
	}
	items := d.seq(r, path)
	if len(items) > 0 {
		out.vals = make([]string, 0, len(items))
	}
	for i, c := range items {
		if s, ok := d.nameAt(c, path, i); ok {
			out.vals = append(out.vals, s)
		}
	}
	if len(out.vals) == 0 && r.Kind == yaml.SequenceNode && len(r.Content) == 0 {
		d.errorf(r, path, "empty list")
	}
	return out
}

func (d *decoder) refs(n *yaml.Node, path string) []ref {
	var out []ref
	r := d.resolve(n)
	if r.Kind == yaml.ScalarNode && r.ShortTag() != "!!null" {
		if s, ok := d.name(r, path); ok {
			out = append(out, ref{pos: at(r, path), id: s})
		}
		return out
	}
	for i, c := range d.seq(r, path) {
		p := index(path, i)
		if s, ok := d.name(c, p); ok {
			out = append(out, ref{pos: at(d.resolve(c), p), id: s})
		}
	}
	return out
}

func (d *decoder) skills(n *yaml.Node, path string) map[string]int {
	out := map[string]int{}
	d.eachKey(n, path, false, "want a mapping of skill to level, like {es: 3}", "duplicate key", func(_, vn *yaml.Node, k, p string) {
		if v, ok := d.nonNegInt(vn, p); ok {
			out[k] = v
		}
	})
	return out
}

// decodeFile decodes the whole document.
func (d *decoder) decodeFile(root *yaml.Node) *fileSpec {
	f := &fileSpec{fallback: leadroute.DefaultFallbackQueue}
	root = d.resolve(root)
	if root.Kind != yaml.MappingNode {
		d.errorf(root, "", "the file must be a mapping with keys %s, got %s", strings.Join(topKeys, ", "), describe(root))
		return f
	}
	for _, fl := range d.mapping(root, "", topKeys) {
		switch fl.Key {
		case "version":
			if v, ok := d.integer(fl.VN, fl.Path); ok {
				if v != 1 {
					d.errorf(d.resolve(fl.VN), fl.Path, "unsupported version %d (want 1)", v)
				}
				f.version = v
			}
		case "fallback":
			if s, ok := d.name(fl.VN, fl.Path); ok {
				f.fallback = s
				f.fallbackPos = at(d.resolve(fl.VN), fl.Path)
			}
		case "reps":
			items := d.seq(fl.VN, fl.Path)
			f.reps = make([]repSpec, 0, len(items))
			for i, rn := range items {
				f.reps = append(f.reps, d.rep(rn, index(fl.Path, i)))
			}
		case "pools":
			f.pools = d.pools(fl.VN, fl.Path)
		case "teams":
			f.teams = d.teams(fl.VN, fl.Path)
		case "territories":
			f.territories = d.territories(fl.VN, fl.Path)
		case "accounts":
			f.accounts = d.accounts(fl.VN, fl.Path)
		case "rules":
			items := d.seq(fl.VN, fl.Path)
			f.rules = make([]ruleSpec, len(items))
			for i, rn := range items {
				d.rule(&f.rules[i], rn, index(fl.Path, i))
			}
		case "lint":
			f.ignores = d.lintSpec(fl.VN, fl.Path)
		}
	}
	return f
}

func (d *decoder) rep(n *yaml.Node, path string) repSpec {
	r := d.resolve(n)
	rs := repSpec{pos: at(r, path), fields: map[string]pos{}}
	var hours string
	var hoursNode *yaml.Node
	var ooo *yaml.Node
	var oooPath string
	for _, fl := range d.mapping(r, path, repKeys) {
		vn := d.resolve(fl.VN)
		rs.fields[fl.Key] = at(vn, fl.Path)
		switch fl.Key {
		case "id":
			rs.rep.ID, _ = d.name(vn, fl.Path)
		case "name":
			rs.rep.Name, _ = d.str(vn, fl.Path)
		case "team":
			rs.rep.Team, _ = d.str(vn, fl.Path)
		case "weight":
			rs.rep.Weight, _ = d.nonNegInt(vn, fl.Path)
		case "skills":
			rs.rep.Skills = d.skills(vn, fl.Path)
		case "time_zone":
			if s, ok := d.name(vn, fl.Path); ok {
				if _, err := d.loadLocation(s); errors.Is(err, tz.ErrNoDatabase) {
					d.errorf(vn, fl.Path, "%v", err)
				} else if err != nil {
					d.errorf(vn, fl.Path, "unknown time zone %q (want an IANA name such as \"Europe/Madrid\")", s)
				} else {
					rs.rep.TimeZone = s
				}
			}
		case "hours":
			hours, _ = d.str(vn, fl.Path)
			hoursNode = vn
		case "daily_cap":
			rs.rep.DailyCap, _ = d.nonNegInt(vn, fl.Path)
		case "weekly_cap":
			rs.rep.WeeklyCap, _ = d.nonNegInt(vn, fl.Path)
		case "max_open":
			rs.rep.MaxOpen, _ = d.nonNegInt(vn, fl.Path)
		case "backup":
			if s, ok := d.name(vn, fl.Path); ok {
				rs.rep.Backup = s
				rs.backupPos = at(vn, fl.Path)
			}
		case "away":
			rs.rep.Away, _ = d.boolean(vn, fl.Path)
		case "out_of_office":
			ooo, oooPath = vn, fl.Path
		case "lint":
			rs.ignores = d.lintSpec(vn, fl.Path)
		case "holidays":
			rs.rep.Holidays = d.dates(vn, fl.Path)
		}
	}
	if hoursNode != nil && hours != "" {
		h, err := leadroute.ParseHours(hours)
		if err != nil {
			d.errorf(hoursNode, joinPath(path, "hours"), "%v", err)
		} else {
			rs.rep.Hours = h
		}
	}
	if ooo != nil {
		loc := time.UTC
		if rs.rep.TimeZone != "" {
			loc, _ = d.loadLocation(rs.rep.TimeZone)
		}
		for i, pn := range d.seq(ooo, oooPath) {
			p := index(oooPath, i)
			var per leadroute.Period
			var okS, okE bool
			for _, fl := range d.mapping(pn, p, oooKeys) {
				switch fl.Key {
				case "start":
					per.Start, okS = d.instant(fl.VN, fl.Path, loc, false)
				case "end":
					per.End, okE = d.instant(fl.VN, fl.Path, loc, true)
				}
			}
			rn := d.resolve(pn)
			if rn.Kind != yaml.MappingNode {
				continue
			}
			if !okS || !okE {
				if !d.hasKey(rn, "start") {
					d.errorf(rn, joinPath(p, "start"), "required")
				}
				if !d.hasKey(rn, "end") {
					d.errorf(rn, joinPath(p, "end"), "required")
				}
				continue
			}
			if !per.End.After(per.Start) {
				d.errorf(rn, p, "end %s is not after start %s", per.End.Format(time.RFC3339), per.Start.Format(time.RFC3339))
				continue
			}
			rs.rep.OutOfOffice = append(rs.rep.OutOfOffice, per)
		}
	}
	if _, ok := rs.fields["id"]; !ok && r.Kind == yaml.MappingNode {
		d.errorf(r, joinPath(path, "id"), "required")
	}
	return rs
}

func (d *decoder) hasKey(n *yaml.Node, key string) bool {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return true
		}
	}
	return false
}

// instant reads an RFC 3339 time, or a date (YYYY-MM-DD) in the rep's zone.
// A date as an end means the end of that day (the day is included).
func (d *decoder) instant(n *yaml.Node, path string, loc *time.Location, end bool) (time.Time, bool) {
	n = d.resolve(n)
	s, ok := d.str(n, path)
	if !ok {
		return time.Time{}, false
	}
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, true
	}
	if t, err := time.ParseInLocation("2006-01-02T15:04", s, loc); err == nil {
		return t, true
	}
	if t, err := time.ParseInLocation(time.DateOnly, s, loc); err == nil {
		if end {
			t = t.AddDate(0, 0, 1)
		}
		return t, true
	}
	d.errorf(n, path, "want a date (2026-08-03) or an RFC 3339 time (2026-08-03T09:00:00+02:00), got %s", describe(n))
	return time.Time{}, false
}

// eachKey walks a mapping with unique keys (pool and territory names,
// skills, attributes) and calls fn with each key's nodes and path. shape is
// the error for anything but a mapping ("want a mapping of ..."); a null
// counts as empty when nullOK; dup is the error for a repeated key.
func (d *decoder) eachKey(n *yaml.Node, path string, nullOK bool, shape, dup string, fn func(kn, vn *yaml.Node, key, p string)) {
	r := d.resolve(n)
	if nullOK && r.Kind == yaml.ScalarNode && r.ShortTag() == "!!null" {
		return
	}
	if r.Kind != yaml.MappingNode {
		d.errorf(r, path, "%s, got %s", shape, describe(r))
		return
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(r.Content); i += 2 {
		kn := d.resolve(r.Content[i])
		key, ok := d.name(kn, path)
		if !ok {
			continue
		}
		p := joinPath(path, key)
		if seen[key] {
			d.errorf(kn, p, "%s", dup)
			continue
		}
		seen[key] = true
		fn(kn, r.Content[i+1], key, p)
	}
}

func (d *decoder) pools(n *yaml.Node, path string) []poolSpec {
	var out []poolSpec
	d.eachKey(n, path, true, "want a mapping of pool name to a list of rep IDs", "duplicate pool name", func(kn, v *yaml.Node, name, p string) {
		vn := d.resolve(v)
		ps := poolSpec{pos: at(kn, p), name: name, members: d.refs(vn, p)}
		if len(ps.members) == 0 && (vn.Kind != yaml.ScalarNode || vn.ShortTag() == "!!null" || vn.Value == "") {
			d.errorf(vn, p, "empty pool")
		}
		out = append(out, ps)
	})
	return out
}

// teams reads teams: {NAME: {holidays: [DATE...]}}.
func (d *decoder) teams(n *yaml.Node, path string) []teamSpec {
	var out []teamSpec
	d.eachKey(n, path, true, "want a mapping of team name to {holidays}", "duplicate team name", func(kn, vn *yaml.Node, name, p string) {
		ts := teamSpec{pos: at(kn, p), name: name}
		for _, fl := range d.mapping(vn, p, teamKeys) {
			if fl.Key == "holidays" {
				ts.holidays = d.dates(fl.VN, fl.Path)
			}
		}
		out = append(out, ts)
	})
	return out
}

// dates reads a list of dates ("2026-12-25").
func (d *decoder) dates(n *yaml.Node, path string) []string {
	var out []string
	for i, dn := range d.seq(n, path) {
		p := index(path, i)
		s, ok := d.str(dn, p)
		if !ok {
			continue
		}
		if _, err := time.Parse(time.DateOnly, s); err != nil {
			d.errorf(dn, p, "want a date like 2026-12-25, got %q", s)
			continue
		}
		out = append(out, s)
	}
	return out
}

// maxWeightEntries bounds a rule's lead_weight list (each entry is an
// expression evaluated per lead).
const maxWeightEntries = 16

// leadWeight reads a rule's lead_weight: an integer, or a list of
// {when: EXPR, weight: N} tried in order (the first that holds wins; 1
// when none does; an entry without when always holds).
func (d *decoder) leadWeight(n *yaml.Node, path string) []weightSpec {
	n = d.resolve(n)
	check := func(vn *yaml.Node, p string, w int) bool {
		if w < 1 || w > leadroute.MaxLeadWeight {
			d.errorf(vn, p, "lead weight must be between 1 and %d, got %d", leadroute.MaxLeadWeight, w)
			return false
		}
		return true
	}
	if n.Kind == yaml.ScalarNode {
		w, ok := d.integer(n, path)
		if ok && check(n, path, w) {
			return []weightSpec{{weight: w}}
		}
		return nil
	}
	items := d.seq(n, path)
	if len(items) > maxWeightEntries {
		d.errorf(n, path, "%d entries; the limit is %d", len(items), maxWeightEntries)
		return nil
	}
	var out []weightSpec
	for i, it := range items {
		p := index(path, i)
		ws := weightSpec{}
		hasWeight := false
		for _, fl := range d.mapping(it, p, weightKeys) {
			vn := d.resolve(fl.VN)
			switch fl.Key {
			case "when":
				if s, ok := d.name(vn, fl.Path); ok {
					d.checkExprShape(vn, fl.Path, s)
					ws.when, ws.whenPos = s, at(vn, fl.Path)
				}
			case "weight":
				if w, ok := d.integer(vn, fl.Path); ok && check(vn, fl.Path, w) {
					ws.weight, hasWeight = w, true
				}
			}
		}
		if !hasWeight {
			d.errorf(it, joinPath(p, "weight"), "required")
			continue
		}
		out = append(out, ws)
	}
	return out
}

func (d *decoder) territories(n *yaml.Node, path string) []territorySpec {
	var out []territorySpec
	d.eachKey(n, path, true, "want a mapping of territory name to {countries, states, postal}", "duplicate territory name", func(kn, vn *yaml.Node, name, p string) {
		ts := territorySpec{pos: at(kn, p), name: name}
		for _, fl := range d.mapping(vn, p, territoryKeys) {
			switch fl.Key {
			case "countries":
				ts.countries = d.strings(fl.VN, fl.Path).vals
			case "states":
				ts.states = d.strings(fl.VN, fl.Path).vals
			case "postal":
				ts.postal = d.postal(fl.VN, fl.Path)
			}
		}
		if len(ts.countries)+len(ts.states)+len(ts.postal) == 0 {
			d.errorf(kn, p, "empty territory: give countries, states or postal")
		}
		out = append(out, ts)
	})
	return out
}

// postal reads {COUNTRY: [prefix, ...], ...}.
func (d *decoder) postal(n *yaml.Node, path string) []postal {
	r := d.resolve(n)
	if r.Kind != yaml.MappingNode {
		d.errorf(r, path, "want a mapping of country code to postal-code prefixes, like {US: [\"94\", \"95\"]}, got %s", describe(r))
		return nil
	}
	var out []postal
	for i := 0; i+1 < len(r.Content); i += 2 {
		c, ok := d.name(r.Content[i], path)
		if !ok {
			continue
		}
		for _, p := range d.strings(r.Content[i+1], joinPath(path, c)).vals {
			out = append(out, postal{country: c, prefix: p})
		}
	}
	if len(out) == 0 && len(r.Content) == 0 {
		d.errorf(r, path, "empty")
	}
	return out
}

func (d *decoder) accounts(n *yaml.Node, path string) accountsSpec {
	r := d.resolve(n)
	as := accountsSpec{set: true, pos: at(r, path)}
	switch r.Kind {
	case yaml.MappingNode:
		for _, fl := range d.mapping(r, path, accountsKeys) {
			if s, ok := d.name(fl.VN, fl.Path); ok {
				as.csv = s
				as.pos = at(d.resolve(fl.VN), fl.Path)
			}
		}
		if as.csv == "" {
			d.errorf(r, joinPath(path, "csv"), "required")
		}
		return as
	case yaml.SequenceNode:
	default:
		if r.ShortTag() == "!!null" {
			return accountsSpec{}
		}
		d.errorf(r, path, "want a list of accounts or {csv: path}, got %s", describe(r))
		return as
	}
	for i, an := range r.Content {
		p := index(path, i)
		a := accountSpec{pos: at(d.resolve(an), p)}
		for _, fl := range d.mapping(an, p, accountKeys) {
			vn := d.resolve(fl.VN)
			switch fl.Key {
			case "id":
				a.id, _ = d.name(vn, fl.Path)
			case "name":
				a.name, _ = d.str(vn, fl.Path)
			case "domains":
				a.domains = d.strings(vn, fl.Path).vals
			case "owner":
				a.owner, _ = d.name(vn, fl.Path)
				a.ownerPos = at(vn, fl.Path)
			case "backup":
				a.backup, _ = d.name(vn, fl.Path)
				a.backupPos = at(vn, fl.Path)
			case "parent":
				a.parent, _ = d.name(vn, fl.Path)
			}
		}
		if d.resolve(an).Kind == yaml.MappingNode && !d.hasKey(d.resolve(an), "id") {
			d.errorf(d.resolve(an), joinPath(p, "id"), "required")
		}
		as.inline = append(as.inline, a)
	}
	return as
}

// rule decodes a rule into rs (zero), in place: a ruleSpec is large.
func (d *decoder) rule(rs *ruleSpec, n *yaml.Node, path string) {
	r := d.resolve(n)
	rs.pos = at(r, path)
	for _, fl := range d.mapping(r, path, ruleKeys) {
		vn := d.resolve(fl.VN)
		switch fl.Key {
		case "name":
			rs.name, _ = d.name(vn, fl.Path)
			rs.namePos = at(vn, fl.Path)
		case "when":
			if s, ok := d.name(vn, fl.Path); ok {
				rs.when, rs.whenStyle, rs.whenPos = s, vn.Style, at(vn, fl.Path)
				d.checkExprShape(vn, fl.Path, s)
			}
		case "match":
			rs.match = d.match(vn, fl.Path)
		case "pool":
			rs.pool = d.poolRef(vn, fl.Path)
		case "territories":
			rs.terrPos = at(vn, fl.Path)
			if vn.Kind != yaml.MappingNode {
				d.errorf(vn, fl.Path, "want a mapping of territory name to pool, got %s", describe(vn))
				continue
			}
			seen := map[string]bool{}
			for i := 0; i+1 < len(vn.Content); i += 2 {
				kn := d.resolve(vn.Content[i])
				k, ok := d.name(kn, fl.Path)
				if !ok {
					continue
				}
				p := joinPath(fl.Path, k)
				if seen[k] {
					d.errorf(kn, p, "duplicate key")
					continue
				}
				seen[k] = true
				rs.territories = append(rs.territories, territoryRoute{pos: at(kn, p), key: k, pool: d.poolRef(vn.Content[i+1], p)})
			}
		case "strategy":
			rs.strategy = d.strategy(vn, fl.Path, 0)
		case "overflow":
			rs.overflow, _ = d.name(vn, fl.Path)
		case "working_hours":
			rs.workingHours, _ = d.boolean(vn, fl.Path)
		case "own_rotation":
			rs.ownRotation, _ = d.boolean(vn, fl.Path)
		case "accept_within":
			if str, ok := d.str(vn, fl.Path); ok {
				w, err := time.ParseDuration(str)
				if err != nil || w <= 0 {
					d.errorf(vn, fl.Path, "want a positive duration such as \"15m\", got %s", describe(vn))
				} else {
					rs.acceptWithin = w
				}
			}
		case "lead_weight":
			rs.weights, rs.weightPos = d.leadWeight(vn, fl.Path), at(vn, fl.Path)
		case "skills":
			rs.skills = d.skills(vn, fl.Path)
			rs.skillsPos = at(vn, fl.Path)
		case "lint":
			rs.ignores = d.lintSpec(vn, fl.Path)
		}
	}
	if r.Kind == yaml.MappingNode && !d.hasKey(r, "name") {
		d.errorf(r, joinPath(path, "name"), "required")
	}
}

// checkExprShape rejects oversized or deeply nested expressions before
// anything tries to compile them.
func (d *decoder) checkExprShape(n *yaml.Node, path, s string) {
	if len(s) > MaxExprLen {
		d.errorf(n, path, "expression is %d bytes long; the limit is %d", len(s), MaxExprLen)
		return
	}
	depth, maxd := 0, 0
	for _, c := range s {
		switch c {
		case '(', '[', '{':
			depth++
			maxd = max(maxd, depth)
		case ')', ']', '}':
			depth--
		}
	}
	if maxd > MaxExprDepth {
		d.errorf(n, path, "expression nests %d levels deep; the limit is %d", maxd, MaxExprDepth)
	}
}

func (d *decoder) poolRef(n *yaml.Node, path string) poolRef {
	r := d.resolve(n)
	pr := poolRef{pos: at(r, path), set: true}
	if r.Kind == yaml.ScalarNode && r.ShortTag() != "!!null" {
		pr.name, _ = d.name(r, path)
		return pr
	}
	if r.Kind != yaml.SequenceNode {
		d.errorf(r, path, "want a pool name or a list of rep IDs, got %s", describe(r))
		return pr
	}
	pr.inline = d.refs(r, path)
	if len(r.Content) == 0 {
		d.errorf(r, path, "empty pool")
	}
	return pr
}

func (d *decoder) match(n *yaml.Node, path string) *matchSpec {
	r := d.resolve(n)
	m := &matchSpec{pos: at(r, path)}
	for _, fl := range d.mapping(r, path, matchKeys) {
		vn := d.resolve(fl.VN)
		switch fl.Key {
		case "country":
			m.country = d.strings(vn, fl.Path)
		case "state":
			m.state = d.strings(vn, fl.Path)
		case "postal":
			m.postal = d.postal(vn, fl.Path)
			m.postalPos = at(vn, fl.Path)
		case "territories":
			m.territories = d.refs(vn, fl.Path)
			m.territoriesPos = at(vn, fl.Path)
		case "employees":
			m.employees = d.intRange(vn, fl.Path)
		case "score":
			m.score = d.intRange(vn, fl.Path)
		case "revenue":
			m.revenue = d.floatRange(vn, fl.Path)
		case "industry":
			m.industry = d.strings(vn, fl.Path)
		case "source":
			m.source = d.strings(vn, fl.Path)
		case "language":
			m.language = d.strings(vn, fl.Path)
		case "products":
			m.products = d.strings(vn, fl.Path)
		case "attrs":
			m.attrs = d.attrs(vn, fl.Path)
		case "account":
			if b, ok := d.boolean(vn, fl.Path); ok {
				m.account = &b
				m.accountPos = at(vn, fl.Path)
			}
		}
	}
	return m
}

func (d *decoder) intRange(n *yaml.Node, path string) *intRange {
	return decodeRange(d, n, path, d.integer)
}

func (d *decoder) floatRange(n *yaml.Node, path string) *floatRange {
	return decodeRange(d, n, path, d.number)
}

// decodeRange reads {min, max} with read for the values.
func decodeRange[T int | float64](d *decoder, n *yaml.Node, path string, read func(*yaml.Node, string) (T, bool)) *numRange[T] {
	r := &numRange[T]{pos: at(n, path)}
	for _, fl := range d.mapping(n, path, rangeKeys) {
		switch fl.Key {
		case "min":
			r.min, r.hasMin = read(fl.VN, fl.Path)
		case "max":
			r.max, r.hasMax = read(fl.VN, fl.Path)
		}
	}
	switch {
	case !r.hasMin && !r.hasMax:
		if n.Kind == yaml.MappingNode {
			d.errorf(n, path, "give min, max or both")
		}
		return nil
	case r.hasMin && r.hasMax && r.min >= r.max:
		d.errorf(n, path, "min %v is not below max %v (max is exclusive)", r.min, r.max)
		return nil
	}
	return r
}

// attrs reads {key: value} or {key: [v1, v2]}; values are strings,
// integers, numbers or booleans.
func (d *decoder) attrs(n *yaml.Node, path string) []attrSpec {
	var out []attrSpec
	d.eachKey(n, path, false, "want a mapping of attribute to value or list of values", "duplicate key", func(kn, v *yaml.Node, k, p string) {
		as := attrSpec{pos: at(kn, p), key: k}
		vn := d.resolve(v)
		items := []*yaml.Node{vn}
		if vn.Kind == yaml.SequenceNode {
			items = vn.Content
			if len(items) == 0 {
				d.errorf(vn, p, "empty list")
			}
		}
		for j, it := range items {
			ip := p
			if vn.Kind == yaml.SequenceNode {
				ip = index(p, j)
			}
			if v, ok := d.scalarValue(it, ip); ok {
				as.values = append(as.values, v)
			}
		}
		out = append(out, as)
	})
	return out
}

func (d *decoder) scalarValue(n *yaml.Node, path string) (any, bool) {
	n = d.resolve(n)
	if n.Kind == yaml.ScalarNode {
		switch n.ShortTag() {
		case "!!int":
			if v, err := strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 0, 64); err == nil {
				return int(v), true
			}
		case "!!float":
			if v, ok := d.number(n, path); ok {
				return v, true
			}
			return nil, false
		case "!!bool":
			return d.boolean(n, path)
		case "!!null":
		default:
			return n.Value, true
		}
	}
	d.errorf(n, path, "want a string, number or boolean, got %s", describe(n))
	return nil, false
}

// strategy reads "round_robin" or {type: round_robin, ...params}.
func (d *decoder) strategy(n *yaml.Node, path string, depth int) *strategySpec {
	r := d.resolve(n)
	if depth > maxStrategyDepth {
		d.errorf(r, path, "strategies nested more than %d levels deep", maxStrategyDepth)
		return nil
	}
	s := &strategySpec{pos: at(r, path)}
	if r.Kind == yaml.ScalarNode && r.ShortTag() != "!!null" {
		s.typ = r.Value
		s.typPos = at(r, path)
		if _, ok := strategyKeys[s.typ]; !ok {
			d.errorf(r, path, "unknown strategy %q%s", s.typ, didYouMean(s.typ, strategyTypes))
			return nil
		}
		d.strategyNeedsParams(s, r, path)
		return s
	}
	if r.Kind != yaml.MappingNode {
		d.errorf(r, path, "want a strategy name or {type: ...}, got %s", describe(r))
		return nil
	}
	var tn *yaml.Node
	for i := 0; i+1 < len(r.Content); i += 2 {
		if d.resolve(r.Content[i]).Value == "type" {
			tn = d.resolve(r.Content[i+1])
		}
	}
	if tn == nil {
		d.errorf(r, joinPath(path, "type"), "required (one of %s)", strings.Join(strategyTypes, ", "))
		return nil
	}
	typ, ok := d.name(tn, joinPath(path, "type"))
	if !ok {
		return nil
	}
	extra, ok := strategyKeys[typ]
	if !ok {
		d.errorf(tn, joinPath(path, "type"), "unknown strategy %q%s", typ, didYouMean(typ, strategyTypes))
		return nil
	}
	s.typ, s.typPos = typ, at(tn, joinPath(path, "type"))
	for _, fl := range d.mapping(r, path, append([]string{"type"}, extra...)) {
		vn := d.resolve(fl.VN)
		switch fl.Key {
		case "window":
			if str, ok := d.str(vn, fl.Path); ok {
				w, err := time.ParseDuration(str)
				if err != nil || w <= 0 {
					d.errorf(vn, fl.Path, "want a positive duration such as \"24h\", got %s", describe(vn))
				} else {
					s.window, s.hasWin = w, true
				}
			}
		case "by":
			if str, ok := d.name(vn, fl.Path); ok {
				switch str {
				case "remaining":
				case "share":
					s.byShare = true
				default:
					d.errorf(vn, fl.Path, "unknown least_loaded ranking %q (want remaining or share)", str)
				}
			}
		case "required":
			s.required = d.skills(vn, fl.Path)
		case "tie":
			s.tie = d.strategy(vn, fl.Path, depth+1)
		case "for":
			if str, ok := d.str(vn, fl.Path); ok {
				w, err := parseDays(str)
				if err != nil || w <= 0 {
					d.errorf(vn, fl.Path, "want a positive duration such as \"90d\" or \"720h\", got %s", describe(vn))
				} else {
					s.ttl = w
				}
			}
		case "key":
			if str, ok := d.name(vn, fl.Path); ok {
				s.key, s.keyPos = str, at(vn, fl.Path)
				if s.typ == "remember" {
					if !slices.Contains(rememberKeys, str) && !strings.HasPrefix(str, "attr:") {
						d.errorf(vn, fl.Path, "unknown ownership key %q (want %s, or attr:NAME)%s", str, strings.Join(rememberKeys, ", "), didYouMean(str, rememberKeys))
					}
				} else if !slices.Contains(stickyKeys, str) && !strings.HasPrefix(str, "attr:") {
					d.errorf(vn, fl.Path, "unknown sticky key %q (want %s, or attr:NAME)%s", str, strings.Join(stickyKeys, ", "), didYouMean(str, stickyKeys))
				}
			}
		case "next":
			s.next = d.strategy(vn, fl.Path, depth+1)
		case "pool":
			s.pool = d.strategy(vn, fl.Path, depth+1)
		case "queue":
			s.queue, _ = d.name(vn, fl.Path)
			s.queuePos = at(vn, fl.Path)
		case "steps":
			items := d.seq(vn, fl.Path)
			if len(items) == 0 && vn.Kind == yaml.SequenceNode {
				d.errorf(vn, fl.Path, "empty list")
			}
			for i, c := range items {
				if st := d.strategy(c, index(fl.Path, i), depth+1); st != nil {
					s.steps = append(s.steps, st)
				}
			}
		}
	}
	d.strategyNeedsParams(s, r, path)
	return s
}

func (d *decoder) strategyNeedsParams(s *strategySpec, n *yaml.Node, path string) {
	switch s.typ {
	case "queue":
		if s.queue == "" {
			d.errorf(n, joinPath(path, "queue"), "required: the queue name")
		}
	case "sticky":
		if s.key == "" {
			d.errorf(n, joinPath(path, "key"), "required (one of %s, or attr:NAME)", strings.Join(stickyKeys, ", "))
		}
	case "remember":
		if s.key == "" {
			d.errorf(n, joinPath(path, "key"), "required (one of %s, or attr:NAME)", strings.Join(rememberKeys, ", "))
		}
		if s.ttl == 0 {
			d.errorf(n, joinPath(path, "for"), "required: how long an owner is remembered, such as \"90d\"")
		}
	case "chain":
		if len(s.steps) == 0 && n.Kind == yaml.ScalarNode {
			d.errorf(n, joinPath(path, "steps"), "required")
		}
	}
}

// loadLocation loads an IANA time zone, caching per decoder. "Local" is
// refused: a rules file must mean the same on every machine.
func (d *decoder) loadLocation(name string) (*time.Location, error) {
	if loc, ok := d.locs[name]; ok {
		return loc, nil
	}
	if name == "Local" || len(name) > 64 || strings.ContainsAny(name, " \\") {
		return nil, fmt.Errorf("unknown time zone %q", name)
	}
	loc, err := tz.Load(name)
	if err != nil {
		return nil, err
	}
	if d.locs == nil {
		d.locs = map[string]*time.Location{}
	}
	d.locs[name] = loc
	return loc, nil
}
