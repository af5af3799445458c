//go:build !race

package leadroutetest

const raceEnabled = false
