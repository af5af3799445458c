package cases

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"slices"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/accounts"
	"github.com/leadroute/leadroute/internal/yamldoc"
)

// File is a parsed cases file. It is immutable once returned and safe for
// concurrent use.
type File struct {
	// Name is the file name given to Load or Parse.
	Name string
	// Cases are the cases in file order.
	Cases []Case
}

// Case is one routing test case.
type Case struct {
	// Name identifies the case; unique in its file.
	Name string
	// Line and Column locate the case in its file (1-based).
	Line, Column int
	// Lead is the lead to route: the file's lead template extended by the
	// case's own lead. Its ID is the case name unless either gives one.
	Lead leadroute.Lead
	// At is the router clock's time for the case: the case's at, else the
	// file's, else DefaultAt.
	At time.Time
	// Away lists reps marked away (Rep.Away) for the case.
	Away []string
	// Used lists counts already used when the lead arrives.
	Used []Used
	// Expect is what the decision must be.
	Expect Expect
	// Accounts are the accounts the case adds to the rules' account book
	// (see config.Config.WithAccounts): the file's accounts, less those
	// whose ID the case's own replace, then the case's own. Nil when
	// neither the file nor the case gives any.
	Accounts []accounts.Account

	refs        []ref      // reps and rules the case names, for File.Check
	acctSpecs   []acctSpec // where each of Accounts is
	acctsPos    pos        // the accounts key that gave them: the case's, else the file's
	ownAccounts bool       // the case gives accounts of its own
}

// Used is a rep's counts already used when a case's lead arrives: leads
// assigned today and this week (in the rep's time zone; they count
// against daily_cap and weekly_cap), and leads still open (against
// max_open, and what least_loaded ranks by).
type Used struct {
	Rep               string
	Today, Week, Open int
}

// Expect is what a case's decision must be. Every part that is set must
// hold; at least one is set, and Reps and Queue are not both set.
type Expect struct {
	// Reps, when set, lists the reps the lead may go to (one of them).
	Reps []string
	// NotReps lists reps the lead must not go to (it may also be queued).
	NotReps []string
	// Queue, when set, is the queue the lead must go to.
	Queue string
	// Rule, when set, is the rule that must decide.
	Rule string
}

// DefaultAt is the time a case runs at when neither it nor its file gives
// one: Wednesday 25 November 2026, 15:00 UTC (working hours in Europe
// and in the Americas' morning).
var DefaultAt = time.Date(2026, 11, 25, 15, 0, 0, 0, time.UTC)

// MaxFileSize is the largest cases file Load and Parse accept, in bytes.
const MaxFileSize = 2 << 20

// Limits on hostile input, far above what a real cases file needs.
const (
	// maxValues bounds a document's estimated number of values before it
	// is parsed (see weight).
	maxValues = 1 << 17
	// maxNodes bounds the values visited, counting each expansion of an
	// alias, so that an alias bomb is refused rather than expanded.
	maxNodes = 1 << 18
)

// Load reads and parses the cases file at path; see Parse. Errors reading
// the file are returned as they are.
func Load(path string) (*File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", path)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	return Parse(data, path)
}

// Parse parses a cases document (YAML, or JSON, which is YAML too). name
// is the file name used in errors; it may be empty.
//
// On error Parse returns an *Errors listing every problem, each an *Error
// with its line, column and path: unknown keys (with a suggestion), wrong
// types, bad values, duplicate case names, an expectation that expects
// nothing or both a rep and a queue. It checks nothing against the rules
// (see File.Check).
//
// Parse is safe for concurrent use and never panics, whatever data holds.
// A document larger than MaxFileSize, or with more than 131072 values
// (estimated from its line breaks and punctuation before it is parsed, as
// config does for rules files), is refused.
func Parse(data []byte, name string) (*File, error) {
	d := newDecoder(name)
	root, perr := parseYAML(data)
	if perr != nil {
		perr.File = name
		return nil, &Errors{List: []*Error{perr}}
	}
	f := &File{Name: name}
	func() {
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(bailout); !ok {
					panic(r)
				}
			}
		}()
		d.decodeFile(root, f)
	}()
	if len(d.errs) > 0 {
		// In file order: a mapping's unknown keys are found before its
		// values are decoded.
		slices.SortStableFunc(d.errs, func(a, b *Error) int {
			if a.Line == 0 || b.Line == 0 {
				return 0
			}
			return cmp.Or(a.Line-b.Line, a.Column-b.Column)
		})
		return nil, &Errors{List: d.errs}
	}
	return f, nil
}

// parseYAML parses one YAML document into its root node (see
// internal/yamldoc, shared with the rules-file decoder).
func parseYAML(data []byte) (*yaml.Node, *Error) {
	if len(data) > MaxFileSize {
		return nil, &Error{Msg: fmt.Sprintf("file larger than %d bytes", MaxFileSize)}
	}
	root, e := yamldoc.Parse(data, yamldoc.Options{
		MaxValues: maxValues,
		Kind:      "a cases file",
		TooLarge:  "document too large: more than %d values by this line",
		Empty:     "empty document: want a mapping with cases",
	})
	if e != nil {
		return nil, &Error{Line: e.Line, Column: e.Column, Msg: e.Msg}
	}
	return root, nil
}
