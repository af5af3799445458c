package accounts

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// csvColumns are the columns LoadCSV knows, in the documented order.
var csvColumns = []string{"id", "name", "domains", "owner", "backup", "parent"}

// LoadCSV reads accounts from CSV and builds a Book with [NewBook].
//
// The first line is a header naming the columns:
//
//	id,name,domains,owner,backup,parent
//
// Column names are case-insensitive and may come in any order; "id" is
// required, the others are optional, an unknown or repeated column is an
// error. Each following line is one account. The domains column holds
// one or more domains (or website addresses) separated by ';' or '|'
// ("acme.com;acme.co.uk"). Fields are trimmed; blank lines are skipped;
// fields with commas are quoted as usual in CSV (RFC 4180). For example:
//
//	id,name,domains,owner,backup,parent
//	A1,"ACME, Inc.",acme.com;acme.co.uk,alice,bob,
//	A2,Acme Germany GmbH,acme.de,carol,,A1
//
// Errors name the line and column (`line 3, column "parent" (account
// "A2"): unknown parent account "A9"`); up to [MaxErrors] are reported,
// joined, each an [*Error]. An unknown header column is named by its
// number, not its text, so that the first line of something that is not
// an accounts CSV is not copied into the error.
func LoadCSV(r io.Reader) (*Book, error) {
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err == io.EOF {
		return nil, &Error{Row: -1, Line: 1, Err: errors.New("empty input: want a header line " + strings.Join(csvColumns, ","))}
	}
	if err != nil {
		return nil, csvErr(err)
	}
	col := map[string]int{}
	for i, h := range header {
		name := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		known := false
		for _, c := range csvColumns {
			known = known || c == name
		}
		switch {
		case !known:
			// The cell is not echoed: the input may not be an accounts CSV
			// at all, and its first line is not for an error message.
			return nil, &Error{Row: -1, Line: 1, Err: fmt.Errorf("column %d of the header is not one of %s%s", i+1, strings.Join(csvColumns, ","), didYouMean(name))}
		case col[name] != 0:
			return nil, &Error{Row: -1, Line: 1, Field: h, Err: fmt.Errorf("column %q appears twice", h)}
		}
		col[name] = i + 1 // 0 means absent
	}
	if col["id"] == 0 {
		return nil, &Error{Row: -1, Line: 1, Err: fmt.Errorf("header has no \"id\" column (want %s)", strings.Join(csvColumns, ","))}
	}
	get := func(rec []string, name string) string {
		if i := col[name]; i > 0 && i <= len(rec) {
			return strings.TrimSpace(rec[i-1])
		}
		return ""
	}

	var (
		accts []Account
		lines []int
		errs  []error
	)
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, csvErr(err))
			if _, ok := err.(*csv.ParseError); ok && len(errs) < MaxErrors {
				continue // a field-count or quoting problem: keep reading
			}
			return nil, errors.Join(errs...)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) > len(header) {
			errs = append(errs, &Error{Row: len(accts), Line: line, Err: fmt.Errorf("%d fields, the header has %d", len(rec), len(header))})
			if len(errs) >= MaxErrors {
				return nil, errors.Join(errs...)
			}
			continue
		}
		a := Account{
			ID:     get(rec, "id"),
			Name:   get(rec, "name"),
			Owner:  get(rec, "owner"),
			Backup: get(rec, "backup"),
			Parent: get(rec, "parent"),
		}
		if d := get(rec, "domains"); d != "" {
			a.Domains = strings.FieldsFunc(d, func(r rune) bool { return r == ';' || r == '|' || r == ' ' })
		}
		accts = append(accts, a)
		lines = append(lines, line)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return build(accts, lines)
}

func csvErr(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &Error{Row: -1, Line: pe.Line, Err: fmt.Errorf("column %d: %w", pe.Column, pe.Err)}
	}
	return fmt.Errorf("accounts: reading CSV: %w", err)
}

// didYouMean suggests the known column one edit (an insertion, deletion,
// substitution or swap of adjacent letters) away from name, if any.
func didYouMean(name string) string {
	for _, c := range csvColumns {
		if oneEdit(name, c) {
			return fmt.Sprintf(" (did you mean %q?)", c)
		}
	}
	return ""
}

// oneEdit reports whether a and b differ by exactly one edit.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		if i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:] {
			return true // a swap
		}
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}
