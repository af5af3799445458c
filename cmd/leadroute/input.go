package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/config"
	"github.com/leadroute/leadroute/config/cases"
	"github.com/leadroute/leadroute/internal/suggest"
	"github.com/leadroute/leadroute/sim"
)

// stdinArg is the file argument that reads stdin, and stdinName how
// diagnostics name it.
const (
	stdinArg  = "-"
	stdinName = "stdin"
)

// displayName is how diagnostics name a file argument.
func displayName(path string) string {
	if path == stdinArg {
		return stdinName
	}
	return path
}

// stdinOnce reports a usage error when more than one of the file
// arguments is "-": stdin can be read once.
func stdinOnce(flags *flagSet, args ...string) bool {
	n := 0
	for _, a := range args {
		if a == stdinArg {
			n++
		}
	}
	if n > 1 {
		flags.usageError(`stdin can be read only once: give "-" for one file at most`)
		return false
	}
	return true
}

// readStdin reads all of stdin, refusing more than max bytes.
func readStdin(e *env, max int) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(e.stdin, int64(max)+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", stdinName, err)
	}
	if len(data) > max {
		return nil, fmt.Errorf("%s: file larger than %d bytes", stdinName, max)
	}
	return data, nil
}

// loadConfig loads a rules file, "-" for stdin, and builds a router from it
// once so that errors the router finds are reported too. A rules file read
// from stdin is JSON when it starts with '{' and YAML otherwise, its errors
// name "stdin", and an accounts CSV it names is read relative to the
// working directory (there is no file directory to read it from).
func loadConfig(e *env, path string) (*config.Config, error) {
	var cfg *config.Config
	var err error
	if path == stdinArg {
		var data []byte
		if data, err = readStdin(e, config.MaxFileSize); err != nil {
			return nil, err
		}
		format := config.YAML
		if t := bytes.TrimSpace(data); len(t) > 0 && t[0] == '{' {
			format = config.JSON
		}
		cfg, err = config.Parse(data, format)
		var errs *config.Errors
		if errors.As(err, &errs) {
			for _, x := range errs.List {
				if x.File == "" {
					x.File = stdinName
				}
			}
		}
	} else {
		cfg, err = config.Load(path)
	}
	if err == nil {
		_, err = cfg.Build()
	}
	if err != nil {
		return nil, err
	}
	return cfg, nil
}

// load loads a rules file as loadConfig does, printing the errors.
func load(e *env, cmd, path string) (*config.Config, bool) {
	cfg, err := loadConfig(e, path)
	if err != nil {
		printDiag(e, cmd, err)
		return nil, false
	}
	return cfg, true
}

// loadCases loads a cases file, "-" for stdin.
func loadCases(e *env, path string) (*cases.File, error) {
	if path != stdinArg {
		return cases.Load(path)
	}
	data, err := readStdin(e, cases.MaxFileSize)
	if err != nil {
		return nil, err
	}
	return cases.Parse(data, stdinName)
}

// diag is one problem located in a file, as validate --json prints it.
type diag struct {
	File    string `json:"file,omitempty"`
	Line    int    `json:"line,omitempty"`
	Column  int    `json:"column,omitempty"`
	Path    string `json:"path,omitempty"`
	Message string `json:"message"`
}

// String formats the problem as "file:line:col: path: message", leaving
// out what is unknown.
func (d diag) String() string {
	var b strings.Builder
	if d.File != "" {
		b.WriteString(d.File)
		b.WriteByte(':')
		if d.Line > 0 {
			fmt.Fprintf(&b, "%d:", d.Line)
			if d.Column > 0 {
				fmt.Fprintf(&b, "%d:", d.Column)
			}
		}
		b.WriteByte(' ')
	}
	if d.Path != "" {
		b.WriteString(d.Path)
		b.WriteString(": ")
	}
	b.WriteString(d.Message)
	return b.String()
}

// diags splits an error into located problems: each problem of a rules
// file, a cases file or a lead file; anything else is one problem without
// a place.
func diags(err error) []diag {
	var ce *config.Errors
	if errors.As(err, &ce) {
		out := make([]diag, 0, len(ce.List))
		for _, x := range ce.List {
			out = append(out, diag{x.File, x.Line, x.Column, x.Path, x.Msg})
		}
		return out
	}
	var ke *cases.Errors
	if errors.As(err, &ke) {
		out := make([]diag, 0, len(ke.List))
		for _, x := range ke.List {
			out = append(out, diag{x.File, x.Line, x.Column, x.Path, x.Msg})
		}
		return out
	}
	var ie *sim.InputError
	if errors.As(err, &ie) && ie.File != "" {
		return []diag{{File: ie.File, Line: ie.Line, Path: ie.Field, Message: ie.Err.Error()}}
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return []diag{{File: pe.Path, Message: pe.Err.Error()}}
	}
	var out []diag
	for line := range strings.SplitSeq(err.Error(), "\n") {
		out = append(out, diag{Message: line})
	}
	return out
}

// printDiag prints an error on stderr, one problem per line. A problem
// located in a file starts its line with "file:line:col:", as compilers
// do, so that editors can jump to it; others are prefixed with the
// command's name.
func printDiag(e *env, cmd string, err error) {
	for _, d := range diags(err) {
		if d.File != "" {
			fmt.Fprintln(e.stderr, d.String())
		} else {
			fmt.Fprintf(e.stderr, "leadroute %s: %s\n", cmd, d.Message)
		}
	}
}

// leadFile is an open lead file ("-": stdin) for simulate and diff.
type leadFile struct {
	name  string // as diagnostics name it
	src   sim.Source
	close func() error
	// hasTime reports whether a CSV header has a created_at column; true
	// for JSON Lines, whose leads each may or may not have one.
	hasTime bool
}

// openLeads opens a lead file: CSV for ".csv", JSON Lines for ".jsonl",
// ".ndjson" and ".json"; stdin is JSON Lines when it starts with '{' and
// CSV otherwise. It warns on stderr about CSV columns that name no Lead
// field (they become attributes), with a suggestion when one is close.
func openLeads(e *env, path string) (*leadFile, error) {
	lf := &leadFile{name: displayName(path), close: func() error { return nil }, hasTime: true}
	var r io.Reader = e.stdin
	if path != stdinArg {
		f, err := openRegular(path)
		if err != nil {
			return nil, err
		}
		r, lf.close = f, f.Close
	}
	br := bufio.NewReaderSize(r, 64<<10)
	isCSV := false
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv":
		isCSV = true
	case ".jsonl", ".ndjson", ".json":
	default:
		if path != stdinArg {
			lf.close()
			return nil, fmt.Errorf("%s: unknown lead file type (want .csv, .jsonl or .ndjson, or - for stdin)", path)
		}
		head, _ := br.Peek(br.Size())
		t := bytes.TrimLeft(head, " \t\r\n\ufeff")
		isCSV = len(t) > 0 && t[0] != '{'
	}
	if !isCSV {
		lf.src = sim.ReadJSONL(br, lf.name)
		return lf, nil
	}
	head, _ := br.Peek(br.Size())
	if header, err := csv.NewReader(bytes.NewReader(head)).Read(); err == nil {
		lf.hasTime = false
		for i, h := range header {
			if i == 0 {
				h = strings.TrimPrefix(h, "\ufeff")
			}
			switch k := leadroute.LeadKey(h); {
			case k == "created_at":
				lf.hasTime = true
			case k == "" && !isAttrColumn(h) && strings.TrimSpace(h) != "":
				fmt.Fprintf(e.stderr, "%s:1:%d: warning: column %q names no lead field%s; its values become attribute %q\n",
					lf.name, i+1, h, suggestColumn(h), strings.TrimSpace(h))
			}
		}
	}
	lf.src = sim.ReadCSV(br, lf.name)
	return lf, nil
}

// isAttrColumn reports whether a CSV column names an attribute on purpose
// ("attrs.region", "attr_region").
func isAttrColumn(h string) bool {
	l := strings.ToLower(strings.TrimSpace(h))
	for _, p := range [...]string{"attrs.", "attr.", "attrs_", "attr_"} {
		if strings.HasPrefix(l, p) && len(l) > len(p) {
			return true
		}
	}
	return false
}

// leadColumns are the canonical lead fields, for suggestions.
var leadColumns = []string{"id", "email", "domain", "website", "company", "country", "state", "postal_code", "city", "industry",
	"source", "language", "employees", "revenue", "score", "products", "attrs", "created_at"}

// suggestColumn returns ` (did you mean "postal_code"?)` for a column name
// close to a lead field (ignoring case, '_', '-', '.' and spaces), or "".
func suggestColumn(h string) string {
	norm := func(s string) string {
		return strings.Map(func(r rune) rune {
			switch r {
			case '_', '-', '.', ' ':
				return -1
			}
			return r
		}, strings.TrimSpace(s))
	}
	if c := suggest.Closest(h, leadColumns, norm); c != "" {
		return fmt.Sprintf(" (did you mean %q?)", c)
	}
	return ""
}

// defaultStart is when simulate and diff route leads that have no
// created_at, before the first lead that has one: a Monday at 15:00 UTC,
// within working hours from the Americas' east coast to central Europe.
var defaultStart = time.Date(2026, time.March, 2, 15, 0, 0, 0, time.UTC)

// missingTimeNote says on stderr how many leads had no created_at and at
// which time they were routed.
func missingTimeNote(e *env, cmd string, missing int, start time.Time) {
	if missing == 0 {
		return
	}
	fmt.Fprintf(e.stderr, "leadroute %s: warning: %s had no created_at: routed at the time of the lead before, or at --start %s before the first lead with a time\n",
		cmd, leadCount(missing), start.UTC().Format(time.RFC3339))
}
