package leadroutetest

import (
	"context"
	"strings"
	"testing"

	rules "github.com/leadroute/leadroute/config"
	"github.com/leadroute/leadroute/config/cases"
)

// RunCases runs the routing test cases in the file casesPath against the
// rules file rulesPath, one subtest per case named after it, as the
// leadroute test command does (see package config/cases): each case on a
// fresh router at its fixed time, with seed 1. A case whose decision does
// not match fails its subtest with what was expected, what happened and
// the routing trace. A rules or cases file that does not load, or cases
// naming a rep or rule the rules do not have, fail t at once.
//
// Use it to keep the cases next to the rules in a repository's tests:
//
//	func TestRoutingCases(t *testing.T) {
//		leadroutetest.RunCases(t, "rules.yaml", "rules_cases.yaml")
//	}
//
// go test -run 'TestRoutingCases/acme' selects cases by name, as
// leadroute test --run does.
func RunCases(t *testing.T, rulesPath, casesPath string) {
	t.Helper()
	cfg, err := rules.Load(rulesPath)
	if err != nil {
		t.Fatalf("rules:\n%v", err)
	}
	file, err := cases.Load(casesPath)
	if err != nil {
		t.Fatalf("cases:\n%v", err)
	}
	if err := file.Check(cfg); err != nil {
		t.Fatalf("cases do not fit the rules:\n%v", err)
	}
	for i := range file.Cases {
		c := &file.Cases[i]
		t.Run(c.Name, func(t *testing.T) {
			res, err := cases.RunCase(context.Background(), cfg, c, 1)
			if err != nil {
				t.Fatal(err)
			}
			if !res.Passed() {
				t.Errorf("%s: want %s\n    %s", c.Where(casesPath), c.Expect,
					strings.ReplaceAll(strings.TrimSuffix(res.Report(), "\n"), "\n", "\n    "))
			}
		})
	}
}
