package config

import (
	"encoding/json"
	"maps"
	"os"
	"slices"
	"testing"
)

// TestSchemaKeys checks that schema.json lists exactly the keys the
// decoder accepts, object by object, and that every key used in the sample
// file is in the schema.
func TestSchemaKeys(t *testing.T) {
	data, err := os.ReadFile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Properties map[string]json.RawMessage `json:"properties"`
		Defs       map[string]struct {
			Properties map[string]json.RawMessage `json:"properties"`
			OneOf      []struct {
				Properties map[string]json.RawMessage `json:"properties"`
			} `json:"oneOf"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	keys := func(m map[string]json.RawMessage) []string { return slices.Sorted(maps.Keys(m)) }
	sorted := func(xs []string) []string { return slices.Sorted(slices.Values(xs)) }
	check := func(what string, got, want []string) {
		if !slices.Equal(got, sorted(want)) {
			t.Errorf("%s: schema has %v, decoder accepts %v", what, got, sorted(want))
		}
	}
	check("top level", keys(s.Properties), topKeys)
	check("rep", keys(s.Defs["rep"].Properties), repKeys)
	check("territory", keys(s.Defs["territory"].Properties), territoryKeys)
	check("account", keys(s.Defs["account"].Properties), accountKeys)
	check("rule", keys(s.Defs["rule"].Properties), ruleKeys)
	check("match", keys(s.Defs["match"].Properties), matchKeys)
	check("range", keys(s.Defs["intRange"].Properties), rangeKeys)
	var params []string
	for _, ks := range strategyKeys {
		params = append(params, ks...)
	}
	slices.Sort(params)
	params = slices.Compact(append(params, "type"))
	check("strategy", keys(s.Defs["strategy"].OneOf[1].Properties), params)

	// Every key of the sample (as JSON) is known to the schema.
	sample, err := os.ReadFile("testdata/sample.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(sample, &doc); err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, k := range slices.Concat(topKeys, repKeys, oooKeys, territoryKeys, accountKeys, ruleKeys, matchKeys, rangeKeys, params) {
		known[k] = true
	}
	var walk func(path string, v any, free bool)
	walk = func(path string, v any, free bool) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if !free && !known[k] && k[:2] != "x-" {
					t.Errorf("sample key %s.%s is not in the schema", path, k)
				}
				// Values of these keys are maps with free keys.
				f := k == "pools" || k == "territories" || k == "skills" || k == "required" || k == "attrs" || k == "postal"
				if free && path == "territories" {
					f = false
				}
				walk(path+"."+k, x, f)
			}
		case []any:
			for _, x := range v {
				walk(path, x, false)
			}
		}
	}
	walk("", doc, false)
}
