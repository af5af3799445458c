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
// [TestState] checks a store.State implementation of the one-step Commit
// contract: rotation semantics (including schedules and a schedule that
// changes), dry runs, caps that skip full members, all-or-nothing steps,
// racing commits for the last slot and of one decision ID, queue decisions,
// rounds (reroutes), staged ops (idempotent, Once, Expect), clamping at
// zero, expiry, a cancelled ctx, limits raised by a lead's weight and the
// weight recorded with the decision, gates (a rep's live status), claims
// (ownership memory), for a State that implements store.Pending, accept
// deadlines, and, for a State that implements store.Ranker, its order
// (by value, descending, ties from Start and after a rotation's cursor,
// page by page, subsets) as Get reads the counters.
//
// [RunCases] runs a routing test cases file (package config/cases) against
// a rules file, one subtest per case.
//
// [TestGuarantees] is a model-based test (pgregory.net/rapid) of the
// router's guarantees over a State: random sequences of Route, Explain,
// Reroute, Release, Reload, clock jumps, racing copies, store failures and
// panicking user code, checked after every step against a simple model.
//
// Every strategy in leadroute/strategies runs TestStrategy, and the
// in-memory store runs TestState and TestGuarantees, in this module's
// tests; the Redis store runs both in its own.
package leadroutetest
