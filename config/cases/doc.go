// Package cases reads routing test cases and runs them against a rules
// file: the way a team proves that a rule change does what they meant
// before it goes live, as `go test` does for code and `opa test` for
// policies.
//
// A cases file sits next to the rules file. Each case gives a lead (or
// extends a lead template), optional setup (the time, reps away, counts
// already used today, this week or open, accounts added to the rules'
// account book) and what should happen (a rep,
// one of several reps, a queue, a rule, or "not this rep"):
//
//	at: 2026-11-23T15:00:00Z          # the clock, unless a case says otherwise
//	lead: {country: US, source: web}  # every case's lead extends this
//	cases:
//	  - name: enterprise lead from Germany goes to the EMEA rotation
//	    lead: {country: DE, employees: 2500}
//	    expect: {rule: enterprise, rep: [amelie, jonas, oliver]}
//	  - name: the owner's backup covers when the owner is away
//	    lead: {email: eva@globex.de}
//	    away: [jonas]
//	    expect: {rep: amelie}
//	  - name: a full rep is skipped
//	    used: {hannah: {today: 30}}
//	    lead: {email: jo@acme.com}
//	    expect: {not_rep: hannah}
//
// The format is described in full in config/FORMAT.md ("Test cases").
//
// [Parse] and [Load] decode a cases file strictly: an unknown key (with a
// suggestion), a wrong type or a bad value is an [*Error] naming the
// file, line, column and path, and every problem is reported at once in
// an [*Errors]. [File.Check] then checks the cases against a compiled
// rules file (every rep and rule they name exists). [Run] runs them.
//
// # Running
//
// Every case runs on a router of its own, built from the rules with a
// fresh in-memory store ([store.Memory]), a fixed clock and a fixed seed,
// so cases are independent of each other and of their order, and a run is
// reproducible. Accounts given in the file or the case are added to the
// rules' account book (config.Config.WithAccounts) for that case. Reps
// named under away are marked away (Rep.Away); counts
// under used are added to the store through its public API
// ([store.State.Add]) on the counters the router checks caps against. The
// lead is routed with Router.Route with the trace on, and the decision is
// compared with the expectation; a [Result] holds the decision, its trace
// and what did not match.
//
// The leadroute command runs a cases file with `leadroute test RULES
// CASES`, and Go tests with leadroutetest.RunCases, one subtest per case.
//
// # Concurrency
//
// A [File] is immutable once parsed and safe for concurrent use; Run keeps
// no shared state.
package cases
