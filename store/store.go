// Package store defines State, where leadroute keeps all mutable fairness
// state (rotation cursors, per-window assignment counts, cap counters, open
// counts, committed decisions), and Memory, its in-process implementation.
//
// # One step per decision
//
// A routing decision changes state in exactly one call, [State.Commit]: the
// rotation advance, the cap reservations, the strategy's tally, any staged
// counter changes and the decision record are applied together or not at
// all. Strategies never write; they read (Get) and describe what their pick
// would change, and the router sends that description as one [Step]. So a
// pick that fails (a cap race, a store error, a panic, a cancelled ctx)
// consumes no turn, and a network store (Redis, one Lua script per call)
// needs one round trip per Route for the strategies that do not read
// counts (round-robin, weighted, queue).
//
// # What an implementation must guarantee
//
//   - Safe for concurrent use by many goroutines (and, for shared stores,
//     many processes).
//   - Each method is one atomic step: no other call observes or
//     interleaves with a half-done Commit or Add.
//   - One decision per decision ID: Commit records what it decides under
//     Step.Decision; a later Commit with the same Decision (and a Round
//     not above the record's) returns that first Record, marked as a
//     replay, and changes nothing, even when the two race. A Step with a
//     higher Round and Seen supersedes the record (a reroute). Records are kept
//     for at least [IdempotencyWindow] (Memory: or its MaxRecords most
//     recent, whichever is fewer). An empty Decision disables the check.
//   - Add is idempotent per non-empty op string in the same way, and so is
//     an [Op] with an ID inside a Commit: the op IDs of Add and of Commit
//     share one namespace.
//   - Members passed to Commit are called only during the call and must
//     not call the State (they are pure views the router prepared).
//   - Counters never go below zero; a counter with an Expire time may be
//     dropped after that time (it reads as zero).
//   - Methods honour ctx: a network store gives up when ctx is done and
//     reports ctx's error; a Commit that returns an error has changed
//     nothing, or (network stores, when the reply was lost) has applied
//     the whole step, so that a retry with the same Decision replays it.
//
// # Limits, gates and claims
//
// Each member's [Limit]s are checked and applied in the chosen member's
// step: a limit rises by its amount (N: the lead's weight) and must stay
// at or below Max; its Gate, a counter of the same member, overrides Max
// while nonzero (a rep's live status: away, or a capacity set at run
// time); a Claim never refuses a member and sets its counter once (the
// owner an ownership memory remembers). [Limit.Fits] is the rule. The
// decision's weight is recorded with it (Step.Weight, Record.Weight) so
// that a release gives back what was taken.
//
// # Accept deadlines
//
// A State that also implements [Pending] keeps assignments waiting to be
// accepted: a Step with a Deadline records one in the same step as the
// assignment, a later round replaces or clears it, and Due lists the late
// ones. store.Memory and redisstore implement it; the router refuses a
// rule with an accept deadline on a State without it.
//
// # Ordered views
//
// A State that also implements [Ranker] keeps the members of a set (a
// pool, or part of one) ordered by one counter each, so that the
// strategies ranking reps by a count (LeastLoaded, Balanced) find the
// first eligible rep in O(log n) instead of reading every rep's counter.
// store.Memory implements it with a B-tree per set and counter, moved in
// the same locked step as every change of the counter; a State without it
// serves those strategies by reading the counters.
//
// The leadroutetest package has a conformance test (TestState) and a
// model-based test of the router's guarantees (TestGuarantees) that any
// State implementation can run.
package store

import (
	"context"
	"errors"
	"time"
)

// IdempotencyWindow is how long a State must remember committed decisions
// and applied ops.
const IdempotencyWindow = 24 * time.Hour

// ErrClosed is returned by a State that was closed. Check with errors.Is.
var ErrClosed = errors.New("store: closed")

// Counter names one integer counter.
//
// Kind is the namespace ("daily", "weekly", "open", "assigned", or a
// strategy's own), Scope the pool or rule it belongs to ("" for per-rep
// counters shared by every rule), Member the rep ID, and Window the time
// window number (for example the rep's local day number) or 0 for counters
// without a window. Counter is comparable and allocation-free to build.
type Counter struct {
	Kind   string
	Scope  string
	Member string
	Window int64
}

// Limit is one counter raised by N (the lead's weight; 0 means 1) when a
// member is chosen: it must stay at or below Max after the increment (Max
// <= 0 means no limit), and it may be dropped after Expire (zero Expire:
// kept).
//
// Gate, when set, is the Kind of a counter of the same Member (Scope ""
// and Window 0: see [Limit.GateCounter]) that overrides Max while it is
// nonzero: a value g means Max = g-1, and g = 1 closes the limit (nothing
// fits). It carries a rep's live status (Router.SetStatus: away, or a
// changed capacity), so a store checks it in the same atomic step as the
// limit. [Limit.Fits] is the rule.
type Limit struct {
	Counter Counter
	Max     int64
	Expire  time.Time
	N       int64
	Gate    string
	// Claim makes this entry a claim rather than a limit: it never stops
	// the member fitting, and when the member is chosen the counter is
	// set to N (with Expire) if it is zero, and left alone otherwise. The
	// router claims an ownership memory this way (who first owned a
	// person or a company), in the same step as the assignment.
	Claim bool
}

// Amount is how much the counter rises: N, or 1 when N <= 0.
func (l *Limit) Amount() int64 {
	if l.N <= 0 {
		return 1
	}
	return l.N
}

// GateCounter is the gate's counter: Kind Gate, the limit's Member.
func (l *Limit) GateCounter() Counter {
	return Counter{Kind: l.Gate, Member: l.Counter.Member}
}

// Fits reports whether the counter, now at cur, may rise by Amount with
// the gate counter at gate (0 when absent; ignored when Gate is not set,
// so a caller may pass a member's status to each of its limits).
func (l *Limit) Fits(cur, gate int64) bool {
	if l.Claim {
		return true
	}
	m := l.Max
	if gate > 0 && l.Gate != "" {
		if gate == 1 {
			return false
		}
		m = gate - 1
	}
	return m <= 0 || cur+l.Amount() <= m
}

// Op is one staged counter change applied by a Commit that chooses a
// member (or records a queue), in the same atomic step.
type Op struct {
	// ID, when set, makes the op idempotent: it is applied at most once
	// within the idempotency window, whichever Commit or Add carries it
	// first (Router.Release and a reroute's release of the previous rep
	// share IDs, so the two never both lower the same open count).
	ID      string
	Counter Counter
	// Delta is added to Counter (the result is clamped at zero).
	Delta  int64
	Expire time.Time
	// Once, when Once.Kind is set, makes the op conditional: it is
	// applied only if the Once counter is zero, and then sets it to one
	// (with the op's Expire). Two replicas calibrating the same rep: only
	// one of them does.
	Once Counter
	// Expect, when HasExpect is set, is the value Counter must have for the
	// step to apply. A mismatch means a concurrent pick read the same value
	// (a sequence number, say): Commit changes nothing and reports
	// Outcome.Conflict, and the router picks again.
	Expect    int64
	HasExpect bool
}

// Members is the view of a pool's candidates that a Commit walks: member
// i's ID, whether it may be chosen at all (availability the router has
// already checked: active, not away, in hours, has the skills, not
// excluded, in the strategy's subset), and the limits raised when i is
// chosen (caps and open count, and the strategy's tally).
//
// The slice Limits returns belongs to the Members and is valid until the
// next Limits call. A State calls Limits only for the members it considers
// (a network State may call it for every eligible member up front and send
// the result in one request).
type Members interface {
	Len() int
	ID(i int) string
	Eligible(i int) bool
	Limits(i int) []Limit
}

// Step is one routing decision for [State.Commit] to apply atomically.
//
// Exactly one of Queue and Members is set. With Queue, the decision is
// that queue. With Members, the State chooses: with Rotation set, the
// first member after the rotation's cursor (walking the schedule Slots)
// that is Eligible and whose Limits all fit; with Rotation empty, the
// first such member in index order (a strategy's fixed choice is a
// one-member view). Choosing applies the member's limits, the Ops, and
// moves the cursor to the chosen slot.
type Step struct {
	// Decision is the decision ID (see the package doc); "" means none.
	Decision string
	// Round orders decisions of one ID: Route commits round 0, each
	// Reroute one more than the record it supersedes. A record of the
	// same Decision with a Round at or above this one is replayed instead.
	Round uint32
	// Seen, with Round > 0, says the caller saw the record of round
	// Round-1 that this step supersedes. Without it, any record of the
	// Decision (one committed since the caller looked) is replayed
	// instead: a reroute never silently replaces a decision it did not
	// see.
	Seen bool
	// Rule is the rule that decides (recorded; "" for the fallback).
	Rule string
	// Weight is what the decision counts against the member's limits (the
	// lead's weight; 0 means 1), recorded so that releasing the lead later
	// lowers the open count by as much. At most 16383 is recorded.
	Weight int64
	// Queue, when set, records a queue decision.
	Queue string

	// Members are the candidates; nil with Queue.
	Members Members
	// Rotation is the cursor key; "" means no rotation.
	Rotation string
	// Slots is the rotation's schedule: slot s refers to member Slots[s]
	// (a slot naming no member, out of range, is skipped). Nil means the
	// identity schedule 0..Members.Len()-1. The cursor
	// remembers the slot and the member ID there, so when the schedule
	// changes (a rep added or removed) the rotation resumes after the
	// same member rather than at a shifted position.
	Slots []int32

	// Ops are applied with the decision (member chosen, or queue recorded).
	Ops []Op
	// Past are the members who had this decision ID before (a reroute
	// records them, so a later reroute can exclude them).
	Past []string

	// DryRun computes the Outcome without changing anything (Explain).
	DryRun bool

	// Deadline, when set and a member is chosen, records the assignment
	// as pending acceptance until then (see Pending; a State without that
	// capability ignores it). A later round without a Deadline clears it.
	Deadline time.Time
	// IfPending, when set, makes the step conditional on the Decision
	// being pending acceptance for this member (see Pending): otherwise
	// nothing changes and Outcome.NotPending is set. A reroute of an
	// overdue lead uses it, so that a lead accepted since it was listed
	// stays with the rep who accepted it. A State without Pending
	// reports NotPending for any step with IfPending.
	IfPending string

	// Now, when not zero, is the time of the step by the caller's clock
	// (the router's, read once per Route): a State that expires counters
	// and records by a clock of its own may take it instead of reading
	// that clock again (Memory does). The router sets it only on the
	// Memory it made itself, whose clock is the router's.
	Now time.Time
}

// Record is a committed decision.
type Record struct {
	Rule   string
	Member string // set when a member was chosen
	Queue  string // set when the decision was a queue
	Round  uint32
	Past   []string
	Weight int64 // the Step's Weight when above 1, else 0
}

// MaxRecordedWeight is the largest Step.Weight a Record keeps.
const MaxRecordedWeight = 1<<14 - 1

// RecordedWeight is the Weight a Record keeps for a Step's weight w.
func RecordedWeight(w int64) int64 {
	if w <= 1 {
		return 0
	}
	return min(w, MaxRecordedWeight)
}

// Outcome is what a Commit did.
type Outcome struct {
	// Record is the decision now on record for the Step's Decision: the
	// one this Step made or, when Replay is set, an earlier one.
	Record Record
	// Replay reports that an earlier decision of the same ID was found;
	// nothing was changed.
	Replay bool
	// Index is the chosen member's index in Step.Members, or -1 (queue,
	// replay, or nobody fits).
	Index int
	// Conflict reports that an Op's Expect did not hold; nothing was
	// changed.
	Conflict bool
	// NotPending reports that the Step's IfPending did not hold (the
	// decision is no longer pending for that member); nothing was
	// changed.
	NotPending bool
}

// Chosen reports whether the Step chose a member or recorded a queue (or
// replayed): false means nobody fit and nothing was changed.
func (o Outcome) Chosen() bool {
	return !o.Conflict && (o.Replay || o.Index >= 0 || o.Record.Queue != "")
}

// BatchGetter is an optional State capability: a network store that can
// read many counters in one round trip implements it, and the router then
// reads a pool's cap counters, and a strategy's counters, in one call
// (store.Memory does not: its reads are cheap one by one, and lazy reads
// touch only the reps a rotation reaches).
type BatchGetter interface {
	// GetMany sets out[i] to the value of cs[i] (0 when absent or
	// expired). len(out) must be at least len(cs).
	GetMany(ctx context.Context, cs []Counter, out []int64) error
}

// State holds mutable fairness state. See the package doc for the contract.
type State interface {
	// Commit applies one routing decision atomically; see Step.
	Commit(ctx context.Context, s *Step) (Outcome, error)

	// Recall returns the Record committed for decision, if remembered.
	Recall(ctx context.Context, decision string) (Record, bool, error)

	// Get returns a counter's value (0 when absent or expired).
	Get(ctx context.Context, c Counter) (int64, error)

	// Add adds delta to a counter (clamped at zero) and returns the new
	// value. Expire as in Limit. A non-empty op makes it idempotent: a
	// second Add (or Commit Op) with the same op ID returns the first
	// result and changes nothing.
	Add(ctx context.Context, op string, c Counter, delta int64, expire time.Time) (int64, error)
}
