// Package matchers provides the built-in [leadroute.Matcher] implementations:
// geography (country, state, postal prefix and an indexed territory table),
// firmographic bands (employees, revenue), set membership (industry, source,
// language, product), lead score, custom attributes, the All/Any/Not
// combinators and compiled expressions on [github.com/expr-lang/expr].
//
// # Contract
//
// Every matcher in this package is immutable once built and safe for
// concurrent use by many goroutines. Match never blocks, never modifies the
// lead and never keeps it. Constructors validate their input and return an
// error naming the offending value, so that a router built from a rules file
// cannot fail at route time because of a typo; they do the expensive work
// (normalising codes, building indexes, compiling expressions) once.
//
// Matchers see leads after [leadroute.Lead.Normalize]: Country is an
// upper-case ISO 3166-1 alpha-2 code, State a full ISO 3166-2 code ("US-CA"),
// PostalCode upper-case, Domain and Language lower-case. Code that calls
// Match directly should normalise the lead first.
//
// Every matcher implements [fmt.Stringer] with a short, stable description
// (for example "country in [CA US]") used in decision traces.
//
// # Constructors
//
// Constructors have one of two shapes, by one rule:
//
//   - A constructor that takes values (codes, names, bounds, an attribute,
//     an expression, territories) returns (T, error), even where no value
//     of its parameter types is rejected today ([EmployeesAtLeast],
//     [ScoreAtLeast]): callers never need to know which one can fail, and
//     a check added later is not an API break. T is [leadroute.Matcher],
//     except where the package exports the type built for its extra
//     methods: [NewBand] and [AtLeast] return *[Band], [NewTerritories]
//     *[Territories] and [Expr] *[ExprMatcher].
//   - A constructor that takes only matchers or an account source ([All],
//     [Any], [Not], [Account]) cannot fail and returns the
//     [leadroute.Matcher] alone. Passing nil to a combinator is a
//     programming error and panics at setup.
//
// For values written in the program, [Must] turns (T, error) into T and
// panics on error, as [regexp.MustCompile] does:
//
//	enterprise := matchers.All(
//		matchers.Must(matchers.Country("US", "CA")),
//		matchers.Must(matchers.EmployeesAtLeast(1000)),
//	)
//
// # Capabilities
//
// [Territories] implements [leadroute.Selector]: it reports the key of the
// most specific territory covering a lead, so a rule can keep one sub-pool
// per territory. [ExprMatcher] implements [leadroute.ErrMatcher]: a run-time
// failure is returned, never turned silently into "no match". The
// combinators [All], [Any] and [Not] implement ErrMatcher whenever one of
// their children does, and All keeps a child's Selector capability.
//
// # Expressions from configuration files
//
// [Expr] treats its source as untrusted: it caps the length, bracket
// nesting and runs of unary operators before the expr parser sees the text
// (the parser is recursive and would otherwise crash the process on hostile
// input), allows only an explicit list of side-effect free builtins
// ([ExprBuiltins]), rejects function and method calls and `let`, bounds the
// number of AST nodes and the nesting of predicates such as all() and
// any(), and runs every program with a memory budget.
//
// # Performance
//
// Every matcher except [ExprMatcher] allocates nothing per call. The
// [Territories] table is an index (maps keyed by country, state and postal
// prefix, probed once per distinct prefix length), so its cost does not
// grow with the number of territories. Set matchers fold ASCII case in a
// stack buffer. Expressions reuse pooled virtual machines; the remaining
// allocations come from expr boxing the lead fields it reads (see the
// benchmarks in this package).
package matchers
