// Command irprobe routes N leads of the Typed50 workload with leadroute or
// with the fair baseline, for bench/instructions.sh to count instructions
// per lead under callgrind.
//
//	irprobe N ids|noids|fair-ids|fair-noids
package main

import (
	"context"
	"fmt"
	"os"
	"strconv"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/bench"
	"github.com/leadroute/leadroute/bench/workload"
)

func main() {
	n, _ := strconv.Atoi(os.Args[1])
	mode := os.Args[2] // ids | noids | fair-ids | fair-noids
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
	case "ids", "noids":
		r, err := leadroute.New(leadroute.WithReps(reps...), leadroute.WithRules(rules...), leadroute.WithSeed(1))
		if err != nil {
			panic(err)
		}
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
