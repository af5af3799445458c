package cases

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/accounts"
	"github.com/leadroute/leadroute/internal/yamldoc"
)

// Allowed keys, in documentation order.
var (
	topKeys     = []string{"at", "lead", "accounts", "cases"}
	caseKeys    = []string{"name", "lead", "at", "accounts", "away", "used", "expect"}
	accountKeys = []string{"id", "name", "domains", "owner", "backup", "parent"}
	usedKeys    = []string{"today", "week", "open"}
	expectKeys  = []string{"rep", "not_rep", "queue", "rule"}
	// leadKeys are the Lead fields in snake case, as the leadroute route
	// command reads them; custom fields go under attrs.
	leadKeys = []string{"id", "email", "domain", "website", "company", "country", "state", "postal_code", "city",
		"industry", "source", "language", "employees", "revenue", "score", "products", "attrs", "created_at"}
)

const (
	// maxDepth bounds the nesting of attribute values.
	maxDepth = 32
	// maxLeadJSON bounds the template's attributes, in bytes of JSON,
	// since every case copies them; a lead is cut to leadroute's
	// MaxLead* limits when it is routed anyway.
	maxLeadJSON = 64 << 10
)

// bailout stops decoding early (too many errors or values).
type bailout struct{}

type pos struct {
	path      string
	line, col int
}

func at(n *yaml.Node, path string) pos { return pos{path: path, line: n.Line, col: n.Column} }

// ref is a rep or rule a case names, checked against the rules by
// File.Check.
type ref struct {
	pos
	rule        bool // a rule name; else a rep ID
	id          string
	today, week bool // a used count for today or this week was given
}

// leadSpec is a decoded lead: its JSON form for sim.ParseLeadJSON, with
// attributes apart so that a case can extend the template's.
type leadSpec struct {
	fields map[string]any
	attrs  map[string]any
}

type decoder struct {
	file string
	errs []*Error
	w    yamldoc.Walker
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
		d.errs = append(d.errs, &Error{File: d.file, Msg: "too many errors; stopping"})
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

// resolve follows aliases and charges the value budget.
func (d *decoder) resolve(n *yaml.Node) *yaml.Node { return d.w.Resolve(n) }

func isNull(n *yaml.Node) bool { return yamldoc.IsNull(n) }

func describe(n *yaml.Node) string { return yamldoc.Describe(n) }

func joinPath(path, key string) string { return yamldoc.JoinPath(path, key) }

func index(path string, i int) string { return yamldoc.Index(path, i) }

type field struct {
	key    string
	kn, vn *yaml.Node
	path   string
}

// mapping checks that n is a mapping with unique keys, each in allowed
// (or, at the top level, an "x-" extension key, skipped), and returns its
// fields in document order, merge keys expanded (see yamldoc.Walker).
func (d *decoder) mapping(n *yaml.Node, path string, allowed []string, top bool) []field {
	fs := d.w.Mapping(n, path, allowed, top)
	out := make([]field, len(fs))
	for i, f := range fs {
		out[i] = field{key: f.Key, kn: f.KN, vn: f.VN, path: f.Path}
	}
	return out
}

func (d *decoder) seq(n *yaml.Node, path string) []*yaml.Node { return d.w.Seq(n, path) }

// name reads a non-empty string.
func (d *decoder) name(n *yaml.Node, path string) (string, bool) {
	n = d.resolve(n)
	if n.Kind != yaml.ScalarNode || isNull(n) {
		d.errorf(n, path, "want a string, got %s", describe(n))
		return "", false
	}
	if strings.TrimSpace(n.Value) == "" {
		d.errorf(n, path, "must not be empty")
		return "", false
	}
	return n.Value, true
}

// names reads one name or a list of them, as refs.
func (d *decoder) names(n *yaml.Node, path string, rule bool) []ref {
	r := d.resolve(n)
	if r.Kind == yaml.ScalarNode && !isNull(r) {
		if s, ok := d.name(r, path); ok {
			return []ref{{pos: at(r, path), rule: rule, id: s}}
		}
		return nil
	}
	var out []ref
	for i, c := range d.seq(r, path) {
		p := index(path, i)
		if s, ok := d.name(c, p); ok {
			out = append(out, ref{pos: at(d.resolve(c), p), rule: rule, id: s})
		}
	}
	if r.Kind == yaml.SequenceNode && len(r.Content) == 0 {
		d.errorf(r, path, "empty list")
	}
	return out
}

func (d *decoder) count(n *yaml.Node, path string) (int, bool) {
	n = d.resolve(n)
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!int" {
		v, err := strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 0, 64)
		if err == nil && v >= 0 && v <= math.MaxInt32 {
			return int(v), true
		}
		d.errorf(n, path, "want a whole number from 0 to %d, got %s", math.MaxInt32, n.Value)
		return 0, false
	}
	d.errorf(n, path, "want a whole number, got %s", describe(n))
	return 0, false
}

func (d *decoder) time(n *yaml.Node, path string) (time.Time, bool) {
	n = d.resolve(n)
	if n.Kind == yaml.ScalarNode && !isNull(n) {
		if t, err := leadroute.ParseTime(n.Value); err == nil {
			return t, true
		}
	}
	d.errorf(n, path, "want a time such as 2026-11-25T15:00:00Z or 2026-11-25T16:00:00+01:00 (without an offset: UTC), got %s", describe(n))
	return time.Time{}, false
}

func (d *decoder) decodeFile(root *yaml.Node, f *File) {
	root = d.resolve(root)
	if root.Kind != yaml.MappingNode {
		d.errorf(root, "", "a cases file must be a mapping with keys %s, got %s", strings.Join(topKeys, ", "), describe(root))
		return
	}
	fileAt := DefaultAt
	var tmpl leadSpec
	var fileAccts *acctList
	var casesField *field
	for _, fl := range d.mapping(root, "", topKeys, true) {
		switch fl.key {
		case "at":
			if t, ok := d.time(fl.vn, fl.path); ok {
				fileAt = t
			}
		case "lead":
			tmpl = d.lead(fl.vn, fl.path)
			if b, _ := json.Marshal(tmpl.attrs); len(b) > maxLeadJSON {
				d.errorf(d.resolve(fl.vn), fl.path, "lead template too large: its attrs take more than %d bytes", maxLeadJSON)
				tmpl = leadSpec{}
			}
		case "accounts":
			fileAccts = d.accounts(fl.vn, fl.path)
		case "cases":
			casesField = &fl
		}
	}
	if casesField == nil {
		d.errorf(root, "cases", "required: the list of cases")
		return
	}
	seen := map[string]bool{}
	list := d.seq(casesField.vn, casesField.path)
	if len(list) == 0 {
		d.errorf(d.resolve(casesField.vn), casesField.path, "no cases")
	}
	for i, cn := range list {
		c, ok := d.decodeCase(cn, index(casesField.path, i), fileAt, tmpl, fileAccts)
		if c.Name != "" {
			if seen[c.Name] {
				d.add(&Error{Line: c.Line, Column: c.Column, Path: joinPath(index(casesField.path, i), "name"), Msg: fmt.Sprintf("duplicate case name %q", c.Name)})
				continue
			}
			seen[c.Name] = true
		}
		if ok {
			f.Cases = append(f.Cases, c)
		}
	}
}

func (d *decoder) decodeCase(n *yaml.Node, path string, fileAt time.Time, tmpl leadSpec, fileAccts *acctList) (Case, bool) {
	r := d.resolve(n)
	c := Case{Line: r.Line, Column: r.Column, At: fileAt}
	if r.Kind != yaml.MappingNode {
		d.errorf(r, path, "want a case (a mapping with name, lead and expect), got %s", describe(r))
		return c, false
	}
	ok := true
	var own leadSpec
	var ownAccts *acctList
	var hasExpect bool
	nerr := len(d.errs)
	for _, fl := range d.mapping(r, path, caseKeys, false) {
		switch fl.key {
		case "name":
			c.Name, ok = d.name(fl.vn, fl.path)
		case "lead":
			own = d.lead(fl.vn, fl.path)
		case "at":
			if t, tok := d.time(fl.vn, fl.path); tok {
				c.At = t
			}
		case "accounts":
			ownAccts = d.accounts(fl.vn, fl.path)
		case "away":
			for _, rf := range d.names(fl.vn, fl.path, false) {
				c.Away = append(c.Away, rf.id)
				c.refs = append(c.refs, rf)
			}
		case "used":
			d.used(fl.vn, fl.path, &c)
		case "expect":
			hasExpect = true
			d.expect(fl.vn, fl.path, &c)
		}
	}
	if c.Name == "" && ok {
		d.errorf(r, joinPath(path, "name"), "required")
		ok = false
	}
	if !hasExpect {
		d.errorf(r, joinPath(path, "expect"), "required: what the decision must be (rep, not_rep, queue or rule)")
	}
	if len(d.errs) > nerr {
		return c, false
	}
	c.setAccounts(fileAccts, ownAccts)
	l, err := buildLead(tmpl, own, c.Name)
	if err != nil {
		d.errorf(r, joinPath(path, "lead"), "%v", err)
		return c, false
	}
	c.Lead = l
	return c, ok
}

func (d *decoder) used(n *yaml.Node, path string, c *Case) {
	r := d.resolve(n)
	if r.Kind != yaml.MappingNode {
		d.errorf(r, path, "want a mapping of rep to counts, like {hannah: {today: 30}}, got %s", describe(r))
		return
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(r.Content); i += 2 {
		kn := d.resolve(r.Content[i])
		rep, ok := d.name(kn, path)
		if !ok {
			continue
		}
		p := joinPath(path, rep)
		if seen[rep] {
			d.errorf(kn, p, "duplicate key")
			continue
		}
		seen[rep] = true
		u := Used{Rep: rep}
		rf := ref{pos: at(kn, p), id: rep}
		vn := d.resolve(r.Content[i+1])
		fields := d.mapping(vn, p, usedKeys, false)
		if vn.Kind == yaml.MappingNode && len(fields) == 0 && len(vn.Content) == 0 || isNull(vn) {
			d.errorf(vn, p, "want counts: today, week and/or open")
			continue
		}
		for _, fl := range fields {
			v, ok := d.count(fl.vn, fl.path)
			if !ok {
				continue
			}
			switch fl.key {
			case "today":
				u.Today, rf.today = v, true
			case "week":
				u.Week, rf.week = v, true
			case "open":
				u.Open = v
			}
		}
		c.Used = append(c.Used, u)
		c.refs = append(c.refs, rf)
	}
}

func (d *decoder) expect(n *yaml.Node, path string, c *Case) {
	r := d.resolve(n)
	fields := d.mapping(r, path, expectKeys, false)
	if r.Kind != yaml.MappingNode {
		if isNull(r) {
			d.errorf(r, path, "expects nothing: give rep, not_rep, queue or rule")
		}
		return
	}
	var repPos *yaml.Node
	for _, fl := range fields {
		switch fl.key {
		case "rep":
			repPos = fl.kn
			for _, rf := range d.names(fl.vn, fl.path, false) {
				c.Expect.Reps = append(c.Expect.Reps, rf.id)
				c.refs = append(c.refs, rf)
			}
		case "not_rep":
			for _, rf := range d.names(fl.vn, fl.path, false) {
				c.Expect.NotReps = append(c.Expect.NotReps, rf.id)
				c.refs = append(c.refs, rf)
			}
		case "queue":
			c.Expect.Queue, _ = d.name(fl.vn, fl.path)
		case "rule":
			if s, ok := d.name(fl.vn, fl.path); ok {
				c.Expect.Rule = s
				c.refs = append(c.refs, ref{pos: at(d.resolve(fl.vn), fl.path), rule: true, id: s})
			}
		}
	}
	if len(fields) == 0 {
		d.errorf(r, path, "expects nothing: give rep, not_rep, queue or rule")
	}
	if repPos != nil && c.Expect.Queue != "" {
		d.errorf(repPos, joinPath(path, "rep"), "a lead goes to a rep or to a queue: give rep or queue, not both")
	}
}

// lead decodes a lead mapping. Each field is checked on its own, so that
// an error names the field's line.
func (d *decoder) lead(n *yaml.Node, path string) leadSpec {
	ls := leadSpec{fields: map[string]any{}}
	for _, fl := range d.mapping(n, path, leadKeys, false) {
		vn := d.resolve(fl.vn)
		if isNull(vn) {
			continue
		}
		var v any
		switch fl.key {
		case "attrs":
			m, ok := d.value(vn, fl.path, 0).(map[string]any)
			if !ok {
				if vn.Kind != yaml.MappingNode {
					d.errorf(vn, fl.path, "want a mapping of custom field to value, got %s", describe(vn))
				}
				continue
			}
			ls.attrs = m
			continue
		case "products":
			if vn.Kind == yaml.SequenceNode {
				var list []any
				for i, c := range vn.Content {
					if s, ok := d.name(c, index(fl.path, i)); ok {
						list = append(list, s)
					}
				}
				v = list
				break
			}
			fallthrough
		default:
			if vn.Kind != yaml.ScalarNode {
				d.errorf(vn, fl.path, "want a value, got %s", describe(vn))
				continue
			}
			v = vn.Value
		}
		// Check the field alone, for an error at its place.
		one, _ := json.Marshal(map[string]any{fl.key: v})
		var probe leadroute.Lead
		if err := probe.UnmarshalJSON(one); err != nil {
			var fe *leadroute.FieldError
			if errors.As(err, &fe) && fe.Err != nil {
				err = fe.Err
			}
			d.errorf(vn, fl.path, "%v", err)
			continue
		}
		ls.fields[fl.key] = v
	}
	return ls
}

// value converts an attribute value to what JSON decoding would give.
func (d *decoder) value(n *yaml.Node, path string, depth int) any {
	n = d.resolve(n)
	if depth > maxDepth {
		d.errorf(n, path, "nested more than %d levels deep", maxDepth)
		return nil
	}
	switch n.Kind {
	case yaml.MappingNode:
		m := map[string]any{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			kn := d.resolve(n.Content[i])
			if kn.Kind != yaml.ScalarNode {
				d.errorf(kn, path, "keys must be strings, got %s", describe(kn))
				continue
			}
			p := joinPath(path, kn.Value)
			if _, dup := m[kn.Value]; dup {
				d.errorf(kn, p, "duplicate key")
				continue
			}
			m[kn.Value] = d.value(n.Content[i+1], p, depth+1)
		}
		return m
	case yaml.SequenceNode:
		list := make([]any, 0, len(n.Content))
		for i, c := range n.Content {
			list = append(list, d.value(c, index(path, i), depth+1))
		}
		return list
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!null":
			return nil
		case "!!bool":
			return strings.EqualFold(n.Value, "true")
		case "!!int":
			if v, err := strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 0, 64); err == nil {
				return json.Number(strconv.FormatInt(v, 10))
			}
			d.errorf(n, path, "integer %s out of range", n.Value)
			return nil
		case "!!float":
			v, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64)
			if err == nil && !math.IsInf(v, 0) && !math.IsNaN(v) {
				return json.Number(strconv.FormatFloat(v, 'g', -1, 64))
			}
			d.errorf(n, path, "want a finite number, got %s", describe(n))
			return nil
		}
		return n.Value
	}
	d.errorf(n, path, "want a value, got %s", describe(n))
	return nil
}

// buildLead extends the template with the case's own lead (a field of
// the case replaces the template's; attributes are merged by name) and
// decodes it as the route command does.
func buildLead(tmpl, own leadSpec, name string) (leadroute.Lead, error) {
	m := maps.Clone(tmpl.fields)
	if m == nil {
		m = map[string]any{}
	}
	maps.Copy(m, own.fields)
	if _, ok := m["id"]; !ok {
		m["id"] = name
	}
	if len(tmpl.attrs)+len(own.attrs) > 0 {
		attrs := maps.Clone(tmpl.attrs)
		if attrs == nil {
			attrs = map[string]any{}
		}
		maps.Copy(attrs, own.attrs)
		m["attrs"] = attrs
	}
	data, err := json.Marshal(m)
	if err != nil {
		return leadroute.Lead{}, err
	}
	var l leadroute.Lead
	err = l.UnmarshalJSON(data)
	return l, err
}

// acctSpec is a decoded account and where it and its fields are.
type acctSpec struct {
	acct   accounts.Account
	pos    pos
	fields map[string]pos
}

// acctList is a decoded accounts list: the file's or a case's.
type acctList struct {
	pos   pos // the accounts key's value
	accts []acctSpec
}

// accounts decodes a list of accounts: mappings with accountKeys, id
// required and unique in the list, domains one name or a list.
func (d *decoder) accounts(n *yaml.Node, path string) *acctList {
	r := d.resolve(n)
	al := &acctList{pos: at(r, path)}
	list := d.seq(r, path)
	if r.Kind == yaml.SequenceNode && len(r.Content) == 0 {
		d.errorf(r, path, "empty list")
	}
	ids := map[string]int{}
	for i, an := range list {
		p := index(path, i)
		ar := d.resolve(an)
		as := acctSpec{pos: at(ar, p), fields: map[string]pos{}}
		if ar.Kind != yaml.MappingNode {
			d.errorf(ar, p, "want an account (a mapping with id, name, domains, owner, backup, parent), got %s", describe(ar))
			continue
		}
		hasID := false
		for _, fl := range d.mapping(ar, p, accountKeys, false) {
			vn := d.resolve(fl.vn)
			as.fields[fl.key] = at(vn, fl.path)
			switch fl.key {
			case "id":
				hasID = true
				if id, ok := d.name(vn, fl.path); ok {
					if j, dup := ids[id]; dup {
						d.errorf(vn, fl.path, "duplicate account ID %q (also %s)", id, index(path, j))
					}
					ids[id] = i
					as.acct.ID = id
				}
			case "name":
				as.acct.Name, _ = d.name(vn, fl.path)
			case "domains":
				for _, rf := range d.names(vn, fl.path, false) {
					as.acct.Domains = append(as.acct.Domains, rf.id)
				}
			case "owner":
				as.acct.Owner, _ = d.name(vn, fl.path)
			case "backup":
				as.acct.Backup, _ = d.name(vn, fl.path)
			case "parent":
				as.acct.Parent, _ = d.name(vn, fl.path)
			}
		}
		if !hasID {
			d.errorf(ar, joinPath(p, "id"), "required")
		}
		al.accts = append(al.accts, as)
	}
	return al
}

// setAccounts sets the case's accounts: the file's, less those whose ID
// the case's own replace, then the case's own. Owners and backups become
// rep references for File.Check.
func (c *Case) setAccounts(file, own *acctList) {
	if file == nil && own == nil {
		return
	}
	replaced := map[string]bool{}
	if file != nil {
		c.acctsPos = file.pos
	}
	if own != nil {
		c.acctsPos = own.pos
		c.ownAccounts = true
		for _, a := range own.accts {
			replaced[a.acct.ID] = true
		}
	}
	var list []acctSpec
	if file != nil {
		for _, a := range file.accts {
			if !replaced[a.acct.ID] {
				list = append(list, a)
			}
		}
	}
	if own != nil {
		list = append(list, own.accts...)
	}
	for _, a := range list {
		c.Accounts = append(c.Accounts, a.acct)
		c.acctSpecs = append(c.acctSpecs, a)
		for _, k := range [...]string{"owner", "backup"} {
			id := a.acct.Owner
			if k == "backup" {
				id = a.acct.Backup
			}
			if id != "" {
				c.refs = append(c.refs, ref{pos: a.fields[k], id: id})
			}
		}
	}
}
