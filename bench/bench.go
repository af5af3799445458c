// Package bench holds leadroute's benchmark suite: the workload's rule sets
// routed by the library, by a generated hand-written Go baseline, and (in
// the separate module bench/peers) by other rule engines. See BENCHMARKS.md
// at the repository root for the figures and how to reproduce them.
//
// The baseline in baseline_gen.go is generated from the workload specs:
//
//	go generate ./bench/
package bench

//go:generate go run ./internal/genbaseline -o baseline_gen.go

import "github.com/leadroute/leadroute"

// Baseline is a generated hand-written router for one rule set: Route
// returns the index of the first matching rule and the rep that rule's
// round-robin counter picks. It is safe for concurrent use.
type Baseline interface {
	Route(l *leadroute.Lead) (rule int, rep string)
}

// langIs reports whether lang is code or code with a region ("es-mx"), as
// matchers.Language does for normalised leads.
func langIs(lang, code string) bool {
	if len(lang) == len(code) {
		return lang == code
	}
	return len(lang) > len(code) && (lang[len(code)] == '-' || lang[len(code)] == '_') && lang[:len(code)] == code
}
