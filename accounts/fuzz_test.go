package accounts

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/leadroute/leadroute"
)

// FuzzLoadCSV: any input either builds a consistent Book or is rejected
// with *Error values that name a line; LoadCSV never panics.
func FuzzLoadCSV(f *testing.F) {
	const header = "id,name,domains,owner,backup,parent\n"
	for _, s := range []string{
		"\ufeffID, Name ,Domains,Owner,Backup,Parent\n" +
			"A1,\"ACME, Inc.\",acme.com;acme.co.uk,alice,bob,\n" +
			"\n" +
			"A2,Acme Germany GmbH,https://www.acme.de/ | acme.at,carol,,A1\n" +
			"A3,\"Multi\nLine Name\",multi.com,dan,,\n" +
			"A4,Short Row\n",
		"domains,id\nacme.com,A1\n",
		"",
		"id,name,domain\n",
		"id,name,ID\n",
		"name,domains\n",
		header + "A1,ok,acme.com,,,\nA2,\"bad\"x,b.com,,,\n",
		header + "A1,a,acme.com,o,b,,extra\n",
		header + "A1,a,acme.com,,,\n,b,b.com,,,\n",
		header + "A1,a,a.com,,,\nA2,b,b.com,,,\nA1,c,c.com,,,\n",
		header + "A1,a,a.com;co.uk,,,\n",
		header + "A1,a,gmail.com,,,\n",
		header + "A1,a,a.com,,,\n\nA2,b,b.com,,,A9\n",
		header + "A1,\"two\nlines\",a.com,,,\nA2,b,b.com,,,A9\n",
		header + ",a,a.com,,,\nA2,b,hotmail.co.uk,,,\n",
		header + "A1,a,a.com,,,A2\nA2,b,b.com,,,A1\n",
		header + "G1,Globex,globex.com,,,\nG2,Globex Sales,globex.com,erin,,G1\nU2,\"Umbrella, Inc.\",,uma,,\nU1,UMBRELLA LLC,,,,\n",
		header + "W1,Wayne Enterprises Pty Ltd,wayne.com.au,judy,,\nK1,Kyoto Trading K.K.,kyoto-trading.co.jp,ken,,\nN1,Société Générale S.A.,,nina,,\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		b, err := LoadCSV(strings.NewReader(in))
		if err != nil {
			if b != nil {
				t.Fatalf("LoadCSV(%q) returned a book with error %v", in, err)
			}
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("LoadCSV(%q): error %v does not wrap ErrInvalid", in, err)
			}
			var e *Error
			if !errors.As(err, &e) || e.Line <= 0 {
				t.Fatalf("LoadCSV(%q): error %v names no line", in, err)
			}
			_ = err.Error()
			return
		}
		n := 0
		for a := range b.All {
			n++
			if a.ID == "" || a.ID != strings.TrimSpace(a.ID) {
				t.Fatalf("LoadCSV(%q): bad ID %q", in, a.ID)
			}
			if got, ok := b.Account(a.ID); !ok || got != a {
				t.Fatalf("LoadCSV(%q): Account(%q) does not find it", in, a.ID)
			}
			if a.Parent != "" {
				if _, ok := b.Account(a.Parent); !ok {
					t.Fatalf("LoadCSV(%q): account %q has unknown parent %q", in, a.ID, a.Parent)
				}
			}
			for _, d := range a.Domains {
				if d != strings.ToLower(d) {
					t.Fatalf("LoadCSV(%q): domain %q not lower-cased", in, d)
				}
				// A lead from the account's domain matches an account
				// listing that domain (the tie-break picks which).
				m, ok := b.Match(&leadroute.Lead{Email: "jo@" + d})
				if !ok || m.Key != d || !slices.Contains(m.Account.Domains, d) {
					t.Fatalf("LoadCSV(%q): account %q domain %q: lead jo@%s matched %v, %v", in, a.ID, d, d, m, ok)
				}
			}
		}
		if n != b.Len() {
			t.Fatalf("LoadCSV(%q): All gave %d accounts, Len %d", in, n, b.Len())
		}
	})
}

// FuzzNormalizeName: NormalizeName never panics, is idempotent (it gives
// the key names are compared under, so a key is its own key) and leaves no
// upper-case ASCII letter; AppendNormalizedName agrees with it.
func FuzzNormalizeName(f *testing.F) {
	for _, s := range []string{
		"ACME, Inc.", "Acme S. A.", "Acme S.A.S.", "Acme A/S", "Acme Holdings Co., Ltd.", "Müller GmbH & Co. KG",
		"The Acme Company", "The Co", "Theater Inc", "Société Générale S.A.", "SOCIÉTÉ GÉNÉRALE", "Straße AG",
		"Ørsted A/S", "Łódź Sp. z o.o.", "Ｆｕｌｌｗｉｄｔｈ", "McDonald’s", "Johnson & Johnson", "Coca-Cola Company",
		"I.B.M.", "I B M Corp", "AT&T Inc.", "  Acme   Widgets  ", "Inc", "Co.", "", "!!!", "\xff\xfe", "½ ⅓",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := NormalizeName(s)
		if again := NormalizeName(n); again != n {
			t.Fatalf("NormalizeName is not idempotent: %q → %q → %q", s, n, again)
		}
		if strings.ContainsAny(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			t.Fatalf("NormalizeName(%q) = %q has upper case", s, n)
		}
		if got := string(AppendNormalizedName([]byte("x"), s)); got != "x"+n {
			t.Fatalf("AppendNormalizedName(\"x\", %q) = %q, want %q", s, got, "x"+n)
		}
	})
}

// FuzzMatch: matching any lead against a fixed book never panics, gives
// the same result twice, and a match is explained by its key.
func FuzzMatch(f *testing.F) {
	b := testBook(f)
	for _, l := range []leadroute.Lead{
		{Email: "jo@eu.sales.acme.co.uk"},
		{Email: "jo@emea.acme.com", Website: "https://www.acme.de/x"},
		{Email: "jo@gmail.com", Company: "Acme Corporation"},
		{Website: "WWW.Globex.COM.", Domain: "initech.com"},
		{Domain: "hooli.com", Company: "Umbrella, Inc."},
		{Email: "a@b@wayne.com.au", Company: "Société Générale"},
		{Email: "jo@yahoo.co.jp", Website: "http://[::1]:80/", Company: "kyoto trading"},
		{Email: "@", Website: "://", Domain: ".", Company: "Inc"},
	} {
		f.Add(l.Email, l.Website, l.Domain, l.Company)
	}
	f.Fuzz(func(t *testing.T, email, website, domain, company string) {
		l := leadroute.Lead{Email: email, Website: website, Domain: domain, Company: company}
		m, ok := b.Match(&l)
		m2, ok2 := b.Match(&l)
		if m != m2 || ok != ok2 {
			t.Fatalf("Match(%+v) gave %+v, %v then %+v, %v", l, m, ok, m2, ok2)
		}
		_ = m.String()
		if !ok {
			if m.Account != nil {
				t.Fatalf("Match(%+v) failed with an account: %+v", l, m)
			}
			return
		}
		if m.Account == nil || m.Shared < 1 || (m.Shared > 1) != (m.TieBreak != "") {
			t.Fatalf("Match(%+v) = %+v", l, m)
		}
		switch m.Via {
		case ViaEmail, ViaWebsite, ViaDomain:
			if !slices.Contains(m.Account.Domains, m.Key) {
				t.Fatalf("Match(%+v) = %+v: key is not a domain of the account", l, m)
			}
		case ViaName:
			if m.Key != company || NormalizeName(company) != NormalizeName(m.Account.Name) {
				t.Fatalf("Match(%+v) = %+v: company does not normalise to the account's name", l, m)
			}
		default:
			t.Fatalf("Match(%+v) = %+v: bad Via", l, m)
		}
	})
}

// TestDomainWithSpaceOrControl: a domain holding white space or a control
// character (left inside by a cut fragment, "acme.com\f#") is rejected, as
// no lead could match it (found by FuzzLoadCSV).
func TestDomainWithSpaceOrControl(t *testing.T) {
	for _, d := range []string{"0.\f#", "acme.com\f#x", "ac\x00me.com", "acme.com\u00a0#", "acme\u2028.com"} {
		_, err := NewBook([]Account{{ID: "A1", Domains: []string{d}}})
		var e *Error
		if !errors.As(err, &e) || e.Field != "domains" || !strings.Contains(e.Error(), "is not a domain name") {
			t.Errorf("domain %q: err = %v, want not a domain name", d, err)
		}
	}
	if _, err := NewBook([]Account{{ID: "A1", Domains: []string{"münchen.de", " https://www.Acme.com/ "}}}); err != nil {
		t.Errorf("valid domains rejected: %v", err)
	}
}

// TestNormalizeNameRepeatedThe: every leading "the" is dropped, so that
// NormalizeName is idempotent (found by FuzzNormalizeName).
func TestNormalizeNameRepeatedThe(t *testing.T) {
	for in, want := range map[string]string{"The The 0": "0", "the the acme inc": "acme", "The The": "the", "The the the Co": "co"} {
		n := NormalizeName(in)
		if n != want || NormalizeName(n) != n {
			t.Errorf("NormalizeName(%q) = %q, want %q (again: %q)", in, n, want, NormalizeName(n))
		}
	}
}
