package config

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

// allocBytes reports the bytes f allocates (all goroutines; run it from a
// test that is not parallel).
func allocBytes(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// firstError returns the first problem of a Parse or Load error.
func firstError(t *testing.T, err error) *Error {
	t.Helper()
	var errs *Errors
	require.ErrorAs(t, err, &errs)
	require.NotEmpty(t, errs.List)
	return errs.List[0]
}

// hostileYAML builds documents of about size bytes made of tiny nodes under
// an ignored "x-" key, the shapes that cost the YAML parser the most memory
// for their size.
var hostileYAML = []struct {
	name string
	doc  func(size int) string
}{
	{"flow list", func(n int) string { return "version: 1\nx-a: [" + strings.Repeat("0,", n/2) + "0]\n" }},
	{"flow mapping", func(n int) string { return "version: 1\nx-a: {" + strings.Repeat("a,", n/2) + "b}\n" }},
	{"empty lists", func(n int) string { return "version: 1\nx-a: [" + strings.Repeat("[],", n/3) + "[]]\n" }},
	{"block list", func(n int) string { return "version: 1\nx-a:\n" + strings.Repeat("- 0\n", n/4) }},
	{"block mapping", func(n int) string { return "version: 1\nx-a:\n" + strings.Repeat(" a:\n", n/4) }},
	{"nested dashes", func(n int) string { return "version: 1\nx-a:\n" + strings.Repeat("- - - - - - - 0\n", n/16) }},
	{"aliases", func(n int) string { return "version: 1\nx-b: &b 0\nx-a: [" + strings.Repeat("*b,", n/3) + "0]\n" }},
	// Not nodes, but the parser allocates 32 bytes for each run of blanks
	// in a scalar.
	{"words", func(n int) string { return "version: 1\nx-a: " + strings.Repeat("a ", n/2) + "\n" }},
	{"quoted words", func(n int) string { return "version: 1\nx-a: '" + strings.Repeat("a\t", n/2) + "'\n" }},
}

// TestYAMLNodeLimit checks that a document of many tiny YAML nodes is
// refused before the YAML parser builds its tree, with an error naming the
// limit and a line, and at a small fraction of the memory parsing it would
// take (some 1 GiB for 8 MiB).
func TestYAMLNodeLimit(t *testing.T) {
	for _, tc := range hostileYAML {
		t.Run(tc.name, func(t *testing.T) {
			doc := []byte(tc.doc(MaxFileSize - 64))
			require.LessOrEqual(t, len(doc), MaxFileSize)
			var err error
			n := allocBytes(func() { _, err = Parse(doc, YAML) })
			e := firstError(t, err)
			assert.Contains(t, e.Msg, "document too large: more than 131072 values")
			assert.Positive(t, e.Line)
			assert.Less(t, n, uint64(1<<20), "bytes allocated refusing %d bytes", len(doc))
		})
	}
}

// TestYAMLNodeLimitBoundsMemory checks the worst documents just under the
// limit: they are parsed (and then rejected or accepted by the decoder) in
// bounded memory.
func TestYAMLNodeLimitBoundsMemory(t *testing.T) {
	for _, tc := range hostileYAML {
		t.Run(tc.name, func(t *testing.T) {
			// Scale the shape to just under the limit.
			const probe = 1 << 16
			w, _ := yamlWeight([]byte(tc.doc(probe)), probe*8)
			size := min(MaxFileSize, probe*8*maxValues/w*95/100)
			if w, _ := yamlWeight([]byte(tc.doc(size)), 8*maxValues); w > 8*maxValues {
				t.Fatalf("%d bytes weigh %d", size, w)
			}
			doc := []byte(tc.doc(size))
			n := allocBytes(func() { _, _ = Parse(doc, YAML) })
			assert.Less(t, n, uint64(80<<20), "bytes allocated parsing %d bytes", len(doc))
			t.Logf("%d bytes: %d MiB allocated", len(doc), n>>20)
		})
	}
}

// TestJSONNodeLimit: JSON values are counted as they are parsed.
func TestJSONNodeLimit(t *testing.T) {
	doc := []byte(`{"version": 1, "x": [` + strings.Repeat("0,", MaxFileSize/2-64) + `0]}`)
	var err error
	n := allocBytes(func() { _, err = Parse(doc, JSON) })
	e := firstError(t, err)
	assert.Contains(t, e.Msg, "json: document too large: more than 131072 values")
	assert.Equal(t, 1, e.Line)
	assert.Less(t, n, uint64(80<<20))
}

// TestYAMLMarksBoundNodes checks the reasoning behind yamlWeight: the node
// tree of a YAML document has at most two nodes a mark (weight 8), and
// three more.
func TestYAMLMarksBoundNodes(t *testing.T) {
	docs := []string{
		"a", "a: b", "a:", "- a", "-", "? a", "?", "{a, b, c}", "[a: b, c: d]", "[a:]", "{a}", "[]", "{}",
		"- - - - a", "[[[[a]]]]", "a:\n  b:\n    c:\n", "&x a", "[*x, *x]", "!!str a", "- a:\n- b:\n", "? - a\n: - b\n",
		"{? a, ? b}", "[? a, ? b]", "[{a}, {b}]", "a: &x\nb: *x\n",
	}
	for _, tc := range hostileYAML {
		docs = append(docs, tc.doc(1000))
	}
	files, _ := filepath.Glob("testdata/*.yaml")
	for _, name := range files {
		data, err := os.ReadFile(name)
		require.NoError(t, err)
		docs = append(docs, string(data))
	}
	for _, doc := range docs {
		checkMarksBound(t, []byte(doc))
	}
}

func checkMarksBound(t *testing.T, data []byte) {
	t.Helper()
	var n yaml.Node
	if !func() (ok bool) {
		defer func() {
			if recover() != nil {
				ok = false
			}
		}()
		return yaml.Unmarshal(data, &n) == nil
	}() {
		return
	}
	w, _ := yamlWeight(data, 8*len(data))
	if nodes := countNodes(&n); nodes > w/4+3 {
		t.Errorf("%q: %d nodes for weight %d", data, nodes, w)
	}
}

func countNodes(n *yaml.Node) int {
	c := 1
	for _, k := range n.Content {
		c += countNodes(k)
	}
	return c
}

func BenchmarkParseHostileYAML(b *testing.B) {
	for _, tc := range hostileYAML {
		doc := []byte(tc.doc(MaxFileSize - 64))
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(doc, YAML); err == nil {
					b.Fatal("accepted")
				}
			}
		})
	}
}
