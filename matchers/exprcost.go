package matchers

import (
	"math"
	"strconv"

	"github.com/expr-lang/expr/ast"

	"github.com/leadroute/leadroute"
)

// MaxExprCost is the most an expression may cost, in steps, on a lead at
// the size limits of [leadroute.Lead] (those [leadroute.Lead.Normalize]
// enforces, as Route does for every lead). [Expr] computes a static upper
// bound of every expression's cost when it compiles it and rejects, with an
// [*ExprError] wrapping [ErrExprLimit] located at the costliest part, an
// expression whose bound is above MaxExprCost.
//
// A step is about one operation of expr's virtual machine (a load, a
// comparison, one iteration of a list builtin) or 8 bytes of string work
// (comparing, copying, case mapping, searching). The bound assumes the
// worst lead within the limits: every string field as long as allowed,
// [leadroute.MaxLeadProducts] products, [leadroute.MaxLeadAttrs] attributes
// each of size [leadroute.MaxLeadAttrSize]. In it:
//
//   - a list builtin (all, any, none, one, filter, map, count, sum, find)
//     costs its list's length times the cost of its predicate, so nested
//     predicates multiply;
//   - string concatenation builds strings as long as its operands together,
//     and a chain of them is charged for every intermediate string;
//   - a range a..b costs its length, which must be bounded: its ends must
//     be constants, lengths, indexes or arithmetic on those, not lead
//     numbers such as Employees (an unbounded range is rejected);
//   - a regular expression match costs the text's length times the
//     pattern's.
//
// Measured figure: the most expensive expressions this bound accepts,
// one per kind of work (nested predicates over Products and keys(Attrs),
// concatenation chains, case mapping, regexps, ranges, deep comparison of
// Attrs values, ...), each took at most about 1 ms on a lead at the limits
// (BenchmarkWorstCaseExpr, best of 3 runs on a 2-core VM shared with other
// jobs, about 5 to 14 ns per step; slower when the machine is busier) and
// allocated at most about 260 KB. So Route costs at most about 1 ms per
// expression rule it evaluates, on top of its usual microseconds; typical
// expressions cost a few hundred steps. The run-time memory budget
// ([DefaultExprMemoryBudget]) still applies as a second line of defence,
// for example for a lead that did not go through Normalize.
const MaxExprCost = 100_000

// Cost model constants, in steps.
const (
	// strStep is how many bytes of string work make one step.
	strStep = 8
	// iterSteps is the loop's own cost per element of a list builtin,
	// and pointerSteps the cost of reading # (it boxes the element).
	iterSteps    = 6
	pointerSteps = 4
	// allocSteps and allocStep charge a new string: a fixed cost, and a
	// step per allocStep bytes (the copy, and the collector's work).
	allocSteps = 4
	allocStep  = 2
	// regexpWeight scales a match's text × pattern bytes: RE2's
	// backtracker and NFA take a few nanoseconds per pair.
	regexpWeight = 4
	// anySize bounds the size of a value read from Attrs: a string of at
	// most this many bytes, or a list or map of at most this many
	// elements, all nested values included.
	anySize = leadroute.MaxLeadAttrSize
)

type skind uint8

const (
	kAny    skind = iota // unknown: a value from Attrs, get(), ...
	kScalar              // bool, float, time, nil
	kInt                 // an integer, with an interval
	kStr                 // a string of at most n bytes
	kList                // a list of at most n elements of shape elem
	kMap                 // a map of at most n entries of shape elem, keys of shape key
	kEnv                 // $env: the lead
)

// shape is what the cost walk knows of a value: its kind and a bound of
// its size.
type shape struct {
	kind   skind
	n      float64 // kStr: bytes; kList, kMap: elements; kAny: max of both
	elem   *shape  // kList, kMap, kAny: elements
	key    *shape  // kMap: keys
	lo, hi float64 // kInt: bounds (±Inf when unknown)
	dp     float64 // kAny: deep() when set
}

var (
	anyShape    = &shape{kind: kAny, n: anySize, dp: 1 + anySize} // each byte or element at most a step
	scalarShape = &shape{kind: kScalar}
	intShape    = &shape{kind: kInt, lo: math.Inf(-1), hi: math.Inf(1)}
)

func init() { anyShape.elem = anyShape }

func strShape(n int) *shape { return &shape{kind: kStr, n: float64(n)} }

// leadShapes are the lead's fields at the limits of Lead.Normalize.
var leadShapes = map[string]*shape{
	"ID":         strShape(leadroute.MaxLeadIDLen),
	"Email":      strShape(leadroute.MaxLeadEmailLen),
	"Domain":     strShape(leadroute.MaxLeadDomainLen),
	"Website":    strShape(leadroute.MaxLeadStringLen),
	"Company":    strShape(leadroute.MaxLeadStringLen),
	"Country":    strShape(leadroute.MaxLeadStringLen),
	"State":      strShape(leadroute.MaxLeadStringLen),
	"PostalCode": strShape(leadroute.MaxLeadStringLen),
	"City":       strShape(leadroute.MaxLeadStringLen),
	"Industry":   strShape(leadroute.MaxLeadStringLen),
	"Source":     strShape(leadroute.MaxLeadStringLen),
	"Language":   strShape(leadroute.MaxLeadStringLen),
	"Employees":  intShape,
	"Score":      intShape,
	"Revenue":    scalarShape,
	"CreatedAt":  scalarShape,
	"Products":   {kind: kList, n: leadroute.MaxLeadProducts, elem: strShape(leadroute.MaxLeadProductLen)},
	"Attrs":      {kind: kMap, n: leadroute.MaxLeadAttrs, elem: anyShape, key: strShape(leadroute.MaxLeadAttrKeyLen)},
}

var envShape = &shape{kind: kEnv, n: float64(len(leadShapes)), elem: anyShape}

// iterLen is how many elements iterating over a value of shape s visits
// (a string reached through an interface iterates over its bytes).
func (s *shape) iterLen() float64 {
	switch s.kind {
	case kList, kMap, kAny, kEnv:
		return s.n
	}
	return 0
}

func (s *shape) elemShape() *shape {
	if s.elem != nil {
		return s.elem
	}
	return anyShape
}

// strLen is the longest string a value of shape s can be.
func (s *shape) strLen() float64 {
	switch s.kind {
	case kStr, kAny:
		return s.n
	}
	return 0
}

// deep is the cost of walking a whole value of shape s (comparing it, say).
func (s *shape) deep() float64 {
	switch s.kind {
	case kStr:
		return 1 + s.n/strStep
	case kList, kMap:
		return 1 + s.n*(s.elemShape().deep()+1)
	case kAny:
		if s.dp > 0 {
			return s.dp
		}
		return 1 + s.n
	case kEnv:
		return 1 + 16*leadroute.MaxLeadStringLen // rarely compared; generous
	}
	return 1
}

func (s *shape) bounded() bool {
	return s.kind == kInt && !math.IsInf(s.lo, 0) && !math.IsInf(s.hi, 0)
}

// join is a shape that covers both a and b.
func join(a, b *shape) *shape {
	if a == b {
		return a
	}
	if a.kind != b.kind {
		return &shape{kind: kAny, n: max(a.n, b.n), dp: max(a.deep(), b.deep()), elem: join(a.elemShape(), b.elemShape())}
	}
	j := &shape{kind: a.kind, n: max(a.n, b.n), lo: min(a.lo, b.lo), hi: max(a.hi, b.hi)}
	if a.kind == kAny {
		j.dp = max(a.deep(), b.deep())
	}
	if a.elem != nil || b.elem != nil {
		j.elem = join(a.elemShape(), b.elemShape())
	}
	if a.key != nil || b.key != nil {
		j.key = join(orAny(a.key), orAny(b.key))
	}
	return j
}

func orAny(s *shape) *shape {
	if s == nil {
		return anyShape
	}
	return s
}

func intRange(lo, hi float64) *shape {
	if math.IsNaN(lo) || math.IsNaN(hi) {
		return intShape
	}
	return &shape{kind: kInt, lo: lo, hi: hi}
}

// coster computes the cost bound of an expression. A node's cost includes
// its children's; scopes holds the element shapes of the enclosing
// predicates, innermost last.
type coster struct {
	src    string
	scopes []*shape
	err    *ExprError
}

// exprCost returns the cost bound of tree, or an error at the smallest part
// of it whose bound exceeds MaxExprCost (or at an unbounded range).
func exprCost(src string, tree ast.Node) (float64, *ExprError) {
	c := coster{src: src}
	cost, _ := c.walk(tree)
	return cost, c.err
}

// fail records an error at node n, unless one is recorded.
func (c *coster) fail(n ast.Node, format string, args ...any) {
	if c.err == nil {
		c.err = newExprError(c.src, n.Location().From, false, ErrExprLimit, format, args...)
	}
}

func (c *coster) walk(n ast.Node) (float64, *shape) {
	cost, s := c.node(n)
	if c.err == nil && !(cost <= MaxExprCost) { // also NaN
		c.fail(n, "expression too costly: this part can take %s steps on a lead at the size limits; the limit is %d (see matchers.MaxExprCost)",
			fmtCost(cost), MaxExprCost)
	}
	return cost, s
}

func fmtCost(f float64) string {
	if f > 1e15 || math.IsNaN(f) {
		return "unboundedly many"
	}
	return "up to " + strconv.FormatFloat(math.Ceil(f), 'f', 0, 64)
}

func (c *coster) node(n ast.Node) (float64, *shape) {
	if c.err != nil {
		return 0, anyShape
	}
	switch x := n.(type) {
	case *ast.NilNode, *ast.BoolNode, *ast.FloatNode:
		return 1, scalarShape
	case *ast.IntegerNode:
		v := float64(x.Value)
		return 1, intRange(v, v)
	case *ast.StringNode:
		return 1, strShape(len(x.Value))
	case *ast.BytesNode:
		return 1 + float64(len(x.Value))/strStep, &shape{kind: kList, n: float64(len(x.Value)), elem: intRange(0, 255)}
	case *ast.ConstantNode:
		return 1, anyShape
	case *ast.IdentifierNode:
		if x.Value == "$env" {
			return 1, envShape
		}
		if s, ok := leadShapes[x.Value]; ok {
			return 1, s
		}
		return 1, anyShape
	case *ast.PointerNode:
		return c.pointer(x)
	case *ast.ChainNode:
		return c.walk(x.Node)
	case *ast.UnaryNode:
		cost, s := c.walk(x.Node)
		if x.Operator == "-" && s.kind == kInt {
			return cost + 1, intRange(-s.hi, -s.lo)
		}
		if x.Operator == "+" {
			return cost + 1, s
		}
		return cost + 1, scalarShape
	case *ast.BinaryNode:
		return c.binary(x)
	case *ast.MemberNode:
		return c.member(x)
	case *ast.SliceNode:
		cost, s := c.walk(x.Node)
		for _, m := range []ast.Node{x.From, x.To} {
			if m != nil {
				mc, _ := c.walk(m)
				cost += mc
			}
		}
		// Slicing a string copies its bytes when expr counts runes.
		return cost + 1 + s.strLen()/strStep, s
	case *ast.ConditionalNode:
		cc, _ := c.walk(x.Cond)
		c1, s1 := c.walk(x.Exp1)
		c2, s2 := c.walk(x.Exp2)
		return cc + max(c1, c2) + 1, join(s1, s2)
	case *ast.ArrayNode:
		cost, elem := 1.0, (*shape)(nil)
		for _, e := range x.Nodes {
			ec, es := c.walk(e)
			cost += ec + 1
			if elem == nil {
				elem = es
			} else {
				elem = join(elem, es)
			}
		}
		return cost, &shape{kind: kList, n: float64(len(x.Nodes)), elem: orAny(elem)}
	case *ast.MapNode:
		cost, elem, key := 1.0, (*shape)(nil), (*shape)(nil)
		for _, p := range x.Pairs {
			pair, ok := p.(*ast.PairNode)
			if !ok {
				pc, _ := c.walk(p)
				cost += pc
				continue
			}
			kc, ks := c.walk(pair.Key)
			vc, vs := c.walk(pair.Value)
			cost += kc + vc + 1 + ks.deep()
			if elem == nil {
				elem, key = vs, ks
			} else {
				elem, key = join(elem, vs), join(key, ks)
			}
		}
		return cost, &shape{kind: kMap, n: float64(len(x.Pairs)), elem: orAny(elem), key: orAny(key)}
	case *ast.PairNode:
		kc, _ := c.walk(x.Key)
		vc, vs := c.walk(x.Value)
		return kc + vc, vs
	case *ast.SequenceNode:
		cost, s := 0.0, scalarShape
		for _, e := range x.Nodes {
			var ec float64
			ec, s = c.walk(e)
			cost += ec
		}
		return cost, s
	case *ast.BuiltinNode:
		return c.builtin(x)
	case *ast.PredicateNode:
		// Reached only through a builtin; cost of one call.
		return c.walk(x.Node)
	}
	// CallNode, VariableDeclaratorNode and anything new: rejected by the
	// AST guard, or unknown to the cost model.
	c.fail(n, "cannot bound the cost of %T", n)
	return math.Inf(1), anyShape
}

func (c *coster) pointer(x *ast.PointerNode) (float64, *shape) {
	if len(c.scopes) == 0 {
		return 1, anyShape
	}
	coll := c.scopes[len(c.scopes)-1]
	switch x.Name {
	case "":
		return pointerSteps, coll.elemShape()
	case "index":
		return pointerSteps, intRange(0, max(0, coll.iterLen()-1))
	}
	return pointerSteps, anyShape
}

func (c *coster) member(x *ast.MemberNode) (float64, *shape) {
	cost, s := c.walk(x.Node)
	pc, ps := c.walk(x.Property)
	cost += pc + 1
	switch s.kind {
	case kEnv:
		if p, ok := x.Property.(*ast.StringNode); ok {
			if f, ok := leadShapes[p.Value]; ok {
				return cost, f
			}
		}
		return cost + ps.deep(), anyShape
	case kMap:
		return cost + ps.deep(), s.elemShape() // hashing the key
	case kList:
		return cost, s.elemShape()
	case kStr:
		return cost + s.n/strStep, strShape(utf8Max) // a character
	case kAny:
		return cost + ps.deep(), anyShape
	}
	return cost, anyShape
}

const utf8Max = 4

// scoped walks a predicate body with elem as the current element.
func (c *coster) scoped(coll *shape, body ast.Node) (float64, *shape) {
	c.scopes = append(c.scopes, coll)
	defer func() { c.scopes = c.scopes[:len(c.scopes)-1] }()
	return c.walk(body)
}

func (c *coster) builtin(x *ast.BuiltinNode) (float64, *shape) {
	args := x.Arguments
	switch x.Name {
	case "all", "any", "none", "one", "filter", "map", "count", "sum", "find",
		"findIndex", "findLast", "findLastIndex":
		if len(args) == 0 {
			return 1, anyShape
		}
		cc, coll := c.walk(args[0])
		n := coll.iterLen()
		cost := cc + 1 + n // the scope, and a step per element
		var body *shape
		if len(args) > 1 {
			bc, bs := c.scoped(coll, args[1])
			cost += n * (bc + iterSteps)
			body = bs
		}
		for _, a := range args[min(2, len(args)):] { // not expected
			ac, _ := c.walk(a)
			cost += ac
		}
		switch x.Name {
		case "filter":
			return cost + n, &shape{kind: kList, n: n, elem: coll.elemShape()}
		case "map":
			return cost + n, &shape{kind: kList, n: n, elem: orAny(body)}
		case "count":
			return cost, intRange(0, n)
		case "findIndex", "findLastIndex":
			return cost, intRange(-1, n)
		case "find", "findLast":
			return cost, coll.elemShape()
		case "sum":
			return cost, intShape
		}
		return cost, scalarShape
	}
	cost := 1.0
	shapes := make([]*shape, len(args))
	for i, a := range args {
		ac, as := c.walk(a)
		cost += ac
		shapes[i] = as
	}
	arg := func(i int) *shape {
		if i < len(shapes) {
			return shapes[i]
		}
		return anyShape
	}
	a0 := arg(0)
	switch x.Name {
	case "len":
		return cost, intRange(0, max(a0.n, 0))
	case "abs":
		if a0.kind == kInt {
			return cost, intRange(0, max(math.Abs(a0.lo), math.Abs(a0.hi)))
		}
		return cost, a0
	case "ceil", "floor", "round", "float":
		return cost + a0.strLen()/strStep, scalarShape
	case "int":
		if a0.kind == kInt {
			return cost, a0
		}
		return cost + a0.strLen()/strStep, intShape
	case "lower", "upper":
		// Case mapping can triple a string's length (an invalid byte
		// becomes U+FFFD).
		l := a0.strLen()
		return cost + 3*l/strStep, &shape{kind: kStr, n: 3 * l}
	case "trim", "trimPrefix", "trimSuffix":
		work := 0.0
		for _, s := range shapes {
			work += s.strLen()
		}
		// trim's cutset is searched for every byte trimmed.
		if x.Name == "trim" && len(shapes) > 1 {
			work += a0.strLen() * arg(1).strLen()
		}
		return cost + work/strStep, &shape{kind: kStr, n: a0.strLen()}
	case "hasPrefix", "hasSuffix":
		return cost + min(a0.strLen(), arg(1).strLen())/strStep, scalarShape
	case "indexOf", "lastIndexOf":
		return cost + (a0.strLen()+arg(1).strLen())/strStep, intRange(-1, a0.strLen())
	case "keys": // a reflective map iteration, an interface allocated per key
		return cost + 2*allocSteps*a0.iterLen(), &shape{kind: kList, n: a0.iterLen(), elem: orAny(a0.key)}
	case "values":
		return cost + 2*allocSteps*a0.iterLen(), &shape{kind: kList, n: a0.iterLen(), elem: a0.elemShape()}
	case "first", "last":
		return cost, a0.elemShape()
	case "get":
		b := arg(1)
		switch a0.kind {
		case kEnv:
			if p, ok := args[1].(*ast.StringNode); ok {
				if f, ok := leadShapes[p.Value]; ok {
					return cost, f
				}
			}
		case kList:
			return cost, a0.elemShape()
		}
		return cost + b.deep(), a0.elemShape()
	case "max", "min":
		// Numbers, or one list of numbers.
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, s := range shapes {
			cost += s.iterLen()
			e := s
			if s.kind == kList || s.kind == kAny {
				e = s.elemShape()
			}
			if e.kind != kInt {
				return cost, scalarShape
			}
			lo, hi = min(lo, e.lo), max(hi, e.hi)
		}
		if len(shapes) == 0 {
			return cost, scalarShape
		}
		return cost, intRange(lo, hi)
	}
	c.fail(x, "cannot bound the cost of builtin %s", x.Name)
	return math.Inf(1), anyShape
}

func (c *coster) binary(x *ast.BinaryNode) (float64, *shape) {
	lc, l := c.walk(x.Left)
	rc, r := c.walk(x.Right)
	cost := lc + rc + 1
	switch x.Operator {
	case "and", "&&", "or", "||":
		return cost, scalarShape
	case "??":
		return cost, join(l, r)
	case "==", "!=":
		return cost + eqCost(l, r), scalarShape
	case "<", ">", "<=", ">=":
		return cost + min(l.strLen(), r.strLen())/strStep, scalarShape
	case "in":
		switch r.kind {
		case kMap, kEnv:
			return cost + l.deep(), scalarShape
		case kInt, kScalar, kStr:
			return cost, scalarShape // a type error, or a cheap test
		}
		return cost + r.iterLen()*(1+eqCost(l, r.elemShape())), scalarShape
	case "contains", "startsWith", "endsWith":
		return cost + (l.strLen()+r.strLen())/strStep, scalarShape
	case "matches":
		// RE2 runs in time linear in the text and in the pattern's size;
		// a pattern that is not a literal is compiled on every call.
		text, pat := l.strLen(), r.strLen()
		work := (text + 1) * (pat + 1) * regexpWeight
		if _, lit := x.Right.(*ast.StringNode); !lit {
			work += 64 * pat * pat
		}
		return cost + work/strStep, scalarShape
	case "..":
		if !l.bounded() || !r.bounded() {
			c.fail(x, "range is not bounded: its ends must be constants, lengths or indexes, not lead numbers such as Employees or Score (a range's length is its cost)")
			return math.Inf(1), intShape
		}
		n := max(0, r.hi-l.lo+1)
		return cost + n, &shape{kind: kList, n: n, elem: intRange(l.lo, r.hi)}
	case "+":
		if l.kind == kInt && r.kind == kInt {
			return cost, intRange(l.lo+r.lo, l.hi+r.hi)
		}
		if l.kind == kInt || l.kind == kScalar || r.kind == kInt || r.kind == kScalar {
			return cost, scalarShape // numbers (or a run-time type error)
		}
		if l.kind == kStr && r.kind == kStr {
			// String concatenation allocates and copies both operands.
			n := l.n + r.n
			return cost + allocSteps + n/allocStep, &shape{kind: kStr, n: n}
		}
		if l.kind == kStr || r.kind == kStr || l.kind == kAny || r.kind == kAny {
			// A string or list built from an interface.
			n := l.n + r.n
			return cost + allocSteps + n/allocStep, &shape{kind: kAny, n: n, dp: l.deep() + r.deep(), elem: join(l.elemShape(), r.elemShape())}
		}
		if l.kind == kList && r.kind == kList {
			n := l.n + r.n
			return cost + n, &shape{kind: kList, n: n, elem: join(l.elemShape(), r.elemShape())}
		}
		return cost, scalarShape
	case "-":
		if l.kind == kInt && r.kind == kInt {
			return cost, intRange(l.lo-r.hi, l.hi-r.lo)
		}
		return cost, scalarShape
	case "*":
		if l.kind == kInt && r.kind == kInt {
			p := []float64{l.lo * r.lo, l.lo * r.hi, l.hi * r.lo, l.hi * r.hi}
			lo, hi := p[0], p[0]
			for _, v := range p[1:] {
				if math.IsNaN(v) {
					return cost, intShape
				}
				lo, hi = min(lo, v), max(hi, v)
			}
			return cost, intRange(lo, hi)
		}
		return cost, scalarShape
	case "%":
		if l.kind == kInt && r.kind == kInt && r.bounded() {
			m := max(math.Abs(r.lo), math.Abs(r.hi))
			return cost, intRange(-m, m)
		}
		return cost, intShape
	case "/", "**", "^":
		return cost, scalarShape
	case "|":
		// Pipes become builtin calls in the parser; not expected here.
		return cost, anyShape
	}
	c.fail(x, "cannot bound the cost of operator %s", x.Operator)
	return math.Inf(1), anyShape
}

// eqCost is the cost of comparing values of shapes a and b beyond one step:
// a comparison stops at the first difference, so at most the smaller of
// the two walks.
func eqCost(a, b *shape) float64 {
	return min(a.deep(), b.deep())
}
