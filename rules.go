package leadroute

import (
	"context"
	"time"

	"github.com/leadroute/leadroute/store"
)

// Matcher decides whether a rule applies to a lead.
//
// Match may be called concurrently from many goroutines and must not block,
// modify the lead, or keep it after returning. Implementations live in the
// matchers package; any func(*Lead) bool becomes one with [MatcherFunc].
type Matcher interface {
	Match(l *Lead) bool
}

// MatcherFunc adapts an ordinary function to a Matcher.
type MatcherFunc func(l *Lead) bool

// Match calls f(l).
func (f MatcherFunc) Match(l *Lead) bool { return f(l) }

// ErrMatcher is an optional Matcher capability for matchers that can fail at
// run time (an expression dividing by zero, say). The router calls MatchErr
// instead of Match when it is implemented; a failing matcher counts as not
// matching, and the error is reported in the Decision and the log rather
// than swallowed.
type ErrMatcher interface {
	Matcher
	MatchErr(l *Lead) (bool, error)
}

// Selector is an optional Matcher capability for matchers that also choose
// which of the rule's sub-pools (Rule.Pools) serves the lead, such as a
// territory table mapping regions to owners. Select reports the sub-pool key
// and whether the lead matched at all.
type Selector interface {
	Matcher
	Select(l *Lead) (key string, ok bool)
}

// ErrSelector is an optional Matcher capability combining [Selector] and
// [ErrMatcher]: a matcher that chooses a sub-pool and can fail at run time
// (matchers.All of a territory table and an expression, say). The router
// prefers SelectErr over Select and MatchErr when it is implemented.
type ErrSelector interface {
	ErrMatcher
	SelectErr(l *Lead) (key string, ok bool, err error)
}

// Strategy picks one rep among a rule's candidates.
//
// Pick may be called concurrently from many goroutines and must not block
// (beyond reading counters through c.Get, which honours ctx). It returns a
// rep for which c.Eligible reports true, a rotation for the store to run
// (Pick.Rotate), a queue, or nothing (Pick{}, nil) when nobody suits, in
// which case the rule overflows.
//
// A Strategy never writes state itself: it reads counters (c.Get) and
// describes what its pick changes (Pick.Rotate advances a cursor,
// Pick.Count raises a tally, c.Stage stages other counter changes). The
// router commits all of it with the rep's caps and the decision record in
// one atomic State step, so a pick that is refused, fails or panics
// consumes nothing. Pick may be called again for the same lead when the
// commit is refused (a cap race, a conflict); c.DryRun() reports an Explain
// call, whose pick is computed but never committed.
//
// Implementations live in the strategies package; see the leadroutetest
// package for a conformance test any Strategy can run.
type Strategy interface {
	Pick(ctx context.Context, l *Lead, c Candidates) (Pick, error)
}

// StrategyFunc adapts an ordinary function to a Strategy.
type StrategyFunc func(ctx context.Context, l *Lead, c Candidates) (Pick, error)

// Pick calls f(ctx, l, c).
func (f StrategyFunc) Pick(ctx context.Context, l *Lead, c Candidates) (Pick, error) {
	return f(ctx, l, c)
}

// Pick is a Strategy's choice: a rep, a rotation, a queue, or nothing
// (nobody suits; the rule overflows).
type Pick struct {
	// Rep is the chosen rep, as returned by Candidates.Rep.
	Rep *Rep
	// Rotate, when Rotate.Key is set (and Rep is nil), leaves the choice to
	// the commit: the lead goes to the first rep after the rotation's
	// cursor that is eligible and within every cap, and the cursor moves
	// to them, in the same atomic State step that reserves their caps. So
	// round-robin turns are exact across goroutines and replicas, and a
	// failed commit consumes no turn.
	Rotate Rotation
	// Queue sends the lead to a named queue instead of a rep.
	Queue string
	// Reason is a short, constant explanation ("round-robin",
	// "account owner"), shown in the Decision.
	Reason string
	// Count, when Count.Counter.Kind is set, is one more counter that the
	// router raises by one for the chosen rep (its Counter.Member is set to
	// the rep's ID) in the same atomic step that commits the rep's caps
	// (Count.Max limits it; 0 means no limit). A strategy that tallies its
	// own assignments (Balanced) uses it so that the tally cannot drift.
	Count store.Limit
	// Claim, when Claim.Key is set, remembers the chosen rep as the owner
	// of Claim.Key (a person, a company) for Claim.For, in the same atomic
	// step, unless it already has an owner; Candidates.Owner reads it
	// back. An ownership memory uses it.
	Claim Claim
	// Owner is the owner an ownership memory remembered for this lead
	// (set even when they were not eligible and someone else was
	// picked); it becomes Decision.Owner.
	Owner string
}

// Claim is an ownership a Pick asks the router to remember: see
// Pick.Claim. It is kept in the State as the counter
// store.Counter{Kind: "owner", Scope: Scope, Member: Key}, holding the
// owner's OwnerToken.
type Claim struct {
	// Scope separates kinds of keys ("email", "company").
	Scope string
	// Key is whose owner is remembered; "" claims nothing.
	Key string
	// For is how long the owner is remembered.
	For time.Duration
}

// ownerCounter is where the owner of key in scope is kept.
func ownerCounter(scope, key string) store.Counter {
	return store.Counter{Kind: "owner", Scope: scope, Member: key}
}

// Rotation is a deferred round-robin choice among a pool's reps: see
// [Pick.Rotate].
type Rotation struct {
	// Key is the cursor's state key (normally Candidates.Key, or a key of
	// the strategy's own derived from it).
	Key string
	// Slots is the schedule: slot s refers to rep Slots[s] of the pool. Nil
	// means the pool order (plain round-robin); a weighted strategy passes
	// its smooth weighted cycle.
	Slots []int32
	// Mask, when not nil, restricts the rotation to the reps i with
	// Mask[i] true. Take it from Candidates.Mask so that it lives until the
	// commit.
	Mask []bool
}

// Rule is one routing rule: if Match matches the lead, Strategy picks a rep
// among the eligible reps of Pool.
//
// Rules are tried in order; the first rule that matches and yields a rep or
// queue decides.
type Rule struct {
	// Name identifies the rule in decisions, traces and errors, and keys its
	// fairness state, so that state survives a reload as long as the name
	// does. Required and unique; must not contain '/' or '#', which build
	// the state keys of sub-pools ("rule/key") and strategies
	// ("rule#weighted").
	Name string
	// Match selects the leads the rule applies to. Nil matches every lead.
	Match Matcher
	// Pool lists the IDs of the reps the rule may assign to, in rotation
	// order. It may be empty when Strategy only sends to queues, or when
	// Match is a Selector and Pools is set.
	Pool []string
	// Pools maps sub-pool keys, as returned by a Selector matcher, to rep
	// IDs. Each sub-pool keeps its own fairness state ("rule/key"). A lead
	// whose key has no entry in Pools uses Pool.
	Pools map[string][]string
	// Strategy picks among the eligible reps. Required.
	Strategy Strategy
	// Overflow names the queue a matching lead goes to when nobody in the
	// pool is eligible. Empty means fall through to the next rule.
	Overflow string
	// WorkingHours requires reps to be inside their working hours.
	WorkingHours bool
	// Skills requires minimum skill levels (skill → level) of every rep.
	Skills map[string]int
	// Team, when set, makes the rule route to a team whose rotation and
	// fairness state are shared: every rule with the same Team takes
	// turns over one rotation (state key "#team/" + Team), so a team that
	// appears in two rules gets a b c a b c across them, not a a b b c c.
	// The state is kept by the team's name across reloads. Pool may be
	// left empty, meaning the reps whose Rep.Team is Team, in the order
	// the reps were given; every rule naming the same Team must then
	// have the same pool. Team applies to the main pool; sub-pools
	// (Pools) keep rotations of their own. A rule that wants its own
	// rotation over the same people leaves Team empty and lists them in
	// Pool. Team must not contain '#'.
	Team string
	// Weight, when set, gives each lead the rule decides a weight: what
	// it counts against the rep's DailyCap, WeeklyCap and MaxOpen (an
	// enterprise lead might count as 3). Results are clamped to
	// [1, MaxLeadWeight]; nil means 1. Release lowers the open count by
	// the weight the decision was made with. It is called once per
	// matching lead and must be safe for concurrent use.
	Weight func(l *Lead) int
	// AcceptWithin, when positive, is the rule's accept deadline (an
	// SLA): a lead it assigns to a rep is pending until Router.Accept,
	// and Router.Overdue lists it once the deadline has passed, so that
	// the host can Reroute it. The pending assignment is written in the
	// same State step as the assignment; the State must implement
	// store.Pending (store.Memory and redisstore do).
	AcceptWithin time.Duration
}

// MaxLeadWeight bounds what Rule.Weight can count a lead as.
const MaxLeadWeight = 1000

// teamKeyPrefix starts the state key of a team's shared pool. Rule names
// never contain '#', so no rule's key starts with it.
const teamKeyPrefix = "#team/"
