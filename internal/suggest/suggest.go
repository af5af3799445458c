// Package suggest finds the likely intended word for a typo, for the
// "did you mean" hints of the config decoder, the test-case decoder and
// the CLI. Its cost is bounded: words over 64 bytes and candidate lists
// over 2,000 entries get no suggestion.
package suggest

import "strings"

// MaxCandidates bounds the work of one suggestion: beyond it (a file with
// thousands of reps) no suggestion is made.
const MaxCandidates = 2000

// Closest returns the candidate closest to s by optimal-string-alignment
// (Damerau–Levenshtein) distance, ignoring case, if it is close enough to
// be a plausible typo (1 edit for words of up to 3 bytes, 2 up to 7, 3
// beyond, and fewer edits than s has bytes); otherwise "". norm, when not
// nil, is applied to s and to each candidate before comparing (after
// lower-casing).
func Closest(s string, candidates []string, norm func(string) string) string {
	if norm == nil {
		norm = func(x string) string { return x }
	}
	n := norm(strings.ToLower(s))
	if n == "" || len(n) > 64 || len(candidates) > MaxCandidates {
		return ""
	}
	best, bestD := "", 1<<30
	for _, c := range candidates {
		if d := Distance(n, norm(strings.ToLower(c))); d < bestD {
			best, bestD = c, d
		}
	}
	limit := 2
	switch {
	case len(n) <= 3:
		limit = 1
	case len(n) >= 8:
		limit = 3
	}
	if bestD <= limit && bestD < len(n) {
		return best
	}
	return ""
}

// DidYouMean formats Closest as a suffix for an error message,
// ` (did you mean "x"?)`, or "" when nothing is close.
func DidYouMean(s string, candidates []string) string {
	if c := Closest(s, candidates, nil); c != "" {
		return ` (did you mean "` + c + `"?)`
	}
	return ""
}

// Distance is the optimal string alignment distance between a and b:
// insertions, deletions, substitutions and transpositions of adjacent
// bytes. Strings over 64 bytes are far from everything (1<<30). It
// allocates nothing.
func Distance(a, b string) int {
	if len(a) > 64 || len(b) > 64 {
		return 1 << 30
	}
	var rows [3][66]int
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
