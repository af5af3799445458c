package leadroute

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// The rule index's exact table finds every key, and nothing else, for
// keys of every length (its hash reads them in pieces by length).
func TestStrTable(t *testing.T) {
	m := map[string][]uint64{}
	var keys []string
	for n := range 40 {
		for _, c := range "ab" {
			k := strings.Repeat("x", n) + string(c) + strings.Repeat("y", n/3)
			keys = append(keys, k)
			m[k] = []uint64{uint64(len(keys))}
		}
	}
	m[""] = []uint64{99}
	tb := newStrTable(m)
	for k, set := range m {
		if got := tb.get(k); len(got) != 1 || got[0] != set[0] {
			t.Fatalf("get(%q) = %v, want %v", k, got, set)
		}
		for _, miss := range []string{k + "z", "z" + k, strings.ToUpper(k) + "!"} {
			if _, in := m[miss]; !in && tb.get(miss) != nil {
				t.Fatalf("get(%q) found a set", miss)
			}
		}
	}
}

// For a lead in normal form the index skips folding Country, State,
// Language and Domain: it must find the same candidates as with folding,
// and as testing every rule's conditions, whatever the rules' spellings.
func TestIndexNormalLeadsNeedNoFolding(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 34))
	spell := func(v string) string {
		switch rng.IntN(5) {
		case 0:
			return strings.ToLower(v)
		case 1:
			return strings.ToUpper(v)
		case 2:
			return " " + v + "\t"
		}
		return v
	}
	vocab := map[Field][]string{
		FieldCountry:  {"US", "CA", "DE", "GB", "FR"},
		FieldState:    {"US-CA", "US-NY", "CA-ON", "DE-BY", "GB-ENG"},
		FieldIndustry: {"saas", "Retail", "health care", "Ünïcode"},
		FieldSource:   {"ads", "Webinar"},
		FieldLanguage: {"en", "es", "pt-br", "de", "es-mx", "fr", "es -mx", "pt_br"},
		FieldDomain:   {"acme.com", "example.co.uk", "a-b.io", "x1.de"},
	}
	for round := range 20 {
		var rules []compiledRule
		for i := range 20 + rng.IntN(50) {
			var conds []Cond
			for f := FieldCountry; f <= FieldDomain; f++ {
				if rng.IntN(3) > 0 {
					continue
				}
				var vs []string
				for range 1 + rng.IntN(3) {
					vs = append(vs, spell(vocab[f][rng.IntN(len(vocab[f]))]))
				}
				conds = append(conds, Cond{Field: f, Values: vs})
			}
			cc, err := compileConds(conds, fmt.Sprint("rules[", i, "]"))
			if err != nil {
				t.Fatal(err)
			}
			rules = append(rules, compiledRule{conj: true, conds: cc})
		}
		ix := buildIndex(rules)
		if ix == nil {
			continue
		}
		for range 300 {
			l := Lead{
				Country:  vocab[FieldCountry][rng.IntN(5)],
				Industry: spell(vocab[FieldIndustry][rng.IntN(4)]),
				Source:   spell(vocab[FieldSource][rng.IntN(2)]),
				Language: vocab[FieldLanguage][rng.IntN(8)],
				Domain:   vocab[FieldDomain][rng.IntN(4)],
			}
			if s := vocab[FieldState][rng.IntN(5)]; strings.HasPrefix(s, l.Country) {
				l.State = s
			}
			if !l.isNormal() {
				t.Fatalf("round %d: lead %+v is not normal", round, l)
			}
			a := make([]uint64, ix.words)
			b := make([]uint64, ix.words)
			ix.candidates(&l, a, true)
			ix.candidates(&l, b, false)
			for i := range rules {
				in := a[i/64]&(1<<(i%64)) != 0
				if in != (b[i/64]&(1<<(i%64)) != 0) {
					t.Fatalf("round %d: lead %+v: rule %d candidate %v normal, %v folding", round, l, i, in, !in)
				}
				// The indexed path: a candidate whose other conditions hold.
				if holds, got := condsHold(rules[i].conds, &l), in && condsHold(rules[i].rest, &l); got != holds {
					t.Fatalf("round %d: lead %+v: rule %d: indexed path says %v, its conditions %v", round, l, i, got, holds)
				}
			}
		}
	}
}
