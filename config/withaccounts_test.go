package config_test

import (
	"context"
	"errors"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/accounts"
	"github.com/leadroute/leadroute/config"
)

const ownedRules = `
reps:
  - {id: alice}
  - {id: bob}
  - {id: carol}
accounts:
  - {id: acme, domains: [acme.com], owner: alice}
  - {id: acme-uk, domains: [acme.co.uk], owner: alice, parent: acme}
rules:
  - name: named-accounts
    match: {account: true}
    strategy: account_owner
  - name: sticky
    match: {country: FR}
    pool: [alice, bob, carol]
    strategy: {type: sticky, key: account}
  - name: others
    match: {}
    pool: [carol]
`

// routeTo routes one lead on a fresh router of cfg and returns the rep
// and rule.
func routeTo(t *testing.T, cfg *config.Config, l leadroute.Lead) (rep, rule string) {
	t.Helper()
	r, err := cfg.Build(leadroute.WithSeed(1))
	require.NoError(t, err)
	d, err := r.Route(context.Background(), l)
	require.NoError(t, err)
	return d.RepID, d.Rule
}

func TestWithAccounts(t *testing.T) {
	cfg, err := config.Parse([]byte(ownedRules), config.YAML)
	require.NoError(t, err)
	tests := []struct {
		name     string
		extra    []accounts.Account
		email    string
		rep      string
		rule     string
		accounts int
	}{
		{"none added", nil, "jo@globex.com", "carol", "others", 2},
		{"an added account routes to its owner", []accounts.Account{{ID: "globex", Domains: []string{"globex.com"}, Owner: "bob"}},
			"jo@globex.com", "bob", "named-accounts", 3},
		{"the file's accounts stay", []accounts.Account{{ID: "globex", Domains: []string{"globex.com"}, Owner: "bob"}},
			"jo@acme.com", "alice", "named-accounts", 3},
		{"an account of the same ID replaces the file's", []accounts.Account{{ID: "acme", Domains: []string{"acme.com"}, Owner: "bob"}},
			"jo@acme.com", "bob", "named-accounts", 2},
		{"a replaced account keeps its subsidiaries", []accounts.Account{{ID: "acme", Name: "Acme", Owner: "bob"}},
			"jo@acme.co.uk", "alice", "named-accounts", 2},
		{"a subsidiary of a file account", []accounts.Account{{ID: "acme-de", Domains: []string{"acme.de"}, Parent: "acme", Owner: "bob"}},
			"jo@acme.de", "bob", "named-accounts", 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := cfg.WithAccounts(tc.extra)
			require.NoError(t, err)
			rep, rule := routeTo(t, got, leadroute.Lead{ID: "l1", Email: tc.email})
			assert.Equal(t, tc.rep, rep)
			assert.Equal(t, tc.rule, rule)
			assert.Equal(t, tc.accounts, got.Accounts().Len())
			assert.Equal(t, cfg.Hash(), got.Hash())
			assert.Equal(t, len(cfg.Rules()), len(got.Rules()))
		})
	}
	// cfg itself is unchanged.
	rep, _ := routeTo(t, cfg, leadroute.Lead{ID: "l1", Email: "jo@globex.com"})
	assert.Equal(t, "carol", rep)
	assert.Equal(t, 2, cfg.Accounts().Len())

	// Sticky by account sees the added account: two leads of one new
	// account stay with one rep.
	got, err := cfg.WithAccounts([]accounts.Account{{ID: "initech", Domains: []string{"initech.fr"}}})
	require.NoError(t, err)
	r, err := got.Build(leadroute.WithSeed(1))
	require.NoError(t, err)
	d1, _ := r.Route(context.Background(), leadroute.Lead{ID: "a", Country: "FR", Email: "x@initech.fr"})
	d2, _ := r.Route(context.Background(), leadroute.Lead{ID: "b", Country: "FR", Email: "y@initech.fr"})
	assert.Equal(t, "sticky", d1.Rule)
	assert.Equal(t, d1.RepID, d2.RepID)
}

func TestWithAccountsErrors(t *testing.T) {
	cfg, err := config.Parse([]byte(ownedRules), config.YAML)
	require.NoError(t, err)
	tests := []struct {
		name  string
		extra []accounts.Account
		row   int
		field string
		msg   string
	}{
		{"unknown owner", []accounts.Account{{ID: "g", Name: "Globex", Owner: "bobb"}}, 0, "owner", `unknown rep "bobb" (did you mean "bob"?)`},
		{"unknown backup", []accounts.Account{{ID: "g", Name: "Globex"}, {ID: "h", Name: "Hooli", Backup: "zed"}}, 1, "backup", `unknown rep "zed"`},
		{"missing ID", []accounts.Account{{ID: "g", Name: "Globex"}, {Name: "Hooli"}}, 1, "id", "missing ID"},
		{"duplicate ID", []accounts.Account{{ID: "g", Name: "Globex"}, {ID: "g", Name: "Hooli"}}, 1, "id", "duplicate ID"},
		{"free-mail domain", []accounts.Account{{ID: "g", Domains: []string{"gmail.com"}}}, 0, "domains", "gmail.com"},
		{"unknown parent", []accounts.Account{{ID: "g", Name: "Globex", Parent: "nope"}}, 0, "parent", "nope"},
		{"a cycle through a file account", []accounts.Account{{ID: "acme", Name: "Acme", Parent: "acme-uk"}}, -2, "", "cycle"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := cfg.WithAccounts(tc.extra)
			require.Error(t, err)
			assert.Nil(t, got)
			assert.ErrorIs(t, err, accounts.ErrInvalid)
			var ae *accounts.Error
			require.True(t, errors.As(err, &ae), "%T: %v", err, err)
			assert.Contains(t, ae.Err.Error(), tc.msg)
			if tc.row >= -1 {
				assert.Equal(t, tc.row, ae.Row)
				assert.Equal(t, tc.field, ae.Field)
			} else {
				assert.Contains(t, []int{-1, 0}, ae.Row)
			}
		})
	}
}

// TestWithAccountsCSV: accounts from a CSV are kept without reading the
// file again, and a file without accounts gains a book that no rule reads.
func TestWithAccountsCSV(t *testing.T) {
	fsys := fstest.MapFS{
		"rules.yaml":   {Data: []byte("reps: [{id: alice}, {id: bob}]\naccounts: {csv: accounts.csv}\nrules:\n  - {name: owned, match: {account: true}, strategy: account_owner}\n  - {name: rest, match: {}, pool: [alice]}\n")},
		"accounts.csv": {Data: []byte("id,name,domains,owner\nacme,Acme,acme.com,bob\n")},
	}
	cfg, err := config.LoadFS(fsys, "rules.yaml")
	require.NoError(t, err)
	delete(fsys, "accounts.csv")
	got, err := cfg.WithAccounts([]accounts.Account{{ID: "globex", Domains: []string{"globex.com"}, Owner: "alice"}})
	require.NoError(t, err)
	for email, want := range map[string]string{"jo@acme.com": "bob", "jo@globex.com": "alice"} {
		rep, rule := routeTo(t, got, leadroute.Lead{ID: "l", Email: email})
		assert.Equal(t, want, rep, email)
		assert.Equal(t, "owned", rule, email)
	}
	assert.Equal(t, "rules.yaml", got.File())

	plain, err := config.Parse([]byte("reps: [{id: alice}]\nrules: [{name: all, match: {}, pool: [alice]}]\n"), config.YAML)
	require.NoError(t, err)
	require.Nil(t, plain.Accounts())
	got, err = plain.WithAccounts([]accounts.Account{{ID: "globex", Domains: []string{"globex.com"}, Owner: "alice"}})
	require.NoError(t, err)
	assert.Equal(t, 1, got.Accounts().Len())
}
