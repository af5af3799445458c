package yamldoc

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

var testOptions = Options{MaxValues: 1 << 17, Kind: "a test file", TooLarge: "too large %d", Empty: "empty"}

// sameTree returns where a and b differ ("" when they do not), comments
// aside (the fast path drops them; nothing reads them).
func sameTree(a, b *yaml.Node, path string) string {
	switch {
	case a == nil && b == nil:
		return ""
	case a == nil || b == nil:
		return fmt.Sprintf("%s: nil %v vs %v", path, a == nil, b == nil)
	}
	if a.Kind != b.Kind || a.Style != b.Style || a.Tag != b.Tag || a.Value != b.Value || a.Anchor != b.Anchor ||
		(a.Alias == nil) != (b.Alias == nil) || a.Line != b.Line || a.Column != b.Column ||
		len(a.Content) != len(b.Content) || (a.Content == nil) != (b.Content == nil) {
		return fmt.Sprintf("%s: fast {kind %d style %d tag %q value %q at %d:%d, %d items (nil %v)} yaml.v3 {kind %d style %d tag %q value %q at %d:%d, %d items (nil %v)}",
			path, a.Kind, a.Style, a.Tag, a.Value, a.Line, a.Column, len(a.Content), a.Content == nil,
			b.Kind, b.Style, b.Tag, b.Value, b.Line, b.Column, len(b.Content), b.Content == nil)
	}
	for i := range a.Content {
		if d := sameTree(a.Content[i], b.Content[i], fmt.Sprintf("%s[%d]", path, i)); d != "" {
			return d
		}
		if cap(a.Content) != len(a.Content) {
			return path + ": content slice has spare capacity"
		}
	}
	return ""
}

// checkFast fails unless the fast path either gives up on doc or returns
// exactly yaml.v3's tree; it reports whether the fast path took it.
func checkFast(t *testing.T, doc string) bool {
	t.Helper()
	fast, ok := parseFast([]byte(doc))
	if !ok {
		return false
	}
	v3, err := parseV3([]byte(doc), testOptions)
	if err != nil {
		t.Fatalf("fast path parsed what yaml.v3 refuses (%v):\n%s", err.Msg, doc)
	}
	if d := sameTree(fast, v3, "root"); d != "" {
		t.Fatalf("fast path differs from yaml.v3: %s\n%s", d, doc)
	}
	return true
}

var fastCases = []string{
	"a: 1\n",
	"a: 1",
	"a:\n",
	"a:\nb: 2\n",
	"a:   \n  # c\nb: x # y\n",
	"a: # comment\n  b: c\n",
	"a:\n- x\n- y\nb: 1\n",
	"a:\n  - x\n  -\n  - - y\n    - z\n",
	"- a\n",
	"a: [1, 2.5, -3, 0x1F, 1_000, .inf, -.inf, .nan, ~, null, true, False, yes, on, 2026-12-25, 1e3, '', \"\"]\n",
	"a: {x: 1, 'y': 2, \"z\":3, w: [a, b, {c: d}]}\n",
	"a: {}\nb: []\nc: [ ]\n",
	"k  : v\n",
	"\"q\": 'it''s'\n",
	"a: b: c\n",
	"a: 'x'#c\n",
	"a: x#y\n",
	"a: x # y\n",
	"a: Mon-Fri 09:00-17:30\n",
	"a: [Deutschland, Österreich, Schweiz]\nÖ: {ö: ü}\n",
	"  a: 1\n  b: 2\n",
	"  a: 1\nb: 2\n",
	"a:\n  b: 1\n c: 2\n",
	"a:\n  - x\n  b: 1\n",
	"a: x\n  y\n",
	"- x\n",
	"a:\n  -\n    b: 1\n    c: 2\n  - d\n",
	"a: -1\nb: -x\nc: - x\n",
	"a: [a, ]\n",
	"a: [a\n, b]\n",
	"a: <<\n",
	"<<: {a: 1}\n",
	"a: &x 1\nb: *x\n",
	"---\na: 1\n",
	"a: 1\n---\nb: 2\n",
	"a: 1\n...\n",
	"a: |\n  x\n",
	"a: \"x\\ty\"\n",
	"a: 'x\n  y'\n",
	"# only a comment\n",
	"",
	"\n\n",
	"a: {b: c: d}\n",
	"a: {b}\n",
	"a: [b: c]\n",
	"a: [?b]\n",
	"a: [b?c]\n",
	"a: {b:c}\n",
	"a: {\"b\":c}\n",
	"a: x:y\n",
	"a:x\n",
	"a: 1 \n",
	"a: 'x' \n",
	"a: [x] # c\n",
	"a: [x]# c\n",
	"a:\n\n\n  b: 1\n\n",
	"a:\n  b:\n    c:\n      d: [1]\n",
	"a: +1\nb: 0o17\nc: 0b101\nd: 012\ne: 1.\nf: .5\ng: +.inf\nh: 2026-01-02T03:04:05Z\n",
	"a: Null\nb: NULL\nc: TRUE\nd: n\ne: Y\n",
	"a: [0, 00, 09, 012, 1, 10, 123456789012345678, 1234567890123456789, 12345678901234567890, 99999999999999999999, 1_0, 1a, 1-2, 2026-12-25, 1e5, 0x, 0.0, -0, +0]\n",
	"a: [true, True, TRUE, tRUE, false, False, FALSE, fAlse, null, Null, NULL, nULL, ~, ~a, y, yes, no, on, off, n, None, nan, NaN, inf, t, f]\n",
	"a: [.inf, .Inf, .INF, .iNF, .nan, .NaN, .NAN, +.inf, -.inf, -.Inf, +.INF, .5, ., .e3, +1, -1, +a, -a]\n",
	"true: 1\nnull: 2\n1: 3\n1.5: 4\n",
	"a: (x)\nb: $y\nc: /z\nd: _w\ne: ~\n",
	"? a\n: b\n",
	"a: !!str 1\n",
	"a: %x\n",
	"a: @x\n",
	"a: `x`\n",
	"a: ,x\n",
	"a: [x]: y\n",
	"[a]: b\n",
	"a:\n - b\n - c\n",
	"a:\n - b\n  - c\n",
	"a:\n- b\n c: d\n",
	"a: b\n- c\n",
	"- a\nb: c\n",
	"a: \"\"\nb: ''\n",
	"a: 'x''y'\n",
	"a:\n  -   b: 1\n      c: 2\n  -  d\n",
	"a: [[[]]]\n",
	"a: {b: {c: {}}}\n",
	"a: [1,2 ,3 , 4]\n",
	"a: { b : c }\n",
	"a: [ 'x' , \"y\" ]\n",
	"a: b #c\n#d\n  #e\nf: g\n",
	strings.Repeat("k", 1100) + ": v\n",
	"a: " + strings.Repeat("[", 150) + strings.Repeat("]", 150) + "\n",
}

func TestFastMatchesYAMLv3(t *testing.T) {
	took := 0
	for _, doc := range fastCases {
		if checkFast(t, doc) {
			took++
		}
	}
	t.Logf("fast path took %d of %d", took, len(fastCases))
}

// TestFastCorpus compares the fast path with yaml.v3 on every YAML file of
// the repository and every raw string in its tests that looks like YAML.
func TestFastCorpus(t *testing.T) {
	rawRE := regexp.MustCompile("(?s)`([^`]*:[^`]*)`")
	n, took := 0, 0
	err := filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == ".git" {
			return filepath.SkipDir
		}
		if d.IsDir() {
			return nil
		}
		var docs []string
		switch {
		case strings.HasSuffix(path, ".yaml") || strings.HasSuffix(path, ".yml") || strings.HasSuffix(path, ".yaml.txt"):
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			docs = append(docs, string(b))
		case strings.HasSuffix(path, "_test.go"):
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			for _, m := range rawRE.FindAllStringSubmatch(string(b), -1) {
				docs = append(docs, m[1])
			}
		}
		for _, doc := range docs {
			n++
			if checkFast(t, doc) {
				took++
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("fast path took %d of %d documents", took, n)
	if took < n/4 {
		t.Errorf("fast path took only %d of %d documents", took, n)
	}
}

func FuzzFast(f *testing.F) {
	for _, doc := range fastCases {
		f.Add(doc)
	}
	for _, p := range []string{"../../config/testdata/sample.yaml", "../../cmd/leadroute/testdata/old.yaml", "../../examples/simulation/rules.yaml"} {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, doc string) {
		if len(doc) > 1<<16 || CheckText([]byte(doc), true, "", "") != nil {
			return
		}
		checkFast(t, doc)
	})
}
