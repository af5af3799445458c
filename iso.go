package leadroute

import (
	"strings"

	"github.com/leadroute/leadroute/internal/iso3166"
)

// The ISO 3166 data is a compact table generated at build time from a
// maintained source (internal/iso3166; the source and its version are in
// its generated file, and internal/gen/iso3166 refreshes it). It is
// constant: nothing is built at start-up or on first use.

// isKnownCountry reports whether a2 is an assigned ISO 3166-1 alpha-2 code.
func isKnownCountry(a2 string) bool { return iso3166.IsCountry(a2) }

// IsCountryCode reports whether s is an assigned ISO 3166-1 alpha-2 code in
// upper case ("US"), or XK (Kosovo), which the EU and CLDR use. Matchers and
// the config loader use it to validate territories.
func IsCountryCode(s string) bool { return iso3166.IsCountry(s) }

// IsSubdivisionCode reports whether s is a current ISO 3166-2 code in upper
// case ("US-CA", "FR-75C").
func IsSubdivisionCode(s string) bool { return iso3166.IsSubdivision(s) }

// NormalizeCountry maps a country's code, name or common alias ("US", "us",
// "USA", "840", "United States", "Deutschland") to its ISO 3166-1 alpha-2
// code. Case, accents, spaces and punctuation do not matter. ok is false
// when the country is not known.
func NormalizeCountry(s string) (code string, ok bool) { return countryCode(s) }

// NormalizeState maps a subdivision name or code ("California", "ca",
// "US-CA") of the given country to its ISO 3166-2 code ("US-CA").
func NormalizeState(country, s string) (code string, ok bool) { return stateCode(country, s) }

func countryCode(s string) (string, bool) { return iso3166.Country(s) }

func stateCode(country, s string) (string, bool) { return iso3166.Subdivision(country, s) }

// stateShape returns s trimmed and in upper case when it has the shape of
// an ISO 3166-2 code of country ("FR-99Z"), known or not.
func stateShape(country, s string) (string, bool) {
	u := strings.ToUpper(strings.TrimSpace(s))
	if strings.HasPrefix(u, country) && iso3166.WellFormedSubdivision(u) {
		return u, true
	}
	return "", false
}
