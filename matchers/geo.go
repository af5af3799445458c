package matchers

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/internal/iso3166"
	"github.com/leadroute/leadroute/internal/text"
)

// Country returns a matcher for leads whose Country is one of codes.
//
// Codes may be given as ISO 3166-1 alpha-2 codes in any case ("us"), or as
// names and aliases that [leadroute.NormalizeCountry] knows ("United
// States", "USA"); they are normalised once, here. An unknown country or an
// empty list is an error.
//
// The matcher is safe for concurrent use and allocates nothing per call.
// Its String form is "country in [CA US]".
func Country(codes ...string) (leadroute.Matcher, error) {
	if len(codes) == 0 {
		return nil, errors.New("country: no countries given")
	}
	set := make(map[string]struct{}, len(codes))
	for i, c := range codes {
		code, err := normCountry(c)
		if err != nil {
			return nil, fmt.Errorf("country[%d]: %w", i, err)
		}
		set[code] = struct{}{}
	}
	return newCodeSet("country", leadroute.FieldCountry, set, leadCountry), nil
}

// State returns a matcher for leads whose State is one of codes.
//
// Codes are full ISO 3166-2 subdivision codes ("US-CA", "CA-QC"), in any
// case. A bare code ("CA") is rejected because it is ambiguous (California,
// or Canada?); write the country part. A code of a known country that is
// well formed (1 to 3 letters or digits after the hyphen, as "FR-99Z") is
// accepted even when leadroute's ISO data does not know it, so that codes
// ISO adds later never make rules invalid (config's lint flags them). A
// malformed code, an unknown country or an empty list is an error.
//
// The matcher is safe for concurrent use and allocates nothing per call.
// Its String form is "state in [US-CA US-WA]".
func State(codes ...string) (leadroute.Matcher, error) {
	if len(codes) == 0 {
		return nil, errors.New("state: no states given")
	}
	set := make(map[string]struct{}, len(codes))
	for i, c := range codes {
		code, err := normState(c)
		if err != nil {
			return nil, fmt.Errorf("state[%d]: %w", i, err)
		}
		set[code] = struct{}{}
	}
	return newCodeSet("state", leadroute.FieldState, set, leadState), nil
}

// PostalPrefix returns a matcher for leads in country whose PostalCode
// starts with one of prefixes.
//
// The country is normalised as in [Country]. Prefixes are trimmed and
// upper-cased, as lead postal codes are; inner spaces are kept, so "SW1A"
// matches "SW1A 1AA". Postal codes mean nothing without their country, so
// a lead in another country never matches. An empty prefix list, an empty
// prefix or an unknown country is an error.
//
// The matcher is safe for concurrent use and allocates nothing per call:
// it probes a set once per distinct prefix length. Its String form is
// "postal code in US:[940 941]".
func PostalPrefix(country string, prefixes ...string) (leadroute.Matcher, error) {
	cc, err := normCountry(country)
	if err != nil {
		return nil, fmt.Errorf("postal prefix: %w", err)
	}
	if len(prefixes) == 0 {
		return nil, fmt.Errorf("postal prefix: no prefixes given for %s", cc)
	}
	var idx prefixIndex
	for i, p := range prefixes {
		np, err := normPrefix(p)
		if err != nil {
			return nil, fmt.Errorf("postal prefix[%d]: %w", i, err)
		}
		idx.add(np, 0)
	}
	return &postalMatcher{country: cc, idx: idx}, nil
}

// codeSet matches normalised codes. Leads are normalised before matching,
// so their codes are upper-case; Match still folds case and trims, exactly
// as a [leadroute.Cond] does, so the rule index and Match always agree.
type codeSet struct {
	field string
	cf    leadroute.Field
	set   map[string]struct{} // normalised (upper-case) codes
	lower map[string]struct{} // the same, lower-cased
	get   func(*leadroute.Lead) string
}

func newCodeSet(field string, cf leadroute.Field, set map[string]struct{}, get func(*leadroute.Lead) string) *codeSet {
	lower := make(map[string]struct{}, len(set))
	for c := range set {
		lower[strings.ToLower(c)] = struct{}{}
	}
	return &codeSet{field: field, cf: cf, set: set, lower: lower, get: get}
}

func leadCountry(l *leadroute.Lead) string { return l.Country }
func leadState(l *leadroute.Lead) string   { return l.State }

// Match reports whether the lead's code is in the set.
func (m *codeSet) Match(l *leadroute.Lead) bool {
	v := m.get(l)
	if _, ok := m.set[v]; ok { // the normalised case: one probe, no folding
		return true
	}
	v = strings.TrimSpace(v)
	return v != "" && text.HasFold(m.lower, v)
}

func (m *codeSet) String() string {
	return m.field + " in " + listString(sortedKeys(m.set))
}

type postalMatcher struct {
	country string
	idx     prefixIndex
}

// Match reports whether the lead is in the country and its postal code
// starts with one of the prefixes.
func (m *postalMatcher) Match(l *leadroute.Lead) bool {
	if l.Country != m.country {
		return false
	}
	_, ok := m.idx.lookup(l.PostalCode)
	return ok
}

func (m *postalMatcher) String() string {
	return "postal code in " + m.country + ":" + listString(sortedKeys(m.idx.byPrefix))
}

// prefixIndex finds the longest registered prefix of a string. It keeps one
// set of prefixes and the distinct prefix lengths, longest first, so a
// lookup costs one map probe per distinct length, whatever the number of
// prefixes.
type prefixIndex struct {
	byPrefix map[string]int // prefix → value (a territory index)
	lengths  []int          // distinct lengths, descending
}

// add registers prefix with value v. It reports false, keeping the old
// value, if the prefix was already registered.
func (x *prefixIndex) add(prefix string, v int) bool {
	if x.byPrefix == nil {
		x.byPrefix = make(map[string]int)
	}
	if _, dup := x.byPrefix[prefix]; dup {
		return false
	}
	x.byPrefix[prefix] = v
	if !slices.Contains(x.lengths, len(prefix)) {
		x.lengths = append(x.lengths, len(prefix))
		slices.SortFunc(x.lengths, func(a, b int) int { return b - a })
	}
	return true
}

// lookup returns the value of the longest registered prefix of s.
func (x *prefixIndex) lookup(s string) (int, bool) {
	for _, n := range x.lengths {
		if n > len(s) {
			continue
		}
		if v, ok := x.byPrefix[s[:n]]; ok {
			return v, true
		}
	}
	return 0, false
}

func normCountry(s string) (string, error) {
	if strings.TrimSpace(s) == "" {
		return "", errors.New("empty country")
	}
	code, ok := leadroute.NormalizeCountry(s)
	if !ok {
		return "", fmt.Errorf("%q is not a known country (want an ISO 3166-1 alpha-2 code such as \"US\", or a country name)", s)
	}
	return code, nil
}

func normState(s string) (string, error) {
	u := strings.ToUpper(strings.TrimSpace(s))
	if u == "" {
		return "", errors.New("empty state")
	}
	if !strings.Contains(u, "-") {
		if len(u) <= 3 {
			return "", fmt.Errorf("%q is not a full ISO 3166-2 code: write the country too, as in \"US-%s\"", s, u)
		}
		return "", fmt.Errorf("%q is not an ISO 3166-2 code: write the code, as in \"US-CA\" for California", s)
	}
	if leadroute.IsSubdivisionCode(u) || iso3166.WellFormedSubdivision(u) {
		// A well-formed code of a known country passes even when this
		// version's ISO data does not know it, so that a code ISO adds
		// later cannot make a rules file invalid; config's lint flags it.
		return u, nil
	}
	if cc, _, _ := strings.Cut(u, "-"); !leadroute.IsCountryCode(cc) {
		return "", fmt.Errorf("%q is not an ISO 3166-2 code: %q is not a known country code", s, cc)
	}
	return "", fmt.Errorf("%q is not an ISO 3166-2 code: want the country code, a hyphen and 1 to 3 letters or digits, as in \"US-CA\"", s)
}

func normPrefix(s string) (string, error) {
	p := strings.ToUpper(strings.TrimSpace(s))
	if p == "" {
		return "", errors.New("empty postal prefix")
	}
	return p, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// listString formats a list for traces: "[a b c]", eliding the middle of
// long lists so traces stay short.
func listString(xs []string) string {
	const max = 8
	if len(xs) > max {
		head := strings.Join(xs[:max-1], " ")
		return fmt.Sprintf("[%s ... (%d more)]", head, len(xs)-(max-1))
	}
	return "[" + strings.Join(xs, " ") + "]"
}
