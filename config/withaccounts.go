package config

import (
	"errors"
	"fmt"
	"strings"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/accounts"
)

// WithAccounts returns a Config like c whose account book also holds
// extra, for trying the rules on accounts the file does not have (as
// leadroute test cases do): an account of extra replaces the one of c with
// the same ID, and the others are added. The rules that read accounts
// (match account, the account_owner strategy, sticky by account) are
// compiled again against the new book; reps, rules, fallback, File and
// Hash are c's. c is not changed.
//
// A file without an accounts section has no rule that reads accounts, so
// extra changes no decision of the returned Config; check Accounts() for
// nil to tell.
//
// The error, if any, is one or more [*accounts.Error] joined with
// errors.Join, each wrapping accounts.ErrInvalid: the problems
// accounts.NewBook finds in the merged book (a missing or duplicate ID, a
// bad domain, an unknown parent, a cycle) and owners or backups that are
// not reps of c. Their Row is the index in extra, or -1 for a problem with
// one of c's own accounts (such as a cycle that extra closes). An error
// that is not about accounts (the rules failing to compile again, which
// does not happen for a Config that Load or Parse returned) is an
// *Errors.
//
// WithAccounts is safe for concurrent use.
func (c *Config) WithAccounts(extra []accounts.Account) (*Config, error) {
	replaced := make(map[string]bool, len(extra))
	for _, a := range extra {
		replaced[strings.TrimSpace(a.ID)] = true
	}
	var merged []accounts.Account
	c.compiled.book.All(func(a *accounts.Account) bool {
		if !replaced[a.ID] {
			merged = append(merged, *a)
		}
		return true
	})
	base := len(merged)
	merged = append(merged, extra...)

	var errs []error
	book, err := accounts.NewBook(merged)
	if err != nil {
		for _, e := range splitJoined(err) {
			var ae *accounts.Error
			if !errors.As(e, &ae) {
				errs = append(errs, e)
				continue
			}
			x := *ae
			if x.Row >= base {
				x.Row -= base
			} else {
				x.Row = -1
			}
			x.Line = 0
			errs = append(errs, &x)
		}
	}
	reps := map[string]bool{}
	var ids []string
	for _, r := range c.compiled.reps {
		reps[r.ID] = true
		ids = append(ids, r.ID)
	}
	for i, a := range extra {
		for _, f := range [...]struct{ field, id string }{{"owner", a.Owner}, {"backup", a.Backup}} {
			if id := strings.TrimSpace(f.id); id != "" && !reps[id] {
				errs = append(errs, &accounts.Error{Row: i, ID: strings.TrimSpace(a.ID), Field: f.field,
					Err: fmt.Errorf("unknown rep %q%s", id, didYouMean(id, ids))})
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}

	d := newDecoder(c.file)
	var comp *compiled
	func() {
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(bailout); !ok {
					panic(r)
				}
			}
		}()
		comp = d.compileWith(c.spec, source{}, book)
	}()
	if len(d.errs) > 0 {
		sortErrors(d.errs)
		return nil, &Errors{List: d.errs}
	}
	out := &Config{file: c.file, hash: c.hash, spec: c.spec, compiled: comp}
	if _, err := leadroute.New(out.Options()...); err != nil {
		d.routerErrors(c.spec, err)
		return nil, &Errors{List: d.errs}
	}
	return out, nil
}
