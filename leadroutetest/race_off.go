//go:build !race

package leadroutetest

// RaceEnabled reports whether the test binary was built with -race. Under
// the race detector sync.Pool drops items at random, so allocation counts
// (testing.AllocsPerRun) are meaningless: skip such checks when it is true.
const RaceEnabled = false
