// Command simulation replays a month of generated leads through a rules
// file on a virtual clock and prints the report; with -html it also writes
// the HTML report.
//
//	go run ./examples/simulation -rules examples/simulation/rules.yaml -leads 1200
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/leadroute/leadroute/config"
	"github.com/leadroute/leadroute/sim"
)

// Simulate loads the rules file and replays n leads generated from seed.
func Simulate(ctx context.Context, rules string, n int, seed uint64) (*sim.Report, error) {
	cfg, err := config.Load(rules)
	if err != nil {
		return nil, err
	}
	leads := sim.Generate(seed, n, sim.GenOptions{})
	return sim.Run(ctx, cfg.Build, sim.Leads(leads), sim.Options{Reps: cfg.Reps(), Rules: cfg.Rules(), Seed: seed})
}

func main() {
	rules := flag.String("rules", "examples/simulation/rules.yaml", "rules file")
	n := flag.Int("leads", 1200, "leads to generate")
	seed := flag.Uint64("seed", 1, "seed")
	htmlOut := flag.String("html", "", "write the HTML report to this file")
	flag.Parse()
	rep, err := Simulate(context.Background(), *rules, *n, *seed)
	if err != nil {
		log.Fatal(err)
	}
	rep.WriteText(os.Stdout)
	if *htmlOut != "" {
		f, err := os.Create(*htmlOut)
		if err != nil {
			log.Fatal(err)
		}
		if err := rep.WriteHTML(f); err != nil {
			log.Fatal(err)
		}
		if err := f.Close(); err != nil {
			log.Fatal(err)
		}
		fmt.Fprintln(os.Stderr, "wrote", *htmlOut)
	}
}
