package accounts

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute"
)

func TestLoadCSV(t *testing.T) {
	in := "\ufeffID, Name ,Domains,Owner,Backup,Parent\n" +
		"A1,\"ACME, Inc.\",acme.com;acme.co.uk,alice,bob,\n" +
		"\n" +
		"A2,Acme Germany GmbH,https://www.acme.de/ | acme.at,carol,,A1\n" +
		"A3,\"Multi\nLine Name\",multi.com,dan,,\n" +
		"A4,Short Row\n"
	b, err := LoadCSV(strings.NewReader(in))
	require.NoError(t, err)
	assert.Equal(t, 4, b.Len())
	a, ok := b.Account("A2")
	require.True(t, ok)
	assert.Equal(t, Account{ID: "A2", Name: "Acme Germany GmbH", Domains: []string{"acme.de", "acme.at"}, Owner: "carol", Parent: "A1"}, *a)
	m, ok := b.Match(&leadroute.Lead{Email: "jo@eu.acme.co.uk"})
	require.True(t, ok)
	assert.Equal(t, "A1", m.Account.ID)
	m, ok = b.Match(&leadroute.Lead{Company: "Acme Inc"})
	require.True(t, ok)
	assert.Equal(t, "A1", m.Account.ID)
}

func TestLoadCSVColumnsAnyOrder(t *testing.T) {
	b, err := LoadCSV(strings.NewReader("domains,id\nacme.com,A1\n"))
	require.NoError(t, err)
	m, ok := b.Match(&leadroute.Lead{Email: "x@acme.com"})
	require.True(t, ok)
	assert.Equal(t, "A1", m.Account.ID)
}

func TestLoadCSVErrors(t *testing.T) {
	const header = "id,name,domains,owner,backup,parent\n"
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", []string{"line 1: empty input"}},
		{"unknown column", "id,name,domain\n", []string{`line 1: column 3 of the header is not one of id,name,domains,owner,backup,parent (did you mean "domains"?)`}},
		{"misspelt column", "id,nmae\n", []string{`line 1: column 2 of the header is not one of id,name,domains,owner,backup,parent (did you mean "name"?)`}},
		{"not a CSV", "root:x:0:0:root:/root:/bin/bash\n", []string{`line 1: column 1 of the header is not one of id,name,domains,owner,backup,parent`}},
		{"repeated column", "id,name,ID\n", []string{`line 1, column "ID": column "ID" appears twice`}},
		{"no id column", "name,domains\n", []string{`line 1: header has no "id" column`}},
		{"bare quote", header + "A1,ok,acme.com,,,\nA2,\"bad\"x,b.com,,,\n", []string{"line 3: column 8: extraneous or missing \" in quoted-field"}},
		{"too many fields", header + "A1,a,acme.com,o,b,,extra\n", []string{"line 2: 7 fields, the header has 6"}},
		{"missing id", header + "A1,a,acme.com,,,\n,b,b.com,,,\n", []string{`line 3, column "id": missing ID`}},
		{"duplicate id", header + "A1,a,a.com,,,\nA2,b,b.com,,,\nA1,c,c.com,,,\n", []string{`line 4, column "id" (account "A1"): duplicate ID (also accounts[0])`}},
		{"bad domain", header + "A1,a,a.com;co.uk,,,\n", []string{`line 2, column "domains" (account "A1"): "co.uk" has no registrable domain`}},
		{"free-mail domain", header + "A1,a,gmail.com,,,\n", []string{`line 2, column "domains" (account "A1"): "gmail.com" is a free-mail or disposable domain`}},
		{"unknown parent", header + "A1,a,a.com,,,\n\nA2,b,b.com,,,A9\n", []string{`line 4, column "parent" (account "A2"): unknown parent account "A9"`}},
		{"line after multi-line field", header + "A1,\"two\nlines\",a.com,,,\nA2,b,b.com,,,A9\n", []string{`line 4, column "parent"`}},
		{"several", header + ",a,a.com,,,\nA2,b,hotmail.co.uk,,,\n", []string{`line 2, column "id"`, `line 3, column "domains"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := LoadCSV(strings.NewReader(tt.in))
			require.Error(t, err)
			assert.Nil(t, b)
			assert.ErrorIs(t, err, ErrInvalid)
			for _, w := range tt.want {
				assert.Contains(t, err.Error(), w)
			}
			var e *Error
			require.ErrorAs(t, err, &e)
			assert.Positive(t, e.Line)
			if tt.name == "not a CSV" {
				assert.NotContains(t, err.Error(), "root", "the input is echoed")
				assert.Empty(t, e.Field)
			}
		})
	}
}

func TestOneEdit(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"domain", "domains", true},
		{"domainss", "domains", true},
		{"nmae", "name", true},
		{"nane", "name", true},
		{"name", "name", false},
		{"nm", "name", false},
		{"", "id", false},
		{"d", "id", true},
		{"owenr", "owner", true},
		{"onwre", "owner", false},
		{"backpu", "backup", true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, oneEdit(tt.a, tt.b), "%q %q", tt.a, tt.b)
		assert.Equal(t, tt.want, oneEdit(tt.b, tt.a), "%q %q", tt.b, tt.a)
	}
}
