//go:build !race

package leadroute_test

const raceEnabled = false
