package matchers

import (
	"math"
	"slices"
	"strings"

	"github.com/expr-lang/expr/ast"

	"github.com/leadroute/leadroute"
)

// This file implements [leadroute.Conjunction] for the matchers whose Match
// is exactly an AND of field tests, so that the router indexes their rules.
//
// The contract is exactness on normalised leads (the router normalises
// every lead before matching): for every lead l after l.Normalize(),
// Match(l) must equal "every Cond holds for l", where a string Cond holds
// when strings.ToLower(strings.TrimSpace(value)) is among the lower-cased
// Values, and a numeric Cond when Min <= value < Max. A matcher that cannot
// promise that returns ok false and is evaluated by Match.

// maxExactInt bounds the integer bounds reported as float64: below 2^53 in
// magnitude, float64(v) < float64(b) exactly when v < b for every int v.
const maxExactInt = 1<<53 - 1

var (
	_ leadroute.Conjunction = (*codeSet)(nil)
	_ leadroute.Conjunction = (*fieldSet)(nil)
	_ leadroute.Conjunction = (*languageSet)(nil)
	_ leadroute.Conjunction = (*Band[int])(nil)
	_ leadroute.Conjunction = (*allPlain)(nil)
	_ leadroute.Conjunction = (*allErr)(nil)
	_ leadroute.Conjunction = (*ExprMatcher)(nil)
)

// Conds reports the set as one Cond on Country or State: Match folds case
// and trims exactly as a Cond does.
func (m *codeSet) Conds() ([]leadroute.Cond, bool) {
	return []leadroute.Cond{{Field: m.cf, Values: sortedKeys(m.set)}}, true
}

// Conds reports the set as one Cond on Industry, Source or Domain.
func (m *fieldSet) Conds() ([]leadroute.Cond, bool) {
	var f leadroute.Field
	switch m.field {
	case "industry":
		f = leadroute.FieldIndustry
	case "source":
		f = leadroute.FieldSource
	case "domain":
		f = leadroute.FieldDomain
	default:
		return nil, false
	}
	return []leadroute.Cond{{Field: f, Values: slices.Clone(m.set.orig)}}, true
}

// Conds reports the set as one Cond on Language, whose semantics (the
// lead's language or its primary subtag is in the set) are this matcher's.
func (m *languageSet) Conds() ([]leadroute.Cond, bool) {
	// A Language Cond accepts a lead whose language or primary subtag is
	// in Values: exactly this matcher's semantics.
	return []leadroute.Cond{{Field: leadroute.FieldLanguage, Values: slices.Clone(m.set.orig)}}, true
}

// Conds reports a band built by Employees, EmployeesAtLeast, Revenue,
// RevenueAtLeast, ScoreAtLeast or ScoreBetween as one numeric Cond
// (ScoreBetween's inclusive hi is Max = hi+1). A band over a custom field
// function (NewBand, AtLeast), or with integer bounds beyond ±2^53 that a
// float64 cannot compare exactly, reports ok false.
func (b *Band[T]) Conds() ([]leadroute.Cond, bool) {
	if b.cf == 0 {
		return nil, false
	}
	c := leadroute.Cond{Field: b.cf, Min: float64(b.min), Max: math.Inf(1)}
	if b.bounded {
		c.Max = float64(b.max)
	}
	if b.cf != leadroute.FieldRevenue { // integer field
		lo, hi := c.Min, c.Max
		if !exactIntBound(lo) && lo != float64(math.MinInt) {
			return nil, false
		}
		if lo == float64(math.MinInt) {
			c.Min = math.Inf(-1) // every int is >= MinInt
		}
		if b.bounded && !exactIntBound(hi) {
			return nil, false
		}
	}
	return []leadroute.Cond{c}, true
}

func exactIntBound(f float64) bool { return f >= -maxExactInt && f <= maxExactInt }

// Conds concatenates the children's conditions when every child is a
// Conjunction; otherwise ok is false.
func (m *allPlain) Conds() ([]leadroute.Cond, bool) { return m.g.conds() }

// Conds concatenates the children's conditions when every child is a
// Conjunction (an expression lowered into field tests cannot fail);
// otherwise ok is false.
func (m *allErr) Conds() ([]leadroute.Cond, bool) { return m.g.conds() }

func (g *group) conds() ([]leadroute.Cond, bool) {
	out := []leadroute.Cond{}
	for _, m := range g.ms {
		c, isConj := m.(leadroute.Conjunction)
		if !isConj {
			return nil, false
		}
		cs, ok := c.Conds()
		if !ok {
			return nil, false
		}
		out = append(out, cs...)
	}
	return out, true
}

// Conds reports the expression's field tests when it is a plain conjunction
// of them, lowered when the expression was compiled; ok is false for any
// other expression.
//
// An expression is lowered when it is a conjunction (&&, and) of tests
// that a Cond expresses exactly on normalised leads:
//
//   - Country == "US", Country in ["US", "CA"]: the literals must be
//     assigned ISO 3166-1 alpha-2 codes in upper case, the normalised form.
//     Expr compares case-sensitively and a Cond ignores case, so a literal
//     such as "us" (never equal to a normalised country) is not lowered.
//   - State == "US-CA", State in [...]: full ISO 3166-2 codes in upper case.
//   - Language == "es", Language in [...]: lower-case, trimmed literals
//     (Normalize lower-cases and trims Language, so equality is exact).
//   - Employees, Score (int) and Revenue (float) compared with a number
//     literal by ==, <, <=, > or >= (either side): integer comparisons
//     become [k, k+1), [k+1, +Inf), ... with |k| < 2^53; comparisons in
//     float64 use the next float up for strict bounds, so they are exact.
//
// Industry, Source and Domain tests are not lowered: Normalize leaves
// Industry and Source as typed, so `Industry == "saas"` (case-sensitive)
// and a Cond (case-insensitive) would disagree on "SaaS"; a Domain is
// lower-cased but may keep odd spaces. Anything else (||, !, !=, calls,
// Attrs, Products ...) is not lowered, and the expression runs as is.
//
// One residual difference, on leads that already carry a Decision
// problem: a Country or State that Normalize could not recognise and that
// nevertheless lower-cases to a lowered literal (a state "ca-qc" given with
// country "US", or a Kelvin sign "\u212AE" for "KE") matches the Cond but
// not the expression.
func (m *ExprMatcher) Conds() ([]leadroute.Cond, bool) {
	if m.conds == nil {
		return nil, false
	}
	return slices.Clone(m.conds), true
}

// lowerExpr returns the Conds of an expression's parse tree, or nil when
// it cannot be lowered.
func lowerExpr(tree ast.Node) []leadroute.Cond {
	var conds []leadroute.Cond
	if !lowerNode(tree, &conds) {
		return nil
	}
	if conds == nil {
		conds = []leadroute.Cond{}
	}
	return conds
}

func lowerNode(n ast.Node, out *[]leadroute.Cond) bool {
	b, ok := n.(*ast.BinaryNode)
	if !ok {
		return false
	}
	switch b.Operator {
	case "&&", "and":
		return lowerNode(b.Left, out) && lowerNode(b.Right, out)
	case "in":
		id, ok := b.Left.(*ast.IdentifierNode)
		if !ok {
			return false
		}
		arr, ok := b.Right.(*ast.ArrayNode)
		if !ok {
			return false
		}
		vals := make([]string, 0, len(arr.Nodes))
		for _, e := range arr.Nodes {
			s, ok := e.(*ast.StringNode)
			if !ok {
				return false
			}
			vals = append(vals, s.Value)
		}
		return lowerStrings(id.Value, vals, out)
	case "==", "<", "<=", ">", ">=":
		op := b.Operator
		id, isID := b.Left.(*ast.IdentifierNode)
		lit := b.Right
		if !isID {
			if id, isID = b.Right.(*ast.IdentifierNode); !isID {
				return false
			}
			lit = b.Left
			op = flipOp(op)
		}
		if s, isStr := lit.(*ast.StringNode); isStr {
			return op == "==" && lowerStrings(id.Value, []string{s.Value}, out)
		}
		return lowerNumber(id.Value, op, lit, out)
	}
	return false
}

func flipOp(op string) string {
	switch op {
	case "<":
		return ">"
	case "<=":
		return ">="
	case ">":
		return "<"
	case ">=":
		return "<="
	}
	return op
}

func lowerStrings(field string, vals []string, out *[]leadroute.Cond) bool {
	var f leadroute.Field
	for _, v := range vals {
		switch field {
		case "Country":
			f = leadroute.FieldCountry
			if !leadroute.IsCountryCode(v) {
				return false
			}
		case "State":
			f = leadroute.FieldState
			if !leadroute.IsSubdivisionCode(v) || v != strings.ToUpper(v) {
				return false
			}
		case "Language":
			f = leadroute.FieldLanguage
			if v == "" || v != strings.ToLower(strings.TrimSpace(v)) {
				return false
			}
		default:
			return false
		}
	}
	if f == 0 { // an empty list: match nothing
		switch field {
		case "Country":
			f = leadroute.FieldCountry
		case "State":
			f = leadroute.FieldState
		case "Language":
			f = leadroute.FieldLanguage
		default:
			return false
		}
	}
	*out = append(*out, leadroute.Cond{Field: f, Values: vals})
	return true
}

// number reads a numeric literal, possibly negated.
func number(n ast.Node) (v float64, isInt bool, ok bool) {
	neg := false
	if u, isU := n.(*ast.UnaryNode); isU && u.Operator == "-" {
		neg, n = true, u.Node
	}
	switch x := n.(type) {
	case *ast.IntegerNode:
		if x.Value > maxExactInt || x.Value < -maxExactInt {
			return 0, false, false
		}
		v, isInt = float64(x.Value), true
	case *ast.FloatNode:
		v = x.Value
	default:
		return 0, false, false
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false, false
	}
	if neg {
		v = -v
	}
	return v, isInt, true
}

func lowerNumber(field, op string, lit ast.Node, out *[]leadroute.Cond) bool {
	var f leadroute.Field
	switch field {
	case "Employees":
		f = leadroute.FieldEmployees
	case "Score":
		f = leadroute.FieldScore
	case "Revenue":
		f = leadroute.FieldRevenue
	default:
		return false
	}
	v, isInt, ok := number(lit)
	if !ok {
		return false
	}
	// An int field against an int literal compares as integers: the next
	// value up is v+1. Anything else compares in float64 (expr converts the
	// int side), where it is the next float up.
	up := math.Nextafter(v, math.Inf(1))
	if isInt && f != leadroute.FieldRevenue {
		if v+1 > maxExactInt {
			return false
		}
		up = v + 1
	}
	c := leadroute.Cond{Field: f, Min: math.Inf(-1), Max: math.Inf(1)}
	switch op {
	case "==":
		c.Min, c.Max = v, up
	case ">=":
		c.Min = v
	case ">":
		c.Min = up
	case "<":
		c.Max = v
	case "<=":
		c.Max = up
	default:
		return false
	}
	*out = append(*out, c)
	return true
}
