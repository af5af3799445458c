package leadroute_test

import (
	"context"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	lr "github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/leadroutetest"
)

// hugeLead is the shape of the lead in issue 10: thousands of products and
// attributes, a 1 MB company name, oversized everything.
func hugeLead() lr.Lead {
	products := make([]string, 5000)
	for i := range products {
		products[i] = fmt.Sprintf("product-%04d-%s", i, strings.Repeat("p", 200))
	}
	attrs := make(map[string]any, 5000)
	for i := range 5000 {
		attrs[fmt.Sprintf("k%04d", i)] = strings.Repeat("v", 2000)
	}
	attrs[strings.Repeat("K", 500)] = 1.0
	attrs["a0000"] = []any{strings.Repeat("x", 900), strings.Repeat("y", 900)} // nested, too large: dropped
	attrs["a0001"] = map[string]any{"plan": "gold", "seats": 5.0}              // small: kept
	big := strings.Repeat("é", 500_000)                                        // 1 MB of two-byte runes
	return lr.Lead{
		ID: strings.Repeat("i", 5000), Email: strings.Repeat("e", 1000) + "@acme.com",
		Website: "https://" + big, Company: big, Country: big, State: big, PostalCode: big,
		City: big, Industry: big, Source: big, Language: big,
		Products: products, Attrs: attrs,
	}
}

// checkLeadLimits fails the test if l is outside any size limit.
func checkLeadLimits(t testing.TB, l lr.Lead) {
	t.Helper()
	for name, f := range map[string]struct {
		v   string
		max int
	}{
		"ID": {l.ID, lr.MaxLeadIDLen}, "Email": {l.Email, lr.MaxLeadEmailLen}, "Domain": {l.Domain, lr.MaxLeadDomainLen},
		"Website": {l.Website, lr.MaxLeadStringLen}, "Company": {l.Company, lr.MaxLeadStringLen},
		"Country": {l.Country, lr.MaxLeadStringLen}, "State": {l.State, lr.MaxLeadStringLen},
		"PostalCode": {l.PostalCode, lr.MaxLeadStringLen}, "City": {l.City, lr.MaxLeadStringLen},
		"Industry": {l.Industry, lr.MaxLeadStringLen}, "Source": {l.Source, lr.MaxLeadStringLen},
		"Language": {l.Language, lr.MaxLeadStringLen},
	} {
		if len(f.v) > f.max {
			t.Errorf("%s is %d bytes; limit %d", name, len(f.v), f.max)
		}
	}
	if len(l.Products) > lr.MaxLeadProducts {
		t.Errorf("%d products; limit %d", len(l.Products), lr.MaxLeadProducts)
	}
	for i, p := range l.Products {
		if len(p) > lr.MaxLeadProductLen {
			t.Errorf("Products[%d] is %d bytes", i, len(p))
		}
	}
	if len(l.Attrs) > lr.MaxLeadAttrs {
		t.Errorf("%d attrs; limit %d", len(l.Attrs), lr.MaxLeadAttrs)
	}
	for k, v := range l.Attrs {
		if len(k) > lr.MaxLeadAttrKeyLen {
			t.Errorf("attr key of %d bytes", len(k))
		}
		if s, ok := v.(string); ok && len(s) > lr.MaxLeadAttrSize {
			t.Errorf("Attrs[%q] is %d bytes", k, len(s))
		}
	}
}

func TestNormalizeCutsHugeLead(t *testing.T) {
	in := hugeLead()
	products, attrs := slices.Clone(in.Products), maps.Clone(in.Attrs)
	l := in
	probs := l.Normalize()
	checkLeadLimits(t, l)

	// The caller's slice and map are untouched.
	assert.Equal(t, products, in.Products)
	assert.Equal(t, attrs, in.Attrs)

	// Cut at a rune boundary, keeping the start.
	assert.True(t, utf8.ValidString(l.Company))
	assert.Equal(t, lr.MaxLeadStringLen, len(l.Company))
	assert.True(t, strings.HasPrefix(in.Company, l.Company))
	// The first products and the first attribute keys in byte order are
	// kept; the oversized nested value and the over-long key are dropped.
	assert.Equal(t, in.Products[0][:lr.MaxLeadProductLen], l.Products[0])
	assert.Equal(t, lr.MaxLeadAttrs-1, len(l.Attrs), "the first 64 keys, less a0000")
	assert.NotContains(t, l.Attrs, "a0000")
	assert.Equal(t, map[string]any{"plan": "gold", "seats": 5.0}, l.Attrs["a0001"])
	assert.Contains(t, l.Attrs, "k0061")
	assert.NotContains(t, l.Attrs, "k0062")
	assert.Equal(t, lr.MaxLeadAttrSize, len(l.Attrs["k0000"].(string)))
	// A long ID keeps its start and stays distinct from its neighbours.
	assert.Len(t, l.ID, lr.MaxLeadIDLen)
	other := lr.Lead{ID: in.ID + "x"}
	other.Normalize()
	assert.NotEqual(t, l.ID, other.ID)

	// Every cut is reported with the field it cut.
	var fields []string
	for _, p := range probs {
		fields = append(fields, p.Field)
	}
	for _, f := range []string{"ID", "Email", "Website", "Company", "Country", "State", "PostalCode", "City",
		"Industry", "Source", "Language", "Products", "Products[0]", "Products[63]", "Attrs", `Attrs["k0000"]`, `Attrs["a0000"]`} {
		assert.Contains(t, fields, f)
	}
	// Bounded reporting: one problem per kept, cut value plus a few.
	assert.Less(t, len(probs), 20+lr.MaxLeadProducts+lr.MaxLeadAttrs)

	// Idempotent (what is left are problems with the values, not sizes),
	// and deterministic whatever the map order.
	again := l
	for _, p := range again.Normalize() {
		assert.NotContains(t, p.Msg, "bytes", p.Field)
		assert.NotContains(t, p.Msg, "kept", p.Field)
	}
	assert.True(t, reflect.DeepEqual(l, again), "a second Normalize changes nothing")
	for range 5 {
		l2 := hugeLead()
		l2.Normalize()
		assert.Equal(t, slices.Sorted(maps.Keys(l.Attrs)), slices.Sorted(maps.Keys(l2.Attrs)))
	}
}

func TestNormalizeLimitEdges(t *testing.T) {
	// Exactly at the limits: nothing changes, nothing is reported.
	at := lr.Lead{Company: strings.Repeat("c", lr.MaxLeadStringLen), Products: make([]string, lr.MaxLeadProducts),
		Attrs: map[string]any{strings.Repeat("k", lr.MaxLeadAttrKeyLen): strings.Repeat("v", lr.MaxLeadAttrSize)}}
	l := at
	assert.Empty(t, l.Normalize())
	assert.Equal(t, at, l)

	// One byte over: cut.
	l = lr.Lead{Company: strings.Repeat("c", lr.MaxLeadStringLen+1)}
	probs := l.Normalize()
	require.Len(t, probs, 1)
	assert.Equal(t, "Company", probs[0].Field)
	assert.Contains(t, probs[0].String(), "longer than 1024 bytes; cut")
	assert.Len(t, l.Company, lr.MaxLeadStringLen)

	// A multi-byte rune across the limit is not split.
	l = lr.Lead{City: strings.Repeat("a", lr.MaxLeadStringLen-1) + "€"}
	l.Normalize()
	assert.Equal(t, strings.Repeat("a", lr.MaxLeadStringLen-1), l.City)

	// Lower-casing that lengthens a domain, and a domain from a long
	// email, end within the limit.
	l = lr.Lead{Email: "jo@" + strings.Repeat("a", 300) + ".com"}
	l.Normalize()
	assert.LessOrEqual(t, len(l.Domain), lr.MaxLeadDomainLen)
	l = lr.Lead{PostalCode: strings.Repeat("\xff", lr.MaxLeadStringLen)}
	l.Normalize()
	assert.LessOrEqual(t, len(l.PostalCode), lr.MaxLeadStringLen)
	again := l
	again.Normalize()
	assert.Equal(t, l, again)

	// Nested values: measured, dropped when too large, kept when not.
	deep := any("x")
	for range 2000 {
		deep = []any{deep}
	}
	l = lr.Lead{Attrs: map[string]any{
		"deep": deep, "ok": []any{"a", 1.0, map[string]any{"b": true}},
		"ints": make([]int, lr.MaxLeadAttrSize), // a type without a fast path
	}}
	probs = l.Normalize()
	assert.Len(t, probs, 2)
	assert.Equal(t, map[string]any{"ok": []any{"a", 1.0, map[string]any{"b": true}}}, l.Attrs)
}

func TestNormalizeWithinLimitsAllocatesNothing(t *testing.T) {
	if leadroutetest.RaceEnabled {
		t.Skip("allocation counts are not meaningful under -race")
	}
	in := lr.Lead{ID: "l1", Email: "jo@acme.com", Domain: "acme.com", Company: "Acme", Country: "US", State: "US-CA",
		Products: []string{"crm", "billing"},
		Attrs:    map[string]any{"tier": "gold", "seats": 5.0, "tags": []any{"a", "b"}, "m": map[string]any{"x": 1}, "n": int64(3)}}
	allocs := testing.AllocsPerRun(100, func() {
		l := in
		if len(l.Normalize()) != 0 {
			t.Fatal("problems")
		}
	})
	assert.Zero(t, allocs)
}

// TestHugeLeadRoutes: the lead of issue 10 routes, its problems are in the
// decision, and the lead the rules see is within the limits.
func TestHugeLeadRoutes(t *testing.T) {
	var seen lr.Lead
	first := lr.StrategyFunc(func(_ context.Context, l *lr.Lead, c lr.Candidates) (lr.Pick, error) {
		seen = *l
		return lr.Pick{Rep: c.Rep(0)}, nil
	})
	r, err := lr.New(lr.WithReps(lr.Rep{ID: "a"}), lr.WithRules(lr.Rule{Name: "all", Pool: []string{"a"}, Strategy: first}))
	require.NoError(t, err)
	in := hugeLead()
	d, err := r.Route(context.Background(), in)
	require.NoError(t, err)
	assert.Equal(t, "a", d.RepID)
	checkLeadLimits(t, seen)
	assert.Len(t, seen.Products, lr.MaxLeadProducts)
	assert.Len(t, in.Products, 5000, "the caller's lead is untouched")
	assert.Contains(t, strings.Join(d.Problems, "\n"), `Company "éé`)
}
