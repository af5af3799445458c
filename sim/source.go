package sim

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/leadroute/leadroute"
)

// Source is a stream of leads, in the order they arrived. A non-nil error
// ends the stream: Run and Diff stop and return it.
//
// A Source may be iterated more than once only if it says so: [Leads] and
// [ReadFile] can, [ReadCSV] and [ReadJSONL] (which consume a reader) cannot.
type Source = iter.Seq2[leadroute.Lead, error]

// Leads returns a Source over a slice. It may be iterated any number of
// times, from any number of goroutines, as long as the slice is not
// modified meanwhile.
func Leads(leads []leadroute.Lead) Source {
	return func(yield func(leadroute.Lead, error) bool) {
		for _, l := range leads {
			if !yield(l, nil) {
				return
			}
		}
	}
}

// Collect reads a whole Source into a slice. It stops at the first error
// and returns the leads read so far with it.
func Collect(src Source) ([]leadroute.Lead, error) {
	var out []leadroute.Lead
	for l, err := range src {
		if err != nil {
			return out, err
		}
		out = append(out, l)
	}
	return out, nil
}

// InputError is a problem with one record of a lead file. Error() reads
// "leads.csv:12: Employees: "many": not a whole number".
type InputError struct {
	File  string // file name, if known
	Line  int    // 1-based line of the record (CSV: where the record starts)
	Field string // the column or key, if the problem is in one
	Err   error
}

func (e *InputError) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		b.WriteByte(':')
	}
	if e.Line > 0 {
		b.WriteString(strconv.Itoa(e.Line))
		b.WriteByte(':')
	}
	if b.Len() > 0 {
		b.WriteByte(' ')
	}
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *InputError) Unwrap() error { return e.Err }

// field identifies a Lead field a column or key maps to.
type field uint8

const (
	fAttr field = iota // unknown name: goes to Attrs
	fID
	fEmail
	fDomain
	fWebsite
	fCompany
	fCountry
	fState
	fPostalCode
	fCity
	fIndustry
	fSource
	fLanguage
	fEmployees
	fRevenue
	fScore
	fProducts
	fAttrs
	fCreatedAt
)

// fieldNames maps normalised names (lower case, without '_', '-', ' ' and
// '.') to fields.
var fieldNames = map[string]field{
	"id": fID, "leadid": fID,
	"email": fEmail, "emailaddress": fEmail,
	"domain":  fDomain,
	"website": fWebsite, "url": fWebsite,
	"company": fCompany, "companyname": fCompany,
	"country": fCountry, "countrycode": fCountry,
	"state": fState, "region": fState, "province": fState,
	"postalcode": fPostalCode, "zip": fPostalCode, "zipcode": fPostalCode, "postcode": fPostalCode,
	"city":     fCity,
	"industry": fIndustry,
	"source":   fSource, "leadsource": fSource,
	"language": fLanguage, "lang": fLanguage,
	"employees": fEmployees, "employeecount": fEmployees, "numberofemployees": fEmployees, "headcount": fEmployees,
	"revenue": fRevenue, "annualrevenue": fRevenue,
	"score": fScore, "leadscore": fScore,
	"products": fProducts, "product": fProducts,
	"attrs":     fAttrs,
	"createdat": fCreatedAt, "created": fCreatedAt, "createddate": fCreatedAt, "createdtime": fCreatedAt, "timestamp": fCreatedAt,
}

func normName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.Map(func(r rune) rune {
		switch r {
		case '_', '-', ' ', '.':
			return -1
		}
		return r
	}, s)
}

// lookupField maps a column or key to a field; for an Attrs entry it also
// returns the attribute name ("attrs.plan" and "attr.plan" name "plan";
// any other unknown name is an attribute of that name).
func lookupField(name string) (field, string) {
	if f, ok := fieldNames[normName(name)]; ok {
		return f, ""
	}
	for _, p := range []string{"attrs.", "attr.", "attrs_", "attr_"} {
		if len(name) > len(p) && strings.EqualFold(name[:len(p)], p) {
			return fAttr, name[len(p):]
		}
	}
	return fAttr, strings.TrimSpace(name)
}

// timeLayouts are the CreatedAt formats accepted besides Unix seconds.
// Times without a zone are UTC.
var timeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04",
	"2006-01-02",
}

// ParseTime parses a CreatedAt value: RFC 3339, "2006-01-02 15:04:05",
// "2006-01-02 15:04", "2006-01-02" (zone-less values are UTC), or Unix
// seconds. It is safe for concurrent use.
func ParseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range timeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && n > 0 {
		return time.Unix(n, 0).UTC(), nil
	}
	return time.Time{}, fmt.Errorf("%q: not a time (want RFC 3339, \"2006-01-02 15:04:05\" or Unix seconds)", s)
}

func parseInt(s string) (int, error) {
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

func parseFloat(s string) (float64, error) {
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

func splitList(s string) []string {
	var out []string
	for p := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == ';' || r == '|' || r == ',' }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// attrValue turns a CSV cell into an attribute value: canonical integers
// become int, other numbers float64, true/false bool, the rest a string.
func attrValue(s string) any {
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

// setString sets a field from its text.
func setString(l *leadroute.Lead, f field, attr, v string) error {
	switch f {
	case fID:
		l.ID = v
	case fEmail:
		l.Email = v
	case fDomain:
		l.Domain = v
	case fWebsite:
		l.Website = v
	case fCompany:
		l.Company = v
	case fCountry:
		l.Country = v
	case fState:
		l.State = v
	case fPostalCode:
		l.PostalCode = v
	case fCity:
		l.City = v
	case fIndustry:
		l.Industry = v
	case fSource:
		l.Source = v
	case fLanguage:
		l.Language = v
	case fEmployees:
		n, err := parseInt(v)
		if err != nil {
			return err
		}
		l.Employees = n
	case fScore:
		n, err := parseInt(v)
		if err != nil {
			return err
		}
		l.Score = n
	case fRevenue:
		x, err := parseFloat(v)
		if err != nil {
			return err
		}
		l.Revenue = x
	case fProducts:
		l.Products = splitList(v)
	case fCreatedAt:
		if strings.TrimSpace(v) == "" {
			l.CreatedAt = time.Time{}
			return nil
		}
		t, err := ParseTime(v)
		if err != nil {
			return err
		}
		l.CreatedAt = t
	case fAttrs:
		if strings.TrimSpace(v) == "" {
			return nil
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(v), &m); err != nil {
			return fmt.Errorf("want a JSON object: %v", err)
		}
		if l.Attrs == nil {
			l.Attrs = make(map[string]any, len(m))
		}
		for k, x := range m {
			l.Attrs[k] = x
		}
	case fAttr:
		if v == "" {
			return nil
		}
		if l.Attrs == nil {
			l.Attrs = make(map[string]any)
		}
		l.Attrs[attr] = attrValue(v)
	}
	return nil
}

// ReadCSV reads leads from CSV with a header row naming Lead fields
// (case-insensitive; snake_case and common CRM names such as "zip",
// "annual_revenue" or "created_date" are understood). Employees, Score and
// Revenue may contain thousands separators; Products are separated by ';',
// '|' or ','; CreatedAt is parsed with [ParseTime]. A column named
// "attrs" holds a JSON object; "attrs.NAME" and any other unknown column
// become Attrs[NAME] (numbers and true/false are converted). Empty cells
// leave the field empty.
//
// The returned Source consumes r and can be iterated once; errors are
// *InputError values naming the line (and name, if not empty).
func ReadCSV(r io.Reader, name string) Source {
	return func(yield func(leadroute.Lead, error) bool) {
		cr := csv.NewReader(r)
		cr.FieldsPerRecord = -1
		cr.ReuseRecord = true
		header, err := cr.Read()
		if err == io.EOF {
			return
		}
		if err != nil {
			yield(leadroute.Lead{}, csvErr(name, err))
			return
		}
		cols := make([]field, len(header))
		attrs := make([]string, len(header))
		names := slices.Clone(header)
		known := 0
		for i, h := range header {
			if i == 0 {
				h = strings.TrimPrefix(h, "\ufeff")
				names[0] = h
			}
			cols[i], attrs[i] = lookupField(h)
			if cols[i] != fAttr {
				known++
			}
		}
		if known == 0 {
			yield(leadroute.Lead{}, &InputError{File: name, Line: 1, Err: errors.New("header names no Lead field (want columns such as id, email, country, employees, created_at)")})
			return
		}
		for {
			rec, err := cr.Read()
			if err == io.EOF {
				return
			}
			if err != nil {
				yield(leadroute.Lead{}, csvErr(name, err))
				return
			}
			line, _ := cr.FieldPos(0)
			if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
				continue
			}
			var l leadroute.Lead
			for i, v := range rec {
				if i >= len(cols) {
					if strings.TrimSpace(v) != "" {
						yield(leadroute.Lead{}, &InputError{File: name, Line: line, Err: fmt.Errorf("%d values but the header has %d columns", len(rec), len(cols))})
						return
					}
					continue
				}
				if err := setString(&l, cols[i], attrs[i], strings.TrimSpace(v)); err != nil {
					yield(leadroute.Lead{}, &InputError{File: name, Line: line, Field: names[i], Err: err})
					return
				}
			}
			if !yield(l, nil) {
				return
			}
		}
	}
}

func csvErr(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &InputError{File: name, Line: pe.Line, Err: pe.Err}
	}
	return &InputError{File: name, Err: err}
}

// maxLine bounds one JSON Lines record.
const maxLine = 1 << 20

// ReadJSONL reads leads from JSON Lines: one JSON object per line, keys
// naming Lead fields as ReadCSV's header does ("created_at", "CreatedAt",
// "createdAt" all work). Numbers may also be given as strings; Products is
// an array or a separated string; CreatedAt a string or Unix seconds;
// "attrs"/"Attrs" an object. Unknown keys become Attrs entries. Blank lines
// are skipped; a line may be at most 1 MiB.
//
// The returned Source consumes r and can be iterated once; errors are
// *InputError values naming the line (and name, if not empty).
func ReadJSONL(r io.Reader, name string) Source {
	return func(yield func(leadroute.Lead, error) bool) {
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 64<<10), maxLine)
		line := 0
		for sc.Scan() {
			line++
			b := bytes.TrimSpace(sc.Bytes())
			if len(b) == 0 {
				continue
			}
			l, err := ParseLeadJSON(b)
			if err != nil {
				var ie *InputError
				if errors.As(err, &ie) {
					ie.File, ie.Line = name, line
				} else {
					err = &InputError{File: name, Line: line, Err: err}
				}
				yield(leadroute.Lead{}, err)
				return
			}
			if !yield(l, nil) {
				return
			}
		}
		if err := sc.Err(); err != nil {
			if errors.Is(err, bufio.ErrTooLong) {
				err = fmt.Errorf("line longer than %d bytes", maxLine)
			}
			yield(leadroute.Lead{}, &InputError{File: name, Line: line + 1, Err: err})
		}
	}
}

// ParseLeadJSON decodes one lead from a JSON object, with the key names and
// leniency of [ReadJSONL]. Errors about one key are *InputError values with
// Field set. It is safe for concurrent use.
func ParseLeadJSON(data []byte) (leadroute.Lead, error) {
	var l leadroute.Lead
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		return l, fmt.Errorf("not a JSON object: %w", err)
	}
	if dec.More() {
		return l, errors.New("more than one JSON value")
	}
	if m == nil {
		return l, errors.New("not a JSON object: null")
	}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		v := m[k]
		f, attr := lookupField(k)
		if err := setJSON(&l, f, attr, v); err != nil {
			return leadroute.Lead{}, &InputError{Field: k, Err: err}
		}
	}
	return l, nil
}

func setJSON(l *leadroute.Lead, f field, attr string, v any) error {
	switch f {
	case fAttr:
		if v == nil {
			return nil
		}
		if l.Attrs == nil {
			l.Attrs = make(map[string]any)
		}
		l.Attrs[attr] = plainJSON(v)
		return nil
	case fAttrs:
		switch x := v.(type) {
		case nil:
			return nil
		case map[string]any:
			if l.Attrs == nil {
				l.Attrs = make(map[string]any, len(x))
			}
			for k, e := range x {
				l.Attrs[k] = plainJSON(e)
			}
			return nil
		}
		return fmt.Errorf("want an object, got %s", jsonKind(v))
	case fProducts:
		switch x := v.(type) {
		case nil:
			return nil
		case string:
			l.Products = splitList(x)
			return nil
		case []any:
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
		return setString(l, f, attr, strings.TrimSpace(x))
	case json.Number:
		switch f {
		case fEmployees, fScore, fRevenue, fCreatedAt, fID, fPostalCode:
			return setString(l, f, attr, x.String())
		}
		return fmt.Errorf("want a string, got number %s", x)
	case bool:
		return fmt.Errorf("want a %s, got %t", kindOf(f), x)
	}
	return fmt.Errorf("want a %s, got %s", kindOf(f), jsonKind(v))
}

func kindOf(f field) string {
	switch f {
	case fEmployees, fScore:
		return "whole number"
	case fRevenue:
		return "number"
	case fCreatedAt:
		return "time"
	}
	return "string"
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

// plainJSON converts json.Number values to int (when integral) or float64,
// as expressions expect.
func plainJSON(v any) any {
	switch x := v.(type) {
	case json.Number:
		if n, err := x.Int64(); err == nil && n >= math.MinInt && n <= math.MaxInt {
			return int(n)
		}
		f, _ := x.Float64()
		return f
	case []any:
		for i := range x {
			x[i] = plainJSON(x[i])
		}
	case map[string]any:
		for k := range x {
			x[k] = plainJSON(x[k])
		}
	}
	return v
}

// ReadFile returns a Source reading the file at path: CSV for ".csv", JSON
// Lines for ".jsonl", ".ndjson" and ".json" (one object per line). The
// file is opened when iteration starts and closed when it ends, so the
// Source may be iterated more than once. Errors name the file and line.
func ReadFile(path string) Source {
	return func(yield func(leadroute.Lead, error) bool) {
		var read func(io.Reader, string) Source
		switch strings.ToLower(filepath.Ext(path)) {
		case ".csv":
			read = ReadCSV
		case ".jsonl", ".ndjson", ".json":
			read = ReadJSONL
		default:
			yield(leadroute.Lead{}, fmt.Errorf("%s: unknown lead file type (want .csv, .jsonl or .ndjson)", path))
			return
		}
		f, err := os.Open(path)
		if err != nil {
			yield(leadroute.Lead{}, err)
			return
		}
		defer f.Close()
		for l, err := range read(bufio.NewReaderSize(f, 64<<10), path) {
			if !yield(l, err) || err != nil {
				return
			}
		}
	}
}

// csvColumns are the columns WriteCSV writes, in order.
var csvColumns = []string{"id", "created_at", "email", "company", "domain", "website", "country", "state", "postal_code", "city", "industry", "source", "language", "employees", "revenue", "score", "products", "attrs"}

// WriteCSV writes leads as CSV that ReadCSV reads back (Attrs as a JSON
// object column). It is safe for concurrent use with distinct writers.
func WriteCSV(w io.Writer, leads []leadroute.Lead) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvColumns); err != nil {
		return err
	}
	rec := make([]string, len(csvColumns))
	for _, l := range leads {
		attrs := ""
		if len(l.Attrs) > 0 {
			b, err := json.Marshal(l.Attrs)
			if err != nil {
				return fmt.Errorf("lead %s: attrs: %w", l.ID, err)
			}
			attrs = string(b)
		}
		created := ""
		if !l.CreatedAt.IsZero() {
			created = l.CreatedAt.Format(time.RFC3339)
		}
		rec = append(rec[:0], l.ID, created, l.Email, l.Company, l.Domain, l.Website, l.Country, l.State, l.PostalCode, l.City,
			l.Industry, l.Source, l.Language, strconv.Itoa(l.Employees), strconv.FormatFloat(l.Revenue, 'f', -1, 64),
			strconv.Itoa(l.Score), strings.Join(l.Products, ";"), attrs)
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// leadJSON is the JSON Lines shape WriteJSONL writes.
type leadJSON struct {
	ID         string         `json:"id,omitempty"`
	CreatedAt  string         `json:"created_at,omitempty"`
	Email      string         `json:"email,omitempty"`
	Company    string         `json:"company,omitempty"`
	Domain     string         `json:"domain,omitempty"`
	Website    string         `json:"website,omitempty"`
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
}

// LeadJSON returns the JSON form of a lead that ReadJSONL and
// ParseLeadJSON read back (snake_case keys, RFC 3339 created_at).
func LeadJSON(l leadroute.Lead) ([]byte, error) {
	j := leadJSON{ID: l.ID, Email: l.Email, Company: l.Company, Domain: l.Domain, Website: l.Website, Country: l.Country,
		State: l.State, PostalCode: l.PostalCode, City: l.City, Industry: l.Industry, Source: l.Source, Language: l.Language,
		Employees: l.Employees, Revenue: l.Revenue, Score: l.Score, Products: l.Products, Attrs: l.Attrs}
	if !l.CreatedAt.IsZero() {
		j.CreatedAt = l.CreatedAt.Format(time.RFC3339Nano)
	}
	return json.Marshal(j)
}

// WriteJSONL writes leads as JSON Lines (see [LeadJSON]). It is safe for
// concurrent use with distinct writers.
func WriteJSONL(w io.Writer, leads []leadroute.Lead) error {
	bw := bufio.NewWriter(w)
	for _, l := range leads {
		b, err := LeadJSON(l)
		if err != nil {
			return fmt.Errorf("lead %s: %w", l.ID, err)
		}
		bw.Write(b)
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
