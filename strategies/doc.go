// Package strategies holds leadroute's built-in Strategy implementations:
// who, among a rule's eligible reps, gets the lead.
//
//   - [RoundRobin]: rotation with memory (Asterisk's rrmemory); no catch-up.
//   - [Balanced]: fewest assigned in the window, with catch-up, and
//     calibration of new and returning reps to the team average.
//   - [Weighted]: smooth weighted round-robin, exact over every cycle.
//   - [WeightedRandom]: random in proportion to weight, from the router's seed.
//   - [LeastLoaded]: most open-lead capacity left (MaxOpen, or a live
//     capacity, minus open leads); [LeastLoadedShare]: lowest share of
//     capacity in use.
//   - [SkillBased]: required skills filter, best total level wins, ties to
//     another strategy restricted to the tied reps.
//   - [Sticky]: the same key (e-mail) to the same rep while eligible, by
//     multi-probe consistent hashing ([StickyChoice]).
//   - [Remember]: ownership memory: a person's or company's later leads
//     ([ByEmail], [ByCompany], [ByAttr]) to the rep who took the first one,
//     while eligible.
//   - [AccountOwner]: a known account's owner, then the backup, then the
//     pool.
//   - [Chain] and [Queue]: fallbacks.
//
// Every strategy keeps its mutable fairness state in the router's
// store.State (keyed by Candidates.Key: the rule's, team's or sub-pool's
// name), which the router changes in one atomic State step per decision, so
// state is shared between replicas using a shared store and survives
// Router.Reload. Explain (a dry run) computes the
// same answer as Route and changes nothing. Ties are broken by rotation, never
// by map order or time, so every sequence is reproducible with a fixed clock
// and seed.
//
// Strategies that precompute from the pool (Weighted's schedule, Sticky's
// hash ring, SkillBased's score tiers) implement leadroute.Binder; the router binds
// them once per pool when the rules are built, and Chain, Sticky and
// SkillBased bind the strategies they wrap. Configuration mistakes found
// there (Queue("") anywhere, a nil strategy in a Chain) fail New and Reload
// with leadroute.ErrInvalidConfig rather than at route time.
//
// Every built-in strategy implements leadroute.Expecter, saying how it splits
// a pool's leads over time: RoundRobin and Balanced evenly, Weighted and
// WeightedRandom by weight, LeastLoaded evenly when the capacities are equal,
// LeastLoadedShare by capacity, Chain as its first step; SkillBased, Sticky,
// Remember, AccountOwner and Queue state no fixed split. Package sim compares
// reps' leads with it.
//
// # Concurrency
//
// All strategies are safe for concurrent use by many goroutines: they hold
// no mutable state of their own, and write none: a pick describes its
// rotation (Pick.Rotate), its tally (Pick.Count) and any other counter
// change (Candidates.Stage), and the router commits them with the rep's
// caps and the decision record in one atomic store.State.Commit. Rotations
// (RoundRobin, Weighted and every tie-break) are therefore exact under
// concurrency and across replicas, and a refused commit consumes no turn.
// Count-based choices (Balanced, LeastLoaded) read counts and then pick, so
// two simultaneous routes may choose the same rep; later picks even it out.
//
// # Performance
//
// A pick allocates nothing in the steady state (scratch space is pooled),
// as the leadroutetest.ZeroAllocs check in this package's tests pins;
// Remember allocates when it must build a key (a company name or a prefix).
// RoundRobin and Weighted cost O(1) amortised State work per pick plus the
// eligibility checks of the reps they skip; WeightedRandom O(1) expected
// (a guide table); Sticky O(1) expected and SkillBased O(number of score
// tiers), each plus the eligibility checks of the reps they pass over
// (SkillBased with a tie other than RoundRobin builds a mask of the pool,
// O(n)). Balanced and LeastLoaded, on a State that keeps counters in order
// (store.Ranker: store.Memory), walk its ordered views from the least
// loaded rep to the first eligible one, O(log n) plus the reps they pass
// over (LeastLoaded once per distinct MaxOpen in the pool); on other
// States they read one or two counters per eligible rep, O(n) State
// reads, which a store that reads in batches (store.BatchGetter: Redis)
// serves in one round trip. Run
//
//	go test -bench Pick -benchtime=100ms ./strategies/
//
// for figures at 10 to 10,000 reps.
package strategies
