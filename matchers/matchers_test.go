package matchers_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/matchers"
)

// matchCase is one lead and the expected result.
type matchCase struct {
	name string
	lead leadroute.Lead
	want bool
}

func runCases(t *testing.T, m leadroute.Matcher, cases []matchCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := c.lead
			assert.Equal(t, c.want, m.Match(&l), "%v", m)
		})
	}
}

func TestCountry(t *testing.T) {
	m, err := matchers.Country("us", "Canada", "United Kingdom")
	require.NoError(t, err)
	assert.Equal(t, "country in [CA GB US]", fmt.Sprint(m))
	runCases(t, m, []matchCase{
		{"US", leadroute.Lead{Country: "US"}, true},
		{"CA", leadroute.Lead{Country: "CA"}, true},
		{"GB", leadroute.Lead{Country: "GB"}, true},
		{"FR", leadroute.Lead{Country: "FR"}, false},
		{"empty", leadroute.Lead{}, false},
	})

	for _, bad := range [][]string{nil, {""}, {"Atlantis"}, {"US", "XX"}} {
		_, err := matchers.Country(bad...)
		assert.Error(t, err, "%q", bad)
	}
	_, err = matchers.Country("US", "Narnia")
	assert.ErrorContains(t, err, `country[1]: "Narnia" is not a known country`)
}

func TestState(t *testing.T) {
	m, err := matchers.State("us-ca", "US-WA", " CA-QC ")
	require.NoError(t, err)
	assert.Equal(t, "state in [CA-QC US-CA US-WA]", fmt.Sprint(m))
	runCases(t, m, []matchCase{
		{"US-CA", leadroute.Lead{Country: "US", State: "US-CA"}, true},
		{"CA-QC", leadroute.Lead{Country: "CA", State: "CA-QC"}, true},
		{"US-NY", leadroute.Lead{Country: "US", State: "US-NY"}, false},
		{"no state", leadroute.Lead{Country: "US"}, false},
	})
	_, err = matchers.State("CA")
	assert.ErrorContains(t, err, `write the country too`)
	for in, want := range map[string]string{
		"US-CALI": `1 to 3 letters or digits`,
		"US-C A":  `1 to 3 letters or digits`,
		"US-":     `1 to 3 letters or digits`,
		"ZZ-CA":   `"ZZ" is not a known country code`,
		"USA-CA":  `"USA" is not a known country code`,
	} {
		_, err = matchers.State(in)
		assert.ErrorContains(t, err, want, in)
	}
	// Well-formed codes of known countries pass, known to the ISO data
	// or not (new codes must not break rules; config's lint flags them).
	m, err = matchers.State("FR-75C", "fr-99z", "IN-LA")
	require.NoError(t, err)
	assert.Equal(t, "state in [FR-75C FR-99Z IN-LA]", fmt.Sprint(m))
	assert.True(t, m.Match(&leadroute.Lead{Country: "FR", State: "FR-99Z"}))
	_, err = matchers.State()
	assert.Error(t, err)
}

func TestPostalPrefix(t *testing.T) {
	m, err := matchers.PostalPrefix("USA", "940", "941", " 9410 ")
	require.NoError(t, err)
	assert.Equal(t, "postal code in US:[940 941 9410]", fmt.Sprint(m))
	runCases(t, m, []matchCase{
		{"prefix", leadroute.Lead{Country: "US", PostalCode: "94107"}, true},
		{"exact", leadroute.Lead{Country: "US", PostalCode: "940"}, true},
		{"too short", leadroute.Lead{Country: "US", PostalCode: "94"}, false},
		{"other prefix", leadroute.Lead{Country: "US", PostalCode: "10001"}, false},
		{"other country", leadroute.Lead{Country: "DE", PostalCode: "94107"}, false},
		{"no postal", leadroute.Lead{Country: "US"}, false},
	})
	uk := matchers.Must(matchers.PostalPrefix("GB", "sw1a"))
	runCases(t, uk, []matchCase{
		{"inner space kept", leadroute.Lead{Country: "GB", PostalCode: "SW1A 1AA"}, true},
		{"other", leadroute.Lead{Country: "GB", PostalCode: "SW1P 3BU"}, false},
	})
	for _, tc := range []struct {
		country  string
		prefixes []string
	}{{"Narnia", []string{"1"}}, {"US", nil}, {"US", []string{" "}}} {
		_, err := matchers.PostalPrefix(tc.country, tc.prefixes...)
		assert.Error(t, err, "%v", tc)
	}
}

func testTerritories(t testing.TB) *matchers.Territories {
	tt, err := matchers.NewTerritories(
		matchers.Territory{Key: "na", Countries: []string{"US", "Canada"}},
		matchers.Territory{Key: "west", States: []string{"US-CA", "US-WA", "US-OR"}},
		matchers.Territory{Key: "bay", PostalPrefixes: []string{"US:940", "US:941"}},
		matchers.Territory{Key: "sf-downtown", PostalPrefixes: []string{"US:94105"}},
		matchers.Territory{Key: "london", PostalPrefixes: []string{"gb:ec", "GB:wc"}},
		matchers.Territory{Key: "emea", Countries: []string{"GB", "DE", "FR"}},
	)
	require.NoError(t, err)
	return tt
}

func TestTerritoriesSelect(t *testing.T) {
	tt := testTerritories(t)
	var _ leadroute.Selector = tt
	cases := []struct {
		name string
		lead leadroute.Lead
		key  string
		ok   bool
	}{
		{"country", leadroute.Lead{Country: "US", State: "US-NY", PostalCode: "10001"}, "na", true},
		{"state beats country", leadroute.Lead{Country: "US", State: "US-WA", PostalCode: "98101"}, "west", true},
		{"postal beats state", leadroute.Lead{Country: "US", State: "US-CA", PostalCode: "94107"}, "bay", true},
		{"longest prefix wins", leadroute.Lead{Country: "US", State: "US-CA", PostalCode: "94105"}, "sf-downtown", true},
		{"postal without state", leadroute.Lead{Country: "US", PostalCode: "94016"}, "bay", true},
		{"state outside prefixes", leadroute.Lead{Country: "US", State: "US-CA", PostalCode: "90210"}, "west", true},
		{"GB postal", leadroute.Lead{Country: "GB", PostalCode: "EC1A 1BB"}, "london", true},
		{"GB country", leadroute.Lead{Country: "GB", PostalCode: "M1 1AE"}, "emea", true},
		{"postal of another country", leadroute.Lead{Country: "DE", PostalCode: "94107"}, "emea", true},
		{"canada by name at build", leadroute.Lead{Country: "CA", State: "CA-QC"}, "na", true},
		{"uncovered", leadroute.Lead{Country: "JP"}, "", false},
		{"empty lead", leadroute.Lead{}, "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			key, ok := tt.Select(&c.lead)
			assert.Equal(t, c.ok, ok)
			assert.Equal(t, c.key, key)
			assert.Equal(t, c.ok, tt.Match(&c.lead))
		})
	}
	assert.Nil(t, tt.Overlaps())
	assert.Equal(t, []string{"na", "west", "bay", "sf-downtown", "london", "emea"}, tt.Keys())
	assert.Equal(t, "territory of [bay emea london na sf-downtown west]", tt.String())
}

func TestTerritoriesOverlaps(t *testing.T) {
	tt, err := matchers.NewTerritories(
		matchers.Territory{Key: "a", Countries: []string{"US"}, States: []string{"US-CA"}, PostalPrefixes: []string{"US:94"}},
		matchers.Territory{Key: "b", Countries: []string{"USA", "MX"}, States: []string{"us-ca"}, PostalPrefixes: []string{"US:94", "US:95"}},
	)
	require.NoError(t, err)
	assert.Equal(t, []string{
		`country US: claimed by "a" and "b"; "a" wins (listed first)`,
		`state US-CA: claimed by "a" and "b"; "a" wins (listed first)`,
		`postal prefix US:94: claimed by "a" and "b"; "a" wins (listed first)`,
	}, tt.Overlaps())
	// First listed wins, deterministically.
	for range 10 {
		key, _ := tt.Select(&leadroute.Lead{Country: "US", PostalCode: "94107"})
		assert.Equal(t, "a", key)
	}
	key, _ := tt.Select(&leadroute.Lead{Country: "US", PostalCode: "95101"})
	assert.Equal(t, "b", key)
	key, _ = tt.Select(&leadroute.Lead{Country: "MX"})
	assert.Equal(t, "b", key)
}

func TestTerritoriesErrors(t *testing.T) {
	cases := []struct {
		name string
		ts   []matchers.Territory
		want string
	}{
		{"none", nil, "none given"},
		{"empty key", []matchers.Territory{{Countries: []string{"US"}}}, "territory[0]: empty key"},
		{"dup key", []matchers.Territory{{Key: "a", Countries: []string{"US"}}, {Key: "a", Countries: []string{"CA"}}}, `territory[1] "a": key already used by territory[0]`},
		{"covers nothing", []matchers.Territory{{Key: "a"}}, "covers nothing"},
		{"bad country", []matchers.Territory{{Key: "a", Countries: []string{"Narnia"}}}, `territory[0] "a": countries[0]: "Narnia" is not a known country`},
		{"bad state", []matchers.Territory{{Key: "a", States: []string{"CA"}}}, `states[0]: "CA" is not a full ISO 3166-2 code`},
		{"postal without country", []matchers.Territory{{Key: "a", PostalPrefixes: []string{"941"}}}, `postal_prefixes[0]: "941": want COUNTRY:PREFIX`},
		{"postal empty prefix", []matchers.Territory{{Key: "a", PostalPrefixes: []string{"US:"}}}, `empty postal prefix`},
		{"postal bad country", []matchers.Territory{{Key: "a", PostalPrefixes: []string{"XX:1"}}}, `not a known country`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := matchers.NewTerritories(c.ts...)
			assert.ErrorContains(t, err, c.want)
		})
	}
	// All problems are reported at once.
	_, err := matchers.NewTerritories(
		matchers.Territory{Key: "a", Countries: []string{"Narnia"}},
		matchers.Territory{Key: "b", States: []string{"US-ZZZZ"}},
	)
	assert.ErrorContains(t, err, `territory[0] "a"`)
	assert.ErrorContains(t, err, `territory[1] "b"`)
}

func TestBands(t *testing.T) {
	emp := matchers.Must(matchers.Employees(50, 200))
	assert.Equal(t, "employees in [50, 200)", fmt.Sprint(emp))
	runCases(t, emp, []matchCase{
		{"below", leadroute.Lead{Employees: 49}, false},
		{"min inclusive", leadroute.Lead{Employees: 50}, true},
		{"inside", leadroute.Lead{Employees: 120}, true},
		{"max exclusive", leadroute.Lead{Employees: 200}, false},
	})
	big := matchers.Must(matchers.EmployeesAtLeast(1000))
	assert.Equal(t, "employees >= 1000", fmt.Sprint(big))
	runCases(t, big, []matchCase{
		{"below", leadroute.Lead{Employees: 999}, false},
		{"at", leadroute.Lead{Employees: 1000}, true},
		{"huge", leadroute.Lead{Employees: math.MaxInt}, true},
	})
	rev := matchers.Must(matchers.Revenue(1e6, 1e7))
	assert.Equal(t, "revenue in [1e+06, 1e+07)", fmt.Sprint(rev))
	runCases(t, rev, []matchCase{
		{"below", leadroute.Lead{Revenue: 999_999.99}, false},
		{"min", leadroute.Lead{Revenue: 1e6}, true},
		{"max", leadroute.Lead{Revenue: 1e7}, false},
		{"NaN", leadroute.Lead{Revenue: math.NaN()}, false},
	})
	revUp := matchers.Must(matchers.RevenueAtLeast(1e7))
	runCases(t, revUp, []matchCase{
		{"at", leadroute.Lead{Revenue: 1e7}, true},
		{"inf", leadroute.Lead{Revenue: math.Inf(1)}, true},
		{"below", leadroute.Lead{Revenue: 9e6}, false},
	})

	// Adjacent bands tile: every value is in exactly one.
	bands := []leadroute.Matcher{matchers.Must(matchers.Employees(0, 50)), matchers.Must(matchers.Employees(50, 200)), matchers.Must(matchers.EmployeesAtLeast(200))}
	for _, n := range []int{0, 1, 49, 50, 51, 199, 200, 10000} {
		hits := 0
		for _, b := range bands {
			if b.Match(&leadroute.Lead{Employees: n}) {
				hits++
			}
		}
		assert.Equal(t, 1, hits, "employees %d", n)
	}

	_, err := matchers.Employees(200, 50)
	assert.ErrorContains(t, err, "must be below the maximum")
	_, err = matchers.Employees(5, 5)
	assert.Error(t, err)
	_, err = matchers.Revenue(math.NaN(), 1)
	assert.Error(t, err)
	_, err = matchers.RevenueAtLeast(math.NaN())
	assert.Error(t, err)
	inf := matchers.Must(matchers.Revenue(math.Inf(-1), 0))
	assert.True(t, inf.Match(&leadroute.Lead{Revenue: -5}))

	// The generic band works on any numeric field.
	b := matchers.Must(matchers.NewBand("attrs-free score", func(l *leadroute.Lead) int { return l.Score * 2 }, 10, 20))
	assert.True(t, b.Contains(10))
	assert.False(t, b.Contains(20))
	assert.True(t, b.Match(&leadroute.Lead{Score: 7}))
}

func TestScore(t *testing.T) {
	hot := matchers.Must(matchers.ScoreAtLeast(80))
	assert.Equal(t, "score >= 80", fmt.Sprint(hot))
	runCases(t, hot, []matchCase{
		{"79", leadroute.Lead{Score: 79}, false},
		{"80", leadroute.Lead{Score: 80}, true},
	})
	warm := matchers.Must(matchers.ScoreBetween(50, 79))
	assert.Equal(t, "score in [50, 79]", fmt.Sprint(warm))
	runCases(t, warm, []matchCase{
		{"49", leadroute.Lead{Score: 49}, false},
		{"50", leadroute.Lead{Score: 50}, true},
		{"79 inclusive", leadroute.Lead{Score: 79}, true},
		{"80", leadroute.Lead{Score: 80}, false},
	})
	one := matchers.Must(matchers.ScoreBetween(5, 5))
	assert.True(t, one.Match(&leadroute.Lead{Score: 5}))
	top := matchers.Must(matchers.ScoreBetween(5, math.MaxInt))
	assert.True(t, top.Match(&leadroute.Lead{Score: math.MaxInt}))
	_, err := matchers.ScoreBetween(80, 50)
	assert.Error(t, err)
}

func TestSets(t *testing.T) {
	ind := matchers.Must(matchers.Industry("SaaS", "FinTech", "saas", "Éducation"))
	assert.Equal(t, "industry in [fintech saas éducation]", fmt.Sprint(ind))
	runCases(t, ind, []matchCase{
		{"exact", leadroute.Lead{Industry: "SaaS"}, true},
		{"lower", leadroute.Lead{Industry: "fintech"}, true},
		{"upper and spaces", leadroute.Lead{Industry: "  FINTECH "}, true},
		{"unicode fold", leadroute.Lead{Industry: "ÉDUCATION"}, true},
		{"other", leadroute.Lead{Industry: "retail"}, false},
		{"empty", leadroute.Lead{}, false},
		{"long", leadroute.Lead{Industry: "saas-saas-saas-saas-saas-saas-saas-saas-saas-saas-saas-saas-saas"}, false},
	})
	long := matchers.Must(matchers.Industry("Professional, Scientific and Technical Services Consulting Groups"))
	assert.True(t, long.Match(&leadroute.Lead{Industry: "PROFESSIONAL, SCIENTIFIC AND TECHNICAL SERVICES CONSULTING GROUPS"}))

	src := matchers.Must(matchers.Source("Webinar", "Referral"))
	assert.Equal(t, "source in [referral webinar]", fmt.Sprint(src))
	runCases(t, src, []matchCase{
		{"webinar", leadroute.Lead{Source: "webinar"}, true},
		{"ads", leadroute.Lead{Source: "ads"}, false},
	})

	lang := matchers.Must(matchers.Language("es", "PT", "zh-Hant"))
	assert.Equal(t, "language in [es pt zh-hant]", fmt.Sprint(lang))
	runCases(t, lang, []matchCase{
		{"es", leadroute.Lead{Language: "es"}, true},
		{"pt-br matches pt", leadroute.Lead{Language: "pt-br"}, true},
		{"pt_BR matches pt", leadroute.Lead{Language: "pt_BR"}, true},
		{"zh-hant", leadroute.Lead{Language: "zh-hant"}, true},
		{"zh does not match zh-hant", leadroute.Lead{Language: "zh"}, false},
		{"en", leadroute.Lead{Language: "en"}, false},
	})

	prod := matchers.Must(matchers.Product("CRM", "Billing"))
	assert.Equal(t, "products include any of [billing crm]", fmt.Sprint(prod))
	runCases(t, prod, []matchCase{
		{"one of", leadroute.Lead{Products: []string{"analytics", "crm"}}, true},
		{"case", leadroute.Lead{Products: []string{"BILLING"}}, true},
		{"none", leadroute.Lead{Products: []string{"analytics"}}, false},
		{"no products", leadroute.Lead{}, false},
	})

	for name, f := range map[string]func(...string) (leadroute.Matcher, error){
		"industry": matchers.Industry, "source": matchers.Source, "language": matchers.Language, "product": matchers.Product,
	} {
		_, err := f()
		assert.Error(t, err, name)
		_, err = f("a", " ")
		assert.ErrorContains(t, err, name+"[1]: empty value")
	}
	_, err := matchers.Language("en us")
	assert.Error(t, err)
}

func TestAttr(t *testing.T) {
	var decoded map[string]any
	require.NoError(t, json.Unmarshal([]byte(`{"seats": 5, "tier": "gold", "vip": true, "gone": null, "ratio": 0.5}`), &decoded))
	lead := leadroute.Lead{Attrs: decoded}

	cases := []struct {
		name string
		m    leadroute.Matcher
		want bool
	}{
		{"int equals JSON float64", matchers.Must(matchers.AttrEquals("seats", 5)), true},
		{"int8 equals", matchers.Must(matchers.AttrEquals("seats", int8(5))), true},
		{"uint equals", matchers.Must(matchers.AttrEquals("seats", uint(5))), true},
		{"float equals", matchers.Must(matchers.AttrEquals("seats", 5.0)), true},
		{"json.Number equals", matchers.Must(matchers.AttrEquals("seats", json.Number("5"))), true},
		{"number differs", matchers.Must(matchers.AttrEquals("seats", 6)), false},
		{"number vs string", matchers.Must(matchers.AttrEquals("seats", "5")), false},
		{"string", matchers.Must(matchers.AttrEquals("tier", "gold")), true},
		{"string case-sensitive", matchers.Must(matchers.AttrEquals("tier", "Gold")), false},
		{"bool", matchers.Must(matchers.AttrEquals("vip", true)), true},
		{"bool differs", matchers.Must(matchers.AttrEquals("vip", false)), false},
		{"nil matches null", matchers.Must(matchers.AttrEquals("gone", nil)), true},
		{"nil matches missing", matchers.Must(matchers.AttrEquals("missing", nil)), true},
		{"missing never equals a value", matchers.Must(matchers.AttrEquals("missing", 0)), false},
		{"in", matchers.Must(matchers.AttrIn("tier", "silver", "gold")), true},
		{"in mixed", matchers.Must(matchers.AttrIn("seats", "five", 5, true)), true},
		{"in float", matchers.Must(matchers.AttrIn("ratio", 0.25, 0.5)), true},
		{"not in", matchers.Must(matchers.AttrIn("tier", "silver", "bronze")), false},
		{"NaN equals nothing", matchers.Must(matchers.AttrEquals("seats", math.NaN())), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, c.m.Match(&lead), "%v", c.m)
		})
	}

	// Go-typed attributes compare the same way.
	goLead := leadroute.Lead{Attrs: map[string]any{"seats": int64(5), "tier": myString("gold"), "n": float32(2)}}
	assert.True(t, matchers.Must(matchers.AttrEquals("seats", 5.0)).Match(&goLead))
	assert.True(t, matchers.Must(matchers.AttrEquals("tier", "gold")).Match(&goLead))
	assert.True(t, matchers.Must(matchers.AttrEquals("n", 2)).Match(&goLead))
	assert.False(t, matchers.Must(matchers.AttrEquals("seats", 5)).Match(&leadroute.Lead{}))
	// Uncomparable lead values never match.
	assert.False(t, matchers.Must(matchers.AttrEquals("x", 1)).Match(&leadroute.Lead{Attrs: map[string]any{"x": []int{1}}}))

	assert.Equal(t, `attrs["seats"] == 5`, fmt.Sprint(matchers.Must(matchers.AttrEquals("seats", 5))))
	assert.Equal(t, `attrs["tier"] in ["gold" "silver" 1 true]`, fmt.Sprint(matchers.Must(matchers.AttrIn("tier", "silver", "gold", 1, true))))

	_, err := matchers.AttrEquals("", 1)
	assert.Error(t, err)
	_, err = matchers.AttrEquals("x", []int{1})
	assert.ErrorContains(t, err, "cannot compare a []int")
	_, err = matchers.AttrIn("x")
	assert.Error(t, err)
	_, err = matchers.AttrEquals("x", json.Number("five"))
	assert.Error(t, err)
}

type myString string

// failing is an ErrMatcher that always fails.
type failing struct{}

var errBoom = errors.New("boom")

func (failing) Match(*leadroute.Lead) bool             { return false }
func (failing) MatchErr(*leadroute.Lead) (bool, error) { return false, errBoom }
func (failing) String() string                         { return "failing" }

// counting counts calls, to check short-circuiting.
type counting struct {
	result bool
	calls  *int
}

func (c counting) Match(*leadroute.Lead) bool { *c.calls++; return c.result }

func TestCombinators(t *testing.T) {
	us := matchers.Must(matchers.Country("US"))
	hot := matchers.Must(matchers.ScoreAtLeast(80))
	usHot := leadroute.Lead{Country: "US", Score: 90}
	usCold := leadroute.Lead{Country: "US", Score: 10}
	deHot := leadroute.Lead{Country: "DE", Score: 90}

	all := matchers.All(us, hot)
	assert.Equal(t, "all(country in [US], score >= 80)", fmt.Sprint(all))
	assert.True(t, all.Match(&usHot))
	assert.False(t, all.Match(&usCold))
	assert.True(t, matchers.All().Match(&usCold), "empty All matches everything")

	anyM := matchers.Any(us, hot)
	assert.Equal(t, "any(country in [US], score >= 80)", fmt.Sprint(anyM))
	assert.True(t, anyM.Match(&deHot))
	assert.True(t, anyM.Match(&usCold))
	assert.False(t, anyM.Match(&leadroute.Lead{Country: "DE"}))
	assert.False(t, matchers.Any().Match(&usHot), "empty Any matches nothing")

	not := matchers.Not(us)
	assert.Equal(t, "not(country in [US])", fmt.Sprint(not))
	assert.True(t, not.Match(&deHot))
	assert.False(t, not.Match(&usHot))

	// Plain children: no ErrMatcher capability.
	for _, m := range []leadroute.Matcher{all, anyM, not} {
		_, isErr := m.(leadroute.ErrMatcher)
		assert.False(t, isErr, "%v", m)
	}

	// Short-circuit.
	n := 0
	matchers.All(counting{false, &n}, counting{true, &n}).Match(&usHot)
	assert.Equal(t, 1, n)
	n = 0
	matchers.Any(counting{true, &n}, counting{true, &n}).Match(&usHot)
	assert.Equal(t, 1, n)

	assert.PanicsWithValue(t, "matchers.All: matcher 1 is nil", func() { matchers.All(us, nil) })
	assert.Panics(t, func() { matchers.Not(nil) })
	assert.Equal(t, "all(matchers_test.counting)", fmt.Sprint(matchers.All(counting{true, &n})))
}

func TestCombinatorsPropagateErrors(t *testing.T) {
	us := matchers.Must(matchers.Country("US"))
	lead := leadroute.Lead{Country: "US"}
	div := matchers.Must(matchers.Expr(`1 % Score == 0`)) // fails for Score 0

	cases := []struct {
		name    string
		m       leadroute.Matcher
		wantOK  bool
		wantErr bool
	}{
		{"all fails", matchers.All(us, failing{}), false, true},
		{"all short-circuits before failure", matchers.All(matchers.Not(us), failing{}), false, false},
		{"any fails first", matchers.Any(failing{}, us), false, true},
		{"any matches before failure", matchers.Any(us, failing{}), true, false},
		{"not of failure fails, never matches", matchers.Not(failing{}), false, true},
		{"nested", matchers.Not(matchers.All(us, matchers.Any(failing{}))), false, true},
		{"expr runtime error", matchers.All(us, div), false, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			em, ok := c.m.(leadroute.ErrMatcher)
			require.True(t, ok, "%T must implement ErrMatcher", c.m)
			got, err := em.MatchErr(&lead)
			assert.Equal(t, c.wantOK, got)
			if c.wantErr {
				assert.Error(t, err)
			} else {
				assert.NoError(t, err)
			}
			assert.Equal(t, c.wantOK, c.m.Match(&lead), "Match counts an error as no match")
		})
	}
	_, err := matchers.Not(failing{}).(leadroute.ErrMatcher).MatchErr(&lead)
	assert.ErrorIs(t, err, errBoom)
}

func TestAllKeepsSelector(t *testing.T) {
	tt := testTerritories(t)
	hot := matchers.Must(matchers.ScoreAtLeast(50))

	m := matchers.All(hot, tt)
	sel, ok := m.(leadroute.Selector)
	require.True(t, ok)
	key, ok := sel.Select(&leadroute.Lead{Country: "US", State: "US-WA", Score: 60})
	assert.True(t, ok)
	assert.Equal(t, "west", key)
	_, ok = sel.Select(&leadroute.Lead{Country: "US", State: "US-WA", Score: 10})
	assert.False(t, ok, "all children must match")
	_, ok = sel.Select(&leadroute.Lead{Country: "JP", Score: 60})
	assert.False(t, ok)

	// With a child that can fail, All reports errors and selects through
	// SelectErr instead of Select.
	me := matchers.All(tt, failing{})
	_, isSel := me.(leadroute.Selector)
	assert.False(t, isSel)
	es, ok := me.(matchers.ErrSelector)
	require.True(t, ok)
	_, _, err := es.SelectErr(&leadroute.Lead{Country: "US"})
	assert.ErrorIs(t, err, errBoom)
	good := matchers.All(tt, matchers.Must(matchers.Expr(`Score > 5`))).(matchers.ErrSelector)
	key, ok, err = good.SelectErr(&leadroute.Lead{Country: "US", PostalCode: "94110", Score: 6})
	assert.NoError(t, err)
	assert.True(t, ok)
	assert.Equal(t, "bay", key)
}

// TestZeroAllocs pins the allocation budget of every non-expression matcher
// at zero.
func TestZeroAllocs(t *testing.T) {
	tt := testTerritories(t)
	lead := leadroute.Lead{
		Country: "US", State: "US-CA", PostalCode: "94105", Industry: "FinTech", Source: "Webinar",
		Language: "pt-br", Employees: 120, Revenue: 5e6, Score: 70, Products: []string{"analytics", "Billing"},
		Attrs: map[string]any{"seats": 5.0, "tier": "gold"},
	}
	ms := []leadroute.Matcher{
		matchers.Must(matchers.Country("US", "CA")),
		matchers.Must(matchers.State("US-CA")),
		matchers.Must(matchers.PostalPrefix("US", "941", "9410")),
		tt,
		matchers.Must(matchers.Employees(50, 200)),
		matchers.Must(matchers.Revenue(1e6, 1e7)),
		matchers.Must(matchers.ScoreAtLeast(50)),
		matchers.Must(matchers.ScoreBetween(60, 80)),
		matchers.Must(matchers.Industry("saas", "fintech")),
		matchers.Must(matchers.Source("webinar")),
		matchers.Must(matchers.Language("pt")),
		matchers.Must(matchers.Product("billing")),
		matchers.Must(matchers.AttrEquals("seats", 5)),
		matchers.Must(matchers.AttrIn("tier", "gold", "silver")),
		matchers.All(tt, matchers.Any(matchers.Must(matchers.Industry("fintech")), matchers.Not(matchers.Must(matchers.ScoreAtLeast(90))))),
	}
	for _, m := range ms {
		allocs := testing.AllocsPerRun(100, func() {
			if !m.Match(&lead) {
				t.Fatalf("%v should match", m)
			}
		})
		assert.Zero(t, allocs, "%v", m)
	}
	allocs := testing.AllocsPerRun(100, func() { tt.Select(&lead) })
	assert.Zero(t, allocs, "Select")
}

// TestStringers checks every matcher describes itself for traces.
func TestStringers(t *testing.T) {
	ms := []leadroute.Matcher{
		matchers.Must(matchers.Country("US")), matchers.Must(matchers.State("US-CA")), matchers.Must(matchers.PostalPrefix("US", "9")),
		testTerritories(t), matchers.Must(matchers.Employees(1, 2)), matchers.Must(matchers.EmployeesAtLeast(1)), matchers.Must(matchers.Revenue(1, 2)),
		matchers.Must(matchers.RevenueAtLeast(1)), matchers.Must(matchers.ScoreAtLeast(1)), matchers.Must(matchers.ScoreBetween(1, 2)),
		matchers.Must(matchers.Industry("a")), matchers.Must(matchers.Source("a")), matchers.Must(matchers.Language("a")), matchers.Must(matchers.Product("a")),
		matchers.Must(matchers.AttrEquals("a", 1)), matchers.Must(matchers.AttrIn("a", 1)), matchers.All(), matchers.Any(), matchers.Not(matchers.All()),
		matchers.Must(matchers.Expr(`true`)),
	}
	for _, m := range ms {
		s, ok := m.(fmt.Stringer)
		require.True(t, ok, "%T", m)
		assert.NotEmpty(t, s.String())
	}
	many := matchers.Must(matchers.Country("US", "CA", "MX", "GB", "FR", "DE", "ES", "IT", "PT", "NL"))
	assert.Equal(t, "country in [CA DE ES FR GB IT MX ... (3 more)]", fmt.Sprint(many))
}
