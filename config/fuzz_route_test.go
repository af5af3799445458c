package config_test

import (
	"context"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/config"
)

// FuzzRouteLeadJSON routes whole leads, decoded from fuzzed JSON as the
// CLI and the webhook example decode them, through rules files with
// expressions over the lead's collections and strings (the sample rules
// and testdata/hostile-exprs.yaml.txt). Every Route must name exactly one
// rep or queue, and no expression may hit its run-time limits: the lead
// limits at the edge and the static cost bound at load keep every
// evaluation within budget.
func FuzzRouteLeadJSON(f *testing.F) {
	var routers []*leadroute.Router
	for _, name := range []string{"testdata/sample.yaml", "testdata/hostile-exprs.yaml.txt"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		cfg, err := config.Parse(data, config.YAML)
		if err != nil {
			f.Fatalf("%s: %v", name, err)
		}
		r, err := cfg.Build(leadroute.WithSeed(1))
		if err != nil {
			f.Fatalf("%s: %v", name, err)
		}
		routers = append(routers, r)
	}
	for _, seed := range []string{
		`{"id":"L1","email":"jo@acme.com","country":"USA","products":["enterprise","enterprise"]}`,
		`{"id":"L2","company":"ACME Inc","attrs":{"vip":"ACME Inc"},"score":90,"source":"web"}`,
		`{"id":"L3","company":"` + strings.Repeat("a", 5000) + `","products":["` + strings.Repeat(`x","`, 300) + `y"]}`,
		`{"id":"L4","country":"Narnia","employees":-3,"revenue":1e309}`,
		`{"custom":{"deep":[[[[[[["x"]]]]]]]},"tags":["a","b"]}`,
	} {
		f.Add([]byte(seed))
	}
	n := 0
	f.Fuzz(func(t *testing.T, data []byte) {
		var l leadroute.Lead
		if err := l.UnmarshalJSON(data); err != nil {
			return // a located decoding error: not a lead
		}
		// A fresh ID every time: a repeated one replays and runs no rule.
		n++
		l.ID = "fuzz-" + strconv.Itoa(n)
		for _, r := range routers {
			d, err := r.Route(context.Background(), l)
			if err != nil {
				t.Fatalf("Route(%s): %v", data, err)
			}
			if (d.RepID == "") == (d.Queue == "") {
				t.Fatalf("Route(%s): decision %v names no single rep or queue", data, d)
			}
			for _, p := range d.Problems {
				if strings.Contains(p, "limit") || strings.Contains(p, "budget") {
					t.Fatalf("Route(%s): an expression hit a run-time limit: %s", data, p)
				}
			}
		}
	})
}
