package config

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/leadroute/leadroute"
)

func mustParse(t *testing.T, src string) *Config {
	t.Helper()
	cfg, err := Parse([]byte(src), YAML)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return cfg
}

func TestSampleLoads(t *testing.T) {
	for _, name := range []string{"testdata/sample.yaml", "testdata/sample.json"} {
		cfg, err := Load(name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		r, err := cfg.Build(leadroute.WithSeed(1))
		if err != nil {
			t.Fatalf("%s: Build: %v", name, err)
		}
		got := strings.Join(r.Rules(), ",")
		if want := "named-accounts,spanish,enterprise-by-region,inbound-hot,regional,nurture"; got != want {
			t.Errorf("%s: rules %s, want %s", name, got, want)
		}
		d, err := r.Route(context.Background(), leadroute.Lead{ID: "1", Email: "jo@acme.com", Country: "US"})
		if err != nil || d.RepID != "hannah" || d.Rule != "named-accounts" {
			t.Errorf("%s: acme lead: %v %v, want hannah by named-accounts", name, d, err)
		}
		d, _ = r.Route(context.Background(), leadroute.Lead{ID: "2", Country: "JP", Industry: "education"})
		if d.Rule != "regional" {
			t.Errorf("%s: JP lead: %v, want rule regional", name, d)
		}
		d, _ = r.Route(context.Background(), leadroute.Lead{ID: "3", Country: "BR", Industry: "education"})
		if d.Queue != "nurture" {
			t.Errorf("%s: BR student: %v, want queue nurture", name, d)
		}
		d, _ = r.Route(context.Background(), leadroute.Lead{ID: "4", Country: "BR"})
		if d.Queue != "sdr-triage" || d.Rule != "" {
			t.Errorf("%s: BR lead: %v, want fallback sdr-triage", name, d)
		}
	}
}

// TestErrors checks the exact message of each kind of error, and that all
// are reported at once.
func TestErrors(t *testing.T) {
	src := `reps:
  - id: alice
    time_zone: Europe/Madird
    hours: "Mon-Fry 09:00-17:00"
    weight: heavy
    away: yes
  - id: bob
    backup: alcie
  - id: alice
  - name: nobody
pools:
  emea: [alice, carol, alice]
  empty: []
territories:
  eu: {countries: [FR]}
rules:
  - name: r1
    pool: emea
  - name: r1
    match:
      countri: US
      employees: {min: 10, max: 5}
    pool: emae
    strategy: round_robbin
  - name: r3
    pool: [bob]
    strategy: {type: queue}
  - name: r4
    when: 'Scroe > 50'
    pool: bob
  - name: r5
    territories: {ue: emea}
  - pool: bob
  - name: r7
`
	_, err := Parse([]byte(src), YAML)
	var errs *Errors
	if !errors.As(err, &errs) {
		t.Fatalf("want *Errors, got %T %v", err, err)
	}
	if !errors.Is(err, leadroute.ErrInvalidConfig) {
		t.Error("error does not wrap ErrInvalidConfig")
	}
	want := []string{
		`line 3: reps[0].time_zone: unknown time zone "Europe/Madird" (want an IANA name such as "Europe/Madrid")`,
		`line 4: reps[0].hours: hours "Mon-Fry 09:00-17:00": unknown day "Fry" (want Sun, Mon, Tue, Wed, Thu, Fri or Sat)`,
		`line 5: reps[0].weight: want an integer, got "heavy"`,
		`line 6: reps[0].away: want true or false, got "yes"`,
		`line 8: reps[1].backup: unknown rep "alcie" (did you mean "alice"?)`,
		`line 9: reps[2].id: duplicate rep ID "alice" (also reps[0])`,
		`line 10: reps[3].id: required`,
		`line 12: pools.emea[1]: unknown rep "carol"`,
		`line 12: pools.emea[2]: rep "alice" listed twice`,
		`line 13: pools.empty: empty pool`,
		`line 19: rules[1].name: duplicate rule name "r1" (also rules[0])`,
		`line 21: rules[1].match.countri: unknown field (did you mean "country"?)`,
		`line 22: rules[1].match.employees: min 10 is not below max 5 (max is exclusive)`,
		`line 23: rules[1].pool: unknown pool "emae" (did you mean "emea"?)`,
		`line 24: rules[1].strategy: unknown strategy "round_robbin" (did you mean "round_robin"?)`,
		`line 27: rules[2].strategy.queue: required: the queue name`,
		`line 29: rules[3].when: line 1, column 1: unknown name Scroe`,
		`line 32: rules[4].territories.ue: unknown territory "ue" (did you mean "eu"?)`,
		`line 33: rules[5].name: required`,
		`line 34: rules[6].pool: required: a pool name, a list of reps, or territories (only a queue or account_owner strategy can do without)`,
	}
	var got []string
	for _, e := range errs.List {
		got = append(got, e.Error())
	}
	for i := range max(len(got), len(want)) {
		g, w := "", ""
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if !strings.HasPrefix(g, w) || w == "" {
			t.Errorf("error %d:\n got %s\nwant %s", i, g, w)
		}
	}
}

func TestErrorPositionsAndFile(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "rules.yaml")
	os.WriteFile(name, []byte("reps:\n  - id: a\nrules:\n  - name: x\n    pool: [a]\n    match:\n      countri: US\n"), 0o644)
	_, err := Load(name)
	var errs *Errors
	if !errors.As(err, &errs) || len(errs.List) != 1 {
		t.Fatalf("got %v", err)
	}
	e := errs.List[0]
	if e.Line != 7 || e.Column != 7 || e.Path != "rules[0].match.countri" || e.File != name {
		t.Errorf("got %+v", e)
	}
	if want := name + `:7: rules[0].match.countri: unknown field (did you mean "country"?)`; err.Error() != want {
		t.Errorf("got %q\nwant %q", err.Error(), want)
	}
}

func TestJSONErrors(t *testing.T) {
	src := `{
  "reps": [{"id": "a", "weight": "x"}],
  "rules": [
    {"name": "r", "pool": ["a"], "match": {"countri": "US"}}
  ]
}`
	_, err := Parse([]byte(src), JSON)
	want := "line 2: reps[0].weight: want an integer, got \"x\"\n" +
		"line 4: rules[0].match.countri: unknown field (did you mean \"country\"?)"
	if err == nil || err.Error() != want {
		t.Errorf("got:\n%v\nwant:\n%s", err, want)
	}
	var errs *Errors
	errors.As(err, &errs)
	if c := errs.List[1].Column; c != 44 {
		t.Errorf("column %d, want 44", c)
	}
	for _, bad := range []string{`{"reps": [}`, `{"a":1} {}`, `[1]`, ``, `{"reps": [{"id": "a", "id": "b"}]}`} {
		if _, err := Parse([]byte(bad), JSON); err == nil || !errors.Is(err, leadroute.ErrInvalidConfig) {
			t.Errorf("%q: got %v", bad, err)
		}
	}
}

func TestHostile(t *testing.T) {
	// Billion laughs: each level doubles the expansion.
	var b strings.Builder
	b.WriteString("x-a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 30; i++ {
		b.WriteString("x-a" + itoa(i) + ": &a" + itoa(i) + " [*a" + itoa(i-1) + ", *a" + itoa(i-1) + ", *a" + itoa(i-1) + "]\n")
	}
	b.WriteString("reps:\n  - id: x\n    skills: *a29\npools: {p: *a29}\n")
	_, err := Parse([]byte(b.String()), YAML)
	if err == nil || !strings.Contains(err.Error(), "") {
		t.Fatal("alias bomb accepted")
	}
	big := make([]byte, MaxFileSize+1)
	if _, err := Parse(big, YAML); err == nil || !strings.Contains(err.Error(), "file larger than") {
		t.Errorf("big file: %v", err)
	}
	deep := strings.Repeat("[", 10000) + strings.Repeat("]", 10000)
	if _, err := Parse([]byte(`{"reps": `+deep+`}`), JSON); err == nil || !strings.Contains(err.Error(), "nested more than 64 levels") {
		t.Errorf("deep JSON: %v", err)
	}
	if _, err := Parse([]byte("reps: "+deep), YAML); err == nil {
		t.Errorf("deep YAML accepted")
	}
	expr := "reps: [{id: a}]\nrules:\n  - {name: r, pool: [a], when: '" + strings.Repeat("(", 40) + "true" + strings.Repeat(")", 40) + "'}\n"
	if _, err := Parse([]byte(expr), YAML); err == nil || !strings.Contains(err.Error(), "expression nests 40 levels deep; the limit is 32") {
		t.Errorf("deep expression: %v", err)
	}
	var amp strings.Builder
	amp.WriteString("reps:\n")
	for i := range 2000 {
		fmt.Fprintf(&amp, "  - {id: r%d, team: t}\n", i)
	}
	amp.WriteString("rules:\n")
	for i := range 1000 {
		fmt.Fprintf(&amp, "  - {name: n%d, pool: t}\n", i)
	}
	if _, err := Parse([]byte(amp.String()), YAML); err == nil || !strings.Contains(err.Error(), "the rules' pools hold more than 1048576 reps in all") {
		t.Errorf("pool amplification: %v", err)
	}
	many := "rules:\n" + strings.Repeat("  - {name: r, pool: nope}\n", 500)
	_, err = Parse([]byte(many), YAML)
	var errs *Errors
	if !errors.As(err, &errs) || len(errs.List) > maxErrors+1 {
		t.Errorf("too many errors: %d", len(errs.List))
	}
}

func itoa(i int) string {
	return strings.TrimSpace(strings.Repeat(" ", 0) + string(rune('0'+i/10)) + string(rune('0'+i%10)))
}

func TestMergeKeysAndShorthands(t *testing.T) {
	cfg := mustParse(t, `
x-base: &base {team: na, time_zone: America/New_York, hours: "Mon-Fri 09:00-17:00"}
reps:
  - {<<: *base, id: a, weight: 2}
  - {<<: *base, id: b}
rules:
  - name: na
    match: {country: US, score: {min: 10, max: 20}}
    pool: na
`)
	reps := cfg.Reps()
	if reps[0].Team != "na" || reps[1].TimeZone != "America/New_York" || reps[0].Weight != 2 || len(reps[1].Hours) != 5 {
		t.Errorf("merge keys: %+v", reps)
	}
	r, _ := cfg.Build()
	for score, want := range map[int]string{9: "", 10: "na", 19: "na", 20: ""} {
		d, _ := r.Explain(context.Background(), leadroute.Lead{Country: "US", Score: score})
		if d.Rule != want {
			t.Errorf("score %d: rule %q, want %q", score, d.Rule, want)
		}
	}
}
