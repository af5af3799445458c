package strategies_test

import (
	"fmt"
	"testing"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/leadroutetest"
	"github.com/leadroute/leadroute/strategies"
)

// builtins are every built-in strategy, by name, for the contract and the
// allocation and benchmark matrices.
var builtins = []struct {
	name string
	new  func() leadroute.Strategy
	opts []leadroutetest.Option
}{
	{"RoundRobin", strategies.RoundRobin, nil},
	{"Balanced", func() leadroute.Strategy { return strategies.Balanced(strategies.BalancedOptions{}) }, nil},
	{"Weighted", strategies.Weighted, nil},
	{"WeightedRandom", strategies.WeightedRandom, nil},
	{"LeastLoaded", strategies.LeastLoaded, nil},
	{"SkillBased", func() leadroute.Strategy { return strategies.SkillBased(map[string]int{"test": 1}, nil) }, nil},
	{"SkillBasedBalanced", func() leadroute.Strategy {
		return strategies.SkillBased(map[string]int{"test": 1}, strategies.Balanced(strategies.BalancedOptions{}))
	}, nil},
	{"Sticky", func() leadroute.Strategy { return strategies.Sticky(nil, strategies.RoundRobin()) }, nil},
	{"StickyCustomKey", func() leadroute.Strategy {
		return strategies.Sticky(func(l *leadroute.Lead) string { return l.Company }, strategies.LeastLoaded())
	}, nil},
	{"Chain", func() leadroute.Strategy {
		return strategies.Chain(strategies.SkillBased(map[string]int{"test": 3}, nil), strategies.Weighted())
	}, nil},
	{"ChainQueue", func() leadroute.Strategy {
		return strategies.Chain(strategies.Sticky(func(*leadroute.Lead) string { return "" }, nil), strategies.Queue("later"))
	}, nil},
	{"Queue", func() leadroute.Strategy { return strategies.Queue("holding") }, nil},
}

func TestContract(t *testing.T) {
	for _, b := range builtins {
		t.Run(b.name, func(t *testing.T) {
			opts := append([]leadroutetest.Option{leadroutetest.ZeroAllocs()}, b.opts...)
			leadroutetest.TestStrategy(t, b.new, opts...)
		})
	}
}

func TestStringer(t *testing.T) {
	for _, b := range builtins {
		s, ok := b.new().(fmt.Stringer)
		if !ok {
			t.Errorf("%s does not implement fmt.Stringer", b.name)
			continue
		}
		if s.String() == "" {
			t.Errorf("%s: empty String", b.name)
		}
	}
}
