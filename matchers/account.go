package matchers

import (
	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/accounts"
)

// Account returns a matcher that matches leads belonging to a known
// account of the book src gives (see [accounts.Book.Match]: by e-mail
// domain or website, public-suffix aware and never by a free-mail domain,
// else by normalised company name).
//
// src is read on every Match, so passing an [*accounts.Holder] lets the
// book be rebuilt and swapped while the router runs; passing an
// [*accounts.Book] fixes it. A nil src, or a Source returning a nil Book,
// matches nothing. The matcher is safe for concurrent use and allocates
// nothing per call for a normalised lead.
//
// Pair it with strategies.AccountOwner to route the lead to the account's
// owner.
func Account(src accounts.Source) leadroute.Matcher {
	return accountMatcher{src: src}
}

type accountMatcher struct {
	src accounts.Source
}

func (m accountMatcher) book() *accounts.Book {
	if m.src == nil {
		return nil
	}
	return m.src.Book()
}

// Match reports whether the lead belongs to an account of the book.
func (m accountMatcher) Match(l *leadroute.Lead) bool {
	_, ok := m.book().Match(l)
	return ok
}

// String returns "known account".
func (m accountMatcher) String() string { return "known account" }
