package config

import (
	"os"
	"path/filepath"
	"testing"
)

func addSeeds(f *testing.F, pattern string) {
	files, _ := filepath.Glob(filepath.Join("testdata", pattern))
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

// FuzzLoadYAML checks that no YAML input makes the loader panic or hang,
// and that a document that loads also builds a router and lints.
func FuzzLoadYAML(f *testing.F) {
	addSeeds(f, "*.yaml")
	f.Add([]byte("a: &a [*a, *a]\nb: &b [*a, *a]\nreps: [*b, *b, *b]"))
	f.Add([]byte("rules:\n- name: x\n  when: '((((1))))'\n  pool: [a]\nreps: [{id: a}]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzOne(t, data, YAML)
		checkMarksBound(t, data)
	})
}

// FuzzLoadJSON is FuzzLoadYAML for JSON.
func FuzzLoadJSON(f *testing.F) {
	addSeeds(f, "*.json")
	f.Add([]byte(`{"reps":[{"id":"a"}],"rules":[{"name":"r","pool":["a"]}]}`))
	f.Add([]byte(`{"reps":[[[[[[[[[[]]]]]]]]]]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzOne(t, data, JSON)
	})
}

func fuzzOne(t *testing.T, data []byte, format Format) {
	cfg, err := Parse(data, format)
	if err != nil {
		if cfg != nil {
			t.Fatal("config and error both returned")
		}
		_ = err.Error()
		return
	}
	if _, err := cfg.Build(); err != nil {
		t.Fatalf("Parse accepted a config that Build rejects: %v", err)
	}
	_ = Lint(cfg)
}
