package cases

import "strings"

// didYouMean formats a suggestion suffix, ` (did you mean "x"?)`, naming
// the candidate closest to s if it is close enough to be a plausible typo.
func didYouMean(s string, candidates []string) string {
	if s == "" || len(s) > 64 || len(candidates) > 2000 {
		return ""
	}
	ls := strings.ToLower(s)
	best, bestD := "", 1<<30
	for _, c := range candidates {
		if d := distance(ls, strings.ToLower(c)); d < bestD {
			best, bestD = c, d
		}
	}
	limit := 2
	switch {
	case len(s) <= 3:
		limit = 1
	case len(s) >= 8:
		limit = 3
	}
	if bestD <= limit && bestD < len(s) {
		return ` (did you mean "` + best + `"?)`
	}
	return ""
}

// distance is the optimal string alignment distance between a and b
// (insertions, deletions, substitutions and transpositions of adjacent
// bytes); strings over 64 bytes are far from everything.
func distance(a, b string) int {
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
