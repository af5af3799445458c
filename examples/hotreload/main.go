// Command hotreload loads a leadroute rules file, routes a lead every
// second, and reloads the file whenever it changes. Edit the file while it
// runs: a valid change takes effect at once (round-robin rotations carry
// on where they were); an invalid one is reported with its line numbers and
// the old rules stay in force.
//
//	go run ./examples/hotreload -rules config/testdata/sample.yaml
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/config"
)

func main() {
	path := flag.String("rules", "rules.yaml", "rules file (YAML or JSON)")
	every := flag.Duration("poll", time.Second, "how often to check the file for changes")
	n := flag.Int("n", 0, "stop after routing this many leads (0: run until interrupted)")
	flag.Parse()

	cfg, err := config.Load(*path)
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range config.Lint(cfg) {
		log.Printf("lint: %s", f)
	}
	router, err := cfg.Build()
	if err != nil {
		log.Fatal(err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	watchDone := make(chan error, 1)
	go func() {
		watchDone <- config.Watch(ctx, router, *path, *every, func(err error) {
			log.Printf("reload failed; keeping the rules in force:\n%v", err)
		})
	}()

	leads := []leadroute.Lead{
		{Email: "jo@acme.com", Country: "US"},
		{Country: "ES", Language: "es"},
		{Country: "DE", Employees: 5000, Score: 60},
		{Country: "US", Source: "web", Score: 85},
		{Country: "JP"},
	}
	tick := time.NewTicker(*every)
	defer tick.Stop()
	for i := 0; *n == 0 || i < *n; i++ {
		l := leads[i%len(leads)]
		l.ID = fmt.Sprintf("lead-%d", i+1)
		d, err := router.Route(ctx, l)
		if err != nil {
			log.Printf("%s: %v", l.ID, err)
		}
		fmt.Printf("%s (%s) -> %s   [rules: %v]\n", l.ID, l.Country, d, router.Rules())
		select {
		case <-ctx.Done():
		case <-tick.C:
		}
		if ctx.Err() != nil {
			break
		}
	}
	stop()
	<-watchDone
}
