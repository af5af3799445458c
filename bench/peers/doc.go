// Package peers benchmarks other rule engines (OPA Rego, grule) on the
// leadroute benchmark workload. It is its own module so that the library's
// go.mod stays free of their dependencies.
package peers
