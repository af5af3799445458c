// Package config loads leadroute routing rules from a YAML or JSON file,
// validates them with precise, positioned errors, lints them, and
// hot-reloads them into a running [leadroute.Router].
//
// The file format is documented in FORMAT.md next to this file, with a
// JSON Schema (schema.json) for editors and a commented example
// (testdata/sample.yaml). In short:
//
//	fallback: sdr-triage
//	reps:
//	  - {id: lucia, team: emea, time_zone: Europe/Madrid, hours: "Mon-Fri 09:00-18:00", skills: {es: 3}}
//	  - {id: diego, team: na, time_zone: America/Mexico_City, daily_cap: 30}
//	pools:
//	  spanish: [lucia, diego]
//	rules:
//	  - name: spanish
//	    match: {language: es}
//	    pool: spanish
//	    working_hours: true
//	    strategy: {type: skill, required: {es: 2}}
//	    overflow: spanish-queue
//
// # Loading
//
// [Load] reads a file, [LoadFS] a file inside an [io/fs.FS] (an
// embed.FS, say), [Parse] a document in memory and [ParseReader] one from
// an [io.Reader]. An accounts CSV the rules name is read next to the rules
// file (inside the same fs.FS for LoadFS). All return a
// compiled, immutable [*Config] whose [Config.Options] (or [Config.Build])
// configure a router. Decoding is strict: unknown keys (with a
// suggestion), wrong types, dangling references, empty pools, duplicate
// names, bad time zones and hours, and expression errors are all reported
// at once in an [*Errors], one [*Error] per problem with its file, line,
// column and path:
//
//	rules.yaml:14:13: rules[3].match.countri: unknown field (did you mean "country"?)
//
// Every error wraps leadroute.ErrInvalidConfig. Input is treated as
// hostile: the file size, the number of values after alias expansion, the
// nesting and the expression size are bounded before anything is compiled,
// and no input makes the loader panic or hang.
//
// # Lint
//
// [Lint] and [LintWith] report what is legal but probably wrong, each
// finding with a stable code, a severity and a position: rules that
// overlap (with an example lead both match, checked by routing it) or that
// an earlier rule shadows, reps who never qualify for the rules naming
// them, pools nobody in can ever serve, territories no lead reaches, reps
// nobody can reach, unused pools, working-hours gaps, caps that cannot
// bind. The file suppresses intended findings with a reason (a lint key at
// the top level, on a rule or on a rep); see FORMAT.md. Lint bounds its own
// work and says when a check was cut.
//
// # Hot reload
//
// [Reload] loads a file and swaps it into a router atomically; routing
// never waits, and fairness state (round-robin cursors, caps) carries over
// by rule name, and by team name for a pool or team that rules share. An
// invalid file leaves the old rules in force. [Watch] polls a file and
// reloads it when it changes.
//
// # Related packages
//
// Package config/cases reads and runs routing test cases against a rules
// file (leadroute test); package config/salesforce writes a rules file from
// Salesforce lead assignment rules (leadroute import salesforce).
//
// # Concurrency
//
// Everything in the package is safe for concurrent use. A Config is
// immutable; Load, Parse, Lint and Reload keep no shared state.
package config
