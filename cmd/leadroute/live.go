package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/config"
	"github.com/leadroute/leadroute/internal/suggest"
	"github.com/leadroute/leadroute/sim"
)

// workTimeValue is the --work-time flag: a positive duration, or "never"
// (sim.KeepOpen). Its zero value is sim's default work time.
type workTimeValue time.Duration

// String formats the work time as the help shows it: "4h", "never".
func (w *workTimeValue) String() string {
	switch d := time.Duration(*w); {
	case d < 0:
		return "never"
	case d == 0:
		return "" // the zero value, for flag.PrintDefaults
	default:
		return shortDuration(d)
	}
}

// Set parses a positive duration or "never".
func (w *workTimeValue) Set(s string) error {
	if strings.EqualFold(strings.TrimSpace(s), "never") {
		*w = workTimeValue(sim.KeepOpen)
		return nil
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return fmt.Errorf("want a duration such as 4h or 90m, or never")
	}
	if d <= 0 {
		return fmt.Errorf("%v is not a work time: want a positive duration such as 4h, or never to keep assigned leads open", s)
	}
	*w = workTimeValue(d)
	return nil
}

// addWorkTime adds the --work-time flag, set to sim.DefaultWorkTime.
func addWorkTime(fs *flagSet) *workTimeValue {
	w := workTimeValue(sim.DefaultWorkTime)
	fs.Var(&w, "work-time", "release each assigned lead after this `duration` on the virtual clock, which frees max_open and least_loaded's open counts; \"never\" keeps every assigned lead open")
	return &w
}

// shortDuration formats d without zero units: "4h", "1h30m", "90s".
func shortDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// fractionValue is a flag holding a number from 0 to 1.
type fractionValue float64

func (f *fractionValue) String() string { return fmt.Sprint(float64(*f)) }

func (f *fractionValue) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return errors.New("want a number from 0 to 1, such as 0.05")
	}
	if !(v >= 0 && v <= 1) {
		return fmt.Errorf("%v is not between 0 and 1", v)
	}
	*f = fractionValue(v)
	return nil
}

// liveFlags are the flags of the simulator's live operations: status
// events, acceptance delays and the overdue check.
type liveFlags struct {
	events      *string
	acceptMean  *time.Duration
	spread      *time.Duration
	neverAccept fractionValue
	checkEvery  *time.Duration
	set         map[string]bool // the live flags given
}

func addLiveFlags(fs *flagSet) *liveFlags {
	lv := &liveFlags{
		events:     fs.String("events", "", `status events to replay, JSON Lines: {"at": TIME, "rep": ID, "away": true, "until": TIME, "max_open": N} (no status fields: back as configured); "-" reads stdin`),
		acceptMean: fs.Duration("accept-mean", 0, "how long reps take on average to accept a lead a rule with accept_within gave them (0: at once)"),
		spread:     fs.Duration("accept-spread", 0, "acceptance delays are uniform within --accept-mean ± this"),
		checkEvery: fs.Duration("check-every", sim.DefaultCheckEvery, "how often, on the virtual clock, overdue leads are looked for and rerouted"),
		set:        map[string]bool{},
	}
	fs.Var(&lv.neverAccept, "never-accept", "`fraction` of leads under accept_within (0 to 1) that reps never accept: always overdue")
	return lv
}

// options checks the live flags and sets opts' Accept, CheckEvery and
// Events from them; the events are checked against the reps of cfgs. It
// prints a problem and returns false on error (code is the exit status).
func (lv *liveFlags) options(e *env, fs *flagSet, opts *sim.Options, cfgs ...*config.Config) (code int, ok bool) {
	fs.Visit(func(f *flag.Flag) { lv.set[f.Name] = true })
	cmd := fs.Name()
	switch {
	case *lv.acceptMean < 0 || *lv.spread < 0:
		fmt.Fprintf(e.stderr, "leadroute %s: --accept-mean and --accept-spread must not be negative\n", cmd)
		return exitUsage, false
	case *lv.checkEvery <= 0:
		fmt.Fprintf(e.stderr, "leadroute %s: --check-every must be positive\n", cmd)
		return exitUsage, false
	}
	opts.Accept = sim.AcceptModel{Mean: *lv.acceptMean, Spread: *lv.spread, Ignore: float64(lv.neverAccept)}
	opts.CheckEvery = *lv.checkEvery
	if lv.set["accept-mean"] || lv.set["accept-spread"] || lv.set["never-accept"] || lv.set["check-every"] {
		deadlines := false
		for _, cfg := range cfgs {
			deadlines = deadlines || deadlineRules(cfg.Rules())
		}
		if !deadlines {
			fmt.Fprintf(e.stderr, "leadroute %s: warning: no rule has accept_within: --accept-mean, --accept-spread, --never-accept and --check-every change nothing\n", cmd)
		}
	}
	if *lv.events == "" {
		return exitOK, true
	}
	evs, err := readEventsFile(e, *lv.events, cfgs...)
	if err != nil {
		printDiag(e, cmd, err)
		return exitFail, false
	}
	opts.Events = evs
	return exitOK, true
}

// maxEventsFile is the largest status events file read, in bytes.
const maxEventsFile = 64 << 20

// readEventsFile reads status events from path ("-": stdin) with
// sim.ReadEvents, and checks that each names a rep of one of cfgs. Errors
// are *sim.InputError values naming the file and line.
func readEventsFile(e *env, path string, cfgs ...*config.Config) ([]sim.StatusEvent, error) {
	name := displayName(path)
	var data []byte
	var err error
	if path == stdinArg {
		data, err = readStdin(e, maxEventsFile)
	} else {
		f, oerr := openRegular(path)
		if oerr != nil {
			return nil, oerr
		}
		data, err = io.ReadAll(io.LimitReader(f, maxEventsFile+1))
		f.Close()
		if err == nil && len(data) > maxEventsFile {
			err = fmt.Errorf("%s: file larger than %d bytes", name, maxEventsFile)
		}
	}
	if err != nil {
		return nil, err
	}
	evs, err := sim.ReadEvents(bytes.NewReader(data))
	if err != nil {
		var ie *sim.InputError
		if errors.As(err, &ie) {
			ie.File = name
		}
		return nil, err
	}
	// ReadEvents returns one event per non-blank line, in order: find
	// each event's line for the rep check.
	var lines []int
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), maxEventsFile)
	for n := 1; sc.Scan(); n++ {
		if len(bytes.TrimSpace(sc.Bytes())) > 0 {
			lines = append(lines, n)
		}
	}
	reps := map[string]bool{}
	var ids []string
	for _, cfg := range cfgs {
		for _, r := range cfg.Reps() {
			if !reps[r.ID] {
				reps[r.ID] = true
				ids = append(ids, r.ID)
			}
		}
	}
	slices.Sort(ids)
	for i, ev := range evs {
		if !reps[ev.Rep] {
			line := 0
			if i < len(lines) {
				line = lines[i]
			}
			return nil, &sim.InputError{File: name, Line: line, Field: "rep", Err: fmt.Errorf("no rep %q in the rules%s", ev.Rep, suggestRep(ev.Rep, ids))}
		}
	}
	return evs, nil
}

// suggestRep returns ` (did you mean "alice"?)` for a rep ID close to one
// of ids, or "".
func suggestRep(id string, ids []string) string {
	if c := suggest.Closest(id, ids, nil); c != "" {
		return fmt.Sprintf(" (did you mean %q?)", c)
	}
	return ""
}

// eventsNote warns on stderr when some status events were not applied:
// those after the last lead, and those the router refused (counted among
// the report's errors).
func eventsNote(e *env, cmd string, events []sim.StatusEvent, rep *sim.Report) {
	if rep == nil || len(events) == 0 || rep.StatusChanges >= len(events) {
		return
	}
	fmt.Fprintf(e.stderr, "leadroute %s: warning: %d of %s applied: events after the last lead are not, and a refused one is counted among the report's errors\n",
		cmd, rep.StatusChanges, plural(len(events), "status event"))
}

// deadlineRules reports whether any of rules has an accept deadline.
func deadlineRules(rules []leadroute.Rule) bool {
	return slices.ContainsFunc(rules, func(r leadroute.Rule) bool { return r.AcceptWithin > 0 })
}

// liveHelp is the part of simulate's help about work time and live
// operations.
const liveHelp = `
Assigned leads are released after --work-time (default 4h; "never" keeps
them open), freeing max_open. --events replays live status changes, one
JSON object a line ({"at": "2026-03-02T12:00:00Z", "rep": "ana", "away":
true, "until": "2026-03-02T13:00:00Z"}, {"at": ..., "rep": "ben",
"max_open": 2}; a line without away, until or max_open puts the rep back as
configured), applied when the virtual clock reaches "at". For rules with
accept_within, reps accept each lead after a delay drawn uniformly from
--accept-mean ± --accept-spread, or never for the --never-accept fraction;
every --check-every the overdue leads are rerouted. The report then has an
"Accept deadlines (SLA)" section, and counts the status changes applied.`

// writeDiffLive writes, after diff's text report, how the live operations
// went in each simulation: the status changes applied and the accept
// deadlines, old against new. It writes nothing when neither simulation
// applied a status change or assigned a lead under a deadline.
func writeDiffLive(w io.Writer, d *sim.DiffReport) error {
	if d.Old == nil || d.New == nil {
		return nil
	}
	o, n := d.Old, d.New
	if o.StatusChanges == 0 && n.StatusChanges == 0 && o.SLA == nil && n.SLA == nil {
		return nil
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "\nLive operations")
	if o.StatusChanges > 0 || n.StatusChanges > 0 {
		fmt.Fprintf(bw, "  live status changes applied: %d → %d\n", o.StatusChanges, n.StatusChanges)
	}
	if o.SLA != nil || n.SLA != nil {
		tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "  accept deadlines\tassigned\tin time\tlate\toverdue\tmiss rate\treassigned\tto queue")
		for _, r := range []struct {
			name string
			sla  *sim.SLA
		}{{"old rules", o.SLA}, {"new rules", n.SLA}} {
			if r.sla == nil {
				fmt.Fprintf(tw, "  %s\tno lead assigned under a deadline\n", r.name)
				continue
			}
			s := r.sla.SLAStats
			fmt.Fprintf(tw, "  %s\t%d\t%d\t%d\t%d\t%.1f%%\t%d\t%d\n", r.name, s.Assignments, s.InTime, s.Late, s.Overdue, 100*s.MissRate(), s.Reassigned, s.Queued)
		}
		tw.Flush()
	}
	return bw.Flush()
}
