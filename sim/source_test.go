package sim_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/sim"
)

func TestReadCSV(t *testing.T) {
	in := "\ufeffLead ID,Email,Country,State,Zip,Employees,Annual_Revenue,Score,Products,created_at,plan,attrs.seats\n" +
		`A1,ana@acme.com,United States,California,94107,"1,200",$2500000.50,87,core;api,2026-03-02 09:30:00,trial,12` + "\n" +
		"\n" +
		"A2,,DE,,,,,,,1772443800,,\n"
	leads, err := sim.Collect(sim.ReadCSV(strings.NewReader(in), "x.csv"))
	if err != nil {
		t.Fatal(err)
	}
	want := []leadroute.Lead{
		{ID: "A1", Email: "ana@acme.com", Country: "United States", State: "California", PostalCode: "94107", Employees: 1200,
			Revenue: 2500000.5, Score: 87, Products: []string{"core", "api"}, CreatedAt: time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC),
			Attrs: map[string]any{"plan": "trial", "seats": 12}},
		{ID: "A2", Country: "DE", CreatedAt: time.Unix(1772443800, 0).UTC()},
	}
	if !reflect.DeepEqual(leads, want) {
		t.Fatalf("got  %+v\nwant %+v", leads, want)
	}
}

func TestReadErrorsNameTheLine(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"a.csv", "id,score\nA,1\nB,lots\n", `a.csv:3: score: "lots": not a whole number`},
		{"a.csv", "id,created_at\nA,yesterday\n", `a.csv:2: created_at: "yesterday": not a time (want RFC 3339, "2006-01-02 15:04:05" or Unix seconds)`},
		{"a.csv", "foo,bar\n1,2\n", `a.csv:1: header names no Lead field (want columns such as id, email, country, employees, created_at)`},
		{"a.csv", "id,country\nA,GB,extra\n", `a.csv:2: 3 values but the header has 2 columns`},
		{"a.csv", "id,country\n\"A,GB\n", `a.csv:2: extraneous or missing " in quoted-field`},
		{"b.jsonl", "{\"id\":\"A\"}\n\n{\"id\":\"B\",\"employees\":true}\n", `b.jsonl:3: employees: want a whole number, got true`},
		{"b.jsonl", "{\"id\":\"A\"}\n[1,2]\n", `b.jsonl:2: not a JSON object: got an array`},
		{"b.jsonl", "{\"products\":[1]}\n", `b.jsonl:1: products: want an array of strings, found a number`},
		{"b.jsonl", "{\"id\":\"A\"}\nnull\n", `b.jsonl:2: not a JSON object: null`},
	} {
		read := sim.ReadCSV
		if strings.HasSuffix(tc.name, ".jsonl") {
			read = sim.ReadJSONL
		}
		_, err := sim.Collect(read(strings.NewReader(tc.in), tc.name))
		var ie *sim.InputError
		if !errors.As(err, &ie) || err.Error() != tc.want {
			t.Errorf("%q: err = %v\n                want %s", tc.in, err, tc.want)
		}
	}
}

func TestReadJSONL(t *testing.T) {
	in := `{"id":"J1","CreatedAt":"2026-03-02T10:00:00+01:00","employees":"250","revenue":1e6,"products":"core|analytics","attrs":{"seats":3,"beta":true},"utm_source":"news"}
{"ID":"J2","created_at":1772443800,"score":40,"postal_code":10115}`
	leads, err := sim.Collect(sim.ReadJSONL(strings.NewReader(in), ""))
	if err != nil {
		t.Fatal(err)
	}
	want := []leadroute.Lead{
		{ID: "J1", Employees: 250, Revenue: 1e6, Products: []string{"core", "analytics"}, CreatedAt: time.Date(2026, 3, 2, 10, 0, 0, 0, time.FixedZone("", 3600)),
			Attrs: map[string]any{"seats": 3, "beta": true, "utm_source": "news"}},
		{ID: "J2", Score: 40, PostalCode: "10115", CreatedAt: time.Unix(1772443800, 0).UTC()},
	}
	if len(leads) != 2 || !leads[0].CreatedAt.Equal(want[0].CreatedAt) {
		t.Fatalf("got %+v", leads)
	}
	leads[0].CreatedAt = want[0].CreatedAt
	if !reflect.DeepEqual(leads, want) {
		t.Fatalf("got  %+v\nwant %+v", leads, want)
	}
}

func TestWriteReadRoundTrip(t *testing.T) {
	leads := sim.Generate(5, 300, sim.GenOptions{})
	leads[0].Attrs = map[string]any{"plan": "pro"}
	dir := t.TempDir()
	for _, ext := range []string{".csv", ".jsonl"} {
		var buf bytes.Buffer
		write := sim.WriteCSV
		if ext == ".jsonl" {
			write = sim.WriteJSONL
		}
		if err := write(&buf, leads); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, "leads"+ext)
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		src := sim.ReadFile(path)
		for range 2 { // ReadFile may be iterated twice
			back, err := sim.Collect(src)
			if err != nil {
				t.Fatal(err)
			}
			if len(back) != len(leads) {
				t.Fatalf("%s: %d leads back", ext, len(back))
			}
			for i := range leads {
				a, b := leads[i], back[i]
				if !a.CreatedAt.Equal(b.CreatedAt) {
					t.Fatalf("%s lead %d: time %v != %v", ext, i, a.CreatedAt, b.CreatedAt)
				}
				b.CreatedAt = a.CreatedAt
				a.Email = strings.TrimSpace(a.Email) // readers trim cells
				if !reflect.DeepEqual(a, b) {
					t.Fatalf("%s lead %d:\n got %+v\nwant %+v", ext, i, b, a)
				}
			}
		}
	}
	if _, err := sim.Collect(sim.ReadFile(filepath.Join(dir, "leads.xml"))); err == nil || !strings.Contains(err.Error(), "unknown lead file type") {
		t.Errorf("err = %v", err)
	}
}

func TestGenerate(t *testing.T) {
	a := sim.Generate(1, 5000, sim.GenOptions{})
	b := sim.Generate(1, 5000, sim.GenOptions{})
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed, different leads")
	}
	if c := sim.Generate(2, 5000, sim.GenOptions{}); reflect.DeepEqual(a, c) {
		t.Fatal("different seeds, same leads")
	}
	start := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	countries := map[string]int{}
	var free, broken, weekend, business int
	ids := map[string]bool{}
	for i, l := range a {
		if i > 0 && l.CreatedAt.Before(a[i-1].CreatedAt) {
			t.Fatal("not sorted by CreatedAt")
		}
		if l.CreatedAt.Before(start) || !l.CreatedAt.Before(start.Add(28*24*time.Hour)) {
			t.Fatalf("lead %s at %v outside the span", l.ID, l.CreatedAt)
		}
		if ids[l.ID] {
			t.Fatalf("duplicate ID %s", l.ID)
		}
		ids[l.ID] = true
		countries[l.Country]++
		for _, fm := range []string{"@gmail.com", "@yahoo.com", "@hotmail.com", "@outlook.com", "@icloud.com", "@gmx.de", "@proton.me"} {
			if strings.HasSuffix(l.Email, fm) {
				free++
			}
		}
		cp := l
		if len(cp.Normalize()) > 0 {
			broken++
		}
		if wd := l.CreatedAt.Weekday(); wd == time.Saturday || wd == time.Sunday {
			weekend++
		}
		if h := l.CreatedAt.Hour(); h >= 8 && h < 18 {
			business++
		}
	}
	if a[0].ID != "L00001" || a[4999].ID != "L05000" {
		t.Errorf("IDs %s..%s", a[0].ID, a[4999].ID)
	}
	if countries["US"] < 1500 || countries["GB"] < 300 || len(countries) < 15 {
		t.Errorf("countries %v", countries)
	}
	if free < 400 || free > 800 {
		t.Errorf("%d free-mail leads, want about 12%%", free)
	}
	if broken < 75 || broken > 250 {
		t.Errorf("%d broken leads, want about 3%%", broken)
	}
	if weekend > 700 {
		t.Errorf("%d weekend leads: arrivals should follow business days", weekend)
	}
	none := sim.Generate(1, 2000, sim.GenOptions{FreeMail: -1, Broken: -1, IDPrefix: "X"})
	for _, l := range none {
		cp := l
		if p := cp.Normalize(); len(p) > 0 {
			t.Fatalf("lead %s has problems with Broken < 0: %v", l.ID, p)
		}
		if strings.Contains(l.Email, "gmail") || !strings.HasPrefix(l.ID, "X") {
			t.Fatalf("lead %+v", l)
		}
	}
}
