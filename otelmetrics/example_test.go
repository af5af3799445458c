package otelmetrics_test

import (
	"context"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	otelprom "go.opentelemetry.io/otel/exporters/prometheus"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/otelmetrics"
	"github.com/leadroute/leadroute/store"
	"github.com/leadroute/leadroute/strategies"
)

// Serving leadroute's metrics to Prometheus through the OpenTelemetry
// Prometheus exporter. A service would register the handler on its own
// mux; here a test server is scraped once and the decision counter shown.
func Example_prometheus() {
	reg := prometheus.NewRegistry()
	exporter, err := otelprom.New(otelprom.WithRegisterer(reg), otelprom.WithoutTargetInfo(), otelprom.WithoutScopeInfo())
	if err != nil {
		log.Fatal(err)
	}
	provider := sdkmetric.NewMeterProvider(sdkmetric.WithReader(exporter))
	defer provider.Shutdown(context.Background())

	m, err := otelmetrics.New(otelmetrics.Options{MeterProvider: provider})
	if err != nil {
		log.Fatal(err)
	}
	router, err := leadroute.New(
		leadroute.WithObservers(m),
		leadroute.WithState(m.State(store.NewMemory(store.MemoryOptions{}))),
		leadroute.WithReps(leadroute.Rep{ID: "dan"}, leadroute.Rep{ID: "eve"}),
		leadroute.WithRules(leadroute.Rule{
			Name:     "us",
			Match:    leadroute.MatcherFunc(func(l *leadroute.Lead) bool { return l.Country == "US" }),
			Pool:     []string{"dan", "eve"},
			Strategy: strategies.RoundRobin(),
		}),
		leadroute.WithFallbackQueue("triage"),
	)
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	for _, l := range []leadroute.Lead{{ID: "L1", Country: "US"}, {ID: "L2", Country: "US"}, {ID: "L3", Country: "FR"}, {ID: "L1", Country: "US"}} {
		router.Route(ctx, l)
	}

	// In a service: http.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	srv := httptest.NewServer(promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	defer srv.Close()
	resp, err := http.Get(srv.URL)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	for line := range strings.Lines(string(body)) {
		if strings.HasPrefix(line, "leadroute_decisions_total") || strings.HasPrefix(line, "leadroute_queued_total") ||
			strings.HasPrefix(line, "leadroute_route_duration_seconds_count") {
			fmt.Print(line)
		}
	}
	// Output:
	// leadroute_decisions_total{outcome="fallback",rule=""} 1
	// leadroute_decisions_total{outcome="rep",rule="us"} 2
	// leadroute_decisions_total{outcome="replay",rule="us"} 1
	// leadroute_queued_total{queue="triage",reason="no rule decided"} 1
	// leadroute_route_duration_seconds_count{outcome="fallback"} 1
	// leadroute_route_duration_seconds_count{outcome="rep"} 2
	// leadroute_route_duration_seconds_count{outcome="replay"} 1
}
