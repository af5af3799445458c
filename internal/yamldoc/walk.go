package yamldoc

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Walker reads a parsed document for a decoder: it follows aliases with a
// budget of values (so an alias bomb costs no more than a document that
// spells everything out), checks mappings for unknown and repeated keys,
// expands merge keys, and reports problems through the decoder's own
// callbacks, with the node's position and a path such as
// "rules[3].match".
type Walker struct {
	// Budget is how many more values may be read, aliases expanded.
	Budget int
	// MaxValues names the budget's size in the message when it runs out.
	MaxValues int
	// MaxDepth bounds alias chains.
	MaxDepth int
	// Report records a problem at n (nil: no position) and path.
	Report func(n *yaml.Node, path, msg string)
	// Abort records a problem at n and stops the walk; it must not
	// return (a decoder panics with its own sentinel and recovers it).
	Abort func(n *yaml.Node, msg string)
	// DidYouMean formats a suggestion for an unknown key among allowed
	// (` (did you mean "x"?)`), or "".
	DidYouMean func(key string, allowed []string) string
}

// Field is one key of a mapping: its name, key and value nodes, and path.
type Field struct {
	Key    string
	KN, VN *yaml.Node
	Path   string
}

// Resolve follows aliases from n and charges one value to the budget.
func (w *Walker) Resolve(n *yaml.Node) *yaml.Node {
	for hops := 0; n != nil && n.Kind == yaml.AliasNode; hops++ {
		if hops > w.MaxDepth || n.Alias == nil {
			w.Abort(n, "alias chain too long")
		}
		n = n.Alias
	}
	w.Budget--
	if w.Budget < 0 {
		w.Abort(n, fmt.Sprintf("document too large: more than %d values after expanding aliases", w.MaxValues))
	}
	return n
}

func (w *Walker) errorf(n *yaml.Node, path, format string, args ...any) {
	w.Report(n, path, fmt.Sprintf(format, args...))
}

// Mapping checks that n is a mapping with unique keys, each in allowed
// (or, when top is set, starting with "x-": extension keys, a place for
// YAML anchors, skipped), and returns its fields in document order. Merge
// keys ("<<", a mapping or a list of mappings) are expanded; explicit keys
// win. A null is an empty mapping.
func (w *Walker) Mapping(n *yaml.Node, path string, allowed []string, top bool) []Field {
	n = w.Resolve(n)
	if n.Kind != yaml.MappingNode {
		if !IsNull(n) {
			w.errorf(n, path, "want a mapping, got %s", Describe(n))
		}
		return nil
	}
	out := make([]Field, 0, len(n.Content)/2)
	var merged []Field
	var seen keySet
	for i := 0; i+1 < len(n.Content); i += 2 {
		kn, vn := w.Resolve(n.Content[i]), n.Content[i+1]
		if kn.Kind != yaml.ScalarNode {
			w.errorf(kn, path, "keys must be strings, got %s", Describe(kn))
			continue
		}
		if kn.ShortTag() == "!!merge" {
			merged = append(merged, w.merge(vn, path, allowed, 0)...)
			continue
		}
		k, p := kn.Value, JoinPath(path, kn.Value)
		if !seen.add(k) {
			w.errorf(kn, p, "duplicate key")
			continue
		}
		if top && strings.HasPrefix(k, "x-") {
			continue
		}
		if !slices.Contains(allowed, k) {
			hint := ""
			if w.DidYouMean != nil {
				hint = w.DidYouMean(k, allowed)
			}
			w.errorf(kn, p, "unknown field%s", hint)
			continue
		}
		out = append(out, Field{Key: k, KN: kn, VN: vn, Path: p})
	}
	for _, f := range merged {
		if seen.add(f.Key) {
			out = append(out, f)
		}
	}
	return out
}

// keySet is a set of a mapping's keys: an array while it is short (most
// mappings have a few keys), a map once it is long.
type keySet struct {
	n    int
	list [16]string
	m    map[string]bool
}

// add adds k, reporting whether it was new.
func (s *keySet) add(k string) bool {
	if s.m != nil {
		if s.m[k] {
			return false
		}
		s.m[k] = true
		return true
	}
	if slices.Contains(s.list[:s.n], k) {
		return false
	}
	if s.n < len(s.list) {
		s.list[s.n] = k
		s.n++
		return true
	}
	s.m = make(map[string]bool, 2*s.n)
	for _, x := range s.list {
		s.m[x] = true
	}
	s.m[k] = true
	return true
}

func (w *Walker) merge(vn *yaml.Node, path string, allowed []string, depth int) []Field {
	vn = w.Resolve(vn)
	switch vn.Kind {
	case yaml.MappingNode:
		return w.Mapping(vn, path, allowed, false)
	case yaml.SequenceNode:
		if depth > 0 {
			break
		}
		var out []Field
		for _, c := range vn.Content {
			out = append(out, w.merge(c, path, allowed, depth+1)...)
		}
		return out
	}
	w.errorf(vn, path+".<<", "merge value must be a mapping or a list of mappings, got %s", Describe(vn))
	return nil
}

// Seq returns the items of a list (a null is an empty list).
func (w *Walker) Seq(n *yaml.Node, path string) []*yaml.Node {
	n = w.Resolve(n)
	if IsNull(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		w.errorf(n, path, "want a list, got %s", Describe(n))
		return nil
	}
	return n.Content
}

// IsNull reports whether n is a YAML null.
func IsNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" }

// Describe names what n is, for messages: "a mapping", "a list", "null"
// or the scalar quoted (cut at 40 bytes).
func Describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if IsNull(n) {
			return "null"
		}
		v := n.Value
		if len(v) > 40 {
			v = v[:40] + "..."
		}
		return strconv.Quote(v)
	}
	return "nothing"
}

// JoinPath appends a key to a path ("rules[3]" + "match").
func JoinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// Index appends a list index to a path ("rules" + 3: "rules[3]").
func Index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }
