// Package sim replays a stream of leads through a leadroute Router on a
// virtual clock and reports what the rules did: who got how many leads
// against the share their pools' strategies expect, how fair that was,
// which rules fired, how many leads fell back to a queue and why, when a
// rule had nobody available (coverage gaps), how accept deadlines went,
// and what was wrong with the leads. [Diff] replays the
// same leads through two rule sets and lists the leads that would move.
//
// Test suites call it to assert a distribution; RevOps runs it (through
// the leadroute CLI's simulate and diff commands) against last month's
// leads before shipping a rule change.
//
// # Virtual time
//
// The simulation sets its clock, a [leadroute.ManualClock], to each lead's
// CreatedAt before routing it, so reps' working hours, out-of-office periods and daily and weekly
// caps are in force as they were when the lead arrived: the router applies
// them at the virtual time. The router must therefore be built with the
// simulation's clock: Run and Diff take a [BuildFunc], which receives the
// options to pass to [leadroute.New] (or to config's Build, which has the
// same signature), and check that the router uses the clock.
//
//	rep, err := sim.Run(ctx, func(opts ...leadroute.Option) (*leadroute.Router, error) {
//		return leadroute.New(append([]leadroute.Option{
//			leadroute.WithReps(reps...), leadroute.WithRules(rules...),
//		}, opts...)...)
//	}, sim.Leads(sim.Generate(1, 5000, sim.GenOptions{})), sim.Options{Reps: reps})
//
// # Work time, live status and accept deadlines
//
// Between leads the virtual clock visits the times at which something else
// happens. Assigned leads are released (Router.Release) after
// Options.WorkTime, [DefaultWorkTime] (4h) unless set; [KeepOpen] keeps
// them open, and the report states which. Live status events
// (Options.Events, read from JSON Lines by [ReadEvents]) are applied with
// Router.SetStatus at their time. For rules with an accept deadline
// (Rule.AcceptWithin), reps accept each assignment after a delay drawn
// from Options.Accept (an [AcceptModel], seeded by Options.Seed), and every
// Options.CheckEvery the simulation calls Router.Overdue and reroutes the
// overdue leads, as a host's ticker would; [Report.SLA] counts the leads
// accepted in time, late and overdue, and the reassignments, per rule and
// per rep.
//
// # Fairness
//
// Each pool's leads are compared with what its strategy says it splits
// (leadroute.Expecter): evenly for round-robin and balanced pools, and for
// least-loaded pools whose reps have equal capacities, by weight for weighted
// ones, by capacity for LeastLoadedShare. Strategies whose picks depend on
// the lead (skills, stickiness, ownership) or on how long leads stay open
// (LeastLoaded with unequal capacities) have no fixed expectation; the report says so and leaves their leads out
// of the comparison rather than measure them against an even split.
//
// # Leads
//
// A [Source] is an iterator of leads: [Leads] wraps a slice, [ReadCSV] and
// [ReadJSONL] read exports (with errors naming the file and line; JSON
// Lines hold leads in leadroute.Lead's own JSON form, which [WriteJSONL]
// writes), and
// [Generate] makes realistic, varied leads from a seed. Everything is
// deterministic: the same leads, rules and seed give the same report.
//
// # Reports
//
// A [Report] is plain data with JSON tags, readable as text
// ([Report.WriteText]) or as a self-contained HTML page with charts
// ([Report.WriteHTML]). testdata/check-html.sh renders the demo's page in
// headless Chromium and checks its layout.
//
// # Concurrency
//
// Run and Diff route leads one at a time on the calling goroutine; separate
// calls are independent and may run concurrently. Reports are plain values.
package sim
