package matchers

import (
	"slices"
	"strings"

	"github.com/expr-lang/expr/ast"

	"github.com/leadroute/leadroute"
)

// An expression built only from lead fields, literals and a few operators
// is also compiled into a tree of Go closures, which ExprMatcher runs
// instead of the expr virtual machine: the VM reads struct fields through
// reflection and boxes every value it loads (an allocation per string),
// the closures read the fields directly.
//
// The subset, with expr's semantics:
//
//   - &&, and, ||, or, !, not, true, false, parentheses;
//   - ==, != on two strings (fields or literals) and on numbers;
//   - <, <=, >, >= on numbers: Employees and Score (int), Revenue (float),
//     integer and float literals, possibly negated; an int compared with a
//     float is converted to float64, as expr does;
//   - s in ["a", "b"] (string literals), "x" in Products, s in Products;
//   - startsWith, endsWith, contains between strings.
//
// None of these can fail at run time. Anything else (Attrs, builtins,
// arithmetic, ?:, matches ...) makes the whole expression run on the VM.

type (
	boolFn  func(*leadroute.Lead) bool
	strFn   func(*leadroute.Lead) string
	intFn   func(*leadroute.Lead) int
	floatFn func(*leadroute.Lead) float64
)

// num is a compiled numeric operand: an int (i) or a float (f).
type num struct {
	i intFn
	f floatFn
}

func (n num) asFloat() floatFn {
	if n.f != nil {
		return n.f
	}
	i := n.i
	return func(l *leadroute.Lead) float64 { return float64(i(l)) }
}

// compileFast returns an expression's parse tree as closures, or nil when
// it is outside the subset.
func compileFast(tree ast.Node) boolFn {
	f, _ := fastBool(tree)
	return f
}

var stringFields = map[string]strFn{
	"ID":         func(l *leadroute.Lead) string { return l.ID },
	"Email":      func(l *leadroute.Lead) string { return l.Email },
	"Domain":     func(l *leadroute.Lead) string { return l.Domain },
	"Website":    func(l *leadroute.Lead) string { return l.Website },
	"Company":    func(l *leadroute.Lead) string { return l.Company },
	"Country":    func(l *leadroute.Lead) string { return l.Country },
	"State":      func(l *leadroute.Lead) string { return l.State },
	"PostalCode": func(l *leadroute.Lead) string { return l.PostalCode },
	"City":       func(l *leadroute.Lead) string { return l.City },
	"Industry":   func(l *leadroute.Lead) string { return l.Industry },
	"Source":     func(l *leadroute.Lead) string { return l.Source },
	"Language":   func(l *leadroute.Lead) string { return l.Language },
}

func fastBool(n ast.Node) (boolFn, bool) {
	switch x := n.(type) {
	case *ast.BoolNode:
		v := x.Value
		return func(*leadroute.Lead) bool { return v }, true
	case *ast.UnaryNode:
		if x.Operator != "!" && x.Operator != "not" {
			return nil, false
		}
		f, ok := fastBool(x.Node)
		if !ok {
			return nil, false
		}
		return func(l *leadroute.Lead) bool { return !f(l) }, true
	case *ast.BinaryNode:
		return fastBinary(x)
	}
	return nil, false
}

func fastBinary(x *ast.BinaryNode) (boolFn, bool) {
	switch x.Operator {
	case "&&", "and", "||", "or":
		a, ok1 := fastBool(x.Left)
		b, ok2 := fastBool(x.Right)
		if !ok1 || !ok2 {
			return nil, false
		}
		if x.Operator == "&&" || x.Operator == "and" {
			return func(l *leadroute.Lead) bool { return a(l) && b(l) }, true
		}
		return func(l *leadroute.Lead) bool { return a(l) || b(l) }, true
	case "in":
		s, ok := fastStr(x.Left)
		if !ok {
			return nil, false
		}
		switch r := x.Right.(type) {
		case *ast.ArrayNode:
			set := make(map[string]struct{}, len(r.Nodes))
			for _, e := range r.Nodes {
				lit, isStr := e.(*ast.StringNode)
				if !isStr {
					return nil, false
				}
				set[lit.Value] = struct{}{}
			}
			return func(l *leadroute.Lead) bool { _, ok := set[s(l)]; return ok }, true
		case *ast.IdentifierNode:
			if r.Value != "Products" {
				return nil, false
			}
			return func(l *leadroute.Lead) bool { return slices.Contains(l.Products, s(l)) }, true
		}
		return nil, false
	case "startsWith", "endsWith", "contains":
		a, ok1 := fastStr(x.Left)
		b, ok2 := fastStr(x.Right)
		if !ok1 || !ok2 {
			return nil, false
		}
		switch x.Operator {
		case "startsWith":
			return func(l *leadroute.Lead) bool { return strings.HasPrefix(a(l), b(l)) }, true
		case "endsWith":
			return func(l *leadroute.Lead) bool { return strings.HasSuffix(a(l), b(l)) }, true
		default:
			return func(l *leadroute.Lead) bool { return strings.Contains(a(l), b(l)) }, true
		}
	case "==", "!=":
		if a, ok := fastStr(x.Left); ok {
			b, ok := fastStr(x.Right)
			if !ok {
				return nil, false
			}
			if x.Operator == "==" {
				return func(l *leadroute.Lead) bool { return a(l) == b(l) }, true
			}
			return func(l *leadroute.Lead) bool { return a(l) != b(l) }, true
		}
		return fastCompare(x)
	case "<", "<=", ">", ">=":
		return fastCompare(x)
	}
	return nil, false
}

func fastCompare(x *ast.BinaryNode) (boolFn, bool) {
	a, ok1 := fastNum(x.Left)
	b, ok2 := fastNum(x.Right)
	if !ok1 || !ok2 {
		return nil, false
	}
	if a.i != nil && b.i != nil {
		ai, bi := a.i, b.i
		switch x.Operator {
		case "==":
			return func(l *leadroute.Lead) bool { return ai(l) == bi(l) }, true
		case "!=":
			return func(l *leadroute.Lead) bool { return ai(l) != bi(l) }, true
		case "<":
			return func(l *leadroute.Lead) bool { return ai(l) < bi(l) }, true
		case "<=":
			return func(l *leadroute.Lead) bool { return ai(l) <= bi(l) }, true
		case ">":
			return func(l *leadroute.Lead) bool { return ai(l) > bi(l) }, true
		default:
			return func(l *leadroute.Lead) bool { return ai(l) >= bi(l) }, true
		}
	}
	af, bf := a.asFloat(), b.asFloat()
	switch x.Operator {
	case "==":
		return func(l *leadroute.Lead) bool { return af(l) == bf(l) }, true
	case "!=":
		return func(l *leadroute.Lead) bool { return af(l) != bf(l) }, true
	case "<":
		return func(l *leadroute.Lead) bool { return af(l) < bf(l) }, true
	case "<=":
		return func(l *leadroute.Lead) bool { return af(l) <= bf(l) }, true
	case ">":
		return func(l *leadroute.Lead) bool { return af(l) > bf(l) }, true
	default:
		return func(l *leadroute.Lead) bool { return af(l) >= bf(l) }, true
	}
}

func fastStr(n ast.Node) (strFn, bool) {
	switch x := n.(type) {
	case *ast.StringNode:
		v := x.Value
		return func(*leadroute.Lead) string { return v }, true
	case *ast.IdentifierNode:
		f, ok := stringFields[x.Value]
		return f, ok
	}
	return nil, false
}

func fastNum(n ast.Node) (num, bool) {
	switch x := n.(type) {
	case *ast.IdentifierNode:
		switch x.Value {
		case "Employees":
			return num{i: func(l *leadroute.Lead) int { return l.Employees }}, true
		case "Score":
			return num{i: func(l *leadroute.Lead) int { return l.Score }}, true
		case "Revenue":
			return num{f: func(l *leadroute.Lead) float64 { return l.Revenue }}, true
		}
	case *ast.IntegerNode:
		v := x.Value
		return num{i: func(*leadroute.Lead) int { return v }}, true
	case *ast.FloatNode:
		v := x.Value
		return num{f: func(*leadroute.Lead) float64 { return v }}, true
	case *ast.UnaryNode:
		if x.Operator != "-" {
			return num{}, false
		}
		switch y := x.Node.(type) {
		case *ast.IntegerNode:
			v := -y.Value
			return num{i: func(*leadroute.Lead) int { return v }}, true
		case *ast.FloatNode:
			v := -y.Value
			return num{f: func(*leadroute.Lead) float64 { return v }}, true
		}
	}
	return num{}, false
}
