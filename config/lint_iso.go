package config

import (
	"strings"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/internal/iso3166"
)

// LintUnknownSubdivision (LR111 unknown-subdivision, warning): a state
// code that has the shape of an ISO 3166-2 code of a known country
// ("FR-99Z") but is not in leadroute's ISO data: a typo, a withdrawn code
// (such as FR-75, replaced by FR-75C in 2024), or a code ISO added after
// the data's release. The file loads, so that new codes never block it, and
// the rule matches leads with exactly that state.
const LintUnknownSubdivision = "LR111"

// isoCodes reports the state codes of territories and rules that
// leadroute's ISO 3166-2 data does not know. Malformed codes and unknown
// countries are load errors, so what reaches it is well formed.
func (l *linter) isoCodes() {
	check := func(p pos, rules []int, states []string) {
		for _, s := range states {
			u := strings.ToUpper(strings.TrimSpace(s))
			if !leadroute.IsSubdivisionCode(u) && iso3166.WellFormedSubdivision(u) {
				l.add(p, LintUnknownSubdivision, rules, -1, "state %q is not in leadroute's ISO 3166-2 data (%s): a typo, a withdrawn code, or one added since; the rule matches leads with exactly this state", u, iso3166.Source)
			}
		}
	}
	for _, t := range l.f.territories {
		check(pos{path: joinPath(t.path, "states"), line: t.line, col: t.col}, nil, t.states)
	}
	for i, r := range l.f.rules {
		if r.match != nil && r.match.state != nil {
			check(r.match.state.pos, []int{i}, r.match.state.vals)
		}
	}
}
