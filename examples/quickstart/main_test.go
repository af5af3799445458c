package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestQuickstartOutput(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out))
	for _, want := range []string{
		`L1   cto@globex.com     → rep fay by rule "enterprise" (round-robin)`,
		`L2   maria@tienda.es    → rep ana by rule "spanish" (round-robin)`,
		`L7   joe@state.edu      → queue nurture by rule "students" (queue)`,
		`L8   ola@example.no     → queue triage (no rule decided)`,
		`L9   ceo@bigcorp.com    → rep ana by rule "emea" (round-robin)`,
		`problem: Country "Narnia": not a known country`,
		`rule "enterprise": rep fay skipped: daily cap reached`,
		`rule "emea": rep chloe skipped: away`,
	} {
		assert.Contains(t, out.String(), want)
	}
}
