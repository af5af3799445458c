package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/config"
	"github.com/leadroute/leadroute/internal/tz"
	"github.com/leadroute/leadroute/sim"
)

// validateJSON is what validate --json prints.
type validateJSON struct {
	File     string `json:"file"`
	Valid    bool   `json:"valid"`
	Reps     int    `json:"reps"`
	Rules    int    `json:"rules"`
	Fallback string `json:"fallback,omitempty"`
	Errors   []diag `json:"errors"`
}

func cmdValidate(e *env, args []string) int {
	fs := newFlags(e, "validate", "FILE [--json]\n\nChecks a rules file (YAML or JSON) and builds a router from it. Each problem\nis printed on stderr as FILE:LINE:COL: path: message. FILE \"-\" reads stdin\n(JSON when it starts with '{', YAML otherwise); an accounts CSV it names is\nthen read relative to the working directory.")
	asJSON := fs.Bool("json", false, "print the result as a JSON object (file, valid, reps, rules, fallback, errors) on stdout")
	pos, err := fs.parse(args, 1)
	if err != nil {
		return parseExit(err)
	}
	name := displayName(pos[0])
	cfg, err := loadConfig(e, pos[0])
	if *asJSON {
		v := validateJSON{File: name, Valid: err == nil, Errors: []diag{}}
		if err != nil {
			v.Errors = diags(err)
		} else {
			v.Reps, v.Rules, v.Fallback = len(cfg.Reps()), len(cfg.Rules()), cfg.Fallback()
		}
		if werr := writeJSON(e, v); werr != nil {
			printDiag(e, "validate", werr)
			return exitFail
		}
		if err != nil {
			return exitFail
		}
		return exitOK
	}
	if err != nil {
		printDiag(e, "validate", err)
		return exitFail
	}
	fmt.Fprintf(e.stdout, "%s: ok: %s, %s, fallback queue %q\n", name, plural(len(cfg.Reps()), "rep"), plural(len(cfg.Rules()), "rule"), cfg.Fallback())
	return exitOK
}

// stringList is a repeatable flag whose values may also be
// comma-separated.
type stringList []string

func (s *stringList) String() string { return strings.Join(*s, ",") }

func (s *stringList) Set(v string) error {
	*s = append(*s, v)
	return nil
}

// findingJSON is how lint --json prints a finding.
type findingJSON struct {
	File     string          `json:"file"`
	Line     int             `json:"line"`
	Column   int             `json:"column"`
	Path     string          `json:"path"`
	Code     string          `json:"code"`
	Name     string          `json:"name"`
	Severity string          `json:"severity"`
	Msg      string          `json:"message"`
	Rules    []string        `json:"rules,omitempty"`
	Rep      string          `json:"rep,omitempty"`
	Example  json.RawMessage `json:"example,omitempty"`
}

func cmdLint(e *env, args []string) int {
	fs := newFlags(e, "lint", "FILE [--disable CODE,...] [--fail-on error|warning|info] [--json]\n\nReports likely mistakes in a rules file, each with a severity and a stable\ncode (LR101 partial-overlap, ...; see config/FORMAT.md), as\nFILE:LINE:COL: severity: path: message [CODE name]. Exits 1 when a\nfinding is at or above the --fail-on severity, so that it can gate CI.\nSilence an intended finding in the file with a reason (lint: {ignore:\n[{code: ..., reason: ...}]}) or on the command line with --disable.\n\nFILE \"-\" reads stdin (JSON when it starts with '{', YAML otherwise); an\naccounts CSV it names is then read relative to the working directory.")
	asJSON := fs.Bool("json", false, "print findings as a JSON array")
	var disable stringList
	fs.Var(&disable, "disable", "drop the findings of a check, by code or name (repeatable, or comma-separated)")
	failOn := fs.String("fail-on", "warning", "exit 1 when a finding has this severity or a worse one: error, warning or info")
	pos, err := fs.parse(args, 1)
	if err != nil {
		return parseExit(err)
	}
	threshold, err := config.ParseSeverity(*failOn)
	if err != nil {
		fmt.Fprintf(e.stderr, "leadroute lint: --fail-on: %v\n", err)
		return exitUsage
	}
	cfg, ok := load(e, "lint", pos[0])
	if !ok {
		return exitFail
	}
	findings, err := config.LintWith(cfg, config.LintOptions{Disable: disable})
	if err != nil {
		printErr(e, "lint --disable", err)
		return exitUsage
	}
	name := displayName(pos[0])
	for i := range findings {
		if findings[i].File == "" {
			findings[i].File = name
		}
	}
	if *asJSON {
		list := make([]findingJSON, 0, len(findings))
		for _, f := range findings {
			fj := findingJSON{f.File, f.Line, f.Column, f.Path, f.Code, f.Name, f.Severity.String(), f.Msg, f.Rules, f.Rep, nil}
			if f.Example != nil {
				var b bytes.Buffer
				if err := sim.WriteJSONL(&b, []leadroute.Lead{*f.Example}); err == nil {
					fj.Example = bytes.TrimSpace(b.Bytes())
				}
			}
			list = append(list, fj)
		}
		if err := writeJSON(e, list); err != nil {
			printErr(e, "lint", err)
			return exitFail
		}
	} else {
		for _, f := range findings {
			fmt.Fprintln(e.stdout, f.String())
		}
	}
	counts := map[config.Severity]int{}
	failing := 0
	for _, f := range findings {
		counts[f.Severity]++
		if f.Severity >= threshold {
			failing++
		}
	}
	if len(findings) > 0 {
		fmt.Fprintf(e.stderr, "%s: %s (%s, %s, %d info); %d at or above %s\n", name, plural(len(findings), "finding"),
			plural(counts[config.SeverityError], "error"), plural(counts[config.SeverityWarning], "warning"), counts[config.SeverityInfo], failing, threshold)
	} else if !*asJSON {
		fmt.Fprintf(e.stdout, "%s: no findings\n", name)
	}
	if failing > 0 {
		return exitFail
	}
	return exitOK
}

// parseLead reads one lead in its JSON form (see leadroute.Lead's
// UnmarshalJSON); null is not a lead.
func parseLead(b []byte) (leadroute.Lead, error) {
	var l leadroute.Lead
	if err := l.UnmarshalJSON(b); err != nil {
		return leadroute.Lead{}, err
	}
	if string(bytes.TrimSpace(b)) == "null" {
		return leadroute.Lead{}, errors.New("not a JSON object: null")
	}
	return l, nil
}

func cmdRoute(e *env, args []string) int {
	fs := newFlags(e, "route", "FILE [--lead JSON | --leads F.jsonl] [--at now|created|TIME] [--trace]\n\nRoutes one lead given with --lead, or JSON Lines of leads read from --leads\n(default: stdin), and prints one decision per lead as JSON Lines. Leads\nrouted together share rotations and caps, as in a running service.\n\nA lead is a JSON object with the Lead fields in snake case (id, email,\ndomain, website, company, country, state, postal_code, city, industry,\nsource, language, employees, revenue, score, products, created_at); other\nkeys become attributes. See: go doc github.com/leadroute/leadroute Lead.UnmarshalJSON\n\nEach decision is printed in its JSON form (go doc github.com/leadroute/leadroute\nDecision.MarshalJSON): lead_id, rep or queue, rule, reason, replay, at,\nproblems, error, and with --trace the trace as a list of steps.\n\nA line that is not a valid lead, or is longer than 1 MiB, is reported on\nstderr as \"stdin:LINE: problem\" (or \"F.jsonl:LINE: problem\") and skipped,\nwith no decision printed; the other lines are still routed. If a line was skipped, input could not\nbe read or the command was interrupted, it ends by saying on stderr how\nmany leads were routed and how many were not, and exits with status 1.\n\nFILE \"-\" reads the rules from stdin (then give --lead or --leads F); an\naccounts CSV they name is read relative to the working directory.")
	leadArg := fs.String("lead", "", "one lead as a JSON object (default: read JSON Lines from --leads)")
	leadsArg := fs.String("leads", stdinArg, `file of leads as JSON Lines; "-" is stdin`)
	atArg := fs.String("at", "now", `when to route: "now", "created" (each lead's created_at), or a time such as 2026-03-02T10:00:00Z`)
	trace := fs.Bool("trace", false, "include the full trace: rules tried, reps skipped and why")
	seed := fs.Uint64("seed", 1, "seed for random strategies")
	pos, err := fs.parse(args, 1)
	if err != nil {
		return parseExit(err)
	}
	if *leadArg != "" && *leadsArg != stdinArg {
		fs.usageError("give --lead or --leads, not both")
		return exitUsage
	}
	leadsIn := *leadsArg
	if *leadArg != "" {
		leadsIn = ""
	}
	if !stdinOnce(fs, pos[0], leadsIn) {
		return exitUsage
	}
	cfg, ok := load(e, "route", pos[0])
	if !ok {
		return exitFail
	}
	clk := leadroute.NewManualClock(time.Now())
	var fixed time.Time
	switch *atArg {
	case "now", "created":
	default:
		t, err := leadroute.ParseTime(*atArg)
		if err != nil {
			fmt.Fprintf(e.stderr, "leadroute route: --at %v\n", err)
			return exitUsage
		}
		fixed = t
	}
	r, err := cfg.Build(leadroute.WithClock(clk), leadroute.WithSeed(*seed), leadroute.WithTrace(*trace))
	if err != nil {
		printErr(e, "route", err)
		return exitFail
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	routeOne := func(l leadroute.Lead) error {
		switch {
		case !fixed.IsZero():
			clk.Set(fixed)
		case *atArg == "created" && !l.CreatedAt.IsZero():
			clk.Set(l.CreatedAt)
		default:
			clk.Set(time.Now())
		}
		d, _ := r.Route(ctx, l) // an error is in d.Err, printed as "error"
		b, err := json.Marshal(d)
		if err != nil {
			return err
		}
		out.Write(b)
		out.WriteByte('\n')
		return nil
	}
	if *leadArg != "" {
		l, err := parseLead([]byte(*leadArg))
		if err != nil {
			fmt.Fprintf(e.stderr, "leadroute route: --lead: %v\n", err)
			return exitFail
		}
		if err := routeOne(l); err != nil {
			printErr(e, "route", err)
			return exitFail
		}
		return exitOK
	}
	in, inName := e.stdin, stdinName
	if *leadsArg != stdinArg {
		f, err := openRegular(*leadsArg)
		if err != nil {
			printDiag(e, "route", err)
			return exitFail
		}
		defer f.Close()
		in, inName = f, *leadsArg
	}
	lr := &lineReader{r: bufio.NewReaderSize(in, 64<<10), max: maxLeadLine}
	line, routed, bad := 0, 0, 0
	summary := func(how string) {
		out.Flush()
		fmt.Fprintf(e.stderr, "leadroute route: %s%s routed, %s not routed\n", how, plural(routed, "lead"), plural(bad, "invalid lead"))
	}
	for {
		b, size, err := lr.next()
		if err == io.EOF {
			break
		}
		line++
		if err != nil {
			out.Flush()
			fmt.Fprintf(e.stderr, "%s:%d: %v\n", inName, line, err)
			summary(fmt.Sprintf("input not read after line %d: ", line-1))
			return exitFail
		}
		if ctx.Err() != nil {
			summary(fmt.Sprintf("interrupted before line %d: ", line))
			return exitFail
		}
		if size > maxLeadLine {
			out.Flush()
			fmt.Fprintf(e.stderr, "%s:%d: line of %d bytes is longer than the limit of %d; lead not routed\n", inName, line, size, maxLeadLine)
			bad++
			continue
		}
		b = bytes.TrimSpace(b)
		if len(b) == 0 {
			continue
		}
		l, err := parseLead(b)
		if err != nil {
			out.Flush()
			fmt.Fprintf(e.stderr, "%s:%d: %v\n", inName, line, err)
			bad++
			continue
		}
		if err := routeOne(l); err != nil {
			printErr(e, "route", err)
			return exitFail
		}
		routed++
	}
	if bad > 0 {
		summary("")
		return exitFail
	}
	return exitOK
}

// maxLeadLine is the longest line route reads as a lead, in bytes (not
// counting the line break).
const maxLeadLine = 1 << 20

// lineReader reads lines of at most max bytes. A longer line is read
// through and dropped, so that the lines after it can still be read.
type lineReader struct {
	r   *bufio.Reader
	max int
	buf []byte
}

// next returns the next line without its line break ("\n" or "\r\n"), and
// its size in bytes. For a line longer than max, the line is nil. After
// the last line it returns io.EOF; on a read error, the error.
func (lr *lineReader) next() (line []byte, size int, err error) {
	lr.buf = lr.buf[:0]
	var last byte // the last byte of the previous chunk
	for {
		chunk, err := lr.r.ReadSlice('\n')
		size += len(chunk)
		if len(lr.buf)+len(chunk) <= lr.max+2 { // +2: the line break
			lr.buf = append(lr.buf, chunk...)
		}
		switch err {
		case bufio.ErrBufferFull:
			last = chunk[len(chunk)-1]
			continue
		case io.EOF:
			if size == 0 {
				return nil, 0, io.EOF
			}
		case nil:
			before := last
			if len(chunk) >= 2 {
				before = chunk[len(chunk)-2]
			}
			brk := 1
			if size >= 2 && before == '\r' {
				brk = 2
			}
			size -= brk
			lr.buf = lr.buf[:len(lr.buf)-min(len(lr.buf), brk)]
		default:
			return nil, size, err
		}
		if size > lr.max {
			return nil, size, nil
		}
		return lr.buf, size, nil
	}
}

// leadFlags are the flags that choose the leads of simulate and diff.
type leadFlags struct {
	leads    *string
	generate *int
	seed     *uint64
	days     *int
	tz       *string
	workTime *workTimeValue
	start    *string
	live     *liveFlags
	// warnedTime is set by source when it warned that a CSV lead file has
	// no created_at column.
	warnedTime bool
}

func addLeadFlags(fs *flagSet) *leadFlags {
	return &leadFlags{
		leads:    fs.String("leads", "", `lead file to replay: .csv (header naming Lead fields) or .jsonl; "-" reads stdin (JSON Lines if it starts with '{', else CSV)`),
		generate: fs.Int("generate", 0, "generate this many leads instead (default 5000 when --leads is not given)"),
		seed:     fs.Uint64("seed", 1, "seed for generated leads and random strategies"),
		days:     fs.Int("days", 28, "days over which generated leads arrive"),
		tz:       fs.String("tz", "UTC", "time zone for days and hours of the week in the report"),
		workTime: addWorkTime(fs),
		start:    fs.String("start", defaultStart.Format(time.RFC3339), "when leads of --leads without created_at are routed, until a lead has one (later ones: at the time of the lead before)"),
		live:     addLiveFlags(fs),
	}
}

// source returns the leads to simulate, their number if known (for the
// progress ETA), the options (with the live operations' flags applied,
// status events checked against the reps of cfgs) and a function that
// closes the lead file; or prints a problem and returns the exit status.
// It warns on stderr about a CSV lead file's unknown columns and a missing
// created_at column. The options' Reps and Rules are the first cfg's.
func (lf *leadFlags) source(e *env, fs *flagSet, cfgs ...*config.Config) (sim.Source, int, sim.Options, func() error, int) {
	var opts sim.Options
	cmd, cfg := fs.Name(), cfgs[0]
	loc, err := tz.Load(*lf.tz)
	if err != nil {
		fmt.Fprintf(e.stderr, "leadroute %s: --tz: %v\n", cmd, err)
		return nil, 0, opts, nil, exitUsage
	}
	start, err := leadroute.ParseTime(*lf.start)
	if err != nil {
		fmt.Fprintf(e.stderr, "leadroute %s: --start: %v\n", cmd, err)
		return nil, 0, opts, nil, exitUsage
	}
	opts = sim.Options{Location: loc, WorkTime: time.Duration(*lf.workTime), Seed: *lf.seed, Reps: cfg.Reps(), Rules: cfg.Rules(), Start: start}
	if code, ok := lf.live.options(e, fs, &opts, cfgs...); !ok {
		return nil, 0, opts, nil, code
	}
	if *lf.leads != "" && *lf.generate > 0 {
		fmt.Fprintf(e.stderr, "leadroute %s: give --leads or --generate, not both\n", cmd)
		return nil, 0, opts, nil, exitUsage
	}
	if *lf.leads != "" {
		total := 0
		if e.progress && *lf.leads != stdinArg {
			total = countRecords(*lf.leads)
		}
		f, err := openLeads(e, *lf.leads)
		if err != nil {
			printDiag(e, cmd, err)
			return nil, 0, opts, nil, exitFail
		}
		if !f.hasTime {
			lf.warnedTime = true
			fmt.Fprintf(e.stderr, "%s:1: warning: no created_at column: leads are routed at --start %s, one after another at that time\n",
				f.name, start.UTC().Format(time.RFC3339))
		}
		return f.src, total, opts, f.close, exitOK
	}
	n := *lf.generate
	if n < 0 || *lf.days <= 0 {
		fmt.Fprintf(e.stderr, "leadroute %s: --generate and --days must be positive\n", cmd)
		return nil, 0, opts, nil, exitUsage
	}
	if n == 0 {
		n = 5000
	}
	leads := sim.Generate(*lf.seed, n, sim.GenOptions{Span: time.Duration(*lf.days) * 24 * time.Hour})
	return sim.Leads(leads), n, opts, func() error { return nil }, exitOK
}

// countRecords counts the lines of a lead file, less a CSV header, for the
// progress ETA. It returns 0 if it cannot.
func countRecords(path string) int {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	n, last := 0, byte('\n')
	buf := make([]byte, 256<<10)
	for {
		k, err := f.Read(buf)
		n += bytes.Count(buf[:k], []byte{'\n'})
		if k > 0 {
			last = buf[k-1]
		}
		if err != nil {
			break
		}
	}
	if last != '\n' {
		n++
	}
	if strings.HasSuffix(strings.ToLower(path), ".csv") && n > 0 {
		n--
	}
	return n
}

func cmdSimulate(e *env, args []string) int {
	fs := newFlags(e, "simulate", "FILE [--leads F.csv|F.jsonl | --generate N --seed S] [--work-time D|never]\n       [--events F.jsonl] [--accept-mean D --accept-spread D --never-accept P] [--check-every D]\n       [--json] [--html F]\n\nReplays leads through the rules on a virtual clock driven by each lead's\ncreated_at, with reps' hours, time off and caps in force, and reports the\ndistribution, fairness, rules, queues, coverage gaps and lead problems.\n"+liveHelp+"\n\nA CSV column that names no lead field is warned about on stderr (with a\nsuggestion) and read as an attribute. Leads without created_at are routed\nat --start (until a lead has one; then at the time of the lead before),\nand a warning says how many.\n\nFILE \"-\" reads the rules from stdin (an accounts CSV they name is then read\nrelative to the working directory); --leads - reads the leads from stdin,\n--events - the status events. Only one of them can be stdin.")
	lf := addLeadFlags(fs)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	htmlOut := fs.String("html", "", "also write a self-contained HTML report with charts to this file")
	quiet := fs.Bool("quiet", false, "no progress on stderr")
	pos, err := fs.parse(args, 1)
	if err != nil {
		return parseExit(err)
	}
	if !stdinOnce(fs, pos[0], *lf.leads, *lf.live.events) {
		return exitUsage
	}
	cfg, ok := load(e, "simulate", pos[0])
	if !ok {
		return exitFail
	}
	src, total, opts, closeLeads, code := lf.source(e, fs, cfg)
	if code != exitOK {
		return code
	}
	defer closeLeads()
	if *lf.leads == "" && *lf.generate == 0 {
		fmt.Fprintf(e.stderr, "no --leads given: simulating %s generated (seed %d)\n", leadCount(total), *lf.seed)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	pr := newProgress(e, total, e.progress && !*quiet)
	opts.Progress = pr.update
	rep, err := sim.Run(ctx, cfg.Build, src, opts)
	pr.done()
	if err != nil {
		printDiag(e, "simulate", err)
		return exitFail
	}
	if *lf.leads != "" && !lf.warnedTime {
		missingTimeNote(e, "simulate", rep.MissingTime, opts.Start)
	}
	eventsNote(e, "simulate", opts.Events, rep)
	return writeReport(e, "simulate", rep, *asJSON, *htmlOut)
}

func writeReport(e *env, cmd string, rep *sim.Report, asJSON bool, htmlOut string) int {
	if htmlOut != "" {
		if err := writeHTMLFile(htmlOut, rep); err != nil {
			printErr(e, cmd, err)
			return exitFail
		}
		fmt.Fprintf(e.stderr, "wrote %s\n", htmlOut)
	}
	var err error
	if asJSON {
		err = writeJSON(e, rep)
	} else {
		err = rep.WriteText(e.stdout)
	}
	if err != nil {
		printErr(e, cmd, err)
		return exitFail
	}
	return exitOK
}

func writeHTMLFile(path string, rep *sim.Report) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	if err := rep.WriteHTML(w); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func writeJSON(e *env, v any) error {
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func cmdDiff(e *env, args []string) int {
	fs := newFlags(e, "diff", "OLD NEW [--leads F | --generate N --seed S] [--json] [--changes N] [--exit-code]\n\nRoutes the same leads through two rules files and lists the leads that\nwould go to a different rep or queue. Lead files are read as by simulate,\nand --work-time, --events and the acceptance flags apply to both\nsimulations as they do in simulate; a \"Live operations\" section then\ncompares the status changes applied and the accept deadlines.\n\nOLD, NEW, --leads or --events may be \"-\" for stdin (one of them); a rules file read\nfrom stdin reads an accounts CSV it names relative to the working directory.")
	lf := addLeadFlags(fs)
	asJSON := fs.Bool("json", false, "print the diff as JSON")
	changes := fs.Int("changes", 20, "list at most this many moved leads (-1: all)")
	exitCode := fs.Bool("exit-code", false, "exit with status 1 when any lead moves")
	quiet := fs.Bool("quiet", false, "no progress on stderr")
	pos, err := fs.parse(args, 2)
	if err != nil {
		return parseExit(err)
	}
	if !stdinOnce(fs, pos[0], pos[1], *lf.leads, *lf.live.events) {
		return exitUsage
	}
	oldCfg, ok1 := load(e, "diff", pos[0])
	newCfg, ok2 := load(e, "diff", pos[1])
	if !ok1 || !ok2 {
		return exitFail
	}
	src, total, opts, closeLeads, code := lf.source(e, fs, newCfg, oldCfg)
	if code != exitOK {
		return code
	}
	defer closeLeads()
	opts.Reps, opts.Rules = nil, nil
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	pr := newProgress(e, total, e.progress && !*quiet)
	opts.Progress = pr.update
	d, err := sim.Diff(ctx, oldCfg.Build, newCfg.Build, src, opts)
	pr.done()
	if err != nil {
		printDiag(e, "diff", err)
		return exitFail
	}
	if *lf.leads != "" && !lf.warnedTime && d.New != nil {
		missingTimeNote(e, "diff", d.New.MissingTime, opts.Start)
	}
	eventsNote(e, "diff", opts.Events, d.New)
	if *asJSON {
		err = writeJSON(e, d)
	} else {
		err = d.WriteText(e.stdout, *changes)
		if err == nil {
			err = writeDiffLive(e.stdout, d)
		}
	}
	if err != nil {
		printErr(e, "diff", err)
		return exitFail
	}
	if *exitCode && d.Moved > 0 {
		return exitFail
	}
	return exitOK
}

// progress shows leads/s and an ETA on stderr, at most ten times a
// second, when enabled.
type progress struct {
	e       *env
	on      bool
	total   int
	start   time.Time
	last    time.Time
	printed bool
}

func newProgress(e *env, total int, on bool) *progress {
	now := time.Now()
	return &progress{e: e, on: on, total: total, start: now, last: now}
}

func (p *progress) update(done int) {
	if !p.on {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	el := now.Sub(p.start).Seconds()
	rate := float64(done) / max(el, 1e-9)
	msg := fmt.Sprintf("%s  %.0f leads/s", plural(done, "lead"), rate)
	if p.total > 0 && done <= p.total {
		eta := time.Duration(float64(p.total-done) / max(rate, 1e-9) * float64(time.Second)).Round(time.Second)
		msg = fmt.Sprintf("%d/%d leads (%.0f%%)  %.0f leads/s  ETA %s", done, p.total, 100*float64(done)/float64(p.total), rate, eta)
	}
	fmt.Fprintf(p.e.stderr, "\r\033[K%s", msg)
	p.printed = true
}

func (p *progress) done() {
	if p.printed {
		fmt.Fprint(p.e.stderr, "\r\033[K")
	}
}
