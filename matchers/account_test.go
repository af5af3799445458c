package matchers_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/accounts"
	"github.com/leadroute/leadroute/matchers"
)

func TestAccount(t *testing.T) {
	book, err := accounts.NewBook([]accounts.Account{
		{ID: "A1", Name: "Acme Corporation", Domains: []string{"acme.co.uk"}, Owner: "alice"},
		{ID: "A2", Name: "Société Générale S.A.", Owner: "bob"},
	})
	require.NoError(t, err)
	m := matchers.Account(book)
	tests := []struct {
		lead leadroute.Lead
		want bool
	}{
		{leadroute.Lead{Email: "jo@eu.sales.acme.co.uk"}, true},
		{leadroute.Lead{Website: "https://www.acme.co.uk/contact"}, true},
		{leadroute.Lead{Company: "ACME, Inc."}, true},
		{leadroute.Lead{Company: "societe generale"}, true},
		{leadroute.Lead{Email: "jo@gmail.com"}, false},
		{leadroute.Lead{Email: "jo@mailinator.com"}, false},
		{leadroute.Lead{Email: "jo@co.uk"}, false},
		{leadroute.Lead{Email: "jo@other.co.uk", Company: "Initech"}, false},
		{leadroute.Lead{}, false},
	}
	for _, tt := range tests {
		l := tt.lead
		l.Normalize()
		assert.Equal(t, tt.want, m.Match(&l), "%+v", tt.lead)
	}
	assert.Equal(t, "known account", fmt.Sprint(m))
}

func TestAccountNilSafe(t *testing.T) {
	l := leadroute.Lead{Email: "jo@acme.com"}
	var nilBook *accounts.Book
	var nilHolder *accounts.Holder
	for name, src := range map[string]accounts.Source{
		"nil":        nil,
		"nil book":   nilBook,
		"nil holder": nilHolder,
		"empty":      new(accounts.Holder),
	} {
		m := matchers.Account(src)
		assert.False(t, m.Match(&l), name)
		assert.NotEmpty(t, fmt.Sprint(m), name)
	}
}

func TestAccountHolderSwap(t *testing.T) {
	b1, err := accounts.NewBook([]accounts.Account{{ID: "A", Domains: []string{"acme.com"}}})
	require.NoError(t, err)
	b2, err := accounts.NewBook([]accounts.Account{{ID: "G", Domains: []string{"globex.com"}}})
	require.NoError(t, err)
	h := accounts.NewHolder(b1)
	m := matchers.Account(h)
	acme, globex := leadroute.Lead{Email: "jo@acme.com"}, leadroute.Lead{Email: "jo@globex.com"}
	assert.True(t, m.Match(&acme))
	assert.False(t, m.Match(&globex))
	h.Store(b2)
	assert.False(t, m.Match(&acme))
	assert.True(t, m.Match(&globex))
}

func TestAccountZeroAllocs(t *testing.T) {
	book, err := accounts.NewBook([]accounts.Account{{ID: "A", Name: "Acme", Domains: []string{"acme.com"}}})
	require.NoError(t, err)
	m := matchers.Account(accounts.NewHolder(book))
	for _, l := range []leadroute.Lead{
		{Email: "Jo@Sales.Acme.com"},
		{Email: "jo@gmail.com", Company: "ACME Inc."},
		{Email: "jo@nowhere.org", Company: "Nobody GmbH"},
	} {
		l.Normalize()
		assert.Zero(t, testing.AllocsPerRun(100, func() { m.Match(&l) }), l.Email)
	}
}
