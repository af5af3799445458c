package main

import (
	"os/exec"
	"slices"
	"testing"
	"time"
)

// BenchmarkStartup measures a whole process: start the built CLI, load a
// rules file, route one lead given on the command line, print the decision
// and exit. Its ns/op is the mean; it also reports the median (p50-ms) and
// the 90th percentile (p90-ms) of the wall time, and the CPU time (user +
// system) the process used (cpu-ms), which waiting for a core on a shared
// machine does not inflate.
//
//	go test -run '^$' -bench Startup -benchtime 200x ./cmd/leadroute
func BenchmarkStartup(b *testing.B) {
	const lead = `{"id":"L1","email":"eva@firma.de","country":"Germany","state":"Berlin"}`
	var runs []time.Duration
	var cpu time.Duration
	for b.Loop() {
		start := time.Now()
		cmd := exec.Command(binary, "route", "testdata/old.yaml", "--lead", lead)
		out, err := cmd.CombinedOutput()
		runs = append(runs, time.Since(start))
		if err != nil {
			b.Fatalf("%v\n%s", err, out)
		}
		cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	slices.Sort(runs)
	ms := func(q float64) float64 { return float64(runs[int(q*float64(len(runs)-1))]) / 1e6 }
	b.ReportMetric(ms(0.5), "p50-ms")
	b.ReportMetric(ms(0.9), "p90-ms")
	b.ReportMetric(float64(cpu)/1e6/float64(len(runs)), "cpu-ms")
}
