package leadroute

import (
	"encoding/json"
	"errors"
	"time"
)

// decisionJSON is the canonical JSON form of a Decision.
type decisionJSON struct {
	LeadID   string    `json:"lead_id"`
	RepID    string    `json:"rep,omitempty"`
	Queue    string    `json:"queue,omitempty"`
	Rule     string    `json:"rule"`
	Reason   string    `json:"reason"`
	Replay   bool      `json:"replay,omitempty"`
	Owner    string    `json:"owner,omitempty"`
	Deadline time.Time `json:"deadline,omitzero"`
	At       time.Time `json:"at"`
	DryRun   bool      `json:"dry_run,omitempty"`
	Problems []string  `json:"problems,omitempty"`
	Error    string    `json:"error,omitempty"`
	Trace    []Step    `json:"trace,omitempty"`
}

// MarshalJSON writes the decision's canonical JSON form, the one the CLI
// prints, [AuditLog] records and the examples answer with:
//
//	{"lead_id":"L1","rep":"dan","rule":"north-america","reason":"weighted","at":"2026-03-02T10:00:00Z"}
//	{"lead_id":"L2","queue":"triage","rule":"","reason":"error: ...","at":"...","error":"..."}
//
// Keys: "lead_id"; "rep" or "queue" (one of them, as RepID and Queue);
// "rule" ("" when no rule decided) and "reason", always; "replay" and
// "dry_run" when true; "owner" (Decision.Owner) and "deadline"
// (Decision.Deadline) when set; "at" in RFC 3339 with nanoseconds; "problems" when
// the lead had any; "error", the text of Err, when there was one; and
// "trace" when the decision has a trace, a list of [Step] objects
// ({"event":"rep-skipped","rule":"emea","rep":"bob","skip":"away"}).
func (d Decision) MarshalJSON() ([]byte, error) {
	j := decisionJSON{LeadID: d.LeadID, RepID: d.RepID, Queue: d.Queue, Rule: d.Rule, Reason: d.Reason,
		Replay: d.Replay, Owner: d.Owner, Deadline: d.Deadline, At: d.At, DryRun: d.DryRun, Problems: d.Problems, Trace: d.Trace}
	if d.Err != nil {
		j.Error = d.Err.Error()
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what [Decision.MarshalJSON] writes, replacing all of
// *d. Err becomes a plain error with the text of "error" (errors.Is no
// longer recognises the sentinel errors in it); At loses its monotonic
// clock reading and its zone's name. null leaves *d unchanged.
func (d *Decision) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	var j decisionJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	*d = Decision{LeadID: j.LeadID, RepID: j.RepID, Queue: j.Queue, Rule: j.Rule, Reason: j.Reason,
		Replay: j.Replay, Owner: j.Owner, Deadline: j.Deadline, At: j.At, DryRun: j.DryRun, Problems: j.Problems, Trace: j.Trace}
	if j.Error != "" {
		d.Err = errors.New(j.Error)
	}
	return nil
}
