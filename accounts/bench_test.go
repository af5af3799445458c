package accounts

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/leadroute/leadroute"
)

// benchSize is the number of accounts of the benchmark book.
const benchSize = 1_000_000

var benchTLDs = []string{"com", "co.uk", "com.au", "de", "fr", "io", "co.jp", "com.br", "net", "org"}
var benchSuffixes = []string{"Inc.", "LLC", "Ltd", "GmbH", "S.A.", "B.V.", "PLC", "Corp", "", "", ""}
var benchSyllables = []string{"ac", "me", "glo", "bex", "ini", "tech", "um", "bre", "la", "ho", "li", "stark", "wayne", "cy", "ber", "dyne", "so", "ylent", "tyr", "ell", "nak", "ato", "mi", "ra", "zu", "ko", "vel", "tri", "no", "qua"}

// benchAccounts generates a deterministic book (fixed seed): names from
// random syllables with a legal form, one to three domains under assorted
// public suffixes, 200 owners, and every 20th account a subsidiary sharing
// its parent's domain.
var benchAccounts = sync.OnceValue(func() []Account {
	rng := rand.New(rand.NewPCG(1, 2))
	accts := make([]Account, benchSize)
	for i := range accts {
		var name strings.Builder
		for range 2 + rng.IntN(3) {
			name.WriteString(benchSyllables[rng.IntN(len(benchSyllables))])
		}
		base := fmt.Sprintf("%s%d", name.String(), i)
		a := Account{
			ID:      fmt.Sprintf("ACC%07d", i),
			Name:    strings.ToUpper(base[:1]) + base[1:] + " " + benchSuffixes[rng.IntN(len(benchSuffixes))],
			Domains: []string{base + "." + benchTLDs[rng.IntN(len(benchTLDs))]},
		}
		if rng.IntN(4) == 0 {
			a.Domains = append(a.Domains, base+"."+benchTLDs[rng.IntN(len(benchTLDs))])
		}
		if rng.IntN(10) != 0 {
			a.Owner = fmt.Sprintf("rep%d", rng.IntN(200))
		}
		if rng.IntN(3) == 0 {
			a.Backup = fmt.Sprintf("rep%d", rng.IntN(200))
		}
		if i%20 == 19 {
			a.Parent = accts[i-1].ID
			a.Domains = append(a.Domains, accts[i-1].Domains[0])
		}
		accts[i] = a
	}
	return accts
})

var benchBook = sync.OnceValue(func() *Book {
	b, err := NewBook(benchAccounts())
	if err != nil {
		panic(err)
	}
	return b
})

func benchCSV() []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"id", "name", "domains", "owner", "backup", "parent"})
	for _, a := range benchAccounts() {
		w.Write([]string{a.ID, a.Name, strings.Join(a.Domains, ";"), a.Owner, a.Backup, a.Parent})
	}
	w.Flush()
	return buf.Bytes()
}

// BenchmarkNewBook builds the 1M-account book (run with -benchtime=1x).
func BenchmarkNewBook(b *testing.B) {
	accts := benchAccounts()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := NewBook(accts); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(accts)), "accounts")
}

// BenchmarkLoadCSV parses and builds the 1M-account book from CSV.
func BenchmarkLoadCSV(b *testing.B) {
	data := benchCSV()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := LoadCSV(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMatch matches normalised leads against the 1M-account book,
// cycling through 4096 different leads of each kind.
func BenchmarkMatch(b *testing.B) {
	book := benchBook()
	accts := benchAccounts()
	rng := rand.New(rand.NewPCG(3, 4))
	kinds := []struct {
		name string
		lead func(a *Account) leadroute.Lead
	}{
		{"email", func(a *Account) leadroute.Lead { return leadroute.Lead{Email: "jo@" + a.Domains[0]} }},
		{"subdomain", func(a *Account) leadroute.Lead { return leadroute.Lead{Email: "jo@eu.sales." + a.Domains[0]} }},
		{"website", func(a *Account) leadroute.Lead {
			return leadroute.Lead{Email: "jo@gmail.com", Website: "https://www." + a.Domains[0] + "/contact"}
		}},
		{"name", func(a *Account) leadroute.Lead {
			return leadroute.Lead{Email: "jo@yahoo.co.uk", Company: strings.ToUpper(a.Name)}
		}},
		{"miss", func(a *Account) leadroute.Lead {
			return leadroute.Lead{Email: "jo@unknown-" + a.Domains[0], Company: "Unknown " + a.Name}
		}},
		{"freemail", func(*Account) leadroute.Lead { return leadroute.Lead{Email: "jo@hotmail.com"} }},
	}
	for _, k := range kinds {
		leads := make([]leadroute.Lead, 4096)
		for i := range leads {
			leads[i] = k.lead(&accts[rng.IntN(len(accts))])
			leads[i].Normalize()
		}
		b.Run(k.name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				book.Match(&leads[i&4095])
				i++
			}
		})
		b.Run(k.name+"/parallel", func(b *testing.B) {
			b.ReportAllocs()
			b.RunParallel(func(pb *testing.PB) {
				i := 0
				for pb.Next() {
					book.Match(&leads[i&4095])
					i++
				}
			})
		})
	}
}
