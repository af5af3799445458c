package leadroute

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/leadroute/leadroute/internal/iso3166"
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
//
// Its JSON form has snake_case keys ("postal_code", "created_at", custom
// fields under "attrs"): see [Lead.MarshalJSON] and, for the lenient
// reading of hosts' and CRMs' JSON, [Lead.UnmarshalJSON].
//
// # Size limits
//
// A lead comes from outside (a form, a webhook), so its size is bounded at
// the edge: Normalize cuts every field to the limits below and reports each
// cut as a [Problem], and the lead still routes. Expressions are costed
// against these limits when they are compiled (see matchers.Expr), so that
// no rule that validates can take long or much memory on any lead:
//
//   - ID: [MaxLeadIDLen] bytes; a longer ID is replaced by its first bytes
//     and a hash of the whole, so distinct IDs stay distinct;
//   - Email: [MaxLeadEmailLen] bytes; Domain: [MaxLeadDomainLen] bytes;
//   - every other string field: [MaxLeadStringLen] bytes;
//   - Products: the first [MaxLeadProducts], each cut to [MaxLeadProductLen]
//     bytes;
//   - Attrs: at most [MaxLeadAttrs] keys (the smallest, in byte order, are
//     kept), keys of at most [MaxLeadAttrKeyLen] bytes (longer keys are
//     dropped), a string value cut to [MaxLeadAttrSize] bytes, and any other
//     value of size above [MaxLeadAttrSize] (see there) dropped.
//
// Strings are cut at a UTF-8 boundary. The caller's Products slice and
// Attrs map are never modified: a cut makes a new, bounded copy. A lead at
// every limit holds about 100 KiB of data.
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
		v = cutUTF8(v, maxProblemValue) + "…"
	}
	return fmt.Sprintf("%s %q: %s", p.Field, v, p.Msg)
}

const maxProblemValue = 64

// Normalize normalises the lead in place and returns what it could not fix.
// It is idempotent, and it allocates nothing for a lead that is already
// normal (upper-case alpha-2 country, full ISO 3166-2 state, lower-case
// domain) and within the size limits.
//
// What it does:
//   - Size: every field is cut to the limits described on [Lead] (Size
//     limits), each cut reported as a Problem naming the field. For a lead
//     within the limits this costs a length check per field and a type
//     check per attribute value; a cut Products slice or Attrs map is a new
//     copy (the caller's is never modified).
//   - Email: trimmed; the part after the last '@' fills Domain when Domain is
//     empty. An address without a local part or domain is reported.
//   - Domain: taken from Website's host when empty; lower-cased, a leading
//     "www." and any trailing dot removed.
//   - Country: names and aliases map to ISO 3166-1 alpha-2 ("USA" → "US").
//   - State: names and bare codes map to ISO 3166-2 ("California", "ca" →
//     "US-CA") when the country is known.
//   - PostalCode trimmed and upper-cased; Language lower-cased.
func (l *Lead) Normalize() []Problem {
	if l.isNormal() {
		return nil // what normalize would do: nothing, and no problem
	}
	return l.normalize()
}

// normalize is Normalize without the fast path for normal leads.
func (l *Lead) normalize() []Problem {
	// Size cuts are reported after what is wrong with the values.
	var probs, cuts []Problem
	if len(l.ID) > MaxLeadIDLen {
		cuts = append(cuts, Problem{Field: "ID", Value: l.ID, Msg: fmt.Sprintf("longer than %d bytes; replaced by its start and a hash", MaxLeadIDLen)})
		l.ID = boundID(l.ID)
	}
	cuts = capField(cuts, &l.Email, "Email", MaxLeadEmailLen)
	cuts = capField(cuts, &l.Domain, "Domain", MaxLeadDomainLen)
	cuts = capField(cuts, &l.Website, "Website", MaxLeadStringLen)
	cuts = capField(cuts, &l.Company, "Company", MaxLeadStringLen)
	cuts = capField(cuts, &l.Country, "Country", MaxLeadStringLen)
	cuts = capField(cuts, &l.State, "State", MaxLeadStringLen)
	cuts = capField(cuts, &l.PostalCode, "PostalCode", MaxLeadStringLen)
	cuts = capField(cuts, &l.City, "City", MaxLeadStringLen)
	cuts = capField(cuts, &l.Industry, "Industry", MaxLeadStringLen)
	cuts = capField(cuts, &l.Source, "Source", MaxLeadStringLen)
	cuts = capField(cuts, &l.Language, "Language", MaxLeadStringLen)
	if len(l.Products) > 0 {
		cuts = l.boundProducts(cuts)
	}
	if len(l.Attrs) > 0 {
		cuts = l.boundAttrs(cuts)
	}
	if l.Email != "" && (mayTrim(l.Email[0]) || mayTrim(l.Email[len(l.Email)-1])) {
		l.Email = strings.TrimSpace(l.Email)
	}
	if l.Email != "" {
		at, space := scanEmail(l.Email)
		if at <= 0 || at == len(l.Email)-1 || space {
			probs = append(probs, Problem{Field: "Email", Value: l.Email, Msg: "not an email address"})
		} else if l.Domain == "" {
			l.Domain = l.Email[at+1:]
		}
	}
	if l.Domain == "" && l.Website != "" {
		l.Domain = text.HostOf(l.Website)
	}
	if l.Domain != "" && !normalDomain(l.Domain) {
		d := strings.ToLower(strings.TrimSpace(l.Domain))
		if len(d) > MaxLeadDomainLen {
			// Domain came from Email or Website, or lower-casing
			// lengthened it (an invalid byte becomes U+FFFD, three
			// bytes): cut it before trimming, so that a second
			// Normalize changes nothing.
			cuts = append(cuts, Problem{Field: "Domain", Value: d, Msg: cutMsg(MaxLeadDomainLen)})
			d = cutUTF8(d, MaxLeadDomainLen)
		}
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
			if u, ok := stateShape(l.Country, l.State); ok {
				l.State = u // a code newer than the ISO data still matches rules that name it
			}
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
		cuts = recap(cuts, &l.PostalCode, "PostalCode")
	}
	if l.Language != "" {
		l.Language = strings.ToLower(strings.TrimSpace(l.Language))
		cuts = recap(cuts, &l.Language, "Language")
	}
	return append(probs, cuts...)
}

// isNormal reports, in one cheap pass, that Normalize would neither
// change l nor report a problem: every field within its limits, no Attrs
// (their sizes are measured on the full path), a well-formed email whose
// domain is already in Domain, a normal domain, a known upper-case
// country code, a known subdivision code of that country, and a postal
// code and language that trimming and case mapping leave as they are.
// Most hosts send leads like that; the full path handles the rest.
func (l *Lead) isNormal() bool {
	if len(l.ID) > MaxLeadIDLen || len(l.Email) > MaxLeadEmailLen || len(l.Domain) > MaxLeadDomainLen ||
		len(l.Website) > MaxLeadStringLen || len(l.Company) > MaxLeadStringLen ||
		len(l.Country) > MaxLeadStringLen || len(l.State) > MaxLeadStringLen ||
		len(l.PostalCode) > MaxLeadStringLen || len(l.City) > MaxLeadStringLen ||
		len(l.Industry) > MaxLeadStringLen || len(l.Source) > MaxLeadStringLen ||
		len(l.Language) > MaxLeadStringLen || len(l.Products) > MaxLeadProducts || len(l.Attrs) > 0 {
		return false
	}
	for _, p := range l.Products {
		if len(p) > MaxLeadProductLen {
			return false
		}
	}
	if l.Revenue < 0 || math.IsNaN(l.Revenue) || math.IsInf(l.Revenue, 0) || l.Employees < 0 {
		return false
	}
	if l.Domain == "" {
		if l.Email != "" || l.Website != "" {
			return false // Domain would be filled in
		}
	} else if !normalDomain(l.Domain) {
		return false
	}
	if e, d := l.Email, l.Domain; e != "" {
		if mayTrim(e[0]) || mayTrim(e[len(e)-1]) {
			return false
		}
		if n := len(e) - len(d) - 1; n > 0 && e[n] == '@' && e[n+1:] == d {
			// The usual shape, local@Domain: the domain part is normal
			// (no '@', no space), so only the local part is scanned.
			if _, space := scanEmail(e[:n]); space {
				return false
			}
		} else if at, space := scanEmail(e); at <= 0 || at == len(e)-1 || space {
			return false
		}
	}
	if l.Country != "" && !isKnownCountry(l.Country) {
		return false
	}
	if l.State != "" && !(iso3166.IsSubdivision(l.State) && strings.HasPrefix(l.State, l.Country)) {
		return false
	}
	return caseMapped(l.PostalCode, 'a') && caseMapped(l.Language, 'A')
}

// caseMapped reports whether the ASCII string s needs no trimming and has
// no letter between from and from+25: upper-casing (from 'a') or
// lower-casing (from 'A') after TrimSpace leaves it as it is. Non-ASCII
// strings report false.
func caseMapped(s string, from byte) bool {
	if s == "" {
		return true
	}
	if mayTrim(s[0]) || mayTrim(s[len(s)-1]) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c-from < 26 {
			return false
		}
	}
	return true
}

// recap cuts a field that case mapping lengthened past MaxLeadStringLen (an
// invalid byte becomes U+FFFD, three bytes), and trims it again so that a
// second Normalize changes nothing.
func recap(probs []Problem, s *string, field string) []Problem {
	if len(*s) <= MaxLeadStringLen {
		return probs
	}
	probs = append(probs, Problem{Field: field, Value: *s, Msg: cutMsg(MaxLeadStringLen)})
	*s = strings.TrimSpace(cutUTF8(*s, MaxLeadStringLen))
	return probs
}

// mayTrim reports whether strings.TrimSpace could remove a string's first
// or last byte c: ASCII white space, or the start or end of a multi-byte
// rune (which may be Unicode white space).
func mayTrim(c byte) bool { return trimmable[c] }

var trimmable = func() (t [256]bool) {
	for c := range t {
		t[c] = c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c >= 0x80
	}
	return t
}()

// scanEmail returns the index of the last '@' of s (or -1) and whether s
// holds ASCII white space, in one pass.
func scanEmail(s string) (at int, space bool) {
	at = -1
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '@':
			at = i
		case ' ', '\t', '\r', '\n':
			space = true
		}
	}
	return at, space
}

// normalDomain reports, in one pass, whether d is already what Normalize
// makes of a domain: lower-case ASCII letters, digits, '-' and '.', with a
// dot, no leading "www." and no trailing dot, within MaxLeadDomainLen.
func normalDomain(d string) bool {
	if len(d) > MaxLeadDomainLen || d[len(d)-1] == '.' || strings.HasPrefix(d, "www.") {
		return false
	}
	var seen uint8
	for i := 0; i < len(d); i++ {
		c := domainClass[d[i]]
		if c == 0 {
			return false
		}
		seen |= c
	}
	return seen&classDot != 0
}

// domainClass sorts the bytes of a normal domain: className for
// lower-case ASCII letters, digits and '-', classDot for '.', 0 for the
// rest.
var domainClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = className
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = className
	}
	t['-'], t['.'] = className, classDot
	return t
}()

const (
	className uint8 = 1 << iota
	classDot
)

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

// Size limits of a lead, applied by [Lead.Normalize] (see Size limits on
// [Lead]). Expressions are costed against them (matchers.Expr), so raising
// one raises what a validated rule may cost.
const (
	// MaxLeadIDLen is the longest ID, in bytes. A longer ID is replaced by
	// its start and 32 hex digits of its SHA-256, MaxLeadIDLen bytes in
	// all.
	MaxLeadIDLen = 256
	// MaxLeadEmailLen is the longest Email, in bytes (the longest address
	// RFC 3696 allows).
	MaxLeadEmailLen = 320
	// MaxLeadDomainLen is the longest Domain, in bytes (the longest DNS
	// name).
	MaxLeadDomainLen = 253
	// MaxLeadStringLen is the longest of every other string field (Website,
	// Company, Country, State, PostalCode, City, Industry, Source,
	// Language), in bytes.
	MaxLeadStringLen = 1024
	// MaxLeadProducts is the most Products kept; the first ones are.
	MaxLeadProducts = 64
	// MaxLeadProductLen is the longest product name, in bytes.
	MaxLeadProductLen = 128
	// MaxLeadAttrs is the most Attrs kept: the keys first in byte order.
	MaxLeadAttrs = 64
	// MaxLeadAttrKeyLen is the longest Attrs key, in bytes; an attribute
	// with a longer key is dropped.
	MaxLeadAttrKeyLen = 128
	// MaxLeadAttrSize bounds each Attrs value. A string value longer than
	// MaxLeadAttrSize bytes is cut. Any other value is measured: a string
	// counts its length in bytes (at any depth, map keys included), a
	// number, bool, nil or other scalar counts 1, and a list, map,
	// struct or pointer counts 1 plus the sizes of what it holds; a
	// value whose size exceeds MaxLeadAttrSize is dropped. So no string
	// or list inside Attrs is longer than MaxLeadAttrSize, and nothing
	// nests deeper.
	MaxLeadAttrSize = 1024
)

func cutMsg(n int) string { return "longer than " + strconv.Itoa(n) + " bytes; cut" }

// capField cuts *s to n bytes, reporting the cut.
func capField(probs []Problem, s *string, field string, n int) []Problem {
	if len(*s) <= n {
		return probs
	}
	probs = append(probs, Problem{Field: field, Value: *s, Msg: cutMsg(n)})
	*s = cutUTF8(*s, n)
	return probs
}

// cutUTF8 returns the longest prefix of s of at most n bytes that does not
// end inside a UTF-8 sequence (for valid UTF-8; invalid bytes may be cut
// anywhere).
func cutUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for i := n; i > 0 && i > n-utf8.UTFMax; i-- {
		if utf8.RuneStart(s[i]) {
			return s[:i]
		}
	}
	return s[:n]
}

// boundID shortens an over-long ID to MaxLeadIDLen bytes: its start, "~"
// and 32 hex digits of its SHA-256.
func boundID(id string) string {
	sum := sha256.Sum256([]byte(id))
	const hashLen = 32
	return cutUTF8(id, MaxLeadIDLen-1-hashLen) + "~" + hex.EncodeToString(sum[:hashLen/2])
}

// boundProducts cuts Products to the limits, into a new slice.
func (l *Lead) boundProducts(probs []Problem) []Problem {
	over := len(l.Products) > MaxLeadProducts
	if !over {
		for _, p := range l.Products {
			if len(p) > MaxLeadProductLen {
				over = true
				break
			}
		}
	}
	if !over {
		return probs
	}
	out := make([]string, min(len(l.Products), MaxLeadProducts))
	for i := range out {
		p := l.Products[i]
		if len(p) > MaxLeadProductLen {
			probs = append(probs, Problem{Field: "Products[" + strconv.Itoa(i) + "]", Value: p, Msg: cutMsg(MaxLeadProductLen)})
			p = cutUTF8(p, MaxLeadProductLen)
		}
		out[i] = p
	}
	if n := len(l.Products); n > MaxLeadProducts {
		probs = append(probs, Problem{Field: "Products", Value: strconv.Itoa(n) + " products",
			Msg: "more than " + strconv.Itoa(MaxLeadProducts) + "; kept the first " + strconv.Itoa(MaxLeadProducts)})
	}
	l.Products = out
	return probs
}

// boundAttrs cuts Attrs to the limits, into a new map. Which attributes are
// kept does not depend on map order: the smallest keys, in byte order.
func (l *Lead) boundAttrs(probs []Problem) []Problem {
	over := len(l.Attrs) > MaxLeadAttrs
	if !over {
		for k, v := range l.Attrs {
			if len(k) > MaxLeadAttrKeyLen || attrSize(v, MaxLeadAttrSize) > MaxLeadAttrSize {
				over = true
				break
			}
		}
	}
	if !over {
		return probs
	}
	// The smallest MaxLeadAttrs acceptable keys, sorted: O(n) insertions
	// into a short sorted slice.
	var (
		kept     = make([]string, 0, min(len(l.Attrs), MaxLeadAttrs))
		longKeys int
		longMin  string
	)
	for k := range l.Attrs {
		if len(k) > MaxLeadAttrKeyLen {
			if longKeys == 0 || k < longMin {
				longMin = k
			}
			longKeys++
			continue
		}
		if len(kept) == MaxLeadAttrs && k >= kept[len(kept)-1] {
			continue
		}
		i, _ := slices.BinarySearch(kept, k)
		if len(kept) == MaxLeadAttrs {
			kept = kept[:len(kept)-1]
		}
		kept = slices.Insert(kept, i, k)
	}
	if longKeys > 0 {
		probs = append(probs, Problem{Field: "Attrs", Value: longMin,
			Msg: strconv.Itoa(longKeys) + " keys longer than " + strconv.Itoa(MaxLeadAttrKeyLen) + " bytes; dropped"})
	}
	if n := len(l.Attrs) - longKeys; n > MaxLeadAttrs {
		probs = append(probs, Problem{Field: "Attrs", Value: strconv.Itoa(n) + " attributes",
			Msg: "more than " + strconv.Itoa(MaxLeadAttrs) + "; kept the first " + strconv.Itoa(MaxLeadAttrs) + " keys in byte order"})
	}
	out := make(map[string]any, len(kept))
	for _, k := range kept {
		v := l.Attrs[k]
		if s, ok := v.(string); ok && len(s) > MaxLeadAttrSize {
			probs = append(probs, Problem{Field: "Attrs[" + strconv.Quote(k) + "]", Value: s, Msg: cutMsg(MaxLeadAttrSize)})
			out[k] = cutUTF8(s, MaxLeadAttrSize)
			continue
		}
		if attrSize(v, MaxLeadAttrSize) > MaxLeadAttrSize {
			probs = append(probs, Problem{Field: "Attrs[" + strconv.Quote(k) + "]", Value: fmt.Sprintf("%T", v),
				Msg: "value larger than " + strconv.Itoa(MaxLeadAttrSize) + " (strings count their bytes, other values 1 each); dropped"})
			continue
		}
		out[k] = v
	}
	l.Attrs = out
	return probs
}

// attrSize returns the size of an attribute value as MaxLeadAttrSize
// defines it, or a number above limit as soon as it knows the size exceeds
// limit (so it never walks more than limit elements). The common JSON
// shapes are measured without reflection; it allocates nothing for them.
func attrSize(v any, limit int) int {
	switch x := v.(type) {
	case nil, bool, int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, uintptr, float32, float64:
		return 1
	case string:
		return len(x)
	case []any:
		n := 1
		for _, e := range x {
			if n > limit {
				break
			}
			n += attrSize(e, limit-n)
		}
		return n
	case []string:
		n := 1
		for _, e := range x {
			if n > limit {
				break
			}
			n += len(e)
		}
		return n
	case map[string]any:
		n := 1
		for k, e := range x {
			if n > limit {
				break
			}
			n += len(k)
			n += attrSize(e, limit-n)
		}
		return n
	case time.Time:
		return 1
	}
	return reflectSize(reflect.ValueOf(v), limit)
}

// reflectSize is attrSize for other types.
func reflectSize(v reflect.Value, limit int) int {
	switch v.Kind() {
	case reflect.Invalid:
		return 1
	case reflect.String:
		return v.Len()
	case reflect.Slice, reflect.Array:
		n := 1
		for i := 0; i < v.Len() && n <= limit; i++ {
			n += reflectSize(v.Index(i), limit-n)
		}
		return n
	case reflect.Map:
		n := 1
		var it reflect.MapIter
		it.Reset(v)
		for n <= limit && it.Next() {
			n += reflectSize(it.Key(), limit-n)
			if n <= limit {
				n += reflectSize(it.Value(), limit-n)
			}
		}
		return n
	case reflect.Struct:
		n := 1
		for i := 0; i < v.NumField() && n <= limit; i++ {
			n += reflectSize(v.Field(i), limit-n)
		}
		return n
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return 1
		}
		return 1 + reflectSize(v.Elem(), limit-1)
	}
	return 1
}
