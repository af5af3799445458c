package salesforce

import (
	"fmt"
	"strconv"
	"strings"
)

// cond is a node of an entry's criteria: a leaf (one criteria item), or
// AND, OR, NOT of conditions.
type cond struct {
	op   byte // 'l' leaf, 'a' and, 'o' or, 'n' not
	item int  // leaf: index into the entry's items
	kids []*cond
}

// splitValues splits a criteria value at commas, as Salesforce does: a
// value in double quotes may hold commas, and "" inside quotes is a quote.
// Spaces around values are trimmed. An empty value is one blank value.
func splitValues(s string) []string {
	var out []string
	var b strings.Builder
	inQ := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inQ && c == '"' && i+1 < len(s) && s[i+1] == '"':
			b.WriteByte('"')
			i++
		case c == '"' && (inQ || strings.TrimSpace(b.String()) == ""):
			if !inQ {
				b.Reset()
			}
			inQ = !inQ
		case c == ',' && !inQ:
			out = append(out, strings.TrimSpace(b.String()))
			b.Reset()
		default:
			b.WriteByte(c)
		}
	}
	return append(out, strings.TrimSpace(b.String()))
}

// parseFilter parses advanced filter logic such as "1 AND (2 OR NOT 3)"
// over n criteria. As in Salesforce, AND and OR may not be mixed at one
// level without parentheses. Errors give the 1-based column.
func parseFilter(s string, n int) (*cond, error) {
	if len(s) > MaxFormulaLen {
		return nil, fmt.Errorf("filter logic longer than %d bytes (MaxFormulaLen)", MaxFormulaLen)
	}
	p := &filterParser{src: s, n: n}
	p.next()
	c, err := p.expr(0)
	if err != nil {
		return nil, err
	}
	if p.tok != "" {
		return nil, p.errf("unexpected %q", p.tok)
	}
	return c, nil
}

type filterParser struct {
	src     string
	pos, at int // next byte; start of tok
	tok     string
	n       int
}

func (p *filterParser) errf(format string, args ...any) error {
	return fmt.Errorf("filter logic, column %d: %s", p.at+1, fmt.Sprintf(format, args...))
}

func (p *filterParser) next() {
	for p.pos < len(p.src) && (p.src[p.pos] == ' ' || p.src[p.pos] == '\t' || p.src[p.pos] == '\n' || p.src[p.pos] == '\r') {
		p.pos++
	}
	p.at = p.pos
	if p.pos == len(p.src) {
		p.tok = ""
		return
	}
	c := p.src[p.pos]
	if c == '(' || c == ')' {
		p.pos++
		p.tok = string(c)
		return
	}
	start := p.pos
	for p.pos < len(p.src) && !strings.ContainsRune(" \t\r\n()", rune(p.src[p.pos])) {
		p.pos++
	}
	p.tok = p.src[start:p.pos]
}

const maxFilterDepth = 32

// expr parses operands joined by one kind of operator.
func (p *filterParser) expr(depth int) (*cond, error) {
	if depth > maxFilterDepth {
		return nil, p.errf("nested deeper than %d", maxFilterDepth)
	}
	first, err := p.unary(depth)
	if err != nil {
		return nil, err
	}
	var op byte
	kids := []*cond{first}
	for {
		var o byte
		switch strings.ToUpper(p.tok) {
		case "AND":
			o = 'a'
		case "OR":
			o = 'o'
		default:
			if len(kids) == 1 {
				return first, nil
			}
			return &cond{op: op, kids: kids}, nil
		}
		if op != 0 && o != op {
			return nil, p.errf("AND and OR mixed without parentheses")
		}
		op = o
		p.next()
		k, err := p.unary(depth)
		if err != nil {
			return nil, err
		}
		kids = append(kids, k)
	}
}

func (p *filterParser) unary(depth int) (*cond, error) {
	switch {
	case strings.EqualFold(p.tok, "NOT"):
		p.next()
		k, err := p.unary(depth + 1)
		if err != nil {
			return nil, err
		}
		return &cond{op: 'n', kids: []*cond{k}}, nil
	case p.tok == "(":
		p.next()
		c, err := p.expr(depth + 1)
		if err != nil {
			return nil, err
		}
		if p.tok != ")" {
			return nil, p.errf("missing )")
		}
		p.next()
		return c, nil
	case p.tok == "":
		return nil, p.errf("unexpected end")
	}
	i, err := strconv.Atoi(p.tok)
	if err != nil || i < 1 || i > p.n {
		return nil, p.errf("%q is not a criteria number between 1 and %d", p.tok, p.n)
	}
	p.next()
	return &cond{op: 'l', item: i - 1}, nil
}
