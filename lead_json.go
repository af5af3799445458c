package leadroute

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// MaxLeadJSONLen is the largest JSON form of a lead that
// [Lead.UnmarshalJSON] reads, in bytes (1 MiB: ten times a lead at every
// size limit). It bounds what decoding one lead may cost.
const MaxLeadJSONLen = 1 << 20

// FieldError is a problem with one key of a lead's JSON form, or one
// column of a lead record: Field is the key as given, Err the cause.
// Check with errors.As. It is an immutable value once returned, safe to
// share between goroutines.
type FieldError struct {
	Field string
	Err   error
}

// Error returns "field: cause".
func (e *FieldError) Error() string { return e.Field + ": " + e.Err.Error() }

// Unwrap returns the cause.
func (e *FieldError) Unwrap() error { return e.Err }

// leadField identifies a Lead field a key names.
type leadField uint8

const (
	lfAttr leadField = iota // unknown name: goes to Attrs
	lfID
	lfEmail
	lfDomain
	lfWebsite
	lfCompany
	lfCountry
	lfState
	lfPostalCode
	lfCity
	lfIndustry
	lfSource
	lfLanguage
	lfEmployees
	lfRevenue
	lfScore
	lfProducts
	lfAttrs
	lfCreatedAt
)

// leadFieldKeys are the canonical JSON keys, by field.
var leadFieldKeys = [...]string{
	lfID: "id", lfEmail: "email", lfDomain: "domain", lfWebsite: "website", lfCompany: "company",
	lfCountry: "country", lfState: "state", lfPostalCode: "postal_code", lfCity: "city",
	lfIndustry: "industry", lfSource: "source", lfLanguage: "language",
	lfEmployees: "employees", lfRevenue: "revenue", lfScore: "score", lfProducts: "products",
	lfAttrs: "attrs", lfCreatedAt: "created_at",
}

// canonicalKeys maps the canonical keys to their fields.
var canonicalKeys = func() map[string]leadField {
	m := make(map[string]leadField, len(leadFieldKeys))
	for f, k := range leadFieldKeys {
		if k != "" {
			m[k] = leadField(f)
		}
	}
	return m
}()

// leadFieldNames maps normalised key names (lower case, without '_', '-',
// ' ' and '.') to fields: the canonical keys, the Go field names, and
// common CRM names.
var leadFieldNames = map[string]leadField{
	"id": lfID, "leadid": lfID,
	"email": lfEmail, "emailaddress": lfEmail,
	"domain":  lfDomain,
	"website": lfWebsite, "url": lfWebsite,
	"company": lfCompany, "companyname": lfCompany,
	"country": lfCountry, "countrycode": lfCountry,
	"state": lfState, "region": lfState, "province": lfState,
	"postalcode": lfPostalCode, "zip": lfPostalCode, "zipcode": lfPostalCode, "postcode": lfPostalCode,
	"city":     lfCity,
	"industry": lfIndustry,
	"source":   lfSource, "leadsource": lfSource,
	"language": lfLanguage, "lang": lfLanguage,
	"employees": lfEmployees, "employeecount": lfEmployees, "numberofemployees": lfEmployees, "headcount": lfEmployees,
	"revenue": lfRevenue, "annualrevenue": lfRevenue,
	"score": lfScore, "leadscore": lfScore,
	"products": lfProducts, "product": lfProducts,
	"attrs":     lfAttrs,
	"createdat": lfCreatedAt, "created": lfCreatedAt, "createddate": lfCreatedAt, "createdtime": lfCreatedAt, "timestamp": lfCreatedAt,
}

func normKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.Map(func(r rune) rune {
		switch r {
		case '_', '-', ' ', '.':
			return -1
		}
		return r
	}, s)
}

// lookupLeadField maps a key to a field; for an Attrs entry it also returns
// the attribute name ("attrs.plan" and "attr.plan" name "plan"; any other
// unknown key is an attribute of that name, trimmed).
func lookupLeadField(key string) (leadField, string) {
	if f, ok := canonicalKeys[key]; ok { // the common case, without normalising
		return f, ""
	}
	if f, ok := leadFieldNames[normKey(key)]; ok {
		return f, ""
	}
	for _, p := range [...]string{"attrs.", "attr.", "attrs_", "attr_"} {
		if len(key) > len(p) && strings.EqualFold(key[:len(p)], p) {
			return lfAttr, key[len(p):]
		}
	}
	return lfAttr, strings.TrimSpace(key)
}

// LeadKey returns the canonical JSON key of the Lead field that key names
// ("postal_code" for "PostalCode", "zip" or "Postal Code"), or "" when key
// names no field, so that it is an Attrs entry. Keys are matched ignoring
// case, '_', '-', '.' and spaces; common CRM names are understood ("zip",
// "annual_revenue", "created_date", "lead_source").
func LeadKey(key string) string {
	f, _ := lookupLeadField(key)
	if f == lfAttr {
		return ""
	}
	return leadFieldKeys[f]
}

// timeLayouts are the CreatedAt formats accepted besides Unix seconds.
// Times without a zone are UTC.
var timeLayouts = [...]string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04",
	"2006-01-02",
}

// maxUnixSeconds is the last second of year 9999, the latest time RFC 3339
// can write.
const maxUnixSeconds = 253402300799

// ParseTime parses a CreatedAt value: RFC 3339, "2006-01-02 15:04:05",
// "2006-01-02 15:04", "2006-01-02" (zone-less values are UTC), or positive
// Unix seconds up to the end of year 9999. A time with offset zero is in
// UTC; one with another offset has a fixed zone of that offset (never
// time.Local), so that the same text always gives the same value.
func ParseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range timeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			if _, off := t.Zone(); off == 0 {
				t = t.UTC()
			} else if t.Location() != time.UTC {
				t = t.In(time.FixedZone("", off))
			}
			return t, nil
		}
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && n > 0 && n <= maxUnixSeconds {
		return time.Unix(n, 0).UTC(), nil
	}
	return time.Time{}, fmt.Errorf("%q: not a time (want RFC 3339, \"2006-01-02 15:04:05\" or Unix seconds)", s)
}

func parseLeadInt(s string) (int, error) {
	c := strings.NewReplacer(",", "", "_", "", " ", "").Replace(strings.TrimSpace(s))
	if c == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(c)
	if err != nil {
		if f, ferr := strconv.ParseFloat(c, 64); ferr == nil && f == math.Trunc(f) && math.Abs(f) < 1<<53 {
			return int(f), nil
		}
		return 0, fmt.Errorf("%q: not a whole number", s)
	}
	return n, nil
}

func parseLeadFloat(s string) (float64, error) {
	c := strings.NewReplacer(",", "", "_", "", " ", "", "$", "").Replace(strings.TrimSpace(s))
	if c == "" {
		return 0, nil
	}
	f, err := strconv.ParseFloat(c, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, fmt.Errorf("%q: not a number", s)
	}
	return f, nil
}

// splitProducts splits a separated list (';', '|' or ','), trimming each
// item and dropping empty ones; nil when nothing is left.
func splitProducts(s string) []string {
	var out []string
	for p := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == ';' || r == '|' || r == ',' }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// textAttr turns a text cell into an attribute value: canonical integers
// become int, other numbers float64, true/false bool, the rest a string.
func textAttr(s string) any {
	if n, err := strconv.Atoi(s); err == nil && strconv.Itoa(n) == s {
		return n
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && !math.IsInf(f, 0) && !math.IsNaN(f) && !strings.HasPrefix(s, "0") {
		return f
	}
	switch s {
	case "true":
		return true
	case "false":
		return false
	}
	return s
}

// SetField sets the field that key names (see [LeadKey]) from its text, as
// a CSV cell gives it; surrounding space is trimmed first. Employees and
// Score take whole numbers and Revenue a number, with thousands separators
// ("1,250") allowed and "" meaning 0; Products a list separated by ';',
// '|' or ','; CreatedAt a time ([ParseTime]; "" clears it); "attrs" a JSON
// object whose entries are added to Attrs. Any other key sets Attrs[key]
// (Attrs["plan"] for "attrs.plan"): integers become int, other numbers
// float64, "true" and "false" bool, the rest a string; an empty text sets
// nothing. The error, if any, is a *FieldError naming key; the lead is then
// unchanged.
func (l *Lead) SetField(key, text string) error {
	f, attr := lookupLeadField(key)
	if err := l.setText(f, attr, strings.TrimSpace(text), true); err != nil {
		return &FieldError{Field: key, Err: err}
	}
	return nil
}

// setText sets a field from its text (already trimmed). typed converts an
// attribute's text as textAttr does; otherwise the attribute is the text.
func (l *Lead) setText(f leadField, attr, v string, typed bool) error {
	switch f {
	case lfID:
		l.ID = v
	case lfEmail:
		l.Email = v
	case lfDomain:
		l.Domain = v
	case lfWebsite:
		l.Website = v
	case lfCompany:
		l.Company = v
	case lfCountry:
		l.Country = v
	case lfState:
		l.State = v
	case lfPostalCode:
		l.PostalCode = v
	case lfCity:
		l.City = v
	case lfIndustry:
		l.Industry = v
	case lfSource:
		l.Source = v
	case lfLanguage:
		l.Language = v
	case lfEmployees:
		n, err := parseLeadInt(v)
		if err != nil {
			return err
		}
		l.Employees = n
	case lfScore:
		n, err := parseLeadInt(v)
		if err != nil {
			return err
		}
		l.Score = n
	case lfRevenue:
		x, err := parseLeadFloat(v)
		if err != nil {
			return err
		}
		l.Revenue = x
	case lfProducts:
		l.Products = splitProducts(v)
	case lfCreatedAt:
		if v == "" {
			l.CreatedAt = time.Time{}
			return nil
		}
		t, err := ParseTime(v)
		if err != nil {
			return err
		}
		if t.IsZero() {
			t = time.Time{}
		}
		l.CreatedAt = t
	case lfAttrs:
		if v == "" {
			return nil
		}
		m, err := decodeObject([]byte(v))
		if err != nil {
			return fmt.Errorf("want a JSON object: %v", err)
		}
		return l.mergeAttrs(m)
	case lfAttr:
		if v == "" {
			return nil
		}
		var x any = v
		if typed {
			x = textAttr(v)
		}
		l.setAttr(attr, x)
	}
	return nil
}

func (l *Lead) setAttr(k string, v any) {
	if l.Attrs == nil {
		l.Attrs = make(map[string]any)
	}
	l.Attrs[k] = v
}

// mergeAttrs adds the entries of a decoded JSON object to Attrs; on error
// it adds none.
func (l *Lead) mergeAttrs(m map[string]any) error {
	keys := slices.Sorted(maps.Keys(m))
	for _, k := range keys {
		v, err := plainJSON(m[k])
		if err != nil {
			return fmt.Errorf("%q: %v", k, err)
		}
		m[k] = v
	}
	for _, k := range keys {
		l.setAttr(k, m[k])
	}
	return nil
}

// decodeObject decodes one JSON object, numbers as json.Number.
func decodeObject(data []byte) (map[string]any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, errors.New("more than one JSON value")
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("got %s", jsonKind(v))
	}
	return m, nil
}

// plainJSON converts json.Number values, at any depth, to int when they
// have a whole value that fits an int64, else to float64, as expressions
// expect; a number beyond float64's range is an error.
func plainJSON(v any) (any, error) {
	switch x := v.(type) {
	case json.Number:
		if n, err := strconv.ParseInt(string(x), 10, 64); err == nil && n >= math.MinInt && n <= math.MaxInt {
			return int(n), nil
		}
		f, err := strconv.ParseFloat(string(x), 64)
		if err != nil || math.IsInf(f, 0) {
			return nil, fmt.Errorf("number %s out of range", x)
		}
		if f == math.Trunc(f) && f >= -(1<<63) && f < 1<<63 && int64(f) >= math.MinInt && int64(f) <= math.MaxInt {
			return int(f), nil // "2.0", "1e3": the same number an int writes back
		}
		return f, nil
	case []any:
		for i := range x {
			e, err := plainJSON(x[i])
			if err != nil {
				return nil, err
			}
			x[i] = e
		}
	case map[string]any:
		for k := range x {
			e, err := plainJSON(x[k])
			if err != nil {
				return nil, err
			}
			x[k] = e
		}
	}
	return v, nil
}

func jsonKind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "a string"
	case json.Number:
		return "a number"
	case bool:
		return "a boolean"
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

func (f leadField) kind() string {
	switch f {
	case lfEmployees, lfScore:
		return "whole number"
	case lfRevenue:
		return "number"
	case lfCreatedAt:
		return "time"
	case lfProducts:
		return "list"
	case lfAttrs:
		return "object"
	}
	return "string"
}

// setJSON sets a field from a decoded JSON value.
func (l *Lead) setJSON(f leadField, attr string, v any) error {
	switch f {
	case lfAttr:
		if v == nil {
			return nil
		}
		x, err := plainJSON(v)
		if err != nil {
			return err
		}
		l.setAttr(attr, x)
		return nil
	case lfAttrs:
		switch x := v.(type) {
		case nil:
			return nil
		case map[string]any:
			return l.mergeAttrs(x)
		}
		return fmt.Errorf("want an object, got %s", jsonKind(v))
	case lfProducts:
		switch x := v.(type) {
		case nil:
			return nil
		case string:
			l.Products = splitProducts(x)
			return nil
		case []any:
			if len(x) == 0 {
				l.Products = nil
				return nil
			}
			l.Products = make([]string, 0, len(x))
			for _, e := range x {
				s, ok := e.(string)
				if !ok {
					return fmt.Errorf("want an array of strings, found %s", jsonKind(e))
				}
				l.Products = append(l.Products, s)
			}
			return nil
		}
		return fmt.Errorf("want an array of strings, got %s", jsonKind(v))
	}
	switch x := v.(type) {
	case nil:
		return nil
	case string:
		return l.setText(f, attr, strings.TrimSpace(x), false)
	case json.Number:
		switch f {
		case lfEmployees, lfScore, lfRevenue, lfCreatedAt, lfID, lfPostalCode:
			return l.setText(f, attr, x.String(), false)
		}
		return fmt.Errorf("want a string, got number %s", x)
	case bool:
		return fmt.Errorf("want a %s, got %t", f.kind(), x)
	}
	return fmt.Errorf("want a %s, got %s", f.kind(), jsonKind(v))
}

// UnmarshalJSON reads a lead from a JSON object, replacing all of *l. It
// reads what [Lead.MarshalJSON] writes, and is lenient with what hosts
// and CRM exports send:
//
//   - Keys name fields as [LeadKey] says: "postal_code", "PostalCode",
//     "postalCode" and "zip" all set PostalCode.
//   - String fields take strings (trimmed); id and postal_code also take
//     numbers.
//   - employees and score take whole numbers, revenue a number, given as
//     JSON numbers or as strings ("250", "1,250", "$2.5e6" for revenue).
//   - products takes an array of strings or one string separated by ';',
//     '|' or ','.
//   - created_at takes a string ([ParseTime]) or Unix seconds.
//   - attrs takes an object whose entries go to Attrs; every other key goes
//     to Attrs too ("attrs.plan" as "plan"). Attribute values are JSON
//     values with numbers as int when whole (and within int64) and float64
//     otherwise.
//   - null for a key sets nothing; null for the whole lead leaves *l
//     unchanged (as encoding/json expects).
//
// Keys are applied in byte order, so of two keys naming the same field
// the later in that order wins. Input longer than [MaxLeadJSONLen] bytes is
// refused. Size limits on fields are not applied here but when the lead is
// routed ([Lead.Normalize]), which reports each cut. An error about one key
// is a *FieldError; on error *l is unchanged.
func (l *Lead) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	if len(data) > MaxLeadJSONLen {
		return fmt.Errorf("lead JSON of %d bytes is longer than the limit of %d", len(data), MaxLeadJSONLen)
	}
	if string(data) == "null" {
		return nil
	}
	m, err := decodeObject(data)
	if err != nil {
		return fmt.Errorf("not a JSON object: %w", err)
	}
	var out Lead
	for _, k := range slices.Sorted(maps.Keys(m)) {
		f, attr := lookupLeadField(k)
		if err := out.setJSON(f, attr, m[k]); err != nil {
			return &FieldError{Field: k, Err: err}
		}
	}
	*l = out
	return nil
}

// leadJSON is the canonical JSON form of a Lead.
type leadJSON struct {
	ID         string         `json:"id,omitempty"`
	Email      string         `json:"email,omitempty"`
	Domain     string         `json:"domain,omitempty"`
	Website    string         `json:"website,omitempty"`
	Company    string         `json:"company,omitempty"`
	Country    string         `json:"country,omitempty"`
	State      string         `json:"state,omitempty"`
	PostalCode string         `json:"postal_code,omitempty"`
	City       string         `json:"city,omitempty"`
	Industry   string         `json:"industry,omitempty"`
	Source     string         `json:"source,omitempty"`
	Language   string         `json:"language,omitempty"`
	Employees  int            `json:"employees,omitempty"`
	Revenue    float64        `json:"revenue,omitempty"`
	Score      int            `json:"score,omitempty"`
	Products   []string       `json:"products,omitempty"`
	Attrs      map[string]any `json:"attrs,omitempty"`
	CreatedAt  string         `json:"created_at,omitempty"`
}

// MarshalJSON writes the lead's canonical JSON form: an object with the
// fields under snake_case keys ("id", "email", "domain", "website",
// "company", "country", "state", "postal_code", "city", "industry",
// "source", "language", "employees", "revenue", "score", "products",
// "attrs", "created_at"), empty and zero fields left out, Attrs as an
// object under "attrs", and CreatedAt in RFC 3339 with nanoseconds and the
// time's offset.
//
// [Lead.UnmarshalJSON] reads it back to the same Lead, with these
// exceptions: an empty Products or Attrs reads back as nil, CreatedAt keeps
// its instant and offset but not its zone's name, and Attrs values read
// back as JSON values (a whole number as int, a float64 with a whole value
// as int, a []string as []any). It fails for a Revenue or Attrs value that
// is NaN or infinite, an Attrs value JSON cannot hold, and a CreatedAt
// outside years 0 to 9999.
func (l Lead) MarshalJSON() ([]byte, error) {
	j := leadJSON{ID: l.ID, Email: l.Email, Domain: l.Domain, Website: l.Website, Company: l.Company,
		Country: l.Country, State: l.State, PostalCode: l.PostalCode, City: l.City,
		Industry: l.Industry, Source: l.Source, Language: l.Language,
		Employees: l.Employees, Revenue: l.Revenue, Score: l.Score, Products: l.Products, Attrs: l.Attrs}
	if !l.CreatedAt.IsZero() {
		if y := l.CreatedAt.Year(); y < 0 || y > 9999 {
			return nil, fmt.Errorf("leadroute: lead %q: created_at year %d outside 0 to 9999", l.ID, y)
		}
		j.CreatedAt = l.CreatedAt.Format(time.RFC3339Nano)
	}
	return json.Marshal(j)
}
