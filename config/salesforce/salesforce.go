package salesforce

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Namespace is the XML namespace of Salesforce metadata files.
const Namespace = "http://soap.sforce.com/2006/04/metadata"

// Limits on the input, at or above what Salesforce itself allows. A file
// beyond MaxInputSize, MaxDepth or MaxEntries is an error naming the limit;
// an entry beyond MaxItems or MaxFormulaLen is left out with a [Problem].
const (
	// MaxInputSize is the largest metadata file read, in bytes.
	MaxInputSize = 8 << 20
	// MaxDepth is the deepest nesting of XML elements.
	MaxDepth = 16
	// MaxEntries is the most rule entries, over all assignment rules
	// (Salesforce allows 3,000 in one rule).
	MaxEntries = 3000
	// MaxItems is the most criteria in one rule entry (Salesforce allows
	// 25).
	MaxItems = 100
	// MaxFormulaLen is the longest formula or boolean filter, in bytes
	// (Salesforce allows formulas of 3,900 characters).
	MaxFormulaLen = 8192
	// maxNodes bounds the elements of a document.
	maxNodes = 200000
)

// ErrInvalid is wrapped by the error Import returns for input that is not
// assignment rules metadata at all (not XML, the wrong root element, a
// limit exceeded). Check with errors.Is.
var ErrInvalid = errors.New("salesforce: invalid assignment rules metadata")

// Options configures [Import]. The zero value imports the active rule with
// no users map (so every user assignee is a problem), custom fields as text
// attributes, and no default owner.
type Options struct {
	// Rule names the assignment rule (its fullName) to import, active or
	// not. Empty means every active rule, in file order (Salesforce allows
	// one active lead assignment rule; more than one is reported).
	Rule string
	// Users maps a Salesforce user, by ID, username or email, to a rep ID.
	// Lookups try the exact key first, then ignore case. See [ReadUsers].
	Users map[string]string
	// Fields overrides the mapping of Salesforce fields (API names such as
	// "Region__c" or "Lead.Region__c") to lead fields. See [Field].
	Fields map[string]Field
	// DefaultOwner is the default lead owner of Lead Settings, who gets a
	// lead no entry matches. Empty leaves such leads to the fallback queue.
	DefaultOwner Assignee
	// KeepOwnerQueue is the queue that stands for Salesforce's "do not
	// reassign owner" (an entry with no assignee). Default "keep-owner".
	KeepOwnerQueue string
	// Fallback is the rules file's fallback queue when DefaultOwner is not
	// a queue. Default "unassigned".
	Fallback string
}

// Assignee is a user or queue that leads are assigned to.
type Assignee struct {
	// Type is "User" or "Queue", as in assignedToType.
	Type string
	// Name is the user (ID, username or email) or the queue's name.
	Name string
}

// FieldType is the type of a mapped field, which decides how values
// compare.
type FieldType int

// Field types.
const (
	// Text compares ignoring case; ordering operations do not translate.
	Text FieldType = iota
	// Number compares numerically; values must be numbers.
	Number
	// Bool is a checkbox: "true" or "false" (blank is false).
	Bool
	// MultiPicklist holds values separated by ";" and supports includes and
	// excludes.
	MultiPicklist
)

var fieldTypeNames = []string{"text", "number", "bool", "multipicklist"}

// String returns the type's name as written in a fields file.
func (t FieldType) String() string {
	if int(t) < len(fieldTypeNames) {
		return fieldTypeNames[t]
	}
	return fmt.Sprintf("FieldType(%d)", int(t))
}

// Field is where a Salesforce field lands on a leadroute lead.
type Field struct {
	// Target is a Lead field name ("Country", "Employees", "Products",
	// "Score"...) or "attr:NAME" for Attrs["NAME"].
	Target string
	// Type is the field's type. It is ignored for Lead fields, whose type
	// is known; for an attribute with no mapping the type is Text, or
	// Number when an ordering operation compares it with numbers.
	Type FieldType
}

// Problem is something in the metadata that was not translated. Its entry
// (if any) is left out of the output.
type Problem struct {
	// Line and Column locate the element in the XML (1-based; the column
	// counts bytes).
	Line, Column int
	// Path names the element, such as
	// "assignmentRule[0].ruleEntry[3].criteriaItems[1]" (indexes from 0).
	Path string
	// Msg says what could not be translated and why.
	Msg string
}

// String formats the problem as "line:col: path: msg".
func (p Problem) String() string {
	return fmt.Sprintf("%d:%d: %s: %s", p.Line, p.Column, p.Path, p.Msg)
}

// Rule describes one imported rule entry.
type Rule struct {
	// Name is the leadroute rule's name: the assignment rule's fullName
	// (with '#' and '/' replaced by '-') and the entry's 1-based order,
	// "Standard entry 3".
	Name string
	// Line and Column locate the ruleEntry element.
	Line, Column int
	// Imported is false when the entry was left out because of a problem.
	Imported bool
}

// Result is the outcome of [Import].
type Result struct {
	// YAML is the rules file. It always validates with config.Parse; it
	// lists the problems and the entries left out in comments.
	YAML []byte
	// Rules lists every rule entry considered, in order.
	Rules []Rule
	// Problems lists what was not translated, in document order.
	Problems []Problem
	// Notes lists what was translated with a caveat, or ignored without
	// changing routing (email templates, a missing default owner).
	Notes []Problem
}

// Complete reports whether every entry of the imported rules was
// translated and nothing was reported as a problem.
func (r *Result) Complete() bool { return len(r.Problems) == 0 }

// LeftOut returns the names of the rules that were left out.
func (r *Result) LeftOut() []string {
	var out []string
	for _, ru := range r.Rules {
		if !ru.Imported {
			out = append(out, ru.Name)
		}
	}
	return out
}

// node is an element of the parsed document.
type node struct {
	name      string
	text      string
	line, col int
	kids      []*node
}

func (n *node) child(name string) *node {
	for _, k := range n.kids {
		if k.name == name {
			return k
		}
	}
	return nil
}

// parseXML reads the document into a tree of elements, with positions,
// enforcing the limits.
func parseXML(r io.Reader) (*node, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxInputSize+1))
	if err != nil {
		return nil, fmt.Errorf("salesforce: reading metadata: %w", err)
	}
	if len(data) > MaxInputSize {
		return nil, fmt.Errorf("%w: input larger than %d bytes (MaxInputSize)", ErrInvalid, MaxInputSize)
	}
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	d.CharsetReader = nil // only UTF-8 (and US-ASCII) are accepted
	var (
		root  *node
		stack []*node
		text  [][]byte
		count int
	)
	for {
		line, col := d.InputPos()
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			count++
			if count > maxNodes {
				return nil, fmt.Errorf("%w: line %d: more than %d elements", ErrInvalid, line, maxNodes)
			}
			if len(stack) >= MaxDepth {
				return nil, fmt.Errorf("%w: line %d:%d: elements nested deeper than %d (MaxDepth)", ErrInvalid, line, col, MaxDepth)
			}
			n := &node{name: t.Name.Local, line: line, col: col}
			if len(stack) == 0 {
				if root != nil {
					return nil, fmt.Errorf("%w: line %d:%d: a second root element", ErrInvalid, line, col)
				}
				if t.Name.Local != "AssignmentRules" {
					return nil, fmt.Errorf("%w: line %d:%d: root element is <%s>, want <AssignmentRules>", ErrInvalid, line, col, t.Name.Local)
				}
				if t.Name.Space != Namespace {
					return nil, fmt.Errorf("%w: line %d:%d: <AssignmentRules> in namespace %q, want %q", ErrInvalid, line, col, t.Name.Space, Namespace)
				}
				root = n
			} else {
				p := stack[len(stack)-1]
				p.kids = append(p.kids, n)
			}
			stack = append(stack, n)
			text = append(text, nil)
		case xml.EndElement:
			n := stack[len(stack)-1]
			n.text = strings.TrimSpace(string(text[len(text)-1]))
			stack = stack[:len(stack)-1]
			text = text[:len(text)-1]
		case xml.CharData:
			if len(text) > 0 {
				text[len(text)-1] = append(text[len(text)-1], t...)
			}
		}
	}
	if root == nil {
		return nil, fmt.Errorf("%w: no <AssignmentRules> element", ErrInvalid)
	}
	return root, nil
}
