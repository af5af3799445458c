package salesforce

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/config"
	"github.com/leadroute/leadroute/matchers"
)

// Import reads Salesforce AssignmentRules metadata from r and translates
// it into a leadroute rules file (see the package documentation).
//
// The returned error is for input that cannot be imported at all: not
// XML, not AssignmentRules metadata (wrapping [ErrInvalid]), a limit
// exceeded, a read error, no assignment rule to import, or options that
// are wrong (a bad field mapping). Anything that merely does not translate
// is a [Problem] in the Result; check [Result.Complete].
//
// Import is safe for concurrent use; it keeps no state between calls.
func Import(r io.Reader, opts Options) (*Result, error) {
	root, err := parseXML(r)
	if err != nil {
		return nil, err
	}
	im, err := newImporter(opts)
	if err != nil {
		return nil, err
	}
	if err := im.run(root); err != nil {
		return nil, err
	}
	slices.SortStableFunc(im.res.Problems, byPlace)
	slices.SortStableFunc(im.res.Notes, byPlace)
	im.res.YAML = im.writeYAML()
	// The output must load. Short of a bug, it fails only when the rules
	// exceed the limits of a rules file (config.MaxFileSize, the number of
	// values), which a very large org can reach.
	if _, err := config.Parse(im.res.YAML, config.YAML); err != nil {
		return nil, fmt.Errorf("salesforce: the translated rules do not load: %w", err)
	}
	return im.res, nil
}

func byPlace(a, b Problem) int {
	if a.Line != b.Line {
		return a.Line - b.Line
	}
	return a.Column - b.Column
}

type importer struct {
	opts       Options
	fields     map[string]Field
	fieldsFold map[string]Field
	usersFold  map[string]string
	res        *Result
	reps       []string
	repSet     map[string]bool
	names      map[string]bool // rule names taken
	rules      []*outRule
}

// outRule is one translated (or left out) rule entry.
type outRule struct {
	name    string
	line    int
	match   []string // YAML "key: value" lines under match
	when    string
	pool    string // rep ID
	queue   string
	leftOut []string // reasons
}

func newImporter(opts Options) (*importer, error) {
	im := &importer{opts: opts, res: &Result{}, repSet: map[string]bool{}, names: map[string]bool{},
		fields: map[string]Field{}, fieldsFold: map[string]Field{}, usersFold: map[string]string{}}
	for k, f := range opts.Fields {
		if !validTarget(f.Target) {
			return nil, fmt.Errorf("salesforce: field %q: target %q is neither a Lead field nor attr:NAME", k, f.Target)
		}
		k = strings.TrimPrefix(k, "Lead.")
		im.fields[k] = f
		im.fieldsFold[strings.ToLower(k)] = f
	}
	for k, v := range opts.Users {
		im.usersFold[strings.ToLower(k)] = v
	}
	if im.opts.KeepOwnerQueue == "" {
		im.opts.KeepOwnerQueue = "keep-owner"
	}
	if im.opts.Fallback == "" {
		im.opts.Fallback = "unassigned"
	}
	return im, nil
}

func (im *importer) problem(n *node, path, format string, args ...any) {
	im.res.Problems = append(im.res.Problems, Problem{Line: n.line, Column: n.col, Path: path, Msg: fmt.Sprintf(format, args...)})
}

func (im *importer) note(n *node, path, format string, args ...any) {
	im.res.Notes = append(im.res.Notes, Problem{Line: n.line, Column: n.col, Path: path, Msg: fmt.Sprintf(format, args...)})
}

func (im *importer) run(root *node) error {
	entries := 0
	var chosen []*node
	var paths []string
	active := 0
	ri := 0
	for _, k := range root.kids {
		if k.name != "assignmentRule" {
			if k.name != "fullName" {
				im.note(k, k.name, "element <%s> ignored", k.name)
			}
			continue
		}
		path := fmt.Sprintf("assignmentRule[%d]", ri)
		ri++
		for _, e := range k.kids {
			if e.name == "ruleEntry" {
				entries++
			}
		}
		if entries > MaxEntries {
			return fmt.Errorf("%w: line %d:%d: more than %d rule entries (MaxEntries)", ErrInvalid, k.line, k.col, MaxEntries)
		}
		name := ""
		if fn := k.child("fullName"); fn != nil {
			name = fn.text
		}
		isActive := false
		if a := k.child("active"); a != nil {
			isActive = strings.EqualFold(a.text, "true")
		}
		if im.opts.Rule != "" {
			if name == im.opts.Rule {
				chosen, paths = append(chosen, k), append(paths, path)
			}
			continue
		}
		if isActive {
			active++
			chosen, paths = append(chosen, k), append(paths, path)
		}
	}
	switch {
	case len(chosen) == 0 && im.opts.Rule != "":
		return fmt.Errorf("salesforce: no assignment rule named %q", im.opts.Rule)
	case len(chosen) == 0:
		return fmt.Errorf("salesforce: no active assignment rule (name one with Options.Rule)")
	case active > 1:
		im.problem(chosen[1], paths[1], "%d assignment rules are active; Salesforce runs only one: all are imported in file order, choose one with Options.Rule (--rule)", active)
	}
	for i, k := range chosen {
		im.rule(k, paths[i])
	}
	im.defaultOwner(root)
	return nil
}

func (im *importer) rule(k *node, path string) {
	name := "rule"
	if fn := k.child("fullName"); fn != nil && fn.text != "" {
		name = strings.NewReplacer("#", "-", "/", "-").Replace(fn.text)
	} else {
		im.problem(k, path, "assignment rule without a fullName; its entries are named %q", name)
	}
	ei := 0
	for _, e := range k.kids {
		switch e.name {
		case "fullName", "active":
		case "ruleEntry":
			im.entry(e, fmt.Sprintf("%s.ruleEntry[%d]", path, ei), fmt.Sprintf("%s entry %d", name, ei+1))
			ei++
		default:
			im.problem(e, path+"."+e.name, "unknown element <%s> ignored", e.name)
		}
	}
}

// item is one criteria item.
type item struct {
	n                          *node
	path                       string
	field, op, value, valField string
	hasValue                   bool
}

func (im *importer) entry(e *node, path, name string) {
	// Two assignment rules may share a fullName (only one is active in
	// Salesforce); rule names must be unique.
	if im.names[name] {
		base := name
		for i := 2; im.names[name]; i++ {
			name = fmt.Sprintf("%s (%d)", base, i)
		}
	}
	im.names[name] = true
	out := &outRule{name: name, line: e.line}
	im.rules = append(im.rules, out)
	leave := func(n *node, p, format string, args ...any) {
		msg := fmt.Sprintf(format, args...)
		im.problem(n, p, "%s", msg)
		out.leftOut = append(out.leftOut, fmt.Sprintf("line %d:%d: %s", n.line, n.col, msg))
	}
	var items []item
	var filter, formula, assignedTo, assignedType *node
	for _, k := range e.kids {
		switch k.name {
		case "criteriaItems":
			p := fmt.Sprintf("%s.criteriaItems[%d]", path, len(items))
			it := item{n: k, path: p}
			for _, f := range k.kids {
				switch f.name {
				case "field":
					it.field = f.text
				case "operation":
					it.op = f.text
				case "value":
					it.value, it.hasValue = f.text, true
				case "valueField":
					it.valField = f.text
				default:
					leave(f, p+"."+f.name, "unknown element <%s> in a criteria item", f.name)
				}
			}
			items = append(items, it)
		case "booleanFilter":
			filter = k
		case "formula":
			formula = k
		case "assignedTo":
			assignedTo = k
		case "assignedToType":
			assignedType = k
		case "template":
			im.note(k, path+".template", "email template %q not imported: leadroute sends no email", k.text)
		case "notifyCcRecipients", "overrideExistingTeams":
			im.note(k, path+"."+k.name, "<%s> ignored: it does not change who gets the lead", k.name)
		default:
			leave(k, path+"."+k.name, "unknown element <%s>", k.name)
		}
	}
	if len(items) > MaxItems {
		leave(e, path, "more than %d criteria items (MaxItems)", MaxItems)
		items = nil
	}
	// Assignee.
	switch {
	case assignedTo == nil || assignedTo.text == "":
		out.queue = im.opts.KeepOwnerQueue
		im.note(e, path, "no assignee (\"do not reassign owner\"): matching leads go to queue %q, meaning \"keep the current owner\"", out.queue)
	case assignedType != nil && strings.EqualFold(assignedType.text, "Queue"):
		out.queue = assignedTo.text
	case assignedType == nil || strings.EqualFold(assignedType.text, "User"):
		rep, ok := im.user(assignedTo.text)
		if !ok {
			leave(assignedTo, path+".assignedTo", "user %q is not in the users map (give its rep in the users file)", assignedTo.text)
		} else {
			out.pool = rep
		}
	default:
		leave(assignedType, path+".assignedToType", "assignedToType %q is neither User nor Queue", assignedType.text)
	}
	// Criteria.
	switch {
	case formula != nil && len(items) > 0:
		leave(formula, path+".formula", "an entry has either criteria items or a formula, not both")
	case formula != nil:
		if filter != nil {
			im.note(filter, path+".booleanFilter", "booleanFilter ignored: the entry uses a formula")
		}
		if formula.text == "" {
			break
		}
		w, err := im.formula(formula.text)
		if err != nil {
			leave(formula, path+".formula", "formula not translated: %v", err)
			break
		}
		out.when = w
	case len(items) > 0:
		var c *cond
		if filter != nil && filter.text != "" {
			var err error
			c, err = parseFilter(filter.text, len(items))
			if err != nil {
				leave(filter, path+".booleanFilter", "%v", err)
				break
			}
		} else {
			c = &cond{op: 'a'}
			for i := range items {
				c.kids = append(c.kids, &cond{op: 'l', item: i})
			}
		}
		im.criteria(out, items, c, leave)
	}
	if len(out.leftOut) == 0 && out.when != "" {
		if _, err := matchers.Expr(out.when); err != nil {
			leave(e, path, "the translated expression does not compile: %v", err)
		}
	}
	if len(out.leftOut) == 0 && out.pool != "" && !im.repSet[out.pool] {
		im.repSet[out.pool] = true
		im.reps = append(im.reps, out.pool)
	}
	im.res.Rules = append(im.res.Rules, Rule{Name: name, Line: e.line, Column: e.col, Imported: len(out.leftOut) == 0})
}

// user maps a Salesforce user to a rep.
func (im *importer) user(u string) (string, bool) {
	if r, ok := im.opts.Users[u]; ok && r != "" {
		return r, true
	}
	r, ok := im.usersFold[strings.ToLower(u)]
	return r, ok && r != ""
}

func (im *importer) defaultOwner(root *node) {
	o := im.opts.DefaultOwner
	switch {
	case o.Name == "":
		im.note(root, "AssignmentRules", "no default lead owner given: leads no entry matches go to queue %q (Salesforce gives them to the default lead owner of Lead Settings)", im.opts.Fallback)
	case strings.EqualFold(o.Type, "Queue"):
		im.opts.Fallback = o.Name
	default:
		rep, ok := im.user(o.Name)
		if !ok {
			im.problem(root, "AssignmentRules", "default lead owner %q is not in the users map", o.Name)
			return
		}
		im.rules = append(im.rules, &outRule{name: "default lead owner", pool: rep})
		if !im.repSet[rep] {
			im.repSet[rep] = true
			im.reps = append(im.reps, rep)
		}
	}
}

// leaveFunc records a problem that leaves the entry out.
type leaveFunc func(n *node, path, format string, args ...any)

// criteria translates the entry's condition tree: conjuncts at the top
// that a typed matcher expresses exactly go to match, the rest to when.
func (im *importer) criteria(out *outRule, items []item, c *cond, leave leaveFunc) {
	// Nested ANDs ("(1 AND 2) AND 3") are one conjunction.
	var conj []*cond
	var flatten func(*cond)
	flatten = func(c *cond) {
		if c.op != 'a' {
			conj = append(conj, c)
			return
		}
		for _, k := range c.kids {
			flatten(k)
		}
	}
	flatten(c)
	// A country required by a top-level conjunct qualifies bare state
	// codes anywhere in the entry.
	country := ""
	for _, k := range conj {
		if k.op != 'l' {
			continue
		}
		it := items[k.item]
		f, why := im.resolve(it.field)
		if why == "" && f.lead == "Country" && it.op == "equals" && it.valField == "" {
			vs := splitValues(it.value)
			if len(vs) == 1 {
				if code, ok := leadroute.NormalizeCountry(vs[0]); ok {
					country = code
				}
			}
		}
	}
	t := &translator{im: im, items: items, country: country, leave: leave, used: map[string]bool{}}
	var whens []string
	for _, k := range conj {
		if k.op == 'l' {
			if m, ok := t.typed(items[k.item]); ok {
				out.match = append(out.match, m)
				continue
			}
		}
		s, ok := t.expr(k, 0)
		if !ok {
			return
		}
		whens = append(whens, s)
	}
	if len(whens) > 1 {
		for i, w := range whens {
			if needParens(w) {
				whens[i] = "(" + w + ")"
			}
		}
	}
	out.when = strings.Join(whens, " && ")
}

func needParens(s string) bool { return strings.Contains(s, "||") }

type translator struct {
	im      *importer
	items   []item
	country string
	leave   leaveFunc
	used    map[string]bool // typed match keys taken
}

// typed returns a "key: value" match line when the item is exactly a
// typed matcher.
func (t *translator) typed(it item) (string, bool) {
	if it.valField != "" {
		return "", false
	}
	f, why := t.im.resolve(it.field)
	if why != "" || f.lead == "" {
		return "", false
	}
	vals := splitValues(it.value)
	key := ""
	var line string
	switch {
	case it.op == "equals" && (f.lead == "Country" || f.lead == "State" || f.lead == "Industry" || f.lead == "Source"):
		codes, ok := t.codes(f.lead, vals, false)
		if !ok {
			return "", false
		}
		key = strings.ToLower(f.lead)
		line = key + ": " + yamlList(codes)
	case it.op == "startsWith" && f.lead == "PostalCode" && t.country != "" && !slicesHas(vals, ""):
		// The postal matcher needs the country, which a top-level
		// conjunct requires anyway.
		key = "postal"
		line = "postal: {" + q(t.country) + ": " + yamlList(vals) + "}"
	case f.typ == Number && len(vals) == 1 && (f.lead == "Employees" || f.lead == "Score" || f.lead == "Revenue"):
		v, err := strconv.ParseFloat(vals[0], 64)
		if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
			return "", false
		}
		isInt := v == math.Trunc(v) && math.Abs(v) < 1<<53
		bound := ""
		switch {
		case it.op == "greaterOrEqual" && (isInt || !f.intg):
			bound = "min"
		case it.op == "lessThan" && (isInt || !f.intg):
			bound = "max"
		case it.op == "greaterThan" && f.intg && isInt:
			bound, v = "min", v+1
		case it.op == "lessOrEqual" && f.intg && isInt:
			bound, v = "max", v+1
		default:
			return "", false
		}
		key = strings.ToLower(f.lead)
		line = key + ": {" + bound + ": " + numLit(v, !f.intg) + "}"
	default:
		return "", false
	}
	if t.used[key] {
		return "", false
	}
	t.used[key] = true
	return line, true
}

// codes normalises the values of a Country, State, Industry or Source
// criterion for a typed matcher or an expression. blankOK allows the
// blank value (kept as ""). It reports failure (without a problem) when
// a value has no exact equivalent.
func (t *translator) codes(field string, vals []string, blankOK bool) ([]string, bool) {
	out := make([]string, 0, len(vals))
	for _, v := range vals {
		if v == "" {
			if !blankOK {
				return nil, false
			}
			out = append(out, "")
			continue
		}
		switch field {
		case "Country":
			c, ok := leadroute.NormalizeCountry(v)
			if !ok {
				return nil, false
			}
			v = c
		case "State":
			s := strings.ToUpper(v)
			if !strings.Contains(s, "-") {
				if t.country == "" {
					return nil, false
				}
				c, ok := leadroute.NormalizeState(t.country, v)
				if !ok {
					return nil, false
				}
				s = c
			}
			if !leadroute.IsSubdivisionCode(s) {
				return nil, false
			}
			v = s
		}
		out = append(out, v)
	}
	return out, true
}

// expr translates a condition into an expression.
func (t *translator) expr(c *cond, depth int) (string, bool) {
	switch c.op {
	case 'l':
		return t.leaf(t.items[c.item])
	case 'n':
		s, ok := t.expr(c.kids[0], depth+1)
		return "!(" + s + ")", ok
	}
	sep := " && "
	if c.op == 'o' {
		sep = " || "
	}
	parts := make([]string, 0, len(c.kids))
	for _, k := range c.kids {
		s, ok := t.expr(k, depth+1)
		if !ok {
			return "", false
		}
		if k.op == 'a' || k.op == 'o' || strings.Contains(s, " || ") || strings.Contains(s, " && ") {
			s = "(" + s + ")"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, sep), true
}

// leaf translates one criteria item into an expression, following
// Salesforce's filter semantics.
func (t *translator) leaf(it item) (string, bool) {
	fail := func(format string, args ...any) (string, bool) {
		t.leave(it.n, it.path, format, args...)
		return "", false
	}
	if it.field == "" || it.op == "" {
		return fail("criteria item without a field or an operation")
	}
	if it.valField != "" {
		return fail("comparison with another field (valueField %q) does not translate", it.valField)
	}
	f, why := t.im.resolve(it.field)
	if why != "" {
		return fail("%s", why)
	}
	vals := splitValues(it.value)
	blank := len(vals) == 1 && vals[0] == ""
	op := it.op
	ordering := op == "lessThan" || op == "greaterThan" || op == "lessOrEqual" || op == "greaterOrEqual"
	typ := f.typ
	if f.lead == "" && !f.typed && ordering && allNumbers(vals) {
		typ = Number
	}
	if op == "within" {
		return fail("operation within (geolocation distance) does not translate: leads have no location")
	}
	switch op {
	case "equals", "notEqual", "lessThan", "greaterThan", "lessOrEqual", "greaterOrEqual",
		"contains", "notContain", "startsWith", "includes", "excludes":
	default:
		return fail("unknown operation %q", op)
	}
	if f.lead == "Country" || f.lead == "State" {
		if op != "equals" && op != "notEqual" {
			return fail("%s %s does not translate: leadroute normalises %s to ISO codes, so only equals and notEqual compare exactly", it.field, op, f.lead)
		}
		codes, ok := t.codes(f.lead, vals, true)
		if !ok {
			if f.lead == "State" {
				return fail("state values %q: write ISO 3166-2 codes (US-CA), or require exactly one country in the same entry (AND)", it.value)
			}
			return fail("country values %q: not all are known countries", it.value)
		}
		return inList(f.lead, codes, op == "notEqual"), true
	}
	switch typ {
	case Number:
		if f.lead != "" && slicesHas(vals, "") {
			return fail("blank value for %s does not translate: Lead.%s has no blank (a blank is 0)", it.field, f.lead)
		}
		if op == "contains" || op == "notContain" || op == "startsWith" || op == "includes" || op == "excludes" {
			return fail("operation %s on the number field %s", op, it.field)
		}
		if !blank && !allNumbers(nonBlank(vals)) {
			return fail("value %q of the number field %s is not a list of numbers", it.value, it.field)
		}
		return numExpr(f, op, vals), true
	case Bool:
		if f.lead != "" || len(vals) != 1 {
			return fail("checkbox %s compares with one value, true or false", it.field)
		}
		b, err := strconv.ParseBool(strings.ToLower(vals[0]))
		if err != nil || (op != "equals" && op != "notEqual") {
			return fail("checkbox %s: want equals or notEqual with true or false", it.field)
		}
		if b == (op == "equals") {
			return f.raw() + " == true", true
		}
		return f.raw() + " != true", true
	case MultiPicklist:
		if op != "includes" && op != "excludes" {
			return fail("operation %s on the multi-select field %s: only includes and excludes translate", op, it.field)
		}
		var any []string
		for _, v := range vals {
			if v == "" {
				return fail("blank value in %s %s", op, it.field)
			}
			var all []string
			for _, p := range strings.Split(v, ";") {
				if p = strings.TrimSpace(p); p != "" {
					all = append(all, f.has(p))
				}
			}
			any = append(any, join(all, " && "))
		}
		s := join(any, " || ")
		if op == "excludes" {
			return "!(" + s + ")", true
		}
		return s, true
	}
	// Text.
	if ordering {
		return fail("%s on the text field %s does not translate (map it as a number with the fields file if it holds numbers)", op, it.field)
	}
	if op == "includes" || op == "excludes" {
		return fail("%s applies to multi-select picklists: map %s with type multipicklist in the fields file", op, it.field)
	}
	lower := make([]string, len(vals))
	for i, v := range vals {
		lower[i] = strings.ToLower(v)
	}
	switch op {
	case "equals", "notEqual":
		return inList(f.text(), lower, op == "notEqual"), true
	}
	if slicesHas(lower, "") {
		return fail("blank value in %s %s", op, it.field)
	}
	var parts []string
	for _, v := range lower {
		switch op {
		case "contains":
			parts = append(parts, f.text()+" contains "+strconv.Quote(v))
		case "notContain":
			parts = append(parts, "!("+f.text()+" contains "+strconv.Quote(v)+")")
		case "startsWith":
			parts = append(parts, f.text()+" startsWith "+strconv.Quote(v))
		}
	}
	if op == "notContain" {
		return join(parts, " && "), true
	}
	return join(parts, " || "), true
}

func join(parts []string, sep string) string {
	if len(parts) == 1 {
		return parts[0]
	}
	for i, p := range parts {
		if strings.Contains(p, " || ") || strings.Contains(p, " && ") {
			parts[i] = "(" + p + ")"
		}
	}
	return strings.Join(parts, sep)
}

func inList(x string, vals []string, negate bool) string {
	if len(vals) == 1 {
		if negate {
			return x + " != " + strconv.Quote(vals[0])
		}
		return x + " == " + strconv.Quote(vals[0])
	}
	q := make([]string, len(vals))
	for i, v := range vals {
		q[i] = strconv.Quote(v)
	}
	op := " in "
	if negate {
		op = " not in "
	}
	return x + op + "[" + strings.Join(q, ", ") + "]"
}

// numExpr compares a number field with values; a blank value (attributes
// only) means "no value".
func numExpr(f fieldRef, op string, vals []string) string {
	x := f.raw()
	var parts []string
	for _, v := range vals {
		if v == "" {
			if op == "notEqual" {
				parts = append(parts, x+" != nil")
			} else if op == "equals" {
				parts = append(parts, x+" == nil")
			} else {
				parts = append(parts, "false") // a blank is never less or greater
			}
			continue
		}
		n, _ := strconv.ParseFloat(v, 64)
		lit := numLit(n, f.lead == "Revenue")
		cmp := map[string]string{"equals": "==", "notEqual": "!=", "lessThan": "<", "greaterThan": ">", "lessOrEqual": "<=", "greaterOrEqual": ">="}[op]
		s := x + " " + cmp + " " + lit
		if f.lead == "" && op != "notEqual" && op != "equals" {
			// An ordering comparison with nil is an error in expr;
			// a blank is never less or greater.
			s = x + " != nil && " + s
		}
		parts = append(parts, s)
	}
	if op == "notEqual" {
		return join(parts, " && ")
	}
	return join(parts, " || ")
}

// numLit writes n as an expression literal: an integer when it is one
// that fits (and float is false), else a float literal ("1e+20" would be
// read as an integer and overflow, so it is written out with ".0").
func numLit(n float64, float bool) string {
	s := strconv.FormatFloat(n, 'f', -1, 64)
	if (float || math.Abs(n) >= 1<<53) && !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

func allNumbers(vals []string) bool {
	if len(vals) == 0 {
		return false
	}
	for _, v := range vals {
		n, err := strconv.ParseFloat(v, 64)
		if err != nil || math.IsInf(n, 0) || math.IsNaN(n) {
			return false
		}
	}
	return true
}

func nonBlank(vals []string) []string {
	var out []string
	for _, v := range vals {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}

func slicesHas(vals []string, s string) bool {
	for _, v := range vals {
		if v == s {
			return true
		}
	}
	return false
}
