package config_test

// Hostile values for issue 13's rules-file keys: each is rejected with
// the place, or loads with bounded cost.

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/config"
)

func TestAttackLiveOpsHostileValues(t *testing.T) {
	base := func(rule string) string {
		return "reps:\n  - {id: a, team: t}\n  - {id: b, team: t}\nrules:\n  - name: r\n    pool: t\n" + rule
	}
	var long strings.Builder
	long.WriteString("    lead_weight:\n")
	for i := range 17 {
		fmt.Fprintf(&long, "      - {when: \"Score > %d\", weight: 2}\n", i)
	}
	bad := map[string]string{
		"too many weights":      long.String(),
		"weight above the max":  "    lead_weight: 1001\n",
		"weight zero":           "    lead_weight: 0\n",
		"weight negative":       "    lead_weight: -3\n",
		"weight float":          "    lead_weight: 1.5\n",
		"weight huge":           "    lead_weight: 99999999999999999999999\n",
		"weight an expression":  "    lead_weight: \"Score * 1000\"\n",
		"weight bad when":       "    lead_weight:\n      - {when: \"Nope > 1\", weight: 2}\n",
		"weight when not bool":  "    lead_weight:\n      - {when: \"Score\", weight: 2}\n",
		"weight of an entry 0":  "    lead_weight:\n      - {when: \"Score > 1\", weight: 0}\n",
		"accept_within < 0":     "    accept_within: -15m\n",
		"accept_within garbage": "    accept_within: soon\n",
		"remember for < 0":      "    strategy: {type: remember, key: company, for: -1h}\n",
		"remember unknown key":  "    strategy: {type: remember, key: shoe_size, for: 1h}\n",
		"least_loaded by junk":  "    strategy: {type: least_loaded, by: vibes}\n",
	}
	for name, rule := range bad {
		_, err := config.Parse([]byte(base(rule)), config.YAML)
		assert.Error(t, err, name)
		if err != nil {
			assert.Contains(t, err.Error(), "rules[0]", name)
		}
	}
	for name, doc := range map[string]string{
		"team name with #":   "reps:\n  - {id: a, team: \"t#1\"}\nrules:\n  - name: r\n    pool: \"t#1\"\n",
		"holiday not a date": "reps:\n  - {id: a, holidays: [\"2026-02-30\"]}\nrules:\n  - name: r\n    pool: [a]\n",
		"team unknown":       "reps:\n  - {id: a}\nteams:\n  ghost: {holidays: [\"2026-12-25\"]}\nrules:\n  - name: r\n    pool: [a]\n",
	} {
		_, err := config.Parse([]byte(doc), config.YAML)
		assert.Error(t, err, name)
	}
}

// Ten thousand holidays, a rep's own and a team's: they load, and routing
// stays a binary search that allocates nothing.
func TestAttackManyHolidays(t *testing.T) {
	day := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	list := func(from, n int) string {
		dates := make([]string, 0, n)
		for i := range n {
			dates = append(dates, day.AddDate(0, 0, 2*(from+i)).Format(time.DateOnly))
		}
		return "[" + strings.Join(dates, ",") + "]"
	}
	doc := "reps:\n  - {id: a, team: t, holidays: " + list(0, 10000) + "}\n  - {id: b, team: t}\n" +
		"teams:\n  t: {holidays: " + list(10000, 10000) + "}\nrules:\n  - name: r\n    pool: t\n"
	cfg, err := config.Parse([]byte(doc), config.YAML)
	require.NoError(t, err)
	for _, k := range []int{5000, 15000} { // the rep's own, the team's
		clk := &fixedClock{t: day.AddDate(0, 0, 2*k).Add(12 * time.Hour)}
		r, err := cfg.Build(leadroute.WithClock(clk))
		require.NoError(t, err)
		d, err := r.Route(t.Context(), leadroute.Lead{})
		require.NoError(t, err)
		if k < 10000 {
			require.Equal(t, "b", d.RepID, "a is on holiday")
		} else {
			require.Empty(t, d.RepID, "everyone is on the team's holiday")
		}
		clk.t = clk.t.Add(24 * time.Hour)
		if !raceEnabled { // the race detector's sync.Pool drops items
			allocs := testing.AllocsPerRun(100, func() { _, _ = r.Route(t.Context(), leadroute.Lead{}) })
			require.Zero(t, allocs)
		}
	}
}

// Team holidays are copied to every member: a short file naming a long
// list for a big team would cost gigabytes (200 reps and 30,000 days: a
// 335 KB file, 238 MB of heap). The total is bounded, with the place.
func TestAttackTeamHolidaysAmplification(t *testing.T) {
	var b strings.Builder
	b.WriteString("reps:\n")
	for i := range 2000 {
		fmt.Fprintf(&b, "  - {id: r%d, team: t}\n", i)
	}
	day := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	dates := make([]string, 0, 30000)
	for i := range 30000 {
		dates = append(dates, day.AddDate(0, 0, i).Format(time.DateOnly))
	}
	b.WriteString("teams:\n  t: {holidays: [" + strings.Join(dates, ",") + "]}\nrules:\n  - name: r\n    pool: t\n")
	_, err := config.Parse([]byte(b.String()), config.YAML)
	require.Error(t, err)
	require.Contains(t, err.Error(), "the limit is 262144")
	require.Contains(t, err.Error(), "teams")
}
