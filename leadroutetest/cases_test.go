package leadroutetest_test

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/leadroute/leadroute/leadroutetest"
)

const (
	rules = "../cmd/leadroute/testdata/old.yaml"
	cases = "../cmd/leadroute/testdata/old_cases.yaml"
)

func TestRunCasesPasses(t *testing.T) {
	// Three of the four cases; the fourth fails on purpose (below).
	if os.Getenv("LEADROUTETEST_FAILING_CASE") == "1" {
		leadroutetest.RunCases(t, rules, cases)
		return
	}
	t.Run("subtests", func(t *testing.T) {
		// Only the subtests that pass are run here: RunCases makes one
		// subtest per case, and -run selects them as usual.
		cmd := exec.Command(os.Args[0], "-test.run=TestRunCasesPasses/^(UK|Brazil|alice)", "-test.v")
		cmd.Env = append(os.Environ(), "LEADROUTETEST_FAILING_CASE=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		for _, want := range []string{
			"--- PASS: TestRunCasesPasses/UK_leads_start_the_EMEA_rotation_with_alice",
			"--- PASS: TestRunCasesPasses/alice_away,_bob_takes_UK_leads",
			"--- PASS: TestRunCasesPasses/Brazil_goes_to_triage",
		} {
			if !strings.Contains(string(out), want) {
				t.Errorf("output lacks %q:\n%s", want, out)
			}
		}
	})
}

func TestRunCasesFails(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=TestRunCasesPasses")
	cmd.Env = append(os.Environ(), "LEADROUTETEST_FAILING_CASE=1")
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("a failing case passed:\n%s", out)
	}
	for _, want := range []string{
		"--- FAIL: TestRunCasesPasses/Austria_goes_to_EMEA",
		"old_cases.yaml:11:5: want rule \"emea\"",
		"want: rule \"emea\"",
		"got:  rule \"dach-spare\"",
		"rule \"dach-spare\": picked dora (round-robin)",
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(string(out), "--- FAIL: TestRunCasesPasses/UK") {
		t.Errorf("a passing case failed:\n%s", out)
	}
}
