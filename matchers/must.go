package matchers

import "fmt"

// Must returns m, and panics if err is not nil. It wraps any constructor
// of this package for input written in the program, where an error is a
// programming error to catch at start-up, as [regexp.MustCompile] does:
//
//	na := matchers.Must(matchers.Country("US", "CA"))
//	expr := matchers.Must(matchers.Expr(`Score >= 80 && Industry == "saas"`))
//
// The result keeps the constructor's type (leadroute.Matcher, *Band[T],
// *Territories, *ExprMatcher). The panic value is an error wrapping err.
// Input read at run time (a rules file, a request) should check the error
// instead; config does.
func Must[M any](m M, err error) M {
	if err != nil {
		panic(fmt.Errorf("matchers: %w", err))
	}
	return m
}
