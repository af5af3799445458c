package config

import (
	"errors"
	"fmt"
	"strings"

	"github.com/leadroute/leadroute"
)

// Error is one problem found in a rules file: where it is (the file, the
// path of the value inside the document, and the value's line and column)
// and what is wrong.
//
// An Error is an immutable value, safe to share between goroutines. It
// wraps leadroute.ErrInvalidConfig, and Err when it is set.
type Error struct {
	// File is the file name as given to Load; empty for Parse.
	File string
	// Path locates the value in the document, e.g. "rules[3].match.countri"
	// or "reps[0].time_zone". Indices count from 0.
	Path string
	// Line and Column are 1-based positions of the value in the file; 0
	// when unknown.
	Line, Column int
	// Msg says what is wrong.
	Msg string
	// Err is the underlying error, if any (a *matchers.ExprError, say).
	Err error
}

// Error formats the problem as "file:line: path: msg" (or
// "line N: path: msg" when there is no file name).
func (e *Error) Error() string {
	var b strings.Builder
	switch {
	case e.File != "" && e.Line > 0:
		fmt.Fprintf(&b, "%s:%d: ", e.File, e.Line)
	case e.File != "":
		fmt.Fprintf(&b, "%s: ", e.File)
	case e.Line > 0:
		fmt.Fprintf(&b, "line %d: ", e.Line)
	}
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Unwrap returns leadroute.ErrInvalidConfig and Err (when set).
func (e *Error) Unwrap() []error {
	if e.Err != nil {
		return []error{leadroute.ErrInvalidConfig, e.Err}
	}
	return []error{leadroute.ErrInvalidConfig}
}

// Errors lists every problem found in a rules file, in the order of the
// file. Load and Parse return an *Errors (as an error) whenever the file is
// invalid; errors.Is(err, leadroute.ErrInvalidConfig) reports true for it,
// and errors.As finds the *Errors and each *Error.
//
// An *Errors is not modified after it is returned and is safe to share.
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

// Unwrap returns every *Error, so that errors.Is and errors.As look
// through them (each wraps leadroute.ErrInvalidConfig).
func (e *Errors) Unwrap() []error {
	out := make([]error, 0, len(e.List)+1)
	for _, x := range e.List {
		out = append(out, x)
	}
	out = append(out, leadroute.ErrInvalidConfig)
	return out
}

// maxErrors bounds how many problems are collected from one file, so that
// a hostile or badly broken file cannot make the error list itself huge.
const maxErrors = 100

var errTooMany = errors.New("too many errors")
