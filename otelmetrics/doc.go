// Package otelmetrics records leadroute's metrics with OpenTelemetry: the
// decisions a Router makes, why leads were queued, how long Route takes,
// and how long the fairness store takes and how often it fails.
//
// It is a module of its own (github.com/leadroute/leadroute/otelmetrics),
// so that the library itself does not depend on OpenTelemetry.
//
// # Use
//
// Build a [Metrics] from a MeterProvider, attach it to the router as an
// observer, and wrap the router's store.State with [Metrics.State]:
//
//	m, err := otelmetrics.New(otelmetrics.Options{MeterProvider: provider})
//	if err != nil { ... }
//	router, err := leadroute.New(
//		leadroute.WithObservers(m),
//		leadroute.WithState(m.State(store.NewMemory(store.MemoryOptions{}))), // or a redisstore.Store
//		leadroute.WithRules(rules...), leadroute.WithReps(reps...),
//	)
//
// # Instruments
//
//   - leadroute.decisions (counter, {decision}): every decision Route and
//     Reroute return, by "rule" (the deciding rule, "" for the fallback)
//     and "outcome": "rep" (assigned), "queue" (a rule queued the lead:
//     overflow or a queue strategy), "fallback" (no rule decided), "replay"
//     (the lead's ID was decided before; nothing counted twice) or "error"
//     (Route returned an error; the lead went to the fallback queue).
//   - leadroute.queued (counter, {lead}): leads queued, by "queue" and
//     "reason" ("overflow: all 3 reps at daily cap", "no rule decided", a queue
//     strategy's reason). Replays and errors are not counted here.
//   - leadroute.route.duration (histogram, s): how long each Route and
//     Reroute took, by "outcome", measured by the router with the
//     monotonic clock ([leadroute.Observation].Elapsed).
//   - leadroute.store.duration (histogram, s): how long each store.State
//     call took, by "operation": "commit", "recall", "get", "add", "accept", "due",
//     "get_many".
//   - leadroute.store.errors (counter, {error}): store.State calls that
//     returned an error (a context expired included), by "operation".
//
// Histogram buckets run from 1µs to 1s ([DurationBuckets]); Route takes
// microseconds in memory, a network store hundreds of them.
//
// Attribute values come from rule, queue and reason names, so their
// number is bounded by the rules; as a guard against reasons made of
// free text (a custom strategy's), at most [MaxAttributeSets] distinct
// sets are kept per instrument, and further ones are recorded with
// "other" in place of the rule or reason.
//
// # Prometheus
//
// With the OpenTelemetry Prometheus exporter
// (go.opentelemetry.io/otel/exporters/prometheus), the instruments are
// served as leadroute_decisions_total{rule,outcome},
// leadroute_queued_total{queue,reason},
// leadroute_route_duration_seconds{outcome},
// leadroute_store_duration_seconds{operation} and
// leadroute_store_errors_total{operation}:
//
//	reg := prometheus.NewRegistry()
//	exporter, err := otelprom.New(otelprom.WithRegisterer(reg))
//	if err != nil { ... }
//	provider := sdkmetric.NewMeterProvider(sdkmetric.WithReader(exporter))
//	m, err := otelmetrics.New(otelmetrics.Options{MeterProvider: provider})
//	...
//	http.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
//
// The package's Example_prometheus runs this end to end.
//
// # Cost
//
// Observe and the State decorator allocate nothing once a rule's
// attribute set has been seen; each store call reads the system clock
// twice. With the SDK, the adapter adds about 1 µs to a Route on the
// in-memory store (BenchmarkRoute: 0.8 µs without it, 1.8 µs with it, on
// a shared 2-core machine), mostly the SDK's histogram records: little
// beside a network store's round trip, but more than the in-memory Route
// itself.
package otelmetrics
