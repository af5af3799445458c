package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The committed table is what the committed snapshot and aliases.txt
// generate: nobody edited it by hand or forgot to regenerate.
func TestTableUpToDate(t *testing.T) {
	got, err := generate("data/iso-3166", "aliases.txt")
	require.NoError(t, err)
	want, err := os.ReadFile("../../iso3166/table_gen.go")
	require.NoError(t, err)
	if !bytes.Equal(got, want) {
		t.Fatal("internal/iso3166/table_gen.go is stale: run go generate ./internal/iso3166")
	}
}

// The snapshot is the release the table names, with the codes that made
// the old data stale.
func TestSnapshot(t *testing.T) {
	meta, err := readMeta("data/iso-3166/package.json")
	require.NoError(t, err)
	table, err := os.ReadFile("../../iso3166/table_gen.go")
	require.NoError(t, err)
	assert.Contains(t, string(table), `const Source = "iso-3166@`+meta.Version+` (npm; github.com/wooorm/iso-3166)"`)
	rs, err := parseJS("data/iso-3166/2.js", "code", "name", "parent")
	require.NoError(t, err)
	codes := map[string]bool{}
	for _, r := range rs {
		codes[r["code"]] = true
	}
	for _, c := range []string{"FR-75C", "FR-6AE", "IN-DH", "IN-LA"} {
		assert.True(t, codes[c], c)
	}
	assert.False(t, codes["FR-75"], "FR-75 was withdrawn in 2024")
}

func TestParseJSRejects(t *testing.T) {
	for name, src := range map[string]string{
		"unknown key":   "[\n  {\n    code: 'AD-02',\n    colour: 'red',\n    parent: 'AD'\n  }\n]\n",
		"missing key":   "[\n  {\n    code: 'AD-02',\n    parent: 'AD'\n  }\n]\n",
		"escaped quote": "[\n  {\n    code: 'AD-02',\n    name: 'A\\'b',\n    parent: 'AD'\n  }\n]\n",
		"empty":         "export const x = []\n",
	} {
		p := filepath.Join(t.TempDir(), "2.js")
		require.NoError(t, os.WriteFile(p, []byte(src), 0o644))
		_, err := parseJS(p, "code", "name", "parent")
		assert.Error(t, err, name)
	}
}

func TestAliasClash(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "aliases.txt")
	require.NoError(t, os.WriteFile(p, []byte("US Georgia\nGE Georgia\n"), 0o644))
	_, err := generate("data/iso-3166", p)
	require.Error(t, err)
	assert.True(t, strings.Contains(err.Error(), `"georgia"`), err.Error())
}

func TestVariants(t *testing.T) {
	for in, want := range map[string][]string{
		"Korea, Republic of":               {"Korea", "Republic of Korea"},
		"Netherlands, Kingdom of the":      {"Netherlands", "Kingdom of the Netherlands"},
		"Virgin Islands (British)":         {"Virgin Islands"},
		"Saint Lucia":                      {"St Lucia"},
		"Haute-Sangha / Mambéré-Kadéï":     {"Haute-Sangha", "Mambéré-Kadéï"},
		"Bonaire, Sint Eustatius and Saba": {"Bonaire"},
		"Germany":                          nil,
	} {
		assert.Equal(t, want, variants(in), in)
	}
}
