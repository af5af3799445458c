// Command leadroute validates, lints, tries out and simulates leadroute
// rules files.
//
// Usage:
//
//	leadroute demo                      see real routing with no input
//	leadroute validate FILE [--json]    check a rules file
//	leadroute lint FILE                 look for likely mistakes (--fail-on, --disable, --json)
//	leadroute route FILE [--lead JSON | --leads F]  route leads (JSON Lines, stdin by default)
//	leadroute simulate FILE [--leads F | --generate N] [--json] [--html F]
//	leadroute diff OLD NEW [--leads F | --generate N] [--json]
//	leadroute test RULES CASES [--run REGEXP] [--json]
//	leadroute import salesforce FILE [--users CSV] [--fields CSV] [-o OUT]
//	leadroute version [--json]
//	leadroute help [COMMAND]
//
// A FILE argument "-" reads stdin. Help (-h, help COMMAND) goes to stdout;
// usage errors go to stderr.
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
  validate FILE [--json]                 check a rules file (YAML or JSON)
  lint FILE [--fail-on S] [--disable C] [--json]
                                         look for likely mistakes in a valid file;
                                         exit 1 on findings at or above S (warning)
  route FILE [--lead JSON | --leads F] [--at T]
                                         route one lead, or JSON Lines (stdin by default);
                                         prints decisions as JSON Lines
  simulate FILE [--leads F | --generate N --seed S] [--start T] [--json] [--html F]
                                         replay leads on a virtual clock and report;
                                         --work-time, --events, --accept-mean and
                                         --check-every model live operations
  diff OLD NEW [--leads F | --generate N --seed S] [--json]
                                         which leads would move between two rule files
  test RULES CASES [--run REGEXP] [--json] [-v]
                                         run routing test cases (--demo: the demo's own)
  import salesforce FILE [--users CSV] [--fields CSV] [-o OUT]
                                         translate Salesforce lead assignment rules
  demo [--print-config] [--generate N] [--html F]
                                         the above, on an embedded sample
  version [--json]                       the module version, VCS revision and Go version

FILE "-" reads stdin (for one file per command).
Run 'leadroute help COMMAND' or 'leadroute COMMAND -h' for a command's flags.
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
	"version":  {cmdVersion},
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
	case "-h", "-help", "--help":
		fmt.Fprint(e.stdout, usage)
		return exitOK
	case "help":
		switch len(args) {
		case 1:
			fmt.Fprint(e.stdout, usage)
			return exitOK
		case 2:
			if _, ok := commands[args[1]]; !ok {
				fmt.Fprintf(e.stderr, "leadroute help: unknown command %q\n\n%s", args[1], usage)
				return exitUsage
			}
			return commands[args[1]].run(e, []string{"-h"})
		default:
			fmt.Fprintf(e.stderr, "leadroute help: want one command, got %q\n", args[1:])
			return exitUsage
		}
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

// flagSet is a command's flag set: its flags, its synopsis, and flags
// kept for old spellings but left out of the help.
type flagSet struct {
	*flag.FlagSet
	e        *env
	synopsis string
	hidden   map[string]bool
}

// newFlags makes a command's flag set. Its help goes to e.stdout when asked
// for (-h) and to e.stderr after a usage error.
func newFlags(e *env, name, synopsis string) *flagSet {
	fs := &flagSet{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError), e: e, synopsis: synopsis, hidden: map[string]bool{}}
	fs.SetOutput(e.stderr)
	fs.Usage = func() {} // parse prints the help itself, to the right stream
	return fs
}

// hide leaves the flag name out of the help (a deprecated spelling).
func (fs *flagSet) hide(name string) { fs.hidden[name] = true }

// printUsage prints the synopsis and the flags to w.
func (fs *flagSet) printUsage(w io.Writer) {
	fmt.Fprintf(w, "usage: leadroute %s %s\n", fs.Name(), fs.synopsis)
	var visible []*flag.Flag
	fs.VisitAll(func(f *flag.Flag) {
		if !fs.hidden[f.Name] {
			visible = append(visible, f)
		}
	})
	if len(visible) == 0 {
		return
	}
	fmt.Fprintln(w, "\nflags:")
	// PrintDefaults prints every flag: print those shown through a copy.
	shown := flag.NewFlagSet(fs.Name(), flag.ContinueOnError)
	shown.SetOutput(w)
	for _, f := range visible {
		shown.Var(f.Value, f.Name, f.Usage)
		shown.Lookup(f.Name).DefValue = f.DefValue
	}
	shown.PrintDefaults()
}

// usageError reports a usage error on stderr, followed by the help, and
// returns errUsage.
func (fs *flagSet) usageError(format string, args ...any) error {
	fmt.Fprintf(fs.e.stderr, "leadroute %s: %s\n", fs.Name(), fmt.Sprintf(format, args...))
	fs.printUsage(fs.e.stderr)
	return errUsage
}

// errUsage marks a usage error already reported.
var errUsage = errors.New("usage")

// parse parses flags anywhere among the arguments, as parseArgs does, and
// checks the number of positional arguments. On error it prints the
// problem and the usage.
func (fs *flagSet) parse(args []string, positional int) ([]string, error) {
	pos, err := fs.parseArgs(args)
	if err != nil {
		return nil, err
	}
	switch {
	case len(pos) < positional:
		return nil, fs.usageError("missing %s", plural(positional-len(pos), "file argument"))
	case len(pos) > positional:
		return nil, fs.usageError("unexpected argument %q", pos[positional])
	}
	return pos, nil
}

// parseArgs parses flags anywhere among the arguments (the standard flag
// package stops at the first positional one; "--" ends the flags) and
// returns the positional ones without checking how many there are. A
// lone "-" is a positional argument (stdin). For -h it prints the help to
// stdout and returns flag.ErrHelp; on a bad flag it prints the problem and
// the help to stderr and returns errUsage.
func (fs *flagSet) parseArgs(args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.printUsage(fs.e.stdout)
				return nil, flag.ErrHelp
			}
			fs.printUsage(fs.e.stderr)
			return nil, errUsage
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if rest[0] == "--" {
			return append(pos, rest[1:]...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
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
