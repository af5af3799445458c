package config

import (
	"testing"

	"github.com/leadroute/leadroute"
)

// TestSharedMatchers checks that the per-file caches of set matchers and
// expressions give each rule the matcher of its own list or source: lists
// that would join alike without lengths ("x\u0000y" and x, y) are kept
// apart, and a cached expression or list still matches as written. (It
// checks what each rule matches, not that equal lists share one matcher.)
func TestSharedMatchers(t *testing.T) {
	doc := `{"version": 1, "reps": [{"id": "a"}], "rules": [
	 {"name": "r0", "match": {"industry": ["x\u0000y"]}, "pool": ["a"]},
	 {"name": "r1", "match": {"industry": ["x", "y"]}, "pool": ["a"]},
	 {"name": "r2", "match": {"industry": ["x", "y"]}, "when": "Score > 5", "pool": ["a"]},
	 {"name": "r3", "when": "Score > 5", "pool": ["a"]},
	 {"name": "r4", "match": {"country": ["US", "Germany"]}, "pool": ["a"]},
	 {"name": "r5", "match": {"country": ["US", "Germany"], "state": ["US-CA"]}, "pool": ["a"]}
	]}`
	cfg, err := Parse([]byte(doc), JSON)
	if err != nil {
		t.Fatal(err)
	}
	rules := cfg.Rules()
	x := &leadroute.Lead{Industry: "x", Score: 9}
	if rules[0].Match.Match(x) {
		t.Error(`industry ["x\u0000y"] matched industry "x"`)
	}
	if !rules[1].Match.Match(x) || !rules[2].Match.Match(x) || !rules[3].Match.Match(x) {
		t.Error(`industry ["x", "y"] (and Score > 5) did not match industry "x", score 9`)
	}
	if rules[2].Match.Match(&leadroute.Lead{Industry: "x", Score: 1}) {
		t.Error("Score > 5 matched score 1")
	}
	de := &leadroute.Lead{Country: "DE"}
	if !rules[4].Match.Match(de) || rules[5].Match.Match(de) {
		t.Error("country [US, Germany] (and state US-CA) wrong for a German lead")
	}
}
