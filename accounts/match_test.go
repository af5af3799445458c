package accounts

import (
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/leadroute/leadroute"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func testBook(t testing.TB) *Book {
	t.Helper()
	b, err := NewBook([]Account{
		{ID: "A1", Name: "Acme Corporation", Domains: []string{"acme.com", "https://www.Acme.co.uk/"}, Owner: "alice", Backup: "bob"},
		{ID: "A2", Name: "Acme Germany GmbH", Domains: []string{"acme.de"}, Owner: "carol", Parent: "A1"},
		{ID: "A3", Name: "Acme EMEA", Domains: []string{"emea.acme.com"}, Owner: "dave", Parent: "A1"},
		// Subsidiaries sharing a domain.
		{ID: "G1", Name: "Globex", Domains: []string{"globex.com"}},
		{ID: "G2", Name: "Globex Sales", Domains: []string{"globex.com"}, Owner: "erin", Parent: "G1"},
		{ID: "I2", Name: "Initech Labs", Domains: []string{"initech.com"}, Owner: "gina", Parent: "I1"},
		{ID: "I1", Name: "Initech", Domains: []string{"initech.com"}, Owner: "frank"},
		{ID: "H2", Name: "Hooli East", Domains: []string{"hooli.com"}, Owner: "hank"},
		{ID: "H1", Name: "Hooli West", Domains: []string{"hooli.com"}, Owner: "ivan"},
		// Multi-part public suffixes.
		{ID: "W1", Name: "Wayne Enterprises Pty Ltd", Domains: []string{"wayne.com.au"}, Owner: "judy"},
		{ID: "K1", Name: "Kyoto Trading K.K.", Domains: []string{"kyoto-trading.co.jp"}, Owner: "ken"},
		// Name only; and two accounts with one name.
		{ID: "N1", Name: "Société Générale S.A.", Owner: "nina"},
		{ID: "U2", Name: "Umbrella, Inc.", Owner: "uma"},
		{ID: "U1", Name: "UMBRELLA LLC"},
	})
	require.NoError(t, err)
	return b
}

func TestMatch(t *testing.T) {
	b := testBook(t)
	tests := []struct {
		name     string
		lead     leadroute.Lead
		want     string // account ID, "" for no match
		via      Via
		key      string
		freeMail string
		tie      string // substring of TieBreak
	}{
		{"email domain", leadroute.Lead{Email: "jo@acme.com"}, "A1", ViaEmail, "acme.com", "", ""},
		{"email upper case", leadroute.Lead{Email: "Jo@ACME.Com"}, "A1", ViaEmail, "acme.com", "", ""},
		{"subdomain co.uk", leadroute.Lead{Email: "jo@eu.sales.acme.co.uk"}, "A1", ViaEmail, "acme.co.uk", "", ""},
		{"account domain given as website", leadroute.Lead{Email: "jo@acme.co.uk"}, "A1", ViaEmail, "acme.co.uk", "", ""},
		{"most specific account domain", leadroute.Lead{Email: "jo@emea.acme.com"}, "A3", ViaEmail, "emea.acme.com", "", ""},
		{"under most specific", leadroute.Lead{Email: "jo@paris.emea.acme.com"}, "A3", ViaEmail, "emea.acme.com", "", ""},
		{"sibling subdomain", leadroute.Lead{Email: "jo@apac.acme.com"}, "A1", ViaEmail, "acme.com", "", ""},
		{"com.au", leadroute.Lead{Email: "bruce@mail.wayne.com.au"}, "W1", ViaEmail, "wayne.com.au", "", ""},
		{"co.jp", leadroute.Lead{Email: "k@osaka.kyoto-trading.co.jp"}, "K1", ViaEmail, "kyoto-trading.co.jp", "", ""},
		{"other registrable under same suffix", leadroute.Lead{Email: "x@other.com.au"}, "", ViaNone, "", "", ""},
		{"bare public suffix", leadroute.Lead{Email: "x@com.au"}, "", ViaNone, "", "", ""},
		{"ip address", leadroute.Lead{Email: "x@10.1.2.3"}, "", ViaNone, "", "", ""},
		{"not a domain", leadroute.Lead{Email: "x@localhost"}, "", ViaNone, "", "", ""},
		{"website", leadroute.Lead{Website: "https://www.acme.de/about?x=1"}, "A2", ViaWebsite, "acme.de", "", ""},
		{"website with port", leadroute.Lead{Website: "http://shop.acme.de:8080"}, "A2", ViaWebsite, "acme.de", "", ""},
		{"domain field", leadroute.Lead{Domain: "acme.de"}, "A2", ViaDomain, "acme.de", "", ""},
		{"email before website", leadroute.Lead{Email: "jo@acme.de", Website: "acme.com"}, "A2", ViaEmail, "acme.de", "", ""},
		{"unknown email, known website", leadroute.Lead{Email: "jo@nowhere.org", Website: "acme.com"}, "A1", ViaWebsite, "acme.com", "", ""},
		{"free-mail email, website decides", leadroute.Lead{Email: "jo@gmail.com", Website: "acme.de"}, "A2", ViaWebsite, "acme.de", "gmail.com", ""},
		{"free-mail email, name decides", leadroute.Lead{Email: "jo@gmail.com", Company: "ACME, Inc."}, "A1", ViaName, "ACME, Inc.", "gmail.com", ""},
		{"unknown domain, name decides", leadroute.Lead{Email: "jo@acme-corp.net", Company: "Acme Corp."}, "A1", ViaName, "Acme Corp.", "", ""},
		{"domain decides before name", leadroute.Lead{Email: "jo@acme.de", Company: "Acme"}, "A2", ViaEmail, "acme.de", "", ""},
		{"name with accents", leadroute.Lead{Company: "SOCIETE GENERALE"}, "N1", ViaName, "SOCIETE GENERALE", "", ""},
		{"name legal suffix", leadroute.Lead{Company: "Wayne Enterprises"}, "W1", ViaName, "Wayne Enterprises", "", ""},
		{"unknown name", leadroute.Lead{Company: "Stark Industries"}, "", ViaNone, "", "", ""},
		{"nothing", leadroute.Lead{}, "", ViaNone, "", "", ""},
		// Ties between subsidiaries.
		{"tie: owner wins", leadroute.Lead{Email: "x@globex.com"}, "G2", ViaEmail, "globex.com", "", "chose G2: it has an owner and G1 has none"},
		{"tie: parent wins", leadroute.Lead{Email: "x@initech.com"}, "I1", ViaEmail, "initech.com", "", "chose I1: it is the parent of I2"},
		{"tie: lowest ID wins", leadroute.Lead{Email: "x@hooli.com"}, "H1", ViaEmail, "hooli.com", "", "chose H1: it has the lowest ID"},
		{"tie by name", leadroute.Lead{Company: "Umbrella"}, "U2", ViaName, "Umbrella", "", `name "umbrella" is shared by 2 accounts (U2, U1); chose U2: it has an owner`},
		// Free-mail and disposable domains never match by domain.
		{"gmail", leadroute.Lead{Email: "jo@gmail.com"}, "", ViaNone, "", "gmail.com", ""},
		{"googlemail", leadroute.Lead{Email: "jo@googlemail.com"}, "", ViaNone, "", "googlemail.com", ""},
		{"yahoo.co.jp family", leadroute.Lead{Email: "jo@yahoo.co.jp"}, "", ViaNone, "", "yahoo.co.jp", ""},
		{"yahoo.com.br family", leadroute.Lead{Email: "jo@yahoo.com.br"}, "", ViaNone, "", "yahoo.com.br", ""},
		{"hotmail.fr family", leadroute.Lead{Email: "jo@hotmail.fr"}, "", ViaNone, "", "hotmail.fr", ""},
		{"mailinator disposable", leadroute.Lead{Email: "jo@mailinator.com"}, "", ViaNone, "", "mailinator.com", ""},
		{"disposable subdomain", leadroute.Lead{Email: "jo@x.guerrillamail.com"}, "", ViaNone, "", "x.guerrillamail.com", ""},
		{"free-mail website", leadroute.Lead{Website: "https://outlook.com"}, "", ViaNone, "", "outlook.com", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := tt.lead
			// Match must give the same answer before and after the
			// router's normalisation.
			for _, norm := range []bool{false, true} {
				if norm {
					l.Normalize()
				}
				m, ok := b.Match(&l)
				if tt.want == "" {
					assert.False(t, ok, "normalised=%v: %v", norm, m)
					assert.Nil(t, m.Account)
				} else {
					require.True(t, ok, "normalised=%v: want %s", norm, tt.want)
					assert.Equal(t, tt.want, m.Account.ID, "normalised=%v", norm)
					assert.Equal(t, tt.via, m.Via, "normalised=%v", norm)
					if !(norm && tt.via == ViaEmail) || tt.lead.Domain != "" {
						assert.Equal(t, tt.key, m.Key, "normalised=%v", norm)
					}
				}
				assert.Equal(t, tt.freeMail, m.FreeMail, "normalised=%v", norm)
				if tt.tie != "" {
					assert.Contains(t, m.TieBreak, tt.tie)
					assert.Greater(t, m.Shared, 1)
				} else if ok {
					assert.Empty(t, m.TieBreak)
					assert.Equal(t, 1, m.Shared)
				}
			}
		})
	}
}

func TestMatchString(t *testing.T) {
	b := testBook(t)
	m, _ := b.Match(&leadroute.Lead{Email: "jo@gmail.com", Company: "Acme Inc"})
	assert.Equal(t, `account A1 "Acme Corporation" by company name Acme Inc (free-mail domain gmail.com ignored)`, m.String())
	m, _ = b.Match(&leadroute.Lead{Email: "jo@hooli.com"})
	assert.Equal(t, `account H1 "Hooli West" by email domain hooli.com; domain "hooli.com" is shared by 2 accounts (H1, H2); chose H1: it has the lowest ID (tie-break: owner, then parent, then lowest ID)`, m.String())
	m, _ = b.Match(&leadroute.Lead{Email: "jo@yahoo.fr"})
	assert.Equal(t, "no account (free-mail domain yahoo.fr ignored)", m.String())
	assert.Equal(t, "no account", Match{}.String())
}

func TestNilBook(t *testing.T) {
	var b *Book
	m, ok := b.Match(&leadroute.Lead{Email: "jo@acme.com"})
	assert.False(t, ok)
	assert.Zero(t, m)
	assert.Zero(t, b.Len())
	_, ok = b.Account("A1")
	assert.False(t, ok)
	assert.Nil(t, b.Book())
	var h *Holder
	assert.Nil(t, h.Book())
	assert.Nil(t, new(Holder).Book())
	_, ok = testBook(t).Match(nil)
	assert.False(t, ok)
}

func TestMatchAllocs(t *testing.T) {
	b := testBook(t)
	leads := []leadroute.Lead{
		{Email: "Jo@Eu.Sales.ACME.co.uk"},
		{Email: "jo@gmail.com", Website: "https://www.acme.de/", Company: "Acme Inc"},
		{Email: "jo@yahoo.co.jp", Company: "Société Générale SA"},
		{Email: "jo@nowhere.example", Company: "Nobody Ltd"},
		{Email: "x@10.1.2.3"},
	}
	for _, l := range leads {
		l.Normalize()
		n := testing.AllocsPerRun(100, func() { b.Match(&l) })
		assert.Zero(t, n, "%+v", l)
	}
}

func TestIsFreeMail(t *testing.T) {
	free := []string{
		"gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "hotmail.fr",
		"live.com", "yahoo.com", "yahoo.co.jp", "yahoo.com.br", "yahoo.fr", "ymail.com", "aol.com",
		"icloud.com", "me.com", "proton.me", "protonmail.com", "pm.me", "gmx.de", "gmx.net", "gmx.at",
		"web.de", "mail.ru", "yandex.ru", "yandex.com.tr", "qq.com", "163.com", "zohomail.com",
		"mailinator.com", "guerrillamail.com", "10minutemail.com", "yopmail.com", "temp-mail.org",
		"GMAIL.COM", "jo@gmail.com", "x.mailinator.com", "gmail.com.",
	}
	for _, d := range free {
		assert.True(t, IsFreeMail(d), d)
	}
	notFree := []string{"acme.com", "acme.co.uk", "orange.com", "proton.ch", "laposte.fr", "gmail", "", "co.uk", "1.2.3.4", "mail.acme.com"}
	for _, d := range notFree {
		assert.False(t, IsFreeMail(d), d)
	}
}

func TestFreeMailList(t *testing.T) {
	fl, err := parseFreeMail(freeMailText)
	require.NoError(t, err, "freemail.txt")
	assert.Greater(t, len(fl.domains), 250)
	assert.True(t, fl.families["yahoo"])

	_, err = parseFreeMail("Gmail.com\nyahoo.co.*\nco.uk\nok.com # comment\n")
	require.Error(t, err)
	for _, want := range []string{"line 1:", "line 2:", "line 3:"} {
		assert.Contains(t, err.Error(), want)
	}
	assert.NotContains(t, err.Error(), "line 4")
}

func TestHolder(t *testing.T) {
	b1 := testBook(t)
	b2, err := NewBook([]Account{{ID: "Z", Domains: []string{"acme.com"}, Owner: "zed"}})
	require.NoError(t, err)
	h := NewHolder(b1)
	var src Source = h
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 1000 {
				m, ok := src.Book().Match(&leadroute.Lead{Email: "jo@acme.com"})
				if !ok || (m.Account.ID != "A1" && m.Account.ID != "Z") {
					t.Errorf("got %v %v", m, ok)
					return
				}
			}
		})
	}
	for i := range 100 {
		if i%2 == 0 {
			h.Store(b2)
		} else {
			h.Store(b1)
		}
	}
	wg.Wait()
	h.Store(b2)
	m, _ := src.Book().Match(&leadroute.Lead{Email: "jo@acme.com"})
	assert.Equal(t, "Z", m.Account.ID)
}

func TestBookAccessors(t *testing.T) {
	b := testBook(t)
	assert.Equal(t, 14, b.Len())
	a, ok := b.Account("A1")
	require.True(t, ok)
	assert.Equal(t, []string{"acme.com", "acme.co.uk"}, a.Domains, "domains normalised")
	var ids []string
	for a := range b.All {
		ids = append(ids, a.ID)
		if len(ids) == 3 {
			break
		}
	}
	assert.Equal(t, []string{"A1", "A2", "A3"}, ids)
}

func TestNewBookCopies(t *testing.T) {
	in := []Account{{ID: "A", Name: "Acme", Domains: []string{"acme.com"}, Owner: "o"}}
	b, err := NewBook(in)
	require.NoError(t, err)
	in[0].Domains[0] = "evil.com"
	in[0].Owner = "x"
	a, _ := b.Account("A")
	assert.Equal(t, "acme.com", a.Domains[0])
	assert.Equal(t, "o", a.Owner)
}

func TestNewBookErrors(t *testing.T) {
	tests := []struct {
		name  string
		accts []Account
		want  []string
	}{
		{"missing ID", []Account{{Name: "x"}}, []string{`accounts[0].id: missing ID`}},
		{"duplicate ID", []Account{{ID: "A", Name: "a"}, {ID: "A", Name: "b"}}, []string{`accounts[1].id (account "A"): duplicate ID (also accounts[0])`}},
		{"no name nor domain", []Account{{ID: "A", Owner: "o"}}, []string{`accounts[0].name (account "A"): account has neither a name nor a domain`}},
		{"bad domain", []Account{{ID: "A", Domains: []string{"not a domain"}}}, []string{`accounts[0].domains (account "A"): "not a domain" is not a domain name`}},
		{"bare suffix", []Account{{ID: "A", Domains: []string{"co.uk"}}}, []string{`"co.uk" has no registrable domain`}},
		{"ip", []Account{{ID: "A", Domains: []string{"10.0.0.1"}}}, []string{`"10.0.0.1" has no registrable domain`}},
		{"free-mail", []Account{{ID: "A", Domains: []string{"yahoo.co.uk"}}}, []string{`"yahoo.co.uk" is a free-mail or disposable domain (yahoo.* in the free-mail list)`}},
		{"unknown parent", []Account{{ID: "A", Name: "a", Parent: "Z"}}, []string{`accounts[0].parent (account "A"): unknown parent account "Z"`}},
		{"cycle", []Account{{ID: "A", Name: "a", Parent: "C"}, {ID: "B", Name: "b", Parent: "A"}, {ID: "C", Name: "c", Parent: "B"}}, []string{`parent links form a cycle: A → C → B → A`}},
		{"self parent", []Account{{ID: "A", Name: "a", Parent: "A"}}, []string{`parent links form a cycle: A → A`}},
		{"several", []Account{{ID: "A", Domains: []string{"gmail.com"}}, {Name: "x"}}, []string{"accounts[0].domains", "accounts[1].id"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := NewBook(tt.accts)
			require.Error(t, err)
			assert.Nil(t, b)
			assert.ErrorIs(t, err, ErrInvalid)
			var e *Error
			require.ErrorAs(t, err, &e)
			for _, w := range tt.want {
				assert.Contains(t, err.Error(), w)
			}
		})
	}
}

func TestNewBookMaxErrors(t *testing.T) {
	accts := make([]Account, 100)
	_, err := NewBook(accts)
	require.Error(t, err)
	assert.Len(t, strings.Split(err.Error(), "\n"), MaxErrors)
	var joined interface{ Unwrap() []error }
	require.True(t, errors.As(err, &joined))
}
