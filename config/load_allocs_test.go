package config

import (
	"testing"
)

// TestLoadAllocs bounds the allocations of parsing the 500-rule file of
// BenchmarkLoad500 (issue 12): about 75 a rule, where going through
// yaml.v3's parser, copying fields and building each repeated matcher
// again took 200 (157 with yaml.v3 and everything else as now). A bound of 120 a rule fails if the YAML fast path stops
// taking such a file, or if a per-rule cost of that size comes back.
func TestLoadAllocs(t *testing.T) {
	if testing.Short() {
		t.Skip("parses a 500-rule file several times")
	}
	if raceBuild {
		t.Skip("the race detector's sync.Pool drops items: allocation counts mean little")
	}
	data := []byte(rules500())
	allocs := testing.AllocsPerRun(3, func() {
		cfg, err := Parse(data, YAML)
		if err != nil || len(cfg.Rules()) != 500 {
			t.Fatalf("%v", err)
		}
	})
	t.Logf("%.0f allocations, %.1f a rule", allocs, allocs/500)
	if perRule := allocs / 500; perRule > 120 {
		t.Errorf("Parse of 500 rules made %.0f allocations, %.0f a rule; want at most 120 a rule", allocs, perRule)
	}
}
