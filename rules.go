package leadroute

import (
	"context"

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
// (beyond State calls, which honour ctx). It must only return a rep for
// which c.Eligible reports true, or a queue, or no rep at all
// (Pick{}, nil) when nobody suits, in which case the rule overflows. All
// mutable fairness state goes through c.State() so that it is shared,
// atomic and survives reloads; c.DryRun() reports an Explain call, in which
// no state may change (pass c.Commit() as State.Rotate's commit argument).
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

// Pick is a Strategy's choice: a rep, a queue, or neither (nobody suits; the
// rule overflows).
type Pick struct {
	// Rep is the chosen rep, as returned by Candidates.Rep.
	Rep *Rep
	// Queue sends the lead to a named queue instead of a rep.
	Queue string
	// Reason is a short, constant explanation ("round-robin",
	// "account owner"), shown in the Decision.
	Reason string
	// Count, when Count.Counter.Kind is set, is one more counter that the
	// router increments in the same atomic State.Reserve that commits the
	// rep's caps (Count.Max limits it; 0 means no limit). A strategy that
	// tallies its own assignments (Balanced) uses it so that the tally
	// cannot drift when the commit fails. Ignored in dry runs.
	Count store.Limit
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
}
