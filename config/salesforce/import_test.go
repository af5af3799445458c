package salesforce_test

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/config"
	"github.com/leadroute/leadroute/config/salesforce"
)

// schema is the test org's Lead schema: the type of every field the test
// metadata uses.
var schema = map[string]sfType{
	"NumberOfEmployees": sfNumber, "AnnualRevenue": sfNumber, "Seats__c": sfNumber, "Lead_Score__c": sfNumber,
	"Partner__c":   sfBool,
	"Interests__c": sfMulti, "Products__c": sfMulti,
}

// pools are the values records are drawn from: the rules' values in
// several cases, near misses and blanks.
var pools = map[string][]string{
	"Country":           {"US", "us", "CA", "MX", "DE", "FR", "GB", ""},
	"State":             {"CA", "WA", "OR", "NY", "TX", "ca", "wa", ""},
	"PostalCode":        {"94105", "90210", "10001", "SW1A 1AA", "", "9"},
	"City":              {"San Francisco", "Test City", "demo town", "Berlin", "Austin", "san diego", "", "Sandy"},
	"Industry":          {"Technology", "technology", "Software", "Retail", "Banking", "banking", ""},
	"LeadSource":        {"Web", "web", "Phone", "Partner", ""},
	"Email":             {"jo@gmail.com", "ann@Yahoo.co.uk", "bob@acme.com", "x@globex.io", "", "sam@bank.com"},
	"Company":           {"Acme Corp", "acme", "Globex", "First Bank", "Smith, Jones", "smith, jones", "Initech", "", "Bank of Nowhere", "Smith"},
	"Website":           {"https://acme.com", "test.acme.com", "", "https://TEST.io", "globex.io"},
	"Title":             {"CEO", "", "VP Sales"},
	"Rating":            {"Hot", "hot", "Cold", "cold", "Warm", ""},
	"Region__c":         {"EMEA", "emea", "APAC", "apac", "NA", ""},
	"NumberOfEmployees": {"0", "1", "10", "49", "50", "51", "199", "200", "201", "999", "1000", "1001", "5000"},
	"AnnualRevenue":     {"0", "100000", "250000", "250000.5", "1000000", "1000001", "5000000", "5000001", "20000000"},
	"Seats__c":          {"", "0", "24", "25", "49", "50", "51", "99", "100"},
	"Lead_Score__c":     {"0", "29", "30", "31", "70", "71", "100"},
	"Partner__c":        {"true", "false", ""},
	"Interests__c":      {"", "API", "api;Billing", "API;Billing", "Billing", "Support;API;Billing", "Support"},
	"Products__c":       {"", "CRM", "crm;Analytics", "Analytics", "Support;CRM", "Analytics;Support", "support"},
}

func genRecord(r *rand.Rand) record {
	rec := record{}
	for f, vs := range pools {
		rec[f] = vs[r.IntN(len(vs))]
	}
	return rec
}

// toLead builds the leadroute lead a host would send for the record,
// following the field mapping in testdata/fields.csv.
func toLead(id int, rec record) leadroute.Lead {
	l := leadroute.Lead{
		ID: strconv.Itoa(id), Country: rec["Country"], State: rec["State"], PostalCode: rec["PostalCode"],
		City: rec["City"], Industry: rec["Industry"], Source: rec["LeadSource"], Email: rec["Email"],
		Company: rec["Company"], Website: rec["Website"], Attrs: map[string]any{},
	}
	l.Employees, _ = strconv.Atoi(rec["NumberOfEmployees"])
	l.Revenue, _ = strconv.ParseFloat(rec["AnnualRevenue"], 64)
	l.Score, _ = strconv.Atoi(rec["Lead_Score__c"])
	if p := rec["Products__c"]; p != "" {
		l.Products = strings.Split(p, ";")
	}
	for _, f := range []string{"Rating", "Region__c", "Title", "Interests__c"} {
		if v := rec[f]; v != "" {
			l.Attrs[f] = v
		}
	}
	if v := rec["Seats__c"]; v != "" {
		l.Attrs["Seats__c"], _ = strconv.ParseFloat(v, 64)
	}
	if v := rec["Partner__c"]; v != "" {
		l.Attrs["Partner__c"] = v == "true"
	}
	return l
}

// users is the test's own reading of testdata/users.csv.
var users = map[string]string{
	"0055e000001abcdaak": "jane", "jane.doe@acme.com.prod": "jane", "raj.patel@acme.com": "raj",
	"ana.lima@acme.com": "ana", "0055e000002xyzwaak": "omar",
}

// formulas are the test metadata's formulas, written in Go from their
// Salesforce meaning (formula comparisons are case-sensitive; a blank
// number compares false).
var formulas = map[string]func(record) bool{
	`AND(ISPICKVAL(LeadSource, "Web"), AnnualRevenue > 1000000)`: func(r record) bool {
		return r["LeadSource"] == "Web" && num(r, "AnnualRevenue") > 1000000
	},
	`OR(CONTAINS(Company, "Bank"), BEGINS(City, "San"))`: func(r record) bool {
		return strings.Contains(r["Company"], "Bank") || strings.HasPrefix(r["City"], "San")
	},
	`NOT(ISBLANK(Region__c)) && Seats__c >= 50`: func(r record) bool {
		return r["Region__c"] != "" && r["Seats__c"] != "" && num(r, "Seats__c") >= 50
	},
	`INCLUDES(Interests__c, "API") || INCLUDES(Products__c, "CRM")`: func(r record) bool {
		return hasExact(r["Interests__c"], "API") || hasExact(r["Products__c"], "CRM")
	},
	`TEXT(Rating) = "Hot" && Industry <> "Retail"`: func(r record) bool {
		return r["Rating"] == "Hot" && r["Industry"] != "Retail"
	},
	`NumberOfEmployees < 50 && (Lead_Score__c >= 70 || ISBLANK(Email))`: func(r record) bool {
		return num(r, "NumberOfEmployees") < 50 && (num(r, "Lead_Score__c") >= 70 || r["Email"] == "")
	},
}

func num(r record, f string) float64 {
	n, _ := strconv.ParseFloat(r[f], 64)
	return n
}

func hasExact(multi, v string) bool {
	for _, s := range strings.Split(multi, ";") {
		if s == v {
			return true
		}
	}
	return false
}

func testOptions(t *testing.T) salesforce.Options {
	t.Helper()
	uf, err := os.Open("testdata/users.csv")
	require.NoError(t, err)
	defer uf.Close()
	us, err := salesforce.ReadUsers(uf)
	require.NoError(t, err)
	ff, err := os.Open("testdata/fields.csv")
	require.NoError(t, err)
	defer ff.Close()
	fs, err := salesforce.ReadFields(ff)
	require.NoError(t, err)
	return salesforce.Options{Users: us, Fields: fs, DefaultOwner: salesforce.Assignee{Type: "User", Name: "0055e000002XyZwAAK"}}
}

// TestEquivalence routes generated leads through the interpreter and
// through the imported rules, and requires the same assignee for every
// lead, and every entry (and the default owner) to be reached.
func TestEquivalence(t *testing.T) {
	for _, file := range []string{"territory", "filters", "formula"} {
		t.Run(file, func(t *testing.T) {
			path := filepath.Join("testdata", file+".assignmentRules-meta.xml")
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			res, err := salesforce.Import(bytes.NewReader(data), testOptions(t))
			require.NoError(t, err)
			require.Empty(t, res.Problems, "import of %s is not complete", file)
			require.True(t, res.Complete())

			out := filepath.Join(t.TempDir(), "rules.yaml")
			require.NoError(t, os.WriteFile(out, res.YAML, 0o600))
			cfg, err := config.Load(out)
			require.NoError(t, err)
			router, err := cfg.Build()
			require.NoError(t, err)

			in := newInterp(t, bytes.NewReader(data), schema, formulas)
			require.NotEmpty(t, in.entries)
			hits := make([]int, len(in.entries)+1)
			rnd := rand.New(rand.NewPCG(1, uint64(len(file))))
			ctx := context.Background()
			for i := range 20000 {
				rec := genRecord(rnd)
				who, entry := in.assign(rec)
				hits[entry+1]++
				var want string
				switch {
				case who == "default":
					want = "rep omar"
				case who == "":
					want = "queue keep-owner"
				case strings.HasPrefix(who, "user:"):
					rep, ok := users[strings.ToLower(strings.TrimPrefix(who, "user:"))]
					require.True(t, ok, who)
					want = "rep " + rep
				default:
					want = "queue " + strings.TrimPrefix(who, "queue:")
				}
				d, err := router.Route(ctx, toLead(i, rec))
				require.NoError(t, err)
				got := "rep " + d.RepID
				if d.RepID == "" {
					got = "queue " + d.Queue
				}
				if got != want {
					t.Fatalf("record %v:\nSalesforce (entry %d): %s\nleadroute (rule %q): %s\nrules:\n%s", rec, entry+1, want, d.Rule, got, res.YAML)
				}
			}
			for i, n := range hits {
				what := fmt.Sprintf("entry %d", i)
				if i == 0 {
					what = "no entry (default owner)"
				}
				assert.Positive(t, n, "%s was never reached: the generated leads do not exercise it", what)
			}
		})
	}
}
