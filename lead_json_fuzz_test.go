package leadroute_test

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	lr "github.com/leadroute/leadroute"
)

// FuzzLeadUnmarshalJSON: decoding any input either fails or gives a lead
// that
//   - is at most three times as large as the input (an invalid UTF-8 byte
//     reads as U+FFFD, three bytes): decoding costs O(input), and the input
//     is bounded by MaxLeadJSONLen,
//   - marshals to its canonical form, which reads back to the same lead and
//     marshals to the same bytes,
//   - normalises to within every MaxLead* limit.
func FuzzLeadUnmarshalJSON(f *testing.F) {
	for _, s := range []string{
		`{}`, `null`, `[]`, `"x"`, `{"id":"L1","email":"jo@acme.com","country":"USA"}`,
		`{"id":1,"postal_code":10115,"employees":"1,250","revenue":"$2.5e6","score":7.0}`,
		`{"products":"a;b|c,d","created_at":1772445600,"zip":"  9 "}`,
		`{"products":["a",""],"created_at":"2026-03-02T10:00:00+02:00"}`,
		`{"CreatedAt":"2026-03-02 10:00","Attrs":{"n":2.0,"x":[1,{"y":null}]},"attrs.tier":"gold"}`,
		`{"attrs":{"a":-0.0,"b":1e20,"c":9.007199254740994e15,"d":12345678901234567890}}`,
		`{"created_at":"0001-01-01T00:00:00+00:00"}`, `{"revenue":-0}`, `{"employees":1e3}`,
		`{"id":"a","ID":"b","plan":"x","attrs":{"plan":"y"}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var l lr.Lead
		if err := json.Unmarshal(data, &l); err != nil {
			return
		}
		// Invalid UTF-8 reads as U+FFFD, three bytes for one.
		if n, limit := leadSize(reflect.ValueOf(l)), 3*len(data)+8; n > limit {
			t.Fatalf("a lead of size %d from %d bytes of JSON", n, len(data))
		}
		b, err := json.Marshal(l)
		if err != nil {
			t.Fatalf("decoded lead %+v does not marshal: %v", l, err)
		}
		var again lr.Lead
		if err := json.Unmarshal(b, &again); err != nil {
			t.Fatalf("canonical form %s does not read back: %v", b, err)
		}
		if !reflect.DeepEqual(l, again) {
			t.Fatalf("round trip through %s:\n got %#v\nwant %#v", b, again, l)
		}
		if b2, err := json.Marshal(again); err != nil || !bytes.Equal(b, b2) {
			t.Fatalf("marshal is not stable: %s then %s (%v)", b, b2, err)
		}
		l.Normalize()
		checkLeadLimits(t, l) // lead_limits_test.go
		for k, v := range l.Attrs {
			if n := leadSize(reflect.ValueOf(v)); n > lr.MaxLeadAttrSize {
				t.Fatalf("normalised Attrs[%q] of size %d, limit %d", k, n, lr.MaxLeadAttrSize)
			}
		}
	})
}

// leadSize measures a decoded lead as the JSON it came from must at least
// have been: a string by its bytes, a scalar as 1, a list or map as 1 plus
// what it holds (a map's keys included).
func leadSize(v reflect.Value) int {
	switch v.Kind() {
	case reflect.String:
		return v.Len()
	case reflect.Slice:
		n := 1
		for i := range v.Len() {
			n += leadSize(v.Index(i))
		}
		return n
	case reflect.Map:
		n := 1
		for it := v.MapRange(); it.Next(); {
			n += leadSize(it.Key()) + leadSize(it.Value())
		}
		return n
	case reflect.Interface:
		if v.IsNil() {
			return 1
		}
		return leadSize(v.Elem())
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[lr.Lead]() {
			n := 0
			for i := range v.NumField() {
				if !v.Field(i).IsZero() {
					n += leadSize(v.Field(i))
				}
			}
			return n
		}
	}
	return 1
}
