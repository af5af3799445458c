package config

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const csvRules = `reps: [{id: alice}]
accounts: {csv: %s}
rules:
  - {name: owned, match: {account: true}, pool: [alice]}
`

// loadPromptly runs Load in a goroutine and fails the test if it has not
// returned within a generous deadline (it must never wait for a writer).
func loadPromptly(t *testing.T, path string) (*Config, error) {
	t.Helper()
	type result struct {
		cfg *Config
		err error
	}
	done := make(chan result, 1)
	go func() {
		cfg, err := Load(path)
		done <- result{cfg, err}
	}()
	select {
	case r := <-done:
		return r.cfg, r.err
	case <-time.After(20 * time.Second):
		t.Fatalf("Load(%s) blocked", path)
		return nil, nil
	}
}

// TestAccountsCSVRelative: a relative CSV path is read from the rules
// file's directory, wherever the process runs.
func TestAccountsCSVRelative(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "rules", "data"), 0o755))
	csv := "id,name,domains,owner\nA1,Acme,acme.com,alice\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "rules", "data", "accounts.csv"), []byte(csv), 0o644))
	for _, ref := range []string{"data/accounts.csv", "./data/accounts.csv", filepath.Join(dir, "rules", "data", "accounts.csv")} {
		t.Run(ref, func(t *testing.T) {
			rules := filepath.Join(dir, "rules", "rules.yaml")
			require.NoError(t, os.WriteFile(rules, []byte(strings.Replace(csvRules, "%s", ref, 1)), 0o644))
			cfg, err := loadPromptly(t, rules)
			require.NoError(t, err)
			require.NotNil(t, cfg.Accounts())
			assert.Equal(t, 1, cfg.Accounts().Len())
		})
	}
}

// TestAccountsCSVHostile: whatever path a rules file names, Load returns
// promptly with an error at the accounts key, and never copies the named
// file's content into the error.
func TestAccountsCSVHostile(t *testing.T) {
	dir := t.TempDir()
	secret := filepath.Join(dir, "secret")
	require.NoError(t, os.WriteFile(secret, []byte("s3cr3t-t0ken\nmore\n"), 0o600))
	big := filepath.Join(dir, "big.csv")
	f, err := os.Create(big)
	require.NoError(t, err)
	require.NoError(t, f.Truncate(MaxFileSize+1)) // sparse: no disk used
	require.NoError(t, f.Close())
	tests := []struct {
		name, path string
		want       string
	}{
		{"directory", dir, "a directory; want a regular file"},
		{"device", os.DevNull, "a device; want a regular file"},
		{"stdin", "/dev/stdin", "want a regular file"},
		{"missing", filepath.Join(dir, "nope.csv"), "no such file"},
		{"too large", big, "file larger than 8388608 bytes"},
		{"not a CSV", secret, "secret:1: column 1 of the header is not one of id,name,domains,owner,backup,parent"},
	}
	if fifo := mkfifo(t, dir); fifo != "" {
		tests = append(tests, struct{ name, path, want string }{"named pipe", fifo, "a named pipe; want a regular file"})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := os.Lstat(tt.path); err != nil && tt.name != "missing" {
				t.Skipf("no %s here", tt.path)
			}
			rules := filepath.Join(dir, "rules.yaml")
			require.NoError(t, os.WriteFile(rules, []byte(strings.Replace(csvRules, "%s", tt.path, 1)), 0o644))
			cfg, err := loadPromptly(t, rules)
			require.Error(t, err)
			assert.Nil(t, cfg)
			e := firstError(t, err)
			assert.Equal(t, 2, e.Line)
			assert.Contains(t, []string{"accounts.csv", tt.path + ":1"}, e.Path)
			assert.Contains(t, err.Error(), tt.want)
			assert.NotContains(t, err.Error(), "s3cr3t")
		})
	}
}

// TestRulesFileNotRegular: Load and Watch refuse a rules "file" that is a
// named pipe, at once, instead of waiting for a writer.
func TestRulesFileNotRegular(t *testing.T) {
	dir := t.TempDir()
	fifo := mkfifo(t, dir)
	if fifo == "" {
		t.Skip("no named pipes here")
	}
	_, err := loadPromptly(t, fifo)
	require.ErrorContains(t, err, "a named pipe; want a regular file")

	r := mustParse(t, version("a"))
	rt, err := r.Build()
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	errs := make(chan error, 100)
	done := make(chan error, 1)
	go func() {
		done <- Watch(ctx, rt, fifo, time.Millisecond, func(err error) { errs <- err })
	}()
	select {
	case err := <-errs:
		assert.ErrorContains(t, err, "a named pipe")
	case <-time.After(20 * time.Second):
		t.Fatal("Watch blocked on a named pipe")
	}
	cancel()
	select {
	case err := <-done:
		assert.ErrorIs(t, err, context.Canceled)
	case <-time.After(20 * time.Second):
		t.Fatal("Watch did not return after cancel")
	}
}
