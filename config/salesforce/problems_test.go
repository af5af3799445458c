package salesforce_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute/config"
	"github.com/leadroute/leadroute/config/salesforce"
)

// TestPartial checks that every untranslatable construct is reported at
// its place in the XML, that its entry is left out (and named), and that
// the rest still loads.
func TestPartial(t *testing.T) {
	f, err := os.Open("testdata/partial.assignmentRules-meta.xml")
	require.NoError(t, err)
	defer f.Close()
	res, err := salesforce.Import(f, testOptions(t))
	require.NoError(t, err)
	assert.False(t, res.Complete())
	want := []struct {
		place, path, msg string
	}{
		{"18:13", "ruleEntry[1].criteriaItems[0]", "operation within"},
		{"27:13", "ruleEntry[2].criteriaItems[0]", `state values "CA"`},
		{"36:13", "ruleEntry[3].criteriaItems[0]", `"User.Department" is not a field of the lead`},
		{"43:13", "ruleEntry[4].assignedTo", `user "nobody@acme.com" is not in the users map`},
		{"45:13", "ruleEntry[4].criteriaItems[0]", "lessThan on the text field Lead.Title"},
		{"54:13", "ruleEntry[5].formula", "function ISCHANGED does not translate"},
		{"59:13", "ruleEntry[6].booleanFilter", "column 9: AND and OR mixed without parentheses"},
		{"79:13", "ruleEntry[7].criteriaItems[0]", `valueField "Lead.State"`},
		{"88:13", "ruleEntry[8].criteriaItems[0]", `unknown operation "like"`},
	}
	require.Len(t, res.Problems, len(want))
	for i, w := range want {
		p := res.Problems[i]
		assert.True(t, strings.HasPrefix(p.String(), w.place+": assignmentRule[0]."+w.path+": "), "problem %d: %s", i, p)
		assert.Contains(t, p.Msg, w.msg)
	}
	assert.Equal(t, []string{"Partial entry 2", "Partial entry 3", "Partial entry 4", "Partial entry 5",
		"Partial entry 6", "Partial entry 7", "Partial entry 8", "Partial entry 9"}, res.LeftOut())
	assert.Contains(t, string(res.YAML), `# left out: "Partial entry 2" (ruleEntry at line 15):`)
	cfg, err := config.Parse(res.YAML, config.YAML)
	require.NoError(t, err)
	names := []string{}
	for _, r := range cfg.Rules() {
		names = append(names, r.Name)
	}
	assert.Equal(t, []string{"Partial entry 1", "default lead owner"}, names)
}

func doc(entries string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<AssignmentRules xmlns="http://soap.sforce.com/2006/04/metadata">
<assignmentRule><fullName>R</fullName><active>true</active>` + entries + `</assignmentRule>
</AssignmentRules>`
}

func crit(field, op, value string) string {
	return "<criteriaItems><field>" + field + "</field><operation>" + op + "</operation><value>" + value + "</value></criteriaItems>"
}

func entry(body string) string {
	return "<ruleEntry><assignedTo>Q</assignedTo><assignedToType>Queue</assignedToType>" + body + "</ruleEntry>"
}

// TestTranslation pins how each criterion form is written: typed matchers
// where exact, expressions otherwise.
func TestTranslation(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		opts       salesforce.Options
		want       []string // lines the YAML must hold
	}{
		{"country typed", crit("Lead.Country", "equals", "United States,ca"), salesforce.Options{}, []string{"country: ['US', 'CA']"}},
		{"state qualified by the country", crit("Country", "equals", "US") + crit("State", "equals", "ca,NY"), salesforce.Options{}, []string{"state: ['US-CA', 'US-NY']"}},
		{"postal prefixes with the country", crit("PostalCode", "startsWith", "sw1, EC") + crit("Country", "equals", "United Kingdom"), salesforce.Options{}, []string{"postal: {'GB': ['sw1', 'EC']}"}},
		{"postal prefixes without a country", crit("PostalCode", "startsWith", "9"), salesforce.Options{}, []string{`when: 'lower(PostalCode) startsWith "9"'`}},
		{"full state codes", crit("State", "notEqual", "US-CA,US-NY"), salesforce.Options{}, []string{`when: 'State not in ["US-CA", "US-NY"]'`}},
		{"blank country", crit("Country", "equals", ""), salesforce.Options{}, []string{`when: 'Country == ""'`}},
		{"industry typed", crit("Industry", "equals", "Banking"), salesforce.Options{}, []string{"industry: ['Banking']"}},
		{"industry with blank", crit("Industry", "equals", "Banking,"), salesforce.Options{}, []string{`when: 'lower(Industry) in ["banking", ""]'`}},
		{"revenue band", crit("AnnualRevenue", "greaterOrEqual", "1000000.5"), salesforce.Options{}, []string{"revenue: {min: 1000000.5}"}},
		{"revenue max", crit("AnnualRevenue", "lessThan", "250000"), salesforce.Options{}, []string{"revenue: {max: 250000.0}"}},
		{"employees lessOrEqual", crit("NumberOfEmployees", "lessOrEqual", "99"), salesforce.Options{}, []string{"employees: {max: 100}"}},
		{"employees fractional", crit("NumberOfEmployees", "greaterThan", "9.5"), salesforce.Options{}, []string{`when: 'Employees > 9.5'`}},
		{"second band is an expression", crit("NumberOfEmployees", "greaterOrEqual", "10") + crit("NumberOfEmployees", "lessThan", "20"), salesforce.Options{}, []string{"employees: {min: 10}", `when: 'Employees < 20'`}},
		{"quoted comma", crit("Company", "equals", `"Smith, Jones",Acme`), salesforce.Options{}, []string{`when: 'lower(Company) in ["smith, jones", "acme"]'`}},
		{"custom number inferred", crit("Seats__c", "greaterThan", "5"), salesforce.Options{}, []string{`when: 'Attrs["Seats__c"] != nil && Attrs["Seats__c"] > 5'`}},
		{"custom text", crit("Region__c", "notContain", "EU"), salesforce.Options{}, []string{`when: '!(lower(Attrs["Region__c"] ?? "") contains "eu")'`}},
		{"mapped to a lead field", crit("Score__c", "greaterOrEqual", "70"), salesforce.Options{Fields: map[string]salesforce.Field{"Score__c": {Target: "Score"}}}, []string{"score: {min: 70}"}},
		{"multi-select", crit("Tags__c", "includes", "a;b,c"), salesforce.Options{Fields: map[string]salesforce.Field{"Tags__c": {Target: "attr:tags", Type: salesforce.MultiPicklist}}},
			[]string{`when: '((";" + lower(Attrs["tags"] ?? "") + ";") contains ";a;" && (";" + lower(Attrs["tags"] ?? "") + ";") contains ";b;") || (";" + lower(Attrs["tags"] ?? "") + ";") contains ";c;"'`}},
		{"checkbox", crit("Partner__c", "equals", "False"), salesforce.Options{Fields: map[string]salesforce.Field{"Partner__c": {Target: "attr:partner", Type: salesforce.Bool}}}, []string{`when: 'Attrs["partner"] != true'`}},
		{"no criteria", "", salesforce.Options{}, []string{"strategy: {type: queue, queue: 'Q'}"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := salesforce.Import(strings.NewReader(doc(entry(tc.body))), tc.opts)
			require.NoError(t, err)
			require.Empty(t, res.Problems)
			for _, w := range tc.want {
				assert.Contains(t, string(res.YAML), w, "YAML:\n%s", res.YAML)
			}
		})
	}
}

// TestAssignees covers users, queues, "do not reassign" and the default
// owner.
func TestAssignees(t *testing.T) {
	users := map[string]string{"005A": "ann", "Bob@Acme.com": "bob"}
	body := `<ruleEntry><assignedTo>bob@acme.COM</assignedTo><assignedToType>User</assignedToType>` + crit("City", "equals", "Paris") + `</ruleEntry>
<ruleEntry>` + crit("City", "equals", "Rome") + `</ruleEntry>`
	res, err := salesforce.Import(strings.NewReader(doc(body)), salesforce.Options{Users: users, DefaultOwner: salesforce.Assignee{Type: "Queue", Name: "Triage"}, KeepOwnerQueue: "keep"})
	require.NoError(t, err)
	require.True(t, res.Complete(), "%v", res.Problems)
	y := string(res.YAML)
	assert.Contains(t, y, "fallback: 'Triage'")
	assert.Contains(t, y, "pool: 'bob'")
	assert.Contains(t, y, "queue: 'keep'")
	require.Len(t, res.Notes, 1)
	assert.Contains(t, res.Notes[0].Msg, "do not reassign owner")

	res, err = salesforce.Import(strings.NewReader(doc(body)), salesforce.Options{Users: users, DefaultOwner: salesforce.Assignee{Type: "User", Name: "005A"}})
	require.NoError(t, err)
	assert.Contains(t, string(res.YAML), "- name: 'default lead owner'\n    pool: 'ann'")

	res, err = salesforce.Import(strings.NewReader(doc(body)), salesforce.Options{Users: users, DefaultOwner: salesforce.Assignee{Type: "User", Name: "005X"}})
	require.NoError(t, err)
	require.Len(t, res.Problems, 1)
	assert.Contains(t, res.Problems[0].Msg, `default lead owner "005X" is not in the users map`)
}

// TestRuleChoice covers --rule, several active rules and none.
func TestRuleChoice(t *testing.T) {
	two := `<?xml version="1.0"?>
<AssignmentRules xmlns="http://soap.sforce.com/2006/04/metadata">
<assignmentRule><fullName>A</fullName><active>true</active>` + entry(crit("City", "equals", "a")) + `</assignmentRule>
<assignmentRule><fullName>B</fullName><active>false</active>` + entry(crit("City", "equals", "b")) + `</assignmentRule>
<assignmentRule><fullName>C</fullName><active>true</active>` + entry(crit("City", "equals", "c")) + `</assignmentRule>
</AssignmentRules>`
	res, err := salesforce.Import(strings.NewReader(two), salesforce.Options{Rule: "B"})
	require.NoError(t, err)
	assert.True(t, res.Complete())
	require.Len(t, res.Rules, 1)
	assert.Equal(t, "B entry 1", res.Rules[0].Name)

	res, err = salesforce.Import(strings.NewReader(two), salesforce.Options{})
	require.NoError(t, err)
	require.Len(t, res.Problems, 1)
	assert.Contains(t, res.Problems[0].String(), "5:1: assignmentRule[2]: 2 assignment rules are active")
	assert.Len(t, res.Rules, 2)

	// Rules sharing a fullName get distinct rule names.
	same := strings.ReplaceAll(strings.ReplaceAll(two, "<fullName>C<", "<fullName>A<"), "<active>false", "<active>true")
	res, err = salesforce.Import(strings.NewReader(same), salesforce.Options{})
	require.NoError(t, err)
	require.Len(t, res.Rules, 3)
	assert.Equal(t, []string{"A entry 1", "B entry 1", "A entry 1 (2)"}, []string{res.Rules[0].Name, res.Rules[1].Name, res.Rules[2].Name})

	_, err = salesforce.Import(strings.NewReader(two), salesforce.Options{Rule: "Z"})
	assert.ErrorContains(t, err, `no assignment rule named "Z"`)
	_, err = salesforce.Import(strings.NewReader(strings.ReplaceAll(two, "<active>true", "<active>false")), salesforce.Options{})
	assert.ErrorContains(t, err, "no active assignment rule")
}

// TestInvalidInput covers input that is not assignment rules at all, and
// the limits.
func TestInvalidInput(t *testing.T) {
	deep := strings.Repeat("<a>", salesforce.MaxDepth+1) + strings.Repeat("</a>", salesforce.MaxDepth+1)
	many := strings.Repeat(entry(""), salesforce.MaxEntries+1)
	items := entry(strings.Repeat(crit("City", "equals", "x"), salesforce.MaxItems+1))
	for _, tc := range []struct {
		name, in, want string
	}{
		{"not XML", "hello", "invalid assignment rules metadata"},
		{"unclosed", `<AssignmentRules xmlns="http://soap.sforce.com/2006/04/metadata"><assignmentRule>`, "unexpected EOF"},
		{"wrong root", `<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata"/>`, "root element is <CustomObject>, want <AssignmentRules>"},
		{"wrong namespace", `<AssignmentRules xmlns="urn:x"/>`, `in namespace "urn:x"`},
		{"too deep", `<AssignmentRules xmlns="http://soap.sforce.com/2006/04/metadata">` + deep + `</AssignmentRules>`, "nested deeper than 16 (MaxDepth)"},
		{"too many entries", doc(many), "more than 3000 rule entries (MaxEntries)"},
		{"too large", doc(strings.Repeat(" ", salesforce.MaxInputSize)), "larger than 8388608 bytes (MaxInputSize)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := salesforce.Import(strings.NewReader(tc.in), salesforce.Options{})
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
	res, err := salesforce.Import(strings.NewReader(doc(items)), salesforce.Options{})
	require.NoError(t, err)
	require.Len(t, res.Problems, 1)
	assert.Contains(t, res.Problems[0].Msg, "more than 100 criteria items (MaxItems)")
	_, err = salesforce.Import(strings.NewReader("x"), salesforce.Options{})
	assert.True(t, errors.Is(err, salesforce.ErrInvalid))
	_, err = salesforce.Import(strings.NewReader(doc("")), salesforce.Options{Fields: map[string]salesforce.Field{"X__c": {Target: "Countri"}}})
	assert.ErrorContains(t, err, `field "X__c": target "Countri" is neither a Lead field nor attr:NAME`)
}

func TestReadCSV(t *testing.T) {
	u, err := salesforce.ReadUsers(strings.NewReader("005A,ann\nann@x.com,ann\n"))
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"005A": "ann", "ann@x.com": "ann"}, u)
	_, err = salesforce.ReadUsers(strings.NewReader("user,rep\n005A,ann\n005A,bob\n"))
	assert.EqualError(t, err, `users: line 3: user "005A" mapped to "ann" and to "bob"`)
	_, err = salesforce.ReadUsers(strings.NewReader("005A\n"))
	assert.ErrorContains(t, err, "users: line 1: want 2 columns (user,rep), found 1")
	f, err := salesforce.ReadFields(strings.NewReader("field,target,type\nSeats__c,attr:seats,Number\nScore__c,Score\n"))
	require.NoError(t, err)
	assert.Equal(t, map[string]salesforce.Field{"Seats__c": {Target: "attr:seats", Type: salesforce.Number}, "Score__c": {Target: "Score"}}, f)
	_, err = salesforce.ReadFields(strings.NewReader("A__c,attr:a,date\n"))
	assert.EqualError(t, err, `fields: line 1: type "date" is not one of text, number, bool, multipicklist`)
	_, err = salesforce.ReadFields(strings.NewReader("A__c,Revenu\n"))
	assert.ErrorContains(t, err, `fields: line 1: target "Revenu" is neither`)
}

// TestFormulaAndFilterErrors pins the messages for formulas and filter
// logic that do not translate, each with its column.
func TestFormulaAndFilterErrors(t *testing.T) {
	formula := func(f string) string {
		return entry("<formula>" + f + "</formula>")
	}
	filter := func(f string) string {
		return entry("<booleanFilter>" + f + "</booleanFilter>" + crit("City", "equals", "a") + crit("City", "equals", "b"))
	}
	for _, tc := range []struct{ name, body, want string }{
		{"unknown function", formula("ISNEW()"), "formula not translated: column 1: function ISNEW does not translate"},
		{"country in a formula", formula(`Country = "US"`), "Country is normalised by leadroute"},
		{"two fields", formula(`City = State__c`), "column 6: only comparisons of a field with a literal translate"},
		{"arithmetic", formula(`AnnualRevenue * 2 &gt; 5`), `operator "*" does not translate`},
		{"not a condition", formula(`City`), "the formula is not a condition"},
		{"unterminated", formula(`City = "a`), "column 8: unterminated string"},
		{"text ordering", formula(`City &gt; "a"`), "ordering comparison of text does not translate"},
		{"blank number", formula(`ISBLANK(AnnualRevenue)`), "Lead.Revenue has no blank"},
		{"deep", formula(strings.Repeat("NOT(", 40) + "TRUE" + strings.Repeat(")", 40)), "nested deeper than 32"},
		{"both", entry(crit("City", "equals", "a") + "<formula>TRUE</formula>"), "either criteria items or a formula, not both"},
		{"filter number", filter("1 AND 3"), `filter logic, column 7: "3" is not a criteria number between 1 and 2`},
		{"filter paren", filter("(1 AND 2"), "filter logic, column 9: missing )"},
		{"filter end", filter("1 AND"), "filter logic, column 6: unexpected end"},
		{"filter trailing", filter("1 2"), `filter logic, column 3: unexpected "2"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := salesforce.Import(strings.NewReader(doc(tc.body)), salesforce.Options{})
			require.NoError(t, err)
			require.Len(t, res.Problems, 1, "%v", res.Problems)
			assert.Contains(t, res.Problems[0].Msg, tc.want)
			assert.Equal(t, []string{"R entry 1"}, res.LeftOut())
		})
	}
}

// TestFormulaTranslation pins the expressions formulas become.
func TestFormulaTranslation(t *testing.T) {
	for _, tc := range []struct{ formula, want string }{
		{`AND(ISPICKVAL(LeadSource, "Web"), NumberOfEmployees &gt;= 10)`, `when: '(Source == "Web") && (Employees >= 10)'`},
		{`OR(BEGINS(Company, "A"), NOT(CONTAINS(Lead.City, "x")))`, `when: '(Company startsWith "A") || (!(City contains "x"))'`},
		{`10 &lt; Seats__c`, `when: 'Attrs["Seats__c"] != nil && Attrs["Seats__c"] > 10'`},
		{`Seats__c &lt;&gt; 3`, `when: 'Attrs["Seats__c"] == nil || Attrs["Seats__c"] != 3'`},
		{`ISBLANK(Region__c) || TEXT(Rating) != 'Hot'`, `when: '(Attrs["Region__c"] == nil || Attrs["Region__c"] == "") || ((Attrs["Rating"] ?? "") != "Hot")'`},
	} {
		t.Run(tc.formula, func(t *testing.T) {
			res, err := salesforce.Import(strings.NewReader(doc(entry("<formula>"+tc.formula+"</formula>"))), salesforce.Options{})
			require.NoError(t, err)
			require.Empty(t, res.Problems)
			assert.Contains(t, string(res.YAML), tc.want)
		})
	}
}

// TestLargeNumbers: numbers beyond int64 are written as float literals.
func TestLargeNumbers(t *testing.T) {
	for _, body := range []string{
		crit("NumberOfEmployees", "greaterOrEqual", "9227000000000000000"),
		crit("Seats__c", "lessThan", "1e20"),
		crit("AnnualRevenue", "greaterOrEqual", "9227000000000000000"),
		"<formula>Seats__c &gt; 9227000000000000000</formula>",
	} {
		res, err := salesforce.Import(strings.NewReader(doc(entry(body))), salesforce.Options{})
		require.NoError(t, err)
		assert.Empty(t, res.Problems, body)
		assert.Contains(t, string(res.YAML), "000.0", body)
	}
}
