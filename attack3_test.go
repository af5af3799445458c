package leadroute_test

import (
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	lr "github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
)

func TestAttackAllocs(t *testing.T) {
	if attackRace {
		t.Skip("race")
	}
	for name, mk := range attackStrategies() {
		t.Run(name, func(t *testing.T) {
			r := newRouter(t, lr.WithReps(lr.Rep{ID: "a", Weight: 3, DailyCap: 1 << 30, MaxOpen: 1 << 30, Skills: map[string]int{"go": 1}}, lr.Rep{ID: "b", Skills: map[string]int{"go": 1}}, lr.Rep{ID: "c", Weight: 2, Skills: map[string]int{"go": 1}}),
				lr.WithRules(lr.Rule{Name: "r", Pool: []string{"a", "b", "c"}, Strategy: mk(), Overflow: "over"}))
			ids := make([]string, 20000)
			for i := range ids {
				ids[i] = "L" + strconv.Itoa(i)
			}
			i := 0
			for range 2000 { // warm
				r.Route(ctx, lr.Lead{ID: ids[i], Email: "u@x.com"})
				i++
			}
			n := testing.AllocsPerRun(1000, func() {
				r.Route(ctx, lr.Lead{ID: ids[i], Email: "u@x.com"})
				i++
			})
			replay := testing.AllocsPerRun(1000, func() { r.Route(ctx, lr.Lead{ID: ids[5], Email: "u@x.com"}) })
			noid := testing.AllocsPerRun(1000, func() { r.Route(ctx, lr.Lead{Email: "u@x.com"}) })
			t.Logf("allocs/route: fresh %.2f replay %.2f no-id %.2f", n, replay, noid)
			assert.LessOrEqual(t, n, 0.1)
			assert.LessOrEqual(t, replay, 0.0)
			assert.LessOrEqual(t, noid, 0.0)
		})
	}
}

// Reload (rename rules, remove and re-add reps) while routing racing copies.
func TestAttackReloadDuringRouting(t *testing.T) {
	mk := func(rule string, ids ...string) []lr.Option {
		var rs []lr.Rep
		for _, id := range ids {
			rs = append(rs, lr.Rep{ID: id, MaxOpen: 4})
		}
		return []lr.Option{lr.WithReps(rs...), lr.WithRules(
			lr.Rule{Name: rule + "w", Match: country("US"), Pool: ids, Strategy: strategies.Weighted(), Overflow: "over"},
			lr.Rule{Name: rule, Pool: ids, Strategy: strategies.LeastLoaded(), Overflow: "over"})}
	}
	r := newRouter(t, mk("r", "a", "b", "c", "d")...)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			switch i % 3 {
			case 0:
				require.NoError(t, r.Reload(mk("r", "a", "b", "c", "d")...))
			case 1:
				require.NoError(t, r.Reload(mk("s", "b", "d")...))
			case 2:
				require.NoError(t, r.Reload(mk("t", "d", "c", "a")...))
			}
		}
	})
	const leads, copies = 40, 8
	got := make([][]lr.Decision, leads)
	var rw sync.WaitGroup
	var errs atomic.Int64
	for l := range leads {
		got[l] = make([]lr.Decision, copies)
		for c := range copies {
			rw.Go(func() {
				cn := "DE"
				if l%2 == 0 {
					cn = "US"
				}
				d, err := r.Route(ctx, lr.Lead{ID: fmt.Sprint("L", l), Country: cn})
				if err != nil {
					errs.Add(1)
				}
				got[l][c] = d
			})
		}
	}
	rw.Wait()
	close(stop)
	wg.Wait()
	assert.Zero(t, errs.Load())
	per := map[string]int{}
	for l := range leads {
		for _, d := range got[l] {
			require.Equal(t, target(got[l][0]), target(d))
		}
		per[target(got[l][0])]++
	}
	for _, id := range []string{"a", "b", "c", "d"} {
		o, _ := r.State().Get(ctx, store.Counter{Kind: "open", Member: id})
		assert.EqualValues(t, per["rep:"+id], o, "%v", per)
		assert.LessOrEqual(t, o, int64(4))
	}
}
