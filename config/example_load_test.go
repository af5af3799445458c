package config_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing/fstest"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/config"
)

// Load reads a rules file (YAML here; ".json" is JSON); Build makes a
// router of it, with options of your own such as a clock and a seed.
func ExampleLoad() {
	cfg, err := config.Load("testdata/sample.yaml")
	if err != nil {
		fmt.Println(err) // every problem, as file:line: path: message
		return
	}
	monday := time.Date(2026, 11, 23, 15, 0, 0, 0, time.UTC)
	r, err := cfg.Build(leadroute.WithClock(leadroute.NewManualClock(monday)), leadroute.WithSeed(1))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(cfg.Reps()), "reps,", len(cfg.Rules()), "rules, fallback", cfg.Fallback())
	d, err := r.Route(context.Background(), leadroute.Lead{ID: "L1", Email: "jo@example.fr", Country: "France", Employees: 40})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d)
	// Output:
	// 12 reps, 6 rules, fallback sdr-triage
	// rep amelie by rule "regional" (round-robin)
}

// LoadFS reads the rules from a file system: an embed.FS compiled into the
// program, os.DirFS, or here an in-memory fstest.MapFS. The accounts CSV
// the rules file names is read from the same file system, next to it.
func ExampleLoadFS() {
	fsys := fstest.MapFS{
		"rules/rules.yaml": {Data: []byte(`
reps: [{id: hannah}, {id: marcus}]
accounts: {csv: accounts.csv}
rules:
  - {name: named-accounts, match: {account: true}, strategy: account_owner, pool: [hannah, marcus]}
`)},
		"rules/accounts.csv": {Data: []byte("id,name,domains,owner\nA1,Acme,acme.com,hannah\n")},
	}
	cfg, err := config.LoadFS(fsys, "rules/rules.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := cfg.Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	d, _ := r.Route(context.Background(), leadroute.Lead{ID: "L1", Email: "jo@eu.acme.com"})
	fmt.Println(d)

	_, err = config.LoadFS(fsys, "rules/missing.yaml")
	fmt.Println(err)
	// Output:
	// rep hannah by rule "named-accounts" (account owner)
	// open rules/missing.yaml: file does not exist
}

// Lint reports likely mistakes in a rules file that validates: here a rule
// that decides only when the rule above it, which matches every lead it
// matches, has nobody eligible.
func ExampleLint() {
	cfg, err := config.Parse([]byte(`
reps: [{id: ana}, {id: bob}]
rules:
  - {name: europe, match: {country: [ES, FR, DE]}, pool: [ana]}
  - {name: spain, match: {country: ES}, pool: [bob]}
`), config.YAML)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range config.Lint(cfg) {
		fmt.Println(f)
	}
	// Output:
	// line 5, column 5: warning: rules[1]: rule "spain" fires only when earlier rule "europe" (line 4), which matches every lead it matches, has nobody eligible; e.g. {"country":"ES"} [LR103 covered]
}

// Watch keeps a router in step with its rules file: edit the file and the
// next poll that sees it settled reloads the rules, keeping round-robin
// cursors and counters. Run it in a goroutine and cancel ctx to stop it.
func ExampleWatch() {
	dir, err := os.MkdirTemp("", "watch")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "rules.yaml")
	write := func(pool string) error {
		rules := "reps: [{id: ana}, {id: bob}]\nrules:\n  - {name: all, pool: [" + pool + "]}\n"
		// Write aside and rename, as an editor or a deploy does, so that
		// the watcher never reads a half-written file.
		tmp := path + ".tmp"
		if err := os.WriteFile(tmp, []byte(rules), 0o644); err != nil {
			return err
		}
		return os.Rename(tmp, path)
	}
	if err := write("ana"); err != nil {
		fmt.Println(err)
		return
	}
	cfg, err := config.Load(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := cfg.Build()
	if err != nil {
		fmt.Println(err)
		return
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error)
	go func() {
		done <- config.Watch(ctx, r, path, 10*time.Millisecond, func(err error) { fmt.Println("reload failed:", err) })
	}()
	route := func() string {
		d, _ := r.Explain(ctx, leadroute.Lead{ID: "L1"})
		return d.RepID
	}
	fmt.Println("before:", route())

	if err := write("bob, ana"); err != nil {
		fmt.Println(err)
		cancel()
		<-done
		return
	}
	for deadline := time.Now().Add(10 * time.Second); route() != "bob" && time.Now().Before(deadline); {
		time.Sleep(5 * time.Millisecond)
	}
	fmt.Println("after the edit:", route())

	cancel()
	fmt.Println("Watch returned:", errors.Is(<-done, context.Canceled))
	// Output:
	// before: ana
	// after the edit: bob
	// Watch returned: true
}
