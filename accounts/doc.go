// Package accounts matches leads to the customer accounts they belong to,
// for account-based routing: a lead from an existing account goes to the
// rep who owns it.
//
// A [Book] holds the accounts (ID, name, domains, owner, backup, parent),
// built from code with [NewBook] or from a CSV export with [LoadCSV]. It is
// immutable, so any number of goroutines may match against it without
// locks; when the accounts change, build a new Book and swap it in whole
// through a [Holder]. Both *Book and *Holder are a [Source], which is what
// the account matcher (matchers.Account) and the account-owner strategy
// (strategies.AccountOwner) take.
//
// [Book.Match] finds a lead's account:
//
//   - by domain: the registrable domain of the e-mail address's domain or
//     the website's host, aware of the public suffix list
//     (golang.org/x/net/publicsuffix), so jo@eu.sales.acme.co.uk matches
//     an account on acme.co.uk; the most specific account domain wins;
//   - never by a free-mail or disposable domain (gmail.com, yahoo.*,
//     mailinator.com, ...; see [IsFreeMail] and freemail.txt);
//   - otherwise by company name, normalised for case, punctuation, accents
//     and legal forms ([NormalizeName]): "ACME, Inc." == "Acme Inc" ==
//     "acme".
//
// Several accounts on one domain or name (a parent and its subsidiaries)
// are resolved by a fixed, documented tie-break (owner, then parent, then
// lowest ID), which [Match.TieBreak] explains.
//
// # Performance
//
// Matching is a few map lookups (one per label of the lead's host, then one
// for the normalised name), never a scan, and allocates nothing for a lead
// that the router has normalised; with a million accounts its cost is that
// of the cache misses of those lookups (BenchmarkMatch). Building a book is
// linear, a few seconds of CPU for a million accounts (BenchmarkNewBook,
// BenchmarkLoadCSV; run them with -benchtime=1x). The tie-breaks and their
// explanations are worked out when the book is built, not when matching.
package accounts
