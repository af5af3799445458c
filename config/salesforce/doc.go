// Package salesforce imports Salesforce lead assignment rules into a
// leadroute rules file.
//
// It reads the AssignmentRules metadata that
//
//	sf project retrieve start -m AssignmentRules:Lead
//
// writes (force-app/main/default/assignmentRules/Lead.assignmentRules-meta.xml,
// namespace http://soap.sforce.com/2006/04/metadata) and writes YAML that
// [github.com/leadroute/leadroute/config.Load] accepts. Each rule entry of
// the active assignment rule (or of the rule named in [Options.Rule])
// becomes one leadroute rule, in order, so that the first match wins as in
// Salesforce.
//
// # What translates
//
// Criteria (field, operation, value) with every documented operation:
// equals, notEqual, lessThan, greaterThan, lessOrEqual, greaterOrEqual,
// contains, notContain, startsWith, includes and excludes. As in Salesforce,
// text comparisons ignore case, a comma-separated value means "any of"
// (for notEqual and notContain: "none of"; a value in double quotes may
// hold commas), an empty value means "blank", and a multi-select value
// "a;b" means "both a and b". Advanced filter logic (booleanFilter, such as
// "1 AND (2 OR 3)" or "NOT 1") is kept. Where a criterion says exactly
// what a typed matcher says (country and state lists, industry, lead
// source, postal prefixes in an entry that requires one country,
// head-count, revenue and score bands), it becomes that matcher, so the
// router's rule index serves it; everything else becomes an expr-lang
// expression in the rule's "when". Formula entries translate when they use AND, OR, NOT,
// &&, ||, comparisons, ISPICKVAL, ISBLANK, CONTAINS, BEGINS, INCLUDES and
// TEXT over mapped fields (formula comparisons are case-sensitive, as in
// Salesforce).
//
// Standard Lead fields map to Lead fields (Country, State, PostalCode,
// City, Industry, LeadSource → Source, AnnualRevenue → Revenue,
// NumberOfEmployees → Employees, Email, Company, Website); other fields,
// standard (Rating, Title, Status...) or custom (Region__c), map to
// Attrs under their API name. [Options.Fields] overrides the mapping and
// gives custom fields a type ([ReadFields] reads it from a CSV file).
//
// Assignees of type User map to rep IDs through [Options.Users] (user ID,
// username or email → rep; [ReadUsers]); queues map to leadroute queues of
// the same name. An entry with no assignee is Salesforce's "Do not
// reassign owner": the lead keeps its owner and no later entry is tried;
// it becomes a rule that sends the lead to [Options.KeepOwnerQueue], which
// the host reads as "leave the owner as it is". A lead no entry matches
// goes, in Salesforce, to the default lead owner of Lead Settings, which
// the metadata does not hold: give it in [Options.DefaultOwner].
//
// The host fills Attrs as the Salesforce record holds them: text,
// picklist and multi-select values as strings (a multi-select as
// "a;b"), numbers as numbers (int or float64, as encoding/json gives),
// checkboxes as booleans. A blank field is a missing key (or nil). An
// expression that meets another kind (a number where text is compared)
// fails at route time with an error naming the rule, as every expression
// does.
//
// # What does not translate
//
// The "within" operation (geolocation), criteria that compare two fields
// (valueField) or name fields of other objects (User.Department,
// $User...), ordering comparisons of text, formulas using functions or
// fields that have no leadroute equivalent, assignees missing from the
// users map. Each is a [Problem] with its line and column in the XML, and
// its entry is left out of the output (the YAML says so in a comment).
// [Result.Complete] reports whether nothing was left out; the CLI
// (leadroute import salesforce) exits 1 when it was not.
//
// # Differences that remain
//
// leadroute normalises a lead before routing (see leadroute.Lead.Normalize):
// Country becomes an ISO 3166-1 code and State an ISO 3166-2 code, so a rule
// "Country equals US" also takes a lead whose Country is "USA" or "United
// States", which Salesforce would not. So Country and State criteria
// translate only with equals and notEqual (and not in formulas, whose
// comparisons are case-sensitive), and State values must be ISO 3166-2
// codes ("US-CA"), or bare codes or names ("CA") in an entry that also
// requires exactly one country. Lead.Employees and Lead.Revenue have no
// blank value: a lead without a head count has 0 employees, which
// "NumberOfEmployees lessThan 10" takes and Salesforce would not; blank-value
// criteria on them are reported rather than guessed. Attributes have a
// blank (no key), and a blank never compares less or greater.
//
// # Limits
//
// The input is bounded before it costs much: a file of more than
// [MaxInputSize] bytes, elements nested deeper than [MaxDepth] or more than
// [MaxEntries] rule entries is an error that names the limit and the
// place; an entry with more than [MaxItems] criteria, or a formula or
// filter longer than [MaxFormulaLen] bytes, is a Problem and the entry is
// left out. Formulas and filters nest at most 32 levels.
package salesforce
