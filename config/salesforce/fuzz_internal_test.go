package salesforce

import (
	"errors"
	"testing"

	"github.com/leadroute/leadroute/matchers"
)

// FuzzFormula feeds arbitrary formulas and filter logic to the parsers:
// they must not panic, and a formula they translate must compile as an
// expression unless it exceeds an expression limit (the importer would
// otherwise leave its entry out, hiding a translation bug).
func FuzzFormula(f *testing.F) {
	for _, s := range []string{
		`AND(ISPICKVAL(LeadSource, "Web"), AnnualRevenue > 1000000)`,
		`OR(CONTAINS(Company, "Bank"), BEGINS(City, "San"))`,
		`NOT(ISBLANK(Region__c)) && Seats__c >= 50`,
		`INCLUDES(Products, "CRM") || INCLUDES(Tags__c, "a")`,
		`TEXT(Rating) = "Hot" && Industry <> 'Re\"tail'`,
		`(1 OR 2) AND NOT 3`,
		`!(NumberOfEmployees < 50) || 3 >= Lead_Score__c`,
	} {
		f.Add(s)
	}
	im, err := newImporter(Options{Fields: map[string]Field{
		"Products":      {Target: "Products"},
		"Tags__c":       {Target: "attr:tags", Type: MultiPicklist},
		"Lead_Score__c": {Target: "Score"},
		"Flag__c":       {Target: "attr:flag", Type: Bool},
	}})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if w, err := im.formula(s); err == nil {
			// Too long or too costly is a limit, which the importer
			// reports; anything else is a translation bug.
			if _, err := matchers.Expr(w); err != nil && !errors.Is(err, matchers.ErrExprLimit) {
				t.Fatalf("formula %q became %q, which does not compile: %v", s, w, err)
			}
		}
		_, _ = parseFilter(s, 5)
		_ = splitValues(s)
	})
}
