// Package strategies holds leadroute's built-in Strategy implementations:
// who, among a rule's eligible reps, gets the lead.
//
// Every strategy here keeps its mutable fairness state in the router's
// store.State (keyed by Candidates.Key, the rule or sub-pool name), so
// state is shared between replicas with a shared store and survives
// Router.Reload. All are safe for concurrent use and allocate nothing per
// Pick unless noted.
package strategies
