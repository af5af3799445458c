//go:build race

package leadroute_test

// raceEnabled: the race detector makes sync.Pool drop items at random, so
// allocation counts are meaningless under it; .ci/run runs them without.
const raceEnabled = true
