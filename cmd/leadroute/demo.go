package main

import (
	"context"
	_ "embed"
	"flag"
	"fmt"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/config"
	"github.com/leadroute/leadroute/sim"
)

//go:embed demo.yaml
var demoYAML []byte

func cmdDemo(e *env, args []string) int {
	fs := newFlags(e, "demo", "[--print-config] [--generate N] [--seed S] [--work-time D|never] [--html F]\n\nRoutes generated leads with an embedded sample rules file: shows 20 decisions\nwith who, by which rule and why, then simulates all the leads.")
	printCfg := fs.Bool("print-config", false, "print the embedded rules file and exit")
	n := fs.Int("generate", 5000, "how many leads to generate and simulate")
	// --leads N was the old spelling; --leads names a lead file elsewhere.
	fs.IntVar(n, "leads", 5000, "deprecated: use --generate")
	fs.hide("leads")
	seed := fs.Uint64("seed", 1, "seed for the generated leads")
	show := fs.Int("show", 20, "how many individual decisions to show")
	htmlOut := fs.String("html", "", "also write the HTML report to this file")
	workTime := addWorkTime(fs)
	if _, err := fs.parse(args, 0); err != nil {
		return parseExit(err)
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	switch {
	case set["leads"] && set["generate"]:
		fs.usageError("give --generate, not --leads (its deprecated spelling) too")
		return exitUsage
	case set["leads"]:
		fmt.Fprintln(e.stderr, "leadroute demo: --leads N is deprecated and will be removed: use --generate N (--leads names a lead file in simulate and diff)")
	}
	if *printCfg {
		e.stdout.Write(demoYAML)
		return exitOK
	}
	if *n <= 0 || *show < 0 {
		fmt.Fprintln(e.stderr, "leadroute demo: --generate must be positive and --show not negative")
		return exitUsage
	}
	cfg, err := config.Parse(demoYAML, config.YAML)
	if err != nil {
		printErr(e, "demo", fmt.Errorf("embedded demo.yaml: %w", err))
		return exitFail
	}
	leads := sim.Generate(*seed, *n, sim.GenOptions{})
	every := max(1, *n/max(*show, 1))
	type shown struct {
		l leadroute.Lead
		d leadroute.Decision
	}
	var sample []shown
	i := 0
	opts := sim.Options{Reps: cfg.Reps(), Rules: cfg.Rules(), Seed: *seed, WorkTime: time.Duration(*workTime),
		OnDecision: func(l leadroute.Lead, d leadroute.Decision) {
			if i%every == 0 && len(sample) < *show {
				sample = append(sample, shown{l, d})
			}
			i++
		}}
	pr := newProgress(e, *n, e.progress)
	opts.Progress = pr.update
	rep, err := sim.Run(context.Background(), cfg.Build, sim.Leads(leads), opts)
	pr.done()
	if err != nil {
		printErr(e, "demo", err)
		return exitFail
	}

	out := e.stdout
	fmt.Fprintf(out, "leadroute demo: %s and %s from the embedded demo.yaml (see it with: leadroute demo --print-config)\n\n",
		plural(len(cfg.Reps()), "rep"), plural(len(cfg.Rules()), "rule"))
	if len(sample) > 0 {
		fmt.Fprintf(out, "%d of %s generated (one every %d), each routed at the time it arrived:\n\n", len(sample), leadCount(*n), every)
		tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "  lead\tarrived (UTC)\tfrom\tsize\tsource\tscore\t→ routed to\trule\twhy")
		for _, s := range sample {
			l := s.l
			l.Normalize()
			from := l.Country
			if l.State != "" {
				from = l.State
			}
			if from == "" {
				from = "?"
			}
			to := s.d.RepID
			if to == "" {
				to = "queue " + s.d.Queue
			}
			rule := s.d.Rule
			if rule == "" {
				rule = "(none)"
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%d\t→ %s\t%s\t%s\n", l.ID, s.d.At.UTC().Format("Mon 01-02 15:04"), from,
				commas(l.Employees), l.Source, l.Score, to, rule, why(s.d))
		}
		tw.Flush()
		fmt.Fprintln(out)
	}
	fmt.Fprintf(out, "The simulation of all %s, on a virtual clock with the reps' hours, time off and caps in force:\n\n", leadCount(*n))
	if err := rep.WriteText(out); err != nil {
		printErr(e, "demo", err)
		return exitFail
	}
	if *htmlOut != "" {
		if err := writeHTMLFile(*htmlOut, rep); err != nil {
			printErr(e, "demo", err)
			return exitFail
		}
		fmt.Fprintf(e.stderr, "wrote %s\n", *htmlOut)
	}
	fmt.Fprintf(out, "\nNext: leadroute demo --print-config > rules.yaml, edit it, then\n"+
		"  leadroute lint rules.yaml\n"+
		"  leadroute simulate rules.yaml --generate 20000 --html report.html\n"+
		"  echo '{\"id\":\"x1\",\"country\":\"DE\",\"employees\":2500,\"email\":\"eva@globex.de\"}' | leadroute route rules.yaml --trace\n")
	return exitOK
}

// why explains a decision in a few words: the strategy's reason, earlier
// rules that matched but had nobody eligible (and why), and lead problems.
func why(d leadroute.Decision) string {
	var parts []string
	switch {
	case d.Rule == "":
		parts = append(parts, "no rule decided")
	case d.Reason != "":
		parts = append(parts, d.Reason)
	}
	skips := map[string]map[string]int{}
	for _, st := range d.Trace {
		if st.Event == leadroute.EventRepSkipped {
			if skips[st.Rule] == nil {
				skips[st.Rule] = map[string]int{}
			}
			skips[st.Rule][st.Skip.String()]++
		}
	}
	for _, st := range d.Trace {
		if st.Event == leadroute.EventNoEligible && st.Rule != d.Rule {
			reasons := slices.Sorted(maps.Keys(skips[st.Rule]))
			msg := st.Rule + ": nobody eligible"
			if len(reasons) > 0 {
				msg += " (" + strings.Join(reasons, ", ") + ")"
			}
			parts = append(parts, msg)
		}
	}
	if len(d.Problems) > 0 {
		parts = append(parts, "lead problem: "+d.Problems[0])
	}
	return strings.Join(parts, "; ")
}

// leadCount is "1 lead" or "5,000 leads".
func leadCount(n int) string {
	if n == 1 {
		return "1 lead"
	}
	return commas(n) + " leads"
}

func commas(n int) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 && s[i-1] != '-' {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
