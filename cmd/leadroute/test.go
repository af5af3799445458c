package main

import (
	"context"
	_ "embed"
	"fmt"
	"os"
	"os/signal"
	"regexp"
	"strings"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/config"
	"github.com/leadroute/leadroute/config/cases"
)

//go:embed demo_cases.yaml
var demoCasesYAML []byte

const testSynopsis = `RULES CASES [--run REGEXP] [--json] [-v]
       leadroute test --demo [--print]

Runs the routing test cases in CASES against the rules file RULES, as go test
does: each case routes one lead on a fresh router at a fixed time and checks
the decision (rep, one of several reps, queue, rule, or not a rep). A failed
case shows what was expected, what happened and the routing trace. The cases
format is in config/FORMAT.md ("Test cases").

RULES or CASES may be "-" for stdin (one of them). Rules read from stdin
are JSON when they start with '{' and YAML otherwise, and an accounts CSV
they name is read relative to the working directory.

--demo runs the cases shipped with the demo rules (leadroute demo); with
--print it prints them, to start a cases file of your own.

Exit status: 0 all cases passed, 1 a case failed or a file is invalid,
2 usage error.`

// testResultJSON is how test --json prints one case.
type testResultJSON struct {
	Name       string           `json:"name"`
	Where      string           `json:"where"`
	Pass       bool             `json:"pass"`
	Want       string           `json:"want"`
	Rep        string           `json:"rep,omitempty"`
	Queue      string           `json:"queue,omitempty"`
	Rule       string           `json:"rule"`
	Reason     string           `json:"reason,omitempty"`
	Error      string           `json:"error,omitempty"`
	Mismatches []cases.Mismatch `json:"mismatches,omitempty"`
	Trace      []leadroute.Step `json:"trace,omitempty"` // step objects, as route prints them
}

// testReportJSON is what test --json prints.
type testReportJSON struct {
	Rules   string           `json:"rules"`
	Cases   string           `json:"cases"`
	Passed  int              `json:"passed"`
	Failed  int              `json:"failed"`
	Results []testResultJSON `json:"results"`
}

func cmdTest(e *env, args []string) int {
	fs := newFlags(e, "test", testSynopsis)
	runArg := fs.String("run", "", "run only the cases whose name matches this regular expression")
	asJSON := fs.Bool("json", false, "print the results as JSON")
	verbose := fs.Bool("v", false, "also list the cases that pass")
	demo := fs.Bool("demo", false, "run the demo's cases against the demo's rules")
	printCases := fs.Bool("print", false, "with --demo: print the demo's cases file and exit")
	seed := fs.Uint64("seed", 1, "seed for random strategies")
	pos, err := fs.parseArgs(args)
	if err != nil {
		return parseExit(err)
	}
	want := 2
	if *demo {
		want = 0
	}
	if len(pos) != want {
		switch {
		case *demo:
			fs.usageError("--demo takes no file arguments, got %q", pos[0])
		case len(pos) < want:
			fs.usageError("missing %s: want a rules file and a cases file", plural(want-len(pos), "file argument"))
		default:
			fs.usageError("unexpected argument %q", pos[want])
		}
		return exitUsage
	}
	if *printCases && !*demo {
		fmt.Fprintln(e.stderr, "leadroute test: --print goes with --demo")
		return exitUsage
	}
	if *printCases {
		e.stdout.Write(demoCasesYAML)
		return exitOK
	}
	opts := cases.Options{Seed: *seed}
	if *runArg != "" {
		re, err := regexp.Compile(*runArg)
		if err != nil {
			fmt.Fprintf(e.stderr, "leadroute test: --run: %v\n", err)
			return exitUsage
		}
		opts.Run = re
	}

	var cfg *config.Config
	var file *cases.File
	rulesName, casesName := "demo.yaml", "demo_cases.yaml"
	if *demo {
		if cfg, err = config.Parse(demoYAML, config.YAML); err != nil {
			printErr(e, "test", fmt.Errorf("embedded demo.yaml: %w", err))
			return exitFail
		}
		file, err = cases.Parse(demoCasesYAML, casesName)
	} else {
		if !stdinOnce(fs, pos[0], pos[1]) {
			return exitUsage
		}
		rulesName, casesName = displayName(pos[0]), displayName(pos[1])
		var ok bool
		if cfg, ok = load(e, "test", pos[0]); !ok {
			return exitFail
		}
		file, err = loadCases(e, pos[1])
	}
	if err != nil {
		printDiag(e, "test", err)
		return exitFail
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	results, err := cases.Run(ctx, cfg, file, opts)
	if err != nil {
		printDiag(e, "test", err)
		return exitFail
	}
	failed := 0
	for i := range results {
		if !results[i].Passed() {
			failed++
		}
	}
	if *asJSON {
		rep := testReportJSON{Rules: rulesName, Cases: casesName, Passed: len(results) - failed, Failed: failed, Results: []testResultJSON{}}
		for i := range results {
			r := &results[i]
			d := r.Decision
			rj := testResultJSON{Name: r.Case.Name, Where: r.Case.Where(casesName), Pass: r.Passed(), Want: r.Case.Expect.String(),
				Rep: d.RepID, Queue: d.Queue, Rule: d.Rule, Reason: d.Reason, Mismatches: r.Mismatches}
			if r.Err != nil {
				rj.Error = r.Err.Error()
			}
			rj.Trace = d.Trace
			rep.Results = append(rep.Results, rj)
		}
		if err := writeJSON(e, rep); err != nil {
			printErr(e, "test", err)
			return exitFail
		}
	} else {
		for i := range results {
			r := &results[i]
			switch {
			case !r.Passed():
				fmt.Fprintf(e.stdout, "--- FAIL: %s (%s)\n", r.Case.Name, r.Case.Where(casesName))
				for line := range strings.Lines(r.Report()) {
					fmt.Fprintf(e.stdout, "    %s", line)
				}
			case *verbose:
				fmt.Fprintf(e.stdout, "--- PASS: %s\n", r.Case.Name)
			}
		}
		switch {
		case failed > 0:
			fmt.Fprintf(e.stdout, "FAIL\t%s\t%d failed, %d passed\n", casesName, failed, len(results)-failed)
		default:
			fmt.Fprintf(e.stdout, "ok  \t%s\t%s passed\n", casesName, plural(len(results), "case"))
		}
	}
	if len(results) == 0 && opts.Run != nil {
		fmt.Fprintf(e.stderr, "leadroute test: warning: no case matches --run %q\n", *runArg)
	}
	if failed > 0 {
		return exitFail
	}
	return exitOK
}
