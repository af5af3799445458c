package config

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// A suppression silences the findings of one lint check: file-wide (the
// top-level lint key), for one rule, or for one rep. See FORMAT.md.
type suppression struct {
	pos
	code   string // the check's code, "LR102"
	reason string
	// scope is 'f' (file), 'r' (rule) or 'p' (rep); idx indexes the rule
	// or rep.
	scope byte
	idx   int
}

var (
	lintKeys   = []string{"ignore"}
	ignoreKeys = []string{"code", "reason"}
)

// lintSpec decodes `lint: {ignore: [...]}`. An entry is a mapping
// {code, reason} or, without a reason (which Lint reports), a bare code.
func (d *decoder) lintSpec(n *yaml.Node, path string) []suppression {
	var out []suppression
	for _, fl := range d.mapping(n, path, lintKeys) {
		for i, en := range d.seq(fl.VN, fl.Path) {
			p := index(fl.Path, i)
			en = d.resolve(en)
			s := suppression{pos: at(en, p)}
			var codeNode *yaml.Node
			codePath := p
			if en.Kind == yaml.ScalarNode {
				codeNode = en
			} else {
				for _, f := range d.mapping(en, p, ignoreKeys) {
					switch f.Key {
					case "code":
						codeNode, codePath = d.resolve(f.VN), f.Path
					case "reason":
						if r, ok := d.str(f.VN, f.Path); ok {
							s.reason = strings.TrimSpace(r)
						}
					}
				}
				if en.Kind == yaml.MappingNode && codeNode == nil {
					d.errorf(en, joinPath(p, "code"), "required")
					continue
				}
			}
			if codeNode == nil {
				continue
			}
			code, ok := d.name(codeNode, codePath)
			if !ok {
				continue
			}
			c, known := lookupCheck(code)
			switch {
			case !known:
				d.errorf(codeNode, codePath, "unknown lint check %q%s", code, didYouMean(code, checkNames()))
				continue
			case c.Code == LintSuppressionReason || c.Code == LintUnusedSuppression:
				d.errorf(codeNode, codePath, "%s %s cannot be suppressed in the file (disable it on the command line)", c.Code, c.Name)
				continue
			}
			s.code = c.Code
			out = append(out, s)
		}
	}
	return out
}
