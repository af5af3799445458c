package accounts

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
)

// Account is one customer account of the CRM.
//
// An Account is a plain value. Once given to [NewBook], the book keeps its
// own copy: changing the value afterwards does not change the book.
type Account struct {
	// ID identifies the account; required and unique within a book.
	ID string
	// Name is the company name as the CRM has it ("ACME, Inc."). Leads
	// match it by normalised name (see [NormalizeName]).
	Name string
	// Domains are the account's web domains ("acme.com", "acme.co.uk").
	// A lead whose e-mail domain or website host is a domain listed here,
	// or a subdomain of one, belongs to the account. Entries are
	// normalised when the book is built: lower-cased, a scheme, path,
	// port, leading "www." and trailing dot removed, so a website address
	// ("https://www.Acme.com/") is accepted.
	Domains []string
	// Owner is the ID of the rep who owns the account; empty when unowned.
	Owner string
	// Backup is the ID of the rep who covers the account when the owner
	// is not eligible; when empty, the owner's own Rep.Backup is used.
	Backup string
	// Parent is the ID of the parent account (for a subsidiary); empty for
	// a top-level account. It must name an account of the same book, and
	// the parent links must not form a cycle.
	Parent string
}

// ErrInvalid is wrapped by every [*Error]. Check with errors.Is.
var ErrInvalid = errors.New("accounts: invalid account data")

// Error is one problem with the account data found by [NewBook] or
// [LoadCSV]. It names the place: the row of the slice given to NewBook,
// or the line and column of the CSV input.
//
// NewBook and LoadCSV report up to [MaxErrors] problems at once, joined
// with errors.Join; use errors.As to get the first *Error.
type Error struct {
	// Row is the 0-based index in the slice given to NewBook, or the
	// 0-based data row of a CSV input (the header is not counted); -1
	// when the problem is not about one row (a bad CSV header).
	Row int
	// Line is the 1-based line of the CSV input; 0 for NewBook.
	Line int
	// ID is the account's ID, when known.
	ID string
	// Field names the field or CSV column: "id", "name", "domains",
	// "owner", "backup" or "parent".
	Field string
	// Err is the problem.
	Err error
}

// MaxErrors is the most problems NewBook and LoadCSV report at once.
const MaxErrors = 20

func (e *Error) Error() string {
	var b strings.Builder
	if e.Line > 0 {
		fmt.Fprintf(&b, "line %d", e.Line)
		if e.Field != "" {
			fmt.Fprintf(&b, ", column %q", e.Field)
		}
	} else {
		if e.Row >= 0 {
			fmt.Fprintf(&b, "accounts[%d]", e.Row)
		} else {
			b.WriteString("accounts")
		}
		if e.Field != "" {
			b.WriteString("." + e.Field)
		}
	}
	if e.ID != "" {
		fmt.Fprintf(&b, " (account %q)", e.ID)
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns the cause and ErrInvalid.
func (e *Error) Unwrap() []error { return []error{e.Err, ErrInvalid} }

// Book is an immutable set of accounts indexed for matching leads.
//
// A Book is safe for concurrent use by any number of goroutines: nothing
// changes it once [NewBook] or [LoadCSV] has returned it. To change the
// accounts, build a new Book and swap it in whole, for example with a
// [Holder]. The nil *Book is an empty book: it matches nothing.
type Book struct {
	accts  []Account
	byID   map[string]int32
	domain map[string]entry // normalised domain → winning account
	name   map[string]entry // normalised name → winning account
	ties   []tie            // explanations of keys shared by several accounts
}

// entry is the account that wins a domain or name key, and the index+1 of
// its tie explanation in Book.ties (0: the key belongs to one account).
type entry struct {
	acct int32
	tie  int32
}

type tie struct {
	n    int    // how many accounts share the key
	text string // the explanation
}

// Source gives the current Book. It is implemented by *Book (itself, for a
// fixed book) and by *Holder (the book most recently stored, for a book
// that is rebuilt and swapped while the router runs). The account matcher
// and the account-owner strategy take a Source, so either can be passed.
//
// Book must be safe for concurrent use and must not block; it may return
// nil, which matches nothing.
type Source interface {
	Book() *Book
}

var (
	_ Source = (*Book)(nil)
	_ Source = (*Holder)(nil)
)

// Book returns b itself, so that a *Book is a [Source].
func (b *Book) Book() *Book { return b }

// Holder holds the current Book of a running service and lets it be
// replaced atomically: readers never lock and always see a whole book,
// either the old or the new one. The zero Holder holds nil (an empty
// book). A Holder is safe for concurrent use; it must not be copied after
// first use.
type Holder struct {
	p atomic.Pointer[Book]
}

// NewHolder returns a Holder holding b.
func NewHolder(b *Book) *Holder {
	h := new(Holder)
	h.p.Store(b)
	return h
}

// Load returns the book most recently stored (nil on a nil Holder).
func (h *Holder) Load() *Book {
	if h == nil {
		return nil
	}
	return h.p.Load()
}

// Store replaces the book; calls to Load that start afterwards see b.
func (h *Holder) Store(b *Book) { h.p.Store(b) }

// Book returns h.Load(), so that a *Holder is a [Source].
func (h *Holder) Book() *Book { return h.Load() }

// Len returns the number of accounts in the book.
func (b *Book) Len() int {
	if b == nil {
		return 0
	}
	return len(b.accts)
}

// Account returns the account with the given ID. The returned Account
// belongs to the book: do not modify it.
func (b *Book) Account(id string) (*Account, bool) {
	if b == nil {
		return nil, false
	}
	i, ok := b.byID[id]
	if !ok {
		return nil, false
	}
	return &b.accts[i], true
}

// All calls yield for every account, in the order they were given, until
// yield returns false. The accounts belong to the book: do not modify them.
func (b *Book) All(yield func(*Account) bool) {
	if b == nil {
		return
	}
	for i := range b.accts {
		if !yield(&b.accts[i]) {
			return
		}
	}
}

// NewBook validates accts and builds a Book from them. accts is not
// retained: the book keeps normalised copies.
//
// Validation (each problem is an [*Error] naming the row and the account):
// IDs are required and unique; an account needs a name or a domain; every
// domain must be a valid host with a registrable part (not a bare public
// suffix such as "co.uk", not an IP address) and must not be a free-mail
// or disposable domain (see [IsFreeMail]), since it could never match;
// a parent must exist, and parent links must not form a cycle.
//
// Several accounts may share a domain or a normalised name (a parent and
// its subsidiaries): see [Book.Match] for the tie-break.
//
// Building is linear in the number of accounts: a million accounts take a
// few seconds of CPU (BenchmarkNewBook).
func NewBook(accts []Account) (*Book, error) {
	return build(accts, nil)
}

// build does NewBook's work; lines, when not nil, maps rows to CSV lines
// for error messages.
func build(accts []Account, lines []int) (*Book, error) {
	var errs []error
	fail := func(row int, id, field string, format string, args ...any) bool {
		e := &Error{Row: row, ID: id, Field: field, Err: fmt.Errorf(format, args...)}
		if lines != nil {
			e.Line = lines[row]
		}
		errs = append(errs, e)
		return len(errs) >= MaxErrors
	}
	done := func() (*Book, error) {
		return nil, errors.Join(errs...)
	}

	b := &Book{
		accts:  make([]Account, len(accts)),
		byID:   make(map[string]int32, len(accts)),
		domain: make(map[string]entry, len(accts)),
		name:   make(map[string]entry, len(accts)),
	}
	ndom := 0
	for i := range accts {
		ndom += len(accts[i].Domains)
	}
	domains := make([]string, 0, ndom) // one backing array for all accounts

	// Pass 1: IDs, domains and names.
	for i := range accts {
		a := accts[i]
		id := strings.TrimSpace(a.ID)
		if id == "" {
			if fail(i, "", "id", "missing ID") {
				return done()
			}
			continue
		}
		if j, dup := b.byID[id]; dup {
			if fail(i, id, "id", "duplicate ID (also accounts[%d])", j) {
				return done()
			}
			continue
		}
		b.byID[id] = int32(i)
		a.ID = id
		a.Name = strings.TrimSpace(a.Name)
		a.Owner = strings.TrimSpace(a.Owner)
		a.Backup = strings.TrimSpace(a.Backup)
		a.Parent = strings.TrimSpace(a.Parent)
		start := len(domains)
		for _, d := range a.Domains {
			nd, err := normalizeDomain(d)
			if err != nil {
				if fail(i, id, "domains", "%v", err) {
					return done()
				}
				continue
			}
			if !slices.Contains(domains[start:], nd) {
				domains = append(domains, nd)
			}
		}
		a.Domains = domains[start:len(domains):len(domains)]
		if len(a.Domains) == 0 && a.Name == "" && len(accts[i].Domains) == 0 {
			if fail(i, id, "name", "account has neither a name nor a domain, so no lead can match it") {
				return done()
			}
		}
		b.accts[i] = a
	}
	// Pass 2: parents and hierarchy depth.
	depth := make([]int32, len(accts)) // 0: not computed; else depth+1
	for i := range b.accts {
		p := b.accts[i].Parent
		if p == "" || b.accts[i].ID == "" {
			continue
		}
		if _, ok := b.byID[p]; !ok {
			if fail(i, b.accts[i].ID, "parent", "unknown parent account %q", p) {
				return done()
			}
			b.accts[i].Parent = ""
		}
	}
	for i := range b.accts {
		if b.accts[i].ID == "" || depth[i] != 0 {
			continue
		}
		if err := b.depth(i, depth); err != nil {
			if fail(i, b.accts[i].ID, "parent", "%v", err) {
				return done()
			}
		}
	}
	if len(errs) > 0 {
		return done()
	}

	// Pass 3: indexes, with the tie-break applied as keys collide.
	var tied map[string][]int32 // keys shared by several accounts (rare)
	better := func(x, y int32) bool { return b.less(x, y, depth) < 0 }
	add := func(m map[string]entry, kind byte, key string, i int32) {
		e, ok := m[key]
		if !ok {
			m[key] = entry{acct: i}
			return
		}
		if tied == nil {
			tied = make(map[string][]int32)
		}
		tk := string(kind) + key
		if _, seen := tied[tk]; !seen {
			tied[tk] = []int32{e.acct}
		}
		tied[tk] = append(tied[tk], i)
		if better(i, e.acct) {
			m[key] = entry{acct: i}
		}
	}
	var buf []byte
	for i := range b.accts {
		a := &b.accts[i]
		for _, d := range a.Domains {
			add(b.domain, 'd', d, int32(i))
		}
		if a.Name != "" {
			buf = AppendNormalizedName(buf[:0], a.Name)
			if len(buf) > 0 {
				key := string(buf)
				add(b.name, 'n', key, int32(i))
			}
		}
	}
	// Explain each tie, in a deterministic order.
	keys := make([]string, 0, len(tied))
	for k := range tied {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, tk := range keys {
		ids := tied[tk]
		slices.SortFunc(ids, func(x, y int32) int { return b.less(x, y, depth) })
		m, what := b.domain, "domain"
		if tk[0] == 'n' {
			m, what = b.name, "name"
		}
		key := tk[1:]
		e := m[key]
		e.tie = int32(len(b.ties) + 1)
		m[key] = e
		b.ties = append(b.ties, tie{n: len(ids), text: b.explain(what, key, ids, depth)})
	}
	return b, nil
}

// depth fills depth[i] (depth+1) following parent links iteratively,
// reporting a cycle. While a chain is being followed its members hold
// onChain.
func (b *Book) depth(i int, depth []int32) error {
	const onChain = -1
	var chain []int
	j := i
	for depth[j] == 0 {
		depth[j] = onChain
		chain = append(chain, j)
		p := b.accts[j].Parent
		if p == "" {
			depth[j] = 1
			chain = chain[:len(chain)-1]
			break
		}
		j = int(b.byID[p])
		if depth[j] == onChain {
			start := slices.Index(chain, j)
			ids := make([]string, 0, len(chain)-start+1)
			for _, k := range chain[start:] {
				ids = append(ids, b.accts[k].ID)
			}
			ids = append(ids, b.accts[j].ID)
			for _, k := range chain {
				depth[k] = 1 // break the cycle for the rest of the build
			}
			return fmt.Errorf("parent links form a cycle: %s", strings.Join(ids, " → "))
		}
	}
	for k := len(chain) - 1; k >= 0; k-- {
		c := chain[k]
		depth[c] = depth[b.byID[b.accts[c].Parent]] + 1
	}
	return nil
}

// less orders accounts sharing a key, best first: an account with an
// owner, then the one higher in the parent hierarchy (fewer ancestors),
// then the lowest ID.
func (b *Book) less(x, y int32, depth []int32) int {
	ax, ay := &b.accts[x], &b.accts[y]
	if c := cmp.Compare(boolRank(ax.Owner != ""), boolRank(ay.Owner != "")); c != 0 {
		return c
	}
	if c := cmp.Compare(depth[x], depth[y]); c != 0 {
		return c
	}
	return strings.Compare(ax.ID, ay.ID)
}

func boolRank(b bool) int {
	if b {
		return 0
	}
	return 1
}

// explain describes a tie: who shares the key, who won and which rule
// decided against the runner-up. ids is sorted best first.
func (b *Book) explain(what, key string, ids []int32, depth []int32) string {
	w, r := &b.accts[ids[0]], &b.accts[ids[1]]
	var why string
	switch {
	case (w.Owner != "") != (r.Owner != ""):
		why = "it has an owner and " + r.ID + " has none"
	case depth[ids[0]] != depth[ids[1]]:
		if r.Parent == w.ID {
			why = "it is the parent of " + r.ID
		} else {
			why = "it is higher in the account hierarchy than " + r.ID
		}
	default:
		why = "it has the lowest ID"
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s %q is shared by %d accounts (", what, key, len(ids))
	for k, i := range ids {
		if k == 8 {
			fmt.Fprintf(&sb, ", … %d more", len(ids)-k)
			break
		}
		if k > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(b.accts[i].ID)
	}
	fmt.Fprintf(&sb, "); chose %s: %s (tie-break: owner, then parent, then lowest ID)", w.ID, why)
	return sb.String()
}
