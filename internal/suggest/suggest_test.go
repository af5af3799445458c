package suggest

import (
	"strings"
	"testing"
)

func TestClosest(t *testing.T) {
	cands := []string{"Country", "postal_code", "employees", "ana"}
	for _, tc := range []struct{ in, want string }{
		{"Countri", "Country"},
		{"COUNTRY", "Country"},
		{"postl_code", "postal_code"},
		{"emplyoees", "employees"}, // a transposition is one edit
		{"anx", "ana"},
		{"abx", ""}, // two edits in three bytes: too far
		{"zzzzzzzz", ""},
		{"", ""},
		{strings.Repeat("a", 65), ""},
	} {
		if got := Closest(tc.in, cands, nil); got != tc.want {
			t.Errorf("Closest(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	norm := func(s string) string { return strings.ReplaceAll(s, "_", "") }
	if got := Closest("postalcode", cands, norm); got != "postal_code" {
		t.Errorf("with norm: %q", got)
	}
	many := make([]string, MaxCandidates+1)
	if got := Closest("a", many, nil); got != "" {
		t.Errorf("over MaxCandidates: %q", got)
	}
	if got := DidYouMean("Countri", cands); got != ` (did you mean "Country"?)` {
		t.Errorf("DidYouMean: %q", got)
	}
}

func TestDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"a", "", 1}, {"ab", "ba", 1}, {"kitten", "sitting", 3}, {strings.Repeat("x", 65), "x", 1 << 30},
	} {
		if got := Distance(tc.a, tc.b); got != tc.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}
