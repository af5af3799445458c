package leadroute

import (
	"strings"
	"sync"
	"unicode"

	"github.com/biter777/countries"
	"golang.org/x/text/unicode/norm"
)

// The ISO 3166 data comes from github.com/biter777/countries (maintained,
// dependency-free, ISO 3166-1 and 3166-2 with names and common aliases). The
// lookup tables below are built once, on first use, and never modified after:
// they are read-only shared data, not mutable global state.

type isoTables struct {
	alpha2 map[string]bool              // "US"
	known  [26 * 26]bool                // alpha2 by upperPair index
	subdiv map[string]map[string]string // country → key (lower-case name or bare code) → "US-CA"
	full   map[string]bool              // "US-CA"
}

var isoOnce = sync.OnceValue(func() *isoTables {
	t := &isoTables{
		alpha2: make(map[string]bool, 256),
		subdiv: make(map[string]map[string]string, 256),
		full:   make(map[string]bool, 5000),
	}
	for _, c := range countries.All() {
		if a2 := c.Alpha2(); len(a2) == 2 {
			t.alpha2[a2] = true
			if p := upperPair(a2); p >= 0 {
				t.known[p] = true
			}
		}
	}
	for _, s := range countries.AllSubdivisions() {
		code := string(s)
		i := strings.IndexByte(code, '-')
		if i != 2 || !t.alpha2[code[:2]] {
			continue
		}
		a2 := code[:2]
		m := t.subdiv[a2]
		if m == nil {
			m = make(map[string]string)
			t.subdiv[a2] = m
		}
		t.full[code] = true
		m[strings.ToLower(code[i+1:])] = code
		m[strings.ToLower(code)] = code
		if name := s.String(); name != "" && name != "Unknown" {
			m[foldName(name)] = code
		}
	}
	return t
})

// upperPair is the [26*26] index of a two-letter upper-case ASCII string,
// or -1.
func upperPair(s string) int {
	if len(s) != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' {
		return -1
	}
	return int(s[0]-'A')*26 + int(s[1]-'A')
}

// isKnownCountry reports whether a2 is an assigned ISO 3166-1 alpha-2 code.
func isKnownCountry(a2 string) bool {
	p := upperPair(a2)
	return p >= 0 && isoOnce().known[p]
}

// IsCountryCode reports whether s is an assigned ISO 3166-1 alpha-2 code in
// upper case ("US"). Matchers and the config loader use it to validate
// territories.
func IsCountryCode(s string) bool { return isKnownCountry(s) }

// IsSubdivisionCode reports whether s is a known ISO 3166-2 code ("US-CA").
func IsSubdivisionCode(s string) bool { return isoOnce().full[s] }

// NormalizeCountry maps a country name, alias or code ("United States",
// "USA", "us") to its ISO 3166-1 alpha-2 code. ok is false when the country
// is not known.
func NormalizeCountry(s string) (code string, ok bool) { return countryCode(s) }

// NormalizeState maps a subdivision name or code ("California", "ca",
// "US-CA") of the given country to its ISO 3166-2 code ("US-CA").
func NormalizeState(country, s string) (code string, ok bool) { return stateCode(country, s) }

// maxNameLen bounds the country and subdivision names looked up by name:
// the longest official ones are under 60 bytes, and the name search of the
// ISO package grows fast with the input's length.
const maxNameLen = 80

func countryCode(s string) (string, bool) {
	if isKnownCountry(s) {
		return s, true // fast path: no hashing, no allocation
	}
	t := isoOnce()
	s = strings.TrimSpace(s)
	if len(s) > maxNameLen {
		return "", false // no country name is this long; spare the name search
	}
	if len(s) == 2 {
		if u := strings.ToUpper(s); t.alpha2[u] {
			return u, true
		}
	}
	c := countries.ByName(s)
	if c == countries.Unknown || c == countries.None || !c.IsValid() {
		return "", false
	}
	a2 := c.Alpha2()
	if !t.alpha2[a2] {
		return "", false
	}
	return a2, true
}

func stateCode(country, s string) (string, bool) {
	t := isoOnce()
	if t.full[s] && (country == "" || strings.HasPrefix(s, country)) {
		return s, true // already ISO 3166-2, no allocation
	}
	if len(s) > maxNameLen {
		return "", false
	}
	m := t.subdiv[country]
	if m == nil {
		// Unknown country: accept a full code whose country part is valid.
		if u := strings.ToUpper(strings.TrimSpace(s)); t.full[u] {
			return u, true
		}
		return "", false
	}
	if code, ok := m[strings.ToLower(strings.TrimSpace(s))]; ok {
		return code, true
	}
	if code, ok := m[foldName(s)]; ok {
		return code, true
	}
	return "", false
}

// foldName lower-cases s, strips accents and collapses punctuation and
// spaces, so that "Île-de-France" and "ile de france" compare equal.
func foldName(s string) string {
	s = norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}
