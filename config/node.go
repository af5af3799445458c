package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/leadroute/leadroute/internal/yamldoc"
)

// Limits on hostile input. They are far above what a real rules file needs.
const (
	// MaxFileSize is the largest rules file (or accounts CSV) Load and Parse
	// accept, in bytes.
	MaxFileSize = 8 << 20
	// MaxExprLen is the longest `when:` expression accepted, in bytes.
	MaxExprLen = 4096
	// MaxExprDepth is the deepest nesting of brackets in a `when:`
	// expression.
	MaxExprDepth = 32
	// maxNodes bounds the number of document nodes visited, counting every
	// expansion of a YAML alias, so that an alias bomb ("billion laughs")
	// is rejected instead of expanded.
	maxNodes = 1 << 18
	// maxValues bounds the values of a document before they are decoded: of
	// a JSON document as they are parsed, of a YAML document as estimated
	// by yamlWeight before it is parsed. The parsers' trees take some 200
	// bytes a value, even for the parts of the document that are then
	// ignored (such as "x-" keys), so this bounds the memory a document of
	// at most MaxFileSize bytes takes to some 64 MiB; without it 8 MiB of
	// "[0,0,0" took some 1 GiB.
	maxValues = 1 << 17
	// maxDepth bounds the nesting of JSON documents and of strategies.
	maxDepth = 64
	// maxStrategyDepth bounds nested strategies (chain, sticky, skill tie).
	maxStrategyDepth = 8
)

// Format is the syntax of a rules file. It is a plain value.
type Format int

// Formats.
const (
	// YAML is YAML 1.2 (as read by go.yaml.in/yaml/v3); anchors, aliases
	// and merge keys ("<<") are supported.
	YAML Format = iota
	// JSON is RFC 8259 JSON.
	JSON
)

// String returns "yaml" or "json".
func (f Format) String() string {
	switch f {
	case YAML:
		return "yaml"
	case JSON:
		return "json"
	}
	return "Format(" + strconv.Itoa(int(f)) + ")"
}

// FormatOf guesses the format from a file name: ".json" is JSON, anything
// else YAML. It is a pure function, safe for concurrent use.
func FormatOf(path string) Format {
	if strings.HasSuffix(strings.ToLower(path), ".json") {
		return JSON
	}
	return YAML
}

// yamlWeight estimates the cost of parsing a YAML document, in eighths
// of a value (a node of the parser's tree). Every node but the first few
// follows a line break or one of the indicators , - : ? [ ] { }, and none
// of these is followed by more than two, so each of them weighs 8 (wherever
// it is: in strings and comments too, as the count is an upper bound and
// cheap). The parser also allocates 32 bytes for a run of blanks inside a
// scalar (as in "a a a"), so each run of spaces or tabs weighs 1. It stops
// counting once the weight is over limit and returns the weight and the
// line reached.
func yamlWeight(data []byte, limit int) (weight, line int) { return yamldoc.Weight(data, limit) }

// checkText returns an error locating the first byte sequence of data
// that is not UTF-8, or (when yamlChars is set) the first character YAML
// does not allow; see yamldoc.CheckText.
func checkText(data []byte, yamlChars bool, prefix string) *Error {
	if e := yamldoc.CheckText(data, yamlChars, prefix+": ", "a rules file"); e != nil {
		return &Error{Line: e.Line, Column: e.Column, Msg: e.Msg}
	}
	return nil
}

// parseYAML parses one YAML document into its root node. A document
// weighing more than maxValues values is refused before it is parsed.
func parseYAML(data []byte) (*yaml.Node, *Error) {
	root, e := yamldoc.Parse(data, yamldoc.Options{
		MaxValues: maxValues,
		Kind:      "a rules file",
		Prefix:    "yaml: ",
		TooLarge:  "yaml: document too large: more than %d values by this line (counting line breaks, the marks , - : ? [ ] { } and, as 1/8 each, runs of blanks); the limit bounds the memory parsing takes",
		Empty:     "empty document",
	})
	if e != nil {
		return nil, &Error{Line: e.Line, Column: e.Column, Msg: e.Msg}
	}
	return root, nil
}

// parseJSON parses a JSON document into the same node model as YAML, with
// the line and column of every value.
func parseJSON(data []byte) (*yaml.Node, *Error) {
	if e := checkText(data, false, "json"); e != nil {
		return nil, e
	}
	p := &jsonParser{data: data, dec: json.NewDecoder(bytes.NewReader(data))}
	p.dec.UseNumber()
	for i, c := range data {
		if c == '\n' {
			p.lines = append(p.lines, i+1)
		}
	}
	root, err := p.value(0)
	if err != nil {
		return nil, err
	}
	if _, e := p.dec.Token(); e != io.EOF {
		line, col := p.pos(p.start())
		return nil, &Error{Line: line, Column: col, Msg: "json: unexpected data after the top-level value"}
	}
	return root, nil
}

type jsonParser struct {
	data  []byte
	dec   *json.Decoder
	lines []int // byte offsets where lines 2, 3, ... start
	nodes int
}

// start is the offset of the next token: InputOffset skips only what was
// consumed, so step over white space and separators.
func (p *jsonParser) start() int {
	off := int(p.dec.InputOffset())
	for off < len(p.data) {
		switch p.data[off] {
		case ' ', '\t', '\r', '\n', ':', ',':
			off++
			continue
		}
		break
	}
	return off
}

func (p *jsonParser) pos(off int) (line, col int) {
	i := sort.SearchInts(p.lines, off+1)
	start := 0
	if i > 0 {
		start = p.lines[i-1]
	}
	return i + 1, off - start + 1
}

func (p *jsonParser) fail(off int, e error) *Error {
	var se *json.SyntaxError
	if errors.As(e, &se) {
		off = int(se.Offset)
		if off > 0 {
			off--
		}
	}
	msg := e.Error()
	if e == io.EOF || e == io.ErrUnexpectedEOF {
		msg = "unexpected end of input"
		off = len(p.data)
	}
	line, col := p.pos(off)
	return &Error{Line: line, Column: col, Msg: "json: " + strings.TrimPrefix(msg, "json: ")}
}

func (p *jsonParser) value(depth int) (*yaml.Node, *Error) {
	if depth > maxDepth {
		line, col := p.pos(p.start())
		return nil, &Error{Line: line, Column: col, Msg: fmt.Sprintf("json: nested more than %d levels deep", maxDepth)}
	}
	p.nodes++
	if p.nodes > maxValues {
		line, col := p.pos(p.start())
		return nil, &Error{Line: line, Column: col, Msg: fmt.Sprintf("json: document too large: more than %d values; the limit bounds the memory parsing takes", maxValues)}
	}
	off := p.start()
	tok, err := p.dec.Token()
	if err != nil {
		return nil, p.fail(off, err)
	}
	line, col := p.pos(off)
	n := &yaml.Node{Line: line, Column: col}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			n.Kind, n.Tag = yaml.MappingNode, "!!map"
			for p.dec.More() {
				koff := p.start()
				kt, err := p.dec.Token()
				if err != nil {
					return nil, p.fail(koff, err)
				}
				ks, ok := kt.(string)
				if !ok {
					return nil, p.fail(koff, fmt.Errorf("object key is not a string"))
				}
				kl, kc := p.pos(koff)
				k := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: ks, Line: kl, Column: kc}
				v, e := p.value(depth + 1)
				if e != nil {
					return nil, e
				}
				n.Content = append(n.Content, k, v)
			}
		case '[':
			n.Kind, n.Tag = yaml.SequenceNode, "!!seq"
			for p.dec.More() {
				v, e := p.value(depth + 1)
				if e != nil {
					return nil, e
				}
				n.Content = append(n.Content, v)
			}
		default:
			return nil, p.fail(off, fmt.Errorf("unexpected %q", rune(t)))
		}
		eoff := p.start()
		if _, err := p.dec.Token(); err != nil { // closing delimiter
			return nil, p.fail(eoff, err)
		}
	case string:
		n.Kind, n.Tag, n.Value, n.Style = yaml.ScalarNode, "!!str", t, yaml.DoubleQuotedStyle
	case json.Number:
		n.Kind, n.Value = yaml.ScalarNode, t.String()
		n.Tag = "!!int"
		if strings.ContainsAny(n.Value, ".eE") {
			n.Tag = "!!float"
		}
	case bool:
		n.Kind, n.Tag, n.Value = yaml.ScalarNode, "!!bool", strconv.FormatBool(t)
	case nil:
		n.Kind, n.Tag, n.Value = yaml.ScalarNode, "!!null", "null"
	}
	return n, nil
}
