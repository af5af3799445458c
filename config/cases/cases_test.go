package cases_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/config/cases"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []cases.Case // compared on Name, Lead, At, Away, Used, Expect
	}{{
		name: "minimal case: default time, ID from the name",
		doc: `
cases:
  - name: one
    lead: {country: US}
    expect: {rep: ann}
`,
		want: []cases.Case{{Name: "one", Lead: leadroute.Lead{ID: "one", Country: "US"}, At: cases.DefaultAt,
			Expect: cases.Expect{Reps: []string{"ann"}}}},
	}, {
		name: "template extended, attrs merged by name, file and case times",
		doc: `
at: 2026-03-02T10:00:00Z
lead: {country: US, score: 10, attrs: {plan: free, seats: 3}}
cases:
  - name: a
    lead: {score: 80, products: [crm, cpq], attrs: {plan: pro}}
    expect: {rep: [ann, bob], rule: hot}
  - name: b
    at: "2026-03-03 09:30"
    lead: {id: L-7, employees: "1,200", revenue: 2.5e6, created_at: 2026-03-01T08:00:00+01:00}
    expect: {queue: triage}
`,
		want: []cases.Case{{
			Name: "a", At: time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC),
			Lead:   leadroute.Lead{ID: "a", Country: "US", Score: 80, Products: []string{"crm", "cpq"}, Attrs: map[string]any{"plan": "pro", "seats": 3}},
			Expect: cases.Expect{Reps: []string{"ann", "bob"}, Rule: "hot"},
		}, {
			Name: "b", At: time.Date(2026, 3, 3, 9, 30, 0, 0, time.UTC),
			Lead: leadroute.Lead{ID: "L-7", Country: "US", Score: 10, Employees: 1200, Revenue: 2.5e6,
				CreatedAt: time.Date(2026, 3, 1, 7, 0, 0, 0, time.UTC), Attrs: map[string]any{"plan": "free", "seats": 3}},
			Expect: cases.Expect{Queue: "triage"},
		}},
	}, {
		name: "setup: away, used; not_rep as one name",
		doc: `
cases:
  - name: full
    away: ann
    used: {bob: {today: 3, week: 10}, cy: {open: 2}}
    expect: {not_rep: bob}
`,
		want: []cases.Case{{Name: "full", Lead: leadroute.Lead{ID: "full"}, At: cases.DefaultAt, Away: []string{"ann"},
			Used:   []cases.Used{{Rep: "bob", Today: 3, Week: 10}, {Rep: "cy", Open: 2}},
			Expect: cases.Expect{NotReps: []string{"bob"}}}},
	}, {
		name: "anchors, merge keys and x- keys",
		doc: `
x-eu: &eu {country: DE, language: de}
cases:
  - name: de
    lead: {<<: *eu, city: Berlin}
    expect: {rule: emea}
`,
		want: []cases.Case{{Name: "de", Lead: leadroute.Lead{ID: "de", Country: "DE", Language: "de", City: "Berlin"}, At: cases.DefaultAt,
			Expect: cases.Expect{Rule: "emea"}}},
	}, {
		name: "postal codes stay text; JSON is YAML",
		doc:  `{"cases": [{"name": "zip", "lead": {"postal_code": 02139}, "expect": {"queue": "q"}}]}`,
		want: []cases.Case{{Name: "zip", Lead: leadroute.Lead{ID: "zip", PostalCode: "02139"}, At: cases.DefaultAt, Expect: cases.Expect{Queue: "q"}}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := cases.Parse([]byte(tt.doc), "c.yaml")
			require.NoError(t, err)
			require.Len(t, f.Cases, len(tt.want))
			for i, w := range tt.want {
				g := f.Cases[i]
				assert.Equal(t, w.Name, g.Name)
				assert.True(t, w.Lead.CreatedAt.Equal(g.Lead.CreatedAt), "created_at %v, want %v", g.Lead.CreatedAt, w.Lead.CreatedAt)
				w.Lead.CreatedAt, g.Lead.CreatedAt = time.Time{}, time.Time{}
				assert.Equal(t, w.Lead, g.Lead)
				assert.True(t, w.At.Equal(g.At), "at %v, want %v", g.At, w.At)
				assert.Equal(t, w.Away, g.Away)
				assert.Equal(t, w.Used, g.Used)
				assert.Equal(t, w.Expect, g.Expect)
				assert.Positive(t, g.Line)
				assert.Positive(t, g.Column)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []string // each an error line, in order
	}{
		{"not a mapping", "- a\n- b\n", []string{"c.yaml:1:1: a cases file must be a mapping with keys at, lead, accounts, cases, got a list"}},
		{"empty", "", []string{"c.yaml:1: empty document"}},
		{"no cases", "at: 2026-01-01\n", []string{"c.yaml:1:1: cases: required: the list of cases"}},
		{"empty cases", "cases: []\n", []string{"c.yaml:1:8: cases: no cases"}},
		{"unknown top key", "case:\n  - name: a\n", []string{
			`c.yaml:1:1: case: unknown field (did you mean "cases"?)`,
			"c.yaml:1:1: cases: required",
		}},
		{"unknown case key with suggestion", `
cases:
  - name: a
    expcet: {rep: ann}
`, []string{
			"c.yaml:3:5: cases[0].expect: required",
			`c.yaml:4:5: cases[0].expcet: unknown field (did you mean "expect"?)`,
		}},
		{"unknown lead field with suggestion", `
cases:
  - name: a
    lead: {contry: US, employes: 5}
    expect: {rep: ann}
`, []string{
			`c.yaml:4:12: cases[0].lead.contry: unknown field (did you mean "country"?)`,
			`c.yaml:4:24: cases[0].lead.employes: unknown field (did you mean "employees"?)`,
		}},
		{"bad lead values", `
lead: {score: high}
cases:
  - name: a
    lead: {employees: [1], created_at: yesterday, products: [{a: 1}]}
    expect: {rep: ann}
`, []string{
			`c.yaml:2:15: lead.score: "high": not a whole number`,
			`c.yaml:5:23: cases[0].lead.employees: want a value, got a list`,
			`c.yaml:5:40: cases[0].lead.created_at: "yesterday": not a time`,
			`c.yaml:5:62: cases[0].lead.products[0]: want a string, got a mapping`,
		}},
		{"bad setup", `
cases:
  - name: a
    at: noon
    away: []
    used: {ann: {today: -1, weekly: 2}, bob: 3, cy: {}}
    expect: {rep: ann}
`, []string{
			`c.yaml:4:9: cases[0].at: want a time such as 2026-11-25T15:00:00Z`,
			"c.yaml:5:11: cases[0].away: empty list",
			"c.yaml:6:25: cases[0].used.ann.today: want a whole number from 0 to 2147483647, got -1",
			`c.yaml:6:29: cases[0].used.ann.weekly: unknown field (did you mean "week"?)`,
			"c.yaml:6:46: cases[0].used.bob: want a mapping, got \"3\"",
			"c.yaml:6:53: cases[0].used.cy: want counts: today, week and/or open",
		}},
		{"bad expectations", `
cases:
  - name: nothing
    expect: {}
  - name: both
    expect: {rep: ann, queue: q}
  - name: empty rep
    expect: {rep: "", rule: [r]}
  - expect: {rep: ann}
  - name: nothing
    expect: {queue: q}
`, []string{
			"c.yaml:4:13: cases[0].expect: expects nothing: give rep, not_rep, queue or rule",
			"c.yaml:6:14: cases[1].expect.rep: a lead goes to a rep or to a queue: give rep or queue, not both",
			"c.yaml:8:19: cases[2].expect.rep: must not be empty",
			`c.yaml:8:29: cases[2].expect.rule: want a string, got a list`,
			"c.yaml:9:5: cases[3].name: required",
			`c.yaml:10:5: cases[4].name: duplicate case name "nothing"`,
		}},
		{"yaml syntax", "cases: [\n", []string{"c.yaml:1: yaml: did not find expected node content"}},
		{"not UTF-8", "cases:\n  - name: caf\xe9\n", []string{"c.yaml:2:14: invalid UTF-8 (byte 0xE9)"}},
		{"alias bomb", aliasBomb(), []string{"document too large: more than 262144 values after expanding aliases"}},
		{"huge template", hugeTemplate(), []string{"c.yaml:6:7: lead: lead template too large: its attrs take more than 65536 bytes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := cases.Parse([]byte(tt.doc), "c.yaml")
			require.Error(t, err)
			assert.Nil(t, f)
			assert.ErrorIs(t, err, leadroute.ErrInvalidConfig)
			var errs *cases.Errors
			require.ErrorAs(t, err, &errs)
			lines := strings.Split(err.Error(), "\n")
			require.Len(t, lines, len(tt.want), "errors:\n%v", err)
			for i, w := range tt.want {
				assert.Contains(t, lines[i], w)
			}
		})
	}
}

// aliasBomb is a "billion laughs" document: a few lines that expand to
// 9^9 values.
func aliasBomb() string {
	var b strings.Builder
	b.WriteString("x-a: &a [x, x, x, x, x, x, x, x, x]\n")
	prev := "a"
	for _, n := range []string{"b", "c", "d", "e", "f", "g", "h", "i"} {
		b.WriteString("x-" + n + ": &" + n + " [")
		for i := range 9 {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString("*" + prev)
		}
		b.WriteString("]\n")
		prev = n
	}
	b.WriteString("cases:\n  - name: bomb\n    lead: {attrs: {x: *i}}\n    expect: {rep: a}\n")
	return b.String()
}

// hugeTemplate is a lead template whose attributes expand to 9^5
// values: within the value budget, but every case would copy them.
func hugeTemplate() string {
	var b strings.Builder
	b.WriteString("x-a: &a [x, x, x, x, x, x, x, x, x]\n")
	prev := "a"
	for _, n := range []string{"b", "c", "d", "e"} {
		b.WriteString("x-" + n + ": &" + n + " [" + strings.TrimSuffix(strings.Repeat("*"+prev+", ", 9), ", ") + "]\n")
		prev = n
	}
	b.WriteString("lead: {attrs: {x: *e}}\ncases:\n  - name: a\n    expect: {rep: a}\n")
	return b.String()
}

func TestParseLimits(t *testing.T) {
	big := make([]byte, cases.MaxFileSize+1)
	_, err := cases.Parse(big, "big.yaml")
	assert.ErrorContains(t, err, "big.yaml: file larger than 2097152 bytes")

	heavy := "cases: [" + strings.Repeat("0,", 140000) + "]\n"
	_, err = cases.Parse([]byte(heavy), "heavy.yaml")
	assert.ErrorContains(t, err, "heavy.yaml:1: document too large: more than 131072 values by this line")
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "cases.yaml")
	require.NoError(t, os.WriteFile(path, []byte("cases:\n  - name: a\n    expect: {rep: ann}\n"), 0o644))
	f, err := cases.Load(path)
	require.NoError(t, err)
	assert.Equal(t, path, f.Name)
	assert.Equal(t, path+":2:5", f.Cases[0].Where(f.Name))

	_, err = cases.Load(filepath.Join(dir, "missing.yaml"))
	assert.True(t, errors.Is(err, os.ErrNotExist), "%v", err)
	_, err = cases.Load(dir)
	assert.ErrorContains(t, err, "not a regular file")
}
