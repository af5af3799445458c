// Package yamldoc parses one YAML document into a node tree with bounded
// cost and errors that say where: the shared front end of the rules-file
// decoder (config) and the test-case decoder (config/cases).
//
// Before parsing it checks that the text is UTF-8 without the control
// characters YAML forbids (the parser rejects them without a position),
// and estimates the document's weight in values from its line breaks and
// punctuation, refusing a document heavier than the limit (what parsing
// costs in memory is about proportional to it). A panic in the parser
// becomes an error.
package yamldoc

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Error is a parse error at a place (Line and Column 1-based; 0 when
// unknown).
type Error struct {
	Line, Column int
	Msg          string
}

// Error returns the message.
func (e *Error) Error() string { return e.Msg }

// Options set the limit and the wording of errors.
type Options struct {
	// MaxValues bounds the document's weight in values.
	MaxValues int
	// Kind names the file in messages about its text ("a rules file").
	Kind string
	// Prefix starts messages about the text ("yaml: "), if any.
	Prefix string
	// TooLarge is the message for a document over MaxValues; it is
	// formatted with MaxValues.
	TooLarge string
	// Empty is the message for an empty document.
	Empty string
}

var lineRE = regexp.MustCompile(`^yaml: (?:line (\d+): )?(.*)$`)

// Parse parses data, which must hold one YAML document, and returns its
// root node (the document's content). A document of the usual shape of a
// rules file is read by a fast path (see parseFast) into the tree yaml.v3
// would build, comments aside; yaml.v3 reads any other, and reports every
// error.
func Parse(data []byte, o Options) (root *yaml.Node, err *Error) {
	if !HasUTF16BOM(data) {
		if e := CheckText(data, true, o.Prefix, o.Kind); e != nil {
			return nil, e
		}
	}
	if w, line := Weight(data, 8*o.MaxValues); w > 8*o.MaxValues {
		return nil, &Error{Line: line, Msg: fmt.Sprintf(o.TooLarge, o.MaxValues)}
	}
	if !HasUTF16BOM(data) {
		if root, ok := parseFast(data); ok {
			return root, nil
		}
	}
	return parseV3(data, o)
}

// parseV3 parses data with yaml.v3.
func parseV3(data []byte, o Options) (root *yaml.Node, err *Error) {
	defer func() {
		if r := recover(); r != nil {
			root, err = nil, &Error{Msg: fmt.Sprintf("yaml: cannot parse: %v", r)}
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if e := dec.Decode(&doc); e != nil {
		if e == io.EOF {
			return nil, &Error{Line: 1, Msg: o.Empty}
		}
		return nil, parserError(e)
	}
	var extra yaml.Node
	if e := dec.Decode(&extra); e != io.EOF {
		if e != nil {
			return nil, parserError(e)
		}
		return nil, &Error{Line: extra.Line, Column: extra.Column, Msg: "more than one YAML document"}
	}
	if doc.Kind == yaml.DocumentNode {
		if len(doc.Content) == 0 {
			return nil, &Error{Line: 1, Msg: o.Empty}
		}
		return doc.Content[0], nil
	}
	return &doc, nil
}

// parserError turns the YAML parser's error into one with its line.
func parserError(e error) *Error {
	msg := e.Error()
	var te *yaml.TypeError
	if errors.As(e, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	m := lineRE.FindStringSubmatch(msg)
	if m == nil {
		return &Error{Msg: msg}
	}
	line, _ := strconv.Atoi(m[1])
	return &Error{Line: line, Msg: "yaml: " + m[2]}
}

// Weight estimates, in eighths of a value, what parsing data costs: every
// line break and every , - : ? [ ] { } may start a value (8), and each run
// of spaces or tabs costs the parser a little (1). It stops counting once
// the weight is over limit and returns the weight and the line reached.
func Weight(data []byte, limit int) (weight, line int) {
	line = 1
	prev := byte('\n')
	for _, c := range data {
		switch c {
		case '\n', ',', '-', ':', '?', '[', ']', '{', '}':
			weight += 8
		case ' ', '\t':
			if prev != ' ' && prev != '\t' {
				weight++
			}
		}
		prev = c
		if weight > limit {
			return weight, line
		}
		if c == '\n' {
			line++
		}
	}
	return weight, line
}

// CheckText returns an error locating the first byte sequence of data
// that is not UTF-8, or (when yamlChars is set) the first character YAML
// does not allow in a document (the C0 controls other than tab, line feed
// and carriage return, DEL, the C1 controls other than U+0085, and U+FFFE,
// U+FFFF), or nil. prefix starts the message ("yaml: "); kind names the
// file ("a rules file").
func CheckText(data []byte, yamlChars bool, prefix, kind string) *Error {
	line, lineStart := 1, 0
	for off := 0; off < len(data); {
		c := data[off]
		if c < utf8.RuneSelf && (c >= 0x20 && c < 0x7F || c == '\n' || c == '\t' || c == '\r' || !yamlChars) {
			if c == '\n' {
				line, lineStart = line+1, off+1
			}
			off++
			continue
		}
		r, size := utf8.DecodeRune(data[off:])
		col := utf8.RuneCount(data[lineStart:off]) + 1
		if r == utf8.RuneError && size <= 1 {
			return &Error{Line: line, Column: col, Msg: fmt.Sprintf("%sinvalid UTF-8 (byte 0x%02X): %s must be UTF-8 text", prefix, c, kind)}
		}
		if yamlChars && !(r == 0x85 || r >= 0xA0 && r <= 0xFFFD || r >= 0x10000) {
			return &Error{Line: line, Column: col, Msg: fmt.Sprintf("%scontrol character %U is not allowed", prefix, r)}
		}
		off += size
	}
	return nil
}

// HasUTF16BOM reports whether data starts with a UTF-16 byte order mark;
// the YAML parser reads such documents as UTF-16.
func HasUTF16BOM(data []byte) bool {
	return len(data) >= 2 && (data[0] == 0xFE && data[1] == 0xFF || data[0] == 0xFF && data[1] == 0xFE)
}
