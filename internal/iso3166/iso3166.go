// Package iso3166 holds the ISO 3166-1 country and ISO 3166-2 subdivision
// codes that leadroute validates and normalises with: compact sorted tables
// generated at build time (table_gen.go) from a snapshot of a maintained
// source, named in [Source]. The tables are constants and statically
// initialised arrays: nothing is built at start-up, and look-ups of codes
// allocate nothing.
//
// To refresh the data, see internal/gen/iso3166.
package iso3166

//go:generate go run ../gen/iso3166 -src ../gen/iso3166/data/iso-3166 -aliases ../gen/iso3166/aliases.txt -out table_gen.go

import (
	"strings"
	"sync/atomic"

	"github.com/leadroute/leadroute/internal/text"
)

// MaxNameLen bounds the names looked up: no country or subdivision name is
// this long, so longer input is rejected without folding it.
const MaxNameLen = 80

// packed is a sorted list of strings stored end to end: item i is
// data[off[i]:off[i+1]].
type packed struct {
	data string
	off  []uint32
}

func (p *packed) at(i int) string { return p.data[p.off[i]:p.off[i+1]] }

// find returns the index of key among items [lo, hi), or -1.
func (p *packed) find(lo, hi int, key string) int {
	end := hi
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if p.at(m) < key {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < end && p.at(lo) == key {
		return lo
	}
	return -1
}

// countryIndex returns the table index of the upper-case alpha-2 code a2,
// or -1.
func countryIndex(a2 string) int {
	if len(a2) != 2 || a2[0] < 'A' || a2[0] > 'Z' || a2[1] < 'A' || a2[1] > 'Z' {
		return -1
	}
	return int(a2Index[int(a2[0]-'A')*26+int(a2[1]-'A')]) - 1
}

// IsCountry reports whether a2 is an ISO 3166-1 alpha-2 code in upper case
// ("US"), or XK (Kosovo), which the EU and CLDR use though ISO does not
// assign it. It allocates nothing.
func IsCountry(a2 string) bool { return countryIndex(a2) >= 0 }

// Country maps a country's alpha-2, alpha-3 or numeric code, name or
// common alias ("us", "USA", "840", "United States", "Deutschland") to its
// alpha-2 code. Case, accents, spaces and punctuation do not matter.
func Country(s string) (a2 string, ok bool) {
	if i := countryIndex(s); i >= 0 {
		return alpha2[2*i : 2*i+2], true
	}
	s = strings.TrimSpace(s)
	if len(s) > MaxNameLen {
		return "", false
	}
	var buf [2 * MaxNameLen]byte
	k := text.AppendNameKey(buf[:0], s)
	i := countryKeys.find(0, len(countryVals), string(k))
	if i < 0 {
		return "", false
	}
	c := int(countryVals[i])
	return alpha2[2*c : 2*c+2], true
}

// subRange returns the range of subCodes that belongs to country a2.
func subRange(a2 string) (lo, hi int, ok bool) {
	c := countryIndex(a2)
	if c < 0 {
		return 0, 0, false
	}
	return int(subStart[c]), int(subStart[c+1]), true
}

// subdivision returns the table's copy of code, an upper-case ISO 3166-2
// code, or "".
func subdivision(code string) string {
	if len(code) < 4 || len(code) > 6 || code[2] != '-' {
		return ""
	}
	var x uint64
	for i := 0; i < len(code); i++ {
		x = x<<8 | uint64(code[i])
	}
	slot := &subCache[(x*0x9e3779b97f4a7c15)>>(64-subCacheBits)]
	if i := slot.Load(); i != 0 {
		if c := subCodes.at(int(i - 1)); c == code {
			return c
		}
	}
	lo, hi, ok := subRange(code[:2])
	if !ok {
		return ""
	}
	if i := subCodes.find(lo, hi, code); i >= 0 {
		slot.Store(uint32(i + 1))
		return subCodes.at(i)
	}
	return ""
}

// subCache remembers, by a hash of the code, the table index (plus one)
// of codes found lately, so that the codes routed most (every lead of a
// region carries one) are checked with one comparison rather than a
// binary search. An entry is only a hint: the code there is compared.
var subCache [1 << subCacheBits]atomic.Uint32

const subCacheBits = 9

// IsSubdivision reports whether code is an ISO 3166-2 code in upper case
// ("US-CA", "FR-75C"). It allocates nothing.
func IsSubdivision(code string) bool { return subdivision(code) != "" }

// WellFormedSubdivision reports whether code has the shape of an ISO
// 3166-2 code of a known country, known or not: the country's alpha-2 code,
// a hyphen and one to three upper-case letters or digits ("FR-99Z").
func WellFormedSubdivision(code string) bool {
	if len(code) < 4 || len(code) > 6 || code[2] != '-' || !IsCountry(code[:2]) {
		return false
	}
	for i := 3; i < len(code); i++ {
		if c := code[i]; (c < 'A' || c > 'Z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// Subdivision maps a subdivision of country (an alpha-2 code) given by
// full code ("US-CA", "us-ca"), bare code ("CA") or name ("California",
// "Québec") to its ISO 3166-2 code. When country is not a known alpha-2
// code, only a full code is accepted. Names that ISO 3166-2 gives to more
// than one subdivision of a country match none.
func Subdivision(country, s string) (code string, ok bool) {
	if c := subdivision(s); c != "" && (country == "" || strings.HasPrefix(s, country)) {
		return c, true // already a code: no allocation
	}
	s = strings.TrimSpace(s)
	if len(s) > MaxNameLen {
		return "", false
	}
	var buf [2*MaxNameLen + 2]byte
	if countryIndex(country) < 0 {
		if len(s) <= 6 {
			if c := subdivision(string(upper(buf[:0], s))); c != "" {
				return c, true
			}
		}
		return "", false
	}
	if len(s) <= 6 {
		k := upper(buf[:0], s)
		if len(k) >= 4 && k[2] == '-' && string(k[:2]) == country {
			if c := subdivision(string(k)); c != "" {
				return c, true
			}
		} else if len(k) <= 3 {
			if c := subdivision(string(upper(append(append(buf[:0], country...), '-'), s))); c != "" {
				return c, true
			}
		}
	}
	k := text.AppendNameKey(append(buf[:0], country...), s)
	c := countryIndex(country)
	if i := subKeys.find(int(subKeyStart[c]), int(subKeyStart[c+1]), string(k)); i >= 0 {
		return subCodes.at(int(subVals[i])), true
	}
	return "", false
}

// upper appends s in ASCII upper case to dst.
func upper(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// CountryInfo is one country of the table.
type CountryInfo struct {
	Alpha2, Alpha3 string
	Numeric        string // "" when it has none (XK)
	Name           string // as the source writes it
}

// Countries returns every country of the table, sorted by alpha-2 code.
func Countries() []CountryInfo {
	out := make([]CountryInfo, numCountries)
	for i := range out {
		num := strings.TrimSpace(numeric[3*i : 3*i+3])
		out[i] = CountryInfo{Alpha2: alpha2[2*i : 2*i+2], Alpha3: alpha3[3*i : 3*i+3], Numeric: num, Name: names.at(i)}
	}
	return out
}

// NumSubdivisions returns the number of ISO 3166-2 codes in the table.
func NumSubdivisions() int { return len(subCodes.off) - 1 }
