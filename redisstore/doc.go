// Package redisstore keeps leadroute's fairness state (rotation cursors,
// cap and open counters, strategy tallies, committed decisions) in Redis,
// so that routers in many processes share it exactly: a rotation is exact
// across all of them, no cap is exceeded, and a lead ID gets one decision.
// It is its own Go module, so the leadroute module does not depend on
// go-redis.
//
//	rdb := redis.NewUniversalClient(&redis.UniversalOptions{
//		Addrs:                 []string{"redis:6379"},
//		ContextTimeoutEnabled: true,
//		DialTimeout:           250 * time.Millisecond,
//		ReadTimeout:           250 * time.Millisecond,
//		WriteTimeout:          250 * time.Millisecond,
//		MaxRetries:            -1,
//	})
//	st, err := redisstore.New(rdb, redisstore.Options{Namespace: "leadroute"})
//	...
//	router, err := leadroute.New(leadroute.WithState(st), ...)
//
// # Contract
//
// Store implements store.State and passes leadroutetest.TestState. Its
// semantics are those of store.Memory, step for step: a Commit is one Lua
// script that checks the decision record (replaying it when its round is
// at or above the Step's, or when the Step has not Seen it), checks the Ops' Expect values, walks the
// rotation's schedule from the cursor with Memory's resume rules (after
// the last assigned member, or after that member at its new slot when the
// schedule changed, or from the start when the schedule shrank below the
// cursor), checks the members' limits, and then applies the limits, the
// Ops (Once, op IDs shared with Add), the cursor and the decision record,
// all or nothing. Redis runs one script at a time, so two routers never
// interleave. Counters are clamped at zero.
//
// # One round trip per call
//
// Every method is one command: Commit and Add are one EVALSHA each (the
// client sends the whole Step: the schedule, every member's ID, the limits
// of the eligible members, the Ops), Get and Recall one GET each. The
// first call of a script on a server that has not seen it (after a start
// or a restart) costs one more, EVAL after the NOSCRIPT reply. Store is
// also a store.BatchGetter: GetMany is one MGET.
//
// So a Route costs one round trip with a rule whose strategy reads no
// counts (round-robin, weighted, queue, and leads no rule decides), and
// two with one that does or checks a rep's caps first (least loaded,
// skill based, balanced, weighted random, sticky, account owner: one MGET
// of the team's caps, or the owner's, and the strategy's counts, then the
// Commit), whatever the team's size (TestRouteRoundTrips,
// TestCountingRouteRoundTrips, TestAccountOwnerRoundTrips). Balanced reads once
// more on a pool's first pick in each presence bucket (a quarter of its
// Threshold). Explain is at most two reads (the team's counters, then a
// dry-run Commit that also finds a replay).
//
// Store does not implement store.Ranker (ordered views of counters), so
// least loaded and balanced read every rep's counters in that one MGET,
// O(n) in the team's size, where store.Memory walks its ordered views in
// O(log n); and every Commit carries the team's member IDs, so a Route's
// request grows with the team whatever the strategy (BENCHMARKS.md).
//
// # Keys and memory
//
// Every key starts with the namespace's hash tag "{ns}" followed by one
// letter: c counters, r rotation cursors, d decision records, o op IDs.
// Counter keys length-prefix their parts ("{ns}c5:daily0:3:ann20123"),
// so no two counters share a key whatever their names hold.
//
//   - A counter is an integer string. A counter with an Expire gets a time
//     to live of Expire minus Options.Clock's time, so it outlives its window by
//     nothing; a counter that reaches zero is deleted.
//   - A rotation cursor is "slot:member", kept for the life of the
//     namespace (one per rotation key: a few dozen bytes per pool).
//   - A decision record is a compact string, "round:" then m (member) or
//     q (queue) then the length-prefixed rule, target and past members,
//     kept for store.IdempotencyWindow. With a 36-byte decision ID (a
//     UUID) and short names, MEMORY USAGE reports 120 bytes per record,
//     and used_memory grows by about 190 bytes per decision (the record,
//     its expiry entry and its share of the key tables; Redis 7.0,
//     measured by TestMemoryPerDecision), so a day of one million leads
//     holds about 190 MB.
//   - An op ID is the op's result, kept for store.IdempotencyWindow.
//   - An assignment pending acceptance (store.Pending) is a member of the
//     sorted set "{ns}p" (by deadline) and of the hash "{ns}P" (who has
//     it) until accepted or superseded; at most 1,048,576 are kept (as in
//     store.Memory's default), the longest overdue going first.
//
// # One slot per namespace
//
// All of a namespace's keys hash to one Cluster slot, so Commit can touch
// the decision, the cursor and every counter in one atomic script. That
// puts one namespace on one shard, which is ample: a Commit costs Redis
// about 40 µs (a 7-member team; about 110 µs for 200 members), so one
// shard sustains some 20,000 decisions a second (BENCHMARKS.md), while
// the largest sales teams take a few leads a second at their peak. A
// Cluster still helps: different namespaces (tenants, business units)
// spread over its shards.
//
// The Ops' keys are passed to the scripts in KEYS; the members' limit
// counters are built in the script from the namespace's prefix (sending
// every eligible member's keys would cost the client and Redis in
// proportion to the team's size), which Redis allows for keys in the same
// slot as the declared ones.
//
// # When Redis is slow or down
//
// Every method honours ctx: it returns ctx's error at once when ctx is
// done, and go-redis gives up on a call whose ctx ends when the client has
// ContextTimeoutEnabled (without it, go-redis waits its own Read and Write
// timeouts, 3 s by default). For a dead Redis to fail fast, set
// ContextTimeoutEnabled, short DialTimeout, ReadTimeout and WriteTimeout
// (a few hundred milliseconds: a Commit takes well under one), and
// MaxRetries: -1. The router then returns its fallback queue and the
// error, as for any State error.
//
// go-redis retries a command whose connection broke after it was sent
// (MaxRetries, 3 by default), which can run a script twice. A Commit with a
// Decision ID (every Route of a lead with an ID) is then replayed, not
// applied twice, and an Add with an op ID likewise; a Commit without one
// would count twice. So keep MaxRetries at -1 unless every call carries an
// ID. A Commit that returns an error has either changed nothing or (the
// reply was lost) applied the whole step, which a retry with the same
// Decision replays.
//
// # Limits
//
// A Commit sends the whole team in one request: per member its ID and,
// when eligible, its limits (about 50 bytes each: a 7-member team with
// three limits each is about 1 KB, 200 members about 28 KB). The script
// decodes only the members its walk considers, so its time grows with the
// ineligible or full members it skips, not with the team's size; a
// schedule (Step.Slots) costs 8 bytes a slot. Names (rules, reps, queues,
// counter kinds) may hold any bytes. Counter values, like Lua's numbers,
// are exact up to 2^53.
//
// # Clocks
//
// A counter's expiry follows Options.Clock at the time of the write: the
// counter gets a time to live of Expire minus the clock's time, which Redis then counts
// on its own clock. With the system clock that is Expire. With a fake
// clock that runs faster than real time (a simulation), a counter may
// outlive its Expire as the fake clock sees it, which the contract allows;
// Route's counters are windowed (a daily cap counter's key holds the day),
// so a new day still starts from zero. A fake clock that runs slower than
// real time would see counters dropped early: share a Redis only with the
// system clock or a fake one that keeps pace. Decision records and op IDs
// are kept for store.IdempotencyWindow of Redis's clock.
package redisstore
