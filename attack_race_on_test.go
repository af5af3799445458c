//go:build race

package leadroute_test

const attackRace = true
