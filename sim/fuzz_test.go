package sim_test

import (
	"bytes"
	"testing"

	"github.com/leadroute/leadroute/sim"
)

// checkSource reads src to the end: it must not panic, must stop at the
// first error, and every error must be an *InputError naming a line of
// the named file.
func checkSource(t *testing.T, src sim.Source, in []byte) {
	t.Helper()
	var failed error
	for _, err := range src {
		if failed != nil {
			t.Fatalf("%q: the source went on after the error %v", in, failed)
		}
		if err == nil {
			continue
		}
		failed = err
		ie, ok := err.(*sim.InputError)
		if !ok {
			t.Fatalf("%q: error %T %v is not an *InputError", in, err, err)
		}
		if ie.Line <= 0 || ie.File != "f" || ie.Err == nil {
			t.Fatalf("%q: error %+v does not name a line of the file", in, ie)
		}
		_ = ie.Error()
	}
}

// stopEarly checks that a consumer may stop after the first value.
func stopEarly(src sim.Source) {
	for range src {
		break
	}
}

// FuzzReadCSV: ReadCSV never panics or hangs, and reports every problem as
// an *InputError naming a line.
func FuzzReadCSV(f *testing.F) {
	for _, s := range []string{
		"\ufeffLead ID,Email,Country,State,Zip,Employees,Annual_Revenue,Score,Products,created_at,plan,attrs.seats\n" +
			`A1,ana@acme.com,United States,California,94107,"1,200",$2500000.50,87,core;api,2026-03-02 09:30:00,trial,12` + "\n" +
			"\n" +
			"A2,,DE,,,,,,,1772443800,,\n",
		"id,score\nA,1\nB,lots\n",
		"id,created_at\nA,yesterday\n",
		"foo,bar\n1,2\n",
		"id,country\nA,GB,extra\n",
		"id,country\n\"A,GB\n",
		"id,attrs,revenue,employees\nA,\"{\"\"seats\"\":3,\"\"beta\"\":true}\",1e6,2.0\nB,[1],,\n",
		"id,created_at,email,country,employees\nL1,2026-03-02T09:00:00Z,ann@acme.co.uk,GB,10\nL2,2026-03-02T09:05:00Z,bert@firma.de,DE,20\n",
		"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		checkSource(t, sim.ReadCSV(bytes.NewReader(in), "f"), in)
		stopEarly(sim.ReadCSV(bytes.NewReader(in), "f"))
	})
}

// FuzzReadJSONL: ReadJSONL never panics or hangs, and reports every
// problem as an *InputError naming a line.
func FuzzReadJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id":"J1","CreatedAt":"2026-03-02T10:00:00+01:00","employees":"250","revenue":1e6,"products":"core|analytics","attrs":{"seats":3,"beta":true},"utm_source":"news"}
{"ID":"J2","created_at":1772443800,"score":40,"postal_code":10115}`,
		"{\"id\":\"A\"}\n\n{\"id\":\"B\",\"employees\":true}\n",
		"{\"id\":\"A\"}\n[1,2]\n",
		"{\"products\":[1]}\n",
		"null\n{} {}\n",
		`{"attrs":{"n":[1.5,{"x":9007199254740993}]},"score":"1,000","revenue":"$1_000.5","created_at":"2026-03-02"}`,
		"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		checkSource(t, sim.ReadJSONL(bytes.NewReader(in), "f"), in)
		stopEarly(sim.ReadJSONL(bytes.NewReader(in), "f"))
	})
}
