// Command leadroute validates, lints, tries out and simulates leadroute
// rules files.
//
// Usage:
//
//	leadroute demo                      see real routing with no input
//	leadroute validate FILE             check a rules file
//	leadroute lint FILE                 look for likely mistakes (--fail-on, --disable, --json)
//	leadroute route FILE [--lead JSON]  route leads (JSON Lines on stdin)
//	leadroute simulate FILE [--leads F | --generate N] [--json] [--html F]
//	leadroute diff OLD NEW [--leads F | --generate N] [--json]
//	leadroute test RULES CASES [--run REGEXP] [--json]
//	leadroute import salesforce FILE [--users CSV] [--fields CSV] [-o OUT]
//
// Exit status: 0 success, 1 an invalid rules file, lint findings (at or
// above lint's --fail-on severity) or another failure, 2 a usage error.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	// The CLI must run in slim containers that have no time zone
	// database: embed one (about 450 KB), used when the system has none.
	_ "time/tzdata"
)

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1 // invalid config, findings, I/O or input errors
	exitUsage = 2
)

const usage = `leadroute routes sales leads to reps by rules. Try it:

  leadroute demo                         route generated leads with sample rules

Commands:
  validate FILE                          check a rules file (YAML or JSON)
  lint FILE [--fail-on S] [--disable C] [--json]
                                         look for likely mistakes in a valid file;
                                         exit 1 on findings at or above S (warning)
  route FILE [--lead JSON] [--at T]      route one lead, or JSON Lines from stdin;
                                         prints decisions as JSON Lines
  simulate FILE [--leads F | --generate N --seed S] [--json] [--html F]
                                         replay leads on a virtual clock and report
  diff OLD NEW [--leads F | --generate N --seed S] [--json]
                                         which leads would move between two rule files
  test RULES CASES [--run REGEXP] [--json] [-v]
                                         run routing test cases (--demo: the demo's own)
  import salesforce FILE [--users CSV] [--fields CSV] [-o OUT]
                                         translate Salesforce lead assignment rules
  demo [--print-config] [--html F]       the above, on an embedded sample

Run 'leadroute COMMAND -h' for a command's flags.
Exit status: 0 ok, 1 invalid rules, findings or other failure, 2 usage error.
`

// env is what a command may touch, so that tests can run commands in
// process as well as through the built binary.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// progress reports whether long runs may show progress on stderr.
	progress bool
}

type command struct {
	run func(e *env, args []string) int
}

var commands = map[string]command{
	"validate": {cmdValidate},
	"lint":     {cmdLint},
	"route":    {cmdRoute},
	"simulate": {cmdSimulate},
	"diff":     {cmdDiff},
	"test":     {cmdTest},
	"demo":     {cmdDemo},
	"import":   {cmdImport},
}

func main() {
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, progress: isTerminal(os.Stderr)}
	os.Exit(run(e, os.Args[1:]))
}

func run(e *env, args []string) int {
	if len(args) == 0 {
		fmt.Fprint(e.stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(e.stdout, usage)
		return exitOK
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "leadroute: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
	return c.run(e, args[1:])
}

// isTerminal reports whether f is a character device (a terminal), without
// a dependency.
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// newFlags makes a command's flag set, printing its usage to e.stderr.
func newFlags(e *env, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: leadroute %s %s\n", name, synopsis)
		hasFlags := false
		fs.VisitAll(func(*flag.Flag) { hasFlags = true })
		if hasFlags {
			fmt.Fprintln(e.stderr, "\nflags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// errUsage marks a usage error already reported.
var errUsage = errors.New("usage")

// parse parses flags anywhere among the arguments (the standard flag
// package stops at the first positional one) and checks the number of
// positional arguments. On error it prints the problem and the usage.
func parse(fs *flag.FlagSet, args []string, positional int) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, flag.ErrHelp
			}
			return nil, errUsage
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if rest[0] == "--" {
			pos = append(pos, rest[1:]...)
			break
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
	if len(pos) != positional {
		switch {
		case len(pos) < positional:
			fmt.Fprintf(fs.Output(), "leadroute %s: missing %s\n", fs.Name(), plural(positional-len(pos), "file argument"))
		default:
			fmt.Fprintf(fs.Output(), "leadroute %s: unexpected argument %q\n", fs.Name(), pos[positional])
		}
		fs.Usage()
		return nil, errUsage
	}
	return pos, nil
}

// parseExit maps a parse error to an exit code.
func parseExit(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	return exitUsage
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// printErr prints an error, one problem per line, prefixed with the
// command name unless the lines already name a file.
func printErr(e *env, cmd string, err error) {
	for line := range strings.SplitSeq(err.Error(), "\n") {
		fmt.Fprintf(e.stderr, "leadroute %s: %s\n", cmd, line)
	}
}
