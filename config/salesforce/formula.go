package salesforce

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// The formula translator handles the part of Salesforce's formula
// language that rule formulas use for routing: AND, OR, NOT, &&, ||, !,
// comparisons (= == != <> < > <= >=) between a field and a literal,
// ISPICKVAL, ISBLANK, CONTAINS, BEGINS, INCLUDES and TEXT. Formula
// comparisons are case-sensitive, as in Salesforce.

type fterm struct {
	kind  byte // 'b' boolean expression, 's' text literal, 'n' number literal, 'f' field
	expr  string
	lit   string
	field fieldRef
}

type formulaParser struct {
	im      *importer
	src     string
	pos, at int
	tok     string
	kind    byte // token kind: 'i' ident, 's' string, 'n' number, 'o' operator, 0 end
}

const maxFormulaDepth = 32

// formula translates a rule formula into an expression.
func (im *importer) formula(src string) (string, error) {
	if len(src) > MaxFormulaLen {
		return "", fmt.Errorf("longer than %d bytes (MaxFormulaLen)", MaxFormulaLen)
	}
	p := &formulaParser{im: im, src: src}
	if err := p.next(); err != nil {
		return "", err
	}
	t, err := p.or(0)
	if err != nil {
		return "", err
	}
	if p.kind != 0 {
		return "", p.unexpected()
	}
	if t.kind != 'b' {
		return "", p.errf("the formula is not a condition")
	}
	return t.expr, nil
}

func (p *formulaParser) errf(format string, args ...any) error {
	return fmt.Errorf("column %d: %s", p.at+1, fmt.Sprintf(format, args...))
}

func (p *formulaParser) next() error {
	for p.pos < len(p.src) && strings.IndexByte(" \t\r\n", p.src[p.pos]) >= 0 {
		p.pos++
	}
	p.at = p.pos
	if p.pos >= len(p.src) {
		p.tok, p.kind = "", 0
		return nil
	}
	c := p.src[p.pos]
	switch {
	case c == '"' || c == '\'':
		var b strings.Builder
		i := p.pos + 1
		for ; i < len(p.src) && p.src[i] != c; i++ {
			if p.src[i] == '\\' && i+1 < len(p.src) {
				i++
				switch p.src[i] {
				case 'n':
					b.WriteByte('\n')
				case 't':
					b.WriteByte('\t')
				default:
					b.WriteByte(p.src[i])
				}
				continue
			}
			b.WriteByte(p.src[i])
		}
		if i >= len(p.src) {
			return p.errf("unterminated string")
		}
		p.pos = i + 1
		p.tok, p.kind = b.String(), 's'
	case c >= '0' && c <= '9' || c == '.':
		i := p.pos
		for i < len(p.src) && (p.src[i] >= '0' && p.src[i] <= '9' || p.src[i] == '.') {
			i++
		}
		p.tok, p.kind, p.pos = p.src[p.pos:i], 'n', i
	case c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		i := p.pos
		for i < len(p.src) && (p.src[i] == '_' || p.src[i] == '.' || p.src[i] == '$' || p.src[i] >= 'a' && p.src[i] <= 'z' || p.src[i] >= 'A' && p.src[i] <= 'Z' || p.src[i] >= '0' && p.src[i] <= '9') {
			i++
		}
		p.tok, p.kind, p.pos = p.src[p.pos:i], 'i', i
	default:
		for _, op := range []string{"&&", "||", "==", "!=", "<>", "<=", ">=", "=", "<", ">", "!", "(", ")", ",", "+", "-", "*", "/", "&", "^"} {
			if strings.HasPrefix(p.src[p.pos:], op) {
				p.tok, p.kind = op, 'o'
				p.pos += len(op)
				return nil
			}
		}
		return p.errf("unexpected character %q", c)
	}
	return nil
}

func (p *formulaParser) expect(tok string) error {
	if p.kind != 'o' || p.tok != tok {
		if p.kind == 0 {
			return p.errf("want %q, found the end", tok)
		}
		if err := p.unexpected(); !strings.Contains(err.Error(), "unexpected") {
			return err
		}
		return p.errf("want %q, found %q", tok, p.tok)
	}
	return p.next()
}

// unexpected reports the current token, naming arithmetic and text
// operators as untranslatable rather than as syntax errors.
func (p *formulaParser) unexpected() error {
	if p.kind == 'o' && strings.Contains("+-*/&^", p.tok) {
		return p.errf("operator %q does not translate", p.tok)
	}
	return p.errf("unexpected %q", p.tok)
}

func (p *formulaParser) or(depth int) (fterm, error) {
	return p.binary(depth, "||", func(d int) (fterm, error) {
		return p.binary(d, "&&", p.cmp)
	})
}

func (p *formulaParser) binary(depth int, op string, sub func(int) (fterm, error)) (fterm, error) {
	if depth > maxFormulaDepth {
		return fterm{}, p.errf("nested deeper than %d", maxFormulaDepth)
	}
	l, err := sub(depth)
	if err != nil {
		return l, err
	}
	parts := []fterm{l}
	for p.kind == 'o' && p.tok == op {
		if err := p.next(); err != nil {
			return l, err
		}
		r, err := sub(depth)
		if err != nil {
			return r, err
		}
		parts = append(parts, r)
	}
	if len(parts) == 1 {
		return l, nil
	}
	return p.logic(op, parts)
}

func (p *formulaParser) logic(op string, parts []fterm) (fterm, error) {
	ss := make([]string, len(parts))
	for i, t := range parts {
		if t.kind != 'b' {
			return fterm{}, p.errf("%s of something that is not a condition", op)
		}
		ss[i] = "(" + t.expr + ")"
	}
	return fterm{kind: 'b', expr: strings.Join(ss, " "+op+" ")}, nil
}

var cmpOps = map[string]string{"=": "==", "==": "==", "!=": "!=", "<>": "!=", "<": "<", ">": ">", "<=": "<=", ">=": ">="}

var flipped = map[string]string{"==": "==", "!=": "!=", "<": ">", ">": "<", "<=": ">=", ">=": "<="}

func (p *formulaParser) cmp(depth int) (fterm, error) {
	l, err := p.unary(depth)
	if err != nil {
		return l, err
	}
	op, ok := cmpOps[p.tok]
	if p.kind != 'o' || !ok {
		return l, nil
	}
	at := p.at
	if err := p.next(); err != nil {
		return l, err
	}
	r, err := p.unary(depth)
	if err != nil {
		return r, err
	}
	if l.kind != 'f' && r.kind == 'f' {
		l, r, op = r, l, flipped[op]
	}
	if l.kind != 'f' || (r.kind != 's' && r.kind != 'n') {
		p.at = at
		return fterm{}, p.errf("only comparisons of a field with a literal translate")
	}
	return p.compare(l.field, op, r)
}

func (p *formulaParser) compare(f fieldRef, op string, lit fterm) (fterm, error) {
	if err := p.formulaField(f); err != nil {
		return fterm{}, err
	}
	if lit.kind == 'n' {
		n, err := strconv.ParseFloat(lit.lit, 64)
		if err != nil || math.IsInf(n, 0) {
			return fterm{}, p.errf("bad number %q", lit.lit)
		}
		if f.lead != "" && f.typ != Number {
			return fterm{}, p.errf("%s is text, compared with a number", f.sf)
		}
		s := f.raw() + " " + op + " " + numLit(n, false)
		if f.lead == "" {
			if op == "!=" {
				s = f.raw() + " == nil || " + s
			} else {
				s = f.raw() + " != nil && " + s
			}
		}
		return fterm{kind: 'b', expr: s}, nil
	}
	if op != "==" && op != "!=" {
		return fterm{}, p.errf("ordering comparison of text does not translate")
	}
	if f.typ == Number || f.typ == MultiPicklist {
		return fterm{kind: 'b'}, p.errf("%s compared with text", f.sf)
	}
	return fterm{kind: 'b', expr: p.textOf(f) + " " + op + " " + strconv.Quote(lit.lit)}, nil
}

// textOf is the field's text, case kept, "" when blank.
func (p *formulaParser) textOf(f fieldRef) string {
	if f.lead != "" {
		return f.lead
	}
	return "(" + f.raw() + " ?? \"\")"
}

// formulaField refuses fields whose lead value is normalised, so that a
// case-sensitive formula comparison would not be exact.
func (p *formulaParser) formulaField(f fieldRef) error {
	switch f.lead {
	case "Country", "State", "PostalCode", "Domain", "Language":
		return p.errf("%s is normalised by leadroute, so the formula's case-sensitive comparison does not translate exactly; use criteria items", f.sf)
	}
	return nil
}

func (p *formulaParser) unary(depth int) (fterm, error) {
	if depth > maxFormulaDepth {
		return fterm{}, p.errf("nested deeper than %d", maxFormulaDepth)
	}
	switch p.kind {
	case 0:
		return fterm{}, p.errf("unexpected end")
	case 's':
		t := fterm{kind: 's', lit: p.tok}
		return t, p.next()
	case 'n':
		t := fterm{kind: 'n', lit: p.tok}
		return t, p.next()
	case 'o':
		switch p.tok {
		case "!":
			if err := p.next(); err != nil {
				return fterm{}, err
			}
			t, err := p.unary(depth + 1)
			if err != nil {
				return t, err
			}
			if t.kind != 'b' {
				return fterm{}, p.errf("! of something that is not a condition")
			}
			return fterm{kind: 'b', expr: "!(" + t.expr + ")"}, nil
		case "(":
			if err := p.next(); err != nil {
				return fterm{}, err
			}
			t, err := p.or(depth + 1)
			if err != nil {
				return t, err
			}
			return t, p.expect(")")
		}
		return fterm{}, p.errf("operator %q does not translate", p.tok)
	}
	name := p.tok
	at := p.at
	if err := p.next(); err != nil {
		return fterm{}, err
	}
	if p.kind == 'o' && p.tok == "(" {
		if err := p.next(); err != nil {
			return fterm{}, err
		}
		var args []fterm
		for !(p.kind == 'o' && p.tok == ")") {
			if len(args) > 0 {
				if err := p.expect(","); err != nil {
					return fterm{}, err
				}
			}
			a, err := p.or(depth + 1)
			if err != nil {
				return a, err
			}
			args = append(args, a)
			if len(args) > MaxItems {
				return fterm{}, p.errf("more than %d arguments", MaxItems)
			}
		}
		if err := p.next(); err != nil {
			return fterm{}, err
		}
		p.at = at
		return p.call(strings.ToUpper(name), args)
	}
	switch strings.ToUpper(name) {
	case "TRUE":
		return fterm{kind: 'b', expr: "true"}, nil
	case "FALSE":
		return fterm{kind: 'b', expr: "false"}, nil
	}
	f, why := p.im.resolve(name)
	if why != "" {
		p.at = at
		return fterm{}, p.errf("%s", why)
	}
	return fterm{kind: 'f', field: f}, nil
}

func (p *formulaParser) call(fn string, args []fterm) (fterm, error) {
	field1 := func() (fieldRef, error) {
		if len(args) < 1 || args[0].kind != 'f' {
			return fieldRef{}, p.errf("%s: the first argument must be a field", fn)
		}
		return args[0].field, p.formulaField(args[0].field)
	}
	lit2 := func() (string, error) {
		if len(args) != 2 || args[1].kind != 's' {
			return "", p.errf("%s: want a field and a text literal", fn)
		}
		return args[1].lit, nil
	}
	switch fn {
	case "AND", "OR":
		if len(args) == 0 {
			return fterm{}, p.errf("%s with no arguments", fn)
		}
		if len(args) == 1 {
			return args[0], nil
		}
		op := "&&"
		if fn == "OR" {
			op = "||"
		}
		return p.logic(op, args)
	case "NOT":
		if len(args) != 1 || args[0].kind != 'b' {
			return fterm{}, p.errf("NOT takes one condition")
		}
		return fterm{kind: 'b', expr: "!(" + args[0].expr + ")"}, nil
	case "TEXT":
		f, err := field1()
		if err != nil || len(args) != 1 {
			return fterm{}, p.errf("TEXT takes one field")
		}
		if f.typ != Text {
			return fterm{}, p.errf("TEXT of a %s field does not translate", f.typ)
		}
		return fterm{kind: 'f', field: f}, nil
	case "ISPICKVAL", "CONTAINS", "BEGINS", "INCLUDES":
		f, err := field1()
		if err != nil {
			return fterm{}, err
		}
		v, err := lit2()
		if err != nil {
			return fterm{}, err
		}
		if fn == "INCLUDES" {
			if f.typ != MultiPicklist {
				return fterm{}, p.errf("INCLUDES of %s: map it with type multipicklist in the fields file", f.sf)
			}
			if f.lead == "Products" {
				return fterm{kind: 'b', expr: strconv.Quote(v) + " in Products"}, nil
			}
			return fterm{kind: 'b', expr: `(";" + ` + p.textOf(f) + ` + ";") contains ` + strconv.Quote(";"+v+";")}, nil
		}
		if f.typ != Text {
			return fterm{}, p.errf("%s of the %s field %s", fn, f.typ, f.sf)
		}
		op := map[string]string{"ISPICKVAL": "==", "CONTAINS": "contains", "BEGINS": "startsWith"}[fn]
		return fterm{kind: 'b', expr: p.textOf(f) + " " + op + " " + strconv.Quote(v)}, nil
	case "ISBLANK":
		f, err := field1()
		if err != nil || len(args) != 1 {
			return fterm{}, p.errf("ISBLANK takes one field")
		}
		switch {
		case f.lead != "" && f.typ == Number:
			return fterm{}, p.errf("ISBLANK(%s): Lead.%s has no blank (a blank is 0)", f.sf, f.lead)
		case f.lead == "Products":
			return fterm{kind: 'b', expr: "len(Products) == 0"}, nil
		case f.lead != "":
			return fterm{kind: 'b', expr: f.lead + ` == ""`}, nil
		}
		return fterm{kind: 'b', expr: f.raw() + ` == nil || ` + f.raw() + ` == ""`}, nil
	}
	return fterm{}, p.errf("function %s does not translate", fn)
}
