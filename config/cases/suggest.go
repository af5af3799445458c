package cases

import "github.com/leadroute/leadroute/internal/suggest"

// didYouMean formats a suggestion suffix, ` (did you mean "x"?)`, naming
// the candidate closest to s if it is close enough to be a plausible typo.
func didYouMean(s string, candidates []string) string {
	return suggest.DidYouMean(s, candidates)
}
