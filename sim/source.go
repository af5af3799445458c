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

// ReadCSV reads leads from CSV with a header row naming Lead fields
// (as [leadroute.LeadKey] maps them: case-insensitive; snake_case and common
// CRM names such as "zip", "annual_revenue" or "created_date" are
// understood). Each cell is set with [leadroute.Lead.SetField]: Employees,
// Score and Revenue may contain thousands separators; Products are
// separated by ';', '|' or ','; CreatedAt is parsed with
// [leadroute.ParseTime]. A column named "attrs" holds a JSON object;
// "attrs.NAME" and any other unknown column become Attrs[NAME] (numbers and
// true/false are converted). Empty cells leave the field empty.
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
		names := slices.Clone(header)
		names[0] = strings.TrimPrefix(names[0], "\ufeff")
		keys := slices.Clone(names) // canonical where known: quicker to set
		known := 0
		for i, h := range names {
			if k := leadroute.LeadKey(h); k != "" {
				keys[i] = k
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
				if i >= len(names) {
					if strings.TrimSpace(v) != "" {
						yield(leadroute.Lead{}, &InputError{File: name, Line: line, Err: fmt.Errorf("%d values but the header has %d columns", len(rec), len(names))})
						return
					}
					continue
				}
				if err := l.SetField(keys[i], v); err != nil {
					yield(leadroute.Lead{}, &InputError{File: name, Line: line, Field: names[i], Err: errors.Unwrap(err)})
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

// maxLine bounds one JSON Lines record: the most a lead's JSON may hold.
const maxLine = leadroute.MaxLeadJSONLen

// ReadJSONL reads leads from JSON Lines: one JSON object per line, each
// decoded by [leadroute.Lead.UnmarshalJSON] (the canonical snake_case form
// that [WriteJSONL] writes, and its lenient variants: "CreatedAt" and
// "createdAt" for "created_at", numbers as strings, Products as an array or
// a separated string, CreatedAt as a string or Unix seconds; unknown keys
// become Attrs entries). Blank lines are skipped; a line may be at most
// 1 MiB ([leadroute.MaxLeadJSONLen]); a line "null" is an error.
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
			var l leadroute.Lead
			err := l.UnmarshalJSON(b)
			if err == nil && string(b) == "null" {
				err = errors.New("not a JSON object: null")
			}
			if err != nil {
				ie := &InputError{File: name, Line: line, Err: err}
				var fe *leadroute.FieldError
				if errors.As(err, &fe) {
					ie.Field, ie.Err = fe.Field, fe.Err
				}
				yield(leadroute.Lead{}, ie)
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

// WriteJSONL writes leads as JSON Lines in their canonical form (see
// [leadroute.Lead.MarshalJSON]). It is safe for
// concurrent use with distinct writers.
func WriteJSONL(w io.Writer, leads []leadroute.Lead) error {
	bw := bufio.NewWriter(w)
	for _, l := range leads {
		b, err := json.Marshal(l)
		if err != nil {
			return fmt.Errorf("lead %s: %w", l.ID, err)
		}
		bw.Write(b)
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
