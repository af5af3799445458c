package redisstore

import (
	"fmt"
	"testing"

	"github.com/leadroute/leadroute/store"
	"github.com/redis/go-redis/v9"
)

func TestCounterKeysUnambiguous(t *testing.T) {
	s := &Store{prefix: "{ns}"}
	// Pairs that a naive "kind:scope:member:window" join would confuse.
	counters := []store.Counter{
		{Kind: "a:b", Scope: "c"},
		{Kind: "a", Scope: "b:c"},
		{Kind: "a", Member: "1"},
		{Kind: "a1"},
		{Kind: "a", Window: 1},
		{Kind: "a", Scope: "", Member: "", Window: 11},
		{Kind: "a", Member: "1", Window: 1},
		{Kind: "1:a"},
		{Kind: "", Scope: "1:a"},
		{Kind: "a", Window: -1},
	}
	seen := map[string]store.Counter{}
	for _, c := range counters {
		k := string(s.counterKey(nil, c))
		if prev, ok := seen[k]; ok {
			t.Errorf("%+v and %+v share the key %q", prev, c, k)
		}
		seen[k] = c
	}
	if got, want := string(s.counterKey(nil, store.Counter{Kind: "daily", Member: "ann", Window: 20123})), "{ns}c5:daily0:3:ann20123"; got != want {
		t.Errorf("counter key %q, want %q (the package doc quotes it)", got, want)
	}
}

func TestParseRecord(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // fmt of the Record, or "error"
	}{
		{"0:m2:us3:ann", "{us ann  0 [] 0}"},
		{"3:q0:6:triage", "{  triage 3 [] 0}"},
		{"1:m1:r3:b:c1:a3:{x}", "{r b:c  1 [a {x}] 0}"},
		{"0:m0:0:", "{   0 [] 0}"},
		{"2/5:m1:r1:a", "{r a  2 [] 5}"},
		{"0/1:m1:r1:a", "error"},
		{"0/x:m1:r1:a", "error"},
		{"0/99999:m1:r1:a", "error"},
		{"", "error"},
		{"x:m1:r1:a", "error"},
		{"0:z1:r1:a", "error"},
		{"0:m1:r", "error"},
		{"0:m5:r1:a", "error"},
		{"0:m1:r", "error"},
		{"0:m-1:r1:a", "error"},
		{"4294967296:m1:r1:a", "error"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			r, err := parseRecord(tc.in)
			got := "error"
			if err == nil {
				got = fmt.Sprint(r)
			}
			if got != tc.want {
				t.Errorf("parseRecord(%q) = %s (%v), want %s", tc.in, got, err, tc.want)
			}
		})
	}
}

func TestNewRejects(t *testing.T) {
	rdb := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1"}) // New does not connect
	defer rdb.Close()
	for _, ns := range []string{"", "{a", "a}", "{}"} {
		if _, err := New(rdb, Options{Namespace: ns}); err == nil {
			t.Errorf("New(rdb, %q) accepted", ns)
		}
	}
	if _, err := New(nil, Options{Namespace: "ns"}); err == nil {
		t.Error("New(nil, ...) accepted")
	}
	if _, err := New(rdb, Options{Namespace: "ns"}); err != nil {
		t.Errorf("New: %v", err)
	}
}
