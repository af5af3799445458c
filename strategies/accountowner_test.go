package strategies_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/accounts"
	"github.com/leadroute/leadroute/leadroutetest"
	"github.com/leadroute/leadroute/matchers"
	"github.com/leadroute/leadroute/strategies"
)

// acctNow is the fixed time of the account-owner tests: Tuesday 10:00 UTC.
var acctNow = time.Date(2026, time.March, 10, 10, 0, 0, 0, time.UTC)

func acctBook(t testing.TB) *accounts.Book {
	t.Helper()
	b, err := accounts.NewBook([]accounts.Account{
		{ID: "A1", Name: "Acme Corporation", Domains: []string{"acme.com", "acme.co.uk"}, Owner: "alice", Backup: "bob"},
		{ID: "A2", Name: "Acme Germany GmbH", Domains: []string{"acme.de"}, Owner: "carol", Parent: "A1"},
		{ID: "A3", Name: "Zed Ltd", Domains: []string{"zed.io"}, Owner: "zed"},
		{ID: "A4", Name: "Nobody Owns Me", Domains: []string{"orphan.com"}},
		{ID: "A5", Name: "Pooled", Domains: []string{"pooled.com"}, Owner: "p1"},
		{ID: "A6", Name: "Self Backup", Domains: []string{"self.com"}, Owner: "erin", Backup: "erin"},
		{ID: "G1", Name: "Globex", Domains: []string{"globex.com"}, Owner: "bob"},
		{ID: "G2", Name: "Globex Labs", Domains: []string{"globex.com"}, Owner: "carol", Parent: "G1"},
	})
	require.NoError(t, err)
	return b
}

func acctReps() []leadroute.Rep {
	return []leadroute.Rep{
		{ID: "alice", Backup: "dan"},
		{ID: "bob"},
		{ID: "carol", Backup: "dan"},
		{ID: "dan"},
		{ID: "erin", Backup: "dan"},
		{ID: "p1"},
		{ID: "p2"},
	}
}

// acctRouter builds a router with an "accounts" rule (account matcher,
// owner strategy over pool p1, p2) and a catch-all "rest" rule.
func acctRouter(t testing.TB, src accounts.Source, reps []leadroute.Rep, opts ...leadroute.Option) *leadroute.Router {
	t.Helper()
	base := []leadroute.Option{
		leadroute.WithReps(reps...),
		leadroute.WithRules(
			leadroute.Rule{Name: "accounts", Match: matchers.Account(src), Pool: []string{"p1", "p2"},
				Strategy: strategies.AccountOwner(src, strategies.RoundRobin())},
			leadroute.Rule{Name: "rest", Pool: []string{"p2"}, Strategy: strategies.RoundRobin()},
		),
		leadroute.WithClock(leadroute.ClockFunc(func() time.Time { return acctNow })),
		leadroute.WithSeed(1),
	}
	r, err := leadroute.New(append(base, opts...)...)
	require.NoError(t, err)
	return r
}

func TestAccountOwner(t *testing.T) {
	book := acctBook(t)
	away := func(ids ...string) func([]leadroute.Rep) {
		return func(reps []leadroute.Rep) {
			for i := range reps {
				for _, id := range ids {
					if reps[i].ID == id {
						reps[i].Away = true
					}
				}
			}
		}
	}
	pto := func(id string) func([]leadroute.Rep) {
		return func(reps []leadroute.Rep) {
			for i := range reps {
				if reps[i].ID == id {
					reps[i].OutOfOffice = []leadroute.Period{{Start: acctNow.Add(-24 * time.Hour), End: acctNow.Add(24 * time.Hour)}}
				}
			}
		}
	}
	tests := []struct {
		name   string
		edit   func([]leadroute.Rep)
		lead   leadroute.Lead
		rule   string
		rep    string
		reason string
		notes  []string // substrings expected in the trace notes, in order
	}{
		{"owner", nil, leadroute.Lead{Email: "jo@acme.com"}, "accounts", "alice", "account owner",
			[]string{`account owner: account A1 "Acme Corporation" by email domain acme.com`}},
		{"owner by subdomain", nil, leadroute.Lead{Email: "jo@eu.sales.acme.co.uk"}, "accounts", "alice", "account owner",
			[]string{"by email domain acme.co.uk"}},
		{"owner by name, free-mail ignored", nil, leadroute.Lead{Email: "jo@gmail.com", Company: "ACME, Inc."}, "accounts", "alice", "account owner",
			[]string{"by company name ACME, Inc. (free-mail domain gmail.com ignored)"}},
		{"owner away: account backup", away("alice"), leadroute.Lead{Email: "jo@acme.com"}, "accounts", "bob", "account backup",
			[]string{"owner alice not eligible (away)", "account's backup bob covers"}},
		{"owner out of office: account backup", pto("alice"), leadroute.Lead{Email: "jo@acme.com"}, "accounts", "bob", "account backup",
			[]string{"owner alice not eligible (out of office)", "account's backup bob covers"}},
		{"owner and backup away: pool", away("alice", "bob"), leadroute.Lead{Email: "jo@acme.com"}, "accounts", "p1", "round-robin",
			[]string{"owner alice not eligible (away)", "account's backup bob not eligible (away); using the pool"}},
		{"no account backup: owner's backup", away("carol"), leadroute.Lead{Email: "jo@acme.de"}, "accounts", "dan", "account backup",
			[]string{"owner carol not eligible (away)", "owner's backup dan covers"}},
		{"owner's backup away: pool", away("carol", "dan"), leadroute.Lead{Email: "jo@acme.de"}, "accounts", "p1", "round-robin",
			[]string{"owner's backup dan not eligible (away); using the pool"}},
		{"owner unknown: pool", nil, leadroute.Lead{Email: "jo@zed.io"}, "accounts", "p1", "round-robin",
			[]string{"owner zed is not a known rep", "no backup for account A3; using the pool"}},
		{"no owner: pool", nil, leadroute.Lead{Email: "jo@orphan.com"}, "accounts", "p1", "round-robin",
			[]string{"account A4 has no owner; using the pool"}},
		{"owner in the pool", nil, leadroute.Lead{Email: "jo@pooled.com"}, "accounts", "p1", "account owner", nil},
		{"backup is the owner: pool", away("erin"), leadroute.Lead{Email: "jo@self.com"}, "accounts", "p1", "round-robin",
			[]string{"the backup is the owner; using the pool"}},
		{"tie between subsidiaries in the trace", nil, leadroute.Lead{Email: "x@globex.com"}, "accounts", "bob", "account owner",
			[]string{`domain "globex.com" is shared by 2 accounts (G1, G2); chose G1: it is the parent of G2`}},
		{"free-mail: no account, next rule", nil, leadroute.Lead{Email: "jo@yahoo.co.uk"}, "rest", "p2", "round-robin", nil},
		{"unknown domain: next rule", nil, leadroute.Lead{Email: "jo@initech.com"}, "rest", "p2", "round-robin", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reps := acctReps()
			if tt.edit != nil {
				tt.edit(reps)
			}
			r := acctRouter(t, book, reps)
			ex, err := r.Explain(context.Background(), tt.lead)
			require.NoError(t, err)
			d, err := r.Route(context.Background(), tt.lead)
			require.NoError(t, err)
			for _, got := range []leadroute.Decision{ex, d} {
				assert.Equal(t, tt.rule, got.Rule)
				assert.Equal(t, tt.rep, got.RepID)
				assert.Equal(t, tt.reason, got.Reason)
			}
			assert.Empty(t, d.Trace, "no trace when not tracing")
			var notes []string
			for _, s := range ex.Trace {
				if s.Event == leadroute.EventNote {
					notes = append(notes, s.Reason)
				}
			}
			all := strings.Join(notes, "\n")
			at := 0
			for _, w := range tt.notes {
				i := strings.Index(all[at:], w)
				if !assert.GreaterOrEqual(t, i, 0, "trace notes lack (in order) %q:\n%s", w, all) {
					break
				}
				at += i + len(w)
			}
		})
	}
}

// TestAccountOwnerNoMatcher uses the strategy on a rule matching every
// lead: a lead without an account goes to the pool.
func TestAccountOwnerNoMatcher(t *testing.T) {
	book := acctBook(t)
	r, err := leadroute.New(
		leadroute.WithReps(acctReps()...),
		leadroute.WithRules(leadroute.Rule{Name: "all", Pool: []string{"p1", "p2"},
			Strategy: strategies.AccountOwner(book, strategies.RoundRobin())}),
		leadroute.WithClock(leadroute.ClockFunc(func() time.Time { return acctNow })),
		leadroute.WithSeed(1),
	)
	require.NoError(t, err)
	var got []string
	for _, email := range []string{"a@gmail.com", "b@nowhere.org", "c@acme.com", "d@mailinator.com"} {
		d, err := r.Route(context.Background(), leadroute.Lead{Email: email})
		require.NoError(t, err)
		got = append(got, d.RepID+"/"+d.Reason)
	}
	assert.Equal(t, []string{"p1/round-robin", "p2/round-robin", "alice/account owner", "p1/round-robin"}, got)

	ex, err := r.Explain(context.Background(), leadroute.Lead{Email: "a@gmail.com"})
	require.NoError(t, err)
	assert.Contains(t, traceNotes(ex), "account owner: no account (free-mail domain gmail.com ignored); using the pool")
}

func traceNotes(d leadroute.Decision) string {
	var b strings.Builder
	for _, s := range d.Trace {
		if s.Event == leadroute.EventNote {
			b.WriteString(s.Reason + "\n")
		}
	}
	return b.String()
}

// TestAccountOwnerNilPool: with no pool strategy, a lead whose owner and
// backup are away overflows.
func TestAccountOwnerNilPool(t *testing.T) {
	reps := acctReps()
	reps[0].Away, reps[1].Away = true, true // alice, bob
	r, err := leadroute.New(
		leadroute.WithReps(reps...),
		leadroute.WithRules(leadroute.Rule{Name: "owners", Match: matchers.Account(acctBook(t)),
			Strategy: strategies.AccountOwner(acctBook(t), nil), Overflow: "account-queue"}),
		leadroute.WithClock(leadroute.ClockFunc(func() time.Time { return acctNow })),
	)
	require.NoError(t, err)
	d, err := r.Route(context.Background(), leadroute.Lead{Email: "jo@acme.com"})
	require.NoError(t, err)
	assert.Equal(t, "account-queue", d.Queue)
	d, err = r.Route(context.Background(), leadroute.Lead{Email: "jo@acme.de"})
	require.NoError(t, err)
	assert.Equal(t, "carol", d.RepID)
}

// TestAccountOwnerDailyCap: an owner at their daily cap hands over to the
// backup.
func TestAccountOwnerDailyCap(t *testing.T) {
	reps := acctReps()
	reps[0].DailyCap = 2 // alice
	r := acctRouter(t, acctBook(t), reps)
	var got []string
	for range 4 {
		d, err := r.Route(context.Background(), leadroute.Lead{Email: "jo@acme.com"})
		require.NoError(t, err)
		got = append(got, d.RepID)
	}
	assert.Equal(t, []string{"alice", "alice", "bob", "bob"}, got)
}

// TestAccountOwnerHolder swaps the book while the router runs.
func TestAccountOwnerHolder(t *testing.T) {
	h := accounts.NewHolder(acctBook(t))
	r := acctRouter(t, h, acctReps())
	lead := leadroute.Lead{Email: "jo@acme.com"}
	d, err := r.Route(context.Background(), lead)
	require.NoError(t, err)
	assert.Equal(t, "alice", d.RepID)

	nb, err := accounts.NewBook([]accounts.Account{{ID: "A1", Domains: []string{"acme.com"}, Owner: "erin"}})
	require.NoError(t, err)
	h.Store(nb)
	d, err = r.Route(context.Background(), lead)
	require.NoError(t, err)
	assert.Equal(t, "erin", d.RepID)

	h.Store(nil) // an empty book: nobody matches
	d, err = r.Route(context.Background(), lead)
	require.NoError(t, err)
	assert.Equal(t, "rest", d.Rule)
}

func TestAccountOwnerNilSource(t *testing.T) {
	r, err := leadroute.New(
		leadroute.WithReps(acctReps()...),
		leadroute.WithRules(leadroute.Rule{Name: "all", Pool: []string{"p1"}, Strategy: strategies.AccountOwner(nil, strategies.RoundRobin())}),
	)
	require.NoError(t, err)
	d, err := r.Route(context.Background(), leadroute.Lead{Email: "jo@acme.com"})
	require.NoError(t, err)
	assert.Equal(t, "p1", d.RepID)
}

// TestAccountOwnerBindsPool: a pool strategy that binds to the pool (a
// weighted schedule) is bound through the wrapper.
func TestAccountOwnerBindsPool(t *testing.T) {
	reps := acctReps()
	reps[5].Weight = 3 // p1
	r, err := leadroute.New(
		leadroute.WithReps(reps...),
		leadroute.WithRules(leadroute.Rule{Name: "all", Pool: []string{"p1", "p2"},
			Strategy: strategies.AccountOwner(acctBook(t), strategies.Weighted())}),
		leadroute.WithSeed(1),
	)
	require.NoError(t, err)
	n := map[string]int{}
	for range 8 {
		d, err := r.Route(context.Background(), leadroute.Lead{Email: "jo@nowhere.org"})
		require.NoError(t, err)
		n[d.RepID]++
	}
	assert.Equal(t, map[string]int{"p1": 6, "p2": 2}, n)
}

func TestAccountOwnerString(t *testing.T) {
	assert.Equal(t, "account owner, then round-robin", strategies.AccountOwner(nil, strategies.RoundRobin()).(interface{ String() string }).String())
	assert.Equal(t, "account owner", strategies.AccountOwner(nil, nil).(interface{ String() string }).String())
}

func TestAccountOwnerZeroAllocs(t *testing.T) {
	if testing.CoverMode() != "" || leadroutetest.RaceEnabled {
		t.Skip("allocation counts are meaningless under -race or -cover")
	}
	reps := acctReps()
	reps[2].Away = true // carol: acme.de goes to her backup
	r := acctRouter(t, acctBook(t), reps)
	for _, l := range []leadroute.Lead{
		{ID: "x", Email: "jo@acme.com"},                        // owner
		{ID: "y", Email: "jo@acme.de"},                         // owner's backup
		{ID: "z", Email: "jo@orphan.com"},                      // account without owner: pool
		{ID: "w", Email: "jo@gmail.com"},                       // no account: next rule
		{ID: "v", Email: "jo@gmail.com", Company: "Acme Corp"}, // by name
	} {
		r.Route(context.Background(), l) // warm up pools
		n := testing.AllocsPerRun(100, func() {
			if _, err := r.Route(context.Background(), l); err != nil {
				t.Fatal(err)
			}
		})
		assert.Zero(t, n, l.Email)
	}
}

// TestAccountOwnerContract runs the Strategy contract: leads are
// person<i>@example.com, whose account is owned by rep3 (who becomes
// ineligible in the contract's restricted pool) with rep5 as backup.
func TestAccountOwnerContract(t *testing.T) {
	book, err := accounts.NewBook([]accounts.Account{{ID: "EX", Name: "Example", Domains: []string{"example.com"}, Owner: "rep3", Backup: "rep5"}})
	require.NoError(t, err)
	leadroutetest.TestStrategy(t, func() leadroute.Strategy {
		return strategies.AccountOwner(book, strategies.RoundRobin())
	}, leadroutetest.ZeroAllocs())
}

func ExampleAccountOwner() {
	book, err := accounts.NewBook([]accounts.Account{
		{ID: "A1", Name: "Acme Corporation", Domains: []string{"acme.co.uk"}, Owner: "alice", Backup: "bob"},
	})
	if err != nil {
		panic(err)
	}
	r, err := leadroute.New(
		leadroute.WithReps(
			leadroute.Rep{ID: "alice", Away: true}, // the owner is away today
			leadroute.Rep{ID: "bob"},
			leadroute.Rep{ID: "pat"}, leadroute.Rep{ID: "quinn"},
		),
		leadroute.WithRules(
			leadroute.Rule{
				Name:     "named accounts",
				Match:    matchers.Account(book),
				Pool:     []string{"pat", "quinn"},
				Strategy: strategies.AccountOwner(book, strategies.RoundRobin()),
			},
			leadroute.Rule{Name: "inbound", Pool: []string{"pat", "quinn"}, Strategy: strategies.RoundRobin()},
		),
		leadroute.WithClock(leadroute.ClockFunc(func() time.Time { return acctNow })),
		leadroute.WithSeed(1),
	)
	if err != nil {
		panic(err)
	}
	ctx := context.Background()
	for _, email := range []string{"jo@eu.acme.co.uk", "sam@gmail.com"} {
		d, _ := r.Route(ctx, leadroute.Lead{Email: email})
		fmt.Printf("%s: %s by %q (%s)\n", email, d.RepID, d.Rule, d.Reason)
	}
	d, _ := r.Explain(ctx, leadroute.Lead{Email: "jo@eu.acme.co.uk"})
	for _, s := range d.Trace {
		if s.Event == leadroute.EventNote {
			fmt.Println(s.Reason)
		}
	}
	// Output:
	// jo@eu.acme.co.uk: bob by "named accounts" (account backup)
	// sam@gmail.com: pat by "inbound" (round-robin)
	// account owner: account A1 "Acme Corporation" by email domain acme.co.uk
	// account owner: owner alice not eligible (away)
	// account owner: account's backup bob covers
}
