package leadroute

import (
	"context"
	"fmt"
	"reflect"
)

// RoundRobinPoolsAgree checks every pool of r's rules whose strategy the
// router takes for the built-in round-robin: the pick it makes itself
// (roundRobinPick) must be what the strategy's own Pick returns. It
// returns how many pools it checked. (For the external tests, which can
// import the strategies package.)
func RoundRobinPoolsAgree(r *Router) (int, error) {
	t := r.table.Load()
	ps := new(pickState)
	ps.reset(r, t, context.Background(), false, false, nil, "")
	checked := 0
	for i := range t.rules {
		rule := &t.rules[i]
		pools := []*pool{rule.pool}
		for _, p := range rule.pools {
			pools = append(pools, p)
		}
		for _, p := range pools {
			if !p.roundRobin {
				continue
			}
			ps.setPool(rule, p)
			want, err := p.strategy.Pick(ps.ctx, &Lead{}, Candidates{p: ps})
			if err != nil {
				return checked, err
			}
			var got Pick
			roundRobinPick(p, &got)
			if !reflect.DeepEqual(got, want) {
				return checked, fmt.Errorf("pool %q: the router picks %+v, the strategy %+v", p.key, got, want)
			}
			checked++
		}
	}
	return checked, nil
}
