package leadroute

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"time"
)

// DefaultAuditTimeout is how long an [AuditLog] waits for its writer when
// AuditOptions.Timeout is zero.
const DefaultAuditTimeout = time.Second

// AuditOptions configure an [AuditLog]. The zero value gives the defaults.
// NewAuditLog copies them; they are not used concurrently.
type AuditOptions struct {
	// Trace includes each decision's trace in its record, when it has one
	// (Explain's decisions, and Route's on a router built with
	// WithTrace(true)). Without it records leave the trace out.
	Trace bool
	// Timeout bounds how long recording one decision may block: how long
	// it waits for an earlier record still being written (after which
	// the record is dropped and counted), and, for a writer with a
	// SetWriteDeadline(time.Time) error method (net.Conn, an *os.File
	// pipe), the deadline of each write. Zero means DefaultAuditTimeout;
	// a negative value waits without limit.
	Timeout time.Duration
	// OnError, if not nil, is called with the error of each record that
	// could not be written (a write error, or a record dropped after
	// Timeout), after the AuditLog's lock is released, on the goroutine
	// that routed. It must be safe for concurrent use, and quick.
	OnError func(error)
}

// AuditStats counts an [AuditLog]'s records: a snapshot, a plain value.
type AuditStats struct {
	Written uint64 // records written
	Failed  uint64 // records whose write returned an error
	Dropped uint64 // records dropped after waiting Timeout for the writer
	LastErr error  // the latest error of a failed or dropped record
}

// AuditLog is a decision audit sink: it writes each decision as one line
// of JSON (JSON Lines) to an io.Writer, in the Decision's canonical JSON
// form (see [Decision.MarshalJSON]), with the lead ID, the time of the
// decision ("at", by the router's Clock), the rule, the rep or queue, the
// reason, replay, problems, the error if any, and, when
// AuditOptions.Trace asks for it, the trace. Each line reads back with
// json.Unmarshal into a Decision.
//
// Attach it to a router with WithObservers(auditLog): every Decision that
// Route and Reroute return is then recorded before Route returns. Call
// [AuditLog.Record] to record other decisions (those of Explain, say).
//
// An AuditLog is safe for concurrent use. Records are encoded in parallel
// and written one at a time, each with a single Write call, so lines never
// interleave; their order is the order in which the writes took turns.
//
// It never blocks routing without limit, and never stops it: a record
// that cannot be written is counted ([AuditLog.Stats]) and reported to
// AuditOptions.OnError, and the decision stands. A write is not retried.
// While a write is slow, the records waiting behind it wait at most
// AuditOptions.Timeout each and are then dropped; the write itself is
// bounded by the same deadline if the writer supports one, and otherwise
// lasts as long as the writer takes, blocking the one Route whose record
// it is. For a writer that may stall and has no deadline, put something
// between: an os.File for a local file, or a buffer drained by a
// goroutine of your own.
type AuditLog struct {
	w       io.Writer
	opts    AuditOptions
	turn    chan struct{} // a token: who holds it writes
	written atomic.Uint64
	failed  atomic.Uint64
	dropped atomic.Uint64
	lastErr atomic.Pointer[error]
}

// NewAuditLog returns an AuditLog writing to w. It panics if w is nil: a
// mistake found at setup rather than at the first Route.
func NewAuditLog(w io.Writer, opts AuditOptions) *AuditLog {
	if w == nil {
		panic("leadroute: NewAuditLog: nil writer")
	}
	if opts.Timeout == 0 {
		opts.Timeout = DefaultAuditTimeout
	}
	return &AuditLog{w: w, opts: opts, turn: make(chan struct{}, 1)}
}

var _ Observer = (*AuditLog)(nil)

// Observe records o.Decision; it makes AuditLog an [Observer]. Errors are
// counted and reported as the type's doc says.
func (a *AuditLog) Observe(o Observation) { a.Record(o.Decision) }

// Record writes d as one JSON line, and returns the error that kept it
// from being written, if any: the writer's, a JSON encoding error (only
// for an At outside years 0 to 9999), or one wrapping
// os.ErrDeadlineExceeded when the record was dropped after waiting
// AuditOptions.Timeout. The error is also counted
// and given to OnError.
func (a *AuditLog) Record(d Decision) error {
	if !a.opts.Trace {
		d.Trace = nil
	}
	b, err := json.Marshal(d)
	if err != nil {
		return a.fail(&a.failed, fmt.Errorf("leadroute: audit record for lead %q: %w", d.LeadID, err))
	}
	b = append(b, '\n')
	if !a.acquire() {
		return a.fail(&a.dropped, fmt.Errorf("leadroute: audit record for lead %q dropped after waiting %v for the writer: %w", d.LeadID, a.opts.Timeout, os.ErrDeadlineExceeded))
	}
	err = a.write(b)
	if err != nil {
		return a.fail(&a.failed, fmt.Errorf("leadroute: audit record for lead %q: %w", d.LeadID, err))
	}
	a.written.Add(1)
	return nil
}

// acquire takes the turn to write, waiting at most Timeout (if positive).
func (a *AuditLog) acquire() bool {
	select {
	case a.turn <- struct{}{}:
		return true
	default:
	}
	if a.opts.Timeout < 0 {
		a.turn <- struct{}{}
		return true
	}
	t := time.NewTimer(a.opts.Timeout)
	defer t.Stop()
	select {
	case a.turn <- struct{}{}:
		return true
	case <-t.C:
		return false
	}
}

type writeDeadliner interface {
	SetWriteDeadline(t time.Time) error
}

// write writes b, with a deadline if the writer takes one, and gives up
// the turn (also if the writer panics). Only the holder of the turn calls
// it.
func (a *AuditLog) write(b []byte) error {
	defer func() { <-a.turn }()
	if dw, ok := a.w.(writeDeadliner); ok && a.opts.Timeout > 0 {
		// A writer that cannot take deadlines (a regular file) says so
		// here; it is then written without one.
		if dw.SetWriteDeadline(time.Now().Add(a.opts.Timeout)) == nil {
			defer dw.SetWriteDeadline(time.Time{})
		}
	}
	n, err := a.w.Write(b)
	if err == nil && n < len(b) {
		err = io.ErrShortWrite
	}
	return err
}

func (a *AuditLog) fail(count *atomic.Uint64, err error) error {
	count.Add(1)
	a.lastErr.Store(&err)
	if a.opts.OnError != nil {
		a.opts.OnError(err)
	}
	return err
}

// Flush flushes the writer if it has a Flush() error method (a
// *bufio.Writer), taking its turn like a record (and so waiting at most
// Timeout). Call it before the program exits when the writer buffers.
func (a *AuditLog) Flush() error {
	f, ok := a.w.(interface{ Flush() error })
	if !ok {
		return nil
	}
	if !a.acquire() {
		return fmt.Errorf("leadroute: audit flush: waited %v for the writer: %w", a.opts.Timeout, os.ErrDeadlineExceeded)
	}
	defer func() { <-a.turn }()
	return f.Flush()
}

// Stats returns the counts so far.
func (a *AuditLog) Stats() AuditStats {
	s := AuditStats{Written: a.written.Load(), Failed: a.failed.Load(), Dropped: a.dropped.Load()}
	if p := a.lastErr.Load(); p != nil {
		s.LastErr = *p
	}
	return s
}
