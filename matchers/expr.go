package matchers

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/checker"
	"github.com/expr-lang/expr/compiler"
	"github.com/expr-lang/expr/conf"
	"github.com/expr-lang/expr/file"
	"github.com/expr-lang/expr/optimizer"
	"github.com/expr-lang/expr/parser"
	"github.com/expr-lang/expr/parser/lexer"
	"github.com/expr-lang/expr/vm"

	"github.com/leadroute/leadroute"
)

// Limits applied to every expression before and while it is compiled.
// Expressions come from configuration files people edit; these limits keep
// a typo or a hostile file from crashing or starving the process. The expr
// parser is recursive and, in the expr version this module uses, recurses
// before it counts nodes, so the source is scanned first. The cost of
// evaluating an expression is bounded too: see [MaxExprCost].
const (
	// MaxExprLen is the longest accepted source, in bytes.
	MaxExprLen = 4096
	// MaxExprDepth is the deepest accepted nesting of brackets ( [ {.
	MaxExprDepth = 32
	// MaxExprUnaryRun is the longest accepted run of consecutive unary
	// operators (! not - +), as in "!!x" or "- -x".
	MaxExprUnaryRun = 8
	// MaxExprPredicateDepth is the deepest accepted nesting of predicate
	// builtins (all, any, filter, ...): each level multiplies the work by
	// the length of a list.
	MaxExprPredicateDepth = 2
	// DefaultExprMaxNodes is the default limit on AST nodes; see
	// [ExprMaxNodes].
	DefaultExprMaxNodes = 1000
	// DefaultExprMemoryBudget is the default memory budget of one
	// evaluation, in expr's units (roughly, elements of the lists, ranges
	// and maps an evaluation builds); see [ExprMemoryBudget].
	DefaultExprMemoryBudget = 100_000
)

// ErrExprLimit is wrapped by the [*ExprError] of an expression that exceeds
// one of the limits above, or the memory budget at run time. Check with
// errors.Is.
var ErrExprLimit = errors.New("expression exceeds a safety limit")

// ErrExprForbidden is wrapped by the [*ExprError] of an expression that uses
// a construct expressions may not use: a builtin outside [ExprBuiltins], a
// function or method call, or let. Check with errors.Is.
var ErrExprForbidden = errors.New("expression uses a forbidden construct")

// exprBuiltins are the builtins an expression may call: pure, bounded
// functions on strings, numbers and lists. Left out on purpose: repeat,
// replace, join, split and reduce (they build strings or lists that can grow
// exponentially with nesting), sortBy, groupBy and the other list builders,
// now and date (routing must not depend on the wall clock), and the
// encoders.
var exprBuiltins = []string{
	"abs", "all", "any", "ceil", "count", "filter", "find", "first", "float",
	"floor", "get", "hasPrefix", "hasSuffix", "indexOf", "int", "keys", "last",
	"lastIndexOf", "len", "lower", "map", "max", "min", "none", "one", "round",
	"sum", "trim", "trimPrefix", "trimSuffix", "upper", "values",
}

// predicateBuiltins take a predicate (closure) argument and iterate.
var predicateBuiltins = map[string]bool{
	"all": true, "none": true, "any": true, "one": true, "filter": true, "map": true,
	"count": true, "sum": true, "find": true, "findIndex": true, "findLast": true,
	"findLastIndex": true, "groupBy": true, "sortBy": true, "reduce": true,
}

// ExprBuiltins returns the names of the builtins expressions may call, in
// alphabetical order. Operators (==, in, contains, startsWith, endsWith,
// matches, .., ??, ?:, and, or, not, arithmetic) are always available.
func ExprBuiltins() []string { return slices.Clone(exprBuiltins) }

// ExprOption configures [Expr].
type ExprOption func(*exprConfig)

type exprConfig struct {
	maxNodes uint
	budget   uint
}

// ExprMaxNodes sets the largest number of AST nodes an expression may have
// (default [DefaultExprMaxNodes]). Values of 0 or above 10 × the default are
// clamped to the default.
func ExprMaxNodes(n uint) ExprOption {
	return func(c *exprConfig) {
		if n > 0 && n <= 10*DefaultExprMaxNodes {
			c.maxNodes = n
		}
	}
}

// ExprMemoryBudget sets the memory budget of one evaluation (default
// [DefaultExprMemoryBudget]); an evaluation that exceeds it fails with an
// error wrapping [ErrExprLimit]. 0 means the default.
func ExprMemoryBudget(n uint) ExprOption {
	return func(c *exprConfig) {
		if n > 0 {
			c.budget = n
		}
	}
}

// ExprError is the error of an expression that does not compile or that
// fails at run time. It carries the position, so that callers such as the
// config loader can prefix the rule path:
//
//	rules[3].when: unknown name Scroe (1:1)
//	 | Scroe > 50
//	 | ^
type ExprError struct {
	// Source is the expression.
	Source string
	// Pos is the 0-based offset of the error in Source, in characters
	// (runes).
	Pos int
	// Line and Column are 1-based; Column counts characters.
	Line, Column int
	// Msg says what is wrong, without the position.
	Msg string
	// Snippet is the offending line with a caret under the column, each
	// prefixed by "\n | "; empty when the source is empty.
	Snippet string
	// Runtime is true for an error raised while evaluating a lead, false
	// for a compile error.
	Runtime bool
	// Err is the underlying error: ErrExprLimit, ErrExprForbidden, or the
	// expr library's error. It may be nil.
	Err error
}

// Error formats the error as "msg (line:col)" followed by the snippet.
func (e *ExprError) Error() string {
	return fmt.Sprintf("%s (%d:%d)%s", e.Msg, e.Line, e.Column, e.Snippet)
}

// Unwrap returns Err.
func (e *ExprError) Unwrap() error { return e.Err }

// newExprError builds an *ExprError at rune offset pos of src.
func newExprError(src string, pos int, runtime bool, wrapped error, format string, args ...any) *ExprError {
	e := &ExprError{Source: src, Pos: pos, Msg: fmt.Sprintf(format, args...), Runtime: runtime, Err: wrapped}
	e.locate()
	return e
}

// locate fills Line, Column and Snippet from Pos.
func (e *ExprError) locate() {
	src := e.Source
	line, col, lineStart, n := 1, 0, 0, 0
	for i, r := range src {
		if n == e.Pos {
			break
		}
		if r == '\n' {
			line++
			col = 0
			lineStart = i + 1
		} else {
			col++
		}
		n++
	}
	e.Line, e.Column = line, col+1
	end := strings.IndexByte(src[lineStart:], '\n')
	if end < 0 {
		end = len(src)
	} else {
		end += lineStart
	}
	text := src[lineStart:end]
	if text == "" {
		return
	}
	const maxSnippet = 120
	caret := col
	if utf8.RuneCountInString(text) > maxSnippet {
		// Show a window of the line around the column.
		runes := []rune(text)
		from := max(0, col-maxSnippet/2)
		to := min(len(runes), from+maxSnippet)
		text = string(runes[from:to])
		caret = col - from
	}
	text = strings.ReplaceAll(text, "\t", " ")
	e.Snippet = "\n | " + text + "\n | " + strings.Repeat(".", caret) + "^"
}

// fromFileError converts an error of the expr library.
func fromFileError(src string, err error, runtime bool) *ExprError {
	var fe *file.Error
	if errors.As(err, &fe) {
		msg := fe.Message
		var wrapped error = fe
		if strings.Contains(msg, "memory budget exceeded") || strings.Contains(msg, "exceeds maximum allowed nodes") {
			wrapped = fmt.Errorf("%w: %w", ErrExprLimit, fe)
		}
		return newExprError(src, fe.From, runtime, wrapped, "%s", msg)
	}
	return newExprError(src, 0, runtime, err, "%v", err)
}

// ExprMatcher is a compiled expression over [leadroute.Lead], such as
//
//	Country == "US" && Employees >= 200 && "billing" in Products
//
// It is built by [Expr]. Fields of the lead are variables (Email, Domain,
// Country, State, Employees, Revenue, Score, Products, Attrs, ...);
// Attrs["key"] reaches custom fields.
//
// Its cost on a lead is bounded: see [MaxExprCost] and [ExprMatcher.Cost].
//
// ExprMatcher implements [leadroute.ErrMatcher]: a run-time failure (a
// division by zero, a missing attribute used as a number, the memory budget)
// is returned by MatchErr as an [*ExprError], never turned silently into
// false. It is immutable and safe for concurrent use: evaluations take a
// virtual machine from a pool and return it.
type ExprMatcher struct {
	src    string
	prog   *vm.Program // nil when fast is set (it is not run then)
	cost   int         // static bound, see MaxExprCost
	budget uint
	vms    sync.Pool
	conds  []leadroute.Cond // non-nil when lowered: see Conds
	fast   boolFn           // non-nil when the expression compiles to closures
}

var _ leadroute.ErrMatcher = (*ExprMatcher)(nil)

// Expr compiles src into a matcher. The expression is type-checked against
// [leadroute.Lead] and must produce a bool; a typo in a field name, a type
// mismatch or a syntax error is an [*ExprError] with the line, column and a
// snippet.
//
// src is treated as untrusted. Before the expr parser sees it, Expr rejects
// a source longer than [MaxExprLen], bracket nesting deeper than
// [MaxExprDepth], more than [MaxExprUnaryRun] unary operators in a row,
// predicate builtins nested deeper than [MaxExprPredicateDepth], and `let`.
// After parsing it rejects more than the node limit, builtins outside
// [ExprBuiltins], and any other function or method call. After type
// checking it bounds the expression's cost on the largest lead
// [leadroute.Lead.Normalize] lets through and rejects an expression whose
// bound exceeds [MaxExprCost], such as predicates over Products or
// keys(Attrs) nested with a costly body, long chains of string
// concatenation, or a range whose ends are lead numbers or too far apart;
// the error points at the part that is too costly. Those errors wrap
// [ErrExprLimit] or [ErrExprForbidden]. Evaluations also run with a memory
// budget. Expr never panics.
//
// So an accepted expression, evaluated on a normalised lead, takes bounded
// time and memory: about a millisecond and a few hundred kilobytes at most
// (see [MaxExprCost]), and usually well under a microsecond.
//
// An expression that is a plain conjunction of field tests, such as
// `Country in ["US", "CA"] && Employees >= 1000`, is also lowered into
// [leadroute.Cond]s (see [ExprMatcher.Conds]), so the router indexes its
// rule like a typed matcher's and does not run the expression at all.
// Which tests lower, and why Industry, Source and Domain tests do not, is
// described on Conds.
//
// An expression over lead fields with comparisons, in, startsWith,
// endsWith, contains and the boolean operators is also compiled into Go
// closures that read the fields directly; it then runs without the virtual
// machine and allocates nothing. Other expressions (Attrs, builtins,
// arithmetic) run on a pooled VM.
func Expr(src string, opts ...ExprOption) (m *ExprMatcher, err error) {
	cfg := exprConfig{maxNodes: DefaultExprMaxNodes, budget: DefaultExprMemoryBudget}
	for _, o := range opts {
		o(&cfg)
	}
	defer func() {
		if r := recover(); r != nil {
			m, err = nil, newExprError(src, 0, false, nil, "cannot compile expression: internal error: %v", r)
		}
	}()
	if e := scanExpr(src); e != nil {
		return nil, e
	}
	tree, e := checkAST(src, cfg.maxNodes)
	if e != nil {
		return nil, e
	}
	// Lowered conditions and closures are read from the tree as parsed,
	// before the checker annotates it and the optimiser rewrites it; they
	// keep values, not nodes.
	conds, fast := lowerExpr(tree.Node), compileFast(tree.Node)
	prog, cost, e := compileTree(src, tree, fast == nil)
	if e != nil {
		return nil, e
	}
	m = &ExprMatcher{src: src, prog: prog, cost: cost, budget: cfg.budget, conds: conds, fast: fast}
	m.vms.New = func() any { return new(vm.VM) }
	return m, nil
}

// exprConfigs holds ready expr configurations (the Lead environment, the
// allowed builtins), as expr.Compile would build for every expression:
// building one costs more than compiling a short expression (it reflects
// over Lead and copies expr's builtin table), and a file has many. A
// configuration is used by one compile at a time; compiling writes only
// its type cache (NtCache), which stays valid for the next.
var exprConfigs = sync.Pool{New: func() any { return newExprConfig() }}

// parseConfigs holds expr's default configurations for checkAST, which
// only parses: the parser reads them and writes nothing but MaxNodes, which
// checkAST sets for each use.
var parseConfigs = sync.Pool{New: func() any { return conf.CreateNew() }}

func newExprConfig() *conf.Config {
	opts := make([]expr.Option, 0, 4+len(exprBuiltins))
	opts = append(opts,
		expr.Env(leadroute.Lead{}),
		expr.AsBool(),
		expr.DisableAllBuiltins(),
	)
	for _, name := range exprBuiltins {
		opts = append(opts, expr.EnableBuiltin(name))
	}
	config := conf.CreateNew()
	for _, o := range opts {
		o(config)
	}
	for name := range config.Disabled {
		delete(config.Builtins, name)
	}
	config.Check()
	return config
}

// compileTree does what expr.Compile does to a tree checkAST parsed and
// accepted, with the cost bound (see [MaxExprCost]) checked between type
// checking and optimisation: type errors are reported first, and the
// optimiser, which folds constants, never sees an expression too costly to
// run. The tree is rewritten in place.
//
// Without program it stops after the cost bound and returns no program:
// an expression that compiles to closures (compileFast) never runs on the
// virtual machine, and neither the optimiser nor the compiler can fail on
// one (they fail on constant arithmetic and on narrow integer types, which
// the closures' grammar has not).
func compileTree(src string, tree *parser.Tree, program bool) (*vm.Program, int, *ExprError) {
	config := exprConfigs.Get().(*conf.Config)
	defer exprConfigs.Put(config)
	if _, err := new(checker.Checker).PatchAndCheck(tree, config); err != nil {
		return nil, 0, fromFileError(src, err, false)
	}
	cost, e := exprCost(src, tree.Node)
	if e != nil {
		return nil, 0, e
	}
	if !program {
		return nil, int(math.Ceil(cost)), nil
	}
	if config.Optimize {
		if err := optimizer.Optimize(&tree.Node, config); err != nil {
			var fe *file.Error
			if errors.As(err, &fe) {
				err = fe.Bind(tree.Source)
			}
			return nil, 0, fromFileError(src, err, false)
		}
	}
	prog, err := compiler.Compile(tree, config)
	if err != nil {
		return nil, 0, fromFileError(src, err, false)
	}
	return prog, int(math.Ceil(cost)), nil
}

// scanExpr applies the limits that must hold before the recursive parser
// runs. It tokenises with expr's own lexer, which is iterative, so strings
// and comments are skipped exactly as the parser will.
func scanExpr(src string) *ExprError {
	if len(src) > MaxExprLen {
		return newExprError(src, utf8.RuneCountInString(src[:MaxExprLen]), false, ErrExprLimit,
			"expression is %d bytes long; the limit is %d", len(src), MaxExprLen)
	}
	if strings.TrimSpace(src) == "" {
		return newExprError(src, 0, false, nil, "empty expression")
	}
	if plainlyWithinLimits(src) {
		return nil
	}
	return lexScan(src)
}

// lexScan is scanExpr's scan of the tokens.
func lexScan(src string) *ExprError {
	toks, err := lexer.Lex(file.NewSource(src))
	if err != nil {
		return fromFileError(src, err, false)
	}
	var (
		open      []bool // open brackets; true for a predicate call's "("
		predDepth int
		run       int
		runStart  int
	)
	for i, t := range toks {
		if t.Kind == lexer.Operator {
			switch t.Value {
			case "!", "not", "-", "+":
				if run == 0 {
					runStart = t.From
				}
				run++
				if run > MaxExprUnaryRun {
					return newExprError(src, runStart, false, ErrExprLimit,
						"more than %d unary operators in a row", MaxExprUnaryRun)
				}
				continue
			case "let":
				return newExprError(src, t.From, false, ErrExprForbidden,
					"let is not allowed in routing expressions")
			}
		}
		run = 0
		if t.Kind != lexer.Bracket {
			continue
		}
		switch t.Value {
		case "(", "[", "{":
			pred := t.Value == "(" && i > 0 && toks[i-1].Kind == lexer.Identifier && predicateBuiltins[toks[i-1].Value]
			open = append(open, pred)
			if len(open) > MaxExprDepth {
				return newExprError(src, t.From, false, ErrExprLimit,
					"brackets nested more than %d deep", MaxExprDepth)
			}
			if pred {
				predDepth++
				if predDepth > MaxExprPredicateDepth {
					return newExprError(src, toks[i-1].From, false, ErrExprLimit,
						"%s nested inside more than %d other list predicates", toks[i-1].Value, MaxExprPredicateDepth-1)
				}
			}
		default:
			if n := len(open); n > 0 {
				if open[n-1] {
					predDepth--
				}
				open = open[:n-1]
			}
		}
	}
	return nil
}

// plainlyWithinLimits reports whether a byte scan shows that src passes
// scanExpr, so that lexing it can be skipped: it has at most MaxExprDepth
// brackets in all, at most MaxExprUnaryRun of ! - + and not in all, no
// predicate builtin and no let, and nothing the lexer could refuse: only
// ASCII identifiers, whole numbers, double-quoted strings without escapes
// on one line, blanks and the operators ( ) [ ] { } , < > = ! & | + - * %
// and . (not before a digit). Anything else gets the full scan.
func plainlyWithinLimits(src string) bool {
	brackets, unary := 0, 0
	for i := 0; i < len(src); i++ {
		switch c := src[i]; {
		case c == '"':
			j := strings.IndexByte(src[i+1:], '"')
			if j < 0 || strings.ContainsAny(src[i+1:i+1+j], "\\\n") {
				return false
			}
			i += j + 1
		case c == '(' || c == '[' || c == '{':
			brackets++
		case c == '!' || c == '-' || c == '+':
			unary++
		case c == ')' || c == ']' || c == '}' || c == ',' || c == '<' || c == '>' || c == '=' ||
			c == '&' || c == '|' || c == '*' || c == '%' || c == ' ' || c == '\t' || c == '\n' || c == '\r':
		case c == '.':
			if i+1 < len(src) && src[i+1] >= '0' && src[i+1] <= '9' {
				return false
			}
		case c >= '0' && c <= '9':
			for i+1 < len(src) && src[i+1] >= '0' && src[i+1] <= '9' {
				i++
			}
			if i+1 < len(src) && (isWordByte(src[i+1]) || src[i+1] == '.') {
				return false
			}
		case isWordByte(c):
			j := i
			for j < len(src) && (isWordByte(src[j]) || src[j] >= '0' && src[j] <= '9') {
				j++
			}
			switch w := src[i:j]; {
			case w == "not":
				unary++
			case w == "let" || predicateBuiltins[w]:
				return false
			}
			if j < len(src) && (src[j] == '"' || src[j] == '\'') {
				return false // b"..." is a bytes literal
			}
			i = j - 1
		default:
			return false
		}
	}
	return brackets <= MaxExprDepth && unary <= MaxExprUnaryRun
}

func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' }

// checkAST parses src (now known to be shallow) and rejects forbidden
// constructs with their position. It returns the parse tree.
//
// It parses with expr's default configuration, so that a builtin outside
// exprBuiltins is a BuiltinNode it can name. A tree it accepts is the
// tree the restricted configuration (newExprConfig) parses: the two
// differ only in the disabled builtins, which such a tree does not call
// (it has no CallNode and only allowed BuiltinNodes), and no Lead field
// or method has a builtin's name (which would override it).
func checkAST(src string, maxNodes uint) (*parser.Tree, *ExprError) {
	c := parseConfigs.Get().(*conf.Config)
	defer parseConfigs.Put(c)
	c.MaxNodes = maxNodes
	tree, err := parser.ParseWithConfig(src, c)
	if err != nil {
		return nil, fromFileError(src, err, false)
	}
	g := astGuard{src: src}
	ast.Walk(&tree.Node, &g)
	if g.err != nil {
		return nil, g.err
	}
	return tree, nil
}

type astGuard struct {
	src string
	err *ExprError
}

func (g *astGuard) Visit(node *ast.Node) {
	var e *ExprError
	switch n := (*node).(type) {
	case *ast.CallNode:
		pos := n.Location().From
		switch c := n.Callee.(type) {
		case *ast.MemberNode:
			e = newExprError(g.src, pos, false, ErrExprForbidden, "method calls are not allowed (calling %s)", c.String())
		case *ast.IdentifierNode:
			e = newExprError(g.src, pos, false, ErrExprForbidden, "unknown function %s (allowed builtins: %s)", c.Value, strings.Join(exprBuiltins, ", "))
		default:
			e = newExprError(g.src, pos, false, ErrExprForbidden, "function calls are not allowed")
		}
	case *ast.BuiltinNode:
		if !slices.Contains(exprBuiltins, n.Name) {
			e = newExprError(g.src, n.Location().From, false, ErrExprForbidden,
				"builtin %s is not allowed (allowed builtins: %s)", n.Name, strings.Join(exprBuiltins, ", "))
		}
	case *ast.VariableDeclaratorNode:
		e = newExprError(g.src, n.Location().From, false, ErrExprForbidden, "let is not allowed in routing expressions")
	}
	if e != nil && (g.err == nil || e.Pos < g.err.Pos) {
		g.err = e
	}
}

// Match reports whether the expression is true for the lead. A run-time
// failure counts as false; use MatchErr to see it.
func (m *ExprMatcher) Match(l *leadroute.Lead) bool {
	ok, _ := m.MatchErr(l)
	return ok
}

// MatchErr evaluates the expression for the lead. It returns an
// [*ExprError] with Runtime set if the evaluation fails, for example on a
// division by zero or when the memory budget is exceeded (that error wraps
// [ErrExprLimit]).
func (m *ExprMatcher) MatchErr(l *leadroute.Lead) (ok bool, err error) {
	if m.fast != nil {
		return m.fast(l), nil
	}
	v := m.vms.Get().(*vm.VM)
	defer func() {
		if r := recover(); r != nil {
			ok, err = false, newExprError(m.src, 0, true, nil, "expression failed: %v", r)
			v = nil // its state is unknown; let it go
		}
		if v != nil {
			m.vms.Put(v)
		}
	}()
	v.MemoryBudget = m.budget
	out, rerr := v.Run(m.prog, l)
	if rerr != nil {
		return false, fromFileError(m.src, rerr, true)
	}
	b, isBool := out.(bool)
	if !isBool {
		return false, newExprError(m.src, 0, true, nil, "expression produced %T, not a bool", out)
	}
	return b, nil
}

// Cost returns the static bound of the expression's cost, in the steps of
// [MaxExprCost], on a lead at the size limits of [leadroute.Lead]. It is
// at most MaxExprCost.
func (m *ExprMatcher) Cost() int { return m.cost }

// Source returns the expression as given.
func (m *ExprMatcher) Source() string { return m.src }

// String returns "expr(Score >= 50)", shortening long sources.
func (m *ExprMatcher) String() string {
	s := strings.Join(strings.Fields(m.src), " ")
	if utf8.RuneCountInString(s) > 80 {
		s = string([]rune(s)[:77]) + "..."
	}
	return "expr(" + s + ")"
}
