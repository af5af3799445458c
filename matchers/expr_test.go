package matchers_test

import (
	"errors"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/matchers"
)

func exprLead() *leadroute.Lead {
	return &leadroute.Lead{
		Email: "ana@acme.com", Domain: "acme.com", Company: "Acme", Country: "US", State: "US-CA",
		PostalCode: "94107", Industry: "SaaS", Source: "webinar", Language: "en",
		Employees: 250, Revenue: 2.5e6, Score: 60, Products: []string{"crm", "billing"},
		Attrs: map[string]any{"tier": "gold", "seats": 5.0, "tags": []any{"a", "b"}},
	}
}

func TestExprMatches(t *testing.T) {
	cases := []struct {
		src  string
		want bool
	}{
		{`Score > 50`, true},
		{`Score > 60`, false},
		{`Country == "US" && State in ["US-CA", "US-WA"]`, true},
		{`"crm" in Products and Employees >= 200`, true},
		{`any(Products, # startsWith "bill")`, true},
		{`all(Products, len(#) > 3)`, false},
		{`count(Products, # != "") == 2`, true},
		{`Attrs["tier"] == "gold" && Attrs.seats >= 5`, true},
		{`Attrs.missing == nil`, true},
		{`(Attrs.missing ?? "none") == "none"`, true},
		{`lower(Industry) in ["saas", "fintech"]`, true},
		{`Email endsWith "@acme.com"`, true},
		{`Email matches "^[a-z]+@acme\\.com$"`, true},
		{`PostalCode startsWith "941"`, true},
		{`Revenue / Employees > 5000`, true},
		{`Score > 50 ? Country == "US" : false`, true},
		{`if Score > 90 { true } else { Industry == "SaaS" }`, true},
		{`Products | filter(# != "crm") | len() == 1`, true},
		{`max(Score, 10) == 60 && abs(-1) == 1`, true},
		{`trim(" x ") == "x" && upper(Country) == "US" && hasPrefix(Domain, "acme")`, true},
		{`"b" in Attrs.tags`, true},
		{"// comment\nScore > 1 /* and */ && Score < 100", true},
		{`not (Score < 10)`, true},
		{`!!(Score > 10)`, true},
	}
	l := exprLead()
	for _, c := range cases {
		t.Run(c.src, func(t *testing.T) {
			m, err := matchers.Expr(c.src)
			require.NoError(t, err)
			ok, err := m.MatchErr(l)
			require.NoError(t, err)
			assert.Equal(t, c.want, ok)
			assert.Equal(t, c.want, m.Match(l))
			assert.Equal(t, c.src, m.Source())
		})
	}
}

func TestExprCompileErrors(t *testing.T) {
	cases := []struct {
		src        string
		msg        string
		line, col  int
		snippetHas string
	}{
		{`Scroe > 50`, "unknown name Scroe", 1, 1, "\n | Scroe > 50\n | ^"},
		{`Score > "x"`, "invalid operation: >", 1, 7, "......^"},
		{"Score > 1 &&\n  Industy == \"x\"", "unknown name Industy", 2, 3, "\n |   Industy == \"x\"\n | ..^"},
		{`Score + 1`, "expected bool", 1, 1, ""},
		{`Score > `, "unexpected token EOF", 1, 0, ""},
		{`(Score > 1`, "unexpected token EOF", 1, 0, ""},
		{`"unterminated`, "literal not terminated", 1, 0, ""},
		{``, "empty expression", 1, 1, ""},
		{"  \n ", "empty expression", 1, 1, ""},
	}
	for _, c := range cases {
		t.Run(c.src, func(t *testing.T) {
			_, err := matchers.Expr(c.src)
			require.Error(t, err)
			var ee *matchers.ExprError
			require.True(t, errors.As(err, &ee), "%T", err)
			assert.Contains(t, ee.Msg, c.msg)
			assert.Equal(t, c.src, ee.Source)
			assert.Equal(t, c.line, ee.Line)
			if c.col > 0 {
				assert.Equal(t, c.col, ee.Column)
			}
			assert.Contains(t, ee.Snippet, c.snippetHas)
			assert.False(t, ee.Runtime)
			assert.Contains(t, err.Error(), c.msg)
		})
	}
}

func TestExprRuntimeErrors(t *testing.T) {
	l := exprLead()
	l.Score = 0
	cases := []struct{ src, msg string }{
		{`10 % Score == 0`, "integer divide by zero"},
		{`Attrs.tier > 1`, "invalid operation"},
		{`Products[5] == "x"`, "index out of range"},
	}
	for _, c := range cases {
		t.Run(c.src, func(t *testing.T) {
			m, err := matchers.Expr(c.src)
			require.NoError(t, err)
			ok, err := m.MatchErr(l)
			assert.False(t, ok)
			require.Error(t, err)
			assert.ErrorContains(t, err, c.msg)
			var ee *matchers.ExprError
			require.ErrorAs(t, err, &ee)
			assert.True(t, ee.Runtime)
			assert.NotEmpty(t, ee.Snippet)
			assert.False(t, m.Match(l), "Match counts a failure as false")
		})
	}
	// A non-bool attribute used as the whole expression.
	m, err := matchers.Expr(`Attrs.tier`)
	require.NoError(t, err)
	_, err = m.MatchErr(exprLead())
	assert.Error(t, err)
}

func TestExprOptions(t *testing.T) {
	big := `Score > 0` + repeatString(` && Score > 0`, 100) // ~400 nodes
	_, err := matchers.Expr(big, matchers.ExprMaxNodes(50))
	assert.ErrorIs(t, err, matchers.ErrExprLimit)
	_, err = matchers.Expr(big)
	assert.NoError(t, err)
	_, err = matchers.Expr(big, matchers.ExprMaxNodes(0)) // ignored: default
	assert.NoError(t, err)
	assert.Contains(t, matchers.ExprBuiltins(), "len")
	assert.NotContains(t, matchers.ExprBuiltins(), "repeat")
}

func repeatString(s string, n int) string {
	out := ""
	for range n {
		out += s
	}
	return out
}

func TestExprString(t *testing.T) {
	m, err := matchers.Expr("Score >= 50\n  && Country == \"US\"")
	require.NoError(t, err)
	assert.Equal(t, `expr(Score >= 50 && Country == "US")`, m.String())
	long, err := matchers.Expr(`Score > 0` + repeatString(` && Score > 0`, 10))
	require.NoError(t, err)
	assert.Len(t, []rune(long.String()), len("expr()")+80)
}

// TestExprConcurrent runs one matcher from many goroutines (run with -race).
func TestExprConcurrent(t *testing.T) {
	m, err := matchers.Expr(`10 % Score == 0 && Score >= 50 && any(Products, # == "crm")`)
	require.NoError(t, err)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 500 {
				l := exprLead()
				l.Score = (g*500 + i) % 120
				ok, err := m.MatchErr(l)
				if l.Score == 0 {
					assert.Error(t, err)
					continue
				}
				assert.NoError(t, err)
				assert.Equal(t, l.Score >= 50 && 10%l.Score == 0, ok)
			}
		})
	}
	wg.Wait()
}
