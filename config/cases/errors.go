package cases

import (
	"fmt"
	"strings"

	"github.com/leadroute/leadroute"
)

// Error is one problem in a cases file: where it is (the file, the line
// and column of the value, and its path inside the document, such as
// "cases[2].expect.rep") and what is wrong.
//
// An Error is an immutable value, safe to share between goroutines. It
// wraps leadroute.ErrInvalidConfig.
type Error struct {
	// File is the file name given to Load or Parse; may be empty.
	File string
	// Line and Column are 1-based; 0 when unknown.
	Line, Column int
	// Path locates the value: "cases[2].lead.country". Indices count from 0.
	Path string
	// Msg says what is wrong.
	Msg string
}

// Error formats the problem as "file:line:col: path: msg", leaving out
// the parts that are unknown.
func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		b.WriteByte(':')
	}
	if e.Line > 0 {
		fmt.Fprintf(&b, "%d:", e.Line)
		if e.Column > 0 {
			fmt.Fprintf(&b, "%d:", e.Column)
		}
	}
	if b.Len() > 0 {
		b.WriteByte(' ')
	}
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Unwrap returns leadroute.ErrInvalidConfig, so errors.Is(err,
// leadroute.ErrInvalidConfig) holds for every problem in a cases file.
func (e *Error) Unwrap() error { return leadroute.ErrInvalidConfig }

// Errors lists every problem found in a cases file, in file order. Parse,
// Load and File.Check return an *Errors whenever they find any; errors.As
// finds it and each *Error.
type Errors struct {
	List []*Error
}

// Error prints one problem per line.
func (e *Errors) Error() string {
	lines := make([]string, len(e.List))
	for i, x := range e.List {
		lines[i] = x.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap returns every *Error.
func (e *Errors) Unwrap() []error {
	out := make([]error, len(e.List))
	for i, x := range e.List {
		out[i] = x
	}
	return out
}

// maxErrors bounds how many problems are collected from one file.
const maxErrors = 100
