package yamldoc

import (
	"bytes"
	"strings"

	"go.yaml.in/yaml/v3"
)

// parseFast parses the common shape of a rules file (a block mapping of
// block mappings, block sequences, single-line flow collections, plain
// scalars and quoted scalars without escapes, comments) into the same
// node tree yaml.v3 builds, comments aside, at a fraction of the cost: no
// token or event queue, nodes allocated in chunks, and the strings of keys
// and values cut from one copy of the document (which they keep alive: a
// Config holds about its file's size of text, as its strings add up to
// about that anyway).
//
// Anything else (anchors, aliases, tags, block or multi-line scalars,
// escapes, explicit keys, document markers, directives, tabs, carriage
// returns, flow collections over several lines, errors of any kind...)
// makes it give up (ok false) so that yaml.v3 parses the document and
// reports any error exactly as before. The result must equal yaml.v3's
// (FuzzFast checks it).
func parseFast(data []byte) (root *yaml.Node, ok bool) {
	if bytes.IndexByte(data, '\t') >= 0 || bytes.IndexByte(data, '\r') >= 0 ||
		bytes.Contains(data, []byte("\u0085")) || bytes.Contains(data, []byte("\u2028")) ||
		bytes.Contains(data, []byte("\u2029")) || bytes.Contains(data, []byte("\uFEFF")) {
		return nil, false
	}
	p := &fastParser{src: data, text: string(data), line: 1, colVal: 1}
	defer func() {
		if r := recover(); r != nil {
			if _, is := r.(giveUp); !is {
				panic(r)
			}
			root, ok = nil, false
		}
	}()
	p.skipToContent()
	if p.off >= len(p.src) || !p.isKeyLine() {
		return nil, false // empty, or not a mapping: leave it to yaml.v3
	}
	root = p.mapping(p.col(p.off))
	if p.off < len(p.src) {
		p.fail()
	}
	return root, true
}

// giveUp is the panic value that abandons the fast path.
type giveUp struct{}

// maxFastDepth bounds nesting on the fast path (deeper documents go to
// yaml.v3), which bounds its recursion.
const maxFastDepth = 100

type fastParser struct {
	src       []byte
	off       int // current offset
	line      int // line of off, 1-based
	lineStart int // offset where that line starts
	colOff    int // an offset on the line and its column (see col)
	colVal    int
	depth     int
	nodes     []yaml.Node  // current chunk of nodes
	ptrs      []*yaml.Node // current chunk of Content slices
	stack     []*yaml.Node // items of the collections being read
	text      string       // src as a string, for the values
}

func (p *fastParser) fail() { panic(giveUp{}) }

// col is the 1-based column of off, on the current line, in characters
// (as yaml.v3 counts). It counts on from the last column asked for on the
// line, so that a long line costs linear time.
func (p *fastParser) col(off int) int {
	if off < p.colOff {
		p.colOff, p.colVal = p.lineStart, 1
	}
	c := p.colVal
	for _, b := range p.src[p.colOff:off] {
		if b&0xC0 != 0x80 {
			c++
		}
	}
	p.colOff, p.colVal = off, c
	return c
}

func (p *fastParser) node(kind yaml.Kind, tag string, style yaml.Style, line, col int) *yaml.Node {
	if len(p.nodes) == cap(p.nodes) {
		p.nodes = make([]yaml.Node, 0, 128)
	}
	p.nodes = p.nodes[:len(p.nodes)+1]
	n := &p.nodes[len(p.nodes)-1]
	n.Kind, n.Tag, n.Style, n.Line, n.Column = kind, tag, style, line, col
	return n
}

// content returns the items pushed on the stack since from, as a slice
// of its own capacity, and pops them.
func (p *fastParser) content(from int) []*yaml.Node {
	items := p.stack[from:]
	if len(items) == 0 {
		return nil
	}
	if len(items) > cap(p.ptrs)-len(p.ptrs) {
		p.ptrs = make([]*yaml.Node, 0, max(512, len(items)))
	}
	start := len(p.ptrs)
	p.ptrs = append(p.ptrs, items...)
	clear(items)
	p.stack = p.stack[:from]
	return p.ptrs[start:len(p.ptrs):len(p.ptrs)]
}

// str returns src[from:to] as a string.
func (p *fastParser) str(from, to int) string { return p.text[from:to] }

func (p *fastParser) enter() {
	p.depth++
	if p.depth > maxFastDepth {
		p.fail()
	}
}

func (p *fastParser) at(i int) byte {
	if i < len(p.src) {
		return p.src[i]
	}
	return 0
}

// blankz reports whether the byte at i is a space, a line break or the end.
func (p *fastParser) blankz(i int) bool {
	return i >= len(p.src) || p.src[i] == ' ' || p.src[i] == '\n'
}

func (p *fastParser) skipSpaces() {
	for p.off < len(p.src) && p.src[p.off] == ' ' {
		p.off++
	}
}

// nextContent moves from the end of a line's content (a line break, a
// comment after a space, the end) to the first character of the next line
// with content, skipping blank and comment lines. At the end of the
// document it leaves off at len(src).
func (p *fastParser) nextContent() {
	if !p.newline() {
		return
	}
	p.skipToContent()
}

// newline moves to the start of the next line (false at the end).
func (p *fastParser) newline() bool {
	i := bytes.IndexByte(p.src[p.off:], '\n')
	if i < 0 {
		p.off = len(p.src)
		return false
	}
	p.off += i + 1
	p.line++
	p.lineStart = p.off
	p.colOff, p.colVal = p.off, 1
	return true
}

// skipToContent moves from the start of a line to its first character
// if it has content, else on to the next line with content.
func (p *fastParser) skipToContent() {
	for {
		p.skipSpaces()
		if p.off >= len(p.src) {
			return
		}
		switch c := p.src[p.off]; c {
		case '\n', '#':
			if !p.newline() {
				return
			}
			continue
		case '-', '.':
			// a document marker ("---", "...") at the start of a line
			if p.off == p.lineStart && p.off+2 < len(p.src) && p.src[p.off+1] == c && p.src[p.off+2] == c {
				p.fail()
			}
		case '%':
			p.fail() // a directive (or a reserved indicator)
		}
		return
	}
}

// lineEnd finishes a line after a value: spaces, then a comment (after at
// least one space) or the line break, then on to the next content.
func (p *fastParser) lineEnd() {
	p.skipSpaces()
	if p.off < len(p.src) {
		switch p.src[p.off] {
		case '\n':
		case '#':
			if p.src[p.off-1] != ' ' {
				p.fail()
			}
		default:
			p.fail()
		}
	}
	p.nextContent()
}

// nextCol returns the column of the next content, 0 at the end.
func (p *fastParser) nextCol() int {
	if p.off >= len(p.src) {
		return 0
	}
	return p.col(p.off)
}

func (p *fastParser) isEntry() bool {
	return p.off < len(p.src) && p.src[p.off] == '-' && p.blankz(p.off+1)
}

// isKeyLine reports whether the content at off starts a block mapping:
// a scalar followed by ':' and a blank.
func (p *fastParser) isKeyLine() bool {
	save := p.off
	defer func() { p.off = save }()
	switch c := p.at(p.off); {
	case c == '"' || c == '\'':
		if !p.skipQuoted() {
			return false
		}
	case plainStart(c, p.at(p.off+1)):
		p.scanPlain(false)
	default:
		return false
	}
	p.skipSpaces()
	return p.at(p.off) == ':' && p.blankz(p.off+1)
}

// plainStart reports whether c (followed by next) may start a plain
// scalar on the fast path: a conservative subset of what YAML allows.
func plainStart(c, next byte) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c >= 0x80:
		return true
	case c == '_' || c == '.' || c == '/' || c == '~' || c == '+' || c == '(' || c == '$':
		return true
	case c == '-':
		return next >= '0' && next <= '9' || next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z' || next == '.'
	}
	return false
}

// scanPlain scans a plain scalar on the current line from off and
// returns its end (trailing spaces excluded); off is left there.
func (p *fastParser) scanPlain(flow bool) int {
	end := p.off
	i := p.off
	for i < len(p.src) {
		c := p.src[i]
		switch {
		case c == '\n':
			p.off = end
			return end
		case c == ' ':
			if p.at(i+1) == '#' {
				p.off = end
				return end
			}
			i++
			continue
		case c == ':' && p.blankz(i+1):
			p.off = end
			return end
		case flow && (c == ',' || c == '?' || c == '[' || c == ']' || c == '{' || c == '}'):
			p.off = end
			return end
		}
		i++
		end = i
	}
	p.off = end
	return end
}

// skipQuoted moves off past a single-line quoted scalar without escapes
// (a single-quoted one may hold ”), reporting whether it found one.
func (p *fastParser) skipQuoted() bool {
	q := p.src[p.off]
	for i := p.off + 1; i < len(p.src); i++ {
		switch p.src[i] {
		case '\n':
			return false
		case '\\':
			if q == '"' {
				return false
			}
		case q:
			if q == '\'' && p.at(i+1) == '\'' {
				i++
				continue
			}
			p.off = i + 1
			return true
		}
	}
	return false
}

// scalar reads a scalar at off (plain or quoted, on one line) and leaves
// off after it.
func (p *fastParser) scalar(flow bool) *yaml.Node {
	start := p.off
	col := p.col(start)
	switch c := p.at(start); {
	case c == '"' || c == '\'':
		if !p.skipQuoted() {
			p.fail()
		}
		v := p.str(start+1, p.off-1)
		style := yaml.DoubleQuotedStyle
		if c == '\'' {
			style = yaml.SingleQuotedStyle
			v = strings.ReplaceAll(v, "''", "'")
		}
		n := p.node(yaml.ScalarNode, "!!str", style, p.line, col)
		n.Value = v
		return n
	case plainStart(c, p.at(start+1)):
		end := p.scanPlain(flow)
		v := p.str(start, end)
		n := p.node(yaml.ScalarNode, plainTag(v), 0, p.line, col)
		n.Value = v
		return n
	}
	p.fail()
	return nil
}

// plainTag is the tag yaml.v3 resolves for a plain scalar (a non-empty
// one, not "<<"). Words and small decimal integers are resolved here, as
// yaml.v3 resolves them (a word is a boolean or null only if yaml.v3's
// table lists it); anything else that may be a number, a timestamp or a
// special float is left to yaml.v3's resolver.
func plainTag(v string) string {
	switch c := v[0]; {
	case c >= '1' && c <= '9' || c == '0' && len(v) == 1:
		if len(v) <= 18 && allDigits(v) {
			return "!!int"
		}
	case c == '+' || c == '-' || c == '.' || c == '0':
	default:
		switch v {
		case "true", "True", "TRUE", "false", "False", "FALSE":
			return "!!bool"
		case "~", "null", "Null", "NULL":
			return "!!null"
		}
		return "!!str"
	}
	return (&yaml.Node{Kind: yaml.ScalarNode, Value: v}).ShortTag()
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// key reads a mapping key and its ':' (followed by a blank).
func (p *fastParser) key() *yaml.Node {
	start := p.off
	k := p.scalar(false)
	if p.off-start > 1000 {
		p.fail() // yaml.v3 limits simple keys to 1024 characters
	}
	p.skipSpaces()
	if p.at(p.off) != ':' || !p.blankz(p.off+1) {
		p.fail()
	}
	p.off++
	return k
}

// mapping reads a block mapping whose keys are at column c, starting at
// its first key.
func (p *fastParser) mapping(c int) *yaml.Node {
	p.enter()
	m := p.node(yaml.MappingNode, "!!map", 0, p.line, c)
	from := len(p.stack)
	for {
		k := p.key()
		colonLine, colonCol := p.line, p.col(p.off)
		p.stack = append(p.stack, k, p.value(c, colonLine, colonCol))
		nc := p.nextCol()
		if nc < c {
			break
		}
		if nc > c || p.isEntry() {
			p.fail()
		}
	}
	m.Content = p.content(from)
	p.depth--
	return m
}

// value reads what follows a mapping key's ':' (off just after it) in a
// mapping at column c and moves to the next content. A value on the
// key's line is a scalar or a flow collection; one on the following lines
// a node indented further, or a sequence at the key's own column. With
// neither it is an empty scalar placed after the ':' (line, col).
func (p *fastParser) value(c, line, col int) *yaml.Node {
	p.skipSpaces()
	if p.off < len(p.src) && p.src[p.off] != '\n' && p.src[p.off] != '#' {
		v := p.inline()
		p.lineEnd()
		if p.nextCol() > c {
			p.fail() // a continuation line, or an error
		}
		return v
	}
	p.lineEnd()
	nc := p.nextCol()
	switch {
	case nc > c:
		return p.block(c)
	case nc == c && p.isEntry():
		return p.sequence(c)
	}
	return p.empty(line, col)
}

func (p *fastParser) empty(line, col int) *yaml.Node {
	n := p.node(yaml.ScalarNode, "!!null", 0, line, col)
	return n
}

// inline reads a scalar or a flow collection that ends its line.
func (p *fastParser) inline() *yaml.Node {
	var v *yaml.Node
	switch p.src[p.off] {
	case '[':
		v = p.flowSeq()
	case '{':
		v = p.flowMap()
	default:
		v = p.scalar(false)
	}
	return v
}

// block reads the node at off, the first content of a line, in a
// collection at column parent: a mapping, a sequence or a value alone.
func (p *fastParser) block(parent int) *yaml.Node {
	c := p.col(p.off)
	switch {
	case p.isEntry():
		return p.sequence(c)
	case p.isKeyLine():
		return p.mapping(c)
	}
	v := p.inline()
	p.lineEnd()
	if p.nextCol() > parent {
		p.fail()
	}
	return v
}

// sequence reads a block sequence whose '-' are at column c.
func (p *fastParser) sequence(c int) *yaml.Node {
	p.enter()
	s := p.node(yaml.SequenceNode, "!!seq", 0, p.line, c)
	from := len(p.stack)
	for {
		dashLine, dashCol := p.line, c+1
		p.off++ // the '-'
		p.skipSpaces()
		var item *yaml.Node
		if p.off < len(p.src) && p.src[p.off] != '\n' && p.src[p.off] != '#' {
			// content on the dash's line: anything block() reads, at its column
			item = p.block(c)
		} else {
			p.lineEnd()
			if p.nextCol() > c {
				item = p.block(c)
			} else {
				item = p.empty(dashLine, dashCol)
			}
		}
		p.stack = append(p.stack, item)
		nc := p.nextCol()
		if nc > c {
			p.fail()
		}
		if nc < c || !p.isEntry() {
			break
		}
	}
	s.Content = p.content(from)
	p.depth--
	return s
}

// flowSeq reads [a, b, ...] on one line.
func (p *fastParser) flowSeq() *yaml.Node {
	p.enter()
	s := p.node(yaml.SequenceNode, "!!seq", yaml.FlowStyle, p.line, p.col(p.off))
	from := len(p.stack)
	p.flowItems(']', func() { p.stack = append(p.stack, p.flowNode()) })
	s.Content = p.content(from)
	p.depth--
	return s
}

// flowMap reads {k: v, ...} on one line.
func (p *fastParser) flowMap() *yaml.Node {
	p.enter()
	m := p.node(yaml.MappingNode, "!!map", yaml.FlowStyle, p.line, p.col(p.off))
	from := len(p.stack)
	p.flowItems('}', func() {
		quoted := p.at(p.off) == '"' || p.at(p.off) == '\''
		start := p.off
		k := p.scalar(true)
		if p.off-start > 1000 {
			p.fail()
		}
		p.skipSpaces()
		if p.at(p.off) != ':' || !quoted && !p.blankz(p.off+1) {
			p.fail()
		}
		p.off++
		p.skipSpaces()
		p.stack = append(p.stack, k, p.flowNode())
	})
	m.Content = p.content(from)
	p.depth--
	return m
}

// flowItems reads, from the opening bracket at p.off, items (each read by
// item) separated by commas, up to and past close.
func (p *fastParser) flowItems(close byte, item func()) {
	p.off++
	p.skipSpaces()
	if p.at(p.off) == close {
		p.off++
		return
	}
	for {
		item()
		p.skipSpaces()
		c := p.at(p.off)
		p.off++
		if c == close {
			return
		}
		if c != ',' {
			p.fail()
		}
		p.skipSpaces()
	}
}

func (p *fastParser) flowNode() *yaml.Node {
	switch p.at(p.off) {
	case '[':
		return p.flowSeq()
	case '{':
		return p.flowMap()
	}
	if p.off >= len(p.src) {
		p.fail()
	}
	return p.scalar(true)
}
