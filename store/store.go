// Package store defines State, where leadroute keeps all mutable fairness
// state (rotation cursors, per-window assignment counts, cap counters, open
// counts), and Memory, its in-process implementation.
//
// The router and the strategies never read a value, compute on it, and write
// it back in separate calls: every change is one State method, so an
// implementation backed by a shared server (Redis, with one Lua script per
// method) keeps rotations and caps exact across many replicas.
//
// # What an implementation must guarantee
//
//   - Safe for concurrent use by many goroutines (and, for shared stores, many
//     processes).
//   - Each method is one atomic step: no other call observes or interleaves
//     with a half-done Rotate, Reserve or Add.
//   - Idempotence per decision: Reserve records the Assignment it commits
//     under its Decision ID, and a later Reserve with the same Decision
//     returns that first Assignment and changes nothing, even when the two
//     race. Recall returns it. Add is idempotent per non-empty op string in
//     the same way. Implementations remember decisions and ops for at least
//     [IdempotencyWindow] (Memory: or its MaxRecords most recent, whichever
//     is fewer). An empty Decision or op disables the check.
//   - Members passed to Rotate and limits passed to Reserve are not kept
//     after the call returns. Members.Eligible may itself call Get on the
//     same State (the router's eligibility reads cap counters), so an
//     implementation must not hold a lock that Get needs while it calls
//     Eligible.
//   - Counters never go below zero; a counter with an Expire time may be
//     dropped after that time (it reads as zero).
//   - Methods honour ctx cancellation where they wait (network stores); the
//     in-memory store never blocks beyond a short mutex.
//
// The leadroutetest package has a conformance test that any State
// implementation can run.
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

// Assignment is a committed routing decision: which rule gave the lead
// with decision ID Decision (normally the lead ID) to which Member (rep ID).
type Assignment struct {
	Decision string
	Rule     string
	Member   string
}

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

// Limit is one counter taking part in a [State.Reserve]: it must stay at or
// below Max after the increment (Max <= 0 means no limit), and it may be
// dropped after Expire (zero Expire: kept).
type Limit struct {
	Counter Counter
	Max     int64
	Expire  time.Time
}

// Members is a rotation's view of a pool: member i's ID, and whether it may
// be picked now. Eligible may be computed lazily by the caller; a State
// calls it only for the slots it walks (a network State may call it for
// every member up front and send the result in one request).
type Members interface {
	Len() int
	ID(i int) string
	Eligible(i int) bool
}

// State holds mutable fairness state. See the package doc for the contract.
type State interface {
	// Rotate walks a cyclic schedule and returns the member index of the
	// first eligible slot after the cursor stored under key, then stores
	// that slot as the new cursor (unless commit is false: a dry run that
	// changes nothing).
	//
	// slots is the schedule: slot s refers to member slots[s]. A nil slots
	// means the identity schedule 0..m.Len()-1 (plain round-robin). The
	// cursor remembers both the slot and the member ID there, so when the
	// schedule changes (a rep added or removed) the rotation resumes after
	// the same member rather than at a shifted position.
	//
	// It returns -1 when no slot is eligible.
	Rotate(ctx context.Context, key string, m Members, slots []int32, commit bool) (int, error)

	// Get returns a counter's value (0 when absent or expired).
	Get(ctx context.Context, c Counter) (int64, error)

	// Reserve commits an assignment. If a.Decision was committed before, it
	// returns that earlier Assignment and true and changes nothing.
	// Otherwise it increments every counter in limits by one if, and only
	// if, every one of them stays within its Max, records a under
	// a.Decision, and returns a and true; if a limit would be exceeded it
	// changes nothing and returns false. All-or-nothing, atomically.
	Reserve(ctx context.Context, a Assignment, limits []Limit) (Assignment, bool, error)

	// Recall returns the Assignment committed for decision, if remembered.
	Recall(ctx context.Context, decision string) (Assignment, bool, error)

	// Add adds delta to a counter (clamped at zero) and returns the new
	// value. Expire as in Limit. A non-empty op makes it idempotent: a
	// second Add with the same op returns the first result and changes
	// nothing.
	Add(ctx context.Context, op string, c Counter, delta int64, expire time.Time) (int64, error)
}
