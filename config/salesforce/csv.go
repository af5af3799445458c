package salesforce

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// maxCSVSize bounds a users or fields file.
const maxCSVSize = 8 << 20

func readCSV(r io.Reader, what string, want []string) ([][]string, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxCSVSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if len(data) > maxCSVSize {
		return nil, fmt.Errorf("%s: larger than %d bytes", what, maxCSVSize)
	}
	cr := csv.NewReader(strings.NewReader(string(data)))
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	cr.Comment = '#'
	var rows [][]string
	header := true
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		line, _ := cr.FieldPos(0)
		if header {
			header = false
			if len(rec) > 0 && strings.EqualFold(strings.TrimSpace(rec[0]), want[0]) {
				continue
			}
		}
		if len(rec) < 2 || len(rec) > len(want) {
			n := "2"
			if len(want) > 2 {
				n = fmt.Sprintf("2 to %d", len(want))
			}
			return nil, fmt.Errorf("%s: line %d: want %s columns (%s), found %d", what, line, n, strings.Join(want, ","), len(rec))
		}
		for i := range rec {
			rec[i] = strings.TrimSpace(rec[i])
		}
		if rec[0] == "" || rec[1] == "" {
			return nil, fmt.Errorf("%s: line %d: empty %s or %s", what, line, want[0], want[1])
		}
		rows = append(rows, append(rec, fmt.Sprint(line)))
	}
	return rows, nil
}

// ReadUsers reads a users map for [Options.Users] from CSV: one row per
// Salesforce user key (user ID, username or email) with the rep ID it maps
// to, under an optional header "user,rep". A user may appear on several
// rows, once per key. Lines starting with # are comments. A key mapped to
// two different reps is an error naming the line.
func ReadUsers(r io.Reader) (map[string]string, error) {
	rows, err := readCSV(r, "users", []string{"user", "rep"})
	if err != nil {
		return nil, err
	}
	m := make(map[string]string, len(rows))
	for _, row := range rows {
		if old, ok := m[row[0]]; ok && old != row[1] {
			return nil, fmt.Errorf("users: line %s: user %q mapped to %q and to %q", row[2], row[0], old, row[1])
		}
		m[row[0]] = row[1]
	}
	return m, nil
}

// ReadFields reads a field mapping for [Options.Fields] from CSV: rows of
// "field,target[,type]" under an optional header "field,target,type". The
// field is a Salesforce API name ("Region__c"), the target a Lead field
// name ("Country", "Score", "Products") or "attr:NAME", and the type one
// of text, number, bool or multipicklist (default text; it matters only
// for attributes). Errors name the line.
func ReadFields(r io.Reader) (map[string]Field, error) {
	rows, err := readCSV(r, "fields", []string{"field", "target", "type"})
	if err != nil {
		return nil, err
	}
	m := make(map[string]Field, len(rows))
	for _, row := range rows {
		line := row[len(row)-1]
		row = row[:len(row)-1]
		f := Field{Target: row[1]}
		if !validTarget(f.Target) {
			return nil, fmt.Errorf("fields: line %s: target %q is neither a Lead field (Country, Employees, Products...) nor attr:NAME", line, f.Target)
		}
		if len(row) == 3 && row[2] != "" {
			ok := false
			for i, n := range fieldTypeNames {
				if strings.EqualFold(row[2], n) {
					f.Type, ok = FieldType(i), true
				}
			}
			if !ok {
				return nil, fmt.Errorf("fields: line %s: type %q is not one of %s", line, row[2], strings.Join(fieldTypeNames, ", "))
			}
		}
		if _, dup := m[row[0]]; dup {
			return nil, fmt.Errorf("fields: line %s: field %q mapped twice", line, row[0])
		}
		m[row[0]] = f
	}
	return m, nil
}
