package text

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHostOf(t *testing.T) {
	for in, want := range map[string]string{
		"https://www.Acme.com/about?x=1": "www.Acme.com",
		"acme.com":                       "acme.com",
		" http://user@acme.com:8080/ ":   "acme.com",
		"acme.com#frag":                  "acme.com",
		"":                               "",
	} {
		assert.Equal(t, want, HostOf(in), in)
	}
}

func TestLookupFold(t *testing.T) {
	m := map[string]int{"saas": 1, "école": 2}
	for in, want := range map[string]int{"SaaS": 1, " saas ": 1, "École": 2, "retail": 0} {
		got, ok := LookupFold(m, in)
		assert.Equal(t, want, got, in)
		assert.Equal(t, want != 0, ok, in)
	}
	if a := testing.AllocsPerRun(100, func() { LookupFold(m, "SaaS") }); a != 0 {
		t.Errorf("LookupFold allocates %v times", a)
	}
}

func TestAppendNameKey(t *testing.T) {
	for in, want := range map[string]string{
		"Île-de-France":   "iledefrance",
		"ile de france":   "iledefrance",
		" United States ": "unitedstates",
		"U.S.A.":          "usa",
		"Côte d'Ivoire":   "cotedivoire",
		"Łódzkie":         "lodzkie",
		"Großbritannien":  "grossbritannien",
		"Ελλάδα":          "ελλαδα",
		"Abū Z̧aby":       "abuzaby",
		"FR-75C":          "fr75c",
		"":                "",
		"--":              "",
	} {
		assert.Equal(t, want, string(AppendNameKey(nil, in)), in)
	}
	var buf [32]byte
	assert.Zero(t, testing.AllocsPerRun(100, func() { AppendNameKey(buf[:0], "United States of America") }), "ASCII input allocates")
}
