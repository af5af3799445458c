package leadroute

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Sentinel errors. Check with errors.Is.
var (
	// ErrInvalidConfig is wrapped by every *ConfigError.
	ErrInvalidConfig = errors.New("leadroute: invalid configuration")
	// ErrNoEligibleRep may be returned by a Strategy that wants to say
	// explicitly that nobody suits; the router treats it like an empty
	// Pick and overflows.
	ErrNoEligibleRep = errors.New("leadroute: no eligible rep")
	// ErrUnknownRep is returned by Release for an empty rep ID. (Any
	// other rep ID is accepted, including reps a reload removed, so that
	// their open counts can be released.)
	ErrUnknownRep = errors.New("leadroute: unknown rep")
	// ErrPanic is wrapped by the error Route returns when user code (a
	// Matcher, a Strategy) panicked: the lead goes to the fallback queue,
	// the error names the rule, and nothing was committed.
	ErrPanic = errors.New("leadroute: panic in user code")
	// ErrContention is wrapped by the error Route returns when its commit
	// kept conflicting with concurrent routes (a strategy's expected
	// counter kept changing) beyond a bounded number of attempts.
	ErrContention = errors.New("leadroute: too much contention")
)

// ConfigError is a setup error that names the place: Path is like
// `rules[3] "emea".Pool[1]` or `reps[0] "alice".TimeZone`. It wraps
// ErrInvalidConfig.
type ConfigError struct {
	Path string
	Err  error
}

// Error returns "path: cause".
func (e *ConfigError) Error() string { return e.Path + ": " + e.Err.Error() }

// Unwrap returns both the cause and ErrInvalidConfig.
func (e *ConfigError) Unwrap() []error { return []error{e.Err, ErrInvalidConfig} }

func configErr(path string, format string, args ...any) error {
	return &ConfigError{Path: path, Err: fmt.Errorf(format, args...)}
}

// Decision is the outcome of routing one lead: exactly one of RepID and Queue
// is set. Its JSON form is described at [Decision.MarshalJSON].
type Decision struct {
	// LeadID is the routed lead's ID.
	LeadID string
	// RepID is the assigned rep; empty when the lead was queued.
	RepID string
	// Queue is set when the lead went to a queue (a rule's overflow, a
	// queue strategy, or the fallback).
	Queue string
	// Rule is the rule that decided; empty when the fallback queue got the
	// lead because no rule did. When Route returned an error, Rule is the
	// rule being evaluated when it happened (and Queue the fallback).
	Rule string
	// Reason says briefly why: the strategy's reason ("round-robin");
	// for a queued lead, the cause: "overflow: all 3 reps at daily cap",
	// "overflow: outside working hours (2), away (1)", "no rule decided"
	// (no rule matched), "no rule decided: rule "emea": its one rep on
	// holiday" (the first rule that matched had nobody eligible); "replay: assigned
	// earlier", "replay: queued earlier", "replay: rerouted earlier" (a
	// Reroute retried), "replay: reroute limit reached", or "error: ..."
	// when Route returned an error.
	Reason string
	// Deadline is when the rep must accept the lead by (Rule.AcceptWithin);
	// zero when the rule has no accept deadline.
	Deadline time.Time
	// Owner is the rep an ownership memory remembered as the owner of the
	// lead's person or company: a repeat lead. RepID is Owner when they
	// were eligible, and someone else when not.
	Owner string
	// Replay is true when the lead's ID was decided before (a retry, or a
	// copy racing this one): this Decision repeats that first decision and
	// nothing was counted again.
	Replay bool
	// At is the router clock's time of the decision.
	At time.Time
	// DryRun is true for decisions returned by Explain.
	DryRun bool
	// Problems lists what was wrong with the lead (unknown country, bad
	// email) and matcher errors met on the way. The lead still routed.
	Problems []string
	// Trace lists every step: rules tried, reps skipped and why, the pick.
	// Filled by Explain, and by Route when the router was built with
	// WithTrace(true).
	Trace []Step
	// Err is the error Route, Explain or Reroute returned with this
	// Decision, nil when there was none, so that an observer or an audit
	// record sees it too. (JSON holds its text: see MarshalJSON.)
	Err error
}

// Assigned reports whether the lead went to a rep.
func (d Decision) Assigned() bool { return d.RepID != "" }

// String is a one-line summary, e.g. `rep alice by rule "emea" (round-robin)`.
func (d Decision) String() string {
	var b strings.Builder
	if d.RepID != "" {
		fmt.Fprintf(&b, "rep %s", d.RepID)
	} else {
		fmt.Fprintf(&b, "queue %s", d.Queue)
	}
	if d.Rule != "" {
		fmt.Fprintf(&b, " by rule %q", d.Rule)
	}
	if d.Reason != "" {
		fmt.Fprintf(&b, " (%s)", d.Reason)
	}
	return b.String()
}

// Event is the kind of a trace Step.
type Event uint8

// Trace events.
const (
	EventLeadProblem Event = iota + 1 // the lead had a problem (Reason)
	EventNoMatch                      // the rule did not match
	EventMatchError                   // the rule's matcher failed (Reason)
	EventMatched                      // the rule matched
	EventRepSkipped                   // a rep was not eligible (Skip)
	EventNote                         // a strategy's remark (Reason)
	EventPicked                       // a rep was picked (Rep, Reason)
	EventCapRace                      // the picked rep hit a cap at commit; picking again
	EventNoEligible                   // nobody in the pool was eligible
	EventOverflow                     // the rule overflowed to its queue (Queue)
	EventQueued                       // the lead went to a queue (Queue)
	EventFallback                     // no rule decided; fallback queue (Queue)
	EventReplayed                     // the lead ID was decided before: same rep or queue (Rep or Queue, Rule)
)

var eventNames = [...]string{
	EventLeadProblem: "lead-problem",
	EventNoMatch:     "no-match",
	EventMatchError:  "match-error",
	EventMatched:     "matched",
	EventRepSkipped:  "rep-skipped",
	EventNote:        "note",
	EventPicked:      "picked",
	EventCapRace:     "cap-race",
	EventNoEligible:  "no-eligible",
	EventOverflow:    "overflow",
	EventQueued:      "queued",
	EventFallback:    "fallback",
	EventReplayed:    "replayed",
}

// String returns the event's name, as in JSON ("rep-skipped").
func (e Event) String() string {
	if int(e) < len(eventNames) && eventNames[e] != "" {
		return eventNames[e]
	}
	return fmt.Sprintf("event(%d)", e)
}

// MarshalText makes events read well in JSON.
func (e Event) MarshalText() ([]byte, error) { return []byte(e.String()), nil }

// UnmarshalText reads what MarshalText wrote, so a stored Decision reads
// back.
func (e *Event) UnmarshalText(b []byte) error {
	for i, n := range eventNames {
		if n != "" && n == string(b) {
			*e = Event(i)
			return nil
		}
	}
	return fmt.Errorf("leadroute: unknown event %q", b)
}

// SkipReason says why a rep was not eligible.
type SkipReason uint8

// Reasons a rep is skipped.
const (
	SkipNone          SkipReason = iota
	SkipAway                     // status away
	SkipOutOfOffice              // inside an out-of-office period
	SkipOutsideHours             // outside working hours (rule requires them)
	SkipDailyCap                 // daily cap reached
	SkipWeeklyCap                // weekly cap reached
	SkipMaxOpen                  // too many open leads
	SkipMissingSkill             // lacks a skill the rule requires
	SkipExcluded                 // excluded for this lead (reroute)
	SkipUnknown                  // in the pool but not a known rep
	SkipStateError               // the state store failed
	SkipCommitRefused            // a cap or the strategy's count was reached while committing
	SkipPaused                   // marked away live (Router.SetStatus)
	SkipHoliday                  // on a holiday (Rep.Holidays), in the rep's time zone
	numSkipReasons
)

var skipNames = [...]string{
	SkipNone:          "eligible",
	SkipAway:          "away",
	SkipOutOfOffice:   "out of office",
	SkipOutsideHours:  "outside working hours",
	SkipDailyCap:      "daily cap reached",
	SkipWeeklyCap:     "weekly cap reached",
	SkipMaxOpen:       "max open leads reached",
	SkipMissingSkill:  "missing skill",
	SkipExcluded:      "excluded (already had this lead)",
	SkipUnknown:       "unknown rep",
	SkipStateError:    "state store error",
	SkipCommitRefused: "a limit was reached while committing",
	SkipPaused:        "away (live status)",
	SkipHoliday:       "on holiday",
}

// String returns the reason for people ("daily cap reached").
func (s SkipReason) String() string {
	if int(s) < len(skipNames) {
		return skipNames[s]
	}
	return fmt.Sprintf("skip(%d)", s)
}

// MarshalText makes reasons read well in JSON.
func (s SkipReason) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads what MarshalText wrote.
func (s *SkipReason) UnmarshalText(b []byte) error {
	for i, n := range skipNames {
		if n == string(b) {
			*s = SkipReason(i)
			return nil
		}
	}
	return fmt.Errorf("leadroute: unknown skip reason %q", b)
}

// Step is one line of a decision's trace.
type Step struct {
	Event  Event      `json:"event"`
	Rule   string     `json:"rule,omitempty"`
	Rep    string     `json:"rep,omitempty"`
	Queue  string     `json:"queue,omitempty"`
	Skip   SkipReason `json:"skip,omitempty"`
	Reason string     `json:"reason,omitempty"`
}

// String formats the step for people: `rule "emea": rep bob skipped: away`.
func (s Step) String() string {
	var b strings.Builder
	if s.Rule != "" {
		fmt.Fprintf(&b, "rule %q: ", s.Rule)
	}
	switch s.Event {
	case EventLeadProblem:
		b.WriteString("lead problem: " + s.Reason)
	case EventNoMatch:
		b.WriteString("no match")
	case EventMatchError:
		b.WriteString("matcher error: " + s.Reason)
	case EventMatched:
		b.WriteString("matched")
		if s.Reason != "" {
			b.WriteString(" (" + s.Reason + ")")
		}
	case EventRepSkipped:
		fmt.Fprintf(&b, "rep %s skipped: %s", s.Rep, s.Skip)
	case EventNote:
		b.WriteString(s.Reason)
	case EventPicked:
		fmt.Fprintf(&b, "picked %s", s.Rep)
		if s.Reason != "" {
			b.WriteString(" (" + s.Reason + ")")
		}
	case EventCapRace:
		if s.Rep == "" {
			b.WriteString("the rotation's reps were full at commit; picking again")
		} else {
			fmt.Fprintf(&b, "rep %s reached a cap at commit; picking again", s.Rep)
		}
	case EventNoEligible:
		b.WriteString("nobody eligible")
	case EventOverflow:
		fmt.Fprintf(&b, "overflow to queue %s", s.Queue)
	case EventQueued:
		fmt.Fprintf(&b, "queued to %s", s.Queue)
		if s.Reason != "" {
			b.WriteString(" (" + s.Reason + ")")
		}
	case EventFallback:
		fmt.Fprintf(&b, "no rule decided; fallback queue %s", s.Queue)
	case EventReplayed:
		if s.Rep != "" {
			fmt.Fprintf(&b, "lead routed before: replaying rep %s", s.Rep)
		} else {
			fmt.Fprintf(&b, "lead routed before: replaying queue %s", s.Queue)
		}
	default:
		b.WriteString(s.Event.String())
	}
	return b.String()
}
