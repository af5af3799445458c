package leadroutetest_test

import (
	"testing"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/leadroutetest"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
)

// The harness needs the *testing.T of a real test, so these examples are
// compiled (their calls are checked against the API) but not run: each
// shows a test function of your own _test.go file, as a closure. This
// module's own tests make the same calls on every built-in strategy and on
// the in-memory store.

// A strategy's package checks it against the Strategy contract in a test
// of its own; each check is a subtest (go test -run 'TestMyStrategy/determinism').
//
// The example is compiled, not run: it needs a test's *testing.T.
func ExampleTestStrategy() {
	// func TestMyStrategy(t *testing.T) {
	testMyStrategy := func(t *testing.T) {
		leadroutetest.TestStrategy(t,
			// Your strategy: a fresh one per call.
			func() leadroute.Strategy { return strategies.Weighted() },
			// Also require that Route allocates nothing with it.
			leadroutetest.ZeroAllocs(),
		)
	}
	// }
	_ = testMyStrategy
}

// A State implementation runs the State contract and the router's
// guarantees on fresh, empty states.
//
// The example is compiled, not run: it needs a test's *testing.T.
func ExampleTestState() {
	// func TestMyState(t *testing.T) {
	testMyState := func(t *testing.T) {
		newState := func() store.State { return store.NewMemory(store.MemoryOptions{}) } // your State
		t.Run("contract", func(t *testing.T) { leadroutetest.TestState(t, newState) })
		t.Run("guarantees", func(t *testing.T) { leadroutetest.TestGuarantees(t, newState) })
	}
	// }
	_ = testMyState
}

// Routing test cases kept next to the rules file run as subtests, one per
// case (go test -run 'TestRoutingCases/acme' picks cases by name).
//
// The example is compiled, not run: it needs a test's *testing.T.
func ExampleRunCases() {
	// func TestRoutingCases(t *testing.T) {
	testRoutingCases := func(t *testing.T) {
		leadroutetest.RunCases(t, "rules.yaml", "rules_cases.yaml")
	}
	// }
	_ = testRoutingCases
}
