package cases

import (
	"encoding/json"
	"maps"
	"os"
	"slices"
	"testing"
)

// TestSchemaKeys checks that schema.json lists exactly the keys the
// decoder accepts, object by object.
func TestSchemaKeys(t *testing.T) {
	data, err := os.ReadFile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Properties map[string]json.RawMessage `json:"properties"`
		Defs       map[string]struct {
			Properties map[string]json.RawMessage `json:"properties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		what string
		got  map[string]json.RawMessage
		want []string
	}{
		{"top level", s.Properties, topKeys},
		{"case", s.Defs["case"].Properties, caseKeys},
		{"lead", s.Defs["lead"].Properties, leadKeys},
		{"used", s.Defs["used"].Properties, usedKeys},
		{"expect", s.Defs["expect"].Properties, expectKeys},
		{"account", s.Defs["account"].Properties, accountKeys},
	} {
		got := slices.Sorted(maps.Keys(c.got))
		want := slices.Sorted(slices.Values(c.want))
		if !slices.Equal(got, want) {
			t.Errorf("%s: schema has %v, decoder accepts %v", c.what, got, want)
		}
	}
}
