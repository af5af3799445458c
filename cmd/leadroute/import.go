package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/leadroute/leadroute/config/salesforce"
)

const importSynopsis = `salesforce FILE [--users CSV] [--fields CSV] [--rule NAME]
       [--default-owner user:NAME|queue:NAME] [--keep-owner-queue Q] [-o OUT]

Translates Salesforce lead assignment rules (the Lead.assignmentRules-meta.xml
file that 'sf project retrieve start -m AssignmentRules:Lead' writes; FILE "-"
reads stdin) into a leadroute rules file, written to stdout or to OUT.

What could not be translated is listed on stderr as FILE:LINE:COL: problem,
and its rule entry is left out (the output says so in comments). Exit status:
0 complete, 1 partial or failed, 2 usage error.

With --json, a report goes to stdout instead: file, complete, entries,
imported, left_out, problems and notes ({file, line, column, path,
message}), and the rules file itself under "yaml" unless -o is given.

--users is a CSV of "user,rep" rows (Salesforce user ID, username or email,
and the rep ID it maps to); --fields a CSV of "field,target,type" rows
(target: a Lead field such as Score or Products, or attr:NAME; type: text,
number, bool or multipicklist). See: go doc github.com/leadroute/leadroute/config/salesforce`

func cmdImport(e *env, args []string) int {
	fs := newFlags(e, "import", importSynopsis)
	rule := fs.String("rule", "", "import this assignment rule (fullName) instead of the active one")
	usersPath := fs.String("users", "", "CSV mapping Salesforce users to rep IDs")
	fieldsPath := fs.String("fields", "", "CSV mapping Salesforce fields to lead fields")
	owner := fs.String("default-owner", "", "the default lead owner of Lead Settings: user:NAME or queue:NAME")
	keep := fs.String("keep-owner-queue", "keep-owner", `queue standing for "do not reassign owner"`)
	outPath := fs.String("o", "", "write the rules file here instead of stdout")
	asJSON := fs.Bool("json", false, "print a JSON report on stdout (with the rules file in it unless -o is given)")
	pos, err := fs.parse(args, 2)
	if err != nil {
		return parseExit(err)
	}
	if pos[0] != "salesforce" {
		fs.usageError("unknown source %q (want salesforce)", pos[0])
		return exitUsage
	}
	opts := salesforce.Options{Rule: *rule, KeepOwnerQueue: *keep}
	if *owner != "" {
		kind, name, ok := strings.Cut(*owner, ":")
		switch {
		case ok && name != "" && strings.EqualFold(kind, "user"):
			opts.DefaultOwner = salesforce.Assignee{Type: "User", Name: name}
		case ok && name != "" && strings.EqualFold(kind, "queue"):
			opts.DefaultOwner = salesforce.Assignee{Type: "Queue", Name: name}
		default:
			fmt.Fprintf(e.stderr, "leadroute import: --default-owner %q: want user:NAME or queue:NAME\n", *owner)
			return exitUsage
		}
	}
	if *usersPath != "" {
		if opts.Users, err = readWith(*usersPath, salesforce.ReadUsers); err != nil {
			printDiag(e, "import", err)
			return exitFail
		}
	}
	if *fieldsPath != "" {
		if opts.Fields, err = readWith(*fieldsPath, salesforce.ReadFields); err != nil {
			printDiag(e, "import", err)
			return exitFail
		}
	}
	name := pos[1]
	var in io.Reader = e.stdin
	if name != "-" {
		f, err := openRegular(name)
		if err != nil {
			printDiag(e, "import", err)
			return exitFail
		}
		defer f.Close()
		in = f
	} else {
		name = "stdin"
	}
	res, err := salesforce.Import(in, opts)
	if err != nil {
		printDiag(e, "import", fmt.Errorf("%s: %w", name, err))
		return exitFail
	}
	left := res.LeftOut()
	imported := len(res.Rules) - len(left)
	if *asJSON {
		return importJSON(e, name, res, imported, left, *outPath)
	}
	for _, n := range res.Notes {
		fmt.Fprintf(e.stderr, "%s:%d:%d: note: %s: %s\n", name, n.Line, n.Column, n.Path, n.Msg)
	}
	for _, p := range res.Problems {
		fmt.Fprintf(e.stderr, "%s:%d:%d: %s: %s\n", name, p.Line, p.Column, p.Path, p.Msg)
	}
	if *outPath != "" {
		if err := os.WriteFile(*outPath, res.YAML, 0o644); err != nil {
			printDiag(e, "import", err)
			return exitFail
		}
	} else if _, err := e.stdout.Write(res.YAML); err != nil {
		printDiag(e, "import", err)
		return exitFail
	}
	if !res.Complete() {
		msg := fmt.Sprintf("%s: incomplete: %s imported of %d, %s", name, entries(imported), len(res.Rules), plural(len(res.Problems), "problem"))
		if len(left) > 0 {
			msg += "; left out: " + strings.Join(left, ", ")
		}
		fmt.Fprintln(e.stderr, msg)
		return exitFail
	}
	fmt.Fprintf(e.stderr, "%s: complete: %s imported\n", name, entries(imported))
	return exitOK
}

// importReport is what import --json prints.
type importReport struct {
	File     string   `json:"file"`
	Complete bool     `json:"complete"`
	Entries  int      `json:"entries"`
	Imported int      `json:"imported"`
	LeftOut  []string `json:"left_out"`
	Problems []diag   `json:"problems"`
	Notes    []diag   `json:"notes"`
	Output   string   `json:"output,omitempty"`
	YAML     string   `json:"yaml,omitempty"`
}

// importJSON writes the rules file to out (if not empty) and the report
// to stdout, and returns the exit status.
func importJSON(e *env, name string, res *salesforce.Result, imported int, left []string, out string) int {
	rep := importReport{File: name, Complete: res.Complete(), Entries: len(res.Rules), Imported: imported,
		LeftOut: left, Problems: []diag{}, Notes: []diag{}, Output: out}
	if rep.LeftOut == nil {
		rep.LeftOut = []string{}
	}
	for _, p := range res.Problems {
		rep.Problems = append(rep.Problems, diag{name, p.Line, p.Column, p.Path, p.Msg})
	}
	for _, n := range res.Notes {
		rep.Notes = append(rep.Notes, diag{name, n.Line, n.Column, n.Path, n.Msg})
	}
	if out != "" {
		if err := os.WriteFile(out, res.YAML, 0o644); err != nil {
			printDiag(e, "import", err)
			return exitFail
		}
	} else {
		rep.YAML = string(res.YAML)
	}
	if err := writeJSON(e, rep); err != nil {
		printDiag(e, "import", err)
		return exitFail
	}
	if !rep.Complete {
		return exitFail
	}
	return exitOK
}

func entries(n int) string {
	if n == 1 {
		return "1 rule entry"
	}
	return fmt.Sprintf("%d rule entries", n)
}

// readWith opens a regular file and decodes it with read.
func readWith[T any](path string, read func(io.Reader) (T, error)) (T, error) {
	var zero T
	f, err := openRegular(path)
	if err != nil {
		return zero, err
	}
	defer f.Close()
	v, err := read(f)
	if err != nil {
		return zero, fmt.Errorf("%s: %w", path, err)
	}
	return v, nil
}

// openRegular opens path, refusing anything but a regular file (a named
// pipe or a device would block or never end).
func openRegular(path string) (*os.File, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", path)
	}
	return os.Open(path)
}
