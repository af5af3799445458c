package matchers

import (
	"fmt"
	"strings"

	"github.com/leadroute/leadroute"
)

// All returns a matcher that matches when every one of ms matches; with no
// matchers it matches every lead. Children are evaluated in order and
// evaluation stops at the first that does not match or fails.
//
// Capabilities propagate:
//   - if any child implements [leadroute.ErrMatcher], so does the result:
//     MatchErr returns the first child error, and Match counts an error as
//     no match;
//   - if a child implements [leadroute.Selector] (a [Territories] table, say)
//     and no child can fail, the result is a Selector too: Select requires
//     every child to match and returns the key of the first Selector child.
//     When a Selector is combined with children that can fail, the result
//     implements ErrMatcher and SelectErr (see [ErrSelector]) instead, so
//     that errors are never swallowed.
//
// All panics if a matcher is nil: that is a programming error caught at
// setup, never at route time. The result is safe for concurrent use if the
// children are, and adds no allocation. Its String form is
// "all(country in [US], score >= 50)".
func All(ms ...leadroute.Matcher) leadroute.Matcher {
	b := newGroup("all", ms)
	switch {
	case b.canFail && b.sel >= 0:
		return &allErrSelector{b}
	case b.canFail:
		return &allErr{b}
	case b.sel >= 0:
		return &allSelector{b}
	default:
		return &allPlain{b}
	}
}

// Any returns a matcher that matches when at least one of ms matches; with
// no matchers it matches no lead. Children are evaluated in order and
// evaluation stops at the first that matches or fails.
//
// If any child implements [leadroute.ErrMatcher], so does the result:
// MatchErr returns the first child error, and Match counts an error as no
// match. Any panics if a matcher is nil. The result is safe for concurrent
// use if the children are, and adds no allocation. Its String form is
// "any(industry in [saas], score >= 80)".
func Any(ms ...leadroute.Matcher) leadroute.Matcher {
	b := newGroup("any", ms)
	if b.canFail {
		return &anyErr{b}
	}
	return &anyPlain{b}
}

// Not returns a matcher that matches when m does not.
//
// If m implements [leadroute.ErrMatcher], so does the result, and a failure
// of m is a failure of Not (MatchErr returns the error; Match reports false),
// never a match. Not panics if m is nil. The result is safe for concurrent
// use if m is, and adds no allocation. Its String form is
// "not(country in [US])".
func Not(m leadroute.Matcher) leadroute.Matcher {
	b := newGroup("not", []leadroute.Matcher{m})
	if b.canFail {
		return &notErr{b}
	}
	return &notPlain{b}
}

// ErrSelector is the capability of [All] combining a Selector with
// children that can fail: it selects like [leadroute.Selector] and reports
// failures like [leadroute.ErrMatcher]. It is [leadroute.ErrSelector],
// which the router prefers when a matcher implements it.
type ErrSelector = leadroute.ErrSelector

// group is the shared state of the combinators.
type group struct {
	name    string
	ms      []leadroute.Matcher
	errs    []leadroute.ErrMatcher // errs[i] non-nil when ms[i] can fail
	canFail bool
	sel     int // index of the first Selector child, or -1
}

func newGroup(name string, ms []leadroute.Matcher) group {
	g := group{name: name, ms: append([]leadroute.Matcher(nil), ms...), errs: make([]leadroute.ErrMatcher, len(ms)), sel: -1}
	for i, m := range ms {
		if m == nil {
			panic(fmt.Sprintf("matchers.%s: matcher %d is nil", strings.ToUpper(name[:1])+name[1:], i))
		}
		if em, ok := m.(leadroute.ErrMatcher); ok {
			g.errs[i] = em
			g.canFail = true
		}
		if _, ok := m.(leadroute.Selector); ok && g.sel < 0 {
			g.sel = i
		}
	}
	return g
}

func (g *group) child(i int, l *leadroute.Lead) (bool, error) {
	if em := g.errs[i]; em != nil {
		return em.MatchErr(l)
	}
	return g.ms[i].Match(l), nil
}

func (g *group) all(l *leadroute.Lead) (bool, error) {
	for i := range g.ms {
		if ok, err := g.child(i, l); err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

func (g *group) any(l *leadroute.Lead) (bool, error) {
	for i := range g.ms {
		if ok, err := g.child(i, l); err != nil || ok {
			return ok && err == nil, err
		}
	}
	return false, nil
}

func (g *group) not(l *leadroute.Lead) (bool, error) {
	ok, err := g.child(0, l)
	if err != nil {
		return false, err
	}
	return !ok, nil
}

// selectAll requires every child to match and returns the key of the
// first Selector child.
func (g *group) selectAll(l *leadroute.Lead) (string, bool, error) {
	var key string
	for i := range g.ms {
		if i == g.sel {
			k, ok := g.ms[i].(leadroute.Selector).Select(l)
			if !ok {
				return "", false, nil
			}
			key = k
			continue
		}
		if ok, err := g.child(i, l); err != nil || !ok {
			return "", false, err
		}
	}
	return key, true, nil
}

func (g *group) String() string {
	var b strings.Builder
	b.WriteString(g.name)
	b.WriteByte('(')
	for i, m := range g.ms {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(describe(m))
	}
	b.WriteByte(')')
	return b.String()
}

// describe returns m's String, or its type for matchers without one.
func describe(m leadroute.Matcher) string {
	if s, ok := m.(fmt.Stringer); ok {
		return s.String()
	}
	return fmt.Sprintf("%T", m)
}

type allPlain struct{ g group }

// Match reports whether every child matches.
func (m *allPlain) Match(l *leadroute.Lead) bool { ok, _ := m.g.all(l); return ok }
func (m *allPlain) String() string               { return m.g.String() }

type allErr struct{ g group }

// Match reports whether every child matches; a failure counts as no match.
func (m *allErr) Match(l *leadroute.Lead) bool { ok, _ := m.g.all(l); return ok }

// MatchErr reports whether every child matches, or the first failure.
func (m *allErr) MatchErr(l *leadroute.Lead) (bool, error) { return m.g.all(l) }
func (m *allErr) String() string                           { return m.g.String() }

type allSelector struct{ g group }

// Match reports whether every child matches.
func (m *allSelector) Match(l *leadroute.Lead) bool { ok, _ := m.g.all(l); return ok }

// Select reports the key of the first Selector child when every child
// matches.
func (m *allSelector) Select(l *leadroute.Lead) (string, bool) {
	k, ok, _ := m.g.selectAll(l)
	return k, ok
}
func (m *allSelector) String() string { return m.g.String() }

type allErrSelector struct{ g group }

// Match reports whether every child matches; a failure counts as no match.
func (m *allErrSelector) Match(l *leadroute.Lead) bool { ok, _ := m.g.all(l); return ok }

// MatchErr reports whether every child matches, or the first failure.
func (m *allErrSelector) MatchErr(l *leadroute.Lead) (bool, error) { return m.g.all(l) }

// SelectErr reports the key of the first Selector child when every child
// matches, or the first failure.
func (m *allErrSelector) SelectErr(l *leadroute.Lead) (string, bool, error) {
	return m.g.selectAll(l)
}
func (m *allErrSelector) String() string { return m.g.String() }

type anyPlain struct{ g group }

// Match reports whether some child matches.
func (m *anyPlain) Match(l *leadroute.Lead) bool { ok, _ := m.g.any(l); return ok }
func (m *anyPlain) String() string               { return m.g.String() }

type anyErr struct{ g group }

// Match reports whether some child matches before any fails.
func (m *anyErr) Match(l *leadroute.Lead) bool { ok, _ := m.g.any(l); return ok }

// MatchErr reports whether some child matches, or the first failure.
func (m *anyErr) MatchErr(l *leadroute.Lead) (bool, error) { return m.g.any(l) }
func (m *anyErr) String() string                           { return m.g.String() }

type notPlain struct{ g group }

// Match reports whether the child does not match.
func (m *notPlain) Match(l *leadroute.Lead) bool { ok, _ := m.g.not(l); return ok }
func (m *notPlain) String() string               { return m.g.String() }

type notErr struct{ g group }

// Match reports whether the child does not match; a failure is no match.
func (m *notErr) Match(l *leadroute.Lead) bool { ok, _ := m.g.not(l); return ok }

// MatchErr reports whether the child does not match, or its failure.
func (m *notErr) MatchErr(l *leadroute.Lead) (bool, error) { return m.g.not(l) }
func (m *notErr) String() string                           { return m.g.String() }

var (
	_ leadroute.ErrMatcher = (*allErr)(nil)
	_ leadroute.Selector   = (*allSelector)(nil)
	_ ErrSelector          = (*allErrSelector)(nil)
	_ leadroute.ErrMatcher = (*anyErr)(nil)
	_ leadroute.ErrMatcher = (*notErr)(nil)
)
