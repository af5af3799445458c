package leadroute

import (
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestIsNormalAgrees checks Normalize's fast path against the full one:
// whenever isNormal says a lead is normal, the full normalize must
// change nothing and report nothing. It also checks that the fast path
// is taken for plainly normal leads (else it would be dead weight), and
// that each kind of non-normal field is refused.
func TestIsNormalAgrees(t *testing.T) {
	base := Lead{ID: "L1", Email: "jane@acme.com", Domain: "acme.com", Country: "US", State: "US-CA",
		PostalCode: "94105", Industry: "Software", Source: "web", Language: "en", Employees: 10, Revenue: 1e6,
		Products: []string{"crm"}}
	if !base.isNormal() {
		t.Fatalf("isNormal(%+v) = false for a normal lead", base)
	}
	variants := []func(*Lead){
		func(l *Lead) { l.Country = "us" },
		func(l *Lead) { l.Country = "USA" },
		func(l *Lead) { l.Country = "ZZ" },
		func(l *Lead) { l.State = "CA" },
		func(l *Lead) { l.State = "us-ca" },
		func(l *Lead) { l.State = "DE-BE" },
		func(l *Lead) { l.State = "US-ZZ" },
		func(l *Lead) { l.Country = ""; l.State = "US-CA" },
		func(l *Lead) { l.Country = ""; l.State = "CA" },
		func(l *Lead) { l.Domain = "ACME.com" },
		func(l *Lead) { l.Domain = "www.acme.com" },
		func(l *Lead) { l.Domain = "acme.com." },
		func(l *Lead) { l.Domain = "" },
		func(l *Lead) { l.Domain = ""; l.Email = ""; l.Website = "https://www.acme.com/x" },
		func(l *Lead) { l.Domain = ""; l.Email = "" },
		func(l *Lead) { l.Email = " jane@acme.com" },
		func(l *Lead) { l.Email = "jane@" },
		func(l *Lead) { l.Email = "@acme.com" },
		func(l *Lead) { l.Email = "ja ne@acme.com" },
		func(l *Lead) { l.Email = "jane" },
		func(l *Lead) { l.Email = "jane@other.com" },
		func(l *Lead) { l.Email = "a@b@acme.com" },
		func(l *Lead) { l.Email = "jane@acme.com\t" },
		func(l *Lead) { l.Email = "jane\n@acme.com" },
		func(l *Lead) { l.Email = "@" + l.Domain },
		func(l *Lead) { l.Domain = "acme_x.com"; l.Email = "jane@acme_x.com" },
		func(l *Lead) { l.Email = "" },
		func(l *Lead) { l.PostalCode = "sw1a 1aa" },
		func(l *Lead) { l.PostalCode = " 94105" },
		func(l *Lead) { l.PostalCode = "94105\u00a0" },
		func(l *Lead) { l.PostalCode = "SW1A 1AA" },
		func(l *Lead) { l.Language = "EN" },
		func(l *Lead) { l.Language = "pt-BR" },
		func(l *Lead) { l.Language = "pt-br" },
		func(l *Lead) { l.Language = "en\t" },
		func(l *Lead) { l.Language = "é" },
		func(l *Lead) { l.Revenue = math.NaN() },
		func(l *Lead) { l.Revenue = math.Inf(1) },
		func(l *Lead) { l.Revenue = -1 },
		func(l *Lead) { l.Employees = -1 },
		func(l *Lead) { l.ID = strings.Repeat("x", MaxLeadIDLen+1) },
		func(l *Lead) { l.ID = strings.Repeat("x", MaxLeadIDLen) },
		func(l *Lead) { l.City = strings.Repeat("x", MaxLeadStringLen+1) },
		func(l *Lead) { l.Company = strings.Repeat("x", MaxLeadStringLen+1) },
		func(l *Lead) { l.Products = []string{strings.Repeat("p", MaxLeadProductLen+1)} },
		func(l *Lead) { l.Products = make([]string, MaxLeadProducts+1) },
		func(l *Lead) { l.Attrs = map[string]any{"k": "v"} },
		func(l *Lead) { l.Industry = " Software " },
	}
	r := rand.New(rand.NewPCG(1, 2))
	normal, tried := 0, 0
	check := func(l Lead) {
		tried++
		if !l.isNormal() {
			return
		}
		normal++
		full := l
		if probs := full.normalize(); len(probs) > 0 || !reflect.DeepEqual(full, l) {
			t.Errorf("isNormal(%+v) = true, but normalize changes it to %+v with problems %v", l, full, probs)
		}
	}
	for _, v := range variants {
		l := base
		l.Products = slices.Clone(base.Products)
		v(&l)
		check(l)
		// and in pairs, so that one change cannot hide another
		for j := 0; j < 3; j++ {
			m := l
			variants[r.IntN(len(variants))](&m)
			check(m)
		}
	}
	for _, l := range []Lead{{}, {Country: "DE"}, {Domain: "x.io"}, {Email: "a@b.io", Domain: "b.io"}} {
		if !l.isNormal() {
			t.Errorf("isNormal(%+v) = false for a normal lead", l)
		}
		check(l)
	}
	if normal == 0 || normal == tried {
		t.Fatalf("%d of %d variants normal: the test does not exercise both paths", normal, tried)
	}
}
