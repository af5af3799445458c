package config

import "testing"

// FuzzLoadLiveOps is FuzzLoadYAML seeded with issue 13's keys: teams and
// their holidays, own_rotation, lead_weight (a number and a list with
// expressions), accept_within, the remember strategy and least_loaded by.
func FuzzLoadLiveOps(f *testing.F) {
	f.Add([]byte(`reps:
  - {id: a, team: emea, daily_cap: 4, holidays: ["2026-12-24"]}
  - {id: b, team: emea, max_open: 3}
teams:
  emea: {holidays: ["2026-12-25", "2027-01-01"]}
rules:
  - name: de
    match: {country: DE}
    pool: emea
    lead_weight:
      - {when: "Employees >= 1000", weight: 3}
      - {weight: 2}
    accept_within: 15m
  - name: it
    pool: emea
    own_rotation: true
    lead_weight: 1000
  - name: vip
    pool: [a, b]
    strategy: {type: least_loaded, by: share}
  - name: known
    pool: [a, b]
    strategy: {type: remember, key: company, for: 90d, next: {type: least_loaded}}
`))
	f.Add([]byte(`{"reps":[{"id":"a","team":"t","holidays":["2026-03-08"]}],"teams":{"t":{"holidays":["2026-03-29"]}},"rules":[{"name":"r","pool":"t","lead_weight":[{"when":"Score > 50","weight":5}],"accept_within":"1h","strategy":{"type":"remember","key":"email","for":"24h"}}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzOne(t, data, YAML)
	})
}
