package cases_test

import (
	"context"
	"errors"
	"os"
	"testing"

	"github.com/leadroute/leadroute/config/cases"
)

// FuzzParse checks that Parse never panics or hangs, that an error is
// always an *Errors of *Error values, and that a parsed file runs against
// the test rules without a panic (cases naming reps or rules the rules do
// not have are refused by Check).
func FuzzParse(f *testing.F) {
	demo, err := os.ReadFile("../../cmd/leadroute/demo_cases.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(demo)
	for _, s := range []string{
		"cases:\n  - {name: a, lead: {country: NZ}, expect: {rep: ann}}\n",
		"lead: {country: US, attrs: {a: [1, {b: 2.5}]}}\ncases:\n  - {name: a, at: 2026-11-30T05:00:00Z, used: {bob: {week: 5, open: 1}}, expect: {queue: us-queue, rule: us}}\n",
		"x-a: &a {country: DE}\ncases:\n  - {name: a, lead: {<<: *a}, away: [ann, cy], expect: {not_rep: [ann]}}\n",
		aliasBomb(),
		`{"cases": [{"name": "j", "lead": {"employees": "1,000", "products": "a;b"}, "expect": {"rep": ["ann", "cy"]}}]}`,
	} {
		f.Add([]byte(s))
	}
	cfg := mustRules(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := cases.Parse(data, "f.yaml")
		if err != nil {
			var errs *cases.Errors
			if !errors.As(err, &errs) || len(errs.List) == 0 {
				t.Fatalf("error %v (%T) is not an *Errors", err, err)
			}
			if file != nil {
				t.Fatal("a File with an error")
			}
			return
		}
		if len(file.Cases) == 0 {
			t.Fatal("no cases and no error")
		}
		if _, err := cases.Run(context.Background(), cfg, file, cases.Options{}); err != nil {
			var errs *cases.Errors
			if !errors.As(err, &errs) {
				t.Fatalf("Run: %v", err)
			}
		}
	})
}
