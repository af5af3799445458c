package yamldoc

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	o := Options{MaxValues: 100, Kind: "a test file", Prefix: "yaml: ", TooLarge: "too large: over %d values", Empty: "empty"}
	for _, tc := range []struct {
		name, in, want string // want: "" for success, else the error text
		line, col      int
	}{
		{"ok", "a: 1\nb: [x, y]\n", "", 0, 0},
		{"empty", "", "empty", 1, 0},
		{"only a comment", "# nothing\n", "empty", 1, 0},
		{"two documents", "a: 1\n---\nb: 2\n", "more than one YAML document", 2, 1},
		{"bad UTF-8", "a: 1\nb: \xff\n", "yaml: invalid UTF-8 (byte 0xFF): a test file must be UTF-8 text", 2, 4},
		{"control character", "a: \x01\n", "yaml: control character U+0001 is not allowed", 1, 4},
		{"too large", strings.Repeat("- x\n", 200), "too large: over 100 values", 48, 0},
		{"syntax", "a: [1, 2\n", "yaml: did not find expected ',' or ']'", 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root, err := Parse([]byte(tc.in), o)
			if tc.want == "" {
				if err != nil || root == nil {
					t.Fatalf("Parse: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("Parse accepted %q", tc.in)
			}
			if !strings.HasPrefix(err.Msg, tc.want) || (tc.line > 0 && err.Line != tc.line) || (tc.col > 0 && err.Column != tc.col) {
				t.Fatalf("got %d:%d %q, want %d:%d %q", err.Line, err.Column, err.Msg, tc.line, tc.col, tc.want)
			}
		})
	}
}

func TestWeightStopsAtTheLimit(t *testing.T) {
	w, line := Weight([]byte("a\nb\nc\nd\n"), 16)
	if w <= 16 || line != 3 {
		t.Fatalf("Weight = %d at line %d, want over 16 at line 3", w, line)
	}
}
