package cases_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute/accounts"
	"github.com/leadroute/leadroute/config"
	"github.com/leadroute/leadroute/config/cases"
)

// ownerRules route named accounts to their owner (or backup) and the
// rest to cy. The file has one account; cases add their own.
const ownerRules = `
fallback: triage
reps:
  - {id: ann}
  - {id: bob}
  - {id: cy}
accounts:
  - {id: acme, domains: [acme.com], owner: ann}
rules:
  - name: named
    match: {account: true}
    strategy: account_owner
  - name: rest
    match: {}
    pool: [cy]
`

func ownerConfig(t *testing.T) *config.Config {
	t.Helper()
	cfg, err := config.Parse([]byte(ownerRules), config.YAML)
	require.NoError(t, err)
	return cfg
}

func TestAccountsParse(t *testing.T) {
	f, err := cases.Parse([]byte(`
accounts:
  - {id: globex, name: Globex, domains: globex.com, owner: bob}
  - {id: initech, domains: [initech.com, initech.de], owner: cy, backup: ann}
cases:
  - name: file accounts
    expect: {rep: bob}
  - name: own accounts
    accounts:
      - {id: globex, domains: [globex.org], owner: cy, parent: acme}
      - {id: hooli, name: Hooli}
    expect: {rep: cy}
  - name: none
    expect: {rep: cy}
`), "c.yaml")
	require.NoError(t, err)
	globex := accounts.Account{ID: "globex", Name: "Globex", Domains: []string{"globex.com"}, Owner: "bob"}
	initech := accounts.Account{ID: "initech", Domains: []string{"initech.com", "initech.de"}, Owner: "cy", Backup: "ann"}
	assert.Equal(t, []accounts.Account{globex, initech}, f.Cases[0].Accounts)
	assert.Equal(t, []accounts.Account{initech,
		{ID: "globex", Domains: []string{"globex.org"}, Owner: "cy", Parent: "acme"},
		{ID: "hooli", Name: "Hooli"}}, f.Cases[1].Accounts, "the case's globex replaces the file's, after the file's others")
	assert.Equal(t, []accounts.Account{globex, initech}, f.Cases[2].Accounts)

	f, err = cases.Parse([]byte("cases:\n  - name: a\n    expect: {rep: bob}\n"), "c.yaml")
	require.NoError(t, err)
	assert.Nil(t, f.Cases[0].Accounts)
}

func TestAccountsParseErrors(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []string
	}{
		{"unknown key", "accounts:\n  - {id: g, name: G, ownr: bob}\ncases: [{name: a, expect: {rep: bob}}]\n",
			[]string{`c.yaml:2:22: accounts[0].ownr: unknown field (did you mean "owner"?)`}},
		{"missing id", "cases:\n  - name: a\n    accounts: [{name: G}]\n    expect: {rep: bob}\n",
			[]string{"c.yaml:3:16: cases[0].accounts[0].id: required"}},
		{"duplicate id", "accounts:\n  - {id: g, name: G}\n  - {id: g, name: H}\ncases: [{name: a, expect: {rep: bob}}]\n",
			[]string{`c.yaml:3:10: accounts[1].id: duplicate account ID "g" (also accounts[0])`}},
		{"not a list", "cases:\n  - name: a\n    accounts: {id: g}\n    expect: {rep: bob}\n",
			[]string{"c.yaml:3:15: cases[0].accounts: want a list, got a mapping"}},
		{"empty list", "accounts: []\ncases: [{name: a, expect: {rep: bob}}]\n",
			[]string{"c.yaml:1:11: accounts: empty list"}},
		{"not an account", "accounts: [globex]\ncases: [{name: a, expect: {rep: bob}}]\n",
			[]string{`c.yaml:1:12: accounts[0]: want an account (a mapping with id, name, domains, owner, backup, parent), got "globex"`}},
		{"bad domains", "accounts: [{id: g, domains: {a: b}}]\ncases: [{name: a, expect: {rep: bob}}]\n",
			[]string{"c.yaml:1:29: accounts[0].domains: want a list, got a mapping"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := cases.Parse([]byte(tt.doc), "c.yaml")
			require.Error(t, err)
			lines := strings.Split(err.Error(), "\n")
			require.Len(t, lines, len(tt.want), "errors:\n%v", err)
			for i, w := range tt.want {
				assert.Equal(t, w, lines[i])
			}
		})
	}
}

// TestAccountsRun: accounts change the decisions of their cases only,
// and a case whose expectation the accounts contradict fails.
func TestAccountsRun(t *testing.T) {
	f, err := cases.Parse([]byte(`
lead: {country: US}
accounts:
  - {id: globex, domains: [globex.com], owner: bob}
cases:
  - name: the rules' own account
    lead: {email: jo@acme.com}
    expect: {rep: ann, rule: named}
  - name: the file's account
    lead: {email: jo@globex.com}
    expect: {rep: bob, rule: named}
  - name: a case's account
    lead: {email: jo@initech.com}
    accounts: [{id: initech, domains: initech.com, owner: cy}]
    expect: {rep: cy, rule: named}
  - name: the case's account is for this case only
    lead: {email: jo@initech.com}
    expect: {rep: cy, rule: rest}
  - name: a case replaces the rules' account
    lead: {email: jo@acme.com}
    accounts: [{id: acme, domains: acme.com, owner: bob, backup: cy}]
    away: bob
    expect: {rep: cy, rule: named}
  - name: the owner is wrong
    lead: {email: jo@globex.com}
    expect: {rep: ann}
`), "c.yaml")
	require.NoError(t, err)
	cfg := ownerConfig(t)
	res, err := cases.Run(context.Background(), cfg, f, cases.Options{})
	require.NoError(t, err)
	require.Len(t, res, 6)
	for _, r := range res[:5] {
		assert.True(t, r.Passed(), "%s: %v\n%s", r.Case.Name, r.Mismatches, r.Report())
	}
	last := res[5]
	assert.False(t, last.Passed())
	assert.Equal(t, []cases.Mismatch{{Field: "rep", Want: "rep ann", Got: "rep bob"}}, last.Mismatches)
	assert.Equal(t, 1, cfg.Accounts().Len(), "the rules' config is unchanged")

	// RunCase applies the case's accounts too.
	r, err := cases.RunCase(context.Background(), cfg, &f.Cases[2], 1)
	require.NoError(t, err)
	assert.True(t, r.Passed(), r.Report())
}

// TestAccountsCheck: problems with the accounts are placed in the cases
// file, once each, however many cases share them.
func TestAccountsCheck(t *testing.T) {
	tests := []struct {
		name  string
		rules string
		doc   string
		want  []string
	}{
		{"unknown owner", ownerRules, `
accounts:
  - {id: g, name: Globex, owner: bobb}
cases:
  - {name: a, expect: {rep: bob}}
  - {name: b, expect: {rep: bob}}
`, []string{`c.yaml:3:34: accounts[0].owner: no rep "bobb" in the rules (did you mean "bob"?)`}},
		{"unknown backup in a case", ownerRules, `
cases:
  - name: a
    accounts: [{id: g, name: Globex, owner: bob, backup: zed}]
    expect: {rep: bob}
`, []string{`c.yaml:4:58: cases[0].accounts[0].backup: no rep "zed" in the rules`}},
		{"free-mail domain", ownerRules, `
accounts:
  - {id: g, domains: [gmail.com]}
cases:
  - {name: a, expect: {rep: bob}}
  - {name: b, accounts: [{id: h, name: H}], expect: {rep: bob}}
`, []string{`c.yaml:3:22: accounts[0].domains: "gmail.com" is a free-mail or disposable domain`}},
		{"unknown parent", ownerRules, `
cases:
  - name: a
    accounts: [{id: g, name: G, parent: acne}]
    expect: {rep: bob}
`, []string{`c.yaml:4:41: cases[0].accounts[0].parent: `}},
		{"neither name nor domain", ownerRules, `
cases:
  - name: a
    accounts: [{id: g, owner: bob}]
    expect: {rep: bob}
`, []string{`c.yaml:4:16: cases[0].accounts[0].name: account has neither a name nor a domain`}},
		{"a cycle through the rules' accounts", strings.Replace(ownerRules, "owner: ann}", "owner: ann, parent: sub}\n  - {id: sub, name: Sub}", 1), `
cases:
  - name: a
    accounts: [{id: sub, name: Sub, parent: acme}]
    expect: {rep: bob}
`, []string{`c.yaml:4:15: cases[0].accounts: `}},
		{"rules without accounts", rules, `
cases:
  - name: a
    accounts: [{id: g, name: G}]
    expect: {rep: bob}
`, []string{"c.yaml:4:15: cases[0].accounts: the rules has no accounts section, so no rule reads accounts: these would change nothing"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := config.Parse([]byte(tt.rules), config.YAML)
			require.NoError(t, err)
			f, err := cases.Parse([]byte(tt.doc), "c.yaml")
			require.NoError(t, err)
			err = f.Check(cfg)
			require.Error(t, err)
			lines := strings.Split(err.Error(), "\n")
			require.Len(t, lines, len(tt.want), "errors:\n%v", err)
			for i, w := range tt.want {
				assert.True(t, strings.HasPrefix(lines[i], w), "got  %s\nwant %s...", lines[i], w)
			}
			_, err = cases.Run(context.Background(), cfg, f, cases.Options{})
			assert.Error(t, err)
		})
	}
}
