package accounts

import (
	"strconv"
	"strings"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/internal/text"
)

// Via says how a lead matched an account.
type Via uint8

const (
	// ViaNone: no match.
	ViaNone Via = iota
	// ViaEmail: the domain of the lead's e-mail address.
	ViaEmail
	// ViaWebsite: the host of the lead's website.
	ViaWebsite
	// ViaDomain: the lead's Domain field, when it differs from both the
	// e-mail domain and the website host.
	ViaDomain
	// ViaName: the lead's company name, normalised (see NormalizeName).
	ViaName
)

var viaNames = [...]string{"none", "email domain", "website", "domain", "company name"}

// String returns "email domain", "website", "domain", "company name" or
// "none".
func (v Via) String() string {
	if int(v) < len(viaNames) {
		return viaNames[v]
	}
	return "Via(" + strconv.Itoa(int(v)) + ")"
}

// Match is the result of matching a lead to an account.
type Match struct {
	// Account is the matched account; it belongs to the Book: do not
	// modify it.
	Account *Account
	// Via says what matched.
	Via Via
	// Key is what matched: the account domain the lead's host is equal to
	// or under ("acme.co.uk" for "jo@eu.sales.acme.co.uk"), or the lead's
	// company name as given.
	Key string
	// Shared is how many accounts share the key; 1 when the match is
	// unique.
	Shared int
	// TieBreak explains how the account was chosen among those sharing the
	// key, when Shared > 1; empty otherwise.
	TieBreak string
	// FreeMail is the lead's free-mail or disposable domain that was
	// ignored ("gmail.com"), if any; the match, if any, came from the
	// other fields.
	FreeMail string
}

// String describes the match in one line, e.g.
// `account A1 "Acme" by email domain acme.com`.
func (m Match) String() string {
	if m.Account == nil {
		if m.FreeMail != "" {
			return "no account (free-mail domain " + m.FreeMail + " ignored)"
		}
		return "no account"
	}
	s := "account " + m.Account.ID
	if m.Account.Name != "" {
		s += " " + strconv.Quote(m.Account.Name)
	}
	s += " by " + m.Via.String() + " " + m.Key
	if m.FreeMail != "" {
		s += " (free-mail domain " + m.FreeMail + " ignored)"
	}
	if m.TieBreak != "" {
		s += "; " + m.TieBreak
	}
	return s
}

// Match finds the account a lead belongs to. It is safe for concurrent
// use, takes a few map lookups (no scan) and allocates nothing for a lead
// normalised by the router; a lead with upper-case letters in a host, or a
// company name longer than 128 bytes, costs an allocation.
//
// The lead's hosts are tried in this order: the e-mail address's domain,
// the website's host, then the Domain field if it is neither. A host
// matches an account domain that is equal to it or to one of its parents
// down to its registrable domain, public-suffix aware
// ("jo@eu.sales.acme.co.uk" matches "acme.co.uk", never "co.uk"); the
// most specific account domain wins ("emea.acme.com" before "acme.com").
// A free-mail or disposable domain (see [IsFreeMail]) is skipped.
//
// When no host decides, the normalised company name (see [NormalizeName])
// is looked up.
//
// Several accounts may share a domain or a name (a parent and its
// subsidiaries). The tie-break, fixed when the book is built, is: prefer
// an account that has an owner; then the one higher in the parent
// hierarchy (fewer ancestors), so a parent beats its subsidiaries; then
// the lowest ID (byte order). [Match.TieBreak] explains it.
func (b *Book) Match(l *leadroute.Lead) (Match, bool) {
	var m Match
	if b == nil || l == nil || len(b.accts) == 0 {
		return m, false
	}
	dom := trimHost(l.Domain)
	var email, web string
	if i := strings.LastIndexByte(l.Email, '@'); i >= 0 {
		email = trimHost(l.Email[i+1:])
	}
	if l.Website != "" {
		web = trimHost(text.HostOf(l.Website))
	}
	if email != "" && b.matchHost(&m, lower(email, dom), ViaEmail) {
		return m, true
	}
	if web != "" && !strings.EqualFold(web, email) && b.matchHost(&m, lower(web, dom), ViaWebsite) {
		return m, true
	}
	if dom != "" && !strings.EqualFold(dom, email) && !strings.EqualFold(dom, web) && b.matchHost(&m, lower(dom, ""), ViaDomain) {
		return m, true
	}
	if l.Company != "" {
		var buf [128]byte
		key := AppendNormalizedName(buf[:0], l.Company)
		if e, ok := b.name[string(key)]; ok {
			b.fill(&m, e, ViaName, l.Company)
			return m, true
		}
	}
	return m, false
}

// matchHost looks up the lower-case host h, filling m on a match or
// m.FreeMail when h is a free-mail domain. It walks from h up through its
// parents ("eu.acme.co.uk", "acme.co.uk", "co.uk"): the book only
// holds domains that have a registrable part (checked with the public
// suffix list when it was built), so the first hit is the most specific
// account domain at or above the registrable domain, and the public
// suffix list itself need not be consulted per lead.
func (b *Book) matchHost(m *Match, h string, via Via) bool {
	fl := freeMail()
	// Account and free-mail domains all have a dot: stop at the TLD.
	for s := h; strings.IndexByte(s, '.') > 0; s = parent(s) {
		if e, ok := b.domain[s]; ok {
			b.fill(m, e, via, s)
			return true
		}
		if isFreeLabel(fl, s) {
			if m.FreeMail == "" {
				m.FreeMail = h
			}
			return false
		}
	}
	return false
}

func (b *Book) fill(m *Match, e entry, via Via, key string) {
	m.Account = &b.accts[e.acct]
	m.Via = via
	m.Key = key
	m.Shared = 1
	if e.tie > 0 {
		t := &b.ties[e.tie-1]
		m.Shared, m.TieBreak = t.n, t.text
	}
}

// trimHost trims spaces, a trailing dot and a leading "www.".
func trimHost(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(s, ".")
	if len(s) > 4 && (s[:4] == "www." || strings.EqualFold(s[:4], "www.")) {
		s = s[4:]
	}
	return s
}

// lower returns s in lower case, reusing alt (the lead's normalised
// Domain) when it is the same name, so that a normalised lead costs no
// allocation.
func lower(s, alt string) string {
	if !hasUpper(s) {
		return s
	}
	if alt != "" && !hasUpper(alt) && strings.EqualFold(s, alt) {
		return alt
	}
	return strings.ToLower(s)
}
