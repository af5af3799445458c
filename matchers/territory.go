package matchers

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/leadroute/leadroute"
)

// Territory is one named region of a [Territories] table.
//
// A territory covers every lead in one of its Countries, in one of its
// States, or whose postal code starts with one of its PostalPrefixes. A
// territory needs at least one of the three.
type Territory struct {
	// Key names the territory; Select returns it, and rules use it as the
	// sub-pool key (leadroute.Rule.Pools). Required and unique.
	Key string
	// Countries are countries as accepted by [Country]: alpha-2 codes, names
	// or aliases.
	Countries []string
	// States are full ISO 3166-2 codes, as accepted by [State].
	States []string
	// PostalPrefixes are written "COUNTRY:PREFIX", for example "US:941" or
	// "GB:SW1A": postal codes mean nothing without their country. The
	// country part is normalised as in [Country]; the prefix is trimmed and
	// upper-cased.
	PostalPrefixes []string
}

// Territories is an indexed territory table. It implements
// [leadroute.Selector]: Select reports the key of the most specific
// territory covering a lead.
//
// Specificity, most specific first:
//
//  1. postal prefix (in the lead's country); the longest prefix wins,
//  2. state,
//  3. country.
//
// So a table with {Key: "us", Countries: [US]} and {Key: "bay", PostalPrefixes:
// [US:940 US:941]} gives "bay" for a lead in 94107 and "us" for one in
// 10001. Nesting like this is the intended use, not an overlap.
//
// An overlap is the same country, the same state, or the same postal prefix
// claimed by two territories. The rule is deterministic: the territory
// listed first keeps it. [Territories.Overlaps] lists every such shadowed
// claim, for linting.
//
// Lookups probe hash maps keyed by postal prefix (once per distinct prefix
// length in the lead's country), then state, then country, so the cost does
// not grow with the number of territories, and Select allocates nothing. A
// Territories is immutable and safe for concurrent use.
type Territories struct {
	keys      []string
	byCountry map[string]int
	byState   map[string]int
	byPostal  map[string]*prefixIndex // country → prefixes
	overlaps  []string
}

var _ leadroute.Selector = (*Territories)(nil)

// NewTerritories builds a territory table. It returns an error naming the
// territory (by index and key) and the offending entry when a key is empty
// or repeated, a territory covers nothing, or a country, state or postal
// prefix is invalid. Overlaps are not errors; see [Territories.Overlaps].
func NewTerritories(ts ...Territory) (*Territories, error) {
	if len(ts) == 0 {
		return nil, errors.New("territories: none given")
	}
	t := &Territories{
		keys:      make([]string, len(ts)),
		byCountry: make(map[string]int),
		byState:   make(map[string]int),
		byPostal:  make(map[string]*prefixIndex),
	}
	seen := make(map[string]int, len(ts))
	var errs []error
	for i, tr := range ts {
		where := fmt.Sprintf("territory[%d] %q", i, tr.Key)
		if strings.TrimSpace(tr.Key) == "" {
			errs = append(errs, fmt.Errorf("territory[%d]: empty key", i))
			continue
		}
		if j, dup := seen[tr.Key]; dup {
			errs = append(errs, fmt.Errorf("%s: key already used by territory[%d]", where, j))
			continue
		}
		seen[tr.Key] = i
		t.keys[i] = tr.Key
		if len(tr.Countries)+len(tr.States)+len(tr.PostalPrefixes) == 0 {
			errs = append(errs, fmt.Errorf("%s: covers nothing (give countries, states or postal prefixes)", where))
			continue
		}
		for j, c := range tr.Countries {
			code, err := normCountry(c)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: countries[%d]: %w", where, j, err))
				continue
			}
			t.claim(t.byCountry, "country", code, i)
		}
		for j, s := range tr.States {
			code, err := normState(s)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: states[%d]: %w", where, j, err))
				continue
			}
			t.claim(t.byState, "state", code, i)
		}
		for j, p := range tr.PostalPrefixes {
			cc, prefix, err := splitPostal(p)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: postal_prefixes[%d]: %w", where, j, err))
				continue
			}
			idx := t.byPostal[cc]
			if idx == nil {
				idx = new(prefixIndex)
				t.byPostal[cc] = idx
			}
			if !idx.add(prefix, i) {
				prev := idx.byPrefix[prefix]
				if prev != i {
					t.overlaps = append(t.overlaps, fmt.Sprintf("postal prefix %s:%s: claimed by %q and %q; %q wins (listed first)",
						cc, prefix, t.keys[prev], tr.Key, t.keys[prev]))
				}
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return t, nil
}

func (t *Territories) claim(m map[string]int, kind, code string, i int) {
	if prev, dup := m[code]; dup {
		if prev != i {
			t.overlaps = append(t.overlaps, fmt.Sprintf("%s %s: claimed by %q and %q; %q wins (listed first)",
				kind, code, t.keys[prev], t.keys[i], t.keys[prev]))
		}
		return
	}
	m[code] = i
}

// splitPostal parses "US:941".
func splitPostal(s string) (country, prefix string, err error) {
	c, p, ok := strings.Cut(s, ":")
	if !ok {
		return "", "", fmt.Errorf("%q: want COUNTRY:PREFIX, as in \"US:941\"", s)
	}
	country, err = normCountry(c)
	if err != nil {
		return "", "", err
	}
	prefix, err = normPrefix(p)
	if err != nil {
		return "", "", fmt.Errorf("%q: %w", s, err)
	}
	return country, prefix, nil
}

// Select returns the key of the most specific territory covering the lead
// (postal prefix, then state, then country) and whether any does.
func (t *Territories) Select(l *leadroute.Lead) (string, bool) {
	if l.PostalCode != "" {
		if idx := t.byPostal[l.Country]; idx != nil {
			if i, ok := idx.lookup(l.PostalCode); ok {
				return t.keys[i], true
			}
		}
	}
	if l.State != "" {
		if i, ok := t.byState[l.State]; ok {
			return t.keys[i], true
		}
	}
	if i, ok := t.byCountry[l.Country]; ok {
		return t.keys[i], true
	}
	return "", false
}

// Match reports whether any territory covers the lead.
func (t *Territories) Match(l *leadroute.Lead) bool {
	_, ok := t.Select(l)
	return ok
}

// Keys returns the territory keys in the order they were given.
func (t *Territories) Keys() []string { return slices.Clone(t.keys) }

// Overlaps describes every country, state or postal prefix claimed by more
// than one territory, and which territory keeps it (the one listed first).
// It returns nil when there is none. Lint tools report these: the later
// claim has no effect.
func (t *Territories) Overlaps() []string { return slices.Clone(t.overlaps) }

// String returns "territory of [emea na-east na-west]".
func (t *Territories) String() string {
	keys := slices.Clone(t.keys)
	slices.Sort(keys)
	return "territory of " + listString(keys)
}
