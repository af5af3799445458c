package accounts

import (
	_ "embed"
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/net/publicsuffix"

	"github.com/leadroute/leadroute/internal/text"
)

// normalizeDomain turns an account's domain or website, as typed, into a
// lower-case host with a registrable part.
func normalizeDomain(s string) (string, error) {
	d := strings.ToLower(text.HostOf(s))
	d = strings.TrimSuffix(d, ".")
	d = strings.TrimPrefix(d, "www.")
	switch {
	case d == "":
		return "", fmt.Errorf("empty domain %q", s)
	case strings.ContainsAny(d, " \t@/\\:,;|\"'") || strings.Contains(d, "..") || strings.ContainsFunc(d, isSpaceOrControl):
		return "", fmt.Errorf("%q is not a domain name", s)
	}
	reg, ok := registrable(d)
	if !ok {
		return "", fmt.Errorf("%q has no registrable domain (a bare public suffix, an IP address or a single label)", s)
	}
	if free, _ := freeMailOf(d, reg); free != "" {
		return "", fmt.Errorf("%q is a free-mail or disposable domain (%s in the free-mail list), so no lead could match it by domain", s, free)
	}
	return d, nil
}

// isSpaceOrControl reports white space and control characters, which no
// host name holds (a lead's host is trimmed of them, so it could not match).
func isSpaceOrControl(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }

// Registrable returns the registrable domain (eTLD+1, public suffix
// aware) of a lower-case host name, "eu.sales.acme.co.uk" → "acme.co.uk",
// or "" when it has none (an IP address, a bare public suffix). It
// allocates nothing and is safe for concurrent use.
func Registrable(host string) string {
	d, _ := registrable(host)
	return d
}

// registrable returns the registrable domain (eTLD+1) of the lower-case
// host d: "eu.sales.acme.co.uk" → "acme.co.uk". It is
// publicsuffix.EffectiveTLDPlusOne without the error value, so a miss
// allocates nothing.
func registrable(d string) (string, bool) {
	if d == "" || d[0] == '.' || d[len(d)-1] == '.' || strings.Contains(d, "..") || !strings.Contains(d, ".") {
		return "", false
	}
	if c := d[len(d)-1]; c >= '0' && c <= '9' || d[0] == '[' {
		// An IP address (or a name ending in a digit, which no public
		// suffix does).
		return "", false
	}
	suffix, _ := publicsuffix.PublicSuffix(d)
	if len(d) <= len(suffix) {
		return "", false
	}
	i := len(d) - len(suffix) - 1
	if d[i] != '.' {
		return "", false
	}
	return d[1+strings.LastIndexByte(d[:i], '.'):], true
}

//go:embed freemail.txt
var freeMailText string

type freeMailList struct {
	domains  map[string]bool // registrable domains and subdomains
	families map[string]bool // "yahoo" for "yahoo.*"
}

var freeMail = sync.OnceValue(func() *freeMailList {
	fl, err := parseFreeMail(freeMailText)
	if err != nil {
		panic("accounts: freemail.txt: " + err.Error()) // caught by the tests
	}
	return fl
})

func parseFreeMail(text string) (*freeMailList, error) {
	fl := &freeMailList{domains: map[string]bool{}, families: map[string]bool{}}
	var errs []error
	for n, line := range strings.Split(text, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if line != strings.ToLower(line) || strings.ContainsAny(line, " \t/@") {
			errs = append(errs, fmt.Errorf("line %d: %q: want one lower-case domain", n+1, line))
			continue
		}
		if fam, ok := strings.CutSuffix(line, ".*"); ok {
			if fam == "" || strings.Contains(fam, ".") {
				errs = append(errs, fmt.Errorf("line %d: %q: a family is one label and \".*\"", n+1, line))
				continue
			}
			fl.families[fam] = true
			continue
		}
		if _, ok := registrable(line); !ok {
			errs = append(errs, fmt.Errorf("line %d: %q has no registrable domain", n+1, line))
			continue
		}
		fl.domains[line] = true
	}
	return fl, errors.Join(errs...)
}

// IsFreeMail reports whether the domain (or the domain of an e-mail
// address) is a free-mail or disposable domain, which never matches an
// account by domain: gmail.com, any yahoo.* or hotmail.* domain,
// mailinator.com, their subdomains, and the rest of the list embedded from
// freemail.txt (its header gives the source and the format). Case is
// ignored. It is safe for concurrent use.
func IsFreeMail(domain string) bool {
	if i := strings.LastIndexByte(domain, '@'); i >= 0 {
		domain = domain[i+1:]
	}
	d := strings.TrimSuffix(strings.TrimSpace(domain), ".")
	if hasUpper(d) {
		d = strings.ToLower(d)
	}
	if _, ok := registrable(d); !ok {
		return false
	}
	fl := freeMail()
	for s := d; s != ""; s = parent(s) {
		if isFreeLabel(fl, s) {
			return true
		}
	}
	return false
}

// parent strips the first label of a host: "a.b.c" → "b.c", "c" → "".
func parent(s string) string {
	i := strings.IndexByte(s, '.')
	if i < 0 {
		return ""
	}
	return s[i+1:]
}

// isFreeLabel reports whether s, a lower-case host or a parent of one, is
// itself on the free-mail list, as a domain or as a family ("yahoo.co.jp"
// for "yahoo.*"). Walking a host up through its parents and calling this
// on each finds every entry that covers it. It allocates only to confirm a
// family rule for a domain not listed by name (publicsuffix.PublicSuffix
// allocates), so the frequent family members are also listed by name.
func isFreeLabel(fl *freeMailList, s string) bool {
	if fl.domains[s] {
		return true
	}
	dot := strings.IndexByte(s, '.')
	if dot <= 0 || !fl.families[s[:dot]] {
		return false
	}
	rest := s[dot+1:]
	ps, _ := publicsuffix.PublicSuffix(rest)
	return ps == rest
}

// freeMailOf returns the entry of the free-mail list that covers the
// lower-case host d, whose registrable domain is reg ("" if none), and
// whether it is a family rule.
func freeMailOf(d, reg string) (string, bool) {
	fl := freeMail()
	label := reg[:strings.IndexByte(reg, '.')]
	if fl.families[label] {
		return label + ".*", true
	}
	for s := d; ; {
		if fl.domains[s] {
			return s, false
		}
		if len(s) <= len(reg) {
			return "", false
		}
		s = s[strings.IndexByte(s, '.')+1:]
	}
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}
