package salesforce_test

// A direct interpreter of Salesforce's documented assignment rule
// semantics, written independently of the translator: it reads the
// metadata with encoding/xml's struct decoding and evaluates records
// (maps of Salesforce field values) as Salesforce does:
//
//   - entries in order, first match wins; no match: the default owner;
//   - text compares ignoring case; a comma-separated value is "any of"
//     (notEqual and notContain: "none of"), with CSV quoting;
//   - an empty value means blank; a blank number is never less or greater;
//   - includes/excludes on multi-select values "a;b", where a value "a;b"
//     in the rule means both;
//   - booleanFilter logic over the numbered criteria.

import (
	"encoding/csv"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

type sfRules struct {
	Rules []struct {
		FullName string `xml:"fullName"`
		Active   bool   `xml:"active"`
		Entries  []struct {
			AssignedTo     string `xml:"assignedTo"`
			AssignedToType string `xml:"assignedToType"`
			BooleanFilter  string `xml:"booleanFilter"`
			Formula        string `xml:"formula"`
			Items          []struct {
				Field     string `xml:"field"`
				Operation string `xml:"operation"`
				Value     string `xml:"value"`
			} `xml:"criteriaItems"`
		} `xml:"ruleEntry"`
	} `xml:"assignmentRule"`
}

// sfType is a field's type in the test org's schema.
type sfType int

const (
	sfText sfType = iota
	sfNumber
	sfBool
	sfMulti
)

// record is a lead in Salesforce: field API name -> value ("" is blank).
type record map[string]string

// interp evaluates one assignment rule.
type interp struct {
	t        *testing.T
	schema   map[string]sfType
	entries  []sfEntry
	formulas map[string]func(record) bool
}

type sfEntry struct {
	assignee string // "user:NAME", "queue:NAME" or "" (do not reassign)
	match    func(record) bool
}

func newInterp(t *testing.T, r io.Reader, schema map[string]sfType, formulas map[string]func(record) bool) *interp {
	t.Helper()
	var doc sfRules
	if err := xml.NewDecoder(r).Decode(&doc); err != nil {
		t.Fatal(err)
	}
	in := &interp{t: t, schema: schema, formulas: formulas}
	for _, ru := range doc.Rules {
		if !ru.Active {
			continue
		}
		for _, e := range ru.Entries {
			se := sfEntry{}
			if e.AssignedTo != "" {
				se.assignee = strings.ToLower(e.AssignedToType) + ":" + e.AssignedTo
			}
			switch {
			case e.Formula != "":
				f, ok := formulas[strings.TrimSpace(e.Formula)]
				if !ok {
					t.Fatalf("no Go version of formula %q", e.Formula)
				}
				se.match = f
			default:
				var preds []func(record) bool
				for _, it := range e.Items {
					preds = append(preds, in.item(strings.TrimPrefix(it.Field, "Lead."), it.Operation, it.Value))
				}
				se.match = in.logic(e.BooleanFilter, preds)
			}
			in.entries = append(in.entries, se)
		}
	}
	return in
}

// assign returns the assignee of the first matching entry, its index, or
// "default" and -1.
func (in *interp) assign(r record) (string, int) {
	for i, e := range in.entries {
		if e.match(r) {
			return e.assignee, i
		}
	}
	return "default", -1
}

// values splits a criteria value as Salesforce does: commas separate
// values, double quotes protect commas.
func values(s string) []string {
	cr := csv.NewReader(strings.NewReader(s))
	cr.TrimLeadingSpace = true
	rec, err := cr.Read()
	if err != nil {
		return []string{strings.TrimSpace(s)}
	}
	for i := range rec {
		rec[i] = strings.TrimSpace(rec[i])
	}
	return rec
}

func (in *interp) item(field, op, value string) func(record) bool {
	vals := values(value)
	typ := in.schema[field]
	anyOf := func(f func(have, v string) bool) func(record) bool {
		return func(r record) bool {
			for _, v := range vals {
				if f(r[field], v) {
					return true
				}
			}
			return false
		}
	}
	noneOf := func(f func(have, v string) bool) func(record) bool {
		p := anyOf(f)
		return func(r record) bool { return !p(r) }
	}
	switch typ {
	case sfNumber:
		cmp := func(test func(a, b float64) bool) func(have, v string) bool {
			return func(have, v string) bool {
				if have == "" || v == "" {
					return have == "" && v == "" && op == "equals"
				}
				a, _ := strconv.ParseFloat(have, 64)
				b, _ := strconv.ParseFloat(v, 64)
				return test(a, b)
			}
		}
		switch op {
		case "equals":
			return anyOf(cmp(func(a, b float64) bool { return a == b }))
		case "notEqual":
			return noneOf(func(have, v string) bool {
				if have == "" || v == "" {
					return have == v
				}
				return cmp(func(a, b float64) bool { return a == b })(have, v)
			})
		case "lessThan":
			return anyOf(cmp(func(a, b float64) bool { return a < b }))
		case "greaterThan":
			return anyOf(cmp(func(a, b float64) bool { return a > b }))
		case "lessOrEqual":
			return anyOf(cmp(func(a, b float64) bool { return a <= b }))
		case "greaterOrEqual":
			return anyOf(cmp(func(a, b float64) bool { return a >= b }))
		}
	case sfBool:
		want := strings.EqualFold(vals[0], "true")
		if op == "notEqual" {
			want = !want
		}
		return func(r record) bool { return strings.EqualFold(r[field], "true") == want }
	case sfMulti:
		has := func(have, v string) bool {
			// v "a;b" means all of a and b are selected.
			sel := map[string]bool{}
			for _, s := range strings.Split(have, ";") {
				sel[strings.ToLower(s)] = true
			}
			for _, w := range strings.Split(v, ";") {
				if !sel[strings.ToLower(strings.TrimSpace(w))] {
					return false
				}
			}
			return true
		}
		if op == "includes" {
			return anyOf(has)
		}
		return noneOf(has)
	default:
		fold := strings.ToLower
		switch op {
		case "equals":
			return anyOf(func(have, v string) bool { return strings.EqualFold(have, v) })
		case "notEqual":
			return noneOf(func(have, v string) bool { return strings.EqualFold(have, v) })
		case "contains":
			return anyOf(func(have, v string) bool { return strings.Contains(fold(have), fold(v)) })
		case "notContain":
			return noneOf(func(have, v string) bool { return strings.Contains(fold(have), fold(v)) })
		case "startsWith":
			return anyOf(func(have, v string) bool { return strings.HasPrefix(fold(have), fold(v)) })
		}
	}
	in.t.Fatalf("interpreter: no semantics for %s %s on type %d", field, op, typ)
	return nil
}

// logic evaluates a booleanFilter (empty: all criteria ANDed) by
// rewriting it into a postfix program.
func (in *interp) logic(filter string, preds []func(record) bool) func(record) bool {
	if strings.TrimSpace(filter) == "" {
		return func(r record) bool {
			for _, p := range preds {
				if !p(r) {
					return false
				}
			}
			return true
		}
	}
	// Tokens: numbers, AND, OR, NOT, parentheses.
	var toks []string
	for _, f := range strings.FieldsFunc(strings.NewReplacer("(", " ( ", ")", " ) ").Replace(filter), unicode.IsSpace) {
		toks = append(toks, strings.ToUpper(f))
	}
	// Shunting-yard: NOT binds tightest; AND and OR are never mixed at
	// one level (Salesforce requires parentheses), so one precedence.
	prec := map[string]int{"NOT": 2, "AND": 1, "OR": 1}
	var out, ops []string
	for _, tk := range toks {
		switch tk {
		case "(":
			ops = append(ops, tk)
		case ")":
			for ops[len(ops)-1] != "(" {
				out, ops = append(out, ops[len(ops)-1]), ops[:len(ops)-1]
			}
			ops = ops[:len(ops)-1]
		case "AND", "OR", "NOT":
			for tk != "NOT" && len(ops) > 0 && ops[len(ops)-1] != "(" && prec[ops[len(ops)-1]] >= prec[tk] {
				out, ops = append(out, ops[len(ops)-1]), ops[:len(ops)-1]
			}
			ops = append(ops, tk)
		default:
			out = append(out, tk)
		}
	}
	for len(ops) > 0 {
		out, ops = append(out, ops[len(ops)-1]), ops[:len(ops)-1]
	}
	return func(r record) bool {
		var st []bool
		for _, tk := range out {
			switch tk {
			case "NOT":
				st[len(st)-1] = !st[len(st)-1]
			case "AND", "OR":
				a, b := st[len(st)-2], st[len(st)-1]
				st = st[:len(st)-2]
				if tk == "AND" {
					st = append(st, a && b)
				} else {
					st = append(st, a || b)
				}
			default:
				n, err := strconv.Atoi(tk)
				if err != nil || n < 1 || n > len(preds) {
					in.t.Fatalf("filter %q: bad token %q", filter, tk)
				}
				st = append(st, preds[n-1](r))
			}
		}
		return st[0]
	}
}
