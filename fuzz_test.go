package leadroute_test

import (
	"strings"
	"testing"

	lr "github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/strategies"
)

// FuzzParseHours: any input either parses into valid shifts that print
// and re-parse to the same schedule, or is rejected with an error.
func FuzzParseHours(f *testing.F) {
	for _, s := range []string{"", "Mon-Fri 09:00-17:00", "Sat 10:00-14:00; Sun 22:00-02:00", "Fri-Mon 00:00-24:00",
		"Mon 09:00-12:00 13:00-17:30", "monday 9:00-17:00", "Mon-Fri", "Mon 25:00-26:00", "Tue 10:00-10:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h, err := lr.ParseHours(s)
		if err != nil {
			return
		}
		for _, sh := range h {
			if sh.Start < 0 || sh.End > 24*60*60*1e9 || sh.Start >= sh.End {
				t.Fatalf("ParseHours(%q) gave an invalid shift %+v", s, sh)
			}
		}
		again, err := lr.ParseHours(h.String())
		if err != nil {
			t.Fatalf("ParseHours(%q).String() = %q does not parse: %v", s, h.String(), err)
		}
		if again.String() != h.String() {
			t.Fatalf("round trip changed %q into %q", h.String(), again.String())
		}
	})
}

// FuzzNormalize: normalising never panics, is idempotent, and routing any
// lead ends with a rep or a queue.
func FuzzNormalize(f *testing.F) {
	f.Add("jo@Acme.com", "https://www.acme.com/x", "United States", "California", " sw1a 1aa", "ES", 10, 1e6)
	f.Add("", "", "Narnia", "Atlantis", "", "", -1, -5.0)
	f.Add("a@b@c", "http://[::1]:80/", "us", "ca", "", "", 0, 0.0)
	r := newRouter(f, lr.WithReps(lr.Rep{ID: "a"}),
		lr.WithRules(lr.Rule{Name: "us", Match: country("US"), Pool: []string{"a"}, Strategy: strategies.RoundRobin()}))
	f.Fuzz(func(t *testing.T, email, website, country, state, postal, lang string, employees int, revenue float64) {
		l := lr.Lead{Email: email, Website: website, Country: country, State: state, PostalCode: postal, Language: lang, Employees: employees, Revenue: revenue}
		l.Normalize()
		again := l
		again.Normalize()
		if again.Country != l.Country || again.State != l.State || again.Domain != l.Domain || again.PostalCode != l.PostalCode {
			t.Fatalf("Normalize is not idempotent: %+v then %+v", l, again)
		}
		if strings.ContainsAny(l.Domain, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			t.Fatalf("domain %q not lower-cased", l.Domain)
		}
		d, err := r.Route(ctx, lr.Lead{Email: email, Website: website, Country: country, State: state, Revenue: revenue})
		if err != nil || (d.RepID == "") == (d.Queue == "") {
			t.Fatalf("Route: %+v, %v", d, err)
		}
	})
}
