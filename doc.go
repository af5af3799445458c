// Package leadroute routes incoming sales leads to the right rep or queue,
// inline and in microseconds.
//
// A [Router] holds ordered [Rule]s. Each rule has a [Matcher] (which leads it
// applies to), a pool of [Rep]s and a [Strategy] (who in the pool gets the
// lead). [Router.Route] tries the rules in order; the first rule that matches
// and yields an eligible rep decides. A rule whose pool has nobody eligible
// overflows to its own queue (Rule.Overflow) or to the next rule, and a lead
// no rule decides goes to the fallback queue: every Route ends with a rep, a
// queue, or an error, never nothing. [Router.Explain] is the same decision as
// a dry run, with a full trace of why.
//
// Matchers live in package matchers (territory, size and revenue bands,
// industry, score, language, products, custom attributes, account
// ownership, and expressions on github.com/expr-lang/expr); strategies in
// package strategies (round-robin with memory, balanced, smooth weighted,
// weighted random, least loaded, skill based, sticky, ownership memory,
// account owner, queue, chain). Package config loads all of it from a YAML or JSON file, with
// validation and lint; package sim replays lead streams against it.
//
// # Semantics
//
//  1. Rules are evaluated in order; the first whose matcher matches and which
//     yields a rep or a queue decides.
//  2. Eligibility is applied by the router before any strategy sees a rep:
//     the rep is not Away (in the Rep, or live through [Router.SetStatus]),
//     not inside an OutOfOffice period or on one of its Holidays, inside
//     working Hours in the rep's own TimeZone (when the rule sets
//     WorkingHours), has the rule's Skills, and is under DailyCap and
//     WeeklyCap (windows reset at the rep's local midnight, DST-correct) and
//     MaxOpen or the live capacity SetStatus gave (lowered by
//     [Router.Release]). A lead counts what Rule.Weight gives it against
//     those caps (1 without a Weight). Explain's trace names every rep skipped and why.
//  3. Nothing is lost: a Decision names exactly one of RepID or Queue. Even
//     when Route returns an error (a failing state store, an expired ctx, a
//     panic in user code), the Decision names the fallback queue.
//  4. Leads are normalised at the edge ([Lead.Normalize]): country names and
//     aliases become ISO 3166-1 alpha-2 codes, states ISO 3166-2 codes, the
//     email's domain fills Domain. A lead that cannot be normalised still
//     routes, and Decision.Problems says what was wrong.
//  5. All mutable fairness state (rotation cursors, counters, caps,
//     decisions, live status, ownership memory, pending accept deadlines)
//     lives in a store.State keyed by rule name, or by team name for rules
//     that share a team's rotation (Rule.Team), so it survives
//     [Router.Reload] and can be shared by many replicas. A decision
//     changes it in exactly one atomic step (store.State.Commit).
//  6. Routing is idempotent per lead ID: a Route retried with the same
//     Lead.ID (after a webhook timeout, say) replays the decision committed
//     the first time, rep or queue, with Decision.Replay set, counts
//     nothing again, and is safe even when the retries race. Explain shows
//     the replay too. A lead without an ID is a new decision every time.
//     [Router.Reroute] supersedes a lead's decision (an SLA missed) and
//     never gives it back to a rep who had it.
//  7. Time and randomness are injected ([WithClock], [WithSeed]), so every
//     scenario is reproducible. [ManualClock] is the settable clock for
//     tests and simulations; pass the same one to the store
//     (store.MemoryOptions.Clock).
//  8. A rule with an accept deadline (Rule.AcceptWithin) leaves each
//     assignment pending until [Router.Accept]; [Router.Overdue] lists the
//     late ones for the host to Reroute. The router starts no goroutines:
//     the host calls Overdue on its own schedule.
//
// # Guarantees
//
// Each is pinned by a test that runs on every store.State implementation
// (leadroutetest.TestGuarantees, a model-based test, and TestState):
//
//   - G1 Nothing lost: every call returns a Decision naming exactly one rep
//     or one queue, or an error whose Decision names the fallback queue,
//     also when user code panics (the error wraps [ErrPanic]), the store
//     fails, or ctx ends (checked between rules).
//   - G2 One decision per lead ID: the first committed decision, rep or
//     queue, is the answer for every copy and retry within
//     store.IdempotencyWindow, even when copies race for the last slot.
//   - G3 Exact under concurrency: rotations, weights and caps are exact
//     across goroutines and processes sharing one State; no cap is ever
//     exceeded.
//   - G4 All or nothing: a pick's rotation advance, cap reservations,
//     strategy tally and decision record are one State step; a failed,
//     cancelled or panicked pick changes nothing.
//   - G5 Bounded cost: [Lead.Normalize] cuts over-long fields and
//     collections at the edge (the MaxLead* limits, reported as Problems),
//     and expressions whose static cost bound over such leads exceeds
//     matchers.MaxExprCost are rejected when the rules load. A Route's
//     work is then bounded by the number of rules × that cost plus the
//     pool sizes.
//   - G6 Bounded memory: store.Memory remembers at most MaxRecords
//     decisions (default 1<<20) at about 73 bytes each, and counters only
//     for their live windows.
//
// # Concurrency
//
// A Router is safe for concurrent use. Route reads the compiled rule table
// through an atomic pointer and takes no lock for it; Reload builds a new
// table off to the side and swaps it in. Matchers and strategies are called
// concurrently and must not block. New starts no goroutines.
//
// # Performance
//
// Route allocates nothing when no trace is requested, the lead is already
// normal and the matchers and strategies in play do not allocate (the
// built-in typed matchers and strategies do not). Territory matching is an
// index lookup whose cost does not grow with the number of territories.
// BENCHMARKS.md in the repository has the figures and the commands to
// reproduce them.
//
// # JSON
//
// [Lead] and [Decision] have one canonical JSON form, used by the CLI, sim's
// lead files, [AuditLog] and the examples. A lead is an object with
// snake_case keys:
//
//	{"id":"L1","email":"jo@acme.com","country":"US","postal_code":"94105",
//	 "employees":250,"revenue":2500000,"products":["crm"],
//	 "attrs":{"plan":"pro"},"created_at":"2026-03-02T10:00:00Z"}
//
// Decoding is lenient as CRM exports need (numbers as strings, "zip" for
// postal_code, unknown keys into Attrs; see [Lead.UnmarshalJSON]), bounded
// ([MaxLeadJSONLen]), and reads back exactly what [Lead.MarshalJSON]
// writes. A decision is
//
//	{"lead_id":"L1","rep":"dan","rule":"us","reason":"round-robin",
//	 "at":"2026-03-02T10:00:00Z"}
//
// with "queue" instead of "rep" for a queued lead, and "replay", "owner",
// "deadline", "dry_run", "problems", "error" and "trace" when they apply
// (see [Decision.MarshalJSON]).
//
// # Observing
//
// [WithObservers] attaches [Observer]s that hear of every decision Route
// and Reroute return, with how long the call took. [AuditLog] is one: an
// audit sink writing each decision as a line of JSON. The
// github.com/leadroute/leadroute/otelmetrics module is another: it records
// decisions, queue reasons, Route latency and store latency and errors as
// OpenTelemetry metrics (and so for Prometheus).
//
// # Extending
//
// Any func(*Lead) bool is a Matcher through [MatcherFunc], and any function
// of the right shape a Strategy through [StrategyFunc]. Optional
// capabilities are separate small interfaces found by type assertion:
// [ErrMatcher] (a matcher that can fail at run time), [Selector] (a matcher
// that also picks a sub-pool, such as a territory table), [ErrSelector]
// (both), [Binder] (a strategy that precomputes per pool) and [Expecter] (a
// strategy that states how it splits a pool's leads, which package sim
// compares reps' leads with). Package leadroutetest checks that a custom
// Strategy or store.State keeps the contract.
package leadroute
