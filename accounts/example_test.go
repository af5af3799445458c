package accounts_test

import (
	"fmt"
	"strings"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/accounts"
)

func ExampleBook_Match() {
	book, err := accounts.NewBook([]accounts.Account{
		{ID: "A1", Name: "ACME, Inc.", Domains: []string{"acme.co.uk"}, Owner: "alice"},
		{ID: "A2", Name: "Acme Labs", Domains: []string{"acme.co.uk"}, Owner: "bob", Parent: "A1"},
		{ID: "S1", Name: "Société Générale S.A.", Owner: "carol"},
	})
	if err != nil {
		panic(err)
	}
	for _, l := range []leadroute.Lead{
		{Email: "jo@eu.sales.acme.co.uk"},            // subdomain, multi-part suffix; two accounts
		{Email: "jo@gmail.com", Company: "Acme Inc"}, // free-mail: by name
		{Email: "jo@yahoo.fr", Company: "SOCIETE GENERALE"},
		{Email: "jo@hotmail.com"},
	} {
		m, ok := book.Match(&l)
		fmt.Println(ok, m)
	}
	// Output:
	// true account A1 "ACME, Inc." by email domain acme.co.uk; domain "acme.co.uk" is shared by 2 accounts (A1, A2); chose A1: it is the parent of A2 (tie-break: owner, then parent, then lowest ID)
	// true account A1 "ACME, Inc." by company name Acme Inc (free-mail domain gmail.com ignored)
	// true account S1 "Société Générale S.A." by company name SOCIETE GENERALE (free-mail domain yahoo.fr ignored)
	// false no account (free-mail domain hotmail.com ignored)
}

func ExampleLoadCSV() {
	const data = `id,name,domains,owner,backup,parent
A1,"ACME, Inc.",acme.com;acme.co.uk,alice,bob,
A2,Acme GmbH,acme.de,carol,,A9
`
	_, err := accounts.LoadCSV(strings.NewReader(data))
	fmt.Println(err)
	// Output:
	// line 3, column "parent" (account "A2"): unknown parent account "A9"
}

func ExampleNormalizeName() {
	for _, s := range []string{"ACME, Inc.", "The Acme Company", "Müller GmbH & Co. KG", "Société Générale S.A."} {
		fmt.Println(accounts.NormalizeName(s))
	}
	// Output:
	// acme
	// acme
	// muller
	// societe generale
}

func ExampleHolder() {
	old, _ := accounts.NewBook([]accounts.Account{{ID: "A1", Domains: []string{"acme.com"}, Owner: "alice"}})
	h := accounts.NewHolder(old) // pass h to matchers.Account and strategies.AccountOwner

	// Later, when the CRM export changes: build the new book, then swap.
	updated, _ := accounts.NewBook([]accounts.Account{{ID: "A1", Domains: []string{"acme.com"}, Owner: "dave"}})
	h.Store(updated)

	m, _ := h.Book().Match(&leadroute.Lead{Email: "jo@acme.com"})
	fmt.Println(m.Account.Owner)
	// Output:
	// dave
}
