package config

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/leadroute/leadroute"
)

// writeFile replaces name atomically (write a temporary file, rename it),
// as editors and Kubernetes ConfigMap updates do.
func writeFile(t *testing.T, name, src string) {
	t.Helper()
	tmp := name + ".tmp"
	if err := os.WriteFile(tmp, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, name); err != nil {
		t.Fatal(err)
	}
}

// version returns a rules file whose reps, rule and fallback all carry the
// version tag, so that a decision mixing two versions is detectable.
func version(tag string) string {
	return fmt.Sprintf(`fallback: fallback-%[1]s
reps:
  - {id: %[1]s-1}
  - {id: %[1]s-2}
  - {id: %[1]s-3}
rules:
  - name: rule-%[1]s
    match: {country: US}
    pool: [%[1]s-1, %[1]s-2, %[1]s-3]
`, tag)
}

// TestReloadUnderLoad routes from many goroutines while the file is
// reloaded hundreds of times, and checks that every decision is consistent
// with one version: the rep belongs to the pool of the rule that decided,
// and the fallback queue to the same version.
func TestReloadUnderLoad(t *testing.T) {
	dir := t.TempDir()
	pa, pb := filepath.Join(dir, "a.yaml"), filepath.Join(dir, "b.yaml")
	writeFile(t, pa, version("a"))
	writeFile(t, pb, version("b"))
	bad := filepath.Join(dir, "bad.yaml")
	writeFile(t, bad, "rules: [{name: x, pool: nobody}]\n")
	cfg, err := Load(pa)
	if err != nil {
		t.Fatal(err)
	}
	r, err := cfg.Build()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var routed, seenA, seenB atomic.Int64
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ctx.Err() == nil; i++ {
				country := "US"
				if i%5 == 0 {
					country = "FR"
				}
				d, err := r.Route(context.Background(), leadroute.Lead{ID: fmt.Sprintf("%d-%d", g, i), Country: country})
				if err != nil {
					t.Error(err)
					return
				}
				routed.Add(1)
				switch {
				case d.Rule == "rule-a" && strings.HasPrefix(d.RepID, "a-"):
					seenA.Add(1)
				case d.Rule == "rule-b" && strings.HasPrefix(d.RepID, "b-"):
					seenB.Add(1)
				case d.Rule == "" && (d.Queue == "fallback-a" || d.Queue == "fallback-b") && country == "FR":
				default:
					t.Errorf("torn decision: %+v", d)
					return
				}
			}
		}()
	}
	for i := range 300 {
		p := pa
		if i%2 == 0 {
			p = pb
		}
		if err := Reload(r, p); err != nil {
			t.Fatal(err)
		}
		if i%50 == 0 {
			if err := Reload(r, bad); !errors.Is(err, leadroute.ErrInvalidConfig) {
				t.Fatalf("bad reload: %v", err)
			}
		}
	}
	time.Sleep(10 * time.Millisecond)
	cancel()
	wg.Wait()
	if seenA.Load() == 0 || seenB.Load() == 0 {
		t.Errorf("decisions by version: a %d, b %d (of %d); want both", seenA.Load(), seenB.Load(), routed.Load())
	}
}

func TestReloadKeepsRotationAndOldRulesOnError(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "rules.yaml")
	writeFile(t, p, "reps: [{id: a}, {id: b}, {id: c}]\nrules: [{name: rr, pool: [a, b, c]}]\n")
	cfg, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	r, _ := cfg.Build()
	route := func() string {
		d, err := r.Route(context.Background(), leadroute.Lead{})
		if err != nil {
			t.Fatal(err)
		}
		return d.RepID
	}
	if got := route(); got != "a" {
		t.Fatalf("first pick %s", got)
	}
	// A new rule in front, and a new rep: the rotation of "rr" carries on.
	writeFile(t, p, "reps: [{id: a}, {id: b}, {id: c}, {id: z}]\nrules:\n  - {name: vip, match: {score: {min: 90}}, pool: [z]}\n  - {name: rr, pool: [a, b, c]}\n")
	if err := Reload(r, p); err != nil {
		t.Fatal(err)
	}
	if got := route(); got != "b" {
		t.Errorf("after reload: %s, want b (rotation resumes)", got)
	}
	writeFile(t, p, "rules: [{name: rr, pool: [nobody]}]\n")
	err = Reload(r, p)
	if err == nil || !strings.Contains(err.Error(), `rules[0].pool[0]: unknown rep "nobody"`) {
		t.Fatalf("got %v", err)
	}
	if got := strings.Join(r.Rules(), ","); got != "vip,rr" {
		t.Errorf("rules after a failed reload: %s", got)
	}
	if got := route(); got != "c" {
		t.Errorf("after failed reload: %s, want c", got)
	}
}

func TestWatch(t *testing.T) {
	base := runtime.NumGoroutine()
	dir := t.TempDir()
	p := filepath.Join(dir, "rules.yaml")
	writeFile(t, p, "reps: [{id: a}]\nrules: [{name: one, pool: [a]}]\n")
	cfg, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	r, _ := cfg.Build()
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 10)
	done := make(chan error)
	go func() { done <- Watch(ctx, r, p, 10*time.Millisecond, func(err error) { errc <- err }) }()
	waitFor := func(what string, cond func() bool) {
		t.Helper()
		for deadline := time.Now().Add(5 * time.Second); !cond(); time.Sleep(time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s", what)
			}
		}
	}
	writeFile(t, p, "reps: [{id: a}]\nrules: [{name: two, pool: [a]}]\n")
	waitFor("reload", func() bool { return strings.Join(r.Rules(), ",") == "two" })
	writeFile(t, p, "reps: [{id: a}]\nrules: [{name: three, pool: [b]}]\n")
	select {
	case err := <-errc:
		if !strings.Contains(err.Error(), `rules[0].pool[0]: unknown rep "b"`) {
			t.Errorf("onErr: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no error reported")
	}
	time.Sleep(100 * time.Millisecond)
	if len(errc) != 0 {
		t.Errorf("the same broken file was reported %d more times", len(errc))
	}
	if got := strings.Join(r.Rules(), ","); got != "two" {
		t.Errorf("rules after a broken file: %s", got)
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("Watch returned %v", err)
	}
	waitFor("goroutines to exit", func() bool { return runtime.NumGoroutine() <= base })
}
