package otelmetrics_test

import (
	"context"
	"strconv"
	"testing"

	sdkmetric "go.opentelemetry.io/otel/sdk/metric"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/otelmetrics"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
)

// BenchmarkRoute measures what the adapter adds to a Route: without it,
// and with it observing and timing the store.
func BenchmarkRoute(b *testing.B) {
	for _, withMetrics := range []bool{false, true} {
		b.Run("metrics="+strconv.FormatBool(withMetrics), func(b *testing.B) {
			var st store.State = store.NewMemory(store.MemoryOptions{MaxRecords: 1 << 12})
			opts := []leadroute.Option{
				leadroute.WithReps(leadroute.Rep{ID: "dan"}, leadroute.Rep{ID: "eve"}),
				leadroute.WithRules(leadroute.Rule{Name: "all", Match: leadroute.MatcherFunc(func(*leadroute.Lead) bool { return true }),
					Pool: []string{"dan", "eve"}, Strategy: strategies.RoundRobin()}),
			}
			if withMetrics {
				m, err := otelmetrics.New(otelmetrics.Options{MeterProvider: sdkmetric.NewMeterProvider(sdkmetric.WithReader(sdkmetric.NewManualReader()))})
				if err != nil {
					b.Fatal(err)
				}
				st = m.State(st)
				opts = append(opts, leadroute.WithObservers(m))
			}
			r, err := leadroute.New(append(opts, leadroute.WithState(st))...)
			if err != nil {
				b.Fatal(err)
			}
			ids := make([]string, 1<<14)
			for i := range ids {
				ids[i] = "lead-" + strconv.Itoa(i)
			}
			ctx := context.Background()
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if _, err := r.Route(ctx, leadroute.Lead{ID: ids[i%len(ids)]}); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}
