package matchers

import (
	"errors"
	"fmt"
	"strings"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/internal/text"
)

// foldSet is a case-insensitive set of strings that folds ASCII lookups in
// a stack buffer, so membership tests do not allocate.
type foldSet struct {
	lower map[string]struct{} // strings.ToLower of every member
	orig  []string            // members as given, for non-ASCII lookups
}

func newFoldSet(what string, names []string) (foldSet, error) {
	if len(names) == 0 {
		return foldSet{}, fmt.Errorf("%s: no values given", what)
	}
	s := foldSet{lower: make(map[string]struct{}, len(names))}
	for i, n := range names {
		n = strings.TrimSpace(n)
		if n == "" {
			return foldSet{}, fmt.Errorf("%s[%d]: empty value", what, i)
		}
		lo := strings.ToLower(n)
		if _, dup := s.lower[lo]; dup {
			continue
		}
		s.lower[lo] = struct{}{}
		s.orig = append(s.orig, n)
	}
	return s, nil
}

// has reports whether v, trimmed, equals a member ignoring case: exactly
// when strings.ToLower of both are equal, which is also what a
// [leadroute.Cond] tests, so that the rule index and Match always agree.
// ASCII values are folded in a stack buffer; others are compared rune by
// rune. Neither allocates.
func (s *foldSet) has(v string) bool {
	v = strings.TrimSpace(v)
	if v == "" {
		return false
	}
	return text.HasFold(s.lower, v)
}

func (s *foldSet) String() string { return listString(sortedKeys(s.lower)) }

type fieldSet struct {
	field string
	set   foldSet
	get   func(*leadroute.Lead) string
}

// Match reports whether the lead's field is in the set, ignoring case.
func (m *fieldSet) Match(l *leadroute.Lead) bool { return m.set.has(m.get(l)) }

func (m *fieldSet) String() string { return m.field + " in " + m.set.String() }

func leadIndustry(l *leadroute.Lead) string { return l.Industry }
func leadDomain(l *leadroute.Lead) string   { return l.Domain }
func leadSource(l *leadroute.Lead) string   { return l.Source }

// Industry returns a matcher for leads whose Industry is one of names,
// ignoring case and surrounding space ("SaaS" matches "saas "). An empty
// list or an empty name is an error.
//
// The matcher is safe for concurrent use and allocates nothing per call.
// Its String form is "industry in [fintech saas]".
func Industry(names ...string) (leadroute.Matcher, error) {
	s, err := newFoldSet("industry", names)
	if err != nil {
		return nil, err
	}
	return &fieldSet{field: "industry", set: s, get: leadIndustry}, nil
}

// Source returns a matcher for leads whose Source is one of names, ignoring
// case and surrounding space. An empty list or an empty name is an error.
//
// The matcher is safe for concurrent use and allocates nothing per call.
// Its String form is "source in [referral webinar]".
func Source(names ...string) (leadroute.Matcher, error) {
	s, err := newFoldSet("source", names)
	if err != nil {
		return nil, err
	}
	return &fieldSet{field: "source", set: s, get: leadSource}, nil
}

// Domain returns a matcher for leads whose Domain (the company domain,
// filled from the email address by normalisation) is one of domains,
// ignoring case and surrounding space. Domains are normalised as leads'
// are: "www." and a trailing dot are removed ("WWW.Acme.com." is
// "acme.com"). It matches the domain exactly, not its subdomains; for
// account matching by registrable domain see [Account]. An empty list or
// domain is an error.
//
// The matcher is safe for concurrent use and allocates nothing per call;
// the router indexes it (one map probe whatever the number of domains).
// Its String form is "domain in [acme.com beta.io]".
func Domain(domains ...string) (leadroute.Matcher, error) {
	norm := make([]string, len(domains))
	for i, d := range domains {
		d = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(d)), ".")
		norm[i] = strings.TrimPrefix(d, "www.")
		if d != "" && norm[i] == "" {
			return nil, fmt.Errorf("domain[%d]: %q is not a domain name", i, domains[i])
		}
	}
	s, err := newFoldSet("domain", norm)
	if err != nil {
		return nil, err
	}
	return &fieldSet{field: "domain", set: s, get: leadDomain}, nil
}

// Language returns a matcher for leads whose Language is one of codes,
// ignoring case. Codes are ISO 639-1 ("es"), optionally with a region
// ("pt-BR"). A lead language with a region also matches its bare language:
// Language("pt") matches "pt-br" and "pt_BR", but Language("pt-BR") does
// not match "pt". An empty list or code is an error.
//
// The matcher is safe for concurrent use and allocates nothing per call.
// Its String form is "language in [es pt]".
func Language(codes ...string) (leadroute.Matcher, error) {
	s, err := newFoldSet("language", codes)
	if err != nil {
		return nil, err
	}
	for _, c := range s.orig {
		if strings.ContainsAny(c, " \t") {
			return nil, fmt.Errorf("language: %q is not a language code", c)
		}
	}
	return &languageSet{set: s}, nil
}

type languageSet struct{ set foldSet }

// Match reports whether the lead's language, or its primary subtag, is in
// the set.
func (m *languageSet) Match(l *leadroute.Lead) bool {
	v := l.Language
	if m.set.has(v) {
		return true
	}
	for i := 0; i < len(v); i++ { // the primary subtag, before the first - or _
		if v[i] == '-' || v[i] == '_' {
			return i > 0 && m.set.has(v[:i])
		}
	}
	return false
}

func (m *languageSet) String() string { return "language in " + m.set.String() }

// Product returns a matcher for leads with at least one of names among their
// Products, ignoring case and surrounding space. An empty list or name is an
// error.
//
// The matcher is safe for concurrent use and allocates nothing per call.
// Its String form is "products include any of [billing crm]".
func Product(names ...string) (leadroute.Matcher, error) {
	s, err := newFoldSet("product", names)
	if err != nil {
		return nil, err
	}
	return &productSet{set: s}, nil
}

type productSet struct{ set foldSet }

// Match reports whether any of the lead's products is in the set.
func (m *productSet) Match(l *leadroute.Lead) bool {
	for _, p := range l.Products {
		if m.set.has(p) {
			return true
		}
	}
	return false
}

func (m *productSet) String() string { return "products include any of " + m.set.String() }

var errNoKey = errors.New("empty attribute key")
