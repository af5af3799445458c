package config

import suggestpkg "github.com/leadroute/leadroute/internal/suggest"

// suggest returns the candidate closest to s, if it is close enough to be
// a plausible typo; otherwise "" (see internal/suggest).
func suggest(s string, candidates []string) string {
	return suggestpkg.Closest(s, candidates, nil)
}

// didYouMean formats a suggestion suffix: ` (did you mean "x"?)`.
func didYouMean(s string, candidates []string) string {
	if c := suggest(s, candidates); c != "" {
		return ` (did you mean "` + c + `"?)`
	}
	return ""
}
