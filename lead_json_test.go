package leadroute_test

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	lr "github.com/leadroute/leadroute"
)

func TestLeadJSONRoundTrip(t *testing.T) {
	full := lr.Lead{
		ID: "L1", Email: "jo@acme.com", Domain: "acme.com", Website: "https://www.acme.com", Company: "Acme",
		Country: "US", State: "US-CA", PostalCode: "94105", City: "San Francisco",
		Industry: "Software", Source: "webinar", Language: "en",
		Employees: 250, Revenue: 2.5e6, Score: -3, Products: []string{"crm", "cpq"},
		Attrs: map[string]any{
			"plan": "pro", "seats": 12, "ratio": 0.25, "trial": true, "none": nil,
			"tags": []any{"a", 1, 2.5}, "owner": map[string]any{"id": "u1", "n": -7},
			"id": "not the lead id", "postal_code": "an attribute",
		},
		CreatedAt: time.Date(2026, 3, 2, 10, 0, 0, 123456789, time.UTC),
	}
	tests := []struct {
		name string
		lead lr.Lead
	}{
		{"zero", lr.Lead{}},
		{"full", full},
		{"id only", lr.Lead{ID: "L2"}},
		{"offset time", lr.Lead{ID: "L3", CreatedAt: time.Date(2026, 3, 2, 10, 0, 0, 0, time.FixedZone("", -5*3600))}},
		{"huge int attr", lr.Lead{Attrs: map[string]any{"n": math.MaxInt64, "m": math.MinInt64, "f": 1e300}}},
		{"negative numbers", lr.Lead{Employees: -1, Revenue: -0.5, Score: math.MinInt32}},
		{"unicode", lr.Lead{Company: "Müller & Söhne GmbH", City: "東京", Products: []string{" spaced ", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.lead)
			require.NoError(t, err)
			var got lr.Lead
			require.NoError(t, json.Unmarshal(b, &got), "%s", b)
			assert.Equal(t, tt.lead, got, "%s", b)
			again, err := json.Marshal(got)
			require.NoError(t, err)
			assert.JSONEq(t, string(b), string(again))
		})
	}
}

func TestLeadMarshalJSONShape(t *testing.T) {
	l := lr.Lead{ID: "L1", PostalCode: "10115", Employees: 3, Attrs: map[string]any{"plan": "pro"},
		CreatedAt: time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)}
	b, err := json.Marshal(l)
	require.NoError(t, err)
	assert.Equal(t, `{"id":"L1","postal_code":"10115","employees":3,"attrs":{"plan":"pro"},"created_at":"2026-03-02T10:00:00Z"}`, string(b))

	// A Lead inside another value uses the same form.
	b, err = json.Marshal(struct {
		Lead *lr.Lead `json:"lead"`
	}{&l})
	require.NoError(t, err)
	assert.Contains(t, string(b), `"postal_code":"10115"`)
}

func TestLeadMarshalJSONErrors(t *testing.T) {
	tests := []struct {
		name string
		lead lr.Lead
		want string
	}{
		{"NaN revenue", lr.Lead{Revenue: math.NaN()}, "unsupported value"},
		{"infinite attr", lr.Lead{Attrs: map[string]any{"x": math.Inf(1)}}, "unsupported value"},
		{"func attr", lr.Lead{Attrs: map[string]any{"f": func() {}}}, "unsupported type"},
		{"year 10000", lr.Lead{ID: "L", CreatedAt: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}, "year 10000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := json.Marshal(tt.lead)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestLeadUnmarshalJSONLenient(t *testing.T) {
	utc := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, time.UTC) }
	tests := []struct {
		name string
		in   string
		want lr.Lead
	}{
		{"employees as string", `{"employees":"250"}`, lr.Lead{Employees: 250}},
		{"employees as number", `{"employees":250}`, lr.Lead{Employees: 250}},
		{"thousands separators", `{"employees":"1,250","revenue":"$2,500,000.50","score":" 7 "}`, lr.Lead{Employees: 1250, Revenue: 2500000.5, Score: 7}},
		{"whole float", `{"employees":1e3,"score":"2.0"}`, lr.Lead{Employees: 1000, Score: 2}},
		{"empty number string", `{"employees":""}`, lr.Lead{}},
		{"Go names", `{"PostalCode":"10115","CreatedAt":"2026-03-02T10:00:00Z"}`, lr.Lead{PostalCode: "10115", CreatedAt: utc(2026, 3, 2, 10, 0)}},
		{"camel case and CRM names", `{"postalCode":"1","zip":"2","annual_revenue":5,"Lead Source":"ads"}`, lr.Lead{PostalCode: "2", Revenue: 5, Source: "ads"}},
		{"numeric id and postal code", `{"id":12345,"postal_code":10115}`, lr.Lead{ID: "12345", PostalCode: "10115"}},
		{"strings trimmed", `{"email":"  jo@acme.com "}`, lr.Lead{Email: "jo@acme.com"}},
		{"products string", `{"products":"crm; cpq |billing,"}`, lr.Lead{Products: []string{"crm", "cpq", "billing"}}},
		{"products array", `{"products":["crm","cpq"]}`, lr.Lead{Products: []string{"crm", "cpq"}}},
		{"empty products", `{"products":[]}`, lr.Lead{}},
		{"unix seconds", `{"created_at":1772445600}`, lr.Lead{CreatedAt: utc(2026, 3, 2, 10, 0)}},
		{"date only", `{"created":"2026-03-02"}`, lr.Lead{CreatedAt: utc(2026, 3, 2, 0, 0)}},
		{"zone-less time", `{"timestamp":"2026-03-02 10:00"}`, lr.Lead{CreatedAt: utc(2026, 3, 2, 10, 0)}},
		{"offset zero is UTC", `{"created_at":"2026-03-02T10:00:00+00:00"}`, lr.Lead{CreatedAt: utc(2026, 3, 2, 10, 0)}},
		{"unknown keys to attrs", `{"plan":"pro","seats":12,"ratio":0.5,"vip":true,"meta":{"a":[1,"x"]}}`,
			lr.Lead{Attrs: map[string]any{"plan": "pro", "seats": 12, "ratio": 0.5, "vip": true, "meta": map[string]any{"a": []any{1, "x"}}}}},
		{"attrs object and prefixes", `{"attrs":{"plan":"pro"},"attrs.tier":"gold","attr_seats":"3"}`,
			lr.Lead{Attrs: map[string]any{"plan": "pro", "tier": "gold", "seats": "3"}}},
		{"attr numbers", `{"attrs":{"whole":2.0,"big":1e20,"neg":-0.0}}`, lr.Lead{Attrs: map[string]any{"whole": 2, "big": 1e20, "neg": 0}}},
		{"nulls set nothing", `{"id":null,"products":null,"attrs":null,"plan":null}`, lr.Lead{}},
		{"null attr value kept", `{"attrs":{"x":null}}`, lr.Lead{Attrs: map[string]any{"x": nil}}},
		{"later key in byte order wins", `{"id":"a","ID":"b"}`, lr.Lead{ID: "a"}},
		{"surrounding space", " \n{\"id\":\"L\"}\n ", lr.Lead{ID: "L"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got lr.Lead
			require.NoError(t, json.Unmarshal([]byte(tt.in), &got))
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestLeadUnmarshalJSONErrors(t *testing.T) {
	tests := []struct {
		name, in  string
		field     string // the *FieldError's Field; "" for none
		errSubstr string
	}{
		{"array", `[1]`, "", "not a JSON object"},
		{"string", `"x"`, "", "not a JSON object"},
		{"bad employees", `{"employees":"many"}`, "employees", "not a whole number"},
		{"fractional employees", `{"headcount":2.5}`, "headcount", "not a whole number"},
		{"bad revenue", `{"revenue":"lots"}`, "revenue", "not a number"},
		{"revenue overflow", `{"revenue":1e400}`, "revenue", "not a number"},
		{"bool employees", `{"employees":true}`, "employees", "want a whole number, got true"},
		{"number email", `{"email":5}`, "email", "want a string, got number 5"},
		{"object company", `{"company":{}}`, "company", "want a string, got an object"},
		{"bad time", `{"created_at":"yesterday"}`, "created_at", "not a time"},
		{"unix seconds past 9999", `{"created_at":253402300800}`, "created_at", "not a time"},
		{"attrs not an object", `{"attrs":"x"}`, "attrs", "want an object"},
		{"products of numbers", `{"products":[1]}`, "products", "want an array of strings"},
		{"attr number out of range", `{"x":1e999}`, "x", "out of range"},
		{"nested attr out of range", `{"attrs":{"a":[1e999]}}`, "attrs", "out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := lr.Lead{ID: "kept"}
			got := before
			err := json.Unmarshal([]byte(tt.in), &got)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.errSubstr)
			var fe *lr.FieldError
			if tt.field == "" {
				assert.False(t, errors.As(err, &fe), "%v", err)
			} else if assert.True(t, errors.As(err, &fe), "%v", err) {
				assert.Equal(t, tt.field, fe.Field)
			}
			assert.Equal(t, before, got, "a failed decode changes nothing")
		})
	}
}

func TestLeadUnmarshalJSONNullAndReplace(t *testing.T) {
	l := lr.Lead{ID: "kept", Employees: 3}
	require.NoError(t, json.Unmarshal([]byte(`null`), &l))
	assert.Equal(t, lr.Lead{ID: "kept", Employees: 3}, l, "null leaves the lead as it was")

	require.NoError(t, json.Unmarshal([]byte(`{"email":"a@b.c"}`), &l))
	assert.Equal(t, lr.Lead{Email: "a@b.c"}, l, "decoding replaces the whole lead")
}

func TestLeadUnmarshalJSONSizeLimit(t *testing.T) {
	big := `{"company":"` + strings.Repeat("x", lr.MaxLeadJSONLen) + `"}`
	var l lr.Lead
	err := l.UnmarshalJSON([]byte(big))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "longer than the limit")

	atLimit := `{"company":"` + strings.Repeat("x", lr.MaxLeadJSONLen-len(`{"company":""}`)) + `"}`
	require.Len(t, atLimit, lr.MaxLeadJSONLen)
	require.NoError(t, l.UnmarshalJSON([]byte(atLimit)))
	assert.Len(t, l.Company, lr.MaxLeadJSONLen-len(`{"company":""}`))
}

func TestLeadSetField(t *testing.T) {
	tests := []struct {
		key, text string
		want      lr.Lead
		err       string
	}{
		{"Postal Code", " 10115 ", lr.Lead{PostalCode: "10115"}, ""},
		{"employees", "1,250", lr.Lead{Employees: 1250}, ""},
		{"products", "a|b", lr.Lead{Products: []string{"a", "b"}}, ""},
		{"created_date", "2026-03-02", lr.Lead{CreatedAt: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)}, ""},
		{"attrs", `{"plan":"pro","n":2}`, lr.Lead{Attrs: map[string]any{"plan": "pro", "n": 2}}, ""},
		{"seats", "12", lr.Lead{Attrs: map[string]any{"seats": 12}}, ""},
		{"ratio", "12.5", lr.Lead{Attrs: map[string]any{"ratio": 12.5}}, ""},
		{"zip_plus", "0123", lr.Lead{Attrs: map[string]any{"zip_plus": "0123"}}, ""},
		{"attrs.vip", "true", lr.Lead{Attrs: map[string]any{"vip": true}}, ""},
		{"note", "", lr.Lead{}, ""},
		{"score", "high", lr.Lead{}, `score: "high": not a whole number`},
		{"attrs", "[1]", lr.Lead{}, "attrs: want a JSON object"},
		{"attrs", `{"a":1,"b":1e999}`, lr.Lead{}, `attrs: "b": number 1e999 out of range`},
	}
	for _, tt := range tests {
		t.Run(tt.key+"="+tt.text, func(t *testing.T) {
			var l lr.Lead
			err := l.SetField(tt.key, tt.text)
			if tt.err != "" {
				require.Error(t, err)
				assert.Equal(t, lr.Lead{}, l, "the lead is unchanged")
				assert.Contains(t, err.Error(), tt.err)
				var fe *lr.FieldError
				require.ErrorAs(t, err, &fe)
				assert.Equal(t, tt.key, fe.Field)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, l)
		})
	}
}

func TestLeadKey(t *testing.T) {
	for in, want := range map[string]string{
		"postal_code": "postal_code", "PostalCode": "postal_code", "zip": "postal_code", "Created Date": "created_at",
		"annual-revenue": "revenue", "ID": "id", "Attrs": "attrs", "plan": "", "attrs.plan": "",
	} {
		assert.Equal(t, want, lr.LeadKey(in), in)
	}
}

func TestDecisionJSON(t *testing.T) {
	at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		d    lr.Decision
		want string
	}{
		{"assigned", lr.Decision{LeadID: "L1", RepID: "dan", Rule: "na", Reason: "round-robin", At: at},
			`{"lead_id":"L1","rep":"dan","rule":"na","reason":"round-robin","at":"2026-03-02T10:00:00Z"}`},
		{"fallback", lr.Decision{LeadID: "L2", Queue: "triage", Reason: "no rule decided", At: at},
			`{"lead_id":"L2","queue":"triage","rule":"","reason":"no rule decided","at":"2026-03-02T10:00:00Z"}`},
		{"replay with problems", lr.Decision{LeadID: "L3", Queue: "q", Rule: "r", Reason: "replay: queued earlier", Replay: true, DryRun: true, At: at, Problems: []string{`Country "Atlantis": unknown country`}},
			`{"lead_id":"L3","queue":"q","rule":"r","reason":"replay: queued earlier","replay":true,"at":"2026-03-02T10:00:00Z","dry_run":true,"problems":["Country \"Atlantis\": unknown country"]}`},
		{"error", lr.Decision{LeadID: "L4", Queue: "triage", Rule: "emea", Reason: "error: boom", At: at, Err: errors.New("boom")},
			`{"lead_id":"L4","queue":"triage","rule":"emea","reason":"error: boom","at":"2026-03-02T10:00:00Z","error":"boom"}`},
		{"trace", lr.Decision{LeadID: "L5", RepID: "eve", Rule: "na", Reason: "x", At: at, Trace: []lr.Step{
			{Event: lr.EventMatched, Rule: "na"}, {Event: lr.EventRepSkipped, Rule: "na", Rep: "dan", Skip: lr.SkipAway}, {Event: lr.EventPicked, Rule: "na", Rep: "eve", Reason: "x"}}},
			`{"lead_id":"L5","rep":"eve","rule":"na","reason":"x","at":"2026-03-02T10:00:00Z","trace":[{"event":"matched","rule":"na"},{"event":"rep-skipped","rule":"na","rep":"dan","skip":"away"},{"event":"picked","rule":"na","rep":"eve","reason":"x"}]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.d)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(b))
			var got lr.Decision
			require.NoError(t, json.Unmarshal(b, &got))
			if tt.d.Err != nil {
				require.Error(t, got.Err)
				assert.Equal(t, tt.d.Err.Error(), got.Err.Error())
				got.Err, tt.d.Err = nil, nil
			}
			assert.Equal(t, tt.d, got)
		})
	}
}
