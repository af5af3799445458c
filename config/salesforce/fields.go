package salesforce

import (
	"strconv"
	"strings"
)

// fieldRef is a resolved field: a Lead field or an attribute, with its
// type.
type fieldRef struct {
	sf   string    // the Salesforce name, for messages
	lead string    // Lead field name, or "" for an attribute
	attr string    // attribute key when lead == ""
	typ  FieldType // comparison type
	intg bool      // an int Lead field (Employees, Score)
	// typed says the type came from a mapping (not inferred).
	typed bool
}

// standardFields maps standard Lead fields that have a Lead counterpart.
var standardFields = map[string]string{
	"Country":           "Country",
	"State":             "State",
	"PostalCode":        "PostalCode",
	"City":              "City",
	"Industry":          "Industry",
	"LeadSource":        "Source",
	"AnnualRevenue":     "Revenue",
	"NumberOfEmployees": "Employees",
	"Email":             "Email",
	"Company":           "Company",
	"Website":           "Website",
}

// leadFieldTypes lists the Lead fields a Salesforce field may map to.
var leadFieldTypes = map[string]FieldType{
	"ID": Text, "Email": Text, "Domain": Text, "Website": Text, "Company": Text,
	"Country": Text, "State": Text, "PostalCode": Text, "City": Text,
	"Industry": Text, "Source": Text, "Language": Text,
	"Employees": Number, "Revenue": Number, "Score": Number,
	"Products": MultiPicklist,
}

// validTarget reports whether t is a Lead field name or "attr:NAME".
func validTarget(t string) bool {
	if name, ok := strings.CutPrefix(t, "attr:"); ok {
		return name != ""
	}
	_, ok := leadFieldTypes[t]
	return ok
}

// resolve maps a Salesforce field name ("Lead.Country", "Region__c") to a
// field. ok is false, with a reason, for fields of other objects.
func (im *importer) resolve(name string) (fieldRef, string) {
	bare := strings.TrimPrefix(name, "Lead.")
	if bare == "" || strings.ContainsAny(bare, ".$ ") {
		return fieldRef{}, "field " + strconv.Quote(name) + " is not a field of the lead (leadroute sees only the lead)"
	}
	f, ok := im.fields[bare]
	if !ok {
		f, ok = im.fields[name]
	}
	if !ok {
		f, ok = im.fieldsFold[strings.ToLower(bare)]
	}
	if ok {
		return targetRef(name, f, true), ""
	}
	if lf, ok := standardFields[bare]; ok {
		return targetRef(name, Field{Target: lf}, false), ""
	}
	return targetRef(name, Field{Target: "attr:" + bare}, false), ""
}

func targetRef(sf string, f Field, typed bool) fieldRef {
	if a, ok := strings.CutPrefix(f.Target, "attr:"); ok {
		return fieldRef{sf: sf, attr: a, typ: f.Type, typed: typed}
	}
	return fieldRef{sf: sf, lead: f.Target, typ: leadFieldTypes[f.Target], intg: f.Target == "Employees" || f.Target == "Score", typed: true}
}

// text returns the expression of the field's value as lower-case text.
func (f fieldRef) text() string {
	if f.lead != "" {
		return "lower(" + f.lead + ")"
	}
	return "lower(" + f.raw() + " ?? \"\")"
}

// raw returns the expression of the field's value as it is.
func (f fieldRef) raw() string {
	if f.lead != "" {
		return f.lead
	}
	return "Attrs[" + strconv.Quote(f.attr) + "]"
}

// has returns an expression true when the multi-select field holds v
// (compared ignoring case).
func (f fieldRef) has(v string) string {
	v = strings.ToLower(v)
	if f.lead == "Products" {
		return "any(Products, lower(#) == " + strconv.Quote(v) + ")"
	}
	return `(";" + ` + f.text() + ` + ";") contains ` + strconv.Quote(";"+v+";")
}
