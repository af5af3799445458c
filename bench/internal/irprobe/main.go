// Command irprobe routes N leads of the Typed50 workload with leadroute or
// with the fair baseline, for bench/instructions.sh to count instructions
// per lead under callgrind.
//
//	irprobe N ids|noids|fair-ids|fair-noids|match|chain
//
// match is matching only (every rule sends to a queue, as BenchmarkMatch),
// chain the generated if-chain baseline (BenchmarkRoute's baseline).
package main

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/bench"
	"github.com/leadroute/leadroute/bench/workload"
	"github.com/leadroute/leadroute/strategies"
)

func main() {
	n, _ := strconv.Atoi(os.Args[1])
	mode := os.Args[2] // ids | noids | fair-ids | fair-noids | match | chain
	set := "Typed50"
	rules, err := workload.Rules(workload.Specs(workload.SetByName(set)), workload.AsTyped)
	if err != nil {
		panic(err)
	}
	reps := bench.CappedReps(1<<30, bench.FairZones...)
	leads := workload.Leads()
	ids := bench.NewIDs("lead-", 1<<17)
	ctx := context.Background()
	switch mode {
	case "match":
		for i := range rules {
			rules[i].Strategy = strategies.Queue("q-" + rules[i].Name)
		}
		r, err := leadroute.New(leadroute.WithReps(workload.Reps()...), leadroute.WithRules(rules...), leadroute.WithSeed(1))
		if err != nil {
			panic(err)
		}
		settle()
		for i := range n {
			if _, err := r.Route(ctx, leads[i%len(leads)]); err != nil {
				panic(err)
			}
		}
	case "chain":
		b := bench.NewBaseline(set)
		settle()
		for i := range n {
			b.Route(&leads[i%len(leads)])
		}
	case "ids", "noids":
		r, err := leadroute.New(leadroute.WithReps(reps...), leadroute.WithRules(rules...), leadroute.WithSeed(1))
		if err != nil {
			panic(err)
		}
		settle()
		for i := range n {
			l := leads[i%len(leads)]
			if mode == "ids" {
				l.ID = ids.Next()
			}
			if _, err := r.Route(ctx, l); err != nil {
				panic(err)
			}
		}
	default:
		f, err := bench.NewFair(set, reps, bench.FairOptions{})
		if err != nil {
			panic(err)
		}
		settle()
		for i := range n {
			l := leads[i%len(leads)]
			if mode == "fair-ids" {
				l.ID = ids.Next()
			}
			f.Route(&l)
		}
	}
	fmt.Println("done")
}

// settle finishes any garbage collection the setup started and stops
// further ones, so that the count of the routing loop does not depend on
// when a background collection ran (with GOMAXPROCS=1 its share follows
// the wall clock, which callgrind slows down by the machine's load). The
// routing loops allocate nothing, or (ids) a bounded amount.
func settle() {
	runtime.GC()
	debug.SetGCPercent(-1)
}
