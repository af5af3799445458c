// Package leadroutetest checks that implementations of leadroute's
// extension points keep their contracts, in the manner of testing/slogtest.
//
// [TestStrategy] runs a leadroute.Strategy through real Routers: it never
// picks an ineligible rep (away, out of office, outside working hours,
// lacking a required skill, at a daily cap or max-open), yields a queue and
// no rep when nobody is eligible, makes the same decisions for the same seed
// and clock, makes Explain a true dry run (Explain twice gives the same
// answer, and Route then does what Explain said), respects Reroute's
// exclusions, and is safe for concurrent use (run it with -race).
//
// [TestState] checks a store.State implementation: rotation semantics
// (including schedules and a schedule that changes), dry-run rotations,
// all-or-nothing reservations under concurrency, clamping at zero, expiry
// and idempotence per OpID.
//
// Every strategy in leadroute/strategies runs TestStrategy, and the
// in-memory store runs TestState, in this module's tests.
package leadroutetest
