package strategies

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/leadroute/leadroute"
)

// naiveSmooth is nginx's smooth weighted round-robin over every rep.
func naiveSmooth(ws []int64, total int64) []int32 {
	cur := make([]int64, len(ws))
	slots := make([]int32, total)
	for s := range slots {
		best := 0
		for i, w := range ws {
			cur[i] += w
			if cur[i] > cur[best] {
				best = i
			}
		}
		cur[best] -= total
		slots[s] = int32(best)
	}
	return slots
}

// TestSmoothScheduleByClasses: the schedule computed over the distinct
// weights is nginx's, slot for slot.
func TestSmoothScheduleByClasses(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	cases := [][]int64{{5, 1, 1}, {1}, {2, 1}, {1, 1, 1}, {4, 3, 2, 1}, {1, 2, 1, 2, 3, 3, 1}}
	for range 200 {
		ws := make([]int64, 1+rng.IntN(40))
		top := 1 + rng.Int64N(8)
		for i := range ws {
			ws[i] = 1 + rng.Int64N(top)
		}
		cases = append(cases, ws)
	}
	for _, ws := range cases {
		var total int64
		for _, w := range ws {
			total += w
		}
		require.Equal(t, naiveSmooth(ws, total), smoothSchedule(ws, total), "weights %v", ws)
	}
}

// TestWeightedLargePoolSchedule: a pool of 5,000 reps with weights 1 to 5
// (a cycle of 15,000, too long to run nginx's algorithm over every rep at
// Bind) gets nginx's schedule all the same, as a rotation.
func TestWeightedLargePoolSchedule(t *testing.T) {
	const n = 5000
	rs := make([]leadroute.Rep, n)
	ids := make([]string, n)
	ws := make([]int64, n)
	var total int64
	for i := range rs {
		ids[i] = fmt.Sprintf("r%04d", i)
		rs[i] = leadroute.Rep{ID: ids[i], Weight: 1 + i%5}
		ws[i] = int64(1 + i%5)
		total += ws[i]
	}
	r, err := leadroute.New(leadroute.WithReps(rs...), leadroute.WithRules(leadroute.Rule{Name: "r", Pool: ids, Strategy: Weighted()}))
	require.NoError(t, err)
	sched := naiveSmooth(ws, total)
	for k := range 40 {
		d, err := r.Route(context.Background(), leadroute.Lead{})
		require.NoError(t, err)
		require.Equal(t, ids[sched[k]], d.RepID, "lead %d", k)
	}
}

// TestWeightedRandomGuide: the guide table finds, for every draw, the rep
// a binary search over the cumulative weights finds.
func TestWeightedRandomGuide(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 100 {
		n := 1 + rng.IntN(30)
		reps := make([]*leadroute.Rep, n)
		for i := range reps {
			reps[i] = &leadroute.Rep{ID: fmt.Sprint(i), Weight: rng.IntN(4) * (1 + rng.IntN(50))}
		}
		b, err := WeightedRandom().(leadroute.Binder).Bind(leadroute.PoolInfo{Key: "r", Reps: reps})
		require.NoError(t, err)
		w := b.(*weightedRandom)
		total := w.prefix[n-1]
		for r := range total {
			require.Equal(t, sort.Search(n, func(i int) bool { return w.prefix[i] > r }), w.owner(r), "draw %d of prefix %v", r, w.prefix)
		}
	}
}
