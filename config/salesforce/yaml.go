package salesforce

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// q quotes a string as a YAML scalar: single-quoted when it is printable
// UTF-8 (so expressions read as written), else as a JSON string, which is
// a valid YAML double-quoted scalar.
func q(s string) string {
	printable := utf8.ValidString(s)
	for _, r := range s {
		if !unicode.IsPrint(r) {
			printable = false
			break
		}
	}
	if printable {
		return "'" + strings.ReplaceAll(s, "'", "''") + "'"
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return strings.TrimSuffix(b.String(), "\n")
}

func yamlList(vals []string) string {
	qs := make([]string, len(vals))
	for i, v := range vals {
		qs[i] = q(v)
	}
	return "[" + strings.Join(qs, ", ") + "]"
}

// comment writes text as YAML comment lines.
func comment(b *bytes.Buffer, indent, text string) {
	for _, line := range strings.Split(text, "\n") {
		b.WriteString(indent + "# " + strings.Map(func(r rune) rune {
			if r == '\r' || r < 0x20 && r != '\t' {
				return ' '
			}
			return r
		}, line) + "\n")
	}
}

func (im *importer) writeYAML() []byte {
	var b bytes.Buffer
	comment(&b, "", "Imported from Salesforce lead assignment rules (leadroute import salesforce).\nRules are tried in order; the first that matches decides, as in Salesforce.")
	if len(im.res.Problems) > 0 {
		comment(&b, "", fmt.Sprintf("INCOMPLETE: %d problem(s); entries marked \"left out\" below are missing.", len(im.res.Problems)))
		for _, p := range im.res.Problems {
			comment(&b, "", "  "+p.String())
		}
	}
	b.WriteString("version: 1\n")
	b.WriteString("fallback: " + q(im.opts.Fallback) + "\n")
	if len(im.reps) > 0 {
		b.WriteString("reps:\n")
		for _, r := range im.reps {
			b.WriteString("  - id: " + q(r) + "\n")
		}
	}
	b.WriteString("rules:")
	n := 0
	for _, r := range im.rules {
		if len(r.leftOut) > 0 {
			b.WriteString("\n")
			comment(&b, "  ", fmt.Sprintf("left out: %q (ruleEntry at line %d):", r.name, r.line))
			for _, why := range r.leftOut {
				comment(&b, "  ", "  "+why)
			}
			continue
		}
		n++
		b.WriteString("\n  - name: " + q(r.name) + "\n")
		if len(r.match) > 0 {
			b.WriteString("    match:\n")
			for _, m := range r.match {
				b.WriteString("      " + m + "\n")
			}
		}
		if r.when != "" {
			b.WriteString("    when: " + q(r.when) + "\n")
		}
		if r.queue != "" {
			b.WriteString("    strategy: {type: queue, queue: " + q(r.queue) + "}\n")
		} else {
			b.WriteString("    pool: " + q(r.pool) + "\n")
		}
	}
	if n == 0 {
		b.WriteString(" []\n")
	}
	return b.Bytes()
}
