package iso3166

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCountry(t *testing.T) {
	tests := []struct {
		in, want string // want "" = unknown
	}{
		{"US", "US"}, {"us", "US"}, {" de ", "DE"}, {"XK", "XK"},
		{"USA", "US"}, {"deu", "DE"}, {"GBR", "GB"},
		{"840", "US"}, {"276", "DE"}, {"020", "AD"},
		{"United States", "US"}, {"United States of America", "US"}, {"U.S.", "US"},
		{"UK", "GB"}, {"United Kingdom", "GB"}, {"Great Britain", "GB"}, {"England", "GB"},
		{"Deutschland", "DE"}, {" Deutschland ", "DE"}, {"GERMANY", "DE"}, {"Österreich", "AT"}, {"Oesterreich", ""},
		{"Côte d'Ivoire", "CI"}, {"cote divoire", "CI"}, {"Ivory Coast", "CI"},
		{"Netherlands", "NL"}, {"Kingdom of the Netherlands", "NL"}, {"Holland", "NL"},
		{"Bolivia", "BO"}, {"Plurinational State of Bolivia", "BO"}, {"Falkland Islands", "FK"},
		{"Korea", "KR"}, {"Republic of Korea", "KR"}, {"North Korea", "KP"},
		{"Virgin Islands", ""}, // British or U.S.: ambiguous
		{"Congo", "CG"}, {"DR Congo", "CD"}, {"Democratic Republic of the Congo", "CD"},
		{"Türkiye", "TR"}, {"Turkey", "TR"}, {"St Lucia", "LC"}, {"Kosovo", "XK"},
		{"Narnia", ""}, {"", ""}, {"-", ""}, {"ZZ", ""}, {"ZZZ", ""}, {"999", ""},
		{"YU", ""}, {"AN", ""}, // withdrawn from ISO 3166-1
		{strings.Repeat("a", MaxNameLen+1), ""},
	}
	for _, tt := range tests {
		got, ok := Country(tt.in)
		assert.Equal(t, tt.want, got, "%q", tt.in)
		assert.Equal(t, tt.want != "", ok, "%q", tt.in)
		assert.Equal(t, tt.want != "" && tt.in == tt.want, IsCountry(tt.in), "IsCountry(%q)", tt.in)
	}
}

func TestSubdivision(t *testing.T) {
	tests := []struct {
		country, in, want string // want "" = unknown
	}{
		// Current codes the source has and the former one it dropped.
		{"FR", "FR-75C", "FR-75C"}, {"FR", "FR-6AE", "FR-6AE"}, {"IN", "IN-DH", "IN-DH"}, {"IN", "IN-LA", "IN-LA"},
		{"", "FR-75C", "FR-75C"}, {"FR", "FR-75", ""}, {"IN", "IN-DD", ""}, {"IN", "IN-TG", ""}, {"IN", "IN-TS", "IN-TS"},
		{"US", "US-CA", "US-CA"}, {"US", "us-ca", "US-CA"}, {"US", "ca", "US-CA"}, {"US", " CA ", "US-CA"},
		{"US", "California", "US-CA"}, {"US", "CALIFORNIA", "US-CA"},
		{"CA", "Québec", "CA-QC"}, {"CA", "Quebec", "CA-QC"}, {"FR", "Île-de-France", "FR-IDF"}, {"FR", "ile de france", "FR-IDF"},
		{"FR", "Alsace", "FR-6AE"}, {"DE", "Berlin", "DE-BE"}, {"DE", "Bayern", "DE-BY"},
		{"", "us-ca", "US-CA"}, {"", "California", ""}, {"Narnia", "US-CA", "US-CA"}, {"Narnia", "ca", ""},
		{"US", "CA-QC", ""}, {"US", "ca-qc", ""}, {"US", "Quebec", ""}, {"US", "Atlantis", ""}, {"US", "", ""},
		{"US", strings.Repeat("a", MaxNameLen+1), ""},
	}
	for _, tt := range tests {
		got, ok := Subdivision(tt.country, tt.in)
		assert.Equal(t, tt.want, got, "%q, %q", tt.country, tt.in)
		assert.Equal(t, tt.want != "", ok, "%q, %q", tt.country, tt.in)
		if tt.want != "" && tt.in == tt.want {
			assert.True(t, IsSubdivision(tt.in), "IsSubdivision(%q)", tt.in)
		}
	}
}

func TestWellFormedSubdivision(t *testing.T) {
	for in, want := range map[string]bool{
		"FR-99Z": true, "FR-75C": true, "FR-75": true, "US-CA": true, "US-1": true,
		"ZZ-CA": false, "fr-99z": false, "FR-": false, "FR-ABCD": false, "FR99Z": false, "FR-9 Z": false, "": false,
	} {
		assert.Equal(t, want, WellFormedSubdivision(in), in)
	}
	for _, in := range []string{"FR-99Z", "FR-75", "fr-75c", "FR-75C ", "", "US", "CA-Q"} {
		assert.False(t, IsSubdivision(in), in)
	}
}

func TestCountries(t *testing.T) {
	cs := Countries()
	require.Len(t, cs, numCountries)
	byA2 := map[string]CountryInfo{}
	for i, c := range cs {
		if i > 0 {
			assert.Less(t, cs[i-1].Alpha2, c.Alpha2, "sorted")
		}
		byA2[c.Alpha2] = c
		got, ok := Country(c.Alpha3)
		assert.True(t, ok && got == c.Alpha2, "alpha-3 %s", c.Alpha3)
		if c.Numeric != "" {
			got, ok = Country(c.Numeric)
			assert.True(t, ok && got == c.Alpha2, "numeric %s", c.Numeric)
		}
	}
	assert.Equal(t, CountryInfo{Alpha2: "DE", Alpha3: "DEU", Numeric: "276", Name: "Germany"}, byA2["DE"])
	assert.Equal(t, CountryInfo{Alpha2: "XK", Alpha3: "XKX", Name: "Kosovo"}, byA2["XK"])
	assert.Greater(t, NumSubdivisions(), 5000)
}

// Every code is found, and found in its own country only.
func TestEverySubdivision(t *testing.T) {
	for i := range NumSubdivisions() {
		code := subCodes.at(i)
		assert.True(t, IsSubdivision(code), code)
		got, ok := Subdivision(code[:2], strings.ToLower(code[3:]))
		assert.True(t, ok && got == code, "bare %s", code)
	}
}

func TestNoAllocations(t *testing.T) {
	var sink string
	for _, f := range []func(){
		func() { sink, _ = Country("DE") },
		func() { sink, _ = Country("United States of America") },
		func() { sink, _ = Subdivision("US", "US-CA") },
		func() { sink, _ = Subdivision("US", "ca") },
		func() { sink, _ = Subdivision("US", "California") },
	} {
		assert.Zero(t, testing.AllocsPerRun(100, f))
	}
	_ = sink
}

func BenchmarkCountry(b *testing.B) {
	for _, in := range []string{"DE", "USA", "United States"} {
		b.Run(in, func(b *testing.B) {
			for b.Loop() {
				Country(in)
			}
		})
	}
}

func BenchmarkSubdivision(b *testing.B) {
	for _, in := range []string{"US-CA", "ca", "California"} {
		b.Run(in, func(b *testing.B) {
			for b.Loop() {
				Subdivision("US", in)
			}
		})
	}
}

// The look-up cache is a hint only: with every code cached (and codes
// sharing slots evicting each other), every code is still found, and
// every code-shaped string that is not a code (all of them sharing slots
// with cached codes) is still refused.
func TestSubdivisionCache(t *testing.T) {
	n := NumSubdivisions()
	for round := range 2 {
		for i := range n {
			c := subCodes.at(i)
			if !IsSubdivision(c) {
				t.Fatalf("round %d: %q not found", round, c)
			}
		}
	}
	filled := 0
	for i := range subCache {
		if subCache[i].Load() != 0 {
			filled++
		}
	}
	if filled < len(subCache)/2 {
		t.Fatalf("only %d of %d cache slots used: the test does not exercise the cache", filled, len(subCache))
	}
	const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	refused := 0
	for _, cc := range []string{"US", "FR", "GB", "DE", "CN"} {
		for _, a := range alnum {
			for _, b := range alnum {
				code := cc + "-" + string(a) + string(b)
				lo, hi, _ := subRange(cc)
				want := subCodes.find(lo, hi, code) >= 0
				if got := IsSubdivision(code); got != want {
					t.Fatalf("IsSubdivision(%q) = %v, want %v", code, got, want)
				}
				if !want {
					refused++
				}
			}
		}
	}
	if refused == 0 {
		t.Fatal("no code refused: the test checks nothing")
	}
}
