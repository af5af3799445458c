package config_test

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute/config"
)

const fsRules = `reps: [{id: alice}]
accounts: {csv: %s}
rules:
  - {name: owned, match: {account: true}, pool: [alice]}
`

const fsCSV = "id,name,domains,owner\nA1,Acme,acme.com,alice\n"

// TestLoadFSAccountsCSV: inside an fs.FS, a rules file's accounts CSV is
// read from the same file system, relative to the rules file, and may not
// leave it.
func TestLoadFSAccountsCSV(t *testing.T) {
	tests := []struct {
		name    string
		rules   string // path of the rules file in the FS
		ref     string // the CSV as the rules file names it
		csvAt   string // where the CSV is in the FS
		wantErr string // "" for success
	}{
		{"next to the rules", "rules.yaml", "accounts.csv", "accounts.csv", ""},
		{"relative to a nested rules file", "team/emea/rules.yaml", "data/accounts.csv", "team/emea/data/accounts.csv", ""},
		{"dot slash", "team/rules.yaml", "./accounts.csv", "team/accounts.csv", ""},
		{"up, still inside", "team/rules.yaml", "../shared/accounts.csv", "shared/accounts.csv", ""},
		{"not beside the rules", "team/rules.yaml", "accounts.csv", "accounts.csv", "file does not exist"},
		{"above the root", "rules.yaml", "../accounts.csv", "accounts.csv", "not a path inside the file system"},
		{"absolute", "rules.yaml", "/accounts.csv", "accounts.csv", "not a path inside the file system"},
		{"a directory", "rules.yaml", "data", "data/accounts.csv", "a directory; want a regular file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				tt.rules: {Data: []byte(strings.Replace(fsRules, "%s", tt.ref, 1))},
				tt.csvAt: {Data: []byte(fsCSV)},
			}
			cfg, err := config.LoadFS(fsys, tt.rules)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Nil(t, cfg)
				assert.Contains(t, err.Error(), tt.wantErr)
				assert.Contains(t, err.Error(), tt.rules+":2:", "the error names the rules file and the accounts line")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.rules, cfg.File())
			require.NotNil(t, cfg.Accounts())
			assert.Equal(t, 1, cfg.Accounts().Len())
		})
	}
}

// TestLoadFSRulesFile: the rules file itself is read as Load reads one:
// format by extension, a regular file of bounded size, errors naming it.
func TestLoadFSRulesFile(t *testing.T) {
	yaml := "reps: [{id: alice}]\nrules:\n  - {name: us, match: {country: US}, pool: [alice]}\n"
	json := `{"reps": [{"id": "alice"}], "rules": [{"name": "us", "match": {"country": "US"}, "pool": ["alice"]}]}`
	fsys := fstest.MapFS{
		"rules.yaml":     {Data: []byte(yaml)},
		"rules.json":     {Data: []byte(json)},
		"yaml-as.json":   {Data: []byte(yaml)},
		"bad.yaml":       {Data: []byte("reps: [{id: alice}]\nrules:\n  - {name: us, match: {countri: US}, pool: [alice]}\n")},
		"big.yaml":       {Data: make([]byte, config.MaxFileSize+1)},
		"dir/rules.yaml": {Data: []byte(yaml)},
	}
	tests := []struct {
		name, file, wantErr string
		notExist            bool
	}{
		{name: "yaml", file: "rules.yaml"},
		{name: "json", file: "rules.json"},
		{name: "format by extension", file: "yaml-as.json", wantErr: "yaml-as.json:1"},
		{name: "invalid", file: "bad.yaml", wantErr: `bad.yaml:3: rules[0].match.countri: unknown field (did you mean "country"?)`},
		{name: "too large", file: "big.yaml", wantErr: "big.yaml: file larger than 8388608 bytes"},
		{name: "a directory", file: "dir", wantErr: "dir: a directory; want a regular file"},
		{name: "missing", file: "nope.yaml", notExist: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := config.LoadFS(fsys, tt.file)
			switch {
			case tt.notExist:
				assert.ErrorIs(t, err, fs.ErrNotExist)
			case tt.wantErr != "":
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
			default:
				require.NoError(t, err)
				assert.Len(t, cfg.Rules(), 1)
				assert.Equal(t, tt.file, cfg.File())
			}
		})
	}
}

func TestParseReader(t *testing.T) {
	yaml := "reps: [{id: alice}]\nrules:\n  - {name: us, match: {country: US}, pool: [alice]}\n"
	boom := errors.New("boom")
	t.Run("reads the document", func(t *testing.T) {
		cfg, err := config.ParseReader(strings.NewReader(yaml), config.YAML)
		require.NoError(t, err)
		assert.Len(t, cfg.Rules(), 1)
		assert.Equal(t, "", cfg.File())
	})
	t.Run("same as Parse", func(t *testing.T) {
		a, err := config.ParseReader(strings.NewReader(yaml), config.YAML)
		require.NoError(t, err)
		b, err := config.Parse([]byte(yaml), config.YAML)
		require.NoError(t, err)
		assert.Equal(t, b.Hash(), a.Hash())
	})
	t.Run("read error", func(t *testing.T) {
		_, err := config.ParseReader(iotest.ErrReader(boom), config.YAML)
		assert.ErrorIs(t, err, boom)
	})
	t.Run("too large", func(t *testing.T) {
		_, err := config.ParseReader(strings.NewReader(strings.Repeat("#", config.MaxFileSize+1)), config.YAML)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "file larger than 8388608 bytes")
	})
}
