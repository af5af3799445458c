package leadroute

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/leadroute/leadroute/internal/text"
)

// Lead is one incoming sales lead, as the host application received it.
//
// Route and Explain take a Lead by value and normalise their copy at the edge
// (see [Lead.Normalize]); the caller's value is never modified. A Lead that
// cannot be fully normalised still routes: the problems are reported in
// [Decision.Problems].
//
// A Lead is a plain value. It is not safe to modify its Products slice or
// Attrs map while a Route call that received it is running.
type Lead struct {
	// ID identifies the lead in the host system. When set it is also the
	// decision ID: routing the same lead ID again replays the first
	// decision and counts nothing twice.
	ID string
	// Email is the contact's address; its domain fills Domain when Domain is
	// empty.
	Email string
	// Domain is the company's domain, lower-cased. Filled from Email or
	// Website when empty.
	Domain string
	// Website is the company's web address, as typed ("https://www.acme.com").
	Website string
	// Company is the company name as typed.
	Company string

	// Country is an ISO 3166-1 alpha-2 code ("US") after normalisation; a
	// name or alias ("United States", "USA", "us") is accepted on input.
	Country string
	// State is an ISO 3166-2 subdivision code ("US-CA") after normalisation
	// where the country is known; "CA" or "California" are accepted on input.
	State string
	// PostalCode is trimmed and upper-cased.
	PostalCode string
	// City is free text, as typed.
	City string

	// Industry and Source are free text; matchers compare them ignoring
	// case and surrounding space.
	Industry string
	Source   string
	// Language is an ISO 639-1 code ("es"), lower-cased by normalisation.
	Language string

	// Employees is the company's head count; negative values are reported
	// as problems.
	Employees int
	// Revenue is the company's annual revenue in the host's currency; NaN,
	// infinite and negative values are reported as problems.
	Revenue float64
	// Score is the lead score from the host's scoring model.
	Score int
	// Products lists the products the lead is interested in.
	Products []string

	// Attrs holds custom CRM fields. Expressions reach them as Attrs["key"].
	Attrs map[string]any

	// CreatedAt is when the lead was created. The simulator drives its
	// virtual clock with it; Route itself uses the router's clock.
	CreatedAt time.Time
}

// Problem is something wrong with a lead found during normalisation. The lead
// still routes; problems are reported in [Decision.Problems].
type Problem struct {
	Field string // the Lead field, e.g. "Country"
	Value string // the offending value as given
	Msg   string // what is wrong
}

// String formats the problem; values longer than 64 bytes are cut short.
func (p Problem) String() string {
	v := p.Value
	if len(v) > maxProblemValue {
		v = v[:maxProblemValue] + "…"
	}
	return fmt.Sprintf("%s %q: %s", p.Field, v, p.Msg)
}

const maxProblemValue = 64

// Normalize normalises the lead in place and returns what it could not fix.
// It is idempotent, and it allocates nothing for a lead that is already
// normal (upper-case alpha-2 country, full ISO 3166-2 state, lower-case
// domain).
//
// What it does:
//   - Email: trimmed; the part after the last '@' fills Domain when Domain is
//     empty. An address without a local part or domain is reported.
//   - Domain: taken from Website's host when empty; lower-cased, a leading
//     "www." and any trailing dot removed.
//   - Country: names and aliases map to ISO 3166-1 alpha-2 ("USA" → "US").
//   - State: names and bare codes map to ISO 3166-2 ("California", "ca" →
//     "US-CA") when the country is known.
//   - PostalCode trimmed and upper-cased; Language lower-cased.
func (l *Lead) Normalize() []Problem {
	var probs []Problem
	l.Email = strings.TrimSpace(l.Email)
	if l.Email != "" {
		at := strings.LastIndexByte(l.Email, '@')
		if at <= 0 || at == len(l.Email)-1 || hasSpace(l.Email) {
			probs = append(probs, Problem{Field: "Email", Value: l.Email, Msg: "not an email address"})
		} else if l.Domain == "" {
			l.Domain = l.Email[at+1:]
		}
	}
	if l.Domain == "" && l.Website != "" {
		l.Domain = text.HostOf(l.Website)
	}
	if l.Domain != "" {
		d := strings.ToLower(strings.TrimSpace(l.Domain))
		d = strings.TrimSuffix(d, ".")
		d = strings.TrimPrefix(d, "www.")
		if d == "" || hasDomainJunk(d) || strings.IndexByte(d, '.') < 0 {
			probs = append(probs, Problem{Field: "Domain", Value: l.Domain, Msg: "not a domain name"})
		}
		l.Domain = d
	}
	if l.Country != "" {
		if c, ok := countryCode(l.Country); ok {
			l.Country = c
		} else {
			probs = append(probs, Problem{Field: "Country", Value: l.Country, Msg: "not a known country"})
		}
	}
	if l.State != "" {
		if s, ok := stateCode(l.Country, l.State); ok {
			l.State = s
		} else if len(l.Country) == 2 && isKnownCountry(l.Country) {
			probs = append(probs, Problem{Field: "State", Value: l.State, Msg: "not a known subdivision of " + l.Country})
		}
	}
	if math.IsNaN(l.Revenue) || math.IsInf(l.Revenue, 0) || l.Revenue < 0 {
		probs = append(probs, Problem{Field: "Revenue", Value: strconv.FormatFloat(l.Revenue, 'g', -1, 64), Msg: "not a revenue"})
	}
	if l.Employees < 0 {
		probs = append(probs, Problem{Field: "Employees", Value: strconv.Itoa(l.Employees), Msg: "negative"})
	}
	if l.PostalCode != "" {
		l.PostalCode = strings.ToUpper(strings.TrimSpace(l.PostalCode))
	}
	if l.Language != "" {
		l.Language = strings.ToLower(strings.TrimSpace(l.Language))
	}
	return probs
}

// hasSpace reports whether s contains ASCII white space. (A plain loop:
// strings.ContainsAny builds a table on every call, which shows on the hot
// path.)
func hasSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\r', '\n':
			return true
		}
	}
	return false
}

// hasDomainJunk reports whether s contains a byte no domain name has.
func hasDomainJunk(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '/', '@':
			return true
		}
	}
	return false
}
